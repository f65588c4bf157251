"""Offline: how the answer reader re-ranks COVID-QA candidates (tune half only).

Reads ``benchmarks/covidqa_collect.py --split tune --k 16`` (every candidate sentence of the
top 16 passages per question, with its features and labels), keeps each question's 16 best by
the hand-set score (as the product embeds them), reads them with the reader (torch, from the
weights ``train_answer_reader.py`` wrote) and reports "one of the k best covers the expert span" for the hand-set order,
the reader alone and the product's re-rank ``score + w x (logit - best logit)`` for a grid of
``w`` (``answer.reader_weight`` in ``benchmarks/experiments/answer_reader.patch``).

    .venv/bin/python benchmarks/reader_eval.py --collected benchmarks/data/covidqa/collect-tune-k16-n0w1.pkl [--weights FILE.npz]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import write_result  # noqa: E402  (sets the offline switches)
from train_answer_reader import READER_WEIGHTS, load_reader, pair_text  # noqa: E402
from train_reranker import hand_set, labels, previous_text  # noqa: E402

WEIGHTS = (0.0, 0.02, 0.05, 0.08, 0.12, 0.2)


def hits(data: list[dict], scored: list[tuple | None], order, k: int) -> float:
    """Share of all questions whose ``k`` best (by ``order(hand, logits)``) cover the span."""
    n = 0
    for d, s in zip(data, scored):
        if s is None:
            continue
        top, hand, logits = s
        cover = labels(d)[1][top]
        n += bool(cover[np.argsort(-order(hand, logits))[:k]].any())
    return round(n / len(data), 4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collected", type=Path, default=REPO / "benchmarks" / "data" / "covidqa" / "collect-tune-k16-n0w1.pkl")
    parser.add_argument("--weights", type=Path, default=READER_WEIGHTS)
    parser.add_argument("--candidates", type=int, default=16)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "reader_eval.json")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(2)
    score = load_reader(args.weights)
    data = pickle.loads(args.collected.read_bytes())
    scored: list[tuple | None] = []
    for d in data:
        if not d["rows"]:
            scored.append(None)
            continue
        hand = hand_set(d["x"])
        top = np.argsort(-hand)[: args.candidates]
        logits = score(d["question"], [pair_text(d["rows"][i]["text"], previous_text(d["rows"], i)) for i in top])
        scored.append((top, hand[top], logits))
    result = {"n_questions": len(data), "weights_file": args.weights.name, "trained_on": str(np.load(args.weights)["trained_on"]), "candidates": args.candidates}
    result["reader_alone"] = {f"covers@{k}": hits(data, scored, lambda h, r: r, k) for k in (1, 2, 3)}
    for w in WEIGHTS:
        result[f"hand + {w} x reader"] = {f"covers@{k}": hits(data, scored, lambda h, r, w=w: h + w * (r - r.max()), k) for k in (1, 2, 3)}
    write_result(args.out, result)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
