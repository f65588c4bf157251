"""Sequence questions ("what happened after consolidation IV", "what came before the
prephase", "what was given in cycle 1") answered from a treatment record's rows.

A treatment record (``ingest.treatment``) is one line per course, in the record's order,
each starting ``Phase, start–end, ...``. The answerer finds the anchor row the question
names (an ordinal must match exactly: cycle 1 is not cycle 3), then cites the rows the
question asks for, verbatim at their offsets: the anchor and the next dated row for
"after", the previous dated row and the anchor for "before", the rows in between for
"between", the anchor alone for "in cycle 1" or a result ("MRD after cycle 1"). A case
report without a record is answered from its event timeline instead (``story_order``).
When no row or event is named, it proposes nothing and the pipeline answers the question
as a lookup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.answer import story_order
from assistant.answer.citations import Candidate, display_text, make_citation
from assistant.answer.draft import Draft
from assistant.answer.patient_words import without_case
from assistant.ingest.events import Event
from assistant.ingest.treatment import parse_date
from assistant.models import InputError, Passage
from assistant.text.ordinals import ordinal_fit, ordinals
from assistant.text.timex import ABSOLUTE, time_expressions
from assistant.text.tokens import tokenize

_AFTER = re.compile(r"\b(?:after|followed|following|follows|next|then|subsequent(?:ly)?)\b", re.I)
_AFTER_NAMED = re.compile(r"\b(?:after|following)\b", re.I)  # "the next regimen after X": X is named after "after", not "next"
_BEFORE = re.compile(r"\b(?:before|preceded|precedes|preceding|prior to)\b", re.I)
_BETWEEN = re.compile(r"\bbetween\b(?P<a>[^?]+?)\band\b(?P<b>[^?,]+)", re.I)
_FINDING = re.compile(r"\b(?:mrd|blasts?|marrow|result|results|show|showed|status|response|remission)\b", re.I)
# A comma ends the anchor unless a list goes on ("after vancomycin, cefepime and metronidazole").
_OBJECT_END = re.compile(r"[?;]|,(?!\s*[\w/+-]+(?:\s+[\w/+-]+)?\s*(?:,|\band\b))| and (?:what|how|when)\b|\b(?:did|was|were|is|had|has)\b", re.I)
_PARTICIPLE = re.compile(r"\s+(?:\w+ed|given|done|begun|taken|seen|drawn|withdrawn|shown|found)\b", re.I)
_PARTICIPLE_OBJECT = re.compile(r"\s+(?:on|with|to|into|for)\s+[^?,;]+?(?=\s+and (?:what|how|when)\b|[?,;]|$)", re.I)
_PRONOUN = re.compile(r"^\s*(?:it|this|that|them|these|those)\s*$", re.I)
# "Once X, what ...", "what was done when X": the situation X is the anchor, the step taken on it comes after.
_LEADING_WHEN = re.compile(r"^\W*(?:once|when|upon|as soon as)\s+(?=[^,?]{3,}[,])", re.I)
_CLAUSE_END = re.compile(r"[?;,]| and (?:what|how|when)\b", re.I)
_WHEN = re.compile(r"\b(?:once|upon|when(?!\s+(?:was|were|is|are|did|does|do|had|has|will|would)\b))\b", re.I)


@dataclass
class Row:
    """One course line of a record: its text, document offsets, position and start date."""

    candidate: Candidate
    position: int
    start: str | None

    @property
    def phase(self) -> str:
        return self.candidate.text.split(",", 1)[0]


def record_rows(passages: list[Passage]) -> list[Row]:
    """The course lines of one record's chunks (title line skipped), each once, in record
    order. Chunks overlap: a line is known by where it ends, and its longest copy is kept
    (a chunk may begin inside a line)."""
    by_end: dict[int, Candidate] = {}
    for passage in passages:
        offset = 0
        for line in passage.text.split("\n"):
            start = passage.char_start + offset + len(line) - len(line.lstrip())
            offset += len(line) + 1
            text = line.strip()
            if not text or text.startswith("Treatment record:"):
                continue
            end = start + len(text)
            if end not in by_end or start < by_end[end].char_start:
                by_end[end] = Candidate(passage, 0, text, start, end)
    ordered = sorted(by_end.values(), key=lambda c: c.char_start)
    return [Row(c, n, _start_date(c.text)) for n, c in enumerate(ordered)]


def _start_date(line: str) -> str | None:
    """The ISO start date of a course line (``Phase, 19.12.2023–26.12.2023, ...``), if it has one."""
    fields = line.split(",")
    if len(fields) < 2:
        return None
    try:
        return parse_date(fields[1].split("–")[0].split(":")[0].strip())
    except InputError:
        return None


def direction(question: str) -> tuple[str, str, str]:
    """``(after|before|between|at, the words naming the anchor, the words before them)``:
    "what followed it" names its anchor in the words before."""
    if m := _BETWEEN.search(question):
        return "between", m.group("a") + " | " + m.group("b"), question[: m.start()]
    if m := _LEADING_WHEN.match(question):
        return "after", _anchor_clause(question[m.end():], leading=True), ""
    for name, pattern in (("before", _BEFORE), ("after", _AFTER)):
        if name == "after" and (named := _AFTER_NAMED.search(question)) and not _PRONOUN.match(_anchor_clause(question[named.end():], False)):
            pattern = _AFTER_NAMED
        if m := pattern.search(question):
            head, rest = question[: m.start()], question[m.end():]
            words = _anchor_clause(rest, leading=not head.strip())
            return name, head if _PRONOUN.match(words) else words, head
    if m := _WHEN.search(question):  # a clause with its own verb: it runs to its end
        return "after", _CLAUSE_END.split(question[m.end():], maxsplit=1)[0].strip(), question[: m.start()]
    return "at", question, ""


def _anchor_clause(rest: str, leading: bool) -> str:
    """The words naming the anchor in ``rest`` (what follows "after"/"before"). A leading
    clause ("After EBV was suspected as the cause, what ...") runs to its comma; otherwise
    they stop at the next clause, keeping the participle that says what happened to the
    anchor ("after cyclosporin A was added": "added" tells the start from a later mention)."""
    if leading and (comma := rest.find(",")) > 0:
        return rest[:comma]
    end = _OBJECT_END.search(rest)
    if end is None:
        return rest
    participle = _PARTICIPLE.match(rest, end.end()) if end.group(0).lower() in ("was", "were") else None
    if participle and (onward := _PARTICIPLE_OBJECT.match(rest, participle.end())):  # "was started on four-drug therapy"
        return rest[: onward.end()]
    return rest[: participle.end()] if participle else rest[: end.start()]


def named_dates(words: str) -> list[str]:
    """The absolute dates the words name ("in April 2009" -> "2009-04")."""
    return [e.date for e in time_expressions(words) if e.anchor == ABSOLUTE and e.date]


def anchor_score(words: str, row: Row, known: set[str], dates: list[str] | None = None) -> float:
    """How well a row is what ``words`` name: an exact ordinal or the row's start date
    ("in April 2009" for 04.2009) decides, a different number of the same step rules the row
    out; then the share of the words found in the row, its phase counting double (only words
    the record uses at all count: "course", "last" and the patient's description name no row)."""
    fit = ordinal_fit(ordinals(words), row.candidate.text)
    if fit < 0:
        return 0.0
    # A date the words name ("diagnosed in April 2009") that is the row's start (04.2009) decides like an ordinal.
    on_date = bool(row.start) and any(row.start.startswith(d) for d in (named_dates(words) if dates is None else dates))
    terms = set(tokenize(words)) & known
    if not terms:
        return 1.0 if on_date else 0.0
    phase, line = set(tokenize(row.phase)), set(tokenize(row.candidate.text))
    overlap = (2 * len(terms & phase) + len(terms & line)) / (3 * len(terms))
    return overlap + (1.0 if fit > 0 else 0.0) + (1.0 if on_date else 0.0) if terms & line or on_date else 0.0


_GENERIC_STEPS = {"cycle", "course", "round", "block"}
_NOT_A_COURSE = re.compile(r"pre-?phase|follow|prophylaxis|initial|relapse|diagnos", re.I)


def nth_course(words: str, rows: list[Row]) -> tuple[bool, Row | None]:
    """"cycle 1", "the second course of blinatumomab" in a record whose rows are named
    otherwise (Induction I, Consolidation I ...): ``(True, the Nth dated course)``, prephases,
    follow-up and prophylaxis not counted, among the rows naming the drug the words name, if
    any; ``(True, None)`` when there is no Nth course; ``(False, None)`` when the words ask no
    such step or the record names its own cycles."""
    asked = {(step, n) for step, n in ordinals(words) if step in _GENERIC_STEPS}
    if len(asked) != 1 or any(step in _GENERIC_STEPS for row in rows for step, _ in ordinals(row.candidate.text)):
        return False, None
    courses = [row for row in rows if row.start and "–" in row.candidate.text.split(",", 2)[1] and not _NOT_A_COURSE.search(row.phase)]
    named = set(tokenize(words)) - {step for step, _ in asked}
    courses = [row for row in courses if named & set(tokenize(row.candidate.text.split(",", 2)[-1]))] or courses
    number = next(iter(asked))[1]
    return True, courses[number - 1] if 0 < number <= len(courses) else None


def find_anchor(words: str, rows: list[Row], latest: bool) -> Row | None:
    """The best-named row; among equals the latest (for "after") or the earliest. A generic
    "cycle N" the record does not use counts its courses (``nth_course``)."""
    counted, course = nth_course(words, rows)
    if counted:
        return course
    known = {t for row in rows for t in tokenize(row.candidate.text)}
    dates = named_dates(words)
    scored = [(anchor_score(words, row, known, dates), row) for row in rows]
    best = max((s for s, _ in scored), default=0.0)
    if best < 0.2:
        return None
    tied = [row for s, row in scored if s >= best - 1e-9]
    return tied[-1] if latest else tied[0]


def neighbour(rows: list[Row], anchor: Row, step: int) -> Row | None:
    """The next (``step`` 1) or previous (-1) row in time: dated rows by date, then by
    record order; an undated anchor uses the record order alone."""
    if anchor.start is None:
        i = anchor.position + step
        return rows[i] if 0 <= i < len(rows) else None
    dated = sorted((r for r in rows if r.start is not None), key=lambda r: (r.start, r.position))
    i = dated.index(anchor) + step
    return dated[i] if 0 <= i < len(dated) else None


def choose(question: str, rows: list[Row]) -> list[Row]:
    """The rows that answer ``question``, in time order (empty when no row is named)."""
    way, words, head = direction(question)
    if way == "between":
        a_words, b_words = words.split(" | ")
        a, b = find_anchor(a_words, rows, latest=False), find_anchor(b_words, rows, latest=False)
        if a is None or b is None or a is b:
            return []
        lo, hi = sorted((a.position, b.position))
        return rows[lo + 1 : hi] or []
    anchor = find_anchor(words, rows, latest=way == "after")
    if anchor is None:
        return []
    other = None if way == "at" else neighbour(rows, anchor, 1 if way == "after" else -1)
    # "MRD after cycle 1" asks for the anchor's own result, unless the words before name
    # the next row ("the first follow-up result after the last course").
    names_other = other is not None and bool(set(tokenize(other.phase)) & set(tokenize(head)))
    if other is None or (_FINDING.search(question) and ":" in anchor.candidate.text and not names_other):
        return [anchor]
    return [anchor, other] if way == "after" else [other, anchor]


class SequenceAnswerer:
    """Answers order questions from the treatment record of the case retrieval points at,
    or, when that case has none, from the event timeline of its reports.

    ``record_of(case_id)`` returns that record's passages (all its chunks), or [] when the
    case has none; ``reports_of(case_id)`` the texts of its other documents by id, and
    ``passages_of(doc_id)`` a document's chunks (where a cited event's sentence sits);
    ``similar`` the cosine of an anchor's words to course sentences (``story_order.Similar``)."""

    def __init__(self, record_of: Callable[[str], list[Passage]], reports_of: Callable[[str], dict[str, str]] | None = None,
                 passages_of: Callable[[str], list[Passage]] | None = None, similar: story_order.Similar | None = None):
        self.record_of = record_of
        self.reports_of = reports_of
        self.passages_of = passages_of
        self.similar = similar

    def answer(self, question: str, retrieval) -> Draft:
        passages = [p for p in retrieval.passages if p.case_id]
        if not passages:
            return Draft()
        case_id = passages[0].case_id
        rows = record_rows(self.record_of(case_id))
        if rows:
            chosen = choose(question, rows)
            return compose(chosen) if chosen else Draft()
        if self.reports_of is None or self.passages_of is None:
            return Draft()
        texts = self.reports_of(case_id)
        first = [p.doc_id for p in passages if p.case_id == case_id]
        for doc_id in sorted(texts, key=lambda d: (d not in first, first.index(d) if d in first else 0)):
            told = story_order.story(doc_id, texts[doc_id])
            events = story_order.answer_events(question, direction, told, self.similar)
            if events:
                asked = asked_next(question, events, told)
                return compose_events([*events, asked] if asked else events, self.passages_of(doc_id))
        return Draft()


# Words of a sequence question that say nothing about which step it asks ("what happened next", "what was done").
_ASKING_FRAME = frozenset(tokenize("what which how when where who happen happened next then done do did does given give get got show showed "
                                   "find found result results patient man woman boy girl child baby infant year years old first"))
_NEXT_SENTENCES = 4  # how far past the anchor the asked words may pick a sentence


def asked_next(question: str, events: list[Event], told: story_order.Story) -> Event | None:
    """An "after" question's own words ("how did she recover", "what test confirmed the
    findings") in one of the few sentences the report tells next after the anchor, when no quoted
    event holds them: that sentence is quoted too ("Postoperative recovery was uneventful")."""
    way, words, head = direction(without_case(question))
    if way != "after" or not events:
        return None
    asking = head if head.strip() else without_case(question).partition(",")[2]
    anchor_stems = {t[:5] for t in tokenize(words)}
    asked = {t[:5] for t in tokenize(asking) if t not in _ASKING_FRAME and not t.isdigit() and len(t) > 2} - anchor_stems
    shared = lambda quote: len(asked & {t[:5] for t in tokenize(quote)})  # noqa: E731
    anchor = events[-1]
    if not asked or any(shared(e.quote) for e in events if e is not anchor):  # the anchor's own words ("soft tissue mass") answer nothing
        return None
    later = sorted((e for e in (*(p.event for p in told.placed), *told.others) if e.char_start >= anchor.char_end), key=lambda e: e.char_start)
    held = [(shared(e.quote), e) for e in later[:_NEXT_SENTENCES] if not story_order.background(e.quote)]
    return max((h for h in held if h[0]), key=lambda h: h[0], default=(0, None))[1]  # the most asked words; the first told of a tie


def compose(rows: list[Row]) -> Draft:
    """One answer sentence per row, each the row's line verbatim with its [n]."""
    citations = [make_citation(n, row.candidate) for n, row in enumerate(rows, start=1)]
    sentences = [(display_text(c.quote), [c.n]) for c in citations]
    return Draft(sentences, citations, evidence=1.0, shape="sequence")


def compose_events(events: list, passages: list[Passage]) -> Draft:
    """One answer sentence per event (the one that answers first, then its anchor), each the
    report's sentence verbatim with its [n], cited from the chunk that holds it."""
    candidates = []
    for event in events:
        holder = max(passages, key=lambda p: min(p.char_end, event.char_end) - max(p.char_start, event.char_start), default=None)
        if holder is None:
            return Draft()
        candidates.append(Candidate(holder, 0, event.quote, event.char_start, event.char_end))
    citations = [make_citation(n, c) for n, c in enumerate(candidates, start=1)]
    return Draft([(display_text(c.quote), [c.n]) for c in citations], citations, evidence=1.0, shape="sequence")
