"""Shared by the tag benchmark and its gold-sheet builder: the shipped case reports as
documents (the loaders' own text and sections) and the tagger of the base commit, loaded
from git, for before/after figures."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.ingest.loaders import load_file  # noqa: E402
from assistant.models import Document  # noqa: E402

BASE_COMMIT = "0034db1"  # main before the tag rules of issue 12


def shipped_documents() -> dict[str, Document]:
    """Every shipped case report and the seed abstract, by local id (PMC id or file name)."""
    docs: dict[str, Document] = {}
    for path in sorted((REPO / "corpus").rglob("*")):
        if path.suffix.lower() in (".json", ".txt", ".md") and path.name != "MANIFEST.json":
            for doc in load_file(path, path.name, 10**9).documents:
                docs[doc.doc_id] = doc
    return docs


def old_tagger(commit: str = BASE_COMMIT) -> types.ModuleType:
    """``assistant/ingest/tags.py`` with its vocabulary as they were at ``commit``."""
    def source(path: str) -> str:
        return subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{path}"], check=True, capture_output=True, text=True).stdout

    vocabulary = types.ModuleType("old_vocabulary")
    exec(compile(source("assistant/text/vocabulary.py"), "old_vocabulary", "exec"), vocabulary.__dict__)
    tags = types.ModuleType("old_tags")
    code = source("assistant/ingest/tags.py").replace("from assistant.text.vocabulary import DIAGNOSES, DRUGS", "")
    tags.__dict__.update(DIAGNOSES=vocabulary.DIAGNOSES, DRUGS=vocabulary.DRUGS)
    exec(compile(code, "old_tags", "exec"), tags.__dict__)
    return tags


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
