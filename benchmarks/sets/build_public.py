"""Re-create benchmarks/sets/mixed_public.jsonl from ../shared/data (public QA sets).

Draws, with a fixed seed, 25 PubMedQA PQA-L dev questions and 25 COVID-QA dev questions,
keeping each record's own id, answer and document id. Every one is answerable against
its own corpus (the PubMedQA abstract / the COVID-QA paper) and NOT answerable from the
shipped clinical case corpus, so mixed with mixed_abstention.jsonl they test whether the
assistant refuses out-of-corpus questions (`answerable_in_case_corpus: false`).

    python benchmarks/sets/build_public.py [--data ../shared/data] [--out benchmarks/sets/mixed_public.jsonl]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 20251126
N_PUBMEDQA = 25
N_COVIDQA = 25
HERE = Path(__file__).resolve().parent


def pubmedqa(data: Path, rng: random.Random) -> list[dict]:
    records = json.loads((data / "pubmedqa-dev" / "pubmedqa_dev_500.json").read_text(encoding="utf-8"))
    pmids = sorted(records)
    out = []
    for pmid in rng.sample(pmids, N_PUBMEDQA):
        r = records[pmid]
        out.append({
            "id": f"pqa-{pmid}",  # as benchmarks/pubmedqa_convert.py names them
            "question": r["QUESTION"],
            "answerable": True,
            "answerable_in_case_corpus": False,
            "relevant_ids": [pmid],
            "reference_answer": r["LONG_ANSWER"],
            "final_decision": r["final_decision"],
            "source": "pubmedqa",
        })
    return out


def covidqa(data: Path, rng: random.Random) -> list[dict]:
    path = data / "covidqa-dev" / "questions.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: r["id"])
    out = []
    for r in rng.sample(rows, N_COVIDQA):
        out.append({
            "id": r["id"],
            "question": r["question"],
            "answerable": bool(r.get("answerable", True)),
            "answerable_in_case_corpus": False,
            "relevant_ids": list(r["relevant_ids"]),
            "reference_answer": r["reference_answer"],
            "answer_text": r["answer_text"],
            "answer_start": r["answer_start"],
            "source": "covidqa",
        })
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parents[1].parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE / "mixed_public.jsonl")
    args = ap.parse_args()
    data = args.data.resolve()
    rng = random.Random(SEED)
    rows = pubmedqa(data, rng) + covidqa(data, rng)
    with args.out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} questions to {args.out}")


if __name__ == "__main__":
    main()
