"""Attacks on the real app over loopback with a raw HTTP client: an upload event that names a
server file, an upload that claims a shipped case's id, a poisoned record followed by a
good one, and a second writer while the app serves its index."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from .conftest import REPO, make_settings
from .gradio_raw import event_index, file_data, run_event, upload_bytes

SECRET = "Zebra vault combination: hunter2 quokka nine.\n"
SEED_TEXT = (REPO / "corpus" / "seed" / "blinatumomab-relapsed-all-case.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def served(tmp_path_factory, embedder):
    """The real app over a two-document index of the seed case, on a loopback port."""
    from assistant.pipeline import Assistant
    from assistant.ui.server import BackgroundServer, create_app

    root = tmp_path_factory.mktemp("upload-security")
    corpus = root / "corpus"
    shutil.copytree(REPO / "corpus" / "seed", corpus / "seed")
    shutil.copy(REPO / "corpus" / "MANIFEST.json", corpus / "MANIFEST.json")
    settings = make_settings(root / "index", **{"paths.corpus_dir": corpus})
    assistant = Assistant(settings, embedder=embedder)
    assistant.sync([corpus])
    server = BackgroundServer(create_app(assistant, settings)).start()
    secret = root / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    yield server.url.rstrip("/"), assistant, settings, secret
    server.stop()


def _documents(assistant) -> set[str]:
    return {d.doc_id for d in assistant.documents()}


def _secret_anywhere(folder: Path) -> bool:
    return any(SECRET in p.read_text(errors="ignore") for p in folder.rglob("*") if p.is_file() and p.stat().st_size < 10_000)


@pytest.mark.parametrize("kind", ["absolute", "relative"])
def test_an_upload_event_naming_a_server_file_reads_nothing(served, kind):
    from gradio.utils import get_upload_folder

    base, assistant, settings, secret = served
    before = _documents(assistant)
    path = str(secret) if kind == "absolute" else "../" * 12 + str(secret).lstrip("/")
    fn, trigger = event_index(base, "upload", "upload")
    result = run_event(base, fn, trigger, [[file_data(path, "secret.txt")], "", ""])
    assert result["success"] is False and "not uploaded" in result["output"]["error"]
    assert _documents(assistant) == before
    assert not settings.index.uploads_dir.exists() or not any(settings.index.uploads_dir.iterdir())
    assert not _secret_anywhere(Path(get_upload_folder())), "the file was copied into the upload cache"
    answer = httpx.post(f"{base}/api/ask", json={"question": "What is the zebra vault combination?"}, timeout=60).json()
    assert all("hunter2" not in p["text"] for p in answer["passages"])


def test_a_cache_file_the_upload_route_did_not_write_is_refused_by_the_handler(served):
    """Inside Gradio's cache folder but never uploaded (another app's or a cached output):
    Gradio's folder check passes it; the handler's own check does not."""
    from gradio.utils import get_upload_folder

    base, assistant, _, _ = served
    planted = Path(get_upload_folder()) / "planted-by-someone" / "planted.txt"
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.write_text("Planted: the capybara keeper received imatinib.\n", encoding="utf-8")
    before = _documents(assistant)
    fn, trigger = event_index(base, "upload", "upload")
    result = run_event(base, fn, trigger, [[file_data(str(planted), "planted.txt")], "", ""])
    assert result["success"] is True and result["output"]["data"][0].startswith("Refused: the request named files that were not uploaded")
    assert _documents(assistant) == before


def test_a_genuine_upload_through_the_upload_route_is_indexed(served):
    base, assistant, _, _ = served
    path = upload_bytes(base, "okapi.txt", b"The okapi keeper received emicizumab 3 mg/kg weekly for acquired hemophilia.\n")
    fn, trigger = event_index(base, "upload", "upload")
    result = run_event(base, fn, trigger, [[file_data(path, "okapi.txt")], "", ""])
    assert result["success"] is True and result["output"]["data"][0].startswith("Indexed 1 file(s): okapi.txt")
    assert "upload:okapi.txt" in _documents(assistant)


def test_an_upload_claiming_a_shipped_id_leaves_that_case_unchanged(served):
    base, assistant, _, _ = served
    seed = "corpus:seed/blinatumomab-relapsed-all-case.txt"
    question = {"question": "What prephase dose of blinatumomab did the patient receive?"}
    before = httpx.post(f"{base}/api/ask", json=question, timeout=60).json()
    claim = json.dumps({"id": "seed/blinatumomab-relapsed-all-case.txt", "title": "Forged", "text": "Prephase blinatumomab dose was 900 mg daily by mouth."})
    path = upload_bytes(base, "forged.jsonl", claim.encode() + b"\n")
    fn, trigger = event_index(base, "upload", "upload")
    status = run_event(base, fn, trigger, [[file_data(path, "forged.jsonl")], "", ""])["output"]["data"][0]
    assert "forged.jsonl:1: id 'seed/blinatumomab-relapsed-all-case.txt' already belongs to" in status and "not indexed" in status
    assert assistant.document_texts([seed])[seed] == SEED_TEXT
    after = httpx.post(f"{base}/api/ask", json=question, timeout=60).json()
    assert after["answer"] == before["answer"] and "900 mg" not in json.dumps(after)
    assert not any(d.startswith("upload:seed/") for d in _documents(assistant))


def test_a_case_id_sent_by_hand_is_checked_by_the_server(served):
    """The case id field is client data too: an unsafe id is refused before anything is read,
    and an uploaded report cannot put itself under the shipped case."""
    base, assistant, settings, _ = served
    fn, trigger = event_index(base, "upload", "upload")
    lemur = b"The lemur keeper received ruxolitinib 10 mg twice daily.\n"
    status = run_event(base, fn, trigger, [[file_data(upload_bytes(base, "lemur.txt", lemur), "lemur.txt")], "../../etc/passwd", ""])["output"]["data"][0]
    assert status.startswith("Refused: case id '../../etc/passwd' is not a safe id") and "upload:lemur.txt" not in _documents(assistant)
    status = run_event(base, fn, trigger, [[file_data(upload_bytes(base, "lemur.txt", lemur), "lemur.txt")], "seed-blinatumomab-all", ""])["output"]["data"][0]
    assert "lemur.txt: case id 'seed-blinatumomab-all' belongs to" in status and "upload:lemur.txt" not in _documents(assistant)
    seed_case = [d for d in assistant.documents() if d.case_id == "seed-blinatumomab-all"]
    assert sorted(d.doc_id for d in seed_case) == ["corpus:seed/blinatumomab-relapsed-all-case.txt", "corpus:seed/blinatumomab-treatment-record.csv"]


def test_a_poisoned_record_costs_only_itself_and_the_app_restarts_cleanly(served, embedder):
    from assistant.pipeline import Assistant
    from assistant.ui.server import sync_on_start

    base, assistant, settings, _ = served
    poisoned = "\n".join(
        [
            json.dumps({"id": "ok-1", "title": "Good record", "text": "The tapir keeper received romiplostim 1 mcg/kg weekly for ITP."}),
            json.dumps({"id": "bad-1", "text": "Nested metadata.", "metadata": {"labs": {"hb": 9.1}}}),
        ]
    )
    fn, trigger = event_index(base, "upload", "upload")
    status = run_event(base, fn, trigger, [[file_data(upload_bytes(base, "poisoned.jsonl", poisoned.encode()), "poisoned.jsonl")], "", ""])["output"]["data"][0]
    assert "poisoned.jsonl:2: 'metadata.labs' is a nested object" in status
    good = json.dumps({"id": "later-1", "text": "The serval keeper received eltrombopag 50 mg daily."})
    status = run_event(base, fn, trigger, [[file_data(upload_bytes(base, "later.jsonl", good.encode()), "later.jsonl")], "", ""])["output"]["data"][0]
    assert status.startswith("Indexed 1 file(s): later.jsonl")
    for question, expected in (("What did the serval keeper receive?", "eltrombopag"), ("What did the tapir keeper receive?", "romiplostim"), ("What prephase dose of blinatumomab did the patient receive?", "9 mcg/day")):
        answer = httpx.post(f"{base}/api/ask", json={"question": question}, timeout=60).json()
        assert not answer["abstained"] and expected in answer["answer"], (question, answer["answer"])
    # A restart syncs the uploads folder again: the poisoned line is reported, nothing else is lost.
    import io

    out = io.StringIO()
    restarted = Assistant(settings, embedder=embedder)
    sync_on_start(restarted, settings, out=out)
    log = out.getvalue()
    assert "poisoned.jsonl:2: 'metadata.labs' is a nested object" in log and "index ready" in log
    assert {"upload:ok-1", "upload:later-1", "corpus:seed/blinatumomab-relapsed-all-case.txt"} <= _documents(restarted)


def test_a_second_writer_is_refused_while_the_app_serves(tmp_path):
    """``assistant index`` on the folder a running app serves: refused with the owner's pid."""
    from assistant.index.locks import IndexOwner

    settings = make_settings(tmp_path / "index")
    with IndexOwner(settings, "assistant serve"):
        folder = tmp_path / "more"
        folder.mkdir()
        (folder / "case.txt").write_text("A new case.\n", encoding="utf-8")
        cmd = [sys.executable, "-m", "assistant.cli", "index", str(folder), "--index-dir", str(settings.index.dir), "--quiet"]
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
        import os

        assert done.returncode == 1 and f"error: index in use by process {os.getpid()} (assistant serve" in done.stderr
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr  # the owner is gone: the same command works
