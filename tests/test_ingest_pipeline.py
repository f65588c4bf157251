"""The ingest orchestrator on small real files: origin-qualified ids, manifest entries,
chunks that are the document at their offsets, and files loaded once when the caller has
loaded them already (uploads)."""

from __future__ import annotations

import json

import pytest

from assistant.ingest import pipeline
from assistant.ingest.identity import local_id, origin_of
from assistant.ingest.pipeline import counter_for, load_one, load_paths, prepare, settings_key, tag

from .conftest import make_settings

CASE_MD = "# Okapi keeper case\n\n## History\n\nA 54-year-old okapi keeper had fatigue. Blood counts were low.\n\n## Therapy\n\nHe received emicizumab 3 mg/kg weekly for acquired hemophilia. Bleeding stopped.\n"


@pytest.fixture
def settings(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    return make_settings(tmp_path / "index", **{"paths.corpus_dir": corpus})


def _load(paths, settings, preloaded=None):
    return load_paths(paths, settings, settings_key(settings, "test-model"), preloaded)


def test_ids_are_qualified_with_their_origin(settings, tmp_path):
    (settings.paths.corpus_dir / "seed").mkdir()
    (settings.paths.corpus_dir / "seed" / "a.txt").write_text("Corpus case.\n", encoding="utf-8")
    settings.index.uploads_dir.mkdir(parents=True)
    (settings.index.uploads_dir / "b.txt").write_text("Uploaded case.\n", encoding="utf-8")
    other = tmp_path / "cases"
    other.mkdir()
    (other / "c.txt").write_text("Another folder's case.\n", encoding="utf-8")
    loaded = _load([settings.paths.corpus_dir / "seed" / "a.txt", settings.index.uploads_dir, other], settings)
    assert not loaded.errors
    ids = [item.doc.doc_id for item in loaded.items]
    assert ids[:2] == ["corpus:seed/a.txt", "upload:b.txt"]
    assert origin_of(ids[2]).startswith("cases-") and local_id(ids[2]) == "c.txt"
    assert [item.origin for item in loaded.items] == ["corpus", "upload", origin_of(ids[2])]
    # A lone file inside the corpus keeps the id it has when the whole corpus is synced; only
    # folders synced whole are roots (their vanished documents are removed).
    assert loaded.roots == {str(settings.index.uploads_dir.resolve()), str(other.resolve())}
    assert all(item.doc.metadata["case_id"] == item.doc.doc_id for item in loaded.items)


def test_a_manifest_entry_sets_title_and_provenance(settings):
    corpus = settings.paths.corpus_dir
    (corpus / "case.md").write_text(CASE_MD, encoding="utf-8")
    entry = {"id": "case.md", "title": "Okapi case (manifest)", "source": "Zoo records", "license": "CC0", "case_id": "okapi-1", "year": "2021"}
    (corpus / "MANIFEST.json").write_text(json.dumps({"documents": [entry]}), encoding="utf-8")
    (item,) = _load([corpus], settings).items
    assert item.doc.doc_id == "corpus:case.md" and item.doc.title == "Okapi case (manifest)"
    assert {k: item.doc.metadata[k] for k in ("source", "license", "case_id", "year")} == {"source": "Zoo records", "license": "CC0", "case_id": "okapi-1", "year": 2021}
    (corpus / "MANIFEST.json").write_text(json.dumps({"documents": []}), encoding="utf-8")
    (plain,) = _load([corpus], settings).items
    assert plain.doc.title == "Okapi keeper case" and plain.hash != item.hash and plain.embed_hash != item.embed_hash  # the title is embedded


def test_prepare_yields_chunks_that_are_the_document_at_their_offsets(settings):
    settings = settings.with_overrides(**{"chunking.max_tokens": 24})
    (settings.paths.corpus_dir / "case.md").write_text(CASE_MD, encoding="utf-8")
    loaded = _load([settings.paths.corpus_dir], settings)
    tag(loaded.items)
    (item,) = loaded.items
    assert "emicizumab" in item.doc.metadata["drugs"] and "hemophilia" in item.doc.metadata["diagnoses"]
    chunks = prepare(item, counter_for(settings), settings)
    assert len(chunks) >= 3 and {c.section for c in chunks} >= {"History", "Therapy"}
    for n, chunk in enumerate(chunks):
        assert item.doc.text[chunk.char_start : chunk.char_end] == chunk.text
        assert chunk.ordinal == n and chunk.doc_id == item.doc.doc_id and item.embed_hash[:12] in chunk.chunk_id
        assert chunk.embed_text.endswith(chunk.text) and chunk.embed_text.startswith("Okapi keeper case | ")


def test_a_preloaded_file_is_not_read_again(settings, monkeypatch):
    path = settings.paths.corpus_dir / "case.md"
    path.write_text(CASE_MD, encoding="utf-8")
    expected = _load([settings.paths.corpus_dir], settings)
    preloaded = {path.resolve(): load_one(path, "case.md", settings)}

    def refuse(*args, **kwargs):
        raise AssertionError(f"read again: {args[0]}")

    monkeypatch.setattr(pipeline, "load_file", refuse)
    loaded = _load([settings.paths.corpus_dir], settings, preloaded)
    assert [(i.doc.doc_id, i.hash, i.embed_hash, i.path, i.root, i.display) for i in loaded.items] == [
        (i.doc.doc_id, i.hash, i.embed_hash, i.path, i.root, i.display) for i in expected.items
    ]


def test_an_upload_is_loaded_once_and_a_file_without_documents_is_never_copied(empty_settings, embedder, tmp_path, monkeypatch):
    from assistant.pipeline import Assistant
    from assistant.ui.handlers import ChatUI

    reads: list[str] = []
    real = pipeline.load_file
    monkeypatch.setattr(pipeline, "load_file", lambda path, rel, max_bytes: reads.append(path.name) or real(path, rel, max_bytes))
    ui = ChatUI(Assistant(empty_settings, embedder=embedder), empty_settings)
    good, empty = tmp_path / "okapi.md", tmp_path / "empty.txt"
    good.write_text(CASE_MD, encoding="utf-8")
    empty.write_text("   \n", encoding="utf-8")
    status = ui.index_uploads([good, empty])
    assert status.startswith("Indexed 1 file(s): okapi.md (1 document(s) added") and "empty.txt: empty file" in status
    assert reads == ["okapi.md", "empty.txt"]  # each file once: the check is what gets indexed
    assert sorted(p.name for p in ui.uploads_dir.iterdir()) == ["okapi.md"]
    assert {d.doc_id for d in ui.assistant.documents()} == {"upload:okapi.md"}
    reads.clear()
    assert ui.index_uploads([empty]).startswith("No file was indexed:") and reads == ["empty.txt"]
    assert sorted(p.name for p in ui.uploads_dir.iterdir()) == ["okapi.md"]
