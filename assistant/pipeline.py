"""``Assistant``: the one object the CLI, the web app and scripts talk to.

``Assistant(settings).ask(question, history=..., filters=...) -> Answer`` runs
follow-up resolution, hybrid retrieval, the answerer (extractive by default, an
OpenAI-compatible LLM when configured) and a final check that every citation quote is
the document's text at its offsets.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from assistant import prompts
from assistant.answer.citations import verify_citations
from assistant.answer.extractive import compose, extract
from assistant.chat import as_turns, resolve
from assistant.config import Settings
from assistant.errors import EmptyIndex, IndexUnavailable, LLMUnavailable
from assistant.index.identity import ID_SCHEME
from assistant.index.store import DocRecord, Store
from assistant.index.sync import SyncReport, sync
from assistant.models import Answer, render_sentences
from assistant.requests import check_question
from assistant.retrieve.filters import Filters
from assistant.retrieve.hybrid import CaseRetriever, HybridRetriever


class Assistant:
    """Cited answers over the case index; safe to share between threads."""

    def __init__(self, settings: Settings | None = None, store: Store | None = None, embedder=None):
        from assistant.embeddings import get_embedder

        self.settings = settings or Settings()
        self.store = store or Store(self.settings)
        self.embedder = embedder or get_embedder(self.settings.embedding)
        self.retriever = HybridRetriever(self.settings, self.store, self.embedder)
        self._write_lock = threading.Lock()
        self._texts: dict[tuple[str, str], str] = {}

    # -- index -------------------------------------------------------------------------
    def sync(self, paths: list[Path], progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Index or re-sync files (uploads, the corpus) and make them searchable at once."""
        with self._write_lock:
            report = sync(paths, self.settings, store=self.store, embedder=self.embedder, progress=progress)
            self.retriever.refresh()
        return report

    def documents(self) -> list[DocRecord]:
        self.retriever.refresh()
        return sorted((r for r in self.retriever.registry.values() if r.complete), key=lambda r: (r.kind != "treatment-record", r.title.lower()))

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """Stored document texts, cached per content hash."""
        registry = self.retriever.registry
        wanted = {d: registry[d].hash if d in registry else "" for d in doc_ids}
        missing = [d for d, h in wanted.items() if (d, h) not in self._texts]
        if missing:
            for doc_id, text in self.store.doc_texts(missing).items():
                self._texts[(doc_id, wanted[doc_id])] = text
        return {d: self._texts[(d, h)] for d, h in wanted.items() if (d, h) in self._texts}

    def langchain_retriever(self, filters: dict[str, str] | None = None, k: int | None = None, mode: str = "hybrid") -> CaseRetriever:
        return CaseRetriever(hybrid=self.retriever, filters=filters or {}, k=k or self.settings.retrieval.k, mode=mode)

    # -- answering ---------------------------------------------------------------------
    def _focus_from_history(self, question: str) -> str | None:
        """Case an earlier question was about, when the history does not say."""
        result = self.retriever.search(question, k=1)
        return result.passages[0].case_id if result.passages else None

    def ask(
        self,
        question: str,
        history: Iterable[Any] | None = None,
        filters: dict[str, Any] | Filters | None = None,
        mode: str = "hybrid",
        use_llm: bool | None = None,
    ) -> Answer:
        started = time.perf_counter()
        question = check_question(question)  # EmptyQuestion; the length limit is the interfaces' (AskRequest)
        self.retriever.refresh()
        if not self.retriever.complete_docs:
            raise EmptyIndex(prompts.EMPTY_INDEX_MESSAGE)
        if self.retriever.id_scheme != ID_SCHEME:
            raise IndexUnavailable(prompts.OLD_ID_SCHEME_MESSAGE.format(index=self.store.location))
        filters = filters if isinstance(filters, Filters) else Filters.from_mapping(filters)
        turns = as_turns(history)
        if turns and not any(t.focus_case for t in turns):
            turns[-1].focus_case = self._focus_from_history(turns[-1].question)
        resolution = resolve(question, turns)
        notices: list[str] = []
        effective = filters
        if resolution.restrict_to_focus and not (filters.case_id or filters.doc_id):
            effective = Filters(**{**filters.to_dict(), "case_id": resolution.focus_case})
            notices.append(prompts.FOCUS_NOTICE.format(case=resolution.focus_case))
        result = self.retriever.search(resolution.query, effective, mode, focus_case=None if resolution.restrict_to_focus else resolution.focus_case)
        answer = Answer(question=question, answer="", abstained=True, citations=[], passages=result.passages, query=resolution.query, filters=effective.to_dict(), notices=notices)

        use_llm = self.settings.llm.enabled if use_llm is None else use_llm
        if use_llm and result.passages:
            from assistant.answer.llm import llm_answer

            try:
                done = llm_answer(question, result.passages, self.settings.llm, self.embedder)
            except LLMUnavailable as exc:
                answer.llm_error = str(exc)
                answer.notices.append(prompts.LLM_FALLBACK_NOTICE.format(error=exc))
            else:
                if done.citations:
                    answer.sentences, answer.citations, answer.abstained, answer.mode = done.sentences, done.citations, False, "llm"
                    answer.flags, answer.evidence_score = done.flags, done.support
                elif done.insufficient:
                    answer.flags = done.flags
                    answer.mode = "llm"
                else:
                    answer.flags = done.flags
                    answer.notices.append(prompts.LLM_NOTHING_SUPPORTED_NOTICE)
        if not answer.citations and answer.mode != "llm":
            self._extractive(question, result, answer)
        if not answer.abstained:
            self._check(answer)
            answer.abstained = not answer.sentences
        if answer.abstained:
            answer.answer = prompts.ABSTAIN_IN_CASE_MESSAGE.format(case=resolution.focus_case) if resolution.restrict_to_focus else prompts.ABSTAIN_MESSAGE
            answer.citations, answer.sentences = [], []
            answer.focus_case = resolution.focus_case
        else:
            answer.answer = render_sentences(answer.sentences)
            answer.focus_case = answer.citations[0].case_id if answer.citations else resolution.focus_case
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def _extractive(self, question: str, result, answer: Answer) -> None:
        query_vector = result.query_vector if result.query_vector is not None else self.embedder.encode_one(question)
        lexical = self.retriever.lexical
        ex = extract(question, query_vector, result.passages, self.embedder.encode_cached, lexical.idf, self.settings.answer, lexical.max_idf(), len(lexical.chunk_ids))
        answer.evidence_score = ex.evidence
        answer.mode = "extractive"
        if ex.chosen and ex.evidence >= self.settings.answer.abstain_threshold:
            answer.sentences, answer.citations = compose(ex.chosen)
            answer.abstained = False

    def _check(self, answer: Answer) -> None:
        """Last gate: drop (and flag) citations whose quote is not the document text at its
        offsets, then sentences left without a citation, then unused citations."""
        texts = self.document_texts({c.doc_id for c in answer.citations})
        valid = verify_citations(answer.citations, texts)
        good = {c.n for c in valid}
        answer.flags.extend({"citation": c.n, "problem": "quote does not match the document at its offsets"} for c in answer.citations if c.n not in good)
        kept = []
        for text, ns in answer.sentences:
            ns = [n for n in ns if n in good]
            if ns:
                kept.append((text, ns))
            else:
                answer.flags.append({"sentence": text, "problem": "no valid citation; removed"})
        used = {n for _, ns in kept for n in ns}
        answer.sentences = kept
        answer.citations = [c for c in valid if c.n in used]
