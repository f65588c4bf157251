"""What a yes/no question asks: its target as words, alternatives or a concept's pattern,
and the polarity it asks for ("HIV-positive", "was it low?", "did the cultures grow
anything?"). ``yesno`` then reads the case's sentences for it. Words that only name the case
or describe its patient are not part of the target."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.shapes import LEADING_CLAUSE  # "In the case of X, did ...", "Apart from surgery, was ...": the same clauses the shape reads
from assistant.retrieve.case_names import AGE_PHRASE, PATIENT_NOUN, asked_of_patient, naming_terms, referring_nouns, trailing_state
from assistant.text.abbreviations import defined_pairs
from assistant.text.concepts import CONCEPTS
from assistant.text.drug_classes import asked_classes
from assistant.text.tokens import PREFIX, tokenize
from assistant.text.vocabulary import CLINICAL_ACRONYMS, DIAGNOSES, DRUG_NAMES, american

# A target that names one of these is matched by the concept's pattern, not word by word:
# "CRS" must not match "antibody-dependent cytokine release".
SYNONYMS: list[tuple[re.Pattern[str], re.Pattern[str]]] = [(re.compile(c.asked, re.I), re.compile(c.text, re.I)) for c in CONCEPTS.values() if c.asked]
_FRAME = set(tokenize("still any ever alive actually really such as anything something"))
_OR = re.compile(r"\s+(?:or|and/or|such as|including|e\.g\.)\s+|,\s*", re.I)
_CUT = re.compile(r"\s+(?:as well as|(?:along|together) with|alongside)\s+.*$|\s+(?:to|in order to)\s+(?!the\b|be\b)\w+\s+(?:the|a|an|her|his|their|it|its)\b.*$|\s+(?:in(?!\s+(?:the|her|his|their)\s+(?:urine|stool|sputum|csf|blood|chest|semen|saliva|vomit|nose|mouth)\b)|during|after|before|for|from|when|to|at|while|because|since|of|with)\s+(?:the|her|his|their|a|an|this|that|it|its|these|first|second|treatment|blinatumomab|surgery|admission)\b.*$|\s+(?:after|before|during|when|while)\s+.*$", re.I)
# "grade 3 toxicity with blinatumomab": the drug is the setting, the toxicity is asked (its negation decides).
_CONTEXT_DRUG = re.compile(r"(?<=\w)\s+(?:with|on|under|during|from)\s+(?:the\s+)?(?:" + "|".join(sorted(map(re.escape, DRUG_NAMES), key=len, reverse=True)) + r")\b.*$", re.I)
_AGED = re.compile(r"\b" + AGE_PHRASE + r"\b", re.I)
_PERSON = re.compile(r"\b(?:" + PATIENT_NOUN + r"|she|he|mother)\b|’s|'s", re.I)  # a patient as retrieve.case_names reads one
_ACTIVE = re.compile(
    r"^" + LEADING_CLAUSE + r"?(?:did|does|has|have|had|do)\b(?P<subject>.*?)\b(?:receive|get|undergo|develop|have|need|require|involve|experience|show|use|respond to|go into|achieve|reach|suffer from|present with|"
    r"meet|fulfill?|satisfy|run|spike|(?:ever\s+)?(?:taken|been (?:on|given|treated with)|received|undergone|developed|needed|required)|end up (?:on|with|in|needing|requiring)|go on to (?:need|require|develop|have|receive|get)|go (?:to|for)|come down with|find|reveal|detect|grow|turn|come back)\b(?P<rest>.*)$",
    re.I,
)
_PASSIVE = re.compile(r"^" + LEADING_CLAUSE + r"?(?:was|were|is|are|has been|had been)\s+(?:there\s+)?(?P<subject>.*?)\s*\b(?P<verb>(?:found|noted|seen|shown|known) to (?:have|be)|treated with|given|found|used|done|performed|detected|detectable|tested(?! for)|continued|reported|recorded|(?:started|put|placed|kept|tried|maintained|sent home|discharged(?: home)?) on|switched to|weaned off|sent home with|still on|(?:told|advised|asked|instructed) to (?:take|use|start)|managed with|(?:fixed|repaired|closed|covered|stabili[sz]ed|secured) with|administered|present|seen|identified|discharged|transplanted|(?:diagnosed|confirmed) (?:with|by|on)|(?:worked up|screened|evaluated|checked|tested|assessed) for|(?:staged|imaged|scanned|monitored|assessed|evaluated|investigated|examined|measured|visuali[sz]ed|delivered|fed|ventilated|anticoagulated) (?:with|by|using|via))\b(?P<rest>.*)$", re.I)
_OF_PATIENT = re.compile(r"\s+of\s+(?:the|her|his)\b")
# Verbs that only frame what a patient had: "noticed a lump", "react to the Mantoux test", "lose both feet".
_NOTICED = re.compile(r"^(?:notic\w*|recall\w*|remember\w*|report\w*|mention\w*|admit\w*|react\w*(?:\s+to)?|los[et]\w*|us(?:e|ed)|tak(?:e|en)|took|(?:put|placed)\s+(?:in|on|into))\s+", re.I)
_THOUGHT = re.compile(r"\b(?:thought|suspected|believed|presumed|considered)\s+to\s+(?:have|be)\s+", re.I)  # "first thought to have acute dystonia"
# "put on X", "diagnosed by X": the verb's object is what is asked.
_BY_WHAT = re.compile(r"treated with|given|administered|.+ (?:on|to|off|with|by|using|via|take|use|start|for|have|be)", re.I)
# "Did stool testing find parasites?": what was found is asked; the test is named in its sentence.
_TEST_WORDS = set(tokenize("the a an any test testing tests exam examination analysis study studies result results workup"))
_TEST_FRAME = re.compile(r"^(?:did|does|do|has|have|had)\s+(?:any\s+)?(?P<test>.+?)\s+(?:find|reveal|detect|grow|show|turn|come back|return)\b", re.I)
_SAMPLED = set(tokenize("culture cultures smear stain pcr serology biopsy swab aspirate"))  # the test itself must be named
# What the patient's finding is shown doing, after the description: "... of the 6-year-old boy | invading the surrounding brain?"
_DOING = re.compile(r"\b(?:" + PATIENT_NOUN + r")\b(?:\s+with\s+(?:(?!\b(?:show|reveal|find|detect|demonstrate)\b)[^?,]){1,80}?)?"
                    r"\s+(?P<doing>(?!(?:being|having|receiving|undergoing|\w*thing)\b)[a-z]+ing\b(?:(?!\b(?:show|reveal|find|detect|demonstrate)\b)[^?])*?)\s*\?*$", re.I)
_EXAMINED = re.compile(r"\b(?:exam\w*|evaluation|assessment)\b", re.I)
_IMAGING = {t[:PREFIX] for t in tokenize("ct cta mri mra pet scan ultrasound ultrasonography sonography radiograph x-ray angiography echocardiography")}
_SCAN_WORDS = list(dict.fromkeys(t[:PREFIX] for t in tokenize("scan scans scanned imaging")))  # "The scan also identified air": the CT, named again
_ANYTHING = re.compile(r"(?:anything|something|any (?:organisms?|bacteria|growth|pathogens?)|positive|up positive)?", re.I)
# "Was the platelet count low?": asked out of range, answered "no" by a normal value.
_DIRECTION = re.compile(r"\s+(?:abnormally\s+)?(?:low|high|elevated|raised|increased|decreased|reduced|abnormal)$", re.I)
# "Was the boy with TEN thrombocytopenic?": a state said of the described patient.
_STATE = re.compile(r"^(?:was|were|is|are)\s+(?:the|this|that|our)\s+(?:\S+\s+){0,12}?(?P<state>\w+(?:ic|ive|ous|ant|ent|ile|otic|emic|aemic|ular)|\w{4,}iced|\w{4,}ated)\s*$", re.I)
# "Was the blood test (serology) for hydatid disease positive in the 36-year-old man ...?": the test, asked positive.
_SIGN_IN = re.compile(r"^(?:was|were|is|are)\s+(?:the|this|that|our|her|his)\s+(?P<thing>[^?]+?)\s+(?P<state>positive|negative)\s+(?:in|for)\s+(?P<who>(?:the|this|that|our)\s+[^?]+)$", re.I)
# "Was the belly of the boy ... swollen (distended)?": a body part's state, said after the described patient.
_BODY_STATE = re.compile(r"^(?:was|were|is|are)\s+(?:the|her|his|their)\s+[^?]+?\s+(?P<state>(?:swollen|distended|enlarged|tender|inflamed|infected|broken|intact|stiff|numb|"
                         r"pale|jaundiced|dilated|thickened|blocked|obstructed|healed|ulcerated|bruised)(?:\s*\([^()]+\))?)\s*$", re.I)
# "Was the young woman with tongue cancer a smoker?": the last "a <noun>" after the described patient.
_WHO = re.compile(r"(?:patient|man|woman|boy|girl|child|infant|baby|adolescent|teenager|neonate|lady|male|female|person)s?", re.I)  # "a 45-year-old man" describes, not asks
_COPULA_PERSON = re.compile(r"^(?:was|were|is|are)\s+(?:the|this|that|our|he|she)\b", re.I)
# "HIV-positive", "Philadelphia chromosome-positive": the named thing starts at its last
# capitalised word (a name or an acronym), else it is the one word before the hyphen.
_POLAR = re.compile(r"((?:[A-Z][\w/]*)(?:\s+[a-z][\w/]*)*|[\w/]+)[-\s](positive|negative)\b")
_RECUR = re.compile(r"^" + LEADING_CLAUSE + r"?(?:did|has|have|had)\s+(?:the|her|his|their)?\s*(?P<thing>.+?)\s+(?:come back|recur|return|relapse|grow back)(?=\s*$|\s+(?:in|after|during|at|within|following|on|later|again)\b)", re.I)  # not "Did the relapse respond ...?"
_RECURRENCE = re.compile(r"\b(?:recurr?\w*|relaps\w*|came back|regrowth|returned)\b", re.I)
_SPREAD = re.compile(r"^(?:did|has|had|have|was|were)\s+(?:the|her|his|their)?\s*(?:(?!\b(?:that|who|which)\b).)+?(?<!\bor)(?<!\band)\s+(?:spread|metastasi[sz]ed|extended|invaded)\s+(?:in)?to\s+(?:the\s+)?(?P<place>.+)$", re.I)
_SPREAD_WORDS = [t[:PREFIX] for t in tokenize("metastasis metastases metastatic involvement involved involving uninvolved spread infiltration infiltrated invasion invaded negative tumor-free free")]
_HELD_TUMOUR = re.compile(r"^(?:did|do|does|had|have|has)\s+(?:the|her|his|their|any)\s+(?P<place>(?:[\w-]+\s+){0,2}?(?:lymph\s+nodes?|nodes?|margins?|marrow))\b[^?]*?\s+"
                          r"(?:contain|show|harbou?r|hold)\s+(?:any\s+)?(?:tumou?r|cancer|malignan\w*|metasta\w*|carcinoma)(?:\s+cells)?\s*\??$", re.I)
# "Did high blood pressure run in the family?": the condition, in a sentence about the family.
_FAMILY = re.compile(r"^(?:did|does|do|has|had)\s+(?:(?P<thing>.+?)\s+run\s+in\s+(?:the|his|her|their)\s+family\b"
                     r"|any(?:one|body)\s+(?:else\s+)?(?:in|of|from)\s+(?:the|his|her|their)\s+family\b[^?]*?\s+(?:have|had|develop|suffer\s+from|get|die\s+of)\s+(?P<had>[^?]+))", re.I)
# "a similar illness" in a family history: any word for a disease ("no family history of similar conditions").
_SIMILAR = re.compile(r"\bsimilar\s+(?:\w+\s+)?(?:illness|condition|disease|disorder|problem|symptom|complaint|presentation|case)s?\b", re.I)
# "Had the variant been reported before?": a record calling it novel, or not yet registered, answers "no".
_BEFORE = re.compile(r"^(?:had|has|have|was|were|is)\s+(?:the|this|that|her|his|their)?\s*(?P<thing>.+?)\s+(?:been\s+)?(?:reported|described|documented|registered|published|known)\s+(?:before|previously|earlier)\b", re.I)
_NOVEL = re.compile(r"\bnovel\b|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:previously\s+)?(?:reported|registered|described|documented)\b|\bfirst\s+(?:report|description)\b", re.I)
_CAN = re.compile(r"^could\s+(?:the\s+)?(?P<thing>.+?)\s+be\s+(?P<verb>\w+(?:ed|en))\b", re.I)
# "Did she survive?" is answered by the record of a death, read the other way round.
_SURVIVAL = re.compile(r"\b(?:survive[ds]?|(?:still )?alive)\b", re.I)
_DIED = re.compile(r"^(?:did|has|had)\b.*\b(?:die|pass away|succumb)\b", re.I)
_DEATH = re.compile(r"\b(?:died|death|deceased|passed away|succumbed|expired|fatal outcome)\b", re.I)
POSITIVE_CUES = {"found", "detected", "detectable", "positive", "present", "seen", "identified", "respond to", "continued"}
_COMPOUND = r"(?:hemo|haemo|auto|allo|radio|chemo|immuno|plasma|cortico)"  # a one-word target inside a compound


@dataclass
class Target:
    """What the question asks about: alternatives ("chemotherapy or radiotherapy"), each a
    list of stems or a synonym pattern; ``polarity`` is "positive"/"negative" (or "abnormal": "was it low?"; "grew": "did the cultures grow anything?";
    "tested": "was it tested for X?") when the
    question asks for a state ("HIV-positive", "MRD-negative", "found")."""

    text: str
    alternatives: list[list[str]] = field(default_factory=list)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    polarity: str = ""
    inverted: bool = False  # asked "did the patient survive?": a death answers "no"
    context: list[str] = field(default_factory=list)  # "did stool testing find X": stems the sentence must also hold
    setting: list[str] = field(default_factory=list)  # "side effects from the cisplatin": drugs a sentence naming the target had better name too
    tested_in: bool = False  # the context names the test asked about: a sentence that does not name it may still answer, when none does


def _clean(text: str) -> str:
    text = re.sub(r"(\d)\s+or\s+(?:higher|more|above|greater)", r"≥\1", text)
    return re.sub(r"^\s*(?:a|an|the|any)\s+", "", text.strip(" ?.,"), flags=re.I)


_LEADING_PREPOSITION = re.compile(r"^\s*(?:in|on|at|to|into|from|with|for|of)\s+", re.I)


def target_phrase(question: str) -> tuple[str, str]:
    """The asked thing as words, and its polarity, from the question's frame."""
    q = _clean(question)
    polarity, framed = "", True
    if m := _ACTIVE.match(q):
        phrase, polarity = m.group("rest"), ("positive" if re.search(r"respond to", q, re.I) else "")
    elif (m := _PASSIVE.match(q)) and m.group("verb").lower().endswith(" for") and m.group("rest").strip():
        phrase, polarity = m.group("rest"), "tested"  # "Was the tumour tested for BRAF?": a result either way says it was
    elif (m := _PASSIVE.match(q)) and (subject := _OF_PATIENT.split(m.group("subject"))[0].strip()) and not _PERSON.search(subject) and (
            not _PERSON.search(m.group("subject")) or not m.group("rest").strip()):
        phrase = subject  # "Was the hearing of the toddler with ... tested?": the hearing; "... of the man done for thyroid cancer?": what follows
        polarity = "positive" if m.group("verb").lower() in POSITIVE_CUES else ""
    elif (m := _PASSIVE.match(q)) and (owned := re.search(r"(?:’s|'s)\s+(\S.*)$", m.group("subject"))) and not _BY_WHAT.fullmatch(m.group("verb")):
        phrase = owned.group(1)  # "the patient's body weight recorded" asks for the body weight
    elif m := _PASSIVE.match(q):
        rest = m.group("rest").strip()
        phrase = rest if _BY_WHAT.fullmatch(m.group("verb")) else m.group("verb") + " " + rest
    elif (m := _SIGN_IN.match(q)) and _PERSON.search(m.group("who")) and not _PERSON.search(m.group("thing")):
        phrase, polarity = m.group("thing"), m.group("state").lower()  # "Was the serology for hydatid disease positive in the man ...?"
    elif (m := _BODY_STATE.match(q)) and _PERSON.search(q[: m.start("state")]):
        phrase = m.group("state")  # "Was the belly of the boy with the hernia swollen (distended)?": the state, in either word
    elif (m := _STATE.match(q)) and _PERSON.search(q[: m.start("state")]):
        phrase = m.group("state")
        thing = _OF_PATIENT.split(re.sub(r"^\w+\s+(?:the|this|that|our)\s+", "", q[: m.start("state")], flags=re.I))[0].strip()
        if phrase.lower() in ("positive", "negative") and thing and not _PERSON.search(thing):
            phrase, polarity = thing, phrase.lower()  # "Was the encephalitis panel of the man with SSPE positive?": the panel, asked positive
    elif _COPULA_PERSON.match(q) and (m := trailing_state(q)) and _PERSON.search(q[: m.start("state")]) and not _WHO.fullmatch(m.group("state").split()[-1]):
        phrase = m.group("state").split(None, 1)[1]  # "Was the woman with tongue cancer a smoker?": "smoker"
    elif (after := asked_of_patient(q)) and after.strip(" ?.,"):
        phrase, framed = _NOTICED.sub("", after.strip()), False  # "Did the man with HCC | drink alcohol?", "Had the boy ... | noticed a lump"
        phrase = phrase[thought.end():] if (thought := _THOUGHT.search(phrase)) else phrase
        phrase = phrase[been.end():] if (been := re.search(r"\bbeen\s+(?=\w+\s+by\b)", phrase, re.I)) else phrase  # "... in his eye | been hit by an insect"
    else:
        # "When the SMA was checked, was it open?": the clause says when; "it" is its subject, named there
        phrase, framed = re.sub(r"^" + LEADING_CLAUSE + r"?(?:was|were|is|are|did|does|has|have|had)\s+(?:there\s+|it\s+|they\s+)?", "", q, flags=re.I), False
    if (direction := _DIRECTION.search(phrase.strip())) and len(phrase.strip()[: direction.start()].split()) >= 1:
        phrase, polarity = phrase.strip()[: direction.start()], "abnormal"  # "Were the blood tests of the woman abnormal?": before "of the woman" is cut
    phrase = _CUT.sub("", " " + phrase.strip()) or _LEADING_PREPOSITION.sub("", phrase)  # "come back to the emergency department": the place
    phrase = re.sub(r"^\s*(?:it|them|this|that)\s+(?=\w+ed\b)", "", phrase, flags=re.I)  # "have it bleached": the bleaching is asked
    head = _CONTEXT_DRUG.sub("", phrase)
    phrase = _clean((phrase if re.search(r"\b(?:chemo\w*|therap\w*|treat\w*|regimens?|combination|infusions?|doses?)\s*$", head, re.I) else head).strip())
    if (direction := _DIRECTION.search(phrase)) and len(phrase[: direction.start()].split()) >= 1:
        phrase, polarity = phrase[: direction.start()], "abnormal"
    inside = framed and phrase.strip() and not _PERSON.search(phrase)
    if pm := _POLAR.search(phrase if inside else question):
        # "EBV-positive cells found": the cells, asked positive; "was the ALL Ph-positive": Ph.
        polarity = pm.group(2).lower()
        phrase = _POLAR.sub(r"\1", phrase) if inside else pm.group(1)
    return phrase.strip(" ,"), polarity


def _alternatives(phrase: str) -> list[str]:
    """"high-dose or intrathecal methotrexate" -> both with the head noun."""
    named = re.search(r"\s*\(([^()]{2,40})\)", phrase)  # "desmopressin (DDAVP)": either name
    if named and len(named.group(1).split()) <= 3:
        return _alternatives(phrase[: named.start()] + phrase[named.end() :]) + _alternatives(named.group(1))
    parts = [p.strip() for p in _OR.split(phrase) if p.strip()]
    head = parts[-1].split()[-1] if parts else ""
    return [p + " " + head if len(p.split()) == 1 and ("-" in p or p.endswith(("al", "ic"))) and len(parts) > 1 else p for p in parts]


def parse_target(question: str, case_words: set[str]) -> Target:
    """The question's target with its alternatives; words that only name the case are dropped."""
    if _SURVIVAL.search(question) and not re.search(r"\bdischarged\b", question, re.I):
        return Target("a death", patterns=[_DEATH], inverted=True)
    if _DIED.match(_clean(question)):
        return Target("a death", patterns=[_DEATH])
    if recur := _RECUR.match(_clean(question)):  # "Did the leiomyomatosis come back?": was a recurrence reported
        return Target(f"recurrence of {recur.group('thing')}", patterns=[_RECURRENCE])
    if held := _HELD_TUMOUR.match(_clean(question)):  # "Did the lymph nodes taken at the operation contain tumour?": as a spread to them
        return Target(held.group("place"), [_stems(held.group("place"))], polarity="positive", context=_SPREAD_WORDS)
    if spread := _SPREAD.match(_clean(question)):  # "Had the melanoma spread to the groin nodes?": a sentence on spread or its absence there
        place = _CUT.sub("", " " + spread.group("place")).strip()
        return Target(place, [_stems(place)], polarity="positive", context=_SPREAD_WORDS)
    if (before := _BEFORE.match(_clean(question))) and not _PERSON.search(before.group("thing")):  # "Was the patient known before to ...?" asks no novelty
        thing = _CUT.sub("", " " + before.group("thing")).strip()
        # in a sentence naming the thing; a variant is also called a mutation or a deletion
        return Target(f"{thing} reported before", patterns=[_NOVEL], inverted=True, context=_stems(thing + " mutation variant deletion"))
    if can := _CAN.match(_clean(question)):  # "Could AVNRT be induced?": the thing, in a sentence saying whether it was
        return Target(can.group("thing"), [_stems(can.group("thing"))], context=[can.group("verb")[:5].lower()])
    phrase, polarity = target_phrase(question)
    if family := _FAMILY.match(_clean(question)):
        phrase, polarity = _clean(family.group("thing") or family.group("had")), ""
    target = Target(phrase, polarity=polarity, context=_stems("family") if family else [])
    if setting := _CONTEXT_DRUG.search(" " + question.rstrip(" ?")):
        target.setting = [d for d in DRUG_NAMES if re.search(r"\b" + re.escape(d) + r"\b", setting.group(0), re.I) and d.lower() not in phrase.lower()]
    if _TEST_FRAME.match(_clean(question)) and (doing := _DOING.search(question)):  # "Did the MRI show the tumour of the boy invading the brain?"
        phrase = target.text = doing.group("doing")  # the invasion is asked, not the tumour the description names
    if (tested := _test_target(question, phrase, polarity, target)) is not None:
        return tested
    for part in _alternatives(phrase):
        if family and _SIMILAR.search(part):
            target.patterns.append(_SIMILAR)
        if synonym := next((m for p, m in SYNONYMS if p.search(part)), None):
            target.patterns.append(synonym)
            continue
        if (classes := asked_classes(part)) and _only_the_class(part, classes):  # "on a blood thinner": any anticoagulant the record names
            target.patterns.extend(c.unexcluded_member for c in classes)
            continue
        spelled = [(long, short) for long, short in DIAGNOSES.values() if short and re.fullmatch(r"[a-z \-]+", long)]
        for long, short in spelled + [(long, r"(?<![\w-])" + short + r"(?![\w-])") for short, long in CLINICAL_ACRONYMS.items()]:  # "DIC", "MRI": also spelled out
            if not (found := re.search(short, part)):
                continue
            if " " in long:
                target.alternatives.append(_stems(part[: found.start()] + long + part[found.end() :]))
            elif found.group(0) == part.strip():  # one long word: by its whole stem, "electroencephalogra(m|phy)", not "electr"
                target.patterns.append(re.compile(r"\b" + long[:-1] + r"\w*", re.I))
        if lettered := re.fullmatch(r"([A-Za-z])-([A-Za-z]{2,})", part.strip()):  # "G-CSF" is no "CSF"
            target.patterns.append(re.compile(r"(?<![\w-])" + lettered.group(1) + r"[- ]?" + lettered.group(2) + r"(?![\w-])", re.I))
            continue
        stems = _stems(part)
        kept = [t for t in stems if t not in case_words] or stems
        if kept:
            target.alternatives.append(kept)
        if re.fullmatch(r"[a-z]{4,}(?:ic|ive|ous)", word := american(part.strip().lower())):  # "anaemic": also "anemia"
            target.patterns.append(re.compile(r"\b" + word[: max(4, len(word) - 3)] + r"\w*", re.I))
        if re.fullmatch(r"[a-z]{5,}", part.strip().lower()):  # "dialysis" is named by "hemodialysis"
            target.patterns.append(re.compile(r"\b" + _COMPOUND + re.escape(re.sub(r"(?<=\w{4})s$", "", part.strip())) + r"\w*", re.I))
    return target


def _test_target(question: str, phrase: str, polarity: str, target: Target) -> Target | None:
    """"Did stool testing find X?", "Did the cultures grow anything?", "Did the MR angiography show
    anything abnormal?": the test's own target, or None (``target`` then takes the test as context)."""
    test = _TEST_FRAME.match(_clean(question))
    tested = _OF_PATIENT.split(test.group("test"))[0].strip() if test else ""  # "the arterial MR angiography of the 48-year-old man": the angiography
    if tested and not _PERSON.search(tested) and polarity == "abnormal" and _ANYTHING.fullmatch(phrase.strip()):
        return Target(_clean(tested), [[t for t in _stems(tested) if t not in _TEST_WORDS]], polarity="abnormal")  # "was normal" says no
    # "the diagnostic puncture of the neck swelling of the man": the puncture; an examination of the patient's eye or chest
    # is written in other words ("ophthalmologic evaluation", "respiratory exam"): no context then
    if test and tested and not _PERSON.search(tested) and not (_PERSON.search(test.group("test")) and _EXAMINED.search(tested)):
        named = [t for t in _stems(tested) if t not in _TEST_WORDS]
        if _ANYTHING.fullmatch(phrase.strip()):  # "Did the blood cultures grow anything?": were they positive?
            return Target(_clean(test.group("test")), [named], polarity="grew", context=[t for t in named if t in _SAMPLED])
        if sign := re.match(r"(?:up\s+)?(positive|negative)\b", phrase.strip(), re.I):  # "Did the HMB-45 stain come back positive?"
            return Target(_clean(test.group("test")), [[t for t in named if t not in _SAMPLED] or named], polarity=sign.group(1).lower())
        target.context = [t for t in named if t not in _SAMPLED] or named  # "stool testing": the stool; "marrow biopsy": the marrow, not any biopsy
        target.context += _SCAN_WORDS if any(t in _IMAGING for t in named) else []
        target.tested_in = True
    return None


def _only_the_class(part: str, classes: list) -> bool:
    """"a blood thinner" asks for any member; "his anticoagulation reversed" asks for more than the class."""
    rest = part
    for c in classes:
        rest = c.asked.sub(" ", rest)
    return not re.search(r"[a-z]{4,}", re.sub(r"\b(?:any|some|other|kind|type|form|drug|medication|agent|therapy|treatment)s?\b", " ", rest, flags=re.I), re.I)


def _stems(part: str) -> list[str]:
    stems = [t[:PREFIX] for t in tokenize(american(part.lower())) if len(t) > 1 or t.isdigit()]
    return [t for t in dict.fromkeys(stems) if t not in _FRAME]


def spelled_out(target: Target, texts: dict[str, str]) -> Target:
    """The target also with its acronyms as the case's documents define them, and with its
    long forms as their acronyms ("PJP prophylaxis" where the report writes "Pneumocystis
    jirovecii pneumonia (PJP)" once and "PJP" later, or only the long form)."""
    asked = {t for alternative in target.alternatives for t in alternative}
    for text in texts.values():
        for short, long in defined_pairs(text):
            if asked and not set(_stems(short)) & asked and not set(_stems(long)) & asked:
                continue  # only names the patient ("the G3P0020"), dropped from what is asked
            if found := re.search(r"(?<![A-Za-z])" + re.escape(short) + r"(?![A-Za-z])", target.text):
                target.alternatives.append(_stems(target.text[: found.start()] + long + target.text[found.end() :]))
            elif found := re.search(re.escape(long), target.text, re.I):
                target.alternatives.append(_stems(target.text[: found.start()] + short + target.text[found.end() :]))
    return target


def case_words(title: str, question: str = "") -> set[str]:
    """Stems that only name the case: its title's terms ("blinatumomab" in the blinatumomab
    case says nothing about what is asked) and the words the question describes its patient
    by ("the 14-year-old girl with pituitary gigantism", when the frame did not leave them out)."""
    described = naming_terms(question) + referring_nouns(question) + tokenize(" ".join(m.group(0) for m in _AGED.finditer(question)))
    return {t[:PREFIX] for t in tokenize(title) + described}
