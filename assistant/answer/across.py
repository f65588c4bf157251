"""Answers across cases ("Which patients received rituximab?", "How many patients died?",
"Compare the outcomes of the lymphoma cases."). Top-k retrieval cannot list every case, so
this reads the question's subject, finds every chunk naming it through the BM25 postings
(inside the allowed documents: filters hold) and confirms each case with one sentence about
the patient (negated, literature and relatives' mentions skipped). One cited line per case;
the count is the number of lines; none confirmed gives ``case_count=0`` and no sentences."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable

import numpy as np

from assistant.answer.case_lines import CaseHit, compose
from assistant.answer.citations import Candidate, passage_sentences
from assistant.answer.draft import Draft
from assistant.models import Passage, is_case_record
from assistant.retrieve.case_names import named_patients
from assistant.retrieve.filters import Filters, allowed_documents
from assistant.retrieve.hybrid import HybridRetriever, RetrievalResult
from assistant.text.abbreviations import definitions, stands_for
from assistant.text.assertion import CLAUSE_END, AFFIRMED, assertion, clause, declined_offer, done_whatever_result, is_textbook, listed_negative
from assistant.text.section_kinds import section_kind
from assistant.text.sentences import sentence_spans
from assistant.text.tokens import tokenize
from assistant.text.drug_classes import DRUG_CLASS_MEMBERS
from assistant.text.vocabulary import DRUG_NAMES, LOWERED, RAISED, spellings
from assistant.answer.aspects import OUTCOME, Aspect, compared_aspect, without_aspect
from assistant.answer.subjects import Term, subject_groups, subject_label, subject_terms, value_above, value_below

OUTCOME_SECTION = re.compile(r"outcome|follow|course|conclusion|discharge", re.I)
# NegEx in small, kept beside text/assertion.py on purpose: a list answer confirms a case by
# one clean sentence, and these narrow windows (6 words before, 8 after) with work-up cues
# ("testing for", "such as", "PCR") keep its recall; text.assertion's wider ConText scopes
# in their place cut case_lists recall from 0.992 to 0.713 (issue 12, docs/evaluation.md).
_PRE_NEGATION = re.compile(
    r"\b(?:no|not|never|without|denie[sd]|deny|negative for|rule out|ruled out|ruling out|to exclude|exclusion of|excluded|"
    r"absence of|free of|neither|nor|instead of|rather than|refusal of|refused|declined|to (?:reduce|prevent|avoid|minimi[sz]e)|suspected|suspicion of|suspicious for|concern for|differential|tentative|provisional|presumptive|working diagnosis|"
    r"work-?ups?|testing for|tests? for|screen\w* for|evaluat\w* for|such as|like|unavailable|possible|possibility of|"
    r"history of (?:exposure|contact)|exposure to|contact with|(?:rt-?)?pcr|prophyla\w*\s+(?:against|for|of)|"
    r"(?:puncture|cultures?|assays?|smears?|stain\w*|swabs?|panels?|serolog\w*) for)\b",
    re.I,
)
_POST_NEGATION = re.compile(
    r"^[^.;]*?\b(?:(?:was|were|is|are) not\b|not (?:given|used|employed|administered|available|feasible|indicated|performed|started)|"
    r"negativ|ruled out|excluded|unavailable|declined|refused|withheld|deferred|considered|(?:was|were) suspected|unlikely|"
    r"absent|differential|mimic)|"
    r"^[\s-]*(?:vaccin|immuni[sz]ation)",  # "hepatitis B vaccination" names no infection; "transfusion and pneumococcal vaccination" is still a transfusion
    re.I,
)
_PRE_WORDS, _POST_WORDS = 6, 8
# A cue that governs a whole comma list ("He denied any hemoptysis, shortness of breath, chest
# pain, cough, fevers, night sweats ..."): the mention is negated however far down the list,
# as long as nothing between them starts a new statement.
_LIST_CUE = re.compile(r"\b(?:no complaints? of|denie[sd]|deny|denying|no|without|negative for|free of|absence of|did not (?:report|have|complain of|experience|exhibit))\b", re.I)
_LIST_BREAK = re.compile(r"\b(?:but|however|although|though|except|which|who|whereas|while|presented|showed|revealed|had|has|have|was|were|is|are|developed|reported|complain\w*|noted|found)\b", re.I)
# Someone else's condition ("family history of ...", "her mother had ..."); a bare "family" is
# not one ("passed away with family at bedside", "affordable for the patient's family").
_OTHER_PERSON = re.compile(
    r"\b(?:father|mother|brother|sister|son|daughter|husband|wife|sibling|grand(?:father|mother)|uncle|aunt|cousin|"
    r"relative|family\s+(?:history|member)|familial|fetus|fetal|foetal|intrauterine|neonat\w*|stillbirth|twin)s?\b|'s\s+(?:father|mother)",
    re.I,
)
_CITED = re.compile(
    r"\bet al\b|\bdoi\b|\bpmid\b|\[\d+(?:[,\u2013\-]\s*\d+)*\]|previously reported|have been reported|has been reported|"
    r"\bcase reports?\b|reported (?:the|a|two|three|\d+) cases?|\bliterature\b|\bstud(?:y|ies)\b|\btrials?\b|\bcohort\b|reported cases",
    re.I,
)
_GENERAL = re.compile(
    r"\bguidelines?\b|(?-i:\bmay\b|\bcan\b|\bshould\b|\bcould\b|\bmight\b|\bwould\b)|\bcommonly\b|\btypically\b|\busually\b|"
    r"\bpatients with\b|\bincidence\b|\brisk of\b|\bconcerns?\b|\bpotential\w*\b|\blead to\b|\bjournal\b|"
    r"\d+(?:\.\d+)?\s?% of\b|\(\d+(?:\.\d+)?\s?%\)|\bof (?:women|men|children|cases)\b|\bmortality\b",
    re.I,
)
_PATIENT = re.compile(r"\b(?:our patient|the patient|this patient|he|she|received|underwent|treated|administered|started|given|commenced|died|diagnosed|confirmed)\b", re.I)
_TOLD = re.compile(r"^\W*(?:he|she|our patient|the patient)\s+(?:was|were|had|received|underwent)\b(?:\s+\w+){0,3}\s*$", re.I)
_NAMED_K = 12  # passages searched per patient a compare names
_WINDOW = 60  # characters each side of a mention that hedges and relatives are looked for in
_TEST = re.compile(r"[\s\-]*(?:\(\w+\)\s*)?(?:suppression\s+)?(?:tests?|testing|PCR|screen\w*|level|levels|antibod\w*|antigen|donors?|prophyla\w*)\b", re.I)


_DIRECTED = re.compile(r"(?:" + RAISED + "|" + LOWERED + r")\b", re.I)
_DRUG_NAMES = frozenset(DRUG_NAMES) | DRUG_CLASS_MEMBERS  # "methotrexate prophylaxis" gives the drug; "seizure prophylaxis" prevents the seizure
_NOTED = re.compile(r"\bit (?:should|must|can) be noted\b", re.I)  # a discourse phrase, not a hedge
# A grading scale's reference ("Common Terminology Criteria for Adverse Events (CTCAE) [11] grade III
# neutropenia") is not a literature statement.
_NAMED_SCALE = re.compile(r"\b(?:criteria|classification|scale|score|guidelines?)(?:\s+for(?:\s+[A-Z]\w*)+)?\s*(?:\(\w+\))?\s*\[\d+\]")
_OWN_CASE = re.compile(r"\b(?:our patient|the present patient|in our case|in the present case|(?:to|in|at) our (?:department|hospital|clinic|unit|institution))\b", re.I)
_STARTS_WITH_PRONOUN = re.compile(r"\s*(?:she|he|her|his)\b", re.I)
_PRONOUN = re.compile(r"(?:^|\bas\s|\bwhen\s|\band\s|^\W*(?:on|at|upon|during|after|in)\s[^,]{0,30},\s*)(?:she|he)\s+(?:was|had|received|underwent|developed|died)\b", re.I)  # "On evaluation, he was found ..."


def negated_at(sentence: str, match: re.Match[str]) -> bool:
    """NegEx in small: a negation cue in the six words before the mention, or a post-cue
    ("was not given", "were negative") in the eight after it, both inside its clause."""
    near = clause(sentence, match, 2 * _WINDOW)
    offset = near.find(match.group(0))
    before = " ".join(near[:offset].split()[-_PRE_WORDS:])
    after = " ".join(near[offset + len(match.group(0)) :].split()[:_POST_WORDS])
    drug = match.group(0).lower() in _DRUG_NAMES  # "prophylaxis of febrile neutropenia using G-CSF" gives the drug
    pre = [cue for cue in _PRE_NEGATION.finditer(before) if not (drug and cue.group(0).lower().startswith("prophyla"))]
    return bool(pre or _POST_NEGATION.search(after) or listed_negative(sentence, match) or negated_list(near[:offset]))


def negated_list(before: str) -> bool:
    """The mention ends a comma list that a negation cue opens ("denied any A, B, C, fevers"):
    at most 30 words from the cue, a comma between, and no new statement (a verb, "but")."""
    cues = list(_LIST_CUE.finditer(before))
    if not cues:
        return False
    between = before[cues[-1].end() :]
    return "," in between and len(between.split()) <= 30 and not _LIST_BREAK.search(between)


def anchored(candidate: Candidate, match: re.Match[str], doc_text: str = "") -> bool:
    """The mention's clause is plainly about this patient ("our patient ...", or "She
    received ..." when the sentence just before names no relative and cites no one): narrative
    that a misdetected heading left under Discussion still counts. The sentence before is read
    from the document (``doc_text``) when given: a chunk may begin right at the mention, after
    "Sibbald et al. reported a 2-year-old child ..." """
    own = clause(candidate.text, match, len(candidate.text))
    if _OWN_CASE.search(own):
        return True
    if not _PRONOUN.search(own):
        return False
    text, offset = (doc_text, 0) if doc_text else (candidate.passage.text, candidate.passage.char_start)
    local = candidate.char_start - offset
    window = max(0, local - 600)
    spans = [(a, b) for a, b in sentence_spans(text, window, local) if b <= local]
    first = len(spans) - 1
    while first > 0 and _STARTS_WITH_PRONOUN.match(text, spans[first][0]):  # "She was treated ..." goes on about whom the sentence before named
        first -= 1
    before = (text[spans[first][0] : local] if spans else "") + candidate.text[: candidate.text.find(own)]
    return not _OTHER_PERSON.search(before) and (bool(re.search(r"\b(?:the|our|this) patient\b", before, re.I)) or not _CITED.search(before))


def clean_mention(sentence: str, match: re.Match[str]) -> bool:
    """The mention is asserted of this patient: not negated near it, not a relative's,
    not a citation or a hedged or general statement, not the name of a test."""
    around = lambda window: _NOTED.sub(" ", clause(sentence, match, window).replace(match.group(0), " ", 1))  # noqa: E731

    test = None if _DIRECTED.match(match.group(0)) else _TEST.match(sentence, match.end())  # "elevated D-dimer levels" is a result
    used_as_test = (test and not ("prophyla" in test.group(0).lower() and match.group(0).lower() in _DRUG_NAMES)) or re.search(r"\b(?:non|anti|pseudo)[\s\-]$", sentence[max(0, match.start() - 7) : match.start()], re.I)
    cited = _CITED.search(_NAMED_SCALE.sub(" ", around(len(sentence))))
    told_of_patient = _TOLD.search(sentence[: match.start()])  # "He was initiated on X ... for potential seizures": the hedge is not about X
    general = (_GENERAL.search(around(2 * _WINDOW)) and not told_of_patient) or is_textbook(sentence)
    near = clause(sentence, match, 2 * _WINDOW)
    at = near.find(match.group(0))
    # Whose it is: said before the mention or right after it ("in her mother"), not in a later clause ("due to ... fetal decelerations").
    whose = near[:at] + " " + " ".join(near[at + len(match.group(0)) :].split()[:4]) if at >= 0 else around(2 * _WINDOW)
    someone_else = _OTHER_PERSON.search(_NOTED.sub(" ", whose)) or _OTHER_PERSON.match(sentence, len(sentence) - len(sentence.lstrip()) + 4 * (sentence[:4].lower() == "the "))
    negated = (negated_at(sentence, match) and not done_whatever_result(match.group(0), around(2 * _WINDOW))) or declined_offer(sentence[: match.start()], sentence[match.end() :])
    return not (used_as_test or negated or cited or someone_else or general)


def find_mention(sentence: str, terms: list[Term], defined: Callable[[Term, str], bool], clean: Callable[[re.Match[str]], bool] = lambda m: True) -> re.Match[str] | None:
    """The first mention of a term that is what the term means here (``defined``) and, with
    ``clean``, asserted of the patient: "anti-seizure medications for infantile spasms" names
    the spasms even though its first mention is a drug class. A mention inside a longer one
    ("COVID" in "COVID-19 test") is not tried on its own."""
    found: list[re.Match[str]] = []
    for term in terms:
        if term.exclude and term.exclude.search(sentence):  # "naso-endotracheal intubation" under anaesthesia
            continue
        for match in term.pattern.finditer(sentence):
            if term.below is not None and not value_below(sentence, match.end(), term.below, term.unit):
                continue  # a lab value in its normal range, or no value
            if term.above is not None and not value_above(sentence, match.end(), term.above, term.unit):
                continue
            if term.defined_by is None or defined(term, match.group(0)):
                found.append(match)
    found.sort(key=lambda m: (m.start(), -m.end()))
    outer = [m for i, m in enumerate(found) if not any(o.start() <= m.start() and m.end() <= o.end() and o is not m for o in found[:i])]
    return next((m for m in outer if clean(m)), None)


# A case report's title names what the report is about; its genre words are no citation.
_GENRE = re.compile(r"[:\-\u2013\u2014]?\s*\b(?:an? )?(?:rare |unusual )?(?:case reports?|case series|report of (?:an? |two )?cases?)(?: and (?:a )?(?:review of (?:the )?literature|literature review))?|\b(?:a )?(?:literature review|review of (?:the )?literature)\b", re.I)
_TITLE_HEDGE = re.compile(r"\b(?:misdiagnos\w*|mimick?\w*|masquerad\w*|simulat\w*|mistaken|disguised|imitat\w*|versus|vs)\b\W*(?:\w+\W+){0,3}$", re.I)


def is_title(candidate: Candidate) -> bool:
    """The sentence is a case report's title (a paper's title names its topic, not a patient)."""
    p, title = candidate.passage, candidate.passage.title.strip().lower()
    return bool(title) and candidate.text.strip().lower() == title and is_case_record(p.case_id, p.doc_id)


def hedged_in_title(title: str, match: re.Match[str]) -> bool:
    """"... misdiagnosed as mucoepidermoid carcinoma", "Tuberculosis mimicking lymphoma": the
    title names what the case was not."""
    return bool(_TITLE_HEDGE.search(title[: match.start()]))


def qualifiers_near(term: Term, text: str, window: int = 200) -> bool:
    """Some mention of the term has every qualifier of the asked phrase within ``window``
    characters ("Intramuscular Hydatid Cyst of the Thigh"; "metastasis of renal cell carcinoma")."""
    return any(all(q.search(text, max(0, m.start() - window), m.end() + window) for q in term.qualifiers) for m in term.pattern.finditer(text))


def own_clause(candidate: Candidate, match: re.Match[str]) -> Candidate:
    """The mention's own sentence when the splitter left it joined to others ("...media.A
    videofluoroscopic study ..."): the line quotes what names the subject, offsets exact."""
    text = candidate.text
    start = max([m.end() for m in CLAUSE_END.finditer(text, 0, match.start()) if m.group(0) == "."], default=0)
    end = min([m.end() for m in CLAUSE_END.finditer(text, match.end()) if m.group(0) == "."], default=len(text))
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    piece = text[start:end].strip()
    return Candidate(candidate.passage, candidate.passage_rank, piece, candidate.char_start + start + lead, candidate.char_start + start + lead + len(piece))


def score_mention(quote: Candidate, kind: int) -> float:
    """Section first, then wording that says the patient got or had it, then a line that
    reads as a sentence (not a heading, not a paragraph)."""
    patient = 0.2 if _PATIENT.search(quote.text) else 0.0
    sentence_like = 6 <= len(quote.text.split()) <= 60 and quote.text[0].isupper() and quote.text[-1] not in "(,;:"
    return kind + patient + (0.1 if sentence_like else 0.0)


# -- the answerer ------------------------------------------------------------------------

def question_shape(question: str) -> str:
    """count / compare / list; a local reading until the shared shape classifier lands."""
    if re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", question, re.I):
        return "count"
    return "compare" if re.search(r"\bcompare\b|\bcontrast\b|\bdiffer\w*\b|\bside by side\b", question, re.I) else "list"


class AcrossCasesAnswerer:
    """List, count and compare answers over every case the allowed documents hold.

    ``texts`` is the pipeline's ``document_texts`` (acronym checks read whole documents);
    ``allowed`` is the set of doc ids the request's filters allow (None: all complete
    documents) and ``section`` the chunk-level section filter; ``for_filters`` derives both
    from a ``Filters``. ``shape`` overrides the local list/count/compare reading."""

    def __init__(self, retriever: HybridRetriever, texts: Callable[[Iterable[str]], dict[str, str]], allowed: Iterable[str] | None = None, shape: str | None = None, min_kind: int = 2, section: str | None = None):
        self.retriever, self.texts = retriever, texts
        self.allowed = retriever.complete_docs if allowed is None else frozenset(allowed) & retriever.complete_docs
        self.shape, self.min_kind, self.section = shape, min_kind, section

    @classmethod
    def for_filters(cls, retriever: HybridRetriever, texts: Callable[[Iterable[str]], dict[str, str]], filters: Filters | None = None, **kwargs: Any) -> AcrossCasesAnswerer:
        """The answerer inside the documents that the request's filters allow."""
        filters = filters or Filters()
        return cls(retriever, texts, allowed_documents(filters, retriever.registry.values()), section=filters.section, **kwargs)

    def answer(self, question: str, retrieval: RetrievalResult | None = None) -> Draft:
        shape = self.shape or question_shape(question)
        asked = without_aspect(question) if shape == "compare" else question
        both = re.search(r"\bboth\b", asked, re.I)  # "both rituximab and cyclophosphamide": every part
        groups = [t for t in (subject_terms(part, self._common) for part in re.split(r"\band\b", asked)) if t] if both else subject_groups(asked, self._common)
        patients = self.named_hits(named_patients(question)) if shape == "compare" else []
        hits = patients or (self.find_cases(groups[0]) if groups else [])
        for group in groups[1:] if not patients else []:
            hits = [h for h in hits if h.case_id in {other.case_id for other in self.find_cases(group)}]
        if shape == "compare":
            aspect = compared_aspect(question)
            for hit in hits:
                hit.outcome = self._outcome(hit, aspect)
        draft = compose(hits, shape, aspect.label if shape == "compare" else "")
        named = [subject_label(g) for g in groups]
        if not hits and named and all(named):  # a subject the records know of, in no case: 0, plainly
            draft.notices.append(f"No case in the indexed records reports {' and '.join('a death' if n == 'died' else n for n in reversed(named))} (0 cases).")
        return draft

    # -- finding and confirming cases ---------------------------------------------------
    def _common(self, stems: tuple[str, ...]) -> bool:
        """True when a phrase's words are in most documents: it cannot be what sets cases apart."""
        lexical = self.retriever.lexical
        docs = [set(lexical.doc_ids[lexical.postings(s)].tolist()) for s in stems]
        return not docs or len(set.intersection(*docs)) > 0.3 * max(1, len(self.retriever.registry))

    def _chunk_positions(self, terms: list[Term]) -> np.ndarray:
        """Every chunk (inside the allowed documents) that holds all the stems of some term."""
        lexical = self.retriever.lexical
        found: set[int] = set()
        for term in terms:
            stems = [s for s in term.stems if len(s) > 1] or term.stems  # "C-section": the pattern checks the "C"
            sets = [set().union(*(lexical.postings(v).tolist() for v in spellings(s))) for s in stems]  # "papilloedema" finds "papilledema"
            found |= set.intersection(*sets) if sets else set()
        positions = np.asarray(sorted(found), dtype=np.int64)
        if len(positions) and len(self.allowed) < len(self.retriever.registry):
            positions = positions[np.isin(lexical.doc_ids[positions], list(self.allowed))]
        if len(positions) and self.section:  # the section filter applies to chunks, as in retrieval
            positions = positions[[str(name).lower() == self.section.lower() for name in lexical.sections[positions]]]
        return positions

    def _passages(self, chunk_ids: list[str]) -> list[Passage]:
        registry, out = self.retriever.registry, []
        for cid, (text, meta) in self.retriever.store.get_chunks(chunk_ids).items():
            record = registry.get(meta["doc_id"])
            if record is not None and meta["doc_id"] in self.allowed:
                out.append(Passage(cid, meta["doc_id"], text, 0.0, int(meta["char_start"]), int(meta["char_end"]), str(meta.get("section", "")),
                                   record.title, record.case_id or meta["doc_id"], record.source, record.license))
        return sorted(out, key=lambda p: (p.doc_id, p.char_start))

    def find_cases(self, terms: list[Term]) -> list[CaseHit]:
        """Every allowed case with a confirming sentence, best first."""
        lexical = self.retriever.lexical
        chunk_ids = [lexical.chunk_ids[i] for i in self._chunk_positions(terms)]

        @lru_cache(maxsize=None)
        def definitions_in(doc_id: str) -> dict[str, str]:
            return definitions(self.texts([doc_id]).get(doc_id, ""))

        @lru_cache(maxsize=None)
        def defined(doc_id: str, term: Term, short: str) -> bool:  # as the document defines it, else where its long form is spelled out
            return bool(term.defined_by) and stands_for(short, term.defined_by, self.texts([doc_id]).get(doc_id, ""), definitions_in(doc_id))

        @lru_cache(maxsize=None)
        def usable(doc_id: str) -> list[Term]:  # the terms whose qualifiers this case record says near a mention
            record = self.retriever.registry.get(doc_id)
            case_record = record is not None and is_case_record(record.case_id or doc_id, doc_id)  # a paper's topic words are not a patient's
            return [t for t in terms if not t.qualifiers or (case_record and qualifiers_near(t, self.texts([doc_id]).get(doc_id, "")))]

        by_case: dict[str, list[tuple[float, int, Candidate]]] = {}
        shown: dict[str, tuple[float, int, Candidate]] = {}  # a case confirmed by its title shows its best sentence of another section
        for candidate in passage_sentences(self._passages(chunk_ids), min_words=2):
            doc_id = candidate.passage.doc_id
            title = is_title(candidate)
            text = _GENRE.sub(lambda m: " " * len(m.group(0)), candidate.text) if title else candidate.text
            match = find_mention(text, usable(doc_id), lambda t, short: defined(doc_id, t, short), lambda m: clean_mention(text, m) and not (title and hedged_in_title(text, m)))
            if match is None:
                continue
            kind = 2 if title or anchored(candidate, match, self.texts([doc_id]).get(doc_id, "")) else section_kind(candidate.passage.section, candidate.passage.title)
            quote = own_clause(candidate, match)
            if kind >= self.min_kind:
                by_case.setdefault(candidate.passage.case_id, []).append((score_mention(quote, kind) - 0.15 * title, -quote.char_start, quote))
            elif kind >= 1 and (mine := (score_mention(quote, kind), -quote.char_start, quote))[:2] > shown.get(candidate.passage.case_id, (-1.0, 0))[:2]:
                shown[candidate.passage.case_id] = mine
        # Background-only, negated-only and literature-only cases have no clean patient mention.
        best_of = {c: max(ms, key=lambda m: m[:2]) for c, ms in by_case.items()}
        hits = [CaseHit(c, self._case_title(c), (shown[c] if is_title(best[2]) and c in shown else best)[2], best[0]) for c, best in best_of.items()]
        return sorted(hits, key=lambda h: (-h.score, h.title.lower()))

    def named_hits(self, descriptions: list[str]) -> list[CaseHit]:
        """One case per patient a compare names ("the boy with Ewing sarcoma of the coracoid and
        the man with ..."): each description searched (hybrid, inside the allowed documents),
        its best case not taken by an earlier one, quoted by the sentence sharing most of its
        words. [] unless every description finds a case whose passage shares one of its rarer words."""
        hits: list[CaseHit] = []
        for description in descriptions:
            words = {t for t in tokenize(description) if not self._common((t,))}
            taken = {h.case_id for h in hits}
            passages = [p for p in self.retriever.search(description, k=_NAMED_K).passages
                        if p.doc_id in self.allowed and p.case_id and is_case_record(p.case_id, p.doc_id) and p.case_id not in taken]  # a paper is no patient
            best = next((p for p in passages if words & set(tokenize(p.text))), None)
            if best is None:
                return []
            sentences = passage_sentences([best], min_words=2)
            quote = max(sentences, key=lambda c: (len(words & set(tokenize(c.text))), -c.char_start)) if sentences else None
            if quote is None:
                return []
            hits.append(CaseHit(best.case_id, self._case_title(best.case_id), quote, best.score))
        return hits

    def _case_title(self, case_id: str) -> str:
        """The case's title from the registry: its case report's, not a treatment record's."""
        records = sorted((r for r in self.retriever.registry.values() if r.case_id == case_id), key=lambda r: (r.kind == "treatment-record", r.doc_id))
        return records[0].title if records else case_id

    def _outcome(self, hit: CaseHit, aspect: Aspect = OUTCOME) -> Candidate | None:
        """The case's sentence on the compared aspect (``aspect_sentence``), from the document of its mention."""
        lexical = self.retriever.lexical
        doc_id = hit.mention.passage.doc_id
        chunk_ids = [lexical.chunk_ids[i] for i in np.flatnonzero(lexical.doc_ids == doc_id)]
        return aspect_sentence(self._passages(chunk_ids), len(self.texts([doc_id]).get(doc_id, "")), aspect)


def aspect_sentence(passages: list[Passage], doc_length: int, aspect: Aspect = OUTCOME, title: str = "") -> Candidate | None:
    """The document's best sentence on an aspect (``aspect_sentences``), or None."""
    return next(iter(aspect_sentences(passages, doc_length, aspect, title, 1)), None)


def aspect_sentences(passages: list[Passage], doc_length: int, aspect: Aspect = OUTCOME, title: str = "", n: int = 1) -> list[Candidate]:
    """A document's ``n`` best sentences on an aspect, from the patient's sections: by default
    its outcome (strong words: remission, died, discharged; weak: improved, relapsed), later
    first; other aspects earliest first. Literature, general and negated mentions never count.
    Given the case's ``title``, a sentence naming what it names is preferred (the diagnosis
    and treatment the report is about, not a past history's)."""
    named = {t for t in tokenize(title) if len(t) > 3}
    scored = []
    for candidate in passage_sentences(passages, min_words=4):
        kind, text = section_kind(candidate.passage.section, candidate.passage.title), candidate.text
        found = list(aspect.strong.finditer(text)) or list(aspect.weak.finditer(text))
        if found and not aspect.negated_counts and all(assertion(text, m.start(), m.end()) != AFFIRMED for m in found):
            continue  # "No fungal element was seen", "No ... or pneumonia": not an infection
        strength = (1.0 if aspect.strong.search(text) else 0.5 if found else 0.0) + 0.1 * min(3, len(found))
        if kind == 0 or not strength or _CITED.search(text) or _GENERAL.search(text) or re.search(r"\bthis case\b|\bhighlight", text, re.I):
            continue
        place = 0.5 * bool(OUTCOME_SECTION.search(candidate.passage.section)) + 0.3 * candidate.char_start / max(1, doc_length) if aspect.later_first else 0.0
        about = 0.5 * len(named & set(tokenize(text))) / len(named) if named else 0.0
        scored.append((kind + strength + place + about, -len(scored), candidate, strength >= 1.0))
    if n > 1 and any(strong for *_, strong in scored):  # steps of a story: only the sentences that tell one
        scored = [s for s in scored if s[3]]
    return [s[2] for s in sorted(scored, key=lambda s: s[:2], reverse=True)[:n]]
