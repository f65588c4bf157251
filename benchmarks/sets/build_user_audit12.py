"""Write ``benchmarks/sets/user_audit12.jsonl``: a twelfth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, bare abbreviations, patients described).

Written on 2026-11-27 by helper-audit12 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Written beside set 11
(another helper): this set's list/count subjects are diagnoses, findings and lab results, other than
those of ``user_audit1.jsonl`` .. ``user_audit10.jsonl``; the 30 one-case questions use 5 cases with an
odd last PMCID digit that no earlier set asks a one-case question about. Mix: list 8, count 4,
compare 6 (3 naming two patients by a description, 3 over a kind of patient), yes/no 12 (yes 4,
reported as absent 4, never mentioned 4), lookup 12 (2 the case does not answer), sequence 6.
List/count gold = every case whose patient had it (grep over all documents, synonyms, lay words and
abbreviations included, each hit read; findings only in the discussion, the literature or a
differential, negative findings, drug names that look alike ("oral hypoglycemic agents"), chronic
disease where the question asks for an acute one, and look-alike words such as "adrenal
insufficiency" for renal insufficiency in ``rejected`` with why). Compare gold = every case of the
named kind. Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails
loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit12.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit12.jsonl"

SYNC, GSI, IVL, EDS, HCC = "PMC11465705", "PMC11525151", "PMC11429645", "PMC11624969", "PMC11570109"

LISTS = [
    {"shape": "list", "question": "Which patients had fluid around the lungs (a pleural effusion)?",
     "evidence": {
         "PMC11446622": "identified moderate bilateral pleural effusions with atelectasis of bilateral lower lobes",
         "PMC11501102": "A CT chest revealed a pleural effusion with pleural thickening",
         "PMC11522842": "An X-ray of the chest showed right pleural effusion",
         "PMC11551029": "a large heart shadow, and bilateral pleural effusion",
         "PMC11596152": "confirming the presence of fluid in the right pleural cavity",
         "PMC11616425": "resolution of the pleural and abdominal effusions",
         "PMC11625106": "Additionally, there is an associated pleural effusion and pleural masses",
         "PMC11634049": "recurrent pleural effusion causing persistent dyspnea on exertion",
         "PMC11635820": "mild pulmonary edema and a small left pleural effusion",
         "PMC11643412": "A chest radiograph indicated a left-sided pleural effusion"},
     "rejected": {"PMC11488398": "exam 'signs consistent with left pleural effusion'; imaging showed pleural hydatid cysts, no effusion",
                  "PMC11418098": "pericardial effusion, not pleural",
                  "PMC11355863": "chylothorax only in the background on lymphatic leaks",
                  "PMC11456881": "a postoperative bile-derived encapsulated effusion in the abdomen",
                  "PMC11594283": "a perivesicular (gallbladder) effusion"},
     "note": "searched pleural effusion, effusion, pleural fluid, fluid in the pleural cavity, hydrothorax, chylothorax, "
             "hemothorax, empyema, thoracentesis; PMC11446622: chylothorax (a pleural effusion), PMC11616425: pleural "
             "effusions named when they resolved, PMC11634049: recurrent pleural effusion in the history, counted"},
    {"shape": "list", "question": "Which patients had acute kidney injury (AKI, acute renal failure, a sudden rise in creatinine)?",
     "evidence": {
         "PMC11368709": "hyponatremia and hyperkalemia with acute kidney injury were noted",
         "PMC11420455": "The patient was in a state of shock, with acute kidney injury (AKI)",
         "PMC11501102": "further required hemodialysis due to AKI (presumed from sepsis)",
         "PMC11506189": "liver failure and acute kidney injury, necessitating a transfer to the intensive care unit",
         "PMC11522842": "he was found to have pancytopenia and acute kidney injury",
         "PMC11547072": "grade 3 acute kidney injury being detected with a serum creatinine of 3.7 mg/dL",
         "PMC11570781": "The patient also developed acute kidney injury (AKI) secondary to elevated calcium.",
         "PMC11616425": "For acute renal failure, continuous renal replacement therapy was provided.",
         "PMC11646747": "His creatinine was elevated at 144"},
     "rejected": {"PMC11535893": "'pseudo-renal failure': creatinine reabsorbed from urinary ascites (bladder rupture)",
                  "PMC11483286": "chronic kidney disease on a renal transplant, not acute",
                  "PMC11608458": "end-stage renal disease on peritoneal dialysis, not acute",
                  "PMC11551029": "oliguria before admission; no kidney injury or creatinine reported",
                  "PMC11479900": "renal insufficiency only in the discussion of drug tolerability",
                  "PMC11550105": "'adrenal insufficiency' (look-alike); renal function normal",
                  "PMC11635374": "'adrenal insufficiency' (look-alike)"},
     "note": "searched acute kidney injury, AKI, acute renal failure, renal failure, kidney failure, renal insufficiency/"
             "impairment/dysfunction, oliguria, anuria, elevated creatinine, renal replacement, dialysis; PMC11646747: "
             "creatinine 144 from 83 umol/L with renal malperfusion after aortic repair, counted"},
    {"shape": "list", "question": "Whose troponin came back raised?",
     "evidence": {
         "PMC11439622": "the baseline cTnI monitoring revealed an abnormal elevation",
         "PMC11446622": "initial troponin was elevated at 15 ng/mL",
         "PMC11506189": "Troponin-I: 19,437 ng/L",
         "PMC11551029": "Cardiac biomarkers, including creatinine kinase (CK), CK-MB, and troponin I, were elevated",
         "PMC11624525": "cardiac troponin I (cTnI) 13.44 ng/mL"},
     "rejected": {"PMC11646979": "'troponin sensitivity of 0.023 ug/L' reported without a range and not called raised",
                  "PMC11395475": "troponin I within normal limits", "PMC11465705": "troponins negative"},
     "note": "searched troponin, cTnI, cTnT, TnI, TnT, cardiac biomarkers, myocardial enzymes"},
    {"shape": "list", "question": "Which patients had low blood sugar (hypoglycaemia)?",
     "evidence": {
         "PMC11368709": "There were episodes of intermittent asymptomatic hypoglycemia",
         "PMC11484256": "the infant had symptomatic hypoglycemia at 2 h of life",
         "PMC11506781": "At birth, the patient presented hypoglycaemia (35 mg/dL)"},
     "rejected": {"PMC11416184": "'oral hypoglycemic medications' (a drug class) for diabetes",
                  "PMC11647062": "'oral hypoglycemic agents' (a drug class) for diabetes",
                  "PMC11465705": "'no evidence of electrolyte abnormalities or hypoglycemia'",
                  "PMC11550105": "hypoglycemia only among symptoms of adrenal insufficiency (background)",
                  "PMC11647126": "hypoglycemia only in the differential of the MRI findings"},
     "note": "searched hypoglycemia, hypoglycaemia, hypoglycemic, low blood sugar/glucose"},
    {"shape": "list", "question": "Who had protein in the urine (proteinuria)?",
     "evidence": {
         "PMC11479900": "Biochemical test showed proteinuria was 4446.7 mg/g",
         "PMC11522842": "24-hour urine protein was 1180",
         "PMC11614595": "the patient developed massive proteinuria",
         "PMC11616425": "Urinalysis indicated proteinuria (++)",
         "PMC11625102": "Proteinuria at 4+ on dipstick"},
     "rejected": {"PMC11544788": "preeclampsia ruled out 'given the absence of hypertension, proteinuria'"},
     "note": "searched proteinuria, urine protein, protein-creatinine ratio, albuminuria, nephrotic"},
    {"shape": "list", "question": "Which patients had bruising, petechiae or purpura on the skin?",
     "evidence": {
         "PMC11420455": "ecchymosis surrounding the umbilicus and both lower extremities",
         "PMC11461041": "bleeding skin, dryness, multiple ecchymoses, and itching",
         "PMC11503393": "He presented with petechiae",
         "PMC11624969": "as evident by the generalized petechiae and subcutaneous hematomas",
         "PMC11648237": "with pale conjunctivae, ecchymoses, and lethargy"},
     "rejected": {"PMC11489928": "an ankle with 'swelling or ecchymosis' after a sprain, not said which",
                  "PMC11631590": "'no discernible bleeding sites or petechiae'", "PMC11569933": "'no ecchymosis'",
                  "PMC11632603": "dressings applied 'to reduce ecchymosis' after mastectomy",
                  "PMC11370703": "ecchymosis only in the background on Morel-Lavallee lesions",
                  "PMC11479900": "purpura only among features of cryoglobulinemia",
                  "PMC11513519": "palpable purpura only in the background on vasculitis",
                  "PMC11629271": "'livid purpura' in the definition of peliosis"},
     "note": "searched bruise, bruising, ecchymosis/ecchymoses, petechiae, purpura; deep hematomas (surgical, subdural, "
             "retroperitoneal) not counted"},
    {"shape": "list", "question": "Which patients had weakness of one side of the body (hemiparesis)?",
     "evidence": {
         "PMC11395317": "The patient presented right-sided hemiparesis.",
         "PMC11395475": "The patient was left with a residual left-sided hemiparesis",
         "PMC11447345": "left hemiparesis for 1 year",
         "PMC11497857": "the patient reported right-sided weakness, bilateral hand tremors",
         "PMC11549870": "acute onset of right-sided weakness, altered sensorium, and aphasia",
         "PMC11585469": "The patient had a mild residual right hemiparesis",
         "PMC11602322": "She developed hemiparesis and altered mental status 10 days later",
         "PMC11625102": "Neurological examination revealed right-sided hemiparesis",
         "PMC11634049": "she has some persistent right-sided weakness",
         "PMC11647062": "He reported right-sided weakness in both the upper and lower limbs",
         "PMC11648763": "The motor assessment indicates significant right hemiparesis."},
     "rejected": {"PMC11632474": "weakness of the right upper limb only (cervical enchondroma)",
                  "PMC11632487": "weakness of the left extensor hallucis longus only",
                  "PMC11366418": "hemiparesis only in the background on TB meningitis",
                  "PMC11413548": "infantile hemiparesis/hemiplegia only among COL4A1 features",
                  "PMC11539092": "hemiparesis only among ANE features",
                  "PMC11570475": "hemiparesis only in the background on TB meningitis",
                  "PMC11621058": "hemiplegia only in the differential (cerebral hemorrhage)"},
     "note": "searched hemiparesis, hemiplegia, right-/left-sided weakness, weakness of the right/left, monoparesis"},
    {"shape": "list", "question": "Which patients had blood in the urine (haematuria)?",
     "evidence": {
         "PMC11616425": "Urinalysis indicated proteinuria (++), and hematuria (+++)",
         "PMC11625102": "significant proteinuria and hematuria at urinalysis",
         "PMC11631590": "sudden nasal hemorrhage accompanied by hematuria",
         "PMC11635708": "occasional haematuria"},
     "rejected": {"PMC11414668": "'She denied any history of hematuria'", "PMC11470198": "'no history of hematuria'",
                  "PMC11479900": "edema 'without any apparent cause or hematuria'", "PMC11643412": "'no history of fever, hematuria'",
                  "PMC11413548": "only among COL4A1 renal features", "PMC11424908": "only among urachal cyst symptoms (background)",
                  "PMC11535893": "only in the background on bladder endometriosis", "PMC11573236": "only in the background on penile melanoma",
                  "PMC11626717": "only in the background on urethral adenocarcinoma"},
     "note": "searched hematuria, haematuria, blood in the urine"},
    {"shape": "count", "question": "How many patients had cirrhosis of the liver?",
     "evidence": {
         "PMC11492059": "Diagnostic findings included mild cirrhosis",
         "PMC11570109": "hepatitis C virus was detected with a liver cirrhosis"},
     "rejected": {"PMC11596152": "'cirrhotic changes in the middle lobe of the left lung' (look-alike)",
                  "PMC11513519": "cirrhosis only in the background on hepatitis B",
                  "PMC11535884": "cirrhosis only in the background on cystic fibrosis"},
     "note": "searched cirrhosis, cirrhotic"},
    {"shape": "count", "question": "How many patients had gallstones?",
     "evidence": {
         "PMC11420455": "Abdominal ultrasonography demonstrated moderate fatty liver, gallstones",
         "PMC11491600": "An abdominal ultrasound revealed a 2.1 cm gallstone in the GB neck",
         "PMC11525151": "A 69-year-old male with a history of cholelithiasis presented"},
     "rejected": {"PMC11594283": "acalculous (ischemic) cholecystitis, no stones"},
     "note": "searched gallstone, gall stone, cholelithiasis, biliary stone/calculus, calculous"},
    {"shape": "count", "question": "How many patients had papilloedema (swollen optic discs)?",
     "evidence": {
         "PMC11395317": "A fundoscopy revealed bilateral optic disc edema.",
         "PMC11625102": "Fundoscopic examination showed bilateral papilledema."},
     "rejected": {"PMC11513667": "'without papilledema'", "PMC11522842": "'no papilledema'",
                  "PMC11366418": "papilledema only among literature symptoms of TBM/CM"},
     "note": "searched papilledema, papilloedema, optic disc edema/swelling"},
    {"shape": "count", "question": "How many patients had fluid around the heart (a pericardial effusion)?",
     "evidence": {"PMC11418098": "an enhancing pericardium with a moderate amount of pericardial effusion"},
     "rejected": {"PMC11506189": "'no pericardial fluid was noted'",
                  "PMC11453286": "pericardial effusion only in a literature patient",
                  "PMC11634049": "pericardial effusion only in an ablation trial",
                  "PMC11355863": "chylopericardium only in the background",
                  "PMC11617203": "hemopericardium only among literature acupuncture risks",
                  "PMC11626642": "tamponade only in a literature patient",
                  "PMC11646979": "pericardial tamponade only among literature presentations"},
     "note": "searched pericardial effusion/fluid, tamponade, hemopericardium, chylopericardium, pericardiocentesis"},
]

YESNO = [
    {"case": SYNC, "question": "Did the EP study of the 53-year-old night-shift worker who kept fainting show a dual AV node?",
     "expected": "yes", "evidence": "revealed a dual AV node (AVN) physiology but no accessory pathway"},
    {"case": SYNC, "question": "Could AVNRT be induced in the man whose fainting spells began with night shifts?",
     "expected": "no", "evidence": "AVNRT was not inducible with isoproterenol."},
    {"case": SYNC, "question": "Was the 53-year-old Hispanic man with recurrent syncope on an antidepressant for his depression?",
     "expected": "not_reported",
     "search_regex": r"sertraline|fluoxetine|SSRI|antidepress|escitalopram|citalopram|paroxetine|bupropion|venlafaxine|trazodone|mirtazapine|duloxetine",
     "note": "depression is listed in his history; no drug for it is named"},
    {"case": GSI, "question": "Did the CT of the 69-year-old man with gallstone ileus show air in the gallbladder?",
     "expected": "yes", "evidence": "The scan also identified air within the gallbladder"},
    {"case": GSI, "question": "Was the older man with a gallstone blocking his small bowel jaundiced?",
     "expected": "no", "evidence": "He had no fever, evidence of biliary peritonitis or jaundice or significant weight loss"},
    {"case": IVL, "question": "Was the heart mass of the 47-year-old woman whose fibroids grew up the vena cava biopsied before surgery?",
     "expected": "yes", "evidence": "we performed an ultrasound-guided transjugular cardiac tumor biopsy"},
    {"case": IVL, "question": "Did the intravenous leiomyomatosis come back in the woman who had the single-stage resection?",
     "expected": "no", "evidence": "no signs of tumor recurrence or vascular embolism on cardiac and abdominal ultrasounds"},
    {"case": IVL, "question": "Was the woman with IVL put on hormone therapy such as a GnRH agonist or an aromatase inhibitor after surgery?",
     "expected": "not_reported",
     "search_regex": r"GnRH|leuprolide|goserelin|tamoxifen|aromatase|letrozole|anastrozole|mifepristone|ulipristal|progest|hormon"},
    {"case": EDS, "question": "Did the screening ultrasound find an aortic aneurysm in the 68-year-old man with dermatosparaxis EDS?",
     "expected": "no", "evidence": "which was negative for dilation or aneurysm of the aorta"},
    {"case": EDS, "question": "Was the elderly man with Ehlers-Danlos syndrome given vitamin C?",
     "expected": "not_reported", "search_regex": r"vitamin C|ascorbic"},
    {"case": HCC, "question": "Did the 74-year-old with colon cancer and a second liver cancer have hepatitis C?",
     "expected": "yes", "evidence": "hepatitis C virus was detected with a liver cirrhosis Child-Pugh score indicating class A disease"},
    {"case": HCC, "question": "Did the 74-year-old man with HCC and a colorectal liver metastasis drink alcohol?",
     "expected": "not_reported", "search_regex": r"alcohol|drink|ethanol"},
]

LOOKUPS = [
    {"case": SYNC, "question": "How long was the longest pause the loop recorder caught in the man with recurrent syncope?",
     "answer": "6.1 seconds", "evidence": "with the longest pause lasting 6.1 seconds"},
    {"case": SYNC, "question": "What was the ejection fraction on the echo of the 53-year-old who fainted on the toilet?",
     "answer": "60-65%", "evidence": "a normal ejection fraction of 60-65%"},
    {"case": GSI, "question": "How big was the stone taken out of the bowel of the 69-year-old with gallstone ileus?",
     "answer": "4 cm × 4 cm × 3 cm", "evidence": "a sizable gallstone measuring about 4 cm × 4 cm × 3 cm",
     "alternatives": [{"answer": "40-mm calculus", "evidence": "a 40-mm calculus within an ileal loop"},
                      {"answer": "40-mm gallstone", "evidence": "presence of a 40-mm gallstone within an ileal loop"}]},
    {"case": GSI, "question": "Where along the bowel was the obstruction in the man with gallstone ileus?",
     "answer": "100 cm from the terminal ileum", "evidence": "An obstruction was located 100 cm from the terminal ileum"},
    {"case": GSI, "question": "What was the white count (TLC) of the older man with gallstone ileus?",
     "answer": "5000/μL", "evidence": "a total leukocyte count (TLC) of 5000/μL",
     "alternatives": [{"answer": "5000/μL", "evidence": "TLC: 5000/μL"}]},
    {"case": IVL, "question": "How much blood did the 47-year-old woman with intravascular leiomyomatosis lose during the operation?",
     "answer": "700 ml", "evidence": "The patient lost 700 ml of blood during the operation."},
    {"case": IVL, "question": "What was the ejection fraction of the woman in heart failure from IVL before her surgery?",
     "answer": None, "search_regex": r"ejection fraction|LVEF|\bEF\b"},
    {"case": EDS, "question": "What was the BMI of the 68-year-old man with dermatosparaxis-type EDS?",
     "answer": "30.12", "evidence": "body mass index (BMI) 30.12",
     "alternatives": [{"answer": "30.12", "evidence": "BMI: 30.12"}]},
    {"case": EDS, "question": "What was the blood pressure of the elderly man with EDS at the 12-month follow-up?",
     "answer": "117/60 mmHg", "evidence": "His blood pressure readings at six- and 12-month follow-up appointments were 112/64 and 117/60 mmHg"},
    {"case": EDS, "question": "What drug allergy did the 68-year-old with Ehlers-Danlos have?",
     "answer": "sulfa drugs", "evidence": "His history revealed an allergy to sulfa drugs",
     "alternatives": [{"answer": "Sulfa drugs", "evidence": "Allergies: Sulfa drugs"}]},
    {"case": HCC, "question": "What Child-Pugh class was the cirrhosis of the 74-year-old with HCC and colon cancer?",
     "answer": "class A", "evidence": "Child-Pugh score indicating class A disease",
     "alternatives": [{"answer": "Child-Pugh class A", "evidence": "Child-Pugh class A liver cirrhosis"}]},
    {"case": HCC, "question": "What was the haemoglobin of the 74-year-old man who came in with anaemia after colon cancer treatment?",
     "answer": None, "search_regex": r"hemoglobin|haemoglobin|\bHb\b|\bHgb\b|g/dL"},
]

SEQUENCES = [
    {"case": SYNC, "question": "As the 53-year-old had no fainting spells in hospital, what was put in to monitor his rhythm at home?",
     "answer": "an implantable loop recorder (ILR)",
     "evidence": "an implantable loop recorder (ILR) was implanted to monitor the patient’s cardiac rhythm",
     "alternatives": [{"answer": "an implantable loop recorder (ILR)", "evidence": "was given an implantable loop recorder (ILR)"}]},
    {"case": GSI, "question": "Three months after the stone was removed through an enterotomy, what operation did the 69-year-old have?",
     "answer": "a cholecystectomy with closure of the cholecysto-duodenal fistula",
     "evidence": "Three months later, he underwent a cholecystectomy with closure of the cholecysto-duodenal fistula."},
    {"case": IVL, "question": "Once the tumour had been pulled out of the right atrium and veins, what was given to reverse the heparin?",
     "answer": "protamine", "evidence": "protamine was administered to neutralize heparin and stop the bleeding"},
    {"case": EDS, "question": "After ambulatory monitoring showed diastolic readings in the 90s and 100s, what was the man with dEDS started on?",
     "answer": "triamterene-hydrochlorothiazide (37.5-25 mg daily)",
     "evidence": "the patient was placed on triamterene-hydrochlorothiazide (37.5-25 mg daily)",
     "alternatives": [{"answer": "triamterene-hydrochlorothiazide (37.5-25 mg daily)", "evidence": "Started triamterene-hydrochlorothiazide (37.5-25 mg daily)"}]},
    {"case": HCC, "question": "After the tumour board first met, what was done for the HCC lesion of the 74-year-old before any surgery?",
     "answer": "chemotherapy and trans arterial chemoembolization",
     "evidence": "the decision was made to perform chemotherapy and trans arterial chemoembolization for the HCC lesion"},
    {"case": HCC, "question": "When the two liver lesions had shrunk, what operation did the 74-year-old man have?",
     "answer": "left lateral lobectomy",
     "evidence": "the patient underwent left lateral lobectomy, common hepatic artery dissection, porta hepatis lymph node dissection, and cholecystectomy"},
]

COMPARES = [
    {"question": "Compare how the patients with meningitis were treated.",
     "evidence": {
         "PMC11366418": "The patient was administered Injection Amphotericin B deoxycholate at 0.7 mg/kg IV once daily",
         "PMC11570475": "An antituberculous treatment was implemented",
         "PMC11522842": "pulse steroid therapy (methylprednisolone 500 mg) was started"},
     "rejected": {"PMC11621671": "MRI 'suggested pachymeningitis' (dural thickening); Lyme neuroborreliosis with cranial neuropathies",
                  "PMC11539092": "'treated for meningitis' at the referring hospital; the diagnosis was acute necrotizing encephalopathy",
                  "PMC11462780": "MRI 'suggestive of meningitis'; the diagnosis was SSPE",
                  "PMC11368709": "meningitis ruled out", "PMC11497857": "meningitis PCR panel negative",
                  "PMC11614507": "meningitis PCR negative (CJD)"},
     "note": "PMC11366418: cryptococcal and tubercular meningitis (HIV), PMC11570475: tuberculous meningitis in a child, "
             "PMC11522842: aseptic meningitis from SLE"},
    {"question": "Compare how the patients with leukaemia were treated.",
     "evidence": {
         "PMC11446622": "Dasatinib was discontinued and bosutinib was initiated.",
         "PMC11547072": "early initiation of eculizumab was the most appropriate course of action",
         "seed-blinatumomab-all": "blinatumomab monotherapy at standard dose escalation"},
     "rejected": {"PMC11616425": "'leukemoid reaction' (look-alike) in hantavirus infection",
                  "PMC11479900": "CLL only in the differential", "PMC11503393": "leukemia only in the differential",
                  "PMC11552360": "B-ALL only in the background on TCF3 fusions",
                  "PMC11595504": "leukemia only in a literature series", "PMC11626642": "leukemia only in the background"},
     "note": "CML (dasatinib-induced chylothorax), AML with HUS, relapsed B-ALL (the seed case)"},
    {"question": "Compare how the patients with nephrotic syndrome were treated.",
     "evidence": {
         "PMC11479900": "A daratumumab combination therapy (D-VCd regimen",
         "PMC11614595": "he received one dose of RTX (375 mg/m2) at the age of 10 years"},
     "rejected": {"PMC11522842": "lupus nephritis with subnephrotic proteinuria"}},
    {"question": "Compare the brain MRI findings of the man with Marchiafava-Bignami disease and the 24-year-old with fulminant adult-onset SSPE.",
     "evidence": {
         "PMC11539358": "Brain magnetic resonance imaging revealed diffuse and complete involvement of the corpus callosum",
         "PMC11462780": "heightened fluid-attenuated inversion recovery (FLAIR) signals on brain magnetic resonance imaging (MRI)"}},
    {"question": "Compare the creatinine of the woman whose AML triggered haemolytic uraemic syndrome and the man with hantavirus fever and pancreatitis.",
     "evidence": {
         "PMC11547072": "serum creatinine of 3.7 mg/dL",
         "PMC11616425": "creatinine (Cr) concentration of 273"}},
    {"question": "Compare how the infant with acute necrotizing encephalopathy and the 13-year-old boy with an epidural empyema from sinusitis were treated.",
     "evidence": {
         "PMC11539092": "She was treated for meningitis and received 1 dose of Intravenous immunoglobulin (IVIG)",
         "PMC11625232": "Empirical antibiotic therapy was initiated."}},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua12", OUT))
