"""Where a sentence stands, for a question about one patient.

"What was the platelet count at presentation in the refractory ITP case?" shares its words
with the Introduction's definition ("Refractory ITP is defined as ... platelet count above
30,000/μL") and with the report's statement of purpose ("The purpose of this report is to
... enhance understanding of the proper management"), while the answer stands in the case
presentation. For a question about *the* patient or case, a sentence of the patient's own
sections gains; background (introduction, discussion), sentences about the report itself
("This case report outlines ...", "We present ...") and textbook statements ("Refractory ITP
is defined as ...", "Dasatinib is a ... inhibitor") lose; and a sentence of the document
most of the candidate passages come from gains: that is the case the question names.
A question that names no patient (a research question over papers) gets no prior at all.
"""

from __future__ import annotations

import re

from assistant.text.assertion import is_textbook
from assistant.text.section_kinds import BACKGROUND_KIND, OWN_CASE, PATIENT, section_kind

# "the patient", "the 79-year-old woman with CML", "in the AML-HUS case", "her platelet count";
# the noun ends the phrase (not "the case fatality rate", "the WHO case definition", "Mother to
# Child Transmission"), so not "in the case of" and not plural cohorts ("the patients").
_ONE_PATIENT = re.compile(
    r"\b(?:the|this|our|that)\s+(?:[\w'’-]+\s+){0,5}?(?:patient|case|woman|man|girl|boy|child|infant|neonate|newborn|baby|toddler|teenager|adolescent|lady|gentleman|adult|female|male)"
    r"(?=\s*(?:$|[?,.;:!)])|\s+(?:with|who|whose|in|from|after|before|during|was|were|had|did|is|at|on|treated|given|present\w*|diagnosed|receiv\w*|underw\w*|develop\w*|requir\w*|respond\w*|show\w*|get|got|have|has)\b)"
    r"|\b(?:he|she|him|her|his)\b",
    re.I,
)
_ABOUT_THE_REPORT = re.compile(
    r"\b(?:this|the present|our)\s+(?:case\s+)?(?:report|article|paper|review|case)\s+(?:outlines|describes|presents|reports|illustrates|highlights|focuses|shows|underscores|emphasi[sz]es|aims|demonstrates)\b"
    r"|\bwe\s+(?:present|report|describe)\b|\b(?:the\s+)?(?:purpose|aim|objective)\s+of\s+this\b|\bto\s+raise\s+awareness\b",
    re.I,
)
_REFERENCED = re.compile(r"\[\d+(?:\s*[,\u2013-]\s*\d+)*\]")
_TOLD = re.compile(r"\b(?:patient|he|she|his|her|was|were)\b", re.I)  # "... drip was initiated at 0.02 mg/kg/hr; a protocol [12]" is still the patient's
# Asks about the report itself ("the purpose of this case report"), not what was reported of the patient.
_ASKS_ABOUT_THE_REPORT = re.compile(r"\b(?:purpose|aims?|objectives?|authors?|highlight\w*|lessons?|learn\w*)\b|\b(?:this|the|that)\s+(?:case\s+)?report\b", re.I)


# "How does blinatumomab work?", "What is the mechanism ...": general knowledge, even over case records.
_GENERAL_QUESTION = re.compile(r"^\W*(?:(?:how|what|why|which|where|when|who)\s+)?(?:does|do|is|are|can|could|should|would)\b", re.I)


def about_a_case(question: str) -> bool:
    """Weighed against a case record, the question is about its patient unless it asks general
    knowledge in the present tense or about the report itself."""
    return not _GENERAL_QUESTION.search(question) and not _ASKS_ABOUT_THE_REPORT.search(question)


def about_one_patient(question: str) -> bool:
    """The question asks about one patient or case (not the report, not a research finding)."""
    return bool(_ONE_PATIENT.search(question)) and not _ASKS_ABOUT_THE_REPORT.search(question)


def case_prior(sentence: str, section: str, title: str, doc_share: float, section_weight: float, report_penalty: float, doc_weight: float) -> float:
    """The ranking bonus (or penalty) of one candidate sentence for a one-patient question."""
    kind = section_kind(section, title)
    ours = bool(OWN_CASE.search(sentence))  # "Our patient is classified as type A ...": the discussion saying it of this patient
    prior = section_weight if kind == PATIENT else -section_weight if kind == BACKGROUND_KIND and not ours else 0.0
    if _ABOUT_THE_REPORT.search(sentence) or (not ours and is_textbook(sentence)) or (_REFERENCED.search(sentence) and not _TOLD.search(sentence)):
        prior -= report_penalty  # "... may include underdevelopment of upper ribs [14]": the literature, not the patient
    return prior + doc_weight * doc_share
