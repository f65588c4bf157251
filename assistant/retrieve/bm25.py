"""Segmented BM25: immutable segments of raw term frequencies, scored with global statistics.

A segment stores, per term, the postings (local chunk positions, ascending) and their term
frequencies, plus each chunk's length in tokens. Nothing in it depends on the rest of the
corpus, so adding chunks is a new small segment, never a rebuild. ``Postings`` scores a
query over all segments with the statistics of the live chunks only (``N``, per-term
document frequency, average length), so its scores are those of one BM25 index built
from scratch over the live chunks: bm25s' default (Lucene) formula,

    idf(t) = ln(1 + (N - df + 0.5) / (df + 0.5))
    score(t, d) = idf(t) * tf / (tf + k1 * (1 - b + b * len(d) / avglen))

in float32 (bm25s rounds the same terms in float32 too, so the two agree to float32
rounding, about 1e-6 relative). Deleted chunks are tombstones (``alive`` False) until
``merge`` compacts the segments into one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

_TF_MAX = np.iinfo(np.uint16).max


@dataclass
class Segment:
    """Term -> postings over a contiguous run of chunks (positions local to the segment)."""

    terms: list[str]
    indptr: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # int32 local positions, ascending within a term
    tf: np.ndarray  # uint16 term frequencies
    lengths: np.ndarray  # int32 tokens per chunk

    @cached_property
    def vocab(self) -> dict[str, int]:
        """Term -> id, built on the first lookup (a build's intermediate segments are only merged, never searched)."""
        return {t: i for i, t in enumerate(self.terms)}

    @property
    def size(self) -> int:
        return len(self.lengths)

    @classmethod
    def build(cls, corpus: list[list[str]]) -> Segment:
        """From tokenised chunks (an empty chunk is ``["<empty>"]``, as bm25s is given it)."""
        vocab: dict[str, int] = {}
        ids = np.fromiter((vocab.setdefault(t, len(vocab)) for doc in corpus for t in doc), dtype=np.int64)
        lengths = np.fromiter((len(doc) for doc in corpus), dtype=np.int32, count=len(corpus))
        doc_of = np.repeat(np.arange(len(corpus), dtype=np.int64), lengths)
        keys, tf = np.unique(ids * max(1, len(corpus)) + doc_of, return_counts=True)  # sorted: by term, then chunk
        term_of = keys // max(1, len(corpus))
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_of, minlength=len(vocab)), out=indptr[1:])
        return cls(list(vocab), indptr, (keys % max(1, len(corpus))).astype(np.int32), np.minimum(tf, _TF_MAX).astype(np.uint16), lengths)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        tid = self.vocab.get(term)
        if tid is None:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint16)
        lo, hi = self.indptr[tid], self.indptr[tid + 1]
        return self.docs[lo:hi], self.tf[lo:hi]

    # -- files: written once, never changed ------------------------------------------------
    ARRAYS = ("indptr", "docs", "tf", "lengths")

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        for name in self.ARRAYS:
            save_array(folder / f"{name}.npy", getattr(self, name))
        with open(folder / "terms.json", "w", encoding="utf-8") as f:
            json.dump(self.terms, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())

    @classmethod
    def load(cls, folder: Path) -> Segment:
        """Arrays memory-mapped (the files never change): RSS counts only the pages a query reads."""
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in cls.ARRAYS}
        terms = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
        if len(arrays["indptr"]) != len(terms) + 1 or len(arrays["docs"]) != arrays["indptr"][-1]:
            raise ValueError(f"segment {folder} is inconsistent")
        return cls(terms, **arrays)


def save_array(path: Path, array: np.ndarray) -> None:
    """One ``.npy`` file, fsynced (a manifest names it only afterwards)."""
    with open(path, "wb") as f:
        np.save(f, np.asarray(array))
        f.flush()
        os.fsync(f.fileno())


def merge(segments: list[Segment], alive: np.ndarray) -> Segment:
    """One segment holding the live chunks of ``segments`` (in order), renumbered densely;
    a linear pass (no sort): each merged term's postings are its segments' runs in order.
    Two passes over the segments (counts, then postings), so only one segment's kept
    postings exist at a time besides the result (a 1M-chunk build peaks ~0.3 GB lower)."""
    offsets = np.cumsum([0] + [s.size for s in segments])
    new_pos = (np.cumsum(alive) - 1).astype(np.int32)  # global position -> merged position (for live chunks)
    vocab: dict[str, int] = {}
    counts = []
    for s, seg in enumerate(segments):
        term_ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in seg.terms), dtype=np.int64, count=len(seg.terms))
        keep = alive[offsets[s] : offsets[s + 1]][seg.docs]
        local_counts = np.add.reduceat(keep.astype(np.int64), seg.indptr[:-1]) if len(keep) else np.zeros(len(seg.terms), dtype=np.int64)
        local_counts[np.diff(seg.indptr) == 0] = 0  # reduceat of an empty run repeats the next value
        counts.append((term_ids, local_counts))
    total = np.zeros(len(vocab), dtype=np.int64)
    for term_ids, local_counts in counts:
        total[term_ids] += local_counts
    indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
    np.cumsum(total, out=indptr[1:])
    docs = np.empty(int(indptr[-1]), dtype=np.int32)
    tf = np.empty(int(indptr[-1]), dtype=np.uint16)
    cursor = indptr[:-1].copy()  # where the next segment's run of each term goes
    for s, (seg, (term_ids, local_counts)) in enumerate(zip(segments, counts)):
        keep = alive[offsets[s] : offsets[s + 1]][seg.docs]
        local_start = np.concatenate([[0], np.cumsum(local_counts)])
        run = np.repeat(np.arange(len(term_ids)), local_counts)  # local term of each kept posting
        dest = cursor[term_ids[run]] + (np.arange(len(run)) - local_start[run])
        docs[dest], tf[dest] = new_pos[np.asarray(seg.docs)[keep] + offsets[s]], np.asarray(seg.tf)[keep]
        cursor[term_ids] += local_counts
    lengths = np.concatenate([s.lengths for s in segments])[alive] if segments else np.zeros(0, dtype=np.int32)
    used = np.flatnonzero(total)  # drops the terms only deleted chunks had
    terms = list(vocab)
    return Segment([terms[i] for i in used], np.concatenate([[0], np.cumsum(total[used])]).astype(np.int64), docs, tf, lengths)


class Postings:
    """BM25 over segments laid end to end, with tombstones; scores use live statistics only."""

    def __init__(self, segments: list[Segment], alive: np.ndarray, k1: float = 1.2, b: float = 0.75):
        self.segments = segments
        self.offsets = np.cumsum([0] + [s.size for s in segments]).astype(np.int64)
        self.alive = alive
        self.k1, self.b = k1, b
        lengths = np.concatenate([s.lengths for s in segments]) if segments else np.zeros(0, dtype=np.int32)
        self.n = int(alive.sum())
        avg = float(lengths[alive].mean()) if self.n else 1.0
        # k1 * (1 - b + b * len / avg) per chunk: the tf saturation that every query term shares
        self.norm = (k1 * ((1 - b) + b * lengths / avg)).astype(np.float32)
        self._df: dict[str, int] = {}
        self._dead = [np.flatnonzero(~alive[self.offsets[i] : self.offsets[i + 1]]).astype(np.int32) for i in range(len(segments))]

    def _runs(self, term: str):
        for s, seg in enumerate(self.segments):
            docs, tf = seg.postings(term)
            if len(docs):
                yield docs.astype(np.int64) + self.offsets[s], tf

    def positions(self, term: str) -> np.ndarray:
        """Global positions of the live chunks holding ``term``, ascending."""
        runs = [pos[self.alive[pos]] for pos, _ in self._runs(term)]
        return np.concatenate(runs) if runs else np.zeros(0, dtype=np.int64)

    def containing(self, core: str) -> list[str]:
        """Every indexed term that holds ``core`` past its start ("leiomyosarcoma" for "sarcoma")."""
        return sorted({t for seg in self.segments for t in seg.terms if core in t[1:]})

    def df(self, term: str) -> int:
        """Live chunks holding ``term``: run lengths less the tombstones inside them (few, sorted)."""
        if term not in self._df:
            total = 0
            for s, seg in enumerate(self.segments):
                docs, _ = seg.postings(term)
                total += len(docs)
                if len(docs) and len(self._dead[s]):
                    at = np.minimum(np.searchsorted(docs, self._dead[s]), len(docs) - 1)
                    total -= int(np.count_nonzero(docs[at] == self._dead[s]))
            self._df[term] = total
        return self._df[term]

    def idf(self, term: str) -> float:
        df = self.df(term)
        return float(np.log(1 + (self.n - df + 0.5) / (df + 0.5))) if df else 0.0

    def scores(self, terms: list[str]) -> np.ndarray:
        """BM25 of every position for the query ``terms`` (a repeated term counts again, as
        in bm25s); tombstoned positions score 0."""
        out = np.zeros(int(self.offsets[-1]), dtype=np.float32)
        for term in terms:
            idf = np.float32(self.idf(term))
            if not idf:
                continue
            for pos, tf in self._runs(term):
                f = tf.astype(np.float32)
                out[pos] += idf * (f / (self.norm[pos] + f))
        out[~self.alive] = 0.0
        return out
