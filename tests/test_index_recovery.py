"""Recovery after an interrupted sync: the next run repairs the index to exactly what a
clean build of the same files gives.

(a) in-process: a thin wrapper around the real model raises KeyboardInterrupt after N
    batches (the model itself stays real);
(b) a real ``kill -9`` of ``python -m assistant.cli index`` partway through, once it
    has written some chunks (read off its progress log), then a rerun;
(c) three ``kill -9`` in a row on one index of the ingest fixtures (a seeded moment of
    start-up, two seeded points of embedding), then a CLI rerun to completion.

The result is compared with a real clean build of the same files (same documents, chunk
ids, texts, offsets, and each chunk's vector matching the clean build's); the interrupted
update is compared with what the loaders and chunker plan for those files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.index.sync import status, sync

from .conftest import make_settings
from assistant.ingest.identity import local_id

from .index_checks import checked_index

REPO = Path(__file__).resolve().parents[1]

DRUGS = ["blinatumomab", "cytarabine", "rituximab", "venetoclax", "dexamethasone", "imatinib", "eculizumab", "azacitidine"]
DISEASES = ["acute lymphoblastic leukemia", "acute myeloid leukemia", "immune thrombocytopenia", "chronic myeloid leukemia", "multiple myeloma"]


def case_text(i: int, paragraphs: int = 1, revision: int = 0) -> str:
    """A generated case report of a few paragraphs with sections; deterministic in ``i``."""
    drug, disease = DRUGS[i % len(DRUGS)], DISEASES[i % len(DISEASES)]
    body = [f"Generated case {i}: {disease}\n", "Case Description\n"]
    for p in range(paragraphs):
        body.append(
            f"Patient {i} (revision {revision}) was seen on visit {p + 1}. The marrow showed {10 + (i * 7 + p) % 80}% blasts. "
            f"Treatment with {drug} was continued at cycle {p + 2}, and supportive care included transfusion of {p + 1} units. "
            f"Ferritin was {300 + 17 * i + p} ng/mL and lactate dehydrogenase {200 + 11 * p} U/L on day {3 * p + i}.\n"
        )
    body.append("Outcome\n")
    body.append(f"At follow-up after {i + 3} months the patient with {disease} remained in remission on {drug}.\n")
    return "\n".join(body)


def write_cases(folder: Path, n: int, paragraphs: int = 1, revision: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"case-{i:02d}.txt").write_text(case_text(i, paragraphs, revision), encoding="utf-8")
    return folder


def snapshot(settings, with_vectors: bool = False) -> dict:
    """The index as stored, reduced to what a clean build must reproduce (after
    ``checked_index`` has asserted it is consistent)."""
    state = checked_index(settings, with_vectors)
    out = {
        "docs": {doc_id: (r.hash, r.embed_hash, r.n_chunks) for doc_id, r in state["registry"].items()},
        "chunks": {cid: (text, meta["doc_id"], meta["char_start"], meta["char_end"], meta["section"]) for cid, (text, meta) in state["chunks"].items()},
        "texts": state["texts"],
    }
    if with_vectors:
        out["vectors"] = state["vectors"]
    return out


def assert_same_index(recovered: dict, clean: dict) -> None:
    assert recovered["docs"] == clean["docs"]
    assert recovered["chunks"] == clean["chunks"]
    assert recovered["texts"] == clean["texts"]
    if "vectors" in recovered and "vectors" in clean:
        # each chunk carries its own vector (not a neighbour's from a shuffled batch)
        for cid, vector in clean["vectors"].items():
            assert float(np.dot(vector, recovered["vectors"][cid])) > 0.999, cid


def planned(paths: list[Path], settings) -> dict:
    """What a clean build of these files holds, from the same loaders and chunker, without
    embedding: document hashes, chunk ids with their text, offsets and section, and texts."""
    from assistant.ingest.pipeline import chunk, load_paths, settings_key
    from assistant.ingest.chunking import token_counter

    loaded, errors, _, _ = load_paths(paths, settings, settings_key(settings, settings.embedding.model_id()))
    assert not errors
    counter = token_counter(settings.embedding.resolved_model_path())
    docs, chunks, texts = {}, {}, {}
    for item in loaded:
        doc_chunks = chunk(item.doc, item.embed_hash, counter, settings)
        docs[item.doc.doc_id] = (item.hash, item.embed_hash, len(doc_chunks))
        chunks.update({ch.chunk_id: (ch.text, ch.doc_id, ch.char_start, ch.char_end, ch.section) for ch in doc_chunks})
        texts[item.doc.doc_id] = item.doc.text
    return {"docs": docs, "chunks": chunks, "texts": texts}


class InterruptingEmbedder:
    """The real model behind a counter: after ``after`` encode calls, Ctrl-C."""

    def __init__(self, real, after: int, batch_size: int = 2):
        self.real = real
        self.after = after
        self.calls = 0
        self.batch_size = batch_size
        self.dimension = real.dimension

    @property
    def encoder_id(self) -> str:
        return self.real.encoder_id

    def encode_documents(self, texts, batch_size=None):
        """What sync calls: the real model's document encoder (int8 on a CPU by default)."""
        if self.calls >= self.after:
            raise KeyboardInterrupt
        self.calls += 1
        return self.real.encode_documents(texts, batch_size=batch_size)


SMALL_GROUPS = {"index.group_chunks": 6}


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return write_cases(tmp_path_factory.mktemp("cases") / "corpus", 6)


@pytest.fixture(scope="module")
def clean_build(cases, tmp_path_factory, embedder):
    settings = make_settings(tmp_path_factory.mktemp("clean") / "index", **SMALL_GROUPS)
    report = sync([cases], settings, embedder=embedder)
    assert not report.errors and report.embedded >= 18, report.embedded  # three groups of 6 or more
    return snapshot(settings, with_vectors=True)


@pytest.mark.parametrize("after", [0, 2, 5])
def test_interrupted_first_build_is_repaired_by_a_rerun(cases, clean_build, tmp_path, embedder, after):
    settings = make_settings(tmp_path / "index", **SMALL_GROUPS)
    wrapper = InterruptingEmbedder(embedder, after)
    with pytest.raises(KeyboardInterrupt):
        sync([cases], settings, embedder=wrapper)
    assert wrapper.calls == after
    left = status(settings)
    # A group is embedded before any of it is written, so an interrupt while encoding leaves
    # the finished groups complete and nothing of the others (writes are covered by kill -9).
    assert left["documents"] < len(clean_build["docs"]) and left["incomplete"] == []
    report = sync([cases], settings, embedder=embedder)
    assert not report.errors
    recovered = snapshot(settings, with_vectors=True)
    assert_same_index(recovered, clean_build)
    assert status(settings)["incomplete"] == []
    # and the repaired index is stable: a further rerun embeds nothing
    assert sync([cases], settings, embedder=embedder).embedded == 0


@pytest.mark.parametrize("after", [1, 4])
def test_interrupted_update_is_repaired_by_a_rerun(tmp_path, embedder, after):
    folder = write_cases(tmp_path / "corpus", 5)
    settings = make_settings(tmp_path / "index", **SMALL_GROUPS)
    sync([folder], settings, embedder=embedder)
    old = snapshot(settings)
    write_cases(folder, 5, paragraphs=2, revision=1)  # every document changes
    (folder / "case-04.txt").unlink()  # and one goes away
    wrapper = InterruptingEmbedder(embedder, after)
    with pytest.raises(KeyboardInterrupt):
        sync([folder], settings, embedder=wrapper)
    assert wrapper.calls == after
    report = sync([folder], settings, embedder=embedder)
    assert report.removed == 1
    recovered = snapshot(settings)
    assert {local_id(d) for d in recovered["docs"]} == {f"case-{i:02d}.txt" for i in range(4)}
    assert not set(old["chunks"]) & set(recovered["chunks"]), "no chunk of the old revision may survive"
    assert all("(revision 1)" in text for text in recovered["texts"].values())
    assert_same_index(recovered, planned([folder], settings))


# --------------------------------------------------------------------------- kill -9
def _env(**extra) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONUNBUFFERED": "1"}, **extra)
    env.pop("ASSISTANT_INDEX__DIR", None)
    return env


def short_case(i: int) -> str:
    """Two sections, two chunks: many small documents so a kill lands between groups."""
    drug, disease = DRUGS[i % len(DRUGS)], DISEASES[i % len(DISEASES)]
    return (
        f"Short case {i}: {disease}\n\nCase Description\n\n"
        f"Patient {i} had {10 + (i * 7) % 80}% marrow blasts and was treated with {drug} for {i + 2} cycles before remission.\n"
    )


def test_kill_9_mid_sync_then_rerun_matches_a_clean_build(tmp_path, embedder):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(30):
        (folder / f"short-{i:02d}.txt").write_text(short_case(i), encoding="utf-8")
    index_dir = tmp_path / "index"
    group = 8
    env = _env(ASSISTANT_INDEX__GROUP_CHUNKS=str(group), ASSISTANT_EMBEDDING__BATCH_SIZE="4")
    command = ["index", str(folder), "--index-dir", str(index_dir), "--json"]
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", *command], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    log = bytearray()

    def drain() -> None:
        for piece in iter(lambda: proc.stderr.read1(4096), b""):
            log.extend(piece)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    progress = re.compile(rb"(\d+)/(\d+) \[")
    deadline = time.monotonic() + 240
    done = total = 0
    try:
        # The progress bar on stderr counts embedded chunks. A group's chunks are written
        # right after it is embedded, so once the count passes one group, that group is in Chroma.
        while time.monotonic() < deadline and proc.poll() is None:
            marks = progress.findall(bytes(log))
            if marks:
                done, total = int(marks[-1][0]), int(marks[-1][1])
                if done > group:
                    break
            time.sleep(0.01)
        assert proc.poll() is None, f"sync ended before the kill (at {done}/{total}); log:\n{log.decode(errors='replace')[-2000:]}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=5)
    assert proc.returncode == -signal.SIGKILL
    assert total > done > group, (done, total)
    assert proc.stdout.read() == b""  # killed before it could report

    # what the kill left behind: some chunks written, the run unfinished
    settings = make_settings(index_dir, **{"index.group_chunks": group})
    info = status(settings)
    assert 0 < info["chunks"] < total
    assert info["incomplete"] or info["documents"] < 30

    # rerun (same code path as the CLI; the CLI's own rerun contract is in test_cli_index):
    # it finishes the job, embedding only what the killed run had not stored
    report = sync([folder], settings, embedder=embedder)
    assert (report.documents, report.chunks, report.errors) == (30, total, [])
    assert 0 < report.embedded < total
    assert report.added + report.updated + report.unchanged == 30

    recovered = snapshot(make_settings(index_dir), with_vectors=True)
    clean_settings = make_settings(tmp_path / "clean")
    assert sync([folder], clean_settings, embedder=embedder).embedded == total
    clean = snapshot(clean_settings, with_vectors=True)
    assert len(clean["docs"]) == 30 and len(clean["chunks"]) == total
    assert set(recovered["docs"]) == set(clean["docs"])
    assert set(recovered["chunks"]) == set(clean["chunks"])
    assert_same_index(recovered, clean)
    final = status(settings)
    assert (final["documents"], final["chunks"], final["incomplete"]) == (30, total, [])


# ------------------------------------------------------- kill -9 at several random moments
INGEST = Path(__file__).resolve().parent / "data" / "ingest"
INGEST_FILES = ["case.txt", "case.md", "case.html", "case.pdf", "corpus.jsonl", "treatment.csv"]  # 6 files, 8 documents
KILL_SEED = 20261126
PROGRESS = re.compile(rb"(\d+)/(\d+) \[")


class IndexRun:
    """``python -m assistant.cli index`` as a subprocess, its progress marks timestamped."""

    def __init__(self, folder: Path, index_dir: Path, env: dict[str, str]):
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "assistant.cli", "index", str(folder), "--index-dir", str(index_dir), "--json"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self.log = bytearray()
        self.parsed = 0
        self.marks: list[tuple[float, int, int]] = []  # (seconds since start, done, total)
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self) -> None:
        for piece in iter(lambda: self.proc.stderr.read1(4096), b""):
            now = time.monotonic() - self.started
            self.log.extend(piece)
            for match in PROGRESS.finditer(self.log, self.parsed):  # a mark split across reads is read next time
                self.marks.append((now, int(match[1]), int(match[2])))
                self.parsed = match.end()

    def wait_until(self, ready, limit: float = 120) -> None:
        deadline = time.monotonic() + limit
        while self.proc.poll() is None and not ready() and time.monotonic() < deadline:
            time.sleep(0.002)

    def kill(self) -> dict:
        """SIGKILL now; what the run had shown by then."""
        assert self.proc.poll() is None, f"the run ended before the kill; log:\n{self.log.decode(errors='replace')[-1500:]}"
        at = time.monotonic() - self.started
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self.reader.join(timeout=5)
        assert self.proc.returncode == -signal.SIGKILL
        done, total = (self.marks[-1][1], self.marks[-1][2]) if self.marks else (None, None)
        phase = "startup (imports, Chroma, loading, model)" if done is None else "embedding and writing groups"
        return {"at_s": round(at, 2), "progress": (done, total), "phase": phase}

    def finish(self) -> dict:
        out, _ = self.proc.communicate(timeout=180)
        self.reader.join(timeout=5)
        assert self.proc.returncode == 0, self.log.decode(errors="replace")[-2000:]
        return json.loads(out)


def full_state(settings) -> dict:
    """Everything a rerun must reproduce: registry records and chunk metadata without the
    ``indexed_at`` timestamp, chunk texts, document texts and vectors."""
    import dataclasses

    state = checked_index(settings, with_vectors=True)  # no orphans, nothing incomplete, offsets exact
    return {
        "records": {d: {k: v for k, v in dataclasses.asdict(r).items() if k != "indexed_at"} for d, r in state["registry"].items()},
        "chunks": {cid: (text, {k: v for k, v in meta.items() if not k.endswith("_at")}) for cid, (text, meta) in state["chunks"].items()},
        "texts": state["texts"],
        "vectors": state["vectors"],
    }


def served_part_is_whole(index_dir: Path, scratch: Path) -> dict:
    """What a kill left, read from a copy (the original is never opened by this process while
    a CLI run may write it): every chunk belongs to a registered document, and every document
    marked complete has exactly its chunks with exact offsets (incomplete ones are never served)."""
    from collections import Counter

    from assistant.index.store import Store
    from assistant.ingest.chunking import chunk_id_for

    if not index_dir.exists():
        return {"documents": 0, "complete": 0, "chunks": 0, "incomplete": [], "per_doc": {}}
    shutil.copytree(index_dir, scratch)
    store = Store(make_settings(scratch))
    registry = store.registry()
    rows = list(store.iter_chunks())
    assert {meta["doc_id"] for _, _, meta in rows} <= set(registry), "orphan chunks after a kill"
    assert len({cid for cid, _, _ in rows}) == len(rows), "duplicate chunk ids after a kill"
    complete = {d: r for d, r in registry.items() if r.complete}
    texts = store.doc_texts(list(complete))
    for doc_id, record in complete.items():
        got = {cid for cid, _, meta in rows if meta["doc_id"] == doc_id}
        assert got == {chunk_id_for(doc_id, record.embed_hash, i) for i in range(record.n_chunks)}, doc_id
    for cid, text, meta in rows:
        if meta["doc_id"] in complete:
            assert texts[meta["doc_id"]][meta["char_start"] : meta["char_end"]] == text, cid
    per_doc = Counter(meta["doc_id"] for _, _, meta in rows)
    return {"documents": len(registry), "complete": len(complete), "chunks": len(rows), "incomplete": sorted(set(registry) - set(complete)), "per_doc": dict(per_doc)}


def test_kill_9_at_three_seeded_moments_then_rerun_equals_a_clean_build(tmp_path):
    """Three SIGKILLs of the CLI in a row on one index (a seeded moment in start-up, then two
    seeded points of embedding), a rerun to completion, and the index equals a clean CLI build
    of the same files in another folder: ids, texts, metadata (not timestamps), vectors,
    chunk count, nothing incomplete, no orphan chunks. (Not ``--quiet``: the progress bar on
    stderr tells when embedding runs and how far it got.)"""
    import random

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in INGEST_FILES:
        shutil.copy(INGEST / name, folder / name)
    # one chunk per model call and one document per written group: many points to land in
    env = _env(ASSISTANT_INDEX__GROUP_CHUNKS="1", ASSISTANT_EMBEDDING__BATCH_SIZE="1")
    rng = random.Random(KILL_SEED)

    clean_run = IndexRun(folder, tmp_path / "clean", env)
    clean_report = clean_run.finish()
    total = clean_report["chunks"]
    assert (clean_report["documents"], clean_report["errors"], clean_report["embedded"]) == (8, [], total) and total >= 10
    first_mark = clean_run.marks[0][0]  # observed start-up time (imports, Chroma, loading, model)

    index_dir = tmp_path / "index"
    kills = []
    # 1: a seeded moment in the later part of the observed start-up (Chroma open, model loading)
    run = IndexRun(folder, index_dir, env)
    delay = rng.uniform(0.5, 0.95) * first_mark
    # (a run much faster than the cold clean build is killed as its embedding starts instead)
    run.wait_until(lambda: time.monotonic() - run.started >= delay or bool(run.marks))
    kills.append({**run.kill(), "planned": f"{delay:.2f}s after start", "index folder existed": index_dir.exists()})
    kills[-1]["left"] = served_part_is_whole(index_dir, tmp_path / "after-kill-1")
    # 2 and 3: once the progress bar of the rerun passes a seeded chunk count, after a seeded jitter
    for n in (2, 3):
        run = IndexRun(folder, index_dir, env)
        run.wait_until(lambda: bool(run.marks))
        remaining = run.marks[0][2] if run.marks else total
        assert remaining >= 4, (n, remaining, kills)
        # the second kill early in the run's embedding, the third in its later half
        low, high = (2, remaining // 2) if n == 2 else (remaining // 2, remaining - 3)
        k, jitter = rng.randint(low, high), rng.uniform(0, 0.01)
        run.wait_until(lambda: run.marks[-1][1] >= k)
        time.sleep(jitter)
        kill = run.kill()
        done, of = kill["progress"]
        assert of is not None and done < of, f"kill {n} should land while embedding: {kill}"
        kills.append({**kill, "planned": f"after chunk {k}/{remaining} + {jitter * 1000:.0f} ms"})
        kills[-1]["left"] = served_part_is_whole(index_dir, tmp_path / f"after-kill-{n}")
    assert kills[-1]["left"]["chunks"] > 0  # the kills did interrupt a partly written index

    final = IndexRun(folder, index_dir, env).finish()
    assert (final["documents"], final["chunks"], final["errors"]) == (8, total, [])
    assert 0 < final["embedded"] <= total and final["added"] + final["updated"] + final["unchanged"] == 8
    recovered, clean = full_state(make_settings(index_dir)), full_state(make_settings(tmp_path / "clean"))
    assert recovered["records"] == clean["records"]
    assert recovered["chunks"] == clean["chunks"]
    assert recovered["texts"] == clean["texts"]
    assert set(recovered["vectors"]) == set(clean["vectors"]) and len(recovered["chunks"]) == total
    for cid, vector in clean["vectors"].items():
        assert float(np.dot(vector, recovered["vectors"][cid])) > 0.999, cid
    info = status(make_settings(index_dir))
    assert (info["documents"], info["chunks"], info["incomplete"]) == (8, total, [])
    print(f"\nkills: {kills}\nfinal rerun embedded {final['embedded']}/{total}")
