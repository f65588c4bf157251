"""``app.py`` and ``serve``: they only wire, index the corpus (in the background by default, or
first with a progress bar), and bind loopback."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def load_app_module():
    spec = importlib.util.spec_from_file_location("app_entry", REPO / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_py_maps_its_flags_onto_settings(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr("assistant.ui.server.serve", lambda settings, sync_corpus=True, background=True: seen.update(settings=settings, sync=sync_corpus, background=background))
    app = load_app_module()
    assert app.main(["--index-dir", str(tmp_path), "--port", "7999", "--no-sync"]) == 0
    assert seen["settings"].index.dir == tmp_path and seen["settings"].app.port == 7999 and seen["sync"] is False
    assert seen["settings"].app.host == "127.0.0.1"  # loopback unless told otherwise
    app.main(["--host", "0.0.0.0"])
    assert seen["settings"].app.host == "0.0.0.0" and seen["settings"].app.port == 7860 and seen["sync"] is True and seen["background"] is True
    app.main(["--sync-first"])
    assert seen["sync"] is True and seen["background"] is False


def test_sync_first_builds_the_index_with_a_progress_bar_then_serves_loopback(tmp_path, embedder, monkeypatch, capsys):
    import shutil

    import uvicorn

    from assistant import pipeline
    from assistant.config import Settings
    from assistant.ui.server import serve

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus" / "seed", corpus / "seed")
    shutil.copy(REPO / "corpus" / "MANIFEST.json", corpus / "MANIFEST.json")
    settings = Settings().with_overrides(**{"index.dir": tmp_path / "index", "paths.corpus_dir": corpus})
    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **kw: ran.update(app=app, host=host, port=port))
    monkeypatch.setattr(pipeline.Assistant, "__init__", _with_embedder(pipeline.Assistant.__init__, embedder))

    serve(settings, sync_corpus=True, background=False)
    err = capsys.readouterr().err
    assert "syncing the index" in err and "indexing: 100%" in err and "index ready: 2 documents" in err and "added 2" in err
    assert ran["host"] == "127.0.0.1" and ran["port"] == 7860
    from fastapi.testclient import TestClient

    assert TestClient(ran["app"]).get("/api/health").json() == {"status": "ok", "documents": 2}
    serve(settings, sync_corpus=True, background=False)  # a second start only checks hashes
    assert "unchanged 2" in capsys.readouterr().err


def test_serve_starts_at_once_and_indexes_in_the_background(tmp_path, embedder, monkeypatch, capsys):
    """The default: the app is built and uvicorn started while a background indexer, attached
    to the Assistant the app serves, syncs the corpus."""
    import shutil

    import uvicorn

    from assistant import pipeline
    from assistant.config import Settings
    from assistant.ui.server import serve

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "corpus" / "seed", corpus / "seed")
    settings = Settings().with_overrides(**{"index.dir": tmp_path / "index", "paths.corpus_dir": corpus})
    seen = {}
    monkeypatch.setattr(pipeline.Assistant, "__init__", _with_embedder(pipeline.Assistant.__init__, embedder))
    monkeypatch.setattr("assistant.ui.server.create_app", lambda assistant, settings: seen.setdefault("assistant", assistant))

    def run(app, host, port, **kw):  # the server runs until the indexer is done, then "Ctrl-C"
        seen.update(host=host, port=port)
        seen["assistant"].indexing.wait(300)

    monkeypatch.setattr(uvicorn, "run", run)
    serve(settings)
    indexer = seen["assistant"].indexing
    assert indexer is not None and indexer.status().state == "ready"
    assert indexer.status().documents_indexed == 2 and seen["host"] == "127.0.0.1"
    err = capsys.readouterr().err
    assert "in the background" in err and "serving on http://127.0.0.1:7860" in err


def _with_embedder(init, embedder):
    def patched(self, settings=None, store=None, embedder_=None, **kw):
        init(self, settings, store, embedder)

    return patched


@pytest.mark.parametrize("flag", ["--help"])
def test_app_py_help(flag, capsys):
    with pytest.raises(SystemExit) as exit_info:
        load_app_module().main([flag])
    assert exit_info.value.code == 0 and "--no-sync" in capsys.readouterr().out
