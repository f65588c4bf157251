"""The shipped corpus and its MANIFEST: every document listed, with provenance and a
checksum that matches the file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from assistant.ingest.discover import discover
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, load_file

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEED_SHA256 = "e2f0ab1c4e0b7979b1f59f5073677c1dbc5e9dab704a61f60528f47d9a200c52"
REQUIRED = ("id", "title", "source", "license", "sha256")


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def loaded_ids() -> list[str]:
    """Document ids of the shipped corpus, loaded by the same loaders the sync uses."""
    ids = []
    for file, root in discover(CORPUS):
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        result = load_file(file, file.relative_to(root).as_posix(), 10**9)
        assert not result.errors, [str(e) for e in result.errors]
        ids.extend(doc.doc_id for doc in result.documents)
    return ids


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_manifest_lists_every_shipped_document(manifest, loaded_ids):
    listed = [entry["id"] for entry in manifest["documents"]]
    assert len(listed) == len(set(listed)), "duplicate ids in MANIFEST.json"
    assert len(loaded_ids) == len(set(loaded_ids))
    assert sorted(listed) == sorted(loaded_ids)
    assert len(loaded_ids) > 100


def test_every_entry_has_provenance(manifest):
    for entry in manifest["documents"]:
        for key in REQUIRED:
            assert isinstance(entry.get(key), str) and entry[key].strip(), (entry.get("id"), key)
        assert len(entry["sha256"]) == 64 and int(entry["sha256"], 16) >= 0
        assert (CORPUS / entry["path"]).is_file(), entry["path"]


def test_checksums_match_the_files(manifest):
    actual: dict[str, str] = {}
    for entry in manifest["documents"]:
        path = entry["path"]
        if path not in actual:
            actual[path] = sha256(CORPUS / path)
        assert entry["sha256"] == actual[path], f"{entry['id']}: {path} changed since MANIFEST.json was written"
    shipped_files = {f.relative_to(CORPUS).as_posix() for f, _ in discover(CORPUS)}
    assert shipped_files == set(actual), "a shipped file is missing from MANIFEST.json (or listed but absent)"


def test_seed_abstract_checksum(manifest):
    seed = "seed/blinatumomab-relapsed-all-case.txt"
    assert sha256(CORPUS / seed) == SEED_SHA256
    entry = next(e for e in manifest["documents"] if e["id"] == seed)
    assert entry["sha256"] == SEED_SHA256
    assert entry["license"].startswith("CC BY 4.0")
    assert entry["case_id"] == "seed-blinatumomab-all"


def test_sources_name_their_licenses(manifest):
    for source in manifest["sources"]:
        assert source["name"] and source["license"] and source["attribution"]
