"""``Assistant``: the one object the CLI, the web app and scripts talk to.

``Assistant(settings).ask(question, history=..., filters=...) -> Answer`` reads as the
question travels: resolve (follow-ups, filters) -> search (hybrid retrieval) -> answer
(an ``Answerer``: extractive by default, an OpenAI-compatible LLM when configured) ->
verify (every citation quote is the document's text at its offsets) -> a new Answer.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from assistant import prompts
from assistant.answer.draft import Answerer, Draft, verify
from assistant.answer.across import AcrossCasesAnswerer
from assistant.answer.case_summary import CaseSummaryAnswerer, asked_aspects
from assistant.answer.extractive import ExtractiveAnswerer
from assistant.answer.shapes import LEADING_CLAUSE, classify
from assistant.answer.unreported import NotReportedCheck
from assistant.answer.sequence import SequenceAnswerer
from assistant.answer.short import short_answer
from assistant.answer.yesno import YesNoAnswerer
from assistant.conversation import Resolution, about_all_records, plan
from assistant.config import AnswerSettings, Settings
from assistant.errors import EmptyIndex, IndexUnavailable
from assistant.ingest.identity import ID_SCHEME
from assistant.index.store import DocRecord, Store
from assistant.index.sync import SyncReport, sync
from assistant.models import Answer, LoadResult, is_case_record, render_sentences
from assistant.requests import check_question
from assistant.retrieve.filters import Filters
from assistant.retrieve.case_names import NamedCase, naming_terms
from assistant.retrieve.hybrid import HybridRetriever, RetrievalResult
from assistant.text.vocabulary import record_words


class Assistant:
    """Cited answers over the case index; safe to share between threads."""

    def __init__(self, settings: Settings | None = None, store: Store | None = None, embedder=None):
        from assistant.embeddings import get_embedder

        self.settings = settings or Settings()
        self.store = store or Store(self.settings)
        self.embedder = embedder or get_embedder(self.settings.embedding)
        self.retriever = HybridRetriever(self.settings, self.store, self.embedder)
        self._write_lock = threading.Lock()
        self.indexing = None  # a BackgroundIndexer while the app indexes in the background (``ui.server``)
        self._texts: dict[tuple[str, str], str] = {}
        self._sentence_vectors: dict[str, np.ndarray] = {}  # course sentences the timeline compared an anchor with

    # -- index -------------------------------------------------------------------------
    def sync(self, paths: list[Path], progress: Callable[[int, int], None] | None = None, preloaded: Mapping[Path, LoadResult] | None = None) -> SyncReport:
        """Index or re-sync files (uploads, the corpus) and make them searchable at once."""
        with self._write_lock:
            report = sync(paths, self.settings, store=self.store, embedder=self.embedder, progress=progress, preloaded=preloaded)
            self.retriever.refresh()
        return report

    def documents(self) -> list[DocRecord]:
        self.retriever.refresh()
        return sorted((r for r in self.retriever.registry.values() if r.complete), key=lambda r: (r.kind != "treatment-record", r.title.lower()))

    def document_text(self, doc_id: str) -> str:
        return self.document_texts([doc_id]).get(doc_id, "")

    def document_texts(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """Stored document texts, cached per content hash."""
        registry = self.retriever.registry
        wanted = {d: registry[d].hash if d in registry else "" for d in doc_ids}
        missing = [d for d, h in wanted.items() if (d, h) not in self._texts]
        if missing:
            for doc_id, text in self.store.doc_texts(missing).items():
                self._texts[(doc_id, wanted[doc_id])] = text
        return {d: self._texts[(d, h)] for d, h in wanted.items() if (d, h) in self._texts}

    def langchain_retriever(self, filters: dict[str, str] | None = None, k: int | None = None, mode: str = "hybrid") -> Any:
        """A LangChain ``BaseRetriever`` over this index (LangChain is imported here, not at start)."""
        from assistant.retrieve.langchain import CaseRetriever

        return CaseRetriever(hybrid=self.retriever, filters=filters or {}, k=k or self.settings.retrieval.k, mode=mode)

    # -- answering ---------------------------------------------------------------------
    def answerer(self, use_llm: bool | None = None, shape: str = "lookup", filters: Filters | None = None) -> Answerer:
        """The answerer for a question of this shape (see ``answer.shapes``): questions across
        cases read the whole term index; yes/no questions every sentence of the case; lookups
        and sequences get the extractive answerer, or the LLM one (falling back to it)."""
        extractive = ExtractiveAnswerer(self._answer_settings(filters), self.embedder)
        if shape in ACROSS_SHAPES:
            return AcrossCasesAnswerer.for_filters(self.retriever, self.document_texts, filters or Filters(), shape=shape)
        if shape == "yes_no":
            return YesNoAnswerer(self.case_texts, self.case_title, self.retriever.registry.get)
        if shape == "sequence":
            return SequenceAnswerer(self.treatment_record, self.case_reports, self.retriever.document_passages, self.similar)
        if self.settings.llm.enabled if use_llm is None else use_llm:
            from assistant.answer.llm import LLMAnswerer

            return self._checked(LLMAnswerer(self.settings.llm, self.embedder, extractive), filters)
        return self._checked(extractive, filters)

    def _answer_settings(self, filters: Filters | None) -> AnswerSettings:
        """A search restricted to one case abstains under ``case_abstain_threshold`` (the lower of the two)."""
        settings = self.settings.answer
        if filters and filters.case_id and settings.case_abstain_threshold < settings.abstain_threshold:
            return settings.model_copy(update={"abstain_threshold": settings.case_abstain_threshold})
        return settings

    def _checked(self, lookup: Answerer, filters: Filters | None) -> Answerer:
        """A lookup answer about one case stands only if that case could answer it (``answer.unreported``)."""
        focused = bool(filters and filters.case_id)
        return NotReportedCheck(lookup, self.case_texts, self.case_title, focused) if self.settings.answer.not_reported_check else lookup

    def case_texts(self, case_id: str) -> dict[str, str]:
        """Stored texts of every complete document of one case."""
        registry = self.retriever.registry
        return self.document_texts([d for d, r in registry.items() if r.case_id == case_id and r.complete])

    def case_reports(self, case_id: str) -> dict[str, str]:
        """Stored texts of the case's complete documents other than its treatment record."""
        return self.document_texts(self._narratives(case_id))

    def similar(self, words: str, sentences: list[str]) -> list[float]:
        """Cosine of ``words`` to each sentence (the question encoder). A course's sentences are
        embedded once and kept (bounded), since questions about one report meet the same ones."""
        known = {t: v for t in sentences if (v := self._sentence_vectors.get(t)) is not None}
        missing = [t for t in dict.fromkeys(sentences) if t not in known]
        if missing:
            known.update(zip(missing, self.embedder.encode(missing)))
            self._sentence_vectors.update((t, known[t]) for t in missing)
            while len(self._sentence_vectors) > 20_000:  # drop the oldest
                self._sentence_vectors.pop(next(iter(self._sentence_vectors)), None)
        query = self.embedder.encode([words])[0]
        return [float(known[t] @ query) for t in sentences]

    def treatment_record(self, case_id: str) -> list:
        """The passages of the case's treatment record (all its rows), or [] when it has none."""
        records = [d for d, r in self.retriever.registry.items() if r.case_id == case_id and r.kind == "treatment-record"]
        return self.retriever.document_passages(records[0]) if records else []

    def _narratives(self, case_id: str) -> list[str]:
        """The case's complete documents other than its treatment record, by id."""
        return sorted(d for d, r in self.retriever.registry.items() if r.case_id == case_id and r.complete and r.kind != "treatment-record")

    def case_title(self, case_id: str) -> str:
        """A readable name for a case: its narrative document's title (a treatment record's is generic)."""
        records = [r for r in self.retriever.registry.values() if r.case_id == case_id]
        narrative = [r for r in records if r.kind != "treatment-record"] or records
        return min((r.title for r in narrative), key=len, default=case_id)

    def ask(
        self,
        question: str,
        history: Iterable[Any] | None = None,
        filters: dict[str, Any] | Filters | None = None,
        mode: str = "hybrid",
        use_llm: bool | None = None,
    ) -> Answer:
        """resolve -> search -> answer -> verify, and a new ``Answer`` for it."""
        started = time.perf_counter()
        question = check_question(question)  # EmptyQuestion; the length limit is the interfaces' (AskRequest)
        self._ready()
        resolution = plan(question, history, filters, locate=self.locate_case, name=self.named_case)
        shape = classify(question)
        # The answerer weighs the sentences of more passages than are shown (answer.candidate_passages).
        shown = self.settings.retrieval.k
        query = resolution.query + (record_words(resolution.query) if shape == "lookup" else "")  # "go home": also "discharged"
        retrieval = self.retriever.search(query, resolution.filters, mode, k=max(shown, self.settings.answer.candidate_passages), focus_case=resolution.boost_case)
        if resolution.ambiguous:
            draft = Draft(notices=[prompts.WHICH_CASE_MESSAGE])
        else:
            # A case the question names is searched alone; what is asked of it is the question without its description.
            asked = resolution.query if resolution.case_title else question
            draft = self._answer(asked, shape, retrieval, resolution.filters, use_llm, resolution.fitting)
        draft = with_short_answer(question, verify(draft, self.document_texts({c.doc_id for c in draft.citations})))
        draft.shape = shape
        answer = compose_answer(question, resolution, replace(retrieval, passages=retrieval.passages[:shown]), draft, (time.perf_counter() - started) * 1000)
        return with_indexing(answer, self.indexing)

    def _answer(self, question: str, shape: str, retrieval: RetrievalResult, filters: Filters, use_llm: bool | None, fitting: Sequence[str] = ()) -> Draft:
        """The answerer for the question's shape, and the fallbacks when it finds nothing.
        ``fitting``: the cases the question's description fits, when it fits a few."""
        route = shape if shape != "yes_no" or about_an_event(question) else "lookup"
        if route == "lookup" and asked_aspects(question):  # "Tell me about ...", "What was his outcome?": from the case's own sections
            summarizer = CaseSummaryAnswerer(self.retriever.document_passages, self.document_text, focused=bool(filters.case_id))
            ranked = sorted(fitting, key=lambda c: next((i for i, p in enumerate(retrieval.passages) if p.case_id == c), len(retrieval.passages)))
            summary = summarizer.per_case(question, [(self.case_title(c), self._narratives(c)) for c in ranked]) if fitting else Draft()
            summary = summary if not summary.abstained else summarizer.answer(question, retrieval)
            if not summary.abstained:
                return summary
        draft = self.answerer(use_llm, route, filters).answer(question, retrieval)
        if (shape == "yes_no" and draft.verdict is None) or (route == "sequence" and draft.abstained):  # no case, target or record row: a lookup
            draft = self.answerer(use_llm, filters=filters).answer(question, retrieval)
        elif route in ACROSS_SHAPES and draft.abstained and not draft.cases and not draft.notices:  # a named subject in no case stays "0 cases"
            # No case matched: perhaps a question about one document ("how many people were in
            # the cluster?" of a paper); its lookup answer is kept only if it clears abstention.
            lookup = self.answerer(use_llm, filters=filters).answer(question, retrieval)
            draft = draft if lookup.abstained else lookup
        return draft

    def _ready(self) -> None:
        self.retriever.refresh()
        if not self.retriever.complete_docs:
            running = self.indexing is not None and self.indexing.status().running
            raise EmptyIndex(prompts.INDEXING_MESSAGE if running else prompts.EMPTY_INDEX_MESSAGE)
        if self.retriever.id_scheme != ID_SCHEME:
            raise IndexUnavailable(prompts.OLD_ID_SCHEME_MESSAGE.format(index=self.store.location))

    def named_case(self, question: str) -> list[NamedCase]:
        """The cases the question's description fits (``retrieve.case_names``), with their titles:
        one is the case it names; a few say the description does not single one out."""
        if not self.settings.answer.named_case:
            return []
        names = self.retriever.case_names()
        cases = names.matching(question)
        if not cases and naming_terms(question) and not about_all_records(question):
            searched = self._searched_case(question)
            return [NamedCase(case, self.case_title(case), searched=True) for case in searched or names.nearly_matching(question)]
        return [NamedCase(case, self.case_title(case)) for case in cases[:_SEVERAL]] if len(cases) <= _SEVERAL else []

    def _searched_case(self, question: str) -> list[str]:
        """The case a description names when no title or tag holds its words ("the big baby
        with hyperinsulinism"): the question's own hybrid search, when all but one of its best
        passages are that one case record's. Measured on 107 one-case questions that the words
        named no case for: 65 of 67 such tops were the asked case (docs/evaluation.md, stop 18)."""
        passages = self.retriever.search(question, k=_SEARCHED).passages[:_SEARCHED]
        top = passages[0] if passages else None
        if top is None or not top.case_id or not is_case_record(top.case_id, top.doc_id):
            return []
        return [top.case_id] if sum(p.case_id == top.case_id for p in passages) >= len(passages) - 1 else []

    def locate_case(self, question: str) -> str | None:
        """The case an earlier question was about, when the history does not say: the best
        BM25 match (cheap: no embedding, no fusion)."""
        result = self.retriever.search(question, mode="bm25", k=1)
        return result.passages[0].case_id if result.passages else None


ACROSS_SHAPES = ("list", "count", "compare")
_SEVERAL = 4  # a description fitting more cases than this is not read as naming any
_SEARCHED = 8  # passages a description's search must give (all but one) to one case to name it
_EVENT = re.compile(r"^\s*" + LEADING_CLAUSE + r"?(?:did|was|were|had|has|have|could\b[^?]{0,60}?\bbe\s+\w+(?:ed|en)\b(?=[^?]*\b(?:in|for|of)\s+(?:the|this|her|his)\b))", re.I)  # "Could AVNRT be induced in the man ...?", not "Can X be improved by Y?"


def about_an_event(question: str) -> bool:
    """"Did he have CRS?", "Was she transplanted?": whether something happened in a case, which
    that case's records answer by reporting it, reporting it as absent, or not at all. Present-
    tense research questions ("Does X improve Y?") are not: they go to the extractive answerer."""
    return bool(_EVENT.search(question))


def with_indexing(answer: Answer, indexing) -> Answer:
    """While the corpus is still indexed in the background, the answer says how much of it it saw."""
    status = indexing.status() if indexing is not None else None
    if status is None or not status.running:
        return answer
    return replace(answer, notices=[*answer.notices, status.notice()], indexing=status.to_dict())


def with_short_answer(question: str, draft: Draft) -> Draft:
    """The span inside the first cited quote that answers (a dose, a date, a drug), at its
    document offsets; yes/no answers keep their verdict as the short answer."""
    if draft.verdict in ("yes", "no"):
        return replace(draft, short_answer=draft.verdict)
    if not draft.citations or draft.cases:  # an answer across cases has a line per case, no one short answer
        return draft
    first = draft.citations[0]
    span = short_answer(question, first.quote)
    if span is None:
        return draft
    start, end = span
    return replace(draft, short_answer=first.quote[start:end], short_answer_span=(first.char_start + start, first.char_start + end))


def compose_answer(question: str, resolution: Resolution, retrieval: RetrievalResult, draft: Draft, latency_ms: float) -> Answer:
    """The ``Answer`` every interface shows, from a verified draft."""
    abstained = draft.abstained
    if resolution.ambiguous:
        text, focus = draft.notices[0], None
        draft = replace(draft, notices=draft.notices[1:])
    elif abstained and draft.shape in ACROSS_SHAPES and draft.case_count == 0:
        text, focus = (draft.notices[0] + " " + prompts.CLOSEST_PASSAGES if draft.notices else prompts.NO_CASES_MESSAGE), resolution.focus_case
        draft = replace(draft, notices=draft.notices[1:])
    elif abstained and draft.verdict == "not_reported" and draft.notices:
        text, focus = draft.notices[0] + " " + prompts.CLOSEST_PASSAGES, resolution.focus_case
        draft = replace(draft, notices=draft.notices[1:])
    elif abstained:
        text = prompts.ABSTAIN_IN_CASE_MESSAGE.format(case=resolution.case_title or resolution.focus_case) if resolution.restrict_to_focus else prompts.ABSTAIN_MESSAGE
        focus = resolution.focus_case
    else:
        text = render_sentences(draft.sentences)
        focus = draft.citations[0].case_id if draft.citations else resolution.focus_case
        if draft.cases:  # an answer about several cases puts none in focus; about one, that one
            focus = draft.cases[0].case_id if len(draft.cases) == 1 else None
    return Answer(
        question=question,
        answer=text,
        abstained=abstained,
        citations=[] if abstained else draft.citations,
        passages=retrieval.passages,
        mode=draft.mode,
        sentences=[] if abstained else draft.sentences,
        evidence_score=draft.evidence,
        notices=resolution.notices + draft.notices,
        flags=draft.flags,
        query=resolution.query,
        focus_case=focus,
        filters=resolution.filters.to_dict(),
        latency_ms=latency_ms,
        llm_error=draft.llm_error,
        shape=draft.shape,
        cases=[] if abstained else draft.cases,
        case_count=draft.case_count,
        verdict=draft.verdict,
        short_answer="" if abstained else draft.short_answer,
        short_answer_start=draft.short_answer_span[0] if draft.short_answer_span and not abstained else None,
        short_answer_end=draft.short_answer_span[1] if draft.short_answer_span and not abstained else None,
    )
