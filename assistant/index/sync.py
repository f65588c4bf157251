"""Incremental, interrupt-safe sync of files into the index.

Ingest (``assistant.ingest.pipeline``) discovers, loads, hashes, tags and chunks; this
module only diffs and writes: plan (load the paths), migrate (an old id scheme), diff
against the registry, write. Unchanged documents cost a hash; new or changed ones are
chunked, embedded and written; documents whose file disappeared from a synced folder
are removed. A file that fails to load keeps whatever it had indexed before.

Crash safety comes from write order, not transactions. Per group of documents:
1. registry records are written with ``complete=False`` and the new hash;
2. their old chunks are deleted;
3. new chunks are upserted (ids derive from the content hash, so a rerun never
   duplicates);
4. the records are flipped to ``complete=True``.
A rerun treats any incomplete record as changed, so an interrupt at any point (Ctrl-C,
kill -9) is repaired by running the same command again.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

from assistant.config import Settings
from assistant.errors import IndexUnavailable
from assistant.index.claims import refuse_claimed_ids
from assistant.index.locks import sync_lock
from assistant.index.store import DocRecord, Store
from assistant.ingest.chunking import CHUNKER_VERSION, chunk_id_for
from assistant.ingest.identity import ID_SCHEME, local_id
from assistant.ingest.pipeline import Loaded, Prepared, counter_for, load_paths, prepare, settings_key, tag
from assistant.models import Chunk, LoadError, LoadResult

__all__ = ["SyncReport", "encoder_of", "load_paths", "mark_synced", "refuse_claimed_ids", "registry_record", "settings_key", "status", "sync"]


@dataclass
class SyncReport:
    """What one sync did; ``assistant index --json`` prints this."""

    documents: int = 0
    chunks: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    embedded: int = 0
    errors: list[LoadError] = field(default_factory=list)
    warnings: list[LoadError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    embed_seconds: float = 0.0
    index: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "embedded": self.embedded,
            "errors": [e.to_dict() for e in self.errors],
            "warnings": [e.to_dict() for e in self.warnings],
            "notices": list(self.notices),
            "seconds": round(self.seconds, 3),
            "embed_seconds": round(self.embed_seconds, 3),
            "index": self.index,
        }


def registry_record(item: Prepared, complete: bool, n_chunks: int, indexed_at: str | None = None) -> DocRecord:
    """The registry's record of a document (``complete`` only once all its chunks are stored)."""
    m = item.doc.metadata
    return DocRecord(
        doc_id=item.doc.doc_id,
        title=item.doc.title,
        hash=item.hash,
        embed_hash=item.embed_hash,
        complete=complete,
        n_chunks=n_chunks,
        case_id=str(m.get("case_id", item.doc.doc_id)),
        source=str(m.get("source") or item.path),
        license=str(m.get("license") or ""),
        path=item.path,
        root=item.root,
        kind=str(m.get("kind", "")),
        year=int(m.get("year") or 0),
        diagnoses=list(m.get("diagnoses") or []),
        drugs=list(m.get("drugs") or []),
        categories=list(m.get("categories") or []),
        timeline=list(m.get("timeline") or []),
        indexed_at=indexed_at or datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _groups(items: list[tuple[Prepared, list[Chunk]]], size: int) -> Iterator[list[tuple[Prepared, list[Chunk]]]]:
    group: list[tuple[Prepared, list[Chunk]]] = []
    count = 0
    for item in items:
        group.append(item)
        count += len(item[1])
        if count >= size:
            yield group
            group, count = [], 0
    if group:
        yield group


def _embed(embedder, texts: list[str], report: SyncReport, progress, done: int, total: int) -> list[list[float]]:
    """Encode longest-first in model-sized batches (less padding), reporting progress per batch."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    vectors: list[list[float] | None] = [None] * len(texts)
    batch = getattr(embedder, "batch_size", 32)
    encode = getattr(embedder, "encode_documents", None) or embedder.encode  # the index-time encoder (may differ from the query one)
    step = batch if batch > 1 else 32  # a model taking one text at a time still reports (and can stop) every 32 texts
    for start in range(0, len(order), step):
        ids = order[start : start + step]
        t0 = time.perf_counter()
        encoded = encode([texts[i] for i in ids], batch_size=batch)
        report.embed_seconds += time.perf_counter() - t0
        for i, vector in zip(ids, encoded.tolist()):
            vectors[i] = vector
        if progress:
            progress(done + min(start + step, len(order)), total)
    return vectors  # type: ignore[return-value]


def sync(
    paths: list[Path],
    settings: Settings,
    store: Store | None = None,
    embedder=None,
    progress: Callable[[int, int], None] | None = None,
    exclusive: bool = False,
    preloaded: Mapping[Path, LoadResult] | None = None,
) -> SyncReport:
    """Bring the index in step with ``paths``; see the module docstring for the guarantees.

    ``progress(done, total)`` is called with chunk counts while embedding. The model is
    loaded only when something needs embedding, so an unchanged re-sync stays fast.
    ``exclusive=True`` makes the index hold exactly these paths (evaluation indexes).
    ``preloaded`` maps resolved file paths to their ``load_one`` result when the caller
    has read them already (an upload checked before it was copied): they are not read again.
    A record that cannot be written costs only itself: it is reported with its file (and
    line) and every other document of its write group is written.
    """
    started = time.perf_counter()
    store = store or Store(settings)
    report = SyncReport(index=store.location)
    with sync_lock(settings):
        model_name = settings.embedding.model_id()
        encoder = encoder_of(settings, embedder)
        meta = _migrate_encoder(store, _migrate_ids(store, _check_model(store, model_name), report), encoder, report)
        loaded = load_paths(paths, settings, settings_key(settings, model_name), preloaded)
        registry = store.registry()
        plan = _diff(loaded, registry, exclusive, report)
        meta = _mark_changing(store, meta, plan.changed)
        embedder = _apply(plan, store, registry, settings, embedder, meta, report, progress)
        # The model loaded may be a fallback (no ONNX export here: torch fp32): record what it is.
        _stamp(store, meta, model_name, embedder, plan.changed, registry, report, encoder_of(settings, embedder) if embedder else encoder)
    report.seconds = time.perf_counter() - started
    return report


@dataclass
class _Plan:
    todo: list[Prepared]  # new or changed documents
    stale: list[str]  # ids to remove
    changed: bool


def _mark_changing(store: Store, meta: dict[str, Any], changed: bool) -> dict[str, Any]:
    """Move the generation on *before* the first write. A sync killed after writing complete
    records but before its final stamp would otherwise leave the old generation, the next
    sync would find nothing to do, and every cache keyed on the generation (BM25) would go
    on serving the old chunks. The final stamp moves it once more."""
    if not changed:
        return meta
    generation = int(meta.get("generation", 0)) + 1
    store.set_meta(generation=generation)
    return {**meta, "generation": generation}


def _check_model(store: Store, model_name: str) -> dict[str, Any]:
    meta = store.meta()
    if meta.get("model") and meta["model"] != model_name:
        raise IndexUnavailable(f"index at {store.location} was built with model {meta['model']!r}, settings use {model_name!r}; rebuild with `assistant index --rebuild`")
    return meta


def _diff(loaded: Loaded, registry: dict[str, DocRecord], exclusive: bool, report: SyncReport) -> _Plan:
    """What to write and what to remove; load errors and refused uploads go to the report."""
    items, refused = refuse_claimed_ids(loaded.items, registry)
    report.errors = [e for e in loaded.errors if not e.warning] + refused
    report.warnings = [e for e in loaded.errors if e.warning]
    # A document counts as unchanged only if it still comes from the same file: the
    # registry's root/path decide what a failed or deleted file keeps or loses.
    todo = [item for item in items if not ((old := registry.get(item.doc.doc_id)) and old.complete and old.hash == item.hash and (old.root, old.path) == (item.root, item.path))]
    report.unchanged = len(items) - len(todo)
    present = {item.doc.doc_id for item in items}
    # Removed: registry documents from a synced folder whose file is gone or no longer
    # yields them -- unless that file failed to load (then nothing of it is dropped).
    stale = [
        r.doc_id
        for r in registry.values()
        if (exclusive or r.root in loaded.roots) and r.doc_id not in present and (r.root, r.path) not in loaded.failed_files
    ]
    # Incomplete leftovers of an interrupted run whose source is not being synced now
    # stay pending until their folder is synced again; they are never served half-done.
    return _Plan(todo, stale, bool(todo or stale))


def _apply(plan: _Plan, store: Store, registry: dict[str, DocRecord], settings: Settings, embedder, meta: dict[str, Any], report: SyncReport, progress) -> Any:
    """Write the plan in the crash-safe order; returns the embedder (loaded only if needed)."""
    tag(plan.todo)
    todo = _rewrite_metadata_only(store, plan.todo, registry, report)
    if todo:
        embedder = embedder or _load_embedder(settings)
        if not meta.get("model"):
            store.set_meta(model=settings.embedding.model_id(), dimension=embedder.dimension, chunker=CHUNKER_VERSION, id_scheme=ID_SCHEME, encoder=encoder_of(settings, embedder))
        _embed_and_write(store, todo, registry, settings, embedder, report, progress)
    if plan.stale:
        store.delete_chunks(plan.stale)
        store.delete_records(plan.stale)
        report.removed = len(plan.stale)
    return embedder


def _stamp(store: Store, meta: dict[str, Any], model_name: str, embedder, changed: bool, registry: dict[str, DocRecord], report: SyncReport, encoder: str) -> None:
    """Index facts after a sync: a changed index gets a new generation (caches key on it)."""
    final = store.registry() if changed else registry
    generation = int(meta.get("generation", 0)) + 1 if changed or not meta.get("last_sync") else None
    dimension = getattr(embedder, "dimension", meta.get("dimension"))
    mark_synced(store, model_name, dimension, generation, len(final), sum(r.n_chunks for r in final.values() if r.complete), encoder if final else None)
    report.documents = len(final)
    report.chunks = store.count_chunks()


def mark_synced(store: Store, model_name: str, dimension: int | None, generation: int | None, documents: int, chunks: int, encoder: str | None = None) -> None:
    """The index facts a finished sync leaves: model, encoder, chunker and id scheme with a new
    ``generation`` (when given: the index changed), then the sync time and counts."""
    if generation is not None:
        store.set_meta(generation=generation, model=model_name, dimension=dimension, chunker=CHUNKER_VERSION, id_scheme=ID_SCHEME, encoder=encoder)
    store.set_meta(last_sync=datetime.now(timezone.utc).isoformat(timespec="seconds"), documents=documents, chunks=chunks)


def _migrate_ids(store: Store, meta: dict[str, Any], report: SyncReport) -> dict[str, Any]:
    """An index whose ids do not carry their origin (scheme 1) is rebuilt, never mixed."""
    old = meta.get("id_scheme", 1)
    return _cleared_unless(
        int(old) == ID_SCHEME, store, meta, report,
        lambda count: f"the index held {count} documents under ids without their source (id scheme {old}); it was cleared and is "
        f"rebuilt from the paths synced now with source-qualified ids (scheme {ID_SCHEME}). Sync any other folder it held again.",
    )


LEGACY_ENCODER = "torch/fp32"  # what built every index that predates the record


def encoder_of(settings: Settings, embedder=None) -> str:
    """The document encoder (backend/precision) whose vectors go in: the given model's, else the settings' choice."""
    if getattr(embedder, "encoder_id", None):
        return str(embedder.encoder_id)
    from assistant.embeddings.choice import resolve_documents

    return resolve_documents(settings.embedding).encoder_id


def _migrate_encoder(store: Store, meta: dict[str, Any], encoder: str, report: SyncReport) -> dict[str, Any]:
    """Vectors of another encoder (backend or precision) are never mixed in: rebuilt, as for an old id scheme."""
    from assistant.embeddings.choice import same_vectors

    built = str(meta.get("encoder") or LEGACY_ENCODER)
    return _cleared_unless(
        same_vectors(built, encoder), store, meta, report,
        lambda count: f"the index held {count} documents embedded with encoder {built!r}; the settings now use {encoder!r} (embedding.backend / "
        f"embedding.precision / embedding.document_backend), whose vectors must not be mixed with those. It was cleared and is rebuilt from the paths synced now. "
        "Sync any other folder it held again.",
    )


def _cleared_unless(compatible: bool, store: Store, meta: dict[str, Any], report: SyncReport, notice: Callable[[int], str]) -> dict[str, Any]:
    """An index that cannot take this sync's documents beside its own is cleared (the paths
    synced now rebuild it) with a notice; the generation counter goes on, so no cache of the
    old index is ever taken for the new one."""
    if compatible or store.count_chunks() == 0 and not store.registry():
        return meta
    count = len(store.registry())
    store.reset()
    report.notices.append(notice(count))
    return store.meta()


def _load_embedder(settings: Settings):
    from assistant.embeddings import get_embedder

    return get_embedder(settings.embedding)


def _rewrite_metadata_only(store: Store, todo: list[Prepared], registry: dict[str, DocRecord], report: SyncReport) -> list[Prepared]:
    """Documents whose provenance changed but not their text or title: rewrite metadata,
    keep the vectors. Returns the rest, which need embedding."""
    rest = []
    for item in todo:
        old = registry.get(item.doc.doc_id)
        if not (old and old.complete and old.embed_hash == item.embed_hash):
            rest.append(item)
            continue
        m = item.doc.metadata
        store.update_chunk_facts([chunk_id_for(old.doc_id, old.embed_hash, i) for i in range(old.n_chunks)], str(m.get("case_id")), int(m.get("year") or 0), str(m.get("kind", "")))
        store.put_records([registry_record(item, True, old.n_chunks)])
        report.updated += 1
    return rest


def _embed_and_write(store: Store, todo: list[Prepared], registry: dict[str, DocRecord], settings: Settings, embedder, report: SyncReport, progress) -> None:
    counter = counter_for(settings)
    prepared = [(item, prepare(item, counter, settings)) for item in todo]
    total = sum(len(chunks) for _, chunks in prepared)
    done = 0
    if progress:
        progress(0, total)
    for group in _groups(prepared, settings.index.group_chunks):
        chunks = [chunk for _, doc_chunks in group for chunk in doc_chunks]
        vectors = _embed(embedder, [ch.embed_text for ch in chunks], report, progress, done, total)
        done += len(chunks)
        by_doc: dict[str, list[list[float]]] = {}
        for chunk, vector in zip(chunks, vectors):
            by_doc.setdefault(chunk.doc_id, []).append(vector)
        try:
            _write_group(store, group, by_doc)
            written = group
        except Exception:  # noqa: BLE001 - find the record to blame; the others still go in
            written = [entry for entry in group if _write_alone(store, entry, by_doc, report)]
        for item, _ in written:
            if item.doc.doc_id in registry:
                report.updated += 1
            else:
                report.added += 1
    report.embedded = done


def _write_group(store: Store, group: list[tuple[Prepared, list[Chunk]]], vectors: dict[str, list[list[float]]]) -> None:
    """The crash-safe write order of the module docstring, for one group of documents."""
    ids = [item.doc.doc_id for item, _ in group]
    store.put_records([registry_record(item, False, len(chunks)) for item, chunks in group], texts={item.doc.doc_id: item.doc.text for item, _ in group})
    store.delete_chunks(ids, keep_hash={item.doc.doc_id: item.embed_hash for item, _ in group})
    chunks = [chunk for _, doc_chunks in group for chunk in doc_chunks]
    store.add_chunks(chunks, [v for item, _ in group for v in vectors.get(item.doc.doc_id, [])], {item.doc.doc_id: {**item.doc.metadata, "embed_hash": item.embed_hash} for item, _ in group})
    store.put_records([registry_record(item, True, len(chunks)) for item, chunks in group])


def _write_alone(store: Store, entry: tuple[Prepared, list[Chunk]], vectors: dict[str, list[list[float]]], report: SyncReport) -> bool:
    """Write one document of a failed group; on failure remove what it left and report it."""
    item, _ = entry
    try:
        _write_group(store, [entry], vectors)
        return True
    except Exception as exc:  # noqa: BLE001 - Chroma rejects a value: this record only
        with contextlib.suppress(Exception):
            store.delete_chunks([item.doc.doc_id])
            store.delete_records([item.doc.doc_id])
        report.errors.append(LoadError(item.display, f"record {local_id(item.doc.doc_id)!r} could not be written to the index ({type(exc).__name__}: {str(exc)[:160]}); skipped, everything else is indexed", item.doc.line))
        return False


def status(settings: Settings, store: Store | None = None) -> dict[str, Any]:
    """Documents, chunks, model and last sync of an index, plus any incomplete documents."""
    store = store or Store(settings)
    meta = store.meta()
    registry = store.registry()
    return {
        "index": store.location,
        "documents": len(registry),
        "chunks": store.count_chunks(),
        "model": meta.get("model", ""),
        "encoder": meta.get("encoder", LEGACY_ENCODER if meta.get("model") else ""),
        "dimension": meta.get("dimension"),
        "last_sync": meta.get("last_sync", ""),
        "generation": meta.get("generation", 0),
        "incomplete": sorted(r.doc_id for r in registry.values() if not r.complete),
        "kinds": dict(sorted({k: sum(1 for r in registry.values() if r.kind == k) for k in {r.kind for r in registry.values()}}.items())),
    }

