"""Patients by age: age groups and ranges read from a question, the age a case record first
states, and list answers by age alone or within a subject (on the shipped corpus)."""

from __future__ import annotations

import pytest

from assistant.answer.across import AcrossCasesAnswerer
from assistant.answer.demographics import asked_age_range, presentation_age, without_age
from assistant.retrieve.case_names import stated_ages

# user_audit22 (ua22-010): every shipped case whose patient was 13 to 19 when seen, found by reading.
TEENAGERS = {"PMC11395317", "PMC11401629", "PMC11488404", "PMC11490302", "PMC11506189", "PMC11544075", "PMC11552360", "PMC11579050",
             "PMC11609383", "PMC11614595", "PMC11621058", "PMC11624525", "PMC11625232", "PMC11632474", "PMC11635374", "PMC11648237"}


@pytest.mark.parametrize(
    ("question", "span"),
    [
        ("Which patients were teenagers (aged 13 to 19) when they came in?", (13.0, 19.99)),
        ("Which patients were teenagers?", (13.0, 19.99)),
        ("How many children had seizures?", (0.0, 17.99)),
        ("List the patients over 65.", (65.0 + 1e-6, 150.0)),  # over 65: not 65 itself
        ("Which patients were 65 years or older?", (65.0, 150.0)),
        ("Which patients were younger than 2 years?", (0.0, 2.0 - 1e-6)),
        ("Which patients were between 40 and 60 years old?", (40.0, 60.99)),
        ("Compare the outcomes of the newborns with intestinal atresia.", (0.0, 28 / 365)),
        ("Compare the patients aged 80 or over: what brought each of them in?", (80.0, 150.0)),  # stop 26: "80 or over", no "years"
        ("Which patients were 80 or older?", (80.0, 150.0)),
        ("How many patients had a platelet count of 100 or over?", None),
        ("Which patients had a platelet count over 400?", None),  # a number not about age
        ("Which patients received rituximab?", None),
        ("Which babies or young children were failing to thrive (poor weight gain)?", (0.0, 17.99)),  # stop 28: two groups, one range
        ("How many infants and toddlers died?", (0.0, 3.0)),
    ],
)
def test_an_age_range_is_read_from_the_question(question, span):
    found = asked_age_range(question)
    assert (found[0] if found else None) == span


def test_the_age_words_leave_the_subject():
    assert without_age("Which patients were teenagers (aged 13 to 19) when they came in?") == "Which patients were patients when they came in?"
    assert without_age("How many children had seizures?") == "How many patients had seizures?"


def test_ages_in_words_and_halves():
    assert [a[0] for a in stated_ages("A two-and-a-half-year-old boy; a three-week-old girl; a 1.5-year-old")] == [2.5, 3 / 52, 1.5]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("A 14-year-old girl presented with a limp.", 14.0),
        ("A 28-year-old primigravida was referred at 18 weeks. The baby, 2 days old, was admitted.", 2 / 365),  # the mother's age is not the baby's
        ("The first case (Zurawski and Kelly, 1997) involved a 19 year-old woman. Our patient, a 30-year-old woman, bled.", 30.0),
        ("No age is given.", None),
    ],
)
def test_the_presentation_age_is_the_patients_own(text, years):
    found = presentation_age(text)
    assert (found[0] if found else None) == years


@pytest.fixture(scope="module")
def across(shipped):
    return AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)


def test_a_list_by_age_alone_cites_each_patients_age(shipped, across):
    draft = across.answer("Which patients were teenagers (aged 13 to 19) when they came in?")
    assert {c.case_id for c in draft.cases} == TEENAGERS and draft.case_count == len(TEENAGERS)
    texts = shipped.document_texts({c.doc_id for c in draft.citations})
    for citation in draft.citations:
        assert texts[citation.doc_id][citation.char_start : citation.char_end] == citation.quote
        assert any(13 <= years < 20 for years, _, _ in stated_ages(citation.quote))


def test_an_age_group_narrows_a_subject(across):
    # user_audit3 (ua3-049): the two newborns with intestinal atresia; one report opens with the mother's age.
    draft = across.answer("Compare the outcomes of the newborns with intestinal atresia.")
    assert {c.case_id for c in draft.cases} == {"PMC11416630", "PMC11543139"}
    everyone = across.answer("Which patients had seizures?")
    children = across.answer("Which children had seizures?")
    assert 0 < children.case_count < everyone.case_count
    assert {c.case_id for c in children.cases} < {c.case_id for c in everyone.cases}


def test_the_sex_a_list_asks_and_the_one_a_record_states():
    # stop 28: "Which men had seizures?" listed the women too
    from assistant.answer.demographics import asked_sex, presentation_sex
    assert asked_sex("Which women had seizures?") == "F" and asked_sex("How many boys had a fracture?") == "M"
    assert asked_sex("Which patients had seizures?") is None and asked_sex("Which men or women had a rash?") is None
    assert asked_sex("Compare the man with gout and the woman with lupus.") is None  # one patient each, described
    text = "A 55-year-old Caucasian female presented with fever."
    assert presentation_sex(text, 2, 13) == "F"
    text = "We report a Chinese girl, 17 years old, presenting with seizures."
    assert presentation_sex(text, text.find("17"), text.find("old") + 3) == "F"
    text = "A 39-year-old patient was referred. He had a cough. His chest was clear; he was treated and he recovered."
    assert presentation_sex(text, 2, 13) == "M"


def test_a_list_of_women_leaves_the_men_out(across):
    everyone = {c.case_id for c in across.answer("Which patients had seizures?").cases}
    women = {c.case_id for c in across.answer("Which women had seizures?").cases}
    men = {c.case_id for c in across.answer("Which men had seizures?").cases}
    assert women < everyone and men < everyone and women | men == everyone
