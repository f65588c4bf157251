"""Plain data types that flow between the stages: documents in, answers out.

They are dataclasses with no behaviour beyond (de)serialisation so every stage can be
tested with hand-made values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


def is_case_record(case_id: str, doc_id: str) -> bool:
    """A document given a case id of its own (the case-report loader, the manifest, front
    matter, the upload form); any other document's case id defaults to its document id."""
    return bool(case_id) and case_id != doc_id


@dataclass(frozen=True)
class Section:
    """A labelled span ``[start, end)`` of a document's text."""

    name: str
    start: int
    end: int


@dataclass
class Document:
    """One case record as loaded: the exact text that offsets point into, plus metadata.

    ``metadata`` holds flat, filterable facts (``case_id``, ``source``, ``license``,
    ``kind``, ``year``, ``diagnoses``, ``drugs``) and, for treatment records, a
    ``timeline`` list of courses. ``sections`` is set by loaders that know the structure
    (treatment records, Markdown, DOCX); otherwise sections are detected from the text.
    """

    doc_id: str
    text: str
    title: str
    metadata: dict[str, Any] = field(default_factory=dict)
    sections: list[Section] | None = None
    line: int | None = None  # the record's line in its file (JSONL), for error messages


@dataclass
class Chunk:
    """A window of a document; ``document.text[char_start:char_end] == text`` always."""

    chunk_id: str
    doc_id: str
    text: str
    char_start: int
    char_end: int
    section: str
    ordinal: int
    embed_text: str


@dataclass
class LoadError:
    """Why a file (or one line of it) could not be indexed."""

    path: str
    error: str
    line: int | None = None
    warning: bool = False  # indexed anyway (e.g. a guessed text encoding): reported, not a failure

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.error}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "error": self.error}
        if self.line is not None:
            out["line"] = self.line
        if self.warning:
            out["warning"] = True
        return out


class InputError(Exception):
    """A whole file cannot be loaded; carries the line when one is to blame."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass
class LoadResult:
    """What a loader got from one file: the good documents and every problem, together.

    A file can yield both: a bad row or line is reported while the rest is indexed.
    """

    documents: list[Document] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


@dataclass
class Passage:
    """A retrieved chunk with its scores and the document facts a reader needs to trust it."""

    chunk_id: str
    doc_id: str
    text: str
    score: float
    char_start: int
    char_end: int
    section: str
    title: str = ""
    case_id: str = ""
    source: str = ""
    license: str = ""
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    # Near-identical passages of other documents, shown as further sources instead of being
    # dropped: ``{"doc_id", "chunk_id", "title"}`` each (the same abstract in two records).
    also_in: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The passage as every interface shows it (JSON, LangChain metadata): where it is and who says so."""
        return {
            "also_in": [dict(other) for other in self.also_in],
            "doc_id": self.doc_id,
            "chunk_id": self.chunk_id,
            "text": self.text,
            "score": round(self.score, 6),
            "title": self.title,
            "section": self.section,
            "case_id": self.case_id,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "source": self.source,
            "license": self.license,
        }


@dataclass
class Citation:
    """Evidence for one answer sentence: ``quote == document.text[char_start:char_end]``."""

    n: int
    doc_id: str
    title: str
    source: str
    section: str
    chunk_id: str
    quote: str
    char_start: int
    char_end: int
    license: str = ""
    case_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def render_sentences(sentences: list[tuple[str, list[int]]]) -> str:
    """``"Sentence. [1][2] Next. [3]"``: the answer text every interface shows."""
    return " ".join(f"{text} " + "".join(f"[{n}]" for n in ns) for text, ns in sentences).strip()


@dataclass
class CaseLine:
    """One case in an answer across cases: the case, and the cited sentence that supports it;
    to compare, also the case's sentence on the compared aspect (by default its outcome) beside it."""

    case_id: str
    title: str
    sentence: str
    citation: int  # the [n] of the sentence's citation
    compared: str = ""  # compare: the case's sentence on the compared aspect ("" when none or the same)
    compared_citation: int | None = None
    compared_label: str = ""  # what is compared: "Outcome", "Infections", "Complications", "Treatment", "Diagnosis"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def beyond_title(self) -> str:
        """The cited sentence as shown after the title: "" when it is the title (the case report's
        title names what the case is about), so a line does not say it twice."""
        return "" if self.sentence.strip(" .").lower() == self.title.strip(" .").lower() else self.sentence


SHAPES = ("lookup", "yes_no", "list", "count", "compare", "sequence")
VERDICTS = ("yes", "no", "not_reported")


@dataclass
class Answer:
    """What the assistant says, and everything needed to check it."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    passages: list[Passage]
    mode: str = "extractive"
    sentences: list[tuple[str, list[int]]] = field(default_factory=list)
    evidence_score: float = 0.0
    notices: list[str] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    query: str = ""
    focus_case: str | None = None
    filters: dict[str, Any] = field(default_factory=dict)
    latency_ms: float = 0.0
    llm_error: str = ""  # set when the LLM endpoint failed and this is the extractive fallback
    shape: str = "lookup"  # one of SHAPES: what kind of answer the question asks for
    cases: list[CaseLine] = field(default_factory=list)  # list/count/compare: every matching case
    case_count: int | None = None  # list/count: how many cases match (all of them, not only those shown)
    verdict: str | None = None  # yes/no questions: one of VERDICTS
    short_answer: str = ""  # the span inside the first cited quote that answers (a dose, a date, yes/no)
    short_answer_start: int | None = None  # its document offsets (inside citations[0]'s quote)
    short_answer_end: int | None = None
    indexing: dict[str, Any] | None = None  # while the app still indexes in the background: how far it got

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by ``assistant ask --json`` and ``POST /api/ask``."""
        return {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "mode": self.mode,
            "evidence_score": round(self.evidence_score, 4),
            "citations": [c.to_dict() for c in self.citations],
            "sentences": [{"text": text, "citations": list(ns)} for text, ns in self.sentences],
            "passages": [p.to_dict() for p in self.passages],
            "notices": list(self.notices),
            "flags": list(self.flags),
            "query": self.query,
            "focus_case": self.focus_case,
            "filters": dict(self.filters),
            "latency_ms": round(self.latency_ms, 1),
            "llm_error": self.llm_error,
            "shape": self.shape,
            "cases": [c.to_dict() for c in self.cases],
            "case_count": self.case_count,
            "verdict": self.verdict,
            "short_answer": self.short_answer,
            "short_answer_start": self.short_answer_start,
            "short_answer_end": self.short_answer_end,
            "indexing": self.indexing,
        }
