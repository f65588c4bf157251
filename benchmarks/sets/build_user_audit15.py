"""Write ``benchmarks/sets/user_audit15.jsonl``: a fifteenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, bare abbreviations, patients described
by age, sex, disease or setting, never by PMCID).

Written on 2026-11-27 by helper-audit15 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. List/count/compare subjects (metastatic
spread, procedures, lab abnormalities, clots, shock, a bleeding symptom, an infection, vitamins, a drug
class) are other than those of ``user_audit1.jsonl`` .. ``user_audit14.jsonl``, ``drug_classes.jsonl``,
``findings_lay.jsonl``, ``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``; the 28
one-case questions and the 3 compares naming two patients use 5 cases that no earlier set asks a one-case
question about (checked by script over every ``benchmarks/sets/*.jsonl`` field that names a case outside
list/count/compare gold, and over the cases of every earlier compare with at most two gold cases; only the
annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl``, which ask no question, mention three of
them). Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient
or a drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does
not answer), sequence 6. List/count gold = every case whose own patient had it (grep over all documents,
synonyms, class members, abbreviations, lay words and British/American spellings included, each hit read;
findings only in the discussion, the literature or a differential, negated findings, normal values, tests
without the treatment, primary tumours where spread is asked, look-alike words and procedures other than
the one asked in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans
are located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit15.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit15.jsonl"

TNG, CCS, AST, ENC, FCO = "PMC11574702", "PMC11593014", "PMC11552360", "PMC11632474", "PMC11512705"

LISTS = [
    {"shape": "list", "question": "Whose cancer had spread to the liver (liver mets)?",
     "evidence": {
         "PMC11378089": "Since the patient had hepatic and adrenal metastasis",
         "PMC11398847": "with additional metastases to the brain and liver",
         "PMC11570109": "the biopsy of the two liver lesions confirmed the diagnoses of HCC and metastatic colon cancer",
         "PMC11601975": "multiple lesions in the neck, chest, and liver",
         "PMC11645528": "with five hepatic metastases"},
     "rejected": {"PMC11431636": "the liver mass was a primary intrahepatic cholangiocarcinoma",
                  "PMC11608042": "the liver lesions were a primary hepatic neuroendocrine carcinoma",
                  "PMC11456881": "primary hepatoblastoma", "PMC11629271": "hepatic peliosis, no cancer",
                  "PMC11573436": "'no evidence of metastatic disease to the peritoneum, omentum, or liver'",
                  "PMC11503393": "liver spread of angiosarcoma only in the background",
                  "PMC11544788": "liver metastases only in survival figures from the literature",
                  "PMC11456792": "liver only among sites lung cancer usually spreads to",
                  "PMC11570781": "liver metastases only in the background"},
     "note": "searched metastasis/metastases/metastatic near liver/hepatic, liver/hepatic lesion, nodule, mass, segment"},
    {"shape": "list", "question": "Who had a craniotomy, now or in the past?",
     "evidence": {
         "PMC11395317": "A right frontal craniotomy was performed",
         "PMC11438519": "following a right frontotemporoparietal craniotomy for resection of the meningioma",
         "PMC11509173": "A left-sided pterional craniotomy was performed",
         "PMC11513667": "bilateral occipital craniotomies were performed",
         "PMC11570083": "Retromastoid suboccipital craniotomy and gross total removal of the dura-attached lesion were performed",
         "PMC11621058": "The patient underwent total craniotomy to remove the brain tumors"},
     "rejected": {"PMC11552360": "'intracranial tumor surgery' at an outside hospital and a second surgery; a craniotomy is not named",
                  "PMC11635374": "transsphenoidal resection of a pituitary tumour, not a craniotomy",
                  "PMC11447345": "ventriculoperitoneal shunt and endoscopic biopsy",
                  "PMC11579050": "endoscopic third ventriculostomy", "PMC11646824": "ventriculoperitoneal shunt",
                  "PMC11428674": "neurosurgical resection only among treatments in the literature"},
     "note": "searched craniotomy, craniectomy, burr hole, transsphenoidal, brain/intracranial/tumour with resection, "
             "excision, removal, surgery; shunts and ventriculostomy"},
    {"shape": "list", "question": "Whose procalcitonin (PCT) was raised?",
     "evidence": {
         "PMC11439622": "increased procalcitonin (PCT) (15.57ng/ml)",
         "PMC11506189": "Elevated inflammatory markers (CRP and procalcitonin)",
         "PMC11509864": "minimal elevation in procalcitonin levels",
         "PMC11608458": "a procalcitonin level of 3.23 ng/mL",
         "PMC11608958": "Procalcitonin was 91.8 ng/mL",
         "PMC11620866": "Procalcitonin was elevated at 4.74 ng/ml",
         "PMC11629481": "procalcitonin at 0.75 ng/mL"},
     "rejected": {"PMC11470198": "procalcitonin only recommended in the discussion",
                  "PMC11616425": "PCT only among markers in the discussion"},
     "note": "searched procalcitonin, PCT; PMC11509864 'minimal elevation' counted; PMC11629481: 0.75 ng/mL, later "
             "'returned to normal', counted"},
    {"shape": "list", "question": "Which patients had a stent put in (in an artery, the aorta, a ureter or a collection), now or in the past?",
     "evidence": {
         "PMC11355863": "an endovascular stent graft was inserted in the right subclavian artery",
         "PMC11470198": "excision of the infected complex right renal cyst with right DJ stenting (retrograde DJ stenting using fluoroscopy)",
         "PMC11510521": "myocardial infarction with stent insertion",
         "PMC11629481": "a decision was made to place a 6 × 150 stent",
         "PMC11645528": "necessitating pigtail stent insertion",
         "PMC11646747": "A 6-mm Viabahn VBX stent graft (W. L. Gore & Associates, Flagstaff, AZ) was deployed."},
     "rejected": {"PMC11427117": "endoluminal stenting only as an option in the discussion",
                  "PMC11602238": "endoscopic stent only among approaches in the background",
                  "PMC11634049": "oesophageal stenting only among options in the background",
                  "PMC11646979": "stent placement only in a literature case",
                  "PMC11402139": "'pigtail catheter' for aortography, not a stent"},
     "note": "searched stent, stenting, stent graft, DJ, pigtail; PMC11510521: a past coronary stent, counted"},
    {"shape": "list", "question": "Who had a clot in a vein of the abdomen (mesenteric, portal or splenic vein thrombosis)?",
     "evidence": {
         "PMC11420455": "thrombosis in the superior mesenteric vein and portal vein",
         "PMC11431636": "thrombosis of the left portal branch",
         "PMC11490280": "a relatively localized but severe venous thrombotic process likely occurred in the patient’s alimentary vasculature"},
     "rejected": {"PMC11601975": "SMA and SMV encased by tumour (ischaemia), no venous thrombosis reported",
                  "PMC11608042": "tumour 'partial portal vein involvement', not a clot",
                  "PMC11456881": "tumour 'portal vein and hepatic artery involvement', not a clot",
                  "PMC11492059": "portal hypertension, no thrombosis",
                  "PMC11452353": "upper-limb deep vein thrombosis, not an abdominal vein",
                  "PMC11459453": "pulmonary vein occlusion by a mass and a past DVT, not an abdominal vein",
                  "PMC11625232": "cerebral venous and cavernous sinus thrombosis only in the discussion",
                  "PMC11459113": "superior mesenteric vein only as an operative landmark",
                  "PMC11594283": "portal venous shunts in the background on HHT"},
     "note": "searched portal, mesenteric, splenic, hepatic vein thrombosis, MVT, SMV, Budd-Chiari, venous thrombosis; "
             "PMC11490280: the authors conclude a mesenteric venous thrombotic process, counted"},
    {"shape": "list", "question": "In which patients was a Ki-67 (MIB-1) proliferation index reported for the tumour?",
     "evidence": {
         "PMC11420438": "Ki67 positive in 5–7%",
         "PMC11421273": "KI-67 (10 % +)",
         "PMC11428674": "The Ki-67 labeling index was low in the compact areas",
         "PMC11446496": "An immunohistochemical analysis was performed using S-100 and Ki-67 as markers.",
         "PMC11470589": "Ki-67 showed positivity at a rate of 10–15 %",
         "PMC11509173": "Antigen Kiel 67 protein (KI-67) was positive, but not elevated, around 20–25%.",
         "PMC11552360": "The MIB-1 labelling was 40%",
         "PMC11608042": "Ki-67 (70%+) (Figure 2)",
         "PMC11621058": "Ki-67 (approximately 70%+)",
         "PMC11628523": "Other positive biomarkers included Ki-67 (70%+)",
         "PMC11631872": "a high Ki-67 index of 50%",
         "PMC11635829": "Ki67 immunoreactive in 25% of tumor cell nuclei",
         "PMC11645528": "22% Ki-67 proliferation rate"},
     "rejected": {"PMC11395317": "only an 'elevated proliferative index', Ki-67 not named",
                  "PMC11544788": "Ki-67 of choriocarcinoma only from the literature",
                  "PMC11479900": "'bortezomib 1' matched MIB-1 (look-alike)"},
     "note": "searched Ki-67, Ki67, KI-67, Kiel 67, MIB-1, proliferation/proliferative index"},
    {"shape": "list", "question": "Who had fluid tapped or drained from around the lungs or the heart (a thoracentesis, pleural tap, "
                                  "chest tube or pericardial drainage)?",
     "evidence": {
         "PMC11446622": "displays the chest radiograph following thoracentesis",
         "PMC11522842": "Diagnostic thoracentesis was performed",
         "PMC11501102": "a diagnostic tap confirmed malignancy",
         "PMC11418098": "drainage of pericardial effusion",
         "PMC11635820": "minimal chest tube drainage"},
     "rejected": {"PMC11626642": "pericardiocentesis only in a literature case",
                  "PMC11402139": "a pigtail catheter for aortography",
                  "PMC11645528": "pigtail drain of a sub-phrenic (abdominal) abscess",
                  "PMC11634049": "pericardium only as an operative site"},
     "note": "searched thoracentesis, pleurocentesis, pleural tap, chest tube/drain, thoracostomy, pericardiocentesis, "
             "pericardial drainage, pigtail, drain/tap/aspiration near pleural/chest/pericardial"},
    {"shape": "list", "question": "Which patients had an upper GI endoscopy (gastroscopy, EGD/OGD or endoscopic ultrasound)?",
     "evidence": {
         "PMC11342857": "an upper endoscopy and endoscopic ultrasound-guided fine needle biopsy (EUS-FNB) were performed",
         "PMC11427117": "Immediate upper endoscopy and bronchoscopy under general anesthesia were normal.",
         "PMC11456792": "she underwent an endoscopic ultrasound",
         "PMC11490280": "an esophagogastroduodenoscopy (EGD) was performed",
         "PMC11513519": "His endoscopy revealed diffuse candidiasis",
         "PMC11527420": "An upper endoscopy with endosonography identified a 2 cm gastric mass",
         "PMC11594283": "examination via gastroduodenoscopy and colonoscopy",
         "PMC11602238": "an esophagogastroduodenoscopy revealed a large duodenal ulcer",
         "PMC11614595": "Gastroscopy revealed congestion and edema in the gastric antrum mucosa"},
     "rejected": {"PMC11459113": "endoscopy only in general background on duodenal cancer work-up",
                  "PMC11525151": "endoscopy only among diagnostic tools in the discussion",
                  "PMC11634049": "endoscopy said to be contraindicated (discussion)",
                  "PMC11420438": "endoscopic sinus surgery, not the gut"},
     "note": "searched gastroscopy, EGD, OGD, esophagogastroduodenoscopy, upper endoscopy, endoscopy, EUS, endosonography"},
    {"shape": "list", "question": "Who was given B vitamins or folic acid (thiamine, B12, folate)?",
     "evidence": {
         "PMC11416184": "She had been on regular folate tablets as well.",
         "PMC11506781": "a therapeutic attempt with intramuscular thiamine hydrochloride at 25 mg/day was made",
         "PMC11539358": "The oral supplementation with a vitamin B complex (B1, B6, B12) was started"},
     "rejected": {"PMC11459113": "leucovorin (folinic acid) only as part of FOLFOX chemotherapy",
                  "PMC11503393": "B12 and folate levels measured, deficiency excluded",
                  "PMC11547072": "cobalamin metabolism tested only", "PMC11585469": "B12 and B9 levels normal",
                  "PMC11614507": "thiamine level measured only"},
     "note": "searched folic acid, folate, B12, cobalamin, thiamine, pyridoxine, vitamin B, leucovorin/folinic"},
    {"shape": "list", "question": "Which patients went into shock of any kind (septic, cardiogenic, haemorrhagic or hypovolaemic)?",
     "evidence": {
         "PMC11420455": "The patient was in a state of shock",
         "PMC11439622": "he developed pneumonia and septic shock",
         "PMC11506189": "a patient with a fulminant course of cardiogenic shock",
         "PMC11544788": "The neonate was in a state of hypovolemic shock",
         "PMC11551029": "The patient presented to the emergency department in cardiogenic shock.",
         "PMC11608958": "severe hypoxemia and severe septic shock",
         "PMC11626642": "leading to hemorrhagic shock on September 27, 2023"},
     "rejected": {"PMC11395475": "cardiogenic shock of a literature patient",
                  "PMC11490280": "shock only among causes of NOMI", "PMC11525151": "shock only among complications in the background",
                  "PMC11565536": "septic shock only in the background on pyometra",
                  "PMC11624525": "cardiogenic shock only in the background on myocarditis",
                  "PMC11465958": "hypotension treated with vasopressors, never called shock"},
     "note": "searched shock, septic, cardiogenic, hypovolaemic, haemorrhagic; PMC11544788: the newborn of the case"},
    {"shape": "count", "question": "How many patients had nosebleeds (epistaxis)?",
     "evidence": {
         "PMC11414482": "(agitation, headaches, chest pain, sweating, epistaxis, etc.)",
         "PMC11594283": "a history of recurrent epistaxis",
         "PMC11631590": "sudden nasal hemorrhage accompanied by hematuria",
         "PMC11648237": "intermittent bilateral epistaxis"},
     "rejected": {"PMC11420438": "'without accompanying symptoms of ... epistaxis'",
                  "PMC11592073": "epistaxis only among steroid side effects"},
     "note": "searched epistaxis, nosebleed, nasal bleeding/haemorrhage"},
    {"shape": "count", "question": "How many patients had cancer spread to the bones or the bone marrow?",
     "evidence": {
         "PMC11398847": "a metastatic lesion in the S2 and S3 sacral vertebral bodies",
         "PMC11503393": "the final diagnosis was splenic angiosarcoma metastatic to bone marrow",
         "PMC11625106": "The diagnosis of metastasis in the iliac bone was confirmed by a PET scan"},
     "rejected": {"PMC11431636": "the vertebral lesion was a solitary bone plasmacytoma, not a metastasis",
                  "PMC11570781": "metastasis to a thigh muscle (skeletal muscle), not bone",
                  "PMC11446496": "lytic lesion of the primary chondrosarcoma",
                  "PMC11512705": "osteolytic lesions of cemento-osseous dysplasia", "PMC11632487": "aneurysmal bone cyst",
                  "PMC11456792": "bones only in literature figures"},
     "note": "searched bone/osseous/skeletal/spinal metastasis, metastasis to bone/spine/iliac, lytic lesion, bone marrow metastasis"},
    {"shape": "count", "question": "How many patients had hepatitis C (HCV)?",
     "evidence": {"PMC11570109": "hepatitis C virus was detected with a liver cirrhosis"},
     "rejected": {"PMC11547072": "HCV serology among tests", "PMC11585469": "viral studies including hepatitis C negative",
                  "PMC11378089": "hepatitis C of a literature patient", "PMC11549870": "hepatitis C only among causes in the discussion"},
     "note": "searched hepatitis C, HCV, anti-HCV"},
    {"shape": "count", "question": "How many patients had a low lymphocyte count (lymphopenia)?",
     "evidence": {"PMC11509757": "stabilizing as a grade II CTCAE lymphopenia",
                  "PMC11595504": "lymphocytes of 0.49 K/uL L (NL 0.9–3.9 K/uL L)",
                  "PMC11620866": "lymphopenia (0.3 × 109/L)"},
     "rejected": {"PMC11479900": "lymphopenia among trial adverse events", "PMC11616425": "lymphopenia only in the discussion"},
     "note": "searched lymphopenia, lymphocytopenia, lymphocyte counts; PMC11595504: 0.49 K/uL below the range given, counted"},
]

YESNO = [
    {"case": TNG, "question": "Did the 33-year-old Japanese woman with tongue cancer get cisplatin along with her radiotherapy?",
     "expected": "yes", "evidence": "she received concurrent chemoradiotherapy (CCRT) with 6-week cisplatin"},
    {"case": TNG, "question": "Was the young woman with advanced SCC of the tongue and a congenital anomaly syndrome a smoker?",
     "expected": "no", "evidence": "She did not smoke nor drink alcohol regularly."},
    {"case": TNG, "question": "Was the tongue cancer of the 33-year-old followed with salivary miRNAs tested for HPV or p16?",
     "expected": "not_reported", "search_regex": r"HPV|p16|papilloma"},
    {"case": CCS, "question": "Was the 38-year-old diabetic man with the mid-LAD stenosis put on aspirin?",
     "expected": "yes", "evidence": "Aspirin was also introduced for CCS."},
    {"case": CCS, "question": "Did the 38-year-old with chronic coronary syndrome and an FFR of 0.75 have PCI?",
     "expected": "no", "evidence": "The patient chose OMT after discussing the potential benefits and risks of each approach."},
    {"case": CCS, "question": "Did the young diabetic man whose coronary plaque regressed on medical therapy smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine"},
    {"case": AST, "question": "Did the 19-year-old woman with the recurrent TCF3::BEND2 neuroepithelial tumour die?",
     "expected": "yes", "evidence": "The patient passed away one year after the second surgery in May 2024."},
    {"case": AST, "question": "Apart from surgery, was the young woman with the recurrent lateral-ventricle tumour given radiotherapy or chemo?",
     "expected": "no", "evidence": "The patient did not undergo any radiotherapy or chemotherapy."},
    {"case": ENC, "question": "Did the 14-year-old girl with the C4-C5 enchondroma get her arm strength back after surgery?",
     "expected": "yes", "evidence": "with upper limb strength returning to V/V"},
    {"case": ENC, "question": "Was the teenage girl with the cervical spine enchondroma put in a neck collar or fused after her laminectomy?",
     "expected": "not_reported", "search_regex": r"collar|brace|orthos|immobili|fusion|instrumentation"},
    {"case": FCO, "question": "Did the blood work of the 31-year-old woman with jaw osteomyelitis and florid cemento-osseous dysplasia show anything abnormal?",
     "expected": "no", "evidence": "hematological investigations were within normal limits"},
    {"case": FCO, "question": "Was the bone removed at the sequestrectomy of the woman with FCOD sent for histopathology?",
     "expected": "not_reported", "search_regex": r"histopath|histolog|biops|microscop|specimen"},
]

LOOKUPS = [
    {"case": TNG, "question": "How big was the tongue mass of the 33-year-old Japanese woman when she was first examined?",
     "answer": "20×30 mm", "evidence": "an indurative and hemorrhagic mass measuring 20×30 mm accompanied by ulceration",
     "alternatives": [{"answer": "20×30 mm", "evidence": "Ulcerated, indurative, hemorrhagic mass (20×30 mm)"}]},
    {"case": TNG, "question": "What radiation dose did the young woman with tongue SCC get in her chemoradiotherapy?",
     "answer": "total dose: 60 Gy in 30 fractions",
     "evidence": "intensity-modulated radiation therapy (total dose: 60 Gy in 30 fractions)"},
    {"case": CCS, "question": "What was the HbA1c of the 38-year-old man admitted to start insulin?",
     "answer": "HbA1c = 12.8%", "evidence": "worsening diabetes mellitus (HbA1c = 12.8%)",
     "alternatives": [{"answer": "HbA1c = 12.8%", "evidence": "Initial HbA1c = 12.8%"},
                      {"answer": "HbA1c = 12.8%", "evidence": "Worsening diabetes mellitus with HbA1c = 12.8%"}]},
    {"case": CCS, "question": "Which statin, and at what dose, did the 38-year-old with chronic coronary syndrome take?",
     "answer": "pitavastatin 4 mg", "evidence": "For dyslipidemia, pitavastatin 4 mg, ezetimibe 10 mg"},
    {"case": CCS, "question": "What was the troponin of the young diabetic man with chest discomfort and ST depression?",
     "answer": None, "search_regex": r"troponin|\bTnI\b|\bTnT\b|CK-MB|creatine kinase"},
    {"case": AST, "question": "How big was the recurrent lesion of the 19-year-old's lateral ventricle on MRI?",
     "answer": "5.7 cm x 5.3 cm x 4.8 cm",
     "evidence": "Magnetic resonance imaging revealed a 5.7 cm x 5.3 cm x 4.8 cm mixed solid-cystic lesion",
     "alternatives": [{"answer": "5.7 cm x 5.3 cm x 4.8 cm", "evidence": "left lateral ventricle (5.7 cm x 5.3 cm x 4.8 cm)"}]},
    {"case": AST, "question": "What was the progression-free survival of the young woman with the TCF3::BEND2-fused tumour?",
     "answer": "44 months", "evidence": "progression-free survival (PFS) was 44 months"},
    {"case": ENC, "question": "How large was the enchondroma in the right lamina of C4 on CT?",
     "answer": "approximately 12 mm in diameter",
     "evidence": "Computed tomography (CT) revealed a lobulated lesion approximately 12 mm in diameter",
     "alternatives": [{"answer": "12 mm", "evidence": "Lobulated lesion (12 mm)"}]},
    {"case": FCO, "question": "Which tooth had been extracted two years before the woman with FCOD came in with jaw pain?",
     "answer": "lower left second premolar", "evidence": "She gave a history of extraction of lower left second premolar",
     "alternatives": [{"answer": "lower left second premolar", "evidence": "after the extraction of her lower left second premolar"}]},
    {"case": FCO, "question": "What were the ESR and CRP of the 31-year-old woman with osteomyelitis of the mandible?",
     "answer": None, "search_regex": r"\bESR\b|\bCRP\b|sedimentation|C-reactive|white (blood )?cell count|\bWBC\b"},
]

SEQUENCES = [
    {"case": TNG, "question": "Two months after she finished chemoradiotherapy, what did the routine CT of the woman with tongue SCC show?",
     "answer": "aberrant cavitary nodules in both the right and left lungs",
     "evidence": "regular CT identified aberrant cavitary nodules in both the right and left lungs"},
    {"case": CCS, "question": "After 8 months of medical therapy, what had happened to the FFR of the 38-year-old with the LAD stenosis?",
     "answer": "an increase in the FFR from 0.75 to 0.90",
     "evidence": "revealed an improvement in stenosis and an increase in the FFR from 0.75 to 0.90",
     "alternatives": [{"answer": "improvement in FFR to 0.90", "evidence": "Follow-up CT at 8 months showed improvement in FFR to 0.90"}]},
    {"case": AST, "question": "Before her recurrence in 2023, what had the 19-year-old's first brain tumour been diagnosed as after the 2019 operation?",
     "answer": "ependymoma, WHO grade 2",
     "evidence": "The initial postoperative pathological diagnosis for the patient was ependymoma, WHO grade 2.",
     "alternatives": [{"answer": "ependymoma (WHO grade 2)", "evidence": "Initially diagnosed with ependymoma (WHO grade 2)"},
                      {"answer": "ependymoma WHO grade 2", "evidence": "initially diagnosed as ependymoma WHO grade 2 following surgery"}]},
    {"case": ENC, "question": "How was the 14-year-old doing at her 6-month check after the C4-C5 laminectomy?",
     "answer": "complete resolution of pain and notable improvement in neurological symptoms",
     "evidence": "At the 6-month follow-up, the patient reported complete resolution of pain and notable improvement in neurological symptoms",
     "alternatives": [{"answer": "complete resolution of pain and significant improvement in neurological symptoms",
                       "evidence": "At 6 months, the patient experienced complete resolution of pain and significant improvement in neurological symptoms"}]},
    {"case": FCO, "question": "After her lower premolar was pulled, what did the 31-year-old woman with FCOD go through before she came to the dental college?",
     "answer": "dull pain and pus discharge intermittently",
     "evidence": "after which she experienced dull pain and pus discharge intermittently",
     "alternatives": [{"answer": "pain and intermittent pus discharge for two years",
                       "evidence": "The patient reported pain and intermittent pus discharge for two years"}]},
    {"case": FCO, "question": "A year after the sequestrectomy and extractions, what did the radiograph of the woman with FCOD show?",
     "answer": "adequate bone remodeling without any signs of osteolytic activity",
     "evidence": "One year post operative radiograph showed adequate bone remodeling without any signs of osteolytic activity"},
]

COMPARES = [
    {"question": "Compare what the pathology showed in the 14-year-old girl with the cervical spine enchondroma and the 19-year-old "
                 "woman with the recurrent lateral-ventricle tumour.",
     "evidence": {ENC: "multiple fragmented masses of cartilage islands separated by fibro-osseous septa",
                  AST: "The tumor had a high cellular density, with some exhibiting significant nuclear atypia"},
     "note": "ENC: cartilage islands, enchondroma; AST: high-grade neuroepithelial tumour, TCF3::BEND2 fusion, MIB-1 40%"},
    {"question": "Compare how things ended for the 33-year-old woman with advanced tongue cancer and the 19-year-old with the "
                 "recurrent TCF3::BEND2 brain tumour.",
     "evidence": {TNG: "she died because of multiple-organ failure 11 months after the initial diagnosis",
                  AST: "The patient passed away one year after the second surgery in May 2024."},
     "note": "TNG: lung metastases, died of multi-organ failure 11 months after diagnosis; AST: died a year after the second "
             "surgery, overall survival 56 months"},
    {"question": "Compare the operations done in the mouth and jaw for the young woman with tongue SCC and the 31-year-old woman "
                 "with florid cemento-osseous dysplasia and osteomyelitis.",
     "evidence": {TNG: "she underwent subtotal glossectomy, right-sided modified radical neck dissection type III",
                  FCO: "followed by sequestrectomy and saucerization"},
     "note": "TNG: subtotal glossectomy, bilateral neck dissections, rectus abdominis flap; FCO: six teeth extracted, "
             "sequestrectomy and saucerization under general anaesthesia"},
    {"question": "Compare the patients whose lung cancer had spread to the brain or its linings: how it showed and how it was treated.",
     "evidence": {"PMC11398847": "with additional metastases to the brain and liver",
                  "PMC11570083": "compatible with solitary brain metastasis"},
     "rejected": {"PMC11395317": "primary melanocytic tumours of the CNS, no metastases",
                  "PMC11621058": "primary intracranial melanoma",
                  "PMC11570781": "brain metastases only in the background",
                  "PMC11438519": "brain metastases only in the discussion"},
     "note": "PMC11398847: neuroendocrine lung carcinoma with leptomeningeal and brain spread, cauda equina syndrome, steroids, "
             "chemotherapy and radiation; PMC11570083: NSCLC, craniotomy for a cerebellar metastasis, later dural-based "
             "leptomeningeal metastasis treated with osimertinib. Searched brain/cerebral/intracranial metastasis, leptomeningeal"},
    {"question": "Compare why the patients who had a laminectomy needed one, and how they did.",
     "evidence": {"PMC11395317": "The tumor removal was performed by C2–C4 laminectomy",
                  "PMC11431636": "urgent neurosurgical management with laminectomy, arthrodesis, and arthrectomy",
                  "PMC11632474": "A C4-C5 laminectomy was carried out to remove the hard, irregular tumor mass completely"},
     "note": "searched laminectomy, hemilaminectomy, laminoplasty"},
    {"question": "Compare the patients who were on an antidepressant such as an SSRI: why, and what became of it.",
     "evidence": {"PMC11438519": "commenced on escitalopram 10 mg daily",
                  "PMC11506189": "Her medications included Escitalopram, which she had been taking for a year"},
     "rejected": {"PMC11505908": "'lithium disilicate' porcelain (look-alike)"},
     "note": "searched antidepressant, SSRI, sertraline, fluoxetine, (es)citalopram, paroxetine, amitriptyline, venlafaxine, "
             "duloxetine, mirtazapine, bupropion, trazodone, lithium; venlafaxine and fluoxetine in PMC11506189 only as risk "
             "factors in the discussion"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua15", OUT))
