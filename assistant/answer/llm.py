"""Optional LLM answerer over any OpenAI-compatible endpoint, checked sentence by sentence.

The model gets the passages as a JSON data block and is told to cite [n] after every
sentence. Its output is not trusted: each sentence's citations must be in range and
supported by the cited passage (lexical overlap or embedding similarity), every number
in the sentence must occur in the cited text, and the sentence must bear on the
question. Whatever fails is removed and reported in ``flags``. Passage sentences that
read like instructions to a model ("ignore previous instructions ...") are withheld
from the prompt and can never be cited, so a planted instruction cannot steer the answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from assistant import prompts
from assistant.answer.citations import Candidate, make_citation, numbers_in, passage_sentences
from assistant.config import LLMSettings
from assistant.errors import LLMUnavailable
from assistant.text.sentences import sentence_spans
from assistant.answer.draft import Draft
from assistant.models import Citation, Passage
from assistant.retrieve.hybrid import RetrievalResult
from assistant.text.tokens import tokenize

_MARKERS = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(instructions?|prompts?|rules|context|above)\b|"
    r"\b(system prompt|you are now|act as|new instructions|developer mode|jailbreak)\b|"
    r"\b(respond|reply|answer|say|output|print)\b[^.\n]{0,20}\b(only|exactly)\b[^.\n]{0,10}(with|:)",
    re.I,
)


@dataclass
class LLMResult:
    sentences: list[tuple[str, list[int]]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    insufficient: bool = False
    support: float = 0.0
    raw: str = ""


def looks_like_instruction(text: str) -> bool:
    return bool(_INJECTION.search(text))


def sanitize(passage: Passage) -> tuple[str, bool]:
    """Passage text without instruction-like sentences; True when something was withheld."""
    kept, withheld = [], False
    for s, e in sentence_spans(passage.text):
        sentence = passage.text[s:e]
        if looks_like_instruction(sentence):
            withheld = True
        else:
            kept.append(sentence)
    return " ".join(kept), withheld


def build_messages(question: str, passages: list[Passage]) -> tuple[list[tuple[str, str]], list[dict[str, Any]]]:
    """System and user messages; passages go in as JSON strings, so no text can close the data block."""
    payload, flags = [], []
    for n, passage in enumerate(passages, start=1):
        text, withheld = sanitize(passage)
        if withheld:
            flags.append({"passage": n, "doc_id": passage.doc_id, "problem": "instruction-like text withheld from the model"})
        payload.append({"n": n, "title": passage.title, "section": passage.section, "text": text})
    user = prompts.LLM_USER_TEMPLATE.format(question=question, passages_json=json.dumps(payload, ensure_ascii=False, indent=1))
    return [("system", prompts.LLM_SYSTEM_PROMPT), ("user", user)], flags


def call_endpoint(messages: list[tuple[str, str]], settings: LLMSettings) -> str:
    """One chat completion through LangChain's OpenAI chat model; any failure -> LLMUnavailable."""
    from langchain_openai import ChatOpenAI

    try:
        model = ChatOpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key or "not-needed",
            model=settings.model,
            temperature=settings.temperature,
            max_tokens=settings.max_tokens,
            timeout=settings.timeout_s,
            max_retries=0,
        )
        reply = model.invoke(messages)
    except Exception as exc:  # noqa: BLE001 - network, HTTP and parse errors all mean "no LLM answer"
        raise LLMUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else 'no detail'}") from None
    content = reply.content if isinstance(reply.content, str) else " ".join(str(part) for part in reply.content)
    if not content.strip():
        raise LLMUnavailable("empty reply")
    return content


def split_cited(text: str) -> list[tuple[str, list[int]]]:
    """``[(sentence without markers, [n, ...])]``; a marker standing alone joins the sentence before it."""
    out: list[tuple[str, list[int]]] = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        numbers = [int(n) for group in _MARKERS.findall(sentence) for n in re.split(r"\s*[,;]\s*", group)]
        clean = " ".join(_MARKERS.sub("", sentence).split())
        clean = re.sub(r"\s+([.,;:!?])", r"\1", clean)
        if not re.search(r"[A-Za-z0-9]", clean) and out:
            out[-1][1].extend(numbers)
            continue
        if clean:
            out.append((clean, numbers))
    return out


def _lexical_support(sentence: str, passage_text: str) -> float:
    terms = set(tokenize(sentence))
    return len(terms & set(tokenize(passage_text))) / len(terms) if terms else 0.0


def check(question: str, reply: str, passages: list[Passage], embedder, settings: LLMSettings) -> LLMResult:
    """Keep only cited, supported, on-question sentences; cite the best passage sentence verbatim."""
    result = LLMResult(raw=reply)
    if prompts.LLM_INSUFFICIENT in reply:
        result.insufficient = True
        return result
    candidates = [c for c in passage_sentences(passages, min_words=2) if not looks_like_instruction(c.text)]
    sentences = split_cited(reply)
    if not sentences:
        return result
    texts = [s for s, _ in sentences]
    vectors = embedder.encode(texts + [question] + [c.text for c in candidates])
    checker = _Checker(question, candidates, vectors[len(texts)], vectors[len(texts) + 1 :], settings, result)
    for (sentence, ns), s_vec in zip(sentences, vectors[: len(texts)]):
        checker.add(sentence, ns, s_vec)
    result.support = min(checker.supports) if checker.supports and result.sentences else 0.0
    return result


class _Checker:
    """Checks the LLM's sentences one by one against the passages, numbering citations as it goes."""

    def __init__(self, question: str, candidates: list[Candidate], q_vec, cand_vecs, settings: LLMSettings, result: LLMResult):
        self.question, self.candidates, self.q_vec, self.settings, self.result = question, candidates, q_vec, settings, result
        self.vector_of = {id(c): v for c, v in zip(candidates, cand_vecs)}
        self.by_passage: dict[int, list[Candidate]] = {}
        for c in candidates:
            self.by_passage.setdefault(c.passage_rank + 1, []).append(c)
        self.numbering: dict[tuple[str, int, int], int] = {}
        self.supports: list[float] = []

    def flag(self, sentence: str, problem: str, **extra: Any) -> None:
        self.result.flags.append({"sentence": sentence, **extra, "problem": problem})

    def add(self, sentence: str, ns: list[int], s_vec) -> None:
        if not ns:
            return self.flag(sentence, "no citation; removed")
        relevance = max(float(s_vec @ self.q_vec), _lexical_support(self.question, sentence))
        if relevance < self.settings.min_question_relevance or looks_like_instruction(sentence):
            return self.flag(sentence, "not about the question; removed")
        kept = [c for n in dict.fromkeys(ns) if (c := self.supporting(sentence, n, s_vec)) is not None]
        if not kept:
            return None
        # Every number must sit in a quoted sentence: add the passage sentence holding it.
        for number in sorted(numbers_in(sentence) - numbers_in(" ".join(c.text for c in kept))):
            holder = next((c for c in self.candidates if c.passage_rank + 1 in ns and number in numbers_in(c.text)), None)
            if holder is not None and holder not in kept:
                kept.append(holder)
        unsupported = numbers_in(sentence) - numbers_in(" ".join(c.text for c in kept))
        if unsupported:
            return self.flag(sentence, f"numbers {sorted(unsupported)} not in the cited passages; removed")
        refs = []
        for c in kept:
            if c.key not in self.numbering:
                self.numbering[c.key] = len(self.numbering) + 1
                self.result.citations.append(make_citation(self.numbering[c.key], c))
            refs.append(self.numbering[c.key])
        self.result.sentences.append((sentence if sentence[-1] in ".!?" else sentence + ".", refs))
        return None

    def supporting(self, sentence: str, n: int, s_vec) -> Candidate | None:
        """The sentence of passage ``n`` that best supports ``sentence``, if it supports it enough."""
        if n not in self.by_passage:
            self.flag(sentence, "citation number out of range; removed", citation=n)
            return None
        options = self.by_passage[n]
        cos = [float(s_vec @ self.vector_of[id(c)]) for c in options]
        best = int(np.argmax(cos))
        # Terms count where the sentence says it (the best sentence and its neighbours), not
        # anywhere in a long passage, which would "support" any sentence made of its words.
        lexical = _lexical_support(sentence, " ".join(c.text for c in options[max(0, best - 1) : best + 2]))
        by_embedding = cos[best] >= self.settings.min_embedding_support and lexical >= self.settings.min_lexical_with_embedding
        if lexical < self.settings.min_lexical_support and not by_embedding:
            self.flag(sentence, f"not supported by passage {n} (terms {lexical:.2f}, cosine {cos[best]:.2f}); removed", citation=n)
            return None
        self.supports.append(max(lexical, cos[best]))
        return options[best]


def llm_answer(question: str, passages: list[Passage], settings: LLMSettings, embedder) -> LLMResult:
    """Ask the endpoint, then check its answer; raises LLMUnavailable on endpoint failure."""
    top = passages[: settings.max_passages]
    messages, flags = build_messages(question, top)
    reply = call_endpoint(messages, settings)
    result = check(question, reply, top, embedder, settings)
    result.flags = flags + result.flags
    return result


class LLMAnswerer:
    """Answers with an OpenAI-compatible endpoint, checked sentence by sentence; falls back
    to ``fallback`` (the extractive answerer) when the endpoint fails or nothing survives."""

    def __init__(self, settings: LLMSettings, embedder, fallback):
        self.settings = settings
        self.embedder = embedder
        self.fallback = fallback

    def answer(self, question: str, retrieval: RetrievalResult) -> Draft:
        if not retrieval.passages:
            return self.fallback.answer(question, retrieval)
        try:
            done = llm_answer(question, retrieval.passages, self.settings, self.embedder)
        except LLMUnavailable as exc:
            draft = self.fallback.answer(question, retrieval)
            draft.llm_error = str(exc)
            draft.notices.append(prompts.LLM_FALLBACK_NOTICE.format(error=exc))
            return draft
        if done.citations or done.insufficient:
            return Draft(done.sentences, done.citations, evidence=done.support, mode="llm", flags=done.flags)
        draft = self.fallback.answer(question, retrieval)
        draft.flags = done.flags + draft.flags
        draft.notices.append(prompts.LLM_NOTHING_SUPPORTED_NOTICE)
        return draft
