"""Questions asked by drug class ("Which patients got an anthracycline?", "anti-seizure drugs"):
the class's members and brands are its terms, a class beats the disease word inside it, a key
is a whole word (no "insulinoma", no "steroid-refractory"), and the class guards keep local
anaesthetics' adrenaline, lab levels and drug screens out. The shipped-index cases below were
found by grepping the corpus for every member and reading each hit
(benchmarks/sets/drug_classes.jsonl)."""

from __future__ import annotations

import re

import pytest

from assistant.answer.across import AcrossCasesAnswerer
from assistant.answer.mentions import find_mention
from assistant.answer.subjects import subject_groups, subject_label
from assistant.text.concepts import CONCEPTS
from assistant.text.drug_classes import DRUG_CLASSES


def _label(question: str) -> str:
    return subject_label(subject_groups(question)[0])


def _finds(question: str, text: str) -> bool:
    return find_mention(text, subject_groups(question)[0], lambda term, short: True) is not None


def test_a_class_question_reads_its_members_and_brands():
    assert _finds("Which patients received an anthracycline?", "adjuvant doxorubicin 60 mg/m2")
    assert _finds("Which patients received an anthracycline?", "two cycles of Adriamycin")  # a vocabulary brand of a member
    assert _finds("Which patients were on an ACEi or an ARB?", "lisinopril 10 mg") and _finds("Which patients were on an ACEi or an ARB?", "losartan")
    assert _finds("Which patients were on a calcineurin inhibitor?", "ciclosporin trough levels were monitored; Prograf was continued")
    assert _finds("How many patients got G-CSF?", "pegfilgrastim was given on day 2")
    assert _finds("Which patients received tPA?", "intravenous alteplase within 3 hours")
    assert not _finds("Which patients received an anthracycline?", "cyclophosphamide and vincristine")


def test_a_class_beats_the_disease_word_inside_it():
    for question in ("Which patients received an anti-seizure drug?", "Who was on antiseizure medications?", "List the patients on antiepileptics.",
                     "How many patients took seizure medication?", "Which patients were given AEDs?"):
        assert _label(question) == "anticonvulsant", question
    assert _finds("Which patients received an anti-seizure drug?", "levetiracetam 500 mg twice daily (Keppra)")
    assert not _finds("Which patients received an anti-seizure drug?", "She had a generalized seizure.")
    assert _label("Which patients had seizures?") == "seizure"
    assert _label("Which patients got antifungal therapy?") == "antifungal" and _label("Which patients had a fungal infection?") != "antifungal"
    assert _label("Which patients received anti-tuberculosis treatment?") == "antituberculosis drug"
    assert _label("How many patients had tuberculosis?") == "tuberculosis"
    assert _label("Which patients got a low-molecular-weight heparin?") == "low molecular weight heparin"


def test_a_class_key_is_a_whole_word():
    assert _label("Which patients had an insulinoma?") != "insulin" and _label("Which patients were on insulin?") == "insulin"
    assert _label("Which patients had steroid-refractory ITP?") == "immune thrombocytopenia"
    assert _label("Which patients received steroids?") == "corticosteroid"
    assert _label("Which patients got EPOCH?") != "erythropoiesis-stimulating agent"
    assert _label("Which patients received NSAIDs?") == "nonsteroidal anti-inflammatory drug"  # "non-steroidal" asks no steroid


@pytest.mark.parametrize("question, kept, dropped", [
    ("Which patients needed vasopressors?", "She was maintained on norepinephrine 0.1 µg/kg/min.",
     "The area was infiltrated with 1% xylocaine with epinephrine."),
    ("Which patients needed vasopressors?", "Vasopressor support was started for septic shock.",
     "A trial of a low-dose vasopressin antagonist, tolvaptan, was begun."),
    ("Which patients were on insulin?", "Basal insulin glargine 10 units was started.", "Fasting insulin level was 42 µU/mL."),
    ("Which patients were given opioids?", "IV morphine was required for pain.", "Maternal drug screen was positive for fentanyl."),
    ("Which patients got G-CSF?", "Filgrastim was given for neutropenia.", "The tumour was G-CSF-producing, with serum G-CSF of 120 pg/mL."),
    ("Which patients were on insulin?", "He was discharged home on insulin.", "An elevated insulin growth factor 1 (IGF-1) of 588 ng/mL."),
    ("Which patients received anticoagulation?", "She was started on apixaban.", "Blood was drawn into tubes containing sodium citrate as an anticoagulant."),
    ("Which patients were given diuretics?", "Intravenous furosemide was given.", "Swabs were plated on blood agar and mannitol salt agar."),
    ("Which patients received NSAIDs?", "Ibuprofen 600 mg was prescribed.", "Lifetime avoidance of NSAIDs was recommended."),
])
def test_class_guards_keep_other_meanings_out(question, kept, dropped):
    assert _finds(question, kept) and not _finds(question, dropped)


def test_every_class_is_a_concept_tried_before_the_findings():
    names = list(CONCEPTS)
    assert set(DRUG_CLASSES) <= set(names) and len(DRUG_CLASSES) >= 40
    assert max(names.index(n) for n in DRUG_CLASSES) < names.index("seizure")
    for name, c in DRUG_CLASSES.items():
        assert c.keys and c.members and all(k == k.lower() for k in c.keys), name
        if c.exclude:
            re.compile(c.exclude)


# -- on the shipped index -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def across(shipped):
    return AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)


def _cases(across, question):
    return {c.case_id for c in across.answer(question).cases}


def test_anthracyclines_and_anti_seizure_drugs_on_the_shipped_cases(across):
    anthracycline = _cases(across, "Which patients received an anthracycline?")
    assert {"PMC11446496", "PMC11456881", "PMC11492433", "PMC11608042", "PMC11631872"} <= anthracycline  # doxorubicin, epirubicin (TACE)
    assert "PMC11378089" not in anthracycline  # doxorubicin, epirubicin only in the literature
    seizure_drugs = _cases(across, "How many patients were given anti-seizure medication?")
    assert {"PMC11366418", "PMC11413548", "PMC11416184", "PMC11546045", "PMC11595896", "PMC11617126"} <= seizure_drugs
    assert not seizure_drugs & {"PMC11620866", "PMC11631590", "PMC11461041"}  # cited cases, discussion
    assert "PMC11497857" in seizure_drugs - _cases(across, "Which patients had seizures?")  # levetiracetam as prophylaxis: the drug, no seizure


def test_anti_infective_classes_on_the_shipped_cases(across):
    assert _cases(across, "Which patients were treated with a carbapenem?") == {
        "PMC11355863", "PMC11439622", "PMC11501102", "PMC11565536", "PMC11608458", "PMC11608958", "PMC11616425", "PMC11620866"}
    antifungal = _cases(across, "Which patients received antifungal treatment?")
    assert {"PMC11366418", "PMC11490280", "PMC11595504", "PMC11622295"} <= antifungal
    vasopressors = _cases(across, "Which patients needed vasopressors?")
    assert {"PMC11420455", "PMC11465958", "PMC11635820", "PMC11645528"} <= vasopressors
    assert not vasopressors & {"PMC11396144", "PMC11512705", "PMC11596955", "PMC11632487", "PMC11550105"}  # local anaesthetic, soak, antagonist


def test_a_drug_given_as_prophylaxis_is_given():
    from assistant.answer.mentions import clean_mention

    sentence = "Paclitaxel was given weekly with prophylaxis of febrile neutropenia using short-acting G-CSF."
    assert clean_mention(sentence, re.search("G-CSF", sentence))
    assert _finds("How many patients got G-CSF?", sentence)
    assert not clean_mention(sentence, re.search("febrile neutropenia", sentence))  # the finding is prevented, not had


def test_a_class_asked_in_a_lookup_ranks_a_sentence_naming_a_member():
    from assistant.answer.extractive import AnswerTypes
    from assistant.text.drug_classes import asked_classes

    assert [c.name for c in asked_classes("Which statin, and at what dose, did he take?")] == ["statin"]
    assert not asked_classes("Was nystatin given?")  # a member's name is no class
    types = AnswerTypes("Which statin did the 38-year-old with chronic coronary syndrome take?", 0.1)
    bonus, covered = types.match("For dyslipidemia, pitavastatin 4 mg, ezetimibe 10 mg and omega-3 fatty acids were introduced.")
    assert bonus > 0 and "statin" in covered
    assert types.match("Dapagliflozin 10 mg and metformin 500 mg improved his HbA1c.")[0] == 0
