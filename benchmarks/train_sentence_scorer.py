"""Train the learned sentence scorer on the COVID-QA tune half, and diagnose the misses.

For every tune question: retrieve as ``Assistant.ask`` does, take every candidate sentence
of the top passages with its features (``assistant.answer.sentence_features``), label it 1
when it overlaps the expert's answer span. Then

* ``diagnose``: where the hand-set scorer loses the span - not in the candidate passages
  (retrieval), cut by the lexical pre-filter (``max_candidates``), ranked below the chosen
  sentences (scoring), chosen but abstained, or chosen but the span is wider than the quote;
* ``train``: a conditional logit (a logistic regression whose softmax runs over one
  question's candidates) in numpy, L2 chosen by 5-fold cross-validation by paper inside the
  tune half, then fitted on all of it and written to ``assistant/answer/sentence_weights.json``.
  The report half is never read here. Features are collected for 8, 12 and 16 candidate
  passages, to show what more passages would buy; ``--passages`` picks the one trained.

    .venv/bin/python benchmarks/train_sentence_scorer.py [--limit N] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import write_result  # noqa: E402
from covidqa import build_index, questions_of  # noqa: E402

from assistant.answer import extractive as ex  # noqa: E402
from assistant.answer.sentence_features import FEATURES, WEIGHTS_PATH, Weights, matrix  # noqa: E402
from assistant.conversation import plan  # noqa: E402
from assistant.ingest.identity import local_id  # noqa: E402


def overlaps(c, doc: str, start: int, end: int) -> bool:
    return local_id(c.passage.doc_id) == doc and c.char_start < end and start < c.char_end


def covers(c, doc: str, start: int, end: int) -> bool:
    return local_id(c.passage.doc_id) == doc and c.char_start <= start and end <= c.char_end


def variant(assistant, q: dict, retrieval, passages: int) -> tuple[dict, list, float]:
    """Features and labels of the candidates of the top ``passages`` passages (all of them)."""
    settings = assistant.settings.answer.model_copy(update={"candidate_passages": passages, "learned_candidates": 10_000})
    doc, start = q["relevant_ids"][0], q["answer_start"]
    end = start + len(q["answer_text"])
    rows, penalty = ex.candidate_rows(q["question"], retrieval.passages, retrieval.terms, settings)
    if not rows:
        return {"x": np.zeros((0, len(FEATURES))), "y": np.zeros(0), "cover": np.zeros(0)}, rows, penalty
    _, cosines = ex._embed(rows, retrieval.query_vector, assistant.embedder.encode_cached, settings)
    for row, cos in zip(rows, cosines):
        row.facts.cosine = float(cos)
    y = np.asarray([overlaps(r.candidate, doc, start, end) for r in rows], dtype=np.float32)
    cover = np.asarray([covers(ex.with_context(r.candidate), doc, start, end) for r in rows], dtype=np.float32)
    return {"x": matrix([r.facts for r in rows]), "y": y, "cover": cover}, rows, penalty


def one_question(assistant, q: dict, passage_counts: tuple[int, ...]) -> dict:
    """Per passage count, the candidates' features and labels; and where the hand-set scorer
    (with the product's own passages) lost the span."""
    own = assistant.settings.answer
    resolution = plan(q["question"], None, None, locate=assistant.locate_case)
    retrieval = assistant.retriever.search(resolution.query, resolution.filters, "hybrid", k=max(passage_counts), focus_case=resolution.boost_case)
    out: dict = {}
    for n in passage_counts:
        out[n], rows, penalty = variant(assistant, q, retrieval, n)
        if n == own.candidate_passages:
            out["where"] = where_lost(rows, penalty, retrieval, q, own, assistant)
    return out


def where_lost(rows, penalty, retrieval, q, settings, assistant) -> str:
    """The first stage at which the hand-set scorer loses the gold span."""
    doc, start = q["relevant_ids"][0], q["answer_start"]
    end = start + len(q["answer_text"])
    if not any(overlaps(r.candidate, doc, start, end) for r in rows):
        return "retrieval"
    scored = ex._heuristic(rows, penalty, retrieval.query_vector, assistant.embedder.encode_cached, settings)
    if not any(overlaps(s.candidate, doc, start, end) for s in scored):
        return "prefilter"
    chosen = ex.select(scored, settings)
    _, citations = ex.compose(chosen)
    if not any(local_id(c.doc_id) == doc and c.char_start < end and start < c.char_end for c in citations):
        return "scoring"
    if max(s.evidence for s in scored) < settings.abstain_threshold:
        return "abstention"
    if not any(local_id(c.doc_id) == doc and c.char_start <= start and end <= c.char_end for c in citations):
        return "span wider than quote"
    return "covered"


def fit(data: list[dict], l2: float, steps: int = 800, lr: float = 1.0) -> Weights:
    """A conditional logit in numpy: per question, a softmax over its candidates, trained to
    put the mass on the sentences that overlap the span (the answerer picks within a question,
    so the model ranks within one). Features are standardised over all candidates."""
    data = [d for d in data if d["y"].any()]
    x = np.concatenate([d["x"] for d in data]).astype(np.float64)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    sizes = np.asarray([len(d["y"]) for d in data])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(data)), sizes)
    target = np.concatenate([d["y"] / d["y"].sum() for d in data])
    coef = np.zeros(x.shape[1])
    for _ in range(steps):
        logits = z @ coef
        e = np.exp(logits - np.maximum.reduceat(logits, starts)[group])
        p = e / np.add.reduceat(e, starts)[group]
        coef -= lr * (z.T @ (p - target) / len(data) + l2 * coef)
    return Weights(mean.astype(np.float32), scale.astype(np.float32), coef.astype(np.float32), 0.0)


def top_k_hits(data: list[dict], scores: list[np.ndarray], key: str, k: int) -> float:
    """Share of questions where one of the ``k`` best-scored candidates has label ``key``."""
    hits = [float(d[key][np.argsort(-s)[:k]].any()) if len(s) else 0.0 for d, s in zip(data, scores)]
    return float(np.mean(hits)) if hits else 0.0


def heuristic_scores(d: dict) -> np.ndarray:
    """The hand-set ranking, without its pre-filter: 0.5 cosine + 0.5 local coverage + bonus."""
    x = d["x"]
    i = {name: n for n, name in enumerate(FEATURES)}
    return 0.5 * x[:, i["cosine"]] + 0.5 * x[:, i["local_coverage"]] + 0.06 * x[:, i["type_match"]] + 0.02 * x[:, i["passage_prior"]]


def cross_validate(data: list[dict], papers: list[str], l2: float, folds: int = 5) -> dict:
    """Top-1/3 hit rates with the model fitted on the other papers (folds by paper)."""
    order = sorted(set(papers))
    fold_of = {p: n % folds for n, p in enumerate(order)}
    scores: list[np.ndarray] = [np.zeros(0)] * len(data)
    for f in range(folds):
        w = fit([d for d, p in zip(data, papers) if fold_of[p] != f and len(d["y"])], l2)
        for n, (d, p) in enumerate(zip(data, papers)):
            if fold_of[p] == f and len(d["y"]):
                scores[n] = w.logits(d["x"])
    return {f"{key}@{k}": round(top_k_hits(data, scores, key, k), 4) for key in ("y", "cover") for k in (1, 2, 3, 4)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, default=REPO / "benchmarks" / "data" / "covidqa")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--recollect", action="store_true", help="recompute the cached features (after a feature change)")
    parser.add_argument("--passages", type=int, default=8, help="candidate passages the scorer is trained and judged with")
    parser.add_argument("--no-write", action="store_true", help="diagnose and cross-validate only")
    args = parser.parse_args()
    from tqdm import tqdm

    from assistant.pipeline import Assistant

    assistant = Assistant(build_index(args.workdir / "index"))
    questions = questions_of("tune")[: args.limit] if args.limit else questions_of("tune")
    cache = args.workdir / f"tune-features-{args.limit or 'all'}-{len(FEATURES)}.pkl"
    if cache.exists() and not args.recollect:
        data = pickle.loads(cache.read_bytes())
    else:
        data = [one_question(assistant, q, (8, 12, 16)) for q in tqdm(questions, desc="tune questions", file=sys.stderr)]
        cache.write_bytes(pickle.dumps(data))
    papers = [q["relevant_ids"][0] for q in questions]
    result: dict = {"n_questions": len(questions), "diagnosis": dict(Counter(d["where"] for d in data)), "by_passages": {}}
    for n in (8, 12, 16):
        view = [d[n] for d in data]
        heuristic = [heuristic_scores(d) if len(d["y"]) else np.zeros(0) for d in view]
        result["by_passages"][n] = {
            "gold_in_candidates": round(float(np.mean([d["y"].any() for d in view])), 4),
            "cover_in_candidates": round(float(np.mean([d["cover"].any() for d in view])), 4),
            "heuristic_all_candidates": {f"{key}@{k}": round(top_k_hits(view, heuristic, key, k), 4) for key in ("y", "cover") for k in (1, 2, 3, 4)},
            "cross_validated": {str(l2): cross_validate(view, papers, l2) for l2 in (0.0, 0.01)},
        }
    print(json.dumps(result, indent=2))
    if not args.no_write:
        chosen = result["by_passages"][args.passages]["cross_validated"]
        l2 = max(chosen, key=lambda k: chosen[k]["cover@3"])
        w = fit([d[args.passages] for d in data if len(d[args.passages]["y"])], float(l2))
        WEIGHTS_PATH.write_text(json.dumps({**w.to_dict(), "l2": float(l2), "candidate_passages": args.passages, "trained_on": "COVID-QA dev, tune half (benchmarks/covidqa.py split)", "n_questions": len(questions)}, indent=1) + "\n", encoding="utf-8")
        result["l2"] = float(l2)
    write_result(REPO / "benchmarks" / "results" / "sentence_scorer.json", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
