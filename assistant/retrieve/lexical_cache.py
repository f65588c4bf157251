"""Keeping the BM25 cache in step with the index: load it, update it, or (rarely) rebuild it.

The cache records, per document, what its chunks were indexed from (``doc_key``: content
hash, title, completeness, chunk count). When the index generation moved, only the
documents whose key changed or that went away are read back from Chroma and applied as an
update (``LexicalIndex.updated``); a rebuild reads every chunk and happens only without a
usable cache, on ``force``, or when most of the index changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Mapping

from assistant.index.store import DocRecord, Store
from assistant.retrieve.lexical import LexicalIndex, bm25_text

REBUILD_SHARE = 0.5  # past this share of the chunks changed, reading everything is as cheap


def doc_key(record: DocRecord) -> str:
    """What a document's BM25 rows depend on; a change means its chunks are read again."""
    return f"{record.embed_hash}|{int(record.complete)}|{record.n_chunks}|{record.title}"


def folder_for(settings) -> Path:
    """The cache folder beside the index (one per Chroma server and collection)."""
    s = settings.index
    if s.chroma_host:
        return s.dir / f"bm25-{s.chroma_host}-{s.chroma_port}-{s.collection}"
    return s.dir / f"bm25-{s.collection}"


def _rows(chunks: Iterable[tuple[str, str, dict[str, Any]]], registry: Mapping[str, DocRecord]):
    """``(chunk_id, doc_id, section, text)`` for BM25; chunks of unregistered documents
    (never served) are left out."""
    for cid, text, meta in chunks:
        record = registry.get(meta["doc_id"])
        if record is not None:
            section = meta.get("section", "")
            yield cid, meta["doc_id"], section, bm25_text(record.title, section, text)


def refreshed(store: Store, registry: Mapping[str, DocRecord], folder: Path, generation: int, k1: float, b: float, force: bool = False, current: LexicalIndex | None = None) -> tuple[LexicalIndex, str]:
    """The BM25 index for ``generation`` and how it was had: "loaded", "updated" or "rebuilt".
    ``current`` (the index in memory, if any) is updated instead of reading the cache back.
    The result is saved unless it was loaded (a read-only folder only costs the work again)."""
    params = f"k1={k1},b={b}"
    usable = current is not None and current.generation is not None and current.model is not None and (current.model.k1, current.model.b) == (k1, b)
    cached = None if force else (current if usable else LexicalIndex.load(folder, None, params))
    if cached is not None and cached.generation == generation:
        return cached, "loaded"
    keys = {doc_id: doc_key(record) for doc_id, record in registry.items()}
    how = "rebuilt"
    if cached is not None:
        changed = [d for d, k in keys.items() if cached.keys.get(d) != k]
        gone = [d for d in cached.keys if d not in keys]
        if sum(registry[d].n_chunks for d in changed) <= REBUILD_SHARE * max(1, cached.size):
            index = cached.updated(changed + gone, _rows(store.iter_doc_chunks(changed), registry), keys={**{d: keys[d] for d in changed}, **dict.fromkeys(gone)})
            how = "updated"
    if how == "rebuilt":
        index = LexicalIndex.build(_rows(store.iter_chunks(), registry), k1, b, keys=keys)
    try:
        index.save(folder, generation, params)
    except OSError:
        pass
    return index, how
