"""Find the files a sync should load, and say why any could not be reached.

The ingest layer discovers and loads; the index layer only diffs and writes. A folder is
walked in sorted order. Hidden names (a leading dot) and ``SKIPPED_NAMES`` are skipped
quietly, as are files whose suffix no loader reads (``load_paths`` filters those).
Symbolic links are followed, to files and folders, also outside the root; each folder's
real path is remembered, so a link back to an ancestor (a loop) or a second way into a
folder already walked is reported and not walked again. A dangling link, a folder that
cannot be listed, and a FIFO, socket or device with a document's name (reading it could
block forever) are reported too: a problem the user cannot see is a document silently
missing from the index. Files that exist but cannot be read are left to the loader,
which reports them when it opens them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator

from assistant.ingest.loaders import SKIPPED_NAMES, SUPPORTED_SUFFIXES
from assistant.models import LoadError


def discover(path: Path, errors: list[LoadError] | None = None) -> Iterator[tuple[Path, Path]]:
    """``(file, root)`` pairs: a folder yields its files, a file itself; problems go to ``errors``.

    ``errors`` is filled while the generator runs, so read it after iterating.
    """
    errors = [] if errors is None else errors
    if path.is_dir():
        yield from _walk(path, path, {os.path.realpath(path): path}, [os.path.realpath(path)], errors)
    elif path.is_file():
        yield path, path.parent
    else:
        try:
            errors.append(LoadError(str(path), f"not a regular file ({_kind(os.stat(path).st_mode)})"))
        except OSError as exc:
            errors.append(LoadError(str(path), _unfollowable(path, exc)))


def _walk(folder: Path, root: Path, visited: dict[str, Path], chain: list[str], errors: list[LoadError]) -> Iterator[tuple[Path, Path]]:
    """Depth first in name order, so the order matches sorting the full paths."""
    try:
        with os.scandir(folder) as scan:
            names = sorted(entry.name for entry in scan)
    except OSError as exc:
        errors.append(LoadError(str(folder), f"cannot read folder ({exc.strerror or exc})"))
        return
    for name in names:
        if name.startswith("."):
            continue
        entry = folder / name
        try:
            mode = os.stat(entry).st_mode  # follows links
        except OSError as exc:
            if _wanted(name):
                errors.append(LoadError(str(entry), _unfollowable(entry, exc)))
            continue
        if stat.S_ISDIR(mode):
            yield from _enter(entry, root, visited, chain, errors)
        elif stat.S_ISREG(mode):
            if name not in SKIPPED_NAMES:
                yield entry, root
        elif _wanted(name):
            errors.append(LoadError(str(entry), f"not a regular file ({_kind(mode)}); skipped"))


def _enter(folder: Path, root: Path, visited: dict[str, Path], chain: list[str], errors: list[LoadError]) -> Iterator[tuple[Path, Path]]:
    """Walk a subfolder unless its real path is an ancestor (a loop) or was walked already."""
    real = os.path.realpath(folder)
    if real in chain:
        errors.append(LoadError(str(folder), f"symbolic link loop: points back to {visited[real]}; skipped"))
        return
    if real in visited:
        errors.append(LoadError(str(folder), f"folder already included as {visited[real]}; skipped"))
        return
    visited[real] = folder
    chain.append(real)
    try:
        yield from _walk(folder, root, visited, chain, errors)
    finally:
        chain.pop()


def _wanted(name: str) -> bool:
    """A name a document (or a folder of them) could have; other names are not our business."""
    suffix = Path(name).suffix.lower()
    return suffix == "" or suffix in SUPPORTED_SUFFIXES


def _unfollowable(path: Path, exc: OSError) -> str:
    """Why ``os.stat(path)`` failed, in words: a dangling link, a link cycle, or the OS reason."""
    reason = exc.strerror or str(exc)
    if not path.is_symlink():
        return f"cannot read ({reason})"
    if isinstance(exc, FileNotFoundError):
        return f"dangling symbolic link: its target {os.readlink(path)} does not exist"
    return f"cannot follow symbolic link ({reason})"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "an unknown kind"
