"""The subject of a question across cases ("Which patients received rituximab?" -> rituximab,
with its brand names, abbreviations and drug class): the terms whose mentions mark a case.
Acronyms count only in documents that also spell out the long form (AML is angiomyolipoma
in one shipped case)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from assistant.text.tokens import tokenize
from assistant.answer.answer_types import BY_NAME
from assistant.text.concepts import CONCEPTS
from assistant.text.disease_groups import DISEASE_GROUPS
from assistant.answer.phrase_grammar import (DRUG_FOR, PLACED, PURPOSE, SHORT_PLACES, STATE_CLAUSE, SUFFIX, WHEN, asked_part, compound_core, coordinated_objects, direction_first, form_pattern, kinds, noun_forms, organ_word, other_endings, procedure_first, shared_heads,
                                             shared_places, shared_qualities, sign_word, stain_first, trailing_kinds)
from assistant.text.vocabulary import DIAGNOSES, DRUG_ALIASES, DRUG_NAMES, DRUGS, LOWERED, RAISED, SPELLED_OUT, american, either_spelling

# -- the subject of the question ---------------------------------------------------------

# A drug by every name the vocabulary knows: generic first, then brands and spellings.
_DRUG_FORMS = {d: (d,) + tuple(sorted(a for a, g in DRUG_ALIASES.items() if g == d)) for d in DRUGS}


def _synonyms() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """name -> (question keys, long forms, acronyms) from the shared concept table; a drug
    entry without forms of its own takes the vocabulary's (generic and brand names)."""
    return {
        name: (c.keys, c.forms or _DRUG_FORMS.get(name, ()), c.acronyms)
        for name, c in CONCEPTS.items()
        if c.keys or c.forms or c.acronyms
    }


# Entries are tried in order: the specific before the general.
SYNONYMS = _synonyms()


def _key_pattern(key: str, whole: bool) -> str:
    """A question key as a regex: a prefix ("immune thrombocytopeni"), or for a ``whole_keys``
    concept the whole word, hyphen, space or nothing between its words, a plural allowed, and
    not the head of a hyphenated word ("steroid-refractory" asks no steroid)."""
    if not whole:
        return r"(?<![a-z])" + re.escape(key)
    words = [re.escape(w) for w in re.split(r"[\s\-]+", key) if w]
    return r"(?<![a-z0-9])" + r"[\s\-]?".join(words) + r"(?:s|es)?(?![\w-])"


_KEYS = {name: re.compile("|".join(_key_pattern(k, CONCEPTS[name].whole_keys) for k in keys))
         for name, (keys, _, _) in SYNONYMS.items() if keys}
# An event asked of a group ("How many patients with seizures died?", "deaths among the AML
# patients"): the event's words, taken out of the question, leave the group's subject.
_EVENTS = ("died",)
_FRAME_WORDS = """which what who whose whom list name show find give are is were was there did do does has have had having how many number
of any anyone anybody all the a an in with to for on that patients? cases? people subjects records? reports? reported treated treatment
received? receiving given giving administered actually underwent undergo undergone involve[sd]? involving developed develop required? needed
need diagnosed suffered get got another forms? their during course compare contrast outcomes? where located cysts? recipients? active
infections? disorders? other own ever onset new documented describe[sd]? mention(?:ed|s)? spleen removed experienced history after following
these those this our support living two three four both managed handled one ones point time treat prevent whose came\s+back turned high low elevated raised women men woman man girls? boys? children child infants? newborns?
neonates? babies baby adults? teenagers? adolescents? toddlers? procedures? drugs? medications? medicines? admitted presented presenting hospitali[sz]ed ended\s+up
went go goes going gone into why kinds? sort put placed inserted felt feel feeling complained complaining complain included includes workup work-up doctors? physicians? clinicians? hear heard alone part regimens? combos?
recorded performed obtained known born done checked looked(?:\s+at)? carried\s+out taken took take takes taking sent"""
_FRAME = re.compile(r"(?<![\w-])(?:" + "|".join(_FRAME_WORDS.split()) + r")(?![\w-])", re.I)  # the list frame, not the subject
_SPLIT = re.compile(r"\s+(?:or|and|and/or|vs\.?|versus|such as|including|for (?:example|instance)|e\.g\.,?)\s+|(?:for (?:example|instance)|e\.g\.,?)\s+|[,;()?]|/(?!\d)|\s+-\s+", re.I)  # "CK8/18" is one marker
_SPLIT_KEEP = re.compile("(" + _SPLIT.pattern + ")", re.I)  # the same, keeping each separator


@dataclass(frozen=True)
class Term:
    """One way the subject is written: a pattern, the stems BM25 finds it by, and, for an
    acronym, the long forms that must appear in the same document (AML: angiomyolipoma)."""

    pattern: re.Pattern[str]
    stems: tuple[str, ...]
    defined_by: re.Pattern[str] | None = None
    concept: str = ""  # the concept or vocabulary label it spells ("" for the question's own words)
    exclude: re.Pattern[str] | None = None  # in the sentence, the words mean another thing
    below: float | None = None  # a lab value: the mention counts only with a value under this
    unit: re.Pattern[str] | None = None  # ... written in this unit
    qualifiers: tuple[re.Pattern[str], ...] = ()  # words of the asked phrase the case must say near a mention ("of the thigh")
    above: float | None = None  # a lab value: the mention counts only with a value over this
    window: int | None = None  # characters around a mention its qualifiers must be in (None: the default)
    core: str = ""  # a name with kinds: what the term index holds inside each kind's term (``compound_core``)


_NUMBER = re.compile(r"[\s:=(\-\u2013]*(?:(?:of|was|were|is|at|to|dropped to|decreased to|fell to|reduced to)\s+)*[\s:=(\-\u2013]*(\d{1,3}(?:,\d{2,3})+|\d+(?:\.\d+)?)")


# A value in these units is no count per microlitre: an LDH of 1379 U/L stays 1379.
_CONCENTRATION = re.compile(r"\s*(?:[iI]?[uU]\s*/|[mµμun]?g\s*/|[mµμun]mol|m[eE]q|mm\s*/?\s*h)")


def lab_value(sentence: str, end: int, unit: re.Pattern[str] | None = None) -> float | None:
    """The value written right after a lab name ("platelet count of 43 x 10^9/L", "sodium 126
    mmol/L") in ``unit``; counts per microlitre (124,000) are read in thousands."""
    found = _NUMBER.match(sentence, end)
    if not found or (unit is not None and not unit.match(sentence, found.end())):
        return None
    value = float(found.group(1).replace(",", ""))
    return value / 1000 if value >= 1000 and not _CONCENTRATION.match(sentence, found.end()) else value


def value_below(sentence: str, end: int, bound: float, unit: re.Pattern[str] | None = None) -> bool:
    """The value right after a lab name is under ``bound`` (a low platelet count)."""
    value = lab_value(sentence, end, unit)
    return value is not None and value < bound


def value_above(sentence: str, end: int, bound: float, unit: re.Pattern[str] | None = None) -> bool:
    """The value right after a lab name is over ``bound`` (a high potassium)."""
    value = lab_value(sentence, end, unit)
    return value is not None and value > bound


# A kind of disease's members other than its own names: a phrase naming one ("giant cell
# arteritis") asks for that member, not the whole group its head word keys ("arteritis").
_MEMBERS = {name: re.compile("|".join(form_pattern(f) for f in g.members if f not in g.keys), re.I) for name, g in DISEASE_GROUPS.items()}

_JOINED = re.compile("|".join(re.escape(k) for keys in [*(g.keys for g in DISEASE_GROUPS.values()), *(c.keys for c in CONCEPTS.values())] for k in keys if " and " in k), re.I)  # "pins and needles"


def _terms(forms: Iterable[str], acronyms: Iterable[str] = (), name: str = "") -> list[Term]:
    forms, concept = list(forms), CONCEPTS.get(name)
    exclude = re.compile(concept.exclude, re.I) if concept and concept.exclude else None
    forms = forms + [f.replace("-", "") for f in forms if re.search(r"\w-\w", f) and f.replace("-", "") not in forms]  # "non-union": also "nonunion"
    forms = forms + [o for f in forms for o in other_endings(f) if o not in forms]
    forms = forms + [f"{d.group(1) or d.group(2)} serum {d.group(3)}" for f in forms if (d := _DIRECTED.match(f))]  # "an elevated serum LDH"
    out = [Term(re.compile(form_pattern(f), re.I), tuple(tokenize(f)), None, name, exclude, core=compound_core(f)) for f in forms]
    longs = re.compile("|".join(form_pattern(f) for f in forms), re.I) if forms else None
    out += [Term(re.compile(r"(?<![A-Za-z0-9])" + re.escape(a) + r"s?(?![A-Za-z0-9]|-\d)"), tuple(tokenize(a)), longs, name, exclude) for a in acronyms]  # not "CK-7"
    out += [term for f in forms if (term := _postposed(f, name, exclude))]
    for analyte, bound, unit, low in [(*b, True) for b in concept.low] + [(*b, False) for b in concept.high] if concept else []:
        pattern = re.compile(r"(?<![A-Za-z])(?:" + analyte + r")(?![A-Za-z])", re.I)
        stems = tuple(tokenize(re.findall(r"[a-z][a-z0-9]{2,}", analyte)[0]))  # "hba1c" whole
        out.append(Term(pattern, stems, None, name, exclude, bound if low else None, re.compile(unit), above=None if low else bound))
    return [t for t in out if t.stems]


_DIRECTED = re.compile(r"^(?:(" + RAISED + r")|(" + LOWERED + r"))\s+(\w.+)$", re.I)


def _postposed(form: str, name: str, exclude: re.Pattern[str] | None) -> Term | None:
    """"Elevated ESR" is also written "his ESR and CRP levels were elevated at 80" and
    "lactate dehydrogenase (LDH) was raised": the lab name, then the same direction."""
    found = _DIRECTED.match(form)
    if not found:
        return None
    direction = RAISED if found.group(1) else LOWERED
    body = form_pattern(found.group(3), closed=False)
    pattern = (body + r"(?![A-Za-z])(?:[\s\-]+[A-Z]{1,3}\b)?(?:\s*\([^()]{1,30}\))?(?:\s*(?:,|and)\s+(?!(?:was|were)\b)[\w\-]+(?:\s+[\w\-]+)?)?"
               r"(?:\s+(?:levels?|values?|counts?|titres?|titers?))?,?\s+(?:was|were|remained|became|being)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:" + direction + r")\b")
    return Term(re.compile(pattern, re.I), tuple(tokenize(found.group(3))), None, name, exclude)


def _spelled_terms(long_form: str, label: str) -> list[Term]:
    """One term per way the vocabulary's pattern spells the diagnosis ("deep vein thrombosis" of
    venous thromboembolism; "haemolytic" and "hemolytic"), each found by its own words: the
    label's words would miss every chunk that spells it another way. [] when the pattern is not
    plain alternatives of words."""
    out = []
    for alternative in long_form.split("|"):
        plain = re.sub(r"\[- \]|\\b", lambda m: " " if m.group(0) == "[- ]" else "", alternative)
        if re.search(r"[^\w\s?'-]", plain):
            return []
        pattern = re.compile(r"(?<![A-Za-z])" + kinds(alternative) + r"(?:" + alternative + r")" + SUFFIX + r"(?![A-Za-z])", re.I)
        for spelling in {re.sub(r"\w\?", "", plain), plain.replace("?", "")}:
            out.append(Term(pattern, tuple(tokenize(spelling)), None, label, core=compound_core(spelling)))
    return [t for t in out if t.stems]


def _vocabulary_terms(phrase: str) -> list[Term] | None:
    """A phrase naming a diagnosis or a drug of the shared vocabulary, as its terms."""
    if found := _diagnosis_terms(phrase):
        return found
    named = {DRUG_ALIASES.get(n, n) for n in DRUG_NAMES if re.search(r"\b" + re.escape(n) + r"\b", phrase)}
    return _terms((form for d in sorted(named) for form in _DRUG_FORMS[d]), name=sorted(named)[0]) if named else None


def _diagnosis_terms(phrase: str) -> list[Term] | None:
    """A phrase naming a diagnosis of the shared vocabulary, as its terms."""
    for label, (long_form, acronym) in DIAGNOSES.items():
        if re.search(r"(?<![a-z])(?:" + long_form + r")", phrase, re.I) or re.search(r"(?<![a-z])" + re.escape(label) + r"(?![a-z])", phrase):
            pattern = re.compile(r"(?<![A-Za-z])" + kinds(long_form) + r"(?:" + long_form + r")" + SUFFIX + r"(?![A-Za-z])", re.I)
            out = _spelled_terms(long_form, label) or [Term(pattern, tuple(tokenize(label)), None, label, core=compound_core(label))]
            if acronym:
                out.append(Term(re.compile(acronym), tuple(tokenize(re.sub(r"\\b|\(.*?\)|[\\?]", " ", acronym).split("|")[0])), pattern, label))
            return out
    return None


def phrase_terms(phrase: str, common: Callable[[tuple[str, ...]], bool]) -> list[Term]:
    """One alternative of the subject ("prednisone", "prednisolone"): the synonym table
    (its question keys, then its names), the shared vocabulary, else the phrase itself;
    singular, as the patterns allow plural endings ("splenectomies"). The phrase's other
    words qualify the name ("hydatid cysts of the thigh", "primary intracranial melanoma")."""
    singular = re.sub(r"(?<=[a-z]{3})(?<![siu])s\b", "", re.sub(r"(?<=[a-z]{3})ies\b", "y", re.sub(r"(?<=[a-z]{2})(tch|sh|ss|x)es\b", r"\1", phrase)))  # stitches
    phrase, keyed = singular, phrase + " | " + singular + (" | " + phrase.replace("-", " ") if "-and-" in phrase else "")  # "pins-and-needles", joined
    for name, (keys, forms, acronyms) in SYNONYMS.items():
        if name in _KEYS and _KEYS[name].search(keyed) and not (name in _MEMBERS and _MEMBERS[name].search(phrase)):
            if name in _MEMBERS:  # a kind of disease is read as a diagnosis is: "pancreatic" qualifies "neuroendocrine tumours"
                return qualified(_terms(forms, acronyms, name), " ".join(_FRAME.sub(" ", _KEYS[name].sub(" ", phrase)).split()))  # "blood cancer": its own key qualifies nothing
            if CONCEPTS[name].narrowed:
                return _narrowed(phrase if _KEYS[name].search(phrase) else keyed.split(" | ")[0], name)  # "liver mets": the key as asked
            return _terms(forms, acronyms, name)  # the whole phrase: "hematopoietic" must not add "transplant"
    asked, phrase = phrase, " ".join(_FRAME.sub(" ", phrase).split())
    if not phrase or _how(phrase):
        return []
    named = next((n for n in SYNONYMS if n not in _MEMBERS and re.search(r"(?<![a-z])" + re.escape(n) + r"(?![a-z])", phrase)), None)  # "angiosarcoma" is no "sarcoma"
    found = _terms(*SYNONYMS[named][1:], name=named) if named else _vocabulary_terms(phrase)
    if found is not None:
        return qualified(found, phrase)
    if common(tuple(tokenize(phrase))):
        return []
    words = phrase.split()
    tails = [" ".join(words[i:]) for i in range(1, len(words))]  # a tail stands for the phrase only with the rest as qualifiers
    placed = [replace(t, window=_COMMON_TAIL_WINDOW) if common(tuple(tokenize(head))) else t for m in [PLACED.search(asked)]
              if m and (head := " ".join(_FRAME.sub(" ", m.group("head")).split())) for t in qualified(_terms([head]), m.group("place"), place=True) if t.qualifiers]
    # "crackles in the lungs": crackles, the lungs near; "a biopsy under ultrasound guidance": a biopsy (most records have one), the ultrasound in its sentence
    return placed + _terms([phrase] + noun_forms(phrase)) + [replace(t, window=_COMMON_TAIL_WINDOW if common(tuple(tokenize(tail))) else _TAIL_WINDOW)
                                                     for tail in tails if len(tail) > 2 for t in qualified(_terms([tail]), phrase) if t.qualifiers]  # not "c" of hepatitis C


# A tail stands for the phrase only with the rest of it close by ("bilateral neck dissection", not an aortic dissection with a swollen neck two lines on); a tail most records use ("biopsy") only within its own clause.
_TAIL_WINDOW, _COMMON_TAIL_WINDOW = 80, 40


# Words that say which value or how often, not which finding: "a fast heart rate", "a high white count".
_MEASURE = re.compile(r"(?<![\w-])(?:rates?|counts?|levels?|values?|readings?|results?|problems?|episodes?|symptoms?|signs?|issues?|history)(?![\w-])")


def _narrowed(phrase: str, name: str) -> list[Term]:
    """A finding asked by its key, narrowed by the phrase's other words ("portal vein
    thrombosis"); a diagnosis the vocabulary spells ("aplastic anaemia") is asked as that."""
    found = _KEYS[name].search(phrase)
    rest = phrase if found is None else phrase[: found.start()] + " " + re.sub(r"^\w*", "", phrase[found.end() :])
    rest = " ".join(_MEASURE.sub(" ", _FRAME.sub(" ", rest)).split())
    terms = _terms(*SYNONYMS[name][1:], name=name)
    if not rest or found is None:
        return terms
    return _diagnosis_terms(phrase) or qualified(terms, rest)


# Words that grade or place a finding without naming it: a case need not repeat them.
_GENERIC = frozenset("primary secondary acute chronic severe mild moderate new rare unusual isolated recurrent large small left right solid organ "
                     "peripheral serum plasma routine complete full whole initial baseline repeat repeated looked done performed checked examined ordered obtained "
                     "cancer cancers tumor tumors tumour tumours malignancy neoplasm scan scans scanning imaging study studies changed held stopped switched guidance guided".split())


def qualified(terms: list[Term], phrase: str, place: bool = False) -> list[Term]:
    """``terms`` with the phrase's words they do not spell as qualifiers: a case matches only
    where a mention has them near it ("metastatic" for renal cell carcinoma, "thigh" for a
    hydatid cyst); words that only grade a finding (``_GENERIC``) are not asked for."""
    spelled = {s for t in terms for s in t.stems}
    extra = [w for w in re.findall(r"[a-z]{4,}" + (SHORT_PLACES if place else ""), phrase) if w not in _GENERIC and not set(tokenize(w)) <= spelled]
    if not extra or all(t.concept in _DRUG_FORMS for t in terms):  # a drug is asked by name; "taking warfarin" is warfarin
        return terms
    stems = [either_spelling(re.escape(american(w)[: max(5, len(american(w)) - 3)])) + organ_word(w) + sign_word(w) for w in extra]  # "caesarean" finds "cesarean"
    patterns = tuple(re.compile(r"(?<![a-z])" + (f"(?:{s})" if "|" in s else s), re.I) for s in stems)
    return [replace(t, qualifiers=patterns) for t in terms]


# Words that say how or when, not what: routes, times, adjectives ("systemic", "topical", "past").
_HOW = re.compile(r"(?i:oral(?:ly)?|iv|intravenous(?:ly)?|topical(?:ly)?|systemic(?:ally)?|inhaled|subcutaneous|intramuscular|local(?:ly)?|"
                  r"by|as|an?|the|in|at|mouth|eyes?|ointment|cream|drops|tablets?|injections?|infusions?|injected|into|via|given|applied|taken|"
                  r"intravitreal(?:ly)?|intrathecal(?:ly)?|rectal(?:ly)?|sublingual(?:ly)?|nebuli[sz]ed|"
                  r"any|ever|past|current|now|then|before|after|during)")
_ADJECTIVE = re.compile(r"(?i:[a-z]+(?:ic|al|ous|ive|ary|ed|ing|ly))")  # among two or more: "(acute or chronic)"
_GRADE = re.compile(r"(?i:types?|grades?|stages?|class|[0-9]{1,2}[ab]?|i{1,3}|iv|v)")  # "(type 1, type 2)": kinds of the subject, not other names


def _parenthesis(m: re.Match[str]) -> str:
    """"(Tienam)", "(levothyroxine, thyroxine replacement)", "(LP / CSF analysis)": other names
    of the subject, read as alternatives; a remark ("(not just a flush)") is dropped."""
    inner = m.group(0)[1:-1]
    if _PLACE.match(inner):
        return " "  # "(in an artery, the aorta, a ureter or a collection)": where, not other names of the subject
    parts = [re.sub(r"^(?:(?:the|a|an)\s+)?(?:\w+['’]s\s+)?", "", p, flags=re.I) for p in re.split(r"\s*(?:,|/(?!\d)|;|:|\bor\b|(?<!-)\band\b(?!-))\s*", inner) if p.strip()]
    parts = [p for p in parts if len(p.split()) <= 4]  # "or a vessel such as the uterine arteries embolized" is a remark
    if re.search(r"\b(?:not|except|excluding|only|just|e\.g\.|i\.e\.)\b", inner, re.I) or not parts:
        return " "
    kinds = len(parts) > 1 and all(all(_ADJECTIVE.fullmatch(w) or _GRADE.fullmatch(w) for w in p.split()) for p in parts)
    if kinds and (head := _ANY_KIND.search(m.string, 0, m.start())):
        return ", " + ", ".join(f"{p} {head.group(1) or head.group(2)}" for p in parts) + ","  # "diabetes of any type (type 1 or gestational)": "gestational diabetes"
    if all(all(_HOW.fullmatch(w) or (len(parts) > 1 and (_ADJECTIVE.fullmatch(w) or _GRADE.fullmatch(w))) for w in p.split()) for p in parts):
        return " "  # "(systemic or topical)", "(oral or IV)" say how, "(type 1, type 2 or gestational)" which kind; "(phenobarbital)" is a name
    if len(parts) > 1 and not _NAMES_FOLLOW.search(m.string, 0, m.start()) and all(re.fullmatch(r"[a-z]+", p) and not _known(p) and not _TERM_SUFFIX.search(p) for p in parts):
        return " "  # "(finger, foot or limb)": where or which kind, not other names of the subject ("(hypodontia or oligodontia)", or after "drug", are)
    if condition := _CONDITION.search(m.string, 0, m.start()):  # "a procedure done under ultrasound guidance (a biopsy, a tap)": each under it
        parts = [p if condition.group("how").split()[0].lower() in p.lower() else f"{p} {condition.group('cond')}" for p in parts]
    noun = re.search(r"([a-z][\w-]+)\s*$", m.string[: m.start()], re.I)
    if noun and not _FRAME.fullmatch(noun.group(1)) and any(p.lower().endswith(" " + noun.group(1).lower()) for p in parts):  # "arthritis
        # (rheumatoid, osteoarthritis or septic arthritis)" lists kinds of arthritis (one part says so): rheumatoid arthritis
        parts = [f"{p} {noun.group(1)}" if " " not in p and _KIND_WORD.fullmatch(p) and not _known(p) else p for p in parts]
    return ", " + ", ".join(parts) + ","


# A kind of thing and the condition every example in the parenthesis after it shares.
_CONDITION = re.compile(r"\b(?:procedures?|operations?|interventions?|tests?|treatments?|surger(?:y|ies))\s+(?:(?:done|performed|carried out|taken)\s+)?"
                        r"(?P<cond>(?:under|with|using|guided by)\s+(?:(?:a|an|the)\s+)?(?P<how>[a-z][\w-]*(?:\s+[a-z][\w-]*)?))\s*$", re.I)
_NAMES_FOLLOW = re.compile(r"\b(?:" + BY_NAME["drug"].words + r"|medicines?|agents?|blockers?|antagonists?|agonists?)\s*$", re.I)  # "a ... drug (moxonidine, ...)"
_TERM_SUFFIX = re.compile(r"(?:ia|itis|osis|omas?|pathy|ectomy|otomy|ostomy|scopy|plasty|algia|rrh?o?ea|uria|ism)$")  # a condition's or procedure's name
_KIND_WORD = re.compile(r"(?i:[a-z]+(?:ic|al|ous|ive|ary|oid))")  # an adjective that names a kind of the noun before it
_ANY = r"\s+of\s+any\s+(?:type|kind|sort|form|site|cause|bone|organ|origin)s?\b"  # "diabetes of any type", "a fracture of any bone": the head is the subject
# The head before "of any": its first word ("diabetes mellitus of any type": diabetes), not a verb's
# preposition ("went into shock of any kind": shock).
_ANY_KIND = re.compile(r"\b(?:(?!(?:into|in|of|with|from|on|at|to|had|has|have|a|an|the|went|got|developed)\b)([a-z][\w-]+)\s+[a-z][\w-]+|([a-z][\w-]+))" + _ANY + r"\s*$", re.I)
_PLACE = re.compile(r"\s*(?:in|into|inside|within|on|at|from|around|near|of|to)\s", re.I)


def _known(word: str) -> bool:
    """A word the synonym table or the shared vocabulary names ("thrush", "warfarin")."""
    return any(re.search(r"(?<![a-z])" + re.escape(k), word) for keys, _, _ in SYNONYMS.values() for k in keys) or bool(_vocabulary_terms(word))


def _how(phrase: str) -> bool:
    """", by mouth, IV or as an eye ointment": a part that says only how it was given."""
    words = phrase.split()
    return bool(words) and all(_HOW.fullmatch(w) for w in words)


_MANNER = re.compile(r"\s*(?:by|for|during)\s", re.I)  # ", by catheter or by CT", "for pain or during anaesthesia": how, why, when
_INNER_PARENTHESIS = re.compile(r"(\([^()]*\))(\s+(?:of|in|on|at|to|from|for|into)\s+[^,;?()]+)")
# "a kidney (renal) biopsy", "a Doppler (or duplex) ultrasound": other names of the modifier;
# each takes the head after the parenthesis ("renal biopsy"), none stands alone ("renal").
_MODIFIER_PARENTHESIS = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+\(([^()]{1,60})\)\s+([a-z][\w-]*)(?=\s*(?:[:;,.?!]|$)|\s+(?:and|or|in|of|at|on|for|with|"
                                   r"during|after|before|when|while|was|were|that|to|done|performed)\b)")


def _modifier_parenthesis(question: str) -> str:
    """"a kidney (renal) biopsy" -> "kidney biopsy (renal biopsy)", which ``_parenthesis`` then reads as alternatives."""
    def spread(m: re.Match[str]) -> str:
        if _FRAME.fullmatch(m.group(3)) or _FRAME.fullmatch(m.group(1)):
            return m.group(0)
        inner = [re.sub(r"^(?:or|and)\s+(?:(?:the|a|an)\s+)?", "", p.strip(), flags=re.I) for p in re.split(r"\s*[,/;]\s*|\s+or\s+", m.group(2))]
        return f"{m.group(1)} {m.group(3)} (" + ", ".join(f"{p} {m.group(3)}" for p in inner if p) + ")"
    return _MODIFIER_PARENTHESIS.sub(spread, question)


def subject_terms(question: str, common: Callable[[tuple[str, ...]], bool] = lambda stems: False) -> list[Term]:
    """The ways the question's subject can be written, one alternative per "or"/","/"and"
    part; a part whose words are in most documents (``common``) cannot tell cases apart."""
    question = DRUG_FOR.sub("", PURPOSE.sub("", _modifier_parenthesis(procedure_first(question))))
    moved = _INNER_PARENTHESIS.sub(r"\2 \1", direction_first(stain_first(question)))  # "a cone-beam CT (CBCT) of the jaws": the CT of the jaws, or CBCT
    joined = lambda text: _JOINED.sub(lambda m: m.group(0).replace(" ", "-"), text)  # noqa: E731
    text = joined(re.sub(r"\([^)]*\)", _parenthesis, joined(moved)))  # "head and neck cancer", "(pins and needles)" are one subject
    text = re.sub(_ANY, "", text)  # "a fracture of any bone" is a fracture
    text = asked_part(text)  # "Not counting molar pregnancies", ": what caused it?": no subject
    text = re.sub(r"[.!:]+\s*$", "", text.strip())  # "List all cases with thrombocytopenia." ends in no subject's spelling
    text = WHEN.sub("", text)  # "pregnant when they came in": when is no part of what
    pieces = _SPLIT_KEEP.split(text.lower())  # parts, each after the separator before it
    parts = [(p.strip(), bool(re.fullmatch(r"\s+(?:or|and|and/or)\s+", pieces[i - 1] or ""))) for i, p in enumerate(pieces)
             if i % 2 == 0 and p and p.strip() and not (i and _MANNER.match(p))]
    cores = [" ".join(_FRAME.sub(" ", p).split()) for p, _ in parts]  # "which patients had renal" modifies as "renal"
    phrases = coordinated_objects(shared_qualities(shared_places(trailing_kinds(shared_heads([p for p, _ in parts], cores, _known), cores, _known), cores), cores), [j for _, j in parts])
    found = [phrase_terms(p, common) for p in phrases]
    out = [t for i in _uncovered(phrases, found) for t in found[i]] or [t for p in phrases for t in phrase_terms(p, lambda stems: False)]
    out += [t for p, f in zip(phrases, found) if not any(t.concept for t in f) and not _DIRECTED.match(p) for t in _spelled_out(" ".join(_FRAME.sub(" ", p).split()))]
    # One term per spelling and qualifiers ("portal" and "splenic" vein thrombosis are two); a common subject ("fever") is still a subject.
    return list({(t.pattern.pattern, t.stems, t.below, t.above, tuple(q.pattern for q in t.qualifiers)): t for t in out}.values())


def _spelled_out(core: str) -> list[Term]:
    """"PET scan" is also "positron emission tomography" (not a "high BMI"); "MRI of the spine" a
    spelled-out MRI with the spine near it, not every MRI."""
    return [replace(t, window=_TAIL_WINDOW) if t.qualifiers else t  # "spinal MRI", not an MRI two lines from a lumbar puncture
            for short, longs in SPELLED_OUT.items() if (found := re.match(short.lower() + r"(?![a-z\-/])", core))
            for t in qualified(_terms(longs + ((short,) if core[found.end():].strip() else ())), core[found.end():])]


def _uncovered(phrases: list[str], terms: list[list[Term]]) -> list[int]:
    """The phrases (indices; ``terms``: each one's) less a bare word a concept another names spells: "proton"
    beside "radiotherapy" is proton therapy, not a proton pump inhibitor; "GTN" beside "nitroglycerin" no GTD."""
    named = [{t.concept for t in found if t.concept in SYNONYMS} for found in terms]
    spells = lambda concept, word: any(f.split()[0].lower() == word for f in SYNONYMS[concept][1] + SYNONYMS[concept][2])  # noqa: E731

    def covered(i: int) -> bool:
        core = " ".join(_FRAME.sub(" ", phrases[i]).split())
        return " " not in core and any(c not in named[i] and spells(c, core) for j in range(len(phrases)) if j != i for c in named[j])
    return [i for i in range(len(phrases)) if not covered(i)]


def subject_groups(question: str, common: Callable[[tuple[str, ...]], bool] = lambda stems: False) -> list[list[Term]]:
    """The subjects a case must match: one, or an event and the group it is asked of ("How
    many patients with seizures died?": died, seizures), each case in both."""
    for name in _EVENTS:
        keys = "|".join(re.escape(k) for k in SYNONYMS[name][0])
        rest = re.sub(r"(?<![a-z])(?:" + keys + r")\w*", " ", question, flags=re.I)
        if rest != question and (group := subject_terms(rest, common)):
            return [_terms(*SYNONYMS[name][1:], name=name), group]
    if (m := STATE_CLAUSE.search(question)) and (state := [t for t in phrase_terms(m.group("state"), common) if t.concept]):  # "a cancer while pregnant"
        return [t for t in [subject_terms(question[: m.start()] + question[m.end() :], common), state] if t]
    return [t for t in [subject_terms(question, common)] if t]


def subject_label(terms: list[Term]) -> str:  # the concept or vocabulary label the terms spell, "" for the question's own words
    return next((t.concept for t in terms if t.concept), "")

