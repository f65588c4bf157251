"""The ingest orchestrator: paths in, documents ready to diff out, and chunks on demand.

``load_paths`` discovers the files under the given paths, loads each with its loader
(records are validated there), applies the folder's ``MANIFEST.json``, qualifies every
id with its origin (see ``identity``) and hashes each document. ``tag`` adds the filter
tags and ``prepare`` chunks one document. The index layer (``assistant.index.sync``)
calls these and only diffs and writes; uploads, the CLI and the benchmarks go through
the same functions, so every path in produces the same documents, ids, hashes and chunks.

A file the caller has loaded already (an upload checked before it is copied) is passed
in ``preloaded`` and is not read again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NamedTuple

from assistant.config import Settings
from assistant.ingest.chunking import CHUNKER_VERSION, TokenCounter, chunk_document, embedding_hash, record_hash, token_counter
from assistant.ingest.deid import deidentifier_for
from assistant.ingest.discover import discover
from assistant.ingest.identity import anchor_for, local_id, origin_for, qualify
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, load_file
from assistant.ingest.tags import TAGS_VERSION, enrich
from assistant.models import Chunk, Document, LoadError, LoadResult

MANIFEST_NAME = "MANIFEST.json"


@dataclass
class Prepared:
    """One loaded document with where it came from and its hashes: what the index diffs."""

    doc: Document
    path: str  # the file, relative to ``root``
    root: str  # the synced folder the id is relative to
    hash: str  # the whole record (text, title, sections, metadata, settings)
    embed_hash: str  # what shapes the vectors only
    origin: str = ""
    display: str = ""  # the file as the user named it, for error messages


class Loaded(NamedTuple):
    """What ``load_paths`` found: documents, errors, synced roots, and files that failed."""

    items: list[Prepared]
    errors: list[LoadError]
    roots: set[str]  # folders synced whole: their documents whose file is gone are removed
    failed_files: set[tuple[str, str]]  # (root, path) of files that failed: they keep what they had


def read_manifest(root: Path) -> dict[str, dict[str, Any]]:
    """Per-document provenance (title, source, license, case_id) from ``MANIFEST.json`` if present."""
    manifest = root / MANIFEST_NAME
    if not manifest.is_file():
        return {}
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return {e["id"]: e for e in entries.get("documents", [])}


def apply_manifest(doc: Document, entry: dict[str, Any] | None) -> Document:
    if entry:
        doc.title = entry.get("title") or doc.title
        for key in ("source", "license", "case_id"):
            if entry.get(key):
                doc.metadata[key] = entry[key]
        if entry.get("year"):
            doc.metadata["year"] = int(entry["year"])
    return doc


def settings_key(settings: Settings, model_name: str) -> str:
    """Everything in the settings that shapes the chunks and vectors (part of ``embed_hash``)."""
    c = settings.chunking
    # The trailing "1" was the tags version (now in the record hash, see ``_take``); kept so
    # that indexes built before keep their embedding hashes and are re-tagged, not re-embedded.
    key = f"{model_name}|{c.max_tokens}|{c.header_tokens}|{c.overlap_sentences}|{settings.embedding.window_tokens}|{CHUNKER_VERSION}|1"
    return key + ("|paragraphs" if c.paragraphs else "")  # appended only when on: other indexes keep their hashes


def max_file_bytes(settings: Settings) -> int:
    return int(settings.index.max_file_mb * 1e6)


def load_one(path: Path, rel: str, settings: Settings) -> LoadResult:
    """One file through its loader, under the size limit; ``rel`` names it in errors and ids."""
    return load_file(path, rel, max_file_bytes(settings))


def load_paths(paths: list[Path], settings: Settings, key: str, preloaded: Mapping[Path, LoadResult] | None = None) -> Loaded:
    """Load everything under ``paths``: documents, errors, synced roots, and files that failed.

    Ids are qualified with their origin (see ``identity``): ``corpus:PMC11342857``,
    ``upload:notes.txt``, ``cases-3fa9c1:pneumonia-case.txt``. ``preloaded`` maps resolved
    file paths to the ``load_one`` result the caller already has (used instead of reading)."""
    out = Loaded([], [], set(), set())
    seen: dict[str, str] = {}
    corpus_dir, uploads_dir = Path(settings.paths.corpus_dir), settings.index.uploads_dir
    for given in paths:
        given = given.resolve()
        if not given.exists():
            out.errors.append(LoadError(str(given), "no such file or folder"))
            continue
        root = anchor_for(given, corpus_dir, uploads_dir)
        origin = origin_for(root, corpus_dir, uploads_dir)
        manifest = read_manifest(root)
        scrub = deidentifier_for(origin, settings)  # uploads by default: identifiers out before anything is hashed or indexed
        found: list[LoadError] = []
        for file, _ in discover(given, found):
            if file.suffix.lower() not in SUPPORTED_SUFFIXES and file != given:
                continue  # skipped quietly in a folder; a file named on its own gets an error
            rel = file.relative_to(root).as_posix()
            result = (preloaded or {}).get(file)
            result = load_one(file, rel, settings) if result is None else result
            _take(out, result, file, rel, root, origin, manifest, seen, key, scrub)
        out.errors.extend(found)
        # Synced whole, its documents whose file is gone are removed -- unless part of the
        # folder could not be read (a dangling link, a permission): then nothing is removed.
        if given == root and not found:
            out.roots.add(str(root))
    return out


def _take(out: Loaded, result: LoadResult, file: Path, rel: str, root: Path, origin: str, manifest: dict, seen: dict[str, str], key: str, scrub: Callable[[Document], Document] | None = None) -> None:
    """One file's load result into ``out``: manifest applied, de-identified (``scrub``), ids qualified, duplicates refused."""
    display = str(file)
    out.errors.extend(LoadError(display, e.error, e.line, e.warning) for e in result.errors)
    if any(not e.warning for e in result.errors):
        out.failed_files.add((str(root), rel))
    for doc in result.documents:
        doc = apply_manifest(doc, manifest.get(doc.doc_id))
        doc = scrub(doc) if scrub is not None else doc
        doc.doc_id = qualify(origin, doc.doc_id)
        doc.metadata.setdefault("case_id", doc.doc_id)
        if doc.doc_id in seen:
            out.errors.append(LoadError(display, f"duplicate document id {local_id(doc.doc_id)!r} (also in {seen[doc.doc_id]})", doc.line))
            continue
        seen[doc.doc_id] = display
        embed = embedding_hash(doc, key)
        # The tag rules' version is part of the record, not of the vectors: new rules re-tag
        # every document on the next sync (a metadata rewrite) and re-embed none.
        out.items.append(Prepared(doc, rel, str(root), record_hash(doc, f"{embed}|tags {TAGS_VERSION}"), embed, origin, display))


def tag(items: Iterable[Prepared]) -> None:
    """Add the filter tags (diagnoses, drugs, year) to documents that are (re)indexed.

    Run only on those, so an unchanged re-sync never pays for it; before ``prepare``."""
    for item in items:
        item.doc.metadata = enrich(item.doc.metadata, item.doc.text, item.doc.sections)


def counter_for(settings: Settings) -> TokenCounter:
    """The embedding model's own tokenizer, which ``prepare`` measures chunks with."""
    return token_counter(settings.embedding.resolved_model_path())


def chunk(doc: Document, embed_hash: str, counter: TokenCounter, settings: Settings) -> list[Chunk]:
    """A document's chunks with the configured budgets (``chunk_document`` with the settings)."""
    c = settings.chunking
    return chunk_document(doc, embed_hash, counter, max_tokens=c.max_tokens, header_tokens=c.header_tokens, overlap=c.overlap_sentences, window=settings.embedding.window_tokens, paragraphs=c.paragraphs)


def prepare(item: Prepared, counter: TokenCounter, settings: Settings) -> list[Chunk]:
    """The chunks of one loaded document, ready to embed; ids derive from its ``embed_hash``."""
    return chunk(item.doc, item.embed_hash, counter, settings)
