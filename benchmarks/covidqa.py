"""External benchmark: COVID-QA development half (49 long CORD-19 papers, 841 expert questions).

Measures what the issue is about: does a cited quote cover the expert's answer span, and
where does the paper rank. The questions are split reproducibly BY PAPER (seeded): the
``tune`` half may be used to tune or train the sentence scorer, the ``report`` half never.

1. indexes ``corpus.jsonl`` into its own index folder (the default index is never touched);
2. asks every question of the chosen split through ``Assistant.ask`` (hybrid), scored by
   ``assistant.evaluate.runner.evaluate`` (paper rank, span covered/overlapped by a quote,
   span in answer, abstention, latency);
3. writes ``benchmarks/results/covidqa.json`` and a Markdown table beside it.

    .venv/bin/python benchmarks/covidqa.py [--split tune|report|all] [--limit N] [--workdir DIR] [--paper-given]

``--paper-given`` asks each question with its paper selected (the app's document filter):
COVID-QA was written as reading comprehension ("Who conducted the study?" is about the paper
at hand), so this separates finding the paper from finding the sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import SHARED_DATA, machine_info, write_result  # noqa: E402  (sets the offline switches)

from assistant.config import RetrievalMode, Settings  # noqa: E402
from assistant.evaluate.runner import evaluate, load_questions  # noqa: E402

DATA = SHARED_DATA / "covidqa-dev"
SEED = 20240423
SPLITS = ("tune", "report")


def split_papers(questions: list[dict[str, Any]], seed: int = SEED) -> dict[str, set[str]]:
    """Papers shuffled with a fixed seed, first half ``tune``, second half ``report``: no
    paper's questions are in both, so nothing tuned on a paper's wording leaks into the report."""
    papers = sorted({q["relevant_ids"][0] for q in questions})
    random.Random(seed).shuffle(papers)
    half = len(papers) // 2
    return {"tune": set(papers[:half]), "report": set(papers[half:])}


def questions_of(split: str, path: Path = DATA / "questions.jsonl", seed: int = SEED) -> list[dict[str, Any]]:
    """The questions of one split (``all``: both), in file order."""
    questions = load_questions(path)
    if split == "all":
        return questions
    papers = split_papers(questions, seed)[split]
    return [q for q in questions if q["relevant_ids"][0] in papers]


def build_index(index_dir: Path, corpus: Path = DATA / "corpus.jsonl", overrides: dict[str, Any] | None = None) -> Settings:
    """Sync the corpus into ``index_dir`` (exclusive: it holds exactly this corpus); an
    unchanged corpus is not embedded again, so reruns reuse the folder."""
    from assistant.index.locks import IndexOwner
    from assistant.index.sync import sync

    settings = Settings().with_overrides(**{"index.dir": index_dir, **(overrides or {})})
    with IndexOwner(settings, "covidqa benchmark"):
        report = sync([corpus], settings, exclusive=True)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"index {report.index}: {report.documents} documents, {report.chunks} chunks (embedded {report.embedded})", file=sys.stderr)
    return settings


def headline(report: dict[str, Any]) -> dict[str, Any]:
    """The numbers the issue asks for, from one ``evaluate`` report."""
    retrieval, spans = report["retrieval"], report["spans"]
    rows = report["per_question"]
    return {
        "n": report["n_questions"],
        "hit@1": retrieval.get("hit@1"),
        "hit@10": retrieval.get("hit@10"),
        "mrr@10": retrieval.get("mrr@10"),
        "span_covered": spans.get("covered"),
        "span_overlaps": spans.get("overlaps"),
        "span_in_answer": spans.get("in_answer"),
        "abstained": sum(1 for r in rows if r["abstained"]) / len(rows) if rows else None,
        "citation_validity": report["citations"]["validity"],
        "p50_ms": report["latency_ms"]["p50"],
        "p95_ms": report["latency_ms"]["p95"],
    }


COLUMNS = ["n", "hit@1", "hit@10", "mrr@10", "span_covered", "span_overlaps", "span_in_answer", "abstained", "citation_validity", "p50_ms", "p95_ms"]


def markdown(rows: dict[str, dict[str, Any]]) -> str:
    lines = ["| split | " + " | ".join(COLUMNS) + " |", "|---|" + "---|" * len(COLUMNS)]
    for name, row in rows.items():
        cells = ["–" if row.get(k) is None else (f"{row[k]:.3f}" if isinstance(row[k], float) and not k.endswith("_ms") else str(row[k])) for k in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / "data" / "covidqa")
    parser.add_argument("--split", choices=("tune", "report", "all"), default="report")
    parser.add_argument("--limit", type=int, help="only the first N questions of each split (smoke runs)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "covidqa.json")
    parser.add_argument("--label", default="", help="a name for this run in the output (baseline, learned, ...)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a setting for this run, e.g. answer.scorer=learned (repeatable)")
    parser.add_argument("--paper-given", action="store_true",
                        help="ask each question with its paper selected (filters.doc_id), as a reader with that paper open would: COVID-QA is a reading-comprehension set")
    args = parser.parse_args()

    overrides = dict(item.split("=", 1) for item in args.set)
    settings = build_index(args.workdir / "index", overrides=overrides)
    from assistant.pipeline import Assistant

    assistant = Assistant(settings)
    splits = SPLITS if args.split == "all" else (args.split,)
    rows, details = {}, {}
    for split in splits:
        questions = questions_of(split)[: args.limit] if args.limit else questions_of(split)
        if args.paper_given:
            questions = [{**q, "filters": {"doc_id": q["relevant_ids"][0]}} for q in questions]
        report = evaluate(assistant, questions, RetrievalMode.hybrid, k=10)
        rows[split] = headline(report)
        details[split] = report["per_question"]
    result = {
        "benchmark": "COVID-QA development half (49 CORD-19 papers, questions split by paper)",
        "label": args.label,
        "seed": SEED,
        "limit": args.limit,
        "settings": overrides,
        "paper_given": args.paper_given,
        "machine": machine_info(),
        "rows": rows,
    }
    write_result(args.out, result)
    write_result(args.workdir / f"per_question-{args.label or 'run'}.json", details)
    table = markdown(rows)
    args.out.with_suffix(".md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
