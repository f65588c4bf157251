"""Fact lookups whose case never states the asked value: "not reported", not a nearby sentence.

"Which eltrombopag dose did the young woman with refractory ITP receive?" was answered with
the case's "intravenous dexamethasone (6 mg daily)": a dose, of another drug. Lexical and
embedding evidence cannot tell that apart from an answer, because every word of the question
occurs in the case. What can: the question asks for a typed attribute (a dose, a value, a
count, a duration, a date, a drug of a class, a test's finding) of something it names
("eltrombopag dose", "serum IL-6 level", "percentage of blasts expressed CD19"), and an
answer is a sentence of that case holding a value of that type *and* naming the thing. When
no sentence of the case's documents does (bibliographic lines, textbook definitions and
general statements do not count), the records of that case do not report it.

Pure functions; ``NotReportedCheck`` wraps the lookup answerer and reads the case's texts
(the same reader the yes/no answerer uses). It turns an answer into "not reported" only for a
question about one case whose top passage is a case record; an abstention becomes an answer
only when the search was restricted to the case the question names and a candidate sentence
is one of those that name the asked attribute with a value of its type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from assistant.answer.answer_types import CHECKED, FINDING_VERBS
from assistant.answer.case_prior import about_a_case
from assistant.answer.draft import Answerer, Draft
from assistant.answer.short import candidates
from assistant.answer.yesno import is_generic
from assistant.models import is_case_record
from assistant.retrieve.hybrid import RetrievalResult
from assistant.text.abbreviations import defined_pairs
from assistant.text.assertion import is_bibliographic, is_textbook
from assistant.text.sentences import sentence_parts
from assistant.text.tokens import PREFIX, tokenize
from assistant.text.vocabulary import DRUG_NAMES, american, lab_aliases

# The question's opening frame: what is asked, before the words that name it.
_FRAME = re.compile(
    r"^\s*(?:(?:in|for|at|after|before|during|once)\b[^?]{0,120}?,\s*)?"
    r"(?P<cue>what|which|how many|how much|how long|how (?:large|big|high|low)|at what|on what|over what|in which|when)\b"
    r"(?:\s+(?:was|were|is|are|did|does|had|has|have))?(?:\s+(?:the|her|his|their|its|a|an)\b)?\s*",
    re.I,
)
# Where the asked thing ends and the case's description or the event begins.
_END = re.compile(
    r"\s+(?:did|was|were|had|has|have|is|are|does|do|in|at|on|during|after|before|when|while|for|with|to|from|by|since|until|that|who|whose|"
    r"and|or|behind|against|among|between|under|within|without|via|through|across|occurred|developed|reported|measured|recorded|found|"
    r"go|went|get|got|fall|fell|rise|rose|reach|reached|become|became)\b"  # "How low did the neutrophils | go a month after ..."
    r"|\s+of\s+(?:the|her|his|this|that|our|a|an)\b|[,?;:]",
    re.I,
)
# Per answer type, the question words that ask for it (``AnswerType.frame_cue``), looked for in
# the frame and the asked phrase only (the first decides; "when azacitidine-venetoclax was chosen"
# later on does not).
_KINDS = [(t.name, t.frame_cue) for t in CHECKED]
_SHOWN = re.compile(r"\s+" + FINDING_VERBS + r"$", re.I)
_FINDING = re.compile(r"\b(?:show(?:ed|s|n|ing)?|reveal\w*|demonstrat\w*|confirm\w*|identified|detected|consistent with|found|noted|yield\w*|negative|positive|normal|no growth)\b|:", re.I)
# Words that name the type or the person, not the thing the value is of: never key words.
_TYPE_WORDS = set(tokenize("dose doses dosage dosing schedule ramp-up much long duration many percentage percent level levels value values "
                           "count counts titer titers titre titres starting initial size fraction proportion concentration index score grade burden activity total what which "
                           "drug drugs medication medications regimen regimens days weeks months years hours high low large big "
                           "patient woman man girl boy child infant adult case"))
# A number standing alone ("SOFA score of 11", "platelets 30,000/μL"), not a digit inside a name ("CD19", "IL-6").
_VALUE = re.compile(r"(?<![\w.\-/])\d+(?:[.,]\d+)*(?![\w-])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|single|twice)\b", re.I)
# "Normal, including alkaline phosphatase", "troponin I ... were elevated": a level reported in words.
_QUALITATIVE = re.compile(r"\b(?:normal|abnormal|elevated|raised|increased|decreased|reduced|low|high|negative|positive|undetectable|unremarkable)\b", re.I)
# ... said of this patient, not of a disease ("elevated levels of VEGF associated with ...").
_STATED = re.compile(r"\b(?:was|were|had|remained|became|showed|revealed|patient|she|he|her|his)\b|:", re.I)
_ACTIVITY = re.compile(r"\d+(?:[.,]\d+)?\s?(?:[kMGT]?Bq|[mµμn]?Ci)\b")  # "7.5 GBq" of Yttrium-90: a dose too
_REFERENCE_MARKS = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\(\s*\d+(?:\s*[,–-]\s*\d+)*\s*\)|(?<=[a-z][.,])\d+(?:[,–-]\d+)*\b")  # [12], (10–12), "region.3"
# Relative times also date an event ("on day 5", "two weeks later", "at 34 weeks").
_GIVEN = re.compile(r"\b(?:started on|treated with|given|received|administered|prescribed|initiated on|switched to)\s+\w", re.I)
_DRUG_GROUP = re.compile(r"\b[a-z]{3,}[\s-](?:drugs|medications|antibiotics)\b", re.I)  # "an allergy to sulfa drugs": a drug no vocabulary names
_POSTMODIFIER = re.compile(r"\s+(?:\w+(?:ed|en)(?=\s+(?:from|in|on|at|by|with|during|after|before)\b|\s*$)|in|of|from|on|at|with|that|which)\b.*$", re.I)  # what follows the head noun
_SIZE_WORDS = re.compile(r"\b(?:large|small|big|giant|huge|massive|tiny|enlarged|bulky|sizable|sizeable)\b", re.I)
_LENGTH = re.compile(r"\d+(?:[.,]\d+)?\s*(?:mm|cm|m|μm|µm)\b")
_ANAPHOR = re.compile(r"\s*(?:the|this|that)\s+(?:drug|agent|medication|treatment|therapy|regimen|dose|test|lesion|mass|tumou?r|larva|cyst)\b|\s*(?:it|its)\b", re.I)
_RELATIVE = re.compile(r"\bday\s+[+-]?\d+\b|\b(?:weeks?|months?|years?|days?)\s+(?:later|after|before|earlier)\b", re.I)


# "How long before X had he had <the event>?": the event after the patient, not the anchor, is what is timed.
_ANCHORED = re.compile(r"^(?:before|after|since|prior\s+to)\b", re.I)
_EVENT = re.compile(r"\b(?:had|did|was|were|has|have|is)\s+(?:the|this|that|our|he|she|they)\b(?:\s+[\w'’-]+){0,10}?\s+"
                    r"(?:had|have|undergo|underwent|undergone|received?|got|get|develop(?:ed)?|start(?:ed)?|been)\s+(?:(?:his|her|their|the|a|an)\s+)?(?P<event>[^?]+)", re.I)


@dataclass(frozen=True)
class Asked:
    """The typed attribute a lookup asks for: its type, its words ("eltrombopag dose"), and
    the terms that name what it is of ("eltrombopag"), the type's own words left out."""

    kind: str
    phrase: str
    keys: tuple[str, ...]
    counted: str = ""  # "how many cycles": the sentence must count cycles
    head: str = ""  # the noun a size is of: "the tumour removed from the ear canal" is the tumour


def asked_attribute(question: str) -> Asked | None:
    """The attribute a lookup asks for, read from its opening frame ("What was the <attribute>
    in/of/did ..."), or None when it asks for no typed value (a diagnosis, "how was it
    treated") or does not open with a question word followed by the attribute."""
    frame = _FRAME.match(question)
    if not frame:
        return None
    rest = question[frame.end():]
    end = _END.search(rest)
    phrase = rest[: end.start()].strip() if end else rest.strip()
    if _ANCHORED.match(phrase) and (event := _EVENT.search(rest)):  # "How long before his ameboma had the man had his gastric bypass?"
        later = _END.search(event.group("event"))
        phrase = event.group("event")[: later.start()].strip() if later else event.group("event").strip()
    head = question[: frame.end()] + phrase
    if not phrase and frame.group("cue").lower() not in {"how many", "how much", "how long", "when"}:
        return None
    if shown := _SHOWN.search(phrase):  # "what did the endomyocardial biopsy show": a test's finding
        phrase, kind = phrase[: shown.start()], "finding"
    elif found := [(m.start(), order, kind) for order, (kind, cue) in enumerate(_KINDS) if (m := cue.search(head))]:
        kind = min(found)[2]
    else:
        return None
    if kind == "drug" and any(re.search(r"\b" + re.escape(name) + r"\s+(?:regimens?|schedules?|course|dosing)\b", phrase, re.I) for name in DRUG_NAMES):
        kind = "dose"  # "What doxycycline regimen ...": a named drug's dose and schedule, not another drug
    keys = tuple(dict.fromkeys(t for t in tokenize(american(phrase)) if t not in _TYPE_WORDS and not t.isdigit() and len(t) > 1))
    head = [t for t in tokenize(american(_POSTMODIFIER.sub("", phrase))) if t in keys]
    # "When did the IVLBCL patient have ...": what follows "when" is who, not what is dated.
    counted = tokenize(phrase.split()[0])[:1] if frame.group("cue").lower() == "how many" and phrase else []
    return Asked(kind, phrase, () if kind == "date" else keys, counted[0] if counted else "", head[-1] if head else "")


def holds_type(asked: Asked, question: str, sentence: str) -> bool:
    """The sentence holds a value of the asked type. Looser than the short answer's spans on
    purpose: a missed value would turn an answer into "not reported", a wrong claim."""
    if asked.kind == "finding":  # a sentence naming the test and what it found
        return bool(_FINDING.search(sentence))
    if asked.kind == "dose":
        return bool(candidates("dose", question, sentence) or _ACTIVITY.search(sentence))
    if asked.kind == "drug":  # a drug no vocabulary knows ("started on indomethacin") counts when no class is asked
        return bool(candidates("drug", question, sentence) or (not asked.keys and _GIVEN.search(sentence)) or _DRUG_GROUP.search(sentence))
    if asked.kind == "size":  # a length, or a size in words ("a massive spleen"), not any number
        return bool(_LENGTH.search(sentence) or _SIZE_WORDS.search(sentence))
    if asked.kind in ("date", "duration"):  # a date range states a duration, a duration dates an event ("two weeks later")
        timed = candidates("date", question, sentence) or candidates("duration", question, sentence) or _RELATIVE.search(sentence)
        return bool(timed or (asked.kind == "duration" and _LENGTH.search(sentence)))  # "how long was the larva": 1.0 cm
    return bool(_VALUE.search(_REFERENCE_MARKS.sub(" ", sentence)) or (_QUALITATIVE.search(sentence) and _STATED.search(sentence)))


def names_it(asked: Asked, sentence: str, idf: Callable[[str], float]) -> bool:
    """The sentence names what the attribute is of: at least half the weight of its key stems
    (rarer stems weigh more: "CD19" over "blasts")."""
    lower = american(sentence.lower())  # "tumour" asked, "tumor" written
    present = {t[:PREFIX] for t in tokenize(lower)}
    # A longer key also counts inside a word ("eosinophil" in "hypereosinophilia (10%)").
    named = lambda key: key[:PREFIX] in present or (len(key) >= 5 and key[:PREFIX] in lower)  # noqa: E731
    if asked.counted and not named(asked.counted):
        return False
    if not asked.keys or (asked.kind == "size" and named(asked.head or asked.keys[-1])):  # a size is of the head noun: "the recurrent lesion" is the lesion
        return True
    weights = {k: max(idf(k), 1e-6) for k in asked.keys}
    return sum(w for k, w in weights.items() if named(k)) >= 0.5 * sum(weights.values())


def answering_sentences(asked: Asked, question: str, texts: dict[str, str], idf: Callable[[str], float]) -> list[tuple[str, int, int]]:
    """Every sentence of the case's documents that could answer: ``(doc_id, start, end)``."""
    out = []
    needed = [k[:4] for k in (asked.counted,) if k] or [k[:4] for k in asked.keys]  # a stem's end may differ from the word's ("biopsi")
    for doc_id, text in texts.items():
        spans, aliases = _sentences(text), _aliases(text)
        for i, (s, e) in enumerate(spans):
            sentence = text[s:e]
            # "CRP 2 mg/L" names "C-reactive protein" where the document defines it, or a lab test everyone writes so: both forms count.
            named = sentence + "".join(" " + other for form, other in aliases if form in sentence) + lab_aliases(sentence)
            if _ANAPHOR.match(sentence) and i > 0:  # "The drug was administered ... 100 mg": named in the sentence before
                named += " " + text[spans[i - 1][0] : spans[i - 1][1]]
            if needed and not any(k in named.lower() for k in needed):
                continue  # cheap: a sentence without any key word cannot name the attribute
            if is_bibliographic(sentence) or is_textbook(sentence) or is_generic(sentence):
                continue
            # A test's result often follows the sentence that names it ("Cultures were obtained. No growth ...").
            typed = text[s : spans[i + 1][1]] if asked.kind == "finding" and i + 1 < len(spans) else sentence
            if names_it(asked, named, idf) and holds_type(asked, question, typed):
                out.append((doc_id, s, e))
    return out


@lru_cache(maxsize=64)
def _aliases(text: str) -> tuple[tuple[str, str], ...]:
    """The abbreviations the document defines, both ways: (short, long) and (long, short)."""
    return tuple((a, b) for short, long in defined_pairs(text) for a, b in ((short, long), (long, short)))


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """A case's sentences, split once per stored text (the same text is asked about again)."""
    return tuple(sentence_parts(text))


class NotReportedCheck:
    """Wraps the lookup answerer: an answer to a typed lookup about one case stands only if
    some sentence of that case could answer it; otherwise the draft abstains with
    ``verdict="not_reported"`` and a notice naming the case and the asked attribute (the
    pipeline then shows the closest passages, as for a yes/no "not reported"). ``focused``:
    the search was restricted to one case (named, or in focus), so an abstention there is
    also checked: "not reported" says more than "the records do not answer"."""

    def __init__(self, inner: Answerer, case_texts: Callable[[str], dict[str, str]], case_title: Callable[[str], str], focused: bool = False):
        self.inner = inner
        self.case_texts = case_texts
        self.case_title = case_title
        self.focused = focused

    def answer(self, question: str, retrieval: RetrievalResult) -> Draft:
        draft = self.inner.answer(question, retrieval)
        if (draft.abstained and not self.focused) or not retrieval.passages or retrieval.terms is None or not about_a_case(question):
            return draft
        top = retrieval.passages[0]
        asked = asked_attribute(question)
        if asked is None or not is_case_record(top.case_id, top.doc_id):
            return draft
        if draft.abstained and asked.kind == "drug" and asked.keys:  # no vocabulary says risperidone is an antipsychotic: refuse, claim nothing
            return draft
        answering = answering_sentences(asked, question, self.case_texts(top.case_id), retrieval.terms.idf)
        if answering and draft.abstained and self.focused and asked.keys and hasattr(self.inner, "answer_from"):
            # The case is named and one of its sentences names the asked attribute with a value:
            # that sentence answers, however many other words of the question it lacks.
            return self.inner.answer_from(question, retrieval, lambda c: any(d == c.passage.doc_id and s < c.char_end and c.char_start < e for d, s, e in answering))
        if answering:
            return draft
        title = self.case_title(top.case_id) or top.case_id
        notice = f'The records of {title} do not report "{asked.phrase or question.strip(" ?")}".'
        return replace(draft, sentences=[], citations=[], verdict="not_reported", notices=[notice, *draft.notices], evidence=0.0)
