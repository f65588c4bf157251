"""Scale indexes for ``query.py``: real base chunks embedded once, then synthetic filler.

1. ``prepare_base``: the given paths are loaded, tagged and chunked with the product's
   ingest code (``load_paths``, ``tag``, ``prepare``); whole documents are taken in a
   fixed order (the relevant ones first) until ``distinct`` chunks, and their
   ``embed_text`` is embedded with the product's embedder (cached on disk by content hash).
2. ``build_scale_index``: into an empty index, real documents while they fit, then filler
   documents until exactly N chunks. A filler chunk takes one real base chunk: its text is
   a shuffle of real sentences of that chunk's document (about the chunk's length), its
   vector the chunk's real embedding plus Gaussian noise (re-normalised). A filler document
   is its chunks joined, so citation offsets verify as for real ones. Records are the
   product's ``registry_record`` (complete), written in bulk with ``Store.put_records`` and
   ``Store.add_chunks``, and the index facts with ``mark_synced``: what a finished sync
   leaves, without ``sync`` itself (embedding 100k chunks for real would take hours).
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
from common import Timer

FIXED_TIME = "2026-01-01T00:00:00+00:00"
FLUSH_CHUNKS = 5000


# -- the real base ------------------------------------------------------------------------
def prepare_base(workdir: Path, paths: list[Path], relevant: list[str], distinct: int, cache_dir: Path) -> dict[str, Any]:
    """Chunk the real documents under ``paths``, embed ``distinct`` chunks of them, save to ``workdir``."""
    from assistant.config import Settings

    settings = Settings()
    info: dict[str, Any] = {}
    with Timer() as t:
        docs = _load_and_chunk(settings, paths)
    info.update(load_and_chunk_seconds=round(t.seconds, 2), corpus_documents=len(docs), corpus_chunks=sum(len(ch) for _, ch in docs))
    base = _pick(docs, relevant, distinct)
    texts = [ch.embed_text for _, chunks in base for ch in chunks]
    vectors = _embed(texts, settings, cache_dir, info)
    np.save(workdir / "base.npy", np.asarray(vectors, dtype=np.float32))
    (workdir / "base.json").write_text(json.dumps([_serialise(item, chunks) for item, chunks in base], ensure_ascii=False, default=str), encoding="utf-8")
    info.update(distinct_documents=len(base), distinct_chunks=len(texts))
    return info


def _load_and_chunk(settings, paths: list[Path]) -> list[tuple[Any, list]]:
    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    loaded = load_paths(paths, settings, settings_key(settings, settings.embedding.model_id()))
    if loaded.errors:
        raise SystemExit(f"corpus load errors: {loaded.errors[:3]}")
    tag(loaded.items)
    counter = counter_for(settings)
    return [(item, prepare(item, counter, settings)) for item in loaded.items]


def _pick(docs: list[tuple[Any, list]], relevant: list[str], distinct: int) -> list[tuple[Any, list]]:
    """Documents the questions are about first, then the rest in a fixed shuffled order."""
    rank = {doc_id: r for r, doc_id in enumerate(relevant)}
    first = sorted((d for d in docs if d[0].doc.doc_id in rank), key=lambda d: rank[d[0].doc.doc_id])
    rest = [d for d in docs if d not in first]
    random.Random(7).shuffle(rest)
    base, total = [], 0
    for item, chunks in first + rest:
        if total >= distinct:
            break
        base.append((item, chunks))
        total += len(chunks)
    return base


def _embed(texts: list[str], settings, cache_dir: Path, info: dict[str, Any]) -> np.ndarray:
    digest = hashlib.sha256(("\x00".join(texts) + settings.embedding.model_id()).encode()).hexdigest()[:16]
    cache = cache_dir / f"base-{digest}.npy"
    if cache.is_file():
        info["base_embedding"] = {"cached": True, "path": str(cache)}
        print(f"  base embeddings: {len(texts)} chunks from cache {cache}", flush=True)
        return np.load(cache)
    from assistant.embeddings import get_embedder

    with Timer() as t:
        embedder = get_embedder(settings.embedding)
    info["parent_model_load_seconds"] = round(t.seconds, 2)
    print(f"  embedding {len(texts)} distinct real chunks (once; cached afterwards)...", flush=True)
    with Timer() as t:
        vectors = embedder.encode(texts, batch_size=embedder.batch_size)
    info["base_embedding"] = {"cached": False, "seconds": round(t.seconds, 1), "chunks_per_s": round(len(texts) / t.seconds, 1)}
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return vectors


def _serialise(item, chunks) -> dict[str, Any]:
    from assistant.text.sentences import sentence_spans

    return {
        "doc_id": item.doc.doc_id, "title": item.doc.title, "text": item.doc.text, "metadata": item.doc.metadata,
        "hash": item.hash, "embed_hash": item.embed_hash, "path": item.path, "root": item.root,
        "sentences": [[s, e] for s, e in sentence_spans(item.doc.text)],
        "chunks": [{"text": ch.text, "char_start": ch.char_start, "char_end": ch.char_end, "section": ch.section, "ordinal": ch.ordinal, "chunk_id": ch.chunk_id} for ch in chunks],
    }  # fmt: skip


# -- one scale index ----------------------------------------------------------------------
class _Writer:
    """Buffers complete documents and writes them in bulk: records (with texts), then chunks."""

    def __init__(self, store):
        self.store = store
        self.items: list[tuple[Any, list, Any]] = []
        self.pending = self.written = 0
        self.records_seconds = self.chunks_seconds = 0.0
        self.started = time.perf_counter()

    def add(self, item, chunks: list, vectors) -> None:
        self.items.append((item, chunks, vectors))
        self.pending += len(chunks)
        if self.pending >= FLUSH_CHUNKS:
            self.flush()

    def flush(self) -> None:
        from assistant.index.sync import registry_record

        if not self.items:
            return
        t0 = time.perf_counter()
        self.store.put_records([registry_record(item, True, len(chunks), indexed_at=FIXED_TIME) for item, chunks, _ in self.items], texts={item.doc.doc_id: item.doc.text for item, _, _ in self.items})
        t1 = time.perf_counter()
        facts = {item.doc.doc_id: {**item.doc.metadata, "embed_hash": item.embed_hash} for item, _, _ in self.items}
        self.store.add_chunks([c for _, chunks, _ in self.items for c in chunks], np.concatenate([v for _, _, v in self.items]), facts)
        self.records_seconds += t1 - t0
        self.chunks_seconds += time.perf_counter() - t1
        if (self.written + self.pending) // 20_000 > self.written // 20_000:  # progress for the long builds
            elapsed = time.perf_counter() - self.started
            print(f"  {self.written + self.pending:,} chunks, {elapsed:.0f} s, {(self.written + self.pending) / elapsed:.0f} chunks/s", flush=True)
        self.items, self.written, self.pending = [], self.written + self.pending, 0


def _item(doc_id: str, text: str, title: str, meta: dict[str, Any], h: str, eh: str, path: str, root: str):
    from assistant.ingest.pipeline import Prepared
    from assistant.models import Document

    return Prepared(Document(doc_id=doc_id, text=text, title=title, metadata=meta), path, root, h, eh)


def _add_real(writer: _Writer, base: list[dict[str, Any]], vectors: np.ndarray, starts: list[int], n: int, stats: dict[str, Any]) -> int:
    """The real documents, whole, while they fit in ``n`` chunks; returns the chunks added."""
    from assistant.models import Chunk

    total = 0
    for d, doc in enumerate(base):
        k = len(doc["chunks"])
        if total + k > n:
            break
        chunks = [Chunk(c["chunk_id"], doc["doc_id"], c["text"], c["char_start"], c["char_end"], c["section"], c["ordinal"], "") for c in doc["chunks"]]
        item = _item(doc["doc_id"], doc["text"], doc["title"], doc["metadata"], doc["hash"], doc["embed_hash"], doc["path"], doc["root"])
        writer.add(item, chunks, vectors[starts[d] : starts[d] + k])
        total += k
        stats["real_documents"] += 1
        stats["real_chunks"] += k
    return total


def _filler_text(doc: dict[str, Any], k: int, prng: random.Random, max_chars: int = 0) -> tuple[str, list[tuple[str, int, int, str, int]]]:
    """A document of ``k`` chunks, each shuffled real sentences about as long as its base chunk
    (or, with ``max_chars``, sentences until at least ``min(that, max_chars)`` characters: a
    1M build with full-length texts takes hours here, the SQLite full-text index growing with the text)."""
    sentences = [doc["text"][s:e] for s, e in doc["sentences"]] or [doc["text"]]
    parts, rows, cursor = [], [], 0
    for i in range(k):
        target = len(doc["chunks"][i]["text"])
        target = min(target, max_chars) if max_chars else target
        picked, length = [], 0
        for s in prng.sample(sentences, len(sentences)):
            picked.append(s)
            length += len(s) + 1
            if length >= target:
                break
        text = " ".join(picked)
        rows.append((text, cursor, cursor + len(text), doc["chunks"][i]["section"], i))
        parts.append(text)
        cursor += len(text) + 2
    return "\n\n".join(parts) + "\n", rows


def _add_filler(writer: _Writer, base, vectors: np.ndarray, starts: list[int], missing: int, noise: float, seed: int, stats: dict[str, Any], max_chars: int = 0) -> list[float]:
    """Filler documents until ``missing`` more chunks; returns sampled cosines to the base vectors."""
    from assistant.ingest.chunking import chunk_id_for
    from assistant.ingest.identity import qualify
    from assistant.models import Chunk

    rng, prng = np.random.default_rng(seed), random.Random(seed)
    cosines: list[float] = []
    f = 0
    while missing > 0:
        t0 = time.perf_counter()
        d = prng.randrange(len(base))
        doc = base[d]
        k = min(len(doc["chunks"]), missing)
        doc_id = qualify("benchmark", f"synthetic/{f:06d}")
        eh = hashlib.sha256(doc_id.encode()).hexdigest()
        doc_text, rows = _filler_text(doc, k, prng, max_chars)
        meta = {"kind": doc["metadata"].get("kind", "case-report"), "case_id": doc_id, "year": doc["metadata"].get("year") or 0, "source": "benchmark filler"}
        real = vectors[starts[d] : starts[d] + k]
        noisy = real + rng.normal(0.0, noise, size=(k, vectors.shape[1])).astype(np.float32)
        noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
        if len(cosines) < 2000:
            cosines.extend(np.sum(noisy * real, axis=1).tolist())
        assert all(doc_text[s:e] == text for text, s, e, _, _ in rows)
        chunks = [Chunk(chunk_id_for(doc_id, eh, i), doc_id, text, s, e, section, i, "") for text, s, e, section, i in rows]
        item = _item(doc_id, doc_text, f"{doc['title']} (synthetic variant {f})", meta, eh, eh, "synthetic.jsonl", "benchmark")
        stats["generate_seconds"] += time.perf_counter() - t0
        writer.add(item, chunks, noisy)
        missing -= k
        f += 1
        stats["filler_documents"] += 1
        stats["filler_chunks"] += k
    return cosines


def build_scale_index(settings, store, base: list[dict[str, Any]], vectors: np.ndarray, n: int, noise: float, seed: int, max_chars: int = 0) -> dict[str, Any]:
    """Real documents up to ``n`` chunks, then filler documents to exactly ``n`` (see the module doc)."""
    from assistant.index.sync import mark_synced

    stats: dict[str, Any] = {"filler_max_chars": max_chars, "real_documents": 0, "real_chunks": 0, "filler_documents": 0, "filler_chunks": 0, "generate_seconds": 0.0}
    starts = [int(s) for s in np.cumsum([0] + [len(doc["chunks"]) for doc in base])[:-1]]
    writer = _Writer(store)
    t_start = time.perf_counter()
    total = _add_real(writer, base, vectors, starts, n, stats)
    cosines = _add_filler(writer, base, vectors, starts, n - total, noise, seed, stats, max_chars)
    writer.flush()
    with Timer() as t:
        mark_synced(store, settings.embedding.model_id(), int(vectors.shape[1]), 1, stats["real_documents"] + stats["filler_documents"], n)
    stats.update(
        chunks=store.count_chunks(),
        build_seconds=round(time.perf_counter() - t_start, 2),
        generate_seconds=round(stats["generate_seconds"], 2),
        add_chunks_seconds=round(writer.chunks_seconds, 2),
        put_records_seconds=round(writer.records_seconds, 2),
        set_meta_seconds=round(t.seconds, 3),
        filler_cosine_to_base_mean=round(float(np.mean(cosines)), 3) if cosines else None,
    )
    stats["add_chunks_per_s"] = round(n / writer.chunks_seconds, 1) if writer.chunks_seconds else None
    return stats
