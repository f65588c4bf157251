"""Typed lookups about one case, with the "not reported" check off and on, in one process.

``benchmarks/sets/typed_lookups.jsonl`` (31 questions on 14 case reports drawn at random,
written after the check was built: see benchmarks/sets/README.md). For each question the
answer is asked twice, check off then on (same index, same process, interleaved), and sorted
into: answered with an accepted span in a quote / answered otherwise / "not reported" /
refused. The two errors that matter: an answerable question turned "not reported", an
unanswerable one answered.

    .venv/bin/python benchmarks/typed_lookups_eval.py --index-dir /tmp/ix [--show]
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

SET = REPO_ROOT / "benchmarks" / "sets" / "typed_lookups.jsonl"


def outcome(row: dict, answer) -> str:
    if answer.verdict == "not_reported":
        return "not_reported"
    if answer.abstained:
        return "refused"
    norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
    hit = any(norm(span) in norm(c.quote) for c in answer.citations for span in row.get("accept", []))
    return "answered_accepted" if hit else "answered_other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "typed_lookups.json")
    parser.add_argument("--show", action="store_true", help="print every question whose outcome differs between off and on")
    args = parser.parse_args()
    off = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir, "answer.not_reported_check": False}))
    on = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}), embedder=off.embedder)
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for row in rows:
        got = {name: outcome(row, assistant.ask(row["question"])) for name, assistant in (("off", off), ("on", on))}
        results.append({"id": row["id"], "answerable": row["answerable"], **got})
        if args.show and got["off"] != got["on"]:
            print(f"  {row['id']} {got['off']} -> {got['on']}: {row['question']}")
    summary = {
        name: {kind: dict(Counter(r[name] for r in results if r["answerable"] == answerable)) for kind, answerable in (("answerable", True), ("unanswerable", False))}
        for name in ("off", "on")
    }
    for name in ("off", "on"):
        print(f"== {name}: {json.dumps(summary[name])}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "questions": results}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
