"""Events read off a case report: kinds, doses, their day, and a verbatim citation each."""

import json
from pathlib import Path

from assistant.ingest.events import ADMISSION, DIAGNOSIS, OUTCOME, RESPONSE, TREATMENT, classify, course_spans, extract_events

REPORT = (
    "A case of something rare\n\n"
    "Introduction\n\n"
    "Rituximab is often given to patients with this disease, who were treated with steroids in earlier reports.\n\n"
    "Case presentation\n\n"
    "A 45-year-old woman was admitted to our hospital in March 2019 with fever and a rash.\n"
    "A skin biopsy confirmed the diagnosis of cutaneous lymphoma.\n"
    "She was treated with rituximab 375 mg/m2 weekly and prednisone 1 mg/kg.\n"
    "Two weeks later, the rash had improved markedly.\n"
    "No methotrexate was given.\n"
    "She was discharged on day 20.\n"
    "At the 6-month follow-up, she remained well without recurrence.\n\n"
    "Discussion\n\n"
    "Patients treated with rituximab 375 mg/m2 in the literature improved.\n"
)


def test_only_the_case_course_is_read():
    (start, end), = course_spans(REPORT)
    course = REPORT[start:end]
    assert course.startswith("Case presentation") and "Introduction" not in course and "Discussion" not in course


def test_events_kinds_doses_and_days():
    events = extract_events("doc-1", REPORT)
    by_kind = {e.kind: e for e in events}
    assert [e.kind for e in events] == [ADMISSION, DIAGNOSIS, TREATMENT, RESPONSE, OUTCOME, OUTCOME]
    assert by_kind[TREATMENT].label == "Treatment: rituximab 375 mg/m2, prednisone 1 mg/kg"
    assert "cutaneous lymphoma" in events[1].label
    assert [e.day for e in events] == [0, 0, 0, 14, 20, 180]  # follow-up counts from the last treatment
    assert events[0].date == "2019-03" and events[0].date_exact
    assert events[3].when == "Two weeks later" and events[3].date == "2019-03-15" and not events[3].date_exact


def test_every_event_quotes_its_sentence_verbatim():
    for e in extract_events("doc-1", REPORT):
        assert REPORT[e.char_start : e.char_end] == e.quote
        assert e.to_dict()["kinds"] == list(e.kinds)


def test_negated_treatment_and_literature_are_not_events():
    assert classify("No methotrexate was given.")[0] == ()
    assert TREATMENT not in classify("He did not receive chemotherapy.")[0]
    assert all("literature" not in e.quote and "earlier reports" not in e.quote for e in extract_events("doc-1", REPORT))


def test_flashbacks_place_their_sentence_and_leave_the_clock():
    text = "Case report\n\nShe presented to the clinic with pain.\nShe was diagnosed with breast cancer 3 years ago.\nShe was started on tamoxifen 20 mg daily.\n"
    events = extract_events("d", text)
    assert [(e.kind, e.day) for e in events] == [(ADMISSION, 0), (DIAGNOSIS, -1095), (TREATMENT, 0)]


def test_a_text_without_headings_is_read_whole():
    events = extract_events("d", "The patient was admitted with pneumonia. He was treated with ceftriaxone 2 g daily. On day 4 he improved.")
    assert [(e.kind, e.day) for e in events] == [(ADMISSION, 0), (TREATMENT, 0), (RESPONSE, 4)]


def test_gold_set_quotes_still_match_the_shipped_corpus():
    """The hand-checked gold (benchmarks/sets/events_gold.jsonl) cites the corpus verbatim."""
    from assistant.ingest.loaders import medrbench_document

    root = Path(__file__).resolve().parent.parent
    cases = json.loads((root / "corpus/case-reports/medrbench_cases.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in (root / "benchmarks/sets/events_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({r["doc_id"] for r in rows}) >= 10
    texts = {d: medrbench_document(d, cases[d]).text for d in {r["doc_id"] for r in rows}}
    assert all(texts[r["doc_id"]][r["char_start"] : r["char_end"]] == r["quote"] for r in rows)
