"""Answer types: what kind of thing a question asks for, and what one looks like in a sentence.

A question asks for a dose, a duration, a date, a number, an MRD status, a karyotype, a drug,
an infection, a procedure or what a test showed. Three stages need to know which, and what a
sentence holding one looks like: the short answer (``short``: the span that answers), the
sentence ranking (``extractive``: a bonus for sentences that can answer) and the "not
reported" check (``unreported``: does the case state one at all). Each type is one
``AnswerType`` in ``TYPES``, so a question cue or a value pattern is written once for all
three. Where one stage needs something else on purpose, it is a named field of the record
(``span_words``; ``rank_words`` and ``hint``; ``frame_words`` and ``frame``), each with why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from assistant.text.vocabulary import DRUG_NAMES, INFECTION, LAB_ANALYTES

# --- What a value of each type looks like in a sentence (the spans a short answer picks). ---
_S = r"[ \u00a0\u2000-\u200a\u202f]"  # PMC text keeps non-breaking, thin and other spaces inside doses
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = _NUM + r"(?:" + _S + r"?(?:[-–—]|to)" + _S + r"?" + _NUM + r")?"
_WORD_NUMBERS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

_DOSE_UNIT = r"(?:mg|mcg|µg|μg|ug|ng|g|ml|cc|l|units?|u|iu|gy|cgy|mmol|meq|vials?|tablets?)"
_PER = r"(?:/(?:kg|m2|m²|day|d|h|hr|hour|min|dose|week|wk|24" + _S + r"?h))*"
_NOT_A_LEVEL = r"(?!" + _S + r"?/" + _S + r"?(?:dl|l|ml|μl|µl|ul)\b)"  # "110 mg/dL", "15 ng/mL": a lab value, not a dose
_SCHEDULE = (
    r"(?:" + _S + r"(?:per day|per week|daily|weekly|twice (?:daily|weekly|a day)|once (?:daily|weekly|a day)|"
    r"three times (?:a day|daily|weekly)|every" + _S + r"(?:\d+|other|two|three|four|six|eight|twelve)" + _S + r"?"
    r"(?:h|hours|days|weeks)|q\d+h|bid|tid|qid|qd|monthly))?"
)
DOSE = re.compile(r"(?<![\w.])" + _RANGE + _S + r"?" + _DOSE_UNIT + r"\b" + _NOT_A_LEVEL + _PER + _SCHEDULE + r"\b", re.I)

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
DATE = re.compile(_ONE_DATE + r"(?:" + _S + r"?(?:[–—-]|to|until|and)" + _S + r"?" + _ONE_DATE + r")?", re.I)

DURATION = re.compile(
    r"(?<![\w.])(?:" + _RANGE + r"|" + _WORD_NUMBERS + r")[" + _S[1:-1] + r" -](?:days?|weeks?|months?|years?|hours?|hrs?|minutes?)\b(?![- ]old)",
    re.I,
)

_PERCENT = _RANGE + _S + r"?%(?:" + _S + r"(?:blasts?|blast cells|plasma cells|cells))?"
_LAB_UNIT = (
    r"(?:[×x]" + _S + r"?10\^?\d+(?:/[lL]|/µ[lL]|/μ[lL])?|g/d[lL]|g/[lL]|mg/d[lL]|mg/[lL]|[mµμnp]mol/[lL]|i?u/[lm]?[lL]|"
    r"[nµμp]g/m?[lL]|meq/[lL]|/[µμ][lL]|/mm3|/mm³|cells/[µμ][lL]|copies/m[lL]|cm|mm|kg|m[lL]|bpm|mmhg|°c)"
)
NUMBER = re.compile(
    r"(?<![\w.])(?:" + _PERCENT + r"|" + _RANGE + _S + r"?" + _LAB_UNIT + r"(?![\w/])|grade" + _S + r"?[≥≤<>]?" + _S + r"?(?:\d|[IV]+)\b)",
    re.I,
)
# "5.7 cm x 5.3 cm x 4.8 cm", "12 mm", "3 x 4 cm": a length, an area's or a volume's sides.
_LENGTH = r"(?:cm|mm|m)\b"
SIZE = re.compile(r"(?<![\w.])" + _RANGE + r"(?:" + _S + r"?" + _LENGTH + r")?(?:" + _S + r"?[x×*]" + _S + r"?" + _RANGE + r"(?:" + _S + r"?" + _LENGTH + r")?)*" + _S + r"?" + _LENGTH, re.I)
CATEGORY = re.compile(r"\b(?:type|subtype|grade|stage|class|category|variant)" + _S + r"?(?:[IVX]+|\d+)[a-cA-C]?\b"
                      r"|(?<!ae\s)(?<!us\s)(?<!um\s)(?<!ii\s)\b(?:type|subtype|class)" + _S + r"?(?-i:[A-E])\b"  # "type A", not a serotype ("H. influenzae type B")
                      r"|\b[cpy]?T(?:[0-4]|is|x)[a-d]?" + _S + r"?N[0-3x][a-c]?" + _S + r"?M[01x][a-c]?\b", re.I)  # "T3N0M0", "pT2bN0M0"
COUNT = re.compile(r"(?<![\w.,/])(?:\d+|" + _WORD_NUMBERS + r")" + _S + r"(?-i:[a-z][a-z-]+)\b", re.I)  # "three cycles"

MRD = re.compile(
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
KARYOTYPE = re.compile(_KARYOTYPE_ATOM + r"(?:\s*(?:,|;|and|with)\s*" + _KARYOTYPE_ATOM + r")*", re.I)

_DRUG_NAMES = "|".join(sorted(map(re.escape, set(DRUG_NAMES)), key=len, reverse=True))
_DRUG_SUFFIXES = r"mab|nib|cillin|mycin|azole|platin|rubicin|parin|vir|cycline|floxacin"
_DRUG_ATOM = r"(?:" + _DRUG_NAMES + r"|[a-z]+(?:" + _DRUG_SUFFIXES + r"|tinib|zumab|ximab|lisib|parib|fungin))"
DRUG_NAME = re.compile(_DRUG_ATOM, re.I)  # one drug name (a drug the question names is no answer)
DRUG = re.compile(r"\b" + _DRUG_ATOM + r"\b(?:(?:,\s*|\s*\+\s*|\s*/\s*|,?\s+and\s+)" + _DRUG_ATOM + r"\b)*", re.I)  # a list of them, one span

# What a test's finding sounds like, and the verbs that ask for one ("what did the biopsy show?").
FINDING_VERBS = r"(?:show|reveal|demonstrate|find|yield|detect|confirm)"
_FINDING = re.compile(r"\b(?<!\bto )(?:show(?:ed|s|n)|reveal\w*|discover\w*|demonstrat\w*|confirm\w*|identified|detected|consistent with|found|noted)\b", re.I)

# "What was the creatinine ...?": a lab analyte named after "what was/were the" asks for a number.
_LAB = r"what (?:was|were|is|are) (?:the |his |her |their )?(?:\w+ )?" + LAB_ANALYTES
ASKS_LAB = re.compile(r"\b" + _LAB + r"\b", re.I)


def _cue(*words: str | None) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(w for w in words if w) + r")\b", re.I)


@dataclass(frozen=True)
class AnswerType:
    """One kind of answer. ``words``: the question words that ask for it, for all three users
    (a regex alternation); ``value``: a span of it in a sentence, what a short answer picks
    (None: it has none). The fields after them are what one user needs on purpose; each
    user's cue is ``words`` plus its own extra words."""

    name: str
    words: str
    value: re.Pattern[str] | None = None
    # The span finder also takes words that point at a span inside a sentence, though they
    # would lift too many sentences in the ranking or open too many checks ("started", "weight").
    span_words: str = ""
    # Ranking: what a sentence that can answer holds. A bonus, not a claim, so looser than a
    # span ("any digit" for a number); ``value`` when None. ``ranked=False``: no bonus at all.
    ranked: bool = True
    rank_words: str = ""
    hint: re.Pattern[str] | None = None
    # "Not reported" turns an answer into a refusal, so it checks only types whose values it
    # finds reliably, from the question's opening frame: None here, never checked; ``frame``
    # replaces the whole cue where the frame needs its own grammar (a date: the opening word).
    frame_words: str | None = None
    frame: re.Pattern[str] | None = None
    # How many times the ranking bonus: a value so specific ("Type 2b") that a sentence without one can hardly answer.
    weight: float = 1.0

    @cached_property
    def cue(self) -> re.Pattern[str]:
        """The short answer's cue."""
        return _cue(self.words, self.span_words)

    @cached_property
    def rank_cue(self) -> re.Pattern[str]:
        return _cue(self.words, self.rank_words)

    @cached_property
    def sentence_hint(self) -> re.Pattern[str]:
        return self.hint or self.value  # type: ignore[return-value]

    @cached_property
    def frame_cue(self) -> re.Pattern[str] | None:
        if self.frame is not None or self.frame_words is None:
            return self.frame
        return _cue(self.words, self.frame_words)


# Dates and durations share one ranking hint: a date range states a duration, a duration
# dates an event ("two weeks later").
_WHEN_OR_HOW_LONG = re.compile(DATE.pattern + "|" + DURATION.pattern, re.I)
# The ranking's drugs: one name, without -lisib, -parib, -fungin. With them "placed on
# micafungin" outranks the answer to "What treatment came after micafungin ...?" (seqn-013).
_RANKED_DRUG = re.compile(r"\b(?:" + _DRUG_NAMES + r"|[a-z]+(?:" + _DRUG_SUFFIXES + r"))\b", re.I)

_DIAGNOSED = re.compile(r"\b(?:diagnos\w+ (?:as|with|of)|(?:diagnosis|diagnoses)(?: (?:for|in) (?:the|this|our) (?:patient|case))? (?:of|was|were)|confirmed (?:as|to be)|consistent with)\b", re.I)

# The ranking's number: any digit but an age's ("A 20-year-old man ..." answers no count).
_A_NUMBER = re.compile(r"\d(?!\d*[- ](?:years?|months?|weeks?|days?)[- ]old)", re.I)

# In priority order: when two cues start at the same place in a question, the earlier type wins.
TYPES: tuple[AnswerType, ...] = (
    AnswerType("mrd", r"MRD|(?:minimal|measurable) residual|residual disease", MRD, ranked=False),
    AnswerType("karyotype", r"karyotyp\w*|cytogenetic\w*|chromosom\w*|translocation\w*|ploidy", KARYOTYPE, ranked=False),
    # "At what rate ...": a span to pick; as a ranking or check cue it would also catch rates that are no dose.
    AnswerType("dose", r"doses?|dosage|dosing|dosed|how much(?!\s+of\b)|schedule|ramp-up", DOSE, span_words=r"what rate|infusion rate", frame_words=""),
    AnswerType("duration", r"how long|duration|how many (?:days|weeks|months|years|hours)", DURATION, hint=_WHEN_OR_HOW_LONG, frame_words=""),
    # The check reads a date only from the opening word: "when azacitidine-venetoclax was chosen" later on dates nothing asked.
    AnswerType(
        "date", r"when|dates?|which day|what year", DATE, span_words=r"which (?:month|year)|what (?:day|month)|in which year",
        hint=_WHEN_OR_HOW_LONG, frame=re.compile(r"^\s*(?:when|on what (?:date|day)|in which (?:year|month)|what (?:date|year|month))\b", re.I),
    ),
    # "What type of Poland syndrome ...", "Which grade ...": a named class ("Type 2b", "grade III", "stage IVA").
    AnswerType("category", r"(?:what|which)\s+(?:\w+\s+)?(?:type|subtype|grade|stage|class|category|variant)", CATEGORY, weight=3.0),
    # "How big was the lesion?", "How tall was she?": a length; any digit (an age, a year) is no size.
    AnswerType("size", r"how (?:big|large|tall|short)|sizes?|dimensions?|diameters?|height|stature", SIZE, weight=2.0, frame_words=""),
    AnswerType(
        "number",
        r"how many|how much of|percentage|percent|levels?|values?|counts?|tit(?:er|re)s?|how (?:high|low|large|big)|size|fraction|proportion|concentration|"
        r"index|score|grade|burden|performance status|activity",
        # "blasts", "weight": in the check and the ranking they name what the value is of, not its type.
        NUMBER, span_words=r"blasts?|weight|volume",
        # "What was the blood pressure / the creatinine ...?": the ranking reads a number asked by name.
        rank_words=r"what was the .{0,30}?(?:pressure|temperature|rate|weight|ratio)|" + _LAB, hint=_A_NUMBER, frame_words=_LAB,
    ),
    AnswerType(
        "drug", r"drugs?|medications?|inhibitors?|antibiotics?|antifungals?|antivirals?|anticoagulants?|bisphosphonates?|regimens?", DRUG,
        # "What treatment ...", "... was started": a drug to pick out of the sentence, or to rank by, but a
        # treatment can be surgery or radiotherapy, so the check reads only class words for a drug.
        span_words=r"medicines?|agents?|antibod(?:y|ies)|chemotherapy|prophylaxis|replaced|switched to|started|prescribed|administered|"
        r"treated with|treatment|therapy",
        rank_words=r"agents?|chemotherapy|therap(?:y|ies)|treated|treatment|prophylaxis", hint=_RANKED_DRUG,
        frame_words=r"(?:chemotherapy\s+)?regimens?|steroids?|corticosteroids?",  # frame only: a later "steroid-refractory" asks for no drug
    ),
    AnswerType("infection", r"infections?|infectious|pathogens?|organisms?", hint=INFECTION),
    AnswerType(
        "procedure", r"surger(?:y|ies)|surgical|operations?|procedures?",
        hint=re.compile(
            r"\b(?:[a-z]+ectom(?:y|ies)|[a-z]+otom(?:y|ies)|[a-z]+ostom(?:y|ies)|[a-z]+plast(?:y|ies)|[a-z]+desis|(?<!non-)(?<!un)resect\w*|"
            r"excis\w*|transplant\w*|amputat\w*|laparoscop\w*|thoracoscop\w*|surgically)\b",
            re.I,
        ),
    ),
    # "What did the biopsy show?": a sentence that reports a finding, not one that names the test.
    AnswerType("finding", r"what did\b.{0,140}?\b" + FINDING_VERBS, hint=_FINDING),
    # "What was the tumour diagnosed as?": a sentence that names the diagnosis, not one that shares the tumour's words.
    AnswerType("diagnosis", r"diagnosed as|diagnosis (?:of|was)|final diagnosis", hint=_DIAGNOSED),
)
BY_NAME = {t.name: t for t in TYPES}
SPANS = tuple(t for t in TYPES if t.value is not None)  # the types a short answer can be of
RANKED = tuple(t for t in TYPES if t.ranked)
CHECKED = tuple(t for t in TYPES if t.frame_cue is not None)  # the types "not reported" checks
