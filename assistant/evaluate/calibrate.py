"""Choose the abstention threshold from evidence scores of labelled questions.

A question is answered when its evidence score reaches the threshold. A confident
answer to an unanswerable question costs ``wrong_answer_cost`` (default 2: in a
clinic a wrong answer is worse than a refusal); refusing an answerable one costs 1.
Among thresholds of equal cost the midpoint of the widest gap between neighbouring
scores wins, so the choice is as far from both classes as the data allow.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Calibration:
    threshold: float
    cost: float
    wrongly_answered: int
    wrongly_refused: int
    n_answerable: int
    n_unanswerable: int
    margin: float


def choose_threshold(answerable: list[float], unanswerable: list[float], wrong_answer_cost: float = 2.0) -> Calibration:
    scores = sorted(set(answerable) | set(unanswerable))
    if not scores:
        raise ValueError("no scores to calibrate on")
    cuts = [scores[0] - 1e-3] + [(a + b) / 2 for a, b in zip(scores, scores[1:])] + [scores[-1] + 1e-3]
    gaps = [0.0] + [b - a for a, b in zip(scores, scores[1:])] + [0.0]
    best: Calibration | None = None
    for cut, gap in zip(cuts, gaps):
        wrong_answers = sum(1 for s in unanswerable if s >= cut)
        refusals = sum(1 for s in answerable if s < cut)
        cost = wrong_answer_cost * wrong_answers + refusals
        candidate = Calibration(round(cut, 4), cost, wrong_answers, refusals, len(answerable), len(unanswerable), round(gap, 4))
        if best is None or (cost, -gap) < (best.cost, -best.margin):
            best = candidate
    assert best is not None
    return best
