"""Reciprocal-rank fusion and near-duplicate collapsing: pure functions over ranked ids."""

from __future__ import annotations

import re
from typing import Callable, Sequence


def reciprocal_rank_fusion(ranked_lists: Sequence[Sequence[str]], weights: Sequence[float] | None = None, k: int = 60) -> list[tuple[str, float]]:
    """Fuse ranked id lists: ``score(id) = sum_i w_i / (k + rank_i(id))`` with ranks from 1.

    Ties keep the order of first appearance (earlier list, better rank), so the result
    is deterministic. Cormack et al. (2009) use k=60.
    """
    weights = list(weights) if weights is not None else [1.0] * len(ranked_lists)
    if len(weights) != len(ranked_lists):
        raise ValueError("one weight per ranked list")
    scores: dict[str, float] = {}
    order: dict[str, int] = {}
    for ranked, weight in zip(ranked_lists, weights):
        for rank, item in enumerate(ranked, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
            order.setdefault(item, len(order))
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))


_TOKEN = re.compile(r"\w+")


def token_set(text: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def collapse_near_duplicates(ids: Sequence[str], text_of: Callable[[str], str], threshold: float) -> tuple[list[str], dict[str, str]]:
    """Keep the first of any group of texts whose token-set Jaccard exceeds ``threshold``.

    Returns the kept ids in order and ``{dropped_id: kept_id}`` so callers can report it.
    """
    kept: list[str] = []
    kept_sets: list[frozenset[str]] = []
    dropped: dict[str, str] = {}
    for item in ids:
        tokens = token_set(text_of(item))
        match = next((kept[i] for i, other in enumerate(kept_sets) if jaccard(tokens, other) > threshold), None)
        if match is None:
            kept.append(item)
            kept_sets.append(tokens)
        else:
            dropped[item] = match
    return kept, dropped


def convex_combination(dense: Sequence[tuple[str, float]], lexical: Sequence[tuple[str, float]], alpha: float) -> list[tuple[str, float]]:
    """``alpha * dense + (1 - alpha) * lexical`` over scores scaled to [0, 1] per list.

    Dense cosine is scaled from its theoretical minimum 0 (MiniLM cosines of text are
    non-negative in practice) to the list's best; BM25 from 0 to the list's best. An id
    missing from a list scores 0 there. Unlike RRF this keeps how far ahead a confident
    top hit is (Bruch et al., "An Analysis of Fusion Functions for Hybrid Retrieval", 2023).
    """
    def scaled(items: Sequence[tuple[str, float]]) -> dict[str, float]:
        top = max((score for _, score in items), default=0.0)
        return {item: max(score, 0.0) / top for item, score in items} if top > 0 else {}

    d, l = scaled(dense), scaled(lexical)
    order: dict[str, int] = {}
    for item, _ in list(dense) + list(lexical):
        order.setdefault(item, len(order))
    scores = {item: alpha * d.get(item, 0.0) + (1 - alpha) * l.get(item, 0.0) for item in order}
    return sorted(scores.items(), key=lambda pair: (-pair[1], order[pair[0]]))
