"""``assistant eval``: score retrieval, answers, citations and abstention on a question set.

The corpus is synced into the evaluation's own index folder first (the default index
is never touched), then every question is retrieved and answered through the same
``Assistant`` the app uses. Metrics come from ``assistant.evaluate.metrics`` (answer shapes:
``assistant.evaluate.shape_metrics``).
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable

from assistant.config import RetrievalMode, Settings
from assistant.ingest.identity import local_id
from assistant.evaluate.metrics import (
    abstention_metrics, citation_validity, per_query_retrieval, percentiles, retrieval_metrics, rouge_l, token_f1,
)
from assistant.evaluate.shape_metrics import case_scores, case_summary, span_scores, span_summary, verdict_outcome, verdict_summary
from assistant.models import SHAPES, VERDICTS
from assistant.retrieve.filters import Filters

_MARKER = re.compile(r"\s*\[\d+\]")
KNOWN_KEYS = {"id", "question", "reference_answer", "relevant_ids", "answerable", "shape", "filters"}


def load_questions(path: Path) -> list[dict[str, Any]]:
    """Question lines ``{"id", "question", "reference_answer"?, "relevant_ids"?, "answerable"?,
    "filters"?}`` plus the shaped-answer labels checked by ``check_labels``. ``filters`` are the
    app's (``{"doc_id": "cord1546"}``: the question is asked with that document selected; a
    document may be named as the corpus names it, like ``relevant_ids``)."""
    questions, seen = [], set()
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
        if not isinstance(q, dict) or not str(q.get("question", "")).strip() or "id" not in q:
            raise ValueError(f"{path}:{number}: each line needs 'id' and a non-empty 'question'")
        if q["id"] in seen:
            raise ValueError(f"{path}:{number}: duplicate id {q['id']!r}")
        seen.add(q["id"])
        q.setdefault("answerable", True)
        q["relevant_ids"] = [str(x) for x in q.get("relevant_ids") or []]
        problem = check_labels(q)
        if problem:
            raise ValueError(f"{path}:{number}: {problem}")
        if q.get("filters") is not None:
            if not isinstance(q["filters"], dict):
                raise ValueError(f"{path}:{number}: 'filters' must be an object, e.g. {{\"doc_id\": \"PMC11342857\"}}")
            try:
                Filters.from_mapping(q["filters"])
            except ValueError as exc:
                raise ValueError(f"{path}:{number}: filters: {exc}") from None
        questions.append(q)
    if not questions:
        raise ValueError(f"{path}: no questions")
    return questions


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_labels(q: dict[str, Any]) -> str | None:
    """What is wrong with a question's optional labels, or None: ``shape`` (one of SHAPES),
    ``gold_cases`` (case ids), ``expected`` (a verdict), ``answer_text`` and
    ``answer_start`` (its offset in the document ``relevant_ids[0]``)."""
    if "shape" in q and q["shape"] not in SHAPES:
        return f"'shape' must be one of {', '.join(SHAPES)}, got {q['shape']!r}"
    gold = q.get("gold_cases", [])
    if not isinstance(gold, list) or not all(isinstance(c, str) and c.strip() for c in gold):
        return f"'gold_cases' must be a list of case id strings, got {gold!r}"
    if "expected" in q and q["expected"] not in VERDICTS:
        return f"'expected' must be one of {', '.join(VERDICTS)}, got {q['expected']!r}"
    if "answer_text" in q and not (isinstance(q["answer_text"], str) and q["answer_text"].strip()):
        return f"'answer_text' must be a non-empty string, got {q['answer_text']!r}"
    if "answer_start" in q:
        if not _is_int(q["answer_start"]) or q["answer_start"] < 0:
            return f"'answer_start' must be a non-negative integer, got {q['answer_start']!r}"
        if "answer_text" not in q or not q["relevant_ids"]:
            return "'answer_start' needs 'answer_text' and 'relevant_ids' (its first id names the document it points into)"
    return None


def strip_markers(answer: str) -> str:
    return _MARKER.sub("", answer).strip()


def ranked_documents(passages: Iterable[Any], k: int) -> list[str]:
    """Documents in rank order, each once (a chunk counts for its document), by the id their
    source gives them (``PMC11342857``, not ``corpus:PMC11342857``): question files name
    documents as their corpus does."""
    out: list[str] = []
    for p in passages:
        # A near-duplicate in another document is shown "also in" that document: it counts there too.
        for doc in [local_id(p.doc_id)] + [local_id(o["doc_id"]) for o in getattr(p, "also_in", [])]:
            if doc not in out:
                out.append(doc)
            if len(out) == k:
                return out
    return out


def evaluate(
    assistant,
    questions: list[dict[str, Any]],
    mode: RetrievalMode = RetrievalMode.hybrid,
    k: int = 10,
    use_llm: bool | None = None,
    progress: bool = True,
    retrieval_only: bool = False,
) -> dict[str, Any]:
    """One report for one retrieval mode; see the module docstring of ``metrics`` for definitions.

    ``retrieval_only`` skips answering (answer, citation and abstention metrics are then
    empty and latency is retrieval latency): for large retrieval benchmarks."""
    from tqdm import tqdm

    mode = RetrievalMode(mode)  # a plain "bm25" from a script is fine; a typo fails here, naming itself
    run, qrels, rows = {}, {}, []
    for q in tqdm(questions, desc=f"eval {mode}", unit="q", file=sys.stderr, disable=not progress):
        started = time.perf_counter()
        filters = question_filters(q, assistant.retriever.registry)
        result = assistant.retriever.search(str(q["question"]), filters=filters, mode=mode, k=max(3 * k, 30))
        run[q["id"]] = ranked_documents(result.passages, k)
        if q["relevant_ids"]:
            qrels[q["id"]] = set(q["relevant_ids"])
        if retrieval_only:
            rows.append(_retrieval_row(q, run[q["id"]], (time.perf_counter() - started) * 1000))
        else:
            rows.append(_answer_row(assistant, q, run[q["id"]], mode, use_llm, filters))
    per_query = per_query_retrieval(run, qrels, k) if qrels else {}
    for row in rows:
        row["scores"].update(per_query.get(row["id"], {}))
    return _report(assistant, rows, mode, k, len(questions), retrieval_metrics(run, qrels, k) if qrels else {}, retrieval_only)


def _retrieval_row(q: dict[str, Any], docs: list[str], latency_ms: float) -> dict[str, Any]:
    return {"id": q["id"], "question": str(q["question"]), "relevant_ids": q["relevant_ids"], "retrieved_ids": docs, "scores": {}, "latency_ms": round(latency_ms, 1)}


def question_filters(q: dict[str, Any], registry: dict[str, Any]) -> Filters | None:
    """The question line's ``filters``; a ``doc_id`` without an origin (``cord1546``) is the
    one document whose own name it is, as in ``relevant_ids``."""
    if not q.get("filters"):
        return None
    filters = Filters.from_mapping(q["filters"])
    if filters.doc_id and filters.doc_id not in registry:
        named = [d for d in registry if local_id(d) == filters.doc_id]
        if len(named) == 1:
            filters = Filters(**{**filters.to_dict(), "doc_id": named[0]})
    return filters


def _answer_row(assistant, q: dict[str, Any], docs: list[str], mode: str, use_llm: bool | None, filters: Filters | None = None) -> dict[str, Any]:
    """Answer one question and score it against its reference answer."""
    started = time.perf_counter()
    answer = assistant.ask(str(q["question"]), filters=filters, mode=mode, use_llm=use_llm)
    latency = (time.perf_counter() - started) * 1000
    scores: dict[str, Any] = {}
    reference = q.get("reference_answer")
    if reference and q["answerable"]:
        predicted = strip_markers(answer.answer) if not answer.abstained else ""
        scores = {"rouge_l": rouge_l(predicted, reference), "token_f1": token_f1(predicted, reference)}
    scores.update(shaped_scores(q, answer))
    return {
        **{key: value for key, value in q.items() if key not in KNOWN_KEYS},
        "id": q["id"],
        "question": str(q["question"]),
        "answerable": bool(q["answerable"]),
        "relevant_ids": q["relevant_ids"],
        "retrieved_ids": docs,
        "answer": answer.answer,
        "abstained": answer.abstained,
        "evidence_score": round(answer.evidence_score, 4),
        "citations": [c.to_dict() for c in answer.citations],
        **shaped_fields(q, answer),
        "latency_ms": round(latency, 1),
        "scores": scores,
    }


def shaped_fields(q: dict[str, Any], answer) -> dict[str, Any]:
    """The shaped parts of an answer, as a report row shows them (the question's own
    ``shape`` label, if any, as ``expected_shape``)."""
    fields: dict[str, Any] = {"expected_shape": q["shape"]} if "shape" in q else {}
    fields.update({
        "shape": answer.shape,
        "cases": [c.to_dict() for c in answer.cases],
        "case_count": answer.case_count,
        "verdict": answer.verdict,
        "short_answer": answer.short_answer,
        "short_answer_start": answer.short_answer_start,
        "short_answer_end": answer.short_answer_end,
    })
    if "expected" in q:
        fields["verdict_outcome"] = verdict_outcome(answer.verdict, answer.abstained)
    return fields


def shaped_scores(q: dict[str, Any], answer) -> dict[str, Any]:
    """Case, verdict and span scores for the labels the question carries (see ``metrics``).
    Citation doc ids are compared by local id, as question files name documents."""
    scores: dict[str, Any] = {}
    if "gold_cases" in q:
        listed = [c.case_id for c in answer.cases]
        scores.update(case_scores(q["gold_cases"], listed, answer.case_count, count_question=q.get("shape") == "count"))
    if "expected" in q:
        scores["verdict_correct"] = float(verdict_outcome(answer.verdict, answer.abstained) == q["expected"])
    if "answer_text" in q:
        located = "answer_start" in q
        citations = [{**c.to_dict(), "doc_id": local_id(c.doc_id)} for c in answer.citations]
        text = strip_markers(answer.answer) if not answer.abstained else ""
        scores.update(span_scores(
            q["answer_text"], text, answer.short_answer or "", citations,
            doc_id=q["relevant_ids"][0] if located else None, start=q.get("answer_start"),
        ))
    return scores


def _report(assistant, rows: list[dict[str, Any]], mode: str, k: int, n: int, retrieval: dict[str, Any], retrieval_only: bool) -> dict[str, Any]:
    """The report of one mode: retrieval, answer, citation, abstention and latency figures."""
    citations = [c for row in rows for c in row.get("citations", [])]
    validity = citation_validity(citations, assistant.document_texts({c["doc_id"] for c in citations}))
    rouge = [row["scores"]["rouge_l"] for row in rows if "rouge_l" in row["scores"]]
    f1 = [row["scores"]["token_f1"] for row in rows if "token_f1" in row["scores"]]
    if retrieval_only:
        abstention: dict[str, Any] = {"precision": None, "recall": None, "answered_rate": None}
    else:
        abstention = abstention_metrics([row["answerable"] for row in rows], [row["abstained"] for row in rows])
    case_rows = [row["scores"] for row in rows if "case_recall" in row["scores"]]
    verdict_rows = [row for row in rows if "verdict_outcome" in row]
    return {
        "mode": mode,
        "k": k,
        "n_questions": n,
        "retrieval": retrieval,
        "answer": {"rouge_l": _mean(rouge), "token_f1": _mean(f1), "n_scored": len(rouge)},
        "citations": {"validity": validity, "n_citations": len(citations)},
        "abstention": abstention,
        "cases": case_summary(case_rows),
        "verdicts": verdict_summary([row["expected"] for row in verdict_rows], [row["verdict_outcome"] for row in verdict_rows]),
        "spans": span_summary([row["scores"] for row in rows if "span_in_answer" in row["scores"]]),
        "latency_ms": percentiles([row["latency_ms"] for row in rows]),
        "per_question": rows,
    }


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def markdown_summary(reports: dict[str, dict[str, Any]]) -> str:
    """One row per mode: the headline numbers of each report."""
    columns = [
        ("hit@1", lambda r: r["retrieval"].get("hit@1")),
        ("hit@10", lambda r: r["retrieval"].get(f"hit@{r['k']}")),
        ("recall@10", lambda r: r["retrieval"].get(f"recall@{r['k']}")),
        ("mrr@10", lambda r: r["retrieval"].get(f"mrr@{r['k']}")),
        ("ndcg@10", lambda r: r["retrieval"].get(f"ndcg@{r['k']}")),
        ("ROUGE-L", lambda r: r["answer"]["rouge_l"]),
        ("token F1", lambda r: r["answer"]["token_f1"]),
        ("citation validity", lambda r: r["citations"]["validity"]),
        ("abstain P", lambda r: r["abstention"]["precision"]),
        ("abstain R", lambda r: r["abstention"]["recall"]),
        ("answered", lambda r: r["abstention"]["answered_rate"]),
        ("case recall", lambda r: r.get("cases", {}).get("recall")),
        ("case precision", lambda r: r.get("cases", {}).get("precision")),
        ("count error", lambda r: r.get("cases", {}).get("count_error")),
        ("verdict accuracy", lambda r: r.get("verdicts", {}).get("accuracy")),
        ("span covered by quote", lambda r: r.get("spans", {}).get("covered")),
        ("span in answer", lambda r: r.get("spans", {}).get("in_answer")),
        ("p50 ms", lambda r: r["latency_ms"]["p50"]),
        ("p95 ms", lambda r: r["latency_ms"]["p95"]),
    ]
    optional = {"case recall", "case precision", "count error", "verdict accuracy", "span covered by quote", "span in answer"}
    columns = [(name, get) for name, get in columns if name not in optional or any(get(r) is not None for r in reports.values())]
    lines = ["| mode | n | " + " | ".join(name for name, _ in columns) + " |", "|---|---|" + "---|" * len(columns)]
    for mode, report in reports.items():
        lines.append(f"| {mode} | {report['n_questions']} | " + " | ".join(_fmt(get(report)) for _, get in columns) + " |")
    return "\n".join(lines) + "\n"


def run_cli(args, settings: Settings) -> int:
    """The ``assistant eval`` command."""
    from assistant.progress import progress_bar
    from assistant.index.locks import IndexOwner
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant

    questions = load_questions(args.questions)
    if args.limit:
        questions = questions[: args.limit]
    if not args.corpus.exists():
        raise ValueError(f"corpus not found: {args.corpus}")
    update, close = progress_bar("indexing corpus")
    try:
        with IndexOwner(settings, "assistant eval"):
            report = sync([args.corpus], settings, progress=update, exclusive=True)
    finally:
        close()
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"index {report.index}: {report.documents} documents, {report.chunks} chunks (embedded {report.embedded})", file=sys.stderr)
    assistant = Assistant(settings)
    modes = [RetrievalMode.bm25, RetrievalMode.dense, RetrievalMode.hybrid] if args.compare else [RetrievalMode(args.mode)]
    reports = {mode: evaluate(assistant, questions, mode, args.k, use_llm=True if args.llm else None, retrieval_only=args.retrieval_only) for mode in modes}
    output: dict[str, Any] = reports if args.compare else reports[modes[0]]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(output, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = markdown_summary(reports)
    args.out.with_suffix(".md").write_text(f"# Evaluation: {args.questions.name} on {args.corpus.name}\n\n" + summary, encoding="utf-8")
    print(summary)
    print(f"report: {args.out} (summary: {args.out.with_suffix('.md')})", file=sys.stderr)
    return 1 if report.errors else 0
