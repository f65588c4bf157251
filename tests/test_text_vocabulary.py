"""The curated clinical vocabulary shared by tagging and answering: diagnosis patterns (a
long form matched in lowercased text, an acronym matched case-sensitively) and drug names."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from assistant.text.vocabulary import DIAGNOSES, DRUGS

LABELS = sorted(DIAGNOSES)
MULTIWORD_DRUGS = ("all-trans retinoic acid", "arsenic trioxide", "tranexamic acid", "intravenous immunoglobulin")


# -- DIAGNOSES -------------------------------------------------------------------------------


def test_labels_are_lowercase_and_trimmed():
    assert all(label == label.lower().strip() and "  " not in label for label in LABELS)


@pytest.mark.parametrize("label", LABELS)
def test_every_long_form_compiles_and_matches_its_own_label(label):
    long_form, _ = DIAGNOSES[label]
    assert re.compile(long_form).search(label), f"{label!r} is not found by {long_form!r}"


@pytest.mark.parametrize("label", LABELS)
def test_long_forms_are_lowercase_because_the_text_is_lowered_first(label):
    long_form, _ = DIAGNOSES[label]
    assert long_form == long_form.lower()


@pytest.mark.parametrize("label", [label for label in LABELS if DIAGNOSES[label][1]])
def test_every_acronym_compiles_and_is_case_sensitive(label):
    acronym = re.compile(DIAGNOSES[label][1])
    assert not acronym.flags & re.IGNORECASE
    assert not acronym.search(label)  # the lowercased label never triggers an acronym


@pytest.mark.parametrize("label, text", [
    ("acute myeloid leukemia", "Bone marrow confirmed AML."),
    ("acute lymphoblastic leukemia", "Relapsed B-ALL after transplant."),
    ("acute lymphoblastic leukemia", "T-ALL was diagnosed."),
    ("acute lymphoblastic leukemia", "ALL relapse occurred at 14 months."),
    ("diffuse large b-cell lymphoma", "DLBCL stage IV."),
    ("hemolytic uremic syndrome", "Atypical aHUS responded to eculizumab."),
    ("hemolytic uremic syndrome", "HUS after diarrhoea."),
    ("venous thromboembolism", "A DVT of the left leg."),
])
def test_acronyms_find_their_diagnosis(label, text):
    assert re.search(DIAGNOSES[label][1], text)


@pytest.mark.parametrize("text", ["All cells were normal.", "ALL of the samples were negative.", "Treated for all symptoms."])
def test_all_as_a_plain_word_is_not_the_leukemia(text):
    assert not re.search(DIAGNOSES["acute lymphoblastic leukemia"][1], text)


@pytest.mark.parametrize("label, text", [
    ("acute myeloid leukemia", "acute myeloid leukaemia"),
    ("hemolytic anemia", "autoimmune haemolytic anaemia"),
    ("hemolytic uremic syndrome", "haemolytic uraemic syndrome"),
    ("thalassemia", "beta-thalassaemia major"),
])
def test_british_spellings_match(label, text):
    assert re.search(DIAGNOSES[label][0], text)


def test_hodgkin_does_not_match_non_hodgkin():
    hodgkin, non_hodgkin = DIAGNOSES["hodgkin lymphoma"][0], DIAGNOSES["non-hodgkin lymphoma"][0]
    for text in ("non-hodgkin lymphoma", "non-hodgkin's lymphoma"):
        assert not re.search(hodgkin, text)
        assert re.search(non_hodgkin, text)
    assert re.search(hodgkin, "classical hodgkin's lymphoma")


def test_an_unhyphenated_non_hodgkin_lymphoma_is_not_tagged_hodgkin():
    assert not re.search(DIAGNOSES["hodgkin lymphoma"][0], "non hodgkin lymphoma")
    assert re.search(DIAGNOSES["non-hodgkin lymphoma"][0], "non hodgkin lymphoma")


# -- DRUGS ---------------------------------------------------------------------------------


def test_drugs_are_lowercase_words():
    assert DRUGS
    assert all(d == d.lower() and re.fullmatch(r"[a-z][a-z -]*[a-z]", d) for d in DRUGS)


def test_common_drugs_are_listed():
    assert {"blinatumomab", "rituximab", "venetoclax", "eculizumab", "imatinib", "cytarabine"} <= set(DRUGS)


def test_the_multiword_names_are_present():
    """Whole, or as their words (the list is one string split on spaces; tags.py and
    answer/short.py rejoin exactly these three)."""
    for name in MULTIWORD_DRUGS:
        assert name in DRUGS or all(word in DRUGS for word in name.split()), name


def test_drugs_are_unique():
    assert [d for d, n in Counter(DRUGS).items() if n > 1] == []


# -- one name per concept -------------------------------------------------------------------


def test_every_alias_names_a_listed_generic_and_is_no_generic_itself():
    from assistant.text.vocabulary import DRUG_ALIASES, DRUG_NAMES

    assert set(DRUG_ALIASES.values()) <= set(DRUGS)
    assert not set(DRUG_ALIASES) & set(DRUGS)
    assert set(DRUG_NAMES) == set(DRUGS) | set(DRUG_ALIASES)


@pytest.mark.parametrize("name, expected", [
    ("Hemolytic-Uremic Syndrome", "hemolytic uremic syndrome"),
    ("haemolytic uraemic syndrome", "hemolytic uremic syndrome"),
    ("Acute Myeloid Leukaemia", "acute myeloid leukemia"),
    ("Large B cell lymphoma", "large b-cell lymphoma"),
    ("MabThera", "rituximab"),
    ("ciclosporin", "cyclosporine"),
    ("IVIg", "intravenous immunoglobulin"),
    ("Tumour lysis", "tumor lysis"),
    ("ehlers-danlos syndrome", "ehlers-danlos syndrome"),
])
def test_normalize_name(name, expected):
    from assistant.text.vocabulary import normalize_name

    assert normalize_name(name) == expected


def test_lay_words_bring_the_records_word():
    # stop 29, from user_audit26 once read: "did the man go home" is answered by "discharged home seven days after surgery"
    from assistant.text.vocabulary import record_words
    assert record_words("How soon after the omentoplasty did the 53-year-old man go home?") == " discharged"
    assert record_words("When was the drain taken out?") == " removed"
    assert record_words("What was the dose of rituximab?") == ""
