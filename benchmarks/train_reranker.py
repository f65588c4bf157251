"""Experiment: a sentence re-ranker (cross-encoder) trained on the COVID-QA tune half.

Input: ``benchmarks/covidqa_collect.py --split tune --k 16`` (every candidate sentence of the
top 16 passages per tune question, with its features and document offsets). Per question the
hand-set scorer's best ``--candidates`` sentences become pairs (question, sentence [SEP] the
sentence before it), labelled 1 when the sentence overlaps the expert span.

all-MiniLM-L6-v2 (the bundled embedding weights) is read as a pair model: layers below
``--frozen`` stay as they are, so their output is computed once and cached; the layers above
and a head (a linear map of the mean-pooled output + a linear map of the hand-set features and
score) are trained with a softmax over each question's candidates. ``--folds N`` first reports
the ranking cross-validated by paper (hit@k: one of the k best covers / overlaps the span);
then the model is fitted on the whole tune half and only its trained part is written to
``benchmarks/data/covidqa/rerank_head.pt`` (fp16). ``--frozen 6`` trains the head alone on the
frozen pair model (a probe). The report half is never read here. Result (docs/evaluation.md):
held out, it ranked *worse* than the hand-set score, so nothing of it ships; the product side
(``answer.scorer = "cross"``) is kept on branch helper-ranker-cross.

    .venv/bin/python benchmarks/train_reranker.py --folds 2 --candidates 8 --epochs 2 [--only-fold 0] [--no-write]
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import write_result  # noqa: E402  (sets the offline switches)

from assistant.answer.sentence_features import FEATURES  # noqa: E402
from assistant.config import default_model_path  # noqa: E402

COL = {name: i for i, name in enumerate(FEATURES)}
HEAD_PATH = REPO / "benchmarks" / "data" / "covidqa" / "rerank_head.pt"


def hand_set(x: np.ndarray) -> np.ndarray:
    """The product's hand-set ranking score (``extractive._heuristic_rows``), from the features."""
    return 0.5 * x[:, COL["cosine"]] + 0.5 * x[:, COL["local_coverage"]] + 0.06 * x[:, COL["type_match"]] + 0.02 * x[:, COL["passage_prior"]]


def labels(d: dict) -> tuple[np.ndarray, np.ndarray]:
    """Per candidate: overlaps the expert span; covers it (with its context sentence)."""
    y = [r["doc"] == d["paper"] and r["s"] < d["end"] and d["start"] < r["e"] for r in d["rows"]]
    c = [r["doc"] == d["paper"] and r["ctx_s"] <= d["start"] and d["end"] <= r["e"] for r in d["rows"]]
    return np.asarray(y, float), np.asarray(c, float)


def previous_text(rows: list[dict], i: int) -> str:
    """The candidate sentence that ends right before row ``i`` in its document ('' if none)."""
    r = rows[i]
    return next((o["text"] for o in rows if o["doc"] == r["doc"] and o["e"] <= r["s"] and r["s"] - o["e"] <= 3), "")


def with_gaps(x: np.ndarray) -> np.ndarray:
    """Gap features recomputed within the re-ranked set, as ``matrix`` does in the product."""
    x = x.copy()
    x[:, COL["cosine_gap"]] = x[:, COL["cosine"]] - x[:, COL["cosine"]].max()
    x[:, COL["coverage_gap"]] = x[:, COL["coverage"]] - x[:, COL["coverage"]].max()
    return x


def items_of(data: list[dict], n: int) -> list[dict]:
    out = []
    for qi, d in enumerate(data):
        if not d["rows"]:
            continue
        y, cover = labels(d)
        h = hand_set(d["x"])
        top = np.argsort(-h)[:n]
        out.append({"q": qi, "idx": top, "feat": np.c_[with_gaps(d["x"][top]), h[top]], "y": y[top], "question": d["question"],
                    "pairs": [f"{d['rows'][i]['text']} [SEP] {previous_text(d['rows'], i)}" for i in top]})
    return out


def additive_mask(mask):
    return (1.0 - mask[:, None, None, :].float()) * -1e4


def run_layer(layer, hidden, mask):
    out = layer(hidden, attention_mask=mask)
    return out[0] if isinstance(out, tuple) else out


def frozen_states(items: list[dict], bert, tokenizer, frozen: int, max_length: int) -> list[tuple]:
    """Each question's pairs through the embeddings and the frozen layers, once (fp16)."""
    import torch

    states = []
    with torch.inference_mode():
        for it in items:
            enc = tokenizer([it["question"]] * len(it["pairs"]), it["pairs"], truncation="only_second", max_length=max_length, padding=True, return_tensors="pt")
            h = bert.embeddings(input_ids=enc["input_ids"], token_type_ids=enc["token_type_ids"])
            for layer in bert.encoder.layer[:frozen]:
                h = run_layer(layer, h, additive_mask(enc["attention_mask"]))
            states.append((h.half(), enc["attention_mask"]))
    return states


def make_head(bert, frozen: int, n_features: int):
    import torch

    class Head(torch.nn.Module):
        """The trainable top: the layers above ``frozen``, mean pooling, two linear maps."""

        def __init__(self):
            super().__init__()
            self.layers = torch.nn.ModuleList(copy.deepcopy(bert.encoder.layer[frozen:]))
            self.lin = torch.nn.Linear(bert.config.hidden_size, 1)
            self.feat = torch.nn.Linear(n_features, 1)

        def forward(self, h, mask, z):
            for layer in self.layers:
                h = run_layer(layer, h, additive_mask(mask))
            m = mask.unsqueeze(-1).float()
            return self.lin((h * m).sum(1) / m.sum(1)).squeeze(-1) + self.feat(z).squeeze(-1)

    return Head()


def train(items, states, keys, make, mean, scale, epochs: int, lr: float):
    """Listwise: per question, cross-entropy between the softmax and the gold sentences."""
    import torch

    torch.manual_seed(0)
    model = make()
    top = list(model.lin.parameters()) + list(model.feat.parameters())
    opt = torch.optim.AdamW([{"params": model.layers.parameters(), "lr": lr}, {"params": top, "lr": 1e-3}], weight_decay=0.01)
    keys = [k for k in keys if items[k]["y"].any()]
    rng = np.random.default_rng(0)
    for epoch in range(epochs):
        model.train()
        total = 0.0
        for k in rng.permutation(keys):
            h, mask = states[k]
            z = torch.tensor((items[k]["feat"] - mean) / scale, dtype=torch.float32)
            target = torch.tensor(items[k]["y"] / items[k]["y"].sum(), dtype=torch.float32)
            loss = -(target * torch.log_softmax(model(h.float(), mask, z), 0)).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        print(f"epoch {epoch}: loss {total / len(keys):.4f}", file=sys.stderr, flush=True)
    return model.eval()


def predict(model, items, states, keys, mean, scale) -> dict[int, np.ndarray]:
    import torch

    with torch.no_grad():
        return {k: model(states[k][0].float(), states[k][1], torch.tensor((items[k]["feat"] - mean) / scale, dtype=torch.float32)).numpy() for k in keys}


def hit_rates(data, items, scores: dict[int, np.ndarray]) -> dict[str, float]:
    """Share of questions (all of them: no candidate is a miss) whose k best cover / overlap the span."""
    out = {}
    for key in ("cover", "y"):
        for k in (1, 2, 3, 5):
            hits = []
            for n, it in enumerate(items):
                y, cover = labels(data[it["q"]])
                gold = (cover if key == "cover" else y)[it["idx"]]
                hits.append(float(gold[np.argsort(-scores[n])[:k]].any()))
            out[f"{key}@{k}"] = round(float(np.sum(hits)) / len(data), 4)
    return out


def save(model, path: Path, frozen: int, max_length: int, mean, scale, meta: dict) -> None:
    import torch

    half = lambda sd: {k: v.detach().half() for k, v in sd.items()}  # noqa: E731
    torch.save({"frozen": frozen, "max_length": max_length, "layers": [half(layer.state_dict()) for layer in model.layers],
                "lin": half(model.lin.state_dict()), "feat": half(model.feat.state_dict()), "mean": mean.tolist(), "scale": scale.tolist(),
                "features": [*FEATURES, "hand_set"], **meta}, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collected", type=Path, default=REPO / "benchmarks" / "data" / "covidqa" / "collect-tune-k16-n0w1.pkl")
    parser.add_argument("--candidates", type=int, default=16)
    parser.add_argument("--frozen", type=int, default=5, help="layers kept as they are (of 6)")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate by paper first (0: skip)")
    parser.add_argument("--only-fold", type=int, help="hold out this fold only (each fold costs minutes on 2 cores)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(args.threads)
    data = pickle.loads(args.collected.read_bytes())
    items = items_of(data, args.candidates)
    model_path = default_model_path()
    tokenizer, bert = AutoTokenizer.from_pretrained(model_path), AutoModel.from_pretrained(model_path).eval()
    cache = args.collected.with_name(f"rerank-states-c{args.candidates}-f{args.frozen}-l{args.max_length}.pt")
    started = time.time()
    states = torch.load(cache) if cache.exists() else frozen_states(items, bert, tokenizer, args.frozen, args.max_length)  # ~14 min under load
    if not cache.exists():
        torch.save(states, cache)
    print(f"frozen states: {time.time() - started:.0f} s", file=sys.stderr)
    feats = np.concatenate([it["feat"] for it in items])
    mean, scale = feats.mean(0), feats.std(0) + 1e-6
    make = lambda: make_head(bert, args.frozen, feats.shape[1])  # noqa: E731
    result: dict = {"n_questions": len(data), "candidates": args.candidates, "frozen": args.frozen, "epochs": args.epochs}
    result["hand_set"] = hit_rates(data, items, {n: it["feat"][:, -1] for n, it in enumerate(items)})
    if args.folds:
        papers = sorted({d["paper"] for d in data})
        fold = {p: n % args.folds for n, p in enumerate(papers)}
        scores: dict[int, np.ndarray] = {}
        for f in range(args.folds) if args.only_fold is None else (args.only_fold,):
            held = [n for n, it in enumerate(items) if fold[data[it["q"]]["paper"]] == f]
            model = train(items, states, [n for n in range(len(items)) if n not in set(held)], make, mean, scale, args.epochs, args.lr)
            fold_scores = predict(model, items, states, held, mean, scale)
            scores.update(fold_scores)
            held_data = [d for d in data if fold[d["paper"]] == f]
            position = {id(d): i for i, d in enumerate(held_data)}
            held_items = [dict(items[n], q=position[id(data[items[n]["q"]])]) for n in held]
            result[f"fold_{f}"] = {"n_questions": len(held_data), "reranker": hit_rates(held_data, held_items, {i: fold_scores[n] for i, n in enumerate(held)}),
                                   "hand_set": hit_rates(held_data, held_items, {i: items[n]["feat"][:, -1] for i, n in enumerate(held)})}
        if args.only_fold is None:
            result["cross_validated"] = hit_rates(data, items, scores)
        (args.collected.with_name("rerank-cv-scores.pkl")).write_bytes(pickle.dumps({"scores": scores, "idx": [it["idx"] for it in items], "q": [it["q"] for it in items]}))
    print(json.dumps(result, indent=1))
    if not args.no_write:
        model = train(items, states, list(range(len(items))), make, mean, scale, args.epochs, args.lr)
        save(model, HEAD_PATH, args.frozen, args.max_length, mean, scale, {"trained_on": "COVID-QA dev, tune half (benchmarks/covidqa.py split)", "candidates": args.candidates, "epochs": args.epochs})
    write_result(REPO / "benchmarks" / "results" / "reranker.json", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
