"""The learned sentence scorer's pieces: features, stored weights, and the learned choice."""

import numpy as np
import pytest

from assistant.answer.extractive import Scored, candidate_rows, select
from assistant.answer.sentence_features import FEATURES, SentenceFacts, load_weights, matrix, pairs, relative_likelihood, weights_from
from assistant.config import AnswerSettings
from assistant.models import Passage
from assistant.retrieve.lexical import TermStats


def facts(cosine: float, coverage: float) -> SentenceFacts:
    return SentenceFacts(coverage, coverage, coverage, 0.0, 0.0, 0, 0.0, 1.0, 12, 1.0, 0.0, 0.5, cosine)


def test_matrix_has_one_column_per_feature_and_gaps_to_the_best():
    x = matrix([facts(0.2, 0.1), facts(0.6, 0.4)])
    assert x.shape == (2, len(FEATURES))
    assert x[0, FEATURES.index("cosine_gap")] == pytest.approx(-0.4)
    assert x[1, FEATURES.index("coverage_gap")] == pytest.approx(0.0)


def test_stored_weights_load_and_rank_the_best_at_one():
    weights = load_weights()
    scores = relative_likelihood(matrix([facts(0.1, 0.0), facts(0.7, 0.9)]), weights)
    assert scores.max() == pytest.approx(1.0)
    assert scores[1] > scores[0]  # closer to the question in both senses


def test_weights_for_other_features_are_refused():
    with pytest.raises(ValueError, match="features"):
        weights_from({"features": ["cosine"], "mean": [0], "scale": [1], "coef": [1], "bias": 0})


def test_pairs_are_adjacent_terms():
    assert pairs(["a", "b", "c"]) == {("a", "b"), ("b", "c")}


def test_candidate_rows_cover_every_sentence_of_the_top_passages():
    text = "Ribavirin was given at 400 mg daily. The fever resolved after three days. Nothing else changed."
    passage = Passage("c1", "corpus:d1", text, 1.0, 0, len(text), "Results")
    terms = TermStats(idf=lambda t: 1.0, max_idf=5.0, size=10)
    rows, penalty = candidate_rows("Which dose of ribavirin was given?", [passage], terms, AnswerSettings())
    assert [r.candidate.text for r in rows][0].startswith("Ribavirin")
    assert len(rows) == 3 and penalty == 0.0
    assert rows[0].facts.type_match == 1.0 and rows[0].facts.first_in_passage == 1.0 and rows[1].facts.first_in_passage == 0.0


def test_learned_choice_takes_the_best_distinct_sentences():
    settings = AnswerSettings(scorer="learned", max_sentences=2)
    same, other = np.array([1.0, 0.0]), np.array([0.0, 1.0])
    scored = [Scored(None, 0.0, 0.0, s, v) for s, v in ((1.0, same), (0.9, same), (0.2, other))]
    assert [s.score for s in select(scored, settings)] == [1.0, 0.2]  # the near-copy is skipped
    cut = AnswerSettings(scorer="learned", max_sentences=2, learned_min_relative=0.5)
    assert [s.score for s in select(scored, cut)] == [1.0]


def test_a_lab_test_asked_by_its_letters_covers_the_sentence_that_spells_it_out():
    text = "She was seen at 11 weeks. Thyroid-stimulating hormone: 1.14, consistent with controlled hypothyroidism."
    passage = Passage("c1", "corpus:d1", text, 1.0, 0, len(text), "Case")
    terms = TermStats(idf=lambda t: 1.0, max_idf=5.0, size=10)
    rows, _ = candidate_rows("What was the TSH?", [passage], terms, AnswerSettings())
    covered = {r.candidate.text[:7]: r.evidence_lexical for r in rows}
    assert covered["Thyroid"] > covered["She was"]
