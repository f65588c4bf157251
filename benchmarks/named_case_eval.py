"""Case names alone: for each question of a set with ``expected_named`` (``benchmarks/sets/named_lookups_fresh.jsonl``),
the cases ``Assistant.named_case`` says its description fits, classed as *exact* (the one expected case), *wrong*
(one other case), *several* (2-4 cases: the answer carries a notice naming them; right when the expected is null
and wrong-adjacent otherwise, so the expected case's presence is recorded), or *none*. Runs no answer.

    .venv/bin/python benchmarks/named_case_eval.py --index-dir /tmp/ix [--questions SET] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, RESULTS_DIR  # noqa: E402  (sets offline env first)

from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402


def classify(expected: str | None, named: list[str]) -> str:
    if not named:
        return "none"
    if len(named) > 1:
        return "several" if expected is None or expected not in named else "several_incl_expected"
    return "exact" if named[0] == expected else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=REPO_ROOT / "benchmarks" / "sets" / "named_lookups_fresh.jsonl")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "named_case_resolution.json")
    args = parser.parse_args()
    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    rows = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    results = []
    for row in rows:
        named = [n.case_id for n in assistant.named_case(row["question"])]
        results.append({"id": row["id"], "question": row["question"], "expected": row["expected_named"], "named": named,
                        "class": classify(row["expected_named"], named)})
    table = {group: dict(Counter(r["class"] for r in results if (r["expected"] is None) == (group == "expected_null")))
             for group in ("expected_case", "expected_null")}
    for r in results:
        if r["class"] not in ("exact",) and not (r["expected"] is None and r["class"] in ("none", "several")):
            print(f"  {r['id']} {r['class']}: expected {r['expected']}, got {r['named']}: {r['question']}")
    print(json.dumps(table))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"table": table, "questions": results}, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
