"""Write ``benchmarks/sets/user_audit6.jsonl``: a sixth blind audit set of 50 questions, asked as a
hematologist or an educator would (synonyms, brand names, bare abbreviations, lay words).

Written on 2026-11-27 by helper-audit6 **blind**: only the shipped records were read (grep over
all documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Subjects (list, count,
compare) other than those of ``user_audit1.jsonl`` .. ``user_audit5.jsonl``; the 30 one-case
questions use 5 cases none of them asks a one-case question about. Mix: list 8, count 4, yes/no 12
(yes 4, reported as absent 4, never mentioned 4), lookup 10, sequence 8, compare 8.
List/count/compare gold = every case whose patient had it (grep over all documents, synonyms,
brand names and abbreviations included, each hit read; drugs or findings only in the discussion,
the literature or trial data, look-alike abbreviations, procedural flushes, past episodes outside
the question in ``rejected`` with why). Lookup/sequence spans are located in the indexed text by
``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit6.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit6.jsonl"

TEN, SINT, NOC, ABIO, TOXO = "PMC11620866", "PMC11439622", "PMC11501102", "PMC11647062", "PMC11596152"

LISTS = [
    {"shape": "list", "question": "Any patients put on heparin or Lovenox to treat or prevent clots (not just a flush during a procedure)?",
     "evidence": {
         "PMC11420455": "The immediate therapeutic regimen included anticoagulation with low molecular weight heparin (LMWH)",
         "PMC11429645": "For anticoagulation, 1500 U of heparin sodium was added to 250 ml of physiological saline",
         "PMC11452353": "A Lovenox protocol, 1 mg/kg SQ every 12 hours, was initiated.",
         "PMC11592073": "Warfarin anticoagulation was discontinued and replaced by subcutaneous heparin the following day",
         "PMC11617126": "warfarin was bridged with enoxaparin 40 mg twice daily",
         "PMC11625102": "anticoagulation using low-molecular-weight heparin (LMWH) to prevent further thrombotic events",
         "PMC11626642": "prompting initiation of unfractionated heparin",
         "PMC11648763": "injectable low molecular weight heparin of 0.6 ml subcutaneously was given"},
     "rejected": {"PMC11490280": "heparin only in the discussion of MVT treatment",
                  "PMC11540479": "heparin saline run only during the endovascular procedure",
                  "PMC11629481": "a single intraprocedural heparin bolus during angiography",
                  "PMC11634049": "heparinization was contraindicated and avoided",
                  "PMC11631590": "heparin only discussed as the anticoagulant of choice in pregnancy"},
     "note": "searched heparin, enoxaparin, Lovenox, Clexane, LMWH, UFH, dalteparin, tinzaparin, nadroparin, fondaparinux; "
             "PMC11429645: systemic heparinization on bypass plus a 3-day postoperative heparin drip, counted for the drip"},
    {"shape": "list", "question": "Which patients presented with pancytopenia?",
     "evidence": {
         "PMC11503393": "initially mimicking myelodysplastic syndrome (MDS) due to persistent pancytopenia",
         "PMC11522842": "he was found to have pancytopenia and acute kidney injury",
         "PMC11547072": "Laboratory tests showed pancytopenia with a hemoglobin (Hb) of 9.4 g/dL",
         "PMC11595504": "Labs were significant for pancytopenia with a leukocyte count of 2.2 K/uL",
         "PMC11631872": "Laboratory studies indicated persistent pancytopenia, hypoglobulinemia, liver dysfunction"},
     "rejected": {"PMC11620866": "leukopenia and lymphopenia with a normal platelet count, not pancytopenia"},
     "note": "searched pancytopenia, bicytopenia, cytopenia; PMC11631872: pancytopenia late in the course (advanced disease), counted"},
    {"shape": "list", "question": "Any patients with a high eosinophil count?",
     "evidence": {
         "PMC11488398": "The blood work results showed hypereosinophilia (10%).",
         "PMC11596152": "eosinophil counts (1.58 K/μL, 18%",
         "PMC11631872": "marked hypereosinophilia (eosinophils: 10.86×10^9/L in the peripherial blood"},
     "rejected": {"PMC11488404": "eosinophilia only in the discussion (one-fourth of cases)",
                  "PMC11513667": "eosinophil count within the normal range",
                  "PMC11624525": "eosinophil count normal (0.2)",
                  "PMC11622295": "eosinophils 0.02 × 109/L, normal"},
     "note": "searched eosinophilia, hypereosinophilia, eosinophil count, eosinophils"},
    {"shape": "list", "question": "Which patients got paclitaxel (Taxol, nab-paclitaxel)?",
     "evidence": {
         "PMC11439622": "he received three cycles of nab-paclitaxel (300 mg at Day 1)",
         "PMC11503393": "The patient underwent palliative treatment with paclitaxel at a dose of 60 mg/m2 every 7 days",
         "PMC11532939": "the treatment protocol was modified to include paclitaxel and carboplatin",
         "PMC11628523": "taxol (175 mg/m²) on day 1, cisplatin (60 mg/m²) on day 1"},
     "rejected": {"PMC11459113": "gemcitabine with nab-paclitaxel only named as a common regimen (discussion)"},
     "note": "searched paclitaxel, nab-paclitaxel, Taxol, Abraxane, docetaxel, taxane; PMC11532939 also cites paclitaxel protocols from the literature"},
    {"shape": "list", "question": "Did any of the patients have a Pseudomonas infection, now or in the past?",
     "evidence": {
         "PMC11427117": "multi-drug-resistant Pseudomonas pneumonia",
         "PMC11596152": "during hospitalization for pneumonia caused by Pseudomonas aeruginosa"},
     "rejected": {"PMC11465958": "first culture read as Pseudomonas species, later identified as Burkholderia pseudomallei",
                  "PMC11551029": "P. aeruginosa among opportunistic bacteria on BAL mNGS, not considered an infection (viral myocarditis)",
                  "PMC11501102": "Pseudomonas only in the literature",
                  "PMC11539083": "Pseudomonas only in the discussion of NF type 2"},
     "note": "searched Pseudomonas, aeruginosa; PMC11596152: infant pneumonia (past history), counted as the question allows the past"},
    {"shape": "list", "question": "Who was given clindamycin?",
     "evidence": {
         "PMC11355863": "which was treated successfully with clindamycin",
         "PMC11565536": "transitioned to intravenous meropenem, vancomycin, and clindamycin per infectious disease recommendations",
         "PMC11620866": "empirical intravenous clindamycin to cover possible secondary bacterial infection"},
     "rejected": {"PMC11396144": "clindamycin in a literature case of myiasis",
                  "PMC11539083": "clindamycin only discussed; the patient got cefuroxime and metronidazole"},
     "note": "searched clindamycin, Cleocin, Dalacin, lincosamide"},
    {"shape": "list", "question": "Which patients were on Diflucan?",
     "evidence": {
         "PMC11366418": "the patient received tablet Fluconazole 400 mg daily for ten weeks as consolidation therapy",
         "PMC11439622": "Fluconazole was administered for gargling."},
     "note": "searched fluconazole, Diflucan, azole (voriconazole/itraconazole/posaconazole not found in these two)"},
    {"shape": "list", "question": "Any patients with hypokalemia?",
     "evidence": {
         "PMC11411574": "hypochloremic metabolic alkalosis with hyponatremia and hypokalemia",
         "PMC11469216": "severe refractory hypokalemia requiring intravenous replacement",
         "PMC11620866": "hypokalaemia (potassium 3.4"},
     "rejected": {"PMC11439622": "hypokalemia only among trial adverse events (ORIENT-15, discussion)"},
     "note": "searched hypokalemia, hypokalaemia, hypokalemic, low potassium, potassium values"},
    {"shape": "count", "question": "How many patients got co-trimoxazole (Bactrim, TMP-SMX), for treatment or prophylaxis?",
     "evidence": {
         "PMC11366418": "The patient was put on tablet Trimethoprim-Sulfamethoxazole once daily for prophylaxis against Pneumocystis jirovecii pneumonia",
         "PMC11418098": "discharged on oral trimethoprim/sulfamethoxazole (400/80) at a dosage of 3 tablets every 12 hours",
         "PMC11439622": "compound sulfamethoxazole tablets (SMZ) 0.96g were given orally every 12 hours (q12h)",
         "PMC11501102": "Antibiotics were then tailored to TMP-SMX for an additional 5 months.",
         "PMC11608458": "the mixture was then switched to oral trimethoprim/sulfamethoxazole to prevent ototoxicity",
         "PMC11620866": "oral trimethoprim–sulfamethoxazole"},
     "note": "searched trimethoprim, sulfamethoxazole, co-trimoxazole, Bactrim, Septra, TMP-SMX, SMZ; "
             "PMC11620866: given for cellulitis and the cause of his TEN, counted"},
    {"shape": "count", "question": "How many patients received methylprednisolone (Solu-Medrol)?",
     "evidence": {
         "PMC11439622": "methylprednisolone pulse dosing 1000 mg/day, was administered intravenously for 3 days",
         "PMC11509864": "the methylprednisolone (MPD) dose was increased from 30 to 60 mg",
         "PMC11513519": "Treatment started with 1 g of Methylprednisolone for five days",
         "PMC11522842": "pulse steroid therapy (methylprednisolone 500 mg) was started",
         "PMC11539083": "three boluses of 500 mg methylprednisolone were administered intravenously between days 4 and 7",
         "PMC11551029": "the child underwent continued treatment with pulse therapy with methylprednisolone",
         "PMC11570475": "systemic corticosteroid therapy using intravenous methylprednisolone",
         "PMC11585469": "the patient received an intravenous methylprednisolone bolus (1 g/day for 5 days)",
         "PMC11602322": "She was treated with a combination therapy of intravenous immunoglobulin (0.4 g/kg) and methylprednisolone",
         "PMC11620866": "pulsed-dose methylprednisolone of 10"},
     "rejected": {"PMC11592073": "methyl-prednisolone only listed among steroid types (discussion)"},
     "note": "searched methylprednisolone, methyl-prednisolone, Solu-Medrol, MPD, IVMP, steroid pulse, pulse therapy"},
    {"shape": "count", "question": "How many patients were treated with etoposide (VP-16)?",
     "evidence": {
         "PMC11398847": "His inpatient chemotherapy regimen included carboplatin and etoposide",
         "PMC11469216": "start the patient on chemotherapy with carboplatin and etoposide",
         "PMC11488400": "Dosage was Bleomycin 4IU IV OD -1/7, Etoposide 32mg IV OD-3/7",
         "PMC11608042": "which comprised etoposide combined with carboplatin",
         "PMC11631872": "consolidation with BEAM (carmustine, etoposide, cytarabine, and melphalan)-conditioned ASCT",
         "PMC11645528": "a second cycle of chemotherapy was commenced using carboplatin/etoposide"},
     "rejected": {"PMC11544788": "EMA-CO (etoposide) only in a literature statistic"},
     "note": "searched etoposide, VP-16, VP16, BEP, JEB, EP, BEAM; PMC11631872: etoposide as part of BEAM conditioning, counted"},
    {"shape": "count", "question": "How many patients needed dialysis or CRRT during the illness reported?",
     "evidence": {
         "PMC11420455": "continuous renal replacement therapy (CRRT), and norepinephrine were utilized",
         "PMC11501102": "further required hemodialysis due to AKI (presumed from sepsis) for 51 days",
         "PMC11506189": "Continuous veno-venous hemodiafiltration (CVVHD) was initiated",
         "PMC11547072": "hemodialysis requirement due to a positive fluid balance",
         "PMC11570781": "He underwent two hemodialysis sessions.",
         "PMC11608458": "Acinetobacter ursingii peritonitis in a patient on peritoneal dialysis (PD)",
         "PMC11616425": "intermittent renal replacement therapy were administered"},
     "rejected": {"PMC11483286": "dialysis before her kidney transplant 7 years earlier, not in this illness",
                  "PMC11535893": "renal replacement therapy only in the discussion",
                  "PMC11550105": "hemodialysis only in the literature"},
     "note": "searched dialysis, hemodialysis, haemodialysis, peritoneal dialysis, CRRT, CVVH(D), renal replacement, ultrafiltration"},
]

YESNO = [
    {"case": TEN, "question": "Did the 10-year-old boy with TEN after Bactrim have DIC?",
     "expected": "yes", "evidence": "He had disseminated intravascular coagulation with a prolonged prothrombin time (PT)"},
    {"case": SINT, "question": "Was the 69-year-old man with sintilimab myocarditis given PJP prophylaxis while on high-dose steroids?",
     "expected": "yes", "evidence": "To prevent infection, compound sulfamethoxazole tablets (SMZ) 0.96g were given orally every 12 hours (q12h)."},
    {"case": NOC, "question": "Did the 62-year-old woman who got Nocardia pneumonia on steroids for pembro pneumonitis end up on dialysis?",
     "expected": "yes", "evidence": "further required hemodialysis due to AKI (presumed from sepsis) for 51 days"},
    {"case": ABIO, "question": "Were Roth spots seen in the 47-year-old man with Abiotrophia defectiva endocarditis?",
     "expected": "yes", "evidence": "Fundoscopic examination revealed Roth’s spots"},
    {"case": TEN, "question": "Was the boy with toxic epidermal necrolysis thrombocytopenic?",
     "expected": "no", "evidence": "normal platelet count of 185 × 109/L"},
    {"case": SINT, "question": "Did the man with esophageal cancer and a rising troponin on sintilimab have a cardiac MRI?",
     "expected": "no", "evidence": "He declined the cardiac magnetic resonance (CMR) as he did not experience any heart-related symptoms."},
    {"case": NOC, "question": "Before starting the prednisone taper for her pneumonitis, was the woman on pembrolizumab worked up for infection?",
     "expected": "no", "evidence": "No infectious workup was performed due to low clinical suspicion of infection."},
    {"case": TOXO, "question": "Did stool testing find parasites in the 24-year-old woman with Kartagener syndrome and Toxocara?",
     "expected": "no", "evidence": "Stool parasitology did not reveal the presence of gastrointestinal parasites."},
    {"case": ABIO,
     "question": "Was his anticoagulation reversed (vitamin K, PCC or FFP) when the man with a mechanical valve and Abiotrophia endocarditis presented with a brain bleed?",
     "expected": "not_reported", "search_regex": r"vitamin K|prothrombin complex|\bPCC\b|fresh frozen|\bFFP\b|reversal|revers"},
    {"case": TEN, "question": "Did the boy with TEN get G-CSF for his leukopenia?",
     "expected": "not_reported", "search_regex": r"G-CSF|filgrastim|granulocyte colony|growth factor"},
    {"case": SINT, "question": "Did the man with suspected sintilimab myocarditis have an endomyocardial biopsy?",
     "expected": "not_reported", "search_regex": r"biopsy", "hits": 1,
     "note": "the one hit is the discussion saying endomyocardial biopsy is rarely performed; nothing says he had one"},
    {"case": TOXO, "question": "Was the woman with Toxocara eosinophilic pneumonia given corticosteroids?",
     "expected": "not_reported", "search_regex": r"steroid|prednis|cortico|dexameth", "hits": 2,
     "note": "both hits are one discussion sentence on the potential benefit of adjunctive corticosteroids (literature)"},
]

LOOKUPS = [
    {"case": TEN, "question": "What was the lymphocyte count of the 10-year-old with co-trimoxazole TEN?",
     "answer": "0.3 × 109/L", "evidence": "lymphopenia (0.3 × 109/L)"},
    {"case": TEN, "question": "How much of his BSA was detached when the boy with TEN reached the PICU?",
     "answer": "around 50% body surface area (BSA)", "evidence": "extensive epidermal detachment involving around 50% body surface area (BSA)",
     "alternatives": [{"answer": "~50% body surface area", "evidence": "extensive epidermal detachment involving ~50% body surface area"}]},
    {"case": SINT, "question": "What was the baseline cTnI before the fourth cycle in the man on sintilimab and nab-paclitaxel?",
     "answer": "cTnI 1.85μg/L", "evidence": "(cTnI 1.85μg/L, normal ≤0.050μg/L)"},
    {"case": SINT, "question": "How high was the white count when the man with sintilimab myocarditis spiked a fever on steroids?",
     "answer": "25.01x10^9/L", "evidence": "leukocytosis (white blood cells of 25.01x10^9/L)"},
    {"case": NOC, "question": "Which Nocardia species grew in the woman with lung cancer who needed VV-ECMO?",
     "answer": "Nocardia cyriageorgica", "evidence": "confirmed as Nocardia cyriageorgica via repeat culture performed upon repatriation"},
    {"case": NOC, "question": "What was the PD-L1 expression of the 62-year-old woman's relapsed squamous NSCLC?",
     "answer": ">90%", "evidence": "PD-L1 expression was >90%"},
    {"case": ABIO, "question": "What was the INR of the man with a mechanical mitral valve and Abiotrophia endocarditis on arrival?",
     "answer": "2.9", "evidence": "international normalized ratio (INR) of 2.9"},
    {"case": ABIO, "question": "What penicillin dose did the 47-year-old with A. defectiva endocarditis get?",
     "answer": "penicillin G six million units every six hours", "evidence": "penicillin G six million units every six hours for four weeks"},
    {"case": TOXO, "question": "What was the eosinophil count when the woman with Kartagener syndrome was readmitted?",
     "answer": "1.58 K/μL", "evidence": "eosinophil counts (1.58 K/μL, 18%"},
    {"case": TOXO, "question": "What was the total IgE of the young woman with pulmonary toxocariasis?",
     "answer": "111.0 IU/mL", "evidence": "a high concentration of total IgE (111.0 IU/mL"},
]

SEQUENCES = [
    {"case": SINT, "question": "What did they do when the troponin kept climbing on methylprednisolone 40 mg a day in the man on sintilimab?",
     "answer": "increased to 120 mg/day", "evidence": "The dose of methylprednisolone was increased to 120 mg/day and administered for 3 days."},
    {"case": SINT, "question": "Which antibiotic was he on just before Tienam when the man with sintilimab myocarditis first spiked a fever?",
     "answer": "ertapenem 1g", "evidence": "was subsequently treated with ertapenem 1g"},
    {"case": TEN, "question": "What was added on day 3 for the eye involvement in the boy with TEN, after IVIG and pulse steroids?",
     "answer": "Oral cyclosporin A", "evidence": "Oral cyclosporin A at 3"},
    {"case": TEN, "question": "What did the boy with TEN's antibiotic get stepped up to after the empirical clindamycin?",
     "answer": "vancomycin and meropenem", "evidence": "The antibiotic was subsequently stepped up to vancomycin and meropenem"},
    {"case": NOC, "question": "What was done when the woman with nocardiosis could not be kept oxygenated on the ventilator in Mexico?",
     "answer": "venovenous extracorporeal membrane oxygenation",
     "evidence": "she was placed on venovenous extracorporeal membrane oxygenation"},
    {"case": NOC, "question": "After about a month of meropenem plus TMP-SMX, what was the woman with Nocardia pneumonia kept on?",
     "answer": "tailored to TMP-SMX for an additional 5 months", "evidence": "Antibiotics were then tailored to TMP-SMX for an additional 5 months."},
    {"case": ABIO, "question": "What surgery followed the penicillin and gentamicin in the man with Abiotrophia endocarditis?",
     "answer": "an aortic valve replacement", "evidence": "Surgical intervention was performed with an aortic valve replacement"},
    {"case": TOXO, "question": "What was the woman with Kartagener syndrome given at her first admission, before toxocariasis was diagnosed?",
     "answer": "amoxicillin and clavulanic acid in the form of injections",
     "evidence": "antibacterial treatment with amoxicillin and clavulanic acid in the form of injections",
     "alternatives": [{"answer": "amoxicillin and clavulanic acid", "evidence": "she was treated with amoxicillin and clavulanic acid"}]},
]

COMPARES = [
    {"question": "Compare the outcomes of the patients who had an immune-related side effect from a checkpoint inhibitor.",
     "evidence": {"PMC11439622": "After more than one month of follow-up, the patient reported no significant discomfort.",
                  "PMC11501102": "the patient is well with ongoing cancer control and no infection recurrence",
                  "PMC11546499": "After DKA, durvalumab therapy was continued with a good response to the treatment."},
     "rejected": {"PMC11628523": "marrow suppression and infections on taxol-carboplatin-sintilimab put down to accumulated toxicity; irAEs only in trial data",
                  "PMC11608042": "tislelizumab maintenance 'devoid of any associated complications'",
                  "PMC11621058": "toripalimab without a reported adverse event",
                  "PMC11431636": "durvalumab with chemotherapy, no immune-related event reported",
                  "PMC11459453": "nivolumab; the lung finding was pulmonary venous occlusion, not pneumonitis",
                  "PMC11550105": "immune-checkpoint adrenal insufficiency only in the literature"},
     "note": "searched immune-related adverse, irAE, checkpoint, each PD-1/PD-L1/CTLA-4 drug name; "
             "sintilimab myocarditis, pembrolizumab pneumonitis (then nocardiosis), durvalumab polyendocrinopathy"},
    {"question": "Compare the results in the patients treated with platelet-rich plasma.",
     "evidence": {"PMC11432800": "By the fourth day following this second intervention, graft vitality had improved to 90%.",
                  "PMC11499726": "her visual analog scale pain score decreased from 8/10 during activity to 2/10"},
     "rejected": {"PMC11490213": "PRP there is pityriasis rubra pilaris, not platelet-rich plasma"},
     "note": "searched platelet-rich plasma, PRP"},
    {"question": "Compare the outcomes of the boy with Ewing sarcoma of the coracoid and the man with dedifferentiated chondrosarcoma of the finger.",
     "evidence": {"PMC11625106": "Rapid progress marked by the onset of cellulitis with exophthalmos, followed by the patient's death.",
                  "PMC11446496": "is currently in a follow-up period of one year"}},
    {"question": "Compare how the interstitial ectopic pregnancy and the molar pregnancy were managed.",
     "evidence": {"PMC11648268": "The patient underwent a laparotomy with successful wedge resection and salpingectomy.",
                  "PMC11439479": "She underwent ultrasound-guided dilation and curettage with suction the following day"},
     "rejected": {"PMC11544788": "intraplacental choriocarcinoma, neither kind",
                  "PMC11618002": "AVM with retained trophoblast after a caesarean, neither kind"}},
    {"question": "Compare the outcomes of the newborn with congenital hepatoblastoma and the newborn with hepatic peliosis.",
     "evidence": {"PMC11456881": "No recurrence was observed during follow-up.",
                  "PMC11629271": "The patient was healthy until 3 year and 2-month-old and continued her follow-up in our hospital."}},
    {"question": "Compare how the obstructive hydrocephalus was treated in the child with choroid plexus carcinoma and the teenager with an aqueductal web.",
     "evidence": {"PMC11447345": "he was initially treated with an emergent ventriculoperitoneal shunting (VPS) and endoscopic biopsy procedure",
                  "PMC11579050": "Endoscopic third ventriculostomy (ETV) was successfully performed to restore cerebrospinal fluid (CSF) flow."}},
    {"question": "Compare how the man with peritoneal leiomyomas and the woman with intravascular leiomyomatosis were treated.",
     "evidence": {"PMC11437698": "Masses were excised and sent to pathology.",
                  "PMC11429645": "Herein, we successfully treated a UF case with IVL through a single-stage resection."},
     "rejected": {"PMC11417591": "uterine lymphangioleiomyomatosis, another disease"}},
    {"question": "Compare how the gastric schwannoma and the gastric metastasis of renal cell carcinoma were removed.",
     "evidence": {"PMC11342857": "a central gastrectomy with clear surgical margins was performed",
                  "PMC11527420": "a hybrid endoscopic submucosal dissection was performed, achieving complete resection"}},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua6", OUT))
