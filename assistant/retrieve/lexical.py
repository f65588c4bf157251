"""BM25 over chunk texts (bm25s), persisted beside the index and keyed on its generation.

The tokenizer keeps what clinical questions hinge on: numbers with decimals ("0.6",
"84.6"), short acronyms ("ALL", "CD19", "MRD") and drug names; "all" is not a stop
word here because ALL is a leukemia.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np

from assistant.text.tokens import TOKENIZER_VERSION, tokenize

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


class LexicalIndex:
    """A BM25 index over chunk ids with the doc id and section of each, for filter masks."""

    def __init__(self, chunk_ids: list[str], doc_ids: list[str], sections: list[str], model=None):
        self.chunk_ids = chunk_ids
        self.doc_ids = np.asarray(doc_ids, dtype=object)
        self.sections = np.asarray(sections, dtype=object)
        self.position = {cid: i for i, cid in enumerate(chunk_ids)}
        self.model = model

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, str, str]], k1: float = 1.2, b: float = 0.75) -> LexicalIndex:
        """From ``(chunk_id, doc_id, section, text)`` rows."""
        import bm25s

        chunk_ids, doc_ids, sections, corpus = [], [], [], []
        for chunk_id, doc_id, section, text in rows:
            chunk_ids.append(chunk_id)
            doc_ids.append(doc_id)
            sections.append(section)
            corpus.append(tokenize(text) or ["<empty>"])
        index = cls(chunk_ids, doc_ids, sections)
        if corpus:
            model = bm25s.BM25(k1=k1, b=b)
            model.index(corpus, show_progress=False)
            index.model = model
        return index

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top ``k`` ``(chunk_id, score)`` with positive scores, optionally within a boolean mask."""
        if self.model is None or not self.chunk_ids:
            return []
        terms = [t for t in tokenize(query) if t in self.model.vocab_dict]
        if not terms:
            return []
        scores = self.model.get_scores(terms)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stemmed term (0 when unseen); used to weight query coverage."""
        if self.model is None:
            return 0.0
        n = len(self.chunk_ids)
        tid = self.model.vocab_dict.get(term)
        if tid is None:
            return 0.0
        df = int(self._doc_freq()[tid])
        return float(np.log(1 + (n - df + 0.5) / (df + 0.5)))

    def postings(self, term: str) -> np.ndarray:
        """Positions (into ``chunk_ids``) of the chunks that contain a stemmed term: answers
        across cases must find every mention, not the top-k by score."""
        tid = self.model.vocab_dict.get(term) if self.model is not None else None
        if tid is None:
            return np.zeros(0, dtype=np.int64)
        indptr, indices = self.model.scores["indptr"], self.model.scores["indices"]
        return np.asarray(indices[indptr[tid] : indptr[tid + 1]], dtype=np.int64)

    def stats(self) -> TermStats:
        return TermStats(self.idf, self.max_idf(), len(self.chunk_ids))

    def max_idf(self) -> float:
        """The idf of a term found in no chunk: the weight given to query terms the index lacks."""
        n = len(self.chunk_ids)
        return float(np.log(1 + (n + 0.5) / 0.5)) if n else 1.0

    def _doc_freq(self) -> np.ndarray:
        if not hasattr(self, "_df"):
            indptr = self.model.scores["indptr"]
            self._df = np.diff(indptr)
        return self._df

    def mask_for(self, doc_ids: set[str] | None = None, sections: set[str] | None = None) -> np.ndarray | None:
        if doc_ids is None and sections is None:
            return None
        mask = np.ones(len(self.chunk_ids), dtype=bool)
        if doc_ids is not None:
            mask &= np.isin(self.doc_ids, list(doc_ids))
        if sections is not None:
            lowered = {s.lower() for s in sections}
            mask &= np.array([s.lower() in lowered for s in self.sections], dtype=bool)
        return mask

    # -- persistence ------------------------------------------------------------------
    def save(self, folder: Path, generation: int, params: str = "") -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.model is not None:
            self.model.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "chunks.json").write_text(json.dumps({"generation": generation, "tokenizer": TOKENIZER_VERSION, "params": params, "chunk_ids": self.chunk_ids, "doc_ids": self.doc_ids.tolist(), "sections": self.sections.tolist()}))
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)  # atomic swap: a reader sees the old or the new index, never half

    @classmethod
    def load(cls, folder: Path, generation: int, params: str = "") -> LexicalIndex | None:
        """The saved index if it matches ``generation`` and ``params`` (BM25 k1/b), else None (caller rebuilds)."""
        import bm25s

        try:
            info = json.loads((folder / "chunks.json").read_text())
            if info.get("generation") != generation or info.get("tokenizer") != TOKENIZER_VERSION or info.get("params", "") != params:
                return None
            model = bm25s.BM25.load(str(folder / "bm25"), show_progress=False) if (folder / "bm25").exists() else None
        except (OSError, ValueError, KeyError):
            return None
        return cls(info["chunk_ids"], info["doc_ids"], info["sections"], model)
