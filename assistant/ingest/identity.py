"""Document identity: where a document came from is part of its id, so no source can
replace another's document.

A document id is ``<origin>:<local id>``. The local id is what the source itself calls the
document (a path relative to its folder, a PMCID, a JSONL record's ``id``); the origin
names the source: ``corpus`` (the shipped corpus folder), ``upload`` (files added in the
app), or ``<folder name>-<6 hex of its absolute path>`` for any other synced folder. Two
folders each holding ``pneumonia-case.txt`` therefore index two documents, and deleting
one of the files removes only its own.

Indexes written before ids carried their origin (scheme 1) are rebuilt by the next sync,
with a notice, never mixed with scheme-2 ids.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ID_SCHEME = 2
CORPUS = "corpus"
UPLOADS = "upload"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def origin_for(root: Path, corpus_dir: Path, uploads_dir: Path) -> str:
    """The origin name of a synced folder (``root`` is resolved by the caller)."""
    if root == corpus_dir.resolve():
        return CORPUS
    if root == uploads_dir.resolve():
        return UPLOADS
    digest = hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:6]
    return f"{_UNSAFE.sub('-', root.name).strip('-') or 'folder'}-{digest}"


def anchor_for(given: Path, corpus_dir: Path, uploads_dir: Path) -> Path:
    """The folder a given path's ids are relative to: the corpus or uploads folder when the
    path lies inside one (syncing ``corpus/seed/x.txt`` alone keeps the id it has when the
    whole corpus is synced), else the folder itself, or a lone file's parent."""
    given = given.resolve()
    for special in (corpus_dir.resolve(), uploads_dir.resolve()):
        if given == special or special in given.parents:
            return special
    return given if given.is_dir() else given.parent


def qualify(origin: str, local_id: str) -> str:
    return f"{origin}:{local_id}"


def local_id(doc_id: str) -> str:
    """The source's own name for a document (the part after the origin)."""
    origin, sep, rest = doc_id.partition(":")
    return rest if sep else doc_id


def origin_of(doc_id: str) -> str:
    origin, sep, _ = doc_id.partition(":")
    return origin if sep else ""
