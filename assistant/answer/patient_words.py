"""The words of a sequence question that only describe the patient, told apart from the words
that name the anchor step ("What was done once the sputum CB-NAAT of the 40-year-old man came
back positive?": the anchor is "the sputum CB-NAAT came back positive"). Any "after" in the
description ("the boy who later developed Crohn's disease after rituximab") is not the anchor's."""

from __future__ import annotations

import re

from assistant.retrieve.case_names import PATIENT_NOUN

_LEADING_CASE = re.compile(r"^\s*in\s+(?:the|a|an|this)\s+[^,?]{0,80}?\b" + PATIENT_NOUN + r"\b[^,?]*,\s*", re.I)
_PATIENT = r"(?:[\w'’-]+\s+){0,4}?" + PATIENT_NOUN + r"(?:'s|’s)?"
# "... man stayed up", not a participle that describes the patient ("the woman referred for X")
_NOT_PARTICIPLE = r"(?!\s+(?:referred|admitted|treated|diagnosed|described|reported|presented|hospitali[sz]ed|transferred|scheduled|evaluated|managed|followed|operated)\b)"
_THEN_VERB = r"(?=\s+(?:was|were|had|has|is|became|developed|came|went|got|could|kept|needed|\w+ed)\b)"
# The patient inside a clause ("the sputum CB-NAAT of the 40-year-old man came back positive"): only the phrase goes.
_CASE_PHRASE = re.compile(r"(?<=\S)\s+(?:in|of|for)\s+(?:the|a|an|this|our|that)\s+" + _PATIENT + r"(?:\s+(?:with|who had|on)\s+[^,?]{1,60}?)?" + _NOT_PARTICIPLE + _THEN_VERB, re.I)
# ... or ending it ("... in the boy who later developed Crohn's disease after rituximab?"): the rest goes.
_CASE_WORDS = re.compile(r"(?<=\S)\s+(?:in|of|for)\s+(?:the|a|an|this|our|that)\s+" + _PATIENT + r"\b(?:[^,?]*(?=,\s*(?:how|what|which|when|where|who|was|were|did|had)\b)|.*$)", re.I)  # up to a main clause after a comma
# The patient as the anchor's subject: "the man with PGNMID-LC started daratumumab", "the infant with NMT was started on ..."
_SUBJECT = re.compile(r"^\s*(?:the|a|an|this|our)\s+" + _PATIENT + r"(?:\s+(?:with|who had|on)\s+[^,]{1,60}?)?" + _THEN_VERB, re.I)


def without_case(question: str) -> str:
    """The question without the words that only name the patient ("In the woman with AML, ...",
    "... in the boy who later developed Crohn's disease after rituximab?"), whose "after" is
    not the anchor's."""
    rest = _CASE_PHRASE.sub("", _LEADING_CASE.sub("", question))
    return _CASE_WORDS.sub(lambda m: "" if m.end() < len(rest) else "?", rest).strip() or question


def anchor_words(words: str) -> str:
    """The anchor without the patient's description ("... in the girl with pituitary gigantism",
    "the man with focal XGPN was discharged": what happened to him is the anchor)."""
    words = _CASE_WORDS.sub("", _CASE_PHRASE.sub("", words)).strip() or words
    return _SUBJECT.sub("", words).strip() or words
