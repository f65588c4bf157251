"""Filter tags (diagnoses, drugs, year) that mean what they say.

A drug tag means the patient was given the drug: a mention in the case itself (case
presentation, treatment, course; not only the introduction, discussion or references)
that ``text.assertion`` reads as affirmed ("no rituximab was given", "rituximab was
considered" and other patients' treatments do not count). A diagnosis tag needs the same
in the case or its title (an abstract states what is "commonly associated" as often
as what the patient had). An acronym (AML, ALL, HUS ...) counts
only where the document defines it as that diagnosis, or, undefined, also spells the long
form out: "angiomyolipoma (AML)" is no leukemia. Names are normalised (one name per
concept: brand names, British spellings and hyphen/space variants fold).

A small curated vocabulary, weighted to hematology and oncology; not coding (no ICD/RxNorm).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from assistant.ingest.sections import detect_sections
from assistant.models import Section
from assistant.text.abbreviations import definitions, stands_for
from assistant.text.assertion import AFFIRMED, assertion, is_bibliographic
from assistant.text.section_kinds import FRONT_MATTER, PATIENT, section_kind
from assistant.text.sentences import sentence_spans
from assistant.text.vocabulary import DIAGNOSES, DRUG_ALIASES, DRUG_NAMES, DRUGS, fold_key, normalize_name

# Bump when the rules change: it is part of each document's record hash (ingest.pipeline),
# so the next sync re-tags every document without re-embedding any.
TAGS_VERSION = "4"

_DRUG_RE = re.compile(r"(?<![A-Za-z0-9])(?<!target of )(?:" + "|".join(re.escape(n) for n in sorted(DRUG_NAMES, key=len, reverse=True)) + r")(?![A-Za-z])", re.I)
_CANONICAL_DRUG = {**{d: d for d in DRUGS}, **DRUG_ALIASES}
# Long forms are matched against the lowercased text (one lower() per document), acronyms as written.
_DIAGNOSIS_RES = {label: (re.compile(long_form), re.compile(acronym) if acronym else None) for label, (long_form, acronym) in DIAGNOSES.items()}
# "non-insulin-dependent", "dexamethasone suppression test", "insulin resistance": the name of a
# state or a test, not a drug given.
_NOT_A_DOSE = re.compile(r"[\s-]*(?:-?dependent|resistan\w*|levels?|secret\w*|production|release|(?:suppression )?test\w*|sensitivity|allerg\w*|receptors?|antibod\w*)\b", re.I)
# "COVID-19 RT-PCR: negative", "human melanoma black-45": a test or a marker, not a disease.
_TEST_NAME = re.compile(r"[\s-]*(?:\(\w+\)\s*)?(?:(?:rt-?)?pcr|tests?|testing|screen\w*|serolog\w*|antigens?|antibod\w*|black|markers?|swabs?)\b", re.I)
# "systemic disorders like CLL, which were absent", "symptoms typically seen in amyloidosis":
# what a disease usually does, said of no one.
_GENERIC = re.compile(r"\b(?:typically|commonly|frequently|usually|often|classically)\s+(?:\w+\s+){0,2}?(?:seen|associated|found|observed|reported|caused|present|described)\b", re.I)
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
DRUG, DIAGNOSIS = "drug", "diagnosis"


@dataclass(frozen=True)
class Mention:
    """One place the text names a vocabulary concept; ``acronym`` for a short form."""

    kind: str  # DRUG or DIAGNOSIS
    label: str
    start: int
    end: int
    acronym: bool = False


def mentions(text: str) -> list[Mention]:
    """Every mention of a vocabulary drug or diagnosis, unfiltered, in text order."""
    text = _DASHES.sub("-", text)  # "Hemolytic–Uremic": one character for one, offsets kept
    out = [Mention(DRUG, _CANONICAL_DRUG[m.group(0).lower()], m.start(), m.end()) for m in _DRUG_RE.finditer(text)]
    lowered = text.lower()
    for label, (long_form, acronym) in _DIAGNOSIS_RES.items():
        out += [Mention(DIAGNOSIS, label, m.start(), m.end()) for m in long_form.finditer(lowered)]
        if acronym is not None:
            out += [Mention(DIAGNOSIS, label, m.start(), m.end(), True) for m in acronym.finditer(text)]
    return sorted(out, key=lambda m: (m.start, m.kind, m.label))


def acronym_means(label: str, short: str, defined: dict[str, str], text_lower: str) -> bool:
    """Whether ``short`` stands for the diagnosis ``label`` in this document (``text.abbreviations``)."""
    return stands_for(short, _DIAGNOSIS_RES[label][0], text_lower, defined)


class _Places:
    """Section kind and sentence of an offset, looked up by bisection."""

    def __init__(self, text: str, sections: Sequence[Section]):
        self.text, self.sections = text, list(sections)
        self.section_starts = [s.start for s in self.sections]
        self.spans = sentence_spans(text)
        self.span_starts = [s for s, _ in self.spans]
        self.title_end = len(text) - len(text.lstrip()) + len((text.strip().split("\n") or [""])[0])

    def kind(self, offset: int) -> int:
        i = bisect.bisect_right(self.section_starts, offset) - 1
        return section_kind(self.sections[i].name) if i >= 0 else FRONT_MATTER

    def sentence(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.span_starts, offset) - 1)
        return self.spans[i] if self.spans else (0, len(self.text))


def is_claim(places: _Places, mention: Mention) -> tuple[int, int] | None:
    """The mention's sentence span when the mention can be a claim about someone: not a
    bibliographic line, not what a disease "typically" does, and not the name of a state or
    a test ("non-insulin-dependent", "COVID-19 RT-PCR"); None otherwise."""
    text = places.text
    if mention.kind == DRUG and (_NOT_A_DOSE.match(text, mention.end) or text[max(0, mention.start - 4) : mention.start].lower().endswith("non-")):
        return None
    if mention.kind == DIAGNOSIS and _TEST_NAME.match(text, mention.end):
        return None
    start, end = places.sentence(mention.start)
    sentence = text[start:end]
    if is_bibliographic(sentence) or not start <= mention.start < mention.end <= end or _GENERIC.search(sentence, 0, mention.start - start):
        return None
    return start, end


def asserted(places: _Places, mention: Mention) -> bool:
    """The mention is said of this patient: a claim (above) that ``text.assertion`` reads as affirmed."""
    span = is_claim(places, mention)
    if span is None:
        return False
    start, end = span
    return assertion(places.text[start:end], mention.start - start, mention.end - start) == AFFIRMED


def tag_mentions(text: str, sections: Sequence[Section] | None = None) -> dict[str, list[str]]:
    """Drug and diagnosis labels with an asserted mention where it counts (see the module doc)."""
    places = _Places(text, sections or detect_sections(text))
    lowered = _DASHES.sub("-", text.lower())
    defined = {short: _DASHES.sub("-", long.lower()) for short, long in definitions(text).items()}
    found: dict[str, set[str]] = {DRUG: set(), DIAGNOSIS: set()}
    for m in mentions(text):
        if m.label in found[m.kind]:
            continue
        if places.kind(m.start) < PATIENT and not (m.kind == DIAGNOSIS and m.start < places.title_end):
            continue
        if m.acronym and not acronym_means(m.label, text[m.start : m.end], defined, lowered):
            continue
        if asserted(places, m):
            found[m.kind].add(m.label)
    return {"drugs": sorted(found[DRUG]), "diagnoses": sorted(found[DIAGNOSIS])}


def find_drugs(text: str, sections: Sequence[Section] | None = None) -> list[str]:
    """Drugs given to the patient, by their generic names, sorted."""
    return tag_mentions(text, sections)["drugs"]


def find_diagnoses(text: str, sections: Sequence[Section] | None = None) -> list[str]:
    """Diagnosis labels the patient has, sorted."""
    return tag_mentions(text, sections)["diagnoses"]


def find_year(text: str) -> int | None:
    """The latest plausible year mentioned: for a case report that is close to its publication year."""
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


def tag_document(text: str, year: int | None = None, sections: Sequence[Section] | None = None) -> dict[str, object]:
    """Metadata tags for filters; an explicit year (from the source record) wins over the text."""
    return {**tag_mentions(text, sections), "year": year or find_year(text) or 0}


def _values(given: object) -> set[str]:
    """Loader-given tags as a set: a single value (a string in JSONL metadata) is one tag, not its letters."""
    values = given if isinstance(given, (list, tuple, set)) else [given]
    return {str(v) for v in values if v is not None and str(v).strip()}


def normalized(names: Iterable[str]) -> list[str]:
    """One name per concept, sorted: spellings folded, a later variant of a name dropped."""
    out: dict[str, str] = {}
    for name in sorted(normalize_name(n) for n in names):
        out.setdefault(fold_key(name), name)
    return sorted(out.values())


def enrich(metadata: dict, text: str, sections: Sequence[Section] | None = None) -> dict:
    """Metadata with tags merged in: loader-given diagnoses/drugs/year are kept (normalised) and extended.

    Run only on documents that are (re)indexed, so an unchanged re-sync never pays for it.
    """
    given_year = int(metadata["year"]) if str(metadata.get("year", "")).isdigit() and int(metadata["year"]) else None
    tags = tag_document(text, given_year, sections)
    out = dict(metadata)
    out["diagnoses"] = normalized(set(tags["diagnoses"]) | _values(metadata.get("diagnoses")))
    out["drugs"] = normalized(set(tags["drugs"]) | _values(metadata.get("drugs")))
    out["year"] = tags["year"]
    return out
