"""Write ``benchmarks/sets/user_audit17.jsonl``: a seventeenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, bare abbreviations, patients described
by age, sex, disease or setting, never by PMCID).

Written on 2026-11-27 by helper-audit17 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. List/count/compare subjects (symptoms, a
habit, body build, birth before term, procedures, a brain-wave test, nerve tests, an immunostain, a
laboratory value, a kind of injury, hernias and a drug class) are other than those of ``user_audit1.jsonl``
.. ``user_audit16.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``, ``disease_groups.jsonl``,
``case_lists.jsonl`` and ``case_findings.jsonl``.

One-case cases: the 28 one-case questions and the 3 compares naming two patients use **3** cases, not 5.
A script over every ``benchmarks/sets/*.jsonl`` field that names a case outside list/count/compare gold
(``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``, ``relevant_ids``, ``fits``, alternatives),
and over the cases of every earlier compare with at most two gold cases, leaves only 3 of the 199 case
reports that no earlier set asks a one-case question about (the annotation files ``events_gold.jsonl``,
``tags_gold.jsonl`` and ``tags_gold_heldout.jsonl``, which ask no question, left out of the check). All three
appear elsewhere only as list/count/compare gold with more than two gold cases, in ``rejected`` lists or in
notes, so the fallback the brief allows (cases that are only list/count/compare gold elsewhere, or members
of compares with more than two gold cases) adds no further case; every other case has a one-case question
in an earlier set. Rather than reuse one of those, the set asks 9-11 one-case questions of each of the 3:
a case series of four Morel-Lavallée lesions (PMC11370703; its patients told apart by age, sex and injury),
a first-trimester pentalogy of Cantrell (PMC11480700) and a case series of two men with Zinner syndrome
(PMC11635708; told apart by age and side). Mix: list 10, count 4, compare 6 (3 naming two patients by a
description, 3 over a kind of patient or a drug class), yes/no 12 (yes 4, reported as absent 4, never
mentioned 4), lookup 10 (2 the case does not answer), sequence 6. List/count gold = every case whose own
patient had it (grep over all documents, synonyms, class members, abbreviations, lay words, misspellings
('laproscopic') and British/American spellings included, each hit read; findings only in the discussion, the
literature or a differential, negated findings, normal values, a mother's finding or a baby's birth where the
mother is the patient, a single episode of intoxication where a drinking problem is asked, procedures only
considered, keyhole surgery of the chest where the abdomen is asked, look-alike words ('cough impulse',
'herniation') and neighbouring complaints (a cold without a sore throat) in ``rejected``
with why). Compare gold = every case of the named kind. Lookup/sequence spans are located in the indexed
text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit17.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit17.jsonl"

MLL, CAN, ZIN = "PMC11370703", "PMC11480700", "PMC11635708"

LISTS = [
    {"shape": "list", "question": "Who had pain or burning on passing urine (dysuria)?",
     "evidence": {
         "PMC11480700": "after presenting to the emergency department (ED) with dysuria",
         "PMC11483286": "urinary urgency and dysuria, managed with phenazopyridine and acetaminophen",
         "PMC11535893": "presented with worsening dysuria, decreased urine output, and malaise",
         "PMC11635708": "dysuria with burning micturition, occasional haematuria"},
     "rejected": {"PMC11414668": "'She denied any history of hematuria, dysuria, fever, or weight loss'",
                  "PMC11416184": "'no history of ... burning micturition'",
                  "PMC11470198": "'no history of hematuria, dysuria, or burning micturition'",
                  "PMC11424908": "dysuria only among features of infected urachal cysts in the background",
                  "PMC11573236": "dysuria only among features of advanced penile cancer in the background"},
     "note": "searched dysuria, burning micturition, painful micturition/urination, burning on urination, stranguria; "
             "PMC11480700: dysuria a month before the visit (cystitis and trichomoniasis); PMC11483286: during radiotherapy; "
             "PMC11635708: its first patient"},
    {"shape": "list", "question": "Any patients with PV bleeding or spotting (vaginal bleeding, metrorrhagia)?",
     "evidence": {
         "PMC11416184": "She presented with complaints of per-vaginal spotting.",
         "PMC11417591": "presented to the emergency room with dizziness and vaginal bleeding",
         "PMC11429645": "due to abnormal vaginal bleeding",
         "PMC11480700": "she experienced vaginal bleeding and was diagnosed with a threatened abortion",
         "PMC11483286": "2.5-year history of intermittent postcoital vaginal bleeding",
         "PMC11532939": "at 20 weeks gestation and experienced vaginal bleeding",
         "PMC11618002": "persistent low-grade metrorrhagia following a spontaneous miscarriage two months previously",
         "PMC11628523": "hospitalized for two-month persistent irregular vaginal bleeding",
         "PMC11648237": "she presented with recurrent excessive vaginal bleeding"},
     "rejected": {"PMC11439479": "'She denied abdominal pain or vaginal bleeding'",
                  "PMC11452353": "'She denied chest pain, shortness of breath, vaginal bleeding'",
                  "PMC11631590": "'nor were there any indications of abdominal pain or vaginal bleeding'",
                  "PMC11544788": "vaginal bleeding only among symptoms of intraplacental choriocarcinoma in the literature",
                  "PMC11648268": "vaginal bleeding only among symptoms of ectopic pregnancy in the background",
                  "PMC11565536": "a withdrawal bleed brought on by progesterone therapy, not a complaint",
                  "PMC11646791": "ovarian haemorrhage into the abdomen, not vaginal bleeding"},
     "note": "searched vaginal bleeding, PV bleed, per-vaginal spotting, spotting, metrorrhagia, menorrhagia, abnormal uterine "
             "bleeding, postmenopausal bleeding, menstrual"},
    {"shape": "list", "question": "Whose workup included an EEG (a brain-wave recording)?",
     "evidence": {
         "PMC11413548": "Electroencephalogram showed multifocal epileptiform discharges with intermittent bilaterally synchronous generalization",
         "PMC11462780": "EEG showed generalized slowing with theta waves",
         "PMC11465705": "Electroencephalography to rule out seizures was abnormal",
         "PMC11469216": "Continuous EEG indicated nonconvulsive status epilepticus",
         "PMC11595896": "Electroencephalography (EEG) showed no clear epileptic waves",
         "PMC11614507": "Prolonged EEG was notable for intermittent periodic sharp wave complexes",
         "PMC11647126": "EEG was performed, which showed slowing activity and periodic sharp wave complexes (PSWC)"},
     "rejected": {},
     "note": "searched EEG, electroencephalogram/-graphy, video-EEG, telemetry, brain waves, epileptiform, sharp wave; telemetry "
             "hits are cardiac monitoring (PMC11465705, which also had an EEG); PMC11614507: EEGs at the outside hospital and "
             "a prolonged EEG at the authors' hospital"},
    {"shape": "list", "question": "Which patients had diarrhoea (loose or watery stools), now or in the past?",
     "evidence": {
         "PMC11411574": "previously admitted in view of acute diarrheal disease with dehydration",
         "PMC11469216": "complaining of abdominal pain, nausea, vomiting, and diarrhea for one day",
         "PMC11483286": "the patient reported hematochezia and diarrhea for several weeks",
         "PMC11490280": "persistent nausea, vomiting, and diarrhea that had been present for four days",
         "PMC11501102": "with occasional grade 1 diarrhea and pruritus",
         "PMC11513519": "presented with high fever, diarrhoea, and painful black discolouration",
         "PMC11594283": "The patient suffered from anemia, diarrhea associated with melena, and epigastric pain",
         "PMC11601975": "performed for intermittent abdominal cramping and diarrhea",
         "PMC11614595": "recurring abdominal pain with diarrhea",
         "PMC11631872": "Despite experiencing grade 2 cytopenia, fatigue, and diarrhea"},
     "rejected": {"PMC11453286": "'There were no complaints of fever, cough, cold, vomiting, loose stools'",
                  "PMC11622295": "'no suggestive history of ... recurrent loose stools'",
                  "PMC11420455": "diarrhoea only among symptoms of mesenteric ischaemia in the background",
                  "PMC11452353": "diarrhoea only among symptoms of gastrointestinal angioedema in the background",
                  "PMC11479900": "diarrhoea only among trial adverse events", "PMC11547072": "bloody diarrhoea only in the background on HUS",
                  "PMC11595504": "diarrhoea only among symptoms of histoplasmosis in the background",
                  "PMC11608458": "diarrhoea only among literature percentages", "PMC11608958": "diarrhoea only in the literature on Aeromonas"},
     "note": "searched diarrhoea/diarrhea, diarrheal, loose stools/motions, watery stools, gastroenteritis, bowel movements; "
             "PMC11411574: an earlier admission of the infant; PMC11501102 and PMC11631872: side effects of pembrolizumab and chidamide"},
    {"shape": "list", "question": "Who complained of itching (pruritus)?",
     "evidence": {
         "PMC11461041": "multiple ecchymoses, and itching for several days",
         "PMC11490213": "persistent itchy symptoms",
         "PMC11501102": "with occasional grade 1 diarrhea and pruritus",
         "PMC11617203": "accompanied by itchiness",
         "PMC11631872": "accompanied by pruritic rash, night sweats and weight loss"},
     "rejected": {"PMC11396144": "pruritus only among myiasis symptoms in the background; the patient's lesion was 'irritated' and painful",
                  "PMC11552406": "itching only among prodromal symptoms of herpes labialis in the background"},
     "note": "searched itch, itchy, itchiness, pruritus/pruritic, scratch, urticaria, hives ('switch' and 'stitch' are look-alike hits)"},
    {"shape": "list", "question": "Whose history included heavy drinking or an alcohol problem (alcoholism, alcohol use disorder)?",
     "evidence": {
         "PMC11378089": "had weaned himself off alcohol 1 year ago",
         "PMC11398847": "hypertension, hyperlipidemia, and alcohol use disorder",
         "PMC11539358": "a 48-year-old man with chronic alcoholism",
         "PMC11602238": "The patient reported a history of significant alcohol use",
         "PMC11648763": "he consumes 180-240 ml of alcohol daily"},
     "rejected": {"PMC11370703": "the 24-year-old fell from a train 'while intoxicated': one episode, no drinking habit described",
                  "PMC11635829": "'former ... alcohol consumer', amount not given, stopped 25 years ago",
                  "PMC11643412": "'occasional alcohol use'", "PMC11574702": "'infrequent alcohol user'",
                  "PMC11395475": "denied alcohol abuse", "PMC11431636": "'no chronic alcohol abuse'",
                  "PMC11459453": "'nonalcoholic'", "PMC11552406": "'Smoking and alcohol consumption were not present'",
                  "PMC11608042": "denied alcohol consumption", "PMC11647062": "denied alcohol use",
                  "PMC11570410": "the mother's alcohol (none)", "PMC11629271": "the mother's alcohol (none)",
                  "PMC11418098": "alcoholism only among melioidosis risk factors", "PMC11438519": "alcohol abuse only in the background",
                  "PMC11509492": "alcoholism only among myiasis risk factors", "PMC11535893": "alcohol intoxication only among bladder rupture causes",
                  "PMC11616425": "alcohol only among risk factors in the literature"},
     "note": "searched alcohol, alcoholism, alcoholic, drinker, drinking, ethanol, EtOH, intoxicated, liquor, beer, wine; "
             "PMC11378089: 'weaned himself off alcohol' a year before (chronic smoker too), counted; polyvinyl alcohol "
             "(PMC11608042, PMC11618002) and alcohol for sterilising (PMC11617203, PMC11608458) are look-alikes"},
    {"shape": "list", "question": "Who had keyhole surgery of the abdomen or pelvis (a laparoscopy, or a laparoscopic or "
                                  "robot-assisted operation), now or in the past?",
     "evidence": {
         "PMC11396497": "The patient underwent unsuccessful laparoscopy and laparotomy",
         "PMC11414482": "the decision was made to perform a Robot-Assisted Renal Denervation (RA-RDN)",
         "PMC11421273": "the patient underwent laparoscopic resection of the left retroperitoneal mass",
         "PMC11437698": "Diagnostic laparoscopy revealed hemoperitoneum in the paracolic gutters",
         "PMC11470589": "Final pathology from the RARP showed prostatic adenocarcinoma",
         "PMC11491600": "The patient underwent an elective laparoscopic cholecystectomy.",
         "PMC11535893": "with a history of total laparoscopic hysterectomy for uterine leiomyoma",
         "PMC11594283": "A laparoscopic cholecystectomy was performed, revealing ischemic cholecystitis",
         "PMC11602238": "he underwent a diagnostic laparoscopy and was found to have a large mass",
         "PMC11632824": "Laparoscopy identified a mass in the ascending colon, and loop ileostomy was performed.",
         "PMC11635708": "confirmed post laproscopic excision of the cyst",
         "PMC11646791": "emergency laparoscopic left salpingo-oophorectomy was performed"},
     "rejected": {"PMC11456814": "thoracoscopic biopsy: keyhole surgery of the chest, not the abdomen or pelvis",
                  "PMC11355863": "'minimally invasive trans-umbilical laparotomy': an open operation",
                  "PMC11573436": "'Diagnostic laparoscopy ... was not pursued'",
                  "PMC11470198": "laparoscopic nephrectomy only in the background", "PMC11488404": "laparoscopic resection only in the background",
                  "PMC11492433": "laparoscopy only in the background", "PMC11525151": "laparoscopic enterolithotomy only in the background",
                  "PMC11541951": "laparoscopic distal pancreatectomy only in the literature",
                  "PMC11544075": "laparoscopic hernia repair only in the background",
                  "PMC11609383": "laparoscopic surgery only in the background", "PMC11617203": "laparoscopy only in the literature",
                  "PMC11618002": "laparoscopic coagulation only in the background"},
     "note": "searched laparoscopy/-ic/-ically, the misspellings laproscopic and laparascopic, keyhole, robotic, robot-assisted, "
             "da Vinci, minimally invasive, thoracoscopic, VATS; PMC11414482: robot-assisted transabdominal renal denervation; "
             "PMC11535893: laparoscopic hysterectomy and salpingo-oophorectomy years before; PMC11635708: both patients"},
    {"shape": "list", "question": "Which patients were overweight or obese (a high BMI)?",
     "evidence": {
         "PMC11395475": "body mass index (BMI) was 40.1 kg/m2",
         "PMC11420455": "The patient displayed a body mass index (BMI) > 30 kg/m2.",
         "PMC11452353": "gravid, obese (BMI 34.5) female",
         "PMC11469216": "hyperpigmentation, central obesity, wheezing",
         "PMC11480700": "a BMI over 50",
         "PMC11546049": "She was also overweight for her age.",
         "PMC11593014": "body mass index (BMI): 30 kg/m2",
         "PMC11624969": "body mass index (BMI) 30.12",
         "PMC11632824": "a history of type 2 diabetes, hypertension, and obesity"},
     "rejected": {"PMC11608458": "BMI 23.9 (normal)", "PMC11635374": "BMI 20.13 (normal)",
                  "PMC11484256": "a large-for-gestational-age newborn; obesity of the maternal grandfather",
                  "PMC11392029": "central obesity only among features of Cushing's syndrome in the background",
                  "PMC11629481": "obesity only in the background on arterial access",
                  "PMC11643412": "obesity only among RCC risk factors", "PMC11490280": "BMI over 30 only among risk factors"},
     "note": "searched obese/obesity, overweight, BMI, body mass index, kg/m2; PMC11469216: central obesity of paraneoplastic "
             "Cushing's syndrome, counted; PMC11593014: BMI 30 kg/m2, the obesity threshold, counted"},
    {"shape": "list", "question": "Which patients were born premature (before 37 weeks)?",
     "evidence": {
         "PMC11413548": "He was born prematurely (at 35 weeks of gestation)",
         "PMC11505654": "a preterm infant with GACI born at 30 weeks gestation",
         "PMC11506781": "The patient was born late preterm at a gestational age of 34 + 6 weeks.",
         "PMC11535884": "A 5-day-old male baby born at 33+2 weeks gestation"},
     "rejected": {"PMC11625102": "the patient is the mother; her baby was delivered at 32 weeks",
                  "PMC11544788": "the patient is the mother; her baby was born at 37 weeks",
                  "PMC11595896": "'threatened preterm labor' of the patient as an adult, not her birth",
                  "PMC11596152": "born at 37 weeks (term)", "PMC11416630": "born at 38 weeks", "PMC11484256": "born at 38 + 3 weeks",
                  "PMC11629271": "born at term (38 weeks)", "PMC11543139": "caesarean at 39 weeks",
                  "PMC11452353": "the patient delivered at 39 weeks; preterm birth only in animal studies",
                  "PMC11480700": "premature birth only in the background on gastroschisis"},
     "note": "searched premature/prematurely, preterm, born at N weeks, delivered at, gestational age"},
    {"shape": "list", "question": "Who had a cough, dry or productive?",
     "evidence": {
         "PMC11366418": "cough with scant expectoration for the past 20 days",
         "PMC11453286": "cough with expectoration for the past two months",
         "PMC11459453": "having a dry cough that had been increasing for a week",
         "PMC11506189": "including a dry cough, nocturnal fever",
         "PMC11509757": "he developed fever associated with a headache and cough",
         "PMC11539092": "She initially presented with fevers, cough, and a runny nose",
         "PMC11547072": "associated with a dry cough without other symptoms",
         "PMC11596152": "The patient also reported a persistent cough and stabbing pain",
         "PMC11609383": "a three-month history of left-sided chest pain and a dry cough",
         "PMC11622295": "a cough that had been occurring since she turned 6 months old",
         "PMC11631872": "of worsening dyspnea and dry cough, accompanied by pruritic rash",
         "PMC11634049": "shortness of breath, productive cough, and intermittent fevers",
         "PMC11643412": "arrived with complaints of dyspnea and a dry cough",
         "PMC11646979": "presenting with cough, wheezing, and dyspnea after a cold",
         "PMC11648237": "her bleeding, cough, shortness of breath, fever, and fatigue improved"},
     "rejected": {"PMC11392029": "'Despite the absence of a productive cough or hemoptysis'; no cough reported",
                  "PMC11398847": "'He denied any hemoptysis, shortness of breath, chest pain, cough'",
                  "PMC11459113": "'no history of cough, cold or breathlessness'",
                  "PMC11501102": "'she was non-febrile with no cough'",
                  "PMC11544075": "'cough impulse was negative': an examination sign of a hernia (look-alike)",
                  "PMC11626642": "bloody sputum, no cough named",
                  "PMC11418098": "cough only in a review of mediastinal melioidosis",
                  "PMC11465705": "coughing only as a trigger of situational syncope in the background",
                  "PMC11488398": "dry cough only among symptoms of pleural hydatidosis in the background",
                  "PMC11551029": "cough only among prodromal symptoms in the background",
                  "PMC11608958": "cough only among Aeromonas symptoms in the literature"},
     "note": "searched cough/coughing, expectoration, sputum, phlegm; PMC11453286: its second patient (the first denied cough); "
             "PMC11648237: cough with COVID-19, improved"},
    {"shape": "count", "question": "How many patients had nerve conduction studies (NCS / NCV)?",
     "evidence": {
         "PMC11580067": "The nerve conduction results showed electrophysiological evidence of subacute-chronic left axonal sciatic neuropathy.",
         "PMC11595896": "Nerve conduction studies (NCSs) showed decreased sensory conduction velocity",
         "PMC11597933": "including needle EMG and nerve conduction velocity measurements"},
     "rejected": {"PMC11621671": "motor evoked potentials recorded after magnetic stimulation; 'An electromyography could have been "
                                 "helpful' but was not done; no nerve conduction study"},
     "note": "searched nerve conduction, NCS, NCV, conduction velocity, electromyography, EMG, electrophysiological"},
    {"shape": "count", "question": "In how many patients did the tumour or its cells stain positive for vimentin?",
     "evidence": {
         "PMC11452711": "positive staining for CD34, vimentin, CD99, and Bcl-2",
         "PMC11470589": "stained positive for vimentin (Fig. 1: Panel A)",
         "PMC11621058": "vimentin (+), S100 (+), HMB45 (+)",
         "PMC11643412": "showed positivity for Vimentin, PAX-8, CAIX, and CK-7"},
     "rejected": {"PMC11421273": "'Vimentin (−)'", "PMC11378089": "vimentin only in the background on leiomyosarcoma",
                  "PMC11417591": "vimentin only among markers recommended for LAM", "PMC11492433": "vimentin only in the background on nephroblastoma",
                  "PMC11625106": "vimentin only among markers in the reviewed studies"},
     "note": "searched vimentin; PMC11643412: the pleural fluid cell block of a renal cell carcinoma"},
    {"shape": "count", "question": "How many patients had a sore throat (pharyngitis)?",
     "evidence": {
         "PMC11439622": "sore throat and hyperglycemia",
         "PMC11539092": "which were treated as pharyngitis",
         "PMC11585469": "a sore throat that was treated with antibiotic",
         "PMC11624525": "such as nasal discharge and sore throat, 2 weeks prior"},
     "rejected": {"PMC11506189": "pharyngitis only among symptoms of Chlamydia pneumoniae in the background",
                  "PMC11551029": "the common cold only in the background on rhinovirus",
                  "PMC11646979": "'a cough and sneezing following a recent cold': no sore throat named"},
     "note": "searched sore throat, throat pain, pharyngitis, tonsillitis, upper respiratory tract infection, common cold, runny nose; "
             "PMC11539092: the infant's fever, cough and runny nose 'were treated as pharyngitis', counted"},
    {"shape": "count", "question": "How many patients had a raised BNP or NT-proBNP?",
     "evidence": {
         "PMC11506189": "NT-proBNP: 15,352 pg/mL",
         "PMC11551029": "brain natriuretic peptide (BNP), N-terminal pro BNP (NT-pro BNP), and cardiac biomarkers, such as troponin I",
         "PMC11624525": "with BNP at 265.1 pg/mL",
         "PMC11646979": "NT pro-BNP level was measured at 1,169 pg/ml"},
     "rejected": {"PMC11439622": "'Other cardiac markers, including creatine kinase (CK), B-type natriuretic peptide (BNP) ... were normal'"},
     "note": "searched BNP, NT-proBNP, natriuretic; PMC11551029: the sentence goes on 'were elevated'; PMC11624525: BNP rising to "
             "265.1 pg/mL; PMC11646979: NT-proBNP 1,169 pg/ml, above the usual range (no range given in the text)"},
]

YESNO = [
    {"case": MLL, "question": "Was the 24-year-old man who fell from a train drunk at the time?",
     "expected": "yes", "evidence": "following a slip and fall from a train while intoxicated"},
    {"case": MLL, "question": "Did the 36-year-old man whose two-wheeler collided with a car run a fever with his swollen left hip?",
     "expected": "no", "evidence": "There has been no fever or other systemic symptoms reported."},
    {"case": MLL, "question": "Was the knee swelling of the 51-year-old man with a Morel-Lavallée lesion steadily getting bigger?",
     "expected": "no", "evidence": "He reported that the swelling was non-progressive"},
    {"case": MLL, "question": "Was the fluid drawn off the thigh of the 26-year-old woman injured in a road accident sent for culture?",
     "expected": "not_reported",
     "search_regex": r"cultur|microbio|gram stain|gram-|cytolog|sent for|fluid analys|\bpus\b|bacteri|organism|laborator"},
    {"case": CAN, "question": "Was the hypothyroidism of the 29-year-old whose fetus had ectopia cordis under good control?",
     "expected": "yes", "evidence": "indicating well-controlled hypothyroidism"},
    {"case": CAN, "question": "Did the pregnant woman whose fetus had pentalogy of Cantrell ever get a fetal echo?",
     "expected": "no", "evidence": "a fetal echocardiogram was not available due to local resource limitations"},
    {"case": CAN, "question": "Did the 29-year-old G3P0020 with the first-trimester ectopia cordis smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotin|vap(e|ing)"},
    {"case": CAN, "question": "Was the blood pressure of the pregnant woman whose fetus had gastroschisis and a cystic hygroma raised?",
     "expected": "not_reported", "search_regex": r"blood pressure|hypertens|mmHg|\bBP\b|pre-?eclampsia"},
    {"case": ZIN, "question": "Did the 38-year-old man with Zinner syndrome have blood in his semen?",
     "expected": "yes", "evidence": "hematospermia confirmed by urine and semen analysis"},
    {"case": ZIN, "question": "Was the prostate of the 26-year-old man with recurrent UTIs and a left seminal vesicle cyst small for his age?",
     "expected": "yes", "evidence": "The prostate volume was low for age"},
    {"case": ZIN, "question": "After his long course of antibiotics, had the 38-year-old's seminal vesicle cyst got smaller?",
     "expected": "no", "evidence": "no significant interval change in the volume of the cystic lesion"},
    {"case": ZIN, "question": "Was a PSA checked in either of the young men with Zinner syndrome?",
     "expected": "not_reported", "search_regex": r"\bPSA\b|prostate[- ]specific|specific antigen"},
]

LOOKUPS = [
    {"case": MLL, "question": "What was the GCS of the 24-year-old man who fell from a train when he came to the ED?",
     "answer": "15", "evidence": "he was fully alert with a Glasgow Coma Scale score of 15"},
    {"case": MLL, "question": "Roughly how much fluid did the screening ultrasound show in the thigh of the 26-year-old woman who "
                              "survived a road accident?",
     "answer": "approximately 80-90cc",
     "evidence": "revealing an anechoic fluid collection of approximately 80-90cc located between the subcutaneous and muscular planes",
     "alternatives": [{"answer": "80–90cc", "evidence": "Anechoic collection (80–90cc) in subcutaneous and muscular planes"}]},
    {"case": MLL, "question": "What did the plain X-ray of the 51-year-old man's swollen right knee show?",
     "answer": "swelling of the knee joint in the form of ill-defined haziness in the supra and infrapatellar region",
     "evidence": "X-ray showed swelling of the knee joint in the form of ill-defined haziness in the supra and infrapatellar region",
     "alternatives": [{"answer": "Haziness and swelling in patellar area", "evidence": "X-ray: Haziness and swelling in patellar area."}]},
    {"case": MLL, "question": "What was the Hb of the 24-year-old with the comminuted femoral head fracture?",
     "answer": None,
     "search_regex": r"hemoglobin|haemoglobin|\bHb\b|blood count|\bCBC\b|laborator|\blab\b|blood test|anemi|anaemi|transfus"},
    {"case": CAN, "question": "What was the fetal heart rate at the 13-week scan of the pregnancy with ectopia cordis?",
     "answer": "157 bpm", "evidence": "a follow-up transvaginal ultrasound detected a fetal heart rate of 157 bpm",
     "alternatives": [{"answer": "157 bpm", "evidence": "174 bpm (11 weeks 4 days) and 157 bpm (13 weeks)"}]},
    {"case": CAN, "question": "What was the TSH of the 29-year-old with hypothyroidism whose fetus had ectopia cordis?",
     "answer": "1.14", "evidence": "the patient's thyroid-stimulating hormone level was 1.14",
     "alternatives": [{"answer": "1.14", "evidence": "Thyroid-stimulating hormone: 1.14"}]},
    {"case": CAN, "question": "What is the blood group and Rh status of the woman whose fetus had pentalogy of Cantrell?",
     "answer": None, "search_regex": r"blood group|blood type|\bRh\b|rhesus|\bABO\b|anti-?D\b|RhD|Rh\(D\)"},
    {"case": ZIN, "question": "What was the sperm count of the 38-year-old with the right seminal vesicle cyst at his 8-month follow-up?",
     "answer": "5,400,000/milliliter",
     "evidence": "There was an improved sperm count (5,400,000/milliliter) in the first patient at 8 months follow up."},
    {"case": ZIN, "question": "What did histology of the tubular cyst taken out of the 26-year-old man show?",
     "answer": "transitional epithelial lining, muscularis and adventitia layers suggestive of an ureter remnant",
     "evidence": "revealed transitional epithelial lining, muscularis and adventitia layers suggestive of an ureter remnant"},
    {"case": ZIN, "question": "On TRUS, what did the left seminal vesicle of the 38-year-old with the right-sided cyst look like?",
     "answer": "bulky and edematous suggestive of vesiculitis",
     "evidence": "The left seminal vesicle appeared bulky and edematous suggestive of vesiculitis."},
]

SEQUENCES = [
    {"case": MLL, "question": "A week after the 24-year-old's fall from the train, what new problem appeared?",
     "answer": "the patient developed swelling in the lateral aspect of the right thigh",
     "evidence": "One week post-injury, the patient developed swelling in the lateral aspect of the right thigh",
     "alternatives": [{"answer": "Swelling developed a week post-injury.", "evidence": "Swelling developed a week post-injury."}]},
    {"case": MLL, "question": "After two weeks of compression dressings, how did the 51-year-old man's knee lesion respond?",
     "answer": "the lesion significantly reduced in size and showed marked improvement during this period",
     "evidence": "Fortunately, the lesion significantly reduced in size and showed marked improvement during this period."},
    {"case": MLL, "question": "After two weeks of conservative management, what happened to the 36-year-old man's left hip swelling?",
     "answer": "the swelling started to increase in size",
     "evidence": "He was on conservative management for two weeks, after which the swelling started to increase in size.",
     "alternatives": [{"answer": "Worsening swelling after two weeks", "evidence": "Worsening swelling after two weeks; episodic sharp pain."}]},
    {"case": CAN, "question": "Three days after her first Ob/Gyn visit showed a normal intrauterine pregnancy, what happened to the "
                              "29-year-old?",
     "answer": "she experienced vaginal bleeding and was diagnosed with a threatened abortion",
     "evidence": "Three days following this visit, she experienced vaginal bleeding and was diagnosed with a threatened abortion."},
    {"case": CAN, "question": "At 13 weeks, once she had been told about the fetal anomalies, where was the woman carrying the fetus "
                              "with ectopia cordis referred?",
     "answer": "a maternal-fetal medicine specialist and a highly equipped multidisciplinary care center",
     "evidence": "She was referred to a maternal-fetal medicine specialist and a highly equipped multidisciplinary care center"},
    {"case": ZIN, "question": "Before the incidental abdominal scan found a kidney missing, what had been planned next for the "
                              "38-year-old's seminal vesicle cyst?",
     "answer": "TRUS guided aspiration and drainage",
     "evidence": "Patient was further planned for TRUS guided aspiration and drainage."},
]

COMPARES = [
    {"question": "Compare how the thigh collection of the 26-year-old woman after a road accident and the seminal vesicle cyst "
                 "of the 38-year-old man with Zinner syndrome were treated.",
     "evidence": {MLL: "resulting in the complete aspiration of the fluid with sclerodesis and compression bandage for a few weeks",
                  ZIN: "The imaging findings for both cases were confirmed post laproscopic excision of the cyst"},
     "note": "MLL: Morel-Lavallée lesion of the right lateral thigh, aspiration drainage with sclerodesis and a compression bandage, "
             "recovered well; ZIN: antibiotic course without change in the cyst, TRUS-guided drainage planned, then laparoscopic "
             "excision, symptoms resolved, no recurrence, sperm count up at 8 months"},
    {"question": "Compare the urinary infections of the 29-year-old pregnant woman whose fetus had ectopia cordis and of the "
                 "26-year-old man with a left seminal vesicle cyst.",
     "evidence": {CAN: "diagnosed with cystitis and trichomoniasis after presenting to the emergency department (ED) with dysuria",
                  ZIN: "The second patient is a 26 year old male who presented with recurrent UTI and diffuse lower abdominal pain."},
     "note": "CAN: one episode a month before, cystitis and trichomoniasis with dysuria, metronidazole and cephalexin; ZIN: recurrent "
             "UTIs with lower abdominal pain from a Zinner syndrome variant (left renal agenesis, ectopic ureter remnant)"},
    {"question": "Compare what ultrasound showed in the 24-year-old man a week after he fell from a train and in the 29-year-old "
                 "woman at 11 weeks and 4 days of pregnancy.",
     "evidence": {MLL: "revealing an anechoic fluid collection of volume ~50cc with few internal echoes",
                  CAN: "Further ultrasound imaging confirmed the presence of ectopia cordis, gastroschisis, and cystic hygroma."},
     "note": "MLL: a ~50cc anechoic collection with fat lobules and avascular septa between the subcutaneous and fascial layers of "
             "the right thigh (a Morel-Lavallée lesion); CAN: heart outside the chest, viscera outside the body wall, a cystic "
             "hygroma of the head and neck, fetal heart rate 174 bpm"},
    {"question": "Compare the patients hurt in a road traffic accident (a car or two-wheeler crash): what injuries did they get, "
                 "and how were they treated?",
     "evidence": {"PMC11370703": "following a road traffic accident one month back",
                  "PMC11420455": "he suffered a fracture of his left clavicle due to a car accident",
                  "PMC11432800": "sustained a severe friction burn on his hand and forearm from a car accident"},
     "rejected": {"PMC11418098": "a motorcycle accident of a literature patient",
                  "PMC11595504": "a motorcycle tour, no accident",
                  "PMC11546007": "hand crushed in a compressing machine, not a road accident",
                  "PMC11427117": "a gunshot wound, not a road accident"},
     "note": "PMC11370703: two of its four patients (the 26-year-old woman a year after an RTA with pelvic and lumbar fractures and "
             "an infected thigh wound grafted, now a thigh Morel-Lavallée lesion aspirated; the 36-year-old man a month after a "
             "two-wheeler crash, a hip collection, aspiration suggested, lost to follow-up); PMC11420455: clavicle fracture in 2014, "
             "surgery, background to a later mesenteric ischaemia; PMC11432800: friction burn with exposed tendons, fat grafts "
             "with PRP. Searched road traffic, RTA, motor vehicle, car accident, traffic accident, collision, motorcycle, "
             "two-wheeler, crash, hit by"},
    {"question": "Compare the patients with a hernia of any kind (hiatal, inguinal, femoral, parastomal): where was it, and was "
                 "it operated on?",
     "evidence": {"PMC11465705": "depression, hemorrhoids, hepatitis, hiatal hernia, and pancreatitis",
                  "PMC11488400": "An uncomplicated inguinal hernia of 1.35 cm size was also noted",
                  "PMC11497857": "Prior surgical history was notable for hernia surgery, colonoscopy, and lipoma removal",
                  "PMC11544075": "A rare case of strangulated femoral hernia in a male child",
                  "PMC11632824": "Small bowel obstruction and parastomal hernia were found."},
     "rejected": {"PMC11398847": "a herniated lumbar disc only in the background (look-alike)",
                  "PMC11570475": "'After excluding the risk of brain herniation' (look-alike)",
                  "PMC11592073": "'without overt tonsillar herniation' (look-alike)",
                  "PMC11477508": "hernia only among features of SHORT syndrome in the background",
                  "PMC11573436": "abdominal hernia only among features of pseudomyxoma in the background"},
     "note": "PMC11465705: a hiatal hernia in the history; PMC11488400: an incidental inguinal hernia on imaging in an infant with "
             "a yolk sac tumour; PMC11497857: past hernia surgery; PMC11544075: strangulated femoral hernia in a boy, operated; "
             "PMC11632824: a parastomal hernia found at laparotomy. Searched hernia, herniation, hiatal, hiatus, inguinal, femoral, "
             "umbilical, incisional, bulge"},
    {"question": "Compare the patients who took a female sex hormone (oestrogen, a progestogen such as dienogest, or a "
                 "contraceptive pill): which one, and why?",
     "evidence": {"PMC11483286": "conservative management with systemic and topical estrogen had improved postcoital vaginal bleeding",
                  "PMC11506189": "an emergency contraceptive pill taken eight days prior to admission",
                  "PMC11565536": "The patient was treated with estrogen for 30 days to develop her endometrial lining",
                  "PMC11635374": "estrogen replacement was started at 0.5 mg daily",
                  "PMC11646791": "the patient was treated with dienogest (2 mg/day) to suppress ovulation"},
     "rejected": {"PMC11490213": "tamoxifen, an oestrogen blocker, not a sex hormone",
                  "PMC11429645": "an intrauterine device placed two decades ago, not said to release a hormone",
                  "PMC11618002": "oral contraception only in the background on AVM regression",
                  "PMC11535893": "hormonal treatment of endometriosis only in the background",
                  "PMC11632603": "progesterone only among treatment options for gigantomastia",
                  "PMC11635829": "'no history of hormonal contraception'", "PMC11648268": "'no history of contraceptive method use'",
                  "PMC11452353": "oestrogen only in the background on HAE",
                  "PMC11490280": "oestrogen-containing contraceptives only among thrombosis causes"},
     "note": "PMC11483286: oestrogen for vaginal bleeding after radiotherapy for cervical cancer; PMC11506189: an emergency "
             "contraceptive pill eight days before a Takotsubo-like myocarditis; PMC11565536: oestrogen, then progesterone, then "
             "combined pills to rebuild the endometrium after pyometra; PMC11635374: oestrogen replacement for hypogonadotropic "
             "hypogonadism from a sellar mass; PMC11646791: dienogest to suppress ovulation after ovarian bleeding on "
             "anticoagulation. Searched estrogen, oestrogen, estradiol, progesterone, progestin, dienogest, contraceptive, "
             "levonorgestrel, hormone replacement, IUD, testosterone, androgen"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua17", OUT))
