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
from assistant.answer.demographics import AgeRange, asked_age_range, asked_sex, in_range, presentation_age, presentation_sex, without_age
from assistant.answer.draft import Draft
from assistant.models import Passage, is_case_record
from assistant.retrieve.compare_names import named_patients
from assistant.retrieve.filters import Filters, allowed_documents
from assistant.retrieve.hybrid import HybridRetriever, RetrievalResult
from assistant.text.abbreviations import definitions, stands_for
from assistant.text.assertion import AFFIRMED, assertion
from assistant.text.section_kinds import FRONT_MATTER, section_kind
from assistant.text.tokens import tokenize
from assistant.text.vocabulary import spellings
from assistant.answer.aspects import OUTCOME, Aspect, compared_aspect, without_aspect
from assistant.answer.phrase_grammar import without_exclusions
from assistant.answer.mentions import CITED, GENERAL, GENRE, anchored, clean_mention, find_mention, hedged_in_title, is_title, narrated, own_clause, qualified_at, qualifiers_near, score_mention
from assistant.answer.subjects import Term, subject_groups, subject_label, subject_terms

OUTCOME_SECTION = re.compile(r"outcome|follow|course|conclusion|discharge", re.I)
_NAMED_K = 12  # passages searched per patient a compare names


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
        described = named_patients(question)
        ages = asked_age_range(without_exclusions(asked)) if not described else None  # "Which children had seizures?": seizures, in children
        asked = without_age(asked) if ages else asked
        both = re.search(r"\bboth\b", asked, re.I)  # "both rituximab and cyclophosphamide": every part
        groups = [t for t in (subject_terms(part, self._common) for part in re.split(r"\band\b", asked)) if t] if both else subject_groups(asked, self._common)
        patients = self.named_hits(described) if shape == "compare" else []
        hits = patients or (self.find_cases(groups[0]) if groups else self.cases_of_age(ages[0]) if ages else [])
        for group in groups[1:] if not patients else []:
            hits = [h for h in hits if h.case_id in {other.case_id for other in self.find_cases(group)}]
        if ages and groups:
            stated = self._ages()  # a case stating no age is not excluded
            hits = [h for h in hits if h.case_id not in stated or in_range(stated[h.case_id][1][0], ages[0])]
        if (sex := asked_sex(without_exclusions(asked)) if not described else None) and groups:  # "Which women had seizures?"; no sex stated: kept
            stated_sex = self._sexes()
            hits = [h for h in hits if stated_sex.get(h.case_id, sex) == sex]
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
            if term.core and sets:  # "sarcoma": the chunks saying "leiomyosarcoma" too
                sets[-1] |= set().union(*(lexical.postings(v).tolist() for v in lexical.terms_containing(term.core)))
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

        def qualified_here(candidate: Candidate, match: re.Match[str]) -> bool:
            """This mention has its term's qualifiers near it ("metastases to the brain and liver"
            for "spread to the liver"), not only some other mention of the record."""
            doc_id = candidate.passage.doc_id
            matching = [t for t in usable(doc_id) if t.pattern.fullmatch(match.group(0))]
            if not matching or any(not t.qualifiers for t in matching) or is_title(candidate):
                return True
            doc, start = self.texts([doc_id]).get(doc_id, ""), candidate.char_start + match.start()
            own = own_clause(candidate, match)  # a sentence glued to the one before it is still its own sentence
            at = own.char_start - candidate.char_start
            return any(qualified_at(t, own.text, match.start() - at, match.end() - at) if t.window else qualified_at(t, doc, start, start + len(match.group(0)))
                       for t in matching)  # a tail's qualifiers in its own sentence ("a subplatysmal dissection" is no neck dissection)

        by_case: dict[str, list[tuple[float, int, Candidate]]] = {}
        shown: dict[str, tuple[float, int, Candidate]] = {}  # a case confirmed by its title shows its best sentence of another section
        for candidate in passage_sentences(self._passages(chunk_ids), min_words=2):
            doc_id = candidate.passage.doc_id
            title = is_title(candidate)
            text = GENRE.sub(lambda m: " " * len(m.group(0)), candidate.text) if title else candidate.text
            match = find_mention(text, usable(doc_id), lambda t, short: defined(doc_id, t, short),
                                 lambda m: clean_mention(text, m) and not (title and hedged_in_title(text, m)) and qualified_here(candidate, m))
            if match is None:
                continue
            kind = 2 if title or anchored(candidate, match, self.texts([doc_id]).get(doc_id, "")) else section_kind(candidate.passage.section, candidate.passage.title)
            kind = 2 if kind == FRONT_MATTER and narrated(text, match) else kind  # the abstract telling the patient's story
            quote = own_clause(candidate, match)
            if kind >= self.min_kind:
                by_case.setdefault(candidate.passage.case_id, []).append((score_mention(quote, kind) - 0.15 * title, -quote.char_start, quote))
            elif kind >= 1 and (mine := (score_mention(quote, kind), -quote.char_start, quote))[:2] > shown.get(candidate.passage.case_id, (-1.0, 0))[:2]:
                shown[candidate.passage.case_id] = mine
        # Background-only, negated-only and literature-only cases have no clean patient mention.
        best_of = {c: max(ms, key=lambda m: m[:2]) for c, ms in by_case.items()}
        hits = [CaseHit(c, self._case_title(c), (shown[c] if is_title(best[2]) and c in shown else best)[2], best[0]) for c, best in best_of.items()]
        return sorted(hits, key=lambda h: (-h.score, h.title.lower()))

    def _ages(self) -> dict[str, tuple[str, tuple[float, int, int]]]:
        """Per case, its case report and the age it first states (``demographics.presentation_age``)."""
        out: dict[str, tuple[str, tuple[float, int, int]]] = {}
        records = sorted((r for r in self.retriever.registry.values() if r.doc_id in self.allowed and is_case_record(r.case_id or r.doc_id, r.doc_id)),
                         key=lambda r: (r.kind == "treatment-record", r.doc_id))
        texts = self.texts([r.doc_id for r in records])
        for record in records:
            if (record.case_id or record.doc_id) not in out and (age := presentation_age(texts.get(record.doc_id, ""))):
                out[record.case_id or record.doc_id] = (record.doc_id, age)
        return out

    def _sexes(self) -> dict[str, str]:
        """Per case, the sex its record states beside the first stated age (``demographics.presentation_sex``)."""
        ages = self._ages()
        texts = self.texts([doc_id for doc_id, _ in ages.values()])
        return {c: sex for c, (doc_id, (_, start, end)) in ages.items() if (sex := presentation_sex(texts.get(doc_id, ""), start, end))}

    def cases_of_age(self, span: AgeRange) -> list[CaseHit]:
        """Every allowed case whose patient's first stated age is in the range, cited by the sentence that states it, youngest first."""
        lexical, hits = self.retriever.lexical, []
        for case_id, (doc_id, (years, start, end)) in self._ages().items():
            if not in_range(years, span):
                continue
            chunk_ids = [lexical.chunk_ids[i] for i in np.flatnonzero(lexical.doc_ids == doc_id)]
            stating = [c for c in passage_sentences(self._passages(chunk_ids), min_words=2) if c.char_start <= start and end <= c.char_end]
            if stating:
                hits.append(CaseHit(case_id, self._case_title(case_id), stating[0], -years))
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
            # A description one case alone fits, by its words, ages, sex or age group ("the young
            # woman with tongue SCC" is not the 75-year-old one), is searched inside that case.
            names = self.retriever.case_names()
            named, fits = [c for c in names.matching(description) if c not in taken], names.fitting(description)
            filters = Filters(case_id=named[0]) if len(named) == 1 else None
            passages = [p for p in self.retriever.search(description, filters, k=_NAMED_K).passages  # a paper is no patient; "the 35-year-old" no 24-year-old
                        if p.doc_id in self.allowed and p.case_id and is_case_record(p.case_id, p.doc_id) and p.case_id not in taken and fits(p.case_id)]
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
        if kind == 0 or not strength or CITED.search(text) or GENERAL.search(text) or re.search(r"\bthis case\b|\bhighlight", text, re.I):
            continue
        place = 0.5 * bool(OUTCOME_SECTION.search(candidate.passage.section)) + 0.3 * candidate.char_start / max(1, doc_length) if aspect.later_first else 0.0
        about = 0.5 * len(named & set(tokenize(text))) / len(named) if named else 0.0
        scored.append((kind + strength + place + about, -len(scored), candidate, strength >= 1.0))
    if n > 1 and any(strong for *_, strong in scored):  # steps of a story: only the sentences that tell one
        scored = [s for s in scored if s[3]]
    return [s[2] for s in sorted(scored, key=lambda s: s[:2], reverse=True)[:n]]
