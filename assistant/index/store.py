"""Chroma collections behind the assistant: chunks, a document registry, and index facts.

Three collections named from ``index.collection``:

* ``<name>-chunks``: one record per chunk, with its embedding, the chunk text and
  ``doc_id/case_id/section/char_start/char_end/doc_hash`` metadata.
* ``<name>-docs``: one record per document: full text (so citations can be checked
  against it), content hash, a ``complete`` flag written only after all its chunks
  are stored, and the filterable facts (diagnoses, drugs, year, timeline).
* ``<name>-meta``: which model built the index, a generation counter bumped on every
  change (the BM25 cache keys on it), and the last sync time.

Embedded mode uses ``chromadb.PersistentClient(index.dir)``; setting
``index.chroma_host`` switches to ``chromadb.HttpClient`` with no other change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence, TypeVar

from assistant.config import Settings
from assistant.errors import IndexUnavailable
from assistant.models import Chunk

T = TypeVar("T")
_PLACEHOLDER = [1.0]  # registry records need an embedding; they are never searched
_LIST_FIELDS = ("diagnoses", "drugs", "categories")


@dataclass
class DocRecord:
    """What the registry knows about one indexed document (text fetched separately)."""

    doc_id: str
    title: str
    hash: str
    complete: bool
    n_chunks: int = 0
    embed_hash: str = ""
    case_id: str = ""
    source: str = ""
    license: str = ""
    path: str = ""
    root: str = ""
    kind: str = ""
    year: int = 0
    diagnoses: list[str] = field(default_factory=list)
    drugs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)
    indexed_at: str = ""

    def to_metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "title": self.title,
            "hash": self.hash,
            "embed_hash": self.embed_hash,
            "complete": self.complete,
            "n_chunks": self.n_chunks,
            "case_id": self.case_id,
            "source": self.source,
            "license": self.license,
            "path": self.path,
            "root": self.root,
            "kind": self.kind,
            "year": int(self.year or 0),
            "indexed_at": self.indexed_at,
        }
        # Chroma rejects empty lists, and its upsert/update merge metadata: None deletes a
        # key, so a tag that went away (an edited document no longer naming rituximab) goes.
        for name in _LIST_FIELDS:
            values = [str(v) for v in getattr(self, name) if str(v)]
            meta[name] = values or None
        meta["timeline"] = json.dumps(self.timeline, ensure_ascii=False) if self.timeline else None
        return meta

    @classmethod
    def from_metadata(cls, doc_id: str, meta: dict[str, Any]) -> DocRecord:
        return cls(
            doc_id=doc_id,
            title=str(meta.get("title", doc_id)),
            hash=str(meta.get("hash", "")),
            embed_hash=str(meta.get("embed_hash", "")),
            complete=bool(meta.get("complete", False)),
            n_chunks=int(meta.get("n_chunks", 0)),
            case_id=str(meta.get("case_id", "")),
            source=str(meta.get("source", "")),
            license=str(meta.get("license", "")),
            path=str(meta.get("path", "")),
            root=str(meta.get("root", "")),
            kind=str(meta.get("kind", "")),
            year=int(meta.get("year", 0) or 0),
            diagnoses=list(meta.get("diagnoses") or []),
            drugs=list(meta.get("drugs") or []),
            categories=list(meta.get("categories") or []),
            timeline=json.loads(meta["timeline"]) if meta.get("timeline") else [],
            indexed_at=str(meta.get("indexed_at", "")),
        )


def _parts(items: Sequence[T], size: int) -> Iterator[tuple[int, Sequence[T]]]:
    """``(start, items[start:start + size])`` pieces: Chroma takes at most ``size`` records a call."""
    for start in range(0, len(items), size):
        yield start, items[start : start + size]


def make_client(settings: Settings):
    """A Chroma client for the configured mode; telemetry off, never a default embedding function."""
    import chromadb

    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.index.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.index.chroma_host, port=settings.index.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as exc:  # noqa: BLE001
            raise IndexUnavailable(f"cannot reach Chroma server at {settings.index.chroma_host}:{settings.index.chroma_port} ({exc})") from None
        return client
    settings.index.dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index.dir), settings=chroma_settings)


class Store:
    """Thin, typed access to the three collections; all Chroma calls live here."""

    def __init__(self, settings: Settings, client=None):
        self.settings = settings
        self.client = client or make_client(settings)
        name = settings.index.collection
        ef_search = settings.index.hnsw_ef_search
        self.chunks = self.client.get_or_create_collection(f"{name}-chunks", embedding_function=None, configuration={"hnsw": {"space": "cosine", "ef_search": ef_search}})
        if (self.chunks.configuration.get("hnsw") or {}).get("ef_search") != ef_search:  # an index made before, or with another value
            try:
                self.chunks.modify(configuration={"hnsw": {"ef_search": ef_search}})
            except Exception:  # noqa: BLE001 - a read-only index still serves, at the breadth it was made with
                pass
        self.docs = self.client.get_or_create_collection(f"{name}-docs", embedding_function=None)
        self.meta_collection = self.client.get_or_create_collection(f"{name}-meta", embedding_function=None)
        self.batch = max(1, self.client.get_max_batch_size())

    @property
    def location(self) -> str:
        s = self.settings.index
        return f"chroma://{s.chroma_host}:{s.chroma_port}/{s.collection}" if s.chroma_host else str(s.dir)

    # -- index facts -------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        got = self.meta_collection.get(ids=["meta"], include=["metadatas"])
        return dict(got["metadatas"][0]) if got["ids"] else {}

    def set_meta(self, **values: Any) -> None:
        merged = {**self.meta(), **{k: v for k, v in values.items() if v is not None}}
        self.meta_collection.upsert(ids=["meta"], embeddings=[_PLACEHOLDER], metadatas=[merged], documents=["index facts"])

    # -- registry ------------------------------------------------------------------
    def registry(self) -> dict[str, DocRecord]:
        return {doc_id: DocRecord.from_metadata(doc_id, meta or {}) for got in self._pages(self.docs, ["metadatas"]) for doc_id, meta in zip(got["ids"], got["metadatas"])}

    def _pages(self, collection, include: list[str]) -> Iterator[dict[str, Any]]:
        """A whole collection read ``self.batch`` records at a time (Chroma's limit per call)."""
        offset = 0
        while True:
            got = collection.get(include=include, limit=self.batch, offset=offset)
            yield got
            if len(got["ids"]) < self.batch:
                return
            offset += self.batch

    def put_records(self, records: list[DocRecord], texts: dict[str, str] | None = None) -> None:
        """Write registry records; texts are stored when given (first, pending write)."""
        for _, part in _parts(records, self.batch):
            if texts is not None:
                self.docs.upsert(
                    ids=[r.doc_id for r in part],
                    embeddings=[_PLACEHOLDER] * len(part),
                    metadatas=[r.to_metadata() for r in part],
                    documents=[texts[r.doc_id] for r in part],
                )
            else:
                self.docs.update(ids=[r.doc_id for r in part], metadatas=[r.to_metadata() for r in part])

    def doc_texts(self, doc_ids: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for _, part in _parts(doc_ids, self.batch):
            got = self.docs.get(ids=part, include=["documents"])
            out.update(zip(got["ids"], got["documents"]))
        return out

    def delete_records(self, doc_ids: list[str]) -> None:
        for _, part in _parts(doc_ids, self.batch):
            self.docs.delete(ids=part)

    # -- chunks --------------------------------------------------------------------
    def delete_chunks(self, doc_ids: list[str], keep_hash: dict[str, str] | None = None) -> None:
        """Delete the chunks of these documents (except those of ``keep_hash[doc_id]``)."""
        for _, part in _parts(doc_ids, 100):
            got = self.chunks.get(where={"doc_id": {"$in": part}}, include=["metadatas"])
            stale = [cid for cid, meta in zip(got["ids"], got["metadatas"]) if not keep_hash or meta.get("doc_hash") != keep_hash.get(meta.get("doc_id"))]
            for _, ids in _parts(stale, self.batch):
                self.chunks.delete(ids=ids)

    @staticmethod
    def chunk_metadata(c: Chunk, meta: dict[str, Any]) -> dict[str, Any]:
        return {
            "doc_id": c.doc_id,
            "case_id": meta.get("case_id") or c.doc_id,
            "section": c.section,
            "char_start": c.char_start,
            "char_end": c.char_end,
            "ordinal": c.ordinal,
            "doc_hash": meta["embed_hash"],
            "year": int(meta.get("year") or 0),
            "kind": meta.get("kind", ""),
        }

    def add_chunks(self, chunks: list[Chunk], embeddings, doc_meta: dict[str, dict[str, Any]]) -> None:
        """Upsert chunks (idempotent: ids are content-derived, so a rerun never duplicates)."""
        for i, part in _parts(chunks, self.batch):
            metadatas = [self.chunk_metadata(c, doc_meta[c.doc_id]) for c in part]
            self.chunks.upsert(ids=[c.chunk_id for c in part], embeddings=embeddings[i : i + self.batch], documents=[c.text for c in part], metadatas=metadatas)

    def update_chunk_facts(self, chunk_ids: list[str], case_id: str, year: int, kind: str) -> None:
        """Rewrite the document-level facts copied onto chunks (metadata-only change)."""
        for _, part in _parts(chunk_ids, self.batch):
            got = self.chunks.get(ids=part, include=["metadatas"])
            metas = [{**m, "case_id": case_id, "year": int(year or 0), "kind": kind} for m in got["metadatas"]]
            if got["ids"]:
                self.chunks.update(ids=got["ids"], metadatas=metas)

    def count_chunks(self) -> int:
        return self.chunks.count()

    def iter_chunks(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every stored chunk as ``(chunk_id, text, metadata)``, in pages."""
        for got in self._pages(self.chunks, ["documents", "metadatas"]):
            yield from zip(got["ids"], got["documents"], got["metadatas"])

    def iter_vectors(self) -> Iterator[tuple[str, dict[str, Any], Any]]:
        """Every stored chunk as ``(chunk_id, metadata, embedding)``, in pages (the exact
        dense table of a small index, ``retrieve.exact``)."""
        for got in self._pages(self.chunks, ["metadatas", "embeddings"]):
            yield from zip(got["ids"], got["metadatas"], got["embeddings"])

    def iter_doc_chunks(self, doc_ids: list[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """The stored chunks of these documents as ``(chunk_id, text, metadata)`` (what an
        incremental BM25 update reads instead of every chunk)."""
        for _, part in _parts(doc_ids, 100):
            got = self.chunks.get(where={"doc_id": {"$in": list(part)}}, include=["documents", "metadatas"])
            yield from zip(got["ids"], got["documents"], got["metadatas"])

    def query(self, embedding, n: int, where: dict[str, Any] | None = None, ids: list[str] | None = None) -> list[tuple[str, str, dict[str, Any], float]]:
        """Nearest chunks as ``(chunk_id, text, metadata, cosine similarity)``, among ``ids``
        when given (the same hits as a ``where`` naming their documents, 3-10x faster: no
        metadata filter is evaluated; asking for more than there are walks the whole graph).

        No ``count()`` first: Chroma 1.5 returns fewer hits when fewer exist, and a count
        costs ~12 ms per query at 100k chunks."""
        got = self.chunks.query(
            query_embeddings=[list(map(float, embedding))],
            n_results=max(1, min(n, len(ids)) if ids else n),
            where=where or None,
            ids=ids or None,
            include=["documents", "metadatas", "distances"],
        )
        return [(cid, text, meta, 1.0 - float(dist)) for cid, text, meta, dist in zip(got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0])]

    def nearest_among(self, embedding, chunk_ids: list[str], n: int) -> list[tuple[str, str, dict[str, Any], float]]:
        """``query`` restricted to a few chunks, scored exactly: their stored vectors read back
        and compared by cosine. At 100k chunks, for up to ~500 chunks, 3-18 ms instead of a
        filtered HNSW walk's ~30 ms, which also misses a fifth to a third of the true top 40."""
        import numpy as np

        got = self.chunks.get(ids=chunk_ids, include=["embeddings"])
        if not got["ids"]:
            return []
        vectors = np.asarray(got["embeddings"], dtype=np.float32)
        query = np.asarray(embedding, dtype=np.float32)
        sims = (vectors @ query) / np.maximum(np.linalg.norm(vectors, axis=1) * np.linalg.norm(query), 1e-12)
        top = np.argsort(-sims, kind="stable")[: max(1, n)]
        items = self.get_chunks([got["ids"][i] for i in top])
        return [(got["ids"][i], *items[got["ids"][i]], float(sims[i])) for i in top if got["ids"][i] in items]

    def get_chunks(self, chunk_ids: list[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        out = {}
        for _, part in _parts(chunk_ids, self.batch):
            got = self.chunks.get(ids=part, include=["documents", "metadatas"])
            out.update({cid: (text, meta) for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])})
        return out

    def reset(self) -> None:
        """Drop all three collections (``assistant index --rebuild``).

        The generation counter survives, one higher: caches keyed on it (BM25) must never
        take the rebuilt index for the one they were built from."""
        generation = int(self.meta().get("generation", 0))
        name = self.settings.index.collection
        for suffix in ("chunks", "docs", "meta"):
            try:
                self.client.delete_collection(f"{name}-{suffix}")
            except Exception:  # noqa: BLE001 - absent collection
                pass
        self.__init__(self.settings, self.client)
        if generation:
            self.set_meta(generation=generation + 1)
