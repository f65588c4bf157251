"""Answer latency by question shape on the shipped corpus, end to end through ``Assistant.ask``
(retrieval, answer, verification), warm: the issue's targets are lookup p50 <= 300 ms and list
p50 <= 1 s here (list p50 <= 3 s at 100k chunks: ``benchmarks/scale.py``).

    .venv/bin/python benchmarks/answer_latency.py --index-dir /tmp/ix [--out benchmarks/results/answer_latency.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402

SETS = ["tests/data/reference_questions.jsonl", "benchmarks/sets/case_lists.jsonl", "benchmarks/sets/case_findings.jsonl",
        "benchmarks/sets/yes_no.jsonl", "benchmarks/sets/case_lookups.jsonl", "benchmarks/sets/case_outcomes.jsonl", "benchmarks/sets/sequence.jsonl"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "answer_latency.json")
    args = parser.parse_args()
    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    questions = [json.loads(line)["question"] for name in SETS for line in (REPO / name).read_text().splitlines() if line.strip()]
    for question in questions[:5]:  # warm caches (model, BM25, vector table, document texts)
        assistant.ask(question)
    by_shape: dict[str, list[float]] = {}
    for question in questions:
        started = time.perf_counter()
        answer = assistant.ask(question)
        by_shape.setdefault(answer.shape, []).append((time.perf_counter() - started) * 1000)
    rows = {shape: {"n": len(ms), "p50_ms": round(statistics.median(ms), 1), "p95_ms": round(sorted(ms)[int(0.95 * (len(ms) - 1))], 1), "max_ms": round(max(ms), 1)}
            for shape, ms in sorted(by_shape.items())}
    out = {"index": str(args.index_dir), "questions": len(questions), "load_average": os.getloadavg(), "shapes": rows}
    print(json.dumps(out, indent=1))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
