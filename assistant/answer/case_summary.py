"""One case told by its aspects: "Tell me about the patient with dasatinib-induced chylothorax"
gets how the patient presented, the diagnosis, the treatment and the outcome, one cited
sentence each; "What was his outcome?" gets the outcome sentence. The sentences come from the
case's own sections of the whole document (``across.aspect_sentence``), not from the top-k
passages, where a discussion sentence that shares the question's words ("... lead to the
eventual prevention of this outcome") had won.

The case is the one in focus (the request is filtered to it) or the top passage's case, and
only when that document holds the words the question names it by: a summary of the wrong
case is worse than the lookup answer the pipeline falls back to (an empty draft). These
answers are quotes even when an LLM endpoint is configured: the LLM answers the other lookups.
"""

from __future__ import annotations

import re
from typing import Callable

from assistant.answer.across import aspect_sentences
from assistant.answer.case_lines import CaseHit, compose
from assistant.answer.aspects import ASPECTS, OUTCOME, PRESENTATION, Aspect
from assistant.answer.citations import display_text, make_citation
from assistant.answer.draft import Draft
from assistant.models import Passage, is_case_record
from assistant.retrieve.hybrid import RetrievalResult
from assistant.text.ordinals import time_points
from assistant.text.tokens import tokenize

_BY_LABEL = {aspect.label: aspect for _, aspect in ASPECTS}
TREATMENT = _BY_LABEL["Treatment"]
SUMMARY = [PRESENTATION, _BY_LABEL["Diagnosis"], TREATMENT, OUTCOME]

_ASKS_SUMMARY = re.compile(
    r"^\s*(?:please\s+)?(?:tell me (?:about|more about)|summari[sz]e|describe|give (?:me )?(?:an? )?(?:overview|summary) of|"
    r"(?:what is|what's) the (?:story|summary) of|walk me through)\b",
    re.I,
)
_ASKS_TREATMENT = re.compile(r"\bhow (?:was|were|is) (?:he|she|they|the\b[^?]{0,80}?) (?:treated|managed)\b|\bwhat (?:was|were) the (?:treatments?|management|therapy) (?:of|for|given to)\b", re.I)
_ASKS_OUTCOME = re.compile(r"\b(?:outcomes?|prognosis|cause of (?:his |her |the )?death|what happened to (?:him|her|them|the (?:patient|man|woman|boy|girl|child|infant))|how (?:was|is|were|did) (?:he|she|they|the [\w\s'’-]{1,80}?) (?:doing|do|fare|faring|getting on))\b", re.I)
# Words that frame the request rather than name the case.
_FRAME = set(tokenize(
    "tell me about more summarize summarise describe give an overview summary of what is the story walk through please "
    "outcome outcomes prognosis cause death happened to him her them patient case man woman boy girl child infant was were his their this that "
    "presenting presented presentation symptoms symptom complaints complaint signs features how did chief brought led "
    "treated managed treatment treatments management therapy given"
))


_ASKS_PRESENTATION = re.compile(
    r"\bpresent(?:ing|ed|ation)\b[^?]{0,20}\b(?:symptoms?|complaints?|signs?|features?)\b|\bhow did (?:he|she|they|the (?:patient|man|woman|boy|girl|child|infant))\b[^?]{0,80}?\bpresent\b|"
    r"\bchief complaint\b|\bwhat (?:brought|led) (?:him|her|the patient) to\b",
    re.I,
)


_TREATMENT_SENTENCES = 3
_TIMED = 50  # an aspect's sentences weighed for the time point a question names


def asked_aspects(question: str) -> list[Aspect] | None:
    """The aspects a question asks for about one case: all four for a summary, the outcome
    or the presentation when asked; None for anything else (a plain lookup)."""
    if _ASKS_SUMMARY.search(question):
        return SUMMARY
    if _ASKS_TREATMENT.search(question) and not re.search(r"\b(?:which|how many|compare|patients|cases)\b", question, re.I):
        return [TREATMENT]
    if _ASKS_PRESENTATION.search(question) and not re.search(r"\b(?:which|how many|compare|patients|cases)\b", question, re.I):
        return [PRESENTATION]
    if _ASKS_OUTCOME.search(question) and not re.search(r"\b(?:which|how many|compare|patients|cases)\b", question, re.I):
        return [OUTCOME]
    return None


def names_the_case(question: str, text: str, title: str) -> bool:
    """Every word the question names the case by (its frame words aside) is in the document."""
    terms = [t for t in tokenize(question) if t not in _FRAME]
    words = set(tokenize(title + " " + text))
    return bool(terms) and all(t in words for t in terms)


class CaseSummaryAnswerer:
    """Answers summary and outcome questions about one case from its whole document.

    ``document_passages(doc_id)`` gives a document's chunks in order; ``text_of(doc_id)`` its
    stored text; ``focused`` says the request is restricted to one case (a follow-up)."""

    def __init__(self, document_passages: Callable[[str], list[Passage]], text_of: Callable[[str], str], focused: bool = False):
        self.document_passages, self.text_of, self.focused = document_passages, text_of, focused

    def answer(self, question: str, retrieval: RetrievalResult) -> Draft:
        aspects = asked_aspects(question)
        passages = [p for p in retrieval.passages if is_case_record(p.case_id, p.doc_id)]
        if not aspects or not passages:
            return Draft()
        doc_id = passages[0].doc_id
        text = self.text_of(doc_id)
        if not self.focused and not names_the_case(question, text, passages[0].title):
            return Draft()
        chunks = self.document_passages(doc_id)
        chosen, seen = [], set()
        per_aspect = _TREATMENT_SENTENCES if aspects == [TREATMENT] else 1  # a treatment is often told in steps
        times = time_points(question)  # "How was she doing at her 6-month check?": that time point's sentence, not the story's last word
        for aspect in aspects:
            found = aspect_sentences(chunks, len(text), aspect, passages[0].title if aspect is not OUTCOME else "", _TIMED if times else per_aspect)
            found = ([c for c in found if times & time_points(c.text)] or found)[:per_aspect]
            for candidate in found:
                if candidate.key not in seen:
                    seen.add(candidate.key)
                    chosen.append(candidate)
        if len(chosen) < (2 if len(aspects) > 1 else 1):
            return Draft()
        if aspects == [TREATMENT]:
            chosen.sort(key=lambda c: c.char_start)  # treatment steps in the story's order; a summary in its aspects' order
        citations = [make_citation(n, c) for n, c in enumerate(chosen, start=1)]
        return Draft([(display_text(c.quote), [c.n]) for c in citations], citations, evidence=1.0, shape="lookup")

    def per_case(self, question: str, cases: list[tuple[str, list[str]]]) -> Draft:
        """"What was the outcome of the patient with CJD?" when two cases fit the description:
        each case's sentence on the asked aspect, one cited line per case (as a comparison).
        ``cases`` are ``(title, narrative doc ids)``; a case with no such sentence is left out."""
        aspects = asked_aspects(question)
        if not aspects or len(aspects) > 1:  # a whole summary per case would drown the reader
            return Draft()
        hits = []
        for title, doc_ids in cases:
            for doc_id in doc_ids:
                chosen = aspect_sentences(self.document_passages(doc_id), len(self.text_of(doc_id)), aspects[0], title if aspects[0] is not OUTCOME else "")
                if chosen:
                    hits.append(CaseHit(chosen[0].passage.case_id, title, chosen[0], 1.0))
                    break
        return compose(hits, "lookup") if len(hits) > 1 else Draft()
