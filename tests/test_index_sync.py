"""Incremental sync on a real Chroma folder with the real model: add, change, delete,
unchanged reruns, metadata-only changes, files synced one by one, and failing files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.index.store import Store
from assistant.index.sync import status, sync

from .conftest import make_settings
from assistant.ingest.identity import local_id

from .index_checks import NoModel, checked_index

DATA = Path(__file__).resolve().parent / "data" / "ingest"


CASES = {
    "aml.txt": "Acute myeloid leukemia in an older adult\n\nCase Description\n\nA 74-year-old woman had 40% marrow blasts. She received azacitidine with venetoclax and reached remission after two cycles.\n",
    "itp.md": "# Immune thrombocytopenia\n\n## Case Description\n\nA 30-year-old man had a platelet count of 4 x 10^9/L and gum bleeding. Dexamethasone raised the count within days.\n",
    "ttp.txt": "Acquired TTP\n\nCase Description\n\nA 42-year-old woman with ADAMTS13 activity below 5% was treated with plasma exchange and caplacizumab.\n",
}


def write_corpus(folder: Path, cases: dict[str, str] = CASES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in cases.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


def test_first_sync_indexes_everything(corpus, empty_settings, embedder):
    report = sync([corpus], empty_settings, embedder=embedder)
    assert not report.errors
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    state = checked_index(empty_settings)
    assert set(state["local"]) == set(CASES)
    assert report.documents == 3 and report.chunks == report.embedded == len(state["chunks"])
    record = state["local"]["aml.txt"]
    assert record.root == str(corpus.resolve()) and record.path == "aml.txt" and record.kind == "text"
    assert "acute myeloid leukemia" in record.diagnoses and {"azacitidine", "venetoclax"} <= set(record.drugs)
    assert state["texts_local"]["itp.md"] == CASES["itp.md"]
    info = status(empty_settings)
    assert info["documents"] == 3 and info["chunks"] == report.chunks and info["incomplete"] == []
    assert info["model"] == "sentence-transformers/all-MiniLM-L6-v2" and info["last_sync"]


def test_unchanged_rerun_embeds_nothing(corpus, empty_settings, embedder):
    first = sync([corpus], empty_settings, embedder=embedder)
    generation = Store(empty_settings).meta()["generation"]
    before = checked_index(empty_settings)
    second = sync([corpus], empty_settings, embedder=embedder)
    assert (second.embedded, second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 0, 3)
    assert (second.documents, second.chunks) == (first.documents, first.chunks)
    after = checked_index(empty_settings)
    assert after["chunks"].keys() == before["chunks"].keys()
    assert Store(empty_settings).meta()["generation"] == generation  # nothing changed: BM25 cache stays valid


def test_unchanged_rerun_does_not_load_a_model(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=embedder)

    no_model = NoModel(embedder.dimension, "nothing should be embedded")

    assert sync([corpus], empty_settings, embedder=no_model).embedded == 0


def test_add_a_file(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=embedder)
    before = checked_index(empty_settings)
    shutil.copy(DATA / "case.html", corpus / "case.html")
    report = sync([corpus], empty_settings, embedder=embedder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 0, 0, 3)
    after = checked_index(empty_settings)
    assert report.embedded == after["per_doc_local"]["case.html"] > 0
    assert set(after["local"]) == set(CASES) | {"case.html"}
    assert before["chunks"].keys() < after["chunks"].keys()
    html_sections = {meta["section"] for _, meta in after["chunks"].values() if local_id(meta["doc_id"]) == "case.html"}
    assert "Case Description" in html_sections


def test_change_a_file_replaces_its_chunks(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=embedder)
    before = checked_index(empty_settings)
    old_ids = {cid for cid, (_, m) in before["chunks"].items() if local_id(m["doc_id"]) == "aml.txt"}
    (corpus / "aml.txt").write_text(CASES["aml.txt"].replace("azacitidine with venetoclax", "decitabine with venetoclax") + "\nShe relapsed at 14 months.\n", encoding="utf-8")
    report = sync([corpus], empty_settings, embedder=embedder)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 0, 2)
    after = checked_index(empty_settings)
    new_ids = {cid for cid, (_, m) in after["chunks"].items() if local_id(m["doc_id"]) == "aml.txt"}
    assert report.embedded == len(new_ids)
    assert not old_ids & new_ids, "old chunks must be gone"
    aml_text = " ".join(after["chunks"][cid][0] for cid in new_ids)
    assert "decitabine" in aml_text and "relapsed at 14 months" in aml_text and "azacitidine" not in aml_text
    assert "decitabine" in after["local"]["aml.txt"].drugs and "azacitidine" not in after["local"]["aml.txt"].drugs
    # the other documents were not touched
    others = lambda state: {cid for cid, (_, m) in state["chunks"].items() if local_id(m["doc_id"]) != "aml.txt"}  # noqa: E731
    assert others(before) == others(after)
    assert report.chunks == len(after["chunks"])


def test_change_is_found_by_search(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=embedder)
    (corpus / "ttp.txt").write_text(CASES["ttp.txt"] + "\nRituximab was added for refractory disease after a second relapse.\n", encoding="utf-8")
    sync([corpus], empty_settings, embedder=embedder)
    hits = Store(empty_settings).query(embedder.encode_one("rituximab for refractory TTP relapse"), 3)
    assert local_id(hits[0][2]["doc_id"]) == "ttp.txt" and "Rituximab" in hits[0][1]


def test_delete_a_file_from_a_synced_folder(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=embedder)
    (corpus / "itp.md").unlink()
    report = sync([corpus], empty_settings, embedder=embedder)
    assert (report.removed, report.embedded, report.unchanged) == (1, 0, 2)
    after = checked_index(empty_settings)
    assert set(after["local"]) == {"aml.txt", "ttp.txt"}
    assert "itp.md" not in after["per_doc"]
    assert report.documents == 2 and report.chunks == len(after["chunks"])


def test_files_passed_individually_are_never_swept(tmp_path, empty_settings, embedder):
    folder = write_corpus(tmp_path / "loose")
    sync([folder / "aml.txt"], empty_settings, embedder=embedder)
    report = sync([folder / "ttp.txt"], empty_settings, embedder=embedder)
    assert report.removed == 0 and set(checked_index(empty_settings)["local"]) == {"aml.txt", "ttp.txt"}
    (folder / "aml.txt").unlink()
    report = sync([folder / "ttp.txt"], empty_settings, embedder=embedder)
    assert report.removed == 0 and report.embedded == 0
    assert set(checked_index(empty_settings)["local"]) == {"aml.txt", "ttp.txt"}


def test_syncing_one_folder_leaves_other_folders_alone(tmp_path, empty_settings, embedder):
    a = write_corpus(tmp_path / "a", {"one.txt": CASES["aml.txt"]})
    b = write_corpus(tmp_path / "b", {"two.txt": CASES["ttp.txt"]})
    sync([a, b], empty_settings, embedder=embedder)
    (b / "two.txt").unlink()
    report = sync([a], empty_settings, embedder=embedder)
    assert report.removed == 0 and set(checked_index(empty_settings)["local"]) == {"one.txt", "two.txt"}
    report = sync([a], empty_settings, embedder=embedder, exclusive=True)
    assert report.removed == 1 and set(checked_index(empty_settings)["local"]) == {"one.txt"}


def test_metadata_only_change_re_embeds_nothing(corpus, empty_settings, embedder):
    manifest = {"documents": [{"id": "aml.txt", "title": "Acute myeloid leukemia in an older adult", "license": "CC BY 4.0", "source": "Test source", "case_id": "case-aml"}]}
    (corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    sync([corpus], empty_settings, embedder=embedder)
    before = checked_index(empty_settings)
    assert before["local"]["aml.txt"].license == "CC BY 4.0"
    assert "MANIFEST.json" not in before["local"]  # the manifest is provenance, not a document
    manifest["documents"][0].update(license="CC0 1.0", source="Another source", case_id="case-aml-renamed", year=2019)
    (corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")

    no_model = NoModel(embedder.dimension, "a metadata-only change must not embed")

    report = sync([corpus], empty_settings, embedder=no_model)
    assert (report.embedded, report.updated, report.unchanged) == (0, 1, 2)
    after = checked_index(empty_settings)
    record = after["local"]["aml.txt"]
    assert (record.license, record.source, record.case_id, record.year) == ("CC0 1.0", "Another source", "case-aml-renamed", 2019)
    assert after["chunks"].keys() == before["chunks"].keys()
    for cid, (_, meta) in after["chunks"].items():
        if local_id(meta["doc_id"]) == "aml.txt":
            assert (meta["case_id"], meta["year"]) == ("case-aml-renamed", 2019)
    # the same sync again is a no-op
    assert sync([corpus], empty_settings, embedder=no_model).unchanged == 3


def test_title_change_in_manifest_re_embeds_that_document(corpus, empty_settings, embedder):
    manifest = {"documents": [{"id": "ttp.txt", "title": "Acquired TTP"}]}
    (corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    sync([corpus], empty_settings, embedder=embedder)
    manifest["documents"][0]["title"] = "Immune-mediated thrombotic thrombocytopenic purpura"
    (corpus / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    report = sync([corpus], empty_settings, embedder=embedder)
    after = checked_index(empty_settings)
    assert report.updated == 1 and report.embedded == after["per_doc_local"]["ttp.txt"]
    assert after["local"]["ttp.txt"].title == "Immune-mediated thrombotic thrombocytopenic purpura"


def test_a_file_that_turns_bad_keeps_what_it_had_indexed(corpus, empty_settings, embedder):
    shutil.copy(DATA / "corpus.jsonl", corpus / "records.jsonl")
    sync([corpus], empty_settings, embedder=embedder)
    before = checked_index(empty_settings)
    (corpus / "aml.txt").write_bytes("Now saved as Shift-JIS: \u60a3\u8005\n".encode("shift_jis"))  # undetectable: refused
    (corpus / "records.jsonl").write_text("{broken\n", encoding="utf-8")
    report = sync([corpus], empty_settings, embedder=embedder)
    assert {(Path(e.path).name, e.line) for e in report.errors} == {("aml.txt", 1), ("records.jsonl", 1)}
    assert report.removed == 0 and report.embedded == 0
    after = checked_index(empty_settings)
    assert after["local"].keys() == before["local"].keys()
    assert after["chunks"].keys() == before["chunks"].keys()
    assert after["texts_local"]["aml.txt"] == CASES["aml.txt"]
    # once the file is fixed (and the JSONL drops a record) the index follows again
    (corpus / "aml.txt").write_text(CASES["aml.txt"], encoding="utf-8")
    (corpus / "records.jsonl").write_text((DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    report = sync([corpus], empty_settings, embedder=embedder)
    assert not report.errors and report.removed == 2 and report.embedded == 0
    assert set(checked_index(empty_settings)["local"]) == set(CASES) | {"rec-1"}


def test_bad_files_do_not_stop_the_rest(tmp_path, empty_settings, embedder):
    folder = write_corpus(tmp_path / "mixed", {"good.txt": CASES["aml.txt"]})
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.pdf").write_bytes(bytes(range(256)) * 4)
    (folder / "notes.xyz").write_text("ignored: unsupported suffixes in a folder are skipped silently", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden files are skipped", encoding="utf-8")
    report = sync([folder, tmp_path / "missing-folder"], empty_settings, embedder=embedder)
    names = sorted(Path(e.path).name for e in report.errors)
    assert names == ["empty.txt", "junk.pdf", "missing-folder"]
    assert set(checked_index(empty_settings)["local"]) == {"good.txt"}


def test_an_unsupported_file_named_on_its_own_is_an_error(tmp_path, empty_settings, embedder):
    folder = write_corpus(tmp_path / "mixed", {"good.txt": CASES["aml.txt"]})
    (folder / "scan.tiff").write_bytes(b"II*\x00")
    assert not sync([folder], empty_settings, embedder=embedder).errors  # in a folder: skipped quietly
    report = sync([folder / "scan.tiff"], empty_settings, embedder=embedder)
    [error] = report.errors
    assert error.path == str((folder / "scan.tiff").resolve()) and "unsupported file type .tiff" in error.error


def test_same_file_name_in_two_folders_are_two_documents(tmp_path, empty_settings, embedder):
    """Ids carry their folder: neither replaces the other, and deleting one removes only it."""
    one = write_corpus(tmp_path / "one", {"case.txt": CASES["aml.txt"]})
    two = write_corpus(tmp_path / "two", {"case.txt": CASES["ttp.txt"]})
    report = sync([one, two], empty_settings, embedder=embedder)
    assert not report.errors and report.added == 2
    texts = checked_index(empty_settings)["texts"]
    by_folder = {doc_id.split("-")[0]: text for doc_id, text in texts.items()}
    assert by_folder == {"one": CASES["aml.txt"], "two": CASES["ttp.txt"]}
    (one / "case.txt").unlink()
    report = sync([one], empty_settings, embedder=embedder)
    assert report.removed == 1
    assert list(checked_index(empty_settings)["texts"].values()) == [CASES["ttp.txt"]]


def test_duplicate_record_ids_within_one_folder_are_reported(tmp_path, empty_settings, embedder):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "r1", "text": "First record text here."}) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "r1", "text": "Second record text here."}) + "\n", encoding="utf-8")
    report = sync([folder], empty_settings, embedder=embedder)
    [error] = report.errors
    assert "duplicate document id 'r1'" in error.error and error.path == str((folder / "b.jsonl").resolve()) and error.line == 1
    assert checked_index(empty_settings)["texts_local"]["r1"] == "First record text here."


def test_a_different_model_is_never_mixed_in(corpus, tmp_path, embedder):
    from assistant.errors import IndexUnavailable

    settings = make_settings(tmp_path / "index")
    sync([corpus], settings, embedder=embedder)
    other = make_settings(tmp_path / "index", **{"embedding.model_path": str(tmp_path / "some-other-model")})
    with pytest.raises(IndexUnavailable, match="rebuild"):
        sync([corpus], other, embedder=embedder)


def test_a_record_moved_to_another_file_follows_its_file(corpus, empty_settings, embedder):
    """The registry must know which file a record now comes from: otherwise, once that new
    file fails to load, the record would be swept as if its file were gone."""
    line = (DATA / "corpus.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (corpus / "old.jsonl").write_text(line + "\n", encoding="utf-8")
    sync([corpus], empty_settings, embedder=embedder)
    before = checked_index(empty_settings)
    (corpus / "old.jsonl").rename(corpus / "new.jsonl")

    no_model = NoModel(embedder.dimension, "moving a record between files must not re-embed it")

    report = sync([corpus], empty_settings, embedder=no_model)
    assert (report.embedded, report.removed) == (0, 0)
    assert checked_index(empty_settings)["local"]["rec-1"].path == "new.jsonl"
    (corpus / "new.jsonl").write_text("{broken\n", encoding="utf-8")
    report = sync([corpus], empty_settings, embedder=no_model)
    assert [Path(e.path).name for e in report.errors] == ["new.jsonl"]
    after = checked_index(empty_settings)
    assert "rec-1" in after["local"], "a record whose file failed to load must be kept"
    assert after["chunks"].keys() == before["chunks"].keys()


def test_an_index_with_ids_of_the_old_scheme_is_rebuilt_with_a_notice(corpus, empty_settings, embedder):
    """Never mixed: the old records go, every document comes back under its qualified id,
    and the generation moves on (a BM25 cache of the old index must not be taken for the new)."""
    from assistant.pipeline import Assistant

    sync([corpus], empty_settings, embedder=embedder)
    store = Store(empty_settings)
    Assistant(empty_settings, store=store, embedder=embedder).ask("Which drug was given for AML?")  # writes the BM25 cache
    old_generation = int(store.meta()["generation"])
    store.set_meta(id_scheme=1)
    report = sync([corpus], empty_settings, embedder=embedder)
    assert report.notices and "id scheme 1" in report.notices[0] and report.added == 3
    assert int(Store(empty_settings).meta()["generation"]) > old_generation
    assistant = Assistant(empty_settings, embedder=embedder)
    assert all(cid.split("::")[0] in assistant.retriever.registry for cid in assistant.retriever.lexical.chunk_ids)
    assert not assistant.ask("Which drugs did the woman with AML receive?").abstained


def test_a_sync_killed_before_its_stamp_still_moves_the_generation(corpus, empty_settings, embedder, monkeypatch):
    """Records written, final stamp never reached (a kill between the two): the next process
    must not take the BM25 cache of the old generation for the current index."""
    from assistant.index import sync as sync_module
    from assistant.retrieve.hybrid import HybridRetriever

    sync([corpus], empty_settings, embedder=embedder)
    before = HybridRetriever(empty_settings, Store(empty_settings), embedder)  # saves the BM25 cache
    (corpus / "cml.txt").write_text("Chronic myeloid leukemia\n\nCase Description\n\nImatinib gave a major molecular response.\n", encoding="utf-8")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed before the stamp")

    monkeypatch.setattr(sync_module, "_stamp", killed)
    with pytest.raises(KeyboardInterrupt):
        sync([corpus], empty_settings, embedder=embedder)
    monkeypatch.undo()
    assert sync([corpus], empty_settings, embedder=embedder).embedded == 0  # nothing left to write
    after = HybridRetriever(empty_settings, Store(empty_settings), embedder)
    assert after.generation != before.generation
    assert any(local_id(doc) == "cml.txt" for doc in after.lexical.doc_ids)


class _OtherEncoder:
    """The real model under another encoder's name: what an index built with torch fp32 holds."""

    def __init__(self, embedder, encoder_id: str):
        self.embedder, self.encoder_id, self.dimension, self.batch_size = embedder, encoder_id, embedder.dimension, embedder.batch_size

    def encode(self, texts, batch_size=None):
        return self.embedder.encode(texts, batch_size)


def test_vectors_of_another_encoder_are_never_mixed_in_the_index_is_rebuilt_with_a_notice(corpus, empty_settings, embedder):
    sync([corpus], empty_settings, embedder=_OtherEncoder(embedder, "torch/bf16"))
    assert Store(empty_settings).meta()["encoder"] == "torch/bf16"
    report = sync([corpus], empty_settings, embedder=embedder)
    assert report.notices and "'torch/bf16'" in report.notices[0] and embedder.encoder_id in report.notices[0]
    assert report.added == 3 and report.embedded > 0
    assert Store(empty_settings).meta()["encoder"] == embedder.encoder_id == status(empty_settings)["encoder"]
    assert sync([corpus], empty_settings, embedder=embedder).notices == []  # same encoder: nothing to do


def test_an_index_from_before_the_encoder_record_counts_as_torch_fp32_which_onnx_fp32_may_extend(corpus, empty_settings, embedder):
    legacy = _OtherEncoder(embedder, "torch/fp32")
    sync([corpus], empty_settings, embedder=legacy)
    store = Store(empty_settings)
    store.meta_collection.upsert(ids=["meta"], embeddings=[[1.0]], metadatas=[{k: v for k, v in store.meta().items() if k != "encoder"}], documents=["index facts"])
    assert sync([corpus], empty_settings, embedder=legacy).notices == []
    assert status(empty_settings)["encoder"] == "torch/fp32"
    assert sync([corpus], empty_settings, embedder=_OtherEncoder(embedder, "onnx/fp32")).notices == []  # same vectors: no rebuild
    report = sync([corpus], empty_settings, embedder=_OtherEncoder(embedder, "onnx-int8/int8"))
    assert report.notices and "'torch/fp32'" in report.notices[0]


def test_an_index_of_fp32_documents_is_rebuilt_in_int8_with_a_notice_and_its_vectors_are_the_document_encoders(corpus, empty_settings, embedder, monkeypatch):
    """The default document encoder moved from ONNX fp32 to int8 (queries stay fp32): an index
    built before is cleared and rebuilt once, with a notice, never extended with int8 vectors."""
    import numpy as np

    sync([corpus], empty_settings, embedder=_OtherEncoder(embedder, "onnx/fp32"))
    encoded: list[np.ndarray] = []
    real = embedder.encode_documents
    monkeypatch.setattr(embedder, "encode_documents", lambda texts, batch_size=None: encoded.append(real(texts, batch_size)) or encoded[-1])
    report = sync([corpus], empty_settings, embedder=embedder)
    assert report.notices and "'onnx/fp32'" in report.notices[0] and "'onnx-int8/int8'" in report.notices[0]
    assert report.added == 3 and status(empty_settings)["encoder"] == "onnx-int8/int8" == embedder.encoder_id
    written = np.concatenate(encoded)
    stored = np.asarray(Store(empty_settings).chunks.get(include=["embeddings"])["embeddings"])
    assert len(written) == len(stored) == report.embedded
    assert all(np.abs(written - vector).max(axis=1).min() < 1e-6 for vector in stored)  # every stored vector is a document-encoder one
    assert sync([corpus], empty_settings, embedder=embedder).notices == []
