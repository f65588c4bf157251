"""Write ``benchmarks/sets/user_audit26.jsonl``: a twenty-sixth blind audit set of 48 questions, asked as a
clinician or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit26 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit23.py``,
``build_user_audit22.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, and the list/count/compare
questions of every earlier set (``user_audit1.jsonl`` .. ``user_audit23.jsonl``, ``drug_classes.jsonl``,
``findings_lay.jsonl``, ``disease_groups.jsonl``, ``case_lists.jsonl``, ``case_findings.jsonl``); ``user_audit24.jsonl``
and ``user_audit25.jsonl`` (and their builders) were only searched by script, for their cases, their subjects and
their spans and evidence, never printed or read. List/count/compare subjects (from across clinical medicine: an
oral sign, a childhood finding, a joint disease, an eye disease of the lens, a tropical infection, an eye inflammation, a
nerve entrapment, a sleep disorder, a liver finding, a viral infection, a dental finding, an imaging test, a kidney
finding, a musculoskeletal sign, a drug class, a drug and a class of emergency drug) are other than those of all
earlier sets (checked by keyword search over every earlier list/count/compare question, 24 and 25 by script);
seven of the fourteen list/count questions are asked plainly, in a word or a short phrase.

One-case cases: a script in the manner of user_audit18..25's over every ``benchmarks/sets/*.jsonl`` field that
names a case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count), earlier compares with at most two gold cases counted as well, the forty cases of
user_audit18..25's one-case questions excluded. The reports with a count of 1 or 2 are all in an annotation
file (left out as before); ten reports have a count of 3 and no annotation. The number of earlier list golds
breaks the tie (2, 3, 3, 7, 8, 9, 14, 14, ...), then the kind: the 81-year-old man's intramuscular hydatid cyst
of the thigh (PMC11447576, 8) is the same kind as the 34-year-old's kept before it and the two were compared
together before, so it is left out; the tailgut-cyst report (PMC11396497, 9) tells two patients, so it is left
out; of the two with 14, the chondrosarcoma of a finger (PMC11446496) would be a third tumour, so the cervical
lymphocele (PMC11355863) is kept. So the 28 one-case questions and the 3 compares naming two patients use: a
6-year-old boy with a choroid plexus carcinoma of the third ventricle and obstructive hydrocephalus (PMC11447345;
earlier: a diagnosis question, a head-circumference lookup, a two-case compare on the shunt, 2 list golds), a
26-year-old man with a nasopharyngeal desmoid tumour (PMC11420438; earlier: a diagnosis question, an outcome and a
treatment question, 3 list golds), a boy with mosaic Down syndrome and spinal muscular atrophy type 2
(PMC11621056; earlier: a treatment question, karyotype and SMN-gene lookups, 3 list golds), a 34-year-old
Ethiopian herder with a primary intermuscular hydatid cyst of the thigh (PMC11424762; earlier: a swelling-size
lookup, an eosinophil question the case does not answer, a two-case compare on treatment, 7 list golds) and a
53-year-old man with a cervical lymphocele after aortic arch replacement (PMC11355863; earlier: a triglyceride
lookup, two compares on the treatment and the dissection, 14 list golds), 5-6 one-case questions each. Every
fact asked of them was checked by script against every earlier set (24 and 25 included, by script only): no
earlier answer span, alternative, accepted span, reference answer or evidence sentence overlaps the span or
evidence of a one-case question or two-patient compare here, and none asks the same fact in other words (read;
earlier sets asked or quoted the diagnosis, headache, hemiparesis, head circumference, shunt and biopsy, seizures
and fever of the boy with the carcinoma; the diagnosis, treatment, outcome, Ki-67, local anaesthetic,
radiotherapy, nosebleeds and S-100 of the desmoid patient; the karyotype, SMN genes, nusinersen, physiotherapy,
tremor, constipation, swallowing and speech of the boy with SMA; the diagnosis, albendazole, swelling size,
eosinophils and planned excision of the hydatid patient; and the aortic operations and aneurysm, meropenem,
rifampicin, linezolid, clindamycin, CRP, PET, stent graft, parenteral nutrition, hypertension, fibrin glue,
omentoplasty, fever and triglycerides of the lymphocele patient, so none of these is asked again).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a drug or a drug class), yes/no
12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer), sequence 6.
List/count gold = every case whose own patient had it (grep over all documents, synonyms, class members, brand
names, abbreviations, lay words and British/American spellings included, each hit read; findings only in the
discussion, the literature or a differential, negated findings, tests only recommended or unavailable, and
look-alike words ('pseudarthrosis', 'Hispanic', 'tympanic', 'MDP' primer, 'sternocleidomastoid', 'retromastoid',
TPA antibodies, 'phacomatosis') in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are
located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): ulcerated cancers inside the mouth (PMC11574702's ulcerated tongue mass, PMC11626642's
ulcerative lesion of the tongue and gum, PMC11584242's non-healing buccal ulcers) count as mouth ulcers, as do
recurrent aphthous or oral ulcers (PMC11585469, PMC11614595); PMC11552406's ruptured lip nodule, no ulcer named, does
not; PMC11621056's delayed and receding motor development counts as developmental delay; PMC11510521's panuveitis
of acute retinal necrosis counts as uveitis; HHV-6 (PMC11506189) and EBV (PMC11510521) are not counted as herpes
simplex; PMC11477508's 'intraocular lens dislocation' (Axenfeld-Rieger syndrome with glaucoma) does not say a cataract
was there, so no case is counted for cataracts; PMC11640908's 'carious teeth' is a feature of pycnodysostosis listed in the background, not said of
her; PMC11608458's urokinase catheter lock is not thrombolysis.

    python benchmarks/sets/build_user_audit26.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit26.jsonl"

CPC, DES, SMA, HYD, LYM = "PMC11447345", "PMC11420438", "PMC11621056", "PMC11424762", "PMC11355863"

LISTS = [
    {"shape": "list", "question": "Who had mouth ulcers?",
     "evidence": {
         "PMC11574702": "Ulcerated, indurative, hemorrhagic mass",
         "PMC11584242": "painful non-healing ulcers over the left buccal mucosa",
         "PMC11585469": "A 35-year-old female with a history of recurrent oral ulcers",
         "PMC11614595": "multiple oral ulcers",
         "PMC11626642": "a 4 cm ulcerative lesion on the right tongue and adjacent gum",
         # Added at stop 29, read in the record: the tongue's nodules and ulcerations of disseminated histoplasmosis.
         "PMC11595504": "Physical examination of the tongue showed resolution of the nodules and ulcerations"},
     "rejected": {"PMC11552406": "a ruptured lip nodule with pus (herpes labialis), no ulcer named; 'no ... recurrent oral "
                                 "ulcers' (see doubts)"},
     "note": "searched ulcer/ulceration/ulcerated/ulcerative near mouth, oral, tongue, lip, buccal, cheek, gum, gingiva, "
             "palate; aphthous, stomatitis, canker sore, mouth sore; PMC11574702: tongue squamous cell carcinoma; "
             "PMC11584242: buccal carcinoma in a tobacco chewer; PMC11585469: Behçet's disease; PMC11614595: Crohn's "
             "disease after rituximab; PMC11626642: tongue carcinoma (see doubts)"},
    {"shape": "list", "question": "Which children were late reaching their milestones (developmental delay, global "
                                  "developmental delay)?",
     "evidence": {
         "PMC11411574": "mild psychomotor developmental delay",
         "PMC11413548": "All the milestones were attained late",
         "PMC11488400": "delayed developmental milestones, specifically delayed sitting up and crawling",
         "PMC11621056": "reduced muscle tone and delayed and receding motor development"},
     "rejected": {"PMC11539092": "'normal developmental milestones before the onset of seizures'",
                  "PMC11570410": "'developmental milestones were all achieved according to his peers'",
                  "PMC11438519": "psychomotor retardation of an adult with depression (not development)",
                  "PMC11509173": "'Alpha thalassemia intellectual disability syndrome X-linked' (ATRX stain, look-alike)",
                  "PMC11558034": "mental retardation only among associated syndromes in the background",
                  "PMC11622295": "developmental delay only in a list of causes in the background"},
     "note": "searched developmental delay, global developmental delay, milestones, psychomotor delay/retardation, "
             "delayed sitting/walking, intellectual disability, learning disability, mental retardation; PMC11411574: "
             "Bartter syndrome; PMC11413548: COL4A1 mutation; PMC11488400: an infant with a sacrococcygeal yolk sac "
             "tumour; PMC11621056: mosaic Down syndrome and SMA (see doubts)"},
    {"shape": "list", "question": "Who had osteoarthritis?",
     "evidence": {"PMC11624969": "primary osteoarthritis of the right knee"},
     "rejected": {"PMC11499726": "osteoarthritis only in PRP literature (a meniscal tear)",
                  "PMC11418098": "osteoarthritis of a literature patient",
                  "PMC11546046": "'pseudarthrosis' (look-alike)", "PMC11631590": "'hemarthrosis' in the background"},
     "note": "searched osteoarthritis, arthrosis, degenerative joint disease, OA; PMC11624969: Ehlers-Danlos syndrome"},
    {"shape": "list", "question": "Who had cataracts?",
     "evidence": {},
     "rejected": {"PMC11413548": "'The ophthalmologic evaluation revealed no cataracts'; 'without cataracts'",
                  "PMC11477508": "'intraocular lens dislocation' in the proband and her sister, a cataract not named (see "
                                 "doubts)",
                  "PMC11395317": "'phacomatosis' (look-alike)",
                  "PMC11558034": "cataract only as a possible complication of persistent fetal vasculature in the "
                                 "background, neither child's lens said to be cloudy"},
     "note": "no case: searched cataract/cataractous, lens opacity, cloudy lens, lensectomy, phacoemulsification, "
             "intraocular lens; the right answer is that no patient had one"},
    {"shape": "list", "question": "Who had malaria?",
     "evidence": {"PMC11513519": "Patient's malaria test was positive"},
     "note": "searched malaria, plasmodium, antimalarial; PMC11513519: before his ANCA vasculitis"},
    {"shape": "list", "question": "Who had inflammation inside the eye (uveitis, iritis or panuveitis)?",
     "evidence": {
         "PMC11509864": "The patient had a recent history of bilateral uveitis",
         "PMC11510521": "the panuveitis and retinal findings for this patient were consistent with the disease",
         "PMC11585469": "recurrent oral ulcers, and panuveitis"},
     "note": "searched uveitis, panuveitis, iritis, iridocyclitis, choroiditis, vitritis; PMC11509864: granulomatosis with "
             "polyangiitis; PMC11510521: EBV acute retinal necrosis (see doubts); PMC11585469: Behçet's disease"},
    {"shape": "list", "question": "Who had carpal tunnel syndrome?",
     "evidence": {"PMC11624969": "carpal tunnel syndrome of the right wrist"},
     "rejected": {"PMC11617203": "carpal tunnel release only in the literature"},
     "note": "searched carpal tunnel, median nerve compression/entrapment; PMC11624969: Ehlers-Danlos syndrome, a past "
             "carpal tunnel decompression"},
    {"shape": "list", "question": "Who had sleep apnoea (stopping breathing during sleep, OSA)?",
     "evidence": {"PMC11602238": "coronary artery disease, obstructive sleep apnea, hyperlipidemia, and hypertension. He"},
     "rejected": {"PMC11506781": "CPAP for a newborn's breathing at birth, not sleep apnoea",
                  "PMC11551029": "nasal CPAP after extubation, not sleep apnoea"},
     "note": "searched apnoea/apnea, OSA, CPAP, snoring; PMC11602238: recurrent alcoholic pancreatitis"},
    {"shape": "list", "question": "Whose liver was fatty (fatty liver, hepatic steatosis)?",
     "evidence": {"PMC11420455": "moderate fatty liver"},
     "note": "searched fatty liver, steatosis, NAFLD, MASLD, steatohepatitis; PMC11420455: superior mesenteric vein "
             "thrombosis with pancreatitis"},
    {"shape": "list", "question": "Who had a herpes simplex (HSV) infection, such as cold sores?",
     "evidence": {"PMC11552406": "leading to a diagnosis of Herpes Labialis"},
     "rejected": {"PMC11506189": "human herpesvirus 6, not herpes simplex (see doubts)",
                  "PMC11510521": "EBV retinal necrosis; HSV only among usual causes (see doubts)",
                  "PMC11620866": "'negative for herpes simplex virus'", "PMC11629271": "herpes serology negative",
                  "PMC11413548": "TORCH screening, only CMV IgG positive",
                  "PMC11366418": "HSV only in the background", "PMC11539092": "HSV only in the background",
                  "PMC11549870": "zoster only in the background", "PMC11551029": "HHV-6 only in the background"},
     "note": "searched herpes, HSV, herpes labialis, cold sore, shingles, zoster, VZV, acyclovir/valacyclovir; "
             "PMC11552406: atypical recurrent herpes labialis of the lip"},
    {"shape": "count", "question": "How many patients had tooth decay?",
     "evidence": {"PMC11552406": "there are cervical caries in several teeth"},
     "rejected": {"PMC11640908": "'carious teeth' only among features of pycnodysostosis in the background (see doubts)",
                  "PMC11477508": "caries only in the background", "PMC11505908": "caries only in the background",
                  "PMC11512009": "root caries only in the background"},
     "note": "searched caries, carious, tooth decay, decayed, cavities; PMC11552406: with herpes labialis"},
    {"shape": "count", "question": "How many patients had a mammogram?",
     "evidence": {"PMC11632603": "Mammographic evaluation was subsequently performed",
                  "PMC11635829": "Diagnostic mammography revealed"},
     "rejected": {"PMC11570410": "mammograms only in the background on Poland syndrome",
                  "PMC11544788": "a breast ultrasound, not a mammogram"},
     "note": "searched mammogram/mammography/mammographic, breast imaging; PMC11632603: gestational gigantomastia; "
             "PMC11635829: bilateral breast cancer"},
    {"shape": "count", "question": "How many patients had a kidney swollen with urine that could not drain "
                                   "(hydronephrosis)?",
     "evidence": {"PMC11596152": "hydronephrosis of the right kidney was noted"},
     "rejected": {"PMC11416184": "hydronephrosis only in the background", "PMC11635708": "hydronephrosis only in the "
                                                                                      "background",
                  "PMC11470198": "'dilated calyces' only in the background on XGPN"},
     "note": "searched hydronephrosis, hydroureter, pelvicalyceal/calyceal dilatation, pyelectasis, dilated ureter; "
             "PMC11596152: operated at 15, Kartagener syndrome"},
    {"shape": "count", "question": "How many patients had contractures (joints stuck in a bent or straight position)?",
     "evidence": {"PMC11570446": "a mix of flexion and extension contractures",
                  "PMC11595770": "the unilateral knee contracture of 80°"},
     "rejected": {"PMC11621056": "'No contractures ... were reported'",
                  "PMC11432800": "scar contracture only as a risk", "PMC11546007": "contracture only as a risk"},
     "note": "searched contracture, fixed flexion, pterygium, arthrogryposis; PMC11570446: Gordon syndrome; PMC11595770: "
             "popliteal pterygium syndrome"},
]

YESNO = [
    {"case": CPC, "question": "Did the 6-year-old boy with the choroid plexus carcinoma of the third ventricle have sunset "
                              "eyes?",
     "expected": "yes", "evidence": "frontal bossing, and sunset eyes"},
    {"case": CPC, "question": "Did the MRI show the choroid plexus carcinoma of the 6-year-old boy invading the surrounding "
                              "brain?",
     "expected": "no", "evidence": "There was no invasion of the surrounding brain parenchyma"},
    {"case": CPC, "question": "Was the 6-year-old boy with the choroid plexus carcinoma tested for a TP53 mutation or another "
                              "inherited cause?",
     "expected": "not_reported", "search_regex": r"TP53|p53|germline|genetic|karyotyp|mutation",
     "note": "Li-Fraumeni and Aicardi syndromes are named only in the discussion as associations; no test told"},
    {"case": DES, "question": "Was navigation used during the endoscopic removal of the 26-year-old man's nasopharyngeal "
                              "desmoid tumour?",
     "expected": "yes", "evidence": "Intraoperative navigation was employed to ensure safe dissection"},
    {"case": DES, "question": "Did the 26-year-old man with the nasopharyngeal desmoid tumour have an MRI?",
     "expected": "no", "evidence": "Although Magnetic Resonance Imaging (MRI) was not performed"},
    {"case": DES, "question": "Did the 26-year-old man with the nasopharyngeal desmoid tumour smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine|pack-year"},
    {"case": SMA, "question": "Was the younger brother of the boy with mosaic Down syndrome and SMA also found to have SMA?",
     "expected": "yes", "evidence": "which also showed a diagnosis of SMA2"},
    {"case": SMA, "question": "Did the boy with mosaic Down syndrome and spinal muscular atrophy have breathing problems?",
     "expected": "no", "evidence": "No disorders associated with the respiratory function were found."},
    {"case": SMA, "question": "Was the boy with mosaic Down syndrome and SMA type 2 given risdiplam or gene therapy "
                              "(Zolgensma)?",
     "expected": "not_reported",
     "search_regex": r"risdiplam|evrysdi|onasemnogene|zolgensma|gene therapy|gene replacement"},
    {"case": HYD, "question": "Did the 34-year-old Ethiopian man with the hydatid cyst of the thigh eat raw meat?",
     "expected": "yes", "evidence": "had a habit of consuming raw meat"},
    {"case": HYD, "question": "Did the 34-year-old man with the intermuscular hydatid cyst have a fever?",
     "expected": "not_reported", "search_regex": r"fever|febrile|temperature|pyrexi"},
    {"case": LYM, "question": "Did the diagnostic puncture of the neck swelling of the 53-year-old man after aortic arch "
                              "surgery show an infection?",
     "expected": "no", "evidence": "A diagnostic puncture revealed no signs of bacterial or viral infection or colonization."},
]

LOOKUPS = [
    {"case": CPC, "question": "How big was the third-ventricle mass on the MRI of the 6-year-old boy with choroid plexus "
                              "carcinoma?",
     "answer": "32.4 × 30.2 × 21.1 mm", "evidence": "measuring approximately 32.4 × 30.2 × 21.1 mm"},
    {"case": CPC, "question": "Which cranial nerves were weak in the 6-year-old boy with the choroid plexus carcinoma?",
     "answer": "III, IV, and VI", "evidence": "paresis of the left III, IV, and VI cranial nerves",
     "alternatives": [{"answer": "III, IV, and VI", "evidence": "paresis of cranial nerves III, IV, and VI"}]},
    {"case": DES, "question": "Besides the mass, what did the nasal examination of the 26-year-old man with the desmoid "
                              "tumour show?",
     "answer": "a right septal deviation", "evidence": "a right septal deviation was noted",
     "alternatives": [{"answer": "right septal deviation", "evidence": "noted right septal deviation"}]},
    {"case": DES, "question": "What radiation dose did the 26-year-old man get after the resection of his nasopharyngeal "
                              "desmoid tumour?",
     "answer": None, "search_regex": r"\bGy\b|gray|fraction|dose|cGy|intensity-modulated|IMRT"},
    {"case": SMA, "question": "What was the birth weight of the boy with mosaic Down syndrome and SMA?",
     "answer": "3,650 g", "evidence": "birth weight 3,650 g", "nth": 1},
    {"case": HYD, "question": "How long was the skin incision used to remove the hydatid cyst of the 34-year-old man's "
                              "thigh?",
     "answer": "20 cm", "evidence": "A midline posterior skin incision of 20 cm"},
    {"case": HYD, "question": "When had the 34-year-old Ethiopian man first been operated on for his thigh swelling?",
     "answer": "a year after his initial presentation",
     "evidence": "He underwent surgery a year after his initial presentation with incomplete removal of cysts"},
    {"case": LYM, "question": "Which vessels supplied the free omental flap in the 53-year-old man with the cervical "
                              "lymphocele?",
     "answer": "The gastroepiploic artery and vein",
     "evidence": "The gastroepiploic artery and vein were prepared for blood supply for the flap."},
    {"case": LYM, "question": "How soon after the omentoplasty for his cervical lymphocele did the 53-year-old man go home?",
     "answer": "seven days after surgery",
     "evidence": "The postoperative course was uncomplicated, and the patient was discharged home seven days after surgery."},
    {"case": LYM, "question": "How much fluid was drained from the neck of the 53-year-old man with the cervical lymphocele?",
     "answer": None, "search_regex": r"\bml\b|millilit|volume of|\bcc\b|litres?\b|liters?\b"},
]

SEQUENCES = [
    {"case": CPC, "question": "After the shunt, what did the follow-up MRI of the 6-year-old boy with the choroid plexus "
                              "carcinoma show in the left temporal area?",
     "answer": "a subdural hygroma",
     "evidence": "There was a dead space filled with CSF at left temporal area, which formed a subdural hygroma.",
     "alternatives": [{"answer": "a subdural hygroma", "evidence": "a subdural hygroma in the left temporal area"}]},
    {"case": DES, "question": "After the partial resection of the 26-year-old man's nasal mass, where was the rest of it "
                              "found to come from?",
     "answer": "the nasopharynx", "evidence": "the residual mass was identified to originate from the nasopharynx"},
    {"case": SMA, "question": "At 20 months, what did the parents of the boy with mosaic Down syndrome notice that made them "
                              "ask for a neurologist?",
     "answer": "the disappearance of the high kneeling function",
     "evidence": "parents observed a disturbing symptom: the disappearance of the high kneeling function",
     # The structured summary says the same in its own sentence (read at stop 29: a right answer scored wrong).
     "alternatives": [{"answer": "the disappearance of the high kneeling function",
                       "evidence": "the parents observed the disappearance of the high kneeling function and asked for"}]},
    {"case": SMA, "question": "By 28 months, which motor function had the boy with mosaic Down syndrome and SMA lost?",
     "answer": "the crawling function", "evidence": "the patient had lost the crawling function"},
    {"case": HYD, "question": "How long after the operation on the 34-year-old man's hydatid cyst was the drain taken out?",
     "answer": "after 72 hours", "evidence": "The drainage tube was removed after 72 hours."},
    {"case": LYM, "question": "After the stent graft in the subclavian artery did not stop the fluid, what was done next for "
                              "the 53-year-old man's neck swelling?",
     "answer": "a surgical approach with opening of the swelling and placement of vacuum sealed wound dressing",
     "evidence": "Thus, a surgical approach with opening of the swelling and placement of vacuum sealed wound dressing was "
                 "performed."},
]

COMPARES = [
    {"question": "Compare what the MRI showed in the 6-year-old boy with the choroid plexus carcinoma and in the 34-year-old "
                 "Ethiopian man with the hydatid cyst of the thigh.",
     "evidence": {CPC: "The mass showed signal loss in SWI indicating microhemorrhages, with significant heterogenous strong "
                       "enhancement on contrast-enhanced T1 images.",
                  HYD: "Magnetic resonance imaging revealed well-encapsulated cystic lesions comprising multiple daughter "
                       "cysts of varying sizes"},
     "note": "CPC: a lobulated solid mass of the third ventricle, microhaemorrhages on SWI, strong heterogeneous enhancement, "
             "restricted diffusion, no invasion of the brain, ventriculomegaly; HYD: well-encapsulated cysts full of "
             "daughter cysts in the hamstring and adductor compartments, mild peripheral enhancement, no bone involvement"},
    {"question": "Compare what the CT showed in the 26-year-old man with the nasopharyngeal desmoid tumour and in the "
                 "53-year-old man with the cervical lymphocele after aortic surgery.",
     "evidence": {DES: "scan demonstrated a mass measuring 5.9 × 4.6 × 3.2 cm occupying the entire left nasal cavity and "
                       "nasopharynx",
                  LYM: "A CT showed an increasing fluid accumulation around the aortic root extending to the carotid "
                       "bifurcation"},
     "note": "DES: a solid mass filling the left nasal cavity and nasopharynx, pushing the conchae and septum, invading the "
             "maxillary sinus wall; LYM: fluid around the aortic root and arch growing up to the carotid bifurcation and "
             "under the skin of the neck"},
    {"question": "Compare how the swelling felt on examination in the 34-year-old Ethiopian man with the hydatid cyst of the "
                 "thigh and in the 53-year-old man with the neck swelling after aortic arch surgery.",
     "evidence": {HYD: "he had a nontender, fluctuant swelling in his left posterior thigh",
                  LYM: "Recurrent, non-red, non-tender cervical swelling over the right side of the neck."},
     "note": "both not tender: HYD fluctuant, in the back of the left thigh, no neurological deficit; LYM not red, no fever, "
             "on the right of the neck (an indolent swelling)"},
    {"question": "Compare the patients given a drug against nausea and vomiting (an antiemetic such as ondansetron/Zofran or "
                 "metoclopramide): why was each given it?",
     "evidence": {"PMC11439479": "was provided ondansetron with some relief",
                  "PMC11488400": "Ondansetron 8mg IV BD -3/7 was given",
                  "PMC11490280": "IV morphine and IV ondansetron were required",
                  "PMC11509173": "8 mg ondansetron were also prescribed"},
     "note": "PMC11439479: hyperemesis in a molar pregnancy; PMC11488400: with BEP chemotherapy for an infant's yolk sac "
             "tumour; PMC11490280: vomiting of mesenteric venous thrombosis; PMC11509173: with temozolomide for an optic "
             "nerve glioblastoma. Searched ondansetron, Zofran, granisetron, metoclopramide, Reglan, domperidone, "
             "prochlorperazine, promethazine, antiemetic, anti-nausea"},
    {"question": "Compare the patients given interferon: which kind, for what, and what became of it?",
     "evidence": {"PMC11509757": "He was treated with interferon beta and dimethyl-fumarate"},
     "rejected": {"PMC11462780": "intrathecal interferon-alpha only as the reported regimen for SSPE, not given",
                  "PMC11513519": "interferon only in the background on PAN",
                  "PMC11522842": "type I interferon only in the background on lupus"},
     "note": "PMC11509757: relapsing MS, interferon beta then dimethyl fumarate, both stopped for disease activity, then "
             "ocrelizumab. Searched interferon, IFN, peginterferon, Betaferon, Avonex, Rebif"},
    {"question": "Compare the patients given a clot-busting drug (thrombolysis with alteplase/tPA, tenecteplase or "
                 "urokinase): what for, and what happened?",
     "evidence": {"PMC11549870": "Post thrombolysis, the patient had a parenchymal bleed"},
     "rejected": {"PMC11648763": "outside the time window for intravenous thrombolysis (not given)",
                  "PMC11608458": "a taurolidine-citrate-urokinase catheter lock, not thrombolysis (see doubts)",
                  "PMC11550105": "'TPA' thyroid peroxidase antibodies (look-alike)"},
     "note": "PMC11549870: a 39-year-old woman's stroke from infective endocarditis on an undiagnosed mitral valve prolapse, alteplase, then a "
             "haemorrhagic transformation. Searched thrombolysis/thrombolytic, alteplase, tPA, tenecteplase, urokinase, "
             "streptokinase, clot-busting"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua26", OUT))
