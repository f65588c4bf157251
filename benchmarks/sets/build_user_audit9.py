"""Write ``benchmarks/sets/user_audit9.jsonl``: a ninth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, brand names, drug classes, bare abbreviations, lay words).

Written on 2026-11-27 by helper-audit9 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. List/count/compare subjects
other than those of ``user_audit1.jsonl`` .. ``user_audit8.jsonl``; the 30 one-case questions use 5
cases that no earlier audit set asks a one-case question about. Mix: list 8, count 4, compare 6,
yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 12 (2 the case does not answer),
sequence 6.
List/count gold = every case whose patient had it (grep over all documents, synonyms, brand names,
class members, abbreviations and spelling variants such as "hyponatraemia" included, each hit read;
drugs or findings only in the discussion, the literature or a differential, normal values, tests
named after a drug and look-alike words such as "somatostatin" or "cilastatin" for a statin in
``rejected`` with why). Compare gold = every case of the named kind.
Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a
span is missing or ambiguous).

    python benchmarks/sets/build_user_audit9.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit9.jsonl"

SHOULDER, STROKE, DZX, SALM, YOLK = "PMC11465958", "PMC11549870", "PMC11484256", "PMC11490280", "PMC11488400"

LISTS = [
    {"shape": "list", "question": "Which patients got carboplatin (Paraplatin), alone or in a combo?",
     "evidence": {
         "PMC11398847": "His inpatient chemotherapy regimen included carboplatin and etoposide",
         "PMC11459453": "Following the primary cancer treatment, carboplatin therapy was initiated.",
         "PMC11469216": "a decision was made to start the patient on chemotherapy with carboplatin and etoposide",
         "PMC11488400": "Carboplatin 162mg IV OD -1/7",
         "PMC11532939": "The weekly dosage consisted of 86 mg of paclitaxel and 265 mg of carboplatin.",
         "PMC11546499": "treated with chemotherapy (1 cycle of vinorelbine/carboplatin)",
         "PMC11608042": "which comprised etoposide combined with carboplatin",
         "PMC11626642": "The decision was made to proceed with palliative chemo-immunotherapy, combining carboplatin and pembrolizumab.",
         "PMC11628523": "the patient received taxol + carboplatin (TC) + sintilimab for just one cycle",
         "PMC11645528": "a second cycle of chemotherapy was commenced using carboplatin/etoposide"},
     "rejected": {"PMC11378089": "carboplatin only among literature therapies for hepatic leiomyosarcoma (discussion)",
                  "PMC11483286": "platinum chemotherapy only as the standard of care; not given (kidney transplant)"},
     "note": "searched carboplatin, Paraplatin, CBDCA, carbo, platinum, TC/EC/EP regimens; PMC11532939: carboplatin/paclitaxel "
             "after cisplatin/ifosfamide in pregnancy; PMC11628523: one cycle, stopped for grade 4 marrow suppression, counted"},
    {"shape": "list", "question": "Which patients were on a statin?",
     "evidence": {
         "PMC11420455": "Betalox, atorvastatin calcium tablets, and enteric-coated aspirin were taken orally for 5 years.",
         "PMC11593014": "pitavastatin 4 mg, ezetimibe 10 mg, and omega-3 fatty acids 2 g were introduced",
         "PMC11635820": "daily aspirin 81 mg and atorvastatin 40 mg",
         "PMC11646979": "the patient was prescribed atorvastatin 20 mg nightly",
         "PMC11648763": "He is on oral medication with cilnidipine 5 mg and rosuvastatin 20 mg daily."},
     "rejected": {"PMC11439622": "cilastatin (imipenem/cilastatin), not a statin",
                  "PMC11620866": "nystatin (antifungal), not a statin",
                  "PMC11392029": "somatostatin receptors (imaging), not a statin",
                  "PMC11446622": "somatostatin only in the discussion", "PMC11616425": "somatostatin for pancreatitis, not a statin",
                  "PMC11635374": "somatostatin analogue lanreotide, not a statin",
                  "PMC11645528": "somatostatin receptors (imaging discussion), not a statin",
                  "PMC11490280": "hyperlipidemia in the history, no lipid-lowering drug named"},
     "note": "searched statin, -vastatin (atorvastatin, rosuvastatin, simvastatin, pravastatin, pitavastatin, lovastatin, "
             "fluvastatin), Lipitor, Crestor, lipid-lowering; PMC11420455 also had ulinastatin (not a statin)"},
    {"shape": "list", "question": "Which patients needed insulin?",
     "evidence": {
         "PMC11465958": "and insulin for elevated capillary blood glucose levels",
         "PMC11506781": "started an intravenous insulin infusion therapy, replaced by a continuous subcutaneous insulin infusion (CSII)",
         "PMC11546499": "Treatment with fluids and continuous IV insulin infusion was initialized",
         "PMC11593014": "Insulin was introduced during the acute phase to stabilize glycemic control.",
         "PMC11602238": "he was ultimately discharged home on insulin and pancreatic enzymes"},
     "rejected": {"PMC11484256": "insulin only as a lab value (a baby with hyperinsulinism, treated with diazoxide)",
                  "PMC11541951": "non-insulin-dependent diabetes", "PMC11550105": "insulin tolerance test only discussed, not done",
                  "PMC11565536": "insulin resistance only", "PMC11635374": "insulin-like growth factor (lab value)"},
     "note": "searched insulin, glargine, lispro, aspart, detemir, degludec, Lantus, NovoRapid, Humalog, insulin pump, CSII"},
    {"shape": "list", "question": "Any patients with low sodium (hyponatremia)?",
     "evidence": {
         "PMC11368709": "hyponatremia and hyperkalemia with acute kidney injury were noted",
         "PMC11411574": "hypochloremic metabolic alkalosis with hyponatremia and hypokalemia (Table 1)",
         "PMC11465958": "Sodium levels were low at 127 mEq/L",
         "PMC11488400": "Serum sodium was mildly low at 128.9 mmol/L",
         "PMC11535893": "decreased Na (132 mEq/L) levels",
         "PMC11550105": "Blood work showed hyponatremia (126 mmol/L)",
         "PMC11608458": "hyponatremia at 129 mmol/L",
         "PMC11620866": "He had hyponatraemia (sodium 132 mmol/L)"},
     "rejected": {"PMC11592073": "hyponatremia only in the discussion of hydrocortisone in brain injury",
                  "PMC11525151": "sodium 138, normal", "PMC11535884": "sodium 136, normal", "PMC11539092": "normal sodium",
                  "PMC11492433": "electrolytes normal", "PMC11646824": "sodium 139, normal", "PMC11395475": "sodium within normal limits"},
     "note": "searched hyponatremia, hyponatraemia, low sodium, sodium with a value, Na; every sodium value read"},
    {"shape": "list", "question": "Whose D-dimer came back high?",
     "evidence": {
         "PMC11420455": "a D-dimer heightened to 1.5 times the basal level",
         "PMC11490280": "as well as an elevated D-dimer (Tables 1-2)",
         "PMC11506189": "elevated D-dimer levels led to a CT scan",
         "PMC11620866": "elevated D-dimer at 1,229 ng/ml FEU"},
     "rejected": {"PMC11395475": "D-dimers within normal limits", "PMC11439622": "D-dimer normal",
                  "PMC11631590": "D-dimer and FDP normal", "PMC11616425": "low D-dimer only as a literature risk factor"},
     "note": "searched D-dimer, D dimer, dimer, fibrin(ogen) degradation products, FDP"},
    {"shape": "list", "question": "Which patients were given a bisphosphonate (zoledronic acid, pamidronate and the like)?",
     "evidence": {
         "PMC11505654": "We administered intravenous pamidronate",
         "PMC11570781": "Zoledronic acid (4 mg) was administered intravenously as a single dose",
         "PMC11596290": "initially taking sodium risedronate orally for 4 years, followed by intravenous ibandronate for 10 years"},
     "rejected": {"PMC11597933": "bisphosphonates only in a review of CRPS therapies",
                  "PMC11632487": "bisphosphonate injection and denosumab only as options for aneurysmal bone cysts",
                  "PMC11640908": "bisphosphonates only said to be excluded in pycnodysostosis"},
     "note": "searched bisphosphonate, zoledronic/zoledronate, pamidronate, alendronate, risedronate, ibandronate, etidronate, "
             "denosumab, Zometa, Fosamax, Reclast, Prolia; PMC11505654: pamidronate then oral etidronate"},
    {"shape": "list", "question": "Any patients with a yeast infection (Candida, thrush)?",
     "evidence": {
         "PMC11439622": "he was diagnosed with pneumonia and oral candidiasis",
         "PMC11490280": "The first was tapped and grew Candida albicans",
         "PMC11513519": "His endoscopy revealed diffuse candidiasis and mild pancreatitis.",
         "PMC11631872": "severe COVID-19 pneumonia complicated by Candida glabrata pneumonia"},
     "rejected": {"PMC11552406": "denied a history of recurrent thrush",
                  "PMC11497857": "T2Candida panel only named among diagnostic tests (discussion)",
                  "PMC11620866": "nystatin as fungal prophylaxis, no Candida found"},
     "note": "searched candida, candidiasis, candidemia, albicans, glabrata, thrush, yeast, fungal; 'candidate' hits skipped"},
    {"shape": "list", "question": "Who was put on hydrocortisone (Solu-Cortef, Cortef)?",
     "evidence": {
         "PMC11368709": "the infant was started on a standard regimen of hydrocortisone at 20 mg/m2/day",
         "PMC11550105": "hydrocortisone sodium succinate (Solu-Cortef) 25 mg IV every eight hours",
         "PMC11635374": "physiologic replacement dose of hydrocortisone, 11 mg/m2/day"},
     "rejected": {"PMC11411574": "tetrahydrocortisone, a urinary metabolite in a differential diagnosis",
                  "PMC11592073": "hydrocortisone only in the discussion (the patient got prednisolone and dexamethasone)"},
     "note": "searched hydrocortisone, Solu-Cortef, Cortef, cortisol replacement, glucocorticoid replacement"},
    {"shape": "count", "question": "How many patients were on a DOAC like Eliquis, Xarelto or Pradaxa?",
     "evidence": {
         "PMC11395475": "the direct oral anticoagulant (DOAC) Dabigatran 150 mg bid",
         "PMC11459453": "she was started on apixaban anticoagulation",
         "PMC11549870": "was initiated on a direct oral anticoagulant"},
     "rejected": {"PMC11618002": "'cyanoacrylate' matched the NOAC search, no anticoagulant"},
     "note": "searched apixaban, rivaroxaban, dabigatran, edoxaban, Eliquis, Xarelto, Pradaxa, DOAC, NOAC, direct oral "
             "anticoagulant; PMC11395475: dabigatran later switched to acenocoumarol, counted"},
    {"shape": "count", "question": "How many patients got vincristine (Oncovin), e.g. as part of CHOP?",
     "evidence": {
         "PMC11456881": "the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles",
         "PMC11492433": "vincristine at 1.5 mg/m2 every 21 days",
         "PMC11573236": "chemotherapy with cisplatin, bleomycin, vincristine, and thymosin immunotherapy",
         "PMC11631872": "A complete response (CR) was achieved with the CHOP (cyclophosphamide, doxorubicin, vincristine, and prednisone) regimen."},
     "rejected": {"PMC11479900": "vincristine only in literature patients' regimens",
                  "PMC11544788": "EMA-CO only in a literature series"},
     "note": "searched vincristine, Oncovin, VCR, CHOP, VAC, VDC, EMA-CO"},
    {"shape": "count", "question": "How many patients ended up with a trach (tracheostomy)?",
     "evidence": {
         "PMC11427117": "He underwent tracheostomy, gastrostomy, and diaphragmatic pacemaker placement.",
         "PMC11549870": "the patient was tracheostomized",
         "PMC11626642": "a protective tracheostomy was performed on September 29, 2023"},
     "note": "searched tracheostomy, tracheostomized, trach, tracheotomy; trachea/endotracheal hits read and skipped"},
    {"shape": "count", "question": "How many patients received ifosfamide?",
     "evidence": {
         "PMC11446496": "cisplatin 120 mg, ifosfamide 10 g, and methotrexate 8 g",
         "PMC11488400": "Ifosfamide 473 mg IV OD for 5 days",
         "PMC11532939": "with a dosing of 120 mg of cisplatin and 3 g of ifosfamide"},
     "rejected": {"PMC11378089": "ifosfamide only among literature adjuvant regimens"},
     "note": "searched ifosfamide, Ifex, ICE, VIP, IE, MAID, mesna"},
]

YESNO = [
    {"case": SHOULDER, "question": "Did the 55-year-old diabetic farmer with the septic shoulder end up in the ICU?",
     "expected": "yes", "evidence": "The patient was taken to the intensive care unit for further management."},
    {"case": SHOULDER, "question": "Was the farmer with melioidosis of the shoulder transfused for his Hb of 4.9?",
     "expected": "not_reported", "search_regex": r"transfus|packed|PRBC|red (blood )?cells?\b|blood product",
     "note": "severe anemia is reported; no transfusion or red cells are mentioned"},
    {"case": STROKE, "question": "Was the 39-year-old woman with the endocarditis-related stroke given tPA?",
     "expected": "yes", "evidence": "thrombolysed with alteplase after formal neurological consultation"},
    {"case": STROKE, "question": "Did the blood cultures grow anything in the young woman with mitral valve endocarditis and stroke?",
     "expected": "no", "evidence": "although the blood cultures and serology for brucella were negative"},
    {"case": STROKE, "question": "Did the young woman with the mitral valve prolapse and endocarditis have her valve fixed during that admission?",
     "expected": "no", "evidence": "The surgical repair was postponed because of a recent hemorrhagic stroke."},
    {"case": DZX, "question": "Did the mother of the newborn with diazoxide-sensitive hyperinsulinism carry the same HNF1A variant?",
     "expected": "yes", "evidence": "Further family genetic testing revealed the same genetic mutation in the mother"},
    {"case": DZX, "question": "Was the LGA baby with HNF1A hyperinsulinism ever given octreotide or glucagon?",
     "expected": "not_reported", "search_regex": r"octreotide|glucagon|somatostatin|lanreotide|pancreatectomy|nifedipine"},
    {"case": SALM, "question": "Did any blood culture turn positive in the 67-year-old woman with Salmonella and gut infarction?",
     "expected": "no", "evidence": "Several sets of blood cultures were obtained over these days, but none ever yielded a positive result."},
    {"case": SALM, "question": "Was a V/Q scan done to look for a PE in the woman with Salmonella enteritis who turned hypoxic?",
     "expected": "yes", "evidence": "a ventilation-perfusion (VQ) scan was then ordered to rule out a pulmonary embolism (PE)"},
    {"case": SALM, "question": "Did the woman with the bowel infarction get a blood transfusion when her hemoglobin dropped?",
     "expected": "not_reported", "search_regex": r"transfus|packed|PRBC|red (blood )?cells?\b|blood product",
     "note": "the drop from 12 to 9.7 and IV fluids for the hypotension are reported; no transfusion is mentioned"},
    {"case": YOLK, "question": "Was the beta-hCG raised in the 8-month-old with the sacrococcygeal yolk sac tumour?",
     "expected": "no", "evidence": "β-human chorionic gonadotropin (β-hCG) was normal (1.06 mIU/L)"},
    {"case": YOLK, "question": "Did the baby with the yolk sac tumour get G-CSF (filgrastim) with her chemo?",
     "expected": "not_reported", "search_regex": r"filgrastim|G-CSF|granulocyte|colony.stimulating|neupogen"},
]

LOOKUPS = [
    {"case": SHOULDER, "question": "What was the hemoglobin in the 55-year-old with the B. pseudomallei shoulder infection?",
     "answer": "hemoglobin 4.9 g/dL", "evidence": "Routine blood investigations showed anemia (hemoglobin 4.9 g/dL)",
     "alternatives": [{"answer": "Hb 4.9 g/dL", "evidence": "Severe anemia (Hb 4.9 g/dL)"}]},
    {"case": SHOULDER, "question": "What lab system finally identified the bug in the diabetic farmer's septic shoulder?",
     "answer": "Vitek-2", "evidence": "Vitek-2 revealed B. pseudomallei as the organism in pus and blood samples.",
     "alternatives": [{"answer": "Vitek-2", "evidence": "later identified Burkholderia pseudomallei via Vitek-2 microbiological system"},
                      {"answer": "Vitek-2 system", "evidence": "the Vitek-2 system (bioMerieux, Salt Lake City, UT), an automated microbiological diagnostic tool"}]},
    {"case": STROKE, "question": "How big was the mitral vegetation on TEE in the 39-year-old with the stroke?",
     "answer": "6 × 6 mm", "evidence": "vegetation of size 6 × 6 mm on the anterior mitral valve leaflet",
     "alternatives": [{"answer": "6x6 mm", "evidence": "mitral valve vegetation (6x6 mm)"}]},
    {"case": STROKE, "question": "Which DOAC was the young woman with endocarditis put on for her leg DVT?",
     "answer": None, "search_regex": r"apixaban|rivaroxaban|dabigatran|edoxaban|eliquis|xarelto|pradaxa|savaysa"},
    {"case": DZX, "question": "What starting dose of diazoxide was the big baby with hyperinsulinism given?",
     "answer": "5 mg/kg/day", "evidence": "he was initiated on a standard oral dose of DZX, 5 mg/kg/day in three divided doses",
     "alternatives": [{"answer": "5 mg/kg/day", "evidence": "Diazoxide was initiated at conventional doses of 5 mg/kg/day"}]},
    {"case": DZX, "question": "What diuretic was added to the diazoxide in the newborn with HNF1A hyperinsulinism?",
     "answer": "hydrochlorothiazide", "evidence": "and hydrochlorothiazide was added"},
    {"case": DZX, "question": "What was the exact HNF1A change found in the diazoxide-hypersensitive baby?",
     "answer": "c.1064G>T(p.Gly355Val)", "evidence": "A novel heterozygous mutation in exon 5,c.1064G>T(p.Gly355Val) was identified",
     "alternatives": [{"answer": "p.Gly355Val", "evidence": "Novel heterozygous variant in HNF1A gene (p.Gly355Val)"}]},
    {"case": SALM, "question": "How far did the hemoglobin fall on the 4th night in the woman with Salmonella and bowel infarction?",
     "answer": "from 12 to 9.7", "evidence": "the patient’s hemoglobin dropped acutely from 12 to 9.7"},
    {"case": SALM, "question": "What grew from the first infected abdominal collection after the Whipple in the 67-year-old woman?",
     "answer": "Candida albicans", "evidence": "The first was tapped and grew Candida albicans"},
    {"case": YOLK, "question": "What was the baseline AFP in the infant with the sacrococcygeal yolk sac tumour?",
     "answer": "1000IU/ml", "evidence": "found to be elevated to 1000IU/ml",
     "alternatives": [{"answer": "1000 IU/mL", "evidence": "Elevated AFP (1000 IU/mL)"}]},
    {"case": YOLK, "question": "What carboplatin dose did the 8-month-old get in each JEB course?",
     "answer": "162mg", "evidence": "Carboplatin 162mg IV OD -1/7"},
    {"case": YOLK, "question": "How low did the neutrophils go during chemo in the baby with the yolk sac tumour?",
     "answer": None, "search_regex": r"neutrophil|\bANC\b|neutropeni"},
]

SEQUENCES = [
    {"case": SHOULDER, "question": "Once Vitek-2 showed B. pseudomallei, what was the pip-tazo switched to in the farmer with the septic shoulder?",
     "answer": "intravenous ceftazidime 1 g", "evidence": "leading to a switch to intravenous ceftazidime 1 g",
     "alternatives": [{"answer": "ceftazidime", "evidence": "which were later switched to ceftazidime following pathogen identification"}]},
    {"case": STROKE, "question": "After she developed a leg DVT in rehab, what was the 39-year-old with the endocarditis stroke started on?",
     "answer": "a direct oral anticoagulant", "evidence": "was initiated on a direct oral anticoagulant"},
    {"case": DZX, "question": "After diazoxide was held and the glucose drip stopped, what was done on day 15 to check that the baby's hyperinsulinism had resolved?",
     "answer": "a 6-h fasting study", "evidence": "a 6-h fasting study was conducted on day 15 of life",
     "alternatives": [{"answer": "a 6-h fasting study", "evidence": "he underwent a 6-h fasting study and passed"}]},
    {"case": SALM, "question": "When her CRP kept rising on cipro and metronidazole, what replaced the cipro in the woman with Salmonella?",
     "answer": "IV ceftriaxone", "evidence": "IV ciprofloxacin being replaced by IV ceftriaxone"},
    {"case": SALM, "question": "After the second abdominal collection grew MSSA, what antibiotic was the 67-year-old woman put on?",
     "answer": "cefazolin", "evidence": "for which the patient was placed on cefazolin"},
    {"case": YOLK, "question": "After the second wide local excision, when the AFP kept climbing, what was done next for the baby with the yolk sac tumour?",
     "answer": "Another MRI of the abdomen and pelvis", "evidence": "Another MRI of the abdomen and pelvis was done 4 weeks later",
     "alternatives": [{"answer": "prompted imaging", "evidence": "Progressive rise in AFP and advancing tumor dimensions prompted imaging"}]},
]

COMPARES = [
    {"question": "Compare how the adults with a bowel obstruction were treated.",
     "evidence": {
         "PMC11342857": "small bowel obstruction, which was managed conservatively",
         "PMC11525151": "Initial management involved exploratory laparotomy with enterotomy and gallstone removal",
         "PMC11602238": "the obstruction was resolved by removing the necrosum through an enterotomy",
         "PMC11632824": "right hemicolectomy, and isoperistaltic side-to-side anastomosis"},
     "rejected": {"PMC11535884": "a newborn (meconium ileus), not an adult",
                  "PMC11452353": "intestinal obstruction only as a complication of HAE (background)",
                  "PMC11601975": "obstruction only as a literature presentation of small bowel NETs",
                  "PMC11427117": "bowel obstruction only as a warning sign in the discussion",
                  "PMC11490280": "bowel obstruction only in a differential", "PMC11631590": "only in a list of rare adverse events"},
     "note": "searched small bowel obstruction, intestinal obstruction, bowel obstruction, ileus; PMC11342857: a postoperative "
             "obstruction after gastrectomy for a schwannoma; PMC11632824: an ameboma obstructing the ascending colon"},
    {"question": "Compare how the patients with an aortic dissection were treated.",
     "evidence": {
         "PMC11355863": "proximal aortic arch replacement for an acute aortic dissection in February 2020",
         "PMC11646747": "The patient underwent emergent valve-sparing aortic root replacement, hemiarch replacement, and insertion of a 40-30 mm AMDS"},
     "rejected": {"PMC11439622": "aortic dissection ruled out", "PMC11506189": "aortic dissection ruled out on CT"},
     "note": "searched aortic dissection, type A/B dissection; PMC11355863: the dissection is the history behind its lymphocele"},
    {"question": "Compare how the two vascular tumours of the head and neck, the buccal lobular capillary hemangioma and the ear-canal hemangiopericytoma, were treated.",
     "evidence": {
         "PMC11364916": "In this case, surgical excision of the lesion was done followed by the six-month postoperative follow-up.",
         "PMC11452711": "The tumor was surgically excised, and the patient underwent adjuvant radiotherapy."}},
    {"question": "Compare the outcomes of the two patients with a germ cell tumour (the infant's sacrococcygeal yolk sac tumour and the pancreatic teratoma).",
     "evidence": {
         "PMC11488400": "There features were suggestive of disease progression",
         "PMC11541951": "A two-year follow-up revealed significant improvement in the patient's condition"},
     "rejected": {"PMC11396497": "teratoma only in a differential of tailgut cysts", "PMC11525124": "teratoma only in a differential",
                  "PMC11544788": "choriocarcinoma in the placenta (gestational); germ cell origin only in a differential",
                  "PMC11626642": "germ cell tumours only among literature sources of cardiac metastasis",
                  "PMC11635708": "germ cell tumours only in a literature association"}},
    {"question": "Compare how the blood sugar was managed in the baby with permanent neonatal diabetes and the newborn with congenital hyperinsulinism.",
     "evidence": {
         "PMC11506781": "replaced by a continuous subcutaneous insulin infusion (CSII) with Medtronic Minimed 780G® insulin pump",
         "PMC11484256": "the CBG levels became stable on a dose of 0.7 mg/kg/day of DZX"}},
    {"question": "Compare how the bleeding from a vitamin K antagonist was reversed in the pregnant woman poisoned with rat poison and the woman on warfarin with the ovarian bleed.",
     "evidence": {
         "PMC11631590": "FFP and vitamin K1 were administered to reverse the coagulopathy status",
         "PMC11646791": "Human prothrombin complex (1000 units of Kcentra®"},
     "note": "PMC11646791 also had fresh frozen plasma before the surgery"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua9", OUT))
