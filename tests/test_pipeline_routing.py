"""Routing fallbacks in ``Assistant.ask``: a count question about one document (no case
matches) gets its lookup answer when that clears abstention, and the answerer weighs more
passages than are shown."""

from __future__ import annotations

import pytest

from tests.conftest import make_settings

PAPER = """A community cluster of respiratory infections in a small town

Background

Respiratory viruses spread quickly in crowded households. We describe an outbreak investigation carried out by the regional health office in the spring.

Results

The community cluster comprised 12 people from three households, who attended the same family gathering. Nine of them developed fever within five days. Two were admitted to hospital and all recovered.

Discussion

Household gatherings remain an important setting for transmission of respiratory viruses.
"""


@pytest.fixture(scope="module")
def paper_index(tmp_path_factory, embedder):
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant

    folder = tmp_path_factory.mktemp("paper-corpus")
    (folder / "cluster-report.txt").write_text(PAPER, encoding="utf-8")
    settings = make_settings(tmp_path_factory.mktemp("paper-index"))
    assert not sync([folder], settings, embedder=embedder).errors
    return Assistant(settings, embedder=embedder)


def test_a_count_question_about_one_document_gets_its_lookup_answer(paper_index):
    answer = paper_index.ask("How many people were in the community cluster?")
    assert answer.shape == "count" and not answer.abstained
    assert "12 people" in answer.citations[0].quote


def test_a_count_question_nothing_answers_still_says_no_case_matches(paper_index):
    answer = paper_index.ask("How many patients had a stroke?")
    assert answer.abstained and "0 cases" in answer.answer


def test_more_passages_are_weighed_than_shown(shipped):
    assert shipped.settings.answer.candidate_passages > shipped.settings.retrieval.k
    answer = shipped.ask("What prephase dose of blinatumomab did the patient receive?")
    assert len(answer.passages) == shipped.settings.retrieval.k
