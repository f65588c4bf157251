"""Citation building blocks: passage sentences with document offsets, context for sentences
that cannot stand alone, citations as verbatim slices, and the final check against the
stored document text."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.answer.citations import Candidate, display_text, make_citation, numbers_in, passage_sentences, verify_citations, with_context
from assistant.models import Citation, Passage

DOC_ID = "corpus:seed/blinatumomab-case.txt"
DOC = (
    "Blinatumomab in relapsed ALL\n"
    "\n"
    "Treatment\n"
    "\n"
    "Induction I (27.12.2023–16.01.2024): blinatumomab monotherapy at 28 µg/day. Result on 17.01.2024: MRD (–), 1% blasts.\n"
    "Result on 20.02.2024: MRD negative in bone marrow.\n"
    "Plan. Subsequently the counts recovered.\n"
    "The boy tolerated the second cycle well and went home after four weeks of therapy.\n"
    "It was uneventful.\n"
)
OTHER_ID = "corpus:PMC1"
OTHER = "A 74-year-old woman had 40% marrow blasts. She received azacitidine with venetoclax.\n"


def passage(text_start: str, text_end: str | None = None, doc_id: str = DOC_ID, doc: str = DOC, **extra) -> Passage:
    """The passage of ``doc`` from the first occurrence of ``text_start`` to the end of ``text_end``."""
    start = doc.index(text_start)
    end = doc.index(text_end, start) + len(text_end) if text_end else len(doc)
    fields = dict(chunk_id=f"{doc_id}::h::{start:04d}", doc_id=doc_id, text=doc[start:end], score=1.0, char_start=start, char_end=end, section="Treatment", title="Blinatumomab case", case_id="seed", source="seed/blinatumomab-case.txt", license="CC BY 4.0")
    fields.update(extra)
    return Passage(**fields)


def candidate_for(p: Passage, sentence: str, rank: int = 0) -> Candidate:
    local = p.text.index(sentence)
    return Candidate(p, rank, sentence, p.char_start + local, p.char_start + local + len(sentence))


def assert_verbatim(c: Candidate, doc: str = DOC) -> None:
    assert doc[c.char_start : c.char_end] == c.text


# -- passage_sentences -----------------------------------------------------------------


def test_sentences_carry_offsets_into_the_document():
    p = passage("Induction I", "therapy.")
    found = passage_sentences([p])
    assert [c.text for c in found] == [
        "Induction I (27.12.2023–16.01.2024): blinatumomab monotherapy at 28 µg/day.",
        "Result on 17.01.2024: MRD (–), 1% blasts.",
        "Result on 20.02.2024: MRD negative in bone marrow.",
        "Subsequently the counts recovered.",
        "The boy tolerated the second cycle well and went home after four weeks of therapy.",
    ]
    for c in found:
        assert_verbatim(c)
        assert c.passage is p and c.passage_rank == 0
        assert c.key == (DOC_ID, c.char_start, c.char_end)


def test_short_sentences_and_ones_without_words_are_skipped():
    doc = "Outcome\nGood.\nWell and truly recovered now.\n— — — —\n"
    p = passage("Outcome", doc=doc, doc_id="d")
    assert [c.text for c in passage_sentences([p])] == ["Well and truly recovered now."]
    assert [c.text for c in passage_sentences([p], min_words=1)] == ["Outcome", "Good.", "Well and truly recovered now."]
    assert [c.text for c in passage_sentences([p], min_words=5)] == ["Well and truly recovered now."]
    assert passage_sentences([p], min_words=6) == []


def test_overlap_repeats_are_dropped_and_the_better_rank_kept():
    first = passage("Induction I", "bone marrow.")
    second = passage("Result on 20.02.2024", "therapy.")  # overlaps ``first`` by one sentence
    found = passage_sentences([first, second])
    texts = [c.text for c in found]
    assert texts.count("Result on 20.02.2024: MRD negative in bone marrow.") == 1
    repeated = next(c for c in found if c.text.startswith("Result on 20.02.2024"))
    assert repeated.passage is first and repeated.passage_rank == 0
    assert [c.passage_rank for c in found] == sorted(c.passage_rank for c in found)
    assert {c.passage_rank for c in found} == {0, 1}
    assert len({c.key for c in found}) == len(found)
    for c in found:
        assert_verbatim(c)


def test_the_same_words_in_another_document_are_not_a_repeat():
    text = "She received azacitidine with venetoclax."
    a = passage(text, doc=OTHER, doc_id=OTHER_ID)
    b = passage(text, doc=OTHER, doc_id="corpus:PMC2")
    found = passage_sentences([a, b])
    assert [(c.passage.doc_id, c.text) for c in found] == [(OTHER_ID, text), ("corpus:PMC2", text)]


def test_no_passages_no_sentences():
    assert passage_sentences([]) == []


# -- with_context ----------------------------------------------------------------------


def test_a_result_sentence_gets_the_sentence_before_it_on_the_same_line():
    p = passage("Induction I", "therapy.")
    result = candidate_for(p, "Result on 17.01.2024: MRD (–), 1% blasts.", rank=2)
    widened = with_context(result)
    assert widened.text == "Induction I (27.12.2023–16.01.2024): blinatumomab monotherapy at 28 µg/day. Result on 17.01.2024: MRD (–), 1% blasts."
    assert widened.char_end == result.char_end and widened.char_start < result.char_start
    assert widened.passage is p and widened.passage_rank == 2
    assert_verbatim(widened)


def test_context_never_crosses_a_newline():
    p = passage("Induction I", "therapy.")
    # Short and starting with "Result", but the sentence before it is on the line above.
    alone = candidate_for(p, "Result on 20.02.2024: MRD negative in bone marrow.")
    assert with_context(alone) is alone
    # A pronoun opening, on a line of its own: the line above is never pulled in.
    wide = passage("Induction I")
    it = candidate_for(wide, "It was uneventful.")
    assert with_context(it) is it


def test_a_heading_or_label_is_not_taken_as_context():
    p = passage("Induction I", "therapy.")
    after_label = candidate_for(p, "Subsequently the counts recovered.")  # preceded by "Plan." on its line
    assert with_context(after_label) is after_label


def test_a_long_self_contained_sentence_is_left_alone():
    p = passage("Induction I", "therapy.")
    long = candidate_for(p, "The boy tolerated the second cycle well and went home after four weeks of therapy.")
    assert with_context(long) is long


def test_the_first_sentence_of_a_passage_has_no_context_to_take():
    # The sentence before it is in the document but not in this passage.
    p = passage("Result on 17.01.2024", "blasts.")
    first = candidate_for(p, "Result on 17.01.2024: MRD (–), 1% blasts.")
    assert with_context(first) is first


@pytest.mark.parametrize("opening", ["This", "These", "It", "Their", "Then", "However", "Subsequently", "Both"])
def test_a_sentence_opening_with_a_pronoun_or_connective_takes_context_even_when_long(opening):
    doc = f"Azacitidine and venetoclax were started in March for the relapse. {opening} led to a complete remission within two cycles of treatment.\n"
    p = passage("Azacitidine", doc=doc, doc_id="d")
    second = f"{opening} led to a complete remission within two cycles of treatment."
    assert len(second.split()) >= 8
    c = candidate_for(p, second)
    widened = with_context(c)
    assert widened.char_start == p.char_start and widened.char_end == c.char_end
    assert widened.text == doc.strip()
    assert_verbatim(widened, doc)


def test_a_passage_offset_into_the_document_keeps_the_context_quote_verbatim():
    p = passage("Treatment", "bone marrow.")
    assert p.char_start > 0
    widened = with_context(candidate_for(p, "Result on 17.01.2024: MRD (–), 1% blasts."))
    assert widened.text.startswith("Induction I") and widened.text.endswith("1% blasts.")
    assert_verbatim(widened)


# -- make_citation ---------------------------------------------------------------------


def test_make_citation_copies_the_passage_facts_and_the_verbatim_quote():
    p = passage("Induction I", "therapy.")
    c = with_context(candidate_for(p, "Result on 17.01.2024: MRD (–), 1% blasts."))
    citation = make_citation(3, c)
    assert citation == Citation(
        n=3,
        doc_id=DOC_ID,
        title="Blinatumomab case",
        source="seed/blinatumomab-case.txt",
        section="Treatment",
        chunk_id=p.chunk_id,
        quote=c.text,
        char_start=c.char_start,
        char_end=c.char_end,
        license="CC BY 4.0",
        case_id="seed",
    )
    assert DOC[citation.char_start : citation.char_end] == citation.quote


# -- verify_citations ------------------------------------------------------------------


def _good_citations() -> list[Citation]:
    p = passage("Induction I", "therapy.")
    q = passage("A 74-year-old", doc=OTHER, doc_id=OTHER_ID)
    return [make_citation(i + 1, c) for i, c in enumerate(passage_sentences([p, q]))]


def test_verify_keeps_citations_that_match_the_stored_text():
    citations = _good_citations()
    assert len(citations) == 7
    assert verify_citations(citations, {DOC_ID: DOC, OTHER_ID: OTHER}) == citations


@pytest.mark.parametrize(
    "change",
    [
        {"char_start": 1},  # off by one at the start ...
        {"char_end": -1},  # ... or at the end
        {"shift": 1},  # both offsets moved
        {"doc_id": OTHER_ID},  # the right words, attributed to another document
        {"doc_id": "corpus:unknown"},  # a document not in the index
        {"quote": "retyped"},  # whitespace collapsed: not what the document says
        {"empty": True},  # an empty quote at an empty span
    ],
)
def test_verify_drops_a_citation_that_is_not_the_stored_text(change):
    citations = _good_citations()
    bad = citations[1]
    if "char_start" in change:
        bad = dataclasses.replace(bad, char_start=bad.char_start + change["char_start"])
    elif "char_end" in change:
        bad = dataclasses.replace(bad, char_end=bad.char_end + change["char_end"])
    elif "shift" in change:
        bad = dataclasses.replace(bad, char_start=bad.char_start + 1, char_end=bad.char_end + 1)
    elif "doc_id" in change:
        bad = dataclasses.replace(bad, doc_id=change["doc_id"])
    elif "quote" in change:
        bad = dataclasses.replace(bad, quote=bad.quote.replace(" ", "  ", 1))
    else:
        bad = dataclasses.replace(bad, quote="", char_end=bad.char_start)
    mixed = [citations[0], bad, citations[2]]
    assert verify_citations(mixed, {DOC_ID: DOC, OTHER_ID: OTHER}) == [citations[0], citations[2]]


def test_verify_with_no_stored_texts_keeps_nothing():
    assert verify_citations(_good_citations(), {}) == []


# -- small helpers ---------------------------------------------------------------------


def test_display_text_only_collapses_whitespace():
    assert display_text("MRD (–),\n  1%\tblasts.") == "MRD (–), 1% blasts."


def test_numbers_in_keeps_decimals_and_dates_whole():
    assert numbers_in("Result on 17.01.2024: 1% blasts, 84.6 and 1,000 cells") == {"17.01.2024", "1", "84.6", "1,000"}
