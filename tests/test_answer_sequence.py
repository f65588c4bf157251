"""Sequence questions answered from a treatment record's rows: the anchor row found by its
exact ordinal or its words, then the next / previous row in time, cited verbatim; on a case
report without a record, from its event timeline the same way."""

from __future__ import annotations

from assistant.answer import story_order
from assistant.answer.sequence import SequenceAnswerer, choose, direction, record_rows
from assistant.models import Passage
from tests.conftest import SEED_RECORD

RECORD = (
    "Treatment record: case-1\n"
    "Initial therapy, 04.2009, ALL-BFM-2000: remission from day 33.\n"
    "1st relapse therapy, 2017, ALL REZ BFM 2002: remission.\n"
    "Prephase, 19.12.2023–26.12.2023, blinatumomab, 9 mcg/day by continuous infusion.\n"
    "Induction I, 27.12.2023–16.01.2024, blinatumomab: MRD negative, 1% blasts.\n"
    "Consolidation I, 08.02.2024–06.03.2024, blinatumomab: MRD negative.\n"
    "Consolidation II, 12.04.2024–09.05.2024, blinatumomab: MRD negative, 1% blasts.\n"
    "Consolidation III, 22.06.2024–20.07.2024, blinatumomab: MRD negative, 0.6% blasts.\n"
    "CNS prophylaxis, triple therapy: methotrexate, cytarabine, dexamethasone.\n"
    "Follow-up, 10.2024: MRD negative, remission sustained.\n"
)


def rows_of(text: str = RECORD, split: int = 200):
    """The record as two overlapping chunks, as the index stores it."""
    cut = text.index("\n", split) + 1
    first = Passage("r::h::0000", "r", text[:cut], 0.0, 0, cut, "Treatment record", case_id="case-1")
    second = Passage("r::h::0001", "r", text[cut - 40 :], 0.0, cut - 40, len(text), "Treatment record", case_id="case-1")
    return record_rows([second, first])


def phases(rows) -> list[str]:
    return [r.phase for r in rows]


def test_rows_are_the_course_lines_once_in_record_order_with_their_start_dates():
    rows = rows_of()
    assert phases(rows)[:3] == ["Initial therapy", "1st relapse therapy", "Prephase"] and len(rows) == 9
    assert [r.start for r in rows][:4] == ["2009-04-01", "2017-01-01", "2023-12-19", "2023-12-27"]
    assert rows[7].start is None  # CNS prophylaxis has no date
    for row in rows:
        assert RECORD[row.candidate.char_start : row.candidate.char_end] == row.candidate.text


def test_direction_and_anchor_words():
    assert direction("What happened after consolidation IV in the ALL patient?")[:2] == ("after", " consolidation IV in the ALL patient")
    assert direction("What came before the prephase?")[:2] == ("before", " the prephase")
    assert direction("How long after the first relapse did the second relapse occur?")[1].strip() == "the first relapse"
    assert direction("Which course came between consolidation I and consolidation III?")[0] == "between"
    assert direction("What was given in cycle 1?")[0] == "at"


def test_after_cites_the_anchor_and_the_next_dated_row_skipping_undated_ones():
    rows = rows_of()
    assert phases(choose("What happened after consolidation III?", rows)) == ["Consolidation III", "Follow-up"]
    assert phases(choose("What came right after the 9 mcg/day blinatumomab prephase?", rows)) == ["Prephase", "Induction I"]


def test_ordinals_are_matched_exactly():
    rows = rows_of()
    assert phases(choose("What happened after consolidation I?", rows)) == ["Consolidation I", "Consolidation II"]
    assert phases(choose("What did the marrow show after the third blinatumomab consolidation?", rows)) == ["Consolidation III"]
    assert phases(choose("What was the MRD status after cycle 1 (induction I)?", rows)) == ["Induction I"]
    assert phases(choose("What treatment followed the first relapse?", rows)) == ["1st relapse therapy", "Prephase"]


def test_a_cycle_number_the_record_does_not_use_counts_its_courses():
    # The record names Induction I and Consolidation I-III, never "cycle": cycle 1 is the first
    # dated course (the prephase, relapse lines and follow-up are not courses), not a row
    # holding a "1" ("1% blasts" had picked Consolidation II).
    rows = rows_of()
    assert phases(choose("MRD status after cycle 1", rows)) == ["Induction I"]
    assert phases(choose("What was the MRD after the first cycle of blinatumomab?", rows)) == ["Induction I"]
    assert phases(choose("What happened after the second course?", rows)) == ["Consolidation I", "Consolidation II"]
    assert choose("What happened after cycle 9?", rows) == []


def test_a_date_names_its_row():
    rows = rows_of()
    question = "What was the first-line treatment when the ALL was diagnosed in April 2009, and what followed it?"
    assert phases(choose(question, rows)) == ["Initial therapy", "1st relapse therapy"]


def test_before_between_and_at():
    rows = rows_of()
    assert phases(choose("What was tried before blinatumomab was started?", rows)) == ["1st relapse therapy", "Prephase"]
    assert phases(choose("Which course came between consolidation I and consolidation III?", rows)) == ["Consolidation II"]
    assert phases(choose("What was given in consolidation II?", rows)) == ["Consolidation II"]


def test_no_named_row_means_no_answer_so_the_pipeline_falls_back():
    rows = rows_of()
    assert choose("What happened after the splenectomy?", rows) == []
    assert choose("What happened after consolidation VI?", rows) == []


class _Retrieval:
    def __init__(self, passages):
        self.passages = passages


def test_the_answer_quotes_each_row_verbatim_with_its_own_citation():
    rows = rows_of()
    record = [r.candidate.passage for r in rows][:1] + [rows[-1].candidate.passage]
    draft = SequenceAnswerer(lambda case: record if case == "case-1" else []).answer("What happened after consolidation III?", _Retrieval(record))
    assert [n for _, n in draft.sentences] == [[1], [2]]
    for c in draft.citations:
        assert RECORD[c.char_start : c.char_end] == c.quote
    assert draft.sentences[1][0].startswith("Follow-up, 10.2024")
    assert SequenceAnswerer(lambda case: []).answer("What happened after consolidation III?", _Retrieval(record)).abstained


def test_sequence_question_on_the_shipped_index_is_answered_from_the_record(shipped):
    answer = shipped.ask("What happened after blinatumomab consolidation IV in the multiply relapsed ALL patient?")
    assert answer.shape == "sequence" and not answer.abstained
    assert [c.doc_id.split(":", 1)[-1] for c in answer.citations] == [SEED_RECORD.split(":", 1)[-1]] * 2
    assert answer.citations[0].quote.startswith("Consolidation IV, 22.08.2024–18.09.2024")
    assert answer.citations[1].quote.startswith("Follow-up, 10.2024: MRD negative, remission sustained")
    texts = shipped.document_texts({c.doc_id for c in answer.citations})
    assert all(texts[c.doc_id][c.char_start : c.char_end] == c.quote for c in answer.citations)


def test_sequence_question_without_a_record_falls_back_to_the_extractive_answer(shipped):
    answer = shipped.ask("What treatment followed the failed rituximab course in the young woman with refractory ITP?")
    assert answer.shape == "sequence" and not answer.abstained
    assert all("Treatment record" not in c.title for c in answer.citations)


# -- case reports without a treatment record: the event timeline ----------------------------

REPORT = (
    "Case presentation\n\n"
    "A 40-year-old woman presented to our hospital with fever and a rash in March 2020. "
    "She was diagnosed with toxic epidermal necrolysis (TEN). "
    "Intravenous immunoglobulin (IVIG) at 1 g/kg and methylprednisolone were started after admission. "
    "Oral cyclosporin A at 3 mg/kg/day was added on day 3 of hospitalisation. "
    "Cyclosporin is a calcineurin inhibitor that has been approved for many indications. "
    "She underwent amniotic membrane transplantation on day 4 of hospitalisation. "
    "The first cycle of etanercept was given on day 5. "
    "The second cycle of etanercept was given on day 10. "
    "Her skin improved and re-epithelisation was complete on day 13. "
    "She was discharged on day 20.\n\n"
    "Discussion\n\nTEN is treated with IVIG in many centres.\n"
)


def told():
    return story_order.story("report", REPORT)


def answer_quotes(question: str) -> list[str]:
    return [e.quote for e in story_order.answer_events(question, direction, told())]


def test_after_answers_with_the_next_event_then_its_anchor_each_verbatim():
    quotes = answer_quotes("What was added after IVIG and methylprednisolone were started in the woman with TEN?")
    assert quotes[0].startswith("Oral cyclosporin A at 3 mg/kg/day") and quotes[1].startswith("Intravenous immunoglobulin")
    for e in story_order.answer_events("What happened after the amniotic membrane transplantation?", direction, told()):
        assert REPORT[e.char_start : e.char_end] == e.quote


def test_the_asked_kind_skips_other_events_and_background_sentences():
    # "what treatment" passes the general sentence about cyclosporin and lands on the procedure
    assert answer_quotes("What treatment followed cyclosporin A?")[0].startswith("She underwent amniotic membrane transplantation")
    assert answer_quotes("What came before the amniotic membrane transplantation?")[0].startswith("Oral cyclosporin A")


def test_ordinals_name_one_step_only_and_first_treatment_is_the_earliest():
    assert answer_quotes("What happened after the first cycle of etanercept?")[:2] == [
        "The second cycle of etanercept was given on day 10.", "The first cycle of etanercept was given on day 5."]
    assert answer_quotes("What was given in the second cycle of etanercept?") == ["The second cycle of etanercept was given on day 10."]
    assert answer_quotes("What was the first treatment of her TEN?")[0].startswith("Intravenous immunoglobulin")


def test_abbreviations_the_report_defines_are_read_as_it_writes_them():
    assert answer_quotes("What was started after the toxic epidermal necrolysis diagnosis?")[0].startswith("Intravenous immunoglobulin")


def test_no_event_named_means_no_answer():
    assert answer_quotes("What happened after the splenectomy?") == []
    assert answer_quotes("What happened after the third cycle of etanercept?") == []
    assert story_order.answer_events("What happened after the transplantation?", direction, story_order.story("empty", "No course here.")) == []


CASE_REPORT = "corpus:PMC11620866"  # toxic epidermal necrolysis, no treatment record


def test_case_report_sequence_question_on_the_shipped_index_cites_the_next_event(shipped):
    answer = shipped.ask("What procedure followed the addition of oral cyclosporin A in the boy with toxic epidermal necrolysis?")
    assert answer.shape == "sequence" and not answer.abstained
    assert [c.doc_id for c in answer.citations] == [CASE_REPORT] * 2
    assert answer.citations[0].quote == "He underwent amniotic membrane transplantation on day 4 of hospitalisation."
    assert " ".join(answer.citations[1].quote.split()).startswith("Oral cyclosporin A at 3 mg/kg/day was added on day 3")
    assert answer.answer.startswith("He underwent amniotic membrane transplantation") and "[1]" in answer.answer
    texts = shipped.document_texts({CASE_REPORT})
    assert all(texts[c.doc_id][c.char_start : c.char_end] == c.quote for c in answer.citations)


def test_case_report_sequence_question_with_no_such_event_falls_back_to_the_lookup(shipped):
    question = "What happened after the splenectomy in the boy with toxic epidermal necrolysis?"
    retrieval = shipped.retriever.search(question, k=shipped.settings.answer.candidate_passages)
    assert retrieval.passages[0].doc_id == CASE_REPORT
    assert shipped.answerer(shape="sequence").answer(question, retrieval).abstained  # no splenectomy in his story
    answer = shipped.ask(question)
    # The question names its case ("the boy with toxic epidermal necrolysis"): the lookup reads that case alone.
    from assistant.conversation import plan

    named = plan(question, None, None, name=shipped.named_case)
    assert named.filters.case_id == "PMC11620866"
    in_case = shipped.retriever.search(named.query, named.filters, k=shipped.settings.answer.candidate_passages)
    lookup = shipped.answerer(shape="lookup").answer(named.query, in_case)
    assert answer.shape == "sequence"  # asked as a sequence, answered as today's lookup
    assert [(c.doc_id, c.char_start) for c in answer.citations] == [(c.doc_id, c.char_start) for c in lookup.citations]
    assert all(c.case_id == "PMC11620866" for c in answer.citations)


def test_the_asked_words_pick_one_of_the_next_sentences(shipped):
    # stop 26, from user_audit21 once read: "what test confirmed the findings" after the CT is the
    # sentence that says "We confirmed these results by an ultrasound exam", two sentences on
    answer = shipped.ask("After the CT of the 57-year-old man with HHT showed a thickened gallbladder wall, what test confirmed the findings?")
    assert "We confirmed these results by an ultrasound exam" in answer.answer


def test_the_anchors_own_words_do_not_hide_the_next_step(shipped):
    # stop 27, from user_audit24 once read: the CT's "soft tissue mass" holds "tissue", yet the biopsy told next answers
    # "how was tissue obtained"; the patient's description ends at the comma before the asked clause
    from assistant.answer.patient_words import without_case

    question = "After the contrast CT of the temporal bone of the 71-year-old man with the ear-canal mass, how was tissue obtained for a diagnosis?"
    assert without_case(question) == "After the contrast CT, how was tissue obtained for a diagnosis?"
    assert "A mass biopsy was obtained" in shipped.ask(question).answer
