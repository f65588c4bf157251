"""Simple filter tags (diagnoses, drugs, year) read off a document's text.

A small curated vocabulary, weighted to hematology and oncology, is enough for the
filters a clinician reaches for ("only AML cases", "cases given rituximab"); it is
not coding (no ICD/RxNorm), and the docs say so.
"""

from __future__ import annotations

import re

from assistant.text.vocabulary import DIAGNOSES, DRUGS

_MULTIWORD_DRUGS = [d for d in DRUGS if " " in d]
_DRUG_WORDS = [d for d in DRUGS if " " not in d]
# Long forms are matched against the lowercased text (one lower() per document instead
# of a case-insensitive scan per pattern: several times faster on long reports).
_DIAGNOSIS_RES = {
    label: (re.compile(long_form), re.compile(acronym) if acronym else None)
    for label, (long_form, acronym) in DIAGNOSES.items()
}
_YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


_SINGLE_DRUGS = frozenset(_DRUG_WORDS)
_WORD = re.compile(r"[a-z][a-z-]+")


def find_drugs(text: str) -> list[str]:
    """Drugs named in the text, lowercase, sorted (a set lookup per word: fast on long reports)."""
    lowered = text.lower()
    found = set(_SINGLE_DRUGS.intersection(_WORD.findall(lowered)))
    found.update(m for m in _MULTIWORD_DRUGS if m in lowered)
    return sorted(found)


def find_diagnoses(text: str) -> list[str]:
    """Diagnosis labels whose pattern occurs in the text, sorted."""
    lowered = text.lower()
    return sorted(
        label
        for label, (long_form, acronym) in _DIAGNOSIS_RES.items()
        if long_form.search(lowered) or (acronym is not None and acronym.search(text))
    )


def find_year(text: str) -> int | None:
    """The latest plausible year mentioned: for a case report that is close to its publication year."""
    years = [int(y) for y in _YEAR_RE.findall(text)]
    return max(years) if years else None


TAGS_VERSION = "1"


def tag_document(text: str, year: int | None = None) -> dict[str, object]:
    """Metadata tags for filters; an explicit year (from the source record) wins over the text."""
    return {"diagnoses": find_diagnoses(text), "drugs": find_drugs(text), "year": year or find_year(text) or 0}


def _values(given: object) -> set[str]:
    """Loader-given tags as a set: a single value (a string in JSONL metadata) is one tag, not its letters."""
    values = given if isinstance(given, (list, tuple, set)) else [given]
    return {str(v) for v in values if v is not None and str(v).strip()}


def enrich(metadata: dict, text: str) -> dict:
    """Metadata with tags merged in: loader-given diagnoses/drugs/year are kept and extended.

    Run only on documents that are (re)indexed, so an unchanged re-sync never pays for it.
    """
    tags = tag_document(text, int(metadata["year"]) if str(metadata.get("year", "")).isdigit() and int(metadata["year"]) else None)
    out = dict(metadata)
    out["diagnoses"] = sorted(set(tags["diagnoses"]) | _values(metadata.get("diagnoses")))
    out["drugs"] = sorted(set(tags["drugs"]) | _values(metadata.get("drugs")))
    out["year"] = tags["year"]
    return out
