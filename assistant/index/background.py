"""Index the corpus in the background while the app already serves.

``serve`` used to embed the whole corpus before showing the page (minutes on a laptop).
``BackgroundIndexer`` instead runs in a thread of the serving process:

1. the *first* folders (``paths.first_dirs``, the seed case) are synced on their own, so
   the seed case answers seconds after start;
2. every other document is synced in *slices* of documents, each an ordinary ``sync`` of
   those files with their documents passed in ``preloaded`` (one ``sync`` of a file's
   subset keeps the ids, hashes and crash-safe write order of a whole sync; a folder is
   never named, so nothing is removed by a slice). After each slice the caller's ``sync``
   makes the new documents searchable (a new index generation: the BM25 cache follows),
   and the write lock is free for an upload between two slices. Slices are sized by time
   (about ``index.background_slice_s`` each), so the BM25 refresh after a slice stays a
   small share of the work whatever the encoder's speed;
3. a final sync of all the paths removes what disappeared, reports load errors and
   stamps the index, exactly as a sync before serving would have.

Crash safety is ``sync``'s: a kill at any moment leaves documents that are either complete
or pending, and the next start finishes them. The serving process owns the index folder
(``locks.IndexOwner``) for its lifetime, so this thread writes under that ownership.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Callable, Mapping

from assistant.config import Settings
from assistant.index.sync import SyncReport
from assistant.ingest.discover import discover
from assistant.ingest.identity import anchor_for
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.ingest.pipeline import load_one
from assistant.models import Document, LoadResult

SyncFn = Callable[..., SyncReport]  # ``Assistant.sync(paths, progress=..., preloaded=...)``


class Stopped(Exception):
    """Raised inside a sync (from its progress callback, between two model batches) to stop it."""


@dataclass(frozen=True)
class IndexingStatus:
    """Where background indexing stands; what the UI status line and answers report."""

    state: str = "starting"  # starting | indexing | ready | failed | stopped
    documents_total: int = 0  # documents found in the synced paths (0 until counted)
    documents_indexed: int = 0  # searchable now
    chunks_indexed: int = 0  # searchable now
    chunks_embedding: tuple[int, int] = (0, 0)  # the slice being embedded: (done, total)
    seed_ready: bool = False
    seconds: float = 0.0
    error: str = ""

    @property
    def running(self) -> bool:
        return self.state in ("starting", "indexing")

    @property
    def percent(self) -> int:
        if not self.documents_total:
            return 0
        return min(100, int(100 * self.documents_indexed / self.documents_total))

    def to_dict(self) -> dict:
        out = asdict(self)
        out["chunks_embedding"] = list(self.chunks_embedding)
        return {**out, "running": self.running, "percent": self.percent}

    def line(self) -> str:
        """One status line for people: the page's status bar and the terminal."""
        if self.state == "stopped":
            return f"Indexing stopped at {self.documents_indexed:,} / {self.documents_total:,} documents; the next start finishes it."
        if self.state == "failed":
            return f"Background indexing failed: {self.error}. The app answers from what was indexed; restart it to retry."
        if self.state == "ready":
            return f"Index ready: {self.documents_indexed:,} documents, {self.chunks_indexed:,} chunks (indexed in {self.seconds:.0f} s)."
        if not self.documents_total:
            return "Indexing: reading the case records…"
        seed = " — seed case ready" if self.seed_ready else " — indexing the seed case first"
        done, total = self.chunks_embedding
        now = f"; embedding {done:,} / {total:,} chunks of the next batch" if total else ""
        return (
            f"Indexing {self.documents_indexed:,} / {self.documents_total:,} documents "
            f"({self.chunks_indexed:,} chunks searchable, {self.percent}%){seed}{now}."
        )

    def notice(self) -> str:
        """The notice an answer carries while the index is still being built."""
        return (
            f"The corpus is still being indexed: {self.documents_indexed:,} of {self.documents_total or '?'} documents "
            f"({self.percent}%, {self.chunks_indexed:,} chunks) are searchable so far, and this answer comes only from them."
        )


@dataclass
class _Part:
    """Some documents of one file, synced together in a slice."""

    file: Path
    documents: list[Document]


class BackgroundIndexer:
    """``start()`` a daemon thread that syncs ``paths`` (first folders first) through ``sync_fn``.

    ``after_seed`` is called once the first folders are searchable, before anything else is
    indexed: tests pass a wait there to hold the rest back deterministically.
    ``on_change`` gets every new status (the terminal prints it)."""

    def __init__(
        self,
        settings: Settings,
        sync_fn: SyncFn,
        paths: list[Path],
        after_seed: Callable[[], object] | None = None,
        on_change: Callable[[IndexingStatus], None] | None = None,
    ):
        self.settings = settings
        self.sync_fn = sync_fn
        self.paths = [Path(p) for p in paths]
        self.after_seed = after_seed
        self.on_change = on_change
        self.report: SyncReport | None = None  # the final sync's report
        self._status = IndexingStatus()
        self._lock = threading.Lock()
        self._started = 0.0
        self.thread = threading.Thread(target=self._run, name="background-indexer", daemon=True)
        self.done = threading.Event()
        self._stop = threading.Event()

    def status(self) -> IndexingStatus:
        with self._lock:
            status = self._status
        return replace(status, seconds=status.seconds if not status.running else time.monotonic() - self._started)

    def start(self) -> BackgroundIndexer:
        self._started = time.monotonic()
        self.thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def request_stop(self) -> None:
        """Ask the thread to stop at the next model batch or slice; ``sync``'s write order keeps
        the index consistent, and the next start finishes it."""
        self._stop.set()

    def stop(self, timeout: float = 30.0) -> bool:
        """``request_stop`` and wait; True once the thread has ended (the server shutting down)."""
        self.request_stop()
        return self.wait(timeout)

    # -- the thread --------------------------------------------------------------------
    def _set(self, **changes) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)
            status = self._status
        if self.on_change is not None:
            self.on_change(status)

    def _run(self) -> None:
        try:
            parts = self.parts()
            self._set(state="indexing", documents_total=sum(len(p.documents) for p in parts))
            first = self.first_paths()
            if first:
                self._synced(self.sync_fn(first), seed_ready=True)
            self._set(seed_ready=True)
            if self.after_seed is not None:
                self.after_seed()
            self._slices(parts)
            if self._stop.is_set():
                raise Stopped
            self.report = self.sync_fn(self.paths)
            self._synced(self.report)
            self._set(state="ready", documents_total=self.report.documents, seconds=time.monotonic() - self._started, chunks_embedding=(0, 0))
        except Stopped:
            self._set(state="stopped", chunks_embedding=(0, 0), seconds=time.monotonic() - self._started)
        except Exception as exc:  # noqa: BLE001 - the app keeps serving what is indexed; the status says why
            self._set(state="failed", error=f"{type(exc).__name__}: {exc}"[:300], seconds=time.monotonic() - self._started)
        finally:
            self.done.set()

    def _synced(self, report: SyncReport, **changes) -> None:
        total = max(self._status.documents_total, report.documents)  # an index may hold more than these paths (other folders)
        self._set(documents_indexed=report.documents, documents_total=total, chunks_indexed=report.chunks, chunks_embedding=(0, 0), **changes)

    def first_paths(self) -> list[Path]:
        """The first folders (``paths.first_dirs`` under the corpus) that exist and are synced now."""
        corpus = Path(self.settings.paths.corpus_dir).resolve()
        synced = [p.resolve() for p in self.paths]
        first = [(corpus / name).resolve() for name in self.settings.paths.first_dirs]
        return [p for p in first if p.is_dir() and any(p == s or s in p.parents for s in synced)]

    def parts(self) -> list[_Part]:
        """Every document of the synced paths, file by file, loaded once (errors are left to
        the final sync, which reads the files again and reports them)."""
        corpus, uploads = Path(self.settings.paths.corpus_dir), self.settings.index.uploads_dir
        parts = []
        for given in self.paths:
            if not given.exists():
                continue
            anchor = anchor_for(given, corpus, uploads)
            for file, _ in discover(given.resolve()):
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    result = load_one(file, file.relative_to(anchor).as_posix(), self.settings)
                    if result.documents:
                        parts.append(_Part(file.resolve(), result.documents))
        return parts

    def _slices(self, parts: list[_Part]) -> None:
        """Sync the documents slice by slice, each slice sized to take about ``background_slice_s``."""
        queue = [(part.file, doc) for part in parts for doc in part.documents]
        size, target = 4, self.settings.index.background_slice_s
        while queue and not self._stop.is_set():
            chunk, queue = queue[:size], queue[size:]
            started = time.monotonic()
            self._synced(self.sync_fn(sorted({f for f, _ in chunk}), progress=self._embedding, preloaded=preload(chunk)))
            elapsed = max(time.monotonic() - started, 1e-3)
            size = max(1, min(size * 2, round(size * target / elapsed)))

    def _embedding(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Stopped
        self._set(chunks_embedding=(done, total))


def preload(chunk: list[tuple[Path, Document]]) -> Mapping[Path, LoadResult]:
    """``sync``'s ``preloaded``: each file's documents of this slice, as if the file held only them."""
    out: dict[Path, LoadResult] = {}
    for file, doc in chunk:
        out.setdefault(file, LoadResult()).documents.append(doc)
    return out
