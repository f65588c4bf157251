"""Who may write a local index folder: ``IndexOwner`` (a serving app owns its folder; a
second writer gets ``IndexBusy`` naming the owner) and ``sync_lock`` (one sync at a time).
Both are ``flock`` on files in the folder; neither applies with a Chroma server."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import IndexBusy
from assistant.index.locks import OWNER_FILE, SYNC_FILE, IndexOwner, sync_lock

REPO = Path(__file__).resolve().parents[1]

# A second process that tries to own the folder: prints "taken" or the IndexBusy message.
TRY_TAKE = """
import sys
from assistant.config import Settings
from assistant.errors import IndexBusy
from assistant.index.locks import IndexOwner
settings = Settings().with_overrides(**{"index.dir": sys.argv[1]})
try:
    IndexOwner(settings, "other").take()
except IndexBusy as exc:
    print("busy:", exc)
else:
    print("taken")
"""


def settings_for(folder: Path, **overrides) -> Settings:
    return Settings().with_overrides(**{"index.dir": folder, **overrides})


def try_take_elsewhere(folder: Path) -> str:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-c", TRY_TAKE, str(folder)], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


# -- IndexOwner ------------------------------------------------------------------------------


def test_take_creates_the_folder_and_writes_who_owns_it(tmp_path):
    folder = tmp_path / "new" / "index"
    owner = IndexOwner(settings_for(folder), "assistant serve")
    try:
        assert owner.take() is owner
        assert owner.path == folder / OWNER_FILE
        content = owner.path.read_text()
        assert content.startswith(f"process {os.getpid()} (assistant serve: ")
    finally:
        owner.release()


def test_a_second_process_is_refused_naming_this_pid(tmp_path):
    owner = IndexOwner(settings_for(tmp_path), "assistant serve").take()
    try:
        said = try_take_elsewhere(tmp_path)
    finally:
        owner.release()
    assert said.startswith(f"busy: index in use by process {os.getpid()} (assistant serve: ")
    assert str(tmp_path) in said and "'Add case records' tab" in said


def test_after_release_another_process_may_take_it(tmp_path):
    owner = IndexOwner(settings_for(tmp_path), "assistant serve").take()
    owner.release()
    assert owner.handle is None
    assert owner.path.read_text() == ""  # the owner's name is wiped on release
    assert try_take_elsewhere(tmp_path) == "taken"


def test_a_second_owner_in_the_same_process_is_refused_too(tmp_path):
    """flock belongs to the open file, not the process: a second open of the lock file conflicts."""
    first = IndexOwner(settings_for(tmp_path), "assistant serve").take()
    try:
        with pytest.raises(IndexBusy, match=rf"index in use by process {os.getpid()} "):
            IndexOwner(settings_for(tmp_path), "assistant index").take()
        assert first.path.read_text().startswith(f"process {os.getpid()} (assistant serve: ")  # a refusal does not overwrite
    finally:
        first.release()


def test_retake_after_release(tmp_path):
    owner = IndexOwner(settings_for(tmp_path), "assistant serve")
    owner.take()
    owner.release()
    owner.take()
    try:
        assert owner.handle is not None
        with pytest.raises(IndexBusy):
            IndexOwner(settings_for(tmp_path), "other").take()
    finally:
        owner.release()
    IndexOwner(settings_for(tmp_path), "other").take().release()


def test_take_twice_keeps_the_one_handle_and_release_twice_is_harmless(tmp_path):
    owner = IndexOwner(settings_for(tmp_path), "assistant serve").take()
    handle = owner.handle
    assert owner.take() is owner and owner.handle is handle
    owner.release()
    owner.release()
    assert owner.handle is None


def test_the_context_manager_owns_then_releases(tmp_path):
    with IndexOwner(settings_for(tmp_path), "assistant serve") as owner:
        assert owner.handle is not None
        with pytest.raises(IndexBusy):
            IndexOwner(settings_for(tmp_path), "other").take()
    assert owner.handle is None
    IndexOwner(settings_for(tmp_path), "other").take().release()


def test_a_refused_owner_holds_nothing(tmp_path):
    first = IndexOwner(settings_for(tmp_path), "assistant serve").take()
    second = IndexOwner(settings_for(tmp_path), "other")
    try:
        with pytest.raises(IndexBusy):
            second.take()
        assert second.handle is None
    finally:
        first.release()
    assert second.take() is second
    second.release()


def test_an_empty_lock_file_names_another_process(tmp_path):
    """A holder that has not written its name yet (or wiped it) is 'another process'."""
    (tmp_path / OWNER_FILE).write_text("")
    with open(tmp_path / OWNER_FILE, "a+") as raw:
        fcntl.flock(raw, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(IndexBusy, match=r"^index in use by another process at "):
            IndexOwner(settings_for(tmp_path), "other").take()


def test_with_a_chroma_server_there_is_no_owner_lock(tmp_path):
    folder = tmp_path / "never-made"
    settings = settings_for(folder, **{"index.chroma_host": "localhost"})
    a = IndexOwner(settings, "assistant serve").take()
    b = IndexOwner(settings, "assistant index").take()  # no IndexBusy: the server is the one owner
    assert a.handle is None and b.handle is None
    assert not folder.exists()
    a.release()
    b.release()


# -- sync_lock -------------------------------------------------------------------------------


def test_sync_lock_creates_the_folder_and_its_lock_file(tmp_path):
    folder = tmp_path / "a" / "b"
    with sync_lock(settings_for(folder)):
        assert (folder / SYNC_FILE).exists()


def test_sync_lock_serialises_two_threads(tmp_path):
    """Each thread opens the lock file itself, so each has its own open file description and
    flock makes the second wait, even inside one process."""
    settings = settings_for(tmp_path)
    first_in, let_first_go, second_in = threading.Event(), threading.Event(), threading.Event()
    order: list[str] = []

    def first() -> None:
        with sync_lock(settings):
            order.append("first in")
            first_in.set()
            let_first_go.wait(10)
            order.append("first out")

    def second() -> None:
        with sync_lock(settings):
            order.append("second in")
            second_in.set()

    a = threading.Thread(target=first, daemon=True)
    a.start()
    assert first_in.wait(10)
    b = threading.Thread(target=second, daemon=True)
    b.start()
    assert not second_in.wait(0.3), "the second sync entered while the first held the lock"
    let_first_go.set()
    assert second_in.wait(10)
    a.join(10)
    b.join(10)
    assert order == ["first in", "first out", "second in"]


def test_sync_lock_is_released_when_the_body_raises(tmp_path):
    settings = settings_for(tmp_path)
    with pytest.raises(RuntimeError):
        with sync_lock(settings):
            raise RuntimeError("sync failed")
    done = threading.Event()

    def again() -> None:
        with sync_lock(settings):
            done.set()

    threading.Thread(target=again, daemon=True).start()
    assert done.wait(5)


def test_sync_lock_and_the_owner_lock_are_independent(tmp_path):
    """The serving app owns the folder and still syncs through it (its upload tab)."""
    settings = settings_for(tmp_path)
    with IndexOwner(settings, "assistant serve"):
        with sync_lock(settings):
            pass


def test_with_a_chroma_server_sync_lock_does_nothing(tmp_path):
    folder = tmp_path / "never-made"
    settings = settings_for(folder, **{"index.chroma_host": "localhost"})
    with sync_lock(settings):
        with sync_lock(settings):  # would deadlock if it locked
            pass
    assert not folder.exists()
