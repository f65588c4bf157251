"""Can Chroma's full-text (FTS) index be turned off in embedded mode, and what does it cost?

Three collections, each in its own ``PersistentClient`` folder, with the same synthetic
chunks (random ~1,000-character texts, random normalised 384-d vectors, small metadata):

* ``default``: what ``assistant/index/store.py`` creates (``configuration={"hnsw": {"space": "cosine"}}``).
* ``fts_off``: ``Schema().create_index(VectorIndexConfig(space="cosine"))
  .delete_index(FtsIndexConfig(), key="#document")`` (Chroma refuses ``configuration`` and
  ``schema`` together, so cosine moves into the schema).
* ``no_documents``: no ``documents=`` at all (texts would have to live outside Chroma): the
  lower bound of what removing the text from Chroma could save.

For each: write time, folder size, SQLite size per table/index (``dbstat``), the rows in
``embedding_fulltext_search``, and that ``get(ids)``, ``get(where)``, ``query(where)``,
``delete`` work and ``$contains`` is answered or refused.

    .venv/bin/python benchmarks/chroma_fts.py [--n 5000] [--out benchmarks/results/chroma_fts.json]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import sqlite3
import string
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
REPO = Path(__file__).resolve().parents[1]
FTS_TABLES = ("embedding_fulltext_search", "embedding_fulltext_search_data", "embedding_fulltext_search_idx",
              "embedding_fulltext_search_content", "embedding_fulltext_search_docsize", "embedding_fulltext_search_config")


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def synthetic(n: int, seed: int = 0):
    rnd = random.Random(seed)
    vocab = ["".join(rnd.choices(string.ascii_lowercase, k=rnd.randint(3, 10))) for _ in range(20000)]
    texts = []
    for _ in range(n):
        words, size = [], 0
        while size < 1000:
            w = rnd.choice(vocab)
            words.append(w)
            size += len(w) + 1
        texts.append(" ".join(words))
    texts[0] = "patient received rituximab zzuniqueword " + texts[0]
    emb = np.random.default_rng(seed).standard_normal((n, 384)).astype(np.float32)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    metas = [{"doc_id": f"d{i // 10}", "year": 2000 + i % 20, "section": "case"} for i in range(n)]
    return [f"c{i}" for i in range(n)], texts, emb, metas


def run_variant(label: str, root: Path, ids, texts, emb, metas) -> dict:
    import chromadb
    from chromadb import Schema
    from chromadb.api.types import FtsIndexConfig, VectorIndexConfig

    path = root / label
    shutil.rmtree(path, ignore_errors=True)
    client = chromadb.PersistentClient(path=str(path), settings=chromadb.Settings(anonymized_telemetry=False))
    kwargs: dict = {"configuration": {"hnsw": {"space": "cosine"}}}
    if label == "fts_off":
        kwargs = {"schema": Schema().create_index(config=VectorIndexConfig(space="cosine")).delete_index(config=FtsIndexConfig(), key="#document")}
    col = client.get_or_create_collection("bench-chunks", embedding_function=None, **kwargs)
    with_docs = label != "no_documents"
    t0 = time.perf_counter()
    for s in range(0, len(ids), 1000):
        col.upsert(ids=ids[s : s + 1000], embeddings=emb[s : s + 1000], metadatas=metas[s : s + 1000],
                   **({"documents": texts[s : s + 1000]} if with_docs else {}))
    write_s = time.perf_counter() - t0
    got = col.get(ids=["c0", "c7"], include=["documents", "metadatas"])
    by_where = col.get(where={"doc_id": "d3"}, include=["documents"])
    hits = col.query(query_embeddings=[emb[5].tolist()], n_results=3, where={"year": {"$gte": 2000}}, include=["documents", "distances"])
    try:
        contains = {"ids": col.get(where_document={"$contains": "zzuniqueword"})["ids"]}
    except Exception as exc:  # noqa: BLE001 - the refusal is the finding
        contains = {"refused": f"{type(exc).__name__}: {exc}"}
    col.delete(ids=["c7"])
    schema = col.schema
    fts_flag = schema.keys["#document"].string.fts_index.enabled if schema and "#document" in schema.keys else None
    checks = {
        "get_ids_documents_back": with_docs and got["documents"][got["ids"].index("c0")] == texts[0],
        "get_where_n": len(by_where["ids"]),
        "query_where_top": hits["ids"][0],
        "query_documents_back": with_docs and hits["documents"][0][0] == texts[5],
        "contains_zzuniqueword": contains,
        "count_after_delete": col.count(),
        "schema_fts_enabled": fts_flag,
        "space": col.configuration.get("hnsw", {}).get("space"),
    }
    del col, client
    gc.collect()
    db = sqlite3.connect(path / "chroma.sqlite3")
    tables = {name: size for name, size in db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")}
    fts_rows = db.execute("SELECT COUNT(*) FROM embedding_fulltext_search").fetchone()[0]
    db.close()
    sqlite_bytes = (path / "chroma.sqlite3").stat().st_size
    total = folder_bytes(path)
    fts_bytes = sum(v for k, v in tables.items() if k in FTS_TABLES)
    return {
        "variant": label, "chunks": len(ids), "write_s": round(write_s, 2),
        "total_mb": round(total / 1e6, 2), "sqlite_mb": round(sqlite_bytes / 1e6, 2), "segments_mb": round((total - sqlite_bytes) / 1e6, 2),
        "fts_tables_mb": round(fts_bytes / 1e6, 2), "fts_share_of_total": round(fts_bytes / total, 3), "fts_rows": fts_rows,
        "string_value_index_mb": round(tables.get("embedding_metadata_string_value", 0) / 1e6, 2),
        "sqlite_by_object_mb": {k: round(v / 1e6, 2) for k, v in tables.items() if v >= 50_000},
        "checks": checks,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "chroma_fts.json")
    args = ap.parse_args()
    import chromadb

    ids, texts, emb, metas = synthetic(args.n)
    root = Path(tempfile.mkdtemp(prefix="chroma_fts_"))
    try:
        rows = [run_variant(label, root, ids, texts, emb, metas) for label in ("default", "fts_off", "no_documents")]
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"chromadb {chromadb.__version__}, {args.n} chunks of ~1,000 characters, 384-d vectors")
    print(f"{'variant':<13} {'write s':>8} {'total MB':>9} {'sqlite MB':>10} {'segments MB':>12} {'FTS MB':>7} {'FTS share':>10} {'FTS rows':>9}  $contains")
    for r in rows:
        c = r["checks"]["contains_zzuniqueword"]
        print(f"{r['variant']:<13} {r['write_s']:>8} {r['total_mb']:>9} {r['sqlite_mb']:>10} {r['segments_mb']:>12} {r['fts_tables_mb']:>7} "
              f"{r['fts_share_of_total']:>10.1%} {r['fts_rows']:>9}  {'refused' if 'refused' in c else c['ids']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"chromadb": chromadb.__version__, "n": args.n, "variants": rows}, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    sys.exit(main())
