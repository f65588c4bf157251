"""BM25 over chunk texts, in segments (``retrieve.bm25``), persisted beside the index and
keyed on its generation.

The tokenizer keeps what clinical questions hinge on: numbers with decimals ("0.6",
"84.6"), short acronyms ("ALL", "CD19", "MRD") and drug names; "all" is not a stop
word here because ALL is a leukemia.

An index change is applied as an update (``updated``: the changed documents' old chunks
become tombstones, their new chunks a small segment) instead of a rebuild; scores stay
those of a from-scratch build over the live chunks (see ``retrieve.bm25``). When the small
segments or the tombstones grow past a share of the index, they are merged into one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from functools import cached_property
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from assistant.retrieve import lexical_files
from assistant.retrieve.bm25 import Postings, Segment, merge
from assistant.retrieve.columns import Codes, Strings
from assistant.text.tokens import tokenize

BUILD_BATCH = 20_000  # chunks tokenised at a time: a 1M-chunk build never holds every token list
COMPACT_SHARE = 0.2  # merge when small segments or tombstones pass this share of the chunks
MAX_SEGMENTS = 8


@dataclass(frozen=True)
class TermStats:
    """What an answerer needs from the term index to weigh a question's words: a term's
    idf (0 when unseen), the idf of a term found nowhere, and how many chunks there are."""

    idf: Callable[[str], float]
    max_idf: float
    size: int


def bm25_text(title: str, section: str, text: str) -> str:
    """What BM25 indexes for a chunk: its document's title and its section, then its text."""
    return f"{title} | {section}\n{text}"


def _batches(rows: Iterable[tuple[str, str, str, str]], size: int) -> Iterator[list[tuple[str, str, str, str]]]:
    batch: list[tuple[str, str, str, str]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class LexicalIndex:
    """A BM25 index over chunk ids with the doc id and section of each, for filter masks.

    Positions (into ``chunk_ids``, ``doc_ids``, ``sections``) are stable until a merge; a
    deleted chunk keeps its position with doc id and section ``""`` and never scores.
    The three columns are numpy-backed (``retrieve.columns``), not Python objects per chunk.
    ``keys`` records what each document was indexed from (see ``retrieve.lexical_cache``)."""

    def __init__(self, chunk_ids: Sequence[str], doc_ids: Sequence[str], sections: Sequence[str], model: Postings | None = None, keys: dict[str, str] | None = None, names: list[str | None] | None = None):
        self.chunk_ids = chunk_ids if isinstance(chunk_ids, Strings) else Strings.of(chunk_ids)
        self.doc_ids = doc_ids if isinstance(doc_ids, Codes) else Codes.of(doc_ids)
        self.sections = sections if isinstance(sections, Codes) else Codes.of(sections)
        self.model = model
        self.keys = dict(keys or {})
        self.names = names or [None] * len(model.segments if model else [])  # saved segment folders
        self.generation: int | None = None  # the index generation it was saved or loaded as

    @cached_property
    def position(self) -> dict[str, int]:
        """Chunk id -> position of the live chunks (built on first use: no reader needs it at query time)."""
        alive = self.model.alive if self.model is not None else np.ones(len(self.chunk_ids), dtype=bool)
        return {cid: i for i, cid in enumerate(self.chunk_ids) if alive[i]}

    @property
    def size(self) -> int:
        """Live chunks (``len(chunk_ids)`` also counts tombstones)."""
        return self.model.n if self.model is not None else 0

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, str, str]], k1: float = 1.2, b: float = 0.75, keys: dict[str, str] | None = None) -> LexicalIndex:
        """From ``(chunk_id, doc_id, section, text)`` rows, tokenised a batch at a time."""
        return cls([], [], []).updated((), rows, k1, b, keys=keys, compact=True)

    def updated(self, removed_docs: Iterable[str], rows: Iterable[tuple[str, str, str, str]], k1: float | None = None, b: float | None = None, keys: dict[str, str] | None = None, compact: bool | None = None) -> LexicalIndex:
        """A new index: this one without the chunks of ``removed_docs`` (tombstones), plus
        ``rows`` as new segments; ``keys`` updates the per-document records (None drops one).
        Segments are shared, never changed, so this index stays valid for its readers."""
        k1 = self.model.k1 if k1 is None and self.model is not None else (1.2 if k1 is None else k1)
        b = self.model.b if b is None and self.model is not None else (0.75 if b is None else b)
        removed = set(removed_docs)
        alive = self.model.alive.copy() if self.model is not None else np.ones(0, dtype=bool)
        doc_ids, sections = self.doc_ids, self.sections
        if removed and len(doc_ids):
            gone = doc_ids.member(removed)
            alive[gone] = False
            doc_ids, sections = doc_ids.blanked(gone), sections.blanked(gone)
        segments = list(self.model.segments) if self.model is not None else []
        names, chunk_ids = list(self.names), [self.chunk_ids]
        new_docs, new_sections, new_alive = [doc_ids], [sections], [alive]
        for batch in _batches(rows, BUILD_BATCH):
            segments.append(Segment.build([tokenize(text) or ["<empty>"] for _, _, _, text in batch]))
            names.append(None)
            chunk_ids.append(Strings.of(r[0] for r in batch))
            new_docs.append(Codes.of(r[1] for r in batch))
            new_sections.append(Codes.of(r[2] for r in batch))
            new_alive.append(np.ones(len(batch), dtype=bool))
        merged_keys = {**self.keys, **(keys or {})}
        merged_keys = {d: k for d, k in merged_keys.items() if k is not None}
        columns = Strings.concat(chunk_ids), Codes.concat(new_docs), Codes.concat(new_sections)
        index = LexicalIndex(*columns, Postings(segments, np.concatenate(new_alive), k1, b) if segments else None, merged_keys, names)
        if compact or (compact is None and index.needs_compaction()):
            return index.compacted()
        return index

    def needs_compaction(self) -> bool:
        """Too many segments, small segments past a share of the first, or too many tombstones."""
        if self.model is None:
            return False
        segments, dead = self.model.segments, len(self.chunk_ids) - self.model.n
        small = sum(s.size for s in segments[1:])
        return len(segments) > MAX_SEGMENTS or small > COMPACT_SHARE * segments[0].size or dead > COMPACT_SHARE * max(1, self.model.n)

    def compacted(self) -> LexicalIndex:
        """One segment of the live chunks (positions renumbered); same scores."""
        if self.model is None:
            return self
        alive = self.model.alive
        if not alive.any():
            return LexicalIndex([], [], [], None, self.keys)
        if len(self.model.segments) == 1 and alive.all():
            return self
        segment = merge(self.model.segments, alive)
        model = Postings([segment], np.ones(segment.size, dtype=bool), self.model.k1, self.model.b)
        return LexicalIndex(self.chunk_ids.take(alive), self.doc_ids.take(alive), self.sections.take(alive), model, self.keys)

    # -- queries --------------------------------------------------------------------------
    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top ``k`` ``(chunk_id, score)`` with positive scores, optionally within a boolean mask."""
        if self.model is None or not self.size:
            return []
        terms = [t for t in tokenize(query) if self.model.df(t)]
        if not terms:
            return []
        scores = self.model.scores(terms)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (0 when unseen); used to weight query coverage."""
        return self.model.idf(term) if self.model is not None else 0.0

    def postings(self, term: str) -> np.ndarray:
        """Positions (into ``chunk_ids``) of the live chunks that contain a stemmed term: answers
        across cases must find every mention, not the top-k by score."""
        return self.model.positions(term) if self.model is not None else np.zeros(0, dtype=np.int64)

    def terms_containing(self, core: str) -> list[str]:
        """The indexed terms holding ``core`` past their start: a name's kinds ("leiomyosarcoma"), for answers across cases."""
        return self.model.containing(core) if self.model is not None else []

    def stats(self) -> TermStats:
        return TermStats(self.idf, self.max_idf(), self.size)

    def max_idf(self) -> float:
        """The idf of a term found in no chunk: the weight given to query terms the index lacks."""
        n = self.size
        return float(np.log(1 + (n + 0.5) / 0.5)) if n else 1.0

    def mask_for(self, doc_ids: set[str] | None = None, sections: set[str] | None = None) -> np.ndarray | None:
        """Chunks of these documents and sections (sections without regard to case), as a
        boolean array over positions; vectorised through codes, so it stays cheap at 1M chunks."""
        if doc_ids is None and sections is None:
            return None
        mask = np.ones(len(self.chunk_ids), dtype=bool)
        if doc_ids is not None:
            mask &= self.doc_ids.member(set(doc_ids))
        if sections is not None:
            mask &= self.sections.member({s.lower() for s in sections}, str.lower)
        return mask

    # -- persistence (retrieve.lexical_files) -----------------------------------------------
    def save(self, folder: Path, generation: int, params: str = "") -> None:
        """Commit this index as ``generation``: new segments and the tombstones are written
        first, then the manifest is swapped in (a reader sees the old or the new, never half)."""
        lexical_files.save(self, folder, generation, params)
        self.generation = generation

    @classmethod
    def load(cls, folder: Path, generation: int | None, params: str = "") -> LexicalIndex | None:
        """The saved index if it matches ``generation`` (None: any) and ``params`` (BM25 k1/b),
        else None (caller rebuilds or updates)."""
        found = lexical_files.load(folder, params)
        if found is None or (generation is not None and found.generation != generation):
            return None
        index = cls(found.chunk_ids, found.doc_ids, found.sections, found.model, found.keys, found.names)
        index.generation = found.generation
        return index
