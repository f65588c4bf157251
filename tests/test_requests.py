"""The one request model (``assistant.requests.AskRequest``) the API, the web app and the CLI share."""

from __future__ import annotations

import pytest

from assistant.config import RetrievalMode, Settings
from assistant.errors import EmptyQuestion, QuestionTooLong
from assistant.requests import AskRequest, RequestProblem, check_question

SETTINGS = Settings()
LIMIT = SETTINGS.app.max_question_chars


def parse(data):
    return AskRequest.parse(data, SETTINGS)


def test_a_plain_question_gets_the_defaults():
    request = parse({"question": "  What dose?  "})
    assert request.question == "What dose?" and request.filters == {} and request.history == [] and request.mode is RetrievalMode.hybrid
    assert request.ask_args() == {"question": "What dose?", "filters": {}, "history": [], "mode": RetrievalMode.hybrid}


def test_null_means_the_default():
    request = parse({"question": "q", "filters": None, "history": None, "mode": None})
    assert (request.filters, request.history, request.mode) == ({}, [], RetrievalMode.hybrid)


def test_filters_are_normalised_through_the_one_alias_table():
    request = parse({"question": "q", "filters": {"case": "seed", "Drug": "x", "diagnosis": "", "year": 2024, "doc": None}})
    assert request.filters == {"case_id": "seed", "drug": "x", "year": "2024"}


def test_mode_takes_the_enum_values():
    assert parse({"question": "q", "mode": "bm25"}).mode is RetrievalMode.bm25
    assert parse({"question": "q", "mode": RetrievalMode.dense}).mode is RetrievalMode.dense


def test_history_keeps_question_and_focus_only():
    earlier = {"question": "What was the karyotype?", "focus_case": "seed", "answer": "...", "citations": []}
    assert parse({"question": "And then?", "history": [earlier]}).ask_args()["history"] == [{"question": "What was the karyotype?", "focus_case": "seed"}]


@pytest.mark.parametrize(
    "data, status, message",
    [
        ({"question": "   "}, 400, "The question is empty."),
        ({"question": "x" * (LIMIT + 1)}, 422, f"The question is too long ({LIMIT + 1} characters; the limit is {LIMIT}, app.max_question_chars)"),
        ({"question": "q", "filters": {"colour": "red"}}, 400, "unknown filter 'colour'; use one of doc_id, case_id"),
        ({"question": "q", "filters": {"year": "soon"}}, 400, "bad year filter 'soon'"),
        ({"question": "q", "filters": {"drug": ["x"]}}, 400, "'filters.drug'"),
        ({"question": "q", "mode": "psychic"}, 400, "'mode' must be one of hybrid, dense, bm25"),
        ({"question": "q", "history": "nope"}, 400, "'history' must be a list"),
        ({"question": 42}, 400, "'question' is required and must be a string"),
        ({}, 400, "'question' is required"),
        ({"question": "q", "top_k": 3}, 400, "unknown field 'top_k'; the fields are question, filters, history and mode"),
        (["q"], 400, "JSON object"),
    ],
)
def test_refusals_carry_a_message_and_a_status(data, status, message):
    with pytest.raises(RequestProblem) as caught:
        parse(data)
    assert caught.value.status == status and message in str(caught.value)
    assert isinstance(caught.value, ValueError)  # the CLI prints a ValueError as one line, exit 2


def test_the_limit_comes_from_the_settings():
    tight = Settings().with_overrides(**{"app.max_question_chars": 10})
    assert AskRequest.parse({"question": "x" * 10}, tight).question == "x" * 10
    with pytest.raises(RequestProblem, match="the limit is 10"):
        AskRequest.parse({"question": "x" * 11}, tight)
    assert AskRequest.model_validate({"question": "x" * 5000}).question == "x" * 5000  # no settings, no limit


def test_check_question_is_what_the_pipeline_uses():
    assert check_question("  dose?\n") == "dose?"
    with pytest.raises(EmptyQuestion, match="The question is empty."):
        check_question(None)
    with pytest.raises(QuestionTooLong, match="too long"):
        check_question("abc", max_chars=2)
    assert check_question("x" * 5000) == "x" * 5000


def test_the_request_is_immutable():
    request = parse({"question": "q"})
    with pytest.raises(Exception):
        request.question = "other"
