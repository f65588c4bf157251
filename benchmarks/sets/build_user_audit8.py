"""Write ``benchmarks/sets/user_audit8.jsonl``: an eighth blind audit set of 40 questions, asked as a
hematologist or an educator would (synonyms, brand names, bare abbreviations, lay words).

Written on 2026-11-27 by helper-audit8 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. List/count subjects other
than those of ``user_audit1.jsonl`` .. ``user_audit6.jsonl``; the 28 one-case questions use 5 cases
from the first half of the sorted PMCID list that no earlier audit set asks a one-case question
about. Mix: list 8, count 4, yes/no 4 (yes 1, reported as absent 2, never mentioned 1), lookup 16
(2 the case does not answer), sequence 8.
List/count gold = every case whose patient had it (grep over all documents, synonyms, brand names,
abbreviations and spelling variants such as "ß-blockers" included, each hit read; drugs or tests
only in the discussion, the literature or guidelines, advice to avoid a drug, diagnostic tests
named after a drug, look-alike abbreviations and normal values in ``rejected`` with why).
Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a
span is missing or ambiguous).

    python benchmarks/sets/build_user_audit8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit8.jsonl"

BURK, ENDO, NEC, GACI, OCRE = "PMC11418098", "PMC11497857", "PMC11398847", "PMC11505654", "PMC11509757"

LISTS = [
    {"shape": "list", "question": "Which patients got dex (dexamethasone, Decadron), alone or as part of a regimen?",
     "evidence": {
         "PMC11479900": "bortezomib 1.7 mg/ m2 d1 + dexamethasone 20 mg",
         "PMC11592073": "Our patient underwent 15 days of steroid therapy (dexamethasone iv 12 mg/day for 7 days",
         "PMC11621671": "Broad-spectrum antibiotics and dexamethasone were initiated for pachymeningitis",
         "PMC11631872": "Three cycles of GCHOP (gemcitabine, cyclophosphamide, epirubicin, vindesine and dexamethasone)",
         "PMC11635374": "She was treated with dexamethasone during surgery.",
         "PMC11646824": "the patient was already taking dexamethasone 8 mg when the symptoms appeared",
         "PMC11648237": "dexamethasone 10 mg IV QID for four days (first cycle)"},
     "rejected": {"PMC11469216": "only a high-dose dexamethasone suppression test (diagnostic), not treatment",
                  "PMC11620866": "dexamethasone only in a literature case (Coulombe et al.)"},
     "note": "searched dexamethasone, dexameth, Decadron, DXM, dexa; PMC11479900: the D-VCd regimen (also literature "
             "regimens in its discussion); PMC11631872: dexamethasone as part of GCHOP; PMC11635374: intraoperative dose, counted"},
    {"shape": "list", "question": "Which patients had a low platelet count (thrombocytopenia) at some point?",
     "evidence": {
         "PMC11469216": "platelet count of 95 x 103/L (reference range: 140 - 440x103)",
         "PMC11488400": "a reduced platelet count of 110 × 10^9/L",
         "PMC11503393": "thrombocytopenia at 24 k/mcL",
         "PMC11547072": "and platelets of 66 × 109/L",
         "PMC11595504": "platelet count of 114 K/uL",
         "PMC11608958": "platelet count was 43 × 109/L",
         "PMC11616425": "Thrombocytopenia (platelet count 24 × 10^9/L)",
         "PMC11625102": "thrombocytopenia with a platelet count of 95,000",
         "PMC11631872": "grade 2 thrombocytopenia, and neutropenia",
         "PMC11646791": "platelet count, PT-INR, and C-reactive protein (CRP) level were 10.4 g/dL, 124,000 cells",
         "PMC11648237": "Hgb 6.1 g/dL, MCV 85.9 fL, and platelets 15 × 103"},
     "rejected": {"PMC11446622": "thrombocytopenia only among dasatinib's reported adverse effects (discussion)",
                  "PMC11479900": "thrombocytopenia only as a risk of the D-VCd regimen (discussion)",
                  "PMC11620866": "normal platelet count of 185 × 109/L",
                  "PMC11539092": "platelet count 694, high (thrombocytosis)",
                  "PMC11497857": "mild thrombocytosis",
                  "PMC11608458": "platelets 456,000/µl, not low",
                  "PMC11492433": "platelet count within normal ranges",
                  "PMC11432800": "206,000 per microliter before PRP, normal",
                  "PMC11513667": "platelets 278,600, normal", "PMC11525151": "277,000, normal",
                  "PMC11535884": "401,000, normal", "PMC11550105": "163 K/uL, normal", "PMC11622295": "391 × 109/L, normal",
                  "PMC11646824": "311×103/μL, normal"},
     "note": "searched thrombocytopenia, thrombocytopenic, low platelet, platelet(s) with a value, PLT, thrombocyt; every "
             "platelet value read. PMC11646791: 124,000 cells/μL with no reference range and not called low in the text, "
             "counted as below the usual 150,000 lower limit (least certain); PMC11631872: grade 2 thrombocytopenia as an "
             "adverse event of treatment, counted"},
    {"shape": "list", "question": "Who had a spinal tap (LP / CSF analysis) at any point?",
     "evidence": {
         "PMC11366418": "Lumbar puncture was performed, and cerebrospinal fluid was sent for routine microscopic investigation",
         "PMC11462780": "CSF studies were unremarkable, and all blood investigations were within normal range.",
         "PMC11497857": "A lumbar puncture on day 3 showed a high nucleated cell count of 9",
         "PMC11506189": "cerebrospinal fluid examination was unremarkable",
         "PMC11509757": "oligoclonal bands in the cerebrospinal fluid",
         "PMC11522842": "A lumbar puncture was performed, and initial biochemical analysis suggested aseptic meningitis.",
         "PMC11539092": "CSF analysis showed normal protein and glucose levels",
         "PMC11549870": "lumbar puncture for tuberculosis, viruses, and India ink for cryptococcal infection",
         "PMC11570083": "Serial CSF analysis through lumbar tapping was performed",
         "PMC11570475": "a lumbar puncture was conducted, which revealed clear CSF rich in leukocytes",
         "PMC11585469": "A lumbar puncture was done, and the cytochemical study of cerebrospinal fluid was normal",
         "PMC11595504": "He underwent a lumbar puncture revealing the following",
         "PMC11602322": "Her CSF test showed elevated white cell count and positive oligoclonal bands.",
         "PMC11614507": "CSF studies showed mildly elevated protein at 54",
         "PMC11621671": "Cerebrospinal fluid (CSF) analysis showed a pH of 7.0",
         "PMC11647126": "Lumbar puncture was performed, which demonstrated elevated levels of 14-3-3 protein"},
     "rejected": {"PMC11592073": "lumbar puncture and blood patch judged too hazardous (scoliosis, anticoagulation); managed conservatively",
                  "PMC11509173": "a lumbar drain placed under anaesthesia to slacken the brain for surgery, not a diagnostic tap",
                  "PMC11579050": "external ventricular drain for CSF diversion, no lumbar puncture",
                  "PMC11447345": "CSF only in the discussion of hydrocephalus and spread",
                  "PMC11398847": "cerebrospinal fluid only in a literature prognosis statement"},
     "note": "searched lumbar puncture, lumbar tap(ping), spinal tap, LP, CSF, cerebrospinal/cerebral spinal fluid, "
             "oligoclonal; a CSF result implies a tap. PMC11509757: CSF oligoclonal bands at his MS diagnosis 13 years "
             "earlier, counted as the question says at any point; PMC11614507: taps at outside hospitals and CSF studies here"},
    {"shape": "list", "question": "Anyone on Synthroid (levothyroxine, thyroxine replacement)?",
     "evidence": {
         "PMC11434143": "had been taking 100 mg of Thyroxine",
         "PMC11546499": "the patient required adjustment of levothyroxine treatment",
         "PMC11635374": "levothyroxine, 100 mcg daily, for central adrenal insufficiency and central hypothyroidism"},
     "rejected": {"PMC11395475": "free thyroxine only as a lab value (hyperthyroidism)",
                  "PMC11624525": "thyroxine and free thyroxine only as lab values (hyperthyroidism)"},
     "note": "searched levothyroxine, thyroxine, Synthroid, Euthyrox, L-T4, LT4, thyroid hormone replacement"},
    {"shape": "list", "question": "Which patients got Fortaz (ceftazidime)?",
     "evidence": {
         "PMC11418098": "Intravenous ceftazidime was administered for the intensive phase of treatment.",
         "PMC11465958": "leading to a switch to intravenous ceftazidime 1 g",
         "PMC11608458": "Empirical treatment with IP ceftazidime and vancomycin was started"},
     "note": "searched ceftazidime, ceftaz, Fortaz, Tazicef; PMC11608458: intraperitoneal, changed after one day, counted "
             "(its discussion also names ceftazidime in a literature case and a susceptibility list)"},
    {"shape": "list", "question": "Who was given Zofran?",
     "evidence": {
         "PMC11439479": "was provided ondansetron with some relief of her symptoms",
         "PMC11488400": "Ondansetron 8mg IV BD -3/7 was given",
         "PMC11490280": "IV morphine and IV ondansetron were required",
         "PMC11509173": "temozolomide combined with 8 mg ondansetron were also prescribed"},
     "note": "searched ondansetron, ondans, Zofran, granisetron, metoclopramide, domperidone, promethazine, prochlorperazine, "
             "antiemetic; PMC11439479: given at an outside ED before this visit, counted"},
    {"shape": "list", "question": "Which patients were on a PPI like omeprazole or pantoprazole?",
     "evidence": {
         "PMC11420455": "proton pump inhibitor to inhibit gastric acid secretion",
         "PMC11595504": "He was taken off his proton pump inhibitor since absorption of itraconazole requires an acidic pH",
         "PMC11616425": "After treatment for pancreatitis with fasting, somatostatin, and proton pump inhibitors"},
     "rejected": {"PMC11550105": "told to avoid proton pump inhibitors for life",
                  "PMC11596290": "proton pump inhibitors only as a general fracture risk factor (discussion)",
                  "PMC11634049": "PPIs only recommended in the discussion",
                  "PMC11505654": "PPi there is inorganic pyrophosphate, not a proton pump inhibitor"},
     "note": "searched proton pump, PPI, -prazole, Nexium, Protonix, Prilosec, H2 blockers, famotidine, ranitidine; "
             "PMC11595504: on a PPI until it was stopped for itraconazole, counted"},
    {"shape": "list", "question": "Which patients were on a beta blocker?",
     "evidence": {
         "PMC11395475": "Bisoprolol 2.5 mg bid was initiated",
         "PMC11505654": "we introduced carvedilol (0.01 mg/kg/day) at 72 days of age",
         "PMC11539083": "Ocular hypertension was treated with acetazolamide IV 1500 mg/day and local B-blockers.",
         "PMC11596152": "nebivolol 5 mg once daily",
         "PMC11597933": "Despite the initiation of a treatment regimen with ß-blockers, calcitonin, pregabalin",
         "PMC11617126": "She was initiated on metoprolol at a dose of 40 mg twice daily.",
         "PMC11624525": "bed rest, fosinopril and metoprolol, high-dose vitamin C",
         "PMC11625102": "intravenous labetalol was initiated to control blood pressure",
         "PMC11635820": "a low-dose beta-blocker was initiated",
         "PMC11646979": "metoprolol succinate sustained-release 47.5 mg daily",
         "PMC11648763": "His blood pressure was maintained with tab labetalol below 140/90 mm hg."},
     "rejected": {"PMC11465705": "told to avoid beta-blockers (AV blocking agents)",
                  "PMC11506189": "beta-blockers only in the discussion of Takotsubo management"},
     "note": "searched beta-blocker, β-/ß-/B-blocker, -olol names (bisoprolol, metoprolol, carvedilol, propranolol, atenolol, "
             "nebivolol, labetalol, esmolol, sotalol, timolol), adrenergic blocker; PMC11539083: topical beta-blocker eye drops, "
             "counted (less certain); PMC11597933: tried before referral, counted"},
    {"shape": "count", "question": "How many patients received cisplatin?",
     "evidence": {
         "PMC11402139": "87.5 mg of cisplatin was selectively injected through the left and right facial arteries",
         "PMC11431636": "two cycles of capecitabine/cisplatin/durvalumab chemotherapy",
         "PMC11446496": "doxorubicin 75 mg, cisplatin 120 mg, ifosfamide 10 g, and methotrexate 8 g",
         "PMC11456881": "the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles",
         "PMC11488400": "Mesna 150 mg IV OD for 5 days and Cisplatin 7 mg IV OD for 5 days",
         "PMC11501102": "Two cycles of adjuvant cisplatin and vinorelbine were started in January 2021",
         "PMC11532939": "three cycles of cisplatin and ifosfamide at two-week intervals",
         "PMC11573236": "chemotherapy with cisplatin, bleomycin, vincristine, and thymosin immunotherapy",
         "PMC11574702": "concurrent chemoradiotherapy (CCRT) with 6-week cisplatin (50 mg/m2)",
         "PMC11628523": "taxol (175 mg/m²) on day 1, cisplatin (60 mg/m²) on day 1"},
     "rejected": {"PMC11483286": "weekly cisplatin was the guideline option, avoided because of her kidney transplant (surgery chosen)"},
     "note": "searched cisplatin, platinum, Platinol, BEP, PEB, DDP, TP regimen; carboplatin is another drug and not counted; "
             "PMC11488400: cisplatin in the second-line regimen (BEP only in its discussion); PMC11628523: the recommended "
             "regimen, given (chemotherapy and radiotherapy 'all finished')"},
    {"shape": "count", "question": "How many patients had a BAL (bronchoalveolar lavage)?",
     "evidence": {
         "PMC11509757": "a second BAL was performed which was positive for SARS-CoV-2 RNA",
         "PMC11547072": "microbiological study in bronchoalveolar lavage",
         "PMC11551029": "was detected in his bronchoalveolar lavage fluid and oropharyngeal swabs",
         "PMC11608958": "bronchoalveolar lavage fluid (BALF) and peripheral blood by the metagenomic"},
     "rejected": {"PMC11427117": "bronchoscopy without lavage (bullet search)",
                  "PMC11469216": "bronchoscopy with EBUS for the diagnosis, no lavage",
                  "PMC11596152": "bronchoscopy in infancy showing immobile cilia, no lavage reported",
                  "PMC11501102": "invasive bronchoscopy deliberately not pursued",
                  "PMC11617203": "a bronchoscope washer in a literature case",
                  "PMC11622295": "bronchoalveolar lavage only in the discussion",
                  "PMC11565536": "pulsed lavage of the uterine cavity, not bronchial"},
     "note": "searched bronchoalveolar, BAL, BALF, lavage, bronchial wash, bronchoscopy; PMC11509757 had two BALs"},
    {"shape": "count", "question": "How many patients were on a calcium channel blocker such as amlodipine or nifedipine?",
     "evidence": {
         "PMC11505654": "we initiated treatment with nifedipine because the hypertension persisted",
         "PMC11593014": "40 mg of olmesartan and 20 mg of nifedipine were administered",
         "PMC11596152": "amlodipine 10 mg once daily"},
     "rejected": {"PMC11479900": "amlodipine in a literature case (case report 8)",
                  "PMC11465705": "told to avoid non-dihydropyridine calcium channel blockers"},
     "note": "searched amlodipine, nifedipine, diltiazem, verapamil, nicardipine, felodipine, calcium channel/antagonist, dihydropyridine"},
    {"shape": "count", "question": "How many patients had a colonoscopy, either now or in the past?",
     "evidence": {
         "PMC11396497": "A colonoscopy was ordered, which confirmed this conclusion.",
         "PMC11431636": "last colonoscopy 5 years ago",
         "PMC11497857": "Prior surgical history was notable for hernia surgery, colonoscopy, and lipoma removal",
         "PMC11594283": "examination via gastroduodenoscopy and colonoscopy",
         "PMC11614595": "On the basis of clinical evaluation and ileo-colonoscopy findings"},
     "rejected": {"PMC11573436": "colonoscopy only recommended for follow-up and described in the discussion"},
     "note": "searched colonoscopy, ileo-colonoscopy, sigmoidoscopy; PMC11431636 and PMC11497857: past colonoscopies, counted "
             "as the question allows the past; PMC11396497: the second of its two patients"},
]

YESNO = [
    {"case": ENDO, "question": "Did the 41-year-old man with brain abscesses and culture-negative endocarditis end up needing a brain biopsy?",
     "expected": "no", "evidence": "the positive cfDNA test prevented the need for brain biopsy in this case"},
    {"case": NEC, "question": "Did the 63-year-old smoker with cauda equina syndrome from lung NEC get a PET-CT while inpatient?",
     "expected": "no", "evidence": "This patient did not receive a PET scan during his hospital admission"},
    {"case": GACI, "question": "Was the preemie with generalized arterial calcification sent home on aspirin?",
     "expected": "yes",
     "evidence": "She was discharged to home 6 months after birth on diuretics, aspirin, antihypertensive medications, and etidronate medications."},
    {"case": OCRE, "question": "Did the young man with MS on Ocrevus need the ICU or intubation for his COVID pneumonia?",
     "expected": "not_reported", "search_regex": r"intensive care|\bICU\b|intubat|mechanical(ly)? ventilat|ventilator",
     "note": "the report says low-flow oxygen therapy and a three-week admission; no ICU stay or ventilation is mentioned"},
]

LOOKUPS = [
    {"case": BURK, "question": "What was the EF on echo in the 53-year-old farmer with tamponade from Burkholderia?",
     "answer": "62.8%", "evidence": "Ejection fraction was 62.8%."},
    {"case": BURK, "question": "How much pericardial fluid did they find at surgery in the farmer with B. thailandensis?",
     "answer": "approximately 200 mL",
     "evidence": "Intra-operatively, thickened pericardium was observed with approximately 200 mL of clear yellow pericardial effusion.",
     "alternatives": [{"answer": "200 mL", "evidence": "Thickened pericardium, 200 mL of clear yellow pericardial effusion"}]},
    {"case": BURK, "question": "How long in total was the melioidosis farmer kept on Bactrim?",
     "answer": "a total of 20 weeks",
     "evidence": "maintain the patient on trimethoprim/sulfamethoxazole for a total of 20 weeks as a maintenance therapy",
     "alternatives": [{"answer": "20 weeks maintenance therapy", "evidence": "(20 weeks maintenance therapy)"}]},
    {"case": BURK, "question": "What was the CRP or procalcitonin in the farmer with mediastinal melioidosis?",
     "answer": None, "search_regex": r"CRP|C-reactive|procalcitonin|sedimentation|\bESR\b"},
    {"case": ENDO, "question": "How big was the tricuspid vegetation on TTE in the 41-year-old with brain abscesses?",
     "answer": "1.7 cm x 0.4 cm", "evidence": "a mobile 1.7 cm x 0.4 cm echo density attached to tricuspid valve"},
    {"case": ENDO, "question": "On which hospital day did the man with culture-negative endocarditis actually go home?",
     "answer": "hospital day 18", "evidence": "The patient was discharged on hospital day 18"},
    {"case": ENDO, "question": "Which bug did the Karius cfDNA test pick up in the man with endocarditis and brain abscesses?",
     "answer": "Streptococcus intermedius",
     "evidence": "the Karius test identified a Streptococcus intermedius infection from the anginosus/milleri group",
     "alternatives": [{"answer": "Streptococcus intermedius", "evidence": "a rare case of Streptococcus intermedius endocarditis"},
                      {"answer": "Streptococcus intermedius", "evidence": "the Karius test returned a result of Streptococcus intermedius"},
                      {"answer": "Streptococcus intermedius", "evidence": "Detected **Streptococcus intermedius**"}]},
    {"case": NEC, "question": "What was biopsied to make the diagnosis in the man with cauda equina syndrome from lung NEC?",
     "answer": "supraclavicular lymph node biopsy",
     "evidence": "was retrieved via supraclavicular lymph node biopsy, and a pathological diagnosis of metastatic neuroendocrine carcinoma",
     "alternatives": [{"answer": "supraclavicular lymph node biopsy",
                       "evidence": "was confirmed following a supraclavicular lymph node biopsy"}]},
    {"case": NEC, "question": "What stage was the neuroendocrine lung carcinoma in the 63-year-old with CES?",
     "answer": "Stage IVB, T1c, N3, and M1c", "evidence": "the malignant NEC was labeled Stage IVB, T1c, N3, and M1c.",
     "alternatives": [{"answer": "Stage IVB, T1c, N3, M1c", "evidence": "**Staging:** Stage IVB, T1c, N3, M1c."}]},
    {"case": NEC, "question": "Which virus did the man with metastatic lung NEC catch during his 18-day admission?",
     "answer": "respiratory syncytial virus (RSV)", "evidence": "complicated by an illness with respiratory syncytial virus (RSV)"},
    {"case": GACI, "question": "What was the serum pyrophosphate in the preterm girl with GACI?",
     "answer": "0.11 µM", "evidence": "The patient had a low serum PPi concentration of 0.11 µM",
     "alternatives": [{"answer": "0.11 µM", "evidence": "Confirmed low serum PPi concentration (0.11 µM"}]},
    {"case": GACI, "question": "What did the 30-weeker with arterial calcification weigh at birth?",
     "answer": "1804 g", "evidence": "The patient was born with a birth weight of 1804 g.",
     "alternatives": [{"answer": "1804 g", "evidence": "birth weight 1804 g"}]},
    {"case": GACI, "question": "What carvedilol dose was the GACI baby started on for heart failure?",
     "answer": "0.01 mg/kg/day", "evidence": "we introduced carvedilol (0.01 mg/kg/day) at 72 days of age"},
    {"case": GACI, "question": "What was the hemoglobin of the preemie with generalized arterial calcification of infancy?",
     "answer": None, "search_regex": r"platelet|hemoglobin|haemoglobin|\bHb\b|transfus|anemi|anaemi"},
    {"case": OCRE, "question": "How low did the neutrophils go a month after the sixth ocrelizumab dose in the 35-year-old with MS?",
     "answer": "520 cells/mm3", "evidence": "grade III neutropenia (520 cells/mm3)"},
    {"case": OCRE, "question": "Which S1P modulator was the MS patient moved to after stopping Ocrevus?",
     "answer": "ponesimod",
     "evidence": "the patient was switched as a de-risking strategy to the sphingosine 1-phosphate receptor modulator (i-mod) ponesimod",
     "alternatives": [{"answer": "ponesimod", "evidence": "After an 8-month wash-out period, ponesimod was reintroduced as a de-risking strategy."}]},
]

SEQUENCES = [
    {"case": BURK, "question": "What did they do right after the echo showed tamponade in the farmer with mediastinal melioidosis?",
     "answer": "emergency surgical intervention was carried out",
     "evidence": "Following the echocardiography findings indicative of cardiac tamponade, emergency surgical intervention was carried out on the patient.",
     "alternatives": [{"answer": "medial sternotomy with pericardiectomy, pericardial window creation, drainage of pericardial effusion",
                       "evidence": "The operation included medial sternotomy with pericardiectomy, pericardial window creation, drainage of pericardial effusion"},
                      {"answer": "Emergency pericardiectomy", "evidence": "Treatment: Emergency pericardiectomy"}]},
    {"case": BURK, "question": "After the IV ceftazidime phase, what was the farmer with B. thailandensis discharged on?",
     "answer": "oral trimethoprim/sulfamethoxazole (400/80) at a dosage of 3 tablets every 12 hours",
     "evidence": "was discharged on oral trimethoprim/sulfamethoxazole (400/80) at a dosage of 3 tablets every 12 hours",
     "alternatives": [{"answer": "transitioned to oral trimethoprim-sulfamethoxazole",
                       "evidence": "transitioned to oral trimethoprim-sulfamethoxazole (20 weeks maintenance therapy)"}]},
    {"case": ENDO, "question": "On day 2, what did ID swap the pip-tazo for in the man with brain abscesses?",
     "answer": "starting IV cefepime and IV metronidazole",
     "evidence": "recommended discontinuing piperacillin/tazobactam, continuing empiric vancomycin, starting IV cefepime and IV metronidazole"},
    {"case": ENDO, "question": "Once the Karius result came back, how was the endocarditis patient's antibiotic plan changed?",
     "answer": "continue ceftriaxone and discontinue oral metronidazole",
     "evidence": "The patient was contacted and instructed to continue ceftriaxone and discontinue oral metronidazole."},
    {"case": NEC, "question": "After the CT showed the sacral metastasis, what imaging came next in the man with cauda equina syndrome?",
     "answer": "magnetic resonance imaging (MRI) of the abdomen and pelvis",
     "evidence": "Due to this finding, magnetic resonance imaging (MRI) of the abdomen and pelvis was then obtained."},
    {"case": GACI, "question": "When carperitide didn't bring the blood pressure down, what was tried next in the GACI preemie?",
     "answer": "nitroglycerin", "evidence": "From 7 days of age, nitroglycerin was administered at a starting dose"},
    {"case": GACI, "question": "After pamidronate improved her EF but the hypertension persisted, what was started in the baby with GACI?",
     "answer": "nifedipine", "evidence": "we initiated treatment with nifedipine because the hypertension persisted"},
    {"case": OCRE, "question": "Once the second BAL came back positive for SARS-CoV-2, what was the man with MS treated with?",
     "answer": "antiviral therapy (Nirmatrelvir/Ritonavir and Remdesivir)",
     "evidence": "The patient was then treated with antiviral therapy (Nirmatrelvir/Ritonavir and Remdesivir)"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, []), "ua8", OUT))
