"""Discovery on real folders: symbolic links (loops, dangling, outside the root), hidden
and skipped names, special files and unreadable folders; and that its problems reach
``load_paths``'s errors while unsupported suffixes stay quiet."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.ingest.identity import local_id
from assistant.ingest.pipeline import load_paths, settings_key
from assistant.ingest import discover as discover_module
from assistant.ingest.discover import discover
from assistant.models import LoadError

from .conftest import make_settings


def write(path: Path, text: str = "A case.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Discovered files relative to ``path`` and problems as ``(relative path, message)``."""
    errors: list[LoadError] = []
    files = [file.relative_to(root).as_posix() for file, root in discover(path, errors)]
    return files, [(Path(e.path).relative_to(path).as_posix(), e.error) for e in errors]


def test_folder_in_sorted_order_hidden_and_skipped_names_left_out(tmp_path):
    for rel in ["b.txt", "a/z.md", "a.txt", "a/b/c.csv", ".hidden.txt", ".git/config.txt", "a/.cache/x.txt", "MANIFEST.json", "sub/README.md", "notes.tiff"]:
        write(tmp_path / rel)
    files, problems = run(tmp_path)
    assert files == ["a/b/c.csv", "a/z.md", "a.txt", "b.txt", "notes.tiff"]  # suffixes are load_paths' business
    assert problems == []
    # the same order as sorting full paths (what the sync compared before the walk was its own)
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(tmp_path).parts) and p.name not in {"MANIFEST.json", "README.md"})
    assert files == [p.relative_to(tmp_path).as_posix() for p in expected]


def test_a_single_file_is_its_own_root(tmp_path):
    file = write(tmp_path / "one.txt")
    errors: list[LoadError] = []
    assert list(discover(file, errors)) == [(file, tmp_path)] and errors == []


def test_symlink_loop_to_an_ancestor_is_reported_and_not_walked(tmp_path):
    root = tmp_path / "corpus"
    write(root / "cases" / "a.txt")
    (root / "cases" / "back").symlink_to(root, target_is_directory=True)
    (root / "cases" / "self").symlink_to(root / "cases")
    files, problems = run(root)
    assert files == ["cases/a.txt"]
    assert problems == [
        ("cases/back", f"symbolic link loop: points back to {root}; skipped"),
        ("cases/self", f"symbolic link loop: points back to {root / 'cases'}; skipped"),
    ]


def test_a_second_way_into_a_walked_folder_is_reported_once(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a" / "x.txt")
    (root / "b").symlink_to(root / "a")
    files, problems = run(root)
    assert files == ["a/x.txt"]
    assert problems == [("b", f"folder already included as {root / 'a'}; skipped")]


def test_links_to_a_file_and_a_folder_outside_the_root_are_followed(tmp_path):
    outside = tmp_path / "elsewhere"
    write(outside / "case.txt")
    write(outside / "more" / "m.md")
    root = tmp_path / "corpus"
    write(root / "own.txt")
    (root / "linked.txt").symlink_to(outside / "case.txt")
    (root / "linked-folder").symlink_to(outside / "more")
    files, problems = run(root)
    assert files == ["linked-folder/m.md", "linked.txt", "own.txt"] and problems == []


def test_dangling_and_cyclic_links_are_reported_unless_hidden_or_not_a_document_name(tmp_path):
    root = tmp_path / "corpus"
    write(root / "ok.txt")
    (root / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    (root / "gone-folder").symlink_to(tmp_path / "no-such-folder")
    (root / ".#lock.txt").symlink_to(tmp_path / "editor-lock")  # editor lock files are hidden
    (root / "old.tiff").symlink_to(tmp_path / "old.tiff")  # not a document name
    (root / "cycle.md").symlink_to(root / "cycle.md")
    files, problems = run(root)
    assert files == ["ok.txt"]
    assert problems == [
        ("cycle.md", "cannot follow symbolic link (Too many levels of symbolic links)"),
        ("gone-folder", f"dangling symbolic link: its target {tmp_path / 'no-such-folder'} does not exist"),
        ("gone.txt", f"dangling symbolic link: its target {tmp_path / 'moved-away.txt'} does not exist"),
    ]


def test_a_fifo_with_a_document_name_is_reported_not_yielded(tmp_path):
    """Reading a FIFO would block the sync forever; as root, a FIFO is our unreadable file."""
    write(tmp_path / "ok.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.log")
    files, problems = run(tmp_path)
    assert files == ["ok.txt"]
    assert problems == [("pipe.txt", "not a regular file (a FIFO); skipped")]
    errors: list[LoadError] = []
    assert list(discover(tmp_path / "pipe.txt", errors)) == []
    assert [e.error for e in errors] == ["not a regular file (a FIFO)"]


def test_an_unreadable_folder_is_reported_and_the_rest_walked(tmp_path, monkeypatch):
    write(tmp_path / "locked" / "secret.txt")
    write(tmp_path / "open" / "case.txt")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(discover_module.os, "scandir", scandir)
    files, problems = run(tmp_path)
    assert files == ["open/case.txt"]
    assert problems == [("locked", "cannot read folder (Permission denied)")]


def test_load_paths_reports_discovery_problems_and_stays_quiet_about_other_suffixes(tmp_path):
    root = tmp_path / "corpus"
    write(root / "case.txt", "A 40-year-old woman with fever.\n")
    write(root / "scan.tiff", "not a document")
    (root / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (root / "loop").symlink_to(root)
    settings = make_settings(tmp_path / "index")
    loaded, errors, roots, _ = load_paths([root], settings, settings_key(settings, "test-model"))
    assert [local_id(item.doc.doc_id) for item in loaded] == ["case.txt"]
    assert roots == set(), "part of the folder was unreadable: nothing of it may be removed as stale"
    assert [str(e) for e in errors] == [
        f"{root / 'gone.txt'}: dangling symbolic link: its target {tmp_path / 'missing.txt'} does not exist",
        f"{root / 'loop'}: symbolic link loop: points back to {root}; skipped",
    ]

