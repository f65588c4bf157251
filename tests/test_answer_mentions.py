"""Whether one mention confirms a case (``answer.mentions``): cases from user_audit26, read at
stop 29 after two stops of blind measurement. Pure functions over a sentence; no index."""

from __future__ import annotations

import pytest

from assistant.answer.mentions import clean_mention, qualified_at
from assistant.answer.subjects import subject_terms
from assistant.text.assertion import CLAUSE_END, clause
from assistant.text.vocabulary import american, either_spelling, spellings


def _clean(question: str, sentence: str, at: str | None = None) -> bool:
    matches = [m for t in subject_terms(question) for m in t.pattern.finditer(sentence)]
    match = next(m for m in sorted(matches, key=lambda m: m.start()) if at is None or sentence.find(at) <= m.start())
    return clean_mention(sentence, match)


@pytest.mark.parametrize(
    ("question", "sentence", "clean"),
    [
        # a test named by the disease that came back positive: the patient had it
        ("Who had malaria?", "Patient's malaria test was positive, for which he was prescribed antimalarials, after which his fever subsided.", True),
        ("Who had malaria?", "Malaria test positive initially; fever subsided after treatment with antimalarials.", True),
        ("Who had malaria?", "A malaria test was done.", False),
        # a negation that opens a long list covers its last item, however far
        ("Which children had developmental delay?", "There was no risk factor for aspiration like Gastroesophageal reflux, structural defect like cleft "
         "palate/tracheoesophageal fistula, airway anomaly, impaired swallowing, developmental delay etc.", False),
        ("Who had a herpes simplex infection?", "Screening for congenital toxoplasmosis, rubella, cytomegalovirus (CMV), herpes simplex and human "
         "immunodeficiency viruses (TORCH) group of infections showed IgG CMV positivity.", False),
        ("Who had mouth ulcers?", "Past Medical History: No reported history of systemic diseases, recurrent oral ulcers, or significant illnesses.", False),
        # past infection by serology (IgG only) is no infection now
        ("Who had a herpes simplex (HSV) infection?", "VZV, HSV, CMV, and Toxoplasma all tested positive for IgG but negative for IgM.", False),
        ("Who had a herpes simplex (HSV) infection?", "She had a primary HSV infection, with positive IgM and IgG.", True),
        # a drug to be avoided is not given
        ("Who was given painkillers?", "The patient was discharged with a recommended lifetime avoidance of thiazide, angiotensin-converting enzyme "
         "inhibitors, proton pump inhibitors, and nonsteroidal anti-inflammatory drugs.", False),
        ("Who was given painkillers?", "During treatment, the dysuria was managed with phenazopyridine and acetaminophen.", True),
        # a treatment the patient could not have
        ("Which patients were given thrombolysis?", "The patient presented 12 hours after symptom start, which was outside the time window for "
         "intravenous thrombolysis (tpa).", False),
        ("Which patients were given thrombolysis?", "Thrombolysis was contraindicated, so he was not eligible for alteplase.", False),
        # a general clause before ", and" does not make the patient's clause general
        ("Who had uveitis or panuveitis?", "ARN is a clinical diagnosis, and the panuveitis and retinal findings for this patient were consistent "
         "with the disease.", True),
        ("Who had uveitis or panuveitis?", "Acute retinal necrosis is a disease characterized by panuveitis and necrosis of the retina.", False),
    ],
)
def test_stop29_mentions(question, sentence, clean):
    assert _clean(question, sentence) is clean


def test_a_later_clause_after_except_is_not_in_the_denied_list():
    sentence = ("The patient denied experiencing weakness, pain, paresthesias, or sensory loss in the back of the forearm and hand, except in the "
                "area where the fat grafts were performed, which exhibited some sensory loss.")
    question = "Who had a loss of feeling (sensory loss)?"
    assert not _clean(question, sentence)  # the first mention, in the denied list
    assert _clean(question, sentence, at="some sensory loss")  # the last one, told of the patient


def test_a_citation_number_glued_to_the_next_sentence_ends_the_clause():
    sentence = "LH is often preceded by symptoms of pruritus, tingling, burning or swelling.8 In this patient, a nodule appears in the lip."
    assert [m.group(0) for m in CLAUSE_END.finditer("a dose of 4.5 Gy was given")] == []  # a decimal is no citation
    match = next(iter(subject_terms("Who had pruritus?")[0].pattern.finditer(sentence)))
    assert "In this patient" not in clause(sentence, match, 400)  # the next sentence's: a discussion's remark is not anchored by it


def _qualified(question: str, sentence: str) -> bool:
    """Some term of the question matches in the sentence with its qualifiers near (as ``across`` confirms a qualified subject)."""
    return any(qualified_at(t, sentence, m.start(), m.end()) for t in subject_terms(question) for m in t.pattern.finditer(sentence))


def test_a_mouth_is_also_oral_and_its_parts():
    assert _qualified("Who had mouth ulcers?", "In rapid sequence, the patient developed hematochezia and multiple oral ulcers.")
    assert _qualified("Who had mouth ulcers?", "On intraoral examination, a mass accompanied by ulceration on the right side of the tongue was identified.")
    assert _qualified("Who had mouth ulcers?", "Examination showed a 4 cm ulcerative lesion on the right tongue and adjacent gum.")
    assert not _qualified("Who had mouth ulcers?", "She had leg ulcers after the lipid infusion.")


def test_british_oea_spellings():
    assert american("obstructive sleep apnoea and diarrhoea") == "obstructive sleep apnea and diarrhea"
    assert "apnoea" in spellings("apnea")
    assert _clean("Who had sleep apnoea?", "A 58-year-old gentleman with a past medical history of coronary artery disease, obstructive sleep apnea, and hypertension.")
    assert either_spelling("dyspnea") == "dyspno?ea"


def test_this_patient_is_the_own_case_but_not_a_category_of_patients():
    from assistant.text.section_kinds import OWN_CASE
    assert OWN_CASE.search("ARN is a clinical diagnosis, and the panuveitis and retinal findings for this patient were consistent with the disease.")
    assert not OWN_CASE.search('the drug as a "bridge" to transplantation, or as a standalone therapeutic option in this patient category.')
    assert not OWN_CASE.search("Outcomes in this patient population are poor.")
