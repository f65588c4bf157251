"""Treatment records: one row per course becomes a readable passage plus a timeline.

A row has ``case_id, phase, regimen, dose, start, end, mrd, blasts_pct, response,
toxicity, note`` (``course`` and ``drug`` are accepted for ``phase`` and ``regimen``).
Each course is rendered as one line, e.g.
``Consolidation III, 22.06.2024–20.07.2024, blinatumomab: MRD negative, 0.6% blasts``,
which is its own section so a citation points at exactly one course, and the parsed
course goes into ``metadata["timeline"]`` for the case explorer's plot.

Bad rows do not sink the file: every bad row is reported (a CSV row by the physical
line it starts on, so quoted multi-line fields do not shift the count; a JSON course by
its number) and the good rows are kept, the way corpus JSONL keeps its good lines. A row
with fewer or more values than the header is bad, not padded or truncated, because a
shifted column would put a date or dose under the wrong name. A file whose rows are all
bad yields no document and all the errors; a file that is not a treatment record at all
(no case_id column, no rows) is one error.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from typing import Any

from assistant.models import Document, InputError, LoadError, LoadResult, Section

FIELDS = ("case_id", "phase", "regimen", "dose", "start", "end", "mrd", "blasts_pct", "response", "toxicity", "note")
ALIASES = {"course": "phase", "drug": "regimen", "blasts": "blasts_pct", "blast_pct": "blasts_pct", "case": "case_id"}

_DATE_PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), ("d", "m", "y")),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), ("y", "m")),
    (re.compile(r"^(\d{1,2})\.(\d{4})$"), ("m", "y")),
    (re.compile(r"^(\d{4})$"), ("y",)),
]


def parse_date(value: str) -> str | None:
    """ISO date (``YYYY-MM-DD``; partial dates get day/month 1) or None for an empty value.

    Accepts ``YYYY-MM-DD``, ``DD.MM.YYYY``, ``YYYY-MM``, ``MM.YYYY`` and ``YYYY``;
    anything else is an input error, because a wrong date on a timeline misleads.
    """
    value = value.strip()
    if not value:
        return None
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(value)
        if match:
            parts = dict(zip(order, map(int, match.groups())))
            try:
                return date(parts["y"], parts.get("m", 1), parts.get("d", 1)).isoformat()
            except ValueError as exc:
                raise InputError(f"invalid date {value!r}: {exc}") from None
    raise InputError(f"unrecognised date {value!r} (use YYYY-MM-DD or DD.MM.YYYY)")


def _normalise_row(raw: dict[str, Any]) -> dict[str, str]:
    row = {}
    for key, value in raw.items():
        name = ALIASES.get(key.strip().lower(), key.strip().lower())
        row[name] = "" if value is None else str(value).strip()
    return row


def parse_course(raw: dict[str, Any]) -> dict[str, Any]:
    """Validate one row into a timeline course (dates as ISO, blasts as float)."""
    row = _normalise_row(raw)
    for required in ("case_id", "phase"):
        if not row.get(required):
            raise InputError(f"missing {required!r}")
    blasts = row.get("blasts_pct", "").rstrip("%").strip()
    try:
        blasts_value = float(blasts) if blasts else None
    except ValueError:
        raise InputError(f"blasts_pct is not a number: {row['blasts_pct']!r}") from None
    mrd = row.get("mrd", "").lower()
    mrd = {"neg": "negative", "-": "negative", "(-)": "negative", "pos": "positive", "+": "positive"}.get(mrd, mrd)
    return {
        "case_id": row["case_id"],
        "phase": row["phase"],
        "regimen": row.get("regimen", ""),
        "dose": row.get("dose", ""),
        "start_text": row.get("start", ""),
        "end_text": row.get("end", ""),
        "start": parse_date(row.get("start", "")),
        "end": parse_date(row.get("end", "")),
        "mrd": mrd,
        "blasts_pct": blasts_value,
        "response": row.get("response", ""),
        "toxicity": row.get("toxicity", ""),
        "note": row.get("note", ""),
    }


def render_course(course: dict[str, Any]) -> str:
    """The readable passage for one course, in the record's own words and dates."""
    head = [course["phase"]]
    if course["start_text"] or course["end_text"]:
        head.append("–".join(part for part in (course["start_text"], course["end_text"]) if part))
    if course["regimen"]:
        head.append(course["regimen"])
    if course["dose"]:
        head.append(course["dose"])
    findings = []
    if course["mrd"]:
        findings.append(f"MRD {course['mrd']}")
    if course["blasts_pct"] is not None:
        findings.append(f"{course['blasts_pct']:g}% blasts")
    if course["response"]:
        findings.append(course["response"])
    # One sentence per course ("; " not ". "), so a citation quotes the whole course.
    line = ", ".join(head)
    if findings:
        line += ": " + ", ".join(findings)
    if course["toxicity"]:
        line += f"; toxicity: {course['toxicity']}"
    if course["note"]:
        line += f"; note: {course['note']}"
    return line + "."


def build_records(courses: list[dict[str, Any]], rel_path: str) -> list[Document]:
    """Group courses by case into one document each, one course per line.

    The record is one "Treatment record" section, so courses pack into a few chunks
    instead of flooding the results with one tiny chunk each; a citation still quotes
    exactly one course line.
    """
    by_case: dict[str, list[dict[str, Any]]] = {}
    for course in courses:
        by_case.setdefault(course["case_id"], []).append(course)
    documents = []
    for case_id, case_courses in by_case.items():
        title = f"Treatment record: {case_id}"
        text = title + "\n" + "".join(render_course(course) + "\n" for course in case_courses)
        sections = [Section("Treatment record", 0, len(text))]
        doc_id = rel_path if len(by_case) == 1 else f"{rel_path}#{case_id}"
        years = [int(c["start"][:4]) for c in case_courses if c["start"]]
        metadata: dict[str, Any] = {"case_id": case_id, "kind": "treatment-record"}
        if years:
            metadata["year"] = max(years)
        metadata["timeline"] = [{k: v for k, v in c.items() if k != "case_id"} for c in case_courses]
        documents.append(Document(doc_id=doc_id, text=text, title=title, metadata=metadata, sections=sections))
    return documents


def csv_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and ``(physical line the row starts on, values)`` for each non-blank row."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, [])
    rows, end = [], reader.line_num
    for values in reader:
        start, end = end + 1, reader.line_num
        if values:
            rows.append((start, values))
    return header, rows


def load_treatment_csv(text: str, rel_path: str) -> LoadResult:
    """Rows of a CSV treatment record: good rows become documents, each bad row an error."""
    header, rows = csv_rows(text)
    if not {"case_id", "case"} & {f.strip().lower() for f in header}:
        raise InputError("not a treatment record: the CSV header needs case_id and phase columns", line=1)
    if not rows:
        raise InputError("treatment record has a header but no rows")
    courses, errors = [], []
    for line, values in rows:
        if len(values) != len(header):
            errors.append(LoadError(rel_path, f"row has {len(values)} values, the header has {len(header)} columns", line))
            continue
        try:
            courses.append(parse_course(dict(zip(header, values))))
        except InputError as exc:
            errors.append(LoadError(rel_path, exc.message, line))
    return LoadResult(build_records(courses, rel_path) if courses else [], errors)


def load_treatment_rows(rows: list[Any], rel_path: str, case_id: str | None = None) -> LoadResult:
    """Courses of a JSON treatment record (a list, or ``{"case_id", "courses"}`` unpacked by the caller).

    Each bad course is reported by its number (``course 2: ...``); the others are kept.
    """
    if not rows:
        raise InputError("treatment record has no courses")
    courses, errors = [], []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            errors.append(LoadError(rel_path, f"course {number} is not an object"))
            continue
        if case_id and not row.get("case_id"):
            row = {**row, "case_id": case_id}
        try:
            courses.append(parse_course(row))
        except InputError as exc:
            errors.append(LoadError(rel_path, f"course {number}: {exc.message}"))
    return LoadResult(build_records(courses, rel_path) if courses else [], errors)
