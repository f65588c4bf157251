"""Exact nearest chunks for an index small enough to hold its vectors in memory.

Chroma's HNSW walk is approximate, and in embedded mode it is not even repeatable: the
chunks written since its last on-disk sync are put back into the graph in a different order
by every process. On the shipped corpus (5,469 chunks, ef_search 100) that cost the top 40
a mean 1.6% and up to 27% of the true neighbours per question, and in about 1 process of 6
the seed abstract's chunk (2nd nearest, cosine 0.53) was missing for a reference question,
which then got another case's answer. Up to ``retrieval.exact_dense_limit`` chunks, every
stored vector is scored instead (5.5k x 384 in about a millisecond): the same hits in every
process, and the true ones. The table is read once per index generation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from assistant.retrieve.columns import Codes


@dataclass(frozen=True)
class VectorTable:
    """Every chunk's unit vector, with its document and section as codes (for filters)."""

    chunk_ids: list[str]
    doc_ids: Codes
    sections: Codes
    matrix: np.ndarray  # float32, one unit row per chunk

    @classmethod
    def of(cls, rows: Iterable[tuple[str, dict, np.ndarray | list[float]]]) -> VectorTable:
        """From ``(chunk_id, metadata, embedding)`` rows as the store returns them."""
        ids, docs, sections, vectors = [], [], [], []
        for cid, meta, vector in rows:
            ids.append(cid)
            docs.append(str(meta.get("doc_id", "")))
            sections.append(str(meta.get("section", "")))
            vectors.append(np.asarray(vector, dtype=np.float32))
        matrix = np.vstack(vectors) if vectors else np.zeros((0, 1), dtype=np.float32)
        matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
        return cls(ids, Codes.of(docs), Codes.of(sections), matrix)

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def nearest(self, query_vector, n: int, doc_ids: set[str] | frozenset[str] | None = None, section: str | None = None) -> list[tuple[str, float]]:
        """The ``n`` chunks with the highest cosine to ``query_vector`` as ``(chunk_id, cosine)``,
        among these documents and this section (without regard to case) when given; ties
        keep the stored order, so equal inputs give equal lists."""
        if not len(self) or n <= 0:
            return []
        query = np.asarray(query_vector, dtype=np.float32)
        sims = self.matrix @ (query / max(float(np.linalg.norm(query)), 1e-12))
        keep = np.ones(len(self), dtype=bool)
        if doc_ids is not None:
            keep &= self.doc_ids.member(set(doc_ids))
        if section:
            keep &= self.sections.member({section.lower()}, str.lower)
        positions = np.flatnonzero(keep)
        if len(positions) > n:
            positions = positions[np.argpartition(-sims[positions], n - 1)[:n]]
        order = positions[np.lexsort((positions, -sims[positions]))]
        return [(self.chunk_ids[i], float(sims[i])) for i in order]
