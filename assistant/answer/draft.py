"""The answering contract: every answerer takes the question and what retrieval found, and
proposes a ``Draft``; the pipeline verifies the draft against the stored text before it
becomes an ``Answer``. New answerers (lists across cases, yes/no, sequences) plug in here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from assistant.answer.citations import verify_citations
from assistant.models import CaseLine, Citation
from assistant.retrieve.hybrid import RetrievalResult


@dataclass
class Draft:
    """Proposed answer sentences, each with its [n] citations; no sentences means "abstain"."""

    sentences: list[tuple[str, list[int]]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    evidence: float = 0.0  # the score abstention is calibrated on
    mode: str = "extractive"
    flags: list[dict[str, Any]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    llm_error: str = ""  # the LLM endpoint failed and this draft is the fallback's
    shape: str = "lookup"
    cases: list[CaseLine] = field(default_factory=list)  # answers across cases: one line per case
    case_count: int | None = None
    verdict: str | None = None  # yes/no answers
    short_answer: str = ""
    short_answer_span: tuple[int, int] | None = None  # document offsets inside citations[0]

    @property
    def abstained(self) -> bool:
        return not self.sentences


class Answerer(Protocol):
    def answer(self, question: str, retrieval: RetrievalResult) -> Draft: ...


def verify(draft: Draft, doc_texts: dict[str, str]) -> Draft:
    """Last gate: drop (and flag) citations whose quote is not the document text at its
    offsets, then sentences left without a citation, then citations no sentence uses."""
    valid = verify_citations(draft.citations, doc_texts)
    good = {c.n for c in valid}
    flags = list(draft.flags)
    flags += [{"citation": c.n, "problem": "quote does not match the document at its offsets"} for c in draft.citations if c.n not in good]
    kept = []
    for text, ns in draft.sentences:
        ns = [n for n in ns if n in good]
        if ns:
            kept.append((text, ns))
        else:
            flags.append({"sentence": text, "problem": "no valid citation; removed"})
    used = {n for _, ns in kept for n in ns}
    cases = [line for line in draft.cases if line.citation in used]
    return replace(draft, sentences=kept, citations=[c for c in valid if c.n in used], flags=flags, cases=cases)
