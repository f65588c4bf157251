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

from assistant.text.tokens import tokenize
from assistant.text.vocabulary import DRUG_NAMES as DRUGS, LAB_ANALYTES

_S = r"[ \u00a0\u2000-\u200a\u202f]"  # PMC text keeps non-breaking, thin and other spaces inside doses
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = _NUM + r"(?:" + _S + r"?(?:[-–—]|to)" + _S + r"?" + _NUM + r")?"
_WORD_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

_DOSE_UNIT = r"(?:mg|mcg|µg|μg|ug|ng|g|ml|l|units?|u|iu|gy|cgy|mmol|meq|vials?|tablets?)"
_PER = r"(?:/(?:kg|m2|m²|day|d|h|hr|hour|min|dose|week|wk|24" + _S + r"?h))*"
_NOT_A_LEVEL = r"(?!" + _S + r"?/" + _S + r"?(?:dl|l|ml|μl|µl|ul)\b)"  # "110 mg/dL", "15 ng/mL": a lab value, not a dose
_SCHEDULE = (
    r"(?:" + _S + r"(?:per day|per week|daily|weekly|twice (?:daily|weekly|a day)|once (?:daily|weekly|a day)|"
    r"three times (?:a day|daily|weekly)|every" + _S + r"(?:\d+|other|two|three|four|six|eight|twelve)" + _S + r"?"
    r"(?:h|hours|days|weeks)|q\d+h|bid|tid|qid|qd|monthly))?"
)
_DOSE = re.compile(r"(?<![\w.])" + _RANGE + _S + r"?" + _DOSE_UNIT + r"\b" + _NOT_A_LEVEL + _PER + _SCHEDULE + r"\b", re.I)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?<!\w)(?<!\w-)(?<!\d\.)(?:19|20)\d\d(?![\w-])"  # "relapse -2017", not "ALL-BFM-2000"
_ONE_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|"  # 19.12.2023, 2023-12-19
    r"(?:\d{1,2}(?:st|nd|rd|th)?" + _S + r")?" + _MONTH + r"(?:" + _S + r"\d{1,2}(?:st|nd|rd|th)?,?)?" + _S + _YEAR + r"|"
    r"(?<![\d.])\d{2}\.(?:19|20)\d\d(?!\.?\d)|" + _YEAR + r")"  # 04.2009, 2017
)
_DATE = re.compile(_ONE_DATE + r"(?:" + _S + r"?(?:[–—-]|to|until|and)" + _S + r"?" + _ONE_DATE + r")?", re.I)

_DURATION = re.compile(
    r"(?<![\w.])(?:" + _RANGE + r"|" + _WORD_NUMBERS + r")[" + _S[1:-1] + r" -](?:days?|weeks?|months?|years?|hours?|hrs?|minutes?)\b(?![- ]old)",
    re.I,
)

_PERCENT = _RANGE + _S + r"?%(?:" + _S + r"(?:blasts?|blast cells|plasma cells|cells))?"
_LAB_UNIT = (
    r"(?:[×x]" + _S + r"?10\^?\d+(?:/[lL]|/µ[lL]|/μ[lL])?|g/d[lL]|g/[lL]|mg/d[lL]|mg/[lL]|[mµμnp]mol/[lL]|i?u/[lm]?[lL]|"
    r"[nµμp]g/m?[lL]|meq/[lL]|/[µμ][lL]|/mm3|/mm³|cells/[µμ][lL]|copies/m[lL]|cm|mm|kg|m[lL]|bpm|mmhg|°c)"
)
_NUMBER = re.compile(
    r"(?<![\w.])(?:" + _PERCENT + r"|" + _RANGE + _S + r"?" + _LAB_UNIT + r"(?![\w/])|grade" + _S + r"?[≥≤<>]?" + _S + r"?(?:\d|[IV]+)\b)",
    re.I,
)
_COUNT = re.compile(r"(?<![\w.,/])(?:\d+|" + _WORD_NUMBERS + r")" + _S + r"(?-i:[a-z][a-z-]+)\b", re.I)

_MRD = re.compile(
    r"\bMRD(?:[ -](?:status|remains|remained|was|is|were|became))?[ :-]*"
    r"(?:\(\s*[–—−-]\s*\)|\(\s*\+\s*\)|(?:negative|positive|negativity|positivity|undetectable|detectable|not detected)\b)"
    r"(?:\s*\((?!\s*[–—−+-]\s*\))[^()]{1,30}\))?"
    r"|\b(?:negative|positive|undetectable|detectable)\s+(?:for\s+)?MRD\b",
    re.I,
)

_KARYOTYPE_ATOM = (
    r"(?:(?:hyper|hypo|near[- ]?)?(?:diploid|triploid|tetraploid|haploid)(?:\s+karyotype)?|"
    r"(?:normal|complex|abnormal|monosomal)\s+karyotype|\b\d{2}(?:~\d{2})?,\s?X{1,2}Y?\b(?:,[^\s;.]+)*|"
    r"\b(?:t|del|inv|dup|der|ins|add)\(\w+(?:;\w+)*\)(?:\([pq][\w.;]*\))?|\b(?:monosomy|trisomy)\s\d{1,2}\b|"
    r"philadelphia chromosome(?:[- ](?:positive|negative))?)"
)
_KARYOTYPE = re.compile(_KARYOTYPE_ATOM + r"(?:\s*(?:,|;|and|with)\s*" + _KARYOTYPE_ATOM + r")*", re.I)

_DRUG_SUFFIX = r"[a-z]+(?:mab|nib|cillin|mycin|azole|platin|rubicin|parin|vir|cycline|floxacin|tinib|zumab|ximab|lisib|parib|fungin)"
# The shared list is split on spaces: rejoin its two-word names, and "acid" alone is no drug.
_NAMES = set(DRUGS)
_DRUG_ATOM = r"(?:" + "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True)) + r"|" + _DRUG_SUFFIX + r")"
_DRUG_NAME = re.compile(_DRUG_ATOM, re.I)
_DRUG = re.compile(r"\b" + _DRUG_ATOM + r"\b(?:(?:,\s*|\s*\+\s*|\s*/\s*|,?\s+and\s+)" + _DRUG_ATOM + r"\b)*", re.I)

# What the question asks for: (type, cue in the question). The first cue in the question wins.
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("mrd", re.compile(r"\bMRD\b|\b(?:minimal|measurable) residual\b|\bresidual disease\b", re.I)),
    ("karyotype", re.compile(r"\bkaryotyp\w*|\bcytogenetic\w*|\bchromosom\w*|\btranslocation\w*|\bploidy\b", re.I)),
    ("dose", re.compile(r"\b(?:doses?|dosage|dosing|dosed|how much|what rate|infusion rate|schedule)\b", re.I)),
    ("duration", re.compile(r"\bhow long\b|\bduration\b|\bfor how many (?:days|weeks|months|years)\b|\bhow many (?:days|weeks|months|years)\b", re.I)),
    ("date", re.compile(r"\bwhen\b|\bdates?\b|\bwhich (?:day|month|year)\b|\bwhat (?:day|month|year)\b|\bin which year\b", re.I)),
    (
        "number",
        re.compile(
            r"\bhow many\b|\bpercentage\b|\bpercent\b|\blevels?\b|\bvalues?\b|\bcounts?\b|\btit(?:er|re)s?\b|\bhow (?:high|low|large|big)\b|"
            r"\bsize\b|\bfraction\b|\bproportion\b|\bconcentration\b|\bindex\b|\bscore\b|\bgrade\b|\bblasts?\b|\bweight\b|\bvolume\b",
            re.I,
        ),
    ),
    (
        "drug",
        re.compile(
            r"\b(?:drugs?|medications?|medicines?|agents?|inhibitors?|antibiotics?|antifungals?|antivirals?|antibod(?:y|ies)|"
            r"chemotherapy|regimens?|prophylaxis|replaced|switched to|started|prescribed|administered|treated with|"
            r"treatment|therapy)\b",
            re.I,
        ),
    ),
]

_ASKS_LAB = re.compile(r"\bwhat (?:was|were|is|are) (?:the |his |her |their )?(?:\w+ )?" + LAB_ANALYTES + r"\b", re.I)

_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "mrd": [_MRD],
    "karyotype": [_KARYOTYPE],
    "dose": [_DOSE],
    "duration": [_DURATION],
    "date": [_DATE],
    "number": [_NUMBER],
    "drug": [_DRUG],
}
_WORD = re.compile(r"[^\W_]+(?:[.,]\d+)*")
_GAP_SCALE = 8.0  # characters per step of distance: a word or so
_AFTER_PENALTY = 1.5  # question words usually come before the answer ("Prephase ...: 9 mcg/day")
_CLAUSE_DISCOUNT = 0.25  # a word beyond a ";" labels another clause ("Prephase: 9 mcg/day; induction: 28 mcg/day")


def asked_types(question: str) -> list[str]:
    """The answer types ``question`` asks for, the one named first in it first; "What was the
    creatinine ...?" asks for a number (a lab analyte after "what was/were the")."""
    found = []
    for order, (kind, cue) in enumerate(_ASKS):
        match = cue.search(question)
        if match:
            found.append((match.start(), order, kind))
    lab = _ASKS_LAB.search(question)
    if lab and not any(kind == "number" for *_, kind in found):
        found.append((lab.start(), len(_ASKS), "number"))
    return [kind for _, _, kind in sorted(found)]


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _drug_spans(question: str, sentence: str) -> list[tuple[int, int]]:
    """Drug names, a list of them as one span; not a drug the question itself names
    ("Which inhibitor replaced dasatinib?" is not answered by "dasatinib")."""
    named = {m.group(0).lower() for m in _DRUG_NAME.finditer(question)}
    spans = []
    for match in _DRUG.finditer(sentence):
        atoms = {m.group(0).lower() for m in _DRUG_NAME.finditer(match.group(0))}
        if not atoms <= named:
            spans.append(match.span())
    return spans


def candidates(kind: str, question: str, sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that are of answer type ``kind``."""
    if kind == "drug":
        return _drug_spans(question, sentence)
    spans = [m.span() for pattern in _PATTERNS[kind] for m in pattern.finditer(sentence)]
    if kind == "number":
        taken = [m.span() for m in _DATE.finditer(sentence)] + [m.span() for m in _DURATION.finditer(sentence)]
        if re.search(r"\bhow many\b", question, re.I):
            spans += [m.span() for m in _COUNT.finditer(sentence) if not _overlaps(m.span(), spans)]
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


def short_answer(question: str, sentence: str) -> tuple[int, int] | None:
    """``(start, end)`` in ``sentence`` of the span that answers the question's type, or
    None when the question asks for no such type or the sentence holds none. Of several
    spans the one nearest the question's words wins; on a tie, the first."""
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
