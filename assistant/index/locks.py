"""Who may write a local index folder, and when.

Two locks, both ``flock`` on files in the index folder (released by the kernel when a
process dies, even by ``kill -9``, so a crash never leaves a stale lock):

* ``sync_lock``: one sync at a time; a second sync in another process waits its turn.
* ``IndexOwner``: a serving app owns its index for its lifetime. Chroma's embedded client
  keeps the dense (HNSW) index in memory and does not see vectors another process adds,
  so a document added by ``assistant index`` while the app serves would reach the app's
  BM25 and registry but not its dense search. Rather than serve such a split view, the
  second writer is refused with "index in use by process N"; the app's own upload tab
  writes through the owner. A Chroma server (``index.chroma_host``) has one owner, the
  server, so neither lock applies there.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sys
from pathlib import Path
from typing import IO, Iterator

from assistant.config import Settings
from assistant.errors import IndexBusy

OWNER_FILE = ".owner.lock"
SYNC_FILE = ".sync.lock"


@contextlib.contextmanager
def sync_lock(settings: Settings) -> Iterator[None]:
    """One writer at a time per local index folder (a second sync waits)."""
    if settings.index.chroma_host:
        yield
        return
    settings.index.dir.mkdir(parents=True, exist_ok=True)
    with open(settings.index.dir / SYNC_FILE, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class IndexOwner:
    """Exclusive ownership of a local index folder: ``take()`` or raise ``IndexBusy``."""

    def __init__(self, settings: Settings, role: str):
        self.settings = settings
        self.role = role
        self.handle: IO[str] | None = None

    @property
    def path(self) -> Path:
        return Path(self.settings.index.dir) / OWNER_FILE

    def take(self) -> IndexOwner:
        if self.settings.index.chroma_host or self.handle is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise IndexBusy(
                f"index in use by {holder} at {self.settings.index.dir}; "
                "add files through the running app's 'Add case records' tab, or stop it first"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} ({self.role}: {' '.join(sys.argv[:3])})")
        handle.flush()
        self.handle = handle
        return self

    def release(self) -> None:
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.seek(0)
                self.handle.truncate()
                fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None

    def __enter__(self) -> IndexOwner:
        return self.take()

    def __exit__(self, *exc) -> None:
        self.release()
