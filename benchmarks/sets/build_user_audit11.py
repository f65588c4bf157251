"""Write ``benchmarks/sets/user_audit11.jsonl``: an eleventh blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, brand names, drug classes, bare abbreviations, lay words).

Written on 2026-11-27 by helper-audit11 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to it was seen. The second of two sets
written at the same time: this one's list/count subjects are drugs, drug classes and procedures
(the other set's are diagnoses, findings and labs), all other than those of ``user_audit1.jsonl``
.. ``user_audit10.jsonl``; its 30 one-case questions use 5 cases whose PMCID ends in an even digit
and that no earlier set asks a one-case question about. Mix: list 8, count 4, compare 6 (3 naming
two patients by a description, 3 over a kind of patient), yes/no 12 (yes 4, reported as absent 4,
never mentioned 4), lookup 12 (2 the case does not answer), sequence 6.
List/count gold = every case whose patient had it (grep over all documents, synonyms, brand names,
class members and abbreviations included, each hit read; drugs or procedures only in the
discussion, the literature, a list of options or advice, drugs left unnamed ("antiepileptic
medication"), procedures only suggested or considered, and look-alike words such as a SOX10 stain
or a "bullet embolism" in ``rejected`` with why). Compare gold = every case of the named kind.
Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a
span is missing or ambiguous).

    python benchmarks/sets/build_user_audit11.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit11.jsonl"

TB, PFV, POLAND, EPT, PERONEAL = "PMC11453286", "PMC11558034", "PMC11570410", "PMC11491600", "PMC11489928"

LISTS = [
    {"shape": "list", "question": "Who was put on prednisone or prednisolone (not counting IV methylprednisolone, Solu-Medrol)?",
     "evidence": {
         "PMC11395475": "Treatment with prednisolone was initiated",
         "PMC11461041": "prednisone 40 mg orally for 14 days",
         "PMC11490213": "Prior systemic treatments included oral steroids (prednisone 0.5 mg/kg/day tapered over 6 weeks)",
         "PMC11501102": "A 5-week taper of 50 mg prednisone (10 mg reduction per week) was initiated for pneumonitis",
         "PMC11510521": "60 mg of oral prednisolone were administered",
         "PMC11513519": "followed by a low dose of 40 mg/day divided dose of prednisolone, which was tapered off gradually",
         "PMC11522842": "He was continued on oral steroids (prednisolone 10 mg once daily).",
         "PMC11539083": "The patient was discharged from hospital with amoxicillin/acid clavulanic and prednisone.",
         "PMC11585469": "The treatment was then followed by prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month).",
         "PMC11608458": "She was kept on low dose prednisolone (5 mg) as per our centre protocol",
         "PMC11614595": "The prednisone dosage was adjusted to 1.5 mg/kg/day",
         "PMC11622295": "initiated a treatment plan involving oral Prednisolone only and stopped all other antimicrobials",
         "PMC11631872": "lenalidomide at 10 mg daily (for 21 days of a 28-day cycle) in combination with prednisone at 20 mg daily",
         "PMC11648237": "initiated on oral prednisolone 50 mg daily"},
     "rejected": {"PMC11439622": "IV methylprednisolone only; prednisone only in a guideline dose (discussion)",
                  "PMC11509864": "methylprednisolone only", "PMC11551029": "methylprednisolone pulse only",
                  "PMC11570475": "IV methylprednisolone only", "PMC11602322": "methylprednisolone only",
                  "PMC11620866": "IV methylprednisolone; prednisolone only in literature children with SJS/TEN",
                  "PMC11592073": "prednisone/prednisolone only in the pharmacology review and literature patients",
                  "PMC11512710": "'oral steroidal anti-inflammatory medication' for rheumatoid arthritis, unnamed"},
     "note": "searched prednisone, prednisolone (incl. methylprednisolone hits, each read), Deltasone, Orapred, Wysolone, Omnacortil, "
             "oral steroid, oral corticosteroid, steroid taper, CHOP, CVP; PMC11490213: prednisone before the reported treatment, "
             "counted; PMC11631872: CHOP and later lenalidomide with prednisone; PMC11510521 also had prednisolone eye drops"},
    {"shape": "list", "question": "Who was on an anti-seizure drug other than Keppra, such as valproate (Depakote), lamotrigine, phenobarbital or lacosamide?",
     "evidence": {
         "PMC11413548": "requiring polypharmacy (levitiracetam, valproate, clobazam, vigabatrin)",
         "PMC11416184": "she was on tablet oxcarbazepine 300 mg once daily for a neuropsychiatric illness",
         "PMC11546045": "he was taking combined doses of lamotrigine and valproate as prescribed by his neurologist",
         "PMC11595896": "as well as levetiracetam and divalproex sodium for epilepsy treatment",
         "PMC11614507": "the patient was subsequently started on lacosamide followed by levetiracetam later in her course",
         "PMC11617126": "for which she was on phenobarbital 60 mg twice daily and levetiracetam 500 mg three times daily"},
     "rejected": {"PMC11462780": "'antiepileptic medication', unnamed",
                  "PMC11469216": "'multiple anti-epileptic medications', unnamed",
                  "PMC11395317": "levetiracetam only", "PMC11438519": "levetiracetam only; lorazepam for depression/catatonia, not for seizures",
                  "PMC11461041": "phenytoin only as a literature cause of erythroderma",
                  "PMC11620866": "carbamazepine and phenobarbitone only as causes of SJS in literature patients",
                  "PMC11631590": "phenobarbital only in the literature on rodenticide poisoning"},
     "note": "searched phenytoin, fosphenytoin, valproate/valproic/divalproex/Depakote, carbamazepine, oxcarbazepine, lamotrigine, lacosamide, "
             "phenobarbital, topiramate, clobazam, clonazepam, vigabatrin, zonisamide, brivaracetam, perampanel, ethosuximide, "
             "diazepam, lorazepam, antiepileptic, anticonvulsant, anti-seizure, AED; PMC11416184: oxcarbazepine for a neuropsychiatric "
             "illness, counted (the question asks about the drug)"},
    {"shape": "list", "question": "Which patients got 5-FU or an oral fluoropyrimidine such as capecitabine (Xeloda) or S-1?",
     "evidence": {
         "PMC11431636": "two cycles of capecitabine/cisplatin/durvalumab chemotherapy",
         "PMC11456881": "the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles",
         "PMC11459113": "receiving Oxaliplatin 100 mg, Leucovorin 600 mg, and Florocid (5-FU)",
         "PMC11574702": "she received neoadjuvant chemotherapy with tegafur-gimeracil-oteracil potassium 40 mg/day for 2 weeks",
         "PMC11635829": "was started on oral capecitabine and letrozole",
         "PMC11645528": "The patient commenced capecitabine/temozolomide"},
     "rejected": {"PMC11470589": "'sox 10' is an immunostain (look-alike of SOX/S-1)"},
     "note": "searched fluorouracil, 5-FU, 5FU, capecitabine, Xeloda, tegafur, S-1, TS-1, FOLFOX, FOLFIRI, FOLFIRINOX, XELOX, CAPOX, SOX, "
             "fluoropyrimidine, C5VD; PMC11459113's FOLFIRINOX mention is discussion, its patient got oxaliplatin/leucovorin/5-FU"},
    {"shape": "list", "question": "Which patients had an embolization procedure (TACE, Y-90 radioembolization, or a vessel such as the uterine arteries embolized)?",
     "evidence": {
         "PMC11431636": "Selective internal radiation therapy (SIRT) with Yttrium-90 microspheres (Theraspheres®) was performed",
         "PMC11570109": "the patient underwent adjuvant chemotherapy, and TACE was employed to prevent HCC progression",
         "PMC11594283": "a pulmonary AVM which was embolized in 2005 and 2022",
         "PMC11608042": "the patient underwent a second Transarterial Chemoembolization (TACE) procedure",
         "PMC11618002": "leading to embolization of both uterine arteries",
         "PMC11626642": "managed by embolizing the right lingual artery",
         "PMC11632487": "She then underwent CT-guided biopsy and embolization before definitive surgery"},
     "rejected": {"PMC11645528": "'referred for consideration of SIRTEX treatment', not done in the report",
                  "PMC11540479": "coil/glue embolization only in literature cases of CCF",
                  "PMC11355863": "embolization only among options for lymphatic leak",
                  "PMC11364916": "embolisation only among options for hemangioma",
                  "PMC11378089": "chemoembolization only in the literature", "PMC11646979": "coil embolization only in a literature case",
                  "PMC11427117": "'bullet embolism' (look-alike)", "PMC11647062": "septic embolization, a complication of endocarditis"},
     "note": "searched emboliz/embolis, chemoembolization, TACE, TARE, SIRT, radioembolization, Y-90, coil; pulmonary embolism, "
             "thromboembolism and air embolism hits read and left out; PMC11594283: pulmonary AVM embolized in the past, counted; "
             "PMC11431636: SIRT (Y-90 radioembolization), counted"},
    {"shape": "list", "question": "Who got cyclosporine (ciclosporin, Neoral, CsA)?",
     "evidence": {
         "PMC11490213": "and cyclosporine (3 mg/kg/day for 4 months)",
         "PMC11509864": "cyclosporine pulse therapy was escalated from 500 to 1000 mg",
         "PMC11585469": "The patient received azathioprine and cyclosporine for 5 years ago for Behçet disease.",
         "PMC11614595": "despite sequential treatments with MMF, cyclosporine A (CsA), CTX, tacrolimus, and prednisolone",
         "PMC11620866": "Oral cyclosporin A at 3 mg/kg/day was added on day 3 of hospitalisation"},
     "rejected": {"PMC11648237": "ciclosporin A among second-line treatments that 'were not employed'",
                  "PMC11608458": "transplant immunosuppression was tacrolimus, steroids and mycophenolate, no cyclosporine"},
     "note": "searched cyclosporin(e), ciclosporin, CsA, Neoral, Sandimmun(e), calcineurin inhibitor; PMC11490213, PMC11585469 "
             "and PMC11614595: cyclosporine before the reported episode, counted; PMC11620866: literature children also got it"},
    {"shape": "list", "question": "Who had their gallbladder taken out (cholecystectomy)?",
     "evidence": {
         "PMC11459113": "Cholecystectomy was then performed",
         "PMC11491600": "The patient underwent an elective laparoscopic cholecystectomy.",
         "PMC11525151": "Three months later, he underwent a cholecystectomy with closure of the cholecysto-duodenal fistula.",
         "PMC11570109": "porta hepatis lymph node dissection, and cholecystectomy",
         "PMC11594283": "A laparoscopic cholecystectomy was performed"},
     "rejected": {"PMC11646791": "cholecystectomy only in the background on laparoscopic surgery",
                  "PMC11541951": "Whipple procedure for a pancreatic teratoma; removal of the gallbladder is not stated"},
     "note": "searched cholecystectomy, cholecystostomy, gallbladder removed; PMC11459113: cholecystectomy during the Whipple procedure"},
    {"shape": "list", "question": "Who had a fine-needle aspiration or fine-needle biopsy (FNA, FNAC, EUS-FNB)?",
     "evidence": {
         "PMC11342857": "endoscopic ultrasound-guided fine needle biopsy (EUS-FNB) were performed",
         "PMC11402115": "Fine needle aspiration of the swelling was inconclusive",
         "PMC11439974": "A USG-guided FNAC was done.",
         "PMC11447576": "Fine-needle aspiration cytology (FNAC) was performed to investigate further",
         "PMC11453286": "FNAC of the thyroid gland revealed necrotizing epithelioid granulomatous inflammation",
         "PMC11456792": "prompting an endoscopic ultrasound-guided fine needle aspiration",
         "PMC11459453": "Fine needle aspiration of the right hilar lymph node proved the diagnosis of metastatic SCC.",
         "PMC11470198": "a CT-guided fine needle aspiration biopsy (FNAB) of the renal cyst was performed",
         "PMC11570781": "Fine needle aspiration cytology (FNAC) of the thigh mass confirmed squamous cell metastasis."},
     "rejected": {"PMC11456814": "parotid MALT lymphoma: thoracoscopic biopsy of the mediastinal mass, no fine-needle sampling",
                  "PMC11370703": "USG-guided aspiration of a Morel-Lavallée lesion only suggested (and a drainage, not FNA)",
                  "PMC11635708": "TRUS-guided aspiration and drainage only planned",
                  "PMC11546046": "bone marrow aspirated for a concentrate, not a fine-needle sampling"},
     "note": "searched fine-needle/fine needle, FNA, FNAC, FNAB, FNB, EUS-FNA, needle aspiration, aspiration cytology, guided aspiration; PMC11453286: "
             "both patients had FNAC"},
    {"shape": "list", "question": "Which patients needed an inotrope such as dobutamine, milrinone or levosimendan (not plain vasopressors like noradrenaline)?",
     "evidence": {
         "PMC11420455": "levosimendan was administered to augment myocardial contractility",
         "PMC11429645": "Including dopamine and norepinephrine to maintain blood pressure stability",
         "PMC11505654": "We started treatment with continuous intravenous dobutamine and intravenous furosemide",
         "PMC11506189": "Hemodynamic support was initially provided with a dobutamine infusion",
         "PMC11551029": "he was started on an infusion of epinephrine and dobutamine",
         "PMC11635820": "inotropes were discontinued"},
     "rejected": {"PMC11617126": "a phenylephrine bolus (vasopressor); adrenaline, vasopressin etc. only kept ready",
                  "PMC11439622": "'pressor support' for septic shock, not an inotrope",
                  "PMC11465958": "'vasopressor support', unnamed", "PMC11645528": "'vasopressor support', unnamed",
                  "PMC11414482": "noradrenaline only", "PMC11395475": "'inotropic effects' of phospholamban (discussion)",
                  "PMC11635374": "'Dopamine agonist' (discussion, a drug class for gigantism)",
                  "PMC11624525": "fulminant myocarditis without any inotrope named",
                  "PMC11465705": "isoproterenol only as a challenge during an EP study; digoxin only in advice to avoid AV-blocking agents"},
     "note": "searched dobutamine, dopamine, milrinone, olprinone, levosimendan, inotrope/inotropic, epinephrine/adrenaline (each hit read: "
             "local anaesthetic additives and endoscopic injection left out), vasopressin, phenylephrine, isoproterenol, digoxin, vasopressor, catecholamine; "
             "PMC11635820: 'inotropes' after bypass surgery, class named, counted; PMC11429645: dopamine infusion in the ICU, counted"},
    {"shape": "count", "question": "How many patients were on an ACE inhibitor or an ARB (lisinopril, losartan, irbesartan and the like)?",
     "evidence": {
         "PMC11395475": "well controlled with Irbesartan 75 mg daily",
         "PMC11593014": "For hypertension, 40 mg of olmesartan and 20 mg of nifedipine were administered."},
     "rejected": {"PMC11479900": "ramipril and valsartan only in literature patients with PGNMID",
                  "PMC11550105": "ACE inhibitors only in advice to avoid them for life",
                  "PMC11414482": "a '9-component maximal drug regimen (Table 1)'; no ACE inhibitor or ARB named in the text",
                  "PMC11411574": "renin-angiotensin system only in the physiology of NSAIDs (discussion)"},
     "note": "searched lisinopril, enalapril, ramipril, captopril, perindopril, losartan, valsartan, irbesartan, telmisartan, olmesartan, "
             "candesartan, sacubitril/Entresto, ACE inhibitor, ARB, angiotensin, antihypertensive"},
    {"shape": "count", "question": "How many patients got a macrolide (azithromycin/Zithromax, clarithromycin or erythromycin), by mouth, IV or as an eye ointment?",
     "evidence": {
         "PMC11497857": "He was prescribed cefuroxime and azithromycin",
         "PMC11509492": "erythromycin 0.5% ointment",
         "PMC11617203": "Treatment with clarithromycin (500 mg twice a day, orally)"},
     "rejected": {"PMC11396144": "erythromycin only in a literature myiasis case"},
     "note": "searched azithromycin, clarithromycin, erythromycin, roxithromycin, macrolide, Zithromax, Z-pak, Biaxin; "
             "PMC11509492: erythromycin eye ointment at discharge, counted (the question includes eye ointment)"},
    {"shape": "count", "question": "How many patients had a stem cell transplant (ASCT or allogeneic HSCT)?",
     "evidence": {"PMC11631872": "BEAM (carmustine, etoposide, cytarabine, and melphalan)-conditioned ASCT in June 2014"},
     "rejected": {"PMC11479900": "ASCT only in three literature patients with PGNMID",
                  "seed-blinatumomab-all": "transplantation only as the drug's 'bridge' role in the conclusion; not done",
                  "PMC11506781": "bone marrow transplantation only as a rare literature treatment of neonatal diabetes",
                  "PMC11546046": "bone marrow concentrate for a non-union, not a transplant",
                  "PMC11432800": "autologous fat graft, not a stem cell transplant"},
     "note": "searched stem cell transplant, HSCT, ASCT, auto-/allo-SCT, bone marrow transplant, hematopoietic, autologous, allogeneic, "
             "conditioning, engraftment, cord blood"},
    {"shape": "count", "question": "How many patients had an amputation (finger, foot or limb), now or in the past?",
     "evidence": {
         "PMC11446496": "the patient underwent a ray amputation of the left fourth finger",
         "PMC11570446": "Bilateral foot amputation at age 9"},
     "rejected": {"PMC11595770": "amputation suggested elsewhere; microsurgical reconstruction done instead",
                  "PMC11546007": "amputation only as what a badly managed degloving injury can end in; the hand was salvaged",
                  "PMC11573236": "partial penile amputation only in the literature",
                  "PMC11629481": "amputation rates only in the background on limb ischemia"},
     "note": "searched amputation/amputated, disarticulation, ray resection"},
]

YESNO = [
    {"case": TB, "question": "Was the 40-year-old man with thyroid and disseminated TB anaemic?",
     "expected": "yes", "evidence": "The routine blood investigations revealed that the patient was anemic with hemoglobin 7.6 gm/dl"},
    {"case": TB, "question": "Did the 9-year-old boy with tuberculous neck nodes react to the Mantoux (tuberculin skin) test?",
     "expected": "no", "evidence": "The Mantoux test showed no induration."},
    {"case": TB, "question": "Was the 40-year-old man with disseminated tuberculosis involving the thyroid tested for HIV?",
     "expected": "not_reported", "search_regex": r"HIV|human immunodeficiency|retrovir|ELISA"},
    {"case": PFV, "question": "Did the 4-year-old boy with persistent fetal vasculature (PHPV) have a retinal detachment?",
     "expected": "yes", "evidence": "a fundoscopic examination revealed retinal detachment accompanied by a whitish lesion"},
    {"case": PFV, "question": "Did either child with persistent primary vitreous have genetic testing?",
     "expected": "not_reported", "search_regex": r"genetic (test|analys)|karyotyp|exome|genome|chromosom|\bgenes?\b|mutation|DNA",
     "note": "'genetic' appears only in the family history ('no known ocular anomalies or genetic conditions') and the discussion"},
    {"case": POLAND, "question": "On CT, was the 25-year-old man with Poland syndrome missing breast tissue on the right?",
     "expected": "yes", "evidence": "absence of right breast tissue"},
    {"case": POLAND, "question": "Did the young man with right-sided Poland syndrome have webbed fingers (syndactyly)?",
     "expected": "no", "evidence": "There were no any hand and limb abnormalities like shortened finger digits, webbed fingers"},
    {"case": POLAND, "question": "Did the 25-year-old with Poland syndrome have an echocardiogram?",
     "expected": "not_reported", "search_regex": r"echocardiog|\bECHO\b|cardiac ultrasound|heart ultrasound"},
    {"case": EPT, "question": "Did the ectopic pancreatic tissue in the 37-year-old woman's gallbladder show malignant change?",
     "expected": "no", "evidence": "There was no evidence of dysplasia or malignant transformation in the analyzed sections."},
    {"case": EPT, "question": "Did the woman with biliary colic and ectopic pancreas in the gallbladder have an MRCP before surgery?",
     "expected": "not_reported", "search_regex": r"MRCP|magnetic resonance|\bMRI\b|cholangiopancreatograph|ERCP"},
    {"case": PERONEAL, "question": "Was the 32-year-old surgeon with lateral ankle pain told to take NSAIDs?",
     "expected": "yes", "evidence": "was advised to rest and take non-steroidal anti-inflammatory drugs (NSAIDs)"},
    {"case": PERONEAL, "question": "Did the surgeon with peroneal tendinopathy have a complete ACL tear on MRI?",
     "expected": "no", "evidence": "The MRI revealed an anterior cruciate ligament (ACL) sprain, indicating ligamentous stress without a complete tear"},
]

LOOKUPS = [
    {"case": TB, "question": "How long was the continuation phase of anti-TB treatment for the 40-year-old man with disseminated TB?",
     "answer": "12 months", "evidence": "followed by 12 months of the continuous phase"},
    {"case": TB, "question": "How big was the neck swelling of the 9-year-old boy with thyroid TB on examination?",
     "answer": "3 x 3 x 1 cm", "evidence": "there was a swelling of size 3 x 3 x 1 cm on the left side of the neck",
     "alternatives": [{"answer": "3 x 3 x 1 cm", "evidence": "3 x 3 x 1 cm tender swelling on the left neck"}]},
    {"case": PFV, "question": "On which side of the family was there amblyopia, in the 4-year-old with persistent fetal vasculature?",
     "answer": "paternal side", "evidence": "Family history was significant for amblyopia on the paternal side",
     "alternatives": [{"answer": "paternal side", "evidence": "Positive for amblyopia on the paternal side"}]},
    {"case": PFV, "question": "What brought the 3-month-old with persistent primary vitreous to the clinic?",
     "answer": "persistent leukocoria and corneal oedema observed in the left eye since birth",
     "evidence": "due to concerns about persistent leukocoria and corneal oedema observed in the left eye since birth",
     "alternatives": [{"answer": "Persistent leukocoria and corneal edema in the left eye since birth",
                       "evidence": "Persistent leukocoria and corneal edema in the left eye since birth"}]},
    {"case": PFV, "question": "What was the measured visual acuity (e.g. 20/200) of the 4-year-old's affected eye?",
     "answer": None, "search_regex": r"20/\d|6/\d|logMAR|Snellen|counting fingers|hand motion|light perception|visual acuity of|acuity was",
     "note": "the record says only 'a significant reduction in vision in the affected eye', with no value"},
    {"case": POLAND, "question": "Which ribs were underdeveloped in the man with Poland syndrome?",
     "answer": "right second and third rib", "evidence": "Anterior aspect of right second and third rib was hypoplastic"},
    {"case": POLAND, "question": "What type of Poland syndrome did the authors call the 25-year-old's case?",
     "answer": "Type 2b", "evidence": "Ours was a case of Type 2b variant of PS with pectoral muscle defect and rib anomaly."},
    {"case": EPT, "question": "How big was the ectopic pancreatic nodule in the 37-year-old woman's gallbladder wall?",
     "answer": "1 cm", "evidence": "the presence of a 1 cm focal nodule in the GB wall compatible with ectopic pancreatic parenchyma",
     "alternatives": [{"answer": "1 cm", "evidence": "a 1 cm focal nodule in the GB wall identified as ectopic pancreatic parenchyma"}]},
    {"case": EPT, "question": "Which type of ectopic pancreas (Heinrich classification as modified by Gaspar Fuentes) was the woman's gallbladder nodule?",
     "answer": "type II", "evidence": "This case corresponds to a type II EPT."},
    {"case": PERONEAL, "question": "On what date did the 32-year-old surgeon's ankle pain begin?",
     "answer": "January 4, 2024", "evidence": "The pain began insidiously on January 4, 2024.",
     "alternatives": [{"answer": "January 4, 2024", "evidence": "Gradual onset of lateral ankle pain beginning January 4, 2024"}]},
    {"case": PERONEAL, "question": "When was the knee MRI of the surgeon with peroneal tendinopathy done?",
     "answer": "June 13, 2024", "evidence": "where he underwent an MRI examination on June 13, 2024",
     "alternatives": [{"answer": "June 13, 2024", "evidence": "MRI on June 13, 2024, revealed accompanying knee pathologies"}]},
    {"case": PERONEAL, "question": "What was the BMI of the surgeon with proximal peroneal tendinopathy?",
     "answer": None, "search_regex": r"\bBMI\b|body mass|weigh|\bkg\b|height"},
]

SEQUENCES = [
    {"case": TB, "question": "After FNAC and a positive TB-PCR in the 9-year-old boy, what procedure did he have next?",
     "answer": "incision biopsy", "evidence": "The patient was subjected to the incision biopsy for the same",
     "alternatives": [{"answer": "Incisional biopsy", "evidence": "Incisional biopsy consistent with acute-on-chronic tuberculous abscess"}]},
    {"case": TB, "question": "Once the sputum CB-NAAT of the 40-year-old man came back positive for TB, what was his neck swelling examined with next?",
     "answer": "ultrasonography (USG) neck", "evidence": "Given neck swelling, the patient was subjected to ultrasonography (USG) neck"},
    {"case": PFV, "question": "After the white reflex and normal blood tests in the 3-month-old, what imaging was ordered?",
     "answer": "cerebral orbital MRI", "evidence": "were within normal limits.A cerebral orbital MRI was requested, he had a spherical eyeball"},
    {"case": POLAND, "question": "Once the examination raised suspicion of Poland syndrome in the 25-year-old, what tests were advised?",
     "answer": "CXR and CT chest", "evidence": "suspicion of Poland syndrome was made and CXR and CT chest was advised for further evaluation"},
    {"case": EPT, "question": "After the ultrasound showed a gallstone and a thick gallbladder wall, what operation did the 37-year-old woman have?",
     "answer": "elective laparoscopic cholecystectomy", "evidence": "The patient underwent an elective laparoscopic cholecystectomy."},
    {"case": PERONEAL, "question": "After the MRI at AVBRH showed the knee problems, what happened next for the surgeon with ankle pain?",
     "answer": "referred to the sports department, where pre-rehabilitation was initiated on August 26, 2024",
     "evidence": "The patient was subsequently referred to the sports department, where pre-rehabilitation was initiated on August 26, 2024."},
]

COMPARES = [
    {"question": "Compare how the woman with a uterine AVM after a caesarean and the woman with pyometra after a myomectomy were treated, both keeping their uterus.",
     "evidence": {
         "PMC11618002": "leading to embolization of both uterine arteries, followed by operative hysteroscopy to remove the retained tissue",
         "PMC11565536": "She received conservative treatment with surgical debridement and broad-spectrum antibiotics."}},
    {"question": "Compare how the 21-year-old man whose bullet migrated into his gut and the 82-year-old woman with an atrio-oesophageal fistula after AF ablation were managed.",
     "evidence": {
         "PMC11427117": "The patient was managed with a combination of endoscopic techniques and serial imaging, avoiding unnecessary surgical intervention.",
         "PMC11634049": "We decided that a division of the esophagus and an off-pump repair of the fistula would likely be associated with a lower risk of morbidity and mortality"}},
    {"question": "Compare how the woman with necrotising cellulitis after cosmetic eyelid surgery and the teenage boy with orbital cellulitis from sinusitis were treated.",
     "evidence": {
         "PMC11539083": "Infection management consisted of intravenous antibiotics, corticosteroid bolus and drainage surgery.",
         "PMC11625232": "The patient underwent antibiotic therapy and surgical intervention, leading to full recovery without permanent sequelae."}},
    {"question": "Compare the strokes in the patients who had one: how old they were and what was thought to cause it.",
     "evidence": {
         "PMC11395475": "The main risk factor for the stroke was deemed to be arterial hypertension",
         "PMC11549870": "The diagnostic evaluation yielded stroke secondary to infective endocarditis because of undiagnosed mitral valve prolapse.",
         "PMC11625102": "This case report presents a rare manifestation of APS revealed by multiple ischemic cerebral strokes in a patient with severe preeclampsia.",
         "PMC11634049": "ischemic stroke from air emboli",
         "PMC11647062": "The neurological symptoms and imaging findings were consistent with embolic stroke complications",
         "PMC11648763": "low signal on ADC-suggestive of acute infarct"},
     "rejected": {"PMC11626642": "stroke only in a literature tonsil-cancer case; the patient had a right-ventricular metastasis",
                  "PMC11602322": "stroke only among the literature's initial misdiagnoses of intravascular lymphoma",
                  "PMC11413548": "strokes only as COL4A1 phenotypes (discussion)", "PMC11570475": "strokes only as MRI signs of TB meningitis (discussion)",
                  "PMC11614507": "ischemic infarcts only in the differential", "PMC11490280": "ischemic infarction of the bowel, not the brain",
                  "PMC11506189": "stroke only as a complication in the background",
                  "PMC11535893": "'previous cerebrovascular events' only as a literature risk factor"},
     "note": "searched stroke, cerebral infarct(ion), cerebrovascular accident/event, CVA, ischemic infarct; PMC11395475: stroke at 41 "
             "in the past; PMC11648763: midbrain infarct in a smoker with hypertension (cause not stated beyond risk factors)"},
    {"question": "Compare how the patients with an overactive thyroid (hyperthyroidism) were treated.",
     "evidence": {
         "PMC11395475": "Treatment with prednisolone was initiated and future use of amiodarone was strongly discouraged as a likely cause for the hyperthyroidism.",
         "PMC11624525": "The patient received no pharmacologic treatment for hyperthyroidism but was prescribed a low-iodine diet, medication, and supportive treatment."},
     "rejected": {"PMC11439479": "hyperthyroidism only as a sign of molar pregnancy (discussion)",
                  "PMC11453286": "thyroid tuberculosis; both patients euthyroid",
                  "PMC11546499": "autoimmune thyroiditis progressing into hypothyroidism"},
     "note": "searched hyperthyroid, thyrotoxicosis, Graves, thyroid storm, thyroiditis"},
    {"question": "Compare the patients who had had a kidney transplant: what new problem brought them in and how it was treated.",
     "evidence": {
         "PMC11483286": "was diagnosed with early-stage, intermediate-risk adenocarcinoma treated with modified radical hysterectomy plus adjuvant proton-beam therapy and vaginal brachytherapy",
         "PMC11608458": "We report the third case of PD peritonitis caused by Acinetobacter ursingii, treated with directed intraperitoneal antibiotics"},
     "rejected": {"PMC11378089": "renal transplantation only in a literature patient",
                  "PMC11479900": "repeat kidney transplantation only as a goal of PGNMID management (discussion)",
                  "PMC11629271": "post-renal transplant only as a literature cause of hepatic peliosis"},
     "note": "searched kidney/renal transplant, transplanted kidney, renal allograft, graft"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua11", OUT))
