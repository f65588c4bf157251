"""Write ``benchmarks/sets/user_audit20.jsonl``: a twentieth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit20 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit19.py``,
``build_user_audit18.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit19.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (three
operations, a symptom, a bedside test, a biopsy, a skin test for TB, an imaging test, a guided procedure, eyesight,
a thyroid work-up, an antibody, a vitamin, a urinary problem, one drug and two kinds of patient) are other than
those of all of these sets; eight of the fourteen list/count questions are asked plainly, in a word or a short
phrase.

One-case cases: the same script as user_audit18/19's over every ``benchmarks/sets/*.jsonl`` field that names a case
outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``, ``relevant_ids``,
``fits``, alternatives), earlier compares with at most two gold cases counted as well, now finds after the ten
cases of user_audit18/19 two reports with a count of 1 and no one-case field (the second periodontal-pocket report,
PMC11434143, one earlier two-case compare; the coronary-pulmonary fistula report PMC11635820, again left out for
its 14 event annotations and 16 list golds) and sixteen with one one-case field and no compare. The annotation
files (``events_gold.jsonl``, ``tags_gold*.jsonl``), then the number of earlier list golds, break the tie; a third
tooth report (external cervical resorption, PMC11512710) is passed over for the next report of another kind. So the
28 one-case questions and the 3 compares naming two patients use 5 reports of different kinds: a 36-year-old woman
with deep periodontal pockets treated with an oxygen-releasing gel three months after a thyroidectomy
(PMC11434143), a 41-year-old man with right lower quadrant pain whose low-grade appendiceal mucinous neoplasm was
removed by a right hemicolectomy (PMC11573436; earlier: a diagnosis lookup), a 19-year-old woman whose
transmigrated lower left canine was brought into the arch with mini-screws and springs (PMC11490302; earlier: a
midline lookup), a 27-year-old man whose right hand was degloved in a compressing machine and covered with a free
latissimus dorsi flap (PMC11546007; earlier: an unanswerable antibiotics lookup) and a 14-year-old boy with a
strangulated left femoral hernia (PMC11544075; earlier: a diagnosis lookup), 5-6 one-case questions each. Every
fact asked of them was checked by script against every earlier set: no earlier answer span, alternative, accepted
span or evidence sentence overlaps the span or evidence of a one-case question or two-patient compare here, and
none asks the same fact in other words (read; earlier sets asked or quoted the gel treatment, the thyroxine,
smoking and cone-beam CT of the gum patient, the diagnoses, fever, night sweats, weight loss, liver spread, CEA,
laparoscopy, colonoscopy and peritonitis of the appendix patient, the midline shift and CBCT of the canine patient,
the antibiotics, amputation, road accident and finger fractures of the hand patient, and the heart rate, vomiting,
cough impulse, keyhole surgery and diagnosis of the hernia patient, so none of these is asked again; the hand
patient's K-wire fixation is asked, not his fractures).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient or a drug),
yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer), sequence 6.
List/count gold = every case whose own patient had it (grep over all documents, synonyms, class members, brand
names, abbreviations, lay words and British/American spellings included, each hit read; findings only in the
discussion, the literature or a differential, negated findings, normal results where a positive one is asked,
procedures only planned, considered or suggested, grafts of bone, vessels, gum tissue or organs where skin is
asked, scaling of gum pockets or tooth cavities where wound debridement is asked, biopsies of the mouth or of the
glans where skin is asked, angiograms of other vessels or of the eye where the coronary arteries are asked, a liver
lobectomy where a lung lobe is asked, Whipple operations where a bowel resection is asked, and look-alike words
('rigorous', 'clammy, chilling' skin, 'blurred boundaries', 'blind ending', 'double-blind', the pH of a material,
'parathyroid hormone', 'TPO-RA', vertebral level 'T3', 'microdebriders') in ``rejected`` with why). Compare gold =
every case of the named kind. Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails
loudly when a span is missing or ambiguous).

Doubts (kept as read): a blood gas counts where only its result is given (PMC11439622's PaO2/FiO2,
PMC11501102's pO2, PMC11546499's pH in ketoacidosis), but newborns' cord gases or pH at birth do not, the patient
being the mother (PMC11532939, PMC11544788; earlier sets counted a newborn's care in PMC11543139); PMC11342862's
mapping biopsy of penile-shaft skin counts as a skin biopsy, PMC11573236's biopsy of a glans lesion and
PMC11617203's soft tissue taken at the excision of a hand infection do not; PMC11632603's free nipple grafts in a
breast reconstruction are not counted as skin grafts; PMC11543139's 'removed tissue' of the atretic small bowel
counts as a resection, and PMC11617126's ileal resection is told as 'scheduled' before a six-hour operation that
went ahead (counted); PMC11509864's 20/40 in one eye and PMC11635374's constricted visual fields count as reduced
eyesight; PMC11453286's second patient (the 40-year-old man) is called euthyroid, counted with the boy's thyroid
profile; PMC11544075's excision of necrotic fat from the hernia sac is not called a debridement (left out).

    python benchmarks/sets/build_user_audit20.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit20.jsonl"

GUM, LAM, CAN, DEG, HER = "PMC11434143", "PMC11573436", "PMC11490302", "PMC11546007", "PMC11544075"

LISTS = [
    {"shape": "list", "question": "Who had a skin graft?",
     "evidence": {
         "PMC11342862": "A split thickness skin graft was harvested from the left thigh with a dermatome",
         "PMC11370703": "To manage the infection, debridement and split-thickness skin grafting were performed on the affected area.",
         "PMC11432800": "partial-thickness epidermoreticular (ER) grafts were placed adjacent to the necrotic area",
         "PMC11546007": "he was taken up for coverage with a free latissimus dorsi flap with skin grafting"},
     "rejected": {"PMC11632603": "free nipple grafting in a breast reconstruction (see doubts)",
                  "PMC11596955": "a connective tissue graft from the palate to the gum (not skin)",
                  "PMC11595770": "dermal substitutes only discussed ('would have been used'); Z-plasty closure, nerve and vein grafts",
                  "PMC11446496": "bone grafting of an enchondroma", "PMC11546045": "fibula (bone) graft",
                  "PMC11546046": "morselized bone allograft", "PMC11632487": "synthetic bone graft",
                  "PMC11635820": "coronary artery bypass grafting", "PMC11646747": "stent graft",
                  "PMC11355863": "stent graft and an omental flap as a free graft into the neck cavity",
                  "PMC11608458": "kidney grafts (transplants)",
                  "PMC11509520": "grafted implant sites only in the literature",
                  "PMC11574702": "xenograft mouse models in the literature (look-alike)"},
     "note": "searched graft/grafting, split/partial/full-thickness, STSG, dermal or skin substitute, Thiersch; PMC11342862: "
             "penile shaft after wide excision of extramammary Paget's disease; PMC11370703: the thigh of one of the four "
             "Morel-Lavallee patients, after the road accident; PMC11432800: epidermoreticular grafts beside the fat-grafted "
             "tendon wound of a friction burn; PMC11546007: under the latissimus dorsi free flap"},
    {"shape": "list", "question": "Who had part of the bowel cut out (a small-bowel resection, an ileocaecal resection or a "
                                  "hemicolectomy)? Not counting a Whipple on its own.",
     "evidence": {
         "PMC11416630": "An ileocecectomy was performed with end ileostomy and transverse mucous fistula creation.",
         "PMC11490280": "necessitating an emergent right hemicolectomy",
         "PMC11543139": "The surgeon repaired the small intestine, and the removed tissue was sent to a pathology lab for further examination.",
         "PMC11573436": "The patient was brought to the operating room for an exploratory laparotomy and right hemicolectomy",
         "PMC11601975": "A small bowel resection was performed",
         "PMC11617126": "She was scheduled for resection and anastomosis with ileostomy.",
         "PMC11632824": "right hemicolectomy, and isoperistaltic side-to-side anastomosis",
         "PMC11645528": "distal pancreatectomy, splenectomy, partial gastrectomy, and splenic flexure resection"},
     "rejected": {"PMC11459113": "a Whipple (pancreaticoduodenectomy) only (excluded by the question)",
                  "PMC11541951": "a Whipple only (excluded by the question)",
                  "PMC11342857": "central gastrectomy (the stomach, not the bowel)",
                  "PMC11535884": "ileostomy and manual evacuation of meconium, nothing resected",
                  "PMC11602238": "necrosum removed through an enterotomy, nothing resected",
                  "PMC11525151": "gallstone removed through an enterotomy, nothing resected",
                  "PMC11420455": "mesenteric venous thrombosis treated without surgery",
                  "PMC11456792": "a Whipple was avoided", "PMC11648268": "wedge resection of the uterine horn (look-alike)"},
     "note": "searched resection/resected with bowel, intestine, ileum, jejunum, colon; colectomy, hemicolectomy, "
             "ileocecectomy, enterectomy, sigmoidectomy, anastomosis, ostomy; PMC11416630: a newborn with colonic "
             "atresia; PMC11490280: with a Whipple; PMC11543139: the newborn's atretic small bowel (see doubts); "
             "PMC11617126: ileal adenocarcinoma (see doubts); PMC11645528: the splenic flexure of the colon in a debulking"},
    {"shape": "list", "question": "Who had chills or rigors?",
     "evidence": {
         "PMC11392029": "high-grade intermittent fever, chills, rigors, and progressive breathlessness",
         "PMC11439622": "the patient developed a fever of 39.9°C with chills",
         "PMC11506189": "including cough, fever, vomiting, and chills",
         "PMC11513519": "associated with rigours, chills, and loose stools",
         "PMC11565536": "reporting a fever at home to 102.5 F, associated chills, and malodorous vaginal discharge",
         "PMC11634049": "she developed subjective fevers, chills/rigors, nausea, vomiting, and abdominal pain"},
     "rejected": {"PMC11396144": "'He also denied experiencing fevers, chills'",
                  "PMC11459453": "'she denied having any fever, chills'",
                  "PMC11573436": "'He did not report ... fever, chills, night sweats, or weight loss'",
                  "PMC11416184": "chills only among symptoms of haematocolpos in the background",
                  "PMC11420455": "'clammy, chilling characteristics' of the skin in shock (look-alike)",
                  "PMC11432800": "'rigorous' (look-alike)", "PMC11479900": "'Rigorously speaking' (look-alike)",
                  "PMC11535884": "'rigorous treatment' (look-alike)", "PMC11596152": "'rigorous hygiene' (look-alike)",
                  "PMC11596955": "'rigorous fixation' (look-alike)", "PMC11646824": "'more rigorous investigations' (look-alike)"},
     "note": "searched chill/chills, rigor/rigors/rigours, shiver/shivering, shaking; PMC11439622: on day 16 of "
             "methylprednisolone for sintilimab myocarditis; PMC11506189: before admission; PMC11565536: pyometra after a "
             "myomectomy; PMC11634049: after AF ablation (atrio-oesophageal fistula)"},
    {"shape": "list", "question": "Who had a blood gas done?",
     "evidence": {
         "PMC11411574": "A blood gas analysis done at the time of admission showed hypochloremic metabolic alkalosis",
         "PMC11420455": "Arterial blood gas analysis revealed pH 7.49",
         "PMC11439622": "reduced PaO2/FiO2 (163.5 mmHg)",
         "PMC11484256": "Blood gas, renal and liver function tests, an inborn error of metabolism screen, acylcarnitine, and infective markers were unremarkable.",
         "PMC11501102": "She was profoundly hypoxemic (pO2 40 mm Hg) requiring intubation.",
         "PMC11539092": "Arterial Blood Gas was normal with a pH of 7.42",
         "PMC11546499": "Laboratory findings showed hyperglycemia—510 mg/dl, pH—7.14",
         "PMC11550105": "An arterial blood gas (ABG) sample was taken",
         "PMC11608958": "Blood gas analysis showed that the oxygenation index was 39.5 mmHg.",
         "PMC11616425": "Arterial blood gas analysis revealed a significant decrease in arterial oxygen pressure"},
     "rejected": {"PMC11544788": "cord blood gas of the newborn; the patient is the mother (see doubts)",
                  "PMC11532939": "the newborn's pH with the Apgar scores; the patient is the mother (see doubts)",
                  "PMC11620866": "serum bicarbonate only", "PMC11469216": "metabolic alkalosis with no pH or blood gas given",
                  "PMC11506189": "lactate only", "PMC11490280": "lactic acid only",
                  "PMC11621671": "pH of the cerebrospinal fluid",
                  "PMC11432800": "bicarbonate in the tumescent solution (look-alike)",
                  "PMC11434143": "tissue pH in the background (look-alike)", "PMC11499726": "pH of the PRP (look-alike)",
                  "PMC11512710": "pH of a dental material (look-alike)", "PMC11595504": "gastric pH for itraconazole (look-alike)",
                  "PMC11608458": "pH tolerance of bacteria (look-alike)"},
     "note": "searched blood gas, ABG, VBG, arterial gas, gasometry, pH, pCO2/PaCO2, pO2/PaO2, base excess, bicarbonate, "
             "oxygenation index, lactate; a pH or PaO2 result counts (see doubts); PMC11411574: a toddler with Bartter "
             "syndrome; PMC11484256: a baby with hyperinsulinism, normal; PMC11539092: an infant, normal; PMC11546499: "
             "ketoacidosis on durvalumab"},
    {"shape": "list", "question": "Who had a skin biopsy?",
     "evidence": {
         "PMC11342862": "had undergone a mapping biopsy prior to planned wide excision",
         "PMC11456814": "Biopsies of the skin, bone marrow, stomach, duodenum, and rectum, performed to exclude systemic amyloidosis",
         "PMC11490213": "Skin biopsy revealed alternating orthokeratosis and parakeratosis",
         "PMC11595896": "she was diagnosed with NIID by skin biopsy and genetic testing",
         "PMC11631872": "However, a skin biopsy revealed EBER-negative AITL infiltration"},
     "rejected": {"PMC11461041": "'no biopsy performed in this case'; a skin biopsy only 'warranted' when the cause is uncertain",
                  "PMC11620866": "skin biopsies only in the literature on TEN",
                  "PMC11595504": "punch biopsy of a lesion of the tongue (mucosa)",
                  "PMC11573236": "biopsy of a lesion of the glans at circumcision (see doubts)",
                  "PMC11617203": "soft tissue taken at the excision of the hand lesion (see doubts)",
                  "PMC11364916": "excision of a lesion of the cheek mucosa", "PMC11584242": "incisional biopsy in the mouth",
                  "PMC11595770": "incisional biopsy along the popliteal cord",
                  "PMC11396144": "biopsy only in literature cases of myiasis"},
     "note": "searched skin biopsy, punch biopsy, biopsy of the skin or lesion, cutaneous, incisional, excisional, mapping "
             "biopsy, biopsy-proven; PMC11342862: mapping biopsy of penile-shaft extramammary Paget's disease; "
             "PMC11456814: to exclude systemic amyloidosis (negative); PMC11490213: pityriasis rubra pilaris; "
             "PMC11595896: at the NIID diagnosis years earlier; PMC11631872: AITL relapse in the skin"},
    {"shape": "list", "question": "Who had a coronary angiogram, by catheter or by CT?",
     "evidence": {
         "PMC11395475": "Coronary angiography was performed due to the CMR-detected subendocardial involvement",
         "PMC11506189": "but subsequent coronary angiography revealed no abnormalities in the coronary arteries",
         "PMC11593014": "Coronary computed tomography (CT) (Aquilion ONE, Canon Medical Systems, Otawara, Japan) revealed moderate stenosis",
         "PMC11624525": "An emergency coronary computed tomography angiography (CTA) revealed normal coronary development",
         "PMC11635820": "Coronary angiography confirmed a diffuse 60% stenosis in the ostial and mid LAD",
         "PMC11646979": "Coronary angiography showed a left coronary dominant type"},
     "rejected": {"PMC11480700": "cardiac catheterization and CT angiography only among postnatal options in the background",
                  "PMC11418098": "CT angiography of the aorta", "PMC11570109": "chest CT angiography for pulmonary embolism",
                  "PMC11459453": "CT pulmonary angiography", "PMC11420455": "CT angiography of the mesenteric vessels",
                  "PMC11540479": "cerebral digital subtraction angiography",
                  "PMC11629481": "angiography of the leg arteries", "PMC11355863": "angiography of the subclavian artery",
                  "PMC11632487": "angiography of the sacroiliac bone cyst", "PMC11618002": "uterine artery arteriography",
                  "PMC11402139": "CT aortography of a lip cancer",
                  "PMC11509864": "fluorescein and indocyanine green angiography of the eye (look-alike)",
                  "PMC11510521": "fluorescein angiography of the eye (look-alike)",
                  "PMC11539358": "MR angiography of the brain", "PMC11585469": "MR angiography of the head and neck"},
     "note": "searched coronary angiography/angiogram/arteriography, cardiac catheterization, CCTA, coronary CT, CTA, FFR-CT, "
             "PCI; PMC11395475: slow flow, no atherosclerosis; PMC11506189: normal arteries despite STEMI on ECG; "
             "PMC11593014: coronary CT with FFR-CT follow-up; PMC11624525: coronary CTA in a boy with myocarditis, "
             "catheterization not performed; PMC11635820: CCTA then invasive angiography; PMC11646979: a left main aneurysm"},
    {"shape": "list", "question": "Whose eyesight was blurred, reduced or partly lost (poor visual acuity, a visual disturbance "
                                  "or field loss)?",
     "evidence": {
         "PMC11477508": "Her visual acuity was determined by counting fingers in front of the right eye and hand motions in front of the left eye.",
         "PMC11509173": "presented with exophthalmos, deteriorating eyesight, and partial loss of vision",
         "PMC11509864": "His best-corrected visual acuity (BCVA) was 20/20 in the right eye and 20/40 in the left eye.",
         "PMC11510521": "An 85-year-old man presented with visual disturbance of the right eye from 10 days prior.",
         "PMC11513667": "Neurological examination revealed bilateral decreased visual acuity.",
         "PMC11539083": "found a reduced best corrected visual acuity of 7/10",
         "PMC11558034": "presented to the emergency department with complaints of decreased vision in the left eye",
         "PMC11595896": "A 29-year-old woman complained of bilateral blurred vision and foreign body sensation.",
         "PMC11614507": "The patient initially presented with visual disturbances.",
         "PMC11625102": "a severe, throbbing headache, blurred vision, and a sudden onset of right-sided weakness",
         "PMC11635374": "Ophthalmologic examination showed bilateral severely constricted visual fields",
         "PMC11648237": "skin rash, blurred vision, fatigue, tinnitus",
         "PMC11648763": "associated with a certain degree of vision loss and right-sided weakness of the body"},
     "rejected": {"PMC11420438": "'without accompanying symptoms of vision loss'",
                  "PMC11465705": "'He denied any ... blurriness'",
                  "PMC11509492": "'the uncorrected visual acuity was 20/20 on both eyes'",
                  "PMC11462780": "visual disturbances only among SSPE features in the background",
                  "PMC11647126": "visual problems only among CJD features in the background",
                  "PMC11621671": "visual disturbances only among Lyme cranial neuropathies in the background",
                  "PMC11646824": "visual acuity only in the literature on nystagmus; 'double-blind' (look-alike)",
                  "PMC11625232": "'vision-threatening complications' only in the background",
                  "PMC11396497": "'blurred boundaries of the tumor' (look-alike)",
                  "PMC11447345": "'blurring of papillary architecture' (look-alike)",
                  "PMC11573436": "'blurred surrounding fat space' in the background (look-alike)",
                  "PMC11416630": "'blind ending cecum' (look-alike)", "PMC11635708": "'blind ending' (look-alike)"},
     "note": "searched blurred/blurry vision, vision loss, loss of vision, decreased/reduced/diminished/poor vision, "
             "eyesight, visual acuity/disturbance/impairment/field, blind/blindness, counting fingers, hand motion; "
             "PMC11477508: the proband of the three sisters with Axenfeld-Rieger syndrome; PMC11509864: 20/40 in the "
             "left eye (see doubts); PMC11558034: the 4-year-old of the two children; PMC11635374: constricted fields "
             "from a pituitary adenoma (see doubts); PMC11648237: at an ITP relapse"},
    {"shape": "list", "question": "Who had a CT-guided procedure, such as a biopsy or an injection done under CT?",
     "evidence": {
         "PMC11392029": "a CT-guided biopsy was performed",
         "PMC11437698": "A CT-guided needle biopsy was performed.",
         "PMC11470198": "a CT-guided fine needle aspiration biopsy (FNAB) of the renal cyst was performed",
         "PMC11595504": "and a CT-guided left adrenal mass biopsy",
         "PMC11632487": "She then underwent six sessions of CT-guided percutaneous intralesional doxycycline ablation"},
     "rejected": {"PMC11446496": "a CT-guided puncture only recommended in the background",
                  "PMC11565536": "CT-guided drainage only among treatments in the literature",
                  "PMC11609383": "PAIR under CT and ultrasound only in the background"},
     "note": "searched CT-guided, CT guided, under CT, CT guidance, percutaneous/needle/core biopsy; PMC11392029: lung "
             "biopsy of a typical carcinoid; PMC11437698: peritoneal leiomyoma; PMC11470198: xanthogranulomatous "
             "pyelonephritis; PMC11595504: histoplasmosis; PMC11632487: six doxycycline ablations and a CT-guided biopsy "
             "with embolization before the index surgery"},
    {"shape": "list", "question": "Whose thyroid function was checked (TSH or thyroid hormone levels)?",
     "evidence": {
         "PMC11395475": "Of note, the thyroid-stimulating hormone (TSH) was within normal limits during this hospital stay",
         "PMC11453286": "The blood investigations, including complete blood count (CBC), liver function tests, renal function tests, and the thyroid hormone profile were normal.",
         "PMC11465705": "The patient also had a normal thyroid-stimulating hormone (TSH) level consistent with euthyroid state.",
         "PMC11480700": "the patient's thyroid-stimulating hormone level was 1.14, indicating well-controlled hypothyroidism",
         "PMC11513519": "TSH was at 2.58 mIU/L (0.5–5.0 mIU/L)",
         "PMC11546499": "Thyroid hormone levels were within normal limits.",
         "PMC11585469": "B12 and B9 seric levels, thyroid hormone, serum electrolytes, and renal and hepatic tests",
         "PMC11596290": "Blood tests revealed normal levels of parathyroid hormone, thyroid function tests, serum calcium",
         "PMC11624525": "Subsequent examinations revealed increased thyroid hormone levels and decreased thyroid-stimulating hormone levels",
         "PMC11632603": "Her blood tests, including prolactin and thyroid function tests, were unremarkable.",
         "PMC11635374": "She had a low free thyroxine (T4) 0.68 ng/dL"},
     "rejected": {"PMC11550105": "thyroid peroxidase antibodies only; hypothyroidism in her history",
                  "PMC11469216": "hypothyroidism in her history, no thyroid test reported",
                  "PMC11434143": "thyroxine after a thyroidectomy, no thyroid test reported",
                  "PMC11570781": "'parathyroid hormone' (look-alike)",
                  "PMC11648237": "'TPO-RAs' = thrombopoietin receptor agonists (look-alike)",
                  "PMC11427117": "vertebral level 'T3' (look-alike)", "PMC11631872": "'T3.1 molecular subtype' (look-alike)"},
     "note": "searched thyroid function, TSH, thyroid-stimulating hormone, thyrotropin, T3/T4, fT3/fT4, free thyroxine, "
             "thyroid hormone/profile/levels, euthyroid; PMC11395475: TSH normal in 2020 and low with raised fT3/fT4 in "
             "2021; PMC11453286: the boy's thyroid profile, both patients euthyroid (see doubts); PMC11480700: a pregnant "
             "woman with hypothyroidism; PMC11546499: normal at baseline, TSH 75 later on durvalumab; PMC11624525: "
             "iodine-induced hyperthyroidism"},
    {"shape": "list", "question": "Who had a debridement?",
     "evidence": {
         "PMC11370703": "To manage the infection, debridement and split-thickness skin grafting were performed on the affected area.",
         "PMC11396144": "followed by routine wound debridement and closure",
         "PMC11432800": "where extensive debridement was performed to clean the wound",
         "PMC11546007": "He was taken up for debridement and all the non-viable tissues were thoroughly debrided",
         "PMC11565536": "the infected and necrotic myometrium and endometrium were sharply debrided",
         "PMC11617203": "The patient was successfully treated through a combination of surgical excision, debridement, and antimicrobial therapy.",
         "PMC11629481": "wound debridement of devitalized or infected tissue using a scalpel"},
     "rejected": {"PMC11434143": "'mechanical debridement such as scaling and root planing' of gum pockets",
                  "PMC11453165": "mechanical/subgingival debridement of gum pockets",
                  "PMC11512710": "the resorption defect of a tooth 'debrided and cleaned'",
                  "PMC11420438": "'microdebriders' used as instruments (look-alike)",
                  "PMC11539083": "surgical debridement only in the literature; she had drainage surgery",
                  "PMC11602238": "endoscopic debridement only considered; necrosectomy in the background",
                  "PMC11544075": "necrotic fat of the hernia sac excised, not called a debridement (see doubts)",
                  "PMC11512705": "debridement only in the background", "PMC11647062": "debridement only in the background"},
     "note": "searched debride/debridement/debrided, necrosectomy, wound toilet, washout, excision of necrotic tissue; "
             "PMC11370703: the infected thigh of one of the four Morel-Lavallee patients; PMC11396144: after excision of a "
             "myiasis nodule; PMC11432800: the friction burn of the hand; PMC11565536: the uterus with pyometra; "
             "PMC11617203: M. chelonae hand infection; PMC11629481: the foot wound of limb-threatening ischaemia"},
    {"shape": "count", "question": "How many patients had a positive ANA?",
     "evidence": {
         "PMC11456814": "serum SS-A antibody and antinuclear antibodies were positive",
         "PMC11513519": "He tested positive for ANA with an antibody titer of 1:240.",
         "PMC11522842": "The antinuclear antibody test showed a positive result (4+) with a homogenous pattern."},
     "rejected": {"PMC11509864": "ANA among immunological markers 'within normal limits'",
                  "PMC11549870": "autoimmune profile (ANA, ANCA) negative",
                  "PMC11617203": "'antinuclear antibodies ... were negative'",
                  "PMC11620866": "'antinuclear antibodies (ANA) ... were negative'",
                  "PMC11631590": "'antinuclear antibodies ... were negative'",
                  "PMC11646979": "ANA negative in the autoimmune workup",
                  "PMC11648237": "'testing for antinuclear antibodies (ANA) ... was negative'"},
     "note": "searched ANA, antinuclear/anti-nuclear antibody, autoimmune profile/workup/screen; PMC11456814: parotid "
             "MALT lymphoma with Sjogren features; PMC11513519: ANCA vasculitis with hepatitis B; PMC11522842: SLE"},
    {"shape": "count", "question": "How many patients had a Mantoux (tuberculin skin) test?",
     "evidence": {
         "PMC11453286": "The Mantoux test showed no induration.",
         "PMC11617203": "the Mantoux test was also negative",
         "PMC11622295": "Gastric lavage for acid-fast bacilli and Mantoux test were negative."},
     "rejected": {},
     "note": "searched Mantoux, tuberculin, TST, PPD, QuantiFERON, IGRA, interferon-gamma release, T-SPOT; all three "
             "negative; PMC11453286: the 9-year-old boy of the two thyroid TB cases"},
    {"shape": "count", "question": "How many patients had low vitamin D?",
     "evidence": {
         "PMC11570781": "our patient's vitamin D levels were lower than normal at 17 ng/ml",
         "PMC11635374": "asthma, eczema, allergic rhinitis, thoracolumbar scoliosis, vitamin D deficiency, and sellar mass"},
     "rejected": {"PMC11596290": "'25-hydroxy vitamin D' normal",
                  "PMC11546045": "vitamin D metabolism only in the background on phenytoin"},
     "note": "searched vitamin D, 25-hydroxy, cholecalciferol, calcitriol, hypovitaminosis D; PMC11570781: hypercalcaemia of "
             "malignancy; PMC11635374: in her past history (pituitary gigantism)"},
    {"shape": "count", "question": "How many patients had urinary retention?",
     "evidence": {
         "PMC11398847": "He was initially seen a month prior to this presentation at an outside hospital for urinary retention",
         "PMC11488400": "upon catheter removal, urinary retention recurred"},
     "rejected": {"PMC11470589": "frequency, urgency, nocturia and a weak stream; retention only in the background",
                  "PMC11626717": "hesitancy and poor flow; retention not named",
                  "PMC11396497": "urinary retention only among tailgut cyst symptoms in the background",
                  "PMC11416184": "urinary retention only in the background on hymen anomalies"},
     "note": "searched urinary retention, retention of urine, unable to void/urinate, bladder distension, catheterization; "
             "PMC11398847: cauda equina syndrome (with faecal retention); PMC11488400: an 8-month-old with a pelvic yolk "
             "sac tumour"},
]

YESNO = [
    {"case": GUM, "question": "Did the bitewing X-rays of the 36-year-old woman who came for a cleaning after her thyroid "
                              "operation show bone loss?",
     "expected": "yes", "evidence": "An in-depth view presented using a bitewing radiographic examination revealed generalized bone loss"},
    {"case": GUM, "question": "By her third visit, two weeks in, had the pain score (VAS) of the 36-year-old woman treated with "
                              "the oxygen-releasing gel for deep gum pockets changed?",
     "expected": "no", "evidence": "the visual analogue scale on the third appointment (after 14 days) reported no differences "
                                   "than what was reported in the first visit"},
    {"case": GUM, "question": "Was the thyroidectomy of the 36-year-old woman with deep periodontal pockets done for thyroid "
                              "cancer?",
     "expected": "not_reported",
     "search_regex": r"cancer|carcinoma|malignan|goit|nodul|Graves|hyperthyroid|hypothyroid|tumou?r|neoplas|thyroiditis|adenoma|hashimoto"},
    {"case": LAM, "question": "Was the 41-year-old man with the low-grade appendiceal mucinous neoplasm (LAMN) put on antibiotics "
                              "before his operation?",
     "expected": "yes", "evidence": "Antibiotics were started, and the decision was made to drain the fluid collection."},
    {"case": LAM, "question": "Had the appendiceal mucinous neoplasm of the 41-year-old man spread to his lymph nodes?",
     "expected": "no", "evidence": "42 lymph nodes were negative for tumor"},
    {"case": LAM, "question": "Did the 41-year-old man with the appendix tumour smoke or drink?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotin|vap(e|ing)|alcohol|drink|ethanol"},
    {"case": CAN, "question": "Did the 19-year-old woman with the transmigrated lower canine agree to have permanent teeth "
                              "taken out?",
     "expected": "no", "evidence": "Out of these plans, the patient rejected the extraction plans of permanent teeth"},
    {"case": CAN, "question": "Was the 19-year-old given antibiotics or painkillers after her buried lower canine was surgically "
                              "exposed?",
     "expected": "not_reported",
     "search_regex": r"antibiot|amoxi|penicill|clinda|metronid|azithro|cefal|cephalosporin|cefuroxime|analges|ibuprofen|"
                     r"paracetamol|acetaminophen|NSAID|chlorhex|painkill|mouthwash|rinse"},
    {"case": DEG, "question": "Were the broken finger bones of the 27-year-old man whose hand was degloved in a compressing "
                              "machine fixed with K-wires?",
     "expected": "yes", "evidence": "He was immediately taken up for emergency surgical exploration, fixation with k wires"},
    {"case": DEG, "question": "After the free flap, was the 27-year-old man with the degloved hand put on a blood thinner such as "
                              "heparin or aspirin?",
     "expected": "not_reported",
     "search_regex": r"heparin|aspirin|anticoag|enoxaparin|clexane|dextran|antiplatelet|warfarin|thrombo|blood thinner|"
                     r"prostaglandin|alprostadil"},
    {"case": HER, "question": "Had the 14-year-old boy with the strangulated femoral hernia noticed a lump in his groin before?",
     "expected": "yes", "evidence": "He had history of left groin swelling that he noticed two years back which was small "
                                    "initially and spontaneously reducible."},
    {"case": HER, "question": "Was the belly of the 14-year-old boy with the strangulated femoral hernia swollen (distended)?",
     "expected": "no", "evidence": "He was able to pass feces and flatus and had no abdominal distension."},
]

LOOKUPS = [
    {"case": GUM, "question": "What toothbrushing technique was the 36-year-old woman with deep gum pockets taught?",
     "answer": "modified bass technique",
     "evidence": "The plan of care also included patient motivation through oral hygiene instructions—1/use of a soft "
                 "toothbrush twice per day, 2/modified bass technique, and 3/use of waxed dental floss once per day."},
    {"case": GUM, "question": "A week after the first visit, what was the plaque index of the 36-year-old woman treated with the "
                              "oxygen gel?",
     "answer": "plaque index: 50%",
     "evidence": "Dental indices after 7 days from baseline revealed the following: gingival index: 2; plaque index: 50%; and "
                 "bleeding index: 38%."},
    {"case": LAM, "question": "What density (in Hounsfield units) were the fluid collections on the CT of the 41-year-old man "
                              "with the appendix tumour?",
     "answer": "~21 Hounsfield units",
     "evidence": "which revealed two fluid collections in the region of the appendix and the cul-de-sac, measuring ~21 "
                 "Hounsfield units",
     "alternatives": [{"answer": "~21 Hounsfield units",
                       "evidence": "Contrast-enhanced CT scan showed two fluid collections (~21 Hounsfield units)"}]},
    {"case": LAM, "question": "How large was the appendiceal mucinous neoplasm of the 41-year-old man, in centimetres, on the "
                              "pathology?",
     "answer": None, "search_regex": r"\d\s*(cm|mm)\b|centimet|millimet|\bsize[ds]?\b|diameter"},
    {"case": CAN, "question": "How was the buried canine of the 19-year-old woman uncovered so that a bracket could be bonded?",
     "answer": "open window technique",
     "evidence": "In the next subsequent appointment, the impacted canine exposure was carried out using an open window technique."},
    {"case": CAN, "question": "What was the ANB angle on the cephalogram of the 19-year-old with the transmigrated canine?",
     "answer": None, "search_regex": r"\bANB\b|\bSNA\b|\bSNB\b|\bWits\b|\bFMA\b|\bIMPA\b|°"},
    {"case": DEG, "question": "By which day after the first operation had most of the degloved hand of the 27-year-old man become "
                              "necrotic?",
     "answer": "7th post operative day",
     "evidence": "whole of the degloved hand had become necrotic and non-viable except the middle finger by 7th post operative day",
     "alternatives": [{"answer": "postoperative day 7",
                       "evidence": "subsequent necrosis of most tissues by postoperative day 7"}]},
    {"case": DEG, "question": "To which vessels was the latissimus dorsi free flap on the degloved hand of the 27-year-old "
                              "connected?",
     "answer": "radial artery and veins in forearm",
     "evidence": "after anastomosis with the donor vessels (radial artery and veins in forearm.)"},
    {"case": HER, "question": "How big was the groin lump of the 14-year-old boy with the strangulated femoral hernia?",
     "answer": "2.5 cm by 2.5 cm",
     "evidence": "He had left side tense tender 2.5 cm by 2.5 cm irreducible groin swelling below and lateral to pubic tubercle",
     "alternatives": [{"answer": "2.5 cm x 2.5 cm",
                       "evidence": "A 2.5 cm x 2.5 cm tense, tender, irreducible groin swelling below and lateral to pubic tubercle"}]},
    {"case": HER, "question": "Which repair closed the femoral ring of the 14-year-old boy with the strangulated femoral hernia?",
     "answer": "McVay procedure",
     "evidence": "The Femoral ring was closed using McVay procedure and absorbable vicryl suture material was used",
     "alternatives": [{"answer": "McVay procedure",
                       "evidence": "our patient underwent femoral hernia repair using McVay procedure"}]},
]

SEQUENCES = [
    {"case": GUM, "question": "Two weeks after treatment began, what were the plaque and bleeding indices of the 36-year-old "
                              "woman with deep gum pockets?",
     "answer": "plaque index: 15%; and bleeding index: 9%",
     "evidence": "On the other hand, after 14 days, the dental indices showed gingival index: 2; plaque index: 15%; and "
                 "bleeding index: 9%."},
    {"case": LAM, "question": "When the right-sided belly pain of the 41-year-old man with the appendix tumour went on despite "
                              "antibiotics, what was done next?",
     "answer": "the decision was made to proceed with exploratory laparotomy",
     "evidence": "Since the patient continued to have persistent symptoms and the differential diagnosis included lesions with "
                 "malignant potential, the decision was made to proceed with exploratory laparotomy for both diagnostic and "
                 "therapeutic purposes."},
    {"case": CAN, "question": "Once the transmigrated canine of the 19-year-old had been brought into the lower arch but its "
                              "root sat wrongly, how was that corrected?",
     "answer": "root torquing was incorporated using Warren torquing spring",
     "evidence": "So, to correct it, root torquing was incorporated using Warren torquing spring"},
    {"case": DEG, "question": "When the degloved hand of the 27-year-old man swelled and its circulation worsened from day 2, "
                              "what was done first?",
     "answer": "the removal of a few tight sutures",
     "evidence": "He was managed with the removal of a few tight sutures after which the hand was showing signs of improved "
                 "vascularity"},
    {"case": DEG, "question": "Once the latissimus dorsi flap on the degloved hand had settled, what further surgery did the "
                              "27-year-old have?",
     "answer": "debulking and first web deepening",
     "evidence": "once the flap was settled he was taken up for debulking and first web deepening",
     "alternatives": [{"answer": "1st web deepening",
                       "evidence": "He further underwent 1st web deepening around 6 months after flap settling"}]},
    {"case": HER, "question": "After his hernia operation, how soon was the 14-year-old boy discharged?",
     "answer": "discharged from hospital three days later",
     "evidence": "The post operative course was uneventful and child discharged from hospital three days later."},
]

COMPARES = [
    {"question": "Compare what the 41-year-old man with the appendiceal mucinous neoplasm and the 14-year-old boy with the "
                 "strangulated femoral hernia were first thought to have, before the operation showed what it was.",
     "evidence": {LAM: "he was initially treated for perforated acute appendicitis with abscess",
                  HER: "with an index of left incarcerated indirect inguinal hernia"},
     "note": "LAM: treated at first as perforated acute appendicitis with abscess (CT: two fluid collections without "
             "inflammation), malignancy also suspected; HER: the ultrasound read an incarcerated indirect inguinal hernia, "
             "but the examination placed the lump below and lateral to the pubic tubercle and the preoperative diagnosis "
             "was a strangulated femoral hernia"},
    {"question": "Compare how things ended for the 19-year-old woman with the transmigrated lower canine and the 27-year-old "
                 "man whose hand was degloved in a machine.",
     "evidence": {CAN: "The overall treatment lasted for one year and eight months, and the patient expressed satisfaction "
                       "with the results.",
                  DEG: "ending in a reasonably functional two-fingered hand"},
     "note": "CAN: canine in the arch with good root parallelism, no further root resorption or mobility, satisfied after 1 "
             "year 8 months, bonded retainers; DEG: a two-fingered hand (middle finger and part of the thumb) under the flap "
             "that can hold a spoon, write and type"},
    {"question": "Compare why the 36-year-old woman with deep gum pockets and the 19-year-old woman with the transmigrated "
                 "canine came to the dental clinic.",
     "evidence": {GUM: "with the chief aim of cleaning her teeth",
                  CAN: "presented to our dental clinic with a concerns of forwardly placed upper front teeth and spacing in "
                       "both upper and lower teeth"},
     "note": "GUM: a routine cleaning, no pain, last visit a year before; CAN: protruding upper front teeth and spacing in "
             "both arches"},
    {"question": "Compare the patients who had a lobe of a lung removed (a lobectomy): what was it for, and what happened "
                 "afterwards?",
     "evidence": {"PMC11392029": "In this case, a left lower lobectomy was performed",
                  "PMC11456792": "the patient had undergone left anterolateral thoracotomy and extended left lower lobe "
                                 "lobectomy for stage II lung cancer",
                  "PMC11596152": "which resulted in the need for a middle lobectomy that same year",
                  "PMC11634049": "with a history of right-sided lobectomy two years prior for lung adenocarcinoma"},
     "rejected": {"PMC11609383": "cystectomy and pericystectomy of a lung hydatid cyst; lobectomy only among options",
                  "PMC11378089": "hepatic lobectomy only among options (liver)",
                  "PMC11570109": "left lateral lobectomy of the liver (look-alike)",
                  "PMC11456881": "liver lobectomy only among options (look-alike)",
                  "PMC11355863": "lung resection only in the background"},
     "note": "PMC11392029: typical carcinoid in a 39-year-old woman with fevers, followed up; PMC11456792: lung adenocarcinoma, "
             "then a solitary pancreatic head metastasis mistaken for pancreatic cancer; PMC11596152: middle lobe removed "
             "years before for lung changes, later Toxocara eosinophilic pneumonia; PMC11634049: lung adenocarcinoma two "
             "years before an atrio-oesophageal fistula after AF ablation (the shifted mediastinum made the repair harder). "
             "Searched lobectomy, pneumonectomy, segmentectomy, wedge resection, lung resection, thoracotomy, VATS"},
    {"question": "Compare the patients given letrozole (Femara), an aromatase inhibitor: why was each given it?",
     "evidence": {"PMC11565536": "followed by three ovulation induction cycles with letrozole and IUIs",
                  "PMC11635829": "was started on oral capecitabine and letrozole"},
     "rejected": {},
     "note": "PMC11565536: ovulation induction for infertility after a pyometra, no pregnancy from those cycles (IVF later); "
             "PMC11635829: adjuvant treatment of synchronous bilateral breast cancer with capecitabine after she declined IV "
             "chemotherapy. Searched letrozole, anastrozole, exemestane, aromatase"},
    {"question": "Compare the patients with a cyst left over from fetal development (a tailgut cyst or an urachal cyst): where "
                 "was it, and how was it treated?",
     "evidence": {"PMC11396497": "In both cases, the cyst and coccyx bone were successfully excised using different approaches.",
                  "PMC11424908": "Here we report a case of Infected urachal cyst type C which extends to the musculus and "
                                 "subcutis of the lower abdominal wall forms an abscess formation."},
     "rejected": {"PMC11635708": "seminal vesicle cysts with ureter remnants (Zinner syndrome), not tailgut or urachal",
                  "PMC11541951": "a pancreatic dermoid cyst (teratoma)"},
     "note": "PMC11396497: two women (40 and 36) with presacral tailgut cysts, excised with the coccyx (combined approach and "
             "Kraske approach); PMC11424908: a 27-year-old woman with an infected urachal cyst forming an abdominal wall "
             "abscess, who declined treatment and was lost to follow-up. Searched tailgut, urachal/urachus, thyroglossal, "
             "branchial, vitelline, Meckel, duplication cyst, remnant"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua20", OUT))
