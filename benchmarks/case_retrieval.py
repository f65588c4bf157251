"""A harder retrieval set: find the case report from a paraphrased case summary.

Corpus: the 199 MedR-Bench case reports, article text only (the structured summaries are
left out so a query can never match its own words). Queries: each case's structured
summary (chief complaint and history, as a clinician would describe the patient),
relevant document: that case. Unlike PubMedQA, the query shares little wording with
the article, so it separates lexical, dense and fused retrieval. Retrieval only.

    .venv/bin/python benchmarks/case_retrieval.py [--workdir DIR] [--chars 400]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import machine_info  # noqa: E402

CASES = REPO / "corpus" / "case-reports" / "medrbench_cases.json"


def summary_query(summary: str, chars: int) -> str:
    """The summary's first lines without Markdown, cut at a word boundary."""
    text = re.sub(r"[*#_`]+", "", summary)
    text = " ".join(line.strip("- ").strip() for line in text.splitlines() if line.strip())
    return text[:chars].rsplit(" ", 1)[0]


def build(workdir: Path, chars: int) -> tuple[Path, Path]:
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    workdir.mkdir(parents=True, exist_ok=True)
    corpus, questions = workdir / "corpus.jsonl", workdir / "questions.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for pmcid, case in sorted(cases.items()):
            raw = case["raw_case"].strip()
            out.write(json.dumps({"id": pmcid, "title": raw.split("\n", 1)[0][:200], "text": raw}, ensure_ascii=False) + "\n")
    with questions.open("w", encoding="utf-8") as out:
        for pmcid, case in sorted(cases.items()):
            summary = (case.get("generate_case") or {}).get("case_summary") or ""
            if summary.strip():
                out.write(json.dumps({"id": f"summary-{pmcid}", "question": summary_query(summary, chars), "relevant_ids": [pmcid]}, ensure_ascii=False) + "\n")
    return corpus, questions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / "data" / "case_retrieval")
    parser.add_argument("--chars", type=int, default=400, help="query length in characters")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "case_retrieval.json")
    args = parser.parse_args()
    corpus, questions = build(args.workdir, args.chars)
    report = args.workdir / "report.json"
    subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", str(questions), "--corpus", str(corpus), "--index-dir", str(args.workdir / "index"), "--out", str(report), "--compare", "--retrieval-only"],
        cwd=REPO,
        check=True,
    )
    reports = json.loads(report.read_text(encoding="utf-8"))
    rows = {mode: {**r["retrieval"], "p50_ms": r["latency_ms"]["p50"], "p95_ms": r["latency_ms"]["p95"]} for mode, r in reports.items()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"benchmark": "MedR-Bench summary -> case report retrieval", "machine": machine_info(), "query_chars": args.chars, "rows": rows}, indent=2) + "\n", encoding="utf-8")
    keys = ["hit@1", "hit@5", "hit@10", "mrr@10", "ndcg@10", "p50_ms"]
    print("| mode | " + " | ".join(keys) + " |\n|---|" + "---|" * len(keys))
    for mode, row in rows.items():
        print(f"| {mode} | " + " | ".join(f"{row[k]:.3f}" if k != "p50_ms" else str(row[k]) for k in keys) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
