"""End to end on the shipped corpus: cited answers about the seed case, abstention both
ways, follow-ups, filters, and the errors a user can hit."""

from __future__ import annotations

import re

import pytest

from assistant.errors import EmptyIndex, EmptyQuestion
from tests.conftest import SEED_CASE, SEED_DOC, SEED_RECORD

SEED_DOCS = {SEED_DOC, SEED_RECORD}


def assert_traceable(assistant, answer) -> None:
    """Every sentence has [n]; every [n] has a citation; every quote is the document text at its offsets."""
    assert answer.sentences and not answer.abstained
    numbers = {c.n for c in answer.citations}
    for text, ns in answer.sentences:
        assert ns and set(ns) <= numbers, text
    assert set(int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)) == numbers
    texts = assistant.document_texts({c.doc_id for c in answer.citations})
    for c in answer.citations:
        assert texts[c.doc_id][c.char_start : c.char_end] == c.quote
        for number in re.findall(r"\d+(?:[.,]\d+)*", c.quote):
            assert number in texts[c.doc_id]


@pytest.mark.parametrize(
    "question, facts",
    [
        ("What prephase dose of blinatumomab did the patient receive?", [["9 mcg/day"]]),
        ("Which drugs were used for CNS prophylaxis?", [["methotrexate"], ["cytarabine"], ["dexamethasone"]]),
        ("What infections complicated the blinatumomab treatment?", [["fungal pneumonia"], ["rhinosinusitis"]]),
        ("What was the karyotype of the leukemia in the blinatumomab case?", [["hyperdiploid"], ["t(1;6)"]]),
        ("What was the MRD status after blinatumomab induction?", [["MRD (–)", "MRD negative"], ["17.01.2024", "1% blasts"]]),
    ],
)
def test_seed_questions_get_correct_cited_answers(shipped, question, facts):
    answer = shipped.ask(question)
    assert_traceable(shipped, answer)
    cited = " ".join(c.quote for c in answer.citations)
    for alternatives in facts:
        assert any(fact in cited for fact in alternatives), (alternatives, answer.answer)
    assert {c.doc_id for c in answer.citations} & SEED_DOCS


@pytest.mark.parametrize(
    "question",
    [
        "What was the HLA match of the stem cell donor for the blinatumomab patient?",
        "What dose of inotuzumab ozogamicin was given?",
        "How many vials of blinatumomab did the patient receive in total?",
    ],
)
def test_unanswerable_questions_are_abstained_on(shipped, question):
    answer = shipped.ask(question)
    assert answer.abstained, answer.answer
    assert not answer.citations and not answer.sentences
    assert "do not answer" in answer.answer
    assert answer.passages, "abstentions still show the closest passages"
    assert not re.search(r"\[\d+\]", answer.answer)


def test_follow_up_resolves_to_the_case_in_focus(shipped):
    first = shipped.ask("What prephase dose of blinatumomab did the patient receive?")
    assert first.focus_case == SEED_CASE
    follow = shipped.ask("What about his CNS prophylaxis?", history=[first])
    assert follow.filters.get("case_id") == SEED_CASE
    assert_traceable(shipped, follow)
    assert "methotrexate" in " ".join(c.quote for c in follow.citations)
    assert all(c.case_id == SEED_CASE for c in follow.citations)


def test_follow_up_from_plain_question_history(shipped):
    """Scripts may send only earlier questions; the focus is re-derived from them."""
    follow = shipped.ask("And what infections did he have?", history=[{"question": "What prephase dose of blinatumomab did the patient receive?"}])
    assert follow.filters.get("case_id") == SEED_CASE
    assert "pneumonia" in " ".join(c.quote for c in follow.citations)


def test_filters_restrict_citations(shipped):
    answer = shipped.ask("What was the treatment?", filters={"case_id": SEED_CASE})
    assert answer.passages and all(p.case_id == SEED_CASE for p in answer.passages)
    answer = shipped.ask("Which complement inhibitor was given?", filters={"drug": "eculizumab"})
    assert answer.passages and all(p.doc_id != SEED_DOC for p in answer.passages)


def test_filter_matching_nothing_abstains(shipped):
    answer = shipped.ask("What prephase dose of blinatumomab did the patient receive?", filters={"drug": "no-such-drug"})
    assert answer.abstained and not answer.passages


def test_answer_json_shape(shipped):
    data = shipped.ask("What prephase dose of blinatumomab did the patient receive?").to_dict()
    assert {"answer", "abstained", "citations", "passages"} <= set(data)
    assert {"n", "doc_id", "title", "source", "section", "chunk_id", "quote", "char_start", "char_end"} <= set(data["citations"][0])
    assert {"doc_id", "chunk_id", "text", "score"} <= set(data["passages"][0])


def test_langchain_retriever_plugs_in(shipped):
    from langchain_core.retrievers import BaseRetriever

    retriever = shipped.langchain_retriever(filters={"case_id": SEED_CASE}, k=4)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("CNS prophylaxis drugs")
    assert 0 < len(docs) <= 4
    assert all(d.metadata["case_id"] == SEED_CASE for d in docs)
    assert any("methotrexate" in d.page_content for d in docs)


def test_empty_question_and_empty_index(shipped, empty_settings, embedder):
    from assistant.pipeline import Assistant

    with pytest.raises(EmptyQuestion):
        shipped.ask("   ")
    with pytest.raises(EmptyIndex):
        Assistant(empty_settings, embedder=embedder).ask("What was the dose?")
