"""Score the user-audit sets (``benchmarks/sets/user_audit*.jsonl``, issue #10: do the answers fit
the question?) end to end through ``Assistant.ask``, per question shape.

- list / count / compare: case recall and precision of the answer's ``cases`` against
  ``gold_cases``; count: ``case_count`` exact. Right: recall >= 0.9 and precision >= 0.9.
- yesno: what the answer said (``shape_metrics.verdict_outcome``: yes / no / not_reported, or
  "abstained" / "no_verdict") against ``expected``. Right: equal.
- lookup / sequence: does the first citation / any citation cover the gold span or an
  alternative (same document, offsets inside the cited quote); does ``short_answer`` contain the
  gold text (whitespace- and case-normalised) or overlap the gold span's offsets; wrongly refused
  (abstained, or a not_reported verdict, while a gold exists). Right: any citation covers. An
  unanswerable lookup (``answerable: false``) is right when refused.
Every citation is also checked verbatim against the stored document text.
Rows with ``conversation`` are asked in file order with the earlier answers of that conversation
as history (as ``POST /api/ask`` takes them).

    python benchmarks/user_audit.py --index-dir DIR --set benchmarks/sets/user_audit1.jsonl --out FILE.json

``user_audit1.jsonl`` is the development set (the browser audit, answers seen);
``user_audit2.jsonl`` is blind: run it only for the measurement it was written for.
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
sys.path.insert(0, str(REPO))

from common import write_result  # noqa: E402  (sets the offline switches)

from assistant.evaluate.shape_metrics import case_scores, contains_text, span_scores, verdict_outcome  # noqa: E402
from assistant.ingest.identity import local_id  # noqa: E402

CASE_SHAPES = ("list", "count", "compare")
SPAN_SHAPES = ("lookup", "sequence")
ORDER = ("list", "count", "compare", "yesno", "lookup", "sequence")
SHAPE_NAMES = {"yesno": "yes_no"}  # the set's shape name -> the answer's ``shape``


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def refused(answer) -> bool:
    return bool(answer.abstained) or answer.verdict == "not_reported"


def score_cases(row: dict, answer) -> dict:
    listed = list(dict.fromkeys(c.case_id for c in answer.cases))
    gold = set(row["gold_cases"])
    count = answer.case_count if answer.case_count is not None else len(listed)
    shared = case_scores(sorted(gold), listed, count)
    # An empty gold list is answered right by an empty answer, and nothing listed against gold cases has precision 0.
    recall = shared["case_recall"] if shared["case_recall"] is not None else float(not listed)
    precision = shared["case_precision"] if shared["case_precision"] is not None else float(not gold)
    out = {"listed": listed, "missed": sorted(gold - set(listed)), "extra": sorted(set(listed) - gold),
           "recall": round(recall, 3), "precision": round(precision, 3), "count": count, "gold_count": len(gold),
           "right": recall >= 0.9 and precision >= 0.9}
    if row["shape"] == "count":
        out["count_exact"] = count == len(gold)
    return out


def score_verdict(row: dict, answer) -> dict:
    got = verdict_outcome(answer.verdict, bool(answer.abstained))
    return {"verdict": got, "expected": row["expected"], "right": got == row["expected"]}


def gold_spans(row: dict) -> list[dict]:
    gold = {"doc": row["doc"], "answer_text": row["answer_text"], "answer_start": row["answer_start"]}
    return [gold, *row.get("alternatives", [])]


def covers(citations, span: dict) -> bool:
    """Some citation holds the whole gold span (``span_scores``' span_covered; the set names documents by local id)."""
    local = [{"doc_id": local_id(c.doc_id), "char_start": c.char_start, "char_end": c.char_end} for c in citations]
    return bool(span_scores(span["answer_text"], "", "", local, span["doc"], span["answer_start"])["span_covered"])


def short_hits(answer, spans: list[dict]) -> bool:
    """The short answer contains a gold text, or its offsets overlap a gold span."""
    if not (answer.short_answer or "").strip():
        return False
    if any(contains_text(answer.short_answer, s["answer_text"]) for s in spans):
        return True
    start, end = answer.short_answer_start, answer.short_answer_end
    if start is None or end is None or not answer.citations:
        return False
    doc = local_id(answer.citations[0].doc_id)
    return any(s["doc"] == doc and start < s["answer_start"] + len(s["answer_text"]) and s["answer_start"] < end for s in spans)


def score_span(row: dict, answer) -> dict:
    if row.get("answerable") is False:
        return {"answerable": False, "refused": refused(answer), "right": refused(answer)}
    spans = gold_spans(row)
    first = any(covers(answer.citations[:1], s) for s in spans)
    anyc = any(covers(answer.citations, s) for s in spans)
    return {"answerable": True, "first_covers": first, "any_covers": anyc, "short_answer_hits": short_hits(answer, spans),
            "wrongly_refused": refused(answer), "right": anyc}


def score(row: dict, answer) -> dict:
    if row["shape"] in CASE_SHAPES:
        return score_cases(row, answer)
    if row["shape"] == "yesno":
        return score_verdict(row, answer)
    return score_span(row, answer)


def ask_all(assistant, rows: list[dict]) -> list[dict]:
    """Every row through ``Assistant.ask`` (conversations with their history), scored."""
    histories: dict[str, list[dict]] = {}
    out = []
    for row in rows:
        history = histories.setdefault(row["conversation"], []) if row.get("conversation") else None
        started = time.perf_counter()
        answer = assistant.ask(row["question"], history=list(history) if history is not None else None)
        ms = (time.perf_counter() - started) * 1000
        if history is not None:
            history.append(answer.to_dict())
        texts = assistant.document_texts({c.doc_id for c in answer.citations})
        valid = sum(texts.get(c.doc_id, "")[c.char_start : c.char_end] == c.quote for c in answer.citations)
        out.append({"id": row["id"], "label": row.get("label", ""), "shape": row["shape"], "question": row["question"],
                    "predicted_shape": answer.shape, "shape_right": answer.shape == SHAPE_NAMES.get(row["shape"], row["shape"]),
                    "ms": round(ms, 1), "abstained": answer.abstained, "verdict": answer.verdict, "short_answer": answer.short_answer,
                    "answer": answer.answer, "citations": len(answer.citations), "valid_citations": valid,
                    "first_quote": answer.citations[0].quote if answer.citations else "", **score(row, answer)})
    return out


def share(rows: list[dict], key: str) -> float | None:
    values = [r[key] for r in rows if key in r]
    return round(sum(bool(v) for v in values) / len(values), 3) if values else None


def summarise(rows: list[dict]) -> dict:
    """Per shape and overall: the right share and each shape's own measures."""
    out: dict = {}
    for shape in ORDER:
        part = [r for r in rows if r["shape"] == shape]
        if not part:
            continue
        s = {"n": len(part), "right": share(part, "right"), "shape_right": share(part, "shape_right")}
        if shape in CASE_SHAPES:
            s.update(recall=round(statistics.mean(r["recall"] for r in part), 3),
                     precision=round(statistics.mean(r["precision"] for r in part), 3))
            if shape == "count":
                s["count_exact"] = share(part, "count_exact")
        if shape in SPAN_SHAPES:
            answerable = [r for r in part if r.get("answerable", True)]
            s.update({k: share(answerable, k) for k in ("first_covers", "any_covers", "short_answer_hits", "wrongly_refused")},
                     answerable=len(answerable), unanswerable_right=share([r for r in part if not r.get("answerable", True)], "right"))
        out[shape] = s
    cited = sum(r["citations"] for r in rows)
    out["all"] = {"n": len(rows), "right": share(rows, "right"), "shape_right": share(rows, "shape_right"),
                  "citation_validity": round(sum(r["valid_citations"] for r in rows) / cited, 3) if cited else None,
                  "p50_ms": round(statistics.median(r["ms"] for r in rows), 1)}
    return out


def table(summary: dict) -> str:
    """The per-shape Markdown table printed and kept in the result."""
    keys = ("recall", "precision", "count_exact", "first_covers", "any_covers", "short_answer_hits", "wrongly_refused")
    head = "| shape | n | right | shape recognised | " + " | ".join(k.replace("_", " ") for k in keys) + " |"
    lines = [head, "|" + "---|" * (4 + len(keys))]
    for shape, s in summary.items():
        cells = [shape, s["n"], s["right"], s["shape_right"], *(s.get(k, "") for k in keys)]
        lines.append("| " + " | ".join("" if c is None else str(c) for c in cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--set", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.pipeline import Assistant

    assistant = Assistant(Settings().with_overrides(**{"index.dir": args.index_dir}))
    rows = ask_all(assistant, load(args.set))
    summary = summarise(rows)
    write_result(args.out, {"benchmark": "user audit", "set": str(args.set), "n": len(rows), "summary": summary,
                            "table": table(summary), "rows": rows})
    print(table(summary))
    print(f"overall right {summary['all']['right']} of {len(rows)}; citation validity {summary['all']['citation_validity']}; p50 {summary['all']['p50_ms']} ms")
    for r in rows:
        if not r["right"]:
            print(f"  WRONG {r['id']} {r['label']} [{r['shape']}->{r['predicted_shape']}] {r['question'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
