"""The subject of a question across cases ("Which patients received rituximab?" -> rituximab,
with its brand names, abbreviations and drug class): the terms whose mentions mark a case.
Acronyms count only in documents that also spell out the long form (AML is angiomyolipoma
in one shipped case)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

from assistant.text.tokens import tokenize
from assistant.text.vocabulary import DIAGNOSES, DRUGS

# -- the subject of the question ---------------------------------------------------------

# name -> (words of a question that name it; long forms, matched case-insensitively with
# plural/derived endings; acronyms, matched case-sensitively and only in documents that
# also spell out a long form). Entries are tried in order: the specific before the general.
SYNONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "kidney transplant": ((), ("kidney transplant", "renal transplant", "transplanted kidney", "kidney transplantation", "renal allograft"), ("KTx",)),
    "stem cell transplant": (("stem cell", "hsct", "bone marrow transplant"), ("stem cell transplant", "hematopoietic stem cell", "bone marrow transplant", "stem cell transplantation"), ("HSCT", "ASCT", "SCT", "BMT")),
    "transplant": ((), ("transplant", "transplantation", "transplanted"), ()),
    "died": (("died", "death", "deceased", "fatal", "passed away", "expired"), ("died", "death", "deceased", "passed away", "expired", "fatal", "succumbed", "demise", "could not be resuscitated"), ()),
    "cytokine release syndrome": (("cytokine release", "crs"), ("cytokine release syndrome",), ("CRS",)),
    "ivig": (("ivig", "intravenous immunoglobulin", "gamma globulin"), ("intravenous immunoglobulin", "immunoglobulin therapy", "gamma globulin", "gammaglobulin", "intravenous immune globulin"), ("IVIG", "IVIg")),
    "dialysis": (("dialysis", "renal replacement", "crrt"), ("dialysis", "hemodialysis", "haemodialysis", "renal replacement", "hemofiltration", "hemodiafiltration", "peritoneal dialysis"), ("CRRT", "CVVHD", "CVVH", "CVVHDF", "RRT", "HD")),
    "rituximab": ((), ("rituximab", "mabthera", "rituxan"), ("RTX",)),
    "cyclophosphamide": ((), ("cyclophosphamide", "endoxan", "cytoxan"), ("CTX",)),
    "methylprednisolone": ((), ("methylprednisolone", "solu-medrol"), ("MPD", "MP")),
    "heparin": ((), ("heparin", "heparinization", "heparinisation", "heparinized", "enoxaparin", "nadroparin", "dalteparin", "tinzaparin", "low molecular weight heparin"), ("LMWH", "UFH")),
    "checkpoint inhibitor": (("checkpoint", "pd-1", "pd-l1"), ("checkpoint inhibitor", "pd-1 inhibitor", "pd-l1 inhibitor", "anti-pd-1", "pembrolizumab", "nivolumab", "sintilimab", "durvalumab", "atezolizumab", "cadonilimab", "ipilimumab", "tislelizumab", "camrelizumab", "toripalimab", "avelumab", "cemiplimab"), ("ICI", "ICIs")),
    "bcr-abl inhibitor": (("bcr-abl", "imatinib", "dasatinib", "nilotinib"), ("imatinib", "dasatinib", "nilotinib", "bosutinib", "ponatinib", "asciminib"), ()),
    "hydatid": ((), ("hydatid", "echinococcal", "echinococcus", "echinococcosis"), ()),
    "tuberculosis": ((), ("tuberculosis", "tubercular", "tuberculous"), ("TB",)),
    "covid": (("covid", "sars-cov-2"), ("covid-19", "covid", "sars-cov-2"), ()),
    "plasma exchange": ((), ("plasma exchange", "plasmapheresis"), ("TPE", "PLEX")),
    "hemolytic uremic syndrome": (("hemolytic uremic", "hemolytic-uremic", "hus"), ("hemolytic uremic syndrome", "hemolytic-uremic syndrome", "thrombotic microangiopathy"), ("HUS", "aHUS", "TMA")),
    "plasma cell disorder": (("plasma cell",), ("myeloma", "plasmacytoma", "plasma cell neoplasm", "plasma cell dyscrasia"), ()),
    "leukemia": ((), ("leukemia", "leukaemia"), ("ALL", "AML", "CML", "CLL", "APL", "B-ALL", "T-ALL")),
    "hlh": (("hemophagocytic", "hlh"), ("hemophagocytic lymphohistiocytosis", "haemophagocytic lymphohistiocytosis"), ("HLH",)),
    "acute myeloid leukemia": (("acute myeloid", "aml"), ("acute myeloid leukemia", "acute myeloid leukaemia"), ("AML",)),
    "immune thrombocytopenia": (("immune thrombocytopeni", "itp"), ("immune thrombocytopenia", "immune thrombocytopenic purpura"), ("ITP",)),
    "splenectomy": (("splenectomy", "spleen removed"), ("splenectomy", "spleen removed", "spleen was removed"), ()),
}
_FRAME_WORDS = """which what who whose whom list name show find give are is were was there did do does has have had having how many number
of any anyone anybody all the a an in with to for on that patients? cases? people subjects records? reports? reported treated treatment
received? receiving given giving administered actually underwent undergo undergone involve[sd]? involving developed develop required? needed
need diagnosed suffered get got another forms? their during course compare contrast outcomes? where located cysts? recipients? active
infections? disorders? other own ever onset new documented describe[sd]? mention(?:ed|s)? spleen removed experienced history after following"""
_FRAME = re.compile(r"\b(?:" + "|".join(_FRAME_WORDS.split()) + r")\b", re.I)  # the list frame, not the subject
_SPLIT = re.compile(r"\s+(?:or|and|and/or|vs\.?|versus)\s+|[,;/()?]|\s+-\s+", re.I)
_BRITISH = [(re.compile(r"emia"), "a?emia"), (re.compile(r"\\?\bhem"), "ha?em"), (re.compile(r"edema"), "o?edema")]
_SUFFIX = r"(?:s|es|ed|ing|ation|ations|ic|al)?"


@dataclass(frozen=True)
class Term:
    """One way the subject is written: a pattern, the stems BM25 finds it by, and, for an
    acronym, the long forms that must appear in the same document (AML: angiomyolipoma)."""

    pattern: re.Pattern[str]
    stems: tuple[str, ...]
    defined_by: re.Pattern[str] | None = None


def _form_pattern(form: str) -> str:
    """A long form as a regex: words joined by space or hyphen, an optional ending, British spellings."""
    words = [re.escape(w) for w in re.split(r"[\s\-]+", form.strip()) if w]
    body = r"[\s\-]+".join(words)
    for old, new in _BRITISH:
        body = old.sub(new, body)
    return r"(?<![A-Za-z])" + body + _SUFFIX + r"(?![A-Za-z])"


def _terms(forms: Iterable[str], acronyms: Iterable[str] = ()) -> list[Term]:
    forms = list(forms)
    out = [Term(re.compile(_form_pattern(f), re.I), tuple(tokenize(f))) for f in forms]
    longs = re.compile("|".join(_form_pattern(f) for f in forms), re.I) if forms else None
    out += [Term(re.compile(r"(?<![A-Za-z0-9])" + re.escape(a) + r"s?(?![A-Za-z0-9])"), tuple(tokenize(a)), longs) for a in acronyms]
    return [t for t in out if t.stems]


def _vocabulary_terms(phrase: str) -> list[Term] | None:
    """A phrase naming a diagnosis or a drug of the shared vocabulary, as its terms."""
    for label, (long_form, acronym) in DIAGNOSES.items():
        if re.search(long_form, phrase, re.I) or label in phrase:
            pattern = re.compile(r"(?<![A-Za-z])(?:" + long_form + r")" + _SUFFIX + r"(?![A-Za-z])", re.I)
            out = [Term(pattern, tuple(tokenize(label)))]
            if acronym:
                out.append(Term(re.compile(acronym), tuple(tokenize(re.sub(r"\\b|\(.*?\)|[\\?]", " ", acronym).split("|")[0])), pattern))
            return out
    drugs = [d for d in DRUGS if re.search(r"\b" + re.escape(d) + r"\b", phrase)]
    return _terms(drugs) if drugs else None


def phrase_terms(phrase: str, common: Callable[[tuple[str, ...]], bool]) -> list[Term]:
    """One alternative of the subject ("prednisone", "prednisolone"): the synonym table
    (its question keys, then its names), the shared vocabulary, else the phrase itself;
    singular, as the patterns allow plural endings ("splenectomies")."""
    singular = re.sub(r"(?<=[a-z]{3})(?<![siu])s\b", "", re.sub(r"(?<=[a-z]{3})ies\b", "y", phrase))
    phrase, keyed = singular, phrase + " | " + singular
    for keys, forms, acronyms in SYNONYMS.values():
        if any(re.search(r"(?<![a-z])" + re.escape(k), keyed) for k in keys):
            return _terms(forms, acronyms)  # the whole phrase: "hematopoietic" must not add "transplant"
    phrase = " ".join(_FRAME.sub(" ", phrase).split())
    if not phrase:
        return []
    named = next((v[1:] for n, v in SYNONYMS.items() if n in phrase), None)
    found = _terms(*named) if named else _vocabulary_terms(phrase)
    if found is None and not common(tuple(tokenize(phrase))):
        found = _terms([phrase])
    return found or []


def subject_terms(question: str, common: Callable[[tuple[str, ...]], bool] = lambda stems: False) -> list[Term]:
    """The ways the question's subject can be written, one alternative per "or"/","/"and"
    part; a part whose words are in most documents (``common``) cannot tell cases apart."""
    text = re.sub(r"\([^)]*\)", lambda m: m.group(0) if re.fullmatch(r"\(\w+\)", m.group(0)) else " ", question)
    phrases = [p.strip() for p in _SPLIT.split(text.lower())]
    out = [t for p in phrases for t in phrase_terms(p, common)] or [t for p in phrases for t in phrase_terms(p, lambda stems: False)]
    return list({t.pattern.pattern: t for t in out}.values())  # a common subject ("fever") is still a subject


# -- is a mention about this patient? ----------------------------------------------------
