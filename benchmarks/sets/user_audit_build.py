"""Shared builder for the user-audit sets (``user_audit1.jsonl`` .. ``user_audit4.jsonl``).

Each set's builder (``build_user_audit1.py`` .. ``build_user_audit4.py``) is a data table of
questions and one call to ``main``; this module turns the table into JSONL rows whose spans are located in the text the
index stores (``ingest.loaders``: a case report is ``medrbench_document``, the seed files go
through their own loaders), and fails loudly when a span, an evidence sentence or a case is not
found, or is ambiguous. Nothing here runs the assistant or needs an index.

Row fields (one JSON object a line):
- all: ``id``, ``shape`` (list|count|yesno|lookup|sequence|compare), ``question``, ``note``;
  optional ``conversation`` + ``turn`` (asked in that order with the earlier answers as history).
- list/count/compare: ``gold_cases`` (every matching case), ``evidence`` {case: sentence}
  (each checked verbatim in that case), ``rejected`` {case: why} (hits read and left out).
- yesno: ``case_id``, ``expected`` (yes|no|not_reported), ``evidence`` (yes/no: the sentence,
  checked verbatim), ``search_regex`` + ``search_hits_in_case`` (not_reported: the search run
  over the case and how many hits it had, each read).
- lookup/sequence: ``case_id``, ``doc``, ``answer_text``, ``answer_start``, ``evidence``,
  ``alternatives`` [{doc, answer_text, answer_start}]; an unanswerable lookup has
  ``answerable: false``, ``answer_text`` null and a ``search_regex`` with 0 hits in the case.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEED_CASE = "seed-blinatumomab-all"
SEED_DOCS = ("seed/blinatumomab-relapsed-all-case.txt", "seed/blinatumomab-treatment-record.csv")
SHAPES = ("list", "count", "yesno", "lookup", "sequence", "compare")


class BuildError(ValueError):
    """A table row whose span, evidence or case does not check out."""


@lru_cache(maxsize=1)
def texts() -> dict[str, str]:
    """Indexed text of every shipped document, by local document id (PMCID or seed path)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from assistant.ingest.loaders import LOADERS, medrbench_document

    cases = json.loads((ROOT / "corpus/case-reports/medrbench_cases.json").read_text(encoding="utf-8"))
    out = {pmcid: medrbench_document(pmcid, record).text for pmcid, record in cases.items()}
    for rel in SEED_DOCS:
        path = ROOT / "corpus" / rel
        (doc,) = LOADERS[path.suffix](path.read_bytes(), rel).documents
        out[rel] = doc.text
    return out


def case_text(case_id: str) -> str:
    """All the text of one case (the seed case: its two documents)."""
    if case_id == SEED_CASE:
        return "\n".join(texts()[d] for d in SEED_DOCS)
    if case_id not in texts():
        raise BuildError(f"unknown case {case_id}")
    return texts()[case_id]


def doc_of(case_id: str, doc: str | None) -> str:
    if doc:
        return doc
    if case_id == SEED_CASE:
        raise BuildError("a seed span must name its document (the abstract or the treatment record)")
    return case_id


SPACE = "[ \t\u00a0\u2000-\u200a\u202f]+"  # the PMC text puts no-break, thin and four-per-em spaces inside doses and values


def _pattern(needle: str) -> str:
    """``needle`` with every run of whitespace matching any run of (no-break, thin) spaces."""
    return SPACE.join(re.escape(part) for part in needle.split())


def _only(haystack: str, needle: str, what: str, nth: int | None) -> re.Match:
    found = list(re.finditer(_pattern(needle), haystack))
    if not found:
        raise BuildError(f"{what} not found: {needle!r}")
    if nth is None and len(found) > 1:
        raise BuildError(f"{what} occurs {len(found)} times, give nth: {needle!r}")
    return found[nth or 0]


def find(haystack: str, needle: str) -> str:
    """The verbatim text of ``needle`` in ``haystack`` (whitespace-tolerant); raises when absent."""
    return _only(haystack, needle, "evidence", 0).group(0)


def locate(doc: str, answer: str, within: str | None = None, nth: int | None = None) -> dict[str, Any]:
    """The span ``answer`` in ``doc``: inside the sentence ``within`` (which must occur once,
    or the ``nth`` time), or, without ``within``, its only occurrence in the document. The
    stored ``answer_text`` is the document's own text (its no-break spaces kept)."""
    text = texts().get(doc)
    if text is None:
        raise BuildError(f"unknown document {doc}")
    if within is None:
        m = _only(text, answer, f"span in {doc}", nth)
        start, verbatim = m.start(), m.group(0)
    else:
        base = _only(text, within, f"evidence in {doc}", nth)
        m = _only(base.group(0), answer, f"span in its evidence ({doc})", None)
        start, verbatim = base.start() + m.start(), m.group(0)
    if text[start : start + len(verbatim)] != verbatim:
        raise BuildError(f"span not verbatim at {start} in {doc}: {answer!r}")
    return {"doc": doc, "answer_text": verbatim, "answer_start": start}


def hits(case_id: str, regex: str) -> int:
    return len(re.findall(regex, case_text(case_id), flags=re.I))


def span_row(base: dict, case_id: str, spec: dict) -> dict:
    """lookup/sequence: the gold span (``answer`` inside ``evidence``) and its alternatives."""
    if spec.get("answer") is None:  # a detail the case never reports
        n = hits(case_id, spec["search_regex"])
        if n:
            raise BuildError(f"{base['id']}: search_regex hits {case_id} {n} times")
        return {**base, "case_id": case_id, "answerable": False, "answer_text": None, "answer_start": None, "doc": None,
                "alternatives": [], "evidence": "", "search_regex": spec["search_regex"], "search_hits_in_case": 0}
    doc = doc_of(case_id, spec.get("doc"))
    gold = locate(doc, spec["answer"], spec["evidence"], spec.get("nth"))
    alts = [locate(doc_of(case_id, a.get("doc")), a["answer"], a.get("evidence"), a.get("nth")) for a in spec.get("alternatives", [])]
    return {**base, "case_id": case_id, "doc": gold["doc"], "answer_text": gold["answer_text"], "answer_start": gold["answer_start"],
            "alternatives": alts, "evidence": find(texts()[doc], spec["evidence"])}


def yesno_row(base: dict, case_id: str, spec: dict) -> dict:
    expected = spec["expected"]
    if expected not in ("yes", "no", "not_reported"):
        raise BuildError(f"{base['id']}: expected {expected!r}")
    row = {**base, "case_id": case_id, "expected": expected, "evidence": ""}
    if expected == "not_reported":
        n = hits(case_id, spec["search_regex"])
        if n != spec.get("hits", 0):
            raise BuildError(f"{base['id']}: search_regex hits {case_id} {n} times, table says {spec.get('hits', 0)}")
        return {**row, "search_regex": spec["search_regex"], "search_hits_in_case": n}
    try:
        return {**row, "evidence": find(case_text(case_id), spec["evidence"])}
    except BuildError:
        raise BuildError(f"{base['id']}: evidence not in {case_id}: {spec['evidence']!r}") from None


def cases_row(base: dict, spec: dict) -> dict:
    """list/count/compare: every gold case has a verbatim evidence sentence from its own text."""
    evidence = {}
    for case_id, sentence in spec["evidence"].items():
        try:
            evidence[case_id] = find(case_text(case_id), sentence)
        except BuildError:
            raise BuildError(f"{base['id']}: evidence not in {case_id}: {sentence!r}") from None
    for case_id in spec.get("rejected", {}):
        case_text(case_id)  # a known case
    return {**base, "gold_cases": sorted(evidence), "gold_count": len(evidence), "evidence": evidence,
            "rejected": spec.get("rejected", {})}


def build(table: list[dict], prefix: str) -> list[dict]:
    """Rows from a table of specs: {shape, question, note, case?, ...}; ids in table order."""
    rows, errors = [], []
    for i, spec in enumerate(table, 1):
        try:
            rows.append(_row(spec, f"{prefix}-{i:03d}"))
        except BuildError as exc:
            errors.append(str(exc))
    if errors:
        raise BuildError("\n".join(errors))
    return rows


def _row(spec: dict, row_id: str) -> dict:
    if spec["shape"] not in SHAPES:
        raise BuildError(f"{row_id}: shape {spec['shape']!r}")
    base = {"id": row_id, "shape": spec["shape"], "question": spec["question"]}
    for key in ("label", "conversation", "turn"):
        if key in spec:
            base[key] = spec[key]
    base["note"] = spec.get("note", "")
    if spec["shape"] in ("list", "count", "compare"):
        return cases_row(base, spec)
    if spec["shape"] == "yesno":
        return yesno_row(base, spec["case"], spec)
    return span_row(base, spec["case"], spec)


def write(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["shape"]] = counts.get(r["shape"], 0) + 1
    print(f"{path.name}: {len(rows)} rows {counts}")


def verify(path: Path) -> list[str]:
    """Re-check a written set against the corpus: lookup/sequence spans verbatim at their offsets,
    list/count/compare and yes/no evidence verbatim in its case, not_reported searches unchanged."""
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        if r["shape"] in ("list", "count", "compare"):
            errors += [f"{r['id']}: evidence not verbatim in {c}" for c, e in r["evidence"].items() if e not in case_text(c)]
        elif r["shape"] == "yesno" and r["expected"] == "not_reported":
            if hits(r["case_id"], r["search_regex"]) != r["search_hits_in_case"]:
                errors.append(f"{r['id']}: search_regex hits changed in {r['case_id']}")
        elif r["shape"] == "yesno" and r["evidence"] not in case_text(r["case_id"]):
            errors.append(f"{r['id']}: evidence not verbatim in {r['case_id']}")
        elif r["shape"] in ("lookup", "sequence") and r.get("answerable") is not False:
            for s in (r, *r.get("alternatives", [])):
                text = texts()[s["doc"]]
                if text[s["answer_start"] : s["answer_start"] + len(s["answer_text"])] != s["answer_text"]:
                    errors.append(f"{r['id']}: not verbatim at {s['answer_start']} in {s['doc']}")
    return errors


def by_shape(lists: list[dict], yesno: list[dict], lookups: list[dict], sequences: list[dict], compares: list[dict]) -> list[dict]:
    """A set's specs in id order: lists and counts (each spec names its shape), then yes/no,
    lookup, sequence and compare specs, each given its shape."""
    return (lists + [{"shape": "yesno", **y} for y in yesno] + [{"shape": "lookup", **k} for k in lookups]
            + [{"shape": "sequence", **s} for s in sequences] + [{"shape": "compare", **c} for c in compares])


def main(table: list[dict], prefix: str, out: Path) -> int:
    """Build the set, write it to ``out``, verify every span at its offset; 1 on any error."""
    write(build(table, prefix), out)
    errors = verify(out)
    print("\n".join(errors) or "all spans verbatim at their offsets, all evidence verbatim")
    return 1 if errors else 0
