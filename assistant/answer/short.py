"""Short answers: the few words inside a cited sentence that answer the question's type.

A reader asked "What prephase dose ...?" wants "9 mcg/day" picked out of the sentence
that holds it, not only the sentence. The question says what type of thing it asks for
(a dose, a date, a duration, a number, a drug, an MRD status, a karyotype); the sentence
is searched for spans of that type; when there are several, the one nearest the
question's own words wins ("prephase dose" -> the dose after "Prephase"). Nothing is
returned when the question asks for none of these types or the sentence holds none:
a wrong short answer is worse than none, the cited sentence is still shown.

Offsets are into ``sentence``; the caller maps them to document offsets.
"""

from __future__ import annotations

import re

from assistant.answer.answer_types import ASKS_LAB, BY_NAME, COUNT, DATE, DRUG, DRUG_NAME, DURATION, SPANS
from assistant.text.drug_classes import asked_classes
from assistant.text.tokens import tokenize
from assistant.text.vocabulary import asked_lab_tests

_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*")
_GAP_SCALE = 8.0  # characters per step of distance: a word or so
_AFTER_PENALTY = 1.5  # question words usually come before the answer ("Prephase ...: 9 mcg/day")
_CLAUSE_DISCOUNT = 0.25  # a word beyond a ";" labels another clause ("Prephase: 9 mcg/day; induction: 28 mcg/day")


def asked_types(question: str) -> list[str]:
    """The answer types ``question`` asks for, the one named first in it first; "What was the
    creatinine ...?" asks for a number (a lab analyte after "what was/were the")."""
    found = []
    for order, kind in enumerate(SPANS):
        match = kind.cue.search(question)
        if match:
            found.append((match.start(), order, kind.name))
    lab = ASKS_LAB.search(question)
    if lab and not any(kind == "number" for *_, kind in found):
        found.append((lab.start(), len(SPANS), "number"))
    return [kind for _, _, kind in sorted(found)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _drug_spans(question: str, sentence: str) -> list[tuple[int, int]]:
    """Drug names, a list of them as one span; not a drug the question itself names
    ("Which inhibitor replaced dasatinib?" is not answered by "dasatinib")."""
    named = {m.group(0).lower() for m in DRUG_NAME.finditer(question)}
    spans = []
    for match in DRUG.finditer(sentence):
        atoms = {m.group(0).lower() for m in DRUG_NAME.finditer(match.group(0))}
        if not atoms <= named:
            spans.append(match.span())
    return spans


def candidates(kind: str, question: str, sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are of answer type ``kind``."""
    if kind == "drug":
        return _drug_spans(question, sentence)
    spans = [m.span() for m in BY_NAME[kind].value.finditer(sentence)]
    if kind == "number":
        taken = [m.span() for m in DATE.finditer(sentence)] + [m.span() for m in DURATION.finditer(sentence)]
        if re.search(r"\bhow many\b", question, re.I):
            spans += [m.span() for m in COUNT.finditer(sentence) if not _overlaps(m.span(), spans)]
        spans = [span for span in spans if not _overlaps(span, taken)]
        # A number of the kind asked: "blasts" is a percentage, "grade" a grade ("no grade ≥3
        # toxicity" is no blast count).
        for cue, keep in ((r"\bblasts?\b", lambda text: "%" in text), (r"\bgrade\b", lambda text: text.lower().startswith("grade"))):
            if re.search(cue, question, re.I):
                spans = [span for span in spans if keep(sentence[span[0] : span[1]])]
                break
    return sorted(set(spans))


def anchors(question: str, sentence: str) -> list[tuple[int, int, float]]:
    """Where the question's own words occur in the sentence, each weighted by how rare it
    is there: a word the sentence repeats ("blinatumomab" twice) points nowhere in particular."""
    wanted = set(tokenize(question))
    hits = []
    for match in _WORD.finditer(sentence):
        stems = [t for t in tokenize(match.group(0)) if t in wanted]
        if stems:
            hits.append((match.start(), match.end(), stems[0]))
    for letters, spelled, short, _ in asked_lab_tests(question):  # "hemoglobin" asked, "Hgb 6.1 g/dL" written: the other name only
        hits += [(m.start(), m.end(), "lab:" + short) for form in (letters, spelled) if not form.search(question) for m in form.finditer(sentence)]
    counts: dict[str, int] = {}
    for *_, stem in hits:
        counts[stem] = counts.get(stem, 0) + 1
    return [(s, e, 1.0 / counts[stem]) for s, e, stem in hits]


def closeness(span: tuple[int, int], marks: list[tuple[int, int, float]], sentence: str) -> float:
    """How near ``span`` lies to the question's words (higher is nearer)."""
    total = 0.0
    for s, e, weight in marks:
        if s >= span[0] and e <= span[1]:
            continue  # the answer restating the question does not anchor itself
        before = e <= span[0]
        gap = span[0] - e if before else (s - span[1]) * _AFTER_PENALTY
        between = sentence[e : span[0]] if before else sentence[span[1] : s]
        discount = _CLAUSE_DISCOUNT if ";" in between else 1.0
        total += discount * weight / (1.0 + max(gap, 0) / _GAP_SCALE)
    return total


def _class_member(question: str, sentence: str) -> tuple[int, int] | None:
    """"Which statin, at what dose ...?": the member the sentence names ("pitavastatin"),
    with the dose written right after it when a dose is asked too ("pitavastatin 4 mg")."""
    for asked in asked_classes(question):
        named = asked.named_in(question)
        if member := next((m for m in asked.unexcluded_member.finditer(sentence) if m.group(0).lower() not in named), None):
            dose = BY_NAME["dose"].value.match(sentence, member.end() + len(re.match(r"[\s(,:]*", sentence[member.end() :]).group(0)))
            return member.start(), dose.end() if dose and "dose" in asked_types(question) else member.end()
    return None


def short_answer(question: str, sentence: str) -> tuple[int, int] | None:
    """``(start, end)`` in ``sentence`` of the span that answers the question's type, or
    None when the question asks for no such type or the sentence holds none. Of several
    spans the one nearest the question's words wins; on a tie, the first."""
    if member := _class_member(question, sentence):
        return member
    marks: list[tuple[int, int, float]] | None = None
    for kind in asked_types(question):
        spans = candidates(kind, question, sentence)
        if not spans:
            continue
        if len(spans) == 1:
            return spans[0]
        marks = anchors(question, sentence) if marks is None else marks
        return max(spans, key=lambda span: (closeness(span, marks, sentence), -span[0]))
    return None
