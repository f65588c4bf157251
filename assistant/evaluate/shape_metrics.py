"""Evaluation metrics for the answer shapes: cases listed or counted across the corpus,
yes/no verdicts, and expert answer spans.

Pure functions over plain dicts and lists, like ``assistant.evaluate.metrics``; the
caller runs the system, these only score it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = [
    "case_scores",
    "case_summary",
    "verdict_outcome",
    "verdict_summary",
    "span_scores",
    "span_summary",
    "contains_text",
]


# --------------------------------------------------------------------------- shaped answers
# Per-question scores are plain dicts of floats (so they sit in a report row's ``scores``);
# the ``*_summary`` functions average them over the questions that carry the label.


def case_scores(gold: Sequence[str], listed: Sequence[str], count: int | None, count_question: bool = False) -> dict[str, float | None]:
    """One list/count/compare answer against its gold cases (case ids, each counted once).

    ``case_recall``: share of gold cases listed (None when there is no gold case: the right
    answer is "none", which only ``count_error`` can reward). ``case_precision``: share of
    listed cases that are gold (None when nothing is listed). ``count_error``:
    ``|count - len(gold)|``, a missing count meaning 0 cases. ``count_exact``: 1.0 when the
    count is exactly right, only for count questions (else None). ``cases_found/gold/listed``
    are the raw sizes, for micro averages.
    """
    gold_set, listed_set = {str(g) for g in gold}, {str(c) for c in listed}
    found = len(gold_set & listed_set)
    error = abs((count or 0) - len(gold_set))
    return {
        "case_recall": found / len(gold_set) if gold_set else None,
        "case_precision": found / len(listed_set) if listed_set else None,
        "count_error": float(error),
        "count_exact": float(error == 0) if count_question else None,
        "cases_found": float(found),
        "cases_gold": float(len(gold_set)),
        "cases_listed": float(len(listed_set)),
    }


def _mean_of(rows: Sequence[Mapping], key: str) -> float | None:
    """Mean of ``key`` over the rows where it is a number (None values are undefined, skipped)."""
    values = [float(r[key]) for r in rows if r.get(key) is not None]
    return sum(values) / len(values) if values else None


def case_summary(per_question: Sequence[Mapping]) -> dict[str, float | int | None]:
    """Macro means of ``case_scores`` (each over the questions where it is defined), plus
    micro recall/precision: all gold cases found over all gold (over all listed) cases."""
    found = sum(r["cases_found"] for r in per_question)
    gold = sum(r["cases_gold"] for r in per_question)
    listed = sum(r["cases_listed"] for r in per_question)
    return {
        "n": len(per_question),
        "recall": _mean_of(per_question, "case_recall"),
        "precision": _mean_of(per_question, "case_precision"),
        "count_error": _mean_of(per_question, "count_error"),
        "count_exact": _mean_of(per_question, "count_exact"),
        "n_count": sum(1 for r in per_question if r.get("count_exact") is not None),
        "micro_recall": found / gold if gold else None,
        "micro_precision": found / listed if listed else None,
    }


OUTCOMES = ("yes", "no", "not_reported", "abstained", "no_verdict")


def verdict_outcome(verdict: str | None, abstained: bool) -> str:
    """What a yes/no answer said, one of ``OUTCOMES``.

    Abstention rule: a refusal is its own outcome, ``abstained``, and is wrong whatever was
    expected - "I cannot answer" is not "the record does not report it". The one exception
    is a refusal that also carries ``verdict == "not_reported"``: it states the absence, so it
    counts as ``not_reported`` (right exactly when that was expected). An answer without a
    valid verdict is ``no_verdict`` (always wrong).
    """
    if abstained:
        return "not_reported" if verdict == "not_reported" else "abstained"
    return verdict if verdict in ("yes", "no", "not_reported") else "no_verdict"


def verdict_summary(expected: Sequence[str], outcomes: Sequence[str]) -> dict:
    """Verdict accuracy (outcome == expected), accuracy per expected class, and the
    confusion matrix ``{expected: {outcome: count}}`` over every class and ``OUTCOMES``."""
    if len(expected) != len(outcomes):
        raise ValueError(f"expected ({len(expected)}) and outcomes ({len(outcomes)}) differ in length")
    confusion = {e: {o: 0 for o in OUTCOMES} for e in ("yes", "no", "not_reported")}
    for e, o in zip(expected, outcomes):
        confusion[e][o] += 1
    per_class = {e: (row[e] / sum(row.values()) if sum(row.values()) else None) for e, row in confusion.items()}
    correct = sum(1 for e, o in zip(expected, outcomes) if e == o)
    return {
        "n": len(expected),
        "accuracy": correct / len(expected) if expected else None,
        "per_class": per_class,
        "n_abstained": sum(1 for o in outcomes if o == "abstained"),
        "confusion": confusion,
    }


def _loose(text: str) -> str:
    """Case and runs of whitespace (non-breaking and thin spaces too) are not content."""
    return " ".join(text.casefold().split())


def contains_text(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` ignoring case and whitespace runs; an empty
    ``needle`` is in nothing (it would match every answer)."""
    needle = _loose(needle or "")
    return bool(needle) and needle in _loose(haystack or "")


def _offsets(c: Mapping) -> tuple[int, int] | None:
    start, end = c.get("char_start"), c.get("char_end")
    ok = all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end))
    return (start, end) if ok and start < end else None


def span_scores(answer_text: str, answer: str, short_answer: str, citations: Sequence[Mapping] = (),
                doc_id: str | None = None, start: int | None = None) -> dict[str, float]:
    """One answer against an expert answer span.

    ``span_in_answer`` / ``span_in_short_answer``: 1.0 when the answer text (markers already
    stripped by the caller) / the short answer contains ``answer_text`` (``contains_text``).
    With the span's document and ``start``: ``span_covered`` is 1.0 when some citation of
    that document spans all of ``[start, start + len(answer_text))``, ``span_overlaps``
    when some citation of it shares at least one character with it.
    """
    scores = {"span_in_answer": float(contains_text(answer, answer_text)), "span_in_short_answer": float(contains_text(short_answer, answer_text))}
    if doc_id is None or start is None:
        return scores
    end = start + len(answer_text)
    spans = [o for c in citations if str(c.get("doc_id")) == doc_id and (o := _offsets(c))]
    scores["span_covered"] = float(any(s <= start and end <= e for s, e in spans))
    scores["span_overlaps"] = float(any(s < end and start < e for s, e in spans))
    return scores


def span_summary(per_question: Sequence[Mapping]) -> dict[str, float | int | None]:
    """Shares of ``span_scores`` over the questions with an expert answer text; the offset
    measures only over those that also locate it (``n_located``)."""
    return {
        "n": len(per_question),
        "in_answer": _mean_of(per_question, "span_in_answer"),
        "in_short_answer": _mean_of(per_question, "span_in_short_answer"),
        "n_located": sum(1 for r in per_question if "span_covered" in r),
        "covered": _mean_of(per_question, "span_covered"),
        "overlaps": _mean_of(per_question, "span_overlaps"),
    }
