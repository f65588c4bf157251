"""Write ``benchmarks/sets/user_audit19.jsonl``: a nineteenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-27 by helper-audit19 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit18.py``,
``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of ``user_audit1.jsonl`` ..
``user_audit18.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``, ``disease_groups.jsonl``,
``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (symptoms, tests of the heart,
a stay in intensive care, broken bones, inherited-gene testing, a tumour stain, lost pregnancies, extra oxygen,
a background condition, an allergy, one drug class and a kind of patient) are other than those of all of these
sets.

One-case cases: the same script as user_audit18's over every ``benchmarks/sets/*.jsonl`` field that names a
case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives), earlier compares with at most two gold cases counted as well, now
finds 7 case reports with the fewest (no one-case field at all, one earlier two-case compare each; the 5 cases
of user_audit18 now have 5-6 each). The annotation files (``events_gold.jsonl``, ``tags_gold*.jsonl``) break
the tie: the coronary-pulmonary fistula report (PMC11635820, 14 event annotations and 14 list/count golds) is
left out, and of the two alike periodontal-pocket reports the one with fewer list golds is kept. So the 28
one-case questions and the 3 compares naming two patients use 5 reports of different kinds: a 26-year-old woman
with bleeding gums whose pockets were treated split-mouth with photobiomodulation and tetracycline fibres
(PMC11453165), a 2-day-old girl with colonic atresia and later long-segment Hirschsprung's disease
(PMC11416630), a 30-year-old man whose pancreatic mature cystic teratoma was removed by a Whipple procedure
(PMC11541951), two men (32 and 60) with femoral neck non-union after three-screw fixation (PMC11546046; every
question names which man, or asks of both) and a 25-year-old woman with CRPS after a sciatic nerve injury from an
injection treated with osteopathy and rehabilitation (PMC11580067), 5-7 one-case questions each. Every fact
asked of them was checked by script against every earlier set: no earlier answer span, alternative, accepted
span or evidence sentence overlaps the span or evidence of a one-case question or two-patient compare here, and
none asks the same fact in other words (read; the earlier compares of these cases asked the periodontal
adjuncts, the CRPS treatment, the atresia outcome, the non-union treatment and the Whipple outcome, list
evidence their smoking, diabetes, CEA, pregabalin, nerve conduction, headache, dizziness, feeding tube and
parenteral nutrition, so none of these is asked here).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient or a drug
class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, tests only recommended, pending or
not pursued, tests of a tumour, a leukaemia or a germ where the patient's own genes are asked, prenatal
screening, fast breathing or respiratory failure where breathlessness is asked, newborns' breathing trouble at
birth, oxygen by ventilator, CPAP or ECMO or as an anaesthetic carrier gas, hay fever or a food where a drug
allergy is asked, and look-alike words ('CK' for creatine kinase, keratinized gum, 'Forsus Fatigue Resistant
Device', fatigue fractures of the literature, tooth and veneer fracture resistance, an ocular echo signal,
spin-echo MRI, echo-guided biopsy, topical oxygen gel, lymph-fluid cholesterol, sulfonylurea receptor) in
``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are located in the
indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11543139's NICU stay and fetal echocardiogram are the baby's, the mother being the
patient of the scans (counted, as user_audit18 counted the newborn's parenteral nutrition); PMC11629271's
'neonatal resuscitation unit' is taken as neonatal intensive care; PMC11551029's PICU appears only in the name
of the virus strain (left out); PMC11628523's CK5/6 is '+/-' (counted); PMC11608958's 'chest tightness and
asthma' is taken as breathlessness; PMC11609383's 'hydatid vomiting' is counted as vomiting; PMC11595896's
'abortion' among her obstetric admissions is counted as a lost pregnancy, PMC11452353's G4P2011 (one abortion
in obstetric shorthand, spontaneous or induced not said) is not; PMC11625102's factor V Leiden and prothrombin
gene tests count as tests of her own genes; PMC11592073's 'genetically confirmed' Marfan syndrome counts as a
test, PMC11570446's WNK mutations named in her history without a test do not.

    python benchmarks/sets/build_user_audit19.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit19.jsonl"

GUM, ATR, TER, FNK, CRS = "PMC11453165", "PMC11416630", "PMC11541951", "PMC11546046", "PMC11580067"

LISTS = [
    {"shape": "list", "question": "Which patients complained of tiredness or fatigue (lethargy, malaise, low energy, asthenia)?",
     "evidence": {
         "PMC11368709": "On day 22, the baby was admitted to our hospital with lethargy and vomiting",
         "PMC11414482": "One month after the procedure episodes of dizziness and fatigue were present",
         "PMC11438519": "a three-week history of depressed mood, social withdrawal, low energy, and neglect of personal hygiene",
         "PMC11439622": "Subsequently, the patient experienced fatigue and his blood pressure dropped to 80/40mmhg",
         "PMC11453286": "A 40-year-old male presented with complaints of generalized tiredness",
         "PMC11483286": "During treatment, the patient experienced grade 1 fatigue managed with rest",
         "PMC11492433": "He also reported unintentional weight loss and increasing fatigue",
         "PMC11501102": "presented to her family doctor in August 2020 with several months of fatigue",
         "PMC11527420": "presented to an outside hospital with symptoms of dark stools, dizziness, and fatigue",
         "PMC11535893": "presented with worsening dysuria, decreased urine output, and malaise for over a week",
         "PMC11550105": "squamous cell carcinoma of the ankle who presented with weakness and fatigue",
         "PMC11551029": "A previously healthy 8-year-old boy developed fever, fatigue, and vomiting for 3 days",
         "PMC11595504": "He reported 1.5 months of progressive, generalized weakness, fatigue, decreased appetite",
         "PMC11626642": "bloody sputum, a 12 kg weight loss, and asthenia over the previous 3 weeks",
         "PMC11631872": "Despite experiencing grade 2 cytopenia, fatigue, and diarrhea, the patient continued chidamide treatment",
         "PMC11634049": "Over the next several weeks, she developed increasing malaise and subsequent inability to tolerate an oral diet",
         "PMC11635374": "She suffered from excessive fatigue and declining school grades",
         "PMC11648237": "diagnosed with ITP two years prior following excessive vaginal bleeding and fatigue"},
     "rejected": {"PMC11392029": "'she had no history of weight loss, fatigue, or loss of appetite'",
                  "PMC11396144": "'He also denied experiencing fevers, chills, fatigue'",
                  "PMC11552406": "'stress that led to exhaustion' only named as a possible trigger of the herpes recurrence",
                  "PMC11484256": "listlessness of a literature infant on diazoxide",
                  "PMC11411574": "malaise of a literature patient with Bartter syndrome",
                  "PMC11416184": "malaise only among symptoms of haematocolpos in the background",
                  "PMC11418098": "malaise only among melioidosis symptoms in a cited review",
                  "PMC11479900": "fatigue only among amyloidosis symptoms and trial adverse events",
                  "PMC11513519": "fatigue only among PAN symptoms in the background",
                  "PMC11544788": "fatigue only among maternal symptoms of the literature cases",
                  "PMC11570475": "malaise and fatigue only in the background on TB meningitis",
                  "PMC11614595": "fatigue only among symptoms of rituximab-induced IBD in the literature",
                  "PMC11401629": "'Forsus Fatigue Resistant Device' (look-alike)",
                  "PMC11596290": "'fatigue fractures' (look-alike)",
                  "PMC11616425": "platelet 'exhaustion' (look-alike)", "PMC11624969": "options to be 'exhausted' (look-alike)"},
     "note": "searched fatigue, tired/tiredness, lethargy/lethargic, malaise, asthenia, exhaustion, low energy, listless; "
             "PMC11368709: a 3-week-old's lethargy; PMC11414482: after renal denervation; PMC11438519: low energy in a "
             "depressive picture (frontal meningioma); PMC11453286: the 40-year-old of the two thyroid TB cases; "
             "PMC11483286: during proton therapy; PMC11631872: on chidamide; PMC11648237: at the ITP diagnosis two years "
             "earlier (and lethargy at the relapse)"},
    {"shape": "list", "question": "Who had a broken bone (a fracture of any bone), now or in the past?",
     "evidence": {
         "PMC11370703": "A subsequent CT scan revealed comminuted displaced fractures of the medial aspect of the right femoral head",
         "PMC11420455": "In 2014, he suffered a fracture of his left clavicle due to a car accident",
         "PMC11427117": "The CT revealed a C6 cervical spine fracture, epidural hematoma, pneumomediastinum",
         "PMC11431636": "fracture with wedge-shaped compression, and invasion of the T11–D12 foramen on the left",
         "PMC11540479": "He presented with a history of head injury with left craniofacial fracture that needed repair 3 years prior",
         "PMC11546007": "X-ray revealed fractures of proximal phalanges of the index, ring, and little fingers",
         "PMC11546045": "The patient had a history of recurrent ulnar fractures having experienced three previous surgeries",
         "PMC11546046": "A 60-year-old male with a Pauwels’ 3 fracture of the right femoral neck following a bicycle accident",
         "PMC11546049": "diagnosed with a left proximal femur comminuted subtrochanteric fracture extending into the diaphysis",
         "PMC11596290": "a short, horizontal radiolucent fracture line in the anterolateral cortex of the proximal right tibia",
         "PMC11640908": "Since 8-years old, she had suffered six femoral and tibial fractures"},
     "rejected": {"PMC11432800": "'the patient was evaluated for fractures, which were ruled out'",
                  "PMC11569933": "radiographs 'revealed no evidence of acute fracture or dislocation' (nursemaid's elbows)",
                  "PMC11580067": "'The X-ray revealed no sign of fracture'",
                  "PMC11446496": "pathological fractures only among chondrosarcoma symptoms in the background",
                  "PMC11617203": "open fractures only among sources of mycobacterial infection in the literature",
                  "PMC11581374": "jaw fractures only among causes of pulp obliteration in the background",
                  "PMC11505908": "veneer/tooth fracture resistance (look-alike)",
                  "PMC11512710": "fracture resistance of root-filled teeth (look-alike)"},
     "note": "searched fracture/fractured, broken bone/broke; PMC11370703: femoral head and acetabulum in one patient, "
             "pelvic and lumbar fractures a year before in another of the four patients; PMC11420455: a clavicle "
             "fracture in 2014; PMC11431636: a pathological wedge compression fracture of T11 (plasmacytoma); "
             "PMC11540479: craniofacial fracture 3 years before; PMC11546046: both men; PMC11596290: atypical "
             "insufficiency fractures of the tibia and earlier of both femurs on bisphosphonates"},
    {"shape": "list", "question": "Whose own genes or chromosomes were tested for an inherited or congenital condition (exome or "
                                  "genome sequencing, a gene panel, a single-gene or thrombophilia mutation test, karyotype or "
                                  "array-CGH), whatever the result? Not counting tests of a tumour, a leukaemia or a germ.",
     "evidence": {
         "PMC11368709": "A genetic study with targeted gene sequencing was done",
         "PMC11395475": "Genetic testing by whole-exome sequencing revealed three variants in the patient",
         "PMC11411574": "The diagnosis was confirmed by genetic testing",
         "PMC11413548": "Subsequent whole genome sequencing revealed a heterozygous mutation in the COL4A1 gene",
         "PMC11417591": "No mutation was detected in the TSC2 gene",
         "PMC11477508": "a DNA sequencing genetic test was conducted with three sisters",
         "PMC11484256": "Genetic testing was done using the Invitae (San Francisco, CA, USA) hypoglycemia panel (120 genes)",
         "PMC11505654": "We performed an ENPP1 gene analysis and detected two heterozygous variants",
         "PMC11506781": "genetic testing including Array-CGH, was conducted and revealed a deletion of chromosome 8",
         "PMC11535884": "Genetic analysis revealed the patient to be a carrier, likely in the homozygous state",
         "PMC11547072": "genetic studies did not identify any pathogenic variants associated with HUS",
         "PMC11592073": "a 52-year-old female with a genetically confirmed diagnosis of MS",
         "PMC11595896": "Genetic testing was negative for fragile X syndrome and the related genetic abnormalities",
         "PMC11614595": "Medical Whole Exome Sequencing (mWES) revealed a heterozygous mutation in the LMX1B gene",
         "PMC11621056": "The SMN1 and SMN2 genes were analyzed in the genetic test",
         "PMC11625102": "Other thrombophilia screens, including Factor V Leiden mutation, prothrombin gene mutation",
         "PMC11640908": "Whole exome sequencing of the patient’s DNA revealed"},
     "rejected": {"PMC11635374": "'Genetic testing has been ordered and is pending insurance authorization'",
                  "PMC11614507": "genetic testing 'not pursued in this case'",
                  "PMC11570446": "WNK1/WNK4 mutations named in her history; no test reported",
                  "PMC11574702": "whole genome sequencing only suggested for the future",
                  "PMC11624969": "genetic confirmation of dEDS only in the background",
                  "PMC11480700": "NIPT, a prenatal screen of the fetus in the mother's blood",
                  "PMC11543139": "NIPT, a prenatal screen of the fetus in the mother's blood",
                  "PMC11395317": "NRAS/BRAF testing of the melanocytic tumours",
                  "PMC11428674": "NGS of the glioma", "PMC11431636": "panel sequencing of the cholangiocarcinoma",
                  "PMC11503393": "FLT3/NPM1 mutation tests for a myeloid neoplasm", "PMC11552360": "sequencing of the brain tumour",
                  "PMC11570083": "EGFR mutation analysis of the lung cancer", "PMC11621058": "NRAS/TP53 testing of the melanoma",
                  "PMC11631872": "exome sequencing of the lymphoma", "seed-blinatumomab-all": "karyotype of the leukaemia",
                  "PMC11497857": "cell-free DNA sequencing for a germ (Karius)", "PMC11551029": "metagenomic NGS of the virus",
                  "PMC11608958": "metagenomic NGS of the bacterium", "PMC11539092": "FilmArray panel for germs",
                  "PMC11645528": "genetic testing only in the background",
                  "PMC11509173": "NGS only in the background"},
     "note": "searched genetic test/analysis/study, sequencing (exome, genome, targeted, Sanger, NGS, WES, WGS), gene panel, "
             "mutation/variant/heterozygous/homozygous, karyotype, array-CGH, FISH; PMC11417591: TSC2 tested, no mutation "
             "found; PMC11477508: the three sisters with Axenfeld-Rieger syndrome; PMC11484256: the baby and his mother; "
             "PMC11506781: array-CGH; PMC11547072: complement genes, risk haplotypes only; PMC11592073: Marfan syndrome "
             "'genetically confirmed' before; PMC11621056: karyotype and SMN1 testing; PMC11625102: factor V Leiden and "
             "prothrombin gene tests in a thrombophilia screen"},
    {"shape": "list", "question": "In whose tumour or cancer cells did a cytokeratin stain (CK7, CK19, CK8/18, CK5/6, pan-keratin "
                                  "AE1/AE3) come up positive?",
     "evidence": {
         "PMC11431636": "Liver biopsies revealed an adenocarcinoma with expression of cytokeratin 19, cytokeratin 7",
         "PMC11456792": "The neoplastic cells were focally positive for CK7 and TTF-1 markers",
         "PMC11490280": "pan keratin (AE1/AE3), and CDX2",
         "PMC11608042": "weak CK8/18 expression",
         "PMC11626717": "showed strong and diffuse CK7 and PAX8 positivity",
         "PMC11628523": "CK5/6 (+/-)",
         "PMC11643412": "showed positivity for Vimentin, PAX-8, CAIX, and CK-7"},
     "rejected": {"PMC11470589": "'Staining was negative for cytokeratin'",
                  "PMC11503393": "'negativity for cytokeratins ... (CK AE1/AE3'",
                  "PMC11573236": "'negative for pancytokeratin'",
                  "PMC11378089": "cytokeratins only in the background on leiomyosarcoma",
                  "PMC11439974": "CK7 and cytokeratins only in the background on salivary tumours",
                  "PMC11488400": "CK7/CK19 only among useful markers in the background",
                  "PMC11492433": "cytokeratin only among Wilms' tumour markers in the background",
                  "PMC11439622": "'CK' = creatine kinase (look-alike)", "PMC11551029": "'CK' = creatine kinase (look-alike)",
                  "PMC11616425": "'CK' = creatine kinase (look-alike)", "PMC11624525": "'CK' = creatine kinase (look-alike)",
                  "PMC11509520": "keratinized gum tissue (look-alike)", "PMC11596955": "keratinized mucosa (look-alike)",
                  "PMC11459453": "keratin pearls only in the background"},
     "note": "searched cytokeratin, CK + number, AE1/AE3, pan-keratin/pancytokeratin, CAM5.2, keratin; PMC11456792: "
             "focally positive; PMC11490280: a neuroendocrine tumour; PMC11608042: weak CK8/18 with CK7 and CK20 negative; "
             "PMC11628523: CK5/6 '+/-' in a cervical adenosquamous carcinoma, counted; PMC11643412: pleural fluid cell "
             "block of renal cell carcinoma"},
    {"shape": "list", "question": "Who was vomiting (throwing up or being sick), including vomiting blood?",
     "evidence": {
         "PMC11342857": "accompanied by episodes of nausea and vomiting",
         "PMC11368709": "On day 22, the baby was admitted to our hospital with lethargy and vomiting",
         "PMC11416630": "Emesis and failure to pass meconium",
         "PMC11420455": "dull upper abdominal pain with nausea and vomiting for 1 day",
         "PMC11428674": "a two-day history of altered mental status and emesis",
         "PMC11439479": "Since becoming pregnant, she had daily nausea and vomiting",
         "PMC11469216": "complaining of abdominal pain, nausea, vomiting, and diarrhea for one day",
         "PMC11490280": "a chief complaint of persistent nausea, vomiting, and diarrhea",
         "PMC11491600": "Her symptoms included right upper quadrant pain, along with nausea and vomiting",
         "PMC11501102": "discontinued early due to emesis",
         "PMC11506189": "nocturnal fever peaking at 39 °C, vomiting, dizziness, and near-syncope episodes",
         "PMC11525151": "for the last 2 days, associated with vomiting and abdominal distension",
         "PMC11544075": "he had two episodes of vomiting of ingested matter",
         "PMC11550105": "She reported a one-week history of nausea, vomiting, and febrile episodes",
         "PMC11551029": "accompanied by fatigue, vomiting, and abdominal pain",
         "PMC11579050": "He reported several months of intermittent nocturnal and early morning headaches and vomiting",
         "PMC11595896": "Her initial symptoms started at the age of 22 years with recurrent headaches and vomiting",
         "PMC11601975": "She had associated nausea and one episode of emesis",
         "PMC11602238": "Vomiting from this obstruction had also resulted in an aspiration pneumonia",
         "PMC11609383": "along with a single episode of hydatid vomiting",
         "PMC11616425": "lower limb soreness, nausea, and vomiting",
         "PMC11632824": "abdominal distension, and vomiting due to intestinal obstruction",
         "PMC11634049": "she developed subjective fevers, chills/rigors, nausea, vomiting, and abdominal pain",
         "PMC11648237": "massive vaginal and nasal bleeding, recurrent hematemesis"},
     "rejected": {"PMC11453286": "'no complaints of fever, cough, cold, vomiting' (the child) and 'no complaints of ... vomiting' (the man)",
                  "PMC11459113": "'She did not experience nausea or vomiting'",
                  "PMC11459453": "'she denied having any fever, chills, headache, nausea/vomiting'",
                  "PMC11470198": "'There was no history of nausea or vomiting'",
                  "PMC11488400": "'The patient had no history of vomiting'",
                  "PMC11513667": "'He reported no seizures, vomiting, or fever'",
                  "PMC11635374": "'She denied headaches, nausea, vomiting'",
                  "PMC11648763": "'He denied having a headache, nausea, vomiting'",
                  "PMC11622295": "vomiting only among symptoms of the children in a cited study",
                  "PMC11378089": "vomiting only in the background", "PMC11411574": "vomiting only in the background",
                  "PMC11424908": "vomiting only in the background", "PMC11452353": "vomiting only in the background",
                  "PMC11570475": "vomiting only in the background", "PMC11592073": "vomiting only in the background",
                  "PMC11608458": "vomiting only in literature percentages", "PMC11621058": "vomiting only in the background"},
     "note": "searched vomit/vomiting, emesis, hyperemesis, haematemesis, throwing up, regurgitation; PMC11416630: a "
             "newborn's emesis; PMC11439479: hyperemesis of a molar pregnancy; PMC11490280: also black vomit later; "
             "PMC11501102: emesis on cisplatin and vinorelbine; PMC11595896: also hyperemesis gravidarum; PMC11609383: "
             "'hydatid vomiting', counted as read; PMC11648237: recurrent haematemesis at the ITP relapse"},
    {"shape": "list", "question": "Whose heart was scanned by echocardiography (an echo, TTE or TEE, a cardiac ultrasound)?",
     "evidence": {
         "PMC11395475": "Echocardiography revealed a dilated left atrium, reduced left ventricular ejection fraction",
         "PMC11411574": "An echocardiogram revealed ventricular septal hypertrophy",
         "PMC11413548": "echocardiography also revealed a structurally normal heart",
         "PMC11418098": "The echocardiography findings revealed a thickened fibrous-like pericardium",
         "PMC11420455": "Invasive hemodynamic monitoring and echocardiography were conducted",
         "PMC11429645": "Computed tomography (CT) and cardiac ultrasound revealed filling defects in the right atrium",
         "PMC11439622": "An echocardiography indicated an ejection fraction (EF) of 60% and left atrial enlargement",
         "PMC11465705": "An echocardiogram was also conducted to identify any structural cardiac pathologies",
         "PMC11477508": "A left anterior fascicular block and a bicuspidal aortic valve were discovered through a ECG and echocardiogram",
         "PMC11484256": "An echocardiogram prior to initiation of DZX revealed asymmetric septal hypertrophy",
         "PMC11488398": "Additional investigations, including brain CT, echocardiography, and abdominal ultrasonography, revealed no abnormalities",
         "PMC11497857": "Transthoracic echocardiogram showed normal systolic function",
         "PMC11505654": "Postnatal ultrasonography showed enlargement of both ventricles and decreased cardiac contractility",
         "PMC11506189": "Bedside echocardiography showed no significant contractility or valvular disease",
         "PMC11506781": "a cardiac echocardiogram was performed, which showed partial CAVD associated with pulmonary stenosis",
         "PMC11513519": "His transthoracic echocardiography didn't reveal any abnormalities",
         "PMC11543139": "The results of the fetal echocardiogram and maternal serum screening for TORCH infections were normal",
         "PMC11547072": "bronchoalveolar lavage and transthoracic echocardiogram",
         "PMC11549870": "The transesophageal echocardiography was suggestive of infective endocarditis",
         "PMC11551029": "Additionally, echocardiography revealed an ejection fraction of approximately 28%",
         "PMC11608958": "Cardiac ultrasound revealed that the atrial septal defect was 2.66 cm",
         "PMC11617126": "Echocardiography revealed HOCM with asymmetrical septal hypertrophy",
         "PMC11622295": "Echocardiogram was normal",
         "PMC11624525": "Echocardiography revealed a dilated left ventricular end-systolic diameter with reduced wall motion",
         "PMC11626642": "Follow-up echocardiography revealed no thrombus reduction",
         "PMC11631590": "Imaging studies, including urinary ultrasound, echocardiogram, chest ultrasound, and liver ultrasound",
         "PMC11634049": "The echocardiogram demonstrated air bubbles in the left atrium",
         "PMC11646979": "The cardiac ultrasound indicated that the LVEF was 38%",
         "PMC11647062": "A 2D transthoracic echocardiogram (Figure 2; Video 1) revealed vegetation on the aortic valve",
         "PMC11648763": "transthoracic echocardiography revealed no signs of heart thrombosis"},
     "rejected": {"PMC11480700": "'a fetal echocardiogram was not available due to local resource limitations'",
                  "PMC11624969": "echocardiograms only 'warranted in patients with EDS' (background)",
                  "PMC11509173": "'tissue type echo signal' on an ocular ultrasound (look-alike)",
                  "PMC11602322": "spin-echo echo-planar MRI (look-alike)",
                  "PMC11629271": "'echo-guided needle biopsy' in the background (look-alike)"},
     "note": "searched echocardiography/echocardiogram, echo, TTE, TEE, transthoracic, transesophageal, cardiac/heart "
             "ultrasound or sonography, ejection fraction/LVEF; PMC11477508: of the sisters with Axenfeld-Rieger syndrome; "
             "PMC11505654: postnatal cardiac ultrasonography of a preterm infant (no 'echo' word); PMC11543139: the "
             "fetal echocardiogram, counted (see doubts); PMC11631590: the pregnant woman's own echocardiogram"},
    {"shape": "list", "question": "Who was looked after in intensive care (ICU, PICU, NICU or a cardiac ICU) at some point?",
     "evidence": {
         "PMC11342857": "the patient was initially transferred to the intensive care unit and then to the general ward",
         "PMC11396497": "the patient was transported to the Intensive Care Unit on schedule",
         "PMC11413548": "requiring admission to the neonatal intensive care unit in view of respiratory distress for 7 days",
         "PMC11414482": "After the procedure the patient was referred to the intensive care unit for post-operative monitoring",
         "PMC11416630": "Following birth she was monitored in the neonatal intensive care unit (NICU) for respiratory distress",
         "PMC11420455": "necessitating the patient's transfer to the intensive care unit (ICU)",
         "PMC11427117": "He was extubated and monitored in the trauma ICU",
         "PMC11465958": "The patient was taken to the intensive care unit for further management",
         "PMC11469216": "necessitating care in the intensive care unit (ICU)",
         "PMC11501102": "including 10 days in the intensive care unit",
         "PMC11506189": "following a stay in the intensive care unit (ICU)",
         "PMC11506781": "He was initially treated at the Neonatal Intensive Care Unit of the Hospital of Alessandria",
         "PMC11539358": "required transfer to the intensive care unit and intubation",
         "PMC11543139": "was admitted to the neonatal intensive care unit (NICU) immediately after birth",
         "PMC11594283": "the patient was transferred to the intensive care unit with acute respiratory failure",
         "PMC11602238": "requiring transfer to the intensive care unit",
         "PMC11608958": "The patient was admitted to ICU after endotracheal intubation with mechanical ventilation",
         "PMC11617126": "The patient was transferred to the ICU for postoperative care",
         "PMC11620866": "At presentation to the paediatric intensive care unit",
         "PMC11625102": "The patient was immediately admitted to the intensive care unit (ICU)",
         "PMC11629271": "was admitted to the neonatal resuscitation unit for abdominal distension",
         "PMC11632824": "The patient remained in the intensive care unit with a nasogastric tube for 2 days postoperatively",
         "PMC11634049": "The chest was closed, and the patient was transferred to the intensive care unit",
         "PMC11635820": "The patient was transferred to the cardiovascular intensive care unit in stable condition",
         "PMC11645528": "they developed sepsis requiring intensive care admission for vasopressor support",
         "PMC11646747": "The patient returned to the intensive care unit"},
     "rejected": {"PMC11551029": "'PICU' only in the name of the virus strain; the ward is not named (see doubts)",
                  "PMC11632603": "NICU team 'on standby' during the mother's surgery",
                  "PMC11418098": "intensive care only in the background", "PMC11429645": "the ICU team only in planning",
                  "PMC11539092": "intensive care only in the background", "PMC11570475": "intensive care only in the background",
                  "PMC11608458": "ICU stay only in literature risk factors",
                  "PMC11647062": "intensive care only in the background"},
     "note": "searched intensive care, ICU, PICU, NICU, CICU, critical care, ITU, high dependency, resuscitation unit; "
             "PMC11396497: the second of the two tailgut-cyst patients; PMC11413548: NICU after birth, years before; "
             "PMC11543139: the newborn (see doubts); PMC11629271: 'neonatal resuscitation unit' (see doubts); "
             "PMC11646747: 'returned to' the ICU after the endovascular salvage"},
    {"shape": "list", "question": "Which women lost a pregnancy (a miscarriage, a stillbirth or the baby dying in the womb), now "
                                  "or in the past? Not counting molar or ectopic pregnancies.",
     "evidence": {
         "PMC11416184": "diagnosed with a microperforate hymen during the management of a missed miscarriage",
         "PMC11480700": "two prior spontaneous abortions",
         "PMC11565536": "Her past obstetric history was notable for a miscarriage and no other pregnancies",
         "PMC11595896": "threatened preterm labor, and abortion",
         "PMC11618002": "who suffered from bleeding after a spontaneous miscarriage",
         "PMC11631590": "the patient delivered a stillborn fetus"},
     "rejected": {"PMC11452353": "G4P2011: one abortion in obstetric shorthand only, spontaneous or induced not said (see doubts)",
                  "PMC11505654": "the mother 'had no history of miscarriage'; the patient is the baby",
                  "PMC11544788": "'A live and viable male fetus was delivered'",
                  "PMC11439479": "a molar pregnancy (excluded by the question)",
                  "PMC11648268": "an interstitial ectopic pregnancy (excluded by the question)",
                  "PMC11532939": "pregnancy loss only as a risk of surgery in pregnancy",
                  "PMC11543139": "abortion only in the country's legal limits",
                  "PMC11625102": "recurrent pregnancy loss only among APS features; a live preterm baby"},
     "note": "searched miscarriage, abortion, stillbirth/stillborn, fetal demise/death, pregnancy loss, termination, "
             "G/P notation; PMC11480700: two prior spontaneous abortions (G3P0020); PMC11595896: 'abortion' among her "
             "obstetric admissions (see doubts); PMC11631590: intrauterine fetal death after rodenticide poisoning"},
    {"shape": "list", "question": "Who had an ECG (electrocardiogram, EKG) recorded?",
     "evidence": {
         "PMC11395475": "The ECG at admission was described as atrial fibrillation of 120 beats per minute",
         "PMC11418098": "The ECG findings demonstrated sinus rhythm with low voltage",
         "PMC11420455": "Electrocardiography unveiled atrial fibrillation",
         "PMC11439622": "The electrocardiogram (ECG) indicated a sinus rhythm",
         "PMC11446622": "acute coronary syndrome at presentation was ruled out with an electrocardiogram",
         "PMC11465705": "Electrocardiograms (EKGs) performed in the ED revealed sinus bradycardia",
         "PMC11477508": "A left anterior fascicular block and a bicuspidal aortic valve were discovered through a ECG and echocardiogram",
         "PMC11497857": "An electrocardiogram showed QT prolongation",
         "PMC11506189": "Electrocardiography indicated inferior wall ST-elevation myocardial infarction (STEMI)",
         "PMC11551029": "An electrocardiogram (EKG) revealed a wide QRS complex",
         "PMC11570781": "Continuous ECG monitoring revealed QT shortening",
         "PMC11593014": "his electrocardiogram revealed ST segment depression in leads I, II, aVL, V5, and V6",
         "PMC11595504": "an EKG was obtained with a normal Qtc interval",
         "PMC11617126": "The ECG indicated left ventricular hypertrophy",
         "PMC11624525": "Electrocardiography (ECG) revealed ST-segment elevation of 0.3–0.6 mV",
         "PMC11624969": "a point-of-care 12-lead electrocardiogram was ordered",
         "PMC11646979": "An electrocardiography(ECG) at a local hospital revealed rapid ventricular rate atrial fibrillation",
         "PMC11648763": "an ecg revealed no arrhythmias other than atrial fibrillation"},
     "rejected": {"PMC11509757": "first-dose ECG monitoring of fingolimod only in the background"},
     "note": "searched ECG, EKG, electrocardiogram/electrocardiography, Holter, telemetry, cardiac monitoring, and ECG "
             "findings (ST segment, QRS, QT, sinus rhythm, bundle branch block) without the word; PMC11570781: continuous "
             "ECG monitoring; PMC11617126: also the intraoperative ECG monitor"},
    {"shape": "list", "question": "Who complained of shortness of breath (breathlessness, dyspnoea, difficulty breathing)? Not "
                                  "counting newborns' breathing trouble at birth.",
     "evidence": {
         "PMC11366418": "He also reported breathlessness",
         "PMC11392029": "Her breathlessness had gradually worsened",
         "PMC11395475": "progressive dyspnea for the past two months",
         "PMC11429645": "symptoms of chest tightness and shortness of breath after moderate activity",
         "PMC11446622": "a four-day history of acute-onset shortness of breath",
         "PMC11459453": "Progressively worsening dry cough over one week with associated dyspnea on exertion",
         "PMC11469216": "The patient also admitted to orthopnea, worsening shortness of breath",
         "PMC11501102": "the patient developed significant shortness of breath",
         "PMC11506189": "was admitted to the emergency department with severe chest pain and shortness of breath",
         "PMC11509757": "the persistence of fever and worsening of dyspnoea",
         "PMC11540479": "accompanied with dyspnea, which required a supplemental oxygen mask",
         "PMC11570109": "He reported experiencing paleness, dizziness, exertional dyspnea, and fatiguability",
         "PMC11596152": "Due to worsening cough, shortness of breath, and a general decline in her health",
         "PMC11602238": "with worsening abdominal pain and dyspnea",
         "PMC11608958": "Fever with chest tightness and asthma for 1 day",
         "PMC11616425": "he developed polypnea and dyspnea",
         "PMC11622295": "due to repeated instances of difficulty in breathing",
         "PMC11631872": "Worsening dyspnea, dry cough, pruritic rash, night sweats, and weight loss",
         "PMC11632603": "severe back pain, dyspnea, poor sleep",
         "PMC11634049": "right-sided hemi-paralysis, shortness of breath, productive cough",
         "PMC11635820": "progressive shortness of breath and chest discomfort over the past few months",
         "PMC11643412": "arrived with complaints of dyspnea and a dry cough",
         "PMC11646979": "presenting with cough, wheezing, and dyspnea after a cold",
         "PMC11648237": "her bleeding, cough, shortness of breath, fever, and fatigue improved"},
     "rejected": {"PMC11398847": "'He denied any hemoptysis, shortness of breath'",
                  "PMC11452353": "'She denied chest pain, shortness of breath'",
                  "PMC11453286": "'no complaints of ... breathing difficulty' / 'of shortness of breath' (both patients)",
                  "PMC11459113": "'no history of cough, cold or breathlessness'",
                  "PMC11465705": "'He denied any chest pain, shortness of breath'",
                  "PMC11488398": "'without dyspnea or other respiratory symptoms'", "PMC11488400": "'no signs of ... dyspnea'",
                  "PMC11602322": "'without dyspnea and neurological manifestations'",
                  "PMC11609383": "'without fever or respiratory distress'", "PMC11620866": "'He had no respiratory distress'",
                  "PMC11635829": "'no pain, weight loss or difficulty breathing'",
                  "PMC11413548": "neonatal respiratory distress at birth (excluded by the question)",
                  "PMC11416630": "neonatal respiratory distress at birth (excluded by the question)",
                  "PMC11505654": "respiratory distress syndrome at birth (excluded); dyspnoea only in the GACI background",
                  "PMC11439622": "tachypnoea only, and dyspnoea among ICI myocarditis symptoms in the background",
                  "PMC11565536": "'tachypneic with a respiratory rate of 20'; no breathlessness reported",
                  "PMC11594283": "acute respiratory failure from aspiration; no breathlessness reported",
                  "PMC11626642": "exertional dyspnoea of a literature patient with a neck sarcoma",
                  "PMC11544788": "dyspnoea only among literature cases", "PMC11551029": "shortness of breath only in the background",
                  "PMC11595504": "shortness of breath only among histoplasmosis symptoms",
                  "PMC11621056": "respiratory distress only in the background on SMA"},
     "note": "searched dyspnoea/dyspnea, shortness of breath, breathless/breathlessness, difficulty breathing, orthopnoea, "
             "respiratory distress, out of breath, air hunger, tachypnoea, polypnoea; PMC11366418: MMRC grade II to III; "
             "PMC11540479: with tetraparesis from a carotid-cavernous fistula; PMC11608958: 'chest tightness and asthma' "
             "(see doubts); PMC11616425: 'polypnea and dyspnea' in HFRS; PMC11632603: gestational gigantomastia"},
    {"shape": "count", "question": "How many patients were put on extra oxygen by nasal cannula, mask or high-flow (not counting a "
                                   "ventilator, CPAP or ECMO)?",
     "evidence": {
         "PMC11506189": "required passive oxygen therapy via a non-rebreather mask",
         "PMC11509757": "dyspnoea requiring low-flow oxygen therapy",
         "PMC11540479": "required a supplemental oxygen mask (10 L/min)",
         "PMC11550105": "the patient was placed on supplemental 4 L nasal cannula for one day",
         "PMC11616425": "high-flow nasal cannula oxygen therapy (FiO2 40%, 30 L/min)",
         "PMC11622295": "During this admission, she was initiated on oxygen therapy",
         "PMC11643412": "oxygen saturation of 97% on 2 liters of oxygen"},
     "rejected": {"PMC11506781": "CPAP then BPAP after birth (excluded by the question)",
                  "PMC11551029": "nasal CPAP after extubation (excluded by the question)",
                  "PMC11608958": "ventilator and ECMO; no cannula or mask named",
                  "PMC11547072": "'did not require oxygen therapy when hemolysis started'",
                  "PMC11617126": "oxygen only as the carrier gas of the anaesthetic and preoxygenation",
                  "PMC11434143": "topical oxygen-releasing gel for gum pockets (look-alike)",
                  "PMC11512705": "hyperbaric oxygen only in the background",
                  "PMC11539083": "hyperbaric oxygen only in the literature"},
     "note": "searched oxygen therapy, supplemental oxygen, nasal cannula/prongs, mask, non-rebreather, Venturi, high-flow, "
             "HFNC, L/min, 'on ... liters of oxygen', FiO2, CPAP/BiPAP/NIV; PMC11616425: high-flow then nasal cannula; "
             "PMC11622295: a 9-month-old with lentil-aspiration pneumonitis, later weaned off oxygen"},
    {"shape": "count", "question": "How many patients had high cholesterol or blood fats (hyperlipidaemia, dyslipidaemia)?",
     "evidence": {
         "PMC11398847": "Past medical history noted hypertension, hyperlipidemia, and alcohol use disorder",
         "PMC11490280": "previously diagnosed type 2 diabetes, hypertension, and hyperlipidemia",
         "PMC11547072": "with a medical history of dyslipidemia and ischemic heart disease",
         "PMC11593014": "He also had dyslipidemia and hypertension, with an LDL-C level of 154 mg/dL",
         "PMC11602238": "obstructive sleep apnea, hyperlipidemia, and hypertension",
         "PMC11608458": "Dyslipidemia",
         "PMC11635820": "with a history of hypertension, hyperlipidemia, and gastroesophageal reflux disease",
         "PMC11648763": "The patient has been known to be hypertensive and hyperlipidemic for many years"},
     "rejected": {"PMC11395475": "lipid values given (LDL 2.8 mmol/L) but no hyperlipidaemia named",
                  "PMC11446622": "a lipid panel (LDL 92 mg/dL) with no hyperlipidaemia named",
                  "PMC11355863": "cholesterol of the lymph fluid (look-alike)",
                  "PMC11368709": "cholesterol transport only in the background on StAR",
                  "PMC11525151": "cholesterol gallstones only in the background"},
     "note": "searched hyperlipidaemia/hyperlipidemia/hyperlipidemic, dyslipidaemia, hypercholesterolaemia, high "
             "cholesterol, triglycerides, LDL; PMC11608458: in her past history (peritoneal dialysis patient)"},
    {"shape": "count", "question": "How many patients were wheezing?",
     "evidence": {
         "PMC11469216": "central obesity, wheezing, generalized abdominal tenderness",
         "PMC11622295": "bilateral crepitation as well as wheeze was detected",
         "PMC11646979": "the patient experienced wheezing and paroxysmal dyspnea after physical activity"},
     "rejected": {"PMC11551029": "wheezing only in the background on rhinovirus and myocarditis"},
     "note": "searched wheeze/wheezing, stridor, rhonchi; PMC11469216: on examination (Cushing's storm)"},
    {"shape": "count", "question": "How many patients had a known allergy to a drug or to X-ray contrast dye?",
     "evidence": {
         "PMC11490280": "due to a history of an anaphylactic allergic reaction to iodinated CT contrast dyes",
         "PMC11624969": "His history revealed an allergy to sulfa drugs"},
     "rejected": {"PMC11484256": "diazoxide 'hypersensitivity' of the baby (an exaggerated drug effect, not an allergy)",
                  "PMC11558034": "allergic rhinitis (case 2), not a drug allergy",
                  "PMC11635374": "asthma, eczema and allergic rhinitis, not a drug allergy",
                  "PMC11461041": "atopic dermatitis, not a drug allergy",
                  "PMC11622295": "hypersensitivity pneumonitis to lentils, not a drug",
                  "PMC11552406": "'Denied history of food or drug allergies'",
                  "PMC11532939": "'No reported allergies'", "PMC11573236": "'No history of ... allergies'"},
     "note": "searched allergy/allergic, allergies lines of the summaries, hypersensitivity, anaphylaxis/anaphylactic, "
             "intolerance; PMC11490280: anaphylaxis to iodinated contrast; PMC11624969: sulfa drugs, a generalized rash"},
]

YESNO = [
    {"case": GUM, "question": "After root planing, was the gum pocket of the 26-year-old woman with bleeding gums (split-mouth "
                              "laser versus fibres) rinsed with chlorhexidine?",
     "expected": "yes", "evidence": "the sulcus was irrigated with 0.2% chlorhexidine mouthwash for approximately 10 seconds"},
    {"case": GUM, "question": "Did the tetracycline fibres cause the 26-year-old woman with bleeding gums any reaction, such as "
                              "an allergy or discomfort?",
     "expected": "no", "evidence": "although no adverse reactions were reported in this case"},
    {"case": GUM, "question": "Did the 26-year-old woman treated split-mouth with photobiomodulation and tetracycline fibres smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotin|vap(e|ing)|bidi|gutka|betel|areca"},
    {"case": ATR, "question": "At the first operation of the 2-day-old girl with colonic atresia, were ganglion cells seen in the "
                              "biopsies of the atretic colon?",
     "expected": "yes", "evidence": "Pathology showed evidence of narrowing and mild fibrosis, but ganglion cells were present."},
    {"case": ATR, "question": "Was the colon beyond the atresia abnormally fixed (malfixed) in the newborn girl with colonic "
                              "atresia and Hirschsprung's disease?",
     "expected": "no", "evidence": "She had normal fixation of the colonic segment distal to the atresia"},
    {"case": TER, "question": "Was the retroperitoneal mass of the 30-year-old man with the pancreatic teratoma biopsied before "
                              "his operation?",
     "expected": "no", "evidence": "and in the absence of a preoperative biopsy, a decision was made to proceed with surgical intervention"},
    {"case": TER, "question": "Did the 30-year-old man whose pancreatic dermoid cyst was removed by a Whipple have a fever?",
     "expected": "not_reported", "search_regex": r"fever|febrile|pyrex|temperature|chills"},
    {"case": FNK, "question": "Before he came for a second opinion, had hip replacement been considered for the 60-year-old man "
                              "whose femoral neck fracture from a bicycle accident did not heal?",
     "expected": "yes", "evidence": "THA was considered before seeking a second opinion."},
    {"case": FNK, "question": "Did either of the two men treated for femoral neck non-union with bone marrow concentrate have a "
                              "bone density (DEXA) scan for osteoporosis?",
     "expected": "not_reported",
     "search_regex": r"DEXA|\bDXA\b|densitometr|osteopor|osteopen|bone mineral density|\bBMD\b|vitamin D"},
    {"case": CRS, "question": "Was the 25-year-old woman with CRPS after an injection first thought to have acute dystonia?",
     "expected": "yes", "evidence": "The patient was initially diagnosed with acute dystonia"},
    {"case": CRS, "question": "Did the X-ray of the left ankle of the 25-year-old woman with CRPS show a fracture?",
     "expected": "no", "evidence": "The X-ray revealed no sign of fracture, soft tissue, or acute osseous abnormalities in the left ankle."},
    {"case": CRS, "question": "Was the 25-year-old woman with CRPS after a sciatic nerve injury given a sympathetic nerve block?",
     "expected": "not_reported",
     "search_regex": r"nerve block|sympathetic block|\bblocks?\b|stellate|sympathectom|ganglion"},
]

LOOKUPS = [
    {"case": GUM, "question": "What wavelength was the diode laser used for photobiomodulation in the 26-year-old woman with "
                              "bleeding gums?",
     "answer": "940 nm", "evidence": "the PBMT was conducted with a 940 nm wavelength diode laser (Biolase epic)",
     "alternatives": [{"answer": "940 nm", "evidence": "Parameters included continuous mode, non-contact mode, 940 nm wavelength"}]},
    {"case": GUM, "question": "Three months after treatment, how deep were the pockets at the lateral incisors and first molars "
                              "of the 26-year-old woman treated split-mouth?",
     "answer": "3 mm wrt right and left lateral incisor and 2 mm wrt right and left first molar",
     "evidence": "Three months follow-up showed reduced probing depth to 3 mm wrt right and left lateral incisor and 2 mm wrt "
                 "right and left first molar."},
    {"case": ATR, "question": "What did the baby girl with colonic atresia and Hirschsprung's disease weigh at birth?",
     "answer": "2205 g", "evidence": "Birth weight was 2205 g."},
    {"case": ATR, "question": "What Clavien-Dindo grade did the delayed Hirschsprung diagnosis of the baby girl with colonic "
                              "atresia lead to?",
     "answer": "3b", "evidence": "This delay in diagnosis ultimately resulted in a Clavien-Dindo classication 3b for intervention"},
    {"case": TER, "question": "What was the ALT of the 30-year-old man with the pancreatic teratoma when the raised liver enzymes "
                              "were found?",
     "answer": "166 U/L", "evidence": "elevated liver enzymes were detected, with ALT at 166 U/L and ALP at 116 U/L",
     "alternatives": [{"answer": "166 U/L", "evidence": "Elevated liver enzymes (ALT 166 U/L, ALP 116 U/L)"}]},
    {"case": TER, "question": "What was found inside the pancreatic teratoma of the 30-year-old man once it was removed?",
     "answer": "teeth, bones, hair, and fat",
     "evidence": "Postoperatively, the resected tumor was found to contain teeth, bones, hair, and fat"},
    {"case": FNK, "question": "How much bone marrow was drawn from the iliac crest to make the concentrate for the two men with "
                              "femoral neck non-union?",
     "answer": "60 cc", "evidence": "60 cc of bone marrow was aspirated from the anterior iliac crest"},
    {"case": FNK, "question": "What Harris Hip Score did the 32-year-old man reach after his femoral neck non-union healed?",
     "answer": None,
     "search_regex": r"Harris|\bHHS\b|hip score|WOMAC|Oxford|functional score|Merle|Lysholm|\bVAS\b"},
    {"case": CRS, "question": "What did the MRI of the foot and ankle show in the 25-year-old woman with CRPS after an injection?",
     "answer": "patchy subchondral bone marrow edema of the hind and mid-foot bones, with diffused subcutaneous soft tissue "
               "edema around the ankle",
     "evidence": "Magnetic resonance imaging (MRI) displayed patchy subchondral bone marrow edema of the hind and mid-foot "
                 "bones, with diffused subcutaneous soft tissue edema around the ankle.",
     "alternatives": [{"answer": "Subchondral bone marrow edema in hind and midfoot bones; soft tissue edema around the ankle",
                       "evidence": "MRI: Subchondral bone marrow edema in hind and midfoot bones; soft tissue edema around the ankle"}]},
    {"case": CRS, "question": "What was the pain score (VAS or NRS) of the 25-year-old woman with CRPS before the osteopathy "
                              "began?",
     "answer": None,
     "search_regex": r"VAS|visual analog|\bNRS\b|numeric rating|pain score|/10\b|out of 10|Likert"},
]

SEQUENCES = [
    {"case": GUM, "question": "At the follow-up visit after root planing, how did the gums of the 26-year-old woman with bleeding "
                              "gums look?",
     "answer": "there were no signs of gingival inflammation, and the periodontium appeared healthy",
     "evidence": "At the follow-up visit after root planing, there were no signs of gingival inflammation, and the "
                 "periodontium appeared healthy."},
    {"case": ATR, "question": "After the first operation (ileocecectomy with end ileostomy and a mucous fistula), what was done "
                              "for the baby girl with colonic atresia at 5 weeks of age?",
     "answer": "ostomy reversal and an ileocolonic handsewn anastomosis",
     "evidence": "she returned to the operating room at 5 weeks of age for ostomy reversal and an ileocolonic handsewn "
                 "anastomosis",
     "alternatives": [{"answer": "ileostomy reversal", "evidence": "After eventual ileostomy reversal at 5 weeks of age"}]},
    {"case": TER, "question": "After the abdominal ultrasound of the 30-year-old man found a retroperitoneal mass without a "
                              "definite diagnosis, what test came next?",
     "answer": "A subsequent CT scan without IV contrast was conducted",
     "evidence": "A subsequent CT scan without IV contrast was conducted, which identified an 8.8 × 7.2 cm well-defined "
                 "retroperitoneal solid hypodense mass"},
    {"case": FNK, "question": "Five months after the 32-year-old's femoral neck fracture from a skateboard fall was fixed with "
                              "three screws, what was seen?",
     "answer": "delayed fracture consolidation was observed",
     "evidence": "This fracture was initially treated with internal fixation using three screws (Fig. 1b) but 5 months "
                 "later, delayed fracture consolidation was observed"},
    {"case": CRS, "question": "Once the 25-year-old woman with CRPS had finished her osteopathy and rehabilitation, how far could "
                              "she walk?",
     "answer": "she was able to walk without any assistive devices for 50+ m before taking a 10-min rest",
     "evidence": "After completing treatment, she was able to walk without any assistive devices for 50+ m before taking a "
                 "10-min rest."},
    {"case": CRS, "question": "When the pain of the 25-year-old woman with CRPS fell after the 9 months of therapy, what "
                              "happened to her pregabalin?",
     "answer": "the medication dose was reduced to pregabalin 75 mg once a day only",
     "evidence": "The pain has been reduced dramatically; hence, the medication dose was reduced to pregabalin 75 mg once a "
                 "day only."},
]

COMPARES = [
    {"question": "Compare what the surgeons found inside the abdomen at the first operation of the 2-day-old girl with colonic "
                 "atresia and of the 30-year-old man with the pancreatic teratoma.",
     "evidence": {ATR: "Abdominal exploration revealed a significantly dilated and ischemic appearing cecum along with an "
                       "atretic transverse colon and completely absent right colon.",
                  TER: "the tumor was found to be located posteriorly and was adherent to critical structures, including the "
                       "superior mesenteric artery, portal vein, and the head of the pancreas"},
     "note": "ATR: a dilated, ischaemic-looking caecum, an atretic transverse colon and no right colon (ileocecectomy, end "
             "ileostomy, mucous fistula); TER: a posterior tumour stuck to the SMA, portal vein and head of the pancreas "
             "and encasing the common bile duct, freed by sharp and blunt dissection with a harmonic scalpel, then a Whipple"},
    {"question": "Compare what set off the problem of the 32-year-old man with the femoral neck non-union and of the 25-year-old "
                 "woman with CRPS of the left leg.",
     "evidence": {FNK: "A 32-year-old male presented with a Pauwels’ 3 fracture of the right femoral neck following a "
                       "skateboard fall",
                  CRS: "from left sciatic nerve injury and neuropathy, following intramuscular injection"},
     "note": "FNK: a skateboard fall (Pauwels 3 femoral neck fracture, three screws, delayed consolidation); CRS: a left "
             "sciatic nerve injury from an intramuscular injection (CRPS grade 2 by the Budapest criteria)"},
    {"question": "Compare what brought the 26-year-old woman with bleeding gums and the 2-day-old girl with colonic atresia to "
                 "medical attention.",
     "evidence": {GUM: "presented to the outpatient department of periodontology with a complaint of bleeding gum persisting for "
                       "the past two months",
                  ATR: "was found to have colonic atresia on contrast enema after emesis and failure to pass meconium"},
     "note": "GUM: two months of bleeding gums (localized stage II grade A periodontitis); ATR: vomiting of feeds, poor "
             "intake, failure to pass meconium and a swollen belly in the first days of life"},
    {"question": "Compare the patients given an SGLT2 inhibitor (a gliflozin such as dapagliflozin or empagliflozin): what for, "
                 "and how did they do?",
     "evidence": {"PMC11395475": "an SGLT2 inhibitor was also included",
                  "PMC11593014": "Initiation of insulin and oral medications (dapagliflozin 10 mg, pioglitazone 30 mg, and "
                                 "metformin 500 mg)"},
     "rejected": {"PMC11416184": "'oral hypoglycemic medications', none named",
                  "PMC11647062": "'oral hypoglycemic agents', none named",
                  "PMC11506781": "oral antidiabetic agents only in the background",
                  "PMC11484256": "'sulfonylurea receptor' (look-alike)"},
     "note": "PMC11395475: hypertrophic cardiomyopathy with reduced ejection fraction, an SGLT2 inhibitor among the heart "
             "failure drugs at discharge; PMC11593014: diabetes with chronic coronary syndrome, dapagliflozin with "
             "pioglitazone and metformin after insulin, HbA1c down to 6.3% and coronary plaque regression. Searched SGLT2, "
             "gliflozin, dapagliflozin, empagliflozin, canagliflozin"},
    {"question": "Compare the patients given anti-tuberculosis drugs (isoniazid, rifampicin, pyrazinamide, ethambutol): what were "
                 "they treating, and how did it go?",
     "evidence": {"PMC11355863": "he was treated with Meropenem, Rifampicin and Linezolid due to increasing leukocytes and CRP",
                  "PMC11366418": "an intensive phase regimen containing Isoniazid, Rifampicin, Pyrazinamide, and Ethambutol",
                  "PMC11453286": "daily dosage of isoniazid, pyrazinamide, rifampicin, and ethambutol - HRZE",
                  "PMC11570475": "An antituberculous treatment was implemented, based on the combination of 4 antibacillary agents"},
     "rejected": {},
     "note": "PMC11355863: rifampicin with meropenem and linezolid for a postoperative infection after aortic arch surgery, "
             "not tuberculosis; PMC11366418: pulmonary TB with cryptococcal meningitis in HIV; PMC11453286: thyroid TB in a "
             "9-year-old boy and a 40-year-old man (HRZE then HRE); PMC11570475: a child with TB meningitis (RHZE). Searched "
             "isoniazid, rifampicin/rifampin, pyrazinamide, ethambutol, streptomycin, anti-tubercular, ATT, RIPE, HRZE"},
    {"question": "Compare the patients born with missing teeth (hypodontia or oligodontia): what condition lay behind it, and how "
                 "was it diagnosed?",
     "evidence": {"PMC11477508": "The panoramic radiograph (Figure 2) confirmed hypodontia as a lack of a premolar’s bud",
                  "PMC11640908": "oligodontia, anomaly of the shape and position of the teeth, four missing lower incisors"},
     "rejected": {},
     "note": "PMC11477508: Axenfeld-Rieger syndrome in three sisters, a FOXC1 deletion on DNA sequencing; PMC11640908: "
             "pycnodysostosis in a 39-year-old woman, a homozygous CTSK variant on exome sequencing. Searched hypodontia, "
             "oligodontia, anodontia, missing teeth, tooth agenesis"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua19", OUT))
