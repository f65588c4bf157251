"""Shared checks for the index tests: what "a consistent index" means, asserted in one place."""

from __future__ import annotations

from collections import Counter

import numpy as np

from assistant.ingest.identity import local_id
from assistant.index.store import Store
from assistant.ingest.chunking import chunk_id_for


def checked_index(settings, with_vectors: bool = False) -> dict:
    """Registry, chunks and document texts as stored, after asserting the index is consistent:
    no duplicate or orphan chunks; every registry document complete, with exactly the chunks
    ``chunk_id_for(0..n_chunks-1)``, one per ordinal; every chunk's offsets exact."""
    store = Store(settings)
    registry = store.registry()
    rows = list(store.iter_chunks())
    ids = [cid for cid, _, _ in rows]
    assert len(ids) == len(set(ids)), "duplicate chunk ids"
    chunks = {cid: (text, meta) for cid, text, meta in rows}
    per_doc = Counter(meta["doc_id"] for _, _, meta in rows)
    assert set(per_doc) <= set(registry), f"orphan chunks of {set(per_doc) - set(registry)}"
    texts = store.doc_texts(list(registry))
    for doc_id, record in registry.items():
        assert record.complete, f"{doc_id} left incomplete"
        assert per_doc[doc_id] == record.n_chunks, (doc_id, per_doc[doc_id], record.n_chunks)
        expected = {chunk_id_for(doc_id, record.embed_hash, i) for i in range(record.n_chunks)}
        assert {cid for cid, (_, meta) in chunks.items() if meta["doc_id"] == doc_id} == expected, doc_id
    ordinals = Counter((meta["doc_id"], meta["ordinal"]) for _, _, meta in rows)
    assert max(ordinals.values(), default=1) == 1, "two chunks share a (doc, ordinal)"
    for cid, (text, meta) in chunks.items():
        assert texts[meta["doc_id"]][meta["char_start"] : meta["char_end"]] == text, cid
    out = {"registry": registry, "chunks": chunks, "per_doc": per_doc, "texts": texts}
    # The same, keyed by each source's own id ("aml.txt" for "cases-3fa9c1:aml.txt"): tests
    # of one synced folder read better that way.
    out["local"] = {local_id(d): r for d, r in registry.items()}
    out["per_doc_local"] = Counter({local_id(d): n for d, n in per_doc.items()})
    out["texts_local"] = {local_id(d): t for d, t in texts.items()}
    if with_vectors:
        got = store.chunks.get(ids=ids, include=["embeddings"]) if ids else {"ids": [], "embeddings": []}
        out["vectors"] = dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    return out


class NoModel:
    """An embedder that fails the test if sync asks it for anything: proves nothing was embedded."""

    batch_size = 32

    def __init__(self, dimension: int, why: str):
        self.dimension = dimension
        self.why = why

    def encode(self, *args, **kwargs):
        raise AssertionError(self.why)
