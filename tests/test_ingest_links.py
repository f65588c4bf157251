"""The linking rule: which case an uploaded file joins, what is refused, and that the link
outlives a restart (it is written to uploads/MANIFEST.json and read back by the sync)."""

from __future__ import annotations

import json

from assistant.index.store import DocRecord
from assistant.index.sync import refuse_claimed_ids
from assistant.ingest.links import link_case, read_links, record_case_links
from assistant.ingest.loaders import load_file
from assistant.ingest.pipeline import Prepared, apply_manifest, read_manifest
from assistant.models import Document

REPORT = "---\ncase_id: okapi-keeper-2024\ntitle: Okapi keeper\n---\nThe okapi keeper received blinatumomab.\n"
CSV = "case_id,phase,regimen,start\nokapi-keeper-2024,Induction I,blinatumomab,2024-01-08\n"
TWO_CASES = "case_id,phase\nokapi,Induction\nlemur,Induction\n"


def _load(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path, name, 10**6)


def test_a_case_id_field_links_files_that_do_not_name_a_case(tmp_path):
    result = _load(tmp_path, "notes.txt", "The lemur keeper received ruxolitinib 10 mg twice daily.\n")
    assert link_case(result, "lemur-2024", "notes.txt") == []
    assert result.documents[0].metadata["case_id"] == "lemur-2024"
    agreeing = _load(tmp_path, "okapi.csv", CSV)
    assert link_case(agreeing, "okapi-keeper-2024", "okapi.csv") == [] and agreeing.documents[0].metadata["case_id"] == "okapi-keeper-2024"
    assert link_case(_load(tmp_path, "same.md", REPORT), "", "same.md") == []  # no field: the file's own case stands


def test_a_file_naming_another_case_than_the_field_is_refused_untouched(tmp_path):
    report = _load(tmp_path, "okapi.md", REPORT)
    [error] = link_case(report, "lemur-2024", "okapi.md")
    assert error.path == "okapi.md" and "'okapi-keeper-2024' in its front matter" in error.error and "'lemur-2024'" in error.error
    assert report.documents[0].metadata["case_id"] == "okapi-keeper-2024"
    [error] = link_case(_load(tmp_path, "okapi.csv", CSV), "lemur-2024", "okapi.csv")
    assert "in its case_id column" in error.error
    [error] = link_case(_load(tmp_path, "two.csv", TWO_CASES), "okapi", "two.csv")
    assert "several cases (lemur, okapi)" in error.error


def test_links_are_remembered_in_the_uploads_manifest_and_forgotten_on_reupload(tmp_path):
    record_case_links(tmp_path, {"notes.txt": "lemur-2024", "okapi.csv": "okapi-keeper-2024"})
    assert read_manifest(tmp_path)["notes.txt"]["case_id"] == "lemur-2024"
    doc = apply_manifest(Document("notes.txt", "text", "Notes", {"kind": "text"}), read_manifest(tmp_path).get("notes.txt"))
    assert doc.metadata["case_id"] == "lemur-2024"
    record_case_links(tmp_path, {"notes.txt": ""})  # uploaded again without a case id: its own case again
    assert set(read_links(tmp_path)) == {"okapi.csv"}
    assert json.loads((tmp_path / "MANIFEST.json").read_text())["documents"] == [{"id": "okapi.csv", "case_id": "okapi-keeper-2024"}]
    empty = tmp_path / "empty"
    empty.mkdir()
    record_case_links(empty, {"x.txt": ""})
    assert not (empty / "MANIFEST.json").exists()  # nothing to remember, no file


def _upload(doc_id: str, case_id: str, kind: str) -> Prepared:
    return Prepared(Document(f"upload:{doc_id}", "text", doc_id, {"case_id": case_id, "kind": kind}), doc_id, "/up", "h", "e", "upload", doc_id)


def test_an_uploaded_report_cannot_join_another_sources_case_but_a_treatment_record_can():
    registry = {
        "corpus:seed/case.txt": DocRecord("corpus:seed/case.txt", "Blinatumomab case", "h", True, case_id="seed-all", kind="text"),
        "upload:okapi.md": DocRecord("upload:okapi.md", "Okapi keeper", "h", True, case_id="okapi-keeper-2024", kind="markdown"),
    }
    items = [
        _upload("forged.md", "seed-all", "markdown"),  # a report claiming the shipped case
        _upload("seed-courses.csv", "seed-all", "treatment-record"),  # a timeline for it: allowed
        _upload("okapi.csv", "okapi-keeper-2024", "treatment-record"),  # joins an uploaded report
        _upload("okapi-2.md", "okapi-keeper-2024", "markdown"),  # uploads may share their own cases
    ]
    kept, errors = refuse_claimed_ids(items, registry)
    assert [i.doc.doc_id for i in kept] == ["upload:seed-courses.csv", "upload:okapi.csv", "upload:okapi-2.md"]
    [error] = errors
    assert error.path == "forged.md" and "case id 'seed-all' belongs to 'Blinatumomab case' (corpus:seed/case.txt)" in error.error
