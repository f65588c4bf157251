"""Sentences of retrieved passages with document offsets, and citations built from them.

A citation's quote is always a slice of the document text taken at its offsets, never
retyped, so ``quote == document.text[char_start:char_end]`` holds by construction and
``verify_citations`` re-checks it against the stored text before an answer leaves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.text.sentences import sentence_parts, sentence_spans
from assistant.models import Citation, Passage

_WORD = re.compile(r"[A-Za-z0-9]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Candidate:
    """A sentence of a passage; offsets are into the document text."""

    passage: Passage
    passage_rank: int
    text: str
    char_start: int
    char_end: int

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.passage.doc_id, self.char_start, self.char_end)


def passage_sentences(passages: list[Passage], min_words: int = 3) -> list[Candidate]:
    """Distinct sentences of the passages, in rank order; overlap repeats are dropped."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Candidate] = []
    for rank, passage in enumerate(passages):
        for s, e in sentence_parts(passage.text):
            text = passage.text[s:e]
            if len(text.split()) < min_words or not _WORD.search(text):
                continue
            candidate = Candidate(passage, rank, text, passage.char_start + s, passage.char_start + e)
            if candidate.key in seen:
                continue
            seen.add(candidate.key)
            out.append(candidate)
    return out


_NEEDS_CONTEXT = re.compile(r"^(?i:this|these|that|those|it|its|they|their|he|his|she|her|result|results|both|such|subsequently|then|thereafter|however|there)\b|^[a-z(]")


def with_context(candidate: Candidate, min_words: int = 8) -> Candidate:
    """The sentence plus the one before it on the same line, when it cannot stand alone.

    "Result on 17.01.2024: MRD (–), 1% blasts" means little without "Induction I
    (27.12.2023–16.01.2024): blinatumomab monotherapy ..." before it; the quote stays a
    contiguous, verbatim span of the document.
    """
    text = candidate.text
    if len(text.split()) >= min_words and not _NEEDS_CONTEXT.match(text):
        return candidate
    p = candidate.passage
    local_start = candidate.char_start - p.char_start
    previous = [(s, e) for s, e in sentence_spans(p.text) if e <= local_start and "\n" not in p.text[e:local_start]]
    if not previous:
        return candidate
    s, _ = previous[-1]
    if len(p.text[s:local_start].split()) < 3:
        return candidate  # a heading or label, not context
    start = p.char_start + s
    return Candidate(p, candidate.passage_rank, p.text[s : local_start + len(text)], start, candidate.char_end)


def with_following(candidate: Candidate) -> Candidate:
    """The sentence and the next one of its paragraph (a long paper often states the answer
    right after the sentence that restates the question); the quote stays one verbatim span."""
    p = candidate.passage
    local_end = candidate.char_end - p.char_start
    following = [(s, e) for s, e in sentence_spans(p.text) if s >= local_end and "\n" not in p.text[local_end:s]]
    if not following:
        return candidate
    end = following[0][1]
    local_start = candidate.char_start - p.char_start
    return Candidate(p, candidate.passage_rank, p.text[local_start:end], candidate.char_start, p.char_start + end)


def typed_following(candidate: Candidate, typed: Callable[[str], bool]) -> Candidate:
    """The best sentence without the asked kind of thing ("Which organism grew ...?" met by
    "Fluid was drained by a subconjunctival incision") runs on to the next sentence of its
    paragraph when that one holds it ("Cultures grew Streptococcus pyogenes")."""
    if typed(candidate.text):
        return candidate
    longer = with_following(candidate)
    return longer if longer is not candidate and typed(longer.text[len(candidate.text) :]) else candidate


def make_citation(n: int, candidate: Candidate) -> Citation:
    p = candidate.passage
    return Citation(
        n=n,
        doc_id=p.doc_id,
        title=p.title,
        source=p.source,
        section=p.section,
        chunk_id=p.chunk_id,
        quote=candidate.text,
        char_start=candidate.char_start,
        char_end=candidate.char_end,
        license=p.license,
        case_id=p.case_id,
    )


def display_text(quote: str) -> str:
    """A quote as shown in an answer sentence: whitespace collapsed, nothing else changed."""
    return " ".join(quote.split())


def numbers_in(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def verify_citations(citations: list[Citation], doc_texts: dict[str, str]) -> list[Citation]:
    """The citations whose quote is exactly the document text at their offsets."""
    return [c for c in citations if doc_texts.get(c.doc_id, "")[c.char_start : c.char_end] == c.quote and c.quote]
