"""Numbered steps of a treatment ("cycle 1", "consolidation IV", "first relapse") read as
(step, number), so "after consolidation I" is never answered with consolidation II or III:
the words are the same, only the number tells the steps apart."""

from __future__ import annotations

import re

from assistant.text.timex import NUMBER_WORDS

_STEP = r"(cycles?|courses?|blocks?|consolidations?|inductions?|lines?|relapses?|doses?|rounds?|phases?)"
_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_NUMBER = r"(\d{1,2}|(?-i:[IVX]{1,4})|" + "|".join(_WORDS) + r")"
_AFTER = re.compile(rf"\b{_STEP}\s+{_NUMBER}\b", re.I)  # "cycle 1", "Consolidation IV"
_BEFORE = re.compile(rf"\b{_NUMBER}[\s-]+{_STEP}\b", re.I)  # "first relapse", "2nd cycle"
# "third blinatumomab consolidation": a word ordinal may stand one word before its step
# (a digit may not: "3 blinatumomab cycles" is a count).
_WORD_BEFORE = re.compile(rf"\b({'|'.join(_WORDS)})\s+[\w-]+\s+{_STEP}\b", re.I)
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _number(token: str) -> int | None:
    token_lower = token.lower()
    if token.isdigit():
        return int(token)
    if token_lower in _WORDS:
        return _WORDS[token_lower]
    if re.fullmatch(r"[IVX]+", token):
        values = [_ROMAN[c] for c in token]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


def ordinals(text: str) -> set[tuple[str, int]]:
    """Every ``(step, number)`` the text names, the step singular and lowercase."""
    found = set()
    for pattern, step_group, number_group in ((_AFTER, 1, 2), (_BEFORE, 2, 1), (_WORD_BEFORE, 2, 1)):
        for match in pattern.finditer(text):
            number = _number(match.group(number_group))
            if number is not None:
                found.add((match.group(step_group).lower().rstrip("s"), number))
    return found


def ordinal_fit(asked: set[tuple[str, int]], sentence: str) -> int:
    """+1 when the sentence names a step the question asks about, -1 when it names the same
    kind of step with other numbers only ("consolidation II" for "consolidation I"), else 0."""
    if not asked:
        return 0
    named = ordinals(sentence)
    if named & asked:
        return 1
    steps = {step for step, _ in asked}
    return -1 if any(step in steps for step, _ in named) else 0


# A time point of the story: "at her 6-month check", "the 3-month follow-up", "after 8 months",
# "two years later" (not an age, "6-month-old", a gestational age, nor a bare duration, "for 6 months").
_TIME_WORDS = {w: n for w, n in NUMBER_WORDS.items() if len(w) > 2}  # not "a"/"an": "a month later" is no time point asked
_AMOUNT = r"(\d{1,3}|" + "|".join(_TIME_WORDS) + r")[\s\u00a0-]+(day|week|month|year)s?\b(?![\s-]+old)(?![^.;,]{0,25}\b(?:gestation|pregnan))"  # not "at 34 weeks of gestation"
_TIME_POINT = re.compile(
    r"\b(?:at|after|within|by)\s+(?:the\s+|her\s+|his\s+|their\s+)?" + _AMOUNT
    + r"|\b" + _AMOUNT + r"(?=[\s-]+(?:follow[\s-]?ups?|check(?:[\s-]?ups?)?|visits?|reviews?|appointments?|evaluations?|assessments?|later|after|post\w*)\b)",
    re.I,
)


def time_points(text: str) -> set[tuple[str, int]]:
    """Every ``(unit, number)`` time point the text names ("6-month follow-up" -> ("month", 6))."""
    found = set()
    for match in _TIME_POINT.finditer(text):
        number, unit = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        found.add((unit.lower(), int(number) if number.isdigit() else _TIME_WORDS[number.lower()]))
    return found


# "What was the haemoglobin at presentation?": the first values a report gives, not the ones it
# tells later ("Subsequently, her hemoglobin increased to 9 g/dL", "Repeat CBC revealed ...").
_ASKED_FIRST = re.compile(r"\b(?:at (?:presentation|admission|diagnosis|baseline)|on (?:admission|arrival|presentation)|initial(?:ly)?|"
                          r"when (?:she|he|they) (?:was |were )?(?:first )?(?:admitted|presented|came in|arrived))\b", re.I)
_TOLD_FIRST = re.compile(r"\b(?:at (?:presentation|admission|diagnosis|baseline)|(?:on|upon) (?:admission|arrival|presentation)|initial(?:ly)?|admission (?:labs?|tests?|blood))\b", re.I)
_TOLD_LATER = re.compile(r"\b(?:subsequently|later|thereafter|afterwards?|repeat(?:ed)?|follow[\s-]?up|(?:on|at|before) discharge|(?:increased|rose|decreased|dropped|fell|improved|recovered|returned) to|(?<!international )normali[sz]ed)\b", re.I)


def phase_fit(question: str, sentence: str) -> int:
    """+1 / -1 when a question asking for a first value meets a sentence telling a first /
    a later one; 0 otherwise (also for every question that asks no first value)."""
    if not _ASKED_FIRST.search(question):
        return 0
    first, later = bool(_TOLD_FIRST.search(sentence)), bool(_TOLD_LATER.search(sentence))
    return 1 if first and not later else -1 if later and not first else 0
