"""Short answers picked out of real sentences of the seed case (abstract and treatment record)
and of the case reports: the span is the record's own text, offsets into the sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer.short import asked_types, short_answer
from assistant.ingest.loaders import load_csv
from assistant.text.sentences import sentence_spans

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ABSTRACT = (CORPUS / "seed" / "blinatumomab-relapsed-all-case.txt").read_text(encoding="utf-8")
RECORD = load_csv((CORPUS / "seed" / "blinatumomab-treatment-record.csv").read_bytes(), "seed/blinatumomab-treatment-record.csv").documents[0].text
REPORTS = json.loads((CORPUS / "case-reports" / "medrbench_cases.json").read_text(encoding="utf-8"))


def sentence(text: str, start: str) -> str:
    """The sentence of ``text`` (as the splitter cuts it) that starts with ``start``."""
    found = [text[s:e] for s, e in sentence_spans(text) if text[s:e].startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def report_sentence(fragment: str) -> str:
    found = {text[s:e] for case in REPORTS.values() for text in [case["raw_case"]] for s, e in sentence_spans(text) if fragment in text[s:e]}
    assert len(found) == 1, (fragment, found)
    return found.pop()


def answer(question: str, text: str) -> str | None:
    span = short_answer(question, text)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    "question, start, expected",
    [
        ("What prephase dose of blinatumomab did the patient receive?", "Prephase with blinatumomab", "9 mcg/day"),
        ("When was the blinatumomab prephase given?", "Prephase with blinatumomab", "19.12.2023–26.12.2023"),
        ("When was induction I given?", "Induction I (", "27.12.2023–16.01.2024"),
        ("What was the MRD status after induction?", "Result on 17.01.2024", "MRD (–)"),
        ("What was the MRD after consolidation I?", "Consolidation I (", "MRD remains (–)"),
        ("What was the MRD status after consolidation II?", "Consolidation II (", "MRD (-)"),
        ("What blast percentage was recorded after consolidation III?", "Consolidation III (", "0.6% blasts"),
        ("What blast percentage was found after consolidation IV?", "Consolidation IV (", "1.4% blasts"),
        ("How many blasts were in the marrow at the second relapse?", "2nd relapse", "84.6% blasts"),
        ("When did the second relapse occur?", "2nd relapse", "Nov 2023"),
        ("When did the first relapse occur?", "1st relapse", "2017"),
        ("When was the ALL diagnosed?", "ALL onset", "April 2009"),
        ("What was the karyotype at onset?", "ALL onset", "hyperdiploid karyotype, t(1;6)"),
        ("What cranial irradiation dose did the patient receive?", "ALL onset", "12 Gy"),
        ("Which drugs were used for CNS prophylaxis?", "Additional: CNS", "methotrexate, cytarabine, dexamethasone"),
        ("When was the remission confirmed?", "Remission was sustained", "October 2024"),
        ("What was the MRD status at follow-up?", "Remission was sustained", "MRD negative (0.000% by IHC)"),
    ],
)
def test_abstract_sentences(question, start, expected):
    assert answer(question, sentence(ABSTRACT, start)) == expected


@pytest.mark.parametrize(
    "question, start, expected",
    [
        ("What prephase dose of blinatumomab did the patient receive?", "Prephase, ", "9 mcg/day"),
        ("When was induction I given?", "Induction I, ", "27.12.2023–16.01.2024"),
        ("What was the MRD status after induction?", "Induction I, ", "MRD negative"),
        ("When was consolidation IV given, and what blast percentage was recorded?", "Consolidation IV, ", "22.08.2024–18.09.2024"),
        ("What blast percentage was recorded after consolidation IV?", "Consolidation IV, ", "1.4% blasts"),
        ("What were the blasts after consolidation I?", "Consolidation I, ", None),  # no count there: not "grade ≥3"
        ("When was the leukemia first treated?", "Initial therapy, ", "04.2009"),
        ("What was the karyotype at onset?", "Initial therapy, ", "hyperdiploid karyotype, t(1;6)"),
        ("Which regimen was used for CNS prophylaxis?", "CNS prophylaxis, ", "methotrexate, cytarabine, dexamethasone"),
    ],
)
def test_treatment_record_rows(question, start, expected):
    assert answer(question, sentence(RECORD, start)) == expected


@pytest.mark.parametrize(
    "question, fragment, expected",
    [
        ("What eculizumab dose was started?", "She was started on eculizumab 900 mg per week", "900 mg per week"),
        ("How long was eculizumab given at the initial dose?", "She was started on eculizumab 900 mg per week", "4 weeks"),
        ("What rituximab dose did he receive?", "he received one dose of RTX", "375\u2005mg/m2"),
        ("What doxycycline dose was prescribed?", "doxycycline 100 mg to be taken orally", "100 mg"),
        ("For how many days was doxycycline given?", "doxycycline 100 mg to be taken orally", "7 days"),
    ],
)
def test_case_report_sentences(question, fragment, expected):
    assert answer(question, report_sentence(fragment)) == expected


def test_the_dose_nearest_the_question_words_wins():
    text = "Prephase: blinatumomab 9 mcg/day; induction: blinatumomab 28 mcg/day."
    assert answer("What prephase dose was given?", text) == "9 mcg/day"
    assert answer("What induction dose was given?", text) == "28 mcg/day"


def test_a_dose_with_its_schedule():
    assert answer("What rituximab dose was used?", "She received rituximab 375 mg/m2 weekly for four doses.") == "375 mg/m2 weekly"


def test_a_lab_level_is_not_a_dose():
    text = "A chylothorax is further defined by a triglyceride level >110 mg/dL in pleural exudate."
    assert answer("What dose of dasatinib was the patient taking?", text) is None
    assert answer("What was the troponin?", "The initial troponin was elevated at 15 ng/mL.") != "15 ng"
    assert answer("What albendazole dose was given?", "Albendazole 400 mg/20 mL oral suspension was given.") == "400 mg"


def test_a_drug_the_question_names_is_not_the_answer():
    text = "Dasatinib was stopped and replaced by bosutinib 100 mg daily."
    assert answer("Which tyrosine kinase inhibitor replaced dasatinib?", text) == "bosutinib"
    assert answer("Which drug was given?", "Dasatinib was continued.") == "Dasatinib"
    assert answer("Which drug replaced dasatinib?", "Dasatinib was stopped.") is None


def test_a_count_for_how_many():
    text = "On admission she was transfused with 2 units of platelets and 4 units of packed red cells."
    assert answer("How many units of platelets were given on admission?", text) == "2 units"


def test_none_when_nothing_of_the_type_is_asked_or_present():
    assert answer("How well was the prephase tolerated?", sentence(ABSTRACT, "Prephase with blinatumomab")) is None
    assert answer("Which antifungal was used for the fungal pneumonia?", sentence(ABSTRACT, "Complications:")) is None
    assert answer("What dose was used in induction I?", sentence(ABSTRACT, "Induction I (")) is None  # "standard dose escalation"
    assert short_answer("When was it given?", "") is None


def test_protocol_years_are_not_dates():
    # "ALL-BFM-2000" names a protocol; the onset date is April 2009.
    assert answer("What year did the ALL start?", "Treated according to ALL-BFM-2000 from 04.2009.") == "04.2009"


def test_offsets_slice_the_sentence():
    text = sentence(ABSTRACT, "Prephase with blinatumomab")
    start, end = short_answer("What prephase dose of blinatumomab did the patient receive?", text)
    assert 0 <= start < end <= len(text) and text[start:end] == "9 mcg/day"


def test_asked_types_in_question_order():
    assert asked_types("When was consolidation IV given, and what blast percentage was recorded?") == ["date", "number"]
    assert asked_types("Which complement inhibitor was started and at what initial dose?")[0] == "drug"
    assert asked_types("How well was the prephase tolerated?") == []


def test_a_lab_named_after_what_was_the_asks_for_its_value():
    sentence = "Following stabilization, grade 3 acute kidney injury was detected with a serum creatinine of 3.7 mg/dL and hemodialysis requirement."
    assert answer("What was the creatinine of the AML patient with HUS?", sentence) == "3.7 mg/dL"
    assert answer("What was the diagnosis?", sentence) is None


def test_an_asked_drug_class_is_answered_by_the_member_with_its_dose():
    sentence = "For dyslipidemia, pitavastatin 4 mg, ezetimibe 10 mg, and omega-3 fatty acids 2 g were introduced."
    span = short_answer("Which statin, and at what dose, did the 38-year-old take?", sentence)
    assert sentence[span[0] : span[1]] == "pitavastatin 4 mg"
    span = short_answer("Which statin did he take?", sentence)
    assert sentence[span[0] : span[1]] == "pitavastatin"


def test_a_lab_asked_by_name_is_found_by_its_letters():
    sentence = "Investigations revealed: complete blood count showing WBC 12.2 × 103/μL, Hgb 6.1 g/dL, and platelets 15 × 103/μL."
    span = short_answer("What was the hemoglobin of the woman at presentation?", sentence)
    assert span and sentence[span[0] : span[1]] == "6.1 g/dL"

