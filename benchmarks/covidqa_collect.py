"""Collect, once, what sentence selection on COVID-QA needs, so selection rules can be
compared offline in seconds (the full benchmark, ``covidqa.py``, takes minutes).

Per question (both halves; only the tune half may be used to choose anything): the top
``K`` passages as ``Assistant.ask`` retrieves them, plus the neighbouring chunks of the
best chunks' documents, every candidate sentence with its features and cosine, its
document offsets, and labels (overlaps / covers the expert span).

    .venv/bin/python benchmarks/covidqa_collect.py [--k 16] [--limit N]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from covidqa import build_index, questions_of  # noqa: E402

from assistant.answer import extractive as ex  # noqa: E402
from assistant.answer.sentence_features import matrix  # noqa: E402
from assistant.conversation import plan  # noqa: E402
from assistant.ingest.identity import local_id  # noqa: E402


def one(assistant, q: dict, k: int, n_near: int, width: int) -> dict:
    resolution = plan(q["question"], None, None, locate=assistant.locate_case)
    retrieval = assistant.retriever.search(resolution.query, resolution.filters, "hybrid", k=k, focus_case=resolution.boost_case)
    passages = list(retrieval.passages)
    extra = assistant.retriever.neighbours(passages[:n_near], width)
    settings = assistant.settings.answer.model_copy(update={"candidate_passages": len(passages) + len(extra), "learned_candidates": 10_000})
    rows, penalty = ex.candidate_rows(q["question"], passages + extra, retrieval.terms, settings)
    doc, start = (q.get("relevant_ids") or [""])[0], q.get("answer_start", -1)
    end = start + len(q.get("answer_text", ""))
    out = {"id": q["id"], "paper": doc, "start": start, "end": end, "penalty": penalty, "n_passages": len(passages),
           "docs_ranked": [local_id(p.doc_id) for p in passages],
           "reference_answer": q.get("reference_answer", ""), "answerable": q.get("answerable", True), "question": q["question"]}
    if not rows:
        out.update(x=np.zeros((0, 15)), cos=np.zeros(0), rows=[])
        return out
    _, cos = ex._embed(rows, retrieval.query_vector, assistant.embedder.encode_cached, settings)
    for row, c in zip(rows, cos):
        row.facts.cosine = float(c)
    out["x"] = matrix([r.facts for r in rows])
    out["cos"] = np.asarray(cos)
    out["rows"] = [
        {"doc": local_id(r.candidate.passage.doc_id), "s": r.candidate.char_start, "e": r.candidate.char_end, "rank": r.candidate.passage_rank,
         "ev": r.evidence_lexical, "rl": r.ranking_lexical, "bonus": r.bonus, "text": r.candidate.text,
         "ctx_s": ex.with_context(r.candidate).char_start}
        for r in rows
    ]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / "data" / "covidqa")
    parser.add_argument("--k", type=int, default=16)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--near", type=int, default=0, help="top passages whose neighbouring chunks join (0: none)")
    parser.add_argument("--width", type=int, default=1)
    parser.add_argument("--split", default="tune")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("--questions", type=Path, help="another question file (e.g. the reference questions) instead of COVID-QA")
    parser.add_argument("--index-dir", type=Path, help="with --questions: an index of the corpus those questions are about")
    args = parser.parse_args()
    from tqdm import tqdm

    from assistant.pipeline import Assistant

    overrides = dict(s.split("=", 1) for s in args.set)
    if args.questions:
        from assistant.config import Settings
        from assistant.evaluate.runner import load_questions

        assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir, **overrides}))
        questions = load_questions(args.questions)
    else:
        assistant = Assistant(build_index(args.workdir / "index", overrides=overrides))
        questions = questions_of(args.split)
    questions = questions[: args.limit] if args.limit else questions
    data = [one(assistant, q, args.k, args.near, args.width) for q in tqdm(questions, file=sys.stderr)]
    out = args.out or args.workdir / f"collect-{args.split}-k{args.k}-n{args.near}w{args.width}.pkl"
    out.write_bytes(pickle.dumps(data))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
