"""Which case a question names by description: "the AML case", "the ITP patient", "the
patient with Down syndrome", "the 34-year-old man with the hydatid cyst of the thigh".

Without this, the case of a lookup is the top passage's, and a question naming one case can
be answered from another that shares the asked word: "What was the karyotype in the AML
case?" quoted the Down-syndrome boy's karyotype, though the AML case reports none. A case
record is named by the words of its title, the acronyms its title makes ("Acute Myeloid
Leukemia" -> AML), its diagnosis and drug tags, and the short forms its own text defines for
them ("immune thrombocytopenic purpura (ITP)"). A description's words that name no case, its
ages and its sex must fit the case's text; few reports may hold the whole description ("the
pregnant woman" names none); titles are tried before tags, then a report that alone holds the
description, and only a case that is the one such case is named. Papers are never named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping, NamedTuple

from assistant.models import is_case_record
from assistant.text.abbreviations import definitions, title_acronyms
from assistant.text.tokens import PREFIX, STOPWORDS, tokenize
from assistant.text.vocabulary import IRREGULAR_PAST, LOWERED, ORGAN_ADJECTIVES, RAISED

# An age's number in digits or words, a half maybe: "34", "three", "two-and-a-half".
_NUMBER_WORDS = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 1)}
_HALF = r"[\s-]+and[\s-]+a[\s-]+half"
AGE_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")(?:" + _HALF + r")?"
AGE_PHRASE = AGE_NUMBER + r"[\s-]*(?:year|month|week|day)s?[\s-]*old"  # "34-year-old", "6 months old", "three-week-old"
PATIENT_NOUN = r"(?:patient|case|woman|man|girl|boy|child|infant|neonate|toddler|lady|adult|female|male|gentleman|person|farmer|smoker|preemie|newborn|baby|teenager|adolescent|student|worker|athlete|travell?er|veteran|surgeon|doctor|physician|nurse|teacher|driver|soldier|pilot|chef|cook|miner|fisherman|butcher|engineer|housewife|runner|cyclist|dancer|musician|guitarist|pianist|violinist|drummer|singer|artist|builder|carpenter|labou?rer|welder|painter|mechanic|hunter|shepherd|veterinarian|gardener|primigravida|multigravida|gravida|parturient|primipara|multipara|G\d+P\d+|" + AGE_PHRASE + ")"
PATIENTS_NOUN = r"(?:patients|cases|people|persons|adults|children|kids|babies|infants|newborns|neonates|women|men|girls|boys)"  # a kind of patient
# "the (refractory ITP) patient", "in the (AML) case", "the (elderly) woman"
_WORD = r"(?!(?:the|a|an|in|of|at|on|for|to|with|from|by|was|were|is|did|had)\b)[\w'’\-]+\s+"
_BEFORE = re.compile(rf"\b(?:the|this|that|our)\s+((?:{_WORD}){{1,5}}?){PATIENT_NOUN}(?![\w'’-])", re.I)
_REFERRED = re.compile(rf"\b(?:the|this|that|our|a)\s+(?:[\w'’\-]+\s+){{0,5}}?({PATIENT_NOUN})(?![\w'’-])", re.I)
# "the patient with (Down syndrome)", "the case of (TTP)", "the woman on (dasatinib)"
_AFTER = re.compile(
    rf"\b(?:the|this|that|our)\s+(?:[\w'’\-]+\s+){{0,3}}?{PATIENT_NOUN}\s+"
    r"(?:(?:with|of|on|whose|who\s+(?:had|has|developed|presented\s+with)|diagnosed\s+with|treated\s+(?:with|for)|presenting\s+with|suffering\s+from)\s+"
    r"|who\s+(?=(?:[a-z]+ed|" + IRREGULAR_PAST + r")\s))"  # "the 53-year-old who (fainted) on the toilet": the verb describes
    r"((?:[^?,;:]|(?<=\w)::(?=\w))+)",  # "TCF3::BEND2" is one name
    re.I,
)
# "the 37-year-old woman's (gallbladder wall)": what a possessive gives the patient describes them too.
_POSSESSIVE = re.compile(rf"\b(?:the|this|that|our)\s+(?:[\w'’\-]+\s+){{0,3}}?{PATIENT_NOUN}['’]s?\s+((?:[^?,;:])+)", re.I)
# "the urethral adenocarcinoma of the 42-year-old woman": what the patient has, named before her
_OF_PATIENT = re.compile(rf"\b(?:the|her|his|their)\s+((?:{_WORD}){{1,5}}?)of\s+(?:the|this|that|our)\s+(?:[\w'’\-]+\s+){{0,3}}?{PATIENT_NOUN}(?![\w'’-])", re.I)
# Where the asked thing starts again after the case's description ("the patient on dasatinib develop").
_CLAUSE_END = re.compile(
    r"(?<!\bthe)(?<!\ba)(?<!\ban)\s+(?:at|when|during|after|before|while|in|on|following|prior|since|who|that|was|were|is|did|had|has|"
    r"develop\w*|receiv\w*|undergo|underw\w*|requir\w*|show\w*|find|finds|reveal\w*|detect\w*|experienc\w*|die[ds]?|respond\w*|get|got|need\w*|present\w*|have|end|go|take|took|put|stay|react|test|sent|kept|told|still|ever|"
    r"smoke|drink|drunk|chew|notice|lose|use|eat|wear|recall|remember|report|mention|admit|deny|"  # "Did the man with HCC (drink) alcohol?"
    r"be|been|being|become|became|given|taken|done|seen|found|made|begun|known|shown|came|come|comes|went|fell|grew|gave|lost|felt|began|"
    r"(?!(?:caus|induc|associat|complicat|relat|trigger|mediat|provok|precipitat)ed\b)\w+ed|\w+ing)(?![\w'’-])",  # "caused by rhinovirus" still describes
    re.I,
)
_COPULA = re.compile(r"^\s*(?:was|were|is|are)\b", re.I)
_STATE_NOUN = re.compile(r"(?:\b(?P<before>[\w-]+)\s+)?(?P<state>\ban?\s+[\w-]+(?:\s+[\w-]+)?)\s*\??\s*$", re.I)
_PREDICATE = re.compile(r"\s(?P<state>(?:" + RAISED + "|" + LOWERED + r"|normal|positive|negative|successful|effective|benign|malignant|stable|resolved|present|absent))\s*\??\s*$", re.I)
_PREPOSITIONS = frozenset("after before with of in for from to during by at into than as like".split())  # "on a blood thinner" is a state


def trailing_state(text: str) -> re.Match[str] | None:
    """"... a smoker" closing a copula question: a noun said of the patient (group ``state``);
    not "after a miscarriage", a preposition's object."""
    m = _STATE_NOUN.search(text)
    return m if m and (m.group("before") or "").lower() not in _PREPOSITIONS else None


_AUXILIARY = re.compile(r"\b(?:did|does|do)\s+$", re.I)  # "did the girl with ... carry?": the subject right after it
_AGE = re.compile(rf"\b({AGE_NUMBER})[\s-]*(year|month|week|day)s?[\s-]*old\b|\b(?:year|month|week|day)s?[\s-]old\b", re.I)
# British spellings read as American ones on both sides ("melanocytic tumours" names "Melanocytic Tumors").
_SPELLING = [(re.compile(a), b) for a, b in (("tumour", "tumor"), ("haem", "hem"), ("aem", "em"), ("oedem", "edem"), ("oesophag", "esophag"), ("paediatr", "pediatr"), ("oestr", "estr"))]
# Words that point at a case without naming it, and age groups (a report says "18-year-old", a reader "young").
_POINTING = set(tokenize(
    "first second third other same present index current above following described reported previous former latter one "
    "young younger old older elderly aged middle-aged adult patient case woman man girl boy child infant neonate toddler lady female male gentleman person"
))


_WHERE = set(tokenize("inside outside within over under above below behind beneath"))  # "the swelling inside his cheek": where, no naming word
_ORGAN_STEMS = [tuple(tokenize(organ) + tokenize(adjective)) for organ, adjective in ORGAN_ADJECTIVES]
_RARE = 3  # a naming word held by this few cases' records is shared, not background


class NamedCase(NamedTuple):
    """A case a question's description fits, with its title; ``searched``: found by searching
    the whole question (its words named no case), so the question keeps its words as the query."""

    case_id: str
    title: str
    searched: bool = False


def _acronyms(question: str) -> set[str]:
    """The question's words written as acronyms ("AML", "ITP"), as ``naming_terms`` reads them."""
    return set(tokenize(" ".join(re.findall(r"\b[A-Z][A-Z0-9-]+\b", question))))


def referring_nouns(question: str) -> list[str]:
    """The nouns the question refers to its patient by ("the man", "a 43-year-old woman"):
    they say who, not what is asked, so a sentence matching "man" has not answered anything."""
    return tokenize(" ".join(m.group(1) for m in _REFERRED.finditer(question)))


def naming_terms(question: str) -> list[str]:
    """The words the question names one case by (its describing phrase's terms, ages left out)."""
    phrases = [m.group(1) for m in _BEFORE.finditer(question)]
    for m in _AFTER.finditer(question):
        phrases.append(_described(m, question))
    return _phrase_terms(phrases)


def possessed_terms(question: str) -> list[str]:
    """The words of what a possessive gives the patient ("the 37-year-old woman's gallbladder
    wall", "the gallbladder wall of the 37-year-old woman"): often the very thing asked about, so they name a case only when one record alone
    holds them all (``CaseNames.matching``), never through a title."""
    return _phrase_terms([_described(m, question) for m in _POSSESSIVE.finditer(question)] + [m.group(1) for m in _OF_PATIENT.finditer(question)])


def _phrase_terms(phrases: list[str]) -> list[str]:
    terms: list[str] = []
    for phrase in phrases:
        for term in _terms(_AGE.sub(" ", phrase)):
            if term not in _POINTING and term not in _WHERE and term not in terms:
                terms.append(term)
    return terms


_ASKED_OF = re.compile(r"^\W*(?:did|does|do|has|have|had|was|were|is|are)\s+(?=(?:the|this|that|our)\s)", re.I)
_DESCRIBED = re.compile(rf"(?:the|this|that|our)\s+(?:{_WORD}){{0,5}}{PATIENT_NOUN}(?![\w'’-])", re.I)  # "the 28-year-old primigravida", whole


def asked_of_patient(question: str) -> str | None:
    """What a question asks of the patient its auxiliary is followed by: the words after the
    description ("Did the man with HCC and a liver metastasis | drink alcohol?", "Had the boy with
    the strangulated hernia | noticed a lump in his groin before?"); None when it does not start so."""
    lead = _ASKED_OF.match(question)
    head = _DESCRIBED.match(question, lead.end()) if lead else None
    if head is None:
        return None
    after = _AFTER.match(question, lead.end())
    if after is None:
        return question[head.end():]
    return question[after.start(1) + len(_described(after, question)):]


def _described(m: re.Match[str], question: str) -> str:
    """The describing words after the noun, up to where the asked thing starts again; in
    "Which mutation did the girl with melanocytic tumours carry?" the last word is the verb."""
    phrase = _CLAUSE_END.split(m.group(1), maxsplit=1)[0]
    reaches_end = not question[m.start(1) + len(phrase):].strip(" ?.!")
    if reaches_end and _AUXILIARY.search(question[: m.start()]) and len(phrase.split()) > 1:
        phrase = phrase.rsplit(None, 1)[0]
    elif reaches_end and _COPULA.match(question) and (state := trailing_state(phrase) or _PREDICATE.search(phrase)):
        cut = state.start("before") if state.groupdict().get("before", "") and state.group("before").lower() == "on" else state.start("state")
        phrase = phrase[:cut].rstrip()  # "Was the woman with tongue cancer a smoker?", "... on a blood thinner?", "... frenum abnormal?": that is asked
    return phrase


def without_names(question: str) -> str:
    """The question with its case-describing words taken out ("When was the ITP patient
    splenectomized?" -> "When was the patient splenectomized?"): once the case is chosen they
    match every passage of it and would outweigh the asked words in its search."""
    out = question
    for m in reversed(list(_AFTER.finditer(out))):
        phrase = _described(m, out)
        start = out.rfind(" ", 0, m.start(1) - 1)  # the "with"/"of"/"on" before the phrase goes too
        out = out[:start] + out[m.start(1) + len(phrase):]
    for m in reversed(list(_BEFORE.finditer(out))):
        out = out[: m.start(1)] + out[m.end(1):]
    return " ".join(out.split())


def _terms(text: str) -> list[str]:
    """``tokenize``'s terms, and a capitalised stop word as a name ("Down syndrome")."""
    named = [w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.lower() in STOPWORDS]
    lowered = text.lower()
    for variant, spelling in _SPELLING:
        lowered = variant.sub(spelling, lowered)
    return tokenize(lowered) + named


_FEMALE, _MALE = re.compile(r"\b(?:she|her|hers|woman|women|girl|lady|female|mother)\b", re.I), re.compile(r"\b(?:he|his|him|man|men|boy|gentleman|male|father)\b", re.I)


def asked_sex(question: str) -> str:
    """"F" or "M" when the question refers to its patient as a woman or a man, else ""."""
    nouns = " ".join(m.group(1) for m in _REFERRED.finditer(question))
    female, male = bool(_FEMALE.search(nouns)), bool(_MALE.search(nouns))
    return "F" if female and not male else "M" if male and not female else ""


def _sex(text: str) -> str:
    """The sex a case's text speaks of, when its words for one outnumber the other's twice."""
    female, male = len(_FEMALE.findall(text)), len(_MALE.findall(text))
    return "F" if female >= 3 and female > 2 * male else "M" if male >= 3 and male > 2 * female else ""


def _ages(text: str) -> set[str]:
    """"13-year-old", "54 years old", "two-and-a-half-year-old" -> {"13 year", "54 year", "2.5 year"}."""
    return {f"{_age_number(m.group(1)):g} {m.group(2).lower()}" for m in _AGE.finditer(text) if m.group(1)}


def stated_ages(text: str) -> Iterator[tuple[float, int, int]]:
    """Every age the text states, in years, with its offsets ("a three-week-old girl": 3/52), lazily: the first is often enough."""
    return ((_age_number(m.group(1)) * _UNIT_YEARS[m.group(2).lower()], m.start(), m.end()) for m in _AGE.finditer(text) if m.group(1))


def _age_number(number: str) -> float:
    whole = re.split(r"[\s-]", number, maxsplit=1)[0].lower()
    return (_NUMBER_WORDS[whole] if whole in _NUMBER_WORDS else float(whole)) + (0.5 if re.search(_HALF, number, re.I) else 0.0)


def asked_ages(question: str) -> set[str]:
    """The ages the question describes its case by ("the 34-year-old man with ...")."""
    owners = [question[m.start() : m.start(1)] for m in _POSSESSIVE.finditer(question)]  # "the 32-year-old surgeon's"
    aged = [m.group(0) for m in _AGED.finditer(question)]  # "the 33-year-old former guitarist"
    return _ages(" ".join([*(m.group(0) for m in [*_BEFORE.finditer(question), *_AFTER.finditer(question)]), *owners, *aged]))


_AGED = re.compile(r"\b(?:the|this|that|our)\s+" + AGE_PHRASE + r"\b", re.I)


# Age groups a reader describes a patient by ("the young woman", "the elderly man"), in years:
# a case none of whose stated ages falls in the group is not the one described.
_AGE_GROUPS = [
    (re.compile(r"(?<![\w-])(?:young|younger)\s+(?:wom[ae]n|m[ae]n|adults?|patients?|lady|mother|female|male)\b", re.I), 0.0, 45.0),
    (re.compile(r"(?<![\w-])(?:elderly|older|old)\s+(?:wom[ae]n|m[ae]n|patients?|lady|gentleman|female|male|adults?)\b", re.I), 60.0, 150.0),
    (re.compile(r"\bmiddle[- ]aged\b", re.I), 35.0, 70.0),
    (re.compile(r"\b(?:teenagers?|teenage|adolescents?)\b", re.I), 10.0, 20.0),
]
_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365}


def asked_age_group(question: str) -> tuple[float, float] | None:
    """The age range in years an age-group word describes the patient by, if one does."""
    return next(((lo, hi) for pattern, lo, hi in _AGE_GROUPS if pattern.search(question)), None)


def in_age_group(ages: frozenset[str] | set[str], group: tuple[float, float] | None) -> bool:
    """Whether some stated age falls in the group (no group asked, or no age stated: it may)."""
    if group is None or not ages:
        return True
    return any(group[0] <= float(age.split()[0]) * _UNIT_YEARS[age.split()[1]] <= group[1] for age in ages)


def _named_by(described: str, acronyms: list[str], text: str) -> set[str]:
    """The terms a description names a case by: its words (stemmed, and as written), its
    acronyms, and the short forms the case's text defines for what it says."""
    words = set(_terms(described + " " + " ".join(acronyms))) | set(re.findall(r"[a-z]+", described.lower()))
    for short, long in definitions(text).items():
        if _defines(tokenize(long), words):  # "immune thrombocytopenic purpura (ITP)" -> itp
            words.update(tokenize(short))
    return words


def _defines(long_terms: list[str], words: set[str]) -> bool:
    """A short form names the case when its long form is in its names: every term, or all but
    one of three or more ("immune thrombocytopenic purpura (ITP)" for "immune thrombocytopenia")."""
    stems = {w[:PREFIX] for w in words}
    found = sum(t[:PREFIX] in stems for t in long_terms)
    return bool(long_terms) and (found == len(long_terms) or (len(long_terms) >= 3 and found >= len(long_terms) - 1))


@dataclass(frozen=True)
class DocNames:
    """What one case record contributes: computed once per document version (``of``)."""

    case_id: str
    title: frozenset[str]  # its title's words and acronyms, and the short forms its text defines for them
    named: frozenset[str]  # the same with its diagnosis and drug tags (a tag can be a differential's)
    words: frozenset[str]  # the stems of every word it holds, whole and cut to ``PREFIX`` letters
    ages: frozenset[str]  # every age it states ("13 year")
    sex: str = ""  # "F", "M" or "" (see ``_sex``)

    @classmethod
    def of(cls, record, text: str) -> DocNames | None:
        """From a registry record (``doc_id, case_id, title, diagnoses, drugs``) and its text;
        None for a document that is no case record (a paper: "in the case of MERS" names none)."""
        if not is_case_record(record.case_id, record.doc_id):
            return None
        title = _named_by(record.title, title_acronyms(record.title), text)
        tags = _named_by(" ".join([*record.diagnoses, *record.drugs]), [a for d in record.diagnoses for a in title_acronyms(d.title())], text)
        stems = set(_terms(record.title + " " + text))
        stems |= {t for pair in _ORGAN_STEMS for t in pair if stems & set(pair)}  # a report saying "buccal" holds "cheek" too
        words = frozenset(stems) | frozenset(t[:PREFIX] for t in stems)
        return cls(record.case_id, frozenset(title), frozenset(title | tags), words, frozenset(_ages(record.title + " " + text)), _sex(text))


@dataclass(frozen=True)
class CaseNames:
    """Per case, the terms it is named by: its documents' ``DocNames`` joined."""

    titles: Mapping[str, frozenset[str]]
    names: Mapping[str, frozenset[str]]
    known: frozenset[str]
    words: Mapping[str, frozenset[str]]
    ages: Mapping[str, frozenset[str]]
    sexes: Mapping[str, str]

    @classmethod
    def of(cls, docs: Iterable[DocNames | None]) -> CaseNames:
        tables: tuple[dict[str, set[str]], ...] = ({}, {}, {}, {})
        sexes: dict[str, str] = {}
        for doc in docs:
            if doc is not None:
                for table, part in zip(tables, (doc.title, doc.named, doc.words, doc.ages)):
                    table.setdefault(doc.case_id, set()).update(part)
                sexes[doc.case_id] = sexes.get(doc.case_id) or doc.sex
        titles, names, words, ages = ({case: frozenset(v) for case, v in table.items()} for table in tables)
        return cls(titles, names, frozenset().union(*names.values()) if names else frozenset(), words, ages, sexes)

    def matching(self, question: str) -> list[str]:
        """The cases a question's description fits. Few reports may hold all its words (at most
        a tenth, or two: "the pregnant woman" fits 29 and names none). Then the cases whose
        titles hold every naming word (a word some case is named by), else whose titles and
        tags do, and whose records hold the description's other words, its ages and its sex
        ("the pregnant woman with epistaxis" is not the one pregnant patient of the titles);
        else the cases named by some naming words whose records hold the rest ("the
        34-year-old man with the hydatid cyst of the thigh": his title says hydatid cyst, his
        report thigh); else the one report that holds the whole description, if only one does
        ("the 13-year-old boy with the epidural empyema"). The words of a possessive ("the
        37-year-old woman's gallbladder wall") name a case only in that last way."""
        terms = naming_terms(question)
        possessed = not terms
        terms = terms or possessed_terms(question)
        if not terms:
            return []
        fits = self.fitting(question)
        holds = lambda case, ts: all(t[:PREFIX] in self.words.get(case, ()) for t in ts)  # noqa: E731
        if sum(1 for c in self.words if holds(c, terms) and fits(c)) > max(2, len(self.words) // 10):
            return []  # word starts: "pregnant" counts the reports that say "pregnancy" too
        naming = [t for t in terms if t in self.known and not possessed]
        if naming:
            rest = [t for t in terms if t not in self.known]
            for table in (self.titles, self.names):
                strict = [c for c, named in table.items() if all(t in named for t in naming) and holds(c, rest) and fits(c)]
                if strict:
                    return sorted(strict + self._also_holding(strict, terms, [t for t in naming if t not in _acronyms(question)], fits, holds))
            rare = [t for t in naming if sum(1 for c in self.words if holds(c, [t])) <= max(2, len(self.words) // 10)]  # not "severe"
            relaxed = sorted(c for c, names in self.names.items() if any(t in names for t in rare) and holds(c, terms) and fits(c))
            if relaxed:
                return relaxed
        described = [c for c, words in self.words.items() if all(t in words for t in terms) and fits(c)]
        return described if len(described) == 1 and (len(terms) > 1 or asked_ages(question)) else []

    def nearly_matching(self, question: str) -> list[str]:
        """The one report holding all but one of the description's words, if only one does: a
        word of what is asked caught in the description ("the man with HHT lose"), or one the
        report spells otherwise. The last resort, after ``matching`` and the question's search."""
        terms = naming_terms(question)
        fits = self.fitting(question)
        nearly = [c for c, words in self.words.items() if sum(t in words for t in terms) >= len(terms) - 1 and fits(c)]
        return nearly if len(nearly) == 1 and len(terms) > 1 else []

    def fitting(self, question: str) -> Callable[[str], bool]:
        """Whether a case fits the ages, sex and age group the question describes its patient by."""
        ages, sex, group = asked_ages(question), asked_sex(question), asked_age_group(question)
        return lambda case: (ages <= self.ages.get(case, frozenset()) and not (sex and self.sexes.get(case) and self.sexes[case] != sex)
                             and in_age_group(self.ages.get(case, frozenset()), group))

    def _also_holding(self, named: list[str], terms: list[str], naming: list[str], fits, holds) -> list[str]:
        """Other cases whose records hold the whole description when its rarest naming word is
        rare (held by at most ``_RARE`` cases): "the woman with Marfan syndrome" fits the woman
        whose title says it and the woman whose history does, so it names both, not the first."""
        if not naming or min(sum(1 for c in self.words if holds(c, [t])) for t in naming) > _RARE:
            return []  # an acronym ("the AML case") is read through the definitions of each report, never widened here
        return [c for c in self.words if c not in named and holds(c, terms) and fits(c)]
