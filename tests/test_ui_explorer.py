"""The explorer's pure parts: search over whole titles, table rows, questions for a case,
readable document labels, and passages shown without Markdown marks or repeated headers."""

from __future__ import annotations

from assistant.index.store import DocRecord
from assistant.models import Answer, Citation, Passage
from assistant.ui import explorer, render

LONG = "A rare presentation of gastric schwannoma in an adult woman mimicking a gastrointestinal stromal tumour with a review of Sjögren-like features"


def _record(doc_id, case_id, kind, title, **kw) -> DocRecord:
    return DocRecord(doc_id=doc_id, title=title, hash="h", complete=True, case_id=case_id, kind=kind, **kw)


DOCS = [
    _record("upload:okapi.csv", "okapi-2024", "treatment-record", "Treatment record: okapi-2024", drugs=["blinatumomab"], year=2024,
            timeline=[{"phase": "Induction I"}, {"phase": "Consolidation I"}]),
    _record("upload:okapi.md", "okapi-2024", "markdown", "Okapi keeper with relapsed B-ALL", diagnoses=["acute lymphoblastic leukemia"],
            drugs=["blinatumomab", "methotrexate"], year=2024, license="CC BY 4.0"),
    _record("corpus:PMC1", "PMC1", "case-report", LONG, diagnoses=["schwannoma"], year=2023),
    _record("upload:lone.csv", "lone-1", "treatment-record", "Treatment record: lone-1", timeline=[{"phase": "Induction"}]),
]
CASES = render.group_cases(DOCS)


def _ids(cases):
    return [c.case_id for c in cases]


def test_search_reads_whole_titles_diagnoses_drugs_and_years():
    assert _ids(explorer.search_cases(CASES, "features")) == ["PMC1"]  # the last word of a 140-character title
    assert _ids(explorer.search_cases(CASES, "SJOGREN features")) == ["PMC1"]  # case and accents folded, every word must match
    assert _ids(explorer.search_cases(CASES, "ritux")) == [] and _ids(explorer.search_cases(CASES, "blinatu")) == ["okapi-2024"]
    assert _ids(explorer.search_cases(CASES, "acute lymphoblastic 2024")) == ["okapi-2024"]
    assert _ids(explorer.search_cases(CASES, "2023")) == ["PMC1"] and _ids(explorer.search_cases(CASES, "lone-1")) == ["lone-1"]
    assert explorer.search_cases(CASES, "  ") == CASES and explorer.search_cases(CASES, "tumour xyz") == []
    assert _ids(explorer.search_cases(CASES, "oma")) == []  # word starts only: "oma" is not "schwannoma"


def test_rows_and_picker_show_whole_titles_not_ids():
    rows = explorer.table_rows(CASES)
    okapi = next(r for r in rows if r[0].startswith("Okapi"))
    assert okapi == ["Okapi keeper with relapsed B-ALL (timeline)", "acute lymphoblastic leukemia", "blinatumomab, methotrexate", "2024", "treatment record, report", "CC BY 4.0"]
    assert any(r[0] == LONG for r in rows)
    assert (f"{LONG} (2023)", "PMC1") in explorer.picker_choices(CASES)


def test_example_questions_follow_the_case():
    okapi = next(c for c in CASES if c.case_id == "okapi-2024")
    questions, label = explorer.example_questions(okapi)
    assert "How was the acute lymphoblastic leukemia diagnosed?" in questions and "What dose of blinatumomab did the patient receive?" in questions
    assert "What was the response after Consolidation I?" in questions and len(questions) == 5 and "Okapi keeper" in label
    assert explorer.example_questions(None) == (explorer.DEFAULT_EXAMPLES, explorer.DEFAULT_EXAMPLES_LABEL)
    # Tags a long report mentions in passing are not what the case is about: only those its title names.
    noisy = render.CaseSummary("PMC9", "Gastric schwannoma mimicking GIST", diagnoses=["acute lymphoblastic leukemia", "lymphoma", "schwannoma"],
                               drugs=["amoxicillin", "cisplatin", "imatinib"])
    questions, _ = explorer.example_questions(noisy)
    assert questions[0] == "How was the schwannoma diagnosed?" and not any("dose of" in q for q in questions)


def test_documents_are_labelled_by_their_case_and_answers_relabelled():
    labels = explorer.doc_labels(CASES, DOCS)
    assert labels["upload:okapi.csv"] == "Okapi keeper with relapsed B-ALL — treatment record"
    assert labels["upload:lone.csv"] == "Treatment record: lone-1" and labels["corpus:PMC1"] == LONG
    cite = Citation(1, "upload:okapi.csv", "Treatment record: okapi-2024", "", "Treatment record", "c1", "Induction I.", 30, 42, case_id="okapi-2024")
    passage = Passage("c1", "upload:okapi.csv", "Treatment record: okapi-2024\nInduction I.", 1.0, 0, 42, "Treatment record", "Treatment record: okapi-2024")
    answer = Answer(question="q", answer="Induction I. [1]", abstained=False, citations=[cite], passages=[passage])
    shown = explorer.relabel(answer, labels)
    assert shown.citations[0].title == shown.passages[0].title == labels["upload:okapi.csv"]
    assert (shown.citations[0].quote, shown.citations[0].char_start, shown.citations[0].doc_id) == ("Induction I.", 30, "upload:okapi.csv")


def test_passages_in_the_chat_lose_markdown_marks_and_repeated_headers():
    course = Passage("c", "d", "Treatment record: seed-all\nPrephase, blinatumomab, 9 mcg/day.", 1.0, 0, 60, "Treatment record", "Treatment record: x")
    assert render.passage_text(course) == "Prephase, blinatumomab, 9 mcg/day."
    heading = Passage("c", "d", "## Complications\n\nFever on day 3.\n### Labs\nCRP 80 mg/L", 1.0, 0, 60, "Complications")
    assert render.passage_text(heading).strip() == "Fever on day 3.\nLabs\nCRP 80 mg/L"
    sentence = Passage("c", "d", "Treatment: was started on day 1.\nMore.", 1.0, 0, 40, "Treatment")
    assert render.passage_text(sentence).startswith("Treatment: was started")  # a sentence is not a header
    html = render.abstain_html(Answer(question="q", answer="No answer.", abstained=True, citations=[], passages=[course, heading]))
    assert "Treatment record: Treatment record" not in html and "&#35;&#35;" not in html and "Fever on day 3" in html
