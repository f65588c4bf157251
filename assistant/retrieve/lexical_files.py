"""The BM25 cache on disk: immutable segment folders, a tombstone file, and one manifest.

    bm25-<collection>/
      chunks.json            the manifest: generation, tokenizer, params, segment names,
                             tombstone and document-key file names (swapped in last)
      seg-<id>/              indptr/docs/tf/lengths.npy and terms.json (the postings),
                             ids/id_offsets/doc_codes/section_codes.npy and columns.json
                             (chunk ids, doc ids, sections: ``retrieve.columns``)
      dead-<id>.npy          positions of deleted chunks
      keys-<id>.json         what each document was indexed from

Every file is written once under a fresh name and fsynced before the manifest that names
it is replaced (``os.replace``), so a kill at any moment leaves the previous manifest and
everything it names intact. Files that neither the new nor the previous manifest names
(leftovers of a killed save) are removed after the swap once they are a few minutes old
(younger ones may be another process's save in flight); the previous manifest's files are
kept so that a reader that read it a moment ago can still open them.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from pathlib import Path
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.retrieve import bm25
from assistant.retrieve.columns import Codes, Strings
from assistant.text import tokens

MANIFEST = "chunks.json"
FORMAT = 3  # 3: .npy files, memory-mapped on load (2: postings.npz and per-chunk JSON)
LEFTOVER_AGE_S = 120  # an unnamed file younger than this may be another process's save in flight


def _write_json(path: Path, value: Any) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _named(manifest: dict[str, Any]) -> set[str]:
    return set(manifest.get("segments", [])) | {name for name in (manifest.get("dead"), manifest.get("keys")) if name}


def _read_manifest(folder: Path) -> dict[str, Any]:
    try:
        value = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        return value if isinstance(value, dict) else {}
    except (OSError, ValueError):
        return {}


@dataclass
class Saved:
    """What a manifest and the files it names hold (``LexicalIndex.load`` wraps it)."""

    chunk_ids: Strings
    doc_ids: Codes
    sections: Codes
    model: bm25.Postings | None
    keys: dict[str, str]
    names: list[str | None]
    generation: int


def save(index: Any, folder: Path, generation: int, params: str) -> None:
    """Write ``index`` (a ``LexicalIndex``) as ``generation``; its ``names`` learn the new segment folders."""
    shutil.rmtree(folder.with_name(folder.name + ".tmp"), ignore_errors=True)  # the pre-segment format's leftover
    folder.mkdir(parents=True, exist_ok=True)
    previous = _read_manifest(folder)
    segments = index.model.segments if index.model is not None else []
    start = 0
    for i, segment in enumerate(segments):
        name = index.names[i]
        if name is None or not (folder / name / "columns.json").is_file():
            name = f"seg-{uuid.uuid4().hex}"
            segment.save(folder / name)
            rows = np.arange(start, start + segment.size)
            _save_columns(folder / name, index.chunk_ids.take(rows), index.doc_ids.take(rows), index.sections.take(rows))
            index.names[i] = name
        start += segment.size
    dead = None
    if index.model is not None and not index.model.alive.all():
        dead = f"dead-{uuid.uuid4().hex}.npy"
        with open(folder / dead, "wb") as f:
            np.save(f, np.flatnonzero(~index.model.alive))
            f.flush()
            os.fsync(f.fileno())
    keys = f"keys-{uuid.uuid4().hex}.json"
    _write_json(folder / keys, index.keys)
    manifest = {
        "format": FORMAT, "generation": generation, "tokenizer": tokens.TOKENIZER_VERSION, "params": params,
        "k1": index.model.k1 if index.model else None, "b": index.model.b if index.model else None,
        "segments": list(index.names), "dead": dead, "keys": keys, "chunks": len(index.chunk_ids), "live": index.size,
    }  # fmt: skip
    _fsync_dir(folder)
    _write_json(folder / (MANIFEST + ".next"), manifest)
    os.replace(folder / (MANIFEST + ".next"), folder / MANIFEST)
    _fsync_dir(folder)
    keep = _named(manifest) | _named(previous) | {MANIFEST}
    for entry in folder.iterdir():
        if entry.name not in keep and time.time() - entry.stat().st_mtime > LEFTOVER_AGE_S:
            shutil.rmtree(entry, ignore_errors=True) if entry.is_dir() else entry.unlink(missing_ok=True)


def load(folder: Path, params: str) -> Saved | None:
    """What the manifest names, or None when it is missing, unreadable, of another format,
    tokenizer or BM25 parameters."""
    info = _read_manifest(folder)
    if info.get("format") != FORMAT or info.get("tokenizer") != tokens.TOKENIZER_VERSION or info.get("params", "") != params:
        return None
    try:
        segments, columns = [], []
        for name in info["segments"]:
            segments.append(bm25.Segment.load(folder / name))
            columns.append(_load_columns(folder / name))
            if any(len(c) != segments[-1].size for c in columns[-1]):
                return None
        chunk_ids, doc_ids, sections = (cls.concat([c[k] for c in columns]) for k, cls in enumerate((Strings, Codes, Codes)))
        alive = np.ones(len(chunk_ids), dtype=bool)
        if info.get("dead"):
            alive[np.load(folder / info["dead"])] = False
        keys = json.loads((folder / info["keys"]).read_text(encoding="utf-8")) if info.get("keys") else {}
        generation = int(info["generation"])
    except (OSError, ValueError, KeyError, IndexError, TypeError):
        return None
    if not alive.all():
        doc_ids, sections = doc_ids.blanked(~alive), sections.blanked(~alive)
    model = bm25.Postings(segments, alive, float(info["k1"]), float(info["b"])) if segments else None
    return Saved(chunk_ids, doc_ids, sections, model, keys, list(info["segments"]), generation)


def _save_columns(folder: Path, chunk_ids: Strings, doc_ids: Codes, sections: Codes) -> None:
    """A segment's chunk ids, doc ids and sections; ``columns.json`` last (it marks the folder complete)."""
    arrays = {"ids": chunk_ids.blob, "id_offsets": chunk_ids.offsets, "doc_codes": doc_ids.codes, "section_codes": sections.codes}
    for name, array in arrays.items():
        bm25.save_array(folder / f"{name}.npy", array)
    _write_json(folder / "columns.json", {"doc_ids": doc_ids.values, "sections": sections.values})


def _load_columns(folder: Path) -> tuple[Strings, Codes, Codes]:
    values = json.loads((folder / "columns.json").read_text(encoding="utf-8"))
    arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in ("ids", "id_offsets", "doc_codes", "section_codes")}
    codes = [np.asarray(arrays[name], dtype=np.int32) for name in ("doc_codes", "section_codes")]
    for code, kind in zip(codes, ("doc_ids", "sections")):
        if len(code) and int(code.max()) >= len(values[kind]):
            raise ValueError(f"segment {folder}: {kind} codes out of range")
    return Strings(arrays["ids"], arrays["id_offsets"]), Codes(values["doc_ids"], codes[0]), Codes(values["sections"], codes[1])
