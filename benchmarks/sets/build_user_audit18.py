"""Write ``benchmarks/sets/user_audit18.jsonl``: an eighteenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-27 by helper-audit18 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit16.py``,
``build_user_audit17.py``, ``user_audit_build.py``, the user_audit16/17 rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit16.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl`` (``user_audit17.jsonl``'s questions
were not opened: its subjects were taken from its builder). List/count/compare subjects (symptoms, a background
disease, a treatment, tubes and catheters, biopsies, an imaging test, an examination sign, a laboratory value,
feeding by vein and two drug classes) are other than those of all of these sets.

One-case cases: every case now has a one-case question in some earlier set once earlier compares with at most
two gold cases are counted, so the 28 one-case questions and the 3 compares naming two patients use the 5 cases
with the **fewest**: a script over every ``benchmarks/sets/*.jsonl`` field that names a case outside
list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``, ``relevant_ids``,
``fits``, alternatives) finds 12 case reports that no such field names; 8 of them appear in none of the
annotation files either (``events_gold.jsonl``, ``tags_gold.jsonl``, ``tags_gold_heldout.jsonl``), each only as
list/count gold, in ``rejected`` lists and as one of the two gold cases of one earlier compare (user_audit3,
user_audit5, user_audit9 or user_audit13). Of those 8 the set takes the 5 single-patient reports of different
kinds (leaving the two periodontal-pocket reports, alike and with dental neighbours, and the two-patient
femoral-neck series): an infant with permanent neonatal diabetes from a chromosome 8 (GATA4) deletion
(PMC11506781), a primigravida whose fetus had an echogenic bowel and a jejunal atresia (PMC11543139), a labourer
with epilepsy and an aseptic ulnar non-union (PMC11546045), a former guitarist with forearm CRPS treated with
incobotulinumtoxin A (PMC11597933) and a man whose necrotic pancreas passed through a duodenal fistula and
blocked the small bowel (PMC11602238), 5-6 one-case questions each. Every fact asked of them was checked by
script against every earlier set: no earlier answer span, alternative, accepted span or evidence sentence
overlaps the span or evidence of a one-case question or two-patient compare here, and none asks the same fact
in other words (read).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient or a drug
class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, normal values, a mother's diabetes
where the baby is the patient, a family history, tests or treatments only suggested, planned or declined,
tubes passed as instruments, catheters in vessels or the pleura, look-alike words ('procalcitonin', 'duplex
kidney', 'DM' for dural metastasis, 'GTN' for gestational trophoblastic neoplasia, RT-PCR, gamma-irradiated
grafts, laser irradiation) and neighbouring complaints in ``rejected`` with why). Compare gold = every case of the
named kind. Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a
span is missing or ambiguous).

Doubts (kept as read): PMC11446496 (radiotherapy) says so only in its abstract, the case text names only the
chemotherapy; PMC11624525's persistent chest pain is told in the discussion of this patient; PMC11601975's
Doppler is an intraoperative check of the bowel's blood supply; PMC11543139's parenteral nutrition was the
newborn's, the mother being the patient of the scans (earlier sets read this report both ways).

    python benchmarks/sets/build_user_audit18.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit18.jsonl"

NDM, JEJ, ULN, CRP, NEC = "PMC11506781", "PMC11543139", "PMC11546045", "PMC11597933", "PMC11602238"

LISTS = [
    {"shape": "list", "question": "Which patients had chest pain, tightness or pressure (angina-type discomfort), now or in the past?",
     "evidence": {
         "PMC11414482": "resulting in more symptoms (agitation, headaches, chest pain, sweating, epistaxis, etc.)",
         "PMC11418098": "a 1-month history of prolonged fever and pleuritic chest pain",
         "PMC11420455": "the patient presented with an abrupt onset of palpitations and chest discomfort",
         "PMC11429645": "symptoms of chest tightness and shortness of breath after moderate activity",
         "PMC11439622": "Concurrently, the patient began experiencing chest tightness.",
         "PMC11446622": "dull, non-radiating, generalized chest pressure",
         "PMC11488398": "He presented with persistent left thoracic pain and chest tightness over the past 3 months",
         "PMC11501102": "after presenting with worsening pleuritic chest pain",
         "PMC11506189": "was admitted to the emergency department with severe chest pain and shortness of breath",
         "PMC11593014": "He experienced chest discomfort, and his electrocardiogram revealed ST segment depression",
         "PMC11596152": "the patient had completed a two-week hospitalization due to hypertension and chest pain",
         "PMC11608958": "presented to the hospital due to fever with chest tightness and asthma for 1 day",
         "PMC11609383": "a three-month history of left-sided chest pain and a dry cough",
         "PMC11617126": "she experienced episodes of palpitations, chest pain, and syncope",
         "PMC11624525": "The patient exhibited persistent chest pain and ST-segment elevation in the inferior leads",
         "PMC11635820": "presented with progressive dyspnea and chest discomfort",
         "PMC11643412": "three times a day for chest pain"},
     "rejected": {"PMC11398847": "'He denied any hemoptysis, shortness of breath, chest pain'",
                  "PMC11452353": "'She denied chest pain, shortness of breath'",
                  "PMC11453286": "'The patient had no complaints of shortness of breath, chest pain'",
                  "PMC11465705": "syncope 'lacked prodromal (chest pain ...)' symptoms; 'He denied any chest pain'",
                  "PMC11634049": "'She denied palpitations, chest pain, or dizziness'",
                  "PMC11366418": "chest pain only among features of TBM/CM co-infection in the literature",
                  "PMC11544788": "chest pain only among maternal symptoms and a literature patient",
                  "PMC11551029": "chest tightness only among prodromal symptoms in the background",
                  "PMC11646979": "chest pain and tightness only among features of coronary aneurysms; the patient had a cough and wheeze",
                  "PMC11648268": "chest pain only among symptoms of ectopic pregnancy in the background"},
     "note": "searched chest pain/discomfort/tightness/pressure/heaviness, thoracic pain, angina, retrosternal, substernal, "
             "precordial, pleuritic; PMC11414482: among symptoms of resistant hypertension; PMC11446622: 'generalized chest "
             "pressure' with dyspnoea; PMC11596152: an earlier admission; PMC11617126: four years before, with HOCM; "
             "PMC11624525: told in the discussion of this adolescent; PMC11643412: tramadol given for chest pain after the "
             "pleural catheter"},
    {"shape": "list", "question": "Who had headaches (including migraine)?",
     "evidence": {
         "PMC11366418": "a mild holocranial headache of subacute onset for the past 10 days",
         "PMC11414482": "resulting in more symptoms (agitation, headaches, chest pain, sweating, epistaxis, etc.)",
         "PMC11447345": "with a history of progressive headaches for 2 years and left hemiparesis for 1 year",
         "PMC11497857": "presented to the emergency department with headache and fevers for 3 weeks",
         "PMC11509757": "he developed fever associated with a headache and cough",
         "PMC11509864": "persistent headaches, and ocular pain",
         "PMC11513667": "admitted to our institution for headache and visual impairments",
         "PMC11522842": "He had a history of intermittent fever, headaches, and reduced urine output for the past three days.",
         "PMC11579050": "presented to our institution with severe early morning headache",
         "PMC11580067": "A 25-year-old female was complaining of headache holocephalic",
         "PMC11592073": "two-month history of sudden-onset, “thunderclap” headache",
         "PMC11595896": "Her initial symptoms started at the age of 22 years with recurrent headaches and vomiting.",
         "PMC11620866": "developed fever and headache 10 days after taking the antibiotics",
         "PMC11625102": "presented to the emergency department with a severe, throbbing headache, blurred vision",
         "PMC11625232": "the development of fever and an intensifying headache",
         "PMC11648237": "tinnitus, vertigo, and intermittent headaches (one-month duration)",
         "seed-blinatumomab-all": "Tolerability: moderate headaches and bone pain, managed by analgesics."},
     "rejected": {"PMC11459453": "'she denied having any fever, chills, headache'",
                  "PMC11465705": "'He denied any chest pain, shortness of breath, headache'",
                  "PMC11635374": "'She denied headaches, nausea, vomiting'",
                  "PMC11648763": "'He denied having a headache, nausea, vomiting'",
                  "PMC11621058": "headache only among symptoms of the literature cases; epilepsy was this girl's only symptom",
                  "PMC11413548": "migraine only among COL4A1 phenotypes in the background",
                  "PMC11416184": "headaches only among menstrual symptoms in the background",
                  "PMC11488404": "headache only among pheochromocytoma-like symptoms in the background",
                  "PMC11570475": "headaches only among symptoms of TB meningitis in the background",
                  "PMC11585469": "headaches only in the background on neuro-Behçet disease",
                  "PMC11595504": "headaches only among symptoms of CNS histoplasmosis in the background",
                  "PMC11597933": "migraines only among pain syndromes treated with botulinum toxin in the literature",
                  "PMC11616425": "headache only among the 'three pains' of HFRS in the background"},
     "note": "searched headache, cephalalgia, migraine, head pain; PMC11414482: with resistant hypertension; PMC11595896: "
             "recurrent headaches and migraine (rizatriptan); seed: on blinatumomab"},
    {"shape": "list", "question": "Who had radiotherapy (radiation treatment, XRT, proton or brachytherapy), now or in the past?",
     "evidence": {
         "PMC11395317": "despite aggressive surgery, chemotherapy, and radiotherapy, the outcome was fatal",
         "PMC11398847": "radiation therapy was begun in an outpatient setting",
         "PMC11402139": "radiotherapy was performed instead",
         "PMC11420438": "Postoperatively, the patient underwent radiotherapy",
         "PMC11428674": "The patient was treated with radiation and concomitant temozolomide.",
         "PMC11431636": "The plasmacytoma was treated with IMRT to 45 Gy in 25 fractions",
         "PMC11446496": "adjuvant chemotherapy, and radiation therapy",
         "PMC11446622": "breast cancer status post-lumpectomy and radiation therapy",
         "PMC11452711": "the patient underwent adjuvant radiotherapy to minimize the risk of recurrence",
         "PMC11459453": "The metastatic lesions were treated with palliative radiotherapy and nivolumab chemotherapy.",
         "PMC11483286": "treated with surgery and proton therapy",
         "PMC11503393": "Radiotherapy targeting the primary tumor in the spleen was added in July 2022.",
         "PMC11509173": "the patient has received a little over half of the radiation dosage that has been planned",
         "PMC11570083": "the patient received radiation therapy in the tumor bed (4,000 cGy/10 fractions)",
         "PMC11574702": "intensity-modulated radiation therapy (total dose: 60 Gy in 30 fractions)",
         "PMC11621058": "she was admitted to the oncology department and received radiotherapy",
         "PMC11628523": "Additionally, local radical radiotherapy was also performed during the treatment.",
         "PMC11646824": "he underwent concurrent chemoradiation, including focal radiation to the brain",
         "seed-blinatumomab-all": "cranial irradiation (12 Gy)"},
     "rejected": {"PMC11532939": "'scheduled for external radiotherapy': planned only",
                  "PMC11635374": "Gamma Knife radiosurgery recommended, 'but the family declined'",
                  "PMC11552360": "'The patient did not undergo any radiotherapy or chemotherapy' (its RT-PCR is a look-alike)",
                  "PMC11439974": "65 Gy to a literature patient with the same tumour",
                  "PMC11447345": "'radiation is not an option in most situations' (background)",
                  "PMC11470589": "radiotherapy 'futile' for SFT in the background",
                  "PMC11378089": "radiotherapy only in the literature", "PMC11421273": "radiotherapy only in the background",
                  "PMC11456792": "chemoradiotherapy of a literature patient", "PMC11488400": "radiotherapy only in the background",
                  "PMC11492433": "radiotherapy only in the background", "PMC11544788": "radiotherapy only in the background",
                  "PMC11625106": "radiotherapy only in the background", "PMC11626717": "radiotherapy only in the background",
                  "PMC11632487": "radiotherapy only among treatment options", "PMC11573236": "radiotherapy resistance in the background",
                  "PMC11635829": "'no history of ... radiation exposure'",
                  "PMC11546046": "grafts 'sterilized by gamma irradiation' (look-alike)",
                  "PMC11453165": "laser 'irradiation time' of photobiomodulation (look-alike)",
                  "PMC11614507": "RT-QuIC (look-alike)"},
     "note": "searched radiotherapy, radiation, irradiation, Gy, cGy, IMRT, XRT, SBRT, stereotactic, gamma knife, radiosurgery, "
             "proton, brachytherapy, chemoradiation, SIRT; PMC11395317: 'qualified for stereo-radiotherapy'; PMC11431636: "
             "IMRT of a plasmacytoma and SIRT of a cholangiocarcinoma; PMC11446496: only its abstract names radiation therapy, "
             "counted; PMC11446622: in the past for breast cancer; PMC11483286: proton therapy for cervical cancer in a "
             "kidney-transplant patient; PMC11509173: half of 60 Gy given at the time of writing; seed: cranial irradiation "
             "in 2009"},
    {"shape": "list", "question": "Who lost their appetite (anorexia, poor or decreased appetite)?",
     "evidence": {
         "PMC11366418": "along with loss of appetite",
         "PMC11424908": "This patient also complained a decreased in appetite",
         "PMC11438519": "slowed movements, and decreased appetite over the same period",
         "PMC11522842": "presented with complaints of loss of weight, loss of appetite, and frothy urine",
         "PMC11595504": "generalized weakness, fatigue, decreased appetite, and an unintentional weight loss of >100 lbs",
         "PMC11597933": "due to loss of appetite and inadequate sleep",
         "PMC11608042": "due to poor appetite and intermittent abdominal pain persisting for over 2 months",
         "PMC11647062": "intermittent high-grade fever for the past four weeks, loss of appetite, and progressive weight loss"},
     "rejected": {"PMC11392029": "'she had no history of weight loss, fatigue, or loss of appetite'",
                  "PMC11431636": "'appetite was preserved without any weight loss'",
                  "PMC11648763": "'His sleep and appetite were normal'",
                  "PMC11416630": "a newborn's 'poor oral intake' with vomiting from a bowel atresia, not a loss of appetite",
                  "PMC11437698": "poor appetite of a literature patient",
                  "PMC11470198": "anorexia only among XGP symptoms in the background",
                  "PMC11491600": "anorexia only in the background on ectopic pancreatic tissue",
                  "PMC11513519": "reduced appetite only among PAN symptoms in the background",
                  "PMC11550105": "anorexia only among SAI symptoms in the background",
                  "PMC11551029": "loss of appetite only in the background on myocarditis",
                  "PMC11570475": "loss of appetite only in the background on TB meningitis in children",
                  "PMC11632487": "'decreased intake of pain medications' (look-alike)"},
     "note": "searched appetite, anorexia, poor/decreased/reduced intake, poor feeding, inappetence; PMC11438519: with a "
             "depressive episode; PMC11522842: at a relapse of SLE a year later"},
    {"shape": "list", "question": "Who had a tube into the stomach or gut (a nasogastric/NG tube, a nasojejunal tube or a "
                                  "gastrostomy/PEG)?",
     "evidence": {
         "PMC11416630": "Re-exploration with ileostomy and gastrostomy tube placement was performed",
         "PMC11427117": "He underwent tracheostomy, gastrostomy, and diaphragmatic pacemaker placement.",
         "PMC11459113": "A nasojejunal (NJ) tube was inserted using a Freka tube.",
         "PMC11535884": "A nasogastric tube (NGT) was inserted, yielding aspirated yellow-colored fluid.",
         "PMC11621671": "requiring nasogastric tube placement for aspiration risk",
         "PMC11632824": "The patient remained in the intensive care unit with a nasogastric tube for 2 days postoperatively",
         "PMC11634049": "a percutaneous endoscopic gastrostomy (PEG) tube was placed"},
     "rejected": {"PMC11416184": "an 'infant feeding tube' passed through the microperforate hymen as a probe, not into the gut",
                  "PMC11602238": "cyst-jejunostomy only in earlier literature cases",
                  "PMC11505654": "'enteral nutrition' established; no tube named",
                  "PMC11484256": "'enteral nutrition'; no tube named"},
     "note": "searched nasogastric, NG/NGT, Ryle's, orogastric, nasojejunal, NJ, feeding tube, gastrostomy, PEG, "
             "jejunostomy, tube feeding, enteral feeding; PMC11459113: NJ feeding after a Whipple; PMC11535884: an NGT "
             "to drain a newborn's distended bowel; PMC11634049: a PEG before repair of an atrio-oesophageal fistula (its "
             "NG mention is in the background)"},
    {"shape": "list", "question": "Which patients had diabetes mellitus of any type (type 1, type 2, neonatal or gestational)?",
     "evidence": {
         "PMC11416184": "She was also a known diabetic and was on oral hypoglycemic medications for the same.",
         "PMC11439622": "A 69-year-old man with hypertension and diabetes presented at our hospital",
         "PMC11439974": "The patient had a history of diabetes mellitus for the past six years",
         "PMC11465958": "a 55-year-old man with type 2 diabetes mellitus",
         "PMC11469216": "uncontrolled type 2 diabetes mellitus",
         "PMC11470589": "a past medical history of type 2 diabetes mellitus, hypertension, and coronary atherosclerosis",
         "PMC11490280": "previously diagnosed type 2 diabetes, hypertension, and hyperlipidemia",
         "PMC11501102": "a history of type 1 diabetes, cardiovascular disease, and 30 pack-years",
         "PMC11506781": "permanent neonatal diabetes mellitus (PNDM) due to chromosome 8 deletion syndrome",
         "PMC11510521": "The patient was receiving medication for hypertension, diabetes mellitus",
         "PMC11522842": "pre-existing conditions of systemic hypertension, type 2 diabetes mellitus, and coronary artery disease",
         "PMC11541951": "A 30-year-old male with type 2 diabetes mellitus presented with elevated liver enzymes",
         "PMC11546499": "She had a history of well-controlled type 2 diabetes mellitus and autoimmune thyroiditis.",
         "PMC11565536": "diet-controlled gestational diabetes",
         "PMC11593014": "A 38-year-old male with diabetes, dyslipidemia, and hypertension",
         "PMC11608042": "a medical history notable for hypertension and diabetes mellitus",
         "PMC11614507": "hypertension, hypothyroidism, type 2 diabetes mellitus, and melanoma",
         "PMC11629481": "The patient had a history of type 2 diabetes, ischemic heart disease",
         "PMC11632824": "A 36-year-old man with a history of type 2 diabetes, hypertension, and obesity",
         "PMC11647062": "rheumatic heart disease status post-mitral valve replacement and diabetes mellitus"},
     "rejected": {"PMC11484256": "the mother's gestational diabetes; the patient is her baby, with hyperinsulinism",
                  "PMC11596152": "the mother's gestational diabetes; the patient is the child",
                  "PMC11480700": "diabetes in the patient's mother and sister (family history)",
                  "PMC11635374": "central diabetes insipidus after surgery; HbA1c only rose 'to prediabetic levels'",
                  "PMC11540479": "diabetes insipidus only among complications in the literature",
                  "PMC11421273": "'no history of hypertension, diabetes'", "PMC11470198": "'non-diabetic'",
                  "PMC11635829": "'no history of hypertension, diabetes'",
                  "PMC11453165": "type 2 diabetes only in a cited study of periodontitis",
                  "PMC11418098": "diabetes only among melioidosis risk factors", "PMC11420455": "diabetes only among MVT risk factors",
                  "PMC11509492": "diabetes only among myiasis risk factors", "PMC11535893": "diabetes only among SRUB factors",
                  "PMC11596290": "diabetes only among fracture risk factors", "PMC11608458": "diabetes only in literature percentages",
                  "PMC11617203": "diabetes of a literature patient", "PMC11625232": "diabetes only among risk factors",
                  "PMC11570083": "'DM' = dural metastasis (look-alike)",
                  "PMC11539083": "'Early Treatment of Diabetic Retinopathy Study' scale (look-alike)"},
     "note": "searched diabetes/diabetic, DM, T1DM/T2DM, NIDDM, IDDM, gestational diabetes, oral hypoglycaemics, HbA1c; "
             "PMC11506781: neonatal diabetes (GATA4 deletion); PMC11546499: type 2 diabetes, then checkpoint-inhibitor "
             "type 1 diabetes; PMC11565536: her own gestational diabetes"},
    {"shape": "list", "question": "Who had arthritis (rheumatoid, osteoarthritis or septic arthritis) or arthralgia (aching joints)?",
     "evidence": {
         "PMC11452353": "fibromyalgia, arthritis, opioid use disorder on Suboxone",
         "PMC11465958": "Uncommon Shoulder Septic Arthritis Attributed to Burkholderia pseudomallei",
         "PMC11512710": "he reported that he had rheumatoid arthritis",
         "PMC11570446": "She noted that her arthralgias intensified with cold and wet weather",
         "PMC11624969": "primary osteoarthritis of the right knee"},
     "rejected": {"PMC11370703": "septic arthritis only a provisional diagnosis of a Morel-Lavallée lesion",
                  "PMC11479900": "'did not present with systemic symptoms such as ... arthralgia'",
                  "PMC11499726": "osteoarthritis only in the cited PRP studies; the patient had a meniscal tear",
                  "PMC11647062": "rheumatic heart disease (valve), no arthritis named",
                  "PMC11418098": "septic arthritis and rheumatoid arthritis only in the background",
                  "PMC11506189": "joint pain only among flu-like signs in the background",
                  "PMC11522842": "arthritis only among SLE features in the background",
                  "PMC11596290": "rheumatoid arthritis only among fracture risk factors",
                  "PMC11614595": "arthritis only among extraintestinal manifestations in the background",
                  "PMC11617203": "rheumatoid factor negative; tenosynovitis only in the literature"},
     "note": "searched arthritis, arthralgia, joint pain/swelling/stiffness, osteoarthritis, rheumatoid, polyarthritis, "
             "synovitis, gout, spondyloarthropathy; PMC11465958: septic arthritis of the shoulder from melioidosis; "
             "PMC11570446: Gordon syndrome"},
    {"shape": "list", "question": "Who had a urinary catheter (a Foley or other catheter in the bladder)?",
     "evidence": {
         "PMC11342862": "sandwiching the black foam and adjacent segment of urinary catheter",
         "PMC11398847": "was treated with placement of a Foley catheter, which drained 3 L of urine",
         "PMC11416184": "after bladder catheterization, an infant feeding tube was introduced",
         "PMC11488400": "Initial urethral catheterization was performed",
         "PMC11535893": "a urinary catheter was placed in the bladder",
         "PMC11620866": "Patency of the urinary tract was maintained by an indwelling urinary catheter",
         "PMC11626717": "She is currently voiding via a transurethrally placed catheter."},
     "rejected": {"PMC11396497": "a 'catheter syringe' to test the rectal repair (look-alike)",
                  "PMC11608458": "a peritoneal dialysis catheter", "PMC11643412": "an indwelling pleural catheter",
                  "PMC11452353": "a PICC line", "PMC11618002": "an arterial catheter for embolisation",
                  "PMC11634049": "catheter ablation in the background", "PMC11624525": "'cardiac catheterization was not performed'"},
     "note": "searched catheter/catheterisation, Foley, urethral, suprapubic, indwelling; PMC11342862: the urinary catheter "
             "sealed into the negative-pressure dressing after a penile skin graft; PMC11416184: catheterised for a "
             "hymenectomy; PMC11626717: voiding by catheter after refusing surgery"},
    {"shape": "list", "question": "Whose liver (or a liver tumour) was biopsied?",
     "evidence": {
         "PMC11378089": "A biopsy of the hepatic mass was performed",
         "PMC11431636": "She had a liver biopsy of the hepatic lesion",
         "PMC11456881": "A puncture biopsy confirmed the diagnosis of hepatoblastoma",
         "PMC11570109": "the biopsy of the two liver lesions confirmed the diagnoses of HCC and metastatic colon cancer",
         "PMC11608042": "percutaneous hepatic puncture biopsy, guided by ultrasound, was conducted",
         "PMC11629271": "An ultrasound-guided liver biopsy was performed.",
         "PMC11645528": "Liver biopsy demonstrated grade 2 panNET."},
     "rejected": {"PMC11594283": "biopsy 'not recommended' in guidelines (background)"},
     "note": "searched liver/hepatic biopsy, puncture biopsy, biopsy of the liver lesion(s); PMC11378089 and PMC11645528: "
             "biopsies of liver metastases; PMC11456881: a congenital hepatoblastoma"},
    {"shape": "list", "question": "Who had a Doppler or duplex ultrasound?",
     "evidence": {
         "PMC11370703": "color Doppler showed multiple tiny avascular septae",
         "PMC11395475": "Doppler sonography of the carotid arteries and the vertebrobasilar system was described as within normal",
         "PMC11396144": "supplemented by color and spectral Doppler ultrasound was performed",
         "PMC11396497": "a Doppler ultrasound was performed which showed no blood circulation disorders",
         "PMC11424908": "On color Doppler examination, vascularization of the edges of the mass was visible.",
         "PMC11452353": "Venous Doppler duplex ultrasound of the right upper extremity showed an occlusive thrombus",
         "PMC11456814": "Color Doppler imaging showed no significant blood flow signals within the hypoechoic masses.",
         "PMC11488404": "The mass shows no vascularity on Color Doppler ultrasound.",
         "PMC11513519": "Doppler ultrasound of both upper limbs was normal.",
         "PMC11543139": "the amount of amniotic fluid index (AFI) and Doppler measurements were normal",
         "PMC11601975": "had doppler signals at the end of the case",
         "PMC11618002": "Uterine arteriovenous malformation with trophoblastic retention was suspected on ultrasound and Doppler examination.",
         "PMC11624969": "a duplex ultrasound was ordered to screen for an abdominal aortic aneurysm",
         "PMC11629481": "Doppler ultrasound revealed severe stenosis in all lower extremity arteries"},
     "rejected": {"PMC11416184": "'duplex kidney' (look-alike, background)",
                  "PMC11420455": "colour Doppler only as a diagnostic tool for MVT in the background",
                  "PMC11490280": "Doppler ultrasound only as an alternative test in the background",
                  "PMC11532939": "'Doppler Ultrasound in Obstetrics' in a reference",
                  "PMC11570410": "Doppler only recommended in the background on Poland syndrome"},
     "note": "searched Doppler, duplex, colour flow, spectral; PMC11395475: carotid Doppler after a stroke in 2016; "
             "PMC11543139: the fetal Doppler measurements of the pregnancy; PMC11601975: Doppler signals checked over the "
             "bowel mesentery at the end of the operation, counted"},
    {"shape": "count", "question": "How many patients had a raised HbA1c (glycated haemoglobin)?",
     "evidence": {
         "PMC11465958": "hemoglobin A1C was 9.1%",
         "PMC11546499": "HbA1c—8.7%",
         "PMC11593014": "worsening diabetes mellitus (HbA1c = 12.8%)",
         "PMC11635374": "progressive elevation in her glycated hemoglobin A1c to prediabetic levels"},
     "rejected": {"PMC11513519": "'His HbA1c was normal at 5.3 %'",
                  "PMC11484256": "the mother's HbA1c 8.4% in pregnancy; the patient is the baby",
                  "PMC11506781": "HbA1c only in the literature (other children)"},
     "note": "searched HbA1c, A1c, glycated/glycosylated haemoglobin; PMC11635374: a rise to prediabetic levels on "
             "pasireotide, counted"},
    {"shape": "count", "question": "How many patients were fed by vein (parenteral nutrition, TPN)?",
     "evidence": {
         "PMC11355863": "The patient was nourished parenterally with intravenous nutrition",
         "PMC11416630": "total parenteral nutrition (TPN) and enteral feeds",
         "PMC11535884": "Parenteral nutrition was gradually transitioned to infant formula",
         "PMC11543139": "Parenteral nutrition and serum therapy were provided from birth until after the surgery",
         "PMC11620866": "He was given parenteral nutrition in view of possible gastrointestinal mucosal involvement"},
     "rejected": {},
     "note": "searched parenteral nutrition, TPN, intravenous/IV nutrition, lipid emulsion; PMC11355863: for a chylous "
             "lymphocele (parenteral nutrition also in its background); PMC11543139: the newborn after birth"},
    {"shape": "count", "question": "How many patients had a cystoscopy?",
     "evidence": {
         "PMC11535893": "on day 10, cystoscopy confirmed a bladder diverticulum",
         "PMC11626717": "Upon cystoscopic evaluation, papillary growth filled the entire urethra"},
     "rejected": {"PMC11414668": "'micturatingcystourethrogram (MCUG), cystoscopy, and dynamic renal scintigraphy, were not available'"},
     "note": "searched cystoscopy/cystoscopic, cystourethroscopy, urethroscopy; PMC11535893: also a partial cystectomy 'using "
             "laparoscopy and cystoscopy' years before"},
    {"shape": "count", "question": "In how many patients did the doctors hear a heart murmur?",
     "evidence": {
         "PMC11506781": "Due to the presence of a systolic murmur in the first hours of life",
         "PMC11617126": "except for an apical systolic murmur",
         "PMC11647062": "A cardiovascular exam detected a diastolic murmur in the aortic area"},
     "rejected": {"PMC11395475": "'did not reveal any pathological murmurs'", "PMC11465705": "'absence of murmur'",
                  "PMC11535884": "'without murmurs'", "PMC11616425": "'no obvious murmurs'", "PMC11624969": "'without any murmurs'"},
     "note": "searched murmur, bruit, systolic/diastolic murmur"},
]

YESNO = [
    {"case": NDM, "question": "Did the baby with permanent neonatal diabetes from a chromosome 8 (GATA4) deletion need CPAP or "
                              "other breathing support after birth?",
     "expected": "yes",
     "evidence": "ventilatory support with continuous positive airway pressure (CPAP) and then with bilevel positive airway "
                 "pressure (BPAP) was indicated"},
    {"case": NDM, "question": "Once the closed-loop SmartGuard mode was on, did the toddler with GATA4-deletion neonatal diabetes "
                              "have any DKA or severe hypos?",
     "expected": "no",
     "evidence": "No episodes of severe hypoglycaemia or DKA were reported during the entire period of use of the AHCL system"},
    {"case": JEJ, "question": "Did the first-trimester NT scan of the 28-year-old primigravida whose fetus had an echogenic bowel "
                              "show a retroplacental haematoma?",
     "expected": "yes", "evidence": "revealed a retroplacental hematoma measuring 11×12 mm"},
    {"case": JEJ, "question": "Did the 28-year-old primigravida carrying the baby with jejunal atresia smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotin|vap(e|ing)"},
    {"case": ULN, "question": "Did the parents of the 35-year-old labourer with epilepsy and an ulnar non-union have seizures too?",
     "expected": "yes", "evidence": "Family medical history was significant for parents with similar seizure disorders."},
    {"case": ULN, "question": "Was the skin broken over the ulnar non-union of the 35-year-old labourer (an open wound)?",
     "expected": "no", "evidence": "The skin was intact."},
    {"case": ULN, "question": "Did the 35-year-old with epilepsy and the broken forearm plate smoke or drink alcohol?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotin|alcohol|\bdrink|\bbidi\b|gutka"},
    {"case": CRP, "question": "Did the 33-year-old former guitarist with forearm CRPS meet the Budapest criteria?",
     "expected": "yes", "evidence": "the patient fulfilled the Budapest criteria"},
    {"case": CRP, "question": "In the years after his sixth botulinum toxin (Xeomin) injection, did the CRPS of the former guitarist "
                              "come back?",
     "expected": "no", "evidence": "Remarkably, no relapse was observed in the following years"},
    {"case": CRP, "question": "Did the former guitarist with CRPS have a three-phase bone scan?",
     "expected": "not_reported", "search_regex": r"scintig|bone scan|three-phase|triple-phase|Tc-?99|technetium|radionuclide"},
    {"case": NEC, "question": "When the endoscopist went in through the new pancreaticoduodenal fistula of the 58-year-old man with "
                              "necrotizing alcoholic pancreatitis, was the necrotic material still in the cavity?",
     "expected": "no",
     "evidence": "It was surprisingly empty, and the previously identified phlegmonous material from the CT scan was not found "
                 "during the endoscopic procedure."},
    {"case": NEC, "question": "Was the 58-year-old man with necrotizing pancreatitis given antibiotics for his aspiration pneumonia?",
     "expected": "not_reported",
     "search_regex": r"antibiot|cillin|penem|cef|ceph|vancomycin|metronidazole|azithro|tazobactam|antimicrob|clindamycin|"
                     r"levofloxacin|cipro"},
]

LOOKUPS = [
    {"case": NDM, "question": "What did the baby with GATA4-deletion neonatal diabetes weigh at birth?",
     "answer": "1390 g", "evidence": "he was small for gestational age (SGA) (1390 g, 1st percentile",
     "alternatives": [{"answer": "1390 g", "evidence": "with a low birth weight (1390 g, 1st percentile)"}]},
    {"case": NDM, "question": "What was the C-peptide of the infant with permanent neonatal diabetes from the chromosome 8 deletion?",
     "answer": None, "search_regex": r"C-?\s?peptide|insulin level|insulin antibod|\bGAD\b"},
    {"case": JEJ, "question": "What did the nuchal translucency measure in the pregnancy later found to have fetal jejunal atresia?",
     "answer": "1.65 mm", "evidence": "The NT measurement itself was 1.65 mm"},
    {"case": JEJ, "question": "What fetal fraction did the NIPT report for the 28-year-old primigravida with the echogenic fetal bowel?",
     "answer": "12.01%", "evidence": "(fetal fractions: 12.01%)"},
    {"case": ULN, "question": "To what pressure was the tourniquet inflated for the ulnar non-union operation of the 35-year-old "
                              "with epilepsy?",
     "answer": "230 mmHg", "evidence": "inflated to 230 mmHg post-exsanguination"},
    {"case": ULN, "question": "How tall and how heavy was the 35-year-old labourer with epilepsy and the ulnar non-union?",
     "answer": "5’10”, 172 lb", "evidence": "the patient was a 5’10”, 172 lb male with a healthy appearance"},
    {"case": CRP, "question": "How bad was the pain of the 33-year-old former guitarist with CRPS before botulinum toxin, even in his "
                              "most comfortable position?",
     "answer": "between 8 and 10 on an 11-point Likert scale",
     "evidence": "his pain levels still hovered between 8 and 10 on an 11-point Likert scale",
     "alternatives": [{"answer": "8-10/11 on Likert scale", "evidence": "Persistent, severe pain (8-10/11 on Likert scale)"}]},
    {"case": CRP, "question": "What did the CT of the hand and forearm of the 33-year-old former guitarist with CRPS show?",
     "answer": "osteopenia, edema, severe ulnar deviation, and flexed fingers",
     "evidence": "A CT scan of his hand and forearm revealed osteopenia, edema, severe ulnar deviation, and flexed fingers.",
     "alternatives": [{"answer": "osteopenia, edema, severe ulnar deviation, and flexed fingers",
                       "evidence": "CT scan of hand and forearm revealed osteopenia, edema, severe ulnar deviation, and flexed fingers"}]},
    {"case": NEC, "question": "Where had the tissue bezoar lodged on the emergency CT of the 58-year-old man with necrotizing "
                              "pancreatitis?",
     "answer": "the ileocecal value",
     "evidence": "revealed a mechanical small bowel obstruction with an impacted tissue bezoar at the ileocecal value",
     "alternatives": [{"answer": "ileocecal valve", "evidence": "bezoar at ileocecal valve"}]},
    {"case": NEC, "question": "What was the serum lipase of the 58-year-old man when he was first admitted with alcohol-induced "
                              "pancreatitis?",
     "answer": None, "search_regex": r"lipase|amylase"},
]

SEQUENCES = [
    {"case": NDM, "question": "Once genetic testing had found the chromosome 8 (GATA4) deletion, where was the baby with neonatal "
                              "diabetes transferred next, and for what?",
     "answer": "transferred to the IRCCS Giannina Gaslini Institute for a pulmonary valvuloplasty",
     "evidence": "The patient was then transferred to the IRCCS Giannina Gaslini Institute for a pulmonary valvuloplasty"},
    {"case": NDM, "question": "By the last brain MRI, at 2 years and 4 months, what had become of the ketone-body deposits seen on the "
                              "earlier MRI of the boy with GATA4-deletion neonatal diabetes?",
     "answer": "the disappearance of the encephalic accumulation of ketone bodies, highlighting a slight non-specific thinning of "
               "the periventricular white substance",
     "evidence": "The last encephalic MRI (performed at the age of 2 years and 4 months) showed the disappearance of the "
                 "encephalic accumulation of ketone bodies, highlighting a slight non-specific thinning of the periventricular "
                 "white substance"},
    {"case": JEJ, "question": "Three days after birth, what happened to the baby whose echogenic bowel was seen on the "
                              "second-trimester scan?",
     "answer": "the baby underwent abdominal surgery, and jejunal atresia was diagnosed during the surgery",
     "evidence": "Three days after birth, the baby underwent abdominal surgery, and jejunal atresia was diagnosed during the surgery."},
    {"case": ULN, "question": "After the 35-year-old labourer fell in a seizure at the construction site and his coworkers took him "
                              "to the neurologist, how was his forearm first managed?",
     "answer": "He was splinted with a plaster of Paris slab",
     "evidence": "He was splinted with a plaster of Paris slab and had follow-up arrangement with the orthopedic surgeon."},
    {"case": CRP, "question": "A week after his first incobotulinumtoxin injection, what had changed for the former guitarist with CRPS?",
     "answer": "improvements in pain and swelling were observed",
     "evidence": "just a week after the initial injection, improvements in pain and swelling were observed"},
    {"case": NEC, "question": "Right after the endoscopy through the pancreaticoduodenal fistula, what happened to the 58-year-old man "
                              "with necrotizing pancreatitis?",
     "answer": "the patient became systemically unwell following the procedure, requiring transfer to the intensive care unit",
     "evidence": "Unfortunately, the patient became systemically unwell following the procedure, requiring transfer to the "
                 "intensive care unit."},
]

COMPARES = [
    {"question": "Compare how the baby with GATA4-deletion neonatal diabetes and the baby boy with jejunal atresia (found after an "
                 "echogenic bowel on the second-trimester scan) were fed in early life.",
     "evidence": {NDM: "the patient consumed 8 meals/day of 60 mL of artificial formula (casein hydroxylate)",
                  JEJ: "the baby was gradually fed with breast milk and formula as supplementary nutrition"},
     "note": "NDM: steatorrhoea from exocrine pancreatic insufficiency, pancreatic enzymes (Pancrelipasi), a lactose-free milk "
             "after positive galactosaemia tests, 8 feeds a day of 60 mL casein-hydrolysate formula on the pump; JEJ: "
             "parenteral nutrition from birth until after the operation on day 3, then breast milk with formula as a "
             "supplement, breastfeeding followed up by phone"},
    {"question": "Compare the left forearm pain of the 35-year-old labourer with epilepsy and of the 33-year-old former guitarist: "
                 "how long had each had it, and what was thought to have set it off?",
     "evidence": {ULN: "came with complaints of swelling and pain in his left forearm persisting for the past 5 months following "
                       "an episode of generalized tonic-clonic seizure",
                  CRP: "We have speculated that frequent guitar playing during that time triggered pain generation and the "
                       "development of hand dystonia."},
     "note": "ULN: five months of swelling and pain after a fall in a seizure at a construction site (broken plate, aseptic ulnar "
             "non-union); CRP: spontaneous burning pain of the left hand from the Christmas season, thought set off by frequent "
             "guitar playing, about 3 months before the botulinum toxin (CRPS type I with dystonia)"},
    {"question": "Compare what imaging showed when the 58-year-old man with necrotizing alcoholic pancreatitis came back in mid-July "
                 "and when the 35-year-old labourer with epilepsy came in with his painful left forearm.",
     "evidence": {NEC: "A CT scan on admission showed a similar-appearing pancreas but with a new fistula between the pancreas and "
                       "the first segment of the duodenum.",
                  ULN: "revealed a broken LCP with evidence of non-union at fracture site"},
     "note": "NEC: CT with a new pancreaticoduodenal fistula (later a CT with a bezoar blocking the small bowel); ULN: "
             "forearm radiographs with a broken locking compression plate and a non-union of the ulna"},
    {"question": "Compare the patients who had a kidney (renal) biopsy: why it was done and what it showed.",
     "evidence": {"PMC11479900": "In the renal biopsy, two small pieces of kidney tissue were obtained",
                  "PMC11522842": "A renal biopsy revealed characteristics consistent with class III lupus nephritis",
                  "PMC11547072": "In order to guide eculizumab treatment, we decided to perform a renal biopsy.",
                  "PMC11614595": "A kidney biopsy was performed at age 7 years, which revealed the tip variant of focal segmental "
                                 "glomerulosclerosis",
                  "PMC11643412": "The renal biopsy results, finalized on the second day of re-admission, confirmed the diagnosis of RCC"},
     "rejected": {"PMC11411574": "'Renal biopsy is usually not needed for diagnosis' (background on Bartter syndrome)"},
     "note": "PMC11479900: nephrotic syndrome, PGNMID with light-chain deposits; PMC11522842: SLE, a biopsy first refused, then "
             "class III lupus nephritis at the relapse; PMC11547072: AML-related HUS, acute TMA guiding eculizumab, a second "
             "biopsy after 11 months with only chronic changes before stopping it; PMC11614595: frequently relapsing nephrotic "
             "syndrome, tip-variant FSGS at age 7; PMC11643412: a renal mass, clear cell RCC presenting as a pleural effusion. "
             "Searched renal/kidney biopsy, glomeruli, nephropathology"},
    {"question": "Compare the patients given calcitonin (Miacalcin): what for, and did it work?",
     "evidence": {"PMC11570781": "Calcitonin was initiated at a dose of 4 international units per kilogram subcutaneously every 12 hours",
                  "PMC11597933": "beta-blockers, calcitonin, and pregabalin with no significant symptom relief"},
     "rejected": {"PMC11439622": "procalcitonin (look-alike)", "PMC11470198": "procalcitonin (look-alike)",
                  "PMC11506189": "procalcitonin (look-alike)", "PMC11509864": "procalcitonin (look-alike)",
                  "PMC11608458": "procalcitonin (look-alike)", "PMC11608958": "procalcitonin (look-alike)",
                  "PMC11620866": "procalcitonin (look-alike)", "PMC11629481": "procalcitonin (look-alike)"},
     "note": "PMC11570781: refractory hypercalcaemia of buccal SCC, calcitonin with hydration, bisphosphonates and steroids, "
             "calcium stayed high, then haemodialysis; PMC11597933: CRPS of the forearm, calcitonin with beta-blockers, "
             "pregabalin and opioids, swelling and dystonia still worse, then botulinum toxin. Searched calcitonin, "
             "Miacalcin, salmon calcitonin"},
    {"question": "Compare the patients given a nitrate (nitroglycerin/GTN, isosorbide dinitrate such as Risordan): why, and what "
                 "came of it?",
     "evidence": {"PMC11505654": "nitroglycerin was administered at a starting dose of 0.5 µg/kg/min",
                  "PMC11618002": "under local anesthetic with xylocaine and Risordan"},
     "rejected": {"PMC11544788": "'GTN' = gestational trophoblastic neoplasia (look-alike)",
                  "PMC11570781": "gallium nitrate only among hypercalcaemia treatments in the background"},
     "note": "PMC11505654: a newborn with generalized arterial calcification (GACI), nitroglycerin from day 7 for hypertension and "
             "heart failure, no effect; PMC11618002: isosorbide dinitrate (Risordan) with lidocaine at the femoral arterial "
             "puncture for embolisation of a uterine AVM, which was embolised. Searched nitroglycerin, glyceryl trinitrate, "
             "GTN, nitrate, isosorbide, Risordan, nitroprusside"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua18", OUT))
