"""BM25 in segments: after adds and deletes the scores equal a from-scratch bm25s build over
the live chunks (to float32 rounding), a merge changes nothing, an update writes only the
new segment, the cache follows index changes by updating (not rebuilding) against real
Chroma, and a ``kill -9`` in the middle of updates always leaves a loadable cache whose
content is exactly one committed generation."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import bm25s
import numpy as np
import pytest

from assistant.index.store import Store
from assistant.index.sync import sync
from assistant.retrieve import lexical_files
from assistant.retrieve.hybrid import HybridRetriever
from assistant.retrieve.lexical import LexicalIndex
from assistant.retrieve.lexical_cache import folder_for, refreshed
from assistant.text.tokens import tokenize

from .conftest import make_settings
from .test_retrieve_hybrid import write_corpus

REPO = Path(__file__).resolve().parents[1]
WORDS = ("blinatumomab relapsed leukemia platelets azacitidine venetoclax remission rituximab dexamethasone marrow "
         "cd19 mrd 84.6 0.6 fever infection transplant dose cycle neutropenia caplacizumab plasma exchange").split()  # fmt: skip
QUERIES = ["blinatumomab relapsed", "84.6 platelets platelets", "cd19 mrd dose", "caplacizumab plasma exchange", "fever", "unseen ponatinib"]


def doc_rows(d: int, n: int = 6, seed: int = 0) -> list[tuple[str, str, str, str]]:
    """``n`` chunks of document ``d``: seeded random clinical words (some chunks empty)."""
    rng = random.Random(f"{seed}-{d}")
    return [(f"d{d}::{i}", f"d{d}", rng.choice(["Case", "Outcome"]), " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 25)))) for i in range(n)]


def reference_scores(live: list[tuple[str, str, str, str]], query: str) -> dict[str, float]:
    """bm25s from scratch over the live rows (the product's k1/b): chunk id -> score."""
    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index([tokenize(text) or ["<empty>"] for *_, text in live], show_progress=False)
    terms = [t for t in tokenize(query) if t in model.vocab_dict]
    scores = model.get_scores(terms) if terms else np.zeros(len(live), dtype=np.float32)
    return {row[0]: float(s) for row, s in zip(live, scores)}


def assert_same_as_scratch(index: LexicalIndex, live: list[tuple[str, str, str, str]]) -> None:
    """Every query's score of every live chunk equals bm25s from scratch; dead chunks never score."""
    assert index.size == len(live) and set(index.position) == {r[0] for r in live}
    for query in QUERIES:
        want = reference_scores(live, query)
        terms = [t for t in tokenize(query) if index.model.df(t)]
        got = index.model.scores(terms) if terms else np.zeros(len(index.chunk_ids), dtype=np.float32)
        assert {cid: float(got[index.position[cid]]) for cid in want} == pytest.approx(want, rel=1e-6, abs=1e-6), query
        assert not got[~index.model.alive].any()
        assert dict(index.search(query, k=len(live))) == pytest.approx({c: s for c, s in want.items() if s > 0}, rel=1e-6, abs=1e-6)
    for term in ("blinatumomab", "84.6", "mrd", "ponatinib"):
        holders = {r[0] for r in live if term in tokenize(r[3])}
        assert {index.chunk_ids[i] for i in index.postings(term)} == holders
        n, df = len(live), len(holders)
        assert index.idf(term) == (pytest.approx(float(np.log(1 + (n - df + 0.5) / (df + 0.5)))) if df else 0.0)


# -- scores -------------------------------------------------------------------------------
def test_adds_and_deletes_in_segments_score_as_a_from_scratch_build():
    docs = {d: doc_rows(d) for d in range(30)}
    index = LexicalIndex.build([r for d in range(20) for r in docs[d]])
    live = set(range(20))
    for removed, added in (({3, 4}, [20, 21]), ({20, 7}, [22]), ((), [23, 24, 25]), ({0, 1, 2, 22}, []), ({25}, [26])):
        index = index.updated([f"d{d}" for d in removed], [r for d in added for r in docs[d]], compact=False)
        live = (live - set(removed)) | set(added)
        assert_same_as_scratch(index, [r for d in sorted(live) for r in docs[d]])
    assert len(index.model.segments) == 5  # the main segment and four small ones (one update added nothing)
    merged = index.compacted()
    assert len(merged.model.segments) == 1 and len(merged.chunk_ids) == merged.size == len(live) * 6
    assert_same_as_scratch(merged, [r for d in sorted(live) for r in docs[d]])


def test_a_document_edited_in_place_replaces_its_old_chunks():
    index = LexicalIndex.build(doc_rows(1) + doc_rows(2))
    edited = [(cid, doc, section, "rituximab rituximab remission") for cid, doc, section, _ in doc_rows(2)]
    index = index.updated(["d2"], [(cid + "-v2", doc, s, t) for cid, doc, s, t in edited], compact=False)
    assert_same_as_scratch(index, doc_rows(1) + [(cid + "-v2", doc, s, t) for cid, doc, s, t in edited])
    assert set(index.doc_ids[index.mask_for(doc_ids={"d2"})]) == {"d2"} and index.mask_for(doc_ids={"d2"}).sum() == 6


def test_deleting_everything_leaves_an_empty_index_that_takes_adds():
    index = LexicalIndex.build(doc_rows(1)).updated(["d1"], [], compact=False)
    assert index.size == 0 and index.search("fever", 5) == [] and index.idf("fever") == 0.0
    assert index.compacted().model is None
    index = index.updated([], doc_rows(2))
    assert_same_as_scratch(index, doc_rows(2))


def test_small_segments_and_tombstones_are_merged_past_their_share():
    index = LexicalIndex.build([r for d in range(20) for r in doc_rows(d)])  # 120 chunks
    index = index.updated([], doc_rows(20))  # 6 new: under 20%, kept apart
    assert len(index.model.segments) == 2
    index = index.updated([f"d{d}" for d in range(5)], [])  # 30 of 126 dead: past 20%, merged
    assert len(index.model.segments) == 1 and len(index.chunk_ids) == index.size == 96
    assert_same_as_scratch(index, [r for d in range(5, 21) for r in doc_rows(d)])


# -- files ---------------------------------------------------------------------------------
def test_an_update_writes_only_the_new_segment_and_reloads_equal(tmp_path):
    folder = tmp_path / "bm25"
    base = LexicalIndex.build([r for d in range(20) for r in doc_rows(d)], keys={"d0": "k0"})
    base.save(folder, generation=1)
    main = next(folder.glob("seg-*"))
    stamp = (main / "docs.npy").stat().st_mtime_ns
    updated = base.updated(["d3"], doc_rows(20), keys={"d20": "k20", "d0": None})
    updated.save(folder, generation=2)
    assert (main / "docs.npy").stat().st_mtime_ns == stamp  # the big segment is not rewritten
    assert len(list(folder.glob("seg-*"))) == 2
    loaded = LexicalIndex.load(folder, generation=2)  # a restart
    assert loaded is not None and loaded.generation == 2 and loaded.keys == {"d20": "k20"}
    assert loaded.chunk_ids == updated.chunk_ids and loaded.doc_ids.tolist() == updated.doc_ids.tolist()
    assert_same_as_scratch(loaded, [r for d in list(range(20)) + [20] if d != 3 for r in doc_rows(d)])
    assert LexicalIndex.load(folder, generation=1) is None and LexicalIndex.load(folder, None).generation == 2


def test_leftovers_of_a_killed_save_are_ignored_then_removed_once_old(tmp_path):
    folder = tmp_path / "bm25"
    LexicalIndex.build(doc_rows(1)).save(folder, generation=1)
    (folder / "seg-leftover").mkdir()
    (folder / "seg-leftover" / "docs.npy").write_bytes(b"half a file")
    (folder / "dead-leftover.npy").write_bytes(b"")
    assert LexicalIndex.load(folder, generation=1) is not None
    LexicalIndex.build(doc_rows(2)).save(folder, generation=2)
    assert (folder / "seg-leftover").exists()  # young: maybe another process's save in flight
    old = time.time() - lexical_files.LEFTOVER_AGE_S - 10
    for path in (folder / "seg-leftover", folder / "dead-leftover.npy"):
        os.utime(path, (old, old))
    LexicalIndex.build(doc_rows(3)).save(folder, generation=3)
    assert not (folder / "seg-leftover").exists() and not (folder / "dead-leftover.npy").exists()
    assert LexicalIndex.load(folder, generation=3).chunk_ids == [r[0] for r in doc_rows(3)]


# -- against the index ---------------------------------------------------------------------
def test_the_cache_follows_adds_and_deletes_by_updating(tmp_path, embedder):
    settings = make_settings(tmp_path / "index")
    corpus = write_corpus(tmp_path / "cases")
    assert not sync([corpus], settings, embedder=embedder).errors
    retriever = HybridRetriever(settings, Store(settings), embedder)
    assert retriever.lexical_refresh == "rebuilt"
    extra = write_corpus(tmp_path / "more", {"hus.txt": "Atypical HUS\n\nCase Description\n\nA 25-year-old woman with atypical hemolytic-uremic syndrome received eculizumab.\n"}, None)
    assert not sync([extra], settings, embedder=embedder).errors
    assert retriever.refresh() is True and retriever.lexical_refresh == "updated"
    assert retriever.search("eculizumab", mode="bm25").passages[0].doc_id.endswith(":hus.txt")
    gone = next(d for d in retriever.registry if d.endswith(":aml.txt"))
    store = retriever.store
    store.delete_chunks([gone])
    store.delete_records([gone])
    store.set_meta(generation=retriever.generation + 1)
    assert retriever.refresh() is True and retriever.lexical_refresh == "updated"
    restarted = HybridRetriever(settings, Store(settings), embedder)
    assert restarted.lexical_refresh == "loaded"
    scratch, how = refreshed(store, store.registry(), tmp_path / "scratch", restarted.generation, 1.2, 0.75, force=True)
    assert how == "rebuilt" and restarted.lexical.size == scratch.size and gone not in set(restarted.lexical.doc_ids)
    for query in ("azacitidine venetoclax", "eculizumab", "platelet count", "blinatumomab relapsed"):
        assert dict(restarted.lexical.search(query, 50)) == pytest.approx(dict(scratch.search(query, 50)), rel=1e-6)
    assert folder_for(settings).is_dir()


# -- kill -9 -------------------------------------------------------------------------------
WRITER = """
import sys
from pathlib import Path
from assistant.retrieve.lexical import LexicalIndex
from tests.test_lexical_segments import doc_rows, state
folder = Path(sys.argv[1])
index = LexicalIndex.load(folder, None) or LexicalIndex.build([r for d in state(0) for r in doc_rows(d, 40)])
g = index.generation or 0
if index.generation is None:
    index.save(folder, 0)
print("start", g, flush=True)
while True:
    g += 1
    index = index.updated([f"d{g - 1}"], doc_rows(9 + g, 40))
    index.save(folder, g)
    print("committed", g, flush=True)
"""


def state(g: int) -> range:
    """The documents live at generation ``g`` of the writer: each update drops one, adds one."""
    return range(g, 10 + g)


def test_kill_9_during_updates_leaves_one_committed_generation(tmp_path):
    """Three SIGKILLs of a process that updates and saves in a loop, each at a seeded moment;
    after each, the cache loads, holds a generation the writer had reached, and scores
    exactly as a from-scratch build of that generation's documents."""
    folder, rng = tmp_path / "bm25", random.Random(20261126)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(folder)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            first = proc.stdout.readline().split()
            assert first and first[0] == "start", proc.stderr.read()
            last = int(first[1])
            for _ in range(rng.randint(2, 6)):
                last = int(proc.stdout.readline().split()[1])
            time.sleep(rng.uniform(0.0, 0.05))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            # the writer may have run ahead of what was read: its last word before the kill counts
            last = max([last] + [int(line.split()[1]) for line in proc.stdout.read().splitlines() if line.startswith("committed")])
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL
        loaded = LexicalIndex.load(folder, None)
        # committed and announced, or committed with the kill landing before the announcement
        assert loaded is not None and loaded.generation in (last, last + 1), (last, loaded and loaded.generation)
        assert_same_as_scratch(loaded, [r for d in state(loaded.generation) for r in doc_rows(d, 40)])
    manifest = json.loads((folder / "chunks.json").read_text())
    assert manifest["generation"] == loaded.generation

