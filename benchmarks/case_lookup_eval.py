"""Fact lookups about one patient (``benchmarks/sets/case_lookups.jsonl``) through ``Assistant.ask``.

The set: 27 answerable questions over 6 shipped case reports (each with the verbatim spans
that answer it, read off the report) and one whose answer the report never gives. Scored:
*first quote answers* (the answer's first cited quote contains an accepted span: what a
reader sees first), *a quote answers* (any cited quote does), *from the case's own sections*
(the first quote stands in a patient section, not Introduction/Discussion), *right case* (the
first quote is from the named case's document), abstention or a "not reported" verdict on the
unanswerable ones (``unanswerable_right``), and the same for rows marked ``confusable``. Split fixed before any tuning: odd ids ``tune``, even ids ``held_out``.

    .venv/bin/python benchmarks/case_lookup_eval.py --index-dir /tmp/ix [--set answer.KEY=VALUE ...] [--show]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, RESULTS_DIR  # noqa: E402  (sets offline env first)

from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.text.section_kinds import PATIENT, section_kind  # noqa: E402

SET = REPO_ROOT / "benchmarks" / "sets" / "case_lookups.jsonl"


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def score(row: dict, answer) -> dict:
    quotes = [(c.doc_id, _norm(c.quote), c.section, c.title) for c in answer.citations]
    docs = {row["doc_id"], *(f"corpus:{case}" for case in row.get("fits", []))}  # a description fitting several cases: any of them
    answers = lambda q: q[0] in docs and any(_norm(span) in q[1] for span in row["accept"])  # noqa: E731
    first = quotes[0] if quotes else None
    return {
        "id": row["id"], "split": row["split"], "answerable": row["answerable"], "abstained": answer.abstained,
        "confusable": bool(row.get("confusable")), "verdict": answer.verdict, "not_reported": answer.verdict == "not_reported",
        "first": bool(first and answers(first)), "any": any(answers(q) for q in quotes),
        "right_case": bool(first and first[0] in docs), "first_doc": first[0] if first else None,
        "first_in_patient_section": bool(first and section_kind(first[2], first[3]) == PATIENT),
        "first_quote": answer.citations[0].quote if answer.citations else "", "short_answer": answer.short_answer,
        "several_notice": any("fit the question's description" in n for n in getattr(answer, "notices", [])),
    }


def summarise(results: list[dict]) -> dict:
    if not results:
        return {}
    answerable = [r for r in results if r["answerable"]]
    unanswerable = [r for r in results if not r["answerable"]]
    share = lambda key, rows: round(sum(r[key] for r in rows) / len(rows), 3) if rows else None  # noqa: E731
    return {
        "answerable": len(answerable), "first_quote_answers": share("first", answerable), "a_quote_answers": share("any", answerable),
        "first_in_patient_section": share("first_in_patient_section", answerable), "abstained_answerable": share("abstained", answerable),
        "right_case": share("right_case", answerable), "not_reported_answerable": share("not_reported", answerable),
        "unanswerable": len(unanswerable), "abstained_unanswerable": share("abstained", unanswerable),
        "not_reported_unanswerable": share("not_reported", unanswerable),
        "unanswerable_right": round(sum(r["not_reported"] or r["abstained"] for r in unanswerable) / len(unanswerable), 3) if unanswerable else None,
        "latency_p50_ms": round(statistics.median(r["ms"] for r in results), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=SET, help="a set of the same form (benchmarks/sets/case_outcomes.jsonl: outcome questions)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a settings override, e.g. answer.scorer=learned")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "case_lookups.json")
    parser.add_argument("--show", action="store_true", help="print each miss with the quote chosen")
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir, **overrides}))
    rows = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    assistant.ask(rows[0]["question"])  # warm caches
    results = []
    for row in rows:
        started = time.perf_counter()
        answer = assistant.ask(row["question"])
        result = {**score(row, answer), "ms": (time.perf_counter() - started) * 1000}
        results.append(result)
        if args.show and (result["answerable"] != (result["first"] and not result["abstained"])):
            print(f"  {row['id']} [{row['split']}] {row['question']}\n    first quote ({result['first_doc']}): {result['first_quote'][:160]!r} (any: {result['any']}, abstained: {result['abstained']}, verdict: {result['verdict']})")
    groups = {name: summarise([r for r in results if r["split"] == name]) for name in ("tune", "held_out")}
    if any(r["confusable"] for r in results):  # sets that mark questions whose case words other cases share
        groups["confusable"] = summarise([r for r in results if r["confusable"]])
    out = {"overrides": overrides, **groups, "all": summarise(results), "questions": results}
    for name in (*groups, "all"):
        print(f"== {name}: {json.dumps(out[name])}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
