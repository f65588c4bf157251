"""Filter tags against the hand-checked gold (``benchmarks/sets/tags_gold.jsonl``): precision
and recall per tag kind (drugs, diagnoses), for the tagger of the base commit (before) and
the current one (after), plus near-duplicate tag names over the whole shipped corpus.

A gold row lists, for one case, every candidate drug and diagnosis (any vocabulary mention,
or a base-commit tag) with a decision made by reading the case: true when the patient was
given the drug / has the diagnosis. Tags outside the candidates (loader-given rare-disease
names outside the vocabulary) are not scored.

    .venv/bin/python benchmarks/tags_eval.py [--gold benchmarks/sets/tags_gold.jsonl] [--out benchmarks/results/tags.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from tags_common import REPO, old_tagger, read_gold, shipped_documents

from assistant.ingest.tags import enrich, normalized
from assistant.text.vocabulary import fold_key

OLD_NAMES = {"immunoglobulin": "intravenous immunoglobulin"}  # the base vocabulary's bare word for IVIG


def score(rows: list[dict], predicted: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, float]]:
    """Micro precision/recall per kind over the gold candidates."""
    out = {}
    for kind in ("drugs", "diagnoses"):
        tp = fp = fn = 0
        for row in rows:
            said = set(predicted[row["case_id"]][kind])
            for label, right in row[kind].items():
                tp += right and label in said
                fp += (not right) and label in said
                fn += right and label not in said
        out[kind] = {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "tp": tp, "fp": fp, "fn": fn}
    return out


def duplicates(tagged: dict[str, dict[str, list[str]]]) -> dict[str, int]:
    """Documents holding two names of one concept (hyphen/space/case variants), and distinct names."""
    docs = sum(any(n > 1 for n in Counter(fold_key(t) for t in tags["diagnoses"] + tags["drugs"]).values()) for tags in tagged.values())
    names = {t for tags in tagged.values() for t in tags["diagnoses"] + tags["drugs"]}
    return {"documents_with_duplicate_names": docs, "distinct_names": len(names), "distinct_after_folding": len({fold_key(n) for n in names})}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=REPO / "benchmarks" / "sets" / "tags_gold.jsonl")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "tags.json")
    args = parser.parse_args()
    rows, docs, old = read_gold(args.gold), shipped_documents(), old_tagger()
    started = time.perf_counter()
    before = {k: old.enrich(dict(d.metadata), d.text) for k, d in docs.items()}
    before_s = time.perf_counter() - started
    started = time.perf_counter()
    after = {k: enrich(dict(d.metadata), d.text, d.sections) for k, d in docs.items()}
    after_s = time.perf_counter() - started
    mapped = {k: {kind: normalized(OLD_NAMES.get(t, t) for t in tags[kind]) for kind in ("drugs", "diagnoses")} for k, tags in before.items()}
    result = {
        "gold_cases": len(rows), "gold_candidates": sum(len(r["drugs"]) + len(r["diagnoses"]) for r in rows),
        "gold_positive": {kind: sum(sum(r[kind].values()) for r in rows) for kind in ("drugs", "diagnoses")},
        "before": score(rows, mapped), "after": score(rows, after),
        "duplicates_before": duplicates(before), "duplicates_after": duplicates(after),
        "seconds_all_documents": {"before": round(before_s, 2), "after": round(after_s, 2), "documents": len(docs)},
        "errors_after": [
            {"case_id": r["case_id"], "kind": kind, "label": label, "gold": right}
            for r in rows for kind in ("drugs", "diagnoses") for label, right in r[kind].items()
            if right != (label in after[r["case_id"]][kind])
        ],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "errors_after"}, indent=1))
    for e in result["errors_after"]:
        print("after wrong:", e)


if __name__ == "__main__":
    main()
