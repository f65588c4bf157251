"""Encode speed on a GPU: to be run on a machine where ``torch.cuda.is_available()``.

No GPU was available when this was written, so no GPU figure is claimed anywhere; run this
there and add its rows to docs/benchmarks.md. In one process, interleaved (``--repeats``):

* the encoder ``auto`` picks there (expected: torch fp16 on cuda), torch fp32 on cuda, and the
  naive pipeline's encoder (HuggingFaceEmbeddings, fp32, on cuda) on the naive chunks;
* our chunk texts of the COVID-QA dev papers (or ``--corpus``), encode-only chunks/s,
  the cosine of fp16 to fp32 vectors (min / mean), and a full ``sync()`` into a temp index.

    .venv/bin/python benchmarks/gpu_encode.py [--repeats 3] [--corpus ../shared/data/covidqa-dev/corpus.jsonl]

The cosine to fp32 can also be taken against vectors written on another machine
(``--write-reference`` on a CPU, torch fp32, then ``--reference`` on the GPU): that is the
check when the weights had to travel to the GPU machine as fp16. ``--cpu-dry-run`` runs the
whole script on a CPU (small numbers, nothing to quote) to check it before a GPU lease.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS_DIR, SHARED_DATA, machine_info, write_result  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=SHARED_DATA / "covidqa-dev" / "corpus.jsonl")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "gpu_encode.json")
    parser.add_argument("--reference", type=Path, help="float32 .npy of torch-fp32 CPU vectors of the first chunk texts (from --write-reference)")
    parser.add_argument("--write-reference", type=Path, help="on a CPU: write torch fp32 vectors of the first --reference-n chunk texts, then stop")
    parser.add_argument("--reference-n", type=int, default=512)
    parser.add_argument("--cpu-dry-run", action="store_true", help="run on the CPU to check the script; the figures mean nothing")
    parser.add_argument("--extra-batch", type=int, default=0, help="also time the auto encoder at this batch size (the GPU default is 64)")
    parser.add_argument("--profile-sync", action="store_true", help="cProfile one more sync() and record where its time goes")
    parser.add_argument("--note", default="", help="recorded in the result (e.g. how the weights reached the machine)")
    args = parser.parse_args()

    import numpy as np
    import torch
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.config import Settings
    from assistant.embeddings import get_embedder
    from assistant.embeddings.choice import resolve
    from assistant.index.sync import sync

    settings = Settings()
    if args.write_reference:
        texts = _chunk_texts(args.corpus, settings)[: args.reference_n]
        cpu = get_embedder(settings.with_overrides(**{"embedding.backend": "torch", "embedding.precision": "fp32", "embedding.device": "cpu"}).embedding)
        np.save(args.write_reference, cpu.encode(texts).astype(np.float32))
        print(f"wrote {len(texts)} reference vectors to {args.write_reference}")
        return
    on_gpu = torch.cuda.is_available()
    if not on_gpu and not args.cpu_dry_run:
        raise SystemExit("no GPU: torch.cuda.is_available() is False (this script measures the GPU path only; --cpu-dry-run checks it)")
    device = "cuda" if on_gpu else "cpu"
    sync_device = torch.cuda.synchronize if on_gpu else (lambda: None)
    spec = resolve(settings.embedding)
    gpu_name = torch.cuda.get_device_name(0) if on_gpu else "none (cpu dry run)"
    print(f"auto picks {spec} on {gpu_name}", flush=True)
    auto = get_embedder(settings.embedding)
    fp32 = get_embedder(settings.with_overrides(**{"embedding.backend": "torch", "embedding.precision": "fp32", "embedding.device": device}).embedding)
    naive = HuggingFaceEmbeddings(model_name=settings.embedding.resolved_model_path(), model_kwargs={"device": device})

    texts = _chunk_texts(args.corpus, settings)
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    naive_texts = [c for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip() for c in splitter.split_text(json.loads(line)["text"])]
    for warm in (auto, fp32):
        warm.encode(texts[:64])
    naive.embed_documents(naive_texts[:64])

    encoders = [("auto", lambda: auto.encode(texts), len(texts)), ("torch fp32", lambda: fp32.encode(texts), len(texts)), ("naive (HF fp32)", lambda: naive.embed_documents(naive_texts), len(naive_texts))]
    if args.extra_batch:
        wide = get_embedder(settings.with_overrides(**{"embedding.batch_size": args.extra_batch}).embedding)
        wide.encode(texts[:64])
        encoders.append((f"auto batch {args.extra_batch}", lambda: wide.encode(texts), len(texts)))
    rates: dict[str, list[float]] = {name: [] for name, _, _ in encoders} | {"auto sync() chunks/s": [], "sync() share embedding": []}
    for _ in range(args.repeats):
        for name, fn, n in encoders:
            sync_device()
            started = time.perf_counter()
            fn()
            sync_device()
            rates[name].append(n / (time.perf_counter() - started))
        folder = Path(tempfile.mkdtemp(prefix="gpu-encode-"))
        try:
            report = sync([args.corpus], settings.with_overrides(**{"index.dir": folder}), embedder=auto, exclusive=True)
            rates["auto sync() chunks/s"].append(report.embedded / report.seconds)
            rates["sync() share embedding"].append(report.embed_seconds / report.seconds)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    profile = None
    if args.profile_sync:
        from common import profile_call

        folder = Path(tempfile.mkdtemp(prefix="gpu-encode-"))
        try:
            profile = profile_call(lambda: sync([args.corpus], settings.with_overrides(**{"index.dir": folder}), embedder=auto, exclusive=True), "gpu-sync", args.out.parent, top=25)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    n = args.reference_n
    cosines = {"cosine_auto_vs_fp32": auto.encode(texts[:n]) * fp32.encode(texts[:n])}
    if args.reference:
        reference = np.load(args.reference)
        cosines["cosine_auto_vs_cpu_fp32_reference"] = auto.encode(texts[: len(reference)]) * reference
        cosines["cosine_fp32_vs_cpu_fp32_reference"] = fp32.encode(texts[: len(reference)]) * reference
    result = {
        "benchmark": "gpu_encode", "machine": machine_info(), "gpu": gpu_name, "encoder": str(spec), "note": args.note, "chunks": len(texts), "naive_chunks": len(naive_texts),
        "chunks_per_s_median": {k: round(statistics.median(v), 3 if "share" in k else 1) for k, v in rates.items()}, "chunks_per_s_runs": {k: [round(x, 3 if "share" in k else 1) for x in v] for k, v in rates.items()},
        **{name: {"n": len(c), "min": round(float(c.sum(axis=1).min()), 5), "mean": round(float(c.sum(axis=1).mean()), 6)} for name, c in cosines.items()},
    }
    if profile:
        result["sync_profile"] = {"product_functions": profile["product_functions"][:15], "top_cumulative": profile["top_cumulative"][:25]}
    write_result(args.out, result)
    print(json.dumps({k: v for k, v in result.items() if k not in ("machine", "sync_profile")}, indent=2))


def _chunk_texts(corpus: Path, settings) -> list[str]:
    """The texts ``sync()`` embeds for this corpus, in order (the product's own chunking)."""
    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    loaded = load_paths([corpus], settings, settings_key(settings, settings.embedding.model_id()))
    tag(loaded.items)
    return [c.embed_text for item in loaded.items for c in prepare(item, counter_for(settings), settings)]


if __name__ == "__main__":
    main()
