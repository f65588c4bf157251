"""Encode speed on a GPU: to be run on a machine where ``torch.cuda.is_available()``.

No GPU was available when this was written, so no GPU figure is claimed anywhere; run this
there and add its rows to docs/benchmarks.md. In one process, interleaved (``--repeats``):

* the encoder ``auto`` picks there (expected: torch fp16 on cuda), torch fp32 on cuda, and the
  naive pipeline's encoder (HuggingFaceEmbeddings, fp32, on cuda) on the naive chunks;
* our chunk texts of the COVID-QA dev papers (or ``--corpus``), encode-only chunks/s,
  the cosine of fp16 to fp32 vectors (min / mean), and a full ``sync()`` into a temp index.

    .venv/bin/python benchmarks/gpu_encode.py [--repeats 3] [--corpus ../shared/data/covidqa-dev/corpus.jsonl]
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
    args = parser.parse_args()

    import numpy as np
    import torch
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.config import Settings
    from assistant.embeddings import get_embedder
    from assistant.embeddings.choice import resolve
    from assistant.index.sync import sync
    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    if not torch.cuda.is_available():
        raise SystemExit("no GPU: torch.cuda.is_available() is False (this script measures the GPU path only)")
    settings = Settings()
    spec = resolve(settings.embedding)
    print(f"auto picks {spec} on {torch.cuda.get_device_name(0)}", flush=True)
    auto = get_embedder(settings.embedding)
    fp32 = get_embedder(settings.with_overrides(**{"embedding.backend": "torch", "embedding.precision": "fp32", "embedding.device": "cuda"}).embedding)
    naive = HuggingFaceEmbeddings(model_name=settings.embedding.resolved_model_path(), model_kwargs={"device": "cuda"})

    loaded = load_paths([args.corpus], settings, settings_key(settings, settings.embedding.model_id()))
    tag(loaded.items)
    texts = [c.embed_text for item in loaded.items for c in prepare(item, counter_for(settings), settings)]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    naive_texts = [c for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip() for c in splitter.split_text(json.loads(line)["text"])]
    for warm in (auto, fp32):
        warm.encode(texts[:64])
    naive.embed_documents(naive_texts[:64])

    rates: dict[str, list[float]] = {"auto": [], "torch fp32": [], "naive (HF fp32)": [], "auto sync() chunks/s": []}
    for _ in range(args.repeats):
        for name, fn, n in (("auto", lambda: auto.encode(texts), len(texts)), ("torch fp32", lambda: fp32.encode(texts), len(texts)), ("naive (HF fp32)", lambda: naive.embed_documents(naive_texts), len(naive_texts))):
            torch.cuda.synchronize()
            started = time.perf_counter()
            fn()
            torch.cuda.synchronize()
            rates[name].append(n / (time.perf_counter() - started))
        folder = Path(tempfile.mkdtemp(prefix="gpu-encode-"))
        try:
            report = sync([args.corpus], settings.with_overrides(**{"index.dir": folder}), embedder=auto, exclusive=True)
            rates["auto sync() chunks/s"].append(report.embedded / report.seconds)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    cos = np.sum(auto.encode(texts[:512]) * fp32.encode(texts[:512]), axis=1)
    result = {
        "benchmark": "gpu_encode", "machine": machine_info(), "gpu": torch.cuda.get_device_name(0), "encoder": str(spec), "chunks": len(texts), "naive_chunks": len(naive_texts),
        "chunks_per_s_median": {k: round(statistics.median(v), 1) for k, v in rates.items()}, "chunks_per_s_runs": {k: [round(x, 1) for x in v] for k, v in rates.items()},
        "cosine_auto_vs_fp32": {"min": round(float(cos.min()), 5), "mean": round(float(cos.mean()), 6)},
    }
    write_result(args.out, result)
    print(json.dumps({k: result[k] for k in ("gpu", "encoder", "chunks_per_s_median", "cosine_auto_vs_fp32")}, indent=2))


if __name__ == "__main__":
    main()
