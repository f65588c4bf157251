"""Write ``benchmarks/sets/user_audit23.jsonl``: a twenty-third blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit23 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit22.py``,
``build_user_audit21.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit22.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (from
across clinical medicine: two infections, an operation on the chest or heart, a sensory symptom, a bladder
symptom, an imaging test, an abdominal sign, a disease of the blood vessels, an emergency, an eye sign, a sign of
meningeal irritation, a dental procedure, a heart-rhythm finding, a bone disease, a chemotherapy drug, a kind of
patient by age and a kind of patient by setting) are other than those of all of these sets; seven of the fourteen
list/count questions are asked plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18/19/20/21/22's over every ``benchmarks/sets/*.jsonl`` field that
names a case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count), earlier compares with at most two gold cases counted as well, the twenty-five cases of
user_audit18/19/20/21/22 excluded, finds two reports with a count of 1, the bladder-rupture report PMC11535893 (one
one-case field) and the coronary-pulmonary fistula report PMC11635820 (one two-case compare), again left out for
their 14 event annotations each as user_audit19/20/21/22 left them out, then thirteen reports with a count of 2 and
no annotation. The number of earlier list golds breaks the tie as before, and the five kept are of different
kinds. So the 28 one-case questions and the 3 compares naming two patients use: a 30-year-old Tanzanian
primigravida whose interstitial ectopic pregnancy was found on the routine antenatal scan at 12 weeks
(PMC11648268; earlier: two two-case compares on its management, 1 list gold), a 51-year-old man with a lobular
capillary hemangioma of the left buccal mucosa (PMC11364916; earlier: a diagnosis question and a two-case compare
on its treatment, 1 list gold), a 25-year-old Sudanese woman whose left kidney was a multicystic dysplastic kidney
(PMC11414668; earlier: a diagnosis question and a two-case compare on its treatment, 2 list golds), a 39-year-old
woman with pycnodysostosis from a novel homozygous CTSK variant (PMC11640908; earlier: a diagnosis question and a
two-case compare on her missing teeth, 2 list golds) and a 42-year-old woman with clear cell adenocarcinoma of the
urethra (PMC11626717; earlier: a diagnosis question and a two-case compare on her urinary symptoms, 3 list golds),
5-6 one-case questions each. Every fact asked of them was checked by script against every earlier set: no
earlier answer span, alternative, accepted span or evidence sentence overlaps the span or evidence of a one-case
question or two-patient compare here, and none asks the same fact in other words (read; earlier sets asked or
quoted the diagnosis, pregnancy, laparotomy with wedge resection and salpingectomy, hysterectomy, caesarean,
contraception, vaginal bleeding and chest pain of the ectopic-pregnancy patient, the diagnosis, excision and
follow-up, swallowing, speech, embolisation and pregnancy of the hemangioma patient, the diagnosis, flank pain,
nephrectomy, haematuria, dysuria, fever, weight loss, cystoscopy, reflux and hypertension of the kidney patient,
the diagnosis, fractures, exome sequencing, missing teeth, scoliosis, bisphosphonates and alkaline phosphatase of
the pycnodysostosis patient, and the diagnosis, urinary symptoms, cystoscopy, CK7/PAX8 staining, catheter,
haematuria, retention, radiotherapy and PSA of the urethral-cancer patient, so none of these is asked again; the
refracture of the plated femur is asked, not her fractures).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient, a drug or a
drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, tests or operations only recommended,
planned or declined, a newborn's findings where the mother is the patient, and look-alike words ('aneurysmal bone
cyst', 'dural ectasia', 'microaneurysms', 'corpus'/'lupus' for pus, 'DNA extraction', 'larval extraction',
'incontinentia pigmenti', 'leakage of urine' into the abdomen, 'optic neuropathy', liver 'lobectomy', 'distended
veins', 'nuchal cord') in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence
spans are located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): a pus collection is counted as an abscess only where the report names an abscess or an
empyema (PMC11625232's epidural empyema counts), PMC11470198's infected renal cyst full of purulent material
(xanthogranulomatous pyelonephritis), PMC11465958's pus in the shoulder joint (septic arthritis) and
PMC11565536's pyometra are left out; PMC11596152's chronic sinusitis is told only as part of her Kartagener
syndrome in the past history (counted); PMC11392029's and PMC11596152's lung lobectomies, approach not stated,
are not counted as open chest surgery, heart operations that open the chest (valve or aortic root replacement,
LVAD implantation) are; PMC11497857's 'aneurysmal atrial septum' and PMC11510521's retinal microaneurysms of
diabetic retinopathy are not counted as aneurysms (not of an artery); PMC11595896's 'sensory disturbance' with
reduced corneal sensation counts as a loss of feeling, PMC11439974's burning sensation of the cheek mucosa and
PMC11546007's 'not substantial' sensory assessment of a flap-covered hand that could still feel objects do not;
PMC11490280's resuscitation after an aspiration episode, cardiac arrest not named, is not counted;
PMC11570446's musculoskeletal neck stiffness counts as a stiff neck, PMC11570475's infant 'febrile meningeal
syndrome' with signs of meningeal irritation, a stiff neck not named, does not; PMC11597933's regional osteopenia
on CT in CRPS is not counted as osteoporosis; PMC11631872's 'follow-up radiographs' of the lungs, kind not
stated, are not counted as chest X-rays; PMC11501102's Caribbean cruise was an international vacation (counted as
a trip abroad), PMC11595504's motorcycle tour to Florida thirty years earlier is not.

    python benchmarks/sets/build_user_audit23.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit23.jsonl"

ECT, LCH, MCK, PYC, CCA = "PMC11648268", "PMC11364916", "PMC11414668", "PMC11640908", "PMC11626717"

LISTS = [
    {"shape": "list", "question": "Who had an abscess?",
     "evidence": {
         "PMC11418098": "necrotic mediastinal lymph nodes with abscess pockets",
         "PMC11424908": "Features suggest an abscess formation extending to the musculus and subcutis of the lower "
                        "abdominal wall.",
         "PMC11453286": "necrotic tuberculous cervical lymphadenopathy with abscess formation",
         "PMC11497857": "Streptococcus intermedius endocarditis complicated by lung and cerebral abscess",
         "PMC11625232": "a 13-year-old male who developed epidural empyema and orbital cellulitis",
         "PMC11645528": "The postoperative course was complicated by a left sub-phrenic abscess necessitating pigtail stent "
                        "insertion."},
     "rejected": {"PMC11470198": "purulent material in an infected renal cyst, abscess not named (see doubts)",
                  "PMC11465958": "pus in the shoulder joint of septic arthritis, abscess not named (see doubts)",
                  "PMC11565536": "pyometra, abscess not named (see doubts)",
                  "PMC11573436": "treated at first for appendicitis with abscess; the collections were mucinous",
                  "PMC11646791": "possible ovarian abscess, then 'without any abscess'",
                  "PMC11635708": "seminal vesicle abscess only in the differential",
                  "PMC11512705": "pus discharge of osteomyelitis, abscess not named",
                  "PMC11550105": "ulcer with purulent drainage", "PMC11552406": "lip nodule with purulent exudate",
                  "PMC11570781": "pus discharge from the operated site", "PMC11617203": "suppurating nodule",
                  "PMC11602238": "pancreatic phlegmon, not an abscess",
                  "PMC11621671": "chronic suppurative otitis media, not an abscess",
                  "PMC11370703": "abscess only in the background", "PMC11396497": "abscess only in the background",
                  "PMC11438519": "abscess only in the background", "PMC11447576": "abscess only in the background",
                  "PMC11488398": "abscess only in the background", "PMC11513667": "abscess only in the background",
                  "PMC11535893": "abscess only in the background", "PMC11570475": "abscess only in the background",
                  "PMC11594283": "abscess only in the background", "PMC11629271": "abscess only in the background",
                  "PMC11632824": "abscess only in the background", "PMC11647062": "abscess only in the background",
                  "PMC11539358": "'corpus' callosum (look-alike)", "PMC11522842": "'lupus' (look-alike)"},
     "note": "searched abscess/abscesses, empyema, pus, purulent, suppurat-, phlegmon, boil, furuncle, carbuncle, quinsy, "
             "collection; PMC11418098: Burkholderia thailandensis mediastinal nodes; PMC11424908: an infected urachal cyst; "
             "PMC11453286: tuberculous abscesses in both its patients (the child's neck, the man's paravertebral and thyroid "
             "abscesses); PMC11497857: lung and brain abscesses; PMC11625232: epidural empyema from sinusitis (see "
             "doubts); PMC11645528: after resection of a pancreatic neuroendocrine tumour"},
    {"shape": "list", "question": "Who had sinusitis?",
     "evidence": {
         "PMC11509757": "started on antimicrobial therapy and low-dose corticosteroids for suspicion of sinusitis, which "
                        "was incidentally observed in a routine brain MRI scan",
         "PMC11570446": "recurrent sinus pain and infections since childhood",
         "PMC11596152": "Kartagener syndrome (including situs inversus, bronchiectasis, chronic sinusitis)",
         "PMC11625232": "A subsequent NCMRI scan of the head confirmed left maxillary sinusitis",
         "seed-blinatumomab-all": "acute rhinosinusitis"},
     "rejected": {"PMC11420438": "a nasopharyngeal tumour invading the maxillary sinus wall, not sinusitis",
                  "PMC11551029": "sinusitis only in the background", "PMC11509864": "sinusitis only in the background",
                  "PMC11402139": "maxillary sinus cancer of a literature trial",
                  "PMC11509520": "maxillary sinus floor lift only in the literature"},
     "note": "searched sinusitis, rhinosinusitis, sinus infection/pain, pansinusitis, maxillary/ethmoid/frontal/sphenoid "
             "sinus, opacified sinus; PMC11509757: on ocrelizumab, before COVID-19 pneumonia; PMC11570446: Gordon "
             "syndrome; PMC11596152: Kartagener syndrome (see doubts); PMC11625232: with epidural empyema and orbital "
             "cellulitis; the seed patient: during blinatumomab"},
    {"shape": "list", "question": "Who had open chest or open heart surgery (through a sternotomy or a thoracotomy), now or "
                                  "in the past?",
     "evidence": {
         "PMC11355863": "aortic root reconstruction, supracommissural aorta replacement, and proximal aortic arch replacement "
                        "for an acute aortic dissection in February 2020",
         "PMC11418098": "The operation included medial sternotomy with pericardiectomy",
         "PMC11429645": "After sternotomy and suspension",
         "PMC11456792": "the patient had undergone left anterolateral thoracotomy and extended left lower lobe lobectomy",
         "PMC11592073": "aortic valve dysfunction requiring mechanical valve replacement on Warfarin anticoagulation",
         "PMC11609383": "through a posterolateral thoracotomy in the sixth intercostal space",
         "PMC11634049": "A left vertical muscle-sparing thoracotomy was performed",
         "PMC11635820": "A median sternotomy was performed, and the LIMA was harvested.",
         "PMC11646747": "The patient underwent emergent valve-sparing aortic root replacement, hemiarch replacement",
         "PMC11646791": "the patient underwent implantation of a cardioverter-defibrillator and five cardiovascular "
                        "surgeries",
         "PMC11647062": "Surgical intervention was performed with an aortic valve replacement to remove the infected "
                        "valve"},
     "rejected": {"PMC11392029": "a left lower lobectomy, approach not stated (see doubts)",
                  "PMC11596152": "a middle lobectomy in childhood, approach not stated (see doubts)",
                  "PMC11456814": "a thoracoscopic biopsy (keyhole, not open)",
                  "PMC11646979": "open-heart surgery recommended, declined for its risk",
                  "PMC11549870": "mitral valve repair postponed",
                  "PMC11617126": "noncardiac surgery in hypertrophic cardiomyopathy",
                  "PMC11446622": "thoracentesis only; thoracic duct ligation only as an option",
                  "PMC11632603": "mastectomy (chest wall, not inside the chest)",
                  "PMC11635829": "mastectomy (chest wall, not inside the chest)",
                  "PMC11378089": "liver 'lobectomy' (look-alike)", "PMC11456881": "liver 'lobectomy' (look-alike)",
                  "PMC11570109": "liver 'lobectomy' (look-alike)"},
     "note": "searched sternotomy, thoracotomy, thoracoscopy/VATS, open-heart/cardiac/heart surgery, cardiopulmonary "
             "bypass, CABG, valve replacement/repair, aortic root/arch replacement, hemiarch, Bentall, LVAD, pericardial "
             "window, pericardiectomy, lobectomy, pneumonectomy, oesophagectomy; PMC11355863: two aortic operations "
             "after a dissection; PMC11418098: Burkholderia pericarditis; PMC11429645: intravenous leiomyomatosis reaching "
             "the heart; PMC11592073: a mechanical aortic valve in Marfan syndrome; PMC11646791: an LVAD in Marfan "
             "syndrome; PMC11647062: an earlier mitral and a new aortic valve replacement (see doubts)"},
    {"shape": "list", "question": "Who had numbness or tingling (pins and needles, paraesthesia, a loss of feeling in part "
                                  "of the body)?",
     "evidence": {
         "PMC11395317": "accompanied by numbness of the first, second, and third fingers of the right hand",
         "PMC11398847": "accompanied by an altered sensation of the genital region",
         "PMC11432800": "which exhibited some sensory loss",
         "PMC11540479": "progressive cervical hypesthesia and tetraparesis since a week ago",
         "PMC11570446": "The neurologic examination showed diminished but intact sensation in her right arm",
         "PMC11595896": "the present patient showed similarities to familial cases, such as sensory disturbance",
         "PMC11617203": "The patient initially complained of a prickling sensation around the lesion",
         "PMC11621671": "our patient exhibited sensory impairment",
         "PMC11646747": "nonpalpable pulses, decreased sensation, and normal motor function"},
     "rejected": {"PMC11439974": "burning sensation of the cheek mucosa (see doubts)",
                  "PMC11465705": "tingling of a literature patient after marijuana",
                  "PMC11592073": "lower-limb paresthesia only in the background",
                  "PMC11550105": "neuropathy on gabapentin, no numbness or tingling described",
                  "PMC11580067": "sciatic neuropathy with CRPS pain, no numbness or tingling described",
                  "PMC11512705": "'there are no signs of paresthesia'",
                  "PMC11632487": "'No weakness, numbness, or bowel and bladder symptoms'",
                  "PMC11569933": "sensory deficits only in the differential",
                  "PMC11552406": "tingling only in the background", "PMC11479900": "neuropathy only in the background",
                  "PMC11546007": "the flap-covered hand's sensory assessment 'not substantial', numbness not named (see "
                                 "doubts)",
                  "PMC11595770": "foot sensibility preserved and restored after nerve lengthening",
                  "PMC11635374": "'optic neuropathy' (look-alike)"},
     "note": "searched numb/numbness, tingling, paraesthesia/paresthesia, pins and needles, hypoaesthesia/hypesthesia, "
             "dysaesthesia, prickling, sensory loss/deficit/disturbance/impairment, altered/decreased/reduced sensation, "
             "neuropathy (every 'number' hit read and left out as a look-alike); PMC11398847: cauda equina syndrome; "
             "PMC11432800: over the fat grafts of the hand; PMC11540479: a carotid-cavernous fistula; PMC11570446: Gordon "
             "syndrome; PMC11595896: neuronal intranuclear inclusion disease (see doubts); PMC11617203: a Mycobacterium "
             "chelonae hand infection; PMC11621671: Lyme disease; PMC11646747: leg malperfusion after an aortic stent"},
    {"shape": "list", "question": "Who leaked urine (urinary incontinence)?",
     "evidence": {
         "PMC11438519": "psychomotor retardation, urinary incontinence, paranoia",
         "PMC11539358": "language and balance disturbances, and urinary incontinence",
         "PMC11595896": "urinary and fecal incontinence, migraine, tension-type headache",
         "PMC11626717": "abnormally increased urinary frequency and urge incontinence"},
     "rejected": {"PMC11465705": "denied incontinence",
                  "PMC11398847": "urinary retention; incontinence only in the background",
                  "PMC11396497": "incontinence only in the background",
                  "PMC11535893": "'leakage of urine into the abdominal cavity' of a bladder rupture (look-alike)",
                  "PMC11558034": "'incontinentia pigmenti' (look-alike)"},
     "note": "searched incontinence/incontinent, enuresis, bed-wetting, leaking/leakage of urine, dribbling, urge; "
             "PMC11438519: a frontal meningioma; PMC11539358: Marchiafava-Bignami disease; PMC11595896: neuronal "
             "intranuclear inclusion disease; PMC11626717: urge incontinence with urethral clear cell adenocarcinoma"},
    {"shape": "list", "question": "Who had a chest X-ray (a chest radiograph, CXR)?",
     "evidence": {
         "PMC11366418": "The chest X-ray showed branching linear and nodular opacities.",
         "PMC11392029": "The initial chest radiograph (Figure 1) revealed a suspicious collapse of the left lower lobe",
         "PMC11395475": "A chest X-ray revealed enlargement of the heart",
         "PMC11402115": "Presurgical routine blood tests, biochemical analysis, chest X-ray were all within normal limits.",
         "PMC11418098": "His chest radiograph showed superior mediastinal widening",
         "PMC11427117": "A chest X-ray showed a bullet in the upper mediastinum",
         "PMC11439479": "Chest X-ray:** No acute cardiopulmonary findings; mild levoscoliosis",
         "PMC11446622": "Initial chest radiograph, as seen in Figure 3, identified mild left basilar pleural-parenchymal "
                        "disease",
         "PMC11453286": "Chest radiograph showed no features of tuberculosis.",
         "PMC11488398": "The frontal chest X-ray revealed multiple homogeneous rounded opacities in the left hemithorax",
         "PMC11497857": "Chest X-ray showed no acute findings.",
         "PMC11501102": "Subsequent CXR showed a new right lower lobe mass",
         "PMC11509757": "A chest X-ray showed parenchymal consolidation in the left lung",
         "PMC11509864": "Chest radiography revealed haziness in the lower right lobe.",
         "PMC11522842": "An X-ray of the chest showed right pleural effusion",
         "PMC11551029": "A chest x-ray revealed a high-density shadow over the lower field of both lungs",
         "PMC11569933": "a plain-film chest radiograph, all of which were negative for acute findings",
         "PMC11570410": "Chest X-ray revealed minimally hyperlucent right lung field",
         "PMC11596152": "where a chest X-ray and an ultrasound of the pleural cavity were performed",
         "PMC11609383": "Chest X-ray demonstrated a pathognomonic air-crescent sign of a ruptured hydatid",
         "PMC11617203": "The patient’s chest X-ray was normal",
         "PMC11620866": "Chest x-ray showed no pneumonic changes.",
         "PMC11622295": "Chest X-ray (Figure 1) showed bilateral patchy consolidation",
         "PMC11635820": "On POD3, a chest X-ray showed mild pulmonary edema and a small left pleural effusion",
         "PMC11643412": "A chest radiograph indicated a left-sided pleural effusion"},
     "rejected": {"PMC11631872": "'follow-up radiographs' of the lungs, kind not stated (see doubts)",
                  "PMC11570475": "a chest X-ray only said to be mandatory in the background",
                  "PMC11480700": "chest X-rays only in the background", "PMC11544788": "chest X-rays only in the background"},
     "note": "searched chest X-ray/radiograph/radiography/film, CXR, X-ray of the chest, thoracic X-ray, plain film, and "
             "every X-ray/radiograph hit near chest, lung, pleura, heart or mediastinum; PMC11402115: presurgical, normal; "
             "PMC11439479: in the case summary of the molar pregnancy; PMC11453286: the child's, normal; PMC11569933: a "
             "toddler with pulled elbows, normal; PMC11617203: normal; PMC11620866: no pneumonia"},
    {"shape": "list", "question": "Whose belly was swollen or bloated (abdominal distension)?",
     "evidence": {
         "PMC11342857": "abdominal pain, acute back pain, and abdominal distention",
         "PMC11416630": "She had developed abdominal distension, prompting Replogle placement",
         "PMC11420455": "A 60-year-old male patient presented with abdominal distention for 5 days",
         "PMC11488400": "a 3-week history of progressively worsening abdominal distension and an inability to pass urine",
         "PMC11490280": "the patient was noted to appear visibly ill and with a mildly distended abdomen",
         "PMC11525151": "associated with vomiting and abdominal distension",
         "PMC11535884": "was referred to our hospital due to abdominal distension",
         "PMC11616425": "followed by abdominal pain, bloating, lower limb soreness",
         "PMC11629271": "A 1-day-old Moroccan female newborn was admitted to the neonatal resuscitation unit for abdominal "
                        "distension.",
         "PMC11632824": "abdominal distension, and vomiting due to intestinal obstruction",
         "PMC11645528": "Examination revealed mild distension and upper abdominal tenderness",
         # added at stop 26 after reading (missed by the first reading; as PMC11645528's "mild distension and upper abdominal tenderness")
         "PMC11469216": "Physical exam was significant for moon-like facies, dorsocervical fat pad, hyperpigmentation, central obesity, "
                        "wheezing, generalized abdominal tenderness with distention"},
     "rejected": {"PMC11544075": "'no abdominal distension'",
                  "PMC11437698": "distension only of literature patients",
                  "PMC11573436": "distension only in the background",
                  "PMC11628523": "large ascites on CT, distension not described",
                  "PMC11632603": "'distended and indurated superficial veins' of the breasts (look-alike)"},
     "note": "searched abdominal distension/distention, distended abdomen, bloating/bloated, abdominal swelling/girth, "
             "tympanic abdomen; PMC11342857: at a recurrence after a gastric schwannoma; PMC11416630: colonic atresia; "
             "PMC11488400: an infant's yolk-sac tumour with urinary retention; PMC11535884: meconium ileus; PMC11616425: "
             "hantavirus pancreatitis; PMC11629271: hepatic peliosis in a newborn; PMC11632824: the ameboma"},
    {"shape": "list", "question": "Who had an aneurysm?",
     "evidence": {
         "PMC11355863": "performed for progredient aortic arch aneurysm formation",
         "PMC11540479": "revealed right high-flow CCF (Barrow type A) with aneurysms",
         "PMC11646979": "a 2.7 × 2.3 cm aneurysm in the distal part of the left main trunk"},
     "rejected": {"PMC11497857": "'aneurysmal atrial septum' (see doubts)",
                  "PMC11510521": "retinal microaneurysms of diabetic retinopathy (see doubts)",
                  "PMC11624969": "duplex negative for an abdominal aortic aneurysm",
                  "PMC11585469": "angiography showed no aneurysm",
                  "PMC11646747": "aortic dissection; aneurysm only among device contraindications",
                  "PMC11629481": "aortic aneurysm repair only in the background",
                  "PMC11413548": "aneurysms only in the background", "PMC11549870": "mycotic aneurysms only in the background",
                  "PMC11621058": "aneurysm only in the background", "PMC11647062": "mycotic aneurysm only in the background",
                  "PMC11632487": "'aneurysmal bone cyst' (look-alike)", "PMC11592073": "'dural ectasia' (look-alike)",
                  "PMC11594283": "telangiectasia (look-alike)"},
     "note": "searched aneurysm/aneurysmal, pseudoaneurysm, microaneurysm, ectasia/ectatic, aortic root or aortic dilatation; "
             "PMC11355863: an aortic arch aneurysm after a dissection repair; PMC11540479: a carotid-cavernous fistula "
             "with aneurysms on angiography; PMC11646979: a giant congenital left main coronary aneurysm"},
    {"shape": "list", "question": "Who had a cardiac arrest?",
     "evidence": {
         "PMC11497857": "he suffered cardiac arrest upon the administration of anesthesia and required cardiopulmonary "
                        "resuscitation",
         "PMC11570781": "the patient experienced a cardiac arrhythmia followed by cardiac arrest and could not be "
                        "resuscitated"},
     "rejected": {"PMC11490280": "resuscitated after an aspiration episode, cardiac arrest not named (see doubts)",
                  "PMC11505654": "resuscitation of a preterm newborn at birth for respiratory distress",
                  "PMC11544788": "the newborn was resuscitated; the mother is the patient",
                  "PMC11465705": "asystole only in the background", "PMC11506189": "cardiac arrest only in the background",
                  "PMC11395475": "sudden cardiac death only as a calculated risk and in literature patients",
                  "PMC11429645": "sudden cardiac death only as a feared risk",
                  "PMC11617126": "sudden cardiac death only in the background"},
     "note": "searched cardiac/cardiopulmonary/cardiorespiratory arrest, arrested, CPR, resuscitated/resuscitation, ROSC, "
             "asystole, pulseless, ventricular fibrillation, sudden cardiac death, code, and every death or 'passed "
             "away' (none told as an arrest); PMC11497857: an unexplained arrest under anaesthesia in his past; "
             "PMC11570781: fatal, from hypercalcaemia of malignancy"},
    {"shape": "list", "question": "Whose eye bulged forward (proptosis, exophthalmos)?",
     "evidence": {
         "PMC11509173": "presented with exophthalmos, deteriorating eyesight, and partial loss of vision",
         "PMC11558034": "the child displayed exophthalmos in the left eye",
         "PMC11625106": "Rapid progress marked by the onset of cellulitis with exophthalmos"},
     "rejected": {"PMC11539083": "'The patient had no proptosis'", "PMC11540479": "'proptosis were not found'",
                  "PMC11625232": "orbital cellulitis; proptosis only in the background",
                  "PMC11509864": "proptosis only in the background"},
     "note": "searched proptosis, exophthalmos, bulging/protruding eye or globe; PMC11509173: an optic nerve glioblastoma; "
             "PMC11558034: the second child with persistent primary vitreous; PMC11625106: Ewing sarcoma at the end"},
    {"shape": "count", "question": "How many patients had a stiff neck?",
     "evidence": {
         "PMC11366418": "accompanied by neck rigidity",
         "PMC11522842": "neck rigidity was present",
         "PMC11570446": "Her primary concern was neck stiffness"},
     "rejected": {"PMC11570475": "an infant's 'febrile meningeal syndrome', a stiff neck not named (see doubts)",
                  "PMC11595504": "neck stiffness only in the background",
                  "PMC11416630": "'nuchal cord' at birth (look-alike)"},
     "note": "searched neck stiffness/rigidity, stiff neck, nuchal rigidity, meningism/meningismus, meningeal signs or "
             "irritation, Kernig, Brudzinski, torticollis; PMC11366418: cryptococcal and tuberculous meningitis; "
             "PMC11522842: lupus with aseptic meningitis; PMC11570446: Gordon syndrome (see doubts)"},
    {"shape": "count", "question": "How many patients had a tooth taken out (a dental extraction), now or in the past?",
     "evidence": {
         "PMC11490302": "The treatment started with the extraction of deciduous maxillary and mandibular canines.",
         "PMC11512705": "She gave a history of extraction of lower left second premolar"},
     "rejected": {"PMC11596955": "a failed dental implant removed, not a tooth",
                  "PMC11401629": "a non-extraction treatment plan",
                  "PMC11509520": "complete dentures; extractions not described",
                  "PMC11581374": "extracted teeth only in the literature",
                  "PMC11396144": "larval extraction (look-alike)", "PMC11509492": "larval extraction (look-alike)",
                  "PMC11395475": "DNA extraction (look-alike)", "PMC11428674": "DNA extraction (look-alike)",
                  "PMC11551029": "nucleic acid extraction (look-alike)", "PMC11552360": "signal extraction (look-alike)",
                  "PMC11574702": "RNA extraction (look-alike)", "PMC11640908": "DNA extraction (look-alike)",
                  "PMC11525151": "gallstone extraction (look-alike)", "PMC11414482": "drains extracted (look-alike)",
                  "PMC11429645": "tumour extracted (look-alike)", "PMC11509173": "tumour tissue extracted (look-alike)",
                  "PMC11432800": "plasma extracted (look-alike)", "PMC11620866": "'extractable nuclear antigens' (look-alike)"},
     "note": "searched extraction/extracted/extract, exodontia, tooth/teeth removed or pulled, odontectomy, edentulous, "
             "tooth loss, socket; PMC11490302: the deciduous canines, before bringing in a transmigrated canine; "
             "PMC11512705: a premolar two years before, and six teeth at the sequestrectomy"},
    {"shape": "count", "question": "How many patients had a slow heart rate?",
     "evidence": {
         "PMC11465705": "sinus bradycardia with a heart rate of 54 beats per minute (bpm)"},
     "rejected": {"PMC11395475": "sinus bradycardia of a literature patient",
                  "PMC11617126": "reflex bradycardia only in the background",
                  "PMC11551029": "heart block only in the background",
                  "PMC11429645": "atrioventricular block only as a feared risk"},
     "note": "searched bradycardia/bradyarrhythmia, heart block, AV block, sinus pause, slow heart or pulse, and every heart "
             "rate, pulse or ventricular rate below 60 per minute; PMC11465705: syncope with sinus pauses in a daily "
             "marijuana user working night shifts"},
    {"shape": "count", "question": "How many patients had osteoporosis?",
     "evidence": {
         "PMC11596290": "She had been receiving long-term bisphosphonate therapy for osteoporosis"},
     "rejected": {"PMC11597933": "regional osteopenia on CT in CRPS (see doubts)",
                  "PMC11640908": "increased bone density of pycnodysostosis",
                  "PMC11479900": "osteoporosis only as a steroid side effect in the background",
                  "PMC11512705": "heightened bone density only in the background"},
     "note": "searched osteoporosis/osteoporotic, osteopenia, bone (mineral) density, densitometry, DEXA/DXA, T-score, "
             "fragility or insufficiency fracture; PMC11596290: an atypical tibial insufficiency fracture after 15 years of "
             "bisphosphonates"},
]

YESNO = [
    {"case": ECT, "question": "When the 30-year-old Tanzanian woman with the interstitial ectopic pregnancy was operated on, "
                              "was the pregnancy still unruptured?",
     "expected": "yes", "evidence": "the diagnosis of an unruptured right interstitial pregnancy was confirmed"},
    {"case": ECT, "question": "Had the 30-year-old primigravida with the interstitial ectopic pregnancy ever had gynaecological "
                              "surgery before?",
     "expected": "no", "evidence": "no gynaecological surgeries performed"},
    {"case": ECT, "question": "Was the 30-year-old Tanzanian woman given anti-D (Rh immunoglobulin) after the laparotomy for her "
                              "interstitial ectopic pregnancy?",
     "expected": "not_reported",
     "search_regex": r"rhesus|\bRh\b|anti-?D\b|blood group|blood type|immunoglobulin|rhogam|\bABO\b"},
    {"case": PYC, "question": "Did densitometry show a raised bone density in the 39-year-old woman with pycnodysostosis?",
     "expected": "yes", "evidence": "According to densitometry data, bone tissue density was increased."},
    {"case": PYC, "question": "Were the parents of the 39-year-old woman with the CTSK variant known to be blood relatives "
                              "(a consanguineous marriage)?",
     "expected": "no", "evidence": "The proband’s mother states that there is no consanguineous marriage.",
     "note": "reported as absent by the mother (the parents also 'deny any familial relationship'); a kinship analysis "
             "only suggested a closer relationship"},
    {"case": PYC, "question": "Was the 39-year-old woman with pycnodysostosis ever treated with growth hormone for her short "
                              "stature?",
     "expected": "not_reported", "search_regex": r"growth hormone|somatropin|\bGH\b|\brhGH\b|IGF"},
    {"case": CCA, "question": "Had the 42-year-old woman with clear cell adenocarcinoma of the urethra been given antibiotics "
                              "before she came to the hospital?",
     "expected": "yes", "evidence": "she had received multiple antibiotic treatments for a suspected urinary tract infection"},
    {"case": CCA, "question": "Did the CT or MRI of the 42-year-old woman with urethral clear cell adenocarcinoma show enlarged "
                              "lymph nodes or spread to other organs?",
     "expected": "no", "evidence": "Both CT and MRI revealed no signs of abdominopelvic lymphadenopathy or solid organ "
                                   "secondaries."},
    {"case": CCA, "question": "Was the 42-year-old woman with the urethral clear cell adenocarcinoma a smoker?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|pack-year|nicotine"},
    {"case": LCH, "question": "Did the swelling on the left buccal mucosa of the 51-year-old man blanch when pressed?",
     "expected": "yes", "evidence": "Palpation revealed a painful, soft swelling that blanched when pressure was applied."},
    {"case": LCH, "question": "Did the 51-year-old man with the swelling inside his cheek recall any injury (trauma) to the "
                              "area?",
     "expected": "no", "evidence": "There is no history of trauma as reported by the patient."},
    {"case": MCK, "question": "Was the 25-year-old Sudanese woman with the multicystic dysplastic kidney given painkillers for "
                              "her flank pain?",
     "expected": "not_reported",
     "search_regex": r"analges|paracetamol|acetaminophen|NSAID|ibuprofen|diclofenac|opioid|tramadol|morphine|painkiller|"
                     r"pain relie"},
]

LOOKUPS = [
    {"case": ECT, "question": "Where, and at how many weeks, had the pregnancy of the 30-year-old Tanzanian woman with the "
                              "interstitial ectopic been confirmed by a test?",
     "answer": "at a peripheral Hospital at 6 weeks gestational age",
     "evidence": "having a confirmed pregnancy test done at a peripheral Hospital at 6 weeks gestational age"},
    {"case": ECT, "question": "What was the beta-hCG level of the 30-year-old Tanzanian woman with the interstitial ectopic "
                              "pregnancy?",
     "answer": None, "search_regex": r"hCG|gonadotrop|β-|beta|\bbhcg|serum pregnancy|quantitative"},
    {"case": MCK, "question": "How big was the ovarian cyst found on the CT urography of the 25-year-old Sudanese woman with "
                              "the multicystic dysplastic kidney?",
     "answer": "4 cm", "evidence": "CT urography also revealed a 4 cm left ovarian cyst",
     "alternatives": [{"answer": "4 cm", "evidence": "a left ovarian cyst (4 cm, asymptomatic)"}]},
    {"case": MCK, "question": "Through what approach was the left kidney of the 25-year-old Sudanese woman explored at her "
                              "operation?",
     "answer": "a left transcostal approach",
     "evidence": "a left transcostal approach was utilized for renal exploration in our patient"},
    {"case": PYC, "question": "How tall was the 39-year-old woman with pycnodysostosis?",
     "answer": "150 cm", "evidence": "Physical examination affirmed a 150 cm stature",
     "alternatives": [{"answer": "150 cm", "evidence": "Short stature (150 cm)"}]},
    {"case": PYC, "question": "In which relatives of the 39-year-old woman with pycnodysostosis was her CTSK variant found in "
                              "the heterozygous state?",
     "answer": "mother (II-1), brother (III-1), and daughter (IV-1)",
     "evidence": "was identified in the proband’s mother (II-1), brother (III-1), and daughter (IV-1) in a heterozygous state",
     "alternatives": [{"answer": "mother, sibling, and child",
                       "evidence": "Sanger sequencing confirmed the c.704T>C mutation in the patient as homozygous, and that "
                                   "in the patient’s mother, sibling, and child as heterozygous"}]},
    {"case": CCA, "question": "How big was the urethral mass of the 42-year-old woman with clear cell adenocarcinoma on the "
                              "post-contrast CT?",
     "answer": "3.7 cm × 3 cm x 2.7 cm",
     "evidence": "revealed a 3.7 cm × 3 cm x 2.7 cm (TRxCCxAP) enhancing mass of the entire urethra",
     "alternatives": [{"answer": "3.7 × 3 × 2.7 cm", "evidence": "CT showed a 3.7 × 3 × 2.7 cm enhancing mass in the urethra"}]},
    {"case": CCA, "question": "What TNM stage did the authors give the urethral clear cell adenocarcinoma of the 42-year-old "
                              "woman?",
     "answer": "T3N0M0", "evidence": "our case represents T3N0M0 disease because it clearly invades the bladder neck and "
                                     "anterior vagina"},
    {"case": LCH, "question": "What was the lesion on the buccal mucosa of the 51-year-old man clinically diagnosed as, before "
                              "histopathology?",
     "answer": "papillomatous", "evidence": "the lesion in this particular case was clinically diagnosed as papillomatous"},
    {"case": LCH, "question": "What anaesthetic was used when the lesion inside the cheek of the 51-year-old man was excised?",
     "answer": None, "search_regex": r"anaesth|anesth|lidocaine|lignocaine|xylocaine|articaine|block"},
]

SEQUENCES = [
    {"case": ECT, "question": "After the routine antenatal ultrasound of the 30-year-old primigravida raised the suspicion of an "
                              "ectopic pregnancy, what test was done next?",
     "answer": "an MRI was carried out", "evidence": "an MRI was carried out for better anatomic description",
     "alternatives": [{"answer": "MRI", "evidence": "leading to a diagnosis of interstitial ectopic pregnancy via MRI"}]},
    {"case": MCK, "question": "After the ultrasound showed cysts in place of the left kidney of the 25-year-old Sudanese woman "
                              "with flank pain, what imaging came next?",
     "answer": "Computed tomography urography",
     "evidence": "Computed tomography urography confirmed the presence of multiple cysts in the left kidney",
     "alternatives": [{"answer": "CT urography", "evidence": "CT urography: Confirmed multiple cysts"}]},
    {"case": MCK, "question": "How did the 25-year-old Sudanese woman with the multicystic dysplastic kidney recover after her "
                              "open simple nephrectomy?",
     "answer": "Postoperative recovery was uneventful, with resolution of the patient's symptoms",
     "evidence": "Postoperative recovery was uneventful, with resolution of the patient's symptoms and no evidence of "
                 "immediate surgical complications.",
     "alternatives": [{"answer": "resolution of the patient's symptoms",
                       "evidence": "Open simple nephrectomy was performed successfully without complications, leading to "
                                   "resolution of the patient's symptoms"}]},
    {"case": PYC, "question": "After the right femur of the 39-year-old woman with pycnodysostosis was plated at 32, what "
                              "happened to it next?",
     "answer": "a refracture at the exact same location as the previous one",
     "evidence": "At the age of 37, she experienced a refracture at the exact same location as the previous one"},
    {"case": CCA, "question": "After the cystoscopy of the 42-year-old woman with the urethral mass, how was tissue obtained "
                              "for diagnosis?",
     "answer": "multiple biopsy samples with transurethral resection",
     "evidence": "We took multiple biopsy samples with transurethral resection and subjected them to pathological analysis.",
     "alternatives": [{"answer": "cystoscopy-guided core needle biopsy",
                       "evidence": "leading to a cystoscopy-guided core needle biopsy diagnosis"}]},
    {"case": LCH, "question": "Once the 51-year-old man noticed the swelling on his buccal mucosa at 0.6 x 0.3 cm, what did it "
                              "do over the following months?",
     "answer": "increased to a present size of 2.2 x 1.5 cm",
     "evidence": "Initially, the swelling was 0.6 x 0.3 cm in dimension and increased to a present size of 2.2 x 1.5 cm.",
     "alternatives": [{"answer": "progressed to 2.2 x 1.5 cm",
                       "evidence": "Swelling initially measured 0.6 x 0.3 cm and progressed to 2.2 x 1.5 cm."}]},
]

COMPARES = [
    {"question": "Compare what the first examination found in the 25-year-old Sudanese woman with the multicystic dysplastic "
                 "kidney and in the 42-year-old woman with clear cell adenocarcinoma of the urethra.",
     "evidence": {MCK: "Physical examination revealed no significant findings",
                  CCA: "On presentation, the patient had stable vital signs, and the physical examination was unremarkable."},
     "note": "both unremarkable: MCK: no significant findings despite a year of left flank pain (her blood count, kidney "
             "function and urinalysis normal too); CCA: stable vital signs and an unremarkable examination despite a year "
             "of hesitancy, poor flow, frequency and urge incontinence (the mass was found on CT, MRI and cystoscopy)"},
    {"question": "Compare what the MRI showed in the 30-year-old Tanzanian woman with the interstitial ectopic pregnancy and "
                 "in the 42-year-old woman with clear cell adenocarcinoma of the urethra.",
     "evidence": {ECT: "The MRI revealed a centred gestation at the interstitial portion of the left fallopian tube "
                       "immediately lateral to the left uterine angle",
                  CCA: "enhancing masses that completely filled the urethral lumen and completely obliterated the normal "
                       "urethral signal stratum"},
     "note": "ECT: a gestation in the interstitial part of the left tube beside the uterine angle, a fetus with a crown-rump "
             "length of 5.8 cm (12 weeks); CCA: a T2-bright enhancing mass filling the whole urethral lumen and wiping out "
             "its normal layered signal, no nodes or deposits (CT and MRI)"},
    {"question": "Compare what the microscope showed in the lesion removed from inside the cheek of the 51-year-old man and in "
                 "the kidney removed from the 25-year-old Sudanese woman.",
     "evidence": {LCH: "In many places, capillaries are in a lobular pattern",
                  MCK: "demonstrating the characteristic findings of multiple cysts lined by flattened epithelium and the "
                       "absence of normal renal architecture"},
     "note": "LCH: squamous epithelium over a connective tissue stroma with many engorged endothelium-lined capillaries in "
             "lobules and inflammatory cells (lobular capillary hemangioma); MCK: many cysts lined by flattened "
             "epithelium, no normal renal architecture, chronic inflammation in the fibrous tissue around it (multicystic "
             "dysplastic kidney)"},
    {"question": "Compare the patients given gemcitabine (Gemzar): what cancer was it for, and how did they respond?",
     "evidence": {"PMC11431636": "switched for gemcitabine after completion of irradiation",
                  "PMC11631872": "After two cycles of second-line chemotherapy with gemcitabine and oxaliplatin (GemOx)"},
     "rejected": {"PMC11459113": "gemcitabine with nab-paclitaxel only among neoadjuvant options in the background"},
     "note": "PMC11431636: a locally advanced intrahepatic cholangiocarcinoma with a bone plasmacytoma, gemcitabine, cisplatin "
             "and durvalumab with SIRT (capecitabine during radiotherapy), a partial metabolic response; PMC11631872: "
             "relapsed angioimmunoblastic T-cell lymphoma, GemOx giving a negative PET/CT, later GCHOP only a transient "
             "partial remission. Searched gemcitabine, Gemzar, GemOx, GCHOP, gem/cis"},
    {"question": "Compare the patients aged 80 or over: what brought each of them in?",
     "evidence": {"PMC11447576": "An 81-year-old male presented to our clinic with a progressively enlarging swelling",
                  "PMC11510521": "An 85-year-old man presented with visual disturbance of the right eye from 10 days prior",
                  "PMC11550105": "We present the case of an 80-year-old woman with hypothyroidism",
                  "PMC11570083": "An 80-year-old female patient was diagnosed with NSCLC",
                  "PMC11634049": "We report an 82-year-old female patient presenting with right-sided hemi-paralysis"},
     "rejected": {"PMC11378089": "an 86-year-old only in the literature", "PMC11648763": "ages up to 85 only in a literature "
                                                                                        "series",
                  "PMC11446622": "79 years old", "PMC11617126": "77 years old", "PMC11596290": "76 years old",
                  "PMC11470589": "76 years old", "PMC11527420": "76 years old"},
     "note": "PMC11447576: an intramuscular hydatid cyst of the thigh; PMC11510521: EBV acute retinal necrosis; PMC11550105: "
             "isolated secondary adrenal insufficiency with hyponatraemia; PMC11570083: gait disturbance from a dural "
             "leptomeningeal metastasis of lung cancer, remission on osimertinib; PMC11634049: an atrio-oesophageal fistula "
             "after AF ablation with a stroke. Searched every stated age (N-year-old, N years old, aged N, age of N, "
             "elderly, geriatric, octogenarian)"},
    {"question": "Compare the patients who fell ill on or after a trip abroad: where had they been, and what did it turn out "
                 "to be?",
     "evidence": {"PMC11396144": "The patient had traveled to Belize approximately six weeks before the visit.",
                  "PMC11501102": "Two weeks into the taper and while on the cruise, the patient developed significant "
                                 "shortness of breath"},
     "rejected": {"PMC11595504": "a motorcycle tour to Florida decades earlier, within his own country (see doubts)",
                  "PMC11506189": "'no recent travel history'", "PMC11522842": "'no recent travel'",
                  "PMC11614507": "'no recent travel outside of the country'",
                  "PMC11632824": "immigrants only in the background"},
     "note": "PMC11396144: a 69-year-old man with botfly (Dermatobia hominis) myiasis of the knee after Belize, the larva "
             "removed surgically; PMC11501102: a woman with lung cancer on steroids for pembrolizumab pneumonitis who "
             "decompensated on a Caribbean cruise, Nocardia pneumonia, ECMO. Searched travel/traveled, trip, returned from, "
             "abroad, overseas, vacation, holiday, cruise, tour, flight, tourist, immigrant"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua23", OUT))
