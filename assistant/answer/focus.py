"""What the question asks, apart from what names its case: the words of a document's title,
and the words most candidate passages hold, say which case, not which fact. The ranking
cosine is taken to the question without them (``answer.title_free_cosine``,
``answer.background_share``); evidence for abstention keeps the full question."""

from __future__ import annotations

import re

import numpy as np

from assistant.models import is_case_record
from assistant.text.abbreviations import title_acronyms
from assistant.text.tokens import PREFIX, tokenize


def prefixes(terms) -> set[str]:
    """Stems cut to six letters: the stemmer leaves "infectious"/"infection" apart, this joins them."""
    return {t[:PREFIX] for t in terms}


def title_terms(title: str) -> set[str]:
    """The terms a document's title names it by (its words and the acronyms its capitalised runs make), as prefixes."""
    return prefixes(tokenize(title + " " + " ".join(title_acronyms(title))))


def untitled_queries(question: str, rows: list, encode, share: float = 0.0) -> dict[str, np.ndarray]:
    """Per document whose title shares words with the question, the question without them
    ("Which infections occurred during blinatumomab?" in the blinatumomab case: "Which
    infections occurred?"), embedded: in that case the title's words say nothing about the asked fact.
    From the case record most candidate sentences come from, the words at least ``share`` of its
    passages hold ("the teenager with sinusitis complicated by an epidural empyema") go too,
    from every case record's query: every sentence of that case is about them, the asked "CRP"
    is not."""
    out: dict[str, np.ndarray] = {}
    words = re.findall(r"[\w'’\-]+|[^\w\s]", question)
    documents = {r.candidate.passage.doc_id: r.candidate.passage for r in rows}
    # The case most candidate sentences come from; its background is taken from every case record's query alike, so
    # that another report naming the same words does not rise above it. A paper keeps them: its topic words
    # ("bovine coronavirus") are how its answer sentences restate the question.
    focus = max(documents, key=lambda d: sum(r.candidate.passage.doc_id == d for r in rows), default="")
    focused = focus and is_case_record(documents[focus].case_id, focus) and share > 0
    background = background_terms(question, [r for r in rows if r.candidate.passage.doc_id == focus], share) if focused else set()
    for doc_id, passage in documents.items():
        named = title_terms(passage.title) | (background if is_case_record(passage.case_id, doc_id) else set())
        kept = [w for w in words if not (tokenize(w) and all(t[:PREFIX] in named for t in tokenize(w)))]
        if len(kept) < len(words) and any(tokenize(w) for w in kept):
            out[doc_id] = " ".join(kept)
    if not out:
        return {}
    texts = sorted(set(out.values()))
    vectors = dict(zip(texts, encode(texts)))
    return {doc_id: vectors[text] for doc_id, text in out.items()}


def background_terms(question: str, rows: list, share: float) -> set[str]:
    """The question's terms that at least ``share`` of one document's candidate passages (three
    or more) hold: the words of the case every passage is about ("sinusitis", "empyema"), not
    of the asked fact ("CRP")."""
    passages = {r.candidate.passage.chunk_id: r.candidate.passage for r in rows}
    if len(passages) < 3:
        return set()
    held = [prefixes(tokenize(p.text)) for p in passages.values()]
    return {t for t in prefixes(tokenize(question)) if sum(t in h for h in held) >= share * len(held)}
