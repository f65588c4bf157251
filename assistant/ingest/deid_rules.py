"""Where the identifiers are in a text: pattern and context rules, one finder per kind.

Each finder returns ``(start, end, kind)`` spans of the original text; ``deid.scrub``
merges them and writes the placeholders. Rules, not a model: a name is found by what
stands around it (``Mr.``, ``Dr.``, ``Patient:``, ``her husband``, ``, a 54-year-old``,
``, MD``), and every word of a name found once is then replaced wherever it recurs in
the document ("Mrs. Okafor ... Okafor's daughter"). Eponyms and vocabulary terms are
never taken as names (``Hodgkin``, ``Burkitt``, ``Philadelphia chromosome``). Dates are
identifiers only when they are a date of birth (``DOB``, ``born on``), unless the caller
asks for every date (HIPAA safe harbor): see docs/deidentification.md for why.
Presidio's pattern recognizers and philter were measured against these rules on the
same synthetic notes (benchmarks/deid_eval.py, docs/kept_libraries.md).
"""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from assistant.text.vocabulary import DRUGS


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # a placeholder name: NAME, DOB, DATE, MRN, PHONE, ADDRESS, EMAIL, URL, IP, SSN


# -- names ------------------------------------------------------------------------------
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ž", "a-zß-öø-ÿĀ-ž"  # Latin Extended-A (Dvořák, Łukasz) in both: its cases alternate
_WORD = rf"(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|Von|[{_UP}][{_LOW}]?['’])?[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*"
_PARTICLE = r"(?:van|von|de|da|del|della|di|du|le|la|bin|ibn|al|el|ter|den|der|dos|das|ben)"
_NAME = rf"{_WORD}(?:[ \t]+(?:[A-Z]\.|(?:{_PARTICLE}[ \t]+)*{_WORD})){{0,3}}"
_CAPS = rf"[{_UP}]{{2,}}(?:[-'’][{_UP}]{{2,}})*(?![\w-])"  # SMITH, ADEYEMI-COLE: a surname in capitals, next to a mixed-case name after a label only (not "Patient: HIV-positive")
_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle)\.?[ \t]+"
_LABEL = (  # a label with a colon ("Name: ...", "Attending: ...") or a "... by" form ("signed by ...")
    r"(?:(?i:\b(?:patient(?:'s)? name|patient|pt|name|attending(?: physician)?|referring (?:physician|doctor|provider)|physician|provider"
    r"|surgeon|nurse|cc|next of kin|emergency contact|contact person|guardian|informant))[ \t]*[:\-]"
    r"|(?i:\b(?:signed|electronically signed|dictated|transcribed|seen|reviewed|examined) by)[ \t]*:?)[ \t]*"
)
_KIN = r"(?i:\b(?:husband|wife|son|daughter|mother|father|brother|sister|partner|spouse|friend|neighbou?r|grandson|granddaughter|caregiver|carer))[ \t]*,?[ \t]+"
# (pattern, trust): "strong" contexts take what they hold; a "weak" one drops a name any of
# whose words the text also uses in lower case ("Similarly, a 63-year-old"); a "strict" one
# is weak and takes the whole slot as a name or nothing.
_NAME_CONTEXTS = [
    (re.compile(_TITLE + rf"({_NAME})"), "strong"),
    (re.compile(_LABEL + rf"((?:{_WORD}|{_CAPS}),[ \t]*{_NAME}|{_NAME}(?:[ \t]+{_CAPS})?)"), "strong"),
    (re.compile(rf"(?m)^[ \t]*({_NAME}),?[ \t]+(?:MD|M\.D\.|DO|RN|NP|PA-C|PhD|MBBS|MBChB|FRCP|FRACP)\b"), "strong"),
    (re.compile(_KIN + rf"({_NAME})"), "weak"),
    (re.compile(rf"\b({_NAME}),?[ \t]+(?:is|was)?[ \t]*an?[ \t]+\d{{1,3}}[- ](?:year|month|week|day)s?[- ]old"), "weak"),
    (re.compile(rf"\b({_NAME}),?[ \t]+(?:\(\d{{1,3}}[ \t]*(?:y|yo|years?)\b|aged[ \t]+\d)"), "weak"),
    (re.compile(rf"\b({_NAME})[ \t]*\((?i:next of kin|consultant|attending|registrar|resident|fellow|nurse|GP|husband|wife|partner|daughter|son|mother|father|sister|brother)\b"), "weak"),
    (re.compile(rf"(?i:\b(?:discussed with|contacted|called|phoned|spoke (?:to|with)|referred (?:to|by)|informed|consulted|reviewed with))[ \t]+({_WORD}[ \t]+{_NAME})"), "strict"),
]
# Capitalised words that start or follow a name slot without being one.
_NOT_NAMES = frozenset(
    """a an the he she his her they their this that these those it its on in at of for to from with without and or
    but was is had has have been be by as after before during since until then when while who whom which
    patient patients name date day days history presentation perspective information consent care record
    hospital clinic department unit ward center centre medical university general school service team
    mr mrs ms dr prof md phd rn year years month months old male female man woman boy girl child infant baby
    admitted presented received underwent reported denied noted treated started stopped given
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    emergency intensive internal family primary oncology hematology haematology cardiology neurology
    north south east west street road avenue lane city county state
    we our us i you dear per plan note notes impression assessment follow followup collateral transport
    contacted discussed called phoned spoke seen reviewed informed consulted referred examined signed dictated
    mother father husband wife son daughter brother sister partner spouse guardian kin next consultant
    similarly however additionally subsequently finally initially later thus therefore notably interestingly
    unfortunately meanwhile moreover furthermore overall here there prospective living
    infants neonates children adults adolescents patients women men boys girls cases subjects participants""".split()
)
# Eponyms and other capitalised clinical words that must survive even next to a name slot.
EPONYMS = frozenset(
    """hodgkin burkitt philadelphia crohn sjögren sjogren guillain barré barre epstein barr waldenström waldenstrom
    castleman kaposi wilms ewing down cushing addison graves hashimoto parkinson alzheimer hodgkins richter
    evans fanconi diamond blackfan gaucher niemann pick wiskott aldrich kikuchi rosai dorfman erdheim chester
    langerhans sezary sézary reed sternberg auer pelger huët howell jolly coombs bence jones schilling
    whipple wegener churg strauss behçet behcet kawasaki still raynaud horner bell babinski kernig brudzinski
    glasgow apgar karnofsky ann arbor lugano rai binet durie salmon hasford sokal gleason breslow clark
    bethesda who ecog nccn eln fab""".split()
)
_DRUG_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(DRUGS)))


def _is_name_word(word: str) -> bool:
    low = word.lower()
    return len(word) > 1 and low not in _NOT_NAMES and low not in EPONYMS and low not in _DRUG_WORDS


def _trim_name(text: str, start: int, end: int) -> Span | None:
    """The name inside a matched slot, without leading or trailing non-name words."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    while words and not _is_name_word(text[start + words[0][0] : start + words[0][1]].rstrip(".")):
        words.pop(0)
    while words and not _is_name_word(text[start + words[-1][0] : start + words[-1][1]].rstrip(".")):
        words.pop()
    if not words:
        return None
    return Span(start + words[0][0], start + words[-1][1], "NAME")


def _followed_by_eponym_noun(text: str, end: int) -> bool:
    return bool(re.match(r"['’]?s?[ \t]+(?:lymphoma|disease|syndrome|chromosome|sarcoma|tumou?r|cells?|leuka?emia|score|criteria|staging|sign|test|lesions?|phenomenon|reaction|classification)\b", text[end:], re.I))


def find_names(text: str, known: Iterable[str] = ()) -> list[Span]:
    """Names in their contexts, then every other occurrence of each of their words.

    ``known`` adds name words found elsewhere (the document body, when scrubbing a title)."""
    spans: list[Span] = []
    words = set(known)
    common = _lowercase_words(text)
    for pattern, trust in _NAME_CONTEXTS:
        for match in pattern.finditer(text):
            span = _trim_name(text, match.start(1), match.end(1))
            if span is None or _followed_by_eponym_noun(text, span.end) or trust == "strict" and span[:2] != match.span(1):
                continue
            if trust != "strong" and any(w[0].isupper() and w.lower().rstrip(".,") in common for w in text[span.start : span.end].split()):
                continue
            spans.append(span)
            words.update(_propagated(text[span.start : span.end]))
    if words:
        recur = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w-])")
        spans += [Span(m.start(), m.end(), "NAME") for m in recur.finditer(text) if not _followed_by_eponym_noun(text, m.end())]
    return spans


# Two capitalised words inside a sentence (after a lower-case word or a comma), neither used
# in lower case elsewhere nor shaped like a clinical term: a name with no cue around it
# ("arranged by Amara Tran"). Off by default (deid.uncued_names): it also takes places,
# institutions and products, see docs/deidentification.md.
_UNCUED_RE = re.compile(rf"(?<=[a-z,;:] )({_WORD}[ \t]+{_WORD})(?![\w-])")
_TERM_SHAPE = re.compile(r"(?i)(?:itis|oma|a?emia|ology|osis|ectomy|otomy|scopy|graphy|pathy|ase|ine|ide|cell|virus|ium|al|ic|ary|ous)$")


def find_uncued_names(text: str) -> list[Span]:
    """Likely names that no context announces; not propagated (see ``_UNCUED_RE``)."""
    common = _lowercase_words(text)
    spans = []
    for match in _UNCUED_RE.finditer(text):
        words = match.group(1).split()
        if all(_is_name_word(w) and w.lower() not in common and not _TERM_SHAPE.search(w) for w in words) and not _followed_by_eponym_noun(text, match.end()):
            spans.append(Span(match.start(1), match.end(1), "NAME"))
    return spans


def _lowercase_words(text: str) -> set[str]:
    """Words the text writes in lower case as plain words (not inside an email or a link)."""
    tokens = (t.strip(".,;:!?()[]\"'") for t in text.split())
    return {t for t in tokens if t[:1].islower() and t.isalpha()}


def _propagated(name: str) -> set[str]:
    """The words of a found name worth finding again (capitalised, not an initial or a particle),
    each also as written in capitals or in title case: ``SMITH`` in a header, ``Smith`` below."""
    words = {w for w in (w.rstrip(".,") for w in name.split()) if len(w) > 2 and w[0].isupper() and _is_name_word(w)}
    return words | {w.upper() for w in words} | {w.title() for w in words if w.isupper()}


def name_words(text: str, spans: Iterable[Span]) -> set[str]:
    """The words of the names found, to scrub the same names from a title or section name."""
    return {w for s in spans if s.kind == "NAME" for w in _propagated(text[s.start : s.end])}


# -- dates ------------------------------------------------------------------------------
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{1,2}}[ \-]{_MONTH}[ \-,]+\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})(?![\d/])"
)
_DATE_RE = re.compile(rf"(?<![\w/.\-]){_DATE}")
_DOB_RE = re.compile(rf"(?i:\b(?:DOB|D\.O\.B\.?|date[ \t]+of[ \t]+birth|birth[ \t]?date|born(?:[ \t]+on)?|b\.))[ \t]*[:\-]?[ \t]*({_DATE}|{_MONTH}[ \t]+\d{{4}})")


def find_dates(text: str, every_date: bool) -> list[Span]:
    """Dates of birth (``[DOB]``); with ``every_date`` also every other full date (``[DATE]``)."""
    spans = [Span(m.start(1), m.end(1), "DOB") for m in _DOB_RE.finditer(text)]
    if every_date:
        spans += [Span(m.start(), m.end(), "DATE") for m in _DATE_RE.finditer(text)]
    return spans


# -- numbers that name a person or a place ----------------------------------------------
_MRN_RE = re.compile(
    r"(?i:\b(?:MRN|med(?:ical)?[ \t]+rec(?:ord)?|hospital|patient|chart|account|acct|NHS|encounter|case|unit|UR|health[ \t]+card|insurance|member|policy)"
    r"\.?[ \t]*(?:#|no\.?|num(?:ber)?|id|n[°º])?\.?)[ \t]*[:#\-]?[ \t]*"
    r"((?=[A-Z0-9-]*\d(?:[ -]?\d){4})[A-Z]{0,3}[ \-]?\d[\d \-]{3,14}\d[A-Z]?)(?![\w/])"
)
_SSN_RE = re.compile(r"(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])")
_PHONE_RES = [
    re.compile(r"(?<![\w/.\-+])(?:\+?1[ .\-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ .\-])\d{3}[ .\-]\d{4}(?![\w/\-]|\.\d)"),
    re.compile(r"(?<![\w/.\-+])\+\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,5}(?:[ .\-]\d{1,6}){1,4}(?![\w/\-]|\.\d)"),
    re.compile(r"(?<![\w/.\-+])0\d{2,4}[ \-]\d{3,4}[ \-]?\d{3,4}(?![\w/\-]|\.\d)"),
    re.compile(r"(?i:\b(?:tel|telephone|phone|ph|mobile|mob|cell|fax|pager|bleep|contact[ \t]+number)\.?[ \t]*(?:no\.?|number|#)?[ \t]*[:\-]?[ \t]*)(\+?[\d(][\d ().\-]{5,18}\d)"),
]
_EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:!?]")
LITERATURE_HOSTS = ("doi.org", "ncbi.nlm.nih.gov", "pubmed", "clinicaltrials.gov", "creativecommons.org", "europepmc.org", "who.int")
_IP_RE = re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.])")


def find_numbers(text: str) -> list[Span]:
    """Record numbers (labelled), SSN-like ids, phone numbers (several formats)."""
    spans = [Span(m.start(1), m.end(1), "MRN") for m in _MRN_RE.finditer(text)]
    spans += [Span(m.start(), m.end(), "SSN") for m in _SSN_RE.finditer(text)]
    for pattern in _PHONE_RES:
        group = 1 if pattern.groups else 0
        spans += [Span(m.start(group), m.end(group), "PHONE") for m in pattern.finditer(text) if sum(c.isdigit() for c in m.group(group)) >= 7]
    return spans


def find_online(text: str, keep_literature: bool) -> list[Span]:
    """Emails, URLs (links to the literature kept when asked) and IP addresses."""
    spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL_RE.finditer(text)]
    for m in _URL_RE.finditer(text):
        if not (keep_literature and any(host in m.group().lower() for host in LITERATURE_HOSTS)):
            spans.append(Span(m.start(), m.end(), "URL"))
    return spans + [Span(m.start(), m.end(), "IP") for m in _IP_RE.finditer(text)]


# -- addresses --------------------------------------------------------------------------
_STREET_TYPE = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent"
    r"|Square|Sq|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Row|Gardens|Grove|Hill|Mews)\b\.?"
)
_CAP = rf"[{_UP}][\w'’\-]*"
_TAIL = (
    rf"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?[ \t]*\w+)?"  # unit
    rf"(?:,[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}){{0,2}}"  # city, region
    rf"(?:,?[ \t]+(?:\d{{4,5}}(?:-\d{{4}})?(?:[ \t]+{_CAP}\b)?|[A-Z]{{1,2}}\d[A-Z\d]?[ \t]\d[A-Z]{{2}}))?"  # ZIP / postcode (city)
)
_ADDRESS_RES = [
    re.compile(rf"\b\d{{1,5}}[A-Za-z]?,?[ \t]+(?:{_CAP}[ \t]+){{1,4}}?{_STREET_TYPE}{_TAIL}"),
    re.compile(rf"\b{_CAP}(?:stra(?:ss|ß)e|weg|gasse|platz|laan|straat|gade|vej|gatan|vägen|katu)[ \t]+\d{{1,4}}[a-z]?{_TAIL}"),
    re.compile(rf"\b\d{{1,5}},?[ \t]+(?i:rue|via|calle|avenida|avenue|viale|piazza|plaza|rua|boulevard)[ \t]+(?:(?:de|del|la|le|des|du|di|della|do|da)[ \t]+)*{_CAP}(?:[ \t]+{_CAP}){{0,3}}{_TAIL}"),
    re.compile(r"(?i:\bP\.?[ \t]?O\.?[ \t]?Box)[ \t]+\d+"),
    re.compile(r"(?i:\b(?:address|addr|home address)\.?[ \t]*[:\-][ \t]*)((?=[^\n.;]*\d)[^\n.;]+)"),  # a label: "Address: ..."
    re.compile(rf"(?i:\b(?:lives at|living at|residing at|resides at)[ \t]+)(\d{{1,5}}[A-Za-z]?(?:,?[ \t]+{_CAP}){{1,6}})"),
]


def find_addresses(text: str) -> list[Span]:
    spans = []
    for pattern in _ADDRESS_RES:
        group = 1 if pattern.groups else 0
        spans += [Span(m.start(group), m.end(group), "ADDRESS") for m in pattern.finditer(text)]
    return spans
