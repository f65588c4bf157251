"""Write ``benchmarks/sets/user_audit28.jsonl``: a twenty-eighth blind audit set of 48 questions, asked as a
clinician or an educator would (everyday and lay words, brand names, patients described by age, sex, disease or
setting, never by PMCID).

Written on 2026-11-28 by helper-audit28 **blind**: only the shipped records were read (grep over all documents as
the loader indexes them, then the hits read); the assistant, the app and the scorer were never run on these
questions and no answer to them was seen. Read first: ``build_user_audit26.py``, ``user_audit26.jsonl``,
``user_audit_build.py``, the user_audit26 row of ``README.md``, and the list/count/compare questions of every
earlier set (``user_audit1.jsonl`` .. ``user_audit26.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl``, ``case_findings.jsonl``); ``user_audit27.jsonl`` (its builder and
its README row) was never opened or printed: it was only searched by script, for the case ids of its rows (to
exclude its one-case cases), for keywords of the subjects below in its list/count/compare questions and for the
overlap of their gold cases with the gold below (three first choices of subject matched a subject of it that way
and were dropped, unread), and for its spans and evidence. List/count/compare
subjects (everyday findings, symptoms, tests and procedures, a kind of patient and two drugs: an endocrine
disease, an eye examination, a return to hospital, a pain by its place, a lay symptom, a sign of the face, a
urinary symptom, a vital sign, a surgical device, a stool test, a negative blood test, a dental X-ray, a swab,
a heart scan, a drug of obstetrics, a drug of anaesthesia and an inherited disease) are other than those of all
earlier sets (checked by keyword search over every earlier list/count/compare question, 27 by script only, and by
the overlap of the gold cases with every earlier gold: no earlier list has more than 40% of the same cases);
seven of the fourteen list/count questions are asked plainly, in a word or a short phrase.

One-case cases: a script in the manner of user_audit18..26's over every ``benchmarks/sets/*.jsonl`` field that
names a case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl``
counted apart), earlier compares with at most two gold cases counted as well, and the 72 cases named that way by
any row of user_audit18..27 excluded. The reports with a count of 1 to 3 are all in an annotation file (left out
as before, as user_audit26 did); the six reports with no annotation and the lowest count (4 one-case fields each)
were ranked by their earlier list golds (3, 4, 4, 5, 6, 6). Of these, the penile skin-graft dressing report
(PMC11342862, 4 list golds) is a one-paragraph technical note whose every step the four sequence questions of
``sequence_heldout2.jsonl`` already ask, so it is left out, which keeps both reports tied at 6. So the 28
one-case questions and the 3 compares naming two patients use: a 38-year-old man whose badly placed front-tooth
implant was removed and replaced with bone regeneration (PMC11596955; earlier: three sequence questions, a
follow-up compare, 3 list golds), a 48-year-old man with a sclerosing mucoepidermoid carcinoma of the parotid
(PMC11439974; earlier: a treatment question, FNA and Ki-67 lookups, a treatment compare, 4 list golds), a
58-year-old man with peritoneal leiomyomas (PMC11437698; earlier: a diagnosis question, a treatment question, an
immunostain lookup, a treatment compare, 5 list golds), a 72-year-old man with a high-grade glioma not elsewhere
classified (PMC11428674; earlier: four sequence questions, 6 list golds) and a 40-year-old man with a friction
burn of the left hand covered with fat grafts and PRP (PMC11432800; earlier: two sequence questions, two PRP
outcome compares, 6 list golds), 5-6 one-case questions each. Every fact asked of them was checked by script
against every earlier set (27 included, by script only): no earlier answer span, alternative, accepted span,
reference answer or evidence sentence overlaps the span or evidence of a one-case question or two-patient compare
here (one sequence span shares only the words 'with PRP and growth factors' with the answer of sequence_new_heldout's
fat-graft question, a different step), and none asks the same fact in other words (read; earlier sets asked or quoted the aligners, soft tissue
augmentation, zirconia crown, bone graft, mepivacaine and 10-year follow-up of the implant patient; the diagnosis,
partial parotidectomy, FNA result, ultrasound guidance, Ki-67 and diabetes of the parotid patient; the diagnosis,
laparoscopy and laparotomy, excision, haematoma, CT-guided biopsy, tender abdomen and desmin/caldesmon of the
leiomyoma patient; the subtotal resection, methylation analysis, chemoradiation, adjuvant temozolomide, Ki-67,
memory impairment, vomiting and age of the glioma patient; and the ampicillin-sulbactam, debridement, splint,
lidocaine, skin grafts, fat graft choice, graft vitality, sensory loss and outcome of the hand-burn patient, so
none of these is asked again).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient, a drug or a
drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, brand
names, abbreviations, lay words and British/American spellings included, each hit read; findings only in the
discussion, the literature or a differential, negated findings, tests only recommended, declined or not done, and
look-alike words ('uterine fundus', 'eGFR', 'panoramic approach', 'CMR' complete metabolic response, 'fecal
retention') in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are
located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11434143's thyroxine after a thyroidectomy counts as an underactive thyroid (the word
hypothyroidism is not used); PMC11505654's examination by a retina specialist and PMC11509864's fundus photography
('Fundoscopy' in the summary) count as a look at the back of the eye (both name the retina or the fundus), while
eye examinations that do not name it (PMC11539083's and PMC11513667's 'no papilloedema', PMC11413548's 'no ...
pigmentary retinopathy', PMC11411574's normal ophthalmological examination) and PMC11509173's OCT of the optic
nerve do not; PMC11452353
and PMC11509757 went back to the emergency department within days of being sent home and count as coming back,
while earlier recurrent admissions in the history (PMC11411574, PMC11622295) do not; PMC11616425's respiratory rate
of 25 a minute in an adult counts as breathing fast, the newborns' and toddlers' rates given as numbers and normal
for their age do not; PMC11492059's and PMC11601975's gut cramping count as cramps; PMC11624969's puffy eyelids (a
feature of his Ehlers-Danlos syndrome) count as puffy eyelids; PMC11579050's external ventricular drain is not a
wound drain; PMC11547072's and PMC11413548's HIV tests are not given a result in words but are among the tests that
ruled other causes out ('negative except for ... CMV'), so they count as negative, while PMC11497857's ordered HIV
serology has no result and PMC11366418 is living with HIV; PMC11432800's wound cultures do not say a swab was used.

    python benchmarks/sets/build_user_audit28.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit28.jsonl"

IMP, PAR, LEI, GLI, BRN = "PMC11596955", "PMC11439974", "PMC11437698", "PMC11428674", "PMC11432800"

LISTS = [
    {"shape": "list", "question": "Who had an underactive thyroid?",
     "evidence": {
         "PMC11416184": "she was diagnosed as hypothyroid and was started on Thyronorm 25 micrograms once daily",
         "PMC11434143": "had been taking 100 mg of Thyroxine",
         "PMC11469216": "a medical history pertinent for hypertension, hypothyroidism, uncontrolled type 2 diabetes mellitus",
         "PMC11480700": "Her medical history includes hypothyroidism",
         "PMC11546499": "rapidly developing hypothyroidism (TSH 75 ug/mL)",
         "PMC11550105": "an 80-year-old woman with hypothyroidism",
         "PMC11614507": "Hypertension, hypothyroidism, type 2 diabetes mellitus, melanoma",
         "PMC11635374": "consistent with central hypothyroidism"},
     "rejected": {"PMC11453286": "subclinical hypothyroidism of a literature patient (Chacko et al.)",
                  "PMC11395475": "an overactive thyroid (hyperthyroidism), not underactive",
                  "PMC11624525": "an overactive thyroid (iodine-induced hyperthyroidism), not underactive",
                  "PMC11465705": "'normal thyroid-stimulating hormone (TSH) level consistent with euthyroid state'"},
     "note": "searched hypothyroid/hypothyroidism, underactive thyroid, levothyroxine/thyroxine/Thyronorm/Synthroid/"
             "Euthyrox, Hashimoto, raised TSH, thyroidectomy; PMC11416184: microperforate hymen in pregnancy; "
             "PMC11434143: on thyroxine after a thyroidectomy (see doubts); PMC11469216: paraneoplastic Cushing's; "
             "PMC11480700: pentalogy of Cantrell pregnancy; PMC11546499: durvalumab; PMC11550105: secondary adrenal "
             "insufficiency; PMC11614507: probable CJD; PMC11635374: central, with pituitary gigantism"},
    {"shape": "list", "question": "Who had the back of the eye examined (fundoscopy, a dilated fundus exam or a retina "
                                  "check)?",
     "evidence": {
         "PMC11395317": "A fundoscopy revealed bilateral optic disc edema",
         "PMC11505654": "She was examined by a retina specialist, and her retinal findings were normal.",
         "PMC11509492": "A dilated fundus exam showed clear vitreous with a flat retina",
         "PMC11509864": "Fundoscopy indicated increased SRF in the left eye.",
         "PMC11510521": "Dilated fundus examination revealed multiple retinal hemorrhages",
         "PMC11522842": "Fundoscopic examination revealed mild non-proliferative diabetic retinopathy",
         "PMC11558034": "a fundoscopic examination revealed retinal detachment accompanied by a whitish lesion",
         "PMC11595896": "Fundus examination indicated that there was a bilateral mottled fundus appearance",
         "PMC11625102": "Fundoscopic examination showed bilateral papilledema.",
         "PMC11647062": "Fundoscopic examination revealed Roth’s spots"},
     "rejected": {"PMC11509173": "OCT and nerve-fibre measurements of the optic nerve; a fundus examination is not named "
                                 "(see doubts)",
                  "PMC11539083": "'no ... papillary oedema' only, no fundus examination named (see doubts)",
                  "PMC11513667": "'without papilledema' only, no fundus examination named (see doubts)",
                  "PMC11648268": "'uterine fundus' (look-alike)",
                  "PMC11413548": "'ophthalmologic evaluation revealed no cataracts or pigmentary retinopathy'; a fundus "
                                 "examination is not named (see doubts)",
                  "PMC11411574": "'ophthalmological examination ... normal'; what was examined is not said",
                  "PMC11621058": "eye examinations for pigment (melanoma); a fundus examination is not named",
                  "PMC11635374": "ophthalmologic examinations of the visual fields"},
     "note": "searched fundoscopy/funduscopy/fundoscopic, fundus examination/photography, dilated fundus, "
             "ophthalmoscopy, retina specialist, optic disc, papilloedema; PMC11395317: melanocytic tumours of the CNS; "
             "PMC11505654: preterm infant with GACI; PMC11509492: ophthalmomyiasis; PMC11509864: GPA; PMC11510521: EBV "
             "retinal necrosis; PMC11522842: lupus; PMC11558034: persistent fetal vasculature (second child); "
             "PMC11595896: NIID; PMC11625102: antiphospholipid syndrome; PMC11647062: Abiotrophia endocarditis"},
    {"shape": "list", "question": "Who had to come back to hospital soon after being sent home?",
     "evidence": {
         "PMC11342857": "The patient was urgently readmitted",
         "PMC11439622": "the patient was readmitted to the hospital 12 days after his discharge due to oral pain and fever",
         "PMC11452353": "The next day, the patient returned to the ED with two to three days of worsening right upper "
                        "extremity erythema",
         "PMC11490280": "The following day, the patient returned to the ED complaining of the same symptoms",
         "PMC11509757": "three days later, he returned to the ED due to the persistence of fever and worsening of dyspnoea",
         "PMC11596152": "the patient was readmitted to the hospital seven days after being discharged",
         "PMC11602238": "Three weeks later, he returned to the emergency department with diffuse abdominal pain",
         "PMC11621671": "the patient was readmitted to the hospital",
         "PMC11643412": "Three days later, the patient returned to the ED with similar symptoms of dyspnea"},
     "rejected": {"PMC11411574": "'recurrent admissions for dehydration' in the history before this presentation (see "
                                 "doubts)",
                  "PMC11622295": "'recurrent hospitalizations' in the history before this presentation (see doubts)"},
     "note": "searched readmitted/re-admission, returned to the ED/emergency department/hospital, re-presented, came "
             "back, admitted again, rehospitalised; PMC11342857: gastric schwannoma, small-bowel obstruction; "
             "PMC11439622: sintilimab myocarditis, pneumonia; PMC11452353: HAE in pregnancy, PICC thrombosis; "
             "PMC11490280: Salmonella with alimentary infarction; PMC11509757: COVID-19 pneumonia on ocrelizumab; "
             "PMC11596152: Toxocara eosinophilic pneumonia; PMC11602238: necrotising pancreatitis; PMC11621671: Lyme "
             "dysphagia; PMC11643412: renal cell carcinoma as a pleural effusion"},
    {"shape": "list", "question": "Who had pain low down in the belly or in the pelvis?",
     "evidence": {
         "PMC11437698": "He described the abdominal pain as sharp and severe in the mid-abdomen and left lower quadrant.",
         "PMC11490280": "new-onset right lower quadrant abdominal pain",
         "PMC11525151": "presented to emergency department with lower abdominal pain for a week",
         "PMC11535893": "she experienced severe pain in her lower abdomen",
         "PMC11573436": "evaluation of right lower quadrant abdominal discomfort that started three days prior to arrival",
         "PMC11635708": "symptoms of intermittent perineal and pelvic pain",
         "PMC11646791": "The patient was admitted to a local hospital with lower abdominal pain"},
     "rejected": {"PMC11416184": "'There was no history of lower abdominal pain'",
                  "PMC11439479": "'She denied abdominal pain or vaginal bleeding'",
                  "PMC11417591": "'vague abdominal pain', its place not said",
                  "PMC11424908": "a lump in the lower abdomen; pain not said",
                  "PMC11601975": "abrupt abdominal pain; only the imaging is placed in the right lower quadrant",
                  "PMC11648268": "pelvic pain only among the symptoms of interstitial pregnancy in the background"},
     "note": "searched lower abdominal/abdomen/belly pain, pelvic pain, suprapubic, hypogastric, right/left lower "
             "quadrant, iliac fossa, perineal pain, dysmenorrhoea; PMC11437698: peritoneal leiomyoma; PMC11490280: "
             "Salmonella with alimentary infarction; PMC11525151: gallstone ileus; PMC11535893: bladder rupture; "
             "PMC11573436: appendiceal mucinous neoplasm; PMC11635708: Zinner syndrome (both men); PMC11646791: ovarian "
             "haemorrhage with an LVAD"},
    {"shape": "list", "question": "Who had cramps?",
     "evidence": {
         "PMC11439622": "he experienced cramps in his lower limbs",
         "PMC11492059": "he experienced intermittent gastrointestinal cramping",
         "PMC11601975": "performed for intermittent abdominal cramping and diarrhea"},
     "rejected": {"PMC11411574": "muscle cramps only in the background on Bartter syndrome",
                  "PMC11413548": "muscle cramps only in the HANAC syndrome named in the background",
                  "PMC11416184": "cramps only in the background on microperforate hymen"},
     "note": "searched cramp/cramps/cramping, colic/colicky, spasm (infantile spasms are seizures, not cramps); "
             "PMC11439622: leg cramps on methylprednisolone for sintilimab myocarditis; PMC11492059: on zinc acetate for "
             "Wilson disease; PMC11601975: the cramping that led to her neuroendocrine tumour (see doubts)"},
    {"shape": "list", "question": "Whose face or eyelids were puffy or swollen?",
     "evidence": {
         "PMC11479900": "unexplained edema of the eyelids and lower limbs",
         "PMC11539083": "had experienced swollen eyelids and painful red eyes for the past 2 days",
         "PMC11620866": "facial oedema",
         "PMC11624969": "puffy eyelids, prominent epicanthal folds",
         "PMC11625232": "accompanied by eyelid edema, erythema, and localized warmth"},
     "rejected": {"PMC11452353": "hereditary angioedema, but the swelling told is of the right arm",
                  "PMC11595504": "tongue swelling, not the face",
                  "PMC11439974": "a lump below the ear lobe, not a swollen face",
                  "PMC11392029": "'moon face' only in the background on Cushing's"},
     "note": "searched facial swelling/oedema/edema, puffy face/eyelids, periorbital, eyelid swelling/oedema, swollen "
             "eyelids, angioedema, moon face; PMC11479900: PGNMID nephrotic syndrome; PMC11539083: necrotising "
             "cellulitis after blepharoplasty; PMC11620866: toxic epidermal necrolysis; PMC11624969: Ehlers-Danlos "
             "syndrome (see doubts); PMC11625232: orbital cellulitis from sinusitis"},
    {"shape": "list", "question": "Who was passing urine more often than normal?",
     "evidence": {
         "PMC11411574": "also passed urine frequently",
         "PMC11470589": "worsening urinary frequency, urgency, nocturia, and weak stream",
         "PMC11535893": "she had frequent urination accompanied by pain",
         "PMC11546499": "polydipsia, polyuria, and general weakness",
         "PMC11626717": "abnormally increased urinary frequency and urge incontinence"},
     "rejected": {"PMC11483286": "urgency and dysuria during radiotherapy; more frequent passing of urine not said",
                  "PMC11616425": "polyuria only as a stage of haemorrhagic fever in the background",
                  "PMC11465705": "nocturia only in the background"},
     "note": "searched frequent urination, urinary frequency, polyuria, passed urine frequently, nocturia, urgency; "
             "PMC11411574: Bartter syndrome; PMC11470589: SFT of the prostate; PMC11535893: bladder rupture (cystitis "
             "earlier); PMC11546499: diabetic ketoacidosis on durvalumab; PMC11626717: urethral clear cell "
             "adenocarcinoma"},
    {"shape": "list", "question": "Who was breathing too fast?",
     "evidence": {
         "PMC11439622": "persistent fever (38.1°C) and tachypnea",
         "PMC11565536": "tachypneic with a respiratory rate of 20 breaths per minute",
         "PMC11616425": "respiratory rate of 25 breaths per minute",
         "PMC11622295": "the patient was tachypneic",
         "PMC11634049": "She was tachypneic on admission with a respiratory rate of 20"},
     "rejected": {"PMC11368709": "55 a minute in a three-week-old, given as a number and normal for age",
                  "PMC11569933": "26 a minute in a 2-year-old, given as a number and normal for age",
                  "PMC11629271": "44 a minute in a newborn, given as a number and normal for age",
                  "PMC11535884": "40 a minute in a newborn, given as a number and normal for age"},
     "note": "searched tachypnoea/tachypnea/tachypnoeic, breathing fast, rapid breathing, respiratory rate with its "
             "value; PMC11439622: sintilimab myocarditis with septic shock; PMC11565536: pyometra after myomectomy; "
             "PMC11616425: hantavirus with pancreatitis (see doubts); PMC11622295: lentil aspiration in an infant; "
             "PMC11634049: atrio-oesophageal fistula"},
    {"shape": "list", "question": "Who had a wound drain left in after an operation (a surgical drain such as a JP or "
                                  "Redon drain)?",
     "evidence": {
         "PMC11396497": "placing a Redon drain in the presacral area",
         "PMC11414482": "This was followed by haemostasis and drain placement in the retroperitoneal space.",
         "PMC11424762": "the wound was approximated in layers over a drainage tube",
         "PMC11437698": "A Jackson-Pratt (JP) drain was placed exiting the right lower quadrant and anchored to the skin.",
         "PMC11459113": "a drain was placed in the right upper quadrant",
         "PMC11488400": "Cavity was washed with warm saline and a drain was placed.",
         "PMC11525124": "the surgical wound was closed in layers with a drain placed for 48 h",
         "PMC11565536": "An intrauterine drain was placed",
         "PMC11632603": "Jackson Pratt (JP) drains were inserted bilaterally."},
     "rejected": {"PMC11546049": "'The wounds were closed without a drain.'",
                  "PMC11579050": "an external ventricular drain for CSF, not a wound drain (see doubts)",
                  "PMC11602238": "a transgastric drain was attempted by radiology and not placed",
                  "PMC11418098": "emergency surgical drainage of the pericardium; no drain left in is told",
                  "PMC11573436": "a decision to drain the collection, then surgery; no drain told",
                  "PMC11625232": "sinus surgery 'to drain the retained mucus'; no drain told",
                  "PMC11398847": "a Foley catheter to drain urine, not a wound drain"},
     "note": "searched drain/drains/drainage tube, Jackson-Pratt/JP, Redon, surgical drain, without a drain; "
             "PMC11396497: tailgut cysts (both patients); PMC11414482: robot-assisted renal denervation; PMC11424762: "
             "intermuscular hydatid cyst; PMC11437698: peritoneal leiomyoma; PMC11459113: Whipple for duodenal cancer; "
             "PMC11488400: infant yolk sac tumour; PMC11525124: thigh lipoblastoma; PMC11565536: pyometra; "
             "PMC11632603: gestational gigantomastia"},
    {"shape": "list", "question": "Who had their stool tested?",
     "evidence": {
         "PMC11490280": "A stool sample was also taken for polymerase chain reaction (PCR) analysis",
         "PMC11506781": "faecal elastase measurement",
         "PMC11547072": "a stool culture, with a negative result for Shiga toxin-producing Escherichia coli"},
     "rejected": {"PMC11398847": "'fecal retention' (look-alike)", "PMC11595896": "'fecal incontinence' (look-alike)",
                  "PMC11488400": "a gloved finger stained with fecal matter on rectal examination, not a stool test",
                  "PMC11396497": "'fecal incontinence' only in the background"},
     "note": "searched stool test/culture/sample/PCR/microscopy, faecal/fecal, calprotectin, C. difficile, occult blood, "
             "ova and parasites; PMC11490280: Salmonella on stool PCR; PMC11506781: infant with GATA4 diabetes, "
             "exocrine pancreatic insufficiency; PMC11547072: AML-triggered HUS"},
    {"shape": "count", "question": "How many patients tested negative for HIV?",
     "evidence": {
         "PMC11413548": "Negative except for nonspecific IgG CMV positivity",
         "PMC11547072": "serologies for human immunodeficiency virus (HIV)",
         "PMC11585469": "viral (human immunodeficiency virus, hepatitis B, hepatitis C), studies, which were all negative",
         "PMC11595504": "Negative for HIV",
         "PMC11617203": "HIV A1 and A2 tests were also negative",
         "PMC11629271": "viral serology for cytomegalovirus (CMV), Epstein-Barr virus (EBV), HIV, and herpes virus, were "
                        "negative"},
     "rejected": {"PMC11366418": "living with HIV (positive)",
                  "PMC11497857": "HIV serology ordered; no result told (see doubts)",
                  "PMC11549870": "HIV only among infectious differentials in the background",
                  "PMC11570475": "HIV only in the background", "PMC11501102": "HIV only in the background"},
     "note": "searched HIV, human immunodeficiency virus, retroviral, TORCH, serology; PMC11413548: COL4A1 (TORCH screen); "
             "PMC11547072: AML-triggered HUS (see doubts); PMC11585469: neuro-Behçet; PMC11595504: disseminated "
             "histoplasmosis; PMC11617203: M. chelonae after acupuncture; PMC11629271: newborn hepatic peliosis"},
    {"shape": "count", "question": "How many patients had a panoramic dental X-ray?",
     "evidence": {
         "PMC11401629": "The patient's orthopantomogram revealed the existence of third molars",
         "PMC11477508": "The panoramic radiograph (Figure 2) confirmed hypodontia",
         "PMC11490302": "The panoramic radiograph examination showed unfavourable eruption pathway",
         "PMC11505908": "A panoramic X-ray examination was performed to assess the quality of the endodontic treatment",
         "PMC11509520": "the control panoramic radiograph showed no signs of bone remodeling around the implants",
         "PMC11512705": "Orthopantomogram revealed dense radiopaque masses",
         "PMC11596955": "a panoramic radiograph revealing marginal bone loss"},
     "rejected": {"PMC11549870": "'a panoramic approach' (look-alike)"},
     "note": "searched panoramic radiograph/X-ray, orthopantomogram/orthopantomography, OPG, OPT; PMC11401629: Forsus "
             "appliance; PMC11477508: Axenfeld-Rieger sisters; PMC11490302: transmigrated canine; PMC11505908: "
             "veneers on a root-filled incisor; PMC11509520: full-arch 3D-printed implants; PMC11512705: florid "
             "cemento-osseous dysplasia; PMC11596955: redone front-tooth implant"},
    {"shape": "count", "question": "How many patients had a swab taken?",
     "evidence": {
         "PMC11509757": "Two nasopharyngeal swabs performed at home tested negative for COVID-19",
         "PMC11551029": "oropharyngeal swabs via metagenomic next-generation sequencing and a PCR assay",
         "PMC11617203": "The samples from the wound swabs were inoculated onto appropriate nutrient media",
         "PMC11620866": "The lip swab yielded methicillin-resistant Staphylococcus aureus (MRSA)."},
     "rejected": {"PMC11501102": "viral swabs only advised in the discussion",
                  "PMC11432800": "wound cultures; a swab is not named (see doubts)"},
     "note": "searched swab/swabs, nasopharyngeal, oropharyngeal, throat/nose/wound/skin swab; PMC11509757: COVID-19 "
             "on ocrelizumab; PMC11551029: rhinovirus myocarditis; PMC11617203: M. chelonae after acupuncture; "
             "PMC11620866: toxic epidermal necrolysis (lip, anal and skin swabs)"},
    {"shape": "count", "question": "How many patients had an MRI of the heart?",
     "evidence": {
         "PMC11395475": "Cardiac magnetic resonance was positive for a cardiomyopathy with diffuse fibrosis",
         "PMC11624525": "cardiac magnetic resonance imaging revealed myocardial congestion and edema"},
     "rejected": {"PMC11439622": "'He declined the cardiac magnetic resonance (CMR)'",
                  "PMC11551029": "'This patient did not undergo cMRI'",
                  "PMC11593014": "cardiac magnetic resonance only in a study cited in the discussion",
                  "PMC11631872": "'CMR' = complete metabolic response (look-alike)"},
     "note": "searched cardiac MRI/MR/magnetic resonance, CMR, cMRI, MRI of the heart; PMC11395475: hypertrophic "
             "cardiomyopathy with hyperthyroidism; PMC11624525: iodine-induced hyperthyroidism with fulminant "
             "myocarditis"},
]

YESNO = [
    {"case": IMP, "question": "Was a membrane put over the bone graft when the 38-year-old man's new front-tooth implant "
                              "went in?",
     "expected": "yes",
     "evidence": "a resorbable collagen membrane (Osteobiol Evolution, Tecnoss Dental Srl, Giaveno, Torino, Italy) was "
                 "placed to protect the biomaterial"},
    {"case": IMP, "question": "Was the 38-year-old man given antibiotics around the surgery for his new front-tooth "
                              "implant?",
     "expected": "not_reported",
     "search_regex": r"antibiot|amoxicillin|clindamycin|penicillin|azithromycin|metronidazole|cephalosporin|prophyla"},
    {"case": PAR, "question": "Did the 48-year-old man with the lump below his left ear have a burning feeling inside "
                              "his cheek?",
     "expected": "yes",
     "evidence": "The patient had been experiencing a burning sensation on his left buccal mucosa for the past five "
                 "months."},
    {"case": PAR, "question": "Was the skin over the parotid lump of the 48-year-old man broken down or ulcerated?",
     "expected": "no", "evidence": "there was no sign of ulceration, erosion, or inflammation"},
    {"case": PAR, "question": "Did the 48-year-old man with the parotid tumour smoke or chew tobacco?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine|betel|areca|gutka|pan masala|\bchew",
     "note": "'Personal History: None reported' in the summary"},
    {"case": LEI, "question": "Did the 58-year-old man's blood pressure drop after the needle biopsy of his belly mass?",
     "expected": "yes",
     "evidence": "after 15 minutes of observation, the patient's blood pressure decreased and heart rate elevated"},
    {"case": LEI, "question": "Did the 58-year-old man with the leiomyomas in his belly have any complications in the "
                              "days right after his operation?",
     "expected": "no", "evidence": "The immediate postoperative course was routine without complications."},
    {"case": GLI, "question": "Did the 72-year-old man's temporal lobe glioma carry an EGFR or TERT change?",
     "expected": "no",
     "evidence": "No other alterations were detected, including TERT, EGFR, PTEN, TP53, BRAF, and ATRX genes"},
    {"case": GLI, "question": "Did the 72-year-old man with the glioma of the left temporal lobe have seizures?",
     "expected": "not_reported", "search_regex": r"seiz|convuls|epilep|levetiracetam|keppra|anticonvuls|antiepilep"},
    {"case": BRN, "question": "Did the 40-year-old man with the friction burn of his hand have physiotherapy?",
     "expected": "yes", "evidence": "Physical therapy began on the fifth day"},
    {"case": BRN, "question": "Did the wound cultures of the 40-year-old man with the hand friction burn grow bacteria?",
     "expected": "no", "evidence": "all of which were negative for bacterial superinfection"},
    {"case": BRN, "question": "Was the 40-year-old man with the friction burn of his hand given a tetanus jab?",
     "expected": "not_reported", "search_regex": r"tetan|toxoid|immunoglobulin|vaccin|booster"},
]

LOOKUPS = [
    {"case": IMP, "question": "What was used to take out the old front-tooth implant of the 38-year-old man?",
     "answer": "trephine burs", "evidence": "the implant was removed with trephine burs",
     "alternatives": [{"answer": "trephine burs", "evidence": "Implant removal with trephine burs"}]},
    {"case": IMP, "question": "What kind of implant was put in for the 38-year-old man's front tooth?",
     "answer": "A bone-level implant",
     "evidence": "A bone-level implant (Intra-Lock, Boca Raton, FL, USA) was positioned."},
    {"case": PAR, "question": "How long had the 48-year-old man had the lump below his left ear?",
     "answer": "the past two years",
     "evidence": "A 48-year-old male patient presented with a mass below the left ear lobe for the past two years.",
     "alternatives": [{"answer": "present for two years",
                       "evidence": "A mass below the left ear lobe present for two years"}]},
    {"case": PAR, "question": "Which branches of the facial nerve did the surgeons find and keep during the 48-year-old "
                              "man's parotid operation?",
     "answer": "buccal branch, marginal mandibular branch, and cervical branch",
     "evidence": "The branches of the facial nerve (buccal branch, marginal mandibular branch, and cervical branch) "
                 "were identified and preserved."},
    {"case": LEI, "question": "What size of needle was used to biopsy the 58-year-old man's belly mass?",
     "answer": "18-gauge", "evidence": "Following successful 18-gauge core biopsy acquisition"},
    {"case": LEI, "question": "How long was the 58-year-old man with the leiomyomas in hospital after his operation?",
     "answer": "five days", "evidence": "The total length of hospitalization following surgery was five days."},
    {"case": GLI, "question": "What gene mutation did the sequencing find in the 72-year-old man's temporal lobe "
                              "glioma?",
     "answer": "FGFR1",
     "evidence": "NGS results from our case demonstrated an activating hotspot mutation in the FGFR1 oncogene",
     "alternatives": [{"answer": "FGFR1 mutation (p.N546K)",
                       "evidence": "FGFR1 mutation (p.N546K), CDKN2A/B deletion"}]},
    {"case": GLI, "question": "Which tumour-suppressor genes were deleted in the 72-year-old man's glioma?",
     "answer": "CDKN2A and CDKN2B",
     "evidence": "homozygous deletion of the CDKN2A and CDKN2B tumor suppressor genes",
     "alternatives": [{"answer": "CDKN2A/B deletion", "evidence": "FGFR1 mutation (p.N546K), CDKN2A/B deletion"}]},
    {"case": GLI, "question": "What was the MGMT status of the 72-year-old man's temporal lobe glioma?",
     "answer": None, "search_regex": r"MGMT|methylguanine|O6-|O\(6\)"},
    {"case": BRN, "question": "How many days was the 40-year-old man with the hand friction burn in hospital?",
     "answer": None,
     "search_regex": r"discharg|hospital stay|length of stay|hospitali[sz]|days? in (the )?hospital|went home|sent home"},
]

SEQUENCES = [
    {"case": IMP, "question": "After his old front-tooth implant was taken out, what did the 38-year-old man wear as a "
                              "temporary tooth?",
     "answer": "an essix retainer with resin bonded tooth 2.1",
     "evidence": "Provisional restoration was performed with an essix retainer with resin bonded tooth 2.1."},
    {"case": PAR, "question": "After the needle test on the lump below his ear, what scan did the 48-year-old man have "
                              "to see how far it went?",
     "answer": "An MRI", "evidence": "An MRI was carried out to see the extent of the lesion",
     "alternatives": [{"answer": "MRI", "evidence": "MRI: Evaluated lesion extent."}]},
    {"case": LEI, "question": "Once the blood clot in the 58-year-old man's belly had been cleared out, what was found "
                              "bleeding, and what was done about it?",
     "answer": "a small bleeding mesenteric artery was identified and suture-ligated",
     "evidence": "Following the evacuation of the hematoma, a small bleeding mesenteric artery was identified and "
                 "suture-ligated."},
    {"case": LEI, "question": "Before an expert opinion was asked for, what did the pathologists first think the "
                              "58-year-old man's belly mass was?",
     "answer": "a mesenchymal tumor with neural features favoring ganglioneuroma",
     "evidence": "The initial diagnosis upon pathological evaluation was a mesenchymal tumor with neural features "
                 "favoring ganglioneuroma."},
    {"case": BRN, "question": "When only half of the first fat graft on the 40-year-old man's burnt hand had taken, what "
                              "was done next?",
     "answer": "a second application of adipose tissue combined with PRP and growth factors",
     "evidence": "Three days after the initial fat graft application, 50% graft vitality was noted, prompting a second "
                 "application of adipose tissue combined with PRP and growth factors"},
    {"case": BRN, "question": "After the bone specialists advised an operation for the chipped bone at his wrist, what "
                              "did the 40-year-old man with the hand burn decide?",
     "answer": "the patient declined",
     "evidence": "Although the traumatologists recommended surgical correction for the avulsion injury to the cortex of "
                 "the distal epiphysis of the radius, the patient declined"},
]

COMPARES = [
    {"question": "Compare how the wound was looked after in the days after the operation in the 58-year-old man with "
                 "the masses in his belly and in the 40-year-old man with the friction burn of his hand.",
     "evidence": {LEI: "His JP drain output became serous, and the drain was removed before discharge.",
                  BRN: "Four days post-surgery, irrigation was performed with 500 cc of 0.9% saline solution, and the "
                       "hydrocolloid bandage (Duoderm) was changed."},
     "note": "LEI: a JP drain with dark bloody then serous output, taken out before he went home on day five, the "
             "haemoglobin stable; BRN: saline irrigation and a new hydrocolloid (Duoderm) dressing every four days, wound "
             "cultures every eight days (all negative), the splint checked fifteen minutes after the operation"},
    {"question": "Compare what the tumour looked like under the microscope in the 48-year-old man with the parotid lump "
                 "and in the 72-year-old man with the glioma of the left temporal lobe.",
     "evidence": {PAR: "showed partially encapsulated neoplasm of salivary gland origin composed of multiple lobules of "
                       "variably sized cystic spaces separated by dense fibrous connective tissue stroma",
                  GLI: "In these infiltrative high-grade areas, geographic necrosis and viable tumor cells surrounding "
                       "vasculature formed a pseudopapillary architecture"},
     "note": "PAR: cystic spaces lined by mucous cells, sheets of epidermoid cells, a few clear cells, dense fibrous "
             "(sclerotic) stroma with chronic inflammation: a low-grade sclerosing mucoepidermoid carcinoma; GLI: compact "
             "areas of spindle cells and infiltrative high-grade areas with mitoses, microvascular proliferation and "
             "necrosis, bizarre multinucleated cells, no Rosenthal fibres; GFAP and OLIG2 positive, ATRX lost in the "
             "high-grade areas"},
    {"question": "Compare the cut the surgeons made to get to the tumour in the 48-year-old man with the parotid lump and "
                 "in the 58-year-old man with the masses in his belly.",
     "evidence": {PAR: "A modified Blair’s incision was given on the left side.",
                  LEI: "Midline incision was made followed by elevation of the fascia and peritoneum."},
     "note": "PAR: a modified Blair incision in front of the ear, round the mastoid tip and down into a neck crease, "
             "under general anaesthesia; LEI: a laparoscopy first, then a midline laparotomy and a window in the "
             "mesentery to clear the haematoma"},
    {"question": "Compare the patients given magnesium sulphate: why was it given, and what happened?",
     "evidence": {"PMC11625102": "Magnesium sulfate infusion was started for seizure prophylaxis in the setting of "
                                 "severe preeclampsia"},
     "rejected": {"PMC11535884": "a blood magnesium level only, no magnesium given"},
     "note": "PMC11625102: a woman whose antiphospholipid syndrome showed as multiple strokes in severe pre-eclampsia, "
             "magnesium to prevent seizures. Searched magnesium sulphate/sulfate, MgSO4, magnesium infusion"},
    {"question": "Compare the patients given sugammadex (Bridion) to reverse the muscle relaxant at the end of an "
                 "operation.",
     "evidence": {"PMC11617126": "the patient was successfully reversed with sugammadex and extubated"},
     "note": "PMC11617126: a patient with severe hypertrophic cardiomyopathy after a six-hour operation. Searched "
             "sugammadex, Bridion, neostigmine, reversal of neuromuscular block"},
    {"question": "Compare the patients with cystic fibrosis: how was it found, and how were they treated?",
     "evidence": {"PMC11535884": "Genetic analysis revealed the patient to be a carrier, likely in the homozygous state, "
                                 "of a variant associated with the classic form of cystic fibrosis"},
     "rejected": {"PMC11622295": "'The sweat chloride test was within normal limits' (ruled out)",
                  "PMC11411574": "cystic fibrosis only as a condition to tell apart from Bartter syndrome",
                  "PMC11543139": "cystic fibrosis only among the causes of a fetal echogenic bowel",
                  "PMC11629271": "cystic fibrosis only among the causes of hepatic peliosis"},
     "note": "PMC11535884: a premature newborn with meconium ileus; gastrografin failed, laparotomy and ileostomy, "
             "genetics (p.Phe508del). Searched cystic fibrosis, CF, CFTR, sweat test/chloride, Phe508del"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua28", OUT))
