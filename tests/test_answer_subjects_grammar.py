"""How a list question's subject phrase is read (from user_audit18's misses, after its blind run):
an organ and a procedure are one subject ("whose liver was biopsied"), other names of a modifier
take its head ("a kidney (renal) biopsy"), kinds in a parenthesis take the noun they qualify,
a place before one sensation holds for the next ("chest pain, tightness or pressure"), a bare word
that a sibling's concept spells is that concept's ("XRT, proton" beside radiotherapy), and a
direction word holds for the other names in its parenthesis ("a raised HbA1c (glycated haemoglobin)")."""

from __future__ import annotations

import re

from assistant.answer.aspects import without_aspect
from assistant.answer.mentions import CITED, find_mention, qualified_at
from assistant.answer.subjects import subject_groups
from assistant.retrieve.case_names import asked_ages
from assistant.retrieve.compare_names import named_patients
from assistant.text.assertion import done_whatever_result


def names(question: str, sentence: str) -> bool:
    """Some term of the question's subject names ``sentence`` (qualifiers near, values in range);
    "biopsy" stands for a word most records use."""
    terms = [t for g in subject_groups(without_aspect(question), lambda stems: set(stems) <= {"biopsi"}) for t in g]
    found = find_mention(sentence, terms, lambda t, short: bool(t.defined_by.search(sentence)),  # an acronym where its long form is written
                         lambda m: any(qualified_at(t, sentence, m.start(), m.end()) for t in terms if t.pattern.fullmatch(m.group(0))))
    return found is not None


def test_an_organ_and_what_was_done_to_it_are_one_subject():
    q = "Whose liver (or a liver tumour) was biopsied?"
    assert names(q, "Liver biopsy demonstrated grade 2 panNET.")
    assert names(q, "On February 19, 2022, percutaneous hepatic puncture biopsy, guided by ultrasound, was conducted.")
    assert not names(q, "Coagulopathy due to liver failure worsened over the week.")
    assert not names(q, "Coagulopathy due to liver failure precluded the performance of myocardial biopsy at that time.")
    kidney = "Compare the patients who had a kidney (renal) biopsy: why it was done and what it showed."
    assert names(kidney, "A renal biopsy showed IgA nephropathy.")
    assert not names(kidney, "Renal function was normal.")


def test_a_direction_or_a_place_holds_for_the_words_that_share_it():
    appetite = "Who lost their appetite (anorexia, poor or decreased appetite)?"
    assert names(appetite, "She sought medical attention due to poor appetite and intermittent abdominal pain.")
    assert names(appetite, "He complained of weight loss and loss of appetite.")
    assert not names(appetite, "The prognosis was poor.")
    chest = "Which patients had chest pain, tightness or pressure (angina-type discomfort), now or in the past?"
    assert names(chest, "She presented with dull, non-radiating, generalized chest pressure.")
    assert not names(chest, "After checking tightness of the rectum with a catheter syringe, the wound was sutured.")
    hba1c = "How many patients had a raised HbA1c (glycated haemoglobin)?"
    assert names(hba1c, "Her HbA1c was 8.7% at admission.")
    assert not names(hba1c, "His HbA1c was normal at 5.3 %, TSH was at 2.58 mIU/L.")


def test_kinds_in_a_parenthesis_qualify_the_noun_before_it():
    diabetes = "Which patients had diabetes mellitus of any type (type 1, type 2, neonatal or gestational)?"
    assert names(diabetes, "Her pregnancy was complicated by diet-controlled gestational diabetes.")
    assert names(diabetes, "A 69-year-old man with hypertension and diabetes presented with dysphagia.")
    assert not names(diabetes, "She was admitted to the neonatal intensive care unit.")
    arthritis = "Who had arthritis (rheumatoid, osteoarthritis or septic arthritis) or arthralgia (aching joints)?"
    assert names(arthritis, "She has long-standing rheumatoid arthritis.")
    assert not names(arthritis, "The rheumatoid factor and antinuclear antibodies were negative.")


def test_a_bare_word_a_sibling_concept_spells_is_that_concept():
    radiotherapy = "Who had radiotherapy (radiation treatment, XRT, proton or brachytherapy), now or in the past?"
    assert names(radiotherapy, "She completed proton therapy to the pelvis.")
    assert names(radiotherapy, "The patient was treated with radiation and concomitant temozolomide.")
    assert not names(radiotherapy, "He was taken off his proton pump inhibitor.")
    assert not names(radiotherapy, "Right upper quadrant pain with back radiation, for several weeks.")
    nitrate = "Compare the patients given a nitrate (nitroglycerin/GTN, isosorbide dinitrate such as Risordan): why, and what came of it?"
    assert names(nitrate, "The procedure was done under local anesthetic with xylocaine and Risordan.")
    assert not names(nitrate, "According to the standard approach of high-risk GTN follow-up, she underwent a CT scan.")


def test_who_heard_a_finding_is_no_part_of_it():
    assert names("In how many patients did the doctors hear a heart murmur?", "The examinations were normal, except for an apical systolic murmur.")


def test_a_test_done_with_a_normal_result_was_done_and_a_tissue_study_is_no_literature():
    assert done_whatever_result("Doppler", "The mass shows no vascularity on Color Doppler ultrasound.")
    assert done_whatever_result("duplex ultrasound", "a duplex ultrasound was ordered to screen for an abdominal aortic aneurysm, which was negative")
    assert not CITED.search("A biopsy of the hepatic mass was performed, and the immunohistochemical study favoured leiomyosarcoma.")
    assert CITED.search("A previous study of 40 patients found the same.")


def test_each_patient_of_a_compare_ends_where_the_question_goes_on():
    assert named_patients("Compare the left forearm pain of the 35-year-old labourer with epilepsy and of the 33-year-old former guitarist: "
                          "how long had each had it?") == ["the 35-year-old labourer with epilepsy", "the 33-year-old former guitarist"]
    assert named_patients("Compare what imaging showed when the 58-year-old man with necrotizing pancreatitis came back in July and when the "
                          "35-year-old labourer with epilepsy came in.") == ["the 58-year-old man with necrotizing pancreatitis",
                                                                             "the 35-year-old labourer with epilepsy"]
    assert asked_ages("the 33-year-old former guitarist") == {"33 year"}


def test_clinical_words_for_common_findings_and_procedures():
    # from the misses of user_audit9..17 (read sets)
    assert names("How many patients had acid reflux (GERD / GORD)?", "A 61-year-old male with a history of hypertension and gastroesophageal reflux disease.")
    assert names("Which women had a C-section (caesarean delivery), during the reported care or in the past?",
                 "She underwent a primary low transverse cesarean section at 38 weeks of gestation.")
    assert not names("Which women had a C-section (caesarean delivery), during the reported care or in the past?",
                     "She was born via Cesarean section due to breech position.")
    assert names("Any patients who were pregnant when they came in?", "A 32-year-old primigravida at 32 weeks of gestation presented to the emergency department.")
    assert not names("Any patients who were pregnant when they came in?", "The patient was born late preterm at a gestational age of 34 + 6 weeks.")
    assert names("Which patients were born premature (before 37 weeks)?", "He was born prematurely (at 35 weeks of gestation).")
    assert not names("How many patients had fainting spells (syncope), now or in the past?",
                     "She experienced multiple seizures and loss of consciousness.")
    assert not names("How many patients received cyclophosphamide, alone or as part of a regimen?", "Antibiotic therapy alone was sufficient.")
    assert not names("Who had protein in the urine (proteinuria)?", "C-reactive protein 69.31 mg/L, blood amylase 37.9 U/L, and urine amylase 1094 U/L.")


def test_a_procedure_done_to_prevent_a_possible_problem_was_done():
    from assistant.answer.mentions import clean_mention

    sentence = "After this, a protective tracheostomy was performed in anticipation of potential airway obstruction."
    assert clean_mention(sentence, re.search("tracheostomy", sentence))


def test_a_list_of_places_continues_the_preposition_and_a_kind_of_vasculitis_is_its_members():
    net = "Compare the ages of the patients with a neuroendocrine tumour of the digestive tract, pancreas or liver."
    assert names(net, "A well-differentiated neuroendocrine tumour of the pancreas was resected.")
    assert not names(net, "The liver was enlarged.")
    anca = "Compare how the two patients with ANCA-associated vasculitis were treated."
    assert names(anca, "She was diagnosed with granulomatosis with polyangiitis.")
    assert not names(anca, "Leukocytoclastic vasculitis was seen on the skin biopsy.")
    assert names("Which patients had an upper GI endoscopy (gastroscopy, EGD/OGD or endoscopic ultrasound)?",
                 "An esophagogastroduodenoscopy revealed a large duodenal ulcer.")
    tinnitus = "Any cases with ringing in the ears (tinnitus) or hearing loss?"
    assert names(tinnitus, "She presented with intermittent headaches and tinnitus.")
    assert names(tinnitus, "An audiogram confirmed sensorineural hearing loss.")


def test_from_user_audit19_after_its_blind_run():
    assert names("Who had a broken bone (a fracture of any bone), now or in the past?", "She sustained fractures to the pelvic bones and lumbar vertebrae.")
    assert names("Who had an ECG (electrocardiogram, EKG) recorded?", "An electrocardiogram revealed supraventricular tachycardia.")
    assert names("How many patients had high cholesterol or blood fats (hyperlipidaemia, dyslipidaemia)?", "A history of hypertension and hyperlipidemia.")
    missing = "Compare the patients born with missing teeth (hypodontia or oligodontia): what condition lay behind it, and how was it diagnosed?"
    assert names(missing, "Panoramic radiography confirmed oligodontia.")
    lost = "Which women lost a pregnancy (a miscarriage, a stillbirth or the baby dying in the womb), now or in the past? Not counting molar or ectopic pregnancies."
    assert names(lost, "She had two previous miscarriages.")
    assert not names(lost, "A 30-year-old primigravida presented at 12 weeks of gestation.")
    ck = "In whose tumour or cancer cells did a cytokeratin stain (CK7, CK19, CK8/18, CK5/6, pan-keratin AE1/AE3) come up positive?"
    assert names(ck, "Immunohistochemistry showed CK7 (+), CK20 (-) and TTF-1 (-).")
    assert not names(ck, "The tumour was large and necrotic.")


def test_kinds_after_their_noun_and_a_palsy_shares_its_place():
    # stop 28, from user_audit17/21 (read): "a cough, dry or productive" is a dry or a productive cough, not anything dry;
    # "vocal cord palsy or paresis" is a vocal cord paresis, not any paresis
    from assistant.answer.subjects import subject_groups
    terms = [t for g in subject_groups("Who had a cough, dry or productive?") for t in g]
    assert not any(t.pattern.search("The skin was dry.") and not t.qualifiers for t in terms)
    terms = [t for g in subject_groups("How many patients had a paralysed vocal cord (vocal cord palsy or paresis)?") for t in g]
    assert not any(t.pattern.search("He had a facial nerve paresis.") and not t.qualifiers for t in terms)
    assert any(t.pattern.search("left vocal cord paresis") for t in terms)
