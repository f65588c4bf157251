"""Write ``benchmarks/sets/user_audit4.jsonl``: a fourth blind audit set of 50 questions (issue #10,
"answers that fit the question"), asked as a hematologist or an educator would.

Written on 2026-11-27 by helper-audit4 **blind**: only the shipped records were read (grep over
all 201 documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Subjects, facts and (for
the one-case questions) cases other than those of ``user_audit1.jsonl`` .. ``user_audit3.jsonl``
(the 36 one-case questions use 6 cases none of them asks about). Mix: list/count 10 (list 6,
count 4), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 14, sequence 10,
compare 4. List/count/compare gold = every case whose patient had it (grep over all documents,
synonyms, brand names and abbreviations included, each hit read; differentials, negative tests,
options only kept ready or discussed, literature patients, look-alike abbreviations are in
``rejected``). Lookup/sequence spans are located in the indexed text by ``user_audit_build``
(fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit4.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit4.jsonl"

HFRS, FMH, MVT, LVAD, CASTLEMAN, MALT = ("PMC11616425", "PMC11544788", "PMC11420455", "PMC11646791",
                                          "PMC11421273", "PMC11456814")

LISTS = [
    {"shape": "count", "question": "How many patients were given vancomycin?",
     "evidence": {
         "PMC11497857": "started on empiric IV piperacillin/tazobactam and vancomycin",
         "PMC11506189": "empirical antimicrobial therapy with vancomycin and piperacillin with tazobactam",
         "PMC11550105": "ceftriaxone and vancomycin for possible cellulitis",
         "PMC11565536": "transitioned to intravenous meropenem, vancomycin, and clindamycin",
         "PMC11608458": "changed to IP vancomycin and meropenem",
         "PMC11620866": "The antibiotic was subsequently stepped up to vancomycin and meropenem"},
     "rejected": {"PMC11539083": "vancomycin with clindamycin only proposed as first-line therapy in general (discussion); the patient was not given it"},
     "note": "PMC11608458: intraperitoneal vancomycin (and an earlier IP course for a past peritonitis), counted; searched vancomycin, vanco"},
    {"shape": "list", "question": "Which patients needed noradrenaline (norepinephrine)?",
     "evidence": {
         "PMC11414482": "a mean blood pressure of 160.42/74.42 mmHg was measured with the use of noradrenaline",
         "PMC11420455": "Norepinephrine administration was ceased on day 19.",
         "PMC11429645": "Including dopamine and norepinephrine to maintain blood pressure stability",
         "PMC11594283": "the use of norepinephrine to overcome hypovolemia and improve tissue perfusion",
         "PMC11635820": "after being weaned off norepinephrine"},
     "rejected": {"PMC11617126": "noradrenaline only kept readily available in theatre, not given",
                  "PMC11439622": "'pressor support' with no drug named",
                  "PMC11465958": "'vasopressor support' with no drug named",
                  "PMC11645528": "'vasopressor support' with no drug named"},
     "note": "PMC11594283: said of this patient in its discussion ('In this case ... the use of norepinephrine'), counted; searched norepinephrine, noradrenaline, Levophed, (vaso)pressor"},
    {"shape": "list", "question": "Which patients received ceftriaxone (Rocephin)?",
     "evidence": {
         "PMC11490280": "IV ciprofloxacin being replaced by IV ceftriaxone",
         "PMC11497857": "ID prescribed IV ceftriaxone and oral metronidazole for six weeks",
         "PMC11509757": "discharged with ceftriaxone therapy",
         "PMC11522842": "He was started on ceftriaxone and acyclovir according to protocol.",
         "PMC11550105": "ceftriaxone and vancomycin for possible cellulitis",
         "PMC11643412": "prophylactic antibiotic Injection Ceftriaxone 1 gram intravenously twice daily"}},
    {"shape": "list", "question": "Any patients treated with amiodarone?",
     "evidence": {
         "PMC11395475": "outpatient treatment with 400 mg amiodarone daily was initiated",
         "PMC11420455": "Despite intravenous administration of amiodarone, it proved ineffective",
         "PMC11551029": "amiodarone was no longer administered",
         "PMC11617126": "prompting the addition of amiodarone twice daily and warfarin"},
     "rejected": {"PMC11624525": "amiodarone named only as a cause of iodine-induced hyperthyroidism (discussion)"},
     "note": "PMC11551029: given for the tachycardia and stopped once sinus rhythm returned, counted; PMC11617126 also kept it ready in theatre"},
    {"shape": "count", "question": "How many patients were on aspirin (ASA)?",
     "evidence": {
         "PMC11420455": "enteric-coated aspirin were taken orally for 5 years",
         "PMC11461041": "He admitted to use of aspirin 81 mg for cardiovascular secondary prevention",
         "PMC11505654": "She was discharged to home 6 months after birth on diuretics, aspirin",
         "PMC11593014": "Aspirin was also introduced for CCS.",
         "PMC11602322": "Antithrombotic therapy (Bayaspirin 100mg) was admitted.",
         "PMC11635820": "including daily aspirin 81 mg and atorvastatin 40 mg",
         "PMC11646791": "aspirin (100 mg per day) and warfarin potassium were started",
         "PMC11648763": "A loading dosage of aspirin (300 mg), clopidogrel (300 mg)"},
     "rejected": {"PMC11490280": "'ASA' = American Society of Anesthesiologists class",
                  "PMC11617126": "'ASA monitors' (anaesthesia standard), no aspirin",
                  "PMC11625102": "LMWH plus low-dose aspirin named as the cornerstone of APS treatment in pregnancy (discussion), not said of the patient"},
     "note": "Bayaspirin is a brand of aspirin; searched aspirin, acetylsalicylic, ASA"},
    {"shape": "count", "question": "How many patients had atrial fibrillation (AF)?",
     "evidence": {
         "PMC11395475": "a first episode of persistent atrial fibrillation was detected",
         "PMC11420455": "Electrocardiography unveiled atrial fibrillation.",
         "PMC11459453": "the patient got atrial fibrillation for which she was started on apixaban anticoagulation",
         "PMC11617126": "Eight months prior, the patient developed atrial fibrillation",
         "PMC11634049": "management of paroxysmal atrial fibrillation with radiofrequency ablation",
         "PMC11646979": "revealed rapid ventricular rate atrial fibrillation with variable conduction",
         "PMC11648763": "an ecg revealed no arrhythmias other than atrial fibrillation"},
     "rejected": {"PMC11490280": "AF in a list of risk factors (discussion)",
                  "PMC11549870": "AF as a stroke risk factor in mitral valve prolapse (discussion)",
                  "PMC11624525": "AF of a literature patient (Jod-Basedow)",
                  "PMC11648237": "'AF:' is an author's initials"},
     "note": "searched atrial fibrillation, AF, AFib; the mother with AF in PMC11395475 is family history (the patient has AF too)"},
    {"shape": "list", "question": "Which patients got gentamicin, systemic or topical?",
     "evidence": {
         "PMC11506781": "antibiotic therapy with ampicillin and gentamicin was started on suspicion of sepsis",
         "PMC11552406": "was given gentamicin ointment, but there was no improvement",
         "PMC11629481": "intravenous Piperacillin/Tazobactam and Gentamicin",
         "PMC11647062": "gentamicin 80 mg twice daily and penicillin G six million units every six hours"},
     "note": "PMC11552406: gentamicin ointment from a clinic before referral, counted (the question says topical)"},
    {"shape": "list", "question": "Any patients with hepatitis B (HBV) infection?",
     "evidence": {"PMC11513519": "His past medical history was significant for hepatitis B, which was discovered upon routine testing ten years ago."},
     "rejected": {"PMC11547072": "HBV serology among the tests that ruled out other causes of HUS",
                  "PMC11549870": "hepatitis B and C tests negative", "PMC11585469": "hepatitis B among negative infectious studies",
                  "PMC11648237": "negative serology for hepatitis B and C", "PMC11509757": "hepatitis B vaccination schedule (advice)",
                  "PMC11378089": "literature patient with hepatitis B", "PMC11570109": "HBV as a cause of HCC (discussion)",
                  "PMC11617203": "hepatitis B cases after acupuncture in the literature"},
     "note": "searched hepatitis B, HBV, HBsAg, hepatitis virus"},
    {"shape": "list", "question": "Which patients were on gabapentin or pregabalin (Lyrica)?",
     "evidence": {
         "PMC11550105": "as a side effect of gabapentin for neuropathy involving both lower extremities",
         "PMC11580067": "she was kept on a regular dose of 150 mg of pregabalin",
         "PMC11597933": "ß-blockers, calcitonin, pregabalin, and intensified opioid therapy",
         "PMC11632487": "This was then shifted to pregabalin (ranging from 150 mg to 300 mg/dose)"},
     "rejected": {"PMC11646824": "gabapentin in a literature study of nystagmus"},
     "note": "PMC11550105: her own gabapentin for neuropathy, blamed as a possible cause of her confusion, counted"},
    {"shape": "count", "question": "How many patients had been on tacrolimus?",
     "evidence": {
         "PMC11483286": "She was on mycophenolate and tacrolimus for immunosuppression",
         "PMC11608458": "triple therapy with tacrolimus, steroids and mycofenolate",
         "PMC11614595": "Prednisolone and tacrolimus were tapered off to low doses."},
     "note": "PMC11608458: immunosuppression after an earlier kidney graft (past), counted; searched tacrolimus, FK506, Prograf"},
]

YESNO = [
    {"case": FMH, "question": "Did the baby born anaemic from the fetomaternal haemorrhage need to be intubated?",
     "expected": "yes", "evidence": "requiring blood transfusion and orotracheal intubation"},
    {"case": MVT, "question": "Was the man with superior mesenteric vein thrombosis put on a ventilator?",
     "expected": "yes", "evidence": "Mechanical ventilation with endotracheal intubation, continuous renal replacement therapy (CRRT), and norepinephrine were utilized"},
    {"case": LVAD, "question": "Did the bleeding left ovary of the woman with the LVAD turn out to be an endometrioma?",
     "expected": "yes", "evidence": "Postoperative pathological examination of the left ovary revealed an endometriotic cyst without malignancy"},
    {"case": MALT, "question": "Was the woman with parotid MALT lymphoma anti-SSA (Ro) positive?",
     "expected": "yes", "evidence": "serum SS-A antibody and antinuclear antibodies were positive"},
    {"case": HFRS, "question": "Were the hantavirus antibodies still positive at the 6-week follow-up of the young man with HFRS and a leukemoid reaction?",
     "expected": "no", "evidence": "HTNV IgG and IgM antibodies were negative (July 14 2024)."},
    {"case": FMH, "question": "Was a Kleihauer–Betke test done in the case of the intraplacental choriocarcinoma with fetomaternal bleeding?",
     "expected": "no", "evidence": "The Kleihauer–Betke test was not performed."},
    {"case": LVAD, "question": "Did the woman with the LVAD need red cells after her laparoscopic salpingo-oophorectomy?",
     "expected": "no", "evidence": "No red blood cell transfusion was required during or after the surgery."},
    {"case": MALT, "question": "Did the marrow biopsy of the woman with MALT lymphoma and amyloid show amyloid?",
     "expected": "no", "evidence": "Biopsies of the skin, bone marrow, stomach, duodenum, and rectum, performed to exclude systemic amyloidosis, showed no evidence of amyloid deposition."},
    {"case": HFRS, "question": "Did the patient with hantavirus HFRS and pancreatitis get ribavirin?",
     "expected": "not_reported", "search_regex": r"ribavirin|antiviral|favipiravir"},
    {"case": CASTLEMAN, "question": "Was the man with the adrenal Castleman mass tested for HHV-8 or HIV?",
     "expected": "not_reported", "search_regex": r"HHV|herpesvirus|\bHIV\b|siltuximab"},
    {"case": MALT, "question": "Was the woman with salivary MALT lymphoma given rituximab?",
     "expected": "not_reported", "search_regex": r"rituximab|\bR-?CHOP|chemotherap|radiotherap|radiation"},
    {"case": LVAD, "question": "Did they use tranexamic acid (TXA) in the woman with the LVAD and ovarian bleeding?",
     "expected": "not_reported", "search_regex": r"tranexamic|\bTXA\b"},
]

LOOKUPS = [
    {"case": HFRS, "question": "What was the white count of the 20-year-old with hantavirus infection on admission?",
     "answer": "57.6 × 10^9/L", "evidence": "a white blood cell count (WBC) count of 57.6 × 10^9/L",
     "alternatives": [{"answer": "WBC 57.6 × 10^9/L", "evidence": "Leukocytosis (WBC 57.6 × 10^9/L)"}]},
    {"case": HFRS, "question": "How low were the platelets of the man with HFRS when he was admitted?",
     "answer": "24.0 × 10^9/L", "evidence": "7% atypical lymphocytes, and a platelet count of 24.0 × 10^9/L",
     "alternatives": [{"answer": "platelet count 24 × 10^9/L", "evidence": "Thrombocytopenia (platelet count 24 × 10^9/L)"}]},
    {"case": FMH, "question": "What was the cord blood haemoglobin of the newborn in the intraplacental choriocarcinoma case?",
     "answer": "4.3 g/dL", "evidence": "a hemoglobin (HB) concentration of 4.3 g/dL"},
    {"case": FMH, "question": "How big was the choriocarcinoma found in the placenta after the emergency C-section?",
     "answer": "approximately 3 mm", "evidence": "with a maximum diameter of approximately 3 mm",
     "alternatives": [{"answer": "approximately 3 mm", "evidence": "our lesion appears to be one of the smallest (approximately 3 mm)"},
                      {"answer": "~3 mm", "evidence": "intraplacental choriocarcinoma (IC) lesion of ~3 mm"}]},
    {"case": MVT, "question": "Which anticoagulant was the man with mesenteric venous thrombosis started on?",
     "answer": "low molecular weight heparin (LMWH)", "evidence": "The immediate therapeutic regimen included anticoagulation with low molecular weight heparin (LMWH)"},
    {"case": MVT, "question": "What was the lactate of the 60-year-old with MVT when he went into shock?",
     "answer": "3.5 mmol/L", "evidence": "and lactic acid (Lac) 3.5 mmol/L"},
    {"case": MVT, "question": "Which antibiotics did the patient with SMV and portal vein thrombosis get?",
     "answer": "cefoperazone/sulbactam (Sulperazone®) combined with ornidazole",
     "evidence": "anti-infection with cefoperazone/sulbactam (Sulperazone®) combined with ornidazole"},
    {"case": LVAD, "question": "What was the INR of the woman with the LVAD when she was admitted with ovarian bleeding?",
     "answer": "5.23", "evidence": "were 10.4 g/dL, 124,000 cells/μL, 5.23, and 7.46 mg/dL, respectively",
     "alternatives": [{"answer": "PT-INR 5.23", "evidence": "Upon admission: Hb 10.4 g/dL, platelet count 124,000 cells/μL, PT-INR 5.23"},
                      {"answer": "PT-INR, 5.23", "evidence": "severe coagulopathy (PT-INR, 5.23)"}]},
    {"case": LVAD, "question": "What was given during the laparoscopy to reverse the warfarin in the patient with the LVAD, and how much?",
     "answer": "Human prothrombin complex (1000 units of Kcentra®",
     "evidence": "Human prothrombin complex (1000 units of Kcentra®, CSL Behring, King of Prussia, PA, USA) was intravenously administered"},
    {"case": LVAD, "question": "How much blood did the woman on warfarin and aspirin with an LVAD lose during the laparoscopic surgery?",
     "answer": "590 mL", "evidence": "Intraoperative blood loss was 590 mL"},
    {"case": CASTLEMAN, "question": "How large was the adrenal Castleman lesion on the CT?",
     "answer": "55mm × 40mm", "evidence": "a left retroperitoneal mass measuring approximately 55mm × 40mm",
     "alternatives": [{"answer": "55mm × 40mm", "evidence": "An abdominal CT scan showed a 55mm × 40mm left retroperitoneal mass"}]},
    {"case": CASTLEMAN, "question": "What was the Ki-67 of the resected para-adrenal Castleman mass?",
     "answer": "KI-67 (10 % +)", "evidence": "KI-67 (10 % +)",
     "alternatives": [{"answer": "KI-67 (10%)", "evidence": "CD34 (vascular +), KI-67 (10%)"}]},
    {"case": MALT, "question": "What was the serum free light chain ratio in the woman with MALT lymphoma and amyloid deposits?",
     "answer": "1.17", "evidence": "with an FLC ratio of 1.17"},
    {"case": MALT, "question": "What SUVmax did the anterior mediastinal masses show on PET in the woman with parotid MALT lymphoma?",
     "answer": "2.72", "evidence": "a maximum standardized uptake value (SUVmax) of 2.72",
     "alternatives": [{"answer": "SUVmax 2.72", "evidence": "Multiple anterior mediastinal masses (SUVmax 2.72)"}]},
]

SEQUENCES = [
    {"case": HFRS, "question": "What did they do once the man with hantavirus HFRS became short of breath on day 6?",
     "answer": "high-flow nasal cannula oxygen therapy (FiO2 40%, 30 L/min) and intermittent renal replacement therapy",
     "evidence": "for which high-flow nasal cannula oxygen therapy (FiO2 40%, 30 L/min) and intermittent renal replacement therapy were administered"},
    {"case": HFRS, "question": "What replaced the high-flow oxygen when the HFRS patient's urine output picked up?",
     "answer": "nasal cannula oxygen therapy at FiO2 2 L/min",
     "evidence": "High-flow nasal cannula oxygen therapy was switched to nasal cannula oxygen therapy at FiO2 2 L/min."},
    {"case": FMH, "question": "What was done after the sinusoidal CTG trace at 37 weeks in the woman with the fibroid uterus?",
     "answer": "delivery was performed by cesarean section",
     "evidence": "The woman was then admitted, and delivery was performed by cesarean section.",
     "alternatives": [{"answer": "emergency cesarean", "evidence": "Fetal sinusoidal CTG pattern leading to emergency cesarean."}]},
    {"case": MVT, "question": "How was the low cardiac index managed in the man with mesenteric vein thrombosis and sepsis?",
     "answer": "levosimendan was administered to augment myocardial contractility",
     "evidence": "hence, levosimendan was administered to augment myocardial contractility"},
    {"case": MVT, "question": "What happened next after the CRRT was stopped in the MVT patient?",
     "answer": "Tracheal intubation was phased out on day 17.",
     "evidence": "Tracheal intubation was phased out on day 17."},
    {"case": LVAD, "question": "What happened to her aspirin and warfarin after the LVAD patient's ovarian surgery?",
     "answer": "antithrombotic therapy using aspirin and warfarin potassium was resumed on postoperative day 1",
     "evidence": "antithrombotic therapy using aspirin and warfarin potassium was resumed on postoperative day 1",
     "alternatives": [{"answer": "anticoagulant therapy was resumed on postoperative day 1",
                       "evidence": "anticoagulant therapy was resumed on postoperative day 1 to prevent life-threatening thrombotic events"}]},
    {"case": LVAD, "question": "How were the menopausal symptoms handled after the woman with the LVAD lost her second ovary?",
     "answer": "complementary and alternative treatments using Japanese traditional herbal medicines were initiated",
     "evidence": "Instead, complementary and alternative treatments using Japanese traditional herbal medicines were initiated",
     "alternatives": [{"answer": "complementary therapy using Japanese traditional herbal medicine was administered",
                       "evidence": "complementary therapy using Japanese traditional herbal medicine was administered"}]},
    {"case": CASTLEMAN, "question": "What treatment followed the work-up of the incidental left adrenal mass that proved to be Castleman disease?",
     "answer": "laparoscopic resection of the left retroperitoneal mass",
     "evidence": "the patient underwent laparoscopic resection of the left retroperitoneal mass",
     "alternatives": [{"answer": "surgical resection", "evidence": "diagnosed as Castleman disease following surgical resection", "nth": 0},
                      {"answer": "surgical resection", "evidence": "diagnosed as Castleman disease following surgical resection", "nth": 1}]},
    {"case": MALT, "question": "What was done after PET in the woman with parotid MALT lymphoma showed anterior mediastinal masses?",
     "answer": "Thoracoscopic biopsy of the anterior mediastinal mass",
     "evidence": "Thoracoscopic biopsy of the anterior mediastinal mass indicated the presence of amyloid deposition"},
    {"case": MALT, "question": "Once systemic amyloidosis was excluded, how was the MALT lymphoma with amyloid managed?",
     "answer": "a watchful waiting approach was adopted",
     "evidence": "Since the patient was asymptomatic, a watchful waiting approach was adopted.",
     "alternatives": [{"answer": "watchful waiting", "evidence": "Over 1 year of watchful waiting, the patient has remained asymptomatic"}]},
]

COMPARES = [
    {"question": "Compare how the two patients with hypertrophic cardiomyopathy were managed.",
     "evidence": {"PMC11395475": "Therapy at discharge (Table 1) was consistent with the available European Society of Cardiology guidelines",
                  "PMC11617126": "In our patient, medical management included metoprolol, amiodarone, and warfarin."},
     "note": "HCM named in 2 documents only"},
    {"question": "Compare the outcomes of the two girls with primary intracranial melanoma.",
     "evidence": {"PMC11395317": "In the presented case, despite aggressive surgery, chemotherapy, and radiotherapy, the outcome was fatal.",
                  "PMC11621058": "After 5 months of follow-up, no discomfort such as tetanic limb convulsions occurred."},
     "rejected": {"PMC11573236": "melanoma of the glans penis, not intracranial"}},
    {"question": "Compare how the metastatic renal cell carcinomas were treated.",
     "evidence": {"PMC11527420": "a hybrid endoscopic submucosal dissection was performed, achieving complete resection",
                  "PMC11643412": "An indwelling pleural catheter was placed for the patient considering the poor prognosis"},
     "rejected": {"PMC11470198": "RCC as a mimic / cytology differential", "PMC11492433": "RCC as a differential of adult Wilms' tumour",
                  "PMC11546499": "RCC among immunotherapy indications (discussion)", "PMC11635708": "RCC association of Zinner syndrome (discussion)"}},
    {"question": "Compare how the patient with the coronary artery fistula and the one with the coronary artery aneurysm were treated.",
     "evidence": {"PMC11635820": "the patient underwent surgical ligation of the fistula combined with coronary artery bypass grafting",
                  "PMC11646979": "However, our patient opted for conservative management"},
     "rejected": {"PMC11602238": "a duodenal fistula, not coronary"},
     "note": "PMC11646979: surgery was recommended but the patient chose conservative management"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua4", OUT))
