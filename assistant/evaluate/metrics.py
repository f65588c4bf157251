"""Evaluation metrics for the clinical case QA assistant.

Pure functions over plain dicts and lists, in the spirit of sentence-transformers'
``InformationRetrievalEvaluator``: the caller runs the system, these only score it.
Retrieval scores are delegated to ``ir_measures`` (pytrec_eval underneath) so that the
numbers agree with the standard trec_eval definitions rather than with our own re-derivation.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import ir_measures
import numpy as np
from ir_measures import RR, R, Success, nDCG

__all__ = [
    "retrieval_metrics",
    "per_query_retrieval",
    "token_f1",
    "rouge_l",
    "citation_validity",
    "abstention_metrics",
    "percentiles",
]


# --------------------------------------------------------------------------- retrieval


def _dedupe(doc_ids: Iterable[str]) -> list[str]:
    """Keep each document at its first rank: several chunks of one document must not
    count as several hits (nor push other documents down twice)."""
    seen: set[str] = set()
    out: list[str] = []
    for d in doc_ids:
        d = str(d)
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def _key_names(k: int) -> dict[str, object]:
    """Map our key names to ir_measures measures; hit@1 and hit@5 are fixed cutoffs, the
    rest use ``k`` and are named after it (so results at different k never get mixed up)."""
    return {
        "hit@1": Success @ 1,
        "hit@5": Success @ 5,
        f"hit@{k}": Success @ k,
        f"recall@{k}": R @ k,
        f"mrr@{k}": RR @ k,
        f"ndcg@{k}": nDCG @ k,
    }


def per_query_retrieval(
    run: Mapping[str, Sequence[str]],
    qrels: Mapping[str, Iterable[str]],
    k: int = 10,
) -> dict[str, dict[str, float]]:
    """Per-question retrieval metrics, so a report can show which questions fail.

    ``run`` maps question id -> ranked document ids (repeats allowed; a document counts
    once, at its first rank, and ranks/cutoffs are positions in that de-duplicated list).
    ``qrels`` maps question id -> relevant document ids (binary relevance). Questions with
    no relevant id are left out (nothing to find, every metric would be undefined);
    questions with relevant ids but absent from ``run`` (or with an empty ranking) score 0.
    """
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    names = _key_names(k)
    measure_to_names: dict[object, list[str]] = {}
    for name, measure in names.items():
        measure_to_names.setdefault(measure, []).append(name)

    ir_qrels: dict[str, dict[str, int]] = {}
    for qid, rel in qrels.items():
        rel_ids = {str(d) for d in rel}
        if rel_ids:
            ir_qrels[str(qid)] = {d: 1 for d in rel_ids}

    # Ranks become strictly decreasing scores (1/rank), so pytrec_eval's score sort
    # reproduces our order exactly and ties cannot occur.
    ir_run: dict[str, dict[str, float]] = {}
    for qid, docs in run.items():
        qid = str(qid)
        if qid not in ir_qrels:
            continue
        ranked = _dedupe(docs)
        if ranked:
            ir_run[qid] = {d: 1.0 / r for r, d in enumerate(ranked, start=1)}

    # Every evaluable question starts at 0 for every metric: pytrec_eval silently drops
    # questions that have no ranking, which would inflate the averages.
    result = {qid: {name: 0.0 for name in names} for qid in ir_qrels}
    if ir_run:
        for m in ir_measures.iter_calc(list(measure_to_names), ir_qrels, ir_run):
            if m.query_id in result:
                for name in measure_to_names[m.measure]:
                    result[m.query_id][name] = float(m.value)
    return result


def retrieval_metrics(
    run: Mapping[str, Sequence[str]],
    qrels: Mapping[str, Iterable[str]],
    k: int = 10,
) -> dict[str, float]:
    """Mean hit@1, hit@5, hit@k, recall@k, mrr@k, ndcg@k over questions that have at least
    one relevant document (see ``per_query_retrieval`` for the rules).

    Keys are ``hit@1``, ``hit@5`` and the four ``...@{k}`` ones (six keys; fewer only when
    k is 1 or 5 and two names coincide, with identical values). When no question has a
    relevant document every value is NaN: an average over nothing is undefined, not 0.
    """
    per_q = per_query_retrieval(run, qrels, k)
    names = list(_key_names(k))
    if not per_q:
        return {name: math.nan for name in names}
    n = len(per_q)
    return {name: sum(q[name] for q in per_q.values()) / n for name in names}


# --------------------------------------------------------------------------- answers

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = set(string.punctuation)


def _normalize_answer(s: str) -> str:
    """SQuAD's normalisation: case, punctuation and articles are not content."""
    s = s.lower()
    s = "".join(ch for ch in s if ch not in _PUNCT)
    s = _ARTICLES.sub(" ", s)
    return " ".join(s.split())


def token_f1(prediction: str, reference: str) -> float:
    """SQuAD-style bag-of-tokens F1: rewards partial overlap, ignores word order.

    Both empty after normalisation -> 1.0 (agreeing on "nothing"); exactly one empty -> 0.0.
    """
    pred = _normalize_answer(prediction or "").split()
    ref = _normalize_answer(reference or "").split()
    if not pred or not ref:
        return float(pred == ref)
    common = Counter(pred) & Counter(ref)
    same = sum(common.values())
    if same == 0:
        return 0.0
    precision = same / len(pred)
    recall = same / len(ref)
    return 2 * precision * recall / (precision + recall)


_ROUGE_SCORER = None


def _rouge_scorer():
    """Built once on first use: constructing it loads the Porter stemmer."""
    global _ROUGE_SCORER
    if _ROUGE_SCORER is None:
        from rouge_score import rouge_scorer

        _ROUGE_SCORER = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return _ROUGE_SCORER


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F-measure (longest common subsequence, stemmed): unlike token F1 it rewards
    keeping the reference's word order. Library behaviour kept as is, including 0.0 when
    either side has no alphanumeric token (also when both are empty)."""
    score = _rouge_scorer().score(reference or "", prediction or "")
    return float(score["rougeL"].fmeasure)


# --------------------------------------------------------------------------- citations


def citation_validity(
    citations: Sequence[Mapping], doc_texts: Mapping[str, str]
) -> float | None:
    """Share of citations whose ``quote`` is exactly ``doc_texts[doc_id][char_start:char_end]``.

    A citation is only useful if a reader can find the quoted words where it points, so
    anything else is invalid: unknown document, missing/non-integer/out-of-range offsets
    (no Python negative-index or clamping tricks), or an empty quote (it supports nothing).
    None when there are no citations: validity of nothing is undefined, not perfect.
    """
    if not citations:
        return None
    valid = 0
    for c in citations:
        try:
            text = doc_texts.get(str(c["doc_id"]))
            start, end, quote = c["char_start"], c["char_end"], c["quote"]
        except (KeyError, TypeError):
            continue
        if text is None or not isinstance(quote, str) or not quote:
            continue
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if isinstance(start, bool) or isinstance(end, bool):
            continue
        if not (0 <= start <= end <= len(text)):
            continue
        if text[start:end] == quote:
            valid += 1
    return valid / len(citations)


# --------------------------------------------------------------------------- abstention


def abstention_metrics(answerable: Sequence[bool], abstained: Sequence[bool]) -> dict:
    """How well the assistant says "I don't know" where it should, and only there.

    ``precision``: share of abstentions that were on unanswerable questions (None if it
    never abstained). ``recall``: share of unanswerable questions it abstained on (None if
    all were answerable). ``answered_rate``: share of answerable questions it answered
    (None if none were answerable) - the cost side that precision alone hides.
    """
    if len(answerable) != len(abstained):
        raise ValueError(
            f"answerable ({len(answerable)}) and abstained ({len(abstained)}) differ in length"
        )
    pairs = [(bool(a), bool(b)) for a, b in zip(answerable, abstained)]
    n_abstained = sum(1 for _, ab in pairs if ab)
    n_unanswerable = sum(1 for an, _ in pairs if not an)
    n_answerable = len(pairs) - n_unanswerable
    abstained_on_unanswerable = sum(1 for an, ab in pairs if ab and not an)
    answered_answerable = sum(1 for an, ab in pairs if an and not ab)
    return {
        "precision": abstained_on_unanswerable / n_abstained if n_abstained else None,
        "recall": abstained_on_unanswerable / n_unanswerable if n_unanswerable else None,
        "answered_rate": answered_answerable / n_answerable if n_answerable else None,
    }


# --------------------------------------------------------------------------- latency


def percentiles(values_ms: Sequence[float]) -> dict:
    """Median and tail latency (numpy linear interpolation), rounded to 0.1 ms since finer
    digits are timer noise. Empty input -> None values rather than an exception."""
    if len(values_ms) == 0:
        return {"p50": None, "p95": None}
    arr = np.asarray(values_ms, dtype=float)
    return {
        "p50": round(float(np.percentile(arr, 50, method="linear")), 1),
        "p95": round(float(np.percentile(arr, 95, method="linear")), 1),
    }
