"""Answers across cases on ``benchmarks/sets/case_lists.jsonl``: case recall and precision
(macro and micro) against ``gold_cases``, exact-count accuracy on count questions, latency.

The questions are split 60/40 (seeded) into tune and report parts; change the answerer
looking at the tune part only, and quote the report part.

    .venv/bin/python benchmarks/across_eval.py --index-dir /tmp/ix [--out benchmarks/results/across.json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.answer.across import AcrossCasesAnswerer  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402

SEED = 20251126


def split(rows: list[dict], seed: int = SEED, share: float = 0.6) -> tuple[list[dict], list[dict]]:
    """Tune / report parts, by a seeded shuffle of the question ids."""
    ids = sorted(r["id"] for r in rows)
    random.Random(seed).shuffle(ids)
    tune = set(ids[: round(share * len(ids))])
    return [r for r in rows if r["id"] in tune], [r for r in rows if r["id"] not in tune]


def run_one(answerer: AcrossCasesAnswerer, row: dict) -> dict:
    started = time.perf_counter()
    draft = answerer.answer(row["question"])
    ms = (time.perf_counter() - started) * 1000
    listed = [c.case_id for c in draft.cases]
    gold = set(row["gold_cases"])
    hit = len(gold & set(listed))
    evidence = row.get("evidence", {})
    judged = [c for c in draft.cases if c.case_id in gold and evidence.get(c.case_id)]
    same = [c.case_id for c in judged if same_sentence(c.sentence, evidence[c.case_id])]
    return {
        "id": row["id"], "shape": row["shape"], "question": row["question"], "predicted_shape": draft.shape,
        "gold": sorted(gold), "listed": listed, "count": draft.case_count, "gold_count": len(gold),
        "recall": hit / len(gold) if gold else (1.0 if not listed else 0.0),
        "precision": hit / len(listed) if listed else (1.0 if not gold else 0.0),
        "tp": hit, "missed": sorted(gold - set(listed)), "extra": sorted(set(listed) - gold), "ms": ms,
        "evidence_judged": len(judged), "evidence_same": len(same),
        "other_sentence": {c.case_id: c.sentence for c in judged if c.case_id not in same},
    }


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .;,")


def same_sentence(quote: str, gold: str) -> bool:
    """The cited quote is the reader's evidence sentence, or a clause of it (or contains it)."""
    a, b = _norm(quote), _norm(gold)
    return bool(a and b) and (a in b or b in a)


def summarise(results: list[dict]) -> dict:
    tp = sum(r["tp"] for r in results)
    listed = sum(len(r["listed"]) for r in results)
    gold = sum(r["gold_count"] for r in results)
    counts = [r for r in results if r["shape"] == "count"]
    return {
        "questions": len(results),
        "recall_macro": statistics.mean(r["recall"] for r in results),
        "precision_macro": statistics.mean(r["precision"] for r in results),
        "recall_micro": tp / gold if gold else 1.0,
        "precision_micro": tp / listed if listed else 1.0,
        "count_exact": sum(r["count"] == r["gold_count"] for r in counts) / len(counts) if counts else None,
        "count_questions": len(counts),
        # Of the listed right cases whose reader's evidence sentence is known: share cited with that
        # very sentence (a lower bound: another sentence of the case may support it as well).
        "evidence_same_sentence": sum(r["evidence_same"] for r in results) / max(1, sum(r["evidence_judged"] for r in results)),
        "latency_p50_ms": statistics.median(r["ms"] for r in results),
        "latency_max_ms": max(r["ms"] for r in results),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=REPO / "benchmarks/sets/case_lists.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks/results/across.json")
    parser.add_argument("--part", choices=("tune", "report", "both"), default="both")
    parser.add_argument("--show-sentences", action="store_true", help="print each right case cited with another sentence than the reader's")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
    tune, report = split(rows)
    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    answerer = AcrossCasesAnswerer(assistant.retriever, assistant.document_texts)
    started = time.perf_counter()
    answerer.answer(rows[0]["question"])  # the first call fills caches (stemmer, stored texts)
    cold_ms = (time.perf_counter() - started) * 1000
    out: dict = {"seed": SEED, "cold_first_call_ms": cold_ms, "split": {"tune": sorted(r["id"] for r in tune), "report": sorted(r["id"] for r in report)}}
    print(f"cold first call: {cold_ms:.0f} ms")
    for name, part in (("tune", tune), ("report", report)):
        if args.part not in (name, "both"):
            continue
        results = [run_one(answerer, row) for row in part]
        out[name] = {"summary": summarise(results), "questions": results}
        print(f"== {name}: " + json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out[name]["summary"].items()}))
        for r in results:
            if r["missed"] or r["extra"]:
                print(f"  {r['id']} [{r['shape']}] {r['question']}\n    missed={r['missed']} extra={r['extra']}")
            if args.show_sentences:
                for case_id, sentence in r["other_sentence"].items():
                    print(f"  {r['id']} {case_id}: cited {sentence[:140]!r}")
    if args.part == "both":
        out["all"] = summarise(out["tune"]["questions"] + out["report"]["questions"])
        print("== all: " + json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in out["all"].items()}))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
