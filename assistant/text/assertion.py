"""Is a mention asserted for this patient? ConText-style rules, and a filter for the
bibliographic lines (journal, authors, licence) that mention words without meaning them.

Why our own rules and not medspaCy: medspaCy 1.3.1 does install and run offline (a blank
spaCy pipeline, no model download, no torch), but it pins spaCy 3.7 and brings PyRuSH,
QuickUMLS and about 280 MB into a venv for one function, and its tokens would have to be
mapped back to our character offsets; the idea is small enough to write down. As in ConText (Harkema et al.,
2009), a trigger term opens a scope forward or backward from itself; the scope ends at a
terminator ("but", "however", "which", a semicolon) or after a few words, and a target
inside a scope takes the trigger's category. Pseudo-triggers ("not only", "no change")
are removed first so they open nothing.

"historical" is not returned: in a case report the patient's own history ("history of
HUS", "following ASCT, he relapsed") answers "did the patient have X", so it stays
"affirmed". Literature and other patients ("previously reported cases") come back as
"other", relatives as "family".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AFFIRMED, NEGATED, POSSIBLE, FAMILY, OTHER = "affirmed", "negated", "possible", "family", "other"


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern[str]
    category: str
    direction: str  # "forward", "backward" or "both"
    window: int = 10  # words in scope


def _t(pattern: str, category: str, direction: str, window: int = 10) -> Trigger:
    return Trigger(re.compile(pattern, re.I), category, direction, window)


_PSEUDO = re.compile(
    r"\b(?:not only|no (?:change|further|longer|significant change)|not (?:necessarily|certain)|without (?:difficulty|delay)|"
    r"no(?:t)? (?:been )?identified as a cause|gram[- ]negative|negative (?:predictive|balance))\b"
    # a relative who tells the history is no relative's event: "the proband's mother states that there is no consanguineous marriage"
    r"|\b(?:mother|father|parents?|relatives?|family)(?=\s+(?:states?|stated|reports?|reported|says|said|denie[sd]|deny|notes|noted|recalls|recalled|confirm(?:s|ed))\s+that\b)",
    re.I,
)

TRIGGERS: list[Trigger] = [
    # negation, forward: "no grade ≥3 toxicity", "without CRS", "did not receive radiotherapy"
    _t(r"\b(?:no|without|absence of|absent|free of|denie[sd]|denying|negative (?:result |results |serology |test(?:ing)? )?(?:for|of)|"
       r"(?:did|does|do|has|have|had|was|were|is|are) not (?:receive|get|undergo|develop|show|reveal|have|need|require|experience|demonstrate|detect|find|"
       r"start|treat|give|given|put on|prescrib|administer)\w*|"
       r"not a candidate for|never|neither|nor|(?<!was )(?<!were )(?<!been )(?<!be )ruled out|rul(?:ing|e) out(?! of)|excluded|excluding|lack of|lacked|failed to (?:show|reveal|detect)|"
       r"unremarkable for|resolution of|declined(?= (?:the|a|an|any|further|to (?:undergo|receive|have|proceed|continue|start))\b)|refused|rejected(?= (?:the|a|an|any|all|further)\b)|opted against|decided against|"
       r"(?:prevented|obviated|avoided|eliminated) the need for|without the need for|avoided)\b", NEGATED, "forward", 12),
    # "she did not smoke", "he never drank": the verb right after the negation is the event
    _t(r"\b(?:did|does|do)(?: not|n't)\b", NEGATED, "forward", 1),
    # negation, backward: "X was not involved", "IVIg were unavailable", "X was ruled out"
    _t(r"\b(?:(?:was|were|is|are|has been|have been)(?: \w+ly)? (?:not|never) (?:\w+ed|\w+(?:ible|able)|used|given|done|seen|found|shown|employed|involved|performed|administered|detected|observed|present|available|feasible|possible|indicated|required|needed)|"
       r"(?:was|were|is|are) (?:all |both |also )?(?:negative|absent|unavailable|excluded|ruled out|unremarkable|not detected|undetectable)|"
       r"(?:was|were) (?:\w+ )?ruled out|unavailable|not available|not feasible|not used|not employed|not given|not performed|not administered|not detected|"
       r"ruled out|was excluded|were excluded|(?:was|were) avoided|(?:was|were) withheld|(?:tested|tests?|results?|cultures?|serology) (?:was |were |came back |returned )?negative)\b", NEGATED, "backward", 15),
    # uncertain or pending
    _t(r"\b(?:to (?:exclude|rule out|evaluate for|assess for|look for|check for|search for)|screen(?:ed|ing)? for|to screen|suspected|tentative|provisional|presumptive|working diagnosis|suspicion (?:of|for)|suggestive of|suggesting|possible|possibly|probable|probably|likely|unlikely|"
       r"if|whether|(?-i:may)|might|could|should be considered|(?:was|were) considered|considered (?:for|as)|differential diagnos[ie]s|"
       r"concern for|risk of|candidate for|in case of|would|versus|vs\.?|bridge\W{0,3}\s*to|appears? to|seems? to|recommended|offered)\b", POSSIBLE, "forward", 10),
    _t(r"\b(?:(?:was|were|is) (?:suspected|considered|possible|questioned)|(?:was|were) planned|is recommended|should be considered|appears? to|seems? to|"
       r"(?-i:could|may|might|would|can) be (?:used|given|considered|tried|added|administered|an option))\b", POSSIBLE, "backward", 10),
    # not the patient
    _t(r"\b(?:family history of|(?:his|her|the patient's|patient’s) (?:mother|father|sister|brother|son|daughter|sibling|siblings|parents?|relatives?|grandmother|grandfather|aunt|uncle|cousin)|"
       r"mother|father|sister|brother|siblings?|relatives?)\b", FAMILY, "both", 12),
    _t(r"\b(?:previously reported|(?:cases|patients|studies|reports) (?:have been|were|are) (?:reported|described)|in (?:the )?literature|other (?:reported )?(?:cases|patients)|et al\.?)\b", OTHER, "both", 15),
]
# "could not be ruled out" is doubt, not absence: blanked for every trigger, then read as possible.
_HEDGED = re.compile(r"\b(?:could|can|cannot|may|might)(?:\s+not)?\s+be\s+(?:ruled out|excluded)\b", re.I)
_HEDGE = Trigger(_HEDGED, POSSIBLE, "both", 12)
_TERMINATOR = re.compile(r"\b(?:but|however|although|though|yet|which|whereas|except|apart from|aside from|while|whilst|then|after(?:wards)?|subsequently|instead)\b|[;:]"
                         r"|(?<!not )\b(?:due to|because(?: of)?|owing to|secondary to)\b", re.I)  # "did not receive X due to financial constraints": the cause is told
_CONCESSIVE = re.compile(r"\b(?:despite|in spite of|although|though|even though)\s+(?:the\s+)?$", re.I)
_PRIORITY = {FAMILY: 0, OTHER: 1, NEGATED: 2, POSSIBLE: 3}
_WORD = re.compile(r"\S+")


def _masked(sentence: str) -> str:
    """The sentence with odd spaces made plain (PMC text has no-break and thin spaces) and
    pseudo-triggers blanked, offsets unchanged."""
    sentence = re.sub(r"\s", " ", sentence)
    sentence = _HEDGED.sub(lambda m: " " * len(m.group(0)), sentence)
    return _PSEUDO.sub(lambda m: " " * len(m.group(0)), sentence)


def _forward_end(text: str, start: int, window: int) -> int:
    stop = _TERMINATOR.search(text, start)
    end = stop.start() if stop else len(text)
    words = list(_WORD.finditer(text, start, end))
    return words[window - 1].end() if len(words) > window else end


def _backward_start(text: str, end: int, window: int) -> int:
    stops = [m.end() for m in _TERMINATOR.finditer(text, 0, end)]
    start = stops[-1] if stops else 0
    words = list(_WORD.finditer(text, start, end))
    return words[-window].start() if len(words) > window else start


def in_scope(text: str, match: re.Match[str], trigger: Trigger, target_start: int, target_end: int) -> bool:
    """Whether the target lies in the scope the trigger opens (never inside the trigger itself)."""
    if match.start() < target_end and target_start < match.end():
        return False
    if trigger.direction in ("forward", "both") and target_start >= match.end():
        end = _forward_end(text, match.end(), trigger.window)
        if _CONCESSIVE.search(text, max(0, match.start() - 20), match.start()) and (comma := text.find(",", match.end())) != -1:
            end = min(end, comma)  # "Despite no significant history, the patient has been using NSAIDs": the clause ends at its comma
        if target_start < end:
            return True
    if trigger.direction in ("backward", "both") and target_end <= match.start():
        if target_end > _backward_start(text, match.start(), trigger.window):
            return True
    return False


# "Although not utilized in this patient, TPO-RAs demonstrate ...": a fronted clause that
# denies the patient what the rest of the sentence names.
_NOT_FOR_PATIENT = re.compile(
    r"\bnot (?:utili[sz]ed|used|given|administered|employed|tried|initiated|started|received|performed) (?:in|for|to|on) (?:this|our|the) patient\b", re.I
)


def assertion(sentence: str, target_start: int, target_end: int) -> str:
    """The category of the mention ``sentence[target_start:target_end]``: "affirmed",
    "negated", "possible", "family" or "other"; not-the-patient outranks negation, which
    outranks uncertainty ("no suspected CRS" is still no CRS)."""
    fronted = _NOT_FOR_PATIENT.search(sentence)
    if fronted and fronted.end() <= target_start:
        return NEGATED
    text = _masked(sentence)
    hedges = [(m, _HEDGE) for m in _HEDGED.finditer(re.sub(r"\s", " ", sentence))]
    found = [
        t.category
        for m, t in [(m, t) for t in TRIGGERS for m in t.pattern.finditer(text)] + hedges
        if in_scope(text, m, t, target_start, target_end)
    ]
    return min(found, key=_PRIORITY.__getitem__) if found else AFFIRMED


_BIBLIOGRAPHIC = re.compile(
    r"\be?ISSN\b|\bVol\.|\bdoi\s*:|\bdoi\.org\b|\bet al\.|\bProceedings\b|\bAbstract [A-Z]?\d+\b|\bCongress\b|\bConference\b|\bSymposium\b|"
    r"\bJournal of\b|\bTransplantology\b|\bAbbreviations?\s*:|\bAvailable (?:from|at|online)\b|\bAccessed\b|\bCreative Commons\b|\bCC[ -]BY\b|"
    r"\blicen[sc]ed under\b|©|\bCopyright\b|\bCorresponding author\b|\be-?mail\b|@\w+\.|\bORCID\b|\bReceived:|\bAccepted:|\bPublished:|"
    r"\bDepartment of\b.*\b(?:University|Hospital|Institute|Center|Centre)\b|\b(?:University|Hospital|Institute|Center|Centre)\b,.*\b(?:[A-Z][a-z]+, [A-Z][a-z]+|\d{4,})",
)
_INITIALS = re.compile(r"(?:\b[A-Z][a-z]?\.(?:\s?[A-Z][a-z]?\.)*\s?[A-Z][a-z]+|\b[A-Z][a-z]+\s(?:[A-Z]\.?){1,3}\b)[¹²³⁴⁵⁶⁷⁸⁹\d*]*")
_REFERENCE = re.compile(r"^\s*\[?\d{1,3}[\].]\s+[A-Z][a-z]+\s+[A-Z]{1,3}\b|^\s*(?:\[\d{1,3}\]\s*){2,}")


def _author_list(sentence: str) -> bool:
    """"A.M. Kuttymuratov¹, V.M. Kemaykin¹, ...": three or more initial+surname names make up the line."""
    names = _INITIALS.findall(sentence)
    if len(names) < 3:
        return False
    covered = sum(len(n) for n in names)
    return covered >= 0.5 * len(re.sub(r"[\s,;and]+", "", sentence)) * 0.8


def is_bibliographic(sentence: str) -> bool:
    """Journal, conference, affiliation, author, reference, abbreviation and licence lines:
    "Transplantology" in a journal's name is not a transplant, so these are never evidence."""
    return bool(_BIBLIOGRAPHIC.search(sentence) or _REFERENCE.search(sentence) or _author_list(sentence))


# Textbook statements in the present tense: what a disease or drug is ("Toripalimab is a fully
# human monoclonal antibody ...", "Refractory ITP is defined as ..."), not what a patient had;
# case narrative is past tense. Neither a patient mention nor an answer about the patient.
_TEXTBOOK = re.compile(
    r"^\s*(?!(?:the|our|this) patient\b|(?:he|she|his|her)\b)[^.;:]{1,80}?\b(?:is|are)\s+(?:a|an)\s"
    r"|\b(?:is|are)\s+(?:defined|characteri[sz]ed|considered|classified|described)\s+(?:as|by|when)\b",
    re.I,
)
# "A genetic abnormality leading to reciprocal translocation ... results in the formation of
# BCR-ABL oncoprotein": how a disease works, in the present tense, with no patient in it.
_MECHANISM = re.compile(r"\b(?:results?\s+in|leads?\s+to|(?:is|are)\s+caused\s+by|(?:is|are)\s+mediated\s+by)\b", re.I)
_PATIENT = re.compile(r"\b(?:patient|he|she|his|her|him|our|we|boy|girl|man|woman|infant|child)\b", re.I)


def is_textbook(sentence: str) -> bool:
    """The sentence states what something is, or how it works, in general (present tense, no patient)."""
    return bool(_TEXTBOOK.search(sentence)) or bool(_MECHANISM.search(sentence) and not _PATIENT.search(sentence))


# Clause boundaries inside a sentence: a full stop the splitter left glued ("negative.Systemic"), a semicolon.
CLAUSE_END = re.compile(r"(?<=[A-Za-z0-9)\]])\.(?=[A-Z][a-z\s])|(?<=[A-Za-z)\]])\.\d{1,3}(?:[,\u2013\-]\d{1,3})*\s+(?=[A-Z][a-z\s])|;")  # "... overflow.8 In this patient": a citation's number ends it too


def clause(sentence: str, match: re.Match[str], window: int) -> str:
    """The text around a mention, within its clause: a sentence the splitter left joined
    ("negative.Systemic IVIG ...") must not lend its negation to the next."""
    start = max([m.end() for m in CLAUSE_END.finditer(sentence, 0, match.start())], default=0)
    end = min([m.start() for m in CLAUSE_END.finditer(sentence, match.end())], default=len(sentence))
    return sentence[max(start, match.start() - window) : min(end, match.end() + window)]


# "..., studies, which were all negative": the whole enumeration before it was negative.
_ALL_NEGATIVE = re.compile(r"\b(?:which|that)\s+(?:were|was|came back|returned)\s+all\s+(?:negative|normal|unremarkable)\b|\b(?:were|was)\s+all\s+(?:negative|normal|unremarkable)\b", re.I)


def listed_negative(sentence: str, match: re.Match[str]) -> bool:
    """A mention inside a parenthesised list of a work-up ("bacterial (syphilis and
    tuberculosis) ... studies, which were all negative") shares the list's negative result,
    and so does every item enumerated before "which were all negative"."""
    tail = _ALL_NEGATIVE.search(sentence, match.end())
    if tail and ";" not in sentence[match.end() : tail.start()]:
        return True
    opened, closed = sentence.rfind("(", 0, match.start()), sentence.find(")", match.end())
    if opened < sentence.rfind(")", 0, match.start()) or closed < 0 or not re.search(r",| and | or ", sentence[opened:closed]):
        return False
    return bool(re.search(r"\bnegativ|\bnormal\b|unremarkable", clause(sentence, match, len(sentence)), re.I))


# "Who had a Coombs test?": "a negative direct Coombs test" says it was done; "not performed" does not.
_DONE_TEST = re.compile(r"\b(?:tests?|testing|smears?|films?|stains?|staining|scans?|biops(?:y|ies)|assays?|panels?|studies|study|taps?|punctures?|aspirates?|electrophoresis|serology|"
                        r"ultrasounds?|ultrasonography|sonography|sonograms?|dopplers?|echocardiograms?|echocardiography|x-?rays?|radiographs?|"
                        r"angiograms?|angiography|imaging|mri|ct|endoscopy|colonoscopy|cystoscopy|bronchoscopy|ecg|ekg|eeg|electrocardiograms?|cultures?|gas(?:es)?)$", re.I)
# "was not tested", "no biopsy was performed": a test or procedure said not done (its result, if any, says nothing).
NOT_DONE = re.compile(r"\bnot (?:been )?(?:tested|performed|done|assessed|checked|obtained|carried out|available|sent|repeated)\b|\bno\s+(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:performed|done|obtained|taken|sent|drawn)\b", re.I)  # the mention itself may be blanked out
_OFFERED = re.compile(r"\b(?:recommended|offered|proposed|advised|suggested)\b", re.I)
_REFUSED = re.compile(r"\b(?:refused|declined|rejected)\b", re.I)


def done_whatever_result(mention: str, context: str) -> bool:
    """A test named by the mention was done, whatever its result ("a negative Coombs test"),
    unless its context says it was not ("was not performed")."""
    return bool(_DONE_TEST.search(mention)) and not (NOT_DONE.search(context) or re.search(r"\bwithout\b", context, re.I))


def declined_offer(before: str, after: str) -> bool:
    """"The team recommended ketamine infusion, but the patient refused": offered, not given."""
    return bool(_OFFERED.search(before) and _REFUSED.search(after))
