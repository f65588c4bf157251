"""Write ``benchmarks/sets/user_audit13.jsonl``: a thirteenth blind audit set of 36 questions, asked as a
hematologist or an educator would (synonyms, brand names, drug classes, lay words, bare abbreviations,
patients described by age, sex, disease or occupation, never by PMCID).

Written on 2026-11-27 by helper-audit13 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. List/count/compare subjects (drugs, drug
classes, procedures, findings, lab results, diagnoses) are other than those of ``user_audit1.jsonl`` ..
``user_audit12.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl`` and ``disease_groups.jsonl``; the
22 one-case questions use 4 cases that no earlier set asks a one-case question about (checked over
every ``benchmarks/sets/*.jsonl`` field that names a case outside list/count/compare gold). Mix: list 6,
count 3, compare 5 (2 naming two patients by a description, 3 over a kind of patient or a drug class),
yes/no 9 (yes 3, reported as absent 3, never mentioned 3), lookup 9 (2 the case does not answer),
sequence 4. List/count gold = every case whose patient had it (grep over all documents, synonyms,
brand names, class members, abbreviations and lay words included, each hit read; findings or drugs
only in the discussion, the literature or a differential, advice to avoid a drug, a drug offered but
refused, unnamed drugs, normal values, fluid rather than serum values, author initials and look-alike
words in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are
located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit13.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit13.jsonl"

MEL, AQW, TIB, PED = "PMC11573236", "PMC11579050", "PMC11596290", "PMC11546049"

LISTS = [
    {"shape": "list", "question": "Which patients were jaundiced (yellow skin or eyes, icterus, hyperbilirubinaemia)?",
     "evidence": {
         "PMC11456792": "presented to her primary care physician with painless jaundice",
         "PMC11459113": "In this case, the patient had features such as abdominal pain, weight loss and jaundice",
         "PMC11465958": "the patient developed a low-grade, continuous fever and jaundice",
         "PMC11506781": "mixed hyperbilirubinemia with hypocholic stools and steatorrhea was observed"},
     "rejected": {"PMC11366418": "'no signs of icterus'", "PMC11411574": "'no ... signs of hepatic involvement, like jaundice'",
                  "PMC11488400": "'no signs of pallor, jaundice'", "PMC11525151": "'no fever, evidence of biliary peritonitis or jaundice'",
                  "PMC11378089": "jaundice only among literature symptoms of the tumour",
                  "PMC11503393": "'mild bilirubin elevation (1.08 mg/dL)' in the summary, within the usual range; no jaundice",
                  "PMC11594283": "conjugated bilirubin normal, no cholestasis",
                  "PMC11648237": "bilirubin normal", "PMC11616425": "direct bilirubin 3.6 umol/L (normal); no jaundice"},
     "note": "searched jaundice, icterus/icteric, hyperbilirubinemia, bilirubin, yellow; PMC11506781: an infant with mixed "
             "hyperbilirubinemia, counted"},
    {"shape": "list", "question": "Whose LDH (lactate dehydrogenase) came back raised?",
     "evidence": {
         "PMC11446622": "An elevated serum lactate dehydrogenase of 241 U/L was recorded",
         "PMC11503393": "elevated LDH (978 U/L)",
         "PMC11513519": "His LDH levels were 397",
         "PMC11547072": "increased LDH of 3493 IU/L",
         "PMC11616425": "a lactate dehydrogenase (LDH) level of 1379 U/L",
         "PMC11620866": "Lactate dehydrogenase (LDH) was 651",
         "PMC11624525": "lactate dehydrogenase (LDH) 502.7 U/L",
         "PMC11631872": "increased lactate dehydrogenase"},
     "rejected": {"PMC11439622": "LDH normal", "PMC11621671": "lactate dehydrogenase within the normal range",
                  "PMC11539092": "CSF LDH, normal", "PMC11522842": "pleural fluid LDH (Light's criteria), not serum",
                  "PMC11595504": "'high lactate dehydrogenase' only in the background on disseminated histoplasmosis",
                  "PMC11488400": "LDH only in follow-up advice", "PMC11551029": "LDH only in the literature on myocarditis",
                  "PMC11643412": "LDH only in the description of the LENT score"},
     "note": "searched lactate dehydrogenase, LDH, LD; PMC11624525: 502.7 U/L at 12 h, later 138.6, counted"},
    {"shape": "list", "question": "Which patients had a peripheral blood smear (blood film) looked at?",
     "evidence": {
         "PMC11439622": "The blood smear indicated infection, evidenced by left shift of nucleus",
         "PMC11503393": "The presence of schistocytes in the peripheral blood smear",
         "PMC11547072": "The peripheral blood smear showed 8% blasts",
         "PMC11596152": "Significant eosinophilia (18% in the peripheral blood smear)",
         "PMC11616425": "The peripheral blood smear revealed increased white cell distribution",
         "PMC11648237": "Peripheral blood smear showed normocytic normochromic red blood cells"},
     "rejected": {"PMC11439974": "FNAC smear of the parotid (cytology)", "PMC11470198": "FNAB smear of a renal cyst (cytology)",
                  "PMC11483286": "Pap smear", "PMC11552406": "Tzanck smear only among investigations in the background"},
     "note": "searched smear, blood film, peripheral smear, schistocytes"},
    {"shape": "list", "question": "Who was on a diuretic other than a loop diuretic: a thiazide or thiazide-like one (HCTZ, indapamide), "
                                  "a potassium-sparing one (triamterene, spironolactone) or acetazolamide (Diamox)?",
     "evidence": {
         "PMC11484256": "hydrochlorothiazide was added",
         "PMC11539083": "Ocular hypertension was treated with acetazolamide IV 1500 mg/day",
         "PMC11596152": "indapamide 1.5 mg once daily",
         "PMC11624969": "the patient was placed on triamterene-hydrochlorothiazide (37.5-25 mg daily)"},
     "rejected": {"PMC11505654": "discharged 'on diuretics', none named",
                  "PMC11411574": "potassium-retaining diuretics only in the background on Bartter syndrome",
                  "PMC11414482": "a diuretic only in the definition of resistant hypertension",
                  "PMC11550105": "advised lifetime avoidance of thiazides",
                  "PMC11570781": "loop diuretics only in the literature on hypercalcemia",
                  "PMC11617203": "'mannitol salt agar' (a culture medium)"},
     "note": "searched diuretic, thiazide, hydrochlorothiazide, HCTZ, chlorthalidone, indapamide, triamterene, amiloride, "
             "spironolactone, eplerenone, Aldactone, acetazolamide, Diamox, mannitol"},
    {"shape": "list", "question": "Which patients were given an IV anaesthetic or sedative such as propofol (Diprivan), etomidate or "
                                  "ketamine, or an anaesthetic gas like sevoflurane (not counting benzodiazepines)?",
     "evidence": {
         "PMC11469216": "the patient was initiated on midazolam and ketamine drip for burst suppression",
         "PMC11617126": "induction was achieved with etomidate 0.3 mg/kg",
         "PMC11632603": "General anesthesia was induced with pregnancy-safe agents, including propofol, rocuronium, and fentanyl"},
     "rejected": {"PMC11580067": "a ketamine infusion recommended but refused",
                  "PMC11634049": "general anesthesia versus conscious sedation only in the literature"},
     "note": "searched propofol, Diprivan, etomidate, ketamine, dexmedetomidine, Precedex, thiopental, sevoflurane, isoflurane, "
             "desflurane, nitrous oxide; 'under general anesthesia' with no agent named (many cases) not counted; "
             "PMC11469216 also had a continuous etomidate infusion to lower cortisol"},
    {"shape": "list", "question": "Which patients had a raised ESR (sed rate)?",
     "evidence": {
         "PMC11470198": "ESR (erythrocyte sedimentation rate) was mildly elevated at 36mm/hr",
         "PMC11509757": "erythrocyte sedimentation rate (ESR; 34, ULN 20)",
         "PMC11509864": "an erythrocyte sedimentation rate of 80 mm/h",
         "PMC11513519": "His ESR and CRP levels were elevated at 80",
         "PMC11550105": "elevated erythrocyte sedimentation rate (ESR, 83 mm/hr)",
         "PMC11614595": "His erythrocyte sedimentation rate was elevated",
         "PMC11620866": "Erythrocyte sedimentation rate (ESR) was 98",
         "PMC11647062": "The ESR was elevated, suggesting an inflammatory or infectious process"},
     "rejected": {"PMC11488400": "'ESR' are an author's initials", "PMC11499726": "ESR 8 mm/h, normal",
                  "PMC11546045": "ESR done, normal results implied", "PMC11617203": "ESR 4 mm/h, normal",
                  "PMC11622295": "ESR only in the background on hypersensitivity pneumonitis"},
     "note": "searched ESR, erythrocyte sedimentation rate, sed rate"},
    {"shape": "count", "question": "How many patients had a Coombs test (direct antiglobulin test, DAT)?",
     "evidence": {
         "PMC11547072": "a negative direct Coombs test",
         "PMC11631590": "as was the antiglobulin (Coombs') test",
         "PMC11648237": "negative serology for hepatitis B and C, Coombs test, and stool H. pylori antigen"},
     "note": "searched Coombs, antiglobulin, DAT; the test done counts whatever its result (all three negative)"},
    {"shape": "count", "question": "How many patients had high calcium (hypercalcaemia)?",
     "evidence": {"PMC11570781": "Elevated serum calcium levels were confirmed by repeat testing"},
     "rejected": {"PMC11411574": "hypercalciuria (urine) only in the background on Bartter syndrome",
                  "PMC11635820": "'coronary artery calcium score' (look-alike)",
                  "PMC11395475": "'increased calcium sensitivity' of thin filaments (mechanism)",
                  "PMC11513519": "serum calcium slightly decreased"},
     "note": "searched hypercalcemia/hypercalcaemia, calcium elevated/high/raised/increased"},
    {"shape": "count", "question": "How many patients got ganciclovir (Cytovene) or valganciclovir, IV or injected into the eye?",
     "evidence": {
         "PMC11506189": "necessitated the addition of ganciclovir",
         "PMC11510521": "an intravitreal ganciclovir injection (2 mg per dose) was given five times"},
     "note": "searched ganciclovir, valganciclovir, Cytovene, Valcyte, foscarnet, cidofovir; foscarnet only in the literature"},
]

YESNO = [
    {"case": MEL, "question": "Did the HMB-45 stain come back positive on the penile tumour of the 38-year-old Indian man?",
     "expected": "yes", "evidence": "positive for human melanoma black (HMB-45)"},
    {"case": MEL, "question": "Had the melanoma of the glans spread to the groin lymph nodes in the young labourer?",
     "expected": "no", "evidence": "bilateral inguinal lymph node specimens were negative and tumor-free"},
    {"case": MEL, "question": "Was the penile melanoma of the 38-year-old man tested for a BRAF mutation?",
     "expected": "not_reported", "search_regex": r"BRAF|\bKIT\b|NRAS|mutation|V600"},
    {"case": AQW, "question": "Did the first head CT of the teenage boy with early-morning headaches and vomiting show a mass?",
     "expected": "no", "evidence": "There was no mass, hemorrhage, or midline shift on the CT scan."},
    {"case": AQW, "question": "Did the 14-year-old with the aqueductal web have papilloedema on fundoscopy?",
     "expected": "not_reported", "search_regex": r"papill|fundus|fundoscop|optic disc|optic nerve|disc swelling|blurr"},
    {"case": TIB, "question": "Was the 76-year-old woman with the atypical tibial fracture ever given Forteo (teriparatide)?",
     "expected": "yes", "evidence": "These fractures had been treated conservatively with teriparatide injections"},
    {"case": TIB, "question": "Was vitamin D low in the elderly woman on long-term bisphosphonates who broke her shin bone?",
     "expected": "no",
     "evidence": "Blood tests revealed normal levels of parathyroid hormone, thyroid function tests, serum calcium, serum phosphate, alkaline phosphatase, and 25-hydroxy vitamin D"},
    {"case": TIB, "question": "Had the 76-year-old with the bisphosphonate-related tibial fracture ever taken Fosamax (alendronate) or zoledronic acid?",
     "expected": "not_reported", "search_regex": r"alendron|Fosamax|zoledron|Reclast|Aclasta|Zometa|pamidron",
     "note": "her bisphosphonates are named: risedronate (Actonel) then ibandronate (Bonviva)"},
    {"case": PED, "question": "Was the overweight 6-year-old girl with the broken thigh bone put in traction before her operation?",
     "expected": "yes", "evidence": "The child was put on temporary skin traction."},
]

LOOKUPS = [
    {"case": MEL, "question": "What did the biopsy taken at circumcision at the outside hospital show in the 38-year-old labourer with the penile lesion?",
     "answer": "squamous cell carcinoma",
     "evidence": "The patient underwent circumcision with a biopsy from the lesion at an outside hospital, and the biopsy revealed squamous cell carcinoma",
     "alternatives": [{"answer": "squamous cell carcinoma", "evidence": "Circumcision and biopsy performed outside showed characteristics of squamous cell carcinoma"},
                      {"answer": "squamous cell carcinoma", "evidence": "Histopathological biopsy initially suggested squamous cell carcinoma"}]},
    {"case": MEL, "question": "Which chemo drugs did the young man with melanoma of the glans get after surgery?",
     "answer": "cisplatin, bleomycin, vincristine",
     "evidence": "the patient was started on a course of chemotherapy with cisplatin, bleomycin, vincristine, and thymosin immunotherapy"},
    {"case": AQW, "question": "What did the MRI two days after the operation show in the 14-year-old boy with the aqueductal web?",
     "answer": "a patent ventriculostomy with brisk flow into the prepontine cistern",
     "evidence": "Post-operative MRI, on post-operative day 2, revealed a patent ventriculostomy with brisk flow into the prepontine cistern"},
    {"case": AQW, "question": "What was the opening pressure when the EVD went in for the teenager with obstructive hydrocephalus?",
     "answer": None, "search_regex": r"opening pressure|cmH2O|cm H2O|mm ?Hg|\bICP\b"},
    {"case": TIB, "question": "What was the osteocalcin of the 76-year-old woman with the atypical tibial fracture?",
     "answer": "4.82 ng/mL", "evidence": "the bone formation marker osteocalcin was decreased at 4.82 ng/mL"},
    {"case": TIB, "question": "What dose of Actonel was the elderly woman with the bisphosphonate-related shin fracture on?",
     "answer": "150 mg orally once a month", "evidence": "150 mg orally once a month for 4 years for osteoporosis"},
    {"case": TIB, "question": "What was the DEXA T-score of the 76-year-old with osteoporosis and the atypical tibial fracture?",
     "answer": None, "search_regex": r"T-score|DEXA|DXA|bone mineral density|\bBMD\b|densitomet"},
    {"case": PED, "question": "How many holes did the plate put on the 6-year-old girl's subtrochanteric femur fracture have?",
     "answer": "eight-holed", "evidence": "the eight-holed proximal humerus locking plate was found to be appropriate",
     "alternatives": [{"answer": "eight-holed", "evidence": "We used an eight-holed proximal humerus locking plate"}]},
    {"case": PED, "question": "When was the plate taken out of the overweight 6-year-old's thigh bone?",
     "answer": "at the end of 18 months", "evidence": "She underwent an uneventful implant exit at the end of 18 months",
     "alternatives": [{"answer": "18 months following fixation", "evidence": "She underwent removal of the implant 18 months following fixation"}]},
]

SEQUENCES = [
    {"case": MEL, "question": "Once the penectomy specimen showed a positive proximal urethral margin, what further surgery did the 38-year-old have?",
     "answer": "revision of the stump of the penis with bilateral superficial inguinal lymph node dissection",
     "evidence": "the patient was subjected to revision of the stump of the penis with bilateral superficial inguinal lymph node dissection",
     "alternatives": [{"answer": "A stump revision with bilateral superficial inguinal lymph node dissection",
                       "evidence": "A stump revision with bilateral superficial inguinal lymph node dissection was performed"}]},
    {"case": AQW, "question": "When the surgeons gave up on opening the web through the endoscope, what did they do for the 14-year-old instead?",
     "answer": "a standard ETV", "evidence": "the web fenestration was aborted and a standard ETV was performed",
     "alternatives": [{"answer": "A successful ostomy in the floor of the third ventricle",
                       "evidence": "A successful ostomy in the floor of the third ventricle was instead performed"}]},
    {"case": TIB, "question": "After teriparatide healed her 2017 femoral fracture, what was the 76-year-old switched to for maintenance?",
     "answer": "denosumab", "evidence": "after which the therapy was transitioned to denosumab as maintenance therapy"},
    {"case": PED, "question": "The 6-year-old started partial weight-bearing 6 weeks after her femur plating; when did she go to full weight-bearing?",
     "answer": "after 12 weeks postoperatively", "evidence": "full weight-bearing mobilization after 12 weeks postoperatively",
     "alternatives": [{"answer": "after the 12-week post-operative period", "evidence": "followed by full weight bearing after the 12-week post-operative period"}]},
]

COMPARES = [
    {"question": "Compare the INR of the 52-year-old woman with Marfan syndrome and a spinal CSF leak and the 47-year-old man with "
                 "Abiotrophia endocarditis, both on warfarin for a mechanical valve.",
     "evidence": {
         "PMC11592073": "Coagulation tests showed an INR of 3.84",
         "PMC11647062": "Laboratory tests showed an international normalized ratio (INR) of 2.9"}},
    {"question": "Compare the eyesight at presentation of the 85-year-old man with EBV acute retinal necrosis and the 52-year-old "
                 "woman with necrotising cellulitis after cosmetic eyelid surgery.",
     "evidence": {
         "PMC11510521": "His visual acuity was 20/200 in the right eye",
         "PMC11539083": "Reduced visual acuity in both eyes (7/10 in the right eye and 5/10 in the left eye)"}},
    {"question": "Compare the cause and the treatment of the patients admitted with acute pancreatitis.",
     "evidence": {
         "PMC11602238": "A 58-year-old man presented with alcohol-induced acute pancreatitis",
         "PMC11616425": "After treatment for pancreatitis with fasting, somatostatin, and proton pump inhibitors"},
     "rejected": {"PMC11420455": "acute pancreatitis only suspected at first; the diagnosis was mesenteric venous thrombosis "
                                 "(biliary pancreatitis in the past history)",
                  "PMC11465705": "pancreatitis only in the past history",
                  "PMC11513519": "'mild pancreatitis' seen at endoscopy, not what he was admitted with",
                  "PMC11546499": "autoimmune pancreatitis diagnosed before, not acute",
                  "PMC11456792": "pancreatitis only in the differential of a pancreatic mass",
                  "PMC11535884": "chronic pancreatitis only among cystic fibrosis features"},
     "note": "PMC11602238: alcohol-induced, necrotizing; PMC11616425: from hantavirus (HFRS)"},
    {"question": "Compare the women with endometriosis: where it was and what brought each of them in.",
     "evidence": {
         "PMC11396497": "The second patient is a 36-year-old woman with co-existing endometriosis",
         "PMC11535893": "partial cystectomy for bladder endometriosis at the age of 44",
         "PMC11646791": "Postoperative pathological examination of the left ovary revealed an endometriotic cyst"},
     "rejected": {"PMC11416184": "endometriosis only among complications of imperforate hymen (background)"},
     "note": "PMC11396497: with a tailgut cyst (pelvic pain); PMC11535893: bladder, rupture 11 years after partial cystectomy; "
             "PMC11646791: ovarian endometriotic cyst that bled on anticoagulation with an LVAD"},
    {"question": "Compare why the patients on a P2Y12 inhibitor such as clopidogrel (Plavix) were given it.",
     "evidence": {
         "PMC11540479": "Before endovascular therapy was performed, 75 mg clopidogrel was given once daily for 5 days",
         "PMC11648763": "A loading dosage of aspirin (300 mg), clopidogrel (300 mg)"},
     "note": "searched clopidogrel, Plavix, ticagrelor, Brilinta, prasugrel, P2Y12, DAPT"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua13", OUT))
