"""Write ``benchmarks/sets/user_audit24.jsonl``: a twenty-fourth blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit24 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit23.py``,
``build_user_audit22.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit23.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (from
across clinical medicine: an abnormal connection between organs or vessels, a fall in urine output, a bone
operation, a background heart disease, an eye operation, a way of holding a limb still, an image-guided procedure,
an eye sign, an acid-base disturbance, sweating, polyps, a gynaecological tumour, a post-mortem
examination, implanted heart devices, a kind of patient by accident, a kind of patient by setting and a class of
antiviral drug) are other than those of all of these sets; seven of the fourteen list/count questions are asked
plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18/19/20/21/22/23's over every ``benchmarks/sets/*.jsonl`` field
that names a case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``,
``expected_named``, ``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and
``tags_gold*.jsonl`` left out of the count), earlier compares with at most two gold cases counted as well, the
thirty cases of user_audit18/19/20/21/22/23 excluded, finds the bladder-rupture report PMC11535893 and the
coronary-pulmonary fistula report PMC11635820 with a count of 1, again left out for their 14 event annotations
each as user_audit19/20/21/22/23 left them out, then eight reports with a count of 2 and no annotation (the eight
user_audit23 did not take of its thirteen). The number of earlier list golds breaks the tie as before (4, 5, 6,
6, then 9 and 9); the two eye reports kept are of different kinds (an acute larval infestation of the
conjunctiva, an inherited malformation of the front of the eye in a family), and of the two brain reports tied
at 9 the measles one is kept, the occipital hydatid cysts being a second parasitic infestation beside the eye
larvae. So the 28 one-case questions and the 3 compares naming two patients use: a 71-year-old man with a
hemangiopericytoma of the external auditory canal (PMC11452711; earlier: a diagnosis question and a two-case
compare on its treatment, 4 list golds), a 30-year-old man from a rural area near Riyadh with ophthalmomyiasis
externa from Oestrus ovis larvae (PMC11509492; earlier: a larva-count lookup and a two-case compare on its
treatment, 5 list golds), a 35-year-old Polish woman, the proband of a family with Axenfeld-Rieger syndrome from a
novel FOXC1 deletion (PMC11477508; earlier: a treatment question and a two-case compare on missing teeth, 6 list
golds), a 45-year-old man whose hybrid arch dissection stent went into the false lumen at his type A dissection
repair, with renal and leg malperfusion salvaged endovascularly (PMC11646747; earlier: a creatinine lookup and a
compare on aortic-dissection treatment, 6 list golds) and a 24-year-old man with adult-onset fulminant subacute
sclerosing panencephalitis (PMC11462780; earlier: a diagnosis question and a two-case compare on his brain MRI, 9
list golds), 5-6 one-case questions each. Every fact asked of them was checked by script against every earlier
set: no earlier answer span, alternative, accepted span, evidence sentence or event quote overlaps the span or
evidence of a one-case question or two-patient compare here, and none asks the same fact in other words (read;
earlier sets asked or quoted the diagnosis, tinnitus and hearing loss, excision, radiotherapy, the
'patternless pattern' and the CD34/vimentin/S100 stains of the ear-canal patient, the number of larvae, their
removal, the antibiotic, antihistamine and lubricating drops, the tetracaine and the 20/20 eyesight of the eye
patient, the corneal transplant and glaucoma operations, the glaucoma, the Chandler-syndrome misdiagnosis, the
gene test of the sisters, the missing teeth, the ECG and echo findings and the poor eyesight of the proband, the
creatinine, kidney injury, back pain, renal stent graft, intensive care, aortic root and arch operation and the
leg's lost sensation of the dissection patient, and the diagnosis, seizures, antiepileptic drug, myoclonic
jerks, unsteadiness, hypertonia and reflexes, CSF studies, EEG and MRI of the measles patient, so none of these is
asked again).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient or a drug
class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature or a differential, negated findings, procedures only planned or suggested,
a newborn's findings where the mother is the patient, and look-alike words ('diuresis', 'guided bone
regeneration', 'guided endodontics', skin 'grafting' of grafts, 'splinting' of a skin graft, 'sweat chloride' and
'sweat glands', 'fibroid cord', 'ICD-10', a 'Rural Hospital', 'polypharmacy', 'PolyPhen', a 'mucous fistula'
made at operation, an 'autopsy' series) in ``rejected`` with why). Compare gold = every case of the named kind.
Lookup/sequence spans are located in the indexed text by ``user_audit_build`` (fails loudly when a span is
missing or ambiguous).

Doubts (kept as read): PMC11535893's 'decreased urine output' from urine leaking into the abdomen through a
ruptured bladder counts as a fall in urine output (the report's own words); PMC11616425's 'reduced urine output'
in haemorrhagic fever with renal syndrome counts; PMC11505654's calcified coronary artery walls in generalized
arterial calcification of infancy are not counted as coronary artery disease, PMC11510521's myocardial infarction
with a stent is; PMC11509173's pterional craniotomy to reach the eye socket and resect the optic-nerve tumour and
PMC11510521's laser retinopexy count as operations on the eye or its socket, PMC11595896's punctal plugs and
PMC11509492's removal of larvae with forceps do not; PMC11546049's skin traction before plating is not counted as a
splint or cast; PMC11370703's aspiration, guidance not stated, and its other patient's ultrasound-guided aspiration
only suggested, and PMC11635708's planned TRUS-guided drainage are not counted as ultrasound-guided procedures;
PMC11625232's eyelid erythema of orbital cellulitis is not counted as a red eye; PMC11620866's low bicarbonate,
acidosis not named, is not counted as acidosis; PMC11635820's temporary pacing wires after bypass surgery are not
counted as an implanted heart device; PMC11546046 is a two-patient series whose first man broke his femoral neck
in a skateboard fall (counted among the falls); PMC11488404's 'contact with sheep and dogs with work-related
hazards' counts as work with farm animals, PMC11595504's home close to cattle auction farms, neither rural living
nor farm work stated, does not; PMC11539092's Streptococcus agalactiae on a meningitis panel and PMC11647062's
'nutritionally altered Streptococcus' were weighed for a strep question that was then dropped for being unclear.

    python benchmarks/sets/build_user_audit24.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit24.jsonl"

HPC, OMY, ARS, TAD, SSP = "PMC11452711", "PMC11509492", "PMC11477508", "PMC11646747", "PMC11462780"

LISTS = [
    {"shape": "list", "question": "Who had a fistula?",
     "evidence": {
         "PMC11525151": "Intraoperatively, a broad fistula extending from the gallbladder to the second part of the duodenum "
                        "was identified",
         "PMC11540479": "Cerebral digital-substraction angiography revealed Barrow type A carotid-cavernous fistula.",
         "PMC11595770": "a misplaced bladder, urethro-vaginal fistula, and recto-vaginal prolapse",
         "PMC11602238": "A CT scan on admission showed a similar-appearing pancreas but with a new fistula between the "
                        "pancreas and the first segment of the duodenum.",
         "PMC11634049": "Diagnosis of atrio-esophageal fistula (AEF) secondary to atrial ablation",
         "PMC11635820": "Imaging revealed a coronary-pulmonary artery fistula with 60% stenosis in the proximal left "
                        "anterior descending artery.",
         "PMC11645528": "Repeat CT demonstrated a fistulous communication between the transverse colon and tumour cavity."},
     "rejected": {"PMC11416630": "a 'mucous fistula' made at the operation (a stoma, look-alike)",
                  "PMC11618002": "uterine arteriovenous malformation; fistulas only among complications in the background",
                  "PMC11594283": "arteriovenous shunts of HHT, not named a fistula",
                  "PMC11565536": "infection communicating with the peritoneum through a uterine defect, not a fistula",
                  "PMC11490280": "'No perforation or fistula was visualized'",
                  "PMC11535893": "'no fistula site' on cystoscopy",
                  "PMC11614595": "'No active anal fistula' on perianal MRI",
                  "PMC11355863": "'without signs of fistula formation'; lymph fistulas only in the background",
                  "PMC11459113": "pancreatic fistula only watched for",
                  "PMC11396497": "fistulas only in a differential and as a feared late complication",
                  "PMC11424908": "fistulography only in the background",
                  "PMC11488404": "fistulation only in the background", "PMC11573236": "fistula only in the background",
                  "PMC11622295": "tracheoesophageal fistula only as a ruled-out risk factor",
                  "PMC11632824": "fistula only in the background", "PMC11646979": "fistula only in the background"},
     "note": "searched fistula/fistulae/fistulous/fistulation, sinus tract, abnormal connection or communication, "
             "arteriovenous fistula or shunt; PMC11525151: cholecysto-duodenal, gallstone ileus; PMC11540479: "
             "carotid-cavernous; PMC11595770: urethro-vaginal, with popliteal pterygium syndrome; PMC11602238: "
             "pancreaticoduodenal; PMC11634049: atrio-oesophageal after AF ablation; PMC11635820: coronary-pulmonary "
             "artery; PMC11645528: colon to the tumour cavity"},
    {"shape": "list", "question": "Who had oliguria or anuria?",
     "evidence": {
         "PMC11420455": "yet oliguria was evident",
         "PMC11506189": "and anuria (Figure 2)",
         "PMC11522842": "He had a history of intermittent fever, headaches, and reduced urine output for the past three "
                        "days.",
         "PMC11535893": "presented with worsening dysuria, decreased urine output, and malaise for over a week",
         "PMC11547072": "the patient developed oliguria, with grade 3 acute kidney injury",
         "PMC11551029": "On the day prior to admission, he developed oliguria, confusion, and hypotension.",
         "PMC11616425": "accompanied by a decrease in blood pressure and reduced urine output"},
     "rejected": {"PMC11429645": "furosemide 'for diuresis' (look-alike)",
                  "PMC11635820": "'intravenous diuresis' (look-alike)",
                  "PMC11550105": "'free-water diuresis' (look-alike)",
                  "PMC11465705": "diuresis only in the background"},
     "note": "searched oliguria/oliguric, anuria/anuric, urine output (decreased, reduced, low), no urine, passing little "
             "urine, diuresis; PMC11535893: a ruptured bladder (see doubts); PMC11547072: haemolytic uraemic syndrome "
             "with AML; PMC11551029: rhinovirus myocarditis; PMC11616425: hantavirus (see doubts)"},
    {"shape": "list", "question": "Who had a bone graft?",
     "evidence": {
         "PMC11446496": "Seven years earlier, he had undergone k-wire fixation and bone grafting for the treatment of an "
                        "enchondroma in the same phalanx.",
         "PMC11546045": "he was posted for implant removal and re-fixation with LCP and bone grafting under interscalene "
                        "block",
         "PMC11546046": "BMC was mixed with morselized, processed cancellous allograft.",
         "PMC11596955": "GBR was performed using a cortico-cancellous bone mix",
         "PMC11632487": "She underwent intralesional extended curettage with the application of synthetic bone graft "
                        "substitute over the defect."},
     "rejected": {"PMC11509520": "grafted sites only in the literature",
                  "PMC11512710": "Biodentine, a dentine substitute, not bone",
                  "PMC11595770": "nerve and vessel grafts, not bone",
                  "PMC11432800": "fat grafts", "PMC11370703": "skin grafting", "PMC11546007": "skin grafting",
                  "PMC11632603": "free nipple grafting",
                  "PMC11635820": "coronary bypass grafting", "PMC11646979": "bypass grafting only recommended",
                  "PMC11483286": "kidney allograft", "PMC11608458": "kidney allograft",
                  "PMC11574702": "xenograft mouse models in the background",
                  "PMC11505654": "hydroxyapatite crystals in arteries (look-alike)"},
     "note": "searched bone graft/grafting, allograft, autograft, xenograft, bone substitute, demineralized bone matrix, "
             "bone marrow concentrate, guided bone regeneration, fibula graft, hydroxyapatite, augmentation; "
             "PMC11446496: for an enchondroma seven years before the chondrosarcoma; PMC11546045: fibula graft for an "
             "ulnar non-union; PMC11546046: both men of the femoral-neck non-union series; PMC11596955: dental implant "
             "site; PMC11632487: aneurysmal bone cyst of the SI joint"},
    {"shape": "list", "question": "Who had coronary artery disease?",
     "evidence": {
         "PMC11420455": "His past medical history included biliary pancreatitis, hypertension, coronary heart disease, "
                        "and permanent atrial fibrillation.",
         "PMC11470589": "past medical history of type 2 diabetes mellitus, hypertension, and coronary atherosclerosis",
         "PMC11510521": "myocardial infarction with stent insertion",
         "PMC11522842": "A 53-year-old man with pre-existing conditions of systemic hypertension, type 2 diabetes mellitus, "
                        "and coronary artery disease",
         "PMC11547072": "with a medical history of dyslipidemia and ischemic heart disease",
         "PMC11593014": "the patient experienced a reduction in coronary plaque burden and an improvement in fractional "
                        "flow reserve (FFR) from 0.75 to 0.90",
         "PMC11602238": "past medical history of coronary artery disease, obstructive sleep apnea, hyperlipidemia, and "
                        "hypertension",
         "PMC11629481": "The patient had a history of type 2 diabetes, ischemic heart disease, hypertension, and a 30 "
                        "pack-year smoking history.",
         "PMC11635820": "both a CPF and critical left anterior descending (LAD) artery stenosis"},
     "rejected": {"PMC11646979": "a congenital coronary aneurysm with 'no obvious stenosis'",
                  "PMC11506189": "STEMI on the ECG but normal coronary arteries on angiography",
                  "PMC11624525": "myocardial infarction suspected, coronary stenosis ruled out on CT",
                  "PMC11395475": "coronary angiography negative for atherosclerosis (slow flow only)",
                  "PMC11505654": "calcified coronary walls of arterial calcification of infancy (see doubts)",
                  "PMC11439622": "acute coronary events ruled out", "PMC11446622": "acute coronary syndrome ruled out",
                  "PMC11465705": "myocardial infarction ruled out",
                  "PMC11414482": "coronary disease only in the background", "PMC11429645": "only in the background",
                  "PMC11490280": "only in the background", "PMC11617126": "angina only in the background",
                  "PMC11634049": "angina only in the background"},
     "note": "searched coronary artery/heart disease, CAD, ischaemic heart disease, coronary atherosclerosis, stenosis or "
             "plaque, chronic/acute coronary syndrome, angina, myocardial infarction, STEMI, PCI, coronary stent, "
             "CABG; PMC11510521: past infarction with a stent (see doubts); PMC11593014: chronic coronary syndrome "
             "treated medically; PMC11635820: critical LAD stenosis with a coronary-pulmonary fistula"},
    {"shape": "list", "question": "Who had an operation on the eye or its socket, or laser treatment of the eye (for "
                                  "example a corneal transplant, glaucoma surgery, an eyelid operation or laser to the "
                                  "retina)?",
     "evidence": {
         "PMC11477508": "the patient was qualified for a penetrating keratoplasty (PKP)",
         "PMC11509173": "A left-sided pterional craniotomy was performed to access the eye socket",
         "PMC11510521": "A 360-degree barrier laser retinopexy was performed on the right eye",
         "PMC11539083": "Four days before, she had undergone a transconjunctival inferior blepharoplasty.",
         "PMC11620866": "He underwent amniotic membrane transplantation on day 4 of hospitalisation."},
     "rejected": {"PMC11595896": "punctal plugs inserted (see doubts)",
                  "PMC11509492": "larvae removed with forceps (see doubts)",
                  "PMC11558034": "lensectomy and vitrectomy only in the background; 'no previous ocular surgeries'",
                  "PMC11625232": "sinus surgery, not on the eye",
                  "PMC11540479": "endovascular closure of a carotid-cavernous fistula, not on the eye",
                  "PMC11470589": "laser 'enucleation' of the prostate (look-alike)"},
     "note": "searched keratoplasty, corneal graft/transplant, trabeculectomy/trabeculotomy/trabeculoplasty, glaucoma "
             "valve, cataract surgery, lensectomy, vitrectomy, blepharoplasty, eyelid surgery or incision, enucleation, "
             "orbitotomy, amniotic membrane, laser retinopexy, photocoagulation; PMC11477508: the proband's corneal "
             "transplant and glaucoma operations; PMC11509173: optic nerve glioblastoma (see doubts); PMC11510521: EBV "
             "retinal necrosis, laser to both eyes; PMC11539083: cosmetic blepharoplasty, then eyelid drainage; "
             "PMC11620866: toxic epidermal necrolysis"},
    {"shape": "list", "question": "Who had a limb held still in a splint, a plaster cast or a brace (an orthosis)?",
     "evidence": {
         "PMC11432800": "The hand was immobilized in a 90-degree hyperextension using an anterior splint",
         "PMC11546045": "He was splinted with a plaster of Paris slab",
         "PMC11580067": "she was wearing left ankle–foot orthosis (AFO)",
         "PMC11595770": "a plaster splint was applied"},
     "rejected": {"PMC11546049": "skin traction before plating (see doubts); spica casts only in the background",
                  "PMC11342862": "negative pressure dressing 'splinting' a skin graft (look-alike)",
                  "PMC11596955": "an implant 'splinted to the adjacent teeth' (look-alike)",
                  "PMC11624969": "braces only in the background", "PMC11489928": "orthotics only in the background",
                  "PMC11370703": "compression bandage, not a splint"},
     "note": "searched splint, cast, plaster, slab, brace, orthosis/orthotic, sling, collar, immobilised/immobilized, "
             "traction; PMC11432800: the hand after tendon-exposing injury; PMC11546045: the forearm after a "
             "seizure-related fall; PMC11580067: CRPS of the ankle; PMC11595770: the leg after popliteal pterygium "
             "surgery"},
    {"shape": "list", "question": "Who had a procedure done under ultrasound guidance (a biopsy, a needle aspiration, a "
                                  "tap or an evacuation guided by ultrasound, endoscopic ultrasound included)?",
     "evidence": {
         "PMC11342857": "an upper endoscopy and endoscopic ultrasound-guided fine needle biopsy (EUS-FNB) were performed",
         "PMC11429645": "we performed an ultrasound-guided transjugular cardiac tumor biopsy",
         "PMC11439479": "She underwent ultrasound-guided dilation and curettage with suction the following day",
         "PMC11439974": "A USG-guided FNAC was done.",
         "PMC11456792": "prompting an endoscopic ultrasound-guided fine needle aspiration",
         "PMC11608042": "percutaneous hepatic puncture biopsy, guided by ultrasound, was conducted",
         "PMC11629271": "An ultrasound-guided liver biopsy was performed.",
         "PMC11635829": "Ultrasound-guided true-cut biopsy confirmed invasive carcinoma of the right breast",
         "PMC11643412": "prompting ultrasound-guided therapeutic thoracocentesis"},
     "rejected": {"PMC11370703": "one aspiration, guidance not stated; another only suggested (see doubts)",
                  "PMC11635708": "TRUS-guided drainage only planned (see doubts)",
                  "PMC11527420": "endoscopic ultrasound as imaging, no guided procedure",
                  "PMC11459113": "endoscopic ultrasound only in the background",
                  "PMC11596955": "'guided bone regeneration' (look-alike)",
                  "PMC11581374": "'guided endodontics' (look-alike)"},
     "note": "searched ultrasound-/US-/USG-/sonographically/echo-/EUS-/TRUS-guided, guided by or under ultrasound, "
             "endoscopic ultrasound; PMC11342857 and PMC11456792: endoscopic ultrasound; PMC11429645: a right-atrial "
             "tumour biopsy (intravascular leiomyomatosis); PMC11439479: suction curettage of a molar pregnancy; "
             "PMC11643412: a pleural tap"},
    {"shape": "list", "question": "Whose eye was red (a red or bloodshot eye, conjunctival injection or hyperaemia)?",
     "evidence": {
         "PMC11509492": "there were conjunctival injection and hyperemia on the left eye",
         "PMC11509864": "A 55-year-old male presented to our clinic with bilateral eye redness and pain.",
         "PMC11539083": "who had experienced swollen eyelids and painful red eyes for the past 2 days",
         "PMC11595896": "were accompanied by bulbar conjunctival injection, especially in the inferior part",
         "PMC11620866": "In addition, he had conjunctival injection, facial oedema"},
     "rejected": {"PMC11625232": "eyelid erythema of orbital cellulitis (see doubts)",
                  "PMC11540479": "'Chemosis, diplopia, and proptosis were not found'",
                  "PMC11510521": "panuveitis, redness not described",
                  "PMC11585469": "panuveitis in the history, redness not described",
                  "PMC11544075": "'His conjunctiva was pink'", "PMC11648237": "pale conjunctivae",
                  "PMC11616425": "'three redness' of the face, neck and chest only in the background"},
     "note": "searched red eye, eye redness, bloodshot, conjunctival injection/hyperaemia/congestion, chemosis, "
             "conjunctivitis, episcleral or scleral dilation; PMC11509492: fly larvae on the conjunctiva; "
             "PMC11509864: granulomatosis with polyangiitis; PMC11539083: necrotising cellulitis after "
             "blepharoplasty; PMC11595896: neuronal intranuclear inclusion disease with keratitis; PMC11620866: "
             "toxic epidermal necrolysis"},
    {"shape": "list", "question": "Whose blood turned too acidic (acidosis: metabolic or lactic acidosis, diabetic "
                                  "ketoacidosis)?",
     "evidence": {
         "PMC11420455": "respiratory alkalosis, metabolic acidosis, and hyperlactatemia",
         "PMC11546499": "pH: 7.14 (acidosis)",
         "PMC11550105": "nonanion gap metabolic acidosis with a negative base excess"},
     "rejected": {"PMC11620866": "bicarbonate 19 mmol/L, acidosis not named (see doubts)",
                  "PMC11601975": "'absent lactic acidosis'",
                  "PMC11506781": "'no episodes of ketoacidosis'",
                  "PMC11484256": "ketoacidosis only in the background",
                  "PMC11544788": "the newborn's cord pH 7.32; metabolic acidosis only in the background",
                  "PMC11539092": "blood gas normal (pH 7.42)",
                  "PMC11532939": "the newborn's pH 7.3",
                  "PMC11621671": "CSF pH (look-alike)"},
     "note": "searched acidosis/acidaemia, ketoacidosis, DKA, pH below 7.35, base deficit/excess, bicarbonate/HCO3, "
             "lactic acid; PMC11420455: mesenteric venous thrombosis in shock; PMC11546499: ketoacidosis of "
             "durvalumab-induced diabetes; PMC11550105: secondary adrenal insufficiency"},
    {"shape": "list", "question": "Who was sweaty or clammy (sweating, diaphoresis, clammy skin)? Not counting night "
                                  "sweats.",
     "evidence": {
         "PMC11414482": "resulting in more symptoms (agitation, headaches, chest pain, sweating, epistaxis, etc.)",
         "PMC11420455": "The entire physique exhibited clammy, chilling characteristics",
         "PMC11597933": "His left hand and forearm were swollen and sweaty"},
     "rejected": {"PMC11465705": "episodes 'lacked' diaphoresis",
                  "PMC11624525": "'did not exhibit symptoms of thyroid toxicity, such as fever, excessive sweating'",
                  "PMC11631872": "night sweats (left out by the question)",
                  "PMC11398847": "denied night sweats", "PMC11573436": "no night sweats",
                  "PMC11396144": "sweating only in the background",
                  "PMC11535884": "sweat electrolytes only in the background (look-alike)",
                  "PMC11622295": "sweat chloride test (look-alike)",
                  "PMC11541951": "sweat glands in the background (look-alike)",
                  "PMC11595896": "sweat gland cells on skin biopsy (look-alike)"},
     "note": "searched sweat/sweating/sweaty, diaphoresis, clammy, perspiration, hyperhidrosis; PMC11414482: with his "
             "hypertensive crises; PMC11420455: in shock from mesenteric venous thrombosis; PMC11597933: the CRPS "
             "hand"},
    {"shape": "count", "question": "How many patients had polyps?",
     "evidence": {
         "PMC11396497": "The first patient is a 40-year-old woman with large intestinal hyperplastic polyps and "
                        "hemorrhoids.",
         "PMC11431636": "a personal history of colonic polyps (last colonoscopy 5 years ago)",
         "PMC11570446": "cleft palate, esophageal strictures, hemorrhoids, polyps, diverticulosis"},
     "rejected": {"PMC11491600": "polyps and polypoid lesions only in the background",
                  "PMC11618002": "polyps only in a differential",
                  "PMC11594283": "juvenile polyposis only as an HHT gene in the background",
                  "PMC11535884": "polyposis only in the background",
                  "PMC11413548": "'polypharmacy' (look-alike)", "PMC11395475": "'PolyPhen' (look-alike)",
                  "PMC11616425": "'polypnea' (look-alike)"},
     "note": "searched polyp/polyps/polyposis/polypoid; PMC11396497: the first of two tailgut-cyst patients; "
             "PMC11431636: colonic polyps in her history; PMC11570446: in her past history (Gordon syndrome)"},
    {"shape": "count", "question": "How many patients had uterine fibroids?",
     "evidence": {
         "PMC11429645": "Diagnosed with multiple uterine fibroids (UFs) during a routine physical exam four years ago.",
         "PMC11535893": "total laparoscopic hysterectomy for uterine leiomyoma at the age of 43 years",
         "PMC11544788": "with a history of fibroid uterus and two previous laparotomic myomectomies",
         "PMC11565536": "Four fibroids were removed from two anterior incisions"},
     "rejected": {"PMC11437698": "a peritoneal leiomyoma in a man, not of the uterus",
                  "PMC11417591": "uterine lymphangioleiomyomatosis, not a fibroid",
                  "PMC11342857": "leiomyomas only in a differential", "PMC11396497": "leiomyomas only in a differential",
                  "PMC11424908": "'fibroid cord' of the urachus (look-alike)"},
     "note": "searched fibroid(s), leiomyoma, myoma, myomectomy; PMC11429645: with intravascular leiomyomatosis; "
             "PMC11535893: hysterectomy for it years before the bladder rupture; PMC11544788: two myomectomies before "
             "her pregnancy; PMC11565536: myomectomy followed by pyometra"},
    {"shape": "count", "question": "How many patients had an autopsy?",
     "evidence": {
         "PMC11647126": "An autopsy was performed which demonstrated spongiform changes, neuronal loss, and astrogliosis, "
                        "consistent with CJD"},
     "rejected": {"PMC11595896": "autopsy of literature twins", "PMC11626642": "autopsy series and a literature patient",
                  "PMC11398847": "post-mortem series in the background", "PMC11395475": "post-mortem studies in the background",
                  "PMC11427117": "autopsy only in the background", "PMC11491600": "autopsy series in the background",
                  "PMC11505654": "autopsy only in the background", "PMC11544075": "post-mortem series in the background",
                  "PMC11570083": "autopsy series in the background", "PMC11602322": "autopsy data in the background",
                  "PMC11629271": "autopsy only in the background"},
     "note": "searched autopsy, post-mortem/postmortem, necropsy; PMC11647126: Creutzfeldt-Jakob disease"},
    {"shape": "count", "question": "How many patients had a device implanted to watch or support the heart (a "
                                   "pacemaker, an ICD, an implantable loop recorder or an LVAD)?",
     "evidence": {
         "PMC11465705": "an implantable loop recorder (ILR) was implanted to monitor the patient’s cardiac rhythm while at "
                        "home",
         "PMC11646791": "the patient underwent implantation of a cardioverter-defibrillator and five cardiovascular "
                        "surgeries"},
     "rejected": {"PMC11427117": "a diaphragmatic pacemaker, not a heart device",
                  "PMC11635820": "temporary pacing wires after bypass surgery (see doubts)",
                  "PMC11395475": "an ICD judged not necessary",
                  "PMC11617126": "external defibrillator pads only",
                  "PMC11647062": "ICD lead infection only in the background",
                  "PMC11596152": "'ICD-10 code' (look-alike)"},
     "note": "searched pacemaker, pacing, defibrillator, ICD, CRT, loop recorder, LVAD, ventricular assist device; "
             "PMC11465705: syncope with sinus pauses; PMC11646791: an ICD and later an LVAD in Marfan syndrome"},
]

YESNO = [
    {"case": HPC, "question": "Had the 71-year-old man with the mass in his ear canal had discharge from an ear before?",
     "expected": "yes", "evidence": "His medical history was significant for occasional ear discharge from the left ear "
                                   "since childhood"},
    {"case": HPC, "question": "Did the examination of the 71-year-old man with the ear-canal hemangiopericytoma find any "
                              "cranial nerve involvement?",
     "expected": "no", "evidence": "The examination did not reveal any cranial nerve involvement."},
    {"case": HPC, "question": "Did the 71-year-old man with the hemangiopericytoma of the ear canal smoke or drink "
                              "alcohol?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|alcohol"},
    {"case": OMY, "question": "Had the 30-year-old man with fly larvae in his eye been hit by an insect before his "
                              "symptoms began?",
     "expected": "yes", "evidence": "The patient gave a history of being hit by an insect the day before"},
    {"case": OMY, "question": "Had the 30-year-old man with ophthalmomyiasis been in contact with livestock or other "
                              "animals?",
     "expected": "no", "evidence": "He had no history of contact with livestock or any animal"},
    {"case": OMY, "question": "Did the 30-year-old man with ophthalmomyiasis wear contact lenses or glasses?",
     "expected": "not_reported", "search_regex": r"contact lens|lenses|spectacle|glasses"},
    {"case": ARS, "question": "Had the FOXC1 variant found in the Polish family with Axenfeld-Rieger syndrome been "
                              "reported before (in the HGMD database)?",
     "expected": "no", "evidence": "a previously mentioned mutation had not yet been registered in the HGMD Professional "
                                   "2024.1 Database"},
    {"case": ARS, "question": "Did the 35-year-old Polish woman with Axenfeld-Rieger syndrome smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine"},
    {"case": TAD, "question": "When the superior mesenteric artery of the 45-year-old man with the type A dissection was "
                              "checked with a catheter during the salvage procedure, was it open (patent)?",
     "expected": "yes", "evidence": "it was widely patent on angiogram with no pressure gradient"},
    {"case": SSP, "question": "Did the 24-year-old man with adult-onset SSPE meet Dyken's criteria for a probable "
                              "diagnosis?",
     "expected": "yes", "evidence": "Our patient is classified as probable."},
    {"case": SSP, "question": "Was the autoimmune encephalitis panel of the 24-year-old man with SSPE positive?",
     "expected": "no", "evidence": "The autoimmune encephalitis panel was negative."},
    {"case": SSP, "question": "Was the 24-year-old man with SSPE given steroids or intravenous immunoglobulin (IVIG)?",
     "expected": "not_reported",
     "search_regex": r"immunoglobulin|IVIG|steroid|cortico|methylpred|dexameth|prednis|pulse"},
]

LOOKUPS = [
    {"case": HPC, "question": "How big was the tumour removed from the ear canal of the 71-year-old man?",
     "answer": "approximately 2 cm x 2.5 cm",
     "evidence": "The tumor was excised entirely, measuring approximately 2 cm x 2.5 cm."},
    {"case": HPC, "question": "What Ki-67 (proliferation) index did the ear-canal hemangiopericytoma of the 71-year-old "
                              "man have?",
     "answer": None, "search_regex": r"ki-?67|MIB-?1|prolifera|mitos|mitotic"},
    {"case": OMY, "question": "How long had the left eye of the 30-year-old man with ophthalmomyiasis been irritated and "
                              "red when he came to the eye emergency room?",
     "answer": "1-day history",
     "evidence": "complaining of a 1-day history of severe irritation, redness, and tearing of the left eye",
     "alternatives": [{"answer": "1 day", "evidence": "Severe irritation, redness, and tearing of the left eye persisting "
                                                      "for 1 day."}]},
    {"case": OMY, "question": "What was the intraocular pressure of the 30-year-old man with ophthalmomyiasis?",
     "answer": None, "search_regex": r"intraocular pressure|\bIOP\b|tonometr|mmHg|pressure"},
    {"case": ARS, "question": "What change in the FOXC1 gene was found in the sisters of the Polish family with "
                              "Axenfeld-Rieger syndrome?",
     "answer": "a pathogenic extensive deletion covering a fragment of exon 1 and the entire sequence of the untranslated "
               "region 3′ (3′UTR) of the FOXC1 gene",
     "evidence": "in the form of a pathogenic extensive deletion covering a fragment of exon 1 and the entire sequence of "
                 "the untranslated region 3′ (3′UTR) of the FOXC1 gene present in one allele of this gene",
     "alternatives": [{"answer": "a novel heterozygous deletion in the FOXC1 gene",
                       "evidence": "Genetic testing identified a novel heterozygous deletion in the FOXC1 gene in the "
                                   "sisters"}]},
    {"case": ARS, "question": "What did the eye examination of the mother of the 35-year-old Polish woman with "
                              "Axenfeld-Rieger syndrome show?",
     "answer": "a posterior embryotoxon in the transparent cornea and iris anomalies",
     "evidence": "We discovered a posterior embryotoxon in the transparent cornea and iris anomalies in the mother’s only "
                 "eye"},
    {"case": TAD, "question": "How was the position of the dissection stent checked right after it was deployed at the "
                              "type A dissection repair of the 45-year-old man?",
     "answer": "intravascular ultrasound examination",
     "evidence": "Postdeployment positioning of the stent and visceral anatomy was assessed with intravascular ultrasound "
                 "examination and believed to be in the TL."},
    {"case": TAD, "question": "Which arteries arose from the obliterated true lumen in the 45-year-old man whose "
                              "dissection stent had gone into the false lumen?",
     "answer": "the right renal artery and right common iliac artery",
     "evidence": "from which the right renal artery and right common iliac artery were originating"},
    {"case": SSP, "question": "How old was the 24-year-old man with SSPE when he had measles?",
     "answer": "two months old", "evidence": "Our patient, who acquired measles at two months old",
     "alternatives": [{"answer": "two months old", "evidence": "History of measles infection at two months old"}]},
    {"case": SSP, "question": "What titre of IgG anti-measles antibodies was found in the CSF of the 24-year-old man "
                              "with SSPE?",
     "answer": "625", "evidence": "an elevated titer of 625 IgG anti-measles antibodies was detected in the CSF",
     "alternatives": [{"answer": "625", "evidence": "Elevated IgG anti-measles antibody titer of 625"}]},
]

SEQUENCES = [
    {"case": HPC, "question": "After the contrast CT of the temporal bone of the 71-year-old man with the ear-canal mass, "
                              "how was tissue obtained for a diagnosis?",
     "answer": "A mass biopsy was obtained", "evidence": "A mass biopsy was obtained"},
    {"case": OMY, "question": "At the follow-up visit the day after the larvae were first taken out of the eye of the "
                              "30-year-old man, what did the examination find?",
     "answer": "four remaining larvae were found on examination",
     "evidence": "However, four remaining larvae were found on examination and removed using the same technique.",
     "alternatives": [{"answer": "four additional larvae were found",
                       "evidence": "On follow-up, four additional larvae were found and removed."}]},
    {"case": ARS, "question": "Once the doctors suspected that Chandler syndrome was the wrong diagnosis for the 35-year-old "
                              "Polish woman and her older sister, what did they do next?",
     "answer": "the patient’s mother and the youngest sister were examined",
     "evidence": "To confirm our hypothesis, the patient’s mother and the youngest sister were examined."},
    {"case": TAD, "question": "Eight hours after his type A dissection repair, what did the 45-year-old man develop?",
     "answer": "sudden onset right flank and right leg pain",
     "evidence": "Eight hours postoperatively, he developed sudden onset right flank and right leg pain"},
    {"case": TAD, "question": "After the right common iliac angioplasty that created a fenestration in the 45-year-old "
                              "man, what could be felt in his groin?",
     "answer": "a palpable right femoral pulse", "evidence": "There was now a palpable right femoral pulse."},
    {"case": SSP, "question": "After two weeks in hospital, what had happened to the paralysis of the 24-year-old man with "
                              "SSPE?",
     "answer": "the paralysis had become flaccid",
     "evidence": "A neurological examination after two weeks of hospital stay found that the paralysis had become "
                 "flaccid."},
]

COMPARES = [
    {"question": "Compare what the first CT showed in the 71-year-old man with the mass in his ear canal and in the "
                 "45-year-old man with sudden chest and back pain from an aortic dissection.",
     "evidence": {HPC: "The mass was causing erosion of the adjacent structures, including the left tympanic membrane and "
                       "the crux of the helix.",
                  TAD: "Computed tomography angiography demonstrated a type A10 aortic dissection with the celiac, superior "
                       "mesenteric artery (SMA), left renal artery, and inferior mesenteric artery supplied by the FL."},
     "note": "HPC: contrast CT of the temporal bone, a heterogeneously enhancing soft tissue mass eroding the tympanic "
             "membrane and the crux of the helix, with middle-ear opacification, mastoid sclerosis, lost mastoid "
             "pneumatisation and disrupted ossicles (a locally aggressive process); TAD: CT angiography, a type A10 "
             "aortic dissection with the coeliac, superior mesenteric, left renal and inferior mesenteric arteries fed "
             "by the false lumen"},
    {"question": "Compare how things ended for the 71-year-old man treated for the hemangiopericytoma of his ear canal and "
                 "for the 30-year-old man treated for fly larvae in his eye.",
     "evidence": {HPC: "The patient was closely followed for two years postoperatively, when he showed no signs of "
                       "recurrence.",
                  OMY: "On day 10, the patient reported a complete resolution of symptoms, and examination confirmed the "
                       "absence of larvae"},
     "note": "HPC: followed for two years after excision, no recurrence, no further complications; OMY: on day 10 his "
             "symptoms had gone completely and no larvae were left"},
    {"question": "Compare what the examination of the front of the eye showed in the 30-year-old man with fly larvae on "
                 "his conjunctiva and in the 35-year-old Polish woman with Axenfeld-Rieger syndrome once her clouded "
                 "cornea had been replaced.",
     "evidence": {OMY: "The cornea was clear without apparent abrasion or infiltrate, and the anterior chamber was deep and "
                       "quiet without any reaction.",
                  ARS: "pseudopolycoria, corectopia and hypotrophy of the iris bilaterally"},
     "note": "OMY: a clear cornea without abrasion or infiltrate and a deep, quiet anterior chamber (the larvae were on "
             "the conjunctiva; the fundus was normal too); ARS: after the corneal transplant the iris could be seen, with "
             "extra holes (pseudopolycoria), a displaced pupil (corectopia) and a thin iris in both eyes"},
    {"question": "Compare the patients who had a fall: what set it off, and what did it lead to?",
     "evidence": {"PMC11370703": "presented to the Emergency Department following a slip and fall from a train while "
                                 "intoxicated",
                  "PMC11431636": "The medical history began with a fall and persistent back pain.",
                  "PMC11462780": "a sudden onset of myoclonic jerks associated with loss of postural control and a fall",
                  "PMC11546045": "he was working at a construction site where he had an episode of seizure and he fell "
                                 "down",
                  "PMC11546046": "following a skateboard fall",
                  "PMC11546049": "resulting from a twisting injury and fall while playing"},
     "rejected": {"PMC11614507": "gait testing deferred for fall risk, no fall",
                  "PMC11596290": "an insufficiency fracture without trauma"},
     "note": "PMC11370703: a 24-year-old who slipped and fell from a train while drunk, a Morel-Lavallee lesion of the "
             "hip; PMC11431636: a 48-year-old woman whose back pain after a fall led to a T11 plasmacytoma and an "
             "intrahepatic cholangiocarcinoma; PMC11462780: myoclonic jerks with falls, the first sign of SSPE; "
             "PMC11546045: a seizure at a construction site, an ulnar fracture that went on to non-union; PMC11546046: "
             "the 32-year-old man's femoral neck fracture from a skateboard fall, later non-union (see doubts); "
             "PMC11546049: a 6-year-old girl's subtrochanteric femur fracture, plated. Searched fell/fall/falls/falling, "
             "tripped, slipped, stumbled"},
    {"question": "Compare the patients who lived in the countryside or worked with farm animals (a rural area, farming or "
                 "herding): what illness did each of them have?",
     "evidence": {"PMC11418098": "A 53-year-old male farmer with no underlying diseases",
                  "PMC11424762": "He had lived most of his life herding cattle and sheep in a rural area in Ethiopia",
                  "PMC11465958": "A 55-year-old male farmer with a history of type 2 diabetes mellitus",
                  "PMC11488404": "A history of contact with sheep and dogs with work-related hazards was present.",
                  OMY: "The patient lives in a rural area, a potential risk factor due to the environment.",
                  "PMC11513667": "A 36-year-old Tunisian patient with no medical history from a rural area"},
     "rejected": {"PMC11595504": "lives close to cattle auction farms (see doubts)",
                  "PMC11489928": "a 'Rural Hospital' (look-alike)",
                  "PMC11616425": "wild mice at home, setting not stated",
                  "PMC11488398": "dogs in early childhood, setting not stated",
                  "PMC11609383": "'no history of contact with animals'"},
     "note": "PMC11418098: Burkholderia thailandensis pericarditis and mediastinal nodes; PMC11424762: intermuscular "
             "hydatid cysts of the thigh; PMC11465958: Burkholderia pseudomallei septic arthritis of the shoulder; "
             "PMC11488404: a primary adrenal hydatid cyst (see doubts); PMC11509492: ophthalmomyiasis from Oestrus "
             "ovis larvae; PMC11513667: bilateral occipital hydatid cysts of the brain. Searched rural, countryside, "
             "village, farm/farmer, herding, livestock, cattle, sheep, goats, dogs, contact with animals"},
    {"question": "Compare the patients given a COVID-19 antiviral such as Paxlovid (nirmatrelvir/ritonavir) or "
                 "remdesivir: why was each given it, and what came of it?",
     "evidence": {"PMC11509757": "The patient was then treated with antiviral therapy (Nirmatrelvir/Ritonavir and "
                                 "Remdesivir) followed by resolution of fever and progressive clinical improvement.",
                  "PMC11631872": "due to a prompt response to nirmatrelvir/ritonavir (Paxlovid) antiviral treatment"},
     "rejected": {"PMC11506189": "antiviral treatment for HHV-6, not COVID-19",
                  "PMC11510521": "acyclovir and ganciclovir for EBV retinal necrosis",
                  "PMC11552406": "antivirals for herpes labialis", "PMC11595896": "antivirals for suspected herpetic "
                                                                                  "keratitis",
                  "PMC11621671": "acyclovir for otitis"},
     "note": "PMC11509757: a man with multiple sclerosis on ocrelizumab with severe COVID-19 pneumonia found only on "
             "BAL, fever gone and steady recovery; PMC11631872: relapsed angioimmunoblastic T-cell lymphoma, skin "
             "nodules first put down to COVID-19 after a prompt response to Paxlovid, then shown by biopsy to be "
             "lymphoma. Searched remdesivir, nirmatrelvir/ritonavir, Paxlovid, molnupiravir, favipiravir, "
             "oseltamivir, antiviral"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua24", OUT))
