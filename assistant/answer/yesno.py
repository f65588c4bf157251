"""Yes/no questions about one case: did it happen, was it absent, or do the records not say?

Retrieval ranks passages, but "not reported" is a claim about the whole case, so this
answerer reads every sentence of every document of the case (not only the top passages),
finds the sentences that mention the asked thing (read from the question by
``yesno_target``), and asks ``text.assertion`` whether each mention is affirmed, negated or
only possible for this patient.

The verdict lives in ``Draft.verdict`` ("yes", "no", "not_reported"); the answer sentence
stays the verbatim quote that decides it. "not_reported" carries no sentence: a sentence
needs a citation and an absence has none, so the draft abstains (the pipeline then shows the
closest passages) with ``verdict="not_reported"`` and a notice 'The records of <case> do not
report "<target>".' that says what was searched for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Callable

from assistant.answer.citations import Candidate, display_text, make_citation
from assistant.answer.draft import Draft
from assistant.answer.yesno_target import Target, case_words, parse_target, spelled_out
from assistant.models import Passage
from assistant.retrieve.hybrid import RetrievalResult
from assistant.text.assertion import AFFIRMED, NEGATED, NOT_DONE, POSSIBLE, assertion, is_bibliographic
from assistant.text.sentences import sentence_parts, sentence_spans
from assistant.text.tokens import PREFIX, tokenize
from assistant.text.vocabulary import american


# What a "no" quotes, said as the question asked it: "was it low?" is answered by a normal value.
_ABSENT = {
    "": 'The records report "{target}" as absent.',
    "abnormal": 'The records report "{target}" in the normal range.',
    "grew": 'The records report "{target}" without growth.',
}
_GREW = re.compile(r"\b(?:grew|growth of|positive|isolated|yielded|identified|revealed|showed)\b", re.I)
_NOTHING = re.compile(r"\b(?:showed|revealed|grew|demonstrated|yielded) no\b|\bno (?:growth|organisms?|bacteria)\b", re.I)
_NORMAL = re.compile(r"\b(?:normal|within (?:the )?normal|unremarkable|within (?:the )?reference)\b", re.I)
# When the question asks "was it found / did it respond / was it continued", these words near the
# target answer "no" although nothing is grammatically negated ("refractory to prephase").
_ANTONYMS = re.compile(r"\b(?:refractory|resistant|no response|discontinu\w*|stopped|ceased|withdrawn|switched|negative|no growth|sterile|none (?:\w+ )?(?:yielded|grew|was positive)|\(\s*[-–−]\s*\)|undetectable|not detected)", re.I)
_ASKED_NEGATIVE = re.compile(r"\b(?:negative|\(\s*[-–−]\s*\)|undetectable|not detected|absent)", re.I)
_SIGN = re.compile(r"\b(positiv|negativ)(?:e|ity)\s+(?:staining\s+)?(?:for|to)\b", re.I)
# A level said out of range, or given as a value: what "was it low/high?" needs to be answered.
_DIRECTED = re.compile(r"\b(?:low|lower|high|higher|elevat\w*|rais\w*|increas\w*|decreas\w*|reduc\w*|deficien\w*|insufficien\w*|abnormal\w*|depress\w*|diminish\w*|undetectable|below|above|exceed\w*)\b", re.I)
_VALUE = re.compile(r"(?<![-\w.])\d+(?:[.,]\d+)?(?![-\w])")  # "4.82 ng/mL", not the 25 of "25-hydroxy"
_PREDICATE = re.compile(r"\b(?:is|are|remains?|be|being)\s+(?:\w+ly\s+)?\w{3,}ed\b", re.I)
_GENERIC = (re.compile(r"\b(?:is|are|can|may|might|should|remains?|include|includes|represents?)\b", re.I), re.compile(r"\b(?:was|were|had|did|been)\b|(?<![-\w])(?<!the )(?<!an )(?<!a )\w{3,}ed\b", re.I))
_PATIENT = re.compile(r"\b(?:in this (?:case|instance|patient)|in the present case|in our (?:patient|case|setting)|our patient|this patient|the patient|the proband|she|he|her|his)\b", re.I)
_CONSIDERED = re.compile(r"\b(?:was|were) (?:\w+ )?considered\b|\b(?:recommended|offered)\b", re.I)
_INSTEAD = re.compile(r"\b(?:however|instead|rather than|but|declined|refused)\b", re.I)
_WATCHFUL = re.compile(r"watchful waiting|wait-and-see|active surveillance|observation alone", re.I)
_TREATMENT = re.compile(r"therap|chemo|treat|radiat|surgery|resect|drug|receive|given", re.I)


@dataclass
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    category: str
    patient: bool
    generic: bool
    order: int


_LESS = re.compile(r"(\w+?)-?less\b", re.I)  # "sleeveless": a sleeve, said absent


def _stem_spans(sentence: str) -> list[tuple[str, int, int]]:
    out = []
    for m in re.finditer(r"[A-Za-z0-9≥]+(?:[.,][0-9]+)*", sentence):
        for t in tokenize(american(m.group(0).lower()).replace("≥", " ")):
            out.append((t[:PREFIX], m.start(), m.end()))
            if (bare := _LESS.match(t)) and len(bare.group(1)) >= 4:  # "sleeveless" names a sleeve, as absent (``classify``)
                out.append(((tokenize(bare.group(1)) or [bare.group(1)])[0][:PREFIX], m.start(), m.end()))
    return out


def match_span(sentence: str, target: Target) -> tuple[int, int] | None:
    """Where the sentence names the target: a synonym, or enough of one alternative's stems
    (all of one or two; two thirds of longer ones, so "intensive induction chemotherapy"
    is named by "intensive chemotherapy")."""
    spans = _stem_spans(sentence)
    if target.context and not any(t in target.context for t, _, _ in spans):
        return None
    for pattern in target.patterns:
        if m := pattern.search(sentence):
            return m.start(), m.end()
    for stems in target.alternatives:
        need = len(stems) if len(stems) <= 2 else -(-2 * len(stems) // 3)
        if (found := _closest(spans, stems)) and len(found) >= need:
            return min(spans[i][1] for i in found), max(spans[i][2] for i in found)
    return None


def _closest(spans: list[tuple[str, int, int]], stems: list[str]) -> list[int]:
    """The positions in ``spans`` of the alternative's stems, one occurrence each, as close
    together as the sentence has them; [] when the nearest lie more than a few words apart
    ("cell membrane permeability ... oxygenation" is no "extracorporeal membrane oxygenation",
    and "MRI of the brain and pituitary ... pituitary lesion" names the lesion at its end)."""
    at = {stem: [i for i, (t, _, _) in enumerate(spans) if t == stem] for stem in stems}
    present = [stem for stem in stems if at[stem]]
    best: list[int] = []
    for pivot in (i for stem in present for i in at[stem]):
        chosen = [min(at[stem], key=lambda i: abs(i - pivot)) for stem in present]
        if not best or max(chosen) - min(chosen) < max(best) - min(best):
            best = chosen
    return best if not best or max(best) - min(best) <= len(stems) + 4 else []


_REFERENCES = re.compile(r"\[\d+(?:\s*[,–-]\s*\d+)*\]")


def is_generic(sentence: str) -> bool:
    """A general statement ("IVIG is commonly used in children", "treatment involves
    splenectomy [17,18]"), not an event of this case: present tense or a literature
    reference, and nothing that points at this patient."""
    if _PATIENT.search(sentence):
        return False
    present, past = _GENERIC
    # "remains undefined", "is indicated": an adjective after a present verb is no past event.
    events = _PREDICATE.sub(" ", sentence)
    return bool(_REFERENCES.search(sentence)) or (bool(present.search(sentence)) and not past.search(events))


def classify(sentence: str, start: int, end: int, target: Target) -> str:
    """The mention's assertion, with the question's polarity applied: "was H. pylori found?"
    is answered "no" by "negative serology for ... H. pylori" and "did it respond?" by
    "refractory to"."""
    category = assertion(sentence, start, end)
    if _LESS.match(sentence[start:end] + sentence[end : end + 4]) and not target.text.lower().endswith("less"):
        return NEGATED  # "a sleeveless guide" answers "did the guide use a sleeve?" with no
    if target.polarity == "tested" and category != POSSIBLE:  # "no BRAF mutation was found" says it was tested
        return NEGATED if NOT_DONE.search(sentence) else AFFIRMED
    if category != AFFIRMED:
        return category
    sign = _sign_for(sentence[:start])
    if target.polarity == "positive" and (sign == "negative" or (sign is None and _ANTONYMS.search(sentence))):
        return NEGATED
    if target.polarity == "negative":
        return AFFIRMED if sign == "negative" or (sign is None and _ASKED_NEGATIVE.search(sentence)) else NEGATED
    if target.polarity == "grew":  # "did the cultures grow anything?": obtained is no answer, grew or sterile is
        return NEGATED if _ANTONYMS.search(sentence) or _NOTHING.search(sentence) else AFFIRMED if _GREW.search(sentence) else POSSIBLE
    if target.polarity == "abnormal":
        return _level(sentence, start, end)
    return category


def _sign_for(before: str) -> str | None:
    """"positive for HMB-45 and S-100, negative for CD117": the last "positive/negative for"
    before the mention says its result, whatever else the sentence reports."""
    signs = _SIGN.findall(before)
    return signs[-1].lower() + "e" if signs else None


def _level(sentence: str, start: int, end: int) -> str:
    """"Was vitamin D low?": a normal value answers no ("normal levels of calcium, phosphate
    and 25-hydroxy vitamin D", the cue may open the list), a stated level or direction yes;
    a mention with neither ("calcium and vitamin D supplements") says nothing about the level."""
    before = sentence[:end]  # the span may start at an earlier word ("blood count ... platelet count")
    cue = next(iter(reversed(list(_NORMAL.finditer(before)))), None)
    if _NORMAL.search(sentence[end : end + 40]) or (cue and not _DIRECTED.search(before[cue.end() :])):
        return NEGATED
    near = sentence[max(0, start - 40) : end + 60]
    return AFFIRMED if _DIRECTED.search(near) or _VALUE.search(near) else POSSIBLE


def declined(sentence: str, following: str) -> bool:
    """"Plasma exchange was considered ... However, ... eculizumab was the most appropriate
    course": an option weighed and set aside for this patient is an answer "no"."""
    return bool(_CONSIDERED.search(sentence) and _INSTEAD.search(sentence + " " + following))


def scan(texts: dict[str, str], target: Target) -> list[Mention]:
    """Every non-bibliographic sentence of the case that names the target, classified."""
    out: list[Mention] = []
    for doc_id, text in texts.items():
        for s, e in sentence_parts(text):  # PMC's glued sentences ("case [25].Current treatment") cut apart
            sentence = text[s:e]
            if is_bibliographic(sentence):
                continue
            span = match_span(sentence, target)
            if span is None:
                continue
            category = classify(sentence, span[0], span[1], target)
            if category == POSSIBLE and declined(sentence, text[e : e + 200]):
                category = NEGATED
            out.append(Mention(doc_id, s, e, sentence, category, bool(_PATIENT.search(sentence)), is_generic(sentence), len(out)))
    return out


def decide(mentions: list[Mention]) -> tuple[str, Mention | None]:
    """The verdict and the mention it rests on. A negation said of this patient wins; else
    an affirmed event of this case; else a negation; possible, family and literature
    mentions never make a "yes"."""
    specific = [m for m in mentions if not m.generic]
    affirmed = [m for m in specific if m.category == AFFIRMED]
    negated = [m for m in specific if m.category == NEGATED]
    strong_no = [m for m in negated if m.patient]
    strong_yes = [m for m in affirmed if m.patient]
    if strong_no and len(strong_no) >= len(strong_yes):
        return "no", strong_no[0]
    if strong_yes or (affirmed and len(affirmed) > len(negated)):
        return "yes", max(affirmed, key=lambda m: (m.patient, -m.order))
    if negated:
        return "no", negated[0]
    return "not_reported", None


def watchful_waiting(texts: dict[str, str]) -> Mention | None:
    """"A watchful waiting approach was adopted": the record's answer to "was it treated?"."""
    for doc_id, text in texts.items():
        for s, e in sentence_spans(text):
            if _WATCHFUL.search(text[s:e]) and not is_bibliographic(text[s:e]):
                return Mention(doc_id, s, e, text[s:e], NEGATED, True, False, 0)
    return None


def case_of(retrieval: RetrievalResult, names: Callable[[str], bool] | None = None) -> str | None:
    """The case the question is about: the case of the top passage (a focus or filter
    leaves the passages all in one case, so this is that case). When the dense and BM25 lists
    disagree, their tops tie in fusion; then the tied passage that names the asked thing
    (``names``) decides: "Did the patient have orchitis?" is about the case that mentions it."""
    passages = [p for p in retrieval.passages if p.case_id]
    if not passages:
        return None
    tied = [p for p in passages if abs(p.score - passages[0].score) < 1e-9]
    if names is not None and len({p.case_id for p in tied}) > 1:
        return next((p.case_id for p in tied if names(p.text)), passages[0].case_id)
    return passages[0].case_id


class YesNoAnswerer:
    """Answers "did X happen in this case?" from every sentence of the case's documents.

    ``case_texts(case_id) -> {doc_id: text}`` returns the stored texts of every document of
    the case; ``case_title(case_id) -> str`` names it (for the notice and to drop the words
    that only name the case); ``doc_meta(doc_id)`` (optional) returns an object with
    ``title``, ``source``, ``license`` for the citation (a ``DocRecord`` fits).
    """

    def __init__(
        self,
        case_texts: Callable[[str], dict[str, str]],
        case_title: Callable[[str], str],
        doc_meta: Callable[[str], Any] | None = None,
    ):
        self.case_texts = case_texts
        self.case_title = case_title
        self.doc_meta = doc_meta

    def answer(self, question: str, retrieval: RetrievalResult) -> Draft:
        asked = parse_target(question, set())
        case_id = case_of(retrieval, lambda text: match_span(text, asked) is not None)
        if case_id is None:
            return Draft(shape="yes_no")
        title = self.case_title(case_id) or case_id
        texts = self.case_texts(case_id)
        target = spelled_out(parse_target(question, case_words(title, question)), texts)
        mentions = scan(texts, target) or (scan(texts, replace(target, context=[])) if target.tested_in else [])  # "There was no invasion ...": the MRI unnamed
        verdict, mention = decide(mentions)
        in_setting = [m for m in mentions if any(re.search(r"\b" + re.escape(d) + r"\b", m.text, re.I) for d in target.setting)]
        if in_setting and (specific := decide(in_setting))[0] != verdict:  # "no side effects related to cisplatin", not the lip's "minimal side effects"
            verdict, mention = specific
        if target.inverted and verdict != "not_reported":
            verdict = "no" if verdict == "yes" else "yes"
        if verdict != "yes" and _TREATMENT.search(question) and (waiting := watchful_waiting(texts)):
            verdict, mention = ("no", waiting) if mention is None or verdict == "not_reported" else (verdict, mention)
        if mention is None:
            notice = f"The records of {title} do not report \"{target.text}\"."  # quoted: the asked words, any word form
            return Draft(shape="yes_no", verdict="not_reported", notices=[notice], evidence=1.0)
        citation = make_citation(1, Candidate(self._passage(mention, case_id, retrieval), 0, mention.text, mention.start, mention.end))
        text = display_text(mention.text)
        text = text if text[-1] in ".!?" else text + "."
        notices = [_ABSENT.get(target.polarity, _ABSENT[""]).format(target=target.text)] if mention.category == NEGATED else []
        return Draft([(text, [1])], [citation], evidence=1.0, shape="yes_no", verdict=verdict, notices=notices)

    def _passage(self, mention: Mention, case_id: str, retrieval: RetrievalResult) -> Passage:
        """A passage standing for the quoted sentence; document facts from a retrieved passage
        of that document, or from ``doc_meta``."""
        known = next((p for p in retrieval.passages if p.doc_id == mention.doc_id), None)
        meta = self.doc_meta(mention.doc_id) if self.doc_meta else None
        title = known.title if known else getattr(meta, "title", "")
        source = known.source if known else getattr(meta, "source", "")
        license_ = known.license if known else getattr(meta, "license", "")
        section = known.section if known and known.char_start <= mention.start < known.char_end else ""
        chunk_id = known.chunk_id if section else ""
        return Passage(chunk_id, mention.doc_id, mention.text, 0.0, mention.start, mention.end, section, title, case_id, source, license_)
