"""Write ``benchmarks/sets/user_audit3.jsonl``: a third blind audit set of 50 questions (issue #10,
"answers that fit the question"), asked as a hematologist or an educator would.

Written on 2026-11-27 by helper-audit3 **blind**: only the shipped records were read (grep over
all 201 documents as the loader indexes them, then the hits read); the assistant, the app and the
scorer were never run on these questions and no answer to them was seen. Other subjects, facts and
(for the one-case questions) other cases than ``user_audit1.jsonl`` and ``user_audit2.jsonl``.
Mix: list/count 10 (list 6, count 4), yes/no 12 (yes 4, reported as absent 4, never mentioned 4),
lookup 14, sequence 10, compare 4. List/count/compare gold = every case whose patient had it (grep
over all documents, synonyms and brand names included, each hit read; differentials, susceptibility
lists, discussion or literature patients are in ``rejected``). Lookup/sequence spans are located in
the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit3.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import build, verify, write  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit3.jsonl"

LISTS = [
    {"shape": "list", "question": "Which patients were given metronidazole (Flagyl)?",
     "evidence": {
         "PMC11480700": "she was prescribed metronidazole (Flagyl) and cephalexin (Keflex)",
         "PMC11490280": "the patient was treated with empiric metronidazole and ciprofloxacin",
         "PMC11497857": "starting IV cefepime and IV metronidazole",
         "PMC11539083": "Intravenous antibiotics of cefuroxime 200 mg/kg/day and metrodinazole 1500 mg/day was administered.",
         "PMC11565536": "she received oral linezolid, ciprofloxacin, and metronidazole."},
     "note": "PMC11539083 spells it 'metrodinazole' (a typo in the record), counted; searched metronidazole, metrodinazole, Flagyl, tinidazole"},
    {"shape": "count", "question": "How many patients received cyclophosphamide, alone or as part of a regimen?",
     "evidence": {
         "PMC11479900": "daratumumab 16 mg/kg d1 + cyclophosphamide 0.3 g/m2 d1 + bortezomib 1.7 mg/ m2 d1",
         "PMC11509864": "Despite ongoing high-dose steroid pulse therapy and cyclophosphamide treatment",
         "PMC11585469": "The treatment was then followed by prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month).",
         "PMC11614595": "the patient's NS frequently relapsed on high doses of steroids in combination with mycophenolate mofetil (MMF), cyclophosphamide (CTX), or calcineurin inhibitors (CNIs)",
         "PMC11631872": "A complete response (CR) was achieved with the CHOP (cyclophosphamide, doxorubicin, vincristine, and prednisone) regimen."},
     "rejected": {"PMC11544788": "literature review (EMA-CO in published cases)",
                  "seed-blinatumomab-all": "ALL-BFM-2000 / ALL REZ BFM 2002 named only as protocols; cyclophosphamide is never named",
                  "PMC11648237": "second-line options 'were not employed in this instance'",
                  "PMC11574702": "'EC' there means endothelial cells", "PMC11621056": "'CHOP-Intend' is a motor scale"},
     "note": "PMC11614595: earlier treatment of his nephrotic syndrome, counted; PMC11479900: D-VCd given to the patient (its literature patients on CyBorD are not other cases)"},
    {"shape": "list", "question": "Which patients were on pembrolizumab?",
     "evidence": {
         "PMC11501102": "PD-L1 expression was >90%; thus, pembrolizumab was started in February 2022.",
         "PMC11626642": "The decision was made to proceed with palliative chemo-immunotherapy, combining carboplatin and pembrolizumab."},
     "rejected": {"PMC11431636": "first-line options for cholangiocarcinoma (discussion)",
                  "PMC11628523": "trials and ORR comparison (discussion); the patient got cadonilimab"},
     "note": "other PD-1/PD-L1 drugs (durvalumab, sintilimab) are not pembrolizumab"},
    {"shape": "list", "question": "Any patients on tamoxifen?",
     "evidence": {"PMC11490213": "A 43-year-old patient receiving tamoxifen for adjuvant treatment of oestrogen-positive breast cancer"},
     "rejected": {"PMC11573236": "melanoma chemotherapy combinations (discussion)",
                  "PMC11629271": "drug causes of peliosis (discussion)",
                  "PMC11632603": "non-surgical options for gigantomastia (discussion)"}},
    {"shape": "list", "question": "Which patients were treated with amoxicillin or amoxicillin-clavulanate?",
     "evidence": {
         "PMC11509520": "The preoperative medication consisted of 2 g of amoxicillin, one hour before the procedure",
         "PMC11539083": "The patient was discharged from hospital with amoxicillin/acid clavulanic and prednisone.",
         "PMC11547072": "along with antibiotic prophylaxis with amoxicillin and the required vaccination",
         "PMC11596152": "she was treated with amoxicillin and clavulanic acid",
         "PMC11617203": "She was initially treated with amoxicillin (500 mg, three times a day, orally)",
         "PMC11620866": "He was treated for left leg cellulitis with intravenous amoxicillin–clavulanate and oral trimethoprim–sulfamethoxazole."},
     "rejected": {"PMC11608458": "susceptibility of the organism (discussion), not given"},
     "note": "PMC11509520: prophylaxis before implant surgery, counted; PMC11547072: prophylaxis with eculizumab, counted; searched amoxicillin, Augmentin, co-amoxiclav"},
    {"shape": "list", "question": "Any patients treated with plasma exchange (PLEX)?",
     "evidence": {"PMC11503393": "The patient underwent three cycles of plasma exchange."},
     "rejected": {"PMC11547072": "plasma exchange 'was considered' but eculizumab was chosen instead; plasmapheresis of a literature patient",
                  "PMC11479900": "literature patients' regimens", "PMC11509864": "GPA treatment options (discussion)",
                  "PMC11552360": "'TPE' hit is not plasma exchange"},
     "note": "searched plasma exchange, plasmapheresis, PLEX, TPE"},
    {"shape": "count", "question": "How many patients got doxycycline?",
     "evidence": {
         "PMC11396144": "prescribed doxycycline 100 mg to be taken orally twice a day for 7 days",
         "PMC11499726": "The patient was advised antibiotics (doxycycline 100 mg given twice daily for three days)",
         "PMC11506189": "the antimicrobial regimen was modified to include doxycycline and ciprofloxacin",
         "PMC11621671": "The patient was treated with doxycycline 100 mg twice daily for 3 weeks.",
         "PMC11632487": "She then underwent six sessions of CT-guided percutaneous intralesional doxycycline ablation"},
     "note": "PMC11632487: intralesional doxycycline (sclerotherapy of a bone cyst), counted; other tetracyclines (PMC11453165 local drug delivery) are not doxycycline"},
    {"shape": "count", "question": "How many women had a hysterectomy, either during the reported episode or in the past?",
     "evidence": {
         "PMC11417591": "A total hysterectomy and right salpingo-oophorectomy were performed.",
         "PMC11429645": "the uterus and adnexa were completely removed",
         "PMC11483286": "She underwent modified radical hysterectomy, bilateral pelvic sentinel lymphadenectomy",
         "PMC11532939": "immediately followed by a radical abdominal hysterectomy",
         "PMC11535893": "with a history of total laparoscopic hysterectomy for uterine leiomyoma at the age of 43 years",
         "PMC11635829": "Her medical history included a total abdominal hysterectomy with bilateral salpingo-oophorectomy done 25 years ago"},
     "rejected": {"PMC11565536": "hysterectomy recommended but the patient declined (uterus-sparing treatment, later live birth)",
                  "PMC11618002": "embolization chosen; hysterectomy only discussed", "PMC11648268": "management options (discussion)"},
     "note": "PMC11429645 never says 'hysterectomy' of the patient in the case text ('uterus and adnexa were completely removed'); PMC11535893 and PMC11635829 are past hysterectomies, counted"},
    {"shape": "list", "question": "Which patients were put on cipro?",
     "evidence": {
         "PMC11490280": "the patient was treated with empiric metronidazole and ciprofloxacin",
         "PMC11506189": "the antimicrobial regimen was modified to include doxycycline and ciprofloxacin",
         "PMC11565536": "she received oral linezolid, ciprofloxacin, and metronidazole.",
         "PMC11617203": "the patient was treated with ciprofloxacin (500 mg, twice a day, orally) for 10 days"},
     "rejected": {"PMC11509492": "topical options in the discussion (the patient got moxifloxacin drops)",
                  "PMC11608458": "MIC in the isolate's antibiogram and literature susceptibility, not given"},
     "note": "'cipro' = ciprofloxacin; levofloxacin, moxifloxacin and ofloxacin patients are not counted"},
    {"shape": "count", "question": "How many patients had a Klebsiella infection?",
     "evidence": {"PMC11601975": "This patient’s post-operative course was complicated by Klebsiella bacteremia"},
     "rejected": {"PMC11565536": "organisms associated with pyometra (literature)"}},
]

YESNO = [
    {"case": "PMC11546499", "question": "Was durvalumab continued after the woman with lung cancer recovered from her ketoacidosis?",
     "expected": "yes", "evidence": "After DKA, durvalumab therapy was continued with a good response to the treatment."},
    {"case": "PMC11601975", "question": "Did the woman with the small-bowel NET and mesenteric ischaemia have a second-look laparotomy?",
     "expected": "yes", "evidence": "Upon return to the operating room, all remaining bowel appeared viable.",
     "note": "'second-look surgery in 48 hours' was planned; the next sentence reports the return to theatre"},
    {"case": "PMC11570083", "question": "Were malignant cells found in the CSF of the 80-year-old woman with EGFR-mutant lung adenocarcinoma?",
     "expected": "yes", "evidence": "the presence of cancer cells was confirmed at the second attempt"},
    {"case": "PMC11396144", "question": "Was the botfly larva still alive when it was taken out of the traveller's leg?",
     "expected": "yes", "evidence": "A live larva was encountered and removed in its entirety, remaining viable upon extraction"},
    {"case": "PMC11585469", "question": "Did angiography show an aneurysm in the young woman in coma from neuro-Behçet?",
     "expected": "no", "evidence": "MR angiography of the head and neck showed no arterial occlusion or stenosis, arteriovenous malformation, or aneurysm."},
    {"case": "PMC11509864", "question": "Was there choroidal neovascularisation in the man with GPA and serous retinal detachment?",
     "expected": "no", "evidence": "No evidence of choroidal neovascularization was found."},
    {"case": "PMC11532939", "question": "Did the fetus show signs of anaemia during the cisplatin-ifosfamide cycles given to the pregnant woman with cervical cancer?",
     "expected": "no", "evidence": "There were no signs of fetal anemia throughout the three administered cycles."},
    {"case": "PMC11490213", "question": "Did the pityriasis rubra pilaris come back after tildrakizumab was stopped?",
     "expected": "no", "evidence": "A three-year follow-up did not reveal relapse of PRP or any adverse effects."},
    {"case": "PMC11396144", "question": "Was the man with the botfly larva after a trip to Belize tested for malaria?",
     "expected": "not_reported", "search_regex": r"malaria|plasmodium"},
    {"case": "PMC11601975", "question": "Was the woman with mesenteric ischaemia from a metastatic NET anticoagulated?",
     "expected": "not_reported", "search_regex": r"heparin|anticoag|warfarin|apixaban|rivaroxaban"},
    {"case": "PMC11625232", "question": "Did the 14-year-old with sinusitis and epidural empyema have a lumbar puncture?",
     "expected": "not_reported", "search_regex": r"lumbar puncture|spinal tap|\bCSF\b|cerebrospinal"},
    {"case": "PMC11585469", "question": "Was the woman with neuro-Behçet given infliximab?",
     "expected": "not_reported", "search_regex": r"infliximab|\bTNF\b|tumor necrosis", "hits": 3,
     "note": "the 3 hits are one discussion sentence (TNF inhibitors 'like infliximab, etanercept, and adalimumab' in the literature); she got methylprednisolone, prednisone, cyclophosphamide"},
]

LOOKUPS = [
    {"case": "PMC11585469", "question": "What was the GCS of the woman with neuro-Behçet when she was admitted?",
     "answer": "8/15", "evidence": "Glasgow Coma Scale score of 8/15",
     "alternatives": [{"answer": "8/15", "evidence": "Current Glasgow Coma Scale: 8/15"}]},
    {"case": "PMC11546499", "question": "How high were the anti-GAD antibodies in the woman with durvalumab-induced diabetes?",
     "answer": "1645.2 IU/mL", "evidence": "Anti-GAD antibodies were detected at 1645.2 IU/mL",
     "alternatives": [{"answer": "1645.2 IU/mL", "evidence": "Anti-GAD antibodies: 1645.2 IU/mL"}]},
    {"case": "PMC11509864", "question": "What was the CRP of the man with GPA eye involvement when he was worked up for vasculitis?",
     "answer": "13.91 mg/dL", "evidence": "with a C-reactive protein (CRP) level of 13.91 mg/dL",
     "alternatives": [{"answer": "13.91 mg/dL", "evidence": "C-reactive protein (CRP) 13.91 mg/dL and erythrocyte sedimentation rate 80 mm/h"}]},
    {"case": "PMC11539083", "question": "Which organism grew from the fluid drained from the eyelids of the woman with cellulitis after blepharoplasty?",
     "answer": "Staphylococcus epidermidis", "evidence": "The collected sample confirmed the presence of Staphylococcus epidermidis resistant to all betalactamines.",
     "alternatives": [{"answer": "Staphylococcus epidermidis", "evidence": "Bacteriological samples yielded Staphylococcus epidermidis"},
                      {"answer": "Staphylococcus epidermidis", "evidence": "Bacteriological tests identified Staphylococcus epidermidis"},
                      {"answer": "Staphylococcus epidermidis", "evidence": "due to another pathogen, Staphylococcus epidermidis"},
                      {"answer": "Staphylococcus epidermidis", "evidence": "the pathogen identified in our case, Staphylococcus epidermidis"}]},
    {"case": "PMC11539083", "question": "What was the left-eye intraocular pressure of the woman with orbital cellulitis after blepharoplasty at presentation?",
     "answer": "47 mmHg OS", "evidence": "Intraocular pressure was high in both eyes: 26 mmHg OR and 47 mmHg OS."},
    {"case": "PMC11570083", "question": "Which EGFR mutation did the 80-year-old woman with lung adenocarcinoma have?",
     "answer": "exon 19 deletion", "evidence": "Mutation analysis of the biopsied tissue revealed exon 19 deletion positive",
     "alternatives": [{"answer": "exon 19 deletion", "evidence": "Mutation analysis of biopsied tissue revealed exon 19 deletion positive"},
                      {"answer": "exon 19 deletion", "evidence": "(EGFR) exon 19 deletion positive of primary cancer"},
                      {"answer": "Exon 19 deletion", "evidence": "Exon 19 deletion positive mutation identified"}]},
    {"case": "PMC11570083", "question": "What daily dose of osimertinib was the woman with leptomeningeal metastasis given?",
     "answer": "80 mg", "evidence": "Osimertinib was prescribed with a daily dose of 80 mg"},
    {"case": "PMC11532939", "question": "How much cisplatin was given in the first cycle to the pregnant woman with cervical squamous cell carcinoma?",
     "answer": "120 mg of cisplatin", "evidence": "with a dosing of 120 mg of cisplatin and 3 g of ifosfamide"},
    {"case": "PMC11532939", "question": "What was the hemoglobin of the pregnant woman with cervical cancer before treatment?",
     "answer": "116 g/l", "evidence": "mild pregnancy-associated anemia with a hemoglobin level of 116 g/l",
     "alternatives": [{"answer": "116 g/L", "evidence": "Mild pregnancy-related anemia (Hb: 116 g/L)"}]},
    {"case": "PMC11490213", "question": "What dose of tildrakizumab did the breast cancer patient with pityriasis rubra pilaris receive?",
     "answer": "100 mg", "evidence": "The drug was administered subcutaneously at a dose of 100 mg",
     "alternatives": [{"answer": "100 mg", "evidence": "The treatment was continued at a 12-week subcutaneous dose of 100 mg."}]},
    {"case": "PMC11396144", "question": "What species was the larva taken from the knee of the man back from Belize?",
     "answer": "Dermatobia hominis", "evidence": "A pathologist diagnosed it as “Dermatobia hominis”",
     "alternatives": [{"answer": "Dermatobia hominis", "evidence": "Pathological examination confirmed the larva as Dermatobia hominis"},
                      {"answer": "Dermatobia hominis", "evidence": "Pathological examination confirmed the presence of a Dermatobia hominis larva"},
                      {"answer": "Dermatobia hominis", "evidence": "cutaneous myiasis caused by Dermatobia hominis, or human botfly infestation, in a 69-year-old male"},
                      {"answer": "Dermatobia hominis", "evidence": "cutaneous myiasis caused by Dermatobia hominis in a patient who acquired the infection"}]},
    {"case": "PMC11601975", "question": "When was the neuroendocrine tumour of the woman with acute mesenteric ischaemia first diagnosed?",
     "answer": "October of 2017", "evidence": "she was diagnosed with NET in October of 2017"},
    {"case": "PMC11601975", "question": "How long was the dead segment of bowel found at laparotomy in the woman with the metastatic small-bowel NET?",
     "answer": "40 cm", "evidence": "A 40 cm, nonviable loop of intestine was identified"},
    {"case": "PMC11625232", "question": "What was the CRP of the teenager with sinusitis complicated by an epidural empyema?",
     "answer": "306.9 mg/L", "evidence": "elevated C-reactive protein (CRP) levels (306.9 mg/L)",
     "alternatives": [{"answer": "306.9 mg/L", "evidence": "Elevated CRP (306.9 mg/L)"}]},
]

SEQUENCES = [
    {"case": "PMC11585469", "question": "What came after the methylprednisolone pulses in the woman with neuro-Behçet coma?",
     "answer": "prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month)",
     "evidence": "The treatment was then followed by prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month).",
     "alternatives": [{"answer": "a prednisone taper along with cyclophosphamide therapy",
                       "evidence": "following a high-dose steroid regimen, we initiated a prednisone taper along with cyclophosphamide therapy"}]},
    {"case": "PMC11509864", "question": "What was done when the CRP of the man with GPA stayed up despite steroid pulses and cyclophosphamide?",
     "answer": "the methylprednisolone (MPD) dose was increased from 30 to 60 mg, cyclosporine pulse therapy was escalated from 500 to 1000 mg, and rituximab (500 mg) was administered",
     "evidence": "Therefore, the methylprednisolone (MPD) dose was increased from 30 to 60 mg, cyclosporine pulse therapy was escalated from 500 to 1000 mg, and rituximab (500 mg) was administered."},
    {"case": "PMC11539083", "question": "What did the woman with necrotising cellulitis after blepharoplasty get when the swelling kept spreading despite drainage and IV antibiotics?",
     "answer": "three boluses of 500 mg methylprednisolone",
     "evidence": "Therefore, three boluses of 500 mg methylprednisolone were administered intravenously between days 4 and 7."},
    {"case": "PMC11570083", "question": "What treatment followed the craniotomy for the cerebellar metastasis of the woman with EGFR-mutant NSCLC?",
     "answer": "radiation therapy in the tumor bed (4,000 cGy/10 fractions)",
     "evidence": "Following the craniotomy, the patient received radiation therapy in the tumor bed (4,000 cGy/10 fractions)",
     "alternatives": [{"answer": "tumor bed radiation therapy was given (4,000 cGy/10 fractions)",
                       "evidence": "only tumor bed radiation therapy was given (4,000 cGy/10 fractions)"},
                      {"answer": "tumor bed radiation (4,000 cGy/10 fractions)",
                       "evidence": "followed by tumor bed radiation (4,000 cGy/10 fractions)"}]},
    {"case": "PMC11570083", "question": "Which EGFR TKI was the 80-year-old woman on before osimertinib?",
     "answer": "gefitinib", "evidence": "Mutation analysis of the biopsied tissue revealed exon 19 deletion positive, and gefitinib was prescribed.",
     "alternatives": [{"answer": "gefitinib", "evidence": "Mutation analysis of biopsied tissue revealed exon 19 deletion positive, and gefitinib was prescribed."},
                      {"answer": "gefitinib (Iressa®)", "evidence": "complete remission with gefitinib (Iressa®)"},
                      {"answer": "gefitinib (EGFR-TKI)", "evidence": "treated with gefitinib (EGFR-TKI) for 4 years"}]},
    {"case": "PMC11546499", "question": "What chemotherapy did the woman with durvalumab-induced diabetes have before durvalumab?",
     "answer": "1 cycle of vinorelbine/carboplatin", "evidence": "treated with chemotherapy (1 cycle of vinorelbine/carboplatin) at the beginning",
     "alternatives": [{"answer": "vinorelbine/carboplatin", "evidence": "following chemotherapy (vinorelbine/carboplatin)"}]},
    {"case": "PMC11532939", "question": "What did the pregnant woman with cervical cancer receive after her three cycles of cisplatin and ifosfamide?",
     "answer": "paclitaxel and carboplatin", "evidence": "the treatment protocol was modified to include paclitaxel and carboplatin",
     "alternatives": [{"answer": "seven cycles of weekly carboplatin 2AUC and paclitaxel at 50 mg/m2",
                       "evidence": "This regimen would be followed by seven cycles of weekly carboplatin 2AUC and paclitaxel at 50 mg/m2."},
                      {"answer": "seven cycles of weekly carboplatin with paclitaxel",
                       "evidence": "followed by seven cycles of weekly carboplatin with paclitaxel"},
                      {"answer": "a weekly regimen of paclitaxel with a carboplatin",
                       "evidence": "Subsequently, a weekly regimen of paclitaxel with a carboplatin therapeutic approach was adopted"}]},
    {"case": "PMC11532939", "question": "What was done straight after the C-section of the woman treated for cervical cancer during pregnancy?",
     "answer": "radical abdominal hysterectomy", "evidence": "immediately followed by a radical abdominal hysterectomy",
     "alternatives": [{"answer": "radical hysterectomy after Cesarean section",
                       "evidence": "a treatment plan involving neoadjuvant chemotherapy, radical hysterectomy after Cesarean section"}]},
    {"case": "PMC11601975", "question": "What did the woman with the metastatic small-bowel NET go back on after her Lutathera course?",
     "answer": "Lanreotide in December of 2020", "evidence": "She subsequently resumed Lanreotide in December of 2020"},
    {"case": "PMC11396144", "question": "What was done when the botfly larva could not be brought to the surface in the office?",
     "answer": "total excision of the area", "evidence": "It was decided to proceed with total excision of the area.",
     "alternatives": [{"answer": "An elliptical excision was performed",
                       "evidence": "An elliptical excision was performed, including the entire cutaneous manifestation"},
                      {"answer": "total elliptical excision of the area",
                       "evidence": "we instead moved forward with total elliptical excision of the area"}]},
]

COMPARES = [
    {"question": "Compare how the two patients with complex regional pain syndrome were treated.",
     "evidence": {"PMC11580067": "The patient underwent a holistic treatment consisting of osteopathy and rehabilitation exercises over 36 sessions spanning 9 months.",
                  "PMC11597933": "a series of six repetitive (painful) injections into the finger, hand, and forearm muscles of incoBoNT/A every 3 months"},
     "note": "CRPS named in 2 documents only"},
    {"question": "Compare how the patients with adrenal insufficiency were treated.",
     "evidence": {"PMC11368709": "the infant was started on a standard regimen of hydrocortisone at 20 mg/m2/day, fludrocortisone at 0.1 mg/day",
                  "PMC11550105": "endocrinology recommended starting corticosteroid replacement therapy with hydrocortisone sodium succinate (Solu-Cortef) 25 mg IV every eight hours",
                  "PMC11635374": "The patient was started on a physiologic replacement dose of hydrocortisone"},
     "rejected": {"PMC11421273": "adrenal Castleman disease usually without insufficiency (discussion)",
                  "PMC11465705": "cause of orthostatic hypotension (differential)",
                  "PMC11469216": "etomidate's known effect (mechanism), Cushing's treated"},
     "note": "PMC11635374: central adrenal insufficiency in the girl with pituitary gigantism (hydrocortisone + levothyroxine)"},
    {"question": "Compare the outcomes of the newborns with intestinal atresia.",
     "evidence": {"PMC11416630": "Re-exploration with ileostomy and gastrostomy tube placement was performed with additional biopsies revealing Hirschsprung's disease.",
                  "PMC11543139": "On postoperative day 7 the infant was discharged home with a good recovery and stable vital signs."},
     "rejected": {"PMC11535884": "atresia only as a possible complication of meconium ileus (discussion)",
                  "PMC11635708": "ejaculatory duct atresia (Zinner syndrome), not intestinal"}},
    {"question": "Compare how the fracture non-unions were treated.",
     "evidence": {"PMC11546045": "Managing Aseptic Ulnar Diaphyseal Non-Union in a Seizure Patient with Elastic Nail, Fibula Graft",
                  "PMC11546046": "Femoral Neck Fracture Non-Union: Treatment with Bone Marrow Concentrate, Demineralized Bone Matrix"},
     "rejected": {"PMC11546049": "non-union as a risk of the nail (discussion)", "PMC11596290": "delayed or non-union in the literature (discussion)"},
     "note": "PMC11546046 reports two patients (one document)"},
]


def table() -> list[dict]:
    """All 50 specs, in the order of their ids."""
    return (LISTS + [{"shape": "yesno", **y} for y in YESNO] + [{"shape": "lookup", **k} for k in LOOKUPS]
            + [{"shape": "sequence", **s} for s in SEQUENCES] + [{"shape": "compare", **c} for c in COMPARES])


def main() -> int:
    rows = build(table(), "ua3")
    write(rows, OUT)
    errors = verify(OUT)
    print("\n".join(errors) or "all spans verbatim at their offsets, all evidence verbatim")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
