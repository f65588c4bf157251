"""How much of the true top 40 Chroma's HNSW walk returns, by ``ef_search``, at a size where
the exact table (``retrieval.exact_dense_limit``) no longer applies.

Vectors: the shipped index's chunk vectors, each repeated with Gaussian noise (so the
collection has the clusters real text has, not uniform noise), written to a fresh Chroma
folder; queries: the 60 reference questions, embedded. Recall is against exact cosine over
the same vectors. Each ``ef_search`` is set with ``collection.modify`` and measured in a
fresh process (the walk differs between processes).

    .venv/bin/python benchmarks/hnsw_recall.py --index-dir /tmp/ix --chunks 100000
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def build(source: Path, target: Path, chunks: int, noise: float, seed: int = 0) -> None:
    import chromadb

    from assistant.config import Settings
    from assistant.index.store import Store

    base = np.asarray([v for _, _, v in Store(Settings().with_overrides(**{"index.dir": source})).iter_vectors()], dtype=np.float32)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(base), chunks)
    vectors = base[picks] + noise * rng.normal(size=(chunks, base.shape[1])).astype(np.float32) / np.sqrt(base.shape[1])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    client = chromadb.PersistentClient(path=str(target), settings=chromadb.Settings(anonymized_telemetry=False))
    col = client.get_or_create_collection("hnsw", embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
    step = client.get_max_batch_size()
    for start in range(0, chunks, step):
        col.add(ids=[str(i) for i in range(start, min(chunks, start + step))], embeddings=vectors[start : start + step])
    np.save(target / "vectors.npy", vectors)


def measure(target: Path, ef: int, queries: np.ndarray, k: int = 40) -> dict:
    import chromadb

    client = chromadb.PersistentClient(path=str(target), settings=chromadb.Settings(anonymized_telemetry=False))
    col = client.get_collection("hnsw")
    col.modify(configuration={"hnsw": {"ef_search": ef}})
    vectors = np.load(target / "vectors.npy")
    recalls, times = [], []
    for q in queries:
        exact = set(np.argsort(-(vectors @ q))[:k].tolist())
        started = time.perf_counter()
        got = col.query(query_embeddings=[q.tolist()], n_results=k, include=[])
        times.append((time.perf_counter() - started) * 1000)
        recalls.append(len(exact & {int(i) for i in got["ids"][0]}) / k)
    return {"ef_search": ef, "recall_mean": round(float(np.mean(recalls)), 4), "recall_min": round(float(min(recalls)), 3), "p50_ms": round(statistics.median(times[1:]), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True, help="a built index of the shipped corpus (its vectors are the base)")
    parser.add_argument("--target", type=Path, default=Path("/tmp/hnsw-recall"))
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--noise", type=float, default=0.5)
    parser.add_argument("--ef", type=int, nargs="*", default=[100, 200, 500])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one ef_search
    args = parser.parse_args()
    queries_file = args.target / "queries.npy"
    if args.one:
        print(json.dumps(measure(args.target, args.one, np.load(queries_file))))
        return
    if not (args.target / "vectors.npy").exists():
        args.target.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        build(args.index_dir, args.target, args.chunks, args.noise)
        print(f"built {args.chunks} vectors in {time.perf_counter() - started:.0f} s", flush=True)
        from assistant.config import EmbeddingSettings
        from assistant.embeddings import get_embedder

        questions = [json.loads(line)["question"] for line in (REPO / "tests/data/reference_questions.jsonl").read_text().splitlines() if line.strip()]
        embedder = get_embedder(EmbeddingSettings())
        queries = np.asarray([embedder.encode_one(q) for q in questions], dtype=np.float32)
        np.save(queries_file, queries / np.linalg.norm(queries, axis=1, keepdims=True))
    for ef in args.ef:
        out = subprocess.run([sys.executable, __file__, "--index-dir", str(args.index_dir), "--target", str(args.target), "--one", str(ef)], capture_output=True, text=True, check=True)
        print(out.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
