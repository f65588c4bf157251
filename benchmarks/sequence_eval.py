"""Sequence questions (``benchmarks/sets/sequence.jsonl``): does the answer contain the
verbatim evidence span (or one of its alternatives), and does a citation cover it?

Runs every question through ``Assistant.ask`` (sequence questions go to the treatment-record
answerer, falling back to the extractive one) and, for comparison in the same run, through
the extractive answerer alone.

    .venv/bin/python benchmarks/sequence_eval.py --index-dir DIR
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import write_result  # noqa: E402  (sets the offline switches)

from assistant.answer.draft import verify  # noqa: E402
from assistant.conversation import plan  # noqa: E402
from assistant.ingest.identity import local_id  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence.jsonl"


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def judge(q: dict, text: str, citations) -> dict:
    spans = [{"doc": q["relevant_ids"][0], "answer_text": q["answer_text"], "answer_start": q["answer_start"]}, *q.get("alternatives", [])]
    in_answer = any(norm(s["answer_text"]) in norm(text) for s in spans)
    covered = any(
        local_id(c.doc_id) == s["doc"] and c.char_start <= s["answer_start"] and s["answer_start"] + len(s["answer_text"]) <= c.char_end
        for s in spans for c in citations
    )
    return {"in_answer": in_answer, "covered": covered}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "sequence.json")
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.pipeline import Assistant

    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    questions = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, ms = [], []
    for q in questions:
        started = time.perf_counter()
        answer = assistant.ask(q["question"])
        ms.append((time.perf_counter() - started) * 1000)
        resolution = plan(q["question"], None, None, locate=assistant.locate_case)
        retrieval = assistant.retriever.search(resolution.query, resolution.filters, "hybrid", focus_case=resolution.boost_case)
        draft = assistant.answerer(None, "lookup").answer(q["question"], retrieval)
        draft = verify(draft, assistant.document_texts({c.doc_id for c in draft.citations}))
        extractive_text = " ".join(t for t, _ in draft.sentences)
        rows.append({"id": q["id"], "question": q["question"], "answer": answer.answer, "shape": answer.shape,
                     "sequence": judge(q, answer.answer, answer.citations), "extractive_only": judge(q, extractive_text, draft.citations)})
    summary = {
        name: {key: round(sum(r[name][key] for r in rows) / len(rows), 3) for key in ("in_answer", "covered")}
        for name in ("sequence", "extractive_only")
    }
    seed = [r for r, q in zip(rows, questions) if q["case_id"] == "seed-blinatumomab-all"]
    summary["sequence_seed_case"] = {key: round(sum(r["sequence"][key] for r in seed) / len(seed), 3) for key in ("in_answer", "covered")}
    summary["extractive_only_seed_case"] = {key: round(sum(r["extractive_only"][key] for r in seed) / len(seed), 3) for key in ("in_answer", "covered")}
    summary["p50_ms"] = round(statistics.median(ms), 1)
    write_result(args.out, {"benchmark": "sequence set", "n": len(rows), "summary": summary, "rows": rows})
    print(json.dumps(summary, indent=1))
    for r in rows:
        print(r["id"], "seq" if r["sequence"]["in_answer"] else "---", "ext" if r["extractive_only"]["in_answer"] else "---", r["question"][:70])
    return 0


if __name__ == "__main__":
    sys.exit(main())
