"""``assistant index`` as a user runs it: a real subprocess, a real Chroma folder, the real model.

Covers the repeatable-sync contract (a second run embeds nothing), ``--status --json``,
and bad input: one clear line per failing file (with the line where one applies), the
rest indexed, a non-zero exit, and nothing indexed earlier lost.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest.identity import local_id
from assistant.index.store import Store
from assistant.index.sync import sync

from .conftest import make_settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DATA = Path(__file__).resolve().parent / "data" / "ingest"


def run_cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    env.pop("ASSISTANT_INDEX__DIR", None)
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


def corpus_subset(target: Path) -> Path:
    """The seed folder of the shipped corpus with its MANIFEST entries (two documents)."""
    shutil.copytree(CORPUS / "seed", target / "seed")
    manifest = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    manifest["documents"] = [d for d in manifest["documents"] if d["path"].startswith("seed/")]
    (target / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def registry(index_dir: Path, local: bool = True):
    """The registry, keyed by each source's own id unless ``local=False``."""
    records = Store(make_settings(index_dir)).registry()
    return {local_id(d) if local else d: r for d, r in records.items()}


def chunk_ids(index_dir: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cid, _, meta in Store(make_settings(index_dir)).iter_chunks():
        out.setdefault(local_id(meta["doc_id"]), set()).add(cid)
    return out


@pytest.fixture(scope="module")
def indexed_subset(tmp_path_factory):
    """``assistant index corpus-subset --index-dir X --json``, run twice."""
    root = tmp_path_factory.mktemp("cli")
    subset = corpus_subset(root / "corpus-subset")
    index_dir = root / "index"
    first = run_cli("index", str(subset), "--index-dir", str(index_dir), "--json")
    second = run_cli("index", str(subset), "--index-dir", str(index_dir), "--json")
    return subset, index_dir, first, second


def test_first_run_indexes_the_subset(indexed_subset):
    _, index_dir, first, _ = indexed_subset
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)  # stdout is exactly one JSON object
    assert report["errors"] == []
    assert (report["documents"], report["added"], report["updated"], report["removed"], report["unchanged"]) == (2, 2, 0, 0, 0)
    assert report["embedded"] == report["chunks"] > 5
    assert report["index"] == str(index_dir)
    ids = set(registry(index_dir, local=False))
    origin = next(iter(ids)).split(":")[0]
    assert origin.startswith("corpus-subset-") and ids == {f"{origin}:seed/blinatumomab-relapsed-all-case.txt", f"{origin}:seed/blinatumomab-treatment-record.csv"}
    record = registry(index_dir)["seed/blinatumomab-relapsed-all-case.txt"]
    assert record.license.startswith("CC BY 4.0") and record.case_id == "seed-blinatumomab-all"
    assert record.title.startswith("Clinical Case of Successful Blinatumomab Use")


def test_second_run_embeds_nothing_and_counts_match(indexed_subset):
    _, index_dir, first, second = indexed_subset
    assert second.returncode == 0, second.stderr
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert b["embedded"] == 0 and b["unchanged"] == 2 and (b["added"], b["updated"], b["removed"]) == (0, 0, 0)
    assert (b["documents"], b["chunks"]) == (a["documents"], a["chunks"])
    assert b["errors"] == []


def test_status_json(indexed_subset):
    _, index_dir, first, _ = indexed_subset
    result = run_cli("index", "--status", "--json", "--index-dir", str(index_dir))
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    report = json.loads(first.stdout)
    assert info["documents"] == 2 and info["chunks"] == report["chunks"]
    assert info["model"] == "sentence-transformers/all-MiniLM-L6-v2" and info["dimension"] == 384
    assert info["last_sync"].startswith("20") and "T" in info["last_sync"]
    assert info["incomplete"] == []
    assert info["kinds"] == {"text": 1, "treatment-record": 1}


def test_bad_input_is_reported_and_nothing_is_lost(tmp_path, embedder):
    folder = tmp_path / "cases"
    folder.mkdir()
    index_dir = tmp_path / "index"
    # An earlier sync indexed these files.
    shutil.copy(DATA / "case.txt", folder / "was-good.txt")
    shutil.copy(DATA / "case.md", folder / "keep.md")
    settings = make_settings(index_dir)
    assert not sync([folder], settings, embedder=embedder).errors
    before = chunk_ids(index_dir)
    old_text = (folder / "was-good.txt").read_text(encoding="utf-8")

    # Now: the indexed file turns into Shift-JIS (refused: no confident guess), bad files arrive, and so do good ones.
    (folder / "was-good.txt").write_bytes("Relapsed AML\nsecond line\nthe \u60a3\u8005 line is Shift-JIS\n".encode("shift_jis"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.pdf").write_bytes(os.urandom(2048).replace(b"%PDF", b"%XXX"))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    (folder / "truncated.pdf").write_bytes((DATA / "case.pdf").read_bytes()[:300])
    (folder / "shift-jis.txt").write_bytes("Line one.\nLine two.\n\u60a3\u8005\u306f\u767a\u71b1\u3002\n".encode("shift_jis"))
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse 50 MB: refused by size, never read
    (folder / "records.jsonl").write_text(
        '{"id": "rec-ok-1", "title": "Aplastic anemia", "text": "A 23-year-old man received cyclosporine and eltrombopag."}\n'
        '{"id": "rec-broken", "text": "unterminated\n'
        '{"id": "rec-ok-2", "title": "Acquired hemophilia", "text": "An 80-year-old man had a factor VIII inhibitor treated with emicizumab."}\n',
        encoding="utf-8",
    )
    shutil.copy(DATA / "case.html", folder / "new-case.html")
    missing = tmp_path / "no-such-folder"

    result = run_cli("index", str(folder), str(missing), "--index-dir", str(index_dir), "--json", "--quiet")
    assert result.returncode == 1, (result.returncode, result.stderr)
    report = json.loads(result.stdout)
    errors = {Path(e["path"]).name: e for e in report["errors"]}
    assert set(errors) == {"was-good.txt", "empty.txt", "junk.pdf", "corrupt.pdf", "truncated.pdf", "shift-jis.txt", "huge.txt", "records.jsonl", "no-such-folder"}
    for error in report["errors"]:
        assert set(error) <= {"path", "line", "error"} and error["error"] and "\n" not in error["error"]
    assert errors["was-good.txt"]["line"] == 3 and "not UTF-8" in errors["was-good.txt"]["error"]
    assert errors["shift-jis.txt"]["line"] == 3 and "0x8a" in errors["shift-jis.txt"]["error"]
    assert errors["records.jsonl"]["line"] == 2 and "invalid JSON" in errors["records.jsonl"]["error"]
    assert errors["empty.txt"]["error"] == "empty file"
    assert "not a PDF" in errors["junk.pdf"]["error"]
    assert "corrupt or unreadable PDF" in errors["corrupt.pdf"]["error"]
    assert "corrupt or unreadable PDF" in errors["truncated.pdf"]["error"]
    assert "file too large (52.4 MB > 20 MB limit" in errors["huge.txt"]["error"]
    assert errors["no-such-folder"]["error"] == "no such file or folder"
    for name in ("empty.txt", "junk.pdf", "corrupt.pdf", "truncated.pdf", "huge.txt"):
        assert "line" not in errors[name]

    # stderr: one line per failure, naming the file (and the line where one applies)
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == len(report["errors"])
    assert f"error: {folder.resolve() / 'shift-jis.txt'}:3: not UTF-8 text" in "\n".join(lines)
    assert f"error: {folder.resolve() / 'records.jsonl'}:2: invalid JSON" in "\n".join(lines)
    assert "Traceback" not in result.stderr

    # the rest is indexed, and nothing indexed before is lost
    after = registry(index_dir)
    assert set(after) == {"was-good.txt", "keep.md", "new-case.html", "rec-ok-1", "rec-ok-2"}
    assert report["added"] == 3 and report["removed"] == 0 and report["documents"] == 5
    ids = chunk_ids(index_dir)
    assert ids["was-good.txt"] == before["was-good.txt"] and ids["keep.md"] == before["keep.md"]
    full = next(d for d in registry(index_dir, local=False) if local_id(d) == "was-good.txt")
    assert Store(make_settings(index_dir)).doc_texts([full])[full] == old_text
    assert all(record.complete for record in after.values())


# ----------------------------------------------------------------- in-process main()
# The same entry point without a new interpreter: cheap checks of the plain-text output.
def run_main(capsys, *args: str) -> tuple[int, str, str]:
    from assistant.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_status_plain_text(indexed_subset, capsys):
    _, index_dir, _, _ = indexed_subset
    code, out, _ = run_main(capsys, "index", "--status", "--index-dir", str(index_dir))
    assert code == 0
    lines = dict(line.split(None, 1) for line in out.strip().splitlines())
    assert lines["documents"] == "2" and lines["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert lines["last"].startswith("sync ")


def test_status_of_a_fresh_folder(tmp_path, capsys):
    code, out, _ = run_main(capsys, "index", "--status", "--json", "--index-dir", str(tmp_path / "nothing-yet"))
    assert code == 0
    info = json.loads(out)
    assert (info["documents"], info["chunks"], info["model"], info["last_sync"], info["incomplete"]) == (0, 0, "", "", [])


def test_plain_output_and_exit_code_when_all_is_well(tmp_path, embedder, capsys):
    folder = tmp_path / "ok"
    folder.mkdir()
    shutil.copy(DATA / "case.md", folder / "case.md")
    sync([folder], make_settings(tmp_path / "index"), embedder=embedder)
    code, out, err = run_main(capsys, "index", str(folder), "--index-dir", str(tmp_path / "index"), "--quiet")
    assert code == 0, err
    assert "1 documents" in out and "unchanged 1" in out and "embedded 0 chunks" in out


def test_plain_output_summarises_failures(tmp_path, capsys):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.md").write_bytes(b"")
    scan = tmp_path / "scan.tiff"
    scan.write_bytes(b"II*\x00")
    code, _, err = run_main(capsys, "index", str(folder), str(scan), "--index-dir", str(tmp_path / "index"), "--quiet")
    assert code == 1
    assert f"error: {folder.resolve() / 'empty.md'}: empty file" in err
    assert f"error: {scan.resolve()}: unsupported file type .tiff" in err
    assert "2 file(s) failed; everything else is indexed" in err


def test_rebuild_re_embeds_everything_with_the_same_ids(tmp_path, embedder, capsys):
    folder = tmp_path / "ok"
    folder.mkdir()
    shutil.copy(DATA / "case.txt", folder / "case.txt")
    index_dir = tmp_path / "index"
    sync([folder], make_settings(index_dir), embedder=embedder)
    before = chunk_ids(index_dir)
    code, out, err = run_main(capsys, "index", str(folder), "--index-dir", str(index_dir), "--rebuild", "--json", "--quiet")
    assert code == 0, err
    report = json.loads(out)
    assert report["added"] == 1 and report["embedded"] == report["chunks"] == len(before["case.txt"])
    assert chunk_ids(index_dir) == before
