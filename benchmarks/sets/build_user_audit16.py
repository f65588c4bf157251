"""Write ``benchmarks/sets/user_audit16.jsonl``: a sixteenth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, bare abbreviations, patients described
by age, sex, disease or setting, never by PMCID).

Written on 2026-11-27 by helper-audit16 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. List/count/compare subjects (symptoms, a
background condition, procedures, imaging, an immunostain, laboratory values and a drug class) are other
than those of ``user_audit1.jsonl`` .. ``user_audit15.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``; the 28 one-case questions and the
3 compares naming two patients use 5 cases that no earlier set asks a one-case question about (checked by
script over every ``benchmarks/sets/*.jsonl`` field that names a case outside list/count/compare gold, and
over the cases of every earlier compare with at most two gold cases; only the annotation file
``events_gold.jsonl``, which asks no question, mentions one of them, and a look-alike word in a rejected list
of ``user_audit15.jsonl`` another). Mix: list 10, count 4, compare 6 (3 naming two patients by a description,
3 over a kind of patient or a drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4),
lookup 10 (2 the case does not answer), sequence 6. List/count gold = every case whose own patient had it
(grep over all documents, synonyms, class members, abbreviations, lay words and British/American spellings
included, each hit read; findings only in the discussion, the literature or a differential, negated findings,
normal values, a mother's procedure where the baby is the patient, procedures only planned, tissue stains
where a blood test is asked, look-alike words and neighbouring complaints (flank pain, chest pain) in
``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are located in the
indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

    python benchmarks/sets/build_user_audit16.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit16.jsonl"

VEN, FRN, GOR, END, GBS = "PMC11505908", "PMC11512009", "PMC11570446", "PMC11581374", "PMC11584242"

LISTS = [
    {"shape": "list", "question": "Who had trouble swallowing (dysphagia, or painful swallowing)?",
     "evidence": {
         "PMC11439622": "reporting dysphagia that had started two months earlier",
         "PMC11584242": "difficulty chewing and swallowing",
         "PMC11621671": "We report a rare case of Lyme disease presenting with dysphagia",
         "PMC11626642": "onset of aphagia, odynophagia, bloody sputum",
         "PMC11634049": "She had also been experiencing non-productive dry cough and dysphagia."},
     "rejected": {"PMC11453286": "dysphagia only among presentations of thyroid tuberculosis in the background",
                  "PMC11491600": "dysphagia only in the literature on ectopic pancreas",
                  "PMC11497857": "'He denied ... trouble swallowing'",
                  "PMC11621056": "dysphagia only among features of SMA in the discussion",
                  "PMC11364916": "swallowing only in the background on haemangiomas",
                  "PMC11539092": "only 'improvement in ... ability to swallow' at recovery; a swallowing problem not described",
                  "PMC11622295": "'impaired swallowing' only among risk factors the child did not have",
                  "PMC11427117": "the bullet 'was swallowed'; no trouble swallowing reported"},
     "note": "searched dysphagia, odynophagia, aphagia, swallow, choking, feeding difficulty, food stuck; PMC11584242: "
             "difficulty chewing and swallowing after surgery, counted"},
    {"shape": "list", "question": "Who got a local or regional anaesthetic for a procedure (lidocaine/Xylocaine, articaine, "
                                  "mepivacaine, numbing eye drops, a nerve block or an epidural)?",
     "evidence": {
         "PMC11396144": "the area of concern was infiltrated with 1% xylocaine with epinephrine",
         "PMC11402139": "Under local anesthesia, a catheter was inserted via the femoral artery",
         "PMC11420438": "a local anesthetic with vasoconstrictor was administered to reduce intraoperative bleeding",
         "PMC11432800": "10 cc of 2% lidocaine without epinephrine",
         "PMC11459113": "the patient underwent surgery under general anaesthesia with an epidural on 6 June 2024",
         "PMC11509492": "After applying 1% tetracaine hydrochloride",
         "PMC11509520": "the patient received anesthesia with articaine 4% with epinephrine",
         "PMC11512009": "Under all aseptic conditions and precautions and local anesthesia",
         "PMC11512705": "Local anesthesia was administered in the form of 2% lidocaine with adrenaline",
         "PMC11546045": "re-fixation with LCP and bone grafting under interscalene block",
         "PMC11596955": "local anaesthesia with mepivacaine 2% with adrenaline 1:100,000 was administered buccally and palatally",
         "PMC11617126": "The right radial artery was cannulated under local anesthesia",
         "PMC11618002": "A right femoral arterial puncture was performed under local anesthetic with xylocaine and Risordan",
         "PMC11621058": "cutaneous nevus resection was performed under local anesthesia"},
     "rejected": {"PMC11499726": "'No local anesthetic was used prior to the administration of PRP injection'",
                  "PMC11543139": "spinal anaesthesia of the mother; the newborn is the patient",
                  "PMC11597933": "local anaesthetics only in the background on botulinum toxin blocks",
                  "PMC11632487": "total intravenous anaesthesia, no local anaesthetic",
                  "PMC11595770": "intubation (general) anaesthesia only",
                  "PMC11398847": "'saddle anesthesia' is a symptom of cauda equina syndrome (background)",
                  "PMC11595896": "Schirmer test 'without anesthesia'",
                  "PMC11497857": "cardiac arrest during (unspecified) anaesthesia in the past"},
     "note": "searched lidocaine, lignocaine, xylocaine, bupivacaine, ropivacaine, mepivacaine, articaine, prilocaine, tetracaine, "
             "benzocaine, local/regional/spinal/epidural anaesthesia, nerve block, interscalene, topical anaesthetic, under LA; "
             "PMC11512009 calls laser frenotomy without infiltrated anaesthesia novel in the background but did the case under "
             "local anaesthesia, counted; PMC11617126: radial line under local anaesthesia and an epidural ropivacaine infusion"},
    {"shape": "list", "question": "Who had a cone-beam CT (CBCT) of the jaws or teeth?",
     "evidence": {
         "PMC11490302": "A cone beam computed tomography (CBCT) scan with 6-FOV",
         "PMC11512705": "A cone beam computed tomography scan was obtained for further preoperative evaluation",
         "PMC11512710": "Radiograph and cone-beam computed tomography (CBCT) examination revealed loss of dentin structure",
         "PMC11581374": "CBCT scans were asked to support the diagnosis"},
     "rejected": {"PMC11509520": "a conventional CT scan with the dentures in place for implant planning, not called cone-beam",
                  "PMC11596955": "panoramic radiograph and two-dimensional X-ray only",
                  "PMC11505908": "panoramic X-ray and an intraoral scan only",
                  "PMC11434143": "bitewing radiographs only"},
     "note": "searched cone-beam/cone beam, CBCT, 3D dental imaging, dental CT, tomography in the dental cases"},
    {"shape": "list", "question": "Which patients were constipated?",
     "evidence": {
         "PMC11396497": "The patient also complained about constipation and tenesmus.",
         "PMC11570781": "The patient also experienced severe abdominal pain and constipation due to the extremely high calcium levels.",
         "PMC11621056": "constipation was reported and treated pharmacologically",
         "PMC11645528": "1 week of intermittent upper abdominal pain and constipation"},
     "rejected": {"PMC11411574": "constipation only among Bartter syndrome symptoms in the background",
                  "PMC11488400": "'maintained normal bowel habits'",
                  "PMC11490280": "severe constipation only in a differential of mesenteric ischaemia",
                  "PMC11541951": "'no abdominal symptoms such as pain, nausea, or changes in bowel habits'",
                  "PMC11608458": "'she had a regular bowel habit'"},
     "note": "searched constipation, obstipation, bowel habit, hard/infrequent stools, no bowel movement; PMC11396497: the second "
             "of its two patients"},
    {"shape": "list", "question": "Who felt dizzy or light-headed, or had vertigo?",
     "evidence": {
         "PMC11414482": "One month after the procedure episodes of dizziness and fatigue were present.",
         "PMC11417591": "presented to the emergency room with dizziness and vaginal bleeding",
         "PMC11465705": "the patient reported feeling light-headed and dizzy",
         "PMC11506189": "vomiting, dizziness, and near-syncope episodes",
         "PMC11527420": "symptoms of dark stools, dizziness, and fatigue",
         "PMC11570109": "paleness, dizziness, exertional dyspnea, and fatiguability",
         "PMC11580067": "bilateral lower limb spasms followed by sudden dizziness, loss of consciousness",
         "PMC11616425": "experienced fever and dizziness without any obvious cause",
         "PMC11646824": "he developed persistent vertical nystagmus and vertigo",
         "PMC11648237": "tinnitus, vertigo, and intermittent headaches",
         "PMC11648763": "He had felt moderately dizzy with a little imbalance when walking."},
     "rejected": {"PMC11439622": "lightheadedness/dizziness only among features of ICI myocarditis the patient did not have",
                  "PMC11497857": "'He denied difficulty walking, dizziness, or trouble swallowing'",
                  "PMC11617203": "dizziness only among adverse effects of acupuncture in the literature",
                  "PMC11634049": "'She denied palpitations, chest pain, or dizziness'"},
     "note": "searched dizzy/dizziness, light-headed, vertigo, giddiness"},
    {"shape": "list", "question": "Whose history included asthma or COPD?",
     "evidence": {
         "PMC11446622": "asthma, and chronic obstructive pulmonary disease",
         "PMC11594283": "post-smoking chronic obstructive pulmonary disease with emphysema",
         "PMC11595896": "hypertension, and bronchial asthma",
         "PMC11635374": "prior repaired SCFE, asthma, eczema"},
     "rejected": {"PMC11608958": "'chest tightness and asthma for 1 day' is the presenting breathlessness of severe pneumonia; no "
                                 "asthma in the history",
                  "PMC11570446": "her half-brother died of an asthma attack (another person)",
                  "PMC11551029": "asthma and COPD only in the background on rhinoviruses",
                  "PMC11469216": "wheezing on examination, no asthma or COPD",
                  "PMC11622295": "wheeze in a child with lentil aspiration, no asthma",
                  "PMC11646979": "wheezing from a coronary aneurysm, no asthma"},
     "note": "searched asthma, COPD, chronic obstructive, emphysema, chronic bronchitis, wheeze, inhaler, salbutamol, bronchodilator"},
    {"shape": "list", "question": "Who had a neck dissection?",
     "evidence": {
         "PMC11570781": "modified radical neck dissection with right maxillectomy",
         "PMC11574702": "right-sided modified radical neck dissection type III with levels I–V",
         "PMC11584242": "which were microvascular reconstruction and neck dissection"},
     "rejected": {"PMC11626642": "a bilateral neck dissection was planned, then the surgery was judged unreasonable and not done",
                  "PMC11355863": "neck dissection only in the background on lymphatic leaks",
                  "PMC11439974": "neck dissection only in the literature on parotid MEC",
                  "PMC11573236": "inguinal lymph node dissection, not the neck",
                  "PMC11483286": "pelvic lymphadenectomy, not the neck",
                  "PMC11532939": "pelvic lymphadenectomy, not the neck",
                  "PMC11470589": "pelvic lymph node dissection, not the neck",
                  "PMC11570109": "porta hepatis lymph node dissection, not the neck",
                  "PMC11628523": "supraclavicular lymph node biopsy only",
                  "PMC11631872": "cervical lymph node biopsy only"},
     "note": "searched neck dissection, lymph node dissection, lymphadenectomy, node clearance, lymph node biopsy"},
    {"shape": "list", "question": "In whose tumour did S-100 stain positive?",
     "evidence": {
         "PMC11342857": "Immunohistochemical staining was positive for S100",
         "PMC11446496": "80% of the tumor cells exhibited significant cytoplasmic positivity for S-100",
         "PMC11573236": "and positive for S-100 (Figure 7)",
         "PMC11621058": "vimentin (+), S100 (+), HMB45 (+)"},
     "rejected": {"PMC11420438": "'negative for Actin and S100'", "PMC11452711": "'negative staining for S100'",
                  "PMC11470589": "S100 among negative stains", "PMC11552360": "S-100 among negative stains",
                  "PMC11378089": "S-100 only in the background on leiomyosarcoma",
                  "PMC11439974": "S100 only in the background on salivary tumours",
                  "PMC11647126": "CSF S100B only in the background on CJD"},
     "note": "searched S-100, S100, S 100, S100B"},
    {"shape": "list", "question": "Who complained of palpitations (a racing or pounding heart)?",
     "evidence": {
         "PMC11420455": "an abrupt onset of palpitations and chest discomfort",
         "PMC11465705": "He states he has had intermittent palpitations since he started working the job.",
         "PMC11617126": "she experienced episodes of palpitations, chest pain, and syncope"},
     "rejected": {"PMC11395475": "palpitations of a literature patient with the same PLN variant",
                  "PMC11439622": "palpitations only among features of ICI myocarditis",
                  "PMC11488404": "palpitations only among pheochromocytoma-like symptoms in the background",
                  "PMC11506189": "palpitations only in the background on myocarditis",
                  "PMC11544788": "palpitations only among maternal symptoms in the literature",
                  "PMC11634049": "'She denied palpitations'", "PMC11635374": "'She denied ... palpitations'"},
     "note": "searched palpitation, heart racing, pounding heart, fluttering"},
    {"shape": "list", "question": "Who had back pain (upper, lower or sacral; not counting flank or loin pain)?",
     "evidence": {
         "PMC11342857": "acute back pain, and abdominal distention",
         "PMC11396497": "Sacral spine pain exacerbated by sitting/physical activity",
         "PMC11431636": "A 48-year-old female patient presented with back pain.",
         "PMC11570446": "lower back pain accompanied by B/L sciatica",
         "PMC11614595": "the patient experienced back pain and then experienced transient low-grade fever",
         "PMC11616425": "fever, abdominal distension, and lower back pain at the onset",
         "PMC11632487": "a recurrence of low back and gluteal pain radiating to the left leg",
         "PMC11632603": "breast tenderness, severe back pain, dyspnea, poor sleep",
         "PMC11646747": "presented to hospital with acute onset chest and back pain"},
     "rejected": {"PMC11398847": "back pain only among symptoms of cauda equina syndrome in the background",
                  "PMC11416184": "back pain only in the background on microperforate hymen",
                  "PMC11541951": "back pain only in the background on pancreatic teratoma",
                  "PMC11592073": "low back pain only in the background on dural ectasia",
                  "PMC11414668": "left flank pain", "PMC11470198": "right loin pain",
                  "PMC11643412": "no flank pain (negated)",
                  "PMC11488398": "left thoracic (chest) pain", "PMC11609383": "left-sided thoracic (chest) pain"},
     "note": "searched back pain, backache, lumbago, low back, dorsal pain, spine pain, sacral pain, sciatica, flank/loin pain; "
             "PMC11396497: its second patient; PMC11646747: chest and back pain of an aortic dissection, counted"},
    {"shape": "count", "question": "How many patients had acid reflux (GERD / GORD)?",
     "evidence": {
         "PMC11491600": "a history of inflammatory bowel disease, gastroesophageal reflux disease, and a previous cesarean section",
         "PMC11570446": "gastroesophageal reflux disease (GERD)",
         "PMC11635820": "a history of hypertension, hyperlipidemia, and gastroesophageal reflux disease"},
     "rejected": {"PMC11622295": "gastroesophageal reflux among risk factors the child did not have",
                  "PMC11634049": "PPIs to reduce reflux only in the background",
                  "PMC11541951": "dyspepsia only in the background",
                  "PMC11465705": "hiatal hernia, no reflux named",
                  "PMC11414668": "vesicoureteral reflux (background)", "PMC11416184": "vesicoureteral reflux (background)",
                  "PMC11635708": "vesicoureteric reflux (background)", "PMC11540479": "venous reflux of a fistula",
                  "PMC11648763": "vestibulo-ocular 'refluxes' (look-alike)"},
     "note": "searched GERD, GORD, reflux, heartburn, dyspepsia, hiatal hernia"},
    {"shape": "count", "question": "How many patients had a raised CK (creatine kinase)?",
     "evidence": {
         "PMC11551029": "creatinine kinase (CK), and creatinine kinase-MB (CK-MB) were elevated",
         "PMC11616425": "creatine kinase (CK) level of 2813.3 U/L",
         "PMC11624525": "creatine kinase (CK) >2000 U/L"},
     "rejected": {"PMC11439622": "'Other cardiac markers, including creatine kinase (CK) ... were normal'",
                  "PMC11621671": "'serum creatine kinase and lactate dehydrogenase, were within the normal range'",
                  "PMC11488400": "CK = cytokeratin (look-alike)", "PMC11503393": "CK = cytokeratin (look-alike)",
                  "PMC11643412": "CK-7 = cytokeratin (look-alike)"},
     "note": "searched creatine kinase, creatinine kinase, CK, CPK, CK-MB, rhabdomyolysis, muscle enzymes"},
    {"shape": "count", "question": "How many patients had piles (haemorrhoids)?",
     "evidence": {
         "PMC11396497": "large intestinal hyperplastic polyps and hemorrhoids",
         "PMC11465705": "depression, hemorrhoids, hepatitis, hiatal hernia, and pancreatitis",
         "PMC11570446": "esophageal strictures, hemorrhoids, polyps, diverticulosis"},
     "rejected": {},
     "note": "searched hemorrhoid, haemorrhoid, piles; PMC11396497: its first patient"},
    {"shape": "count", "question": "How many patients had a raised blood tumour marker such as CEA, CA 19-9 or NSE (not counting "
                                   "AFP or hCG)?",
     "evidence": {
         "PMC11541951": "Serum carcinoembryonic antigen (CEA) levels were elevated at 5.3 ng/mL",
         "PMC11608042": "Neuron-specific enolase (NSE) level was measured at 73.8 U/mL",
         "PMC11645528": "serum chromogranin A of 750 ng/ml, and CA19.9 of 79 U/ml"},
     "rejected": {"PMC11573436": "CEA 'unremarkable'", "PMC11570109": "'no tumor markers were detected'",
                  "PMC11470589": "PSA 1.2, normal", "PMC11629271": "'Negative serum tumor markers' (AFP)",
                  "PMC11626642": "raised CEA of a literature patient",
                  "PMC11396497": "CEA only in the background on tailgut cysts",
                  "PMC11456792": "CA19-9 as a tissue stain", "PMC11626717": "PSA as a tissue stain",
                  "PMC11552360": "NSE as a tissue stain", "PMC11378089": "NSE only in the background",
                  "PMC11392029": "NSE only recommended in the discussion"},
     "note": "searched CEA, carcinoembryonic, CA 19-9/CA19.9, CA-125, CA 15-3, NSE, neuron-specific enolase, PSA, CYFRA, SCC antigen, "
             "tumour markers; PMC11608042: NSE 73.8 U/mL, later 'within normal range' after treatment; PMC11645528: CA19.9 79 U/ml "
             "and chromogranin A 750 ng/ml, both above the usual ranges (no range given in the text)"},
]

YESNO = [
    {"case": VEN, "question": "Did the 43-year-old woman with the greyed, root-filled front tooth have it bleached from the inside "
                              "before her veneer?",
     "expected": "yes", "evidence": "an internal bleaching of the tooth was carried out prior to the final restoration"},
    {"case": VEN, "question": "Did the woman with the discoloured upper central incisor also get a veneer on the neighbouring "
                              "incisor to even out the asymmetry?",
     "expected": "no", "evidence": "the patient refused any further intervention because she wanted to be conservative"},
    {"case": VEN, "question": "Was the 43-year-old numbed with a local anaesthetic for the veneer preparation?",
     "expected": "not_reported", "search_regex": r"an(a)?esthe|lidocaine|articaine|mepivacaine|numb|injection"},
    {"case": FRN, "question": "Were the blood tests (Hb, bleeding and clotting time) of the 24-year-old woman with the high "
                              "lower-lip frenum abnormal?",
     "expected": "no",
     "evidence": "the hemoglobin level, bleeding time, clotting time, and random blood sugar level are all within normal ranges"},
    {"case": FRN, "question": "Did the young woman with gingival recession and a high frenal attachment smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine"},
    {"case": GOR, "question": "Did the 40-year-old woman with Gordon syndrome lose both feet to amputation as a child?",
     "expected": "yes", "evidence": "Her surgical history included B/L foot amputation at age 9 for club feet"},
    {"case": GOR, "question": "When direct techniques were added at her second OMT session, did the woman with distal "
                              "arthrogryposis type 3 have any adverse effects?",
     "expected": "no", "evidence": "the patient continued to experience improvement without adverse effects when we incorporated direct techniques"},
    {"case": GOR, "question": "Was the woman with Gordon syndrome taking painkillers such as NSAIDs or opioids?",
     "expected": "not_reported",
     "search_regex": r"NSAID|ibuprofen|naproxen|opioid|analges|acetaminophen|paracetamol|gabapentin|pregabalin|medication|drug|tablet|muscle relax"},
    {"case": END, "question": "Was the cold test negative on the upper incisor of the 22-year-old man with the calcified canal?",
     "expected": "yes", "evidence": "responded negative to the cold test"},
    {"case": END, "question": "Did the 3D-printed guide for the 22-year-old's obliterated canal use a sleeve to direct the bur?",
     "expected": "no", "evidence": "The guide is designed without the use of a sleeve to direct the bur."},
    {"case": GBS, "question": "Did the 43-year-old man with the non-healing cheek ulcer chew tobacco?",
     "expected": "yes", "evidence": "The patient has a history of chewing tobacco for 20 years and smoking for 15 years."},
    {"case": GBS, "question": "Was the 43-year-old with gingivobuccal sulcus cancer given radiotherapy or chemo after his operations?",
     "expected": "not_reported", "search_regex": r"radiotherap|radiation|chemo|cisplatin|adjuvant|\bGy\b|irradiat"},
]

LOOKUPS = [
    {"case": VEN, "question": "What was in the bleaching gel put into the pulp chamber of the woman's discoloured incisor?",
     "answer": "38% hydrogen peroxide", "evidence": "active ingredient: 38% hydrogen peroxide"},
    {"case": VEN, "question": "What was the veneer of the 43-year-old with the discoloured root-filled tooth made of?",
     "answer": "third-generation zirconia (5Y-YZP)",
     "evidence": "A third-generation zirconia (5Y-YZP) veneer to be used for the restoration"},
    {"case": FRN, "question": "What wavelength was the diode laser used for the young woman's frenotomy?",
     "answer": "880 nm", "evidence": "by using an 880 nm wavelength diode laser"},
    {"case": FRN, "question": "At what power (in watts) was the diode laser set for the frenotomy of the 24-year-old?",
     "answer": None, "search_regex": r"watt|\d\s?W\b|power|joule|J/cm|energy|setting|mode"},
    {"case": GOR, "question": "What was the grip strength of the 40-year-old with Gordon syndrome?",
     "answer": "4/5 grip strength bilaterally", "evidence": "with 4/5 grip strength bilaterally and 5/5 strength elsewhere",
     "alternatives": [{"answer": "4/5 grip strength bilaterally",
                       "evidence": "4/5 grip strength bilaterally; muscle strength of 5/5 elsewhere"}]},
    {"case": GOR, "question": "How far apart were the OMT appointments of the woman with Gordon syndrome?",
     "answer": "two to four weeks apart", "evidence": "Appointments were scheduled two to four weeks apart"},
    {"case": END, "question": "How long before had the 22-year-old man with the necrotic upper incisor had his dental trauma?",
     "answer": "10 years ago", "evidence": "The patient gives a history of experiencing dental trauma 10 years ago.",
     "alternatives": [{"answer": "10 years ago", "evidence": "Experienced dental trauma 10 years ago."}]},
    {"case": END, "question": "What irrigant, and how much, was used in the root canal of the 22-year-old's incisor?",
     "answer": "20 mL of 5% NaOCl", "evidence": "the root canals were irrigated with 20 mL of 5% NaOCl"},
    {"case": GBS, "question": "When did the 43-year-old man with the buccal mucosa ulcer have his incisional biopsy?",
     "answer": "May 18, 2024", "evidence": "On May 18, 2024, he had undergone an incisional biopsy.",
     "alternatives": [{"answer": "May 18, 2024", "evidence": "received an incisional biopsy on May 18, 2024"}]},
    {"case": GBS, "question": "What were the resection margins and pathological stage of the buccal cancer of the man who had "
                              "a segmental mandibulectomy?",
     "answer": None,
     "search_regex": r"margin|pT\d|\bT\dN|staging|differentiat|histopath|\bgrade|TNM|node[s]? (positive|negative)|positive nodes"},
]

SEQUENCES = [
    {"case": VEN, "question": "After the first four days of internal bleaching, what was done for the woman with the darkened incisor?",
     "answer": "the bleaching agent was reapplied, followed by a temporary filling for an additional 3 days",
     "evidence": "then the bleaching agent was reapplied, followed by a temporary filling for an additional 3 days"},
    {"case": FRN, "question": "Before her frenotomy, what was the 24-year-old with the sensitive, bleeding lower gums given first?",
     "answer": "scaling and polishing with desensitizing toothpaste",
     "evidence": "The patient was advised for scaling and polishing with desensitizing toothpaste"},
    {"case": FRN, "question": "Three months after the laser frenotomy, how had the young woman healed?",
     "answer": "complete and satisfactory healing without any scar formation or discomfort",
     "evidence": "revealing complete and satisfactory healing without any scar formation or discomfort"},
    {"case": GOR, "question": "At the end of her first OMT session, what did the 40-year-old woman with Gordon syndrome report?",
     "answer": "significantly reduced neck stiffness and an improved ability to hold her head up",
     "evidence": "At the conclusion of her first treatment, the patient reported significantly reduced neck stiffness and an improved ability to hold her head up."},
    {"case": END, "question": "Once the bur reached the safety stop, what was done with the 22-year-old man's tooth?",
     "answer": "the tooth was promptly isolated and examined under the dental microscope",
     "evidence": "Upon reaching the safety stop, indicating the apical target point, the tooth was promptly isolated and examined under the dental microscope."},
    {"case": GBS, "question": "After his rehabilitation programme, what were the 43-year-old's VAS pain scores on activity and at rest?",
     "answer": "the activity score was six and the rest score was two",
     "evidence": "VAS shows that the activity score was six and the rest score was two after rehabilitation"},
]

COMPARES = [
    {"question": "Compare what was wrong with the front tooth of the 43-year-old woman with the discoloured root-filled incisor "
                 "and of the 22-year-old man with the obliterated canal, and how each was treated.",
     "evidence": {VEN: "an aesthetic restoration of a discolored central incisor was performed using a ceramic veneer",
                  END: "Tooth #21 was diagnosed with pulp necrosis and symptomatic apical periodontitis"},
     "note": "VEN: discoloured, root-filled tooth #11, internal bleaching with 38% hydrogen peroxide, composite replaced, zirconia "
             "veneer bonded; END: tooth #21 with pulp canal obliteration after trauma, pulp necrosis and apical periodontitis, "
             "guided access with a sleeveless 3D-printed guide, root canal treatment"},
    {"question": "Compare the hands-on therapy (osteopathic treatment or physiotherapy) given to the 40-year-old woman with Gordon "
                 "syndrome and the 43-year-old man after a segmental mandibulectomy, and how each responded.",
     "evidence": {GOR: "the patient reported significant improvements in her quality of life",
                  GBS: "VAS shows that the activity score was six and the rest score was two after rehabilitation"},
     "note": "GOR: osteopathic manipulative treatment, indirect then direct techniques, less pain and neck stiffness, GERD better; "
             "GBS: post-operative physiotherapy, VAS 8/4 to 6/2, jaw and neck range of motion up, OHIP-14 19 to 42"},
    {"question": "Compare what brought the 24-year-old woman with the high lower-lip frenum and the 43-year-old man with the cheek "
                 "ulcer to care, and how long each had had symptoms.",
     "evidence": {FRN: "chief complaint of sensitivity and bleeding gums in the lower anterior region for the last two months",
                  GBS: "painful non-healing ulcers over the left buccal mucosa, which had persisted for one year"},
     "note": "FRN: sensitivity and bleeding gums for two months (high frenal attachment, gingival recession); GBS: painful "
             "non-healing buccal ulcer for one year (tobacco chewer, squamous cell carcinoma)"},
    {"question": "Compare the patients with a curved spine (scoliosis): how bad it was and what condition it came with.",
     "evidence": {"PMC11439479": "mild levoscoliosis but no acute cardiopulmonary disease",
                  "PMC11488400": "Scoliosis was noted.",
                  "PMC11570446": "she exhibited severe lumbar scoliosis",
                  "PMC11592073": "determining severe thoracolumbar scoliosis",
                  "PMC11635374": "thoracolumbar scoliosis, vitamin D deficiency, and sellar mass"},
     "rejected": {"PMC11640908": "scoliosis only among skeletal features of pycnodysostosis in the background"},
     "note": "PMC11439479: mild levoscoliosis on a chest X-ray (molar pregnancy); PMC11488400: infant with a yolk sac tumour; "
             "PMC11570446: Gordon syndrome; PMC11592073: Marfan syndrome, made a lumbar puncture hazardous; PMC11635374: "
             "scoliosis work-up found the pituitary mass. Searched scoliosis, kyphosis, lordosis, spinal curvature"},
    {"question": "Compare the patients who had double vision: what caused it, and did it get better?",
     "evidence": {"PMC11395317": "The child complained of diplopia when looking straight ahead and to the right.",
                  "PMC11592073": "both the headache and horizontal diplopia disappeared",
                  "PMC11648763": "abrupt onset of double vision and sudden weakness on the right side of the body"},
     "rejected": {"PMC11439622": "diplopia only among features of ICI myocarditis",
                  "PMC11539083": "'did not complain of diplopia'",
                  "PMC11540479": "'Chemosis, diplopia, and proptosis were not found'"},
     "note": "PMC11395317: sixth nerve palsy from raised intracranial pressure (intracranial melanoma); PMC11592073: spontaneous "
             "intracranial hypotension in Marfan syndrome, resolved on steroids and hydration; PMC11648763: midbrain infarct "
             "(WEBINO), slightly better at a week. Searched diplopia, double vision, seeing double"},
    {"question": "Compare the men given an alpha-blocker such as tamsulosin (Flomax): what for, and did it help?",
     "evidence": {"PMC11398847": "treated with placement of a Foley catheter, which drained 3 L of urine, and tamsulosin",
                  "PMC11470589": "had been on tamsulosin for his symptoms but experienced no symptomatic relief"},
     "rejected": {"PMC11421273": "alpha-blockers only advised before adrenal surgery in the background"},
     "note": "PMC11398847: urinary retention, first thought simple, later cauda equina syndrome from metastatic lung NEC; "
             "PMC11470589: presumed BPH, no relief, a solitary fibrous tumour of the prostate. Searched tamsulosin, alfuzosin, "
             "silodosin, doxazosin, prazosin, terazosin, alpha-blocker, Flomax"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua16", OUT))
