"""Tune reciprocal-rank fusion on our three question sets (retrieval only, nDCG@10).

Needs the indexes that `benchmarks/pubmedqa.py` and `benchmarks/case_retrieval.py` build
(their work folders) and an index of the shipped corpus (--shipped-index).

    .venv/bin/python benchmarks/fusion_sweep.py --shipped-index /tmp/ix
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from assistant.config import Settings  # noqa: E402
from assistant.evaluate.runner import evaluate, load_questions  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from common import machine_info  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shipped-index", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "fusion_sweep.json")
    args = parser.parse_args()
    data = REPO / "benchmarks" / "data"
    sets = {
        "reference (shipped corpus)": (args.shipped_index, REPO / "tests" / "data" / "reference_questions.jsonl"),
        "PubMedQA dev": (data / "pubmedqa" / "index", data / "pubmedqa" / "questions.jsonl"),
        "case summary -> report": (data / "case_retrieval" / "index", data / "case_retrieval" / "questions.jsonl"),
    }
    grid = list(itertools.product([1.0, 1.5, 2.0], [1.0], [20, 60]))  # (lexical weight, dense weight, rrf_k)
    results = []
    for name, (index, questions) in sets.items():
        assistant = Assistant(Settings().with_overrides(**{"index.dir": index}))
        qs = load_questions(questions)
        for mode in ("bm25", "dense"):
            r = evaluate(assistant, qs, mode, 10, progress=False, retrieval_only=True)["retrieval"]
            results.append({"set": name, "mode": mode, "ndcg@10": r["ndcg@10"], "hit@1": r["hit@1"]})
            print(f"{name:28s} {mode:8s} ndcg@10={r['ndcg@10']:.4f} hit@1={r['hit@1']:.3f}", flush=True)
        for alpha in (0.3, 0.4, 0.5, 0.6):
            assistant.retriever.settings = assistant.settings.with_overrides(**{"retrieval.fusion": "convex", "retrieval.convex_alpha": alpha})
            r = evaluate(assistant, qs, "hybrid", 10, progress=False, retrieval_only=True)["retrieval"]
            results.append({"set": name, "mode": "hybrid", "fusion": "convex", "alpha": alpha, "ndcg@10": r["ndcg@10"], "hit@1": r["hit@1"]})
            print(f"{name:28s} convex alpha={alpha} ndcg@10={r['ndcg@10']:.4f} hit@1={r['hit@1']:.3f}", flush=True)
        for lexical, dense, k in grid:
            assistant.retriever.settings = assistant.settings.with_overrides(**{"retrieval.rrf_lexical_weight": lexical, "retrieval.rrf_dense_weight": dense, "retrieval.rrf_k": k})
            r = evaluate(assistant, qs, "hybrid", 10, progress=False, retrieval_only=True)["retrieval"]
            results.append({"set": name, "mode": "hybrid", "lexical_weight": lexical, "dense_weight": dense, "rrf_k": k, "ndcg@10": r["ndcg@10"], "hit@1": r["hit@1"]})
            print(f"{name:28s} hybrid w_lex={lexical} w_dense={dense} k={k} ndcg@10={r['ndcg@10']:.4f} hit@1={r['hit@1']:.3f}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": machine_info(), "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
