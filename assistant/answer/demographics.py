"""Who the patients are, by age: "Which patients were teenagers?", "How many children had
seizures?", "List the patients over 65". A list question may ask for an age group instead of
(or besides) a finding; the term index holds no word for "teenager", so the group is read
from the question as a range of years and each case's age from its record: the first age the
case record states (its opening "A 16-year-old girl presented ..."), cited by its sentence.

Pure functions; ``across.AcrossCasesAnswerer`` lists or filters cases with them."""

from __future__ import annotations

import re

from assistant.retrieve.case_names import stated_ages

AgeRange = tuple[float, float]
_OLDEST = 150.0
_STRICT = 1e-6  # "over 65", "younger than 2": the bound itself is out

# Plural age groups, in years (bounds included). "Teenagers" are 13-19 as people count them.
_GROUPS: list[tuple[re.Pattern[str], AgeRange]] = [
    (re.compile(r"\b(?:newborns?|neonates?|neonatal (?:patients|cases))\b", re.I), (0.0, 28 / 365)),
    (re.compile(r"\b(?:infants|babies)\b", re.I), (0.0, 1.0)),
    (re.compile(r"\btoddlers\b", re.I), (1.0, 3.0)),
    (re.compile(r"\b(?:teenagers|teens)\b", re.I), (13.0, 19.99)),
    (re.compile(r"\badolescents\b", re.I), (10.0, 19.99)),
    (re.compile(r"\b(?:children|kids|p(?:a)?ediatric (?:patients|cases)|girls|boys)\b", re.I), (0.0, 17.99)),
    (re.compile(r"\b(?:elderly|older (?:patients|people|adults)|seniors)\b", re.I), (65.0, _OLDEST)),
    (re.compile(r"\badults\b", re.I), (18.0, _OLDEST)),
]
_NUMBER = r"(\d{1,3})"
_YEARS_OLD = r"\s*(?:years?|yrs?)(?:\s+(?:old|of age))?"
_PEOPLE = r"(?:patients|people|cases|adults|women|men|children|persons)\s+(?:who\s+were\s+|aged\s+)?"
# Ranges in numbers, each said of an age: "aged 13 to 19", "between 40 and 60 years", "patients over 65",
# "older than 70", "younger than 2 years" (not "a platelet count over 400").
_BETWEEN = re.compile(r"\b(?:aged|ages?)\s+" + _NUMBER + r"\s*(?:to|and|-|–)\s*" + _NUMBER + r"\b|\bbetween\s+" + _NUMBER + r"\s*(?:and|-|–)\s*" + _NUMBER + _YEARS_OLD, re.I)
_OVER = re.compile(r"\b(?:older than|aged over|aged above|over the age of|above the age of)\s+" + _NUMBER + r"|\b" + _PEOPLE + r"(?:over|above)\s+" + _NUMBER + r"\b"
                   r"|\b(?:over|above)\s+" + _NUMBER + _YEARS_OLD + r"|\b" + _NUMBER + _YEARS_OLD + r"\s+(?:or|and)\s+(?:older|over)\b"
                   r"|\b(?:aged\s+|were\s+|" + _PEOPLE + r")" + _NUMBER + r"\s+(?:or|and)\s+(?:older|over)\b", re.I)
_UNDER = re.compile(r"\b(?:younger than|aged under|aged below|under the age of|below the age of)\s+" + _NUMBER + r"|\b" + _PEOPLE + r"(?:under|below)\s+" + _NUMBER + r"\b"
                    r"|\b(?:under|below)\s+" + _NUMBER + _YEARS_OLD, re.I)


def asked_age_range(question: str) -> tuple[AgeRange, str] | None:
    """The age range a question asks its patients to be in, and the words that ask it."""
    for pattern in (_BETWEEN, _OVER, _UNDER):
        if m := pattern.search(question):
            numbers = [float(g) for g in m.groups() if g]
            if pattern is _BETWEEN:
                return (min(numbers), max(numbers) + 0.99), m.group(0)
            inclusive = re.search(r"\b(?:or|and)\s+(?:older|over)\b", m.group(0), re.I)  # "65 or older" holds 65, "over 65" does not
            bound = numbers[0] if inclusive else numbers[0] + _STRICT if pattern is _OVER else numbers[0] - _STRICT
            return ((bound, _OLDEST) if pattern is _OVER else (0.0, bound)), m.group(0)
    found = sorted((m.start(), m.end(), span) for pattern, span in _GROUPS if (m := pattern.search(question)))
    if not found:
        return None
    start, end, (low, high) = found[0]
    for nxt_start, nxt_end, (nxt_low, nxt_high) in found[1:]:  # "babies or young children": one group, the two spans' hull
        if not _EITHER_GROUP.fullmatch(question[end:nxt_start]):
            break
        end, low, high = nxt_end, min(low, nxt_low), max(high, nxt_high)
    return (low, high), question[start:end]


_EITHER_GROUP = re.compile(r"\s+(?:or|and|and/or)\s+(?:(?:young|small|older|little)\s+)?|\s*/\s*", re.I)


def without_age(question: str) -> str:
    """The question less the words that ask an age range ("teenagers (aged 13 to 19)")."""
    out = question
    while (found := asked_age_range(out)) is not None:
        words = found[1]
        out = re.sub(r"\s*\(\s*" + re.escape(words) + r"\s*\)|" + re.escape(words), " patients " if not re.search(r"\d", words) or re.match(_PEOPLE, words, re.I) else " ", out, count=1)
    return re.sub(r"\s+([.?!,])", r"\1", re.sub(r"\(\s*\)", " ", " ".join(out.split())))


# "A 28-year-old primigravida ...": in a report on a fetus or a newborn, the mother's age comes first.
_MOTHER = re.compile(r"(?:\W+[\w-]+){0,3}?\W+(?:primigravida|multigravida|gravida|primipara|multipara|parturient|pregnant|mother|G\d+\s*P\d+)\b", re.I)


# A patient of the literature: "The first case (Zurawski and Kelly, 1997) involved a 19 year-old woman".
_LITERATURE = re.compile(r"\bet al\b|\(\s*[A-Z][\w-]+(?:\s+(?:and|&)\s+[A-Z][\w-]+)?,?\s+(?:19|20)\d\d\s*\)|\[\d+(?:[,\u2013-]\s*\d+)*\]|"
                         r"previously reported|reported cases|\bliterature\b|\b(?:first|second|third|other|similar) (?:reported )?cases?\b")


def presentation_age(text: str) -> tuple[float, int, int] | None:
    """The patient's age as the case record first states it (years, start, end), or None;
    a mother's age is not her baby's, nor a cited patient's this one's."""
    for years, start, end in stated_ages(text):
        sentence = text[text.rfind(".", 0, start) + 1 : (text.find(".", end) + 1 or len(text))]
        if not _MOTHER.match(text, end) and not _LITERATURE.search(sentence):
            return years, start, end
    return None


def in_range(years: float, span: AgeRange) -> bool:
    return span[0] <= years <= span[1]


# Who the patient is, said right after the stated age: "A 45-year-old man", "a 55-year-old Caucasian female".
_SEX_AFTER_AGE = re.compile(r"[\s-]*(?:old\b)?[\s,]*(?:(?:[\w-]+|\([^()]*\))[\s,]+){0,4}?(?P<who>man|woman|male|female|boy|girl|gentleman|lady|primigravida|multigravida|gravida)\b", re.I)
_SEX_BEFORE_AGE = re.compile(r"\b(?P<who>man|woman|male|female|boy|girl|gentleman|lady),?\s*(?:aged\s+)?$", re.I)
_FEMALE = {"woman", "female", "girl", "lady", "primigravida", "multigravida", "gravida"}
# Plural group words only: "the man with ..." describes one patient, "Which men ..." asks the sex.
_ASKED_SEX = (("F", re.compile(r"\b(?:women|females|girls|ladies|mothers)\b", re.I)), ("M", re.compile(r"\b(?:men|males|boys|gentlemen|fathers)\b", re.I)))


def presentation_sex(text: str, age_start: int, age_end: int) -> str | None:
    """"F" or "M" as the case record says right after (or just before: "a Chinese girl, 17 years old") the
    patient's first stated age, else by its pronouns; None when it does not say."""
    if (m := _SEX_AFTER_AGE.match(text, age_end)) or (m := _SEX_BEFORE_AGE.search(text, max(0, age_start - 30), age_start)):
        return "F" if m.group("who").lower() in _FEMALE else "M"
    story = text[age_end : age_end + 3000].lower()  # "A 39-year-old patient was referred ...": her pronouns say it, by a wide margin
    she, he = len(re.findall(r"\b(?:she|her|hers|herself)\b", story)), len(re.findall(r"\b(?:he|his|him|himself)\b", story))
    return "F" if she >= 3 * max(1, he) else "M" if he >= 3 * max(1, she) else None


def asked_sex(question: str) -> str | None:
    """The sex a list question asks its patients to be ("Which women ..."), None for both or neither."""
    found = {sex for sex, pattern in _ASKED_SEX if pattern.search(question)}
    return found.pop() if len(found) == 1 else None
