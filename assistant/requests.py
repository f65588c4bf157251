"""One question as every interface takes it: ``AskRequest`` (question, filters, history, mode).

``POST /api/ask``, the web app's chat and its ``/chat`` endpoint, and ``assistant ask`` all
build their request with ``AskRequest.parse(data, settings)``: the question is checked here
(``check_question``, also what ``Assistant.ask`` calls), filters by
``Filters.from_mapping`` (the one table of filter names and aliases), the mode is a
``RetrievalMode``. A refused request raises ``RequestProblem``, a ``ValueError`` carrying the
message for the person and the HTTP status the API answers with (400, or 422 for a question
over ``app.max_question_chars``).

The model is strict (a list or a number where a string belongs is refused, not coerced) and
refuses unknown fields, so the API's JSON body and the Python callers get the same rules.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from assistant import prompts
from assistant.config import RetrievalMode, Settings, choices
from assistant.errors import EmptyQuestion, QuestionTooLong
from assistant.retrieve.filters import Filters

FIELDS = ("question", "filters", "history", "mode")
HINTS = {
    "question": "'question' is required and must be a string",
    "filters": "'filters' must be an object of strings, e.g. {\"drug\": \"blinatumomab\"}",
    "history": "'history' must be a list of earlier answers or {\"question\", \"focus_case\"} objects",
    "mode": f"'mode' must be one of {choices(RetrievalMode)}",
}
# Problems this module raises itself: their message is the whole message, with this status.
STATUS = {"empty_question": 400, "question_too_long": 422, "bad_filter": 400}


class RequestProblem(ValueError):
    """Why a request was refused: ``str(problem)`` for the person, ``status`` for HTTP."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


def check_question(question: str | None, max_chars: int | None = None) -> str:
    """The question without surrounding space; ``EmptyQuestion`` when blank, ``QuestionTooLong``
    when over ``max_chars`` (None: no limit, as for ``Assistant.ask`` called from code)."""
    question = (question or "").strip()
    if not question:
        raise EmptyQuestion(prompts.EMPTY_QUESTION_MESSAGE)
    if max_chars is not None and len(question) > max_chars:
        raise QuestionTooLong(prompts.QUESTION_TOO_LONG_MESSAGE.format(length=len(question), limit=max_chars))
    return question


def _own(kind: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(kind, "{message}", {"message": message})


class HistoryTurn(BaseModel):
    """An earlier turn: its question and case in focus (an earlier answer's other keys are ignored)."""

    model_config = ConfigDict(extra="ignore", strict=True)
    question: str
    focus_case: str | None = None


class AskRequest(BaseModel):
    """A question with its filters, earlier turns and retrieval mode, checked."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    question: str = Field(description="The question; not blank, at most app.max_question_chars after trimming.")
    filters: dict[str, str | int | None] = Field(default_factory=dict, description="Filter name -> value (names and aliases: retrieve.filters); normalised to canonical names.")
    history: list[HistoryTurn] = Field(default_factory=list, description="Earlier turns, oldest first, for follow-up questions.")
    mode: RetrievalMode = Field(RetrievalMode.hybrid, strict=False, description="Which retrievers answer (a plain string is accepted).")

    @field_validator("filters", "history", "mode", mode="before")
    @classmethod
    def _null_is_default(cls, value: Any, info: ValidationInfo) -> Any:
        """``"mode": null`` and the like mean "the default", as leaving the key out does."""
        return {"filters": {}, "history": [], "mode": RetrievalMode.hybrid}[info.field_name] if value is None else value

    @field_validator("question")
    @classmethod
    def _check_question(cls, value: str, info: ValidationInfo) -> str:
        limit = (info.context or {}).get("max_question_chars")
        try:
            return check_question(value, limit)
        except EmptyQuestion as exc:
            raise _own("empty_question", str(exc)) from None
        except QuestionTooLong as exc:
            raise _own("question_too_long", str(exc)) from None

    @field_validator("filters")
    @classmethod
    def _check_filters(cls, value: dict[str, str | int | None]) -> dict[str, str]:
        try:
            return Filters.from_mapping(value).to_dict()
        except ValueError as exc:  # unknown filter name, bad year
            raise _own("bad_filter", str(exc)) from None

    @classmethod
    def parse(cls, data: Any, settings: Settings) -> AskRequest:
        """The checked request, or ``RequestProblem`` naming the first thing wrong."""
        try:
            return cls.model_validate(data, context={"max_question_chars": settings.app.max_question_chars})
        except ValidationError as exc:
            raise problem(exc) from None

    def ask_args(self) -> dict[str, Any]:
        """Keyword arguments for ``Assistant.ask``."""
        return {"question": self.question, "filters": dict(self.filters), "history": [turn.model_dump() for turn in self.history], "mode": self.mode}


def problem(exc: ValidationError) -> RequestProblem:
    """The first problem, naming the field: ``'filters.drug': Input should be a valid string``."""
    first = exc.errors(include_url=False)[0]
    if first["type"] in STATUS:
        return RequestProblem(first["msg"], STATUS[first["type"]])
    loc = [str(part) for part in first["loc"]]
    loc = loc[:2] if loc[:1] == ["filters"] else loc  # drop the union member pydantic names ('filters.drug.str')
    if not loc:
        return RequestProblem('the body must be a JSON object like {"question": "..."}')
    if first["type"] == "extra_forbidden":
        return RequestProblem(f"unknown field '{loc[0]}'; the fields are {', '.join(FIELDS[:-1])} and {FIELDS[-1]}")
    return RequestProblem(f"{HINTS.get(loc[0], 'bad value')} ('{'.'.join(loc)}': {first['msg']})")
