"""Features of a candidate answer sentence, and the learned weights that combine them.

The hand-set score (cosine + idf coverage + type bonus) chose the expert's sentence for
about half of the COVID-QA questions; a conditional logit (a softmax over one question's
candidates) over the same signals and a few more (coverage of the question's rarest terms and word pairs,
where the sentence sits, how long it is, how it compares with the best candidate) is
trained on the tune half of COVID-QA by ``benchmarks/train_sentence_scorer.py`` and its
weights are stored beside this module in ``sentence_weights.json``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).with_name("sentence_weights.json")

FEATURES = (
    "cosine", "coverage", "local_coverage", "rare_coverage", "pair_coverage", "type_match",
    "passage_prior", "position", "first_in_passage", "log_words", "cosine_gap", "coverage_gap",
    "doc_share", "has_digit", "passage_score",
)


@dataclass
class SentenceFacts:
    """What the scorer knows of one candidate before it is weighed (cosine filled in later)."""

    coverage: float
    local_coverage: float
    rare_coverage: float
    pair_coverage: float
    type_match: float
    passage_rank: int
    position: float
    first_in_passage: float
    words: int
    doc_share: float
    has_digit: float
    passage_score: float
    cosine: float = 0.0


def rare_terms(weights: dict[str, float], n: int = 3) -> set[str]:
    """The question's ``n`` highest-idf terms: what the asked fact is most likely named by."""
    return set(sorted(weights, key=lambda t: -weights[t])[:n])


def share_in(wanted: set, have: set) -> float:
    """Share of ``wanted`` found in ``have`` (0 when nothing is wanted)."""
    return len(wanted & have) / len(wanted) if wanted else 0.0


def pairs(terms: list[str]) -> set[tuple[str, str]]:
    """Adjacent term pairs: an expert question often restates the answer sentence's phrases."""
    return set(zip(terms, terms[1:]))


def matrix(facts: list[SentenceFacts]) -> np.ndarray:
    """One row of ``FEATURES`` per candidate; the gaps compare each with this question's best."""
    if not facts:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    best_cos = max(f.cosine for f in facts)
    best_cov = max(f.coverage for f in facts)
    rows = [
        [
            f.cosine, f.coverage, f.local_coverage, f.rare_coverage, f.pair_coverage, f.type_match,
            1.0 / (1 + f.passage_rank), f.position, f.first_in_passage, math.log1p(f.words),
            f.cosine - best_cos, f.coverage - best_cov, f.doc_share, f.has_digit, f.passage_score,
        ]
        for f in facts
    ]
    return np.asarray(rows, dtype=np.float32)


@dataclass(frozen=True)
class Weights:
    """A standardised conditional logit: ``logit = ((x - mean) / scale) @ coef + bias``, softmax per question."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    bias: float

    def logits(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.coef + self.bias

    def to_dict(self) -> dict:
        return {"features": list(FEATURES), "mean": self.mean.tolist(), "scale": self.scale.tolist(), "coef": self.coef.tolist(), "bias": self.bias}


def weights_from(data: dict) -> Weights:
    """Weights from their JSON form; a file for other features is refused, by name."""
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"sentence weights are for features {data.get('features')}, this code computes {list(FEATURES)}")
    as_array = lambda key: np.asarray(data[key], dtype=np.float32)  # noqa: E731
    return Weights(as_array("mean"), as_array("scale"), as_array("coef"), float(data["bias"]))


@lru_cache(maxsize=4)
def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    """The stored weights, read once per process."""
    return weights_from(json.loads(Path(path).read_text(encoding="utf-8")))


def relative_likelihood(x: np.ndarray, weights: Weights) -> np.ndarray:
    """Each candidate's odds of being the answer against the best one's (best = 1): the model
    is a softmax over one question's candidates, so only these ratios mean anything."""
    logits = weights.logits(x)
    return np.exp(logits - logits.max()) if len(logits) else logits
