"""Shared fixtures: the real model (loaded once per session) and a real Chroma index of the
shipped corpus, built once per session in a temporary folder.

Set ``ASSISTANT_TEST_INDEX=/some/dir`` to keep that index between local runs: sync is
incremental, so a second session starts in seconds. CI leaves it unset.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SEED_DOC = "corpus:seed/blinatumomab-relapsed-all-case.txt"
SEED_RECORD = "corpus:seed/blinatumomab-treatment-record.csv"
SEED_CASE = "seed-blinatumomab-all"


def make_settings(index_dir: Path, **overrides):
    from assistant.config import Settings

    return Settings().with_overrides(**{"index.dir": index_dir, **overrides})


@pytest.fixture(scope="session")
def embedder():
    from assistant.config import EmbeddingSettings
    from assistant.embeddings import get_embedder

    return get_embedder(EmbeddingSettings())


@pytest.fixture(scope="session")
def shipped_settings(tmp_path_factory, embedder):
    """Settings pointing at a session index of the whole shipped corpus."""
    from assistant.index.sync import sync

    folder = Path(os.environ["ASSISTANT_TEST_INDEX"]) if os.environ.get("ASSISTANT_TEST_INDEX") else tmp_path_factory.mktemp("shipped-index")
    settings = make_settings(folder)
    report = sync([CORPUS], settings, embedder=embedder)
    assert not report.errors, report.errors
    return settings


@pytest.fixture(scope="session")
def shipped(shipped_settings, embedder):
    """An Assistant over the shipped corpus (read-only: tests that write use a copy)."""
    from assistant.pipeline import Assistant

    return Assistant(shipped_settings, embedder=embedder)


@pytest.fixture
def index_copy(shipped_settings, tmp_path):
    """A private, writable copy of the shipped index (for uploads and other writes)."""
    target = tmp_path / "index"
    shutil.copytree(shipped_settings.index.dir, target, ignore=shutil.ignore_patterns(".sync.lock"))
    return make_settings(target)


@pytest.fixture
def empty_settings(tmp_path):
    return make_settings(tmp_path / "index")


CHROMIUM = "/usr/bin/chromium"  # Debian's package (`make test` installs it); never `playwright install`
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Real headless Chromium for one test module (the browser tests share this one launch)."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: the browser tests need Debian chromium (`make test` installs it, or `apt-get install chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@contextmanager
def running_app(shipped_settings, embedder, folder: Path):
    """The real app on loopback over a private copy of the shipped index (the browser modules'
    server: uploads and edits in one module never reach another's index)."""
    from assistant.pipeline import Assistant
    from assistant.ui.server import BackgroundServer, create_app

    target = folder / "index"
    shutil.copytree(shipped_settings.index.dir, target, ignore=shutil.ignore_patterns(".sync.lock"))
    settings = shipped_settings.with_overrides(**{"index.dir": target})
    running = BackgroundServer(create_app(Assistant(settings, embedder=embedder), settings)).start()
    try:
        yield running
    finally:
        running.stop()


@contextmanager
def desktop_page(browser, url: str):
    """A desktop-sized tab on ``url`` with the chat ready; ``tab.external`` collects any request
    that leaves the loopback (offline use must not make one)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    tab.external = []
    tab.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else tab.external.append(r.url))
    tab.goto(url)
    tab.wait_for_selector("#chat-input textarea")
    try:
        yield tab
    finally:
        context.close()
