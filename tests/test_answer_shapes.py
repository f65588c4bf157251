"""Question shapes: the tricky phrasings, every shape, and the recorded held-out figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.answer.shapes import classify, classify_rules, rule_hits
from assistant.models import SHAPES
from benchmarks import shapes_eval

RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / "shapes.json"


@pytest.mark.parametrize(
    "question, shape",
    [
        # stop 29 (asking common questions in lay words): "who was in" a state or a place, "who was a" kind of patient
        ("Who was in a coma?", "list"), ("Who was in intensive care?", "list"), ("Who was a smoker?", "list"),
        ("Who was in charge of the surgery?", "lookup"), ("Who was the donor?", "lookup"),
        ("Who was allergic to penicillin?", "list"), ("Who came back to hospital?", "list"), ("How many had diabetes?", "count"),
        # one case: a lookup, even with "which" or "how many"
        ("Which drug was started for HUS?", "lookup"),
        ("What dose of eculizumab was used?", "lookup"),
        ("How many units of platelets were given to the ITP patient on admission?", "lookup"),
        ("Which tyrosine kinase inhibitor replaced dasatinib?", "lookup"),
        ("What cranial irradiation dose did the blinatumomab-treated ALL patient receive?", "lookup"),  # "ALL patient" is not "all patients"
        ("How many cycles of bosutinib had the CML patient received at the last follow-up?", "lookup"),  # "follow-up" is not "followed"
        # one case, yes or no
        ("Was he transplanted?", "yes_no"),
        ("Did she survive?", "yes_no"),
        ("Were there infections?", "yes_no"),
        ("Was brentuximab vedotin given to the AITL patient after lenalidomide stopped working?", "yes_no"),
        # the records as a whole
        ("Which patients died?", "list"),
        ("Did any patient receive rituximab?", "list"),
        ("Did anyone get eculizumab?", "list"),
        ("Any patients with CRS after bispecifics?", "list"),
        ("List all lymphoma cases.", "list"),
        ("Is there any patient who received both rituximab and cyclophosphamide?", "list"),
        ("How many patients died?", "count"),
        ("Which babies or young children were failing to thrive (poor weight gain)?", "list"),  # stop 28: any plural group of people
        ("How many teenagers had a seizure?", "count"),
        ("Who was short of breath?", "list"),  # stop 28: a state in words ("short of breath", "unwell", "pregnant")
        ("How many AML cases are in the records?", "count"),
        ("Number of patients given albendazole?", "count"),
        ("Compare the outcomes of the lymphoma cases.", "compare"),
        ("How did the AML cases differ?", "compare"),
        ("Which is more common in these records: rituximab or IVIG use?", "compare"),
        # before / after / order
        ("What happened after consolidation IV?", "sequence"),
        ("What followed the first relapse?", "sequence"),
        ("What was the MRD status after cycle 1?", "sequence"),
        ("What was given before blinatumomab?", "sequence"),
        ("In what order were the drugs given?", "sequence"),
        ("List the drugs the ITP patient received in order.", "sequence"),
        ("What did the patient receive next after chidamide stopped working?", "sequence"),
        ("What was given in cycle 1?", "sequence"),
        ("What was administered during consolidation IV?", "sequence"),
    ],
)
def test_shape(question, shape):
    assert classify(question) == shape


def test_every_answer_is_a_shape():
    for question in ["", "?", "MRD", "Tell me about the case."]:
        assert classify(question) in SHAPES
    assert classify("") == "lookup"


def test_rule_hits_name_the_rule_shapes():
    hits = rule_hits("How many patients died?")
    assert set(hits) == set(SHAPES) - {"lookup"}
    assert hits["count"] and not hits["yes_no"]


def test_split_is_reproducible_and_stratified():
    rows = shapes_eval.load()
    tuning, held_out = shapes_eval.split(rows)
    again_tuning, again_held = shapes_eval.split(rows)
    assert [r["question"] for r in held_out] == [r["question"] for r in again_held]
    assert len(tuning) + len(held_out) == len(rows)
    assert {r["shape"] for r in held_out} == set(SHAPES)
    assert 0.25 < len(held_out) / len(rows) < 0.35
    assert not {r["question"] for r in tuning} & {r["question"] for r in held_out}


def test_recorded_held_out_accuracy_is_reproduced():
    recorded = json.loads(RESULTS.read_text(encoding="utf-8"))
    assert recorded["held_out_accuracy"] >= 0.9
    _, held_out = shapes_eval.split(shapes_eval.load(), recorded["seed"], recorded["held_out_fraction"])
    assert len(held_out) == recorded["sizes"]["held_out"]
    now = shapes_eval.measure(held_out, classify)
    assert now["accuracy"] == recorded["held_out_accuracy"]
    assert now["errors"] == recorded["final"]["held_out"]["errors"]
    rules = shapes_eval.measure(held_out, classify_rules)
    assert rules["accuracy"] == recorded["rules"]["held_out"]["accuracy"]


def test_what_the_patient_received_or_was_on_relative_to_a_step_is_a_sequence_question():
    # From the user audits (benchmarks/sets/user_audit2/3.jsonl): the patient's description sits
    # between "what did" and the verb; a manner ("How did she receive ...") or a value stays a lookup.
    from assistant.answer.shapes import classify

    assert classify("What did the pregnant woman with cervical cancer receive after her three cycles of cisplatin and ifosfamide?") == "sequence"
    assert classify("What did the woman with the metastatic small-bowel NET go back on after her Lutathera course?") == "sequence"
    assert classify("Which EGFR TKI was the 80-year-old woman on before osimertinib?") == "sequence"
    assert classify("Which eltrombopag dose did the young woman with refractory ITP receive after splenectomy?") == "lookup"
    assert classify("How did the woman with HAE receive her infusions after the PICC line failed?") == "lookup"


def test_how_did_the_patients_with_x_do_compares_their_outcomes():
    assert classify("How did the patients with peritonitis do?") == "compare"
    assert classify("How did the patient do after surgery?") != "compare"  # one patient: not across cases


def test_who_was_put_on_and_whose_are_lists():
    assert classify("Who was put on hydrocortisone?") == "list"
    assert classify("Who was on an anti-seizure drug such as valproate?") == "list"
    assert classify("Whose D-dimer came back high?") == "list"
    assert classify("Who was the stem cell donor for the patient?") == "lookup"


def test_a_question_after_a_leading_step_is_a_sequence_unless_it_asks_a_value():
    assert classify("After the white reflex and normal blood tests in the 3-month-old, what imaging was ordered?") == "sequence"
    assert classify("Once the sputum came back positive for TB, which test was done?") == "sequence"
    assert classify("Following surgery, what dose of steroids was given?") == "lookup"


def test_a_lab_named_twice_is_still_a_whose_list_and_instead_is_a_sequence():
    assert classify("Whose LDH (lactate dehydrogenase) came back raised?") == "list"
    assert classify("When the surgeons gave up on the endoscopic fenestration, what did they do for the girl instead?") == "sequence"
    assert classify("What was used instead of heparin in the woman with HIT?") != "sequence"  # "instead of" names what was replaced
    assert classify("Did any of the patients have a Pseudomonas infection, now or in the past?") == "list"


def test_a_set_aside_step_before_a_yes_no_and_a_whose_spread_list():
    assert classify("Apart from surgery, was the young woman with the recurrent tumour given radiotherapy or chemo?") == "yes_no"
    assert classify("Besides steroids, did the boy receive IVIG?") == "yes_no"
    assert classify("Whose cancer had spread to the liver (liver mets)?") == "list"


def test_a_leading_step_with_a_time_or_before_is_a_sequence():
    assert classify("Two months after she finished chemoradiotherapy, what did the routine CT show?") == "sequence"
    # "Before X, what ...?" stays a lookup: it mostly asks a value at a step ("what marrow blast percentage ...")
    assert classify("Before blinatumomab was started, what marrow blast percentage did the second relapse show?") == "lookup"


def test_who_with_any_past_verb_and_whose_are_lists_a_when_clause_keeps_a_yes_no():
    assert classify("Who felt dizzy or light-headed, or had vertigo?") == "list"
    assert classify("Who complained of palpitations?") == "list"
    assert classify("Whose history included asthma or COPD?") == "list"
    assert classify("In whose tumour did S-100 stain positive?") == "list"
    assert classify("Who performed the surgery?") == "lookup"
    assert classify("When direct techniques were added at her second session, did the woman have any adverse effects?") == "yes_no"
    assert classify("At the end of her first session, what did the woman report?") == "sequence"


def test_anyone_in_one_patients_family_and_irregular_past_verbs():
    # from user_audit22 once read: the family of one named patient is no question across cases
    assert classify("Did anyone in the family of the three-week-old girl with lipoid congenital adrenal hyperplasia have a similar illness?") == "yes_no"
    assert classify("Did anyone have CRS?") == "list"
    assert classify("Who slept badly?") == "list"
    assert classify("Who bled after surgery?") == "list"


def test_who_was_and_an_adjective_is_a_list():
    assert classify("Who was unsteady on their feet or ataxic (a wobbly or wide-based gait)?") == "list"
    assert classify("Who was septic?") == "list"
    assert classify("Who was the donor?") == "lookup"
    assert classify("Who was responsible for the delay?") == "lookup"
