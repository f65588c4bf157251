"""Scale, the two halves of a 1M index measured apart (``scale.py bm25`` and ``scale.py vectors``):
BM25 alone over the texts ``build_scale_index`` writes, and Chroma's vector side alone."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from typing import Any

import numpy as np
from common import REPO_ROOT, RESULTS_DIR, Timer, dir_size, latency_summary, peak_rss_mb, timed, write_result

REFERENCE_QUESTIONS = REPO_ROOT / "tests" / "data" / "reference_questions.jsonl"


def _read_jsonl(path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- BM25 alone (no Chroma): the 1M lexical side without a 1M Chroma build ----------------------
def _rows(base: list[dict[str, Any]], n: int, seed: int, max_chars: int = 0):
    """The BM25 rows ``build_scale_index`` writes for ``n`` chunks (same texts: same seeded draws)."""
    import random

    from assistant.retrieve.lexical import bm25_text
    from synthetic import _filler_text

    total = 0
    for doc in base:  # the real documents while they fit
        if total + len(doc["chunks"]) > n:
            break
        for c in doc["chunks"]:
            yield c["chunk_id"], doc["doc_id"], c["section"], bm25_text(doc["title"], c["section"], c["text"])
        total += len(doc["chunks"])
    prng, f, missing = random.Random(seed), 0, n - total
    while missing > 0:
        d = prng.randrange(len(base))
        k = min(len(base[d]["chunks"]), missing)
        _text, rows = _filler_text(base[d], k, prng, max_chars)
        doc_id, title = f"benchmark:synthetic/{f:06d}", f"{base[d]['title']} (synthetic variant {f})"
        for text, _s, _e, section, i in rows:
            yield f"{doc_id}::{i}", doc_id, section, bm25_text(title, section, text)
        missing, f = missing - k, f + 1


def bm25_only(args: argparse.Namespace) -> None:
    """Build, save, load, update (one file added, one removed) and query BM25 over N chunks."""
    import psutil

    from assistant.retrieve.lexical import LexicalIndex

    base = json.loads((args.workdir / "base.json").read_text(encoding="utf-8"))
    folder = args.workdir / f"bm25only-{args.n}"
    shutil.rmtree(folder, ignore_errors=True)
    out: dict[str, Any] = {"n": args.n, "load_average_at_start": os.getloadavg(), "rss_mb_at_start": round(psutil.Process().memory_info().rss / 2**20, 1)}
    with Timer() as t:
        index = LexicalIndex.build(_rows(base, args.n, seed=args.n, max_chars=args.filler_chars))
    out["build_seconds"], out["rss_mb_after_build"] = round(t.seconds, 1), round(psutil.Process().memory_info().rss / 2**20, 1)
    out["postings"] = int(index.model.segments[0].indptr[-1])
    with Timer() as t:
        index.save(folder, 1)
    out["save_seconds"], out["cache_disk"] = round(t.seconds, 1), dir_size(folder)
    del index
    with Timer() as t:
        index = LexicalIndex.load(folder, 1)
    out["load_seconds"], out["rss_mb_after_load"] = round(t.seconds, 2), round(psutil.Process().memory_info().rss / 2**20, 1)
    doc = base[0]
    added = [(f"added::{c['ordinal']}", "benchmark:added", c["section"], c["text"]) for c in doc["chunks"]]
    with Timer() as t:
        index = index.updated([], added)
        index.save(folder, 2)
    out["add_one_file_seconds"] = round(t.seconds, 2)
    with Timer() as t:
        index = index.updated(["benchmark:added"], [])
        index.save(folder, 3)
    out["delete_one_file_seconds"] = round(t.seconds, 2)
    lat: dict[str, list[float]] = {}
    questions = [q["question"] for q in _read_jsonl(REFERENCE_QUESTIONS)]
    timed(lat, "bm25_top40", lambda q: index.search(q, 40), questions)
    timed(lat, "bm25_full_scores", lambda q: index.model.scores([t for t in __import__("assistant.text.tokens", fromlist=["tokenize"]).tokenize(q) if index.model.df(t)]), questions)
    out["latency_ms"] = {k: latency_summary(v) for k, v in lat.items()}
    out.update(peak_rss_mb=peak_rss_mb(), load_average_at_end=os.getloadavg())
    write_result(args.out or RESULTS_DIR / f"scale-bm25-{args.n}.json", out)
    print(json.dumps(out, indent=1, default=str), flush=True)


# -- Chroma's vector side alone (no documents): HNSW latency and memory at N ---------------------
def vectors_only(args: argparse.Namespace) -> None:
    """N vectors (base embeddings + noise, numpy) with a ``doc_id`` each, no documents (so no
    FTS), in big batches; then kNN k=40 p50 with and without a ``where`` filter, RSS, disk."""
    import chromadb
    import psutil

    folder = args.workdir / f"vectors-{args.n}"
    shutil.rmtree(folder, ignore_errors=True)
    base = np.load(args.workdir / "base.npy")
    client = chromadb.PersistentClient(path=str(folder), settings=chromadb.Settings(anonymized_telemetry=False))
    col = client.get_or_create_collection("vectors", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    rng, batch = np.random.default_rng(args.n), 5000
    out: dict[str, Any] = {"n": args.n, "load_average_at_start": os.getloadavg()}
    t0 = time.perf_counter()
    for start in range(0, args.n, batch):
        m = min(batch, args.n - start)
        v = base[rng.integers(0, len(base), m)] + rng.normal(0, args.noise, (m, base.shape[1])).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        col.add(ids=[str(i) for i in range(start, start + m)], embeddings=v, metadatas=[{"doc_id": f"d{i // 25}"} for i in range(start, start + m)])
        if start % 100_000 == 0:
            print(f"  {start + m:,} vectors, {time.perf_counter() - t0:.0f} s", flush=True)
    out["build_seconds"] = round(time.perf_counter() - t0, 1)
    out["disk"] = dir_size(folder)
    queries = base[np.random.default_rng(1).integers(0, len(base), 60)]
    lat: dict[str, list[float]] = {}
    timed(lat, "knn_k40", lambda q: col.query(query_embeddings=[q.tolist()], n_results=40, include=["metadatas", "distances"]), queries)
    timed(lat, "knn_k40_again", lambda q: col.query(query_embeddings=[q.tolist()], n_results=40, include=["metadatas", "distances"]), queries)
    where = {"doc_id": {"$in": [f"d{i}" for i in range(0, 40_000, 200)]}}
    timed(lat, "knn_k40_where_in_200_docs", lambda q: col.query(query_embeddings=[q.tolist()], n_results=40, where=where, include=["metadatas", "distances"]), queries[:20])
    out["latency_ms"] = {k: latency_summary(v) for k, v in lat.items()}
    out.update(rss_mb=round(psutil.Process().memory_info().rss / 2**20, 1), peak_rss_mb=peak_rss_mb(), load_average_at_end=os.getloadavg())
    write_result(args.out or RESULTS_DIR / f"scale-vectors-{args.n}.json", out)
    print(json.dumps(out, indent=1, default=str), flush=True)
