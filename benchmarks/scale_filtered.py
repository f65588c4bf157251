"""Filtered dense search on a scale index: ``where doc_id $in`` vs Chroma's ``ids`` restriction
vs exact scoring of the allowed chunks' stored vectors, and the filtered HNSW walk's recall.

    .venv/bin/python benchmarks/scale_filtered.py --index /tmp/scale-1m/index-1000000 --base /tmp/scale-1m/base.npy

Allowed sets of 5, 20 and 300 documents spread over the registry; 8 queries (real base
embeddings) per set. Prints one line per set (the numbers in docs/benchmarks.md, "1M chunks").
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import chromadb
import numpy as np


def _timed(fn, sink: list[float]):
    started = time.perf_counter()
    value = fn()
    sink.append(time.perf_counter() - started)
    return value


def _exact(col, cids: list[str], q: np.ndarray, k: int) -> list[str]:
    got = col.get(ids=cids, include=["embeddings"])
    vectors = np.asarray(got["embeddings"], dtype=np.float32)
    sims = vectors @ q / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(q))
    top = [got["ids"][i] for i in np.argsort(-sims, kind="stable")[:k]]
    col.get(ids=top, include=["documents", "metadatas"])
    return top


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True, help="base.npy of the scale workdir (query vectors)")
    parser.add_argument("--sizes", default="5,20,300")
    args = parser.parse_args()
    client = chromadb.PersistentClient(path=str(args.index), settings=chromadb.Settings(anonymized_telemetry=False))
    col, docs = client.get_collection("cases-chunks"), client.get_collection("cases-docs")
    doc_ids = docs.get(include=[], limit=1_000_000)["ids"]
    base = np.load(args.base)
    queries = base[np.random.default_rng(4).integers(0, len(base), 8)]
    col.query(query_embeddings=[queries[0].tolist()], n_results=40)  # loads the index
    for n_docs in (int(x) for x in args.sizes.split(",")):
        allowed = sorted(doc_ids[:: max(1, len(doc_ids) // n_docs)][:n_docs])
        cids = col.get(where={"doc_id": {"$in": allowed}}, include=[])["ids"]
        k, lat, same, recall = min(40, len(cids)), {"where": [], "ids": [], "exact": []}, 0, []
        include = ["documents", "metadatas", "distances"]
        for q in queries:
            a = _timed(lambda: col.query(query_embeddings=[q.tolist()], n_results=40, where={"doc_id": {"$in": allowed}}, include=include), lat["where"])
            b = _timed(lambda: col.query(query_embeddings=[q.tolist()], n_results=k, ids=cids, include=include), lat["ids"])
            exact = _timed(lambda: _exact(col, cids, q, k), lat["exact"])
            same += a["ids"] == b["ids"]
            recall.append(len(set(a["ids"][0]) & set(exact)) / k)
        p50 = {name: round(float(np.median(v)) * 1000, 1) for name, v in lat.items()}
        print(f"{n_docs} docs = {len(cids)} chunks: where $in p50 {p50['where']} ms, ids p50 {p50['ids']} ms (same hits as where {same}/{len(queries)}), exact p50 {p50['exact']} ms; filtered HNSW recall@{k} vs exact {np.mean(recall):.3f}", flush=True)


if __name__ == "__main__":
    main()
