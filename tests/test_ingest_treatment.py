"""Treatment records: date parsing, course validation, rendering and the timeline."""

from __future__ import annotations

import pytest

from assistant.ingest.treatment import (
    build_records,
    load_treatment_csv,
    load_treatment_rows,
    parse_course,
    parse_date,
    render_course,
)
from assistant.models import InputError


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2024-06-22", "2024-06-22"),
        ("22.06.2024", "2024-06-22"),
        ("1.2.2020", "2020-02-01"),
        ("2024-6", "2024-06-01"),
        ("11.2023", "2023-11-01"),
        ("2017", "2017-01-01"),
        ("  2024-06-22  ", "2024-06-22"),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date_formats(value, iso):
    assert parse_date(value) == iso


@pytest.mark.parametrize("value, message", [("31.02.2020", "invalid date"), ("2024-13-01", "invalid date"), ("June 2024", "unrecognised date"), ("22/06/2024", "unrecognised date")])
def test_parse_date_rejects_what_it_cannot_place(value, message):
    with pytest.raises(InputError, match=message):
        parse_date(value)


def test_parse_course_normalises_aliases_mrd_and_blasts():
    course = parse_course({"Case": "c1", "Course": "Induction I", "Drug": "blinatumomab", "Blasts": " 1.4 % ", "MRD": "(-)", "start": "27.12.2023", "end": "16.01.2024"})
    assert course == {
        "case_id": "c1",
        "phase": "Induction I",
        "regimen": "blinatumomab",
        "dose": "",
        "start_text": "27.12.2023",
        "end_text": "16.01.2024",
        "start": "2023-12-27",
        "end": "2024-01-16",
        "mrd": "negative",
        "blasts_pct": 1.4,
        "response": "",
        "toxicity": "",
        "note": "",
    }
    assert parse_course({"case_id": "c", "phase": "p", "mrd": "pos"})["mrd"] == "positive"
    assert parse_course({"case_id": "c", "phase": "p", "mrd": "+"})["mrd"] == "positive"
    assert parse_course({"case_id": "c", "phase": "p", "blasts_pct": None})["blasts_pct"] is None


@pytest.mark.parametrize("row, message", [({"phase": "x"}, "missing 'case_id'"), ({"case_id": "c"}, "missing 'phase'"), ({"case_id": "c", "phase": "p", "blasts_pct": "few"}, "not a number")])
def test_parse_course_errors(row, message):
    with pytest.raises(InputError, match=message):
        parse_course(row)


def test_render_course_matches_the_documented_shape():
    course = parse_course(
        {"case_id": "c", "phase": "Consolidation III", "regimen": "blinatumomab", "start": "22.06.2024", "end": "20.07.2024", "mrd": "negative", "blasts_pct": "0.6", "response": "complete hematologic response maintained"}
    )
    assert render_course(course) == "Consolidation III, 22.06.2024–20.07.2024, blinatumomab: MRD negative, 0.6% blasts, complete hematologic response maintained."
    minimal = parse_course({"case_id": "c", "phase": "Follow-up"})
    assert render_course(minimal) == "Follow-up."
    full = parse_course({"case_id": "c", "phase": "Prephase", "regimen": "blinatumomab", "dose": "9 mcg/day", "start": "19.12.2023", "toxicity": "headache", "note": "outpatient"})
    assert render_course(full) == "Prephase, 19.12.2023, blinatumomab, 9 mcg/day; toxicity: headache; note: outpatient."


def test_render_course_is_one_sentence_per_course():
    course = parse_course({"case_id": "c", "phase": "Induction", "blasts_pct": "12.50", "response": "partial response"})
    line = render_course(course)
    assert line.count(". ") == 0 and line.endswith(".") and "12.5% blasts" in line


def test_build_records_offsets_timeline_and_year():
    courses = [parse_course({"case_id": "c9", "phase": "A", "start": "2019-05-01"}), parse_course({"case_id": "c9", "phase": "B", "start": "03.2021", "blasts_pct": "2"})]
    [doc] = build_records(courses, "r.csv")
    assert doc.doc_id == "r.csv" and doc.title == "Treatment record: c9"
    assert doc.text == "Treatment record: c9\nA, 2019-05-01.\nB, 03.2021: 2% blasts.\n"
    assert doc.metadata["year"] == 2021
    assert [c["start"] for c in doc.metadata["timeline"]] == ["2019-05-01", "2021-03-01"]
    assert all("case_id" not in c for c in doc.metadata["timeline"])
    assert doc.sections[0].end == len(doc.text)


def errors_of(result):
    return [(e.line, e.error) for e in result.errors]


def test_csv_keeps_good_rows_and_reports_every_bad_row_by_physical_line():
    text = (
        "case_id,phase,note,start\n"  # line 1
        'c1,A,"a note\nspanning two lines",2020-01-01\n'  # lines 2-3, good
        "c1,B,,not-a-date\n"  # line 4, bad date
        "\n"  # line 5, blank: skipped, still counted
        "c1,C,,2021-02-03\n"  # line 6, good
        ",D,,2021\n"  # line 7, no case_id
    )
    result = load_treatment_csv(text, "r.csv")
    [doc] = result.documents
    assert [c["phase"] for c in doc.metadata["timeline"]] == ["A", "C"]
    assert errors_of(result) == [(4, "unrecognised date 'not-a-date' (use YYYY-MM-DD or DD.MM.YYYY)"), (7, "missing 'case_id'")]
    assert all(e.path == "r.csv" for e in result.errors)


def test_csv_bad_multiline_row_is_reported_at_the_line_it_starts_on():
    text = 'case_id,phase,note,start\nc1,A,"first\nsecond\nthird",someday\nc1,B,"x\ny",2020\nc1,C,,never\n'
    result = load_treatment_csv(text, "r.csv")
    assert errors_of(result) == [(2, "unrecognised date 'someday' (use YYYY-MM-DD or DD.MM.YYYY)"), (7, "unrecognised date 'never' (use YYYY-MM-DD or DD.MM.YYYY)")]
    assert [c["phase"] for c in result.documents[0].metadata["timeline"]] == ["B"]


def test_csv_rows_with_too_few_or_too_many_values_are_errors():
    header = ",".join(["case_id", "phase", "regimen", "dose", "start", "end", "mrd", "blasts_pct", "response", "toxicity", "note"])
    text = header + "\nc1,A,x,,2020,,,,,,\nc1,B,x,,2020,,,\nc1,C,x,,2020,,,,,,,extra\n"
    result = load_treatment_csv(text, "r.csv")
    assert errors_of(result) == [(3, "row has 8 values, the header has 11 columns"), (4, "row has 12 values, the header has 11 columns")]
    assert [c["phase"] for c in result.documents[0].metadata["timeline"]] == ["A"]


def test_csv_with_only_bad_rows_gives_no_document_and_every_error():
    result = load_treatment_csv("case_id,phase,start\nc1,A,soon\nc1\n,B,2020\n", "r.csv")
    assert result.documents == []
    assert errors_of(result) == [
        (2, "unrecognised date 'soon' (use YYYY-MM-DD or DD.MM.YYYY)"),
        (3, "row has 1 values, the header has 3 columns"),
        (4, "missing 'case_id'"),
    ]


def test_csv_header_only_or_without_case_id_is_one_error():
    with pytest.raises(InputError, match="no rows"):
        load_treatment_csv("case_id,phase\n\n", "r.csv")
    with pytest.raises(InputError, match="not a treatment record") as info:
        load_treatment_csv("name,value\nx,1\n", "r.csv")
    assert info.value.line == 1


def test_json_courses_report_every_bad_course_by_number_and_keep_the_rest():
    rows = [{"phase": "A"}, "oops", {"phase": "B", "start": "yesterday"}, {"phase": "C", "blasts_pct": "few"}, {"phase": "D"}]
    result = load_treatment_rows(rows, "r.json", case_id="from-record")
    [doc] = result.documents
    assert doc.metadata["case_id"] == "from-record"
    assert [c["phase"] for c in doc.metadata["timeline"]] == ["A", "D"]
    assert errors_of(result) == [
        (None, "course 2 is not an object"),
        (None, "course 3: unrecognised date 'yesterday' (use YYYY-MM-DD or DD.MM.YYYY)"),
        (None, "course 4: blasts_pct is not a number: 'few'"),
    ]


def test_json_with_only_bad_courses_gives_no_document_and_an_empty_list_is_an_error():
    result = load_treatment_rows([{"phase": "A"}, 3], "r.json")
    assert result.documents == []
    assert errors_of(result) == [(None, "course 1: missing 'case_id'"), (None, "course 2 is not an object")]
    with pytest.raises(InputError, match="no courses"):
        load_treatment_rows([], "r.json")
