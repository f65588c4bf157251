"""Write ``benchmarks/sets/user_audit10.jsonl``: a tenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, brand names, drug classes, bare abbreviations, lay words).

Written on 2026-11-27 by helper-audit10 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. List/count/compare subjects
other than those of ``user_audit1.jsonl`` .. ``user_audit9.jsonl``; the 30 one-case questions use 5
cases that no earlier audit set asks a one-case question about. Mix: list 8, count 4, compare 6,
yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 12 (2 the case does not answer),
sequence 6.
List/count gold = every case whose patient had it (grep over all documents, synonyms, brand names,
class members and abbreviations included, each hit read; drugs or findings only in the discussion,
the literature, a susceptibility list or advice, a hypothetical dose, maternal findings, unnamed
analgesics, negative findings and look-alike words such as the "CHOP-Intend" scale in ``rejected``
with why). Compare gold = every case of the named kind.
Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a
span is missing or ambiguous).

    python benchmarks/sets/build_user_audit10.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit10.jsonl"

SAI, LYME, HB, WILMS, GIANT = "PMC11550105", "PMC11621671", "PMC11456881", "PMC11492433", "PMC11635374"

LISTS = [
    {"shape": "list", "question": "Which patients had an enlarged spleen (splenomegaly)?",
     "evidence": {
         "PMC11492059": "Diagnostic findings included mild cirrhosis, splenomegaly, mild portal venous hypertension",
         "PMC11595504": "the left adrenal mass of 6.6 cm × 3.8 cm, and splenomegaly",
         "PMC11631872": "progressive diffuse lymphadenopathy (up to 8×9cm in the left preauricular area), splenomegaly, and bone marrow involvement"},
     "rejected": {"PMC11461041": "splenomegaly only as a sign of lymphoproliferative disease (discussion)",
                  "PMC11596152": "splenomegaly only as a typical finding of toxocariasis (discussion)",
                  "PMC11629271": "'There was no splenomegaly' (newborn with hepatic peliosis)",
                  "PMC11503393": "splenic angiosarcoma; the spleen's lesions are described, an enlarged spleen is not"},
     "note": "searched splenomegaly, enlarged spleen, hepatosplenomegaly, spleen with a size; PMC11492059: Wilson disease, "
             "PMC11595504: disseminated histoplasmosis, PMC11631872: AITL at a later relapse"},
    {"shape": "list", "question": "Which patients got an anthracycline such as doxorubicin (Adriamycin) or epirubicin?",
     "evidence": {
         "PMC11446496": "doxorubicin 75 mg, cisplatin 120 mg, ifosfamide 10 g, and methotrexate 8 g",
         "PMC11456881": "the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles",
         "PMC11492433": "doxorubicin was administered intravenously at a dose of 30 mg/m2 every 21 days",
         "PMC11503393": "a weekly infusion of doxorubicin at a dose of 7.5 mg/m2 was recommended",
         "PMC11608042": "a mixture of iodine oil (20 mL) and epirubicin (20 mg)",
         "PMC11631872": "A complete response (CR) was achieved with the CHOP (cyclophosphamide, doxorubicin, vincristine, and prednisone) regimen."},
     "rejected": {"PMC11378089": "doxorubicin and epirubicin only among literature therapies for hepatic leiomyosarcoma",
                  "PMC11621056": "'CHOP-Intend' is a motor scale for SMA, not the regimen"},
     "note": "searched doxorubicin, Adriamycin, epirubicin, daunorubicin, idarubicin, anthracycline, Doxil, CHOP, ABVD, AC; "
             "PMC11608042: epirubicin in transarterial chemoembolization (TACE), counted; PMC11503393: doxorubicin "
             "'recommended' after paclitaxel failed, the patient died nine months after treatment began, counted; "
             "PMC11631872 also had GCHOP (epirubicin)"},
    {"shape": "list", "question": "Who was given methotrexate (MTX)?",
     "evidence": {
         "PMC11446496": "doxorubicin 75 mg, cisplatin 120 mg, ifosfamide 10 g, and methotrexate 8 g",
         "PMC11621671": "methotrexate was administered weekly, starting at 10 mg and increasing to 15 mg",
         "seed-blinatumomab-all": "CNS leukemia prophylaxis with triple therapy (methotrexate, cytarabine, dexamethasone)"},
     "rejected": {"PMC11402139": "methotrexate only in literature intra-arterial chemotherapy (the patient got cisplatin)",
                  "PMC11490213": "methotrexate only among literature anti-psoriatic treatments",
                  "PMC11509864": "methotrexate only among maintenance options (discussion)",
                  "PMC11510521": "intravitreal methotrexate only in the literature",
                  "PMC11544788": "EMA-CO and single-agent methotrexate only in the literature",
                  "PMC11622295": "methotrexate only as a literature cause of hypersensitivity pneumonitis",
                  "PMC11648268": "methotrexate only as a management option; the patient had a wedge resection"},
     "note": "searched methotrexate, MTX, Trexall, Otrexup, EMA-CO; the seed ALL case: intrathecal CNS prophylaxis, counted"},
    {"shape": "list", "question": "Which patients got an opioid (morphine, fentanyl, tramadol and the like), for pain or during anaesthesia?",
     "evidence": {
         "PMC11342857": "treated with a pain management regimen that included morphine sulfate and scopolamine",
         "PMC11398847": "with an indwelling catheter and opioids for pain management",
         "PMC11452353": "opioid use disorder on Suboxone",
         "PMC11490280": "IV morphine and IV ondansetron were required",
         "PMC11594283": "the patient suffered from abdominal pain in the right upper quadrant, requiring morphine",
         "PMC11597933": "subsequent treatment with anti-inflammatory drugs and opioids",
         "PMC11617126": "premedicated with midazolam 1 mg and fentanyl",
         "PMC11632487": "treated initially with patient-controlled analgesia Fentanyl",
         "PMC11632603": "including propofol, rocuronium, and fentanyl",
         "PMC11643412": "Injection Tramadol 50 milligrams intravenously three times a day"},
     "rejected": {"PMC11416630": "fentanyl only in the mother's drug screen (a newborn)",
                  "PMC11414482": "'oral analgesics' unnamed", "PMC11459113": "'IV analgesics' unnamed",
                  "seed-blinatumomab-all": "headaches and bone pain 'managed by analgesics', unnamed",
                  "PMC11469216": "ketamine drip (not an opioid)", "PMC11580067": "ketamine infusion refused (not an opioid)"},
     "note": "searched morphine, fentanyl, tramadol, oxycodone, hydromorphone, codeine, buprenorphine/Suboxone, methadone, "
             "pethidine, sufentanil, remifentanil, nalbuphine, tapentadol, Percocet, Norco, opioid, opiate, narcotic, analgesic; "
             "PMC11452353: buprenorphine maintenance (Suboxone) for opioid use disorder, counted"},
    {"shape": "list", "question": "Who took an NSAID such as ibuprofen or indomethacin (not counting low-dose aspirin)?",
     "evidence": {
         "PMC11411574": "Indomethacin was started.",
         "PMC11489928": "the patient has been recurrently using NSAIDs",
         "PMC11509520": "600 mg of ibuprofen, twice a day, for 3 days if necessary"},
     "rejected": {"PMC11597933": "'anti-inflammatory drugs' from his primary care physician, class not named",
                  "PMC11522842": "NSAIDs only as a literature cause of aseptic meningitis",
                  "PMC11550105": "NSAIDs only in advice to avoid them for life",
                  "PMC11592073": "indomethacin only in a literature patient",
                  "PMC11620866": "ibuprofen only in a literature child with SJS/TEN"},
     "note": "searched ibuprofen, naproxen, diclofenac, indomethacin, ketorolac, celecoxib, meloxicam, etoricoxib, aceclofenac, "
             "ketoprofen, nimesulide, piroxicam, NSAID, non-steroidal, anti-inflammatory, Advil, Motrin, Voltaren, Toradol; "
             "PMC11509520: ibuprofen prescribed after implant surgery 'if necessary', counted"},
    {"shape": "list", "question": "Which patients had ascites (fluid in the belly)?",
     "evidence": {
         "PMC11420455": "a small quantity of ascites",
         "PMC11535893": "peritoneal fluid analysis confirmed the presence of urinary ascites",
         "PMC11601975": "she was found to have chylous ascites",
         "PMC11628523": "a recurrence in abdomen CT with large ascites"},
     "rejected": {"PMC11490280": "free fluid in the right upper quadrant suggesting a perforated ulcer, not called ascites",
                  "PMC11411574": "'no free fluid'", "PMC11459113": "'There was no ascites'",
                  "PMC11608458": "peritoneal dialysis effluent (PD peritonitis), not ascites",
                  "PMC11488400": "peritoneal fluid cytology only in the staging system",
                  "PMC11543139": "fetal ascites only in a literature case", "PMC11544788": "ascites only as a literature fetal complication",
                  "PMC11573436": "ascites only in the background on pseudomyxoma", "PMC11629271": "ascites only in the discussion",
                  "PMC11368709": "'potassium-free fluids' (look-alike)"},
     "note": "searched ascites, ascitic, free fluid, peritoneal fluid, paracentesis/abdominocentesis"},
    {"shape": "list", "question": "Which patients got cefazolin (Ancef) or cephalexin (Keflex)?",
     "evidence": {
         "PMC11480700": "she was prescribed metronidazole (Flagyl) and cephalexin (Keflex)",
         "PMC11490280": "for which the patient was placed on cefazolin",
         "PMC11617203": "followed by cefazolin (500 mg, twice a day, intravenously)"},
     "rejected": {"PMC11565536": "cefazolin only as the prophylaxis that 'may have lessened' her infection (not given)",
                  "PMC11608458": "cephalothin only in a susceptibility statement"},
     "note": "searched cefazolin, cephazolin, Ancef, Kefzol, cephalexin, cefalexin, Keflex, cefadroxil, cephalothin, "
             "first-generation cephalosporin"},
    {"shape": "list", "question": "Which patients were on metformin (Glucophage)?",
     "evidence": {
         "PMC11546499": "diagnosed 6 years earlier and treated with metformin",
         "PMC11593014": "pioglitazone 30 mg, and metformin 500 mg"},
     "note": "searched metformin, Glucophage, biguanide"},
    {"shape": "count", "question": "How many patients had an enlarged liver (hepatomegaly)?",
     "evidence": {
         "PMC11395475": "Hepatomegaly of about 4 cm below the costal arch was noted",
         "PMC11411574": "a protuberant abdomen with mild hepatomegaly with no free fluid",
         "PMC11629271": "Radiological explorations confirmed the hepatomegaly"},
     "rejected": {"PMC11378089": "hepatomegaly only as a common literature sign", "PMC11461041": "only in the discussion",
                  "PMC11595504": "only in the discussion of histoplasmosis",
                  "PMC11456881": "a large liver mass (hepatoblastoma), hepatomegaly not stated"},
     "note": "searched hepatomegaly, enlarged liver, hepatosplenomegaly, liver below the costal margin"},
    {"shape": "count", "question": "How many patients were given paracetamol (acetaminophen, Tylenol)?",
     "evidence": {
         "PMC11483286": "managed with phenazopyridine and acetaminophen",
         "PMC11617126": "along with an injection of paracetamol 1 gram",
         "PMC11632487": "paracetamol (650 mg/tab)"},
     "rejected": {"PMC11620866": "acetaminophen only in a literature child with SJS/TEN"},
     "note": "searched paracetamol, acetaminophen, Tylenol, Panadol, APAP"},
    {"shape": "count", "question": "How many patients had their spleen taken out (splenectomy)?",
     "evidence": {
         "PMC11645528": "before a distal pancreatectomy, splenectomy, partial gastrectomy",
         "PMC11648237": "The open splenectomy began with the superior dissection"},
     "rejected": {"PMC11503393": "splenectomy discussed; surgery 'was not feasible'",
                  "PMC11609383": "the splenic hydatid cyst was removed; splenectomy only among literature options"},
     "note": "searched splenectomy, spleen removed"},
    {"shape": "count", "question": "How many patients got G-CSF (filgrastim, Neupogen) to support their white count?",
     "evidence": {"PMC11503393": "prophylaxis of febrile neutropenia using short-acting G-CSF"},
     "rejected": {"PMC11446622": "GM-CSF only as a gene next to PDGF-beta (discussion)"},
     "note": "searched filgrastim, pegfilgrastim, lenograstim, G-CSF, GCSF, colony-stimulating, Neupogen, Neulasta"},
]

YESNO = [
    {"case": SAI, "question": "Was the 80-year-old woman with low sodium from isolated ACTH deficiency tried on tolvaptan (Samsca)?",
     "expected": "yes", "evidence": "begin a trial of a low-dose vasopressin antagonist, tolvaptan (7.5 mg)"},
    {"case": SAI, "question": "Did the elderly woman with secondary adrenal insufficiency have a cosyntropin (ACTH stim) test while in hospital?",
     "expected": "no", "evidence": "No stimulation tests were performed during this hospitalization."},
    {"case": LYME, "question": "Did the 63-year-old man with Lyme disease and trouble swallowing need a feeding tube?",
     "expected": "yes", "evidence": "requiring nasogastric tube placement for aspiration risk"},
    {"case": LYME, "question": "Did the man whose Lyme disease caused dysphagia have the bull's-eye rash?",
     "expected": "no", "evidence": "The patient presented without skin lesions suggestive of Lyme disease"},
    {"case": LYME, "question": "Was the 63-year-old with Lyme-related cranial nerve palsies given IVIG?",
     "expected": "not_reported", "search_regex": r"IVIG|intravenous immunoglobulin|immune globulin",
     "note": "immunoglobulin appears only as IgG/IgM serology and IgG4 disease; no IVIG"},
    {"case": HB, "question": "Was the 20-day-old boy's liver tumour diagnosed with a needle biopsy?",
     "expected": "yes", "evidence": "A puncture biopsy confirmed the diagnosis of hepatoblastoma (fetal type)"},
    {"case": HB, "question": "Did the baby with congenital hepatoblastoma end up with a liver transplant?",
     "expected": "no", "evidence": "To preserve the child's quality of life, liver transplantation was avoided."},
    {"case": HB, "question": "Did the infant with congenital hepatoblastoma need a blood transfusion around the liver resection?",
     "expected": "not_reported", "search_regex": r"transfus|packed|PRBC|red (blood )?cells?\b|blood product",
     "note": "'Minimal intraoperative bleeding was observed'; no transfusion is mentioned"},
    {"case": WILMS, "question": "Did the 48-year-old man with adult Wilms tumour have blood in his urine?",
     "expected": "not_reported", "search_regex": r"hematuria|haematuria|blood in (the )?urine"},
    {"case": GIANT, "question": "Was the 14-year-old girl with pituitary gigantism put on desmopressin (DDAVP) after her transsphenoidal surgery?",
     "expected": "yes", "evidence": "She was started on oral desmopressin 100 mcg daily."},
    {"case": GIANT, "question": "Did the teenager with gigantism have Gamma Knife for the leftover tumour?",
     "expected": "no", "evidence": "Neurosurgery recommended Gamma Knife radiosurgery for the residual tumor to address the persistent excess GH, but the family declined"},
    {"case": GIANT, "question": "Was the girl with the GH-secreting pituitary adenoma given pegvisomant (Somavert)?",
     "expected": "not_reported", "search_regex": r"pegvisomant|somavert|GH receptor antagonist|growth hormone receptor antagonist",
     "hits": 1, "note": "the one hit is the discussion's list of drugs used for gigantism ('Dopamine agonist, GH receptor "
                        "antagonist, and a somatostatin analogue'); she got lanreotide"},
]

LOOKUPS = [
    {"case": SAI, "question": "What was the first morning cortisol in the 80-year-old woman with hyponatremia from ACTH deficiency?",
     "answer": "1.2 mcg/dL", "evidence": "Initial serum AM cortisol level was 1.2 mcg/dL",
     "alternatives": [{"answer": "1.2 mcg/dL", "evidence": "Low AM cortisol level (1.2 mcg/dL and later 0.8 mcg/dL)"}]},
    {"case": SAI, "question": "On what morning dose of hydrocortisone was the 80-year-old with isolated ACTH deficiency sent home?",
     "answer": "50 mg by mouth in the morning",
     "evidence": "The final optimal dose of glucocorticoid replacement at the time of discharge (day 10) was twice a day with hydrocortisone sodium succinate (Solu-Cortef) 50 mg by mouth in the morning",
     "alternatives": [{"answer": "50 mg in the morning", "evidence": "the optimal dosing at discharge was oral hydrocortisone sodium succinate (Solu-Cortef) 50 mg in the morning and 10 mg in the afternoon"}]},
    {"case": LYME, "question": "What doxycycline regimen did the man with Lyme disease and vocal cord palsy get?",
     "answer": "doxycycline 100 mg twice daily for 3 weeks", "evidence": "The patient was treated with doxycycline 100 mg twice daily for 3 weeks."},
    {"case": LYME, "question": "What were the Lyme titres in the 63-year-old with facial palsy and dysphagia?",
     "answer": "IgG 1:32 and IgM 1:16", "evidence": "Lyme disease serology later confirmed IgG 1:32 and IgM 1:16."},
    {"case": HB, "question": "What PRETEXT stage was the newborn's hepatoblastoma?",
     "answer": "PRETEXT stage III", "evidence": "classified as PRETEXT stage III, intermediate risk",
     "alternatives": [{"answer": "PRETEXT stage III", "evidence": "leading to a definitive diagnosis of hepatoblastoma, PRETEXT stage III, intermediate-risk group"}]},
    {"case": HB, "question": "How old was the baby with congenital hepatoblastoma when chemo was started?",
     "answer": "42 days old", "evidence": "we initiated regular chemotherapy at 42 days old"},
    {"case": HB, "question": "What was the birth weight of the baby with congenital hepatoblastoma?",
     "answer": None, "search_regex": r"birth ?weight|\bkg\b|\bgrams?\b"},
    {"case": WILMS, "question": "What dose of doxorubicin did the adult with nephroblastoma get?",
     "answer": "30 mg/m2 every 21 days", "evidence": "doxorubicin was administered intravenously at a dose of 30 mg/m2 every 21 days"},
    {"case": WILMS, "question": "What was the pathologic stage of the 48-year-old man's Wilms tumour?",
     "answer": "pT2b N2", "evidence": "The pathologic staging was determined to be pT2b N2",
     "alternatives": [{"answer": "pT2b N2", "evidence": "Pathologic staging: pT2b N2"}]},
    {"case": WILMS, "question": "What was the blood pressure of the man with adult Wilms tumour?",
     "answer": None, "search_regex": r"blood pressure|\bBP\b|mmHg|hypertens"},
    {"case": GIANT, "question": "What was the IGF-1 of the 14-year-old girl with gigantism at presentation?",
     "answer": "588 ng/mL", "evidence": "elevated insulin growth factor 1 (IGF-1) of 588 ng/mL"},
    {"case": GIANT, "question": "How tall was the 14-year-old with the GH-secreting adenoma?",
     "answer": "182 cm", "evidence": "tall stature (height 182 cm"},
]

SEQUENCES = [
    {"case": SAI, "question": "When two courses of tolvaptan did not raise the sodium of the 80-year-old woman, what did endocrinology start?",
     "answer": "hydrocortisone sodium succinate (Solu-Cortef) 25 mg IV every eight hours",
     "evidence": "endocrinology recommended starting corticosteroid replacement therapy with hydrocortisone sodium succinate (Solu-Cortef) 25 mg IV every eight hours",
     "alternatives": [{"answer": "hydrocortisone 25 mg IV every eight hours", "evidence": "Our patient responded to an initial regimen of hydrocortisone 25 mg IV every eight hours"}]},
    {"case": SAI, "question": "After the IV hydrocortisone, what oral regimen was the woman with isolated ACTH deficiency switched to on day seven?",
     "answer": "oral hydrocortisone 10 mg in the morning and 5 mg in the afternoon",
     "evidence": "On the seventh day of admission, IV hydrocortisone was switched to an initial regimen of oral hydrocortisone 10 mg in the morning and 5 mg in the afternoon"},
    {"case": LYME, "question": "When the swallow study still showed aspiration after rTMS, what drug was started for suspected IgG4 disease in the man with Lyme dysphagia?",
     "answer": "methotrexate", "evidence": "methotrexate was administered weekly, starting at 10 mg and increasing to 15 mg"},
    {"case": HB, "question": "After 4 cycles of C5VD shrank the tumour, what was done for the baby with congenital hepatoblastoma?",
     "answer": "block resection", "evidence": "Intraoperative navigation using the 3D model enabled successful block resection",
     "alternatives": [{"answer": "the child underwent surgery", "evidence": "At four months old, the child underwent surgery"}]},
    {"case": WILMS, "question": "After the CT showed the 12 cm left kidney mass, what operation did the 48-year-old man have?",
     "answer": "left radical nephrectomy", "evidence": "The patient underwent a left radical nephrectomy using an extended subcostal incision.",
     "alternatives": [{"answer": "left radical nephrectomy", "evidence": "The patient underwent left radical nephrectomy and received adjuvant chemotherapy"}]},
    {"case": GIANT, "question": "After the family turned down Gamma Knife, what was the girl with the residual GH-secreting tumour treated with?",
     "answer": "lanreotide 60 mg given subcutaneously monthly", "evidence": "She was treated with lanreotide 60 mg given subcutaneously monthly."},
]

COMPARES = [
    {"question": "Compare how the patients with squamous cell carcinoma of the mouth or lip were treated.",
     "evidence": {
         "PMC11402139": "a single intra-arterial infusion chemotherapy combined with radiotherapy achieved complete disappearance of a large SCC of the lower lip",
         "PMC11574702": "she received neoadjuvant chemotherapy with tegafur-gimeracil-oteracil potassium 40 mg/day for 2 weeks",
         "PMC11626642": "The decision was made to proceed with palliative chemo-immunotherapy, combining carboplatin and pembrolizumab."},
     "rejected": {"PMC11584242": "SCC only in the background on oral cancer; the patient's buccal mass after mandibulectomy is never named",
                  "PMC11459453": "squamous cell carcinoma of the esophagus, not the mouth",
                  "PMC11550105": "squamous cell carcinoma of the ankle"},
     "note": "searched squamous cell carcinoma, SCC, OSCC, oral cancer, tongue, lip, floor of mouth, gingivobuccal"},
    {"question": "Compare how the two adults with a cystic kidney lesion (the man with xanthogranulomatous pyelonephritis and the woman with a multicystic dysplastic kidney) were treated.",
     "evidence": {
         "PMC11470198": "The patient underwent open decortication and excision of the infected complex right renal cyst with right DJ stenting.",
         "PMC11414668": "She underwent a successful open simple nephrectomy"}},
    {"question": "Compare the urinary symptoms that brought in the man with the solitary fibrous tumour of the prostate and the woman with clear cell adenocarcinoma of the urethra.",
     "evidence": {
         "PMC11470589": "we present a patient who presented with obstructive urinary symptoms",
         "PMC11626717": "presented with progressively worsening lower urinary tract symptoms"}},
    {"question": "Compare how the two young children with a limb injury, the toddler with both elbows pulled out and the 6-year-old girl with the broken thigh bone, were treated.",
     "evidence": {
         "PMC11569933": "an attempt to supinate and flex the right elbow resulted in a palpable click and rapid resolution of symptoms",
         "PMC11546049": "a proximal humerus locking plate was effectively utilized to manage a comminuted subtrochanteric femoral fracture"}},
    {"question": "Compare how long the dental implant patients were followed up and how the implants looked.",
     "evidence": {
         "PMC11509520": "The same situation was observed at the 24-month follow-up.",
         "PMC11596955": "At the 10-year follow-up, no signs of bone resorption or soft tissue inflammation were observed."},
     "rejected": {"PMC11581374": "implant guides only as the origin of the endodontic guide", "PMC11632603": "breast implants as a future option"}},
    {"question": "Compare the AFP levels of the babies with an AFP-secreting tumour (the congenital hepatoblastoma and the sacrococcygeal yolk sac tumour).",
     "evidence": {
         "PMC11456881": "The child's AFP level was 205,902 ng/ml",
         "PMC11488400": "found to be elevated to 1000IU/ml"},
     "rejected": {"PMC11541951": "pancreatic teratoma in an adult with a normal AFP", "PMC11629271": "hepatic peliosis, AFP negative",
                  "PMC11480700": "maternal AFP only in the discussion of gastroschisis (pentalogy of Cantrell)",
                  "PMC11544788": "intraplacental choriocarcinoma (hCG-secreting); AFP only in the follow-up values",
                  "PMC11608042": "neuroendocrine carcinoma of the liver, AFP normal",
                  "PMC11378089": "AFP only said to be normal in the literature on hepatic leiomyosarcoma"}},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua10", OUT))
