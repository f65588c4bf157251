"""Time expressions in case-report sentences ("in March 2019", "on day 5", "two weeks
later", "after 3 months", "postoperative day 2"), read as where they put an event on
the case's clock.

Case reports rarely give calendar dates; they count days from admission, from an
operation, or from the previous step. Each expression says which of those it counts
from (``anchor``) and by how much (``days``), so the caller can keep one running clock.
Conventions (also used by the hand-checked gold set): a week is 7 days, a month 30, a
year 365; "day N" is N days after day 0 (the presentation), not N - 1.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ABSOLUTE, START, PREVIOUS, SURGERY, TREATMENT = "absolute", "start", "previous", "surgery", "treatment"
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "hour": 0}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30,
}
ORDINAL_WORDS = {w: i for i, w in enumerate("second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2)}
MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october november december".split(), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9


@dataclass(frozen=True)
class TimeExpr:
    """One expression: ``sentence[start:end]``; ``days`` counted from ``anchor``; ``date``
    an ISO date as precise as the text ("2019", "2019-03", "2019-03-12") when absolute."""

    start: int
    end: int
    text: str
    anchor: str
    days: int = 0
    date: str = ""


_N = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
_UNIT = r"(day|week|month|year|hour)s?"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"((?:19|20)\d\d)"
_SURGERY_WORDS = r"(?:surgery|operation|resection|the procedure|transplant(?:ation)?|excision|repair)"
_TREATMENT_WORDS = r"(?:treatment|therapy|initiation|starting|the (?:first|last) (?:dose|cycle)|chemotherapy|discharge)"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I), "dmy"),
    (re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b"), "numeric"),
    (re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})\b"), "iso"),
    (re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I), "my"),
    (re.compile(rf"\b(?:in|since|during|by|until)\s+(?:early |late |mid-?)?{_YEAR}\b(?![-/.]\d)", re.I), "y"),
    (re.compile(rf"\b(?:post-?operative|post-?op|after surgery)\s+day\s+(\d{{1,3}})\b|\bPOD\s?(\d{{1,3}})\b|\b(\d{{1,3}})(?:st|nd|rd|th)\s+post-?operative\s+day\b", re.I), "pod"),
    (re.compile(r"\b(?:at|by|after|in|from)\s+week\s+(\d{1,3})\b", re.I), "week"),
    (re.compile(r"\bon\s+the\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:hospital\s+)?day\b", re.I), "nth_day"),
    (re.compile(r"\b(?:on|by|until|from|at|of)?\s*(?:hospital(?:i[sz]ation)?\s+|admission\s+|illness\s+)?day\s+(\d{1,3})\b(?!\s*(?:of|post)\s+(?:chemo|treatment|therapy|cycle))", re.I), "day"),
    (re.compile(rf"\b{_N}\s+{_UNIT}\s+(?:before|prior to|preceding)\s+(?:(?:his|her|the|this)\s+)?(?:admission|presentation|hospitali[sz]ation|visit|referral)\b", re.I), "before"),
    (re.compile(rf"\b{_N}[\s-]+{_UNIT}\s+ago\b", re.I), "before"),
    (re.compile(rf"\b{_N}\s+{_UNIT}\s+(?:(?:after|following)\s+(?:(?:the|his|her)\s+)?{_SURGERY_WORDS}|post-?(?:operatively|surgery|operation|transplant(?:ation)?))", re.I), "after_surgery"),
    (re.compile(rf"\b{_N}\s+{_UNIT}\s+(?:(?:after|following|into)\s+(?:(?:the|his|her)\s+)?{_TREATMENT_WORDS}|post-?(?:discharge|treatment|therapy))", re.I), "after_treatment"),
    (re.compile(rf"\bat\s+(?:the\s+|a\s+|her\s+|his\s+)?{_N}[\s-]+{_UNIT}\s+follow[\s-]?up\b|\bafter\s+{_N}\s+{_UNIT}\s+of\s+follow[\s-]?up\b", re.I), "follow_up"),
    (re.compile(rf"\b{_N}\s+{_UNIT}\s+(?:later|afterwards?|thereafter|subsequently|on)\b|\bafter\s+(?:another\s+|a further\s+)?{_N}\s+{_UNIT}\b|\b{_N}\s+{_UNIT}\s+after\s+(?:that|this|the (?:initial|first) (?:visit|presentation|admission))\b|\bwithin\s+{_N}\s+{_UNIT}\b", re.I), "later"),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(day|morning|evening|night|week|month|year)\b|\bovernight\b", re.I), "next"),
]


def _number(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def _span_days(groups: list[str]) -> int:
    """``(number, unit)`` among the groups, in days."""
    number, unit = (g for g in groups if g)
    return _number(number) * UNIT_DAYS[unit.lower()]


def _valid(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if 1 <= m <= 12 and 1 <= d <= 31 else ""


def _read(form: str, g: list[str]) -> tuple[str, int, str]:
    """``(anchor, days, date)`` for one matched form."""
    if form == "mdy":
        return ABSOLUTE, 0, _valid(int(g[2]), MONTHS[g[0].lower()], int(g[1]))
    if form == "dmy":
        return ABSOLUTE, 0, _valid(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
    if form == "numeric":  # European day-first, as in the reports we ship; month-first when the day cannot be a month
        d, m = (int(g[0]), int(g[1])) if int(g[1]) <= 12 else (int(g[1]), int(g[0]))
        return ABSOLUTE, 0, _valid(int(g[2]), m, d)
    if form == "iso":
        return ABSOLUTE, 0, _valid(int(g[0]), int(g[1]), int(g[2]))
    if form == "my":
        return ABSOLUTE, 0, f"{int(g[1]):04d}-{MONTHS[g[0].lower()]:02d}"
    if form == "y":
        return ABSOLUTE, 0, g[0]
    if form == "pod":
        return SURGERY, int(next(x for x in g if x)), ""
    if form == "week":
        return TREATMENT, 7 * int(g[0]), ""
    if form == "nth_day":
        return START, ORDINAL_WORDS[g[0].lower()], ""
    if form == "day":
        return START, int(g[0]), ""
    if form == "before":
        return START, -_span_days(g), ""
    if form == "after_surgery":
        return SURGERY, _span_days(g), ""
    if form in ("after_treatment", "follow_up"):
        return TREATMENT, _span_days(g), ""
    if form == "next":
        unit = (g[0] or "day").lower()
        return PREVIOUS, {"week": 7, "month": 30, "year": 365}.get(unit, 1), ""
    return PREVIOUS, _span_days(g), ""


def time_expressions(sentence: str) -> list[TimeExpr]:
    """Every time expression in the sentence, left to right, none overlapping (earlier
    patterns win: a full date before a bare month, "postoperative day 2" before "day 2")."""
    found: list[TimeExpr] = []
    for pattern, form in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(m.start() < e.end and e.start < m.end() for e in found):
                continue
            anchor, days, iso = _read(form, list(m.groups()))
            if anchor == ABSOLUTE and not iso:
                continue
            text = m.group(0).strip()
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            found.append(TimeExpr(start, start + len(text), text, anchor, days, iso))
    return sorted(found, key=lambda e: e.start)
