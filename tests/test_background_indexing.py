"""``serve`` indexes in the background: the seed case answers while the rest is still being
indexed, the page and every answer say how far indexing got, an upload still goes in, and
the finished index equals a sync done before serving.

Deterministic, not a race: the indexer's ``after_seed`` hook waits on an event the test sets,
so "the rest is still indexing" holds for exactly as long as the test needs it. The app is
the real one (``index_in_background`` + ``create_app``, uvicorn on loopback, the real model,
Chroma on disk, headless Chromium).
"""

from __future__ import annotations

import io
import shutil
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS, DATA, SEED_DOC, make_settings

SEED_Q = "What prephase dose of blinatumomab did the patient receive?"
OTHERS = ["case.txt", "case.md", "case.html", "medrbench.json", "corpus.jsonl", "treatment.csv"]


@pytest.fixture
def corpus(tmp_path):
    """The seed case plus a handful of other records (several per file for the JSON ones)."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS / "seed", root / "seed")
    shutil.copy(CORPUS / "MANIFEST.json", root / "MANIFEST.json")
    (root / "other").mkdir()
    for name in OTHERS:
        shutil.copy(DATA / "ingest" / name, root / "other" / name)
    return root


def post_ask(base: str, question: str) -> httpx.Response:
    return httpx.post(f"{base}/api/ask", json={"question": question}, timeout=120)


def wait_for(predicate, what: str, limit_s: float = 300.0):
    """Poll until ``predicate()`` is truthy (a wait for a state, not a timing assertion)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


def registry_facts(settings) -> dict[str, tuple]:
    from assistant.index.store import Store

    store = Store(settings)
    chunks = {}
    for cid, _, meta in store.iter_chunks():
        chunks.setdefault(meta["doc_id"], set()).add(cid)
    return {d: (r.hash, r.n_chunks, r.complete, r.root, r.path, frozenset(chunks.get(d, ()))) for d, r in store.registry().items()}


@pytest.mark.browser
def test_the_seed_answers_while_the_rest_still_indexes_then_the_index_equals_a_sync_first_build(tmp_path, corpus, embedder, browser):
    from assistant.index.locks import IndexOwner
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant
    from assistant.ui.handlers import ChatUI
    from assistant.ui.server import BackgroundServer, create_app, index_in_background

    # Tiny slices: every other document is its own sync, so slicing itself is exercised.
    settings = make_settings(tmp_path / "index", **{"paths.corpus_dir": corpus, "index.background_slice_s": 0.001})
    owner = IndexOwner(settings, "test serve").take()
    hold = threading.Event()
    assistant = Assistant(settings, embedder=embedder)
    log = io.StringIO()
    indexer = index_in_background(assistant, settings, out=log, after_seed=hold.wait)
    server = BackgroundServer(create_app(assistant, settings)).start()
    base = server.url.rstrip("/")
    try:
        wait_for(lambda: indexer.status().seed_ready, "the seed case to be indexed")
        response = post_ask(base, SEED_Q)
        assert response.status_code == 200, response.text
        answer = response.json()
        assert answer["citations"] and answer["citations"][0]["doc_id"].startswith("corpus:seed/"), answer
        assert "9 mcg/day" in answer["answer"]
        progress = answer["indexing"]
        assert progress["running"] and progress["seed_ready"] and progress["documents_indexed"] == 2, progress
        assert any("still being indexed" in n and "2 of" in n for n in answer["notices"]), answer["notices"]
        assert indexer.status().running and not indexer.done.is_set()

        page = browser.new_page()
        page.set_default_timeout(60_000)
        page.goto(server.url)
        page.wait_for_selector("#chat-input textarea")
        page.wait_for_function("() => /seed case ready/.test(document.querySelector('#index-status')?.innerText || '')")
        line = page.inner_text("#index-status")
        assert line.startswith("Indexing 2 / ") and "documents" in line, line

        # An upload while the corpus is still being indexed goes in (the write lock is free between slices).
        note = tmp_path / "note.txt"
        note.write_text("Zebrafish keeper case record\n\nThe zebrafish keeper received luspatercept 1 mg/kg.\n")
        status = ChatUI(assistant, settings).index_uploads([note])
        assert status.startswith("Indexed 1 file(s)"), status

        hold.set()
        assert indexer.wait(600), "background indexing did not finish"
        final = indexer.status()
        assert final.state == "ready" and final.documents_indexed == final.documents_total > 3, final
        page.wait_for_function("() => /Index ready/.test(document.querySelector('#index-status')?.innerText || '')")
        page.close()
        after = post_ask(base, SEED_Q).json()
        assert after["indexing"] is None and not any("still being indexed" in n for n in after["notices"])
        assert after["citations"][0]["doc_id"] in (SEED_DOC, "corpus:seed/blinatumomab-treatment-record.csv")
    finally:
        hold.set()
        server.stop()
        indexer.wait(600)
        owner.release()

    lines = log.getvalue()
    assert "seed case ready" in lines and "Index ready:" in lines, lines
    clean = make_settings(tmp_path / "clean", **{"paths.corpus_dir": corpus})
    sync([corpus], clean, embedder=embedder)
    background = {d: f for d, f in registry_facts(settings).items() if not d.startswith("upload:")}
    assert background == registry_facts(clean)


def test_a_question_before_anything_is_searchable_says_indexing_is_under_way(tmp_path, corpus, embedder):
    from assistant.errors import EmptyIndex
    from assistant.pipeline import Assistant
    from assistant.ui.server import index_in_background

    settings = make_settings(tmp_path / "index", **{"paths.corpus_dir": corpus})
    assistant = Assistant(settings, embedder=embedder)
    gate = threading.Event()
    original = assistant.sync

    def held_sync(*args, **kwargs):  # the seed sync waits until the question has been asked
        gate.wait()
        return original(*args, **kwargs)

    assistant.sync = held_sync
    indexer = index_in_background(assistant, settings, out=io.StringIO())
    try:
        with pytest.raises(EmptyIndex, match="being indexed"):
            assistant.ask(SEED_Q)
    finally:
        gate.set()
        assert indexer.wait(600)
    assert indexer.status().state == "ready"
    assert assistant.ask(SEED_Q).citations


def serve_process(settings, corpus: Path, slice_s: str = "0.001"):
    """``assistant serve`` in a child process on a free loopback port; stderr lines are collected."""
    import os
    import socket
    import subprocess
    import sys

    from tests.conftest import REPO

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "ASSISTANT_PATHS__CORPUS_DIR": str(corpus), "ASSISTANT_INDEX__BACKGROUND_SLICE_S": slice_s}
    argv = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), "--index-dir", str(settings.index.dir)]
    child = subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    child.lines = []
    threading.Thread(target=lambda: [child.lines.append(line.rstrip()) for line in child.stderr], daemon=True).start()
    return child


def test_kill_9_during_background_indexing_then_a_restart_equals_a_clean_build(tmp_path, corpus, embedder):
    """Slices are ordinary syncs, so a ``kill -9`` of the serving process mid-way leaves only
    complete or pending documents, and the next start finishes them."""
    import signal

    from assistant.index.sync import sync

    settings = make_settings(tmp_path / "index")
    first = serve_process(settings, corpus)
    try:
        # Killed once the seed and at least one more slice are in (one document per slice).
        wait_for(lambda: any(line.startswith("Indexing ") and "seed case ready" in line and not line.startswith("Indexing 2 /") for line in first.lines), "a slice after the seed")
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    finally:
        if first.poll() is None:
            first.kill()
    second = serve_process(settings, corpus)
    try:
        wait_for(lambda: any(line.startswith("Index ready:") for line in second.lines) or second.poll() is not None, "the restart to finish indexing")
        assert any(line.startswith("Index ready:") for line in second.lines), second.lines
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(30)
    clean = make_settings(tmp_path / "clean", **{"paths.corpus_dir": corpus})
    sync([corpus], clean, embedder=embedder)
    assert registry_facts(settings) == registry_facts(clean)


def test_a_stop_between_two_model_batches_leaves_an_index_the_next_start_finishes(tmp_path, corpus, embedder):
    """What the server does on Ctrl-C: the indexer stops at the next batch of a slice, nothing
    half-written is served, and a new indexer over the same folder ends equal to a clean build."""
    from assistant.index.background import BackgroundIndexer
    from assistant.index.sync import sync
    from assistant.pipeline import Assistant

    settings = make_settings(tmp_path / "index", **{"paths.corpus_dir": corpus, "index.background_slice_s": 0.001})
    assistant = Assistant(settings, embedder=embedder)
    seed_done = threading.Event()

    def sync_then_stop(paths, progress=None, preloaded=None):
        def relay(done: int, total: int) -> None:
            if seed_done.is_set() and done == 0:
                indexer.request_stop()  # asked while the first slice after the seed starts embedding
            progress(done, total)

        return assistant.sync(paths, progress=relay if progress else None, preloaded=preloaded)

    indexer = BackgroundIndexer(settings, sync_then_stop, [corpus], after_seed=seed_done.set).start()
    assert indexer.wait(600)
    stopped = indexer.status()
    assert stopped.state == "stopped" and stopped.documents_indexed == 2 < stopped.documents_total, stopped
    assert "the next start finishes it" in stopped.line()
    assert {d for d, f in registry_facts(settings).items() if f[2]} == {SEED_DOC, "corpus:seed/blinatumomab-treatment-record.csv"}

    restarted = BackgroundIndexer(settings, assistant.sync, [corpus]).start()
    assert restarted.wait(600) and restarted.status().state == "ready"
    clean = make_settings(tmp_path / "clean", **{"paths.corpus_dir": corpus})
    sync([corpus], clean, embedder=embedder)
    assert registry_facts(settings) == registry_facts(clean)
