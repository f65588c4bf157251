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

from assistant.models import InputError

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


CASE_ID_MAX = 80
_CASE_ID = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?")


def check_case_id(value: str) -> str:
    """A case id a person typed (upload field, front matter), or ``InputError`` saying why not.

    Case ids group documents into one case and are shown in filters and URLs, so they are
    safe slugs: letters, digits, ``.``, ``_`` and ``-``, starting and ending with a letter or
    digit, at most 80 characters. A ``:`` would read as a document id's origin, a ``/`` as a
    path, spaces and other characters do not survive being typed back into a filter."""
    value = (value or "").strip()
    if not value:
        raise InputError("case id is empty")
    if len(value) > CASE_ID_MAX:
        raise InputError(f"case id is {len(value)} characters long; at most {CASE_ID_MAX}")
    if not _CASE_ID.fullmatch(value):
        bad = sorted({c for c in value if not (c.isascii() and (c.isalnum() or c in "._-"))})
        why = f"it contains {' '.join(repr(c) for c in bad)}" if bad else "it must start and end with a letter or digit"
        raise InputError(f"case id {value!r} is not a safe id ({why}); use letters, digits, '.', '_' and '-', e.g. okapi-keeper-2024")
    return value
