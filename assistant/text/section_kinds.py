"""What a section of a case report is about, by its heading: the patient (case
presentation, treatment, course), the front matter (title, abstract, conclusions: often
but not always the patient), or background (introduction, discussion, references,
declarations). Tags and answers across cases trust a mention by where it stands."""

from __future__ import annotations

import re

BACKGROUND = re.compile(
    r"introduc|discuss|background|literature|review|reference|acknowledg|funding|consent|ethic|author|competing|conflict|"
    r"guarantor|registration|learning point|clinical message|highlight|importance|contribution|declaration|disclosure|^results$|abbreviation",
    re.I,
)
FRONT = re.compile(r"front matter|abstract|conclusion|summary of|keywords", re.I)
PATIENT, FRONT_MATTER, BACKGROUND_KIND = 2, 1, 0


def section_kind(section: str, title: str = "") -> int:
    """2: about the patient (case presentation, treatment, summary), 1: front matter and
    conclusions (abstract-like, often but not always the patient), 0: background. A section
    named as the document's ``title`` is the text before its first heading: front matter."""
    if title and section.strip().lower() == title.strip().lower():
        return FRONT_MATTER
    if BACKGROUND.search(section):
        return BACKGROUND_KIND
    return FRONT_MATTER if FRONT.search(section) else PATIENT


# "Our patient ...", "in the present case": said of this patient whatever the section (a discussion, a
# heading misdetected) says; answers across cases and the lookup's section prior both read it.
OWN_CASE = re.compile(r"\b(?:our patient|the present patient|in our case|in the present case|in this case,? (?:the|our) patient|(?:for|in) this patient(?=\s*[,.;:)]|\s+(?:was|were|is|had|has|with|who|the|a|an)\b)|(?:to|in|at) our (?:department|hospital|clinic|unit|institution))\b", re.I)
