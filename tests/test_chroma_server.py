"""Server mode end to end: a real ``chroma run`` process on loopback (started and stopped
here), the product pointed at it with ``index.chroma_host``/``chroma_port``, a few small
documents indexed through ``sync`` and a question answered through ``Assistant.ask`` with
citations that quote the stored documents verbatim; then a second document is added and
BM25 follows by updating its cache, not rebuilding it."""

from __future__ import annotations

import pytest

from assistant.errors import IndexUnavailable
from assistant.index.store import Store
from assistant.index.sync import sync
from assistant.pipeline import Assistant
from assistant.retrieve.lexical_cache import folder_for

from .chroma_server import CHROMA, ChromaServer, free_port
from .conftest import make_settings
from .test_pipeline import assert_traceable
from .test_retrieve_hybrid import write_corpus


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    assert CHROMA.is_file(), f"{CHROMA} missing: the pinned chromadb installs the chroma CLI"
    root = tmp_path_factory.mktemp("chroma-server")
    with ChromaServer(root / "data", log=root / "server.log") as running:
        yield running
    assert running.proc.poll() is not None  # stopped at teardown


def test_sync_and_a_cited_answer_through_a_chroma_server(server, tmp_path, embedder):
    settings = make_settings(tmp_path / "local", **{"index.chroma_host": "127.0.0.1", "index.chroma_port": server.port, "llm.enabled": False})
    report = sync([write_corpus(tmp_path / "cases")], settings, embedder=embedder)
    assert not report.errors and report.added == 5
    assert (server.path / "chroma.sqlite3").stat().st_size > 0  # the data lives in the server's folder
    assistant = Assistant(settings, embedder=embedder)
    assert assistant.store.location == f"chroma://127.0.0.1:{server.port}/{settings.index.collection}"
    assert assistant.retriever.lexical_refresh == "rebuilt" and folder_for(settings).is_dir()

    answer = assistant.ask("What dose of blinatumomab was given for the relapsed ALL?")
    assert_traceable(assistant, answer)
    assert "28 µg/day" in answer.answer and any(c.doc_id.endswith(":all-case.txt") for c in answer.citations)

    extra = write_corpus(tmp_path / "more", {"hus.txt": "Atypical HUS\n\nCase Description\n\nA 25-year-old woman with atypical hemolytic-uremic syndrome received eculizumab and recovered.\n"}, None)
    assert not sync([extra], settings, embedder=embedder).errors
    assert assistant.retriever.refresh() is True and assistant.retriever.lexical_refresh == "updated"
    answer = assistant.ask("Which drug did the woman with atypical hemolytic-uremic syndrome receive?")
    assert_traceable(assistant, answer)
    assert any(c.doc_id.endswith(":hus.txt") for c in answer.citations)


def test_an_unreachable_server_is_a_clear_error(tmp_path):
    settings = make_settings(tmp_path / "local", **{"index.chroma_host": "127.0.0.1", "index.chroma_port": free_port()})
    with pytest.raises(IndexUnavailable, match="cannot reach Chroma server"):
        Store(settings)
