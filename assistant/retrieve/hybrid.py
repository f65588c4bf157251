"""Hybrid retrieval over the index: dense + BM25, fused, filtered, de-duplicated.

``HybridRetriever.search`` is the plain-function entry point; ``retrieve.langchain.CaseRetriever``
wraps it as a LangChain ``BaseRetriever`` (still importable from here, lazily).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant.ingest.identity import local_id
from assistant.config import Fusion, RetrievalMode, Settings, choices
from assistant.index.store import DocRecord, Store
from assistant.models import Passage
from assistant.retrieve.case_names import CaseNames, DocNames
from assistant.retrieve.exact import VectorTable
from assistant.retrieve.filters import Filters, allowed_documents
from assistant.retrieve.fusion import collapse_near_duplicates, convex_combination, reciprocal_rank_fusion
from assistant.retrieve.lexical import LexicalIndex, TermStats
from assistant.retrieve.lexical_cache import folder_for, refreshed

_WHERE_IN_LIMIT = 300  # larger allowed sets are post-filtered: a huge $in is slower than over-fetching
_EXACT_LIMIT = 500  # allowed chunks up to this many are scored exactly (``Store.nearest_among``)


@dataclass
class RetrievalResult:
    """What a search found, and what answerers need to weigh it without reaching back into
    the retriever: the query vector (None in BM25 mode) and the term statistics."""

    passages: list[Passage]
    dense: list[str] = field(default_factory=list)
    lexical: list[str] = field(default_factory=list)
    dropped_duplicates: dict[str, str] = field(default_factory=dict)
    query_vector: Any = None
    ms: float = 0.0
    terms: TermStats | None = None


class HybridRetriever:
    """Dense (Chroma) and lexical (BM25) retrieval, fused as ``retrieval.fusion`` says (convex or reciprocal rank)."""

    def __init__(self, settings: Settings, store: Store, embedder):
        self.settings = settings
        self.store = store
        self.embedder = embedder
        self.registry: dict[str, DocRecord] = {}
        self.lexical = LexicalIndex([], [], [])
        self.generation = -1
        self.lexical_refresh = ""  # how BM25 was had on the last reload: loaded, updated or rebuilt
        self.id_scheme = 0
        self._vectors: tuple[int, VectorTable | None] = (-1, None)  # (generation, table): see ``vector_table``
        self._names: tuple[int, CaseNames | None] = (-1, None)  # (generation, names): see ``case_names``
        self._doc_names: dict[str, tuple[str, DocNames | None]] = {}  # doc id -> (content hash, its part)
        self._complete: frozenset[str] = frozenset()
        self._lock = threading.Lock()
        self.refresh()

    # -- keeping in step with the index ---------------------------------------------
    def refresh(self, force: bool = False) -> bool:
        """Reload the registry and BM25 when the index generation moved; True if reloaded."""
        with self._lock:
            meta = self.store.meta()
            generation = int(meta.get("generation", 0))
            self.id_scheme = int(meta.get("id_scheme", 1))
            if generation == self.generation and not force:
                return False
            registry = self.store.registry()
            r = self.settings.retrieval
            lexical, self.lexical_refresh = refreshed(self.store, registry, folder_for(self.settings), generation, r.bm25_k1, r.bm25_b, force, self.lexical)
            self.registry, self.lexical, self.generation = registry, lexical, generation
            self._vectors = self._names = (-1, None)
            self._complete = frozenset(d for d, r in registry.items() if r.complete)
            return True

    def vector_table(self) -> VectorTable | None:
        """Every stored vector when the index holds up to ``retrieval.exact_dense_limit`` chunks
        (BM25's count), else None (HNSW). Read on the first dense search of each generation, so
        a BM25-only ask never pays for it."""
        with self._lock:
            generation, table = self._vectors
            if generation != self.generation:
                small = self.lexical.size <= self.settings.retrieval.exact_dense_limit
                table = VectorTable.of(self.store.iter_vectors()) if small else None
                self._vectors = (self.generation, table)
            return table

    def case_names(self) -> CaseNames:
        """What each case is named by (``retrieve.case_names``), joined on first use per
        generation from per-document parts kept across generations: while a corpus is indexed
        in the background, a new generation reads only the documents that changed."""
        with self._lock:
            generation, names = self._names
            if generation != self.generation or names is None:
                records = {r.doc_id: r for r in self.registry.values() if r.complete}
                cached = {d: part for d, (h, part) in self._doc_names.items() if d in records and records[d].hash == h}
                texts = self.store.doc_texts([d for d in records if d not in cached])
                fresh = {d: DocNames.of(records[d], text) for d, text in texts.items()}
                self._doc_names = {d: (records[d].hash, part) for d, part in {**cached, **fresh}.items()}
                names = CaseNames.of(part for _, part in self._doc_names.values())
                self._names = (self.generation, names)
            return names

    @property
    def complete_docs(self) -> frozenset[str]:
        """Documents safe to serve (all their chunks written); cached per index generation."""
        return self._complete

    # -- search --------------------------------------------------------------------
    def search(
        self,
        query: str,
        filters: Filters | None = None,
        mode: RetrievalMode | str = RetrievalMode.hybrid,
        k: int | None = None,
        focus_case: str | None = None,
    ) -> RetrievalResult:
        """Top passages for ``query``; ``focus_case`` boosts (never restricts) one case's chunks."""
        try:
            mode = RetrievalMode(mode)
        except ValueError:
            raise ValueError(f"unknown retrieval mode {mode!r}; use one of {choices(RetrievalMode)}") from None
        started = time.perf_counter()
        k = k or self.settings.retrieval.k
        filters = filters or Filters()
        allowed = allowed_documents(filters, self.registry.values())
        allowed = self.complete_docs if allowed is None else allowed & self.complete_docs
        terms = self.lexical.stats()
        if not allowed:
            return RetrievalResult([], ms=(time.perf_counter() - started) * 1000, terms=terms)
        texts: dict[str, tuple[str, dict[str, Any]]] = {}
        query_vector, dense = None, []
        if mode in (RetrievalMode.hybrid, RetrievalMode.dense):
            query_vector = self.embedder.encode_one(query)
            dense = self._dense(query_vector, allowed, filters.section, texts)
        lexical = self._lexical(query, allowed, filters.section) if mode in (RetrievalMode.hybrid, RetrievalMode.bm25) else []
        fused = self._fuse(mode, dense, lexical)
        if focus_case and fused:
            fused = self._boost(fused, focus_case, texts)
        passages, dropped = self._passages(fused, k, texts, dense, lexical)
        return RetrievalResult(passages, [c for c, _ in dense], [c for c, _ in lexical], dropped, query_vector, (time.perf_counter() - started) * 1000, terms)

    def _dense(self, query_vector, allowed: frozenset[str] | set[str], section: str | None, texts: dict) -> list[tuple[str, float]]:
        """Chroma's nearest chunks inside ``allowed`` as ``(chunk_id, cosine)``; fills ``texts``."""
        r = self.settings.retrieval
        restricted = len(allowed) < len(self.complete_docs)
        table = self.vector_table()
        if table is not None:  # a small index: every vector scored, the same hits in every process
            hits = table.nearest(query_vector, r.k_dense, allowed, section)
            missing = [cid for cid, _ in hits if cid not in texts]
            texts.update(self.store.get_chunks(missing) if missing else {})
            return [(cid, sim) for cid, sim in hits if cid in texts]
        where: dict[str, Any] = {}
        if restricted and len(allowed) <= _WHERE_IN_LIMIT:
            ids = self._chunk_ids(allowed, section)
            if ids is not None:
                hits = self.store.nearest_among(query_vector, ids, r.k_dense) if len(ids) <= _EXACT_LIMIT else self.store.query(query_vector, r.k_dense, ids=ids)
                return self._keep(hits, allowed, texts)[: r.k_dense]
            where["doc_id"] = {"$in": sorted(allowed)} if len(allowed) > 1 else next(iter(allowed))
        if section:
            # Section names as stored, matched without regard to case (as BM25's mask does).
            names = sorted({name for name in self.lexical.sections.distinct() if name.lower() == section.lower()}) or [section]
            clause = {"section": names[0]} if len(names) == 1 else {"section": {"$in": names}}
            where = {"$and": [where, clause]} if where else clause
        fetch = r.k_dense * (4 if restricted and "doc_id" not in where else 1)
        return self._keep(self.store.query(query_vector, fetch, where or None), allowed, texts)[: r.k_dense]

    def _chunk_ids(self, allowed: frozenset[str] | set[str], section: str | None) -> list[str] | None:
        """The chunk ids of these documents (and section) from BM25's columns, for Chroma's
        ``ids`` restriction: at 100k chunks the same hits as ``where doc_id $in`` in 9 ms
        instead of 86 ms (300 documents). None when BM25 knows none of them (then ``where``)."""
        positions = np.flatnonzero(self.lexical.mask_for(allowed, {section} if section else None))
        return [self.lexical.chunk_ids[i] for i in positions] if len(positions) else None

    @staticmethod
    def _keep(hits, allowed: frozenset[str] | set[str], texts: dict) -> list[tuple[str, float]]:
        """``(chunk_id, cosine)`` of the hits inside ``allowed``; fills ``texts``."""
        kept = []
        for cid, text, meta, sim in hits:
            if meta["doc_id"] in allowed:
                texts[cid] = (text, meta)
                kept.append((cid, sim))
        return kept

    def _lexical(self, query: str, allowed: frozenset[str] | set[str], section: str | None) -> list[tuple[str, float]]:
        mask = self.lexical.mask_for(allowed if len(allowed) < len(self.registry) else None, {section} if section else None)
        return self.lexical.search(query, self.settings.retrieval.k_lexical, mask)

    def neighbours(self, passages: list[Passage], width: int) -> list[Passage]:
        """The chunks up to ``width`` before and after each of ``passages`` in its document
        (by chunk ordinal), not already among them, best passage's first. Used by
        ``benchmarks/covidqa_collect.py``; not by answering: on the COVID-QA tune half the
        neighbours of the top 3 passages lifted the covering-sentence ceiling by 0.006 only."""
        if width <= 0 or not passages:
            return []
        have = {p.chunk_id for p in passages}
        wanted: list[str] = []
        for p in passages:
            head, _, ordinal = p.chunk_id.rpartition("::")
            if not ordinal.isdigit():
                continue
            for step in (d for w in range(1, width + 1) for d in (w, -w)):
                cid = f"{head}::{int(ordinal) + step:0{len(ordinal)}d}"
                if int(ordinal) + step >= 0 and cid not in have and cid not in wanted:
                    wanted.append(cid)
        texts = self.store.get_chunks(wanted) if wanted else {}
        floor = min(p.score for p in passages)
        return [self._passage(cid, texts[cid], floor, None, None, None) for cid in wanted if cid in texts and texts[cid][1]["doc_id"] in self.complete_docs]

    def document_passages(self, doc_id: str) -> list[Passage]:
        """Every chunk of one complete document as Passages, in document order (a treatment
        record is a few chunks: the sequence answerer reads all of its rows)."""
        if doc_id not in self.complete_docs:
            return []
        ids = [self.lexical.chunk_ids[i] for i in np.flatnonzero(self.lexical.doc_ids == doc_id)]
        texts = self.store.get_chunks(ids) if ids else {}
        return sorted((self._passage(cid, item, 0.0, None, None, None) for cid, item in texts.items()), key=lambda p: p.char_start)

    def _fuse(self, mode: RetrievalMode, dense: list[tuple[str, float]], lexical: list[tuple[str, float]]) -> list[tuple[str, float]]:
        r = self.settings.retrieval
        if mode is RetrievalMode.dense:
            return list(dense)
        if mode is RetrievalMode.bm25:
            return [(cid, 1.0 / (r.rrf_k + i + 1)) for i, (cid, _) in enumerate(lexical)]
        if r.fusion is Fusion.convex:
            return convex_combination(dense, lexical, r.convex_alpha)
        return reciprocal_rank_fusion([[c for c, _ in dense], [c for c, _ in lexical]], [r.rrf_dense_weight, r.rrf_lexical_weight], r.rrf_k)

    def _boost(self, fused: list[tuple[str, float]], focus_case: str, texts: dict) -> list[tuple[str, float]]:
        """The case in conversational focus gets a share of the top score added (a nudge, not a filter)."""
        bonus = self.settings.retrieval.focus_boost * fused[0][1]
        boosted = ((cid, score + (bonus if self._case_of(cid, texts) == focus_case else 0.0)) for cid, score in fused)
        return sorted(boosted, key=lambda pair: -pair[1])

    def _passages(self, fused, k: int, texts: dict, dense, lexical) -> tuple[list[Passage], dict[str, str]]:
        """The top ``k`` fused chunks as Passages, near-duplicates collapsed."""
        candidates = [cid for cid, _ in fused[: k * 3]]
        missing = [cid for cid in candidates if cid not in texts]
        if missing:
            texts.update(self.store.get_chunks(missing))
        candidates = [cid for cid in candidates if cid in texts]
        kept, dropped = collapse_near_duplicates(candidates, lambda cid: texts[cid][0], self.settings.retrieval.dedupe_jaccard)
        scores = dict(fused)
        dense_scores = dict(dense)
        dense_rank = {cid: i + 1 for i, (cid, _) in enumerate(dense)}
        lexical_rank = {cid: i + 1 for i, (cid, _) in enumerate(lexical)}
        passages = [self._passage(cid, texts[cid], scores[cid], dense_rank.get(cid), lexical_rank.get(cid), dense_scores.get(cid)) for cid in kept[:k]]
        self._attach_other_sources(passages, dropped, texts)
        return passages, dropped

    def _attach_other_sources(self, passages: list[Passage], dropped: dict[str, str], texts: dict) -> None:
        """A near-duplicate from another document is a second source of the same passage
        ("also in ..."), not noise: it stays visible, and evaluation counts its document.
        Overlap repeats within one document are simply collapsed."""
        by_id = {p.chunk_id: p for p in passages}
        for cid, kept in dropped.items():
            doc_id = texts[cid][1]["doc_id"]
            passage = by_id.get(kept)
            if passage is None or doc_id == passage.doc_id or any(o["doc_id"] == doc_id for o in passage.also_in):
                continue
            record = self.registry.get(doc_id)
            passage.also_in.append({"doc_id": doc_id, "chunk_id": cid, "title": (record.title if record else "") or local_id(doc_id)})

    def _case_of(self, chunk_id: str, texts: dict[str, tuple[str, dict[str, Any]]]) -> str:
        if chunk_id in texts:
            return str(texts[chunk_id][1].get("case_id", ""))
        doc_id = chunk_id.split("::", 1)[0]
        record = self.registry.get(doc_id)
        return record.case_id if record else ""

    def _passage(self, cid: str, item: tuple[str, dict[str, Any]], score: float, dense_rank, lexical_rank, dense_score) -> Passage:
        text, meta = item
        record = self.registry.get(meta["doc_id"])
        return Passage(
            chunk_id=cid,
            doc_id=meta["doc_id"],
            text=text,
            score=score,
            char_start=int(meta["char_start"]),
            char_end=int(meta["char_end"]),
            section=str(meta.get("section", "")),
            title=(record.title if record else "") or local_id(meta["doc_id"]),
            case_id=str(meta.get("case_id", "")),
            source=record.source if record else "",
            license=record.license if record else "",
            dense_rank=dense_rank,
            lexical_rank=lexical_rank,
            dense_score=dense_score,
        )


def __getattr__(name: str) -> Any:
    """``CaseRetriever`` lives in retrieve.langchain (LangChain is imported only when it is used)."""
    if name == "CaseRetriever":
        from assistant.retrieve.langchain import CaseRetriever

        return CaseRetriever
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
