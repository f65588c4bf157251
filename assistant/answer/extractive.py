"""The default, offline answerer: choose verbatim sentences from the retrieved passages.

Each sentence of the top passages is scored by embedding cosine to the question and by
idf-weighted coverage of the question's terms; a few diverse sentences are chosen by
maximal marginal relevance. The answer is those sentences, each followed by its [n],
so every number, dose and date in it is the record's own text with a citation.
When the best sentence scores under the calibrated threshold the assistant abstains.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy as np

from assistant.answer.answer_types import RANKED, AnswerType
from assistant.answer.case_prior import about_a_case, about_one_patient, case_prior
from assistant.answer.citations import Candidate, display_text, make_citation, passage_sentences, typed_following, with_context, with_following
from assistant.config import AnswerSettings
from assistant.answer.draft import Draft
from assistant.answer.sentence_features import SentenceFacts, load_weights, matrix, pairs, rare_terms, relative_likelihood, share_in
from assistant.models import Citation, Passage, is_case_record
from assistant.retrieve.hybrid import RetrievalResult
from assistant.retrieve.lexical import TermStats
from assistant.text.drug_classes import asked_classes
from assistant.text.assertion import NEGATED, assertion, is_bibliographic, listed_negative
from assistant.text.ordinals import ordinal_fit, ordinals, phase_fit, time_points
from assistant.answer.focus import prefixes, title_terms, untitled_queries
from assistant.text.tokens import PREFIX, tokenize
from assistant.text.vocabulary import asked_lab_tests, lab_aliases, record_words
from assistant.retrieve.case_names import naming_terms, referring_nouns


@dataclass
class Scored:
    candidate: Candidate
    cosine: float
    evidence: float  # cosine and global-idf coverage: comparable across questions (abstention)
    score: float  # evidence re-weighted to rank sentences within this question
    vector: np.ndarray


@dataclass
class Extract:
    """Sentences chosen for an answer, and the evidence score that decides abstention."""

    chosen: list[Scored]
    evidence: float
    scored: list[Scored]


_WORD = re.compile(r"[^\W_]+")


class AnswerTypes:
    """The kinds of answer a question asks for (a dose, a date, a number, a drug: the shared
    ``answer_types``), read once per question; ``match`` then runs each sentence through the
    asked types' ranking hints once."""

    def __init__(self, question: str, bonus: float):
        self.bonus = bonus
        words = _WORD.findall(question.lower())
        self.asked = [t for t in RANKED if t.rank_cue.search(question)]
        # The question's words that name a type ("drug", "dose"), as prefixes.
        self.naming = {t.name: prefixes(tokenize(" ".join(w for w in words if t.rank_cue.fullmatch(w)))) for t in self.asked}
        # "Which statin ...?": a sentence naming a member (pitavastatin) holds the asked kind of drug.
        self.classes = [(c, prefixes(tokenize(" ".join(m.group(0) for m in c.asked.finditer(question))))) for c in asked_classes(question)]
        self.named = set().union(*(c.named_in(question) for c, _ in self.classes))  # "replaced dasatinib": no answer

    def match(self, sentence: str) -> tuple[float, set[str]]:
        """``(bonus, covered)``: a small bonus when the sentence holds an asked kind of thing
        (restating the question is not answering it; a negated one, "... studies, which were all
        negative", holds none), and the question words that this covers: "eculizumab was started" covers "which drug", though "drug" is not in it."""
        present, members = self._held(sentence)
        if not present and not members:
            return 0.0, set()
        return self.bonus * max([t.weight for t in present] + [1.0] * bool(members)), set().union(*(self.naming[t.name] for t in present), *members)

    def holds(self, sentence: str) -> bool:
        """The sentence holds an asked kind of thing, whatever the bonus."""
        return any(self._held(sentence))

    def _held(self, sentence: str) -> tuple[list[AnswerType], list[set[str]]]:
        present = [t for t in self.asked if any(_affirmed(sentence, m) for m in t.sentence_hint.finditer(sentence))]
        members = [named for c, named in self.classes
                   if not (c.exclude and c.exclude.search(sentence)) and any(m.group(0).lower() not in self.named and _affirmed(sentence, m) for m in c.member.finditer(sentence))]
        return present, members


@lru_cache(maxsize=64)
def asked_types(question: str, bonus: float) -> AnswerTypes:
    """One question's answer types, read once: the ranking and the quote that runs on share them."""
    return AnswerTypes(question, bonus)


# "infectious workups", "viral serologies", "bacterial cultures": a test for the thing, not the thing.
_TEST_NOUN = re.compile(r"\s*(?:work-?ups?|screen\w*|panels?|serolog\w*|studies|stud(?:y|ied)|tests?|testing|cultures?|markers?)\b", re.I)


def _affirmed(sentence: str, match: re.Match[str]) -> bool:
    """Not negated, near it or as one of a work-up's list "which were all negative", and not a test's name."""
    if _TEST_NOUN.match(sentence, match.end()):
        return False
    return assertion(sentence, match.start(), match.end()) != NEGATED and not listed_negative(sentence, match)


def term_weights(query_terms: list[str], idf: Callable[[str], float], max_idf: float) -> dict[str, float]:
    """Global idf per question term; a term the index has never seen weighs the most,
    because its absence is the strongest sign the records do not answer the question."""
    return {t: (idf(t) or max_idf) for t in dict.fromkeys(query_terms)}




def coverage(weights: dict[str, float], sentence_terms: set[str]) -> float:
    """Share of the question's term weight that the sentence contains (0..1); ``sentence_terms`` are prefixes."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t[:PREFIX] in sentence_terms) / total if total > 0 else 0.0


def missing_rare_terms(weights: dict[str, float], passage_terms: set[str], rare_idf: float) -> list[str]:
    """Rare question terms (a drug, a test, a word the index barely knows) absent from every
    retrieved passage: the clearest sign the records do not hold the answer."""
    return [t for t, w in weights.items() if w >= rare_idf and t[:PREFIX] not in passage_terms]


def local_weights(weights: dict[str, float], term_sets: list[set[str]]) -> dict[str, float]:
    """Down-weight question terms that every candidate shares (the case's name, say), so
    the terms that tell candidates apart (what is asked) decide the ranking."""
    n = len(term_sets)
    out = {}
    for t, w in weights.items():
        df = sum(1 for terms in term_sets if t in terms)
        out[t] = w * math.log(1 + n / (1 + df)) / math.log(1 + n) if n else w
    return out




def discount(weights: dict[str, float], case_terms: set[str], factor: float) -> dict[str, float]:
    """Question terms that only name the case (they are in its title) count for less:
    matching "blinatumomab" in the blinatumomab case says nothing about the asked fact.
    If every term is in the title, the weights are left alone."""
    if all(t[:PREFIX] in case_terms for t in weights):
        return weights
    return {t: w * (factor if t[:PREFIX] in case_terms else 1.0) for t, w in weights.items()}


def score_sentences(
    question: str,
    query_vector: np.ndarray,
    passages: list[Passage],
    encode: Callable[[list[str]], np.ndarray],
    terms: TermStats,
    settings: AnswerSettings,
) -> list[Scored]:
    """Every candidate sentence scored, best first (see ``_heuristic`` and ``_learned``)."""
    rows, context = candidate_rows(question, passages, terms, settings)
    if not rows:
        return []
    if settings.scorer == "learned":
        return _learned(rows, context, query_vector, encode, settings)
    untitled = untitled_queries(question, rows, encode, settings.background_share) if settings.title_free_cosine else {}
    return _heuristic(rows, context, query_vector, encode, settings, untitled)


@dataclass
class Row:
    """One candidate sentence with its cheap (lexical) scores, before embedding."""

    candidate: Candidate
    evidence_lexical: float
    ranking_lexical: float
    bonus: float
    facts: SentenceFacts


def candidate_rows(question: str, passages: list[Passage], terms: TermStats, settings: AnswerSettings) -> tuple[list[Row], float]:
    """The sentences of the top passages with their lexical scores, and the evidence penalty
    for a rare question term missing from every passage."""
    idf, max_idf, index_size = terms.idf, terms.max_idf, terms.size
    top = passages[: settings.candidate_passages]
    # Journal and conference names, affiliations, references, license lines: never an answer.
    candidates = [c for c in passage_sentences(top) if not _is_title(c) and not is_bibliographic(c.text)]
    if not candidates:
        return [], 0.0
    question_terms = tokenize(question + record_words(question))  # "go home" is answered by "discharged"
    weights = term_weights(question_terms, idf, max_idf)
    token_lists = [tokenize(c.text) for c in candidates]
    tests = asked_lab_tests(question)  # "TSH" covers "thyroid-stimulating hormone", only for the tests the question names
    term_sets = [prefixes(t) | (prefixes(tokenize(lab_aliases(c.text, tests))) if tests else set()) for t, c in zip(token_lists, candidates)]
    prefix_weights = {t[:PREFIX]: w for t, w in weights.items()}
    ranking_weights = local_weights(prefix_weights, term_sets)
    rare, question_pairs = rare_terms(prefix_weights), pairs([t[:PREFIX] for t in question_terms])
    # "the man", "the girl" say who is asked about, not what (a question naming its case is asked without its description).
    named = prefixes(referring_nouns(question))
    # A case described but not named for sure ("the patient with Burkholderia": two cases) is
    # still not what is asked: its words rank for less, but still count as evidence ("the
    # patient with sickle cell crisis" that no record has must not look answered).
    describing = prefixes(naming_terms(question))
    case_terms_of = {c.passage.doc_id: named | title_terms(c.passage.title) for c in candidates}
    passage_terms = prefixes(t for p in top for t in tokenize(p.title + " " + p.text))
    # Absence is informative in proportion to how much text the index holds: in a
    # five-document index most words are missing, in thousands of chunks a missing drug is news.
    penalty = settings.missing_term_penalty * min(1.0, index_size / 1000) if missing_rare_terms(weights, passage_terms, settings.rare_idf_share * max_idf) else 0.0
    answer_types = asked_types(question, settings.type_bonus)
    asked_steps = ordinals(question)  # "after consolidation I": the number decides between rows
    asked_times = time_points(question)  # "at her 6-month check": a sentence of that time point
    one_patient = settings.case_section_weight > 0 and about_one_patient(question)
    case_question = settings.case_section_weight > 0 and about_a_case(question)
    doc_counts = {d: sum(1 for p in top if p.doc_id == d) / len(top) for d in {p.doc_id for p in top}}
    rows, seen_ranks = [], set()
    for candidate, tokens, found in zip(candidates, token_lists, term_sets):
        type_bonus, covered = answer_types.match(candidate.text)
        found = found | covered
        case_terms = case_terms_of[candidate.passage.doc_id]
        p = candidate.passage
        facts = SentenceFacts(
            coverage=coverage(discount(weights, case_terms, settings.title_discount), found),
            local_coverage=coverage(discount(ranking_weights, case_terms | describing, settings.title_discount), found),
            rare_coverage=share_in(rare, found), pair_coverage=share_in(question_pairs, pairs([t[:PREFIX] for t in tokens])),
            type_match=float(type_bonus > 0), passage_rank=candidate.passage_rank,
            position=(candidate.char_start - p.char_start) / max(1, len(p.text)), first_in_passage=float(candidate.passage_rank not in seen_ranks),
            words=len(candidate.text.split()), doc_share=doc_counts[p.doc_id], has_digit=float(any(ch.isdigit() for ch in candidate.text)), passage_score=float(p.score),
        )
        seen_ranks.add(candidate.passage_rank)
        # A small prior for the passage rank keeps ties in the fused retrieval order.
        fit = ordinal_fit(asked_steps, candidate.text)
        step_bonus = settings.ordinal_bonus if fit > 0 else -settings.ordinal_mismatch_penalty if fit < 0 else 0.0
        step_bonus += settings.ordinal_bonus if asked_times & time_points(candidate.text) else 0.0
        phase = phase_fit(question, candidate.text)  # "at presentation": not the value told later
        step_bonus -= settings.ordinal_mismatch_penalty if phase < 0 else 0.0  # a later value; "On admission" alone answers nothing, so no bonus
        weighed = one_patient or (case_question and is_case_record(p.case_id, p.doc_id))
        prior = case_prior(candidate.text, p.section, p.title, facts.doc_share, settings.case_section_weight, settings.case_report_penalty, settings.case_document_weight) if weighed else 0.0
        rows.append(Row(candidate, facts.coverage, facts.local_coverage, type_bonus + step_bonus + prior + 0.02 / (1 + candidate.passage_rank), facts))
    return rows, penalty


def _embed(rows: list[Row], query_vector: np.ndarray, encode: Callable[[list[str]], np.ndarray], settings: AnswerSettings) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of the sentences' first words (the model window is wasted on a long tail) and their cosines."""
    vectors = encode([r.candidate.text[: settings.embed_chars] for r in rows])
    return vectors, vectors @ np.asarray(query_vector, dtype=np.float32)


def _heuristic(rows: list[Row], penalty: float, query_vector, encode, settings: AnswerSettings, untitled: dict | None = None) -> list[Scored]:
    """The hand-set score: (1 - w) x cosine + w x coverage + type bonus. Embedding every
    sentence would dominate latency: only the best ``max_candidates`` by the cheap lexical
    score (top passages first) are embedded."""
    rows = sorted(rows, key=lambda r: -(r.ranking_lexical + r.bonus + 0.1 / (1 + r.candidate.passage_rank)))[: settings.max_candidates]
    vectors, cosines = _embed(rows, query_vector, encode, settings)
    w = settings.sentence_lexical_weight
    out = []
    for row, vector, cos in zip(rows, vectors, cosines):
        evidence = (1 - w) * float(cos) + w * row.evidence_lexical - penalty
        ranked = float(vector @ untitled[row.candidate.passage.doc_id]) if untitled and row.candidate.passage.doc_id in untitled else float(cos)
        score = (1 - w) * ranked + w * row.ranking_lexical + row.bonus
        out.append(Scored(row.candidate, float(cos), evidence, score, vector))
    out.sort(key=lambda s: -s.score)
    return out


def _learned(rows: list[Row], penalty: float, query_vector, encode, settings: AnswerSettings) -> list[Scored]:
    """The learned score (``sentence_features``): up to ``learned_candidates`` sentences,
    in passage order, all embedded; the evidence for abstention is computed as before."""
    rows = rows[: settings.learned_candidates]
    vectors, cosines = _embed(rows, query_vector, encode, settings)
    for row, cos in zip(rows, cosines):
        row.facts.cosine = float(cos)
    probs = relative_likelihood(matrix([r.facts for r in rows]), load_weights())
    w = settings.sentence_lexical_weight
    out = [
        Scored(row.candidate, float(cos), (1 - w) * float(cos) + w * row.evidence_lexical - penalty, float(prob), vector)
        for row, vector, cos, prob in zip(rows, vectors, cosines, probs)
    ]
    out.sort(key=lambda s: -s.score)
    return out


def _is_title(candidate: Candidate) -> bool:
    """The document's title, or a treatment record's header line ("Treatment record: <case>")."""
    normalise = lambda t: " ".join(t.lower().split()).rstrip(".")  # noqa: E731
    return normalise(candidate.text) == normalise(candidate.passage.title) or bool(re.fullmatch(r"Treatment record:\s*\S+\.?", candidate.text.strip()))


def select(scored: list[Scored], settings: AnswerSettings) -> list[Scored]:
    """Maximal-marginal-relevance choice of up to ``max_sentences`` sentences near the best score."""
    if not scored:
        return []
    if settings.scorer == "learned":
        return _top_distinct(scored, settings)
    best = scored[0].score
    pool = [s for s in scored if s.score >= settings.min_relative_score * best]
    chosen = [pool.pop(0)]
    while pool and len(chosen) < settings.max_sentences:
        def mmr(s: Scored) -> float:
            redundancy = max(float(s.vector @ c.vector) for c in chosen)
            return settings.mmr_lambda * s.score - (1 - settings.mmr_lambda) * redundancy

        nxt = max(pool, key=mmr)
        pool.remove(nxt)
        if max(float(nxt.vector @ c.vector) for c in chosen) > settings.duplicate_cosine:
            continue  # near-identical wording (abstract vs. record): one citation is enough
        chosen.append(nxt)
    return chosen


def _top_distinct(scored: list[Scored], settings: AnswerSettings) -> list[Scored]:
    """The learned scorer's choice: the ``max_sentences`` best, each unlike those before it.
    Its scores rank well within a question but are not shares of the best, so no relative
    cut: on COVID-QA the expert's sentence was the learned second or third choice for a
    tenth of the questions (tune half, cross-validated by paper)."""
    chosen: list[Scored] = []
    floor = settings.learned_min_relative * scored[0].score
    for s in scored:
        if s.score < floor:
            break
        if len(chosen) == settings.max_sentences:
            break
        if all(float(s.vector @ c.vector) <= settings.duplicate_cosine for c in chosen):
            chosen.append(s)
    return chosen


def extract(
    question: str,
    query_vector: np.ndarray,
    passages: list[Passage],
    encode: Callable[[list[str]], np.ndarray],
    terms: TermStats,
    settings: AnswerSettings,
) -> Extract:
    scored = score_sentences(question, query_vector, passages, encode, terms, settings)
    evidence = max((s.evidence for s in scored), default=0.0)
    return Extract(select(scored, settings), evidence, scored)


def compose(chosen: list[Scored], following: bool = False, typed: Callable[[str], bool] | None = None) -> tuple[list[tuple[str, list[int]]], list[Citation]]:
    """Answer sentences, each the quote itself with its one [n], and citations numbered from 1;
    ``typed``: whether a text holds the asked kind of thing (``typed_following`` on the first)."""
    candidates: list[Candidate] = []
    for scored in chosen:
        candidate = with_context(scored.candidate)
        candidate = with_following(candidate) if following else typed_following(candidate, typed) if typed and not candidates else candidate
        # A sentence already inside an earlier quote (its context pulled it in) adds nothing.
        if any(c.passage.doc_id == candidate.passage.doc_id and c.char_start < candidate.char_end and candidate.char_start < c.char_end for c in candidates):
            continue
        candidates.append(candidate)
    citations = [make_citation(i + 1, c) for i, c in enumerate(candidates)]
    sentences = []
    for citation in citations:
        text = display_text(citation.quote)
        if text[-1] not in ".!?":
            text += "."
        sentences.append((text, [citation.n]))
    return sentences, citations


class ExtractiveAnswerer:
    """The default, offline answerer: verbatim sentences of the passages, or an abstention
    when the best sentence's evidence is under the calibrated threshold."""

    def __init__(self, settings: AnswerSettings, embedder):
        self.settings = settings
        self.embedder = embedder

    def answer(self, question: str, retrieval: RetrievalResult) -> Draft:
        ex = self._extract(question, retrieval, self.settings)
        if ex is None or not ex.chosen or ex.evidence < self.settings.abstain_threshold:
            return Draft(evidence=ex.evidence if ex else 0.0)
        types = asked_types(question, self.settings.type_bonus)
        sentences, citations = compose(ex.chosen, self.settings.quote_following, types.holds if types.asked or types.classes else None)
        return Draft(sentences, citations, evidence=ex.evidence)

    def answer_from(self, question: str, retrieval: RetrievalResult, answers: Callable[[Candidate], bool]) -> Draft:
        """The best-ranked candidate sentence that ``answers`` vouches for, whatever its
        evidence: the caller has checked that it names the asked attribute with a value."""
        ex = self._extract(question, retrieval, self.settings.model_copy(update={"max_candidates": max(64, self.settings.max_candidates)}))
        best = next((s for s in ex.scored if answers(s.candidate)), None) if ex else None
        if best is None:
            return Draft(evidence=ex.evidence if ex else 0.0)
        sentences, citations = compose([best], self.settings.quote_following)
        return Draft(sentences, citations, evidence=ex.evidence)

    def _extract(self, question: str, retrieval: RetrievalResult, settings: AnswerSettings) -> Extract | None:
        if not retrieval.passages or retrieval.terms is None:
            return None
        query_vector = retrieval.query_vector if retrieval.query_vector is not None else self.embedder.encode_one(question)
        return extract(question, query_vector, retrieval.passages, self.embedder.encode_cached, retrieval.terms, settings)
