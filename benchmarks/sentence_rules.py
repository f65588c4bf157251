"""Offline: how many sentences to quote, and in which order (COVID-QA tune half vs reference F1).

Reads what ``covidqa_collect.py`` stored (every candidate sentence of the top 16 passages with
its features) for the COVID-QA tune half and for the 60 reference questions, and compares
selection rules in seconds:

* order: the hand-set score (``extractive._heuristic_rows``, over every candidate) or a
  conditional logit over ``sentence_features`` (+ cheap cross features below), cross-validated
  by paper (5 folds, L-BFGS) on the tune half; fitted on the whole tune half for the reference set;
* how many: top 3 within ``r`` of the best (the product's rule); a second sentence only when the
  hand-set gap is small; or only while the logit's softmax mass of the chosen is under ``t``
  (calibrated); or one sentence that runs on to the next one when that mass is under ``t``.

Columns: tune covered (a chosen sentence, with its context sentence, covers the expert span),
mean sentences quoted, reference token F1 (the quotes against the reference answers). The report
half is never read.

    .venv/bin/python benchmarks/sentence_rules.py   (after the two collect commands in docs/evaluation.md)
"""

from __future__ import annotations

import pickle
import re
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from train_reranker import COL, hand_set, labels  # noqa: E402

from assistant.evaluate.metrics import token_f1  # noqa: E402

WORK = REPO / "benchmarks" / "data" / "covidqa"

# (the question asks ..., a sentence that can answer it contains ...): wh-word answer-type cues.
CUES = [
    (r"^\s*why\b|\breason\b", r"\b(because|due to|caused? by|result(?:s|ed)? (?:in|from)|since|owing to|leads? to|attributed|responsible)\b"),
    (r"^\s*when\b|\bwhat (year|date)\b", r"\b(19|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"),
    (r"^\s*who\b|\bwhich (organi[sz]ation|agency|group)\b", r"\b[A-Z][a-z]+ et al\b|\b(WHO|CDC|organi[sz]ation|ministry|university|institute|government)\b"),
    (r"^\s*where\b|\bwhich (country|region|city|province)\b", r"\b(in|from|at) [A-Z][a-z]+|\b(country|countries|city|province|region)\b"),
    (r"\bhow many\b|\bwhat (percentage|proportion|number|rate)\b|\bhow (much|long|high)\b", r"\d"),
    (r"^\s*(what|which) (is|are|was|were)\b", r"\b(is|are|was|were) (a|an|the)\b|\brefers? to\b|\bdefined as\b|\bknown as\b|\bconsists? of\b"),
]


def neighbour(rows: list[dict], i: int, after: bool) -> int:
    """Index of the candidate right after (or before) row ``i`` in its document, -1 if none."""
    r = rows[i]
    for j, o in enumerate(rows):
        if o["doc"] == r["doc"] and ((after and 0 <= o["s"] - r["e"] <= 3) or (not after and 0 <= r["s"] - o["e"] <= 3)):
            return j
    return -1


def cross_features(d: dict) -> np.ndarray:
    """Cheap question-sentence cross features: the asked answer type's cue in the sentence; the
    previous sentence's coverage, rare-term coverage and cosine (the span often follows the
    sentence that restates the question), and how much more of the question it covers."""
    x, rows = d["x"], d["rows"]
    asked = [re.compile(a, re.I) for a, _ in CUES]
    cues = [re.compile(c, re.I) for (a, c), q in zip(CUES, asked) if q.search(d["question"])]
    prev = [neighbour(rows, i, after=False) for i in range(len(rows))]
    col = lambda name: np.asarray([x[j, COL[name]] if j >= 0 else 0.0 for j in prev])  # noqa: E731
    cue = np.asarray([float(any(c.search(r["text"]) for c in cues)) for r in rows])
    return np.c_[cue, col("coverage"), col("rare_coverage"), col("cosine"), np.clip(col("coverage") - x[:, COL["coverage"]], 0, None)]


def fit(xs: list[np.ndarray], ys: list[np.ndarray], l2: float):
    """Conditional logit (softmax per question) by L-BFGS on standardised features."""
    keep = [i for i, y in enumerate(ys) if len(y) and y.any()]
    x = np.concatenate([xs[i] for i in keep]).astype(np.float64)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    sizes = np.asarray([len(ys[i]) for i in keep])
    starts, group = np.r_[0, np.cumsum(sizes)[:-1]], np.repeat(np.arange(len(keep)), sizes)
    target, n = np.concatenate([ys[i] / ys[i].sum() for i in keep]), len(keep)

    def loss(c):
        logits = z @ c
        top = np.maximum.reduceat(logits, starts)
        e = np.exp(logits - top[group])
        total = np.add.reduceat(e, starts)
        p = e / total[group]
        return (np.log(total) + top).sum() / n - (target * logits).sum() / n + 0.5 * l2 * c @ c, z.T @ (p - target) / n + l2 * c

    coef = minimize(loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B").x
    return lambda xq: ((xq - mean) / scale) @ coef


def cross_validated(data: list[dict], xs: list[np.ndarray], l2: float = 0.1, folds: int = 5) -> list[np.ndarray]:
    papers = sorted({d["paper"] for d in data})
    fold = {p: n % folds for n, p in enumerate(papers)}
    out = [np.zeros(0)] * len(data)
    for f in range(folds):
        train = [i for i, d in enumerate(data) if fold[d["paper"]] != f]
        model = fit([xs[i] for i in train], [labels(data[i])[0] for i in train], l2)
        for i, d in enumerate(data):
            if fold[d["paper"]] == f and len(d["rows"]):
                out[i] = model(xs[i])
    return out


def softmax(s: np.ndarray) -> np.ndarray:
    e = np.exp(s - s.max())
    return e / e.sum()


def quote(d: dict, i: int, follow: bool) -> tuple[int, int, str]:
    """Start, end and text of what the answer quotes for row ``i``: its context sentence
    (``with_context``), the sentence, and with ``follow`` the next one."""
    rows, r = d["rows"], d["rows"][i]
    text, end = r["text"], r["e"]
    if r["ctx_s"] < r["s"]:
        text = next((o["text"] + " " for o in rows if o["doc"] == r["doc"] and o["s"] == r["ctx_s"]), "") + text
    if follow and (j := neighbour(rows, i, after=True)) >= 0:
        text, end = text + " " + rows[j]["text"], rows[j]["e"]
    return r["ctx_s"], end, text


def rules() -> dict:
    """name -> rule(hand-set scores, logit scores) -> (chosen rows, rows quoted with the next sentence)."""
    out = {}
    for r in (1.0, 0.95, 0.9, 0.85):
        out[f"hand-set, top 3 within {r} of the best" + (" (as the product)" if r == 0.9 else "")] = lambda h, s, r=r: ([i for i in np.argsort(-h)[:3] if h[i] >= r * h.max()], ())
    for gap in (0.02, 0.04):
        out[f"hand-set best, 2nd only if its score is within {gap}"] = lambda h, s, g=gap: (list(np.argsort(-h)[: 1 + int(len(h) > 1 and np.diff(-np.sort(-h)[:2])[0] > -g)]), ())
    for t in (0.0, 0.2, 0.3, 0.5, 1.01):
        out[f"logit order, more while softmax mass < {t}"] = lambda h, s, t=t: (calibrated(s, s, t), ())
    for t in (0.2, 0.3):
        out[f"hand-set order, more while logit mass < {t}"] = lambda h, s, t=t: (calibrated(h, s, t), ())
    for t in (0.1, 0.2, 0.3, 1.01):
        out[f"hand-set best, runs on to the next sentence if logit p < {t}"] = lambda h, s, t=t: ([int(np.argmax(h))], (int(np.argmax(h)),) if softmax(s)[np.argmax(h)] < t else ())
    return out


def calibrated(order: np.ndarray, s: np.ndarray, t: float, k: int = 2) -> list[int]:
    p, ranked = softmax(s), list(np.argsort(-order))
    chosen = ranked[:1]
    for i in ranked[1:k]:
        if p[chosen].sum() >= t:
            break
        chosen.append(i)
    return chosen


def score(rule, data: list[dict], logits: list[np.ndarray], reference: bool) -> tuple[float, float]:
    """Tune: (share covered, mean sentences); reference: (mean token F1, mean sentences)."""
    values, counts = [], []
    for d, s in zip(data, logits):
        if reference and not (d["answerable"] and d["reference_answer"]):
            continue
        if not d["rows"]:
            values.append(0.0)
            continue
        chosen, follow = rule(hand_set(d["x"]), s)
        counts.append(len(chosen))
        quotes = [quote(d, i, i in follow) for i in chosen]
        if reference:
            values.append(token_f1(" ".join(q[2] for q in quotes), d["reference_answer"]))
        else:
            values.append(float(any(d["rows"][i]["doc"] == d["paper"] and q[0] <= d["start"] and d["end"] <= q[1] for i, q in zip(chosen, quotes))))
    return float(np.mean(values)), float(np.mean(counts))


def where_missed(data: list[dict]) -> dict[str, int]:
    """Where the hand-set best sentence stands relative to the covering one, per question."""
    out: dict[str, int] = {}
    for d in data:
        y, cover = labels(d) if d["rows"] else (np.zeros(0), np.zeros(0))
        best = int(np.argsort(-hand_set(d["x"]))[0]) if d["rows"] else -1
        gold = [i for i in range(len(cover)) if cover[i]]
        if not gold:
            key = "no candidate covers the span"
        elif cover[best]:
            key = "the best sentence covers it"
        elif d["rows"][best]["doc"] != d["paper"]:
            key = "the best sentence is from another paper"
        elif neighbour(d["rows"], best, after=True) in gold:
            key = "the covering sentence is the next one after the best"
        elif neighbour(d["rows"], best, after=False) in gold:
            key = "the covering sentence is the one before the best"
        elif any(abs(d["rows"][g]["s"] - d["rows"][best]["s"]) < 600 for g in gold):
            key = "the covering sentence is within 600 characters of the best"
        else:
            key = "the covering sentence is elsewhere in the paper"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def main() -> int:
    tune = pickle.loads((WORK / "collect-tune-k16-n0w1.pkl").read_bytes())
    ref = pickle.loads((WORK / "collect-reference-k16-n0w1.pkl").read_bytes())
    width = tune[0]["x"].shape[1] + 5
    with_cross = lambda d: np.c_[d["x"], cross_features(d)] if d["rows"] else np.zeros((0, width))  # noqa: E731
    print("| order (tune, 5-fold CV by paper) | best covers | one of 2 covers | one of 3 covers |\n|---|---|---|---|")
    for name, xs in (("hand-set score", None), ("logit, sentence_features", [d["x"] for d in tune]), ("logit + cross features", [with_cross(d) for d in tune])):
        scores = [hand_set(d["x"]) if d["rows"] else np.zeros(0) for d in tune] if xs is None else cross_validated(tune, xs)
        top = [score(lambda h, s, k=k: (list(np.argsort(-s)[:k]), ()), tune, scores, False)[0] for k in (1, 2, 3)]
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in top) + " |")
    tune_logits = cross_validated(tune, [d["x"] for d in tune])
    model = fit([d["x"] for d in tune], [labels(d)[0] for d in tune], 0.1)
    ref_logits = [model(d["x"]) if d["rows"] else np.zeros(0) for d in ref]
    print("\n| rule | tune covered | sentences | reference token F1 |\n|---|---|---|---|")
    for name, rule in rules().items():
        covered, n = score(rule, tune, tune_logits, False)
        f1, _ = score(rule, ref, ref_logits, True)
        print(f"| {name} | {covered:.3f} | {n:.2f} | {f1:.3f} |")
    print("\n| tune question (hand-set best sentence) | questions | share |\n|---|---|---|")
    for key, n in where_missed(tune).items():
        print(f"| {key} | {n} | {n / len(tune):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
