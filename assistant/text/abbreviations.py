"""Abbreviations a document defines for itself ("angiomyolipoma (AML)"), found by the
Schwartz & Hearst (2003) algorithm: a short form in parentheses after a candidate long
form, accepted when the short form's characters occur in order in the long form, its first
character at the start of a word. Pure functions, no vocabulary: the same letters mean
different things in different reports (AML is acute myeloid leukemia in one case and
angiomyolipoma in another), so a tag read off an acronym asks the document first.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

# "long form (SF)" and "SF (long form)"; the parenthesis holds at most two words.
_PAREN = re.compile(r"\(([^()\[\];]{1,40})\)")
_WORD = re.compile(r"[^\s]+")
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s|\n")


def _short_form_ok(short: str) -> bool:
    """2-10 characters, one word or two, starts with a letter or digit, holds a letter and is
    not a plain lowercase word ("(see)") or a number with a unit ("(5 mg)")."""
    if not 2 <= len(short) <= 10 or len(short.split()) > 2 or not short[0].isalnum():
        return False
    if not any(c.isalpha() for c in short) or short.islower() and len(short) > 3:
        return False
    return any(c.isupper() for c in short) or short.islower()


def best_long_form(short: str, long: str) -> str | None:
    """The shortest tail of ``long`` that explains ``short`` (Schwartz & Hearst's match):
    short-form characters, right to left, found in order; the first one must begin a word."""
    s, l = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (long[l].lower() != c or (s == 0 and l > 0 and long[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    start = long.rfind(" ", 0, l + 2) + 1  # back to the start of the word holding the first char
    found = long[start:].strip(" \t\"'“”‘’-,")
    return found if len(found) > len(short) else None


def _candidate_long(text: str, paren_start: int, short: str) -> str:
    """The words before the parenthesis, in its sentence: at most min(|SF| + 5, 2 |SF|)."""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, paren_start - 300), paren_start)]
    window = text[max(breaks, default=max(0, paren_start - 300)) : paren_start]
    words = window.split()
    n = min(len(short) + 5, 2 * len(short))
    return " ".join(words[-n:])


def find_definitions(text: str) -> list[tuple[str, str, int]]:
    """(short form, long form, offset of the short form) for every definition in the text, in order."""
    out = []
    for m in _PAREN.finditer(text):
        inside = m.group(1).strip()
        inside = re.split(r"[,;]\s", inside)[0].strip()
        if _short_form_ok(inside):
            long = _candidate_long(text, m.start(), inside)
            found = best_long_form(inside, long) if long else None
            if found and not found.lower().startswith(inside.lower()):
                out.append((inside, found, m.start(1)))
            continue
        # "SF (long form)": a short form just before the parenthesis, the long form inside.
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and _short_form_ok(before[-1]) and len(inside.split()) >= 2:
            found = best_long_form(before[-1], inside)
            if found and found == inside:
                out.append((before[-1], found, text.rfind(before[-1], 0, m.start())))
    return out


def definitions(text: str) -> dict[str, str]:
    """Short form -> long form as the document first defines it (later redefinitions ignored)."""
    out: dict[str, str] = {}
    for short, long, _ in find_definitions(text):
        out.setdefault(short, long)
    return out


@lru_cache(maxsize=64)
def defined_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """``definitions`` as (short, long) pairs, computed once per stored text: the answerers read
    the same case's documents question after question."""
    return tuple(definitions(text).items())


def stands_for(short: str, long_form: re.Pattern[str], text: str, defined: Mapping[str, str]) -> bool:
    """Whether ``short`` (as written in ``text``) means what ``long_form`` matches: as the
    document defines it ("angiomyolipoma (AML)": no leukemia), or, where the document does
    not define it, when the long form is spelled out somewhere in ``text``. ``defined`` is
    ``definitions(text)``, computed once per document by the caller."""
    for key in (short, re.sub(r"s$", "", short), re.sub(r"^a(?=[A-Z])", "", short), re.sub(r"^[BT]-", "", short)):
        if key in defined:  # "hemolytic–uremic syndrome (HUS)": any dash reads as a hyphen
            return bool(long_form.search(re.sub(r"[\u2010-\u2015\u2212]", "-", defined[key])))
    return bool(long_form.search(text))


_TITLE_RUN = re.compile(r"(?:[A-Z][a-z]+(?:[\s\-–]+|$)){2,}")


def title_acronyms(title: str) -> list[str]:
    """The acronyms a title's capitalised runs make ("Acute Myeloid Leukemia as a Trigger for
    Hemolytic–Uremic Syndrome" -> AML, HUS): a question naming the case by "the AML patient
    with HUS" names it by its title, as much as by the title's words."""
    found = ["".join(word[0] for word in re.split(r"[\s\-–]+", run.strip()) if word) for run in _TITLE_RUN.findall(title)]
    return [acronym for acronym in found if len(acronym) >= 3]  # "Case Report" is no CR anyone asks by
