"""Findings, diagnoses and lab results asked in lay or direction words ("an enlarged liver",
"a fast heart rate", "high potassium", "a raised CRP"): the lexicon's forms and values are the
terms, the concepts already known keep their questions, a finding asked with other words is
narrowed by them, and the guards keep other meanings out (heat stroke, intracranial
hypotension, a CSF cell count, a D-dimer test). The shipped-index cases below were found by
grepping the corpus for every form and reading each hit (benchmarks/sets/findings_lay.jsonl)."""

from __future__ import annotations

import re

import pytest

from assistant.answer.across import AcrossCasesAnswerer
from assistant.answer.mentions import clean_mention, find_mention
from assistant.answer.subjects import subject_groups, subject_label
from assistant.answer.yesno import YesNoAnswerer
from assistant.models import Passage
from assistant.retrieve.hybrid import RetrievalResult
from assistant.text.concepts import CONCEPTS
from assistant.text.findings import FINDINGS
from assistant.text.history_findings import HISTORY_FINDINGS
from assistant.text.infection_findings import INFECTION_FINDINGS
from assistant.text.lab_findings import LAB_FINDINGS


def _label(question: str) -> str:
    return subject_label(subject_groups(question)[0])


def _finds(question: str, text: str) -> bool:
    return find_mention(text, subject_groups(question)[0], lambda term, short: True, lambda m: clean_mention(text, m)) is not None


@pytest.mark.parametrize("question, label", [
    ("Which patients had an enlarged liver?", "hepatomegaly"),
    ("How many patients had a fast heart rate?", "tachycardia"),
    ("Which patients had shortness of breath?", "dyspnea"),
    ("Which patients had swollen legs?", "peripheral edema"),
    ("Which patients had blood in the stool?", "blood in the stool"),
    ("Which patients had a brain bleed?", "intracranial hemorrhage"),
    ("Which patients had a blood clot in the lung?", "pulmonary embolism"),
    ("Which patients had a heart attack?", "acute myocardial infarction"),
    ("Which patients had low blood pressure?", "hypotension"),
    ("Which patients had chronic renal failure?", "chronic kidney disease"),
    ("Which patients had high potassium?", "hyperkalemia"),
    ("Which patients had a raised CRP?", "elevated c-reactive protein"),
    ("Which patients had low albumin?", "hypoalbuminemia"),
    ("Which patients had a high white count?", "leukocytosis"),
    ("Which patients had yellow skin?", "jaundice"),
    ("Who had a squint?", "strabismus"), ("Who was unsteady on their feet?", "ataxia"), ("Whose speech was slurred?", "speech disturbance"),
    ("Who had a facial droop?", "facial palsy"), ("Who had memory loss?", "cognitive impairment"), ("Who had stiff limbs?", "spasticity"),
    ("Who had an upgoing plantar?", "babinski sign"), ("How many had a paralysed vocal cord?", "vocal cord palsy"),
])
def test_lay_and_direction_words_name_the_finding(question, label):
    assert _label(question) == label


@pytest.mark.parametrize("question, label", [
    ("Which patients coughed up blood?", "hemoptysis"), ("Which patients had low platelets?", "thrombocytopenia"),
    ("How many patients had low sodium?", "hyponatremia"), ("How many patients had kidney failure?", "acute kidney injury"),
    ("Which patients had seizures?", "seizure"), ("Which patients received anti-seizure drugs?", "anticonvulsant"),
    ("Did any patient have blood in the urine?", "hematuria"), ("Which patients had an enlarged spleen?", "splenomegaly"),
    ("Which patients had aplastic anemia?", "aplastic anemia"), ("Which patients had hemolytic anemia?", "hemolytic anemia"),
])
def test_concepts_already_known_keep_their_questions(question, label):
    assert _label(question) == label


def test_a_finding_asked_with_other_words_is_narrowed_by_them():
    terms = subject_groups("Which patients had portal vein thrombosis?")[0]
    assert subject_label(terms) == "thrombosis" and all(t.qualifiers for t in terms)
    assert all(not t.qualifiers for t in subject_groups("How many patients had a fast heart rate?")[0])  # "rate" names no other thing
    assert _label("Which patients had pulmonary hypertension?") != "high blood pressure"


@pytest.mark.parametrize("question, kept, dropped", [
    ("Which patients had a stroke?", "MRI showed an acute ischemic stroke in the left MCA territory.", "He was admitted with heat stroke after a marathon."),
    ("Which patients had low blood pressure?", "She was hypotensive (80/40 mmHg).", "Spontaneous intracranial hypotension was diagnosed."),
    ("Which patients had high blood pressure?", "He had a history of high blood pressure.", "She was started on an anti-hypertensive drug."),
    ("Which patients had a high white count?", "The white blood cell count was 18.2 × 10^9/L.", "Her CSF white cell count was 40 × 10^6/L."),
    ("Which patients had a high white count?", "Labs showed leukocytosis of 16,880 cells per ml.", "The white blood cell count was 6.3 × 10^9/L."),
    ("Which patients had high potassium?", "Serum potassium was 6.1 mmol/L.", "Serum potassium was 4.2 mmol/L."),
    ("Which patients had high potassium?", "Potassium (5.6 mEq/L) was raised.", "She took tegafur-gimeracil-oteracil potassium 40 mg/day."),
    ("Which patients had a raised CRP?", "C-reactive protein (CRP) was 89 mg/L.", "C-reactive protein was 3.8 mg/L."),
    ("Which patients had a raised CRP?", "A C-reactive protein level of 14.89 mg/dL was found.", "CRP was 0.1 mg/dL."),
    ("Which patients had low albumin?", "Albumin was 26 g/L (reference interval 37-47 g/L).", "Serum albumin was 4.1 g/dL."),
    ("Which patients had a raised D-dimer?", "Elevated D-dimer levels led to a CT scan.", "A D-dimer test was ordered."),
    ("Which patients had low blood sugar?", "Capillary glucose was 2.1 mmol/L.", "Oral hypoglycemic agents were stopped."),
    ("Which patients had an enlarged liver?", "There was mild hepatosplenomegaly.", "The liver enzymes were normal."),
    ("Who had stiff limbs?", "Tone was increased with spasticity of both legs.", "There was neck rigidity (meningism)."),
    # from user_audit22 once read
    ("Whose lactate was high (raised lactic acid, hyperlactataemia)?", "Labs showed high lactic acid (2.8 mmol/L).", "Lactic acid was 1.1 mmol/L."),
    ("Whose lactate was high (raised lactic acid, hyperlactataemia)?", "He had a mildly elevated lactic acid level.", "Her labs revealed anemia and absent lactic acidosis."),
    ("Whose blood turned too acidic (acidosis: metabolic or lactic acidosis)?", "She developed lactic acidosis.", "Her lactate was 4.1 mmol/L."),  # stop 28: a raised lactate is no acidosis
    ("Who slept badly (insomnia, poor sleep or sleep deprivation)?", "He lost weight due to loss of appetite and inadequate sleep.", "He slept 16 hours the prior day."),
    ("How many patients had eczema?", "Her sole medical history was atopic dermatitis.", "Dermatitis herpetiformis was excluded."),
    ("How many patients had glaucoma or raised pressure inside the eye?", "Ocular hypertension was treated with acetazolamide.", "Intraocular pressure was normal."),
    # stop 25, from the misses of user_audit1..22: word forms, values and general statements
    ("How many patients were wheezing?", "Bilateral crepitation as well as wheeze was detected.", "There was no wheezing."),
    ("Who had a skin biopsy?", "Biopsies of the skin, bone marrow and rectum were performed.", "A skin biopsy should be done when the cause is uncertain."),
    ("Any patients with PV bleeding or spotting?", "She noticed spotting for two days.", "A second collection was spotted on a follow-up CT."),
    ("Who had trouble swallowing?", "He had difficulty speaking, chewing and swallowing after surgery.", "Swallowing was normal."),
    ("Which patients were born premature (before 37 weeks)?", "A 5-day-old baby born at 33+2 weeks gestation was referred.", "She was born at 39 weeks by cesarean section."),
    ("Which patients were born premature?", "A premature baby, 5 days old, was referred.", "A grade I IVH, typical of premature babies, was seen."),
    ("How many patients had a low lymphocyte count (lymphopenia)?", "Lymphocytes of 0.49 K/uL (NL 0.9-3.9 K/uL).", "Lymphocytes of 2.1 K/uL."),
    ("How many patients had a raised CK (creatine kinase)?", "Creatine kinase (CK) was 5400 U/L.",
     "Other cardiac markers, including creatine kinase (CK), B-type natriuretic peptide (BNP), lactate dehydrogenase (LDH), and D-dimer were normal."),
    ("Who had a blood gas done?", "Blood gas, renal and liver function tests, and infective markers were unremarkable.", "No blood gas was obtained."),
    ("How many patients had a known drug allergy?", "Allergies: penicillin (rash).", "**Allergies:** Not reported."),
    ("Who had kidney problems?", "On evaluation, he was found to have pancytopenia and acute kidney injury.", "Renal function was normal."),
    ("Who had liver problems?", "She developed transaminitis after receiving etanercept.", "The liver was of normal size."),
    ("Who had heart problems?", "He had a history of myocardial infarction with stent insertion.", "Heart sounds were normal."),
    ("Who had breathing problems?", "Subsequently, the patient developed respiratory failure.", "No disorders associated with the respiratory function were found."),
    ("Who had a skin infection?", "He was treated for left leg cellulitis with intravenous amoxicillin.", "The skin was covered with pigment spots."),
    ("Who had an eye infection?", "She presented with unilateral conjunctivitis.", "She was diagnosed with filamentous keratitis."),
    ("Who had a broken bone?", "She sustained fractures to the pelvic bones and lumbar vertebrae.", "The bone scan was normal."),
    ("Who had a stoma?", "She was scheduled for resection and anastomosis with ileostomy.", "The tracheostomy stoma healed."),
    ("Who was in a coma?", "On the second day of admission, the patient became comatose.", "He was fully alert with a Glasgow Coma Scale score of 15."),
    ("Who had a baby?", "She delivered a live male infant with APGAR scores of 3 and 8.", "She was born at full term by elective caesarean section."),
    ("Who came back to hospital?", "The patient was readmitted to the hospital seven days after being discharged.", "The patient was admitted to the hospital."),
    ("Who had a brain operation?", "She underwent a right frontal craniotomy.", "The brain MRI was normal."),
    ("Who had a heart operation?", "He underwent cardiac surgery for the valve.", "The heart was normal in size."),
    ("Which patients had a mental illness?", "He was initially diagnosed with major depressive disorder.", "The ECG revealed ST-segment depression."),
    ("Which patients had a heart condition?", "She subsequently developed heart failure.", "The heart sounds were normal."),
    ("How many patients had tooth decay?", "On the teeth, there are cervical caries in several teeth.", "Carious lesions were absent."),  # stop 29 (user_audit26)
])
def test_forms_values_and_guards(question, kept, dropped):
    assert _finds(question, kept) and not _finds(question, dropped)


def test_every_finding_is_a_concept_and_a_yes_no_target():
    names, rows = list(CONCEPTS), FINDINGS | INFECTION_FINDINGS | HISTORY_FINDINGS | LAB_FINDINGS
    assert len(rows) >= 60 and set(rows) <= set(names)
    assert max(names.index(n) for n in rows) < names.index("fever") < min(names.index(n) for n in ("hemoptysis", "jaundice"))
    assert max(names.index(n) for n in FINDINGS) < min(names.index(n) for n in INFECTION_FINDINGS)  # the infections after the findings
    assert max(names.index(n) for n in INFECTION_FINDINGS) < min(names.index(n) for n in HISTORY_FINDINGS)  # then the history
    assert max(names.index(n) for n in HISTORY_FINDINGS) < min(names.index(n) for n in LAB_FINDINGS)  # lab results last, as before the splits
    for name, f in rows.items():
        c = CONCEPTS[name]
        assert f.keys and f.forms and all(k == k.lower() for k in f.keys), name
        assert re.search(c.asked, f.keys[0], re.I) and re.search(c.text, f.forms[0], re.I), name
        for bound in f.low + f.high:
            re.compile(bound[0]), re.compile(bound[2])


def _one_case(text: str) -> tuple[YesNoAnswerer, RetrievalResult]:
    passage = Passage("c1", "d1", text[:10], 1.0, 0, 10, "", title="Case one", case_id="case-1")
    return YesNoAnswerer(lambda c: {"d1": text}, lambda c: "Case one"), RetrievalResult([passage])


@pytest.mark.parametrize("question, text, verdict", [
    ("Did the man have a fast heart rate?", "On arrival he was tachycardic (120 bpm) and febrile.", "yes"),
    ("Did the man have a fast heart rate?", "A chest radiograph was normal.", "not_reported"),
    ("Did she have swollen legs?", "Examination showed bilateral pedal oedema.", "yes"),
    ("Did the patient have a brain bleed?", "CT showed a subarachnoid haemorrhage.", "yes"),
    ("Did the boy have high potassium?", "Labs showed hyperkalaemia and acidosis.", "yes"),
    # stop 26, lay words of the read user-audit misses
    ("Did the coronary CT angiogram show any narrowing?", "An emergency coronary CT angiogram revealed a smooth endothelium and no stenosis.", "no"),
    ("Were malignant cells found in the CSF?", "Serial CSF analyses showed positive cytology for cancer cells.", "yes"),
    ("Had the boy noticed a lump in his groin?", "He had a history of left groin swelling that he noticed two years back.", "yes"),
])
def test_yes_no_in_lay_words(question, text, verdict):
    answerer, retrieval = _one_case(text)
    assert answerer.answer(question, retrieval).verdict == verdict


# -- on the shipped index -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def across(shipped):
    return AcrossCasesAnswerer(shipped.retriever, shipped.document_texts)


def _cases(across, question):
    return {c.case_id for c in across.answer(question).cases}


def test_lay_findings_on_the_shipped_cases(across):
    assert _cases(across, "Which patients had an enlarged liver?") == {"PMC11395475", "PMC11411574", "PMC11629271"}
    assert _cases(across, "How many patients had blood in the stool?") == {"PMC11483286", "PMC11594283", "PMC11614595"}
    brain_bleed = _cases(across, "Which patients had a brain bleed?")
    assert {"PMC11395317", "PMC11413548", "PMC11549870", "PMC11592073", "PMC11647062"} <= brain_bleed
    assert not brain_bleed & {"PMC11631590", "PMC11427117", "PMC11621058"}  # a fetus, a spinal haematoma, a differential
    assert _cases(across, "Which patients had a heart attack?") == {"PMC11506189", "PMC11510521", "PMC11624525"}  # AMI: mesenteric ischaemia elsewhere


def test_lab_directions_on_the_shipped_cases(across):
    assert _cases(across, "Which patients had high potassium?") == {"PMC11368709", "PMC11535893"}  # "potassium (5.6 mEq/L)": by its value
    assert _cases(across, "How many patients had low potassium?") == {"PMC11411574", "PMC11469216", "PMC11620866"}
    crp = _cases(across, "Which patients had a raised CRP?")
    assert {"PMC11420455", "PMC11506189", "PMC11594283", "PMC11620866", "PMC11629481"} <= crp  # values only: 69.31, 17.8, 185, 89, 210.6 mg/L
    assert not crp & {"PMC11499726", "PMC11513667", "PMC11608958", "PMC11617203"}  # 2, 8, 3.8, 3 mg/L


def test_a_labs_letters_do_not_widen_a_list_subject():
    # stop 25: "Hgb" is read for "hemoglobin" in a lookup, but "(a low haemoglobin / Hb)" is no "any haemoglobin"
    assert not _finds("Which patients were anaemic (a low haemoglobin / Hb)?", "Hemoglobin: 12.1 g/dL.")



def test_coordinated_modifiers_spellings_and_fixed_phrases():
    # stop 26, from user_audit23 once read: "urinary and fecal incontinence" holds "urinary
    # incontinence"; "distention" is "distension"; "pins and needles" is one subject, no needle;
    # "ataxic-like speech" hedges nothing; "lack of travel history" is no travel
    assert _finds("Who leaked urine (urinary incontinence)?", "Other comorbidities include epilepsy, ataxic-like speech, migraine, urinary and fecal incontinence.")
    assert _finds("Whose belly was swollen or bloated (abdominal distension)?", "He presented with abdominal distention for 5 days.")
    assert _finds("Who had numbness or tingling (pins and needles, paraesthesia)?", "She complained of pins and needles in both feet.")
    assert not _finds("Who had numbness or tingling (pins and needles, paraesthesia)?", "A 22-gauge needle was inserted under ultrasound guidance.")
    assert _finds("How many patients had a stiff neck?", "On examination, neck rigidity was present.")
    assert not _finds("Which patients had been on a trip abroad?", "The investigation confirmed the patient's lack of travel history outside Arizona.")


def test_general_rows_from_a_read_blind_set():
    # stop 27, from user_audit24 once read: coronary disease in its other names, a low urine
    # output, a limb splinted (not teeth), fibroids as leiomyoma, a farmer's rural life (not a
    # rural hospital); a red or bloodshot eye is a red eye, not anything red
    assert _finds("Who had coronary artery disease?", "Past history included biliary pancreatitis, hypertension, coronary heart disease, and atrial fibrillation.")
    assert _finds("Who had coronary artery disease?", "He had a history of type 2 diabetes, ischemic heart disease and hypertension.")
    assert not _finds("Who had coronary artery disease?", "Electrocardiography indicated inferior wall ST-elevation myocardial infarction.")
    assert _finds("Who had oliguria or anuria?", "She presented with worsening dysuria, decreased urine output, and malaise.")
    assert _finds("Who had a limb held still in a splint, a plaster cast or a brace (an orthosis)?", "He was splinted with a plaster of Paris slab.")
    assert not _finds("Who had a limb held still in a splint, a plaster cast or a brace (an orthosis)?", "The implant was splinted to the adjacent teeth.")
    assert not any(t.concept == "splint" for g in subject_groups("Who has had braces or aligners (orthodontic treatment)?") for t in g)  # user_audit21
    assert _finds("How many patients had uterine fibroids?", "She had a total laparoscopic hysterectomy for uterine leiomyoma at 43.")
    assert _finds("Who lived in the countryside (a rural area or farming)?", "A 53-year-old male farmer presented with fever.")
    assert not _finds("Who lived in the countryside (a rural area or farming)?", "He was seen at Acharya Vinoba Bhave Rural Hospital in June.")
    assert _finds("Whose eye was red (a red or bloodshot eye, conjunctival injection or hyperaemia)?", "Examination showed a red eye with discharge.")
    assert not _finds("Whose eye was red (a red or bloodshot eye, conjunctival injection or hyperaemia)?", "Red blood cells were seen in the urine.")


def test_a_fall_a_fistula_and_what_a_test_looked_for():
    # stop 27, from user_audit24 once read: falling titers, a breakpoint that "fell within" an exon and
    # a fall risk are no fall; a mucous fistula is a stoma; "to see if there was a fistula" asserts none
    assert _finds("Compare the patients who had a fall: what set it off?", "He slipped and fell from a train.")
    assert not _finds("Compare the patients who had a fall: what set it off?", "He had falling Histoplasma yeast phase titers.")
    assert not _finds("Compare the patients who had a fall: what set it off?", "The breakpoint fell within exon 16 in TCF3.")
    assert not _finds("Compare the patients who had a fall: what set it off?", "Gait testing was deferred due to fall risk.")
    assert not _finds("Compare the patients who had a fall: what set it off?", "She fell ill two days after returning from Kenya.")
    assert not any(t.concept == "fall" for g in subject_groups("Compare the patients who fell ill on or after a trip abroad.") for t in g)  # caught on user_audit23
    assert _finds("Who had a fistula?", "Imaging showed a cholecystoduodenal fistula.")
    assert not _finds("Who had a fistula?", "An ileocecectomy with end ileostomy and mucous fistula creation was performed.")
    assert not _finds("Who had a fistula?", "An EGD was performed to see if there was a persistent leak or fistula.")
    assert _finds("Who had a bone graft?", "The GBR procedure utilised bone substitutes and resorbable membranes.")
    assert not _finds("Who had a bone graft?", "The exposed bone was covered with an epidermoreticular graft.")


def test_rows_and_places_from_user_audit25():
    # stop 28, from user_audit25 once read: lung signs by their other names, a pale patient (not a pale-staining
    # cell or an optic disc's pallor), care changed for its cost, a frozen section (not a kidney biopsy's frozen tissue)
    assert _finds("Who had crackles in the lungs?", "Upon admission, his exam revealed bilateral rales, muffled heart sounds, and an audible gallop.")
    assert _finds("Who had crackles in the lungs?", "On examination of the respiratory system, bilateral crepitation as well as wheeze was detected.")
    assert _finds("How many patients were pale?", "Pallor was noted, but there were no signs of icterus.")
    assert not _finds("How many patients were pale?", "The larva was pale tan and 1 mm long.")
    assert not _finds("How many patients were pale?", "Ophthalmologic examination showed significant optic nerve pallor.")
    assert _finds("How many patients were abnormally thirsty (polydipsia)?", "Post surgery, she developed increased thirst and urination.")
    assert _finds("Who had a frozen section?", "Intraoperative frozen pathology confirmed the lesion as a uterine leiomyoma.")
    assert not _finds("Who had a frozen section?", "Frozen section staining of the kidney biopsy for immunofluorescence was negative.")
    assert _finds("Which babies or young children were failing to thrive (poor weight gain)?", "There was a notable history of poor weight gain since birth.")
    cost = "Compare the patients whose care was held back or changed because of cost: what was done instead?"
    assert _finds(cost, "Our patient did not receive TPO-RA therapy due to financial constraints.")  # the negation stops at "due to"
    assert _finds(cost, "The patient could not afford Injection Liposomal Amphotericin B.")
    assert not _finds(cost, "Tenderness was felt at the right costal margin.")
    assert _finds("Who had a tender abdomen?", "He had mild right lower quadrant tenderness on palpation without rebound.")
    assert all(t.qualifiers and not any(q.search("The swelling over the left knee was tender.") for q in t.qualifiers)
               for t in subject_groups("Who had a tender abdomen?")[0])  # tenderness, near the abdomen


def test_common_symptoms_in_lay_words():
    # stop 28, from trying common questions in the browser: a skin rash is any rash; "lost consciousness" is a faint;
    # joint pain is arthralgia; hives are urticaria; drinking alcohol is the patient's, polyvinyl alcohol is not
    assert _finds("Who had a skin rash?", "His history revealed an allergy to sulfa drugs, for which he developed a generalized rash.")
    assert _finds("Who lost consciousness?", "She suddenly lost consciousness while standing.")
    assert _finds("Who had joint pain?", "She noted that her arthralgias intensified with cold and wet weather.")
    assert _finds("Who had hives?", "He developed generalized urticaria after the infusion.")
    assert _finds("Who drank alcohol?", "The patient reported a history of significant alcohol use.")
    assert not _finds("Who drank alcohol?", "Agents such as coils, gelatin sponges and polyvinyl alcohol were used.")
