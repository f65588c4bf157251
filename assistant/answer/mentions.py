"""Whether one mention of a list subject confirms a case: a clean mention said of this
patient (not negated, hedged, a relative's, the literature's or a test's name), with the asked
phrase's other words near it. Pure functions over a sentence and its match; ``across`` reads
every case's sentences with them."""

from __future__ import annotations

import re
from typing import Callable

from assistant.answer.citations import Candidate
from assistant.models import is_case_record
from assistant.answer.subjects import Term, value_above, value_below
from assistant.text.assertion import CLAUSE_END, clause, declined_offer, done_whatever_result, is_textbook, listed_negative
from assistant.text.section_kinds import OWN_CASE
from assistant.text.sentences import sentence_spans
from assistant.text.drug_classes import DRUG_CLASS_MEMBERS
from assistant.text.vocabulary import DRUG_NAMES, LOWERED, RAISED

# NegEx in small, kept beside text/assertion.py on purpose: a list answer confirms a case by
# one clean sentence, and these narrow windows (6 words before, 8 after) with work-up cues
# ("testing for", "such as", "PCR") keep its recall; text.assertion's wider ConText scopes
# in their place cut case_lists recall from 0.992 to 0.713 (issue 12, docs/evaluation.md).
_PRE_NEGATION = re.compile(
    r"\b(?:no|not|never|without|lack of|lacked|lacking|denie[sd]|deny|negative for|rule out|ruled out|ruling out|to exclude|exclusion of|excluded|"
    r"absence of|free of|neither|nor|instead of|rather than|refusal of|refused|declined|to (?:reduce|prevent|avoid|minimi[sz]e)|avoid(?:ance of|ing)|suspected|suspicion of|suspicious for|concern for|differential|tentative|provisional|presumptive|working diagnosis|"
    r"work-?ups?|testing for|tests? for|screen\w* for|evaluat\w* for|assess\w* for|monitor\w* for|watch\w* for|checked for|such as|(?<!-)like|unavailable|possible|possibility of|"
    r"history of (?:exposure|contact)|exposure to|contact with|(?:rt-?)?pcr|prophyla\w*\s+(?:against|for|of)|"
    r"outside (?:of )?the (?:\w+ )?window for|contraindicat\w* (?:to|for)|(?:not |in)eligible for|not (?:a )?candidates? for|"
    r"(?:puncture|cultures?|assays?|smears?|stain\w*|swabs?|panels?|serolog\w*) for)\b",
    re.I,
)
_POST_NEGATION = re.compile(
    r"^[^.;]*?\b(?:(?:was|were|is|are) not\b|not (?:given|used|employed|administered|available|feasible|indicated|performed|started)|"
    r"negativ|ruled out|excluded|unavailable|declined|refused|withheld|deferred|considered|(?:was|were) suspected|unlikely|"
    r"absent|differential|mimic)|"
    r"^[\s-]*(?:vaccin|immuni[sz]ation)",  # "hepatitis B vaccination" names no infection; "transfusion and pneumococcal vaccination" is still a transfusion
    re.I,
)
_PRE_WORDS, _POST_WORDS = 6, 8
# A cue that governs a whole comma list ("He denied any hemoptysis, shortness of breath, chest
# pain, cough, fevers, night sweats ..."): the mention is negated however far down the list,
# as long as nothing between them starts a new statement.
_LIST_CUE = re.compile(r"\b(?:no (?:reported|known|prior|previous|documented|significant) history of|no complaints? of|denie[sd]|deny|denying|no|without|negative for|free of|absence of|did not (?:report|have|complain of|experience|exhibit)|"
                       r"(?:to )?rul(?:e|ed|ing) out|to exclude|screen(?:ing|ed)? for|test(?:ing|ed|s)? for|avoid(?:ance of|ing)?)\b", re.I)  # "to rule out pulmonary embolism, heart failure, pneumonia"
_LIST_BREAK = re.compile(r"\b(?:but|however|although|though|except|which|who|whereas|while|presented|showed|revealed|had|has|have|was|were|is|are|developed|reported|complain\w*|noted|found)\b", re.I)
# Someone else's condition ("family history of ...", "her mother had ..."); a bare "family" is
# not one ("passed away with family at bedside", "affordable for the patient's family").
_OTHER_PERSON = re.compile(
    r"\b(?:father|mother|brother|sister|son|daughter|husband|wife|sibling|grand(?:father|mother)|uncle|aunt|cousin|"
    r"relative|family\s+(?:history|member)|familial|fetus|fetal|foetal|intrauterine|stillbirth|twin)s?\b|'s\s+(?:father|mother)|"
    r"\bneonat\w*\b(?!\s+(?:and\s+pa?ediatric\s+)?(?:intensive|resuscitation|care|units?|wards?|icu)\b)",  # the neonatal ICU is a place, whoever was in it
    re.I,
)
CITED = re.compile(
    r"\bet al\b|\bdoi\b|\bpmid\b|\[\d+(?:[,\u2013\-]\s*\d+)*\]|previously reported|have been reported|has been reported|"
    r"\bcase reports?\b|reported (?:the|a|two|three|\d+) cases?|\bliterature\b|"
    r"(?<!logical )(?<!chemical )(?<!imaging )(?<!doppler )(?<!duplex )(?<!contrast )(?<!swallow )(?<!sleep )(?<!genetic )(?<!molecular )(?<!conduction )(?<!flow )(?<!urodynamic )"
    r"(?<!csf )(?<!fluid )(?<!laboratory )(?<!lab )(?<!blood )(?<!urine )(?<!stool )(?<!serologic )(?<!viral )(?<!coagulation )\bstud(?:y|ies)\b|\btrials?\b|\bcohort\b|reported cases",
    re.I,
)
GENERAL = re.compile(
    r"\bguidelines?\b|(?-i:\bmay\b|\bcan\b|\bshould\b|\bcould\b|\bmight\b|\bwould\b)|\bcommonly\b|\btypical(?:ly| of)\b|\bcharacteristic of\b|\busually\b|"
    r"\bpatients with\b|\bincidence\b|\brisk of\b|\bconcerns?\b|\bpotential\w*\b|\blead to\b|\bjournal\b|"
    r"\d+(?:\.\d+)?\s?% of\b|\(\d+(?:\.\d+)?\s?%\)|\bof (?:women|men|children|cases)\b|\bmortality\b",
    re.I,
)
_PATIENT = re.compile(r"\b(?:our patient|the patient|this patient|he|she|received|underwent|treated|administered|started|given|commenced|died|diagnosed|confirmed)\b", re.I)
_TOLD = re.compile(r"(?:^\W*|,\s+(?:and\s+|then\s+)?)(?:he|she|we|our patient|the patient)\s+(?:was|were|had|received|underwent|initiated|started|commenced)\b"
                   r"(?:\s+\w+){0,6}\s*$|"
                   r"\bdiagnosed\s+(?:him|her|the patient|our patient)\s+(?:with|as)\s*$", re.I)
_DONE_AFTER = re.compile(r"\W*(?:\w+\s+){0,2}?(?:was|were)\s+(?:successfully\s+|then\s+|also\s+)?(?:performed|done|placed|inserted|carried out|undertaken)\b", re.I)
_WINDOW = 60  # characters each side of a mention that hedges and relatives are looked for in
_TEST = re.compile(r"[\s\-]*(?:\(\w+\)\s*)?(?:suppression\s+)?(?:tests?|testing|PCR|screen\w*|level|levels|antibod\w*|antigen|donors?|prophyla\w*)\b", re.I)


_PAST_SEROLOGY = re.compile(r"\bIgG\b[^.;]{0,60}?(?:\bIgM\b[^.;]{0,20}?\bnegativ|\bnegativ\w*\s+(?:for\s+)?(?:the\s+)?IgM\b)", re.I)
_COORDINATED = re.compile(r",\s+(?:and|but|while|whereas)\s+", re.I)  # a clause of its own after a general one
_CAME_POSITIVE = re.compile(r"\s*(?:\(\w+\)\s*)?(?:(?:was|were|came back|returned|turned)\s+)?(?:strongly\s+)?positive\b", re.I)
_DIRECTED = re.compile(r"(?:" + RAISED + "|" + LOWERED + r")\b", re.I)
_DRUG_NAMES = frozenset(DRUG_NAMES) | DRUG_CLASS_MEMBERS  # "methotrexate prophylaxis" gives the drug; "seizure prophylaxis" prevents the seizure
_NOTED = re.compile(r"\bit (?:should|must|can) be noted\b", re.I)  # a discourse phrase, not a hedge
# A grading scale's reference ("Common Terminology Criteria for Adverse Events (CTCAE) [11] grade III
# neutropenia") is not a literature statement.
_NAMED_SCALE = re.compile(r"\b(?:criteria|classification|scale|score|guidelines?)(?:\s+for(?:\s+[A-Z]\w*)+)?\s*(?:\(\w+\))?\s*\[\d+\]")
_STARTS_WITH_PRONOUN = re.compile(r"\s*(?:she|he|her|his)\b", re.I)
_PRONOUN = re.compile(r"(?:^|\bas\s|\bwhen\s|\band\s|^\W*(?:on|at|upon|during|after|in)\s[^,]{0,30},\s*)(?:she|he)\s+(?:was|had|received|underwent|developed|died)\b", re.I)  # "On evaluation, he was found ..."


# A verb or a new clause between a negation cue and the mention ends the cue's scope: "treatments due
# to the suspicion of herpetic keratitis included acyclovir" gives acyclovir.
_SCOPE_END = re.compile(r"\b(?:included?|includes|consisted|was|were|showed|revealed|received|underwent|but|however|although|which|who)\b"
                        r"|(?<!not )\b(?:due to|because(?: of)?|owing to|secondary to)\b", re.I)  # "did not receive X due to financial constraints": the cause is told


# A list the record says normal ("creatine kinase (CK), BNP, LDH, and D-dimer were normal") and a
# field it leaves empty ("**Allergies:** Not reported"): every mention in them is negated.
_ITEM = r"(?:(?!\b(?:was|were|is|are|showed|revealed|but)\b)[^,;.])"
_NORMAL_LIST = re.compile(r"\)?(?:\s*\([^()]{0,40}\))?(?:\s*,\s*" + _ITEM + r"{1,60}?)+,?\s+(?:and|or)\s+" + _ITEM + r"{1,60}?\s+(?:were|are)\s+(?:all\s+|also\s+)?"
                          r"(?:normal|negative|unremarkable|within (?:the )?normal (?:limits|range)|not elevated)\b", re.I)
_EMPTY_FIELD = re.compile(r"\W{0,4}:\W{0,4}(?:none|nil|n/?a|unknown|denie[sd]|(?:no|not)\b[^.;:]{0,30}?\b(?:reported|mention(?:ed)?|documented|specified|provided|stated|"
                          r"noted|disclosed|known|recorded|listed|available|given))\b", re.I)


def negated_at(sentence: str, match: re.Match[str]) -> bool:
    """NegEx in small: a negation cue in the six words before the mention, or a post-cue
    ("was not given", "were negative") in the eight after it, both inside its clause."""
    near = clause(sentence, match, 2 * _WINDOW)
    offset = near.find(match.group(0))
    before = " ".join(near[:offset].split()[-_PRE_WORDS:])
    after = " ".join(near[offset + len(match.group(0)) :].split()[:_POST_WORDS])
    drug = match.group(0).lower() in _DRUG_NAMES  # "prophylaxis of febrile neutropenia using G-CSF" gives the drug
    pre = [cue for cue in _PRE_NEGATION.finditer(before) if not (drug and cue.group(0).lower().startswith("prophyla")) and not _SCOPE_END.search(before, cue.end())]
    absent = re.search(r"\babsent\s*$", before, re.I)  # "and absent lactic acidosis"
    empty = _EMPTY_FIELD.match(sentence, match.end())  # "**Allergies:** Not reported": a field left empty
    normal = _NORMAL_LIST.match(sentence, match.end())  # "creatine kinase (CK), BNP, LDH, and D-dimer were normal"
    wide = clause(sentence[: match.end()], match, 4 * _WINDOW)  # a list's cue may open it far before ("no risk factor for aspiration like A, B, ..., C")
    return bool(pre or absent or empty or normal or _POST_NEGATION.search(after) or listed_negative(sentence, match) or negated_list(wide[: -len(match.group(0))]))


def negated_list(before: str) -> bool:
    """The mention ends a comma list that a negation cue opens ("denied any A, B, C, fevers"):
    at most 30 words from the cue, a comma between, and no new statement (a verb, "but")."""
    cues = list(_LIST_CUE.finditer(before))
    if not cues:
        return False
    between = before[cues[-1].end() :]
    listed = "," in between or (len(cues[-1].group(0)) > 2 and re.search(r"\b(?:and|or|nor)\b", between))  # "denied a history of thrush and food or drug allergies"
    return bool(listed) and len(between.split()) <= 30 and not _LIST_BREAK.search(between)


def anchored(candidate: Candidate, match: re.Match[str], doc_text: str = "") -> bool:
    """The mention's clause is plainly about this patient ("our patient ...", or "She
    received ..." when the sentence just before names no relative and cites no one): narrative
    that a misdetected heading left under Discussion still counts. The sentence before is read
    from the document (``doc_text``) when given: a chunk may begin right at the mention, after
    "Sibbald et al. reported a 2-year-old child ..." """
    own = clause(candidate.text, match, len(candidate.text))
    if OWN_CASE.search(own):
        return True
    if not _PRONOUN.search(own):
        return False
    text, offset = (doc_text, 0) if doc_text else (candidate.passage.text, candidate.passage.char_start)
    local = candidate.char_start - offset
    window = max(0, local - 600)
    spans = [(a, b) for a, b in sentence_spans(text, window, local) if b <= local]
    first = len(spans) - 1
    while first > 0 and _STARTS_WITH_PRONOUN.match(text, spans[first][0]):  # "She was treated ..." goes on about whom the sentence before named
        first -= 1
    before = (text[spans[first][0] : local] if spans else "") + candidate.text[: candidate.text.find(own)]
    return not _OTHER_PERSON.search(before) and (bool(re.search(r"\b(?:the|our|this) patient\b", before, re.I)) or not CITED.search(before))


# A past-tense step of a story ("An ileostomy was made ... after an exploratory laparotomy revealed ..."): in an
# abstract, what happened to the patient, where a present tense states what is known.
_NARRATED = re.compile(r"\b(?:underwent|received|developed|revealed|showed|presented|performed|diagnosed|admitted|treated|undertaken|carried out|"
                       r"(?:was|were) (?:done|made|started|given|found))\b", re.I)  # not a bare "was": "which was previously the standard approach"


def narrated(sentence: str, match: re.Match[str], words: int = 4) -> bool:
    """A past-tense verb of the story within a few words of the mention (not a list of what a work-up looked for)."""
    before, after = sentence[: match.start()].split()[-words:], sentence[match.end() :].split()[:words]
    return bool(_NARRATED.search(" ".join(before + after)))


# A test done to find out: what it looked for is not asserted ("to see if there was a persistent leak or fistula").
_LOOKED_FOR = re.compile(r"\bto\s+(?:see|check|determine|find\s+out|establish|confirm)\s+(?:if|whether)\b[^.;:]*$", re.I)


def clean_mention(sentence: str, match: re.Match[str]) -> bool:
    """The mention is asserted of this patient: not negated near it, not a relative's,
    not a citation or a hedged or general statement, not the name of a test."""
    around = lambda window: _NOTED.sub(" ", clause(sentence, match, window).replace(match.group(0), " ", 1))  # noqa: E731

    test = None if _DIRECTED.match(match.group(0)) else _TEST.match(sentence, match.end())  # "elevated D-dimer levels" is a result
    test = None if test and _CAME_POSITIVE.match(sentence, test.end()) else test  # "malaria test was positive": the patient had malaria
    used_as_test = (test and not ("prophyla" in test.group(0).lower() and match.group(0).lower() in _DRUG_NAMES)) or re.search(r"\b(?:non|anti|pseudo)[\s\-]$", sentence[max(0, match.start() - 7) : match.start()], re.I)
    cited = CITED.search(_NAMED_SCALE.sub(" ", around(len(sentence))))
    told_of_patient = _TOLD.search(sentence[: match.start()]) or _DONE_AFTER.match(sentence, match.end())  # "He was initiated on X ... for potential
    # seizures", "a tracheostomy was performed in anticipation of potential obstruction": the hedge is not about X
    own = _COORDINATED.split(sentence[: match.start()])[-1] + sentence[match.start() :]  # "ARN is a clinical diagnosis, and the panuveitis ... for this patient"
    general = (GENERAL.search(around(2 * _WINDOW)) and not told_of_patient) or is_textbook(own)
    near = clause(sentence, match, 2 * _WINDOW)
    at = near.find(match.group(0))
    # Whose it is: said before the mention or right after it ("in her mother"), not in a later clause ("due to ... fetal decelerations").
    whose = near[:at] + " " + " ".join(near[at + len(match.group(0)) :].split()[:4]) if at >= 0 else around(2 * _WINDOW)
    someone_else = _OTHER_PERSON.search(_NOTED.sub(" ", whose)) or _OTHER_PERSON.match(sentence, len(sentence) - len(sentence.lstrip()) + 4 * (sentence[:4].lower() == "the "))
    looked_for = _LOOKED_FOR.search(sentence, 0, match.start())  # "an EGD was performed to see if there was a leak or fistula"
    negated = looked_for or (negated_at(sentence, match) and not done_whatever_result(match.group(0), around(2 * _WINDOW))) or declined_offer(sentence[: match.start()], sentence[match.end() :])
    immune = match.group(0).lower() not in _DRUG_NAMES and _PAST_SEROLOGY.search(sentence)  # "HSV ... positive for IgG but negative for IgM": immunity, no infection now
    return not (used_as_test or negated or cited or someone_else or general or immune)


def find_mention(sentence: str, terms: list[Term], defined: Callable[[Term, str], bool], clean: Callable[[re.Match[str]], bool] = lambda m: True) -> re.Match[str] | None:
    """The first mention of a term that is what the term means here (``defined``) and, with
    ``clean``, asserted of the patient: "anti-seizure medications for infantile spasms" names
    the spasms even though its first mention is a drug class. A mention inside a longer one
    ("COVID" in "COVID-19 test") is not tried on its own."""
    found: list[re.Match[str]] = []
    for term in terms:
        if term.exclude and term.exclude.search(sentence):  # "naso-endotracheal intubation" under anaesthesia
            continue
        for match in term.pattern.finditer(sentence):
            if term.below is not None and not value_below(sentence, match.end(), term.below, term.unit):
                continue  # a lab value in its normal range, or no value
            if term.above is not None and not value_above(sentence, match.end(), term.above, term.unit):
                continue
            if term.defined_by is None or defined(term, match.group(0)):
                found.append(match)
    found.sort(key=lambda m: (m.start(), -m.end()))
    outer = [m for i, m in enumerate(found) if not any(o.start() <= m.start() and m.end() <= o.end() and o is not m for o in found[:i])]
    return next((m for m in outer if clean(m)), None)


# A case report's title names what the report is about; its genre words are no citation.
GENRE = re.compile(r"[:\-\u2013\u2014]?\s*\b(?:an? )?(?:rare |unusual )?(?:case reports?|case series|report of (?:an? |two )?cases?)(?: and (?:a )?(?:review of (?:the )?literature|literature review))?|\b(?:a )?(?:literature review|review of (?:the )?literature)\b|\bwith respect to (?:the )?literature\b", re.I)
_TITLE_HEDGE = re.compile(r"\b(?:misdiagnos\w*|mimick?\w*|masquerad\w*|simulat\w*|mistaken|disguised|imitat\w*|versus|vs)\b\W*(?:\w+\W+){0,3}$", re.I)


def is_title(candidate: Candidate) -> bool:
    """The sentence is a case report's title (a paper's title names its topic, not a patient)."""
    p, title = candidate.passage, candidate.passage.title.strip().lower()
    return bool(title) and candidate.text.strip().lower() == title and is_case_record(p.case_id, p.doc_id)


def hedged_in_title(title: str, match: re.Match[str]) -> bool:
    """"... misdiagnosed as mucoepidermoid carcinoma", "Tuberculosis mimicking lymphoma": the
    title names what the case was not."""
    return bool(_TITLE_HEDGE.search(title[: match.start()]))


QUALIFIER_WINDOW = 200  # characters either side of a mention where the asked phrase's other words must be


def qualified_at(term: Term, text: str, start: int, end: int, window: int = QUALIFIER_WINDOW) -> bool:
    """The mention at ``text[start:end]`` has every qualifier of the asked phrase within
    ``window`` characters ("metastases to the brain and liver" for "spread to the liver"), or
    within the term's own narrower window (a word most records use: "biopsy" of the liver)."""
    window = min(window, term.window or window)
    return all(q.search(text, max(0, start - window), end + window) for q in term.qualifiers)


def qualifiers_near(term: Term, text: str, window: int = QUALIFIER_WINDOW) -> bool:
    """Some mention of the term has every qualifier of the asked phrase within ``window``
    characters ("Intramuscular Hydatid Cyst of the Thigh"; "metastasis of renal cell carcinoma")."""
    return any(qualified_at(term, text, m.start(), m.end(), window) for m in term.pattern.finditer(text))


def own_clause(candidate: Candidate, match: re.Match[str]) -> Candidate:
    """The mention's own sentence when the splitter left it joined to others ("...media.A
    videofluoroscopic study ..."): the line quotes what names the subject, offsets exact."""
    text = candidate.text
    start = max([m.end() for m in CLAUSE_END.finditer(text, 0, match.start()) if m.group(0)[0] == "."], default=0)
    end = min([m.end() for m in CLAUSE_END.finditer(text, match.end()) if m.group(0)[0] == "."], default=len(text))
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    piece = text[start:end].strip()
    return Candidate(candidate.passage, candidate.passage_rank, piece, candidate.char_start + start + lead, candidate.char_start + start + lead + len(piece))


def score_mention(quote: Candidate, kind: int) -> float:
    """Section first, then wording that says the patient got or had it, then a line that
    reads as a sentence (not a heading, not a paragraph)."""
    patient = 0.2 if _PATIENT.search(quote.text) else 0.0
    sentence_like = 6 <= len(quote.text.split()) <= 60 and quote.text[0].isupper() and quote.text[-1] not in "(,;:"
    return kind + patient + (0.1 if sentence_like else 0.0)


# -- the answerer ------------------------------------------------------------------------
