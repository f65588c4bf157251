"""Write ``benchmarks/sets/user_audit5.jsonl``: a fifth blind audit set of 40 questions (issue #10,
"answers that fit the question"), asked as a hematologist or an educator would.

Written on 2026-11-27 by helper-audit5 **blind**: only the shipped records were read (grep over
all 201 documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Subjects, facts and (for
the one-case questions) cases other than those of ``user_audit1.jsonl`` .. ``user_audit4.jsonl``
(the 28 one-case questions use 4 cases none of them asks about). Mix: list/count 8 (list 5,
count 3), yes/no 10 (yes 4, reported as absent 3, never mentioned 3), lookup 10, sequence 8,
compare 4. List/count/compare gold = every case whose patient had it (grep over all documents,
synonyms, brand names and abbreviations included, each hit read; susceptibility lists, drugs only
discussed, unavailable or not used, other drugs of the same class, literature patients are in
``rejected``). Lookup/sequence spans are located in the indexed text by ``user_audit_build``
(fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit5.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit5.jsonl"

CUSHING, PGN, AERO, SLE = "PMC11469216", "PMC11479900", "PMC11608958", "PMC11522842"

LISTS = [
    {"shape": "list", "question": "Which patients were given midazolam?",
     "evidence": {
         "PMC11469216": "the patient was initiated on midazolam and ketamine drip for burst suppression",
         "PMC11617126": "premedicated with midazolam 1 mg and fentanyl 2 µg/kg"},
     "rejected": {"PMC11438519": "lorazepam, another benzodiazepine, not midazolam"},
     "note": "searched midazolam, Versed (only 'reversed' hits), benzodiazepine, lorazepam, diazepam"},
    {"shape": "list", "question": "Which patients received imipenem (Tienam)?",
     "evidence": {
         "PMC11439622": "We initiated treatment with imipenem and cilastatin sodium (TIENAM) at 1g every 8 hours (q8h).",
         "PMC11608958": "The patient’s empiric anti-infective therapy was omadacycline in combination with imipenem."},
     "rejected": {"PMC11608458": "imipenem only in a susceptibility list of Acinetobacter (discussion)"},
     "note": "searched imipenem, cilastatin, Tienam, carbapenem (PMC11608958 discussion only)"},
    {"shape": "list", "question": "Which patients were treated with IVIG (intravenous immunoglobulin)?",
     "evidence": {
         "PMC11539092": "received 1 dose of Intravenous immunoglobulin (IVIG) during her illness",
         "PMC11602322": "She was treated with a combination therapy of intravenous immunoglobulin (0.4 g/kg) and methylprednisolone",
         "PMC11620866": "Systemic intravenous immunoglobulin (IVIG) at 1",
         "PMC11646979": "nutritional support for myocarditis, and gamma globulin therapy"},
     "rejected": {"PMC11551029": "IVIG discussed; 'it was not used in the present case'",
                  "PMC11648237": "IVIg unavailable in their setting"},
     "note": "PMC11646979: 'gamma globulin therapy' given as symptomatic treatment, counted; searched IVIG, IVIg, immunoglobulin, gamma globulin"},
    {"shape": "list", "question": "Which patients were given rituximab?",
     "evidence": {
         "PMC11509864": "cyclosporine pulse therapy was escalated from 500 to 1000 mg, and rituximab (500 mg) was administered",
         "PMC11602322": "She received the treatment of Rituximab, Temozolomide and Orelabrutinib.",
         "PMC11614595": "he received one dose of RTX (375",
         "PMC11648237": "commenced on rituximab 500 mg IV weekly for four weeks with supportive care"},
     "rejected": {"PMC11479900": "rituximab only discussed (lymphocytic-clone-directed therapy); the patient got D-VCd",
                  "PMC11509757": "ocrelizumab, another anti-CD20 antibody; rituximab only in the literature",
                  "PMC11595504": "literature patient on rituximab"},
     "note": "searched rituximab, Rituxan, RTX, anti-CD20"},
    {"shape": "list", "question": "Which patients were given furosemide (Lasix)?",
     "evidence": {
         "PMC11429645": "furosemide for diuresis",
         "PMC11505654": "We started treatment with continuous intravenous dobutamine and intravenous furosemide",
         "PMC11570781": "followed by injection of furosemide at 40 mg intravenous twice daily dosage"},
     "rejected": {"PMC11635820": "'intravenous diuresis' with no drug named",
                  "PMC11411574": "diuretics in the discussion only"},
     "note": "searched furosemide, Lasix, loop diuretic, torsemide, bumetanide, diuretic, diuresis"},
    {"shape": "count", "question": "How many patients were on mycophenolate (MMF, CellCept)?",
     "evidence": {
         "PMC11483286": "She was on mycophenolate and tacrolimus for immunosuppression",
         "PMC11509864": "systemic steroids, cyclosporine, mycophenolate mofetil, and rituximab",
         "PMC11522842": "We initiated treatment with mycophenolate mofetil (MMF) and glucocorticoids",
         "PMC11608458": "triple therapy with tacrolimus, steroids and mycofenolate",
         "PMC11614595": "frequently relapsed on high doses of steroids in combination with mycophenolate mofetil (MMF)"},
     "rejected": {"PMC11479900": "mycophenolate only discussed as non-clone-directed therapy",
                  "PMC11648237": "mycophenolate 'not employed in this instance'"},
     "note": "PMC11608458 and PMC11614595: past courses, counted; searched mycophenolate, mycofenolate, MMF, CellCept, Myfortic"},
    {"shape": "count", "question": "How many patients got linezolid?",
     "evidence": {
         "PMC11355863": "he was treated with Meropenem, Rifampicin and Linezolid due to increasing leukocytes and CRP",
         "PMC11565536": "she received oral linezolid, ciprofloxacin, and metronidazole"},
     "rejected": {"PMC11617203": "linezolid in a susceptibility statement (discussion)"},
     "note": "searched linezolid, Zyvox"},
    {"shape": "count", "question": "How many patients were treated with somatostatin or a somatostatin analogue such as octreotide or lanreotide?",
     "evidence": {
         "PMC11420455": "somatostatin to suppress glandular secretion",
         "PMC11601975": "She subsequently resumed Lanreotide in December of 2020",
         "PMC11616425": "After treatment for pancreatitis with fasting, somatostatin, and proton pump inhibitors",
         "PMC11635374": "She was treated with lanreotide 60"},
     "rejected": {"PMC11446622": "octreotide/somatostatin only suggested by new research (discussion)",
                  "PMC11392029": "somatostatin receptor imaging (discussion)",
                  "PMC11645528": "somatostatin receptors in imaging (discussion)"},
     "note": "searched somatostatin, octreotide, Sandostatin, lanreotide, pasireotide"},
]

YESNO = [
    {"case": CUSHING, "question": "Did the woman with Cushing's storm from small cell lung cancer have to be intubated?",
     "expected": "yes", "evidence": "the patient had a tonic-clonic seizure and was ultimately intubated for airway protection"},
    {"case": PGN, "question": "Did the kidney biopsy immunofluorescence of the man with light-chain PGNMID stain for kappa?",
     "expected": "yes", "evidence": "Kappa (+++), Lambda (−)"},
    {"case": AERO, "question": "Were Gram-negative bacteria seen on direct microscopy of the BAL fluid in the man with severe pneumonia and an atrial septal defect?",
     "expected": "yes", "evidence": "Direct microscopic examination of BALF and peripheral blood showed Gram-negative bacteria."},
    {"case": SLE, "question": "Did the man whose lupus presented as aseptic meningitis have neck stiffness on examination?",
     "expected": "yes", "evidence": "neck rigidity was present"},
    {"case": CUSHING, "question": "Did the brain MRI show a pituitary lesion in the woman with ectopic ACTH secretion?",
     "expected": "no", "evidence": "An MRI of the brain and pituitary further ruled out the presence of a primary pituitary lesion."},
    {"case": AERO, "question": "Were the antibiotics changed once the Aeromonas susceptibility results came back?",
     "expected": "no", "evidence": "Therefore, the anti-infection treatment plan would not be adjusted."},
    {"case": SLE, "question": "Was the CSF viral panel positive in the man with lupus and aseptic meningitis?",
     "expected": "no", "evidence": "Viral panel analysis of cerebrospinal fluid (CSF) was negative."},
    {"case": CUSHING, "question": "Was the woman with paraneoplastic Cushing's given metyrapone or ketoconazole?",
     "expected": "not_reported", "search_regex": r"metyrapone|ketoconazole|osilodrostat|mifepristone|pasireotide"},
    {"case": PGN, "question": "Did the man on daratumumab for PGNMID get antiviral prophylaxis such as acyclovir?",
     "expected": "not_reported", "search_regex": r"acyclovir|aciclovir|valacyclovir|antiviral|zoster|prophyla"},
    {"case": SLE, "question": "Did the man with lupus presenting as aseptic meningitis have an EEG?",
     "expected": "not_reported", "search_regex": r"\bEEG\b|electroencephalo|seizure|epilep"},
]

LOOKUPS = [
    {"case": CUSHING, "question": "What was the ACTH level of the woman with Cushing's syndrome from small cell lung cancer?",
     "answer": "134 pg/ml", "evidence": "an ACTH level of 134 pg/ml",
     "alternatives": [{"answer": "ACTH 134 pg/ml", "evidence": "Hormonal findings: ACTH 134 pg/ml"}]},
    {"case": CUSHING, "question": "At what rate was the etomidate drip started in the woman with ectopic Cushing's and seizures?",
     "answer": "0.02 mg/kg/hr", "evidence": "Intravenous etomidate drip was initiated at 0.02 mg/kg/hr"},
    {"case": PGN, "question": "What was the urine protein-creatinine ratio of the man with PGNMID with kappa light-chain deposits?",
     "answer": "4446.7 mg/g", "evidence": "proteinuria was 4446.7 mg/g by urine protein-creatinine ratio",
     "alternatives": [{"answer": "4446.7 mg/g", "evidence": "Proteinuria measured at 4446.7 mg/g"},
                      {"answer": "4446.7 mg/g", "evidence": "Proteinuria: 4446.7 mg/g"}]},
    {"case": PGN, "question": "What dose of daratumumab did the man with light-chain PGNMID receive?",
     "answer": "daratumumab 16 mg/kg", "evidence": "daratumumab 16 mg/kg d1 + cyclophosphamide"},
    {"case": PGN, "question": "When was the D-VCd regimen started in the man with proliferative glomerulonephritis with monoclonal deposits?",
     "answer": "February, 2023", "evidence": "The initial D-VCd regimen was applied since February, 2023"},
    {"case": AERO, "question": "Which organism did metagenomic sequencing identify in the man with severe pneumonia and an atrial septal defect?",
     "answer": "Aeromonas dhakensis", "evidence": "the results of the mNGS showed that Aeromonas dhakensis was positive",
     "alternatives": [{"answer": "Aeromonas dhakensis", "evidence": "mNGS identified *Aeromonas dhakensis* with"},
                      {"answer": "Aeromonas dhakensis", "evidence": "by the metagenomic next generation sequencing (mNGS) indicated Aeromonas dhakensis infection"}]},
    {"case": AERO, "question": "What was the procalcitonin on admission of the man with Aeromonas pneumonia?",
     "answer": "91.8 ng/mL", "evidence": "Procalcitonin was 91.8 ng/mL",
     "alternatives": [{"answer": "procalcitonin 91.8 ng/mL", "evidence": "procalcitonin 91.8 ng/mL"}]},
    {"case": AERO, "question": "How big was the atrial septal defect on echo in the man with Aeromonas dhakensis pneumonia?",
     "answer": "2.66 cm", "evidence": "the atrial septal defect was 2.66 cm",
     "alternatives": [{"answer": "Atrial septal defect (2.66 cm)", "evidence": "Atrial septal defect (2.66 cm)"}]},
    {"case": SLE, "question": "What dose of methylprednisolone was the pulse for the man with lupus presenting as aseptic meningitis?",
     "answer": "methylprednisolone 500 mg", "evidence": "pulse steroid therapy (methylprednisolone 500 mg)"},
    {"case": SLE, "question": "What class of lupus nephritis did the renal biopsy show in the man with SLE and aseptic meningitis?",
     "answer": "class III lupus nephritis (focal proliferative lupus nephritis)",
     "evidence": "A renal biopsy revealed characteristics consistent with class III lupus nephritis (focal proliferative lupus nephritis)",
     "alternatives": [{"answer": "focal proliferative lupus nephritis (class III)", "evidence": "Revealed focal proliferative lupus nephritis (class III)"}]},
]

SEQUENCES = [
    {"case": CUSHING, "question": "What came before the etomidate infusion for the status epilepticus of the woman with ectopic Cushing's syndrome?",
     "answer": "midazolam and ketamine drip for burst suppression",
     "evidence": "the patient was initiated on midazolam and ketamine drip for burst suppression"},
    {"case": CUSHING, "question": "What did the endocrine team do once EBUS confirmed small cell lung cancer in the woman with hypercortisolism and seizures?",
     "answer": "an aggressive reduction in cortisol levels using an etomidate infusion",
     "evidence": "the endocrine team suggested an aggressive reduction in cortisol levels using an etomidate infusion"},
    {"case": CUSHING, "question": "What treatment followed the etomidate infusion in the woman with paraneoplastic Cushing's from small cell lung cancer?",
     "answer": "chemotherapy with carboplatin and etoposide",
     "evidence": "a decision was made to start the patient on chemotherapy with carboplatin and etoposide"},
    {"case": PGN, "question": "What happened next after the first 8 weeks of weekly D-VCd in the man with kappa light-chain PGNMID?",
     "answer": "every other week for the next 16 weeks",
     "evidence": "with a frequency of once a week for the first 8 weeks, and every other week for the next 16 weeks"},
    {"case": AERO, "question": "What was done after ECMO failed to improve the oxygen saturation of the man with Aeromonas pneumonia and pulmonary hypertension?",
     "answer": "Sildenafil, ambrisentan and inhaled NO were given",
     "evidence": "Sildenafil, ambrisentan and inhaled NO were given to reduce pulmonary arterial pressure"},
    {"case": AERO, "question": "What happened after 2 months of mechanical ventilation and rehabilitation in the man with Aeromonas dhakensis pneumonia?",
     "answer": "the patient was successfully removed from the ventilator and transferred out of ICU",
     "evidence": "After 2 months of mechanical ventilation and rehabilitation exercise, the patient was successfully removed from the ventilator and transferred out of ICU"},
    {"case": SLE, "question": "What treatment followed the pulse steroids in the man whose lupus presented as aseptic meningitis?",
     "answer": "oral steroids (prednisolone 10 mg once daily)",
     "evidence": "He was continued on oral steroids (prednisolone 10 mg once daily)."},
    {"case": SLE, "question": "What did they start once the renal biopsy showed lupus nephritis in the man with SLE a year after his meningitis?",
     "answer": "mycophenolate mofetil (MMF) and glucocorticoids",
     "evidence": "We initiated treatment with mycophenolate mofetil (MMF) and glucocorticoids"},
]

COMPARES = [
    {"question": "Compare how the deep periodontal pockets were treated in the two periodontitis cases.",
     "evidence": {"PMC11434143": "which was successfully treated clinically with topical oxygen-releasing gel (blue®m)",
                  "PMC11453165": "specifically tetracycline fibers and photobiomodulation therapy (PBMT), as adjuncts to scaling and root planing (SRP)"},
     "rejected": {"PMC11512710": "periapical periodontitis from cervical resorption, no periodontal pockets",
                  "PMC11581374": "apical periodontitis treated endodontically, no periodontal pockets"}},
    {"question": "Compare how the basal cell adenoma of the parotid and the parotid mucoepidermoid carcinoma were treated.",
     "evidence": {"PMC11402115": "leading to the decision to perform a total conservative parotidectomy",
                  "PMC11439974": "The patient underwent a partial parotidectomy under general anesthesia."},
     "rejected": {"PMC11456814": "parotid MALT lymphoma, neither tumour named"}},
    {"question": "Compare how the cervical lymphocele after aortic arch surgery and the dasatinib-induced chylothorax were treated.",
     "evidence": {"PMC11355863": "Fibrin glue application and free omentoplasty were identified as a successful therapeutic strategy",
                  "PMC11446622": "Dasatinib was discontinued and bosutinib was initiated."}},
    {"question": "Compare the outcomes of the patients who had a Whipple procedure.",
     "evidence": {"PMC11459113": "The patient was discharged without any complications and is healthy.",
                  "PMC11490280": "The patient survived her extensive operations",
                  "PMC11541951": "A two-year follow-up revealed significant improvement in the patient's condition"},
     "rejected": {"PMC11456792": "referred for a Whipple but spared it (metastasis managed medically)"},
     "note": "searched Whipple, pancreaticoduodenectomy; PMC11490280: gastroduodenopancreatectomy for necrosis, survived with infected collections"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua5", OUT))
