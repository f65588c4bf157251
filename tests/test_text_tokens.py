"""The one tokenizer BM25, answer scoring and the conversation share: lowercased, stop-worded,
stemmed terms that keep what clinical questions hinge on (decimals, short acronyms such as
CD19 and ALL, drug names, negation)."""

from __future__ import annotations

import pytest

from assistant.text.tokens import STOPWORDS, TOKENIZER_VERSION, _stemmer, tokenize
from assistant.text.vocabulary import DRUGS


def test_the_version_is_a_string_saved_with_bm25_indexes():
    assert isinstance(TOKENIZER_VERSION, str) and TOKENIZER_VERSION


# -- numbers -------------------------------------------------------------------------------


def test_decimals_stay_whole():
    assert tokenize("MRD 0.6% after 84.6 months") == ["mrd", "0.6", "84.6", "month"]


def test_decimal_commas_and_thousands_stay_whole():
    assert tokenize("1,000 cells and 2,5 mg") == ["1,000", "cell", "2,5", "mg"]


@pytest.mark.parametrize("text, expected", [
    ("Hb was 8.5.", ["hb", "8.5"]),
    ("counts of 12, 13.", ["count", "12", "13"]),
    ("values 1., 2.", ["valu", "1", "2"]),
    ("3.", ["3"]),
])
def test_a_full_stop_or_comma_after_a_number_is_punctuation(text, expected):
    assert tokenize(text) == expected


def test_units_split_from_their_numbers():
    assert tokenize("28 mcg/day") == ["28", "mcg", "day"]


# -- acronyms and names ------------------------------------------------------------------


def test_short_acronyms_survive():
    assert tokenize("CD19 MRD ALL AML") == ["cd19", "mrd", "all", "aml"]


def test_all_is_kept_in_any_case_because_it_is_a_leukemia():
    assert "all" not in STOPWORDS
    assert tokenize("ALL") == tokenize("all") == ["all"]
    assert tokenize("B-ALL") == ["b", "all"]


def test_a_hyphen_splits_words():
    assert tokenize("CD19-negative relapse") == ["cd19", "negat", "relaps"]


def test_case_does_not_matter():
    assert tokenize("rituximab Rituximab RITUXIMAB") == ["rituximab"] * 3  # repeats kept: BM25 counts them


@pytest.mark.parametrize("drug", [d for d in DRUGS if "-" not in d and " " not in d])
def test_every_single_word_drug_is_one_term(drug):
    assert len(tokenize(drug)) == 1
    assert tokenize(drug.upper()) == tokenize(drug.capitalize()) == tokenize(drug)


# -- stop words and stemming ---------------------------------------------------------------


def test_stopwords_are_lowercase_single_words():
    assert isinstance(STOPWORDS, frozenset)
    assert all(w == w.lower() and w.isalpha() for w in STOPWORDS)


def test_patient_and_case_are_stop_words_in_a_case_collection():
    assert {"patient", "patients", "case"} <= STOPWORDS
    assert tokenize("What was the case of the patient?") == []


def test_negations_are_not_stop_words():
    assert not {"no", "not", "without"} & STOPWORDS
    assert tokenize("no response, not transplanted") == ["no", "respons", "not", "transplant"]


def test_question_words_that_are_stop_words_are_dropped():
    assert tokenize("When did he receive rituximab?") == ["receiv", "rituximab"]


def test_words_are_stemmed_so_forms_meet():
    assert tokenize("Leukemias treated") == tokenize("leukemia treat") == ["leukemia", "treat"]
    assert tokenize("relapsed") == tokenize("relapse") == tokenize("relapses")


def test_the_stemmer_is_built_once():
    assert _stemmer() is _stemmer()


def test_nothing_to_count():
    assert tokenize("") == []
    assert tokenize("--- ; : () ...") == []
    assert tokenize("the and of") == []


def test_an_ordinal_in_digits_is_its_word():
    # "When was the second relapse diagnosed?" must find "2nd relapse—Nov 2023".
    assert tokenize("2nd relapse") == tokenize("second relapse")
    assert tokenize("1st cycle, 3rd line") == tokenize("first cycle, third line")
