"""What a compare question compares, and the words that show it in a case's sentences:
its outcome by default ("Compare the outcomes of the AML cases"), an aspect the question
names (presentation, infections, complications, treatment, diagnosis), or a thing it names in its own
words ("Compare the platelet counts of ..."). ``across.aspect_sentences`` reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.retrieve.case_names import PATIENT_NOUN, PATIENTS_NOUN
from assistant.text.drug_classes import asked_classes
from assistant.text.tokens import tokenize
from assistant.text.vocabulary import INFECTION

OUTCOME_STRONG = re.compile(r"\b(?:remission|died|death|discharged|recovered|recovery|alive|surviv\w*|succumbed|passed away|cured|complete response|partial response|MRD)\b", re.I)
OUTCOME_WEAK = re.compile(r"\b(?:improv\w*|resolv\w*|resolution|progression|asymptomatic|(?:remain\w*|is|was|clinically|condition\w*) stable|stable disease|follow[- ]up|relaps\w*|recurren\w*|respon\w*|regress\w*|disappear\w*|normali[sz]ed)\b", re.I)


@dataclass(frozen=True)
class Aspect:
    """What a comparison is about: its label in the answer and the sentence words that show it."""

    label: str
    strong: re.Pattern[str]
    weak: re.Pattern[str]
    later_first: bool = False  # outcomes: the last word of the story counts
    negated_counts: bool = False  # outcomes: "no recurrence at six months" is one; "no fungal element was seen" is no infection


OUTCOME = Aspect("Outcome", OUTCOME_STRONG, OUTCOME_WEAK, later_first=True, negated_counts=True)
# A treatment given: a verb of giving, or a procedure or therapy named ("a partial parotidectomy
# was performed", "embolization of both uterine arteries"), not "referred for further treatment".
_TREATED = re.compile(
    r"\b(?:treated with|received|administered|initiated|started on|regimen|underwent|"
    r"[a-z]+ectom(?:y|ies)|[a-z]+plast(?:y|ies)|[a-z]+otom(?:y|ies)|resect\w*|excis\w*|emboli[sz]\w*|transplant\w*|"
    r"chemotherapy|radiotherapy|radiation therapy|chemoradiotherapy|immunotherapy|surgically|transfus\w*)\b",
    re.I,
)
PRESENTATION = Aspect(
    "Presentation",
    re.compile(r"\b(?:presented (?:with|to)|admitted (?:with|for|to)|complain\w* of|was referred|chief complaint|came to|was brought)\b", re.I),
    re.compile(r"\b(?:symptoms?|onset|history of)\b", re.I),
)
# (question words, aspect) tried in order when the question names what it compares
# ("Compare the infections reported in ..."); otherwise the outcomes are compared.
ASPECTS = [
    (r"present(?:ed|ing|ation)|brought\s+(?:\w+\s+){0,3}in|came\s+in|chief\s+complaints?|symptoms?|reasons?\s+for\s+(?:admission|referral)", PRESENTATION),  # what brought each in
    (r"infect\w*", Aspect("Infections", INFECTION, re.compile(r"\b(?:fever|febrile|antibiotic\w*|antifungal\w*|antiviral\w*)\b", re.I))),
    (r"complication\w*|adverse|toxicit\w*|side effects?", Aspect("Complications", re.compile(r"\b(?:complicat\w*|adverse|toxicit\w*|side effects?|grade [1-5])\b", re.I),
                                                               re.compile(r"\b(?:developed|induced|associated)\b", re.I))),
    (r"treatments?|therap(?:y|ies)|regimens?|managements?|managed", Aspect("Treatment", _TREATED, re.compile(r"\b(?:therapy|treatment|dose)\b", re.I))),
    (r"diagnos[ie]s|cancers?|tumou?rs?|histolog\w*|patholog\w*", Aspect("Diagnosis", re.compile(r"\b(?:diagnos\w*|confirmed|histopatholog\w*|biopsy)\b", re.I),
                                                                  re.compile(r"\b(?:consistent with|revealed|showed)\b", re.I))),
]


COMPARED = re.compile(r"\b(?:compare|contrast)\s+(?:the\s+|their\s+)?(?P<what>[a-z][\w\s-]{2,40}?)\s+(?:of|in|between|among|across|for|from)\b", re.I)


_PATIENTS = re.compile(PATIENTS_NOUN + r"\b", re.I)
_ONE = re.compile(r"\s*\b(?:who|that)\s+(?:had|have|has|developed|got)\s+(?:one|them|it|such)\b", re.I)


def without_aspect(question: str) -> str:
    """The question without the thing it compares ("Compare the ages of the two patients with
    Marfan syndrome" -> "Compare the two patients with ..."): "ages" is no part of the subject."""
    question = question.split(":", 1)[0]  # "Compare the patients who had X: how old they were ...": what follows compares
    m = COMPARED.search(question)
    if m is None or re.match(r"(?:how|what|which|whether|when|where|why)\b", m.group("what"), re.I):
        return question  # "Compare how the hydatid cysts of the thigh were treated": the cysts are the subject
    if _PATIENTS.match(m.group("what")):
        return question  # "Compare the patients with a hernia of any kind": the patients are no aspect
    if _ONE.search(question, m.end()):  # "Compare the strokes in the patients who had one": the strokes are the subject
        return _ONE.sub("", question)
    return question[: m.start("what")] + question[m.end() :]


_FIRST_PATIENT = re.compile(r"\b(?:the|this|that|our)\s+(?:[\w'’-]+\s+){0,3}?(?:" + PATIENTS_NOUN + "|" + PATIENT_NOUN + r")\b", re.I)


def _compared_part(question: str) -> str:
    """The words before the first patient a compare names: what it compares ("the steroids given to")."""
    m = _FIRST_PATIENT.search(question)
    return question[: m.start()] if m else question


def compared_aspect(question: str) -> Aspect:
    """What a compare question compares: the aspect it names, a thing it names in its own
    words ("Compare the platelet counts of ..."), else the outcomes."""
    if re.search(r"\boutcomes?\b|\bresponses?\b", question, re.I):
        return OUTCOME
    if classes := asked_classes(_compared_part(question)):  # "Compare the steroids given to ...": a sentence naming one
        return Aspect(classes[0].name.capitalize(), classes[0].unexcluded_member, classes[0].unexcluded_member)
    known = next((aspect for asked, aspect in ASPECTS if re.search(r"\b(?:" + asked + r")\b", question, re.I)), None)
    if known is not None or not (m := COMPARED.search(question)):
        return known or OUTCOME
    words = [w for w in re.findall(r"[a-z][a-z-]{2,}", m.group("what").lower()) if tokenize(w)]
    if not words:
        return OUTCOME
    stems = [re.escape(w[:6]) for w in words]  # "platelet counts": a sentence with "platelet" is strong, with "count" weak
    return Aspect(m.group("what").strip().capitalize(), re.compile(r"\b" + stems[0] + r"\w*", re.I), re.compile(r"\b(?:" + "|".join(stems) + r")\w*", re.I))
