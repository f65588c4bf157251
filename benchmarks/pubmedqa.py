"""External benchmark: PubMedQA dev (500 expert-labelled questions), in one run.

1. converts ../shared/data/pubmedqa-dev into a corpus JSONL and a question JSONL;
2. runs ``assistant eval --compare`` (BM25, dense, hybrid; extractive answers) on it in
   its own index folder;
3. runs the naive LangChain pipeline a user would write first (the anchor);
4. writes ``benchmarks/results/pubmedqa.json`` and a Markdown table for the docs.

    .venv/bin/python benchmarks/pubmedqa.py [--limit N] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from assistant.evaluate.metrics import retrieval_metrics  # noqa: E402
from common import machine_info  # noqa: E402
from naive_langchain import run_naive  # noqa: E402
from pubmedqa_convert import convert  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "pubmedqa-dev" / "pubmedqa_dev_500.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / "data" / "pubmedqa")
    parser.add_argument("--limit", type=int, help="only the first N questions (smoke runs)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "pubmedqa.json")
    args = parser.parse_args()

    n_docs, n_questions = convert(DATA, args.workdir)
    corpus, questions = args.workdir / "corpus.jsonl", args.workdir / "questions.jsonl"
    if args.limit:
        lines = questions.read_text(encoding="utf-8").split("\n")[: args.limit]
        questions = args.workdir / f"questions-{args.limit}.jsonl"
        questions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report_path = args.workdir / "report.json"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", str(questions), "--corpus", str(corpus), "--index-dir", str(args.workdir / "index"), "--out", str(report_path), "--compare"],
        cwd=REPO,
        check=True,
    )
    ours_seconds = time.perf_counter() - started
    ours = json.loads(report_path.read_text(encoding="utf-8"))

    naive = run_naive(corpus, questions, k=10)
    qrels = {q["id"]: set(q["relevant_ids"]) for q in map(json.loads, filter(None, questions.read_text(encoding="utf-8").split("\n"))) if q.get("relevant_ids")}
    naive_metrics = retrieval_metrics(naive["run"], qrels, 10)

    rows = {mode: {**r["retrieval"], "rouge_l": r["answer"]["rouge_l"], "token_f1": r["answer"]["token_f1"], "citation_validity": r["citations"]["validity"], "p50_ms": r["latency_ms"]["p50"], "p95_ms": r["latency_ms"]["p95"]} for mode, r in ours.items()}
    rows["naive LangChain (anchor)"] = {**naive_metrics, "rouge_l": None, "token_f1": None, "citation_validity": None, "p50_ms": naive["latency_ms"]["p50"], "p95_ms": naive["latency_ms"]["p95"]}
    result = {
        "benchmark": "PubMedQA PQA-L dev (500 questions outside the official test split)",
        "n_documents": n_docs,
        "n_questions": len(qrels),
        "machine": machine_info(),
        "rows": rows,
        "ours_wall_seconds": round(ours_seconds, 1),
        "naive_index_seconds": naive.get("index_seconds"),
        "naive_chunks": naive.get("n_chunks"),
        "note": "retrieval latencies of ours are full ask() latencies (retrieval + extractive answer); the anchor's are similarity_search only",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    keys = ["hit@1", "hit@10", "recall@10", "mrr@10", "ndcg@10", "rouge_l", "token_f1", "citation_validity", "p50_ms", "p95_ms"]
    lines = ["| system | " + " | ".join(keys) + " |", "|---|" + "---|" * len(keys)]
    for name, row in rows.items():
        lines.append(f"| {name} | " + " | ".join("–" if row.get(k) is None else (f"{row[k]:.3f}" if isinstance(row[k], float) and k not in ("p50_ms", "p95_ms") else str(row[k])) for k in keys) + " |")
    table = "\n".join(lines)
    args.out.with_suffix(".md").write_text(table + "\n", encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
