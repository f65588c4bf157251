"""The answering contract's last gate: ``verify`` keeps only what the stored text supports.

A citation whose quote is not the document text at its offsets is dropped and flagged; a
sentence left without a valid citation is dropped and flagged; citations no kept sentence
uses and case lines pointing at dropped citations go too; a valid draft passes unchanged.
"""

from __future__ import annotations

import dataclasses

from assistant.answer.draft import Draft, verify
from assistant.models import CaseLine, Citation

DOC_A = "corpus:a.txt"
DOC_B = "corpus:b.txt"
TEXT_A = "Blinatumomab was given at 28 mcg/day. MRD was negative after the first cycle.\n"
TEXT_B = "A 74-year-old woman received azacitidine with venetoclax. She went into remission.\n"
DOCS = {DOC_A: TEXT_A, DOC_B: TEXT_B}


def cite(n: int, doc_id: str, quote: str, *, shift: int = 0, quote_override: str | None = None) -> Citation:
    """A citation of ``quote`` at its offsets in ``doc_id`` (``shift`` moves the offsets,
    ``quote_override`` replaces the quote text, each making the citation invalid)."""
    text = DOCS[doc_id]
    start = text.index(quote) + shift
    return Citation(
        n=n, doc_id=doc_id, title=doc_id, source=doc_id, section="Body", chunk_id=f"{doc_id}::0",
        quote=quote if quote_override is None else quote_override, char_start=start, char_end=start + len(quote),
        case_id=doc_id.split(":")[1].split(".")[0],
    )


GOOD_1 = cite(1, DOC_A, "Blinatumomab was given at 28 mcg/day.")
GOOD_2 = cite(2, DOC_A, "MRD was negative after the first cycle.")
GOOD_3 = cite(3, DOC_B, "A 74-year-old woman received azacitidine with venetoclax.")


def valid_draft(**extra) -> Draft:
    fields = dict(
        sentences=[("Blinatumomab 28 mcg/day.", [1]), ("MRD negative.", [2]), ("Azacitidine and venetoclax.", [3])],
        citations=[GOOD_1, GOOD_2, GOOD_3],
        evidence=0.8, mode="extractive", flags=[{"note": "earlier"}], notices=["a notice"], shape="list",
        cases=[CaseLine("a", "Case A", "Blinatumomab 28 mcg/day.", 1), CaseLine("b", "Case B", "Azacitidine and venetoclax.", 3)],
        case_count=2, short_answer="28 mcg/day", short_answer_span=(26, 36),
    )
    fields.update(extra)
    return Draft(**fields)


# -- Draft.abstained -------------------------------------------------------------------


def test_a_draft_without_sentences_abstains():
    assert Draft().abstained
    assert Draft(citations=[GOOD_1]).abstained  # citations alone say nothing


def test_a_draft_with_a_sentence_does_not_abstain():
    assert not Draft(sentences=[("Something.", [1])]).abstained


def test_draft_defaults_are_not_shared_between_instances():
    a, b = Draft(), Draft()
    a.flags.append({"x": 1})
    a.cases.append(CaseLine("a", "A", "s", 1))
    assert b.flags == [] and b.cases == []


# -- verify: everything valid --------------------------------------------------------


def test_a_valid_draft_passes_unchanged():
    draft = valid_draft()
    out = verify(draft, DOCS)
    assert out == draft
    assert out is not draft  # a new draft, the input is not mutated in place


def test_verify_does_not_mutate_the_input_draft():
    draft = valid_draft(citations=[GOOD_1, dataclasses.replace(GOOD_2, char_start=0), GOOD_3])
    before = dataclasses.replace(draft, sentences=list(draft.sentences), citations=list(draft.citations), flags=list(draft.flags), cases=list(draft.cases))
    verify(draft, DOCS)
    assert draft == before


def test_an_empty_draft_stays_an_abstention():
    out = verify(Draft(evidence=0.1), DOCS)
    assert out.abstained and out.citations == [] and out.flags == [] and out.evidence == 0.1


# -- verify: bad citations -------------------------------------------------------------


def test_a_citation_whose_quote_differs_from_the_text_at_its_offsets_is_dropped_and_flagged():
    bad = cite(2, DOC_A, "MRD was negative after the first cycle.", quote_override="MRD was positive after the first cycle.")
    draft = valid_draft(sentences=[("Blinatumomab 28 mcg/day.", [1, 2])], citations=[GOOD_1, bad], cases=[])
    out = verify(draft, DOCS)
    assert [c.n for c in out.citations] == [1]
    assert out.sentences == [("Blinatumomab 28 mcg/day.", [1])]  # the sentence keeps its valid citation
    assert {"citation": 2, "problem": "quote does not match the document at its offsets"} in out.flags
    assert out.flags[0] == {"note": "earlier"}  # earlier flags are kept, new ones appended


def test_shifted_offsets_unknown_document_and_empty_quote_are_all_invalid():
    shifted = cite(2, DOC_A, "MRD was negative after the first cycle.", shift=1)
    unknown = dataclasses.replace(GOOD_3, n=3, doc_id="corpus:missing.txt")
    empty = dataclasses.replace(GOOD_1, n=4, quote="", char_end=GOOD_1.char_start)
    draft = Draft(sentences=[("One.", [1, 2, 3, 4])], citations=[GOOD_1, shifted, unknown, empty])
    out = verify(draft, DOCS)
    assert [c.n for c in out.citations] == [1]
    assert out.sentences == [("One.", [1])]
    assert sorted(f["citation"] for f in out.flags) == [2, 3, 4]


def test_a_sentence_left_without_a_valid_citation_is_dropped_and_flagged():
    bad = dataclasses.replace(GOOD_2, char_start=GOOD_2.char_start + 3)
    draft = valid_draft(citations=[GOOD_1, bad, GOOD_3])
    out = verify(draft, DOCS)
    assert out.sentences == [("Blinatumomab 28 mcg/day.", [1]), ("Azacitidine and venetoclax.", [3])]
    assert {"sentence": "MRD negative.", "problem": "no valid citation; removed"} in out.flags
    assert {"citation": 2, "problem": "quote does not match the document at its offsets"} in out.flags


def test_a_sentence_citing_a_number_with_no_citation_behind_it_is_dropped():
    draft = Draft(sentences=[("Cited.", [1]), ("Dangling.", [9]), ("None at all.", [])], citations=[GOOD_1])
    out = verify(draft, DOCS)
    assert out.sentences == [("Cited.", [1])]
    removed = [f["sentence"] for f in out.flags if f.get("problem") == "no valid citation; removed"]
    assert removed == ["Dangling.", "None at all."]


def test_when_every_citation_is_bad_the_draft_becomes_an_abstention():
    bad = dataclasses.replace(GOOD_1, quote="Blinatumomab was given at 9 mcg/day.")
    out = verify(Draft(sentences=[("Dose 9.", [1])], citations=[bad]), DOCS)
    assert out.abstained
    assert out.citations == []
    assert [f["problem"] for f in out.flags] == ["quote does not match the document at its offsets", "no valid citation; removed"]


# -- verify: what is no longer used ------------------------------------------------------


def test_citations_no_sentence_uses_are_dropped_without_a_flag():
    draft = Draft(sentences=[("Only the first.", [1])], citations=[GOOD_1, GOOD_2, GOOD_3])
    out = verify(draft, DOCS)
    assert [c.n for c in out.citations] == [1]
    assert out.flags == []  # unused is not invalid


def test_citations_used_only_by_a_removed_sentence_are_dropped():
    bad = dataclasses.replace(GOOD_2, quote="tampered")
    draft = Draft(sentences=[("Kept.", [1]), ("Removed.", [2])], citations=[GOOD_1, bad, GOOD_3])
    out = verify(draft, DOCS)
    assert [c.n for c in out.citations] == [1]


def test_case_lines_whose_citation_was_dropped_are_dropped():
    bad = dataclasses.replace(GOOD_3, char_end=GOOD_3.char_end - 1)
    draft = valid_draft(citations=[GOOD_1, GOOD_2, bad])
    out = verify(draft, DOCS)
    assert [line.case_id for line in out.cases] == ["a"]
    assert out.case_count == 2  # the count is the answerer's; verify does not recount


def test_case_lines_pointing_at_an_unused_citation_are_dropped():
    draft = valid_draft(sentences=[("Blinatumomab 28 mcg/day.", [1])])
    out = verify(draft, DOCS)
    assert [line.case_id for line in out.cases] == ["a"]
    assert [c.n for c in out.citations] == [1]


def test_verify_keeps_the_drafts_other_fields():
    bad = dataclasses.replace(GOOD_2, quote="tampered")
    draft = valid_draft(citations=[GOOD_1, bad, GOOD_3], verdict="yes", llm_error="timeout", mode="llm")
    out = verify(draft, DOCS)
    for name in ("evidence", "mode", "notices", "llm_error", "shape", "case_count", "verdict", "short_answer", "short_answer_span"):
        assert getattr(out, name) == getattr(draft, name), name


def test_valid_citations_keep_their_order_and_numbers():
    draft = Draft(sentences=[("Later.", [3]), ("Earlier.", [1])], citations=[GOOD_1, GOOD_2, GOOD_3])
    out = verify(draft, DOCS)
    assert [c.n for c in out.citations] == [1, 3]
    assert out.sentences == [("Later.", [3]), ("Earlier.", [1])]
