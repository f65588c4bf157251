"""Measure the question-shape classifier on benchmarks/sets/question_shapes.jsonl.

The set is split once, seeded and stratified by shape, into a tuning part (~70%) the
rules were written against and a held-out part (~30%) that only this script reads.
Prints accuracy, per-shape precision/recall and the confusion of the errors for both
parts and writes benchmarks/results/shapes.json.

    python benchmarks/shapes_eval.py
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from assistant.answer import shapes  # noqa: E402
from assistant.models import SHAPES  # noqa: E402

SET_PATH = REPO_ROOT / "benchmarks" / "sets" / "question_shapes.jsonl"
RESULT_PATH = REPO_ROOT / "benchmarks" / "results" / "shapes.json"
SEED = 20261126
HELD_OUT = 0.3


def load(path: Path = SET_PATH) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def split(rows: list[dict], seed: int = SEED, held_out: float = HELD_OUT) -> tuple[list[dict], list[dict]]:
    """(tuning, held_out), each in file order: per shape, a seeded shuffle puts
    round(held_out * n) questions aside, so every shape is in both parts."""
    by_shape: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_shape[row["shape"]].append(i)
    rng = random.Random(seed)
    aside: set[int] = set()
    for shape in sorted(by_shape):
        indices = list(by_shape[shape])
        rng.shuffle(indices)
        aside.update(indices[: round(len(indices) * held_out)])
    return [r for i, r in enumerate(rows) if i not in aside], [r for i, r in enumerate(rows) if i in aside]


def measure(rows: list[dict], predict: Callable[[str], str]) -> dict:
    """Accuracy, per-shape precision/recall/support and every error, for one part."""
    pairs = [(row["shape"], predict(row["question"])) for row in rows]
    per_shape = {}
    for shape in SHAPES:
        tp = sum(1 for gold, got in pairs if gold == got == shape)
        predicted = sum(1 for _, got in pairs if got == shape)
        support = sum(1 for gold, _ in pairs if gold == shape)
        per_shape[shape] = {
            "precision": round(tp / predicted, 3) if predicted else None,
            "recall": round(tp / support, 3) if support else None,
            "support": support,
        }
    errors = [{"question": row["question"], "gold": gold, "predicted": got} for row, (gold, got) in zip(rows, pairs) if gold != got]
    confusion = Counter(f"{e['gold']} -> {e['predicted']}" for e in errors)
    return {
        "n": len(rows),
        "accuracy": round(sum(1 for gold, got in pairs if gold == got) / len(rows), 4),
        "per_shape": per_shape,
        "confusion": dict(confusion.most_common()),
        "errors": errors,
    }


def table(name: str, result: dict) -> str:
    lines = [f"{name}: n={result['n']} accuracy={result['accuracy']:.3f}", f"  {'shape':<10}{'prec':>7}{'recall':>8}{'n':>5}"]
    for shape, m in result["per_shape"].items():
        p = "-" if m["precision"] is None else f"{m['precision']:.3f}"
        r = "-" if m["recall"] is None else f"{m['recall']:.3f}"
        lines.append(f"  {shape:<10}{p:>7}{r:>8}{m['support']:>5}")
    for pair, n in result["confusion"].items():
        lines.append(f"  error {pair}: {n}")
    return "\n".join(lines)


def main() -> dict:
    tuning, held_out = split(load())
    report = {
        "set": str(SET_PATH.relative_to(REPO_ROOT)),
        "seed": SEED,
        "held_out_fraction": HELD_OUT,
        "sizes": {"tuning": len(tuning), "held_out": len(held_out)},
        "held_out_counts": dict(Counter(r["shape"] for r in held_out)),
        "rules": {"tuning": measure(tuning, shapes.classify_rules), "held_out": measure(held_out, shapes.classify_rules)},
        "final": {"tuning": measure(tuning, shapes.classify), "held_out": measure(held_out, shapes.classify)},
    }
    report["classifier"] = shapes.METHOD
    report["held_out_accuracy"] = report["final"]["held_out"]["accuracy"]
    for part in ("rules", "final"):
        for which in ("tuning", "held_out"):
            print(table(f"{part} / {which}", report[part][which]))
            print()
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {RESULT_PATH.relative_to(REPO_ROOT)}")
    return report


if __name__ == "__main__":
    main()
