"""Sequence questions (``benchmarks/sets/sequence.jsonl``): does the answer contain the
verbatim evidence span (or one of its alternatives), does a citation cover it, and is every
citation the document's text at its offsets?

Runs every question through ``Assistant.ask`` (sequence questions go to the treatment-record
answerer, or on a case report without a record to its event timeline, falling back to the
extractive one) and, for comparison in the same run, through the extractive answerer alone.
Reports each group: split (``existing`` = the first 18 questions, ``tune``, ``held_out``; the
fresh sets' ``held_out_new`` and ``held_out_2`` with ``--set``) and
source (``record``: the gold span is in a treatment record or its case's abstract;
``case_report``: a case report without a record).

    .venv/bin/python benchmarks/sequence_eval.py --index-dir DIR [--set benchmarks/sets/sequence_heldout2.jsonl]
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
KEYS = ("in_answer", "covered", "first_covered", "citation_validity")


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def judge(q: dict, text: str, citations, texts: dict[str, str]) -> dict:
    spans = [{"doc": q["relevant_ids"][0], "answer_text": q["answer_text"], "answer_start": q["answer_start"]}, *q.get("alternatives", [])]
    in_answer = any(norm(s["answer_text"]) in norm(text) for s in spans)
    def holds(c) -> bool:
        return any(local_id(c.doc_id) == s["doc"] and c.char_start <= s["answer_start"] and s["answer_start"] + len(s["answer_text"]) <= c.char_end for s in spans)

    covered = any(holds(c) for c in citations)
    first_covered = bool(citations) and holds(citations[0])
    valid = [texts.get(c.doc_id, "")[c.char_start : c.char_end] == c.quote for c in citations]
    return {"in_answer": in_answer, "covered": covered, "first_covered": first_covered, "citations": len(valid), "valid_citations": sum(valid)}


def source(q: dict) -> str:
    return "record" if q["case_id"].startswith("seed") else "case_report"


def summarise(rows: list[dict], name: str) -> dict:
    """Shares over ``rows`` for one answerer (citation validity: valid / all citations)."""
    if not rows:
        return {}
    cited = sum(r[name]["citations"] for r in rows)
    return {
        "n": len(rows),
        "in_answer": round(sum(r[name]["in_answer"] for r in rows) / len(rows), 3),
        "covered": round(sum(r[name]["covered"] for r in rows) / len(rows), 3),
        "first_covered": round(sum(r[name]["first_covered"] for r in rows) / len(rows), 3),
        "citation_validity": round(sum(r[name]["valid_citations"] for r in rows) / cited, 3) if cited else None,
    }


def groups(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"all": rows}
    for key in ("split", "source"):
        for value in sorted({r[key] for r in rows}):
            out[f"{key}={value}"] = [r for r in rows if r[key] == value]
    for split in sorted({r["split"] for r in rows} - {"existing"}):  # tune, held_out, held_out_new, held_out_2
        out[f"split={split},source=case_report"] = [r for r in rows if r["split"] == split and r["source"] == "case_report"]
    return out


def extractive_only(assistant, question: str):
    resolution = plan(question, None, None, locate=assistant.locate_case)
    retrieval = assistant.retriever.search(resolution.query, resolution.filters, "hybrid", focus_case=resolution.boost_case)
    draft = assistant.answerer(None, "lookup").answer(question, retrieval)
    return verify(draft, assistant.document_texts({c.doc_id for c in draft.citations}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--set", type=Path, default=SET)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "sequence.json")
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.pipeline import Assistant

    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    questions = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows, ms = [], []
    for q in questions:
        started = time.perf_counter()
        answer = assistant.ask(q["question"])
        ms.append((time.perf_counter() - started) * 1000)
        draft = extractive_only(assistant, q["question"])
        texts = assistant.document_texts({c.doc_id for c in [*answer.citations, *draft.citations]})
        rows.append({"id": q["id"], "split": q.get("split", "existing"), "source": source(q), "question": q["question"], "answer": answer.answer,
                     "shape": answer.shape, "short_answer": answer.short_answer, "sequence": judge(q, answer.answer, answer.citations, texts),
                     "extractive_only": judge(q, " ".join(t for t, _ in draft.sentences), draft.citations, texts)})
    summary = {group: {name: summarise(part, name) for name in ("sequence", "extractive_only")} for group, part in groups(rows).items()}
    summary["p50_ms"] = round(statistics.median(ms), 1)
    write_result(args.out, {"benchmark": "sequence set", "n": len(rows), "summary": summary, "rows": rows})
    for group, part in summary.items():
        if group != "p50_ms" and part["sequence"]:
            print(f"{group:40s} n={part['sequence']['n']:3d}  ask: " + " ".join(f"{k}={part['sequence'][k]}" for k in KEYS)
                  + "  | extractive: " + " ".join(f"{k}={part['extractive_only'][k]}" for k in KEYS))
    print("p50_ms", summary["p50_ms"])
    for r in rows:
        print(r["id"], r["split"][:4], "seq" if r["sequence"]["in_answer"] else "---", "cov" if r["sequence"]["covered"] else "---",
              "ext" if r["extractive_only"]["in_answer"] else "---", r["question"][:70])
    return 0


if __name__ == "__main__":
    sys.exit(main())
