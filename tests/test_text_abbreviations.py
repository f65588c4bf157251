"""Abbreviations a document defines for itself (Schwartz & Hearst): the same letters mean
different things in different reports, so tags ask the document first."""

from __future__ import annotations

import pytest

from assistant.text.abbreviations import best_long_form, definitions, find_definitions, stands_for


@pytest.mark.parametrize("text, short, long", [
    ("Uterine lymphangioleiomyomatosis with renal angiomyolipoma (AML).", "AML", "angiomyolipoma"),
    ("She had acute myeloid leukemia (AML) at 60.", "AML", "acute myeloid leukemia"),
    ("Grade 2 cytokine release syndrome (CRS) developed.", "CRS", "cytokine release syndrome"),
    ("Relapsed B-cell acute lymphoblastic leukemia (B-ALL) after transplant.", "B-ALL", "B-cell acute lymphoblastic leukemia"),
    ("Treated with intravenous immunoglobulin (IVIg) for 3 days.", "IVIg", "intravenous immunoglobulin"),
    ("Suspected HUS (hemolytic uremic syndrome) was confirmed.", "HUS", "hemolytic uremic syndrome"),
    ("Chronic rhinosinusitis (CRS) with polyps.", "CRS", "Chronic rhinosinusitis"),
])
def test_definitions_are_found(text, short, long):
    assert definitions(text) == {short: long}


@pytest.mark.parametrize("text", [
    "Dexamethasone (20 mg) was given.",
    "The tumour (see Figure 2) grew.",
    "Platelets fell (12 × 10^9/L).",
    "He was admitted (day 3).",
    "",
])
def test_parentheses_that_define_nothing(text):
    assert definitions(text) == {}


def test_the_first_definition_wins_and_offsets_point_at_the_short_form():
    text = "Angiomyolipoma (AML) of the kidney. Later, acute myeloid leukemia (AML) was excluded."
    assert definitions(text) == {"AML": "Angiomyolipoma"}
    found = find_definitions(text)
    assert [text[off : off + len(short)] for short, _, off in found] == ["AML", "AML"]


def test_best_long_form_needs_the_first_letter_at_a_word_start():
    assert best_long_form("HUS", "a case of hemolytic uremic syndrome") == "hemolytic uremic syndrome"
    assert best_long_form("XYZ", "no such words here") is None


def test_stands_for_follows_the_documents_definition():
    import re

    leukemia = re.compile(r"acute myeloid leuka?emia", re.I)
    hus = re.compile(r"hemolytic[\s\-]+uremic syndrome", re.I)
    lam = "Renal angiomyolipoma (AML) in tuberous sclerosis; acute myeloid leukemia was never suspected."
    assert not stands_for("AML", leukemia, lam, definitions(lam))  # defined otherwise: the long form elsewhere does not count
    plain = "AML relapsed. Acute myeloid leukemia is the commonest acute leukemia."
    assert stands_for("AML", leukemia, plain, definitions(plain))  # undefined: the long form in the document counts
    assert not stands_for("AML", leukemia, "AML relapsed.", {})
    dashed = "Severe hemolytic–uremic syndrome (HUS) developed; aHUS was excluded."
    assert stands_for("HUS", hus, dashed, definitions(dashed))
    assert stands_for("aHUS", hus, dashed, definitions(dashed))


def test_title_acronyms_are_the_initials_of_its_capitalised_runs():
    from assistant.text.abbreviations import title_acronyms

    assert title_acronyms("Acute Myeloid Leukemia as a Trigger for Hemolytic–Uremic Syndrome") == ["AML", "HUS"]
    assert title_acronyms("Dasatinib-Induced Bilateral Chylothorax: A Case Report") == ["DIB"]  # "Case Report" makes no CR
