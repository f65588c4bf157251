"""The patients a compare question names one by one ("Compare the boy with X and the woman
with Y"), each as its description, which ``case_names`` then reads as it reads one patient's."""

from __future__ import annotations

import re

from assistant.retrieve.case_names import PATIENT_NOUN, PATIENTS_NOUN


# A compare that names its patients one by one: "the X and the Y", "the X, the Y and the Z",
# "(the X and the Y)". A part whose head is plural ("the AML cases", "the two children with")
# is a kind of patient, not one.
_DETERMINER = r"(?:the|this|that|our)\s"
_PARTS = re.compile(rf"\s*,?\s+(?:and|versus|vs\.?)\s+(?:(?:of|in|for|to|when|where)\s+)?(?={_DETERMINER})|,\s+(?={_DETERMINER})", re.I)  # "... of the X and of the Y"
_LEAD = re.compile(r"^\W*(?:compare|contrast)\s+(?:how\s+(?:the\s+)?[\w\s-]{2,50}?\s+(?:was|were)\s+\w+\s+(?:in|for)\s+(?=the\s)|how\s+|what\s+|the\s+[\w\s-]{2,40}?\s+(?:of|in|between|for|among)\s+)?", re.I)
_COMPARE = re.compile(r"\b(?:compare|contrast|versus|vs)\b", re.I)
_TAIL = re.compile(r"(?<!\bwho)\s+(?:were|was|are|is|did|do|have|had|came|went|returned|presented)\b.*$|,\s*and\s+(?:how|what|why|when|which|whether)\b.*$|\s*:.*$",
                   re.I)  # "the woman who had ..." describes; "... guitarist: how long" asks
_OWN_THING = re.compile(r"^the\s+[\w\s-]{2,40}?\s+of\s+$", re.I)
# Where a part's patient starts: "the steroids given to (the 73-year-old man with ...)".
_PATIENT_START = re.compile(rf"\b(?:the|this|that|our)\s+(?:[\w'’\-]+\s+){{0,3}}?{PATIENT_NOUN}(?![\w'’-])", re.I)
_HEAD_END = re.compile(r"\s(?:with|of|on|who|whose|after|from|in|poisoned|treated|diagnosed)\s", re.I)
_PLURAL = re.compile(r"\b(?:" + PATIENTS_NOUN + r"|those|ones|both|all|two|three|four|five|several|\w+[^\Wsui]s)\b(?!-)", re.I)  # not "two-and-a-half-year-old"


def named_patients(question: str) -> list[str]:
    """The patients a compare names one by one, each as its description ("the boy with Ewing
    sarcoma of the coracoid", "the molar pregnancy"); [] when it compares a kind of patient.
    A leading group ("the two vascular tumours of the head and neck, the A and the B") gives
    way to the members it lists."""
    if not _COMPARE.search(question):
        return []
    inner = re.search(r"\(([^()]*)\)", question)
    text = inner.group(1) if inner and len(_PARTS.split(inner.group(1))) >= 2 else question
    parts = [p.strip(" .?,;:()") for p in _PARTS.split(text)]
    parts = [_TAIL.sub("", _from_patient(_LEAD.sub("", p))).strip(" .?,;:()") for p in parts]
    single = [not _PLURAL.search(_HEAD_END.split(" " + p + " ", maxsplit=1)[0]) for p in parts]
    while parts and not single[0] and len(parts) > 2:  # the group the members that follow belong to
        parts, single = parts[1:], single[1:]
    described = [bool(re.search(rf"\b{PATIENT_NOUN}\b", p, re.I)) or len(p.split()) >= 3 for p in parts]  # "the treatment" is an aspect
    return parts if len(parts) >= 2 and all(single) and all(described) else []


def _from_patient(part: str) -> str:
    """A compare's part from its patient's determiner on ("the steroids given to | the man
    with ..."), unless what comes before is the patient's own thing ("the thigh collection of
    the woman ..."), which describes them too."""
    m = _PATIENT_START.search(part)
    return part[m.start() :] if m and not _OWN_THING.match(part[: m.start()]) else part
