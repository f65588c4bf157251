"""Write ``benchmarks/sets/user_audit22.jsonl``: a twenty-second blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, brand names, bare abbreviations, patients
described by age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit22 **blind**: only the shipped records were read (grep over all
documents as the loader indexes them, then the hits read); the assistant, the app and the scorer were
never run on these questions and no answer to them was seen. Read first: ``build_user_audit21.py``,
``build_user_audit20.py``, ``user_audit_build.py``, the user_audit rows of ``README.md``, the questions of
``user_audit1.jsonl`` .. ``user_audit21.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl`` and ``case_findings.jsonl``. List/count/compare subjects (from
across clinical medicine: a background disease of the circulation, a heart condition, an infection syndrome, a
digestive symptom, a bowel operation, two laboratory findings, a gynaecological procedure, a sleep complaint, a
kind of patient by age, a mood disorder, a fluid disturbance, a kidney condition, an eye condition, an
immunosuppressant, a class of biologic drug and a kind of patient by habit) are other than those of all of these
sets; seven of the fourteen list/count questions are asked plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18/19/20/21's over every ``benchmarks/sets/*.jsonl`` field that names
a case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count), earlier compares with at most two gold cases counted as well, the twenty cases of
user_audit18/19/20/21 excluded, finds seven reports with a count of 1 (one one-case field, no compare), every one
of them in an annotation file. The annotation files, then the number of earlier list golds, break the tie as
before: the coronary-pulmonary fistula report PMC11635820 (14 event annotations) and the bladder-rupture report
PMC11535893 (14) are left out, and the five kept are of different kinds. So the 28 one-case questions and the 3
compares naming two patients use: a 46-year-old man, a long-time smoker, with a primary hepatic leiomyosarcoma
spread to the liver and the right adrenal (PMC11378089; earlier: a diagnosis question), a 39-year-old woman with
high-grade fever and breathlessness from a typical carcinoid of the left lower lobe (PMC11392029; earlier: a
diagnosis question), a 36-year-old man blocked by an ameboma of the ascending colon ten months after a Roux-en-Y
gastric bypass (PMC11632824; earlier: a diagnosis question), a 73-year-old man whose 23 mm squamous cell carcinoma
of the lower lip melted away after one intra-arterial cisplatin infusion and radiotherapy (PMC11402139; earlier: a
sodium-thiosulfate lookup) and a three-week-old girl with lipoid congenital adrenal hyperplasia from a StAR
mutation (PMC11368709; earlier: a diagnosis question), 5-6 one-case questions each. Every fact asked of them was
checked by script against every earlier set: no earlier answer span, alternative, accepted span or evidence
sentence overlaps the span or evidence of a one-case question or two-patient compare here, and none asks the same
fact in other words (read; earlier sets asked or quoted the diagnosis, chemotherapy instead of surgery, smoking,
alcohol, liver spread and liver biopsy of the leiomyosarcoma patient, the diagnosis, fever, temperature, heart
rate, white count, CRP, breathlessness, chills, CT-guided biopsy, lobectomy, weight and appetite of the carcinoid
patient, the diagnosis, white count, CRP, keyhole surgery with loop ileostomy, obesity, diabetes, parastomal
hernia, nasogastric tube, intensive care, vomiting and hemicolectomy of the ameboma patient, the cancer, its
treatment, PET, local anaesthesia, cisplatin, radiotherapy and sodium thiosulfate of the lip patient, and the
diagnosis, sodium, potassium, kidney injury, low blood sugar, weight loss, lethargy, vomiting, gene test and
hormone replacement of the StAR baby, so none of these is asked again; the events annotations were not counted as
questions).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient, a drug or a
drug class), yes/no 12 (yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer),
sequence 6. List/count gold = every case whose own patient had it (grep over all documents, synonyms, class
members, brand names, abbreviations, lay words and British/American spellings included, each hit read; findings
only in the discussion, the literature, a differential or a mother's history, negated findings, normal values,
tests or drugs only suggested, declined or listed as options, and look-alike words ('portal', 'pulmonary',
'ocular' and 'venous' hypertension, 'aseptic', 'antiseptic', 'septic emboli', 'prophylactic', 'Ringer lactate',
'lactate dehydrogenase', bone 'curettage', 'ventriculostomy', 'pancreatojejunostomy', 'reduced effect') in
``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence spans are located in the
indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11497857 was 'hypertensive (160/100 mmHg)' in the emergency department and PMC11547072
had 'increased blood pressure' during her haemolytic uraemic syndrome (both counted as high blood pressure),
PMC11438519's single admission reading of 166/98 mmHg, never called hypertension, is not; PMC11551029's 'severe
cardiac dysfunction' with cardiogenic shock (ejection fraction 28%) counts as heart failure, PMC11624525's mildly
reduced ejection fraction in myocarditis, PMC11469216's orthopnoea and leg oedema in ectopic Cushing's syndrome and
PMC11635820's mild pulmonary oedema after bypass surgery, none called heart failure, do not; PMC11501102's kidney
injury 'presumed from sepsis', PMC11427117's 'septic appearance' and PMC11490280's 'standard sepsis protocol' count
as sepsis, PMC11506781's neonatal sepsis suspected and then not confirmed does not; PMC11595896's severe
hyperemesis gravidarum in her history counts as nausea; PMC11617126's 'resection and anastomosis with ileostomy'
is told as scheduled before a six-hour operation that went ahead (counted, as user_audit20 read it);
PMC11624525's raised AST in myocarditis counts as a raised liver enzyme, PMC11631872's 'liver dysfunction' with
no enzyme named does not; PMC11565536's two hysteroscopies before IVF count as a procedure inside the womb;
PMC11625232 is 13 in the abstract and 14 in the case text (a teenager either way), PMC11625106 is a 12-year-old
called an adolescent (left out); PMC11368709's 'slow dehydration correction' counts as dehydration; PMC11483286 had
dialysis-dependent chronic kidney disease before her kidney transplant (counted).

    python benchmarks/sets/build_user_audit22.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit22.jsonl"

LMS, NET, AMB, LIP, CAH = "PMC11378089", "PMC11392029", "PMC11632824", "PMC11402139", "PMC11368709"

LISTS = [
    {"shape": "list", "question": "Who had high blood pressure?",
     "evidence": {
         "PMC11342862": "A 45-year-old male patient with a past medical history of hypertension",
         "PMC11355863": "without relevant comorbidities except hypertension",
         "PMC11395475": "The main risk factor for the stroke was deemed to be arterial hypertension",
         "PMC11398847": "Past medical history noted hypertension, hyperlipidemia, and alcohol use disorder.",
         "PMC11414482": "He had a long-standing history of hypertension",
         "PMC11420455": "His past medical history included biliary pancreatitis, hypertension, coronary heart disease, "
                        "and permanent atrial fibrillation.",
         "PMC11439622": "A 69-year-old man with hypertension and diabetes presented at our hospital in June 2021",
         "PMC11456792": "A 74-year-old female patient with a history of hypertension and lung cancer",
         "PMC11459453": "This is a case of a 75-year-old hypertensive female",
         "PMC11469216": "A 65-year-old Caucasian female with a medical history pertinent for hypertension",
         "PMC11470589": "past medical history of type 2 diabetes mellitus, hypertension, and coronary atherosclerosis",
         "PMC11490280": "previously diagnosed type 2 diabetes, hypertension, and hyperlipidemia",
         "PMC11497857": "The patient was afebrile, hypertensive (160/100 mmHg), and tachycardic (109 bpm) in the ED.",
         "PMC11505654": "we initiated treatment with nifedipine because the hypertension persisted",
         "PMC11510521": "The patient was receiving medication for hypertension, diabetes mellitus",
         "PMC11522842": "A 53-year-old man with pre-existing conditions of systemic hypertension",
         "PMC11547072": "In addition, increased blood pressure was noted",
         "PMC11550105": "We present the case of an 80-year-old woman with hypothyroidism, hypertension",
         "PMC11565536": "pregnancy was complicated by chronic hypertension without requiring medications",
         "PMC11593014": "A 38-year-old male with diabetes, dyslipidemia, and hypertension",
         "PMC11595896": "peripheral neuropathy, hypertension, and bronchial asthma",
         "PMC11596152": "arterial hypertension, and two previous infections with Toxocara canis",
         "PMC11602238": "a past medical history of coronary artery disease, obstructive sleep apnea, hyperlipidemia, and "
                        "hypertension",
         "PMC11608042": "a medical history notable for hypertension and diabetes mellitus",
         "PMC11608458": "Other relevant past medical history included hypertension with good control on one medication",
         "PMC11614507": "A 72-year-old female with medical history of hypertension, hypothyroidism",
         "PMC11624969": "His contributory past medical history was significant for primary hypertension",
         "PMC11625102": "a recent diagnosis of preeclampsia, made 2 weeks prior based on elevated blood pressure and "
                        "proteinuria",
         "PMC11629481": "The patient had a history of type 2 diabetes, ischemic heart disease, hypertension, and a 30 "
                        "pack-year smoking history.",
         "PMC11632824": "A 36-year-old man with a history of type 2 diabetes, hypertension, and obesity",
         "PMC11635820": "A 61-year-old male with a history of hypertension, hyperlipidemia",
         "PMC11648763": "The patient has been known to be hypertensive and hyperlipidemic for many years"},
     "rejected": {"PMC11438519": "one admission reading of 166/98 mmHg, never called hypertension (see doubts)",
                  "PMC11411574": "hypertension of a literature patient; the index child had normal blood pressure",
                  "PMC11413548": "pregnancy-induced hypertension of the mother",
                  "PMC11421273": "'no hypertension' on ambulatory monitoring",
                  "PMC11635829": "'no history of hypertension'",
                  "PMC11544788": "the mother had no hypertension; the newborn's pulmonary hypertension (look-alike)",
                  "PMC11479900": "hypertension only as a feature her nephropathy lacked and as a steroid side effect",
                  "PMC11620866": "cyclosporin-induced hypertension of a literature patient",
                  "PMC11392029": "hypertension only in the background on ectopic Cushing's syndrome",
                  "PMC11414668": "hypertension only in the background", "PMC11439479": "hypertension only in the background",
                  "PMC11488404": "hypertension only in the background", "PMC11592073": "hypertension only in the background",
                  "PMC11621058": "hypertension only in the background", "PMC11643412": "hypertension only in the background",
                  "PMC11492059": "'portal venous hypertension' (look-alike)",
                  "PMC11570109": "'portal hypertension' (look-alike)", "PMC11594283": "'portal hypertension' (look-alike)",
                  "PMC11629271": "'no signs of portal hypertension' (look-alike)",
                  "PMC11608958": "'pulmonary hypertension' (look-alike)",
                  "PMC11539083": "'ocular hypertension' (look-alike)",
                  "PMC11540479": "'venous hypertension' of the spinal cord (look-alike)"},
     "note": "searched hypertension/hypertensive, HTN, high/elevated/increased/raised blood pressure, antihypertensive, "
             "preeclampsia, blood-pressure readings of 140/90 mmHg and above; PMC11497857: Streptococcus intermedius "
             "endocarditis (a reading in the ED); PMC11505654: a preterm baby with generalized arterial calcification; "
             "PMC11547072: AML-triggered haemolytic uraemic syndrome (see doubts); PMC11565536: chronic hypertension in "
             "the pregnancy after IVF; PMC11625102: preeclampsia with antiphospholipid syndrome"},
    {"shape": "list", "question": "Who had heart failure?",
     "evidence": {
         "PMC11395475": "the patient presented at our Cardiology Clinic with an episode of decompensated heart failure",
         "PMC11429645": "had been diagnosed multiple UFs four years ago and now developed heart failure",
         "PMC11505654": "To treat heart failure, we introduced carvedilol",
         "PMC11506189": "She subsequently developed heart failure, with a marked reduction in myocardial contractility",
         "PMC11551029": "The child developed severe cardiac dysfunction and tissue hypoperfusion",
         "PMC11646791": "was implanted due to worsening heart failure",
         "PMC11646979": "myocarditis, and heart failure with intermediate ejection fraction"},
     "rejected": {"PMC11624525": "reduced left ventricular systolic function in myocarditis, heart failure not named (see doubts)",
                  "PMC11469216": "orthopnoea and leg oedema in ectopic Cushing's syndrome, heart failure not named (see doubts)",
                  "PMC11635820": "mild pulmonary oedema after bypass surgery, heart failure not named (see doubts)",
                  "PMC11497857": "cardiomyopathy in his history with a normal ejection fraction",
                  "PMC11617126": "'no signs of heart failure were observed' (hypertrophic cardiomyopathy)",
                  "PMC11594283": "'did not show any cardiac failure'",
                  "PMC11446622": "congestive heart failure ruled out",
                  "PMC11439622": "normal ejection fraction; heart failure only in the background",
                  "PMC11465705": "normal ejection fraction", "PMC11418098": "normal ejection fraction",
                  "PMC11411574": "heart failure only in the background", "PMC11414482": "heart failure only in the background",
                  "PMC11461041": "cardiac failure only in the background", "PMC11479900": "cardiac failure only in the background",
                  "PMC11490280": "heart failure only in the background", "PMC11593014": "heart failure only in the background",
                  "PMC11608958": "heart failure only among possible complications",
                  "PMC11616425": "cardiac insufficiency only in the background", "PMC11647062": "heart failure only in the background",
                  "PMC11617203": "'reduced effect' (look-alike)"},
     "note": "searched heart/cardiac failure, CHF, HFrEF, decompensation, cardiac dysfunction/insufficiency, reduced "
             "ejection fraction, cardiomyopathy, pulmonary oedema, cardiogenic shock, NYHA, LVAD, orthopnoea; "
             "PMC11395475: hypertrophic cardiomyopathy; PMC11429645: intravenous leiomyomatosis reaching the heart; "
             "PMC11505654: a preterm baby with arterial calcification; PMC11506189: Takotsubo-like cardiomyopathy; "
             "PMC11551029: rhinovirus fulminant myocarditis (see doubts); PMC11646791: an LVAD in Marfan syndrome; "
             "PMC11646979: a giant coronary aneurysm with myocarditis"},
    {"shape": "list", "question": "Who had sepsis?",
     "evidence": {
         "PMC11420455": "The patient was discerned to have sepsis-associated myocardial depression secondary to abdominal "
                        "infection",
         "PMC11427117": "Despite his septic appearance",
         "PMC11439622": "Moreover, he developed pneumonia and septic shock.",
         "PMC11490280": "Due to initiation of standard sepsis protocol, steroids were given",
         "PMC11501102": "further required hemodialysis due to AKI (presumed from sepsis) for 51 days",
         "PMC11608958": "was admitted to the hospital with severe hypoxemia and severe septic shock",
         "PMC11634049": "presentation with sepsis and hemi-paralysis",
         "PMC11645528": "After 1 month, they developed sepsis requiring intensive care admission for vasopressor support."},
     "rejected": {"PMC11506781": "neonatal sepsis suspected, then not confirmed",
                  "PMC11368709": "'Initial investigation ruled out sepsis'",
                  "PMC11465958": "septic arthritis with hypotension, sepsis never named",
                  "PMC11370703": "septic arthritis only considered",
                  "PMC11549870": "septic emboli of endocarditis, sepsis not named",
                  "PMC11418098": "septicaemia only in the literature", "PMC11565536": "septic shock only in the background",
                  "PMC11416184": "sepsis only in the background", "PMC11416630": "sepsis only in the background",
                  "PMC11480700": "sepsis only in the background", "PMC11497857": "a 'Sepsis' PCR test name in the background",
                  "PMC11506189": "sepsis only in the background and the differential", "PMC11525151": "sepsis only in the background",
                  "PMC11551029": "viral sepsis of a literature patient", "PMC11620866": "sepsis only as a risk in the background",
                  "PMC11625232": "septic emboli only in the background", "PMC11647062": "septic embolization only in the background",
                  "PMC11522842": "'aseptic meningitis' (look-alike)", "PMC11546045": "'aseptic non-union' (look-alike)",
                  "PMC11512009": "'aseptic conditions' (look-alike)", "PMC11512705": "'aseptic conditions' (look-alike)",
                  "PMC11552406": "'antiseptic' (look-alike)", "PMC11608458": "'antiseptics' (look-alike)"},
     "note": "searched sepsis, septic, septicaemia/septicemia, urosepsis, SIRS; PMC11420455: mesenteric venous thrombosis; "
             "PMC11427117: a swallowed bullet in a man with AIDS (see doubts); PMC11439622: sintilimab myocarditis on "
             "steroids; PMC11490280: mesenteric ischaemia (see doubts); PMC11501102: Nocardia pneumonia on steroids; "
             "PMC11608958: Aeromonas pneumonia; PMC11634049: an atrio-oesophageal fistula; PMC11645528: a pancreatic "
             "neuroendocrine tumour on capecitabine/temozolomide"},
    {"shape": "list", "question": "Who had nausea?",
     "evidence": {
         "PMC11342857": "accompanied by episodes of nausea and vomiting",
         "PMC11420455": "ongoing dull pain in the upper abdomen associated with nausea and vomiting for 1 day",
         "PMC11439479": "Since becoming pregnant, she had daily nausea and vomiting",
         "PMC11469216": "complaining of abdominal pain, nausea, vomiting, and diarrhea for one day",
         "PMC11490280": "with a chief complaint of persistent nausea, vomiting, and diarrhea",
         "PMC11491600": "Her symptoms included right upper quadrant pain, along with nausea and vomiting.",
         "PMC11492059": "he experienced intermittent gastrointestinal cramping, upper gastrointestional pain, and occasional "
                        "nausea",
         "PMC11550105": "She reported a one-week history of nausea, vomiting, and febrile episodes.",
         "PMC11595896": "due to severe hyperemesis gravidarum",
         "PMC11601975": "She had associated nausea and one episode of emesis.",
         "PMC11616425": "followed by abdominal pain, bloating, lower limb soreness, nausea, and vomiting",
         "PMC11634049": "she developed subjective fevers, chills/rigors, nausea, vomiting, and abdominal pain",
         "PMC11646824": "which was accompanied by vertigo and nausea"},
     "rejected": {"PMC11398847": "'He denied ... nausea'", "PMC11459113": "'She did not experience nausea or vomiting'",
                  "PMC11459453": "'denied having any ... nausea/vomiting'", "PMC11470198": "'There was no history of nausea or vomiting'",
                  "PMC11541951": "'reported no abdominal symptoms such as pain, nausea'",
                  "PMC11635374": "'She denied headaches, nausea, vomiting'", "PMC11648763": "'He denied having a headache, nausea'",
                  "PMC11465705": "nausea only among symptoms he lacked and in the background",
                  "PMC11378089": "nausea only in the background", "PMC11396144": "nausea only in the background",
                  "PMC11416184": "nausea only in the background", "PMC11424908": "nausea only in the background",
                  "PMC11452353": "nausea only in the background", "PMC11525151": "nausea only in the background",
                  "PMC11592073": "nausea only in the background", "PMC11608458": "nausea only in the background"},
     "note": "searched nausea/nauseous/nauseated, queasy, feeling sick, retching, hyperemesis, antiemetics; PMC11492059: "
             "a side effect of zinc acetate in Wilson disease; PMC11595896: severe hyperemesis gravidarum in her history "
             "(see doubts); PMC11646824: with nystagmus and vertigo in an advanced glioma"},
    {"shape": "list", "question": "Who had an ileostomy or a colostomy?",
     "evidence": {
         "PMC11416630": "At 10 weeks of age, she was taken for end ileostomy creation",
         "PMC11535884": "An ileostomy was made and meconium was manually evacuated",
         "PMC11617126": "for which resection and anastomosis with ileostomy were planned",
         "PMC11632824": "Laparoscopy identified a mass in the ascending colon, and loop ileostomy was performed."},
     "rejected": {"PMC11634049": "a cervical oesophagostomy (not a bowel stoma)",
                  "PMC11427117": "tracheostomy and gastrostomy only", "PMC11549870": "tracheostomy only",
                  "PMC11626642": "tracheostomy only",
                  "PMC11459113": "pancreatojejunostomy and gastrojejunostomy are joins inside the abdomen (look-alike)",
                  "PMC11602238": "cyst-jejunostomy only in the literature",
                  "PMC11594283": "cholecystostomy only as an option not taken",
                  "PMC11483286": "nephrostomy bags only in the background",
                  "PMC11579050": "third 'ventriculostomy' (look-alike)"},
     "note": "searched ileostomy, colostomy, jejunostomy, stoma, ostomy, enterostomy; PMC11416630: colonic atresia, then "
             "Hirschsprung's disease (an end ileostomy twice); PMC11535884: meconium ileus in a newborn; PMC11617126: "
             "an ileal adenocarcinoma with hypertrophic cardiomyopathy (see doubts); PMC11632824: the ameboma"},
    {"shape": "list", "question": "Whose liver enzymes were raised (high ALT, AST, GGT or ALP, a 'transaminitis')?",
     "evidence": {
         "PMC11431636": "Gamma-glutamyl transferase elevated (three times the upper limit)",
         "PMC11488400": "Liver enzymes showed an elevated aspartate transaminase (AST) of 44.6 U/L",
         "PMC11492059": "slight elevation of liver enzymes",
         "PMC11497857": "Initial labs showed mild thrombocytosis and transaminitis",
         "PMC11513519": "His LFTs revealed an elevated SGPT value of 106 U/L",
         "PMC11539092": "elevated Aspartate Transaminase /AST of 81 IU/L",
         "PMC11539358": "Laboratory studies revealed elevated serum gamma glutamyl transpeptidase, alanine transaminase and "
                        "aspartate aminotransferase levels",
         "PMC11541951": "During this visit, elevated liver enzymes were detected, with ALT at 166 U/L and ALP at 116 U/L.",
         "PMC11594283": "hepatic cytolysis (aspartate amino transferase (AST) at 200 U/L and alanine amino transferase (ALT) "
                        "at 216 U/L",
         "PMC11596152": "the elevation in hepatic enzymes (ALT, AST) following therapeutic intervention with albendazole",
         "PMC11616425": "an aspartate aminotransferase (AST) level of 129.1 U/L",
         "PMC11620866": "Transaminases were mildly elevated",
         "PMC11624525": "aspartate aminotransferase (AST) 257.2 U/L",
         "PMC11625102": "elevated liver enzymes with AST at 120 U/L"},
     "rejected": {"PMC11631872": "'liver dysfunction' with no enzyme named (see doubts)",
                  "PMC11395475": "AST and ALT within normal limits", "PMC11418098": "liver function normal",
                  "PMC11420455": "liver function preserved", "PMC11453286": "liver function tests normal",
                  "PMC11456881": "did not impair liver function", "PMC11470198": "liver function normal",
                  "PMC11484256": "liver function tests unremarkable", "PMC11488404": "liver function tests unremarkable",
                  "PMC11492433": "AST, ALT and ALP within normal limits", "PMC11525151": "liver function tests unremarkable",
                  "PMC11596290": "alkaline phosphatase normal", "PMC11608042": "liver function tests without abnormality",
                  "PMC11631590": "liver function tests normal", "PMC11640908": "alkaline phosphatase normal",
                  "PMC11648237": "liver enzymes normal", "PMC11512705": "alkaline phosphatase normal",
                  "PMC11427117": "hepatitis A and C infections, no liver enzymes given",
                  "PMC11465705": "hepatitis in his history, no liver enzymes given",
                  "PMC11570109": "hepatitis C with cirrhosis, no liver enzymes given",
                  "PMC11378089": "liver function tests only in the background"},
     "note": "searched transaminase(s)/transaminitis, ALT/SGPT, AST/SGOT, aminotransferase, GGT, alkaline phosphatase, "
             "liver enzymes, liver function tests/LFTs, hepatic cytolysis, liver dysfunction/injury; PMC11431636: a "
             "cholangiocarcinoma (GGT three times the upper limit); PMC11596152: after albendazole for Toxocara; "
             "PMC11624525: AST in iodine-induced myocarditis (see doubts); PMC11625102: preeclampsia with "
             "antiphospholipid syndrome"},
    {"shape": "list", "question": "Whose lactate was high (raised lactic acid, hyperlactataemia)?",
     "evidence": {
         "PMC11420455": "with acute kidney injury (AKI), respiratory alkalosis, "
                        "metabolic acidosis, and hyperlactatemia",
         "PMC11439622": "and high lactic acid (2.8 mmol/L)",
         "PMC11490280": "the patient had a mildly elevated lactic acid level and slight leukocytosis",
         "PMC11506189": "Lactates: 11.7 mmol/L"},
     "rejected": {"PMC11539092": "arterial lactate 1.6 mmol/L (normal)", "PMC11550105": "lactic acid 1.1 mmol/L (normal)",
                  "PMC11601975": "'absent lactic acidosis'",
                  "PMC11506781": "lactate deposits in the brain on MRI, no blood lactate",
                  "PMC11447345": "lactate on MR spectroscopy of choroid plexus tumours in the background",
                  "PMC11621058": "a lactate peak on MR spectroscopy of a literature patient",
                  "PMC11424762": "lactic acid in muscle only in the background",
                  "PMC11592073": "'Ringer lactate' infusion (look-alike)"},
     "note": "searched lactate/lactates, lactic acid/acidosis, hyperlactataemia/hyperlactatemia, Lac (every 'lactate "
             "dehydrogenase' and 'prophylactic' hit read and left out as look-alikes); PMC11420455: mesenteric venous "
             "thrombosis; PMC11439622: septic shock; PMC11490280: mesenteric ischaemia (rising later); PMC11506189: "
             "Takotsubo-like cardiogenic shock"},
    {"shape": "list", "question": "Who had a procedure inside the womb through the cervix: a D&C (dilatation and curettage), "
                                  "a suction evacuation, an endometrial curettage or a hysteroscopy, now or in the past?",
     "evidence": {
         "PMC11416184": "she underwent a hymenectomy and suction evacuation",
         "PMC11439479": "She underwent ultrasound-guided dilation and curettage with suction the following day",
         "PMC11480700": "She has had two previous dilatation and curettage procedures.",
         "PMC11483286": "Endocervical and endometrial curettage showed fragments of invasive endocervical adenocarcinoma",
         "PMC11565536": "Hysteroscopy revealed a normal endometrial cavity without adhesions",
         "PMC11618002": "The patient underwent an operative hysteroscopy the same day to resect the trophoblastic retention."},
     "rejected": {"PMC11446496": "bone 'curettage' of an enchondroma (look-alike)",
                  "PMC11632487": "bone 'curettage' of an aneurysmal bone cyst (look-alike)",
                  "PMC11532939": "LLETZ conization of the cervix, not inside the womb"},
     "note": "searched curettage, D&C, dilatation/dilation and curettage or evacuation, suction/uterine evacuation, "
             "vacuum aspiration, hysteroscopy, endometrial biopsy/sampling, retained products; PMC11416184: a missed "
             "miscarriage behind a microperforate hymen; PMC11439479: a complete molar pregnancy; PMC11480700: two "
             "earlier D&Cs; PMC11483286: cervical adenocarcinoma before a kidney-transplant pelvis; PMC11565536: "
             "before IVF after a pyometra (see doubts); PMC11618002: a uterine AVM with retained trophoblast"},
    {"shape": "list", "question": "Who slept badly (insomnia, poor sleep or sleep deprivation)?",
     "evidence": {
         "PMC11465705": "The patient endorses feeling deprived of sleep since starting night shifts",
         "PMC11480700": "a BMI over 50, and insomnia",
         "PMC11597933": "due to loss of appetite and inadequate sleep",
         "PMC11632603": "dyspnea, poor sleep, and difficulty performing daily activities"},
     "rejected": {"PMC11602238": "obstructive sleep apnoea in his history, no poor sleep described",
                  "PMC11648763": "'His sleep and appetite were normal'",
                  "PMC11489928": "ankle pain present even during sleep",
                  "PMC11592073": "sleep disturbance only as a steroid side effect in the background",
                  "PMC11595896": "eyes open while sleeping (lagophthalmos)",
                  "PMC11509520": "advice not to sleep with the denture in place",
                  "PMC11413548": "'absence of sleep architecture' on the EEG (look-alike)"},
     "note": "searched insomnia, sleep/sleeping/slept, sleepless, sleep deprivation, melatonin, hypnotics; PMC11465705: "
             "syncope after starting night shifts; PMC11480700: insomnia in her history (on melatonin); PMC11597933: "
             "forearm CRPS of a former guitarist; PMC11632603: gestational gigantomastia"},
    {"shape": "list", "question": "Which patients were teenagers (aged 13 to 19) when they came in?",
     "evidence": {
         "PMC11395317": "On 27 April 2018, a 13-year-old girl was admitted to the Department of Neurosurgery",
         "PMC11401629": "A young female patient of age 16 years visited",
         "PMC11488404": "An 18-year-old man was referred to our hospital",
         "PMC11490302": "A 19-year-old female presented to our dental clinic",
         "PMC11506189": "A 19-year-old Asian female with no recent travel history was admitted",
         "PMC11544075": "A 14-years old male presented to our emergency department",
         "PMC11552360": "A 19-year-old female patient, who underwent intracranial tumor surgery",
         "PMC11579050": "A 14-year-old male with no significant past medical history presented",
         "PMC11609383": "A 17-year-old male with no prior medical history presented",
         "PMC11614595": "A 16-year-old patient previously diagnosed with refractory NS visited",
         "PMC11621058": "The patient was a Chinese girl, 17 years old",
         "PMC11624525": "A 15-year-old male patient was admitted to the hospital",
         "PMC11625232": "A 14-year-old male presented to our emergency department with severe left",
         "PMC11632474": "A 14-year-old female presented to our outpatient department",
         "PMC11635374": "A 14-year-old girl presented to the hospital with recurrent slipped capital femoral",
         "PMC11648237": "An 18-year-old female patient from Bahir Dar, Ethiopia"},
     "rejected": {"PMC11625106": "a 12-year-old, called an adolescent (see doubts)",
                  "PMC11596152": "24 years old; teenage pneumonias only in her history",
                  "PMC11620866": "a 10-year-old; teenagers only in the literature",
                  "PMC11616425": "20 years old", "PMC11439479": "20 years old",
                  "PMC11418098": "a 16-year-old only among literature cases",
                  "PMC11414482": "drug treatment started at 18, now 43",
                  "PMC11416184": "menarche at 13 in her history",
                  "seed-blinatumomab-all": "born 2002, an adult at the reported blinatumomab course (relapses in his teens "
                                           "only in the history)"},
     "note": "searched every stated age (N-year-old, N years old, aged/age N, adolescent, teenage) over all reports; "
             "PMC11625232: 13 in the abstract, 14 in the case text (see doubts); PMC11401629: a Class II malocclusion; "
             "PMC11614595: Crohn's disease after rituximab for nephrotic syndrome; PMC11648237: refractory ITP"},
    {"shape": "count", "question": "How many patients had eczema?",
     "evidence": {
         "PMC11461041": "in a 73-year-old male with a history of atopic dermatitis",
         "PMC11635374": "asthma, eczema, allergic rhinitis, thoracolumbar scoliosis"},
     "rejected": {"PMC11570083": "'intolerable dermatitis' from gefitinib, a drug reaction, not eczema",
                  "PMC11396144": "'ulcerative dermatitis' of myiasis only in the background"},
     "note": "searched eczema/eczematous, atopic dermatitis, dermatitis, atopy; PMC11461041: erythroderma after the Pfizer "
             "vaccine on a background of atopic dermatitis; PMC11635374: in the history of a girl with pituitary gigantism"},
    {"shape": "count", "question": "How many patients were dehydrated?",
     "evidence": {
         "PMC11368709": "Slow dehydration correction was administered over 72 hours",
         "PMC11411574": "presented with poor weight gain and recurrent admissions for dehydration",
         "PMC11465958": "the patient appeared thin, febrile, dehydrated, hypotensive, and pale"},
     "rejected": {"PMC11550105": "intravascular volume depletion only suggested as a cause of hyponatraemia; 'Patients with "
                                 "SAI do not have dehydration'",
                  "PMC11546499": "polydipsia in ketoacidosis; dehydration only in the background",
                  "PMC11544788": "hypovolaemic shock of the newborn from blood loss (the mother is the patient)",
                  "PMC11594283": "hypovolaemia from bleeding",
                  "PMC11461041": "only assessed for signs of dehydration",
                  "PMC11617126": "dehydration only to be avoided before surgery",
                  "PMC11525151": "dehydration only in the background", "PMC11490280": "hypovolaemia only in the background",
                  "PMC11465705": "hypovolaemia only in the background", "PMC11535884": "mucosal 'dehydration' in the background"},
     "note": "searched dehydration/dehydrated, hypovolaemia/hypovolemia, volume depletion, dry mucosa, skin turgor, "
             "rehydration, thirst/polydipsia; PMC11368709: the StAR baby (see doubts); PMC11411574: Bartter syndrome; "
             "PMC11465958: shoulder melioidosis with diabetes"},
    {"shape": "count", "question": "How many patients had chronic kidney disease (CKD)?",
     "evidence": {
         "PMC11483286": "after developing dialysis-dependent chronic kidney disease",
         "PMC11510521": "stage 4 chronic kidney disease",
         "PMC11547072": "condition progressed to chronic kidney failure, requiring long-term hemodialysis",
         "PMC11608458": "A 64-year-old woman with a history of end-stage chronic kidney disease of unknown etiology"},
     "rejected": {"PMC11479900": "nephrotic syndrome with a raised creatinine, CKD not named",
                  "PMC11535893": "'pseudo-renal failure' of a bladder rupture",
                  "PMC11501102": "haemodialysis for acute kidney injury", "PMC11616425": "acute renal failure",
                  "PMC11570781": "haemodialysis for hypercalcaemia",
                  "PMC11624969": "chronic kidney disease of his father",
                  "PMC11411574": "CKD only in the background", "PMC11414482": "CKD only in the background",
                  "PMC11643412": "CKD only in the background"},
     "note": "searched chronic kidney disease, CKD, chronic renal failure/insufficiency, end-stage renal disease, ESRD, "
             "kidney failure, eGFR, dialysis, kidney transplant (every 'adrenal insufficiency' hit read and left out as a "
             "look-alike); PMC11483286: before her kidney transplant (see doubts); "
             "PMC11547072: after AML-triggered HUS (eGFR 20-25); PMC11608458: on peritoneal dialysis after two failed "
             "transplants"},
    {"shape": "count", "question": "How many patients had glaucoma or raised pressure inside the eye?",
     "evidence": {
         "PMC11477508": "diagnosed with bilateral Chandler syndrome and congenital glaucoma",
         "PMC11539083": "Intraocular pressure was high in both eyes: 26 mmHg OR and 47 mmHg OS."},
     "rejected": {"PMC11595896": "normal intraocular pressure",
                  "PMC11558034": "glaucoma only among complications in the background",
                  "PMC11509864": "neovascular glaucoma only in the background",
                  "PMC11592073": "glaucoma only as a steroid side effect in the background"},
     "note": "searched glaucoma/glaucomatous, intraocular pressure, IOP, ocular hypertension, eye pressure; "
             "PMC11477508: Axenfeld-Rieger/Chandler syndrome with many anti-glaucoma operations; PMC11539083: "
             "necrotising cellulitis after a cosmetic blepharoplasty"},
]

YESNO = [
    {"case": LMS, "question": "On the contrast MRI of the 46-year-old man with the primary liver leiomyosarcoma, did the "
                              "mass light up in the arterial phase?",
     "expected": "no", "evidence": "In the arterial phase of dynamic contrast-enhanced imaging, the mass showed no evident "
                                   "enhancement"},
    {"case": LMS, "question": "Was the 46-year-old smoker with the liver leiomyosarcoma and the adrenal deposit staged with a "
                              "PET scan?",
     "expected": "not_reported", "search_regex": r"\bPET\b|positron|FDG|fluorodeoxy|scintigra|bone scan"},
    {"case": NET, "question": "Did the chest examination of the 39-year-old woman with the lung carcinoid find reduced breath "
                              "sounds on the left?",
     "expected": "yes", "evidence": "The respiratory exam noted decreased breath sounds in the left lower lung field and "
                                    "dullness to percussion."},
    {"case": NET, "question": "Were any autoimmune markers found in the blood of the 39-year-old woman with high fever and a "
                              "typical carcinoid of the lung?",
     "expected": "no", "evidence": "However, no markers of autoimmune or chronic disease were identified."},
    {"case": AMB, "question": "Besides the amoebae, did the pathology of the 36-year-old man's ameboma after gastric bypass "
                              "also show actinomyces?",
     "expected": "yes", "evidence": "the presence of E. histolytica trophozoites and actinomyces"},
    {"case": AMB, "question": "Was the 36-year-old man with the ameboma of the ascending colon given metronidazole (Flagyl) or "
                              "another anti-amoebic drug?",
     "expected": "not_reported",
     "search_regex": r"metronid|tinidaz|ornidaz|secnidaz|paromomycin|iodoquinol|diloxanide|nitazox|emetine|chloroquine|"
                     r"amoebicid|amebicid|anti-?amoeb|anti-?ameb|antiparasit|antiprotozo|antibiot|antimicrob|flagyl"},
    {"case": LIP, "question": "Was a dermatologist consulted before intra-arterial chemotherapy was chosen for the 73-year-old "
                              "man's lower-lip cancer?",
     "expected": "yes", "evidence": "after consultation with a dermatologist"},
    {"case": LIP, "question": "Did the 73-year-old man with the squamous cell carcinoma of the lower lip have side effects from "
                              "the cisplatin?",
     "expected": "no", "evidence": "There were no side effects related to cisplatin."},
    {"case": LIP, "question": "Was the 73-year-old man with the lower-lip squamous cell carcinoma a smoker?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|pack-year|nicotine|betel|chewing"},
    {"case": CAH, "question": "Had the skin of the three-week-old girl with the StAR mutation darkened since birth?",
     "expected": "yes", "evidence": "The skin had generalized dark pigmentation, which parents complained was progressively "
                                    "increasing, as skin color was fair at birth"},
    {"case": CAH, "question": "Did anyone in the family of the three-week-old girl with lipoid congenital adrenal hyperplasia "
                              "have a similar illness or lose a newborn?",
     "expected": "no", "evidence": "There was no family history of similar conditions, any endocrine diseases, or neonatal "
                                   "deaths."},
    {"case": CAH, "question": "Was the three-week-old girl with the StAR mutation given antibiotics while sepsis was being "
                              "ruled out?",
     "expected": "not_reported",
     "search_regex": r"antibiot|ampicillin|gentamicin|cefotax|ceftri|amikacin|vancomycin|meropenem|penicill|\bcef|antimicrob"},
]

LOOKUPS = [
    {"case": LMS, "question": "How big was the main liver mass of the 46-year-old man with the primary hepatic "
                              "leiomyosarcoma on MRI?",
     "answer": "91 × 80 × 110 mm", "evidence": "measuring 91 × 80 × 110 mm",
     "alternatives": [{"answer": "91 × 80 × 110 mm", "evidence": "segments II, III, and IV (91 × 80 × 110 mm)"}]},
    {"case": LMS, "question": "What was the Ki-67 (MIB-1) index of the 46-year-old man's liver leiomyosarcoma?",
     "answer": None, "search_regex": r"Ki-?67|MIB-?1|mitos|mitotic|proliferat|grade|necros"},
    {"case": NET, "question": "Which immunohistochemical markers confirmed the neuroendocrine nature of the 39-year-old "
                              "woman's lung tumour?",
     "answer": "Synaptophysin and CgA", "evidence": "which showed heightened expressions of Synaptophysin and CgA",
     "alternatives": [{"answer": "Synaptophysin and Chromogranin A",
                       "evidence": "supported by elevated levels of Synaptophysin and Chromogranin A on immunohistochemistry"},
                      {"answer": "Synaptophysin and Chromogranin A",
                       "evidence": "confirmed by immunohistochemical markers (Synaptophysin and Chromogranin A)"}]},
    {"case": NET, "question": "What was the haemoglobin (Hb) of the 39-year-old woman with the lung carcinoid?",
     "answer": None, "search_regex": r"haemoglobin|hemoglobin|\bHb\b|\bHgb\b|anaemi|anemi|haematocrit|hematocrit"},
    {"case": AMB, "question": "How long before his ameboma had the 36-year-old man had his Roux-en-Y gastric bypass?",
     "answer": "10 months prior", "evidence": "had undergone Roux-en-Y gastric bypass 10 months prior",
     "alternatives": [{"answer": "10 months prior", "evidence": "Roux-en-Y gastric bypass performed 10 months prior"}]},
    {"case": AMB, "question": "How bad was the abdominal pain of the 36-year-old man with the ameboma on a visual analogue "
                              "scale?",
     "answer": "visual analog scale of 9 to 10", "evidence": "diffuse abdominal pain (visual analog scale of 9 to 10)",
     "alternatives": [{"answer": "9–10/10 on a visual analog scale",
                       "evidence": "abdominal pain 9–10/10 on a visual analog scale"}]},
    {"case": AMB, "question": "How large was the mass in the mesentery of the ascending colon found at the laparotomy of the "
                              "36-year-old man with the ameboma?",
     "answer": "~20 × 15 cm", "evidence": "a lobulated, hard, fixed nodular mass (~20 × 15 cm) in the mesentery",
     "alternatives": [{"answer": "~20 × 15 cm", "evidence": "Lobulated, fixed nodular mass (~20 × 15 cm)"}]},
    {"case": LIP, "question": "Why was the 73-year-old man's lower-lip cancer treated with intra-arterial chemotherapy first "
                              "rather than removed?",
     "answer": "reconstruction after tumor removal was considered to be difficult",
     "evidence": "Owing to the large size of the tumor, reconstruction after tumor removal was considered to be difficult.",
     "alternatives": [{"answer": "reconstruction after surgical tumor removal was considered to be difficult",
                       "evidence": "Due to the large size of the tumor, reconstruction after surgical tumor removal was "
                                   "considered to be difficult."}]},
    {"case": LIP, "question": "Which dye was injected through the catheter to check where the drug would go in the 73-year-old "
                              "man with lip cancer?",
     "answer": "indigo carmine dye",
     "evidence": "Drug distribution was confirmed by injecting indigo carmine dye through the catheter",
     "alternatives": [{"answer": "indigo carmine dye",
                       "evidence": "feeding arteries were confirmed by injecting indigo carmine dye through the catheter"}]},
    {"case": CAH, "question": "What did the three-week-old girl with the StAR mutation weigh at birth?",
     "answer": "3 kg", "evidence": "A female infant with a birth weight of 3 kg was born to a primigravida mother"},
]

SEQUENCES = [
    {"case": LMS, "question": "Which scan followed the abdominal ultrasound of the 46-year-old man with the liver "
                              "leiomyosarcoma?",
     "answer": "An abdominal MRI",
     "evidence": "An abdominal MRI revealed a voluminous hepatic mass in segments II, III and IV"},
    {"case": NET, "question": "After the first chest X-ray of the 39-year-old woman with the lung carcinoid, what imaging came "
                              "next?",
     "answer": "HRCT thorax plain and contrast",
     "evidence": "Subsequent imaging of HRCT thorax plain and contrast is detailed in Figures 2-4.",
     "alternatives": [{"answer": "Contrast-enhanced CT scan",
                       "evidence": "Contrast-enhanced CT scan revealed a homogeneously enhancing lesion"}]},
    {"case": AMB, "question": "Once the nasogastric tube of the 36-year-old man with the ameboma was taken out after his "
                              "operation, what was he started on?",
     "answer": "a soft diet was started",
     "evidence": "The tube was removed on the same day, and a soft diet was started."},
    {"case": LIP, "question": "Once microcatheters were in both facial arteries of the 73-year-old man with lip cancer, what did "
                              "the arteriography show?",
     "answer": "tumor staining in the lower lip",
     "evidence": "Arteriography of both facial arteries showed tumor staining in the lower lip"},
    {"case": CAH, "question": "After the three-week-old girl's random blood sugar of 28 mg/dL was treated with a dextrose "
                              "bolus, what was started?",
     "answer": "IV fluids with a glucose infusion rate (GIR) of 6 mg/kg/minute",
     "evidence": "IV fluids with a glucose infusion rate (GIR) of 6 mg/kg/minute were started."},
    {"case": CAH, "question": "Because of her repeated low blood sugars, which test was done once the baby with the StAR "
                              "mutation was euglycaemic and feeding fully?",
     "answer": "an MRI of the brain was done",
     "evidence": "Given multiple episodes of hypoglycemia, an MRI of the brain was done"},
]

COMPARES = [
    {"question": "Compare what the abdominal ultrasound showed in the three-week-old girl with the StAR mutation and in the "
                 "46-year-old man with the primary liver leiomyosarcoma.",
     "evidence": {CAH: "Ultrasound of the abdomen showed bilaterally enlarged adrenal glands and the presence of Müllerian "
                       "structures.",
                  LMS: "an ultrasound was performed which revealed the presence of a hepatic mass with a right adrenal "
                       "nodule"},
     "note": "CAH: both adrenal glands enlarged, as lipoid adrenal hyperplasia does, and a uterus (Müllerian structures) "
             "confirming the female sex; LMS: a liver mass with a right adrenal nodule, then on MRI a 91 × 80 × 110 mm "
             "mass in segments II-IV with a segment VIII nodule, the adrenal and liver nodules taken as spread"},
    {"question": "Compare how things ended for the 73-year-old man whose lower-lip cancer was treated with intra-arterial "
                 "cisplatin and the three-week-old girl with lipoid congenital adrenal hyperplasia.",
     "evidence": {LIP: "There were no signs of recurrence at the 2-year follow-up",
                  CAH: "after two weeks of discharge, the baby was euglycemic with an adequate weight gain of 20 mg/kg/day "
                       "and normal electrolytes"},
     "note": "LIP: the tumour almost gone a month after one infusion, then radiotherapy; no recurrence at two years, lip "
             "function and appearance kept; CAH: discharged on hydrocortisone, fludrocortisone and salt, euglycaemic with "
             "normal electrolytes and gaining weight two weeks later; lifelong replacement, genetic counselling"},
    {"question": "Compare whether the 36-year-old man who had a right hemicolectomy for an ameboma and the 73-year-old man "
                 "who had intra-arterial chemotherapy for lip cancer had complications from their procedures.",
     "evidence": {AMB: "He was discharged without complications.",
                  LIP: "Our patient experienced no adverse events due to the catheter procedure."},
     "note": "AMB: two days in intensive care with a nasogastric tube, no complications, soft diet and discharge; LIP: no "
             "stroke or other adverse event from the femoral catheter, no side effects of cisplatin (sodium thiosulfate "
             "given)"},
    {"question": "Compare the patients on azathioprine (Imuran): why were they on it, and what became of it?",
     "evidence": {"PMC11513519": "After tapering off steroids, 50 mg of azathioprine 2–4 mg/kg was added.",
                  "PMC11585469": "The patient received azathioprine and cyclosporine for 5 years ago for Behçet disease."},
     "rejected": {"PMC11509864": "azathioprine only among maintenance options for GPA in the background"},
     "note": "PMC11513519: c-ANCA small-vessel vasculitis with chronic hepatitis B, added after the steroid taper, lesions "
             "improved; PMC11585469: Behcet's disease for five years, then lost to follow-up for a year before "
             "neuro-Behcet's disease. Searched azathioprine, Imuran, mercaptopurine, thiopurine"},
    {"question": "Compare the patients given an antibody that blocks an interleukin (such as dupilumab or tildrakizumab): "
                 "what was it for, and how did they respond?",
     "evidence": {"PMC11461041": "Dupilumab (300 mg/2 mL) injection was administered along with 1 mL of triamcinolone",
                  "PMC11490213": "treatment with tildrakizumab was initiated"},
     "rejected": {"PMC11614595": "ustekinumab only among treatments for rituximab-induced IBD in the background",
                  "PMC11631872": "interleukin-2 given as maintenance (an interleukin, not an antibody that blocks one)",
                  "PMC11421273": "interleukin-6 only in the background", "PMC11593014": "interleukins only in the background",
                  "PMC11616425": "interleukin-8 only in the background", "PMC11628523": "interleukins only in the background"},
     "note": "PMC11461041: erythroderma after the Pfizer vaccine in atopic dermatitis, two dupilumab injections with "
             "steroids, the rash almost gone a week after the second; PMC11490213: refractory pityriasis rubra pilaris "
             "in a breast-cancer patient, tildrakizumab for a year, near-complete remission and no relapse over three "
             "years. Searched dupilumab, tildrakizumab, ustekinumab, guselkumab, risankizumab, secukinumab, "
             "tocilizumab, anakinra, interleukin, IL-"},
    {"question": "Compare the patients who used recreational drugs or had a drug addiction (cannabis, opioids or stimulants; "
                 "not counting alcohol or tobacco): what did they use, and what brought them in?",
     "evidence": {"PMC11465705": "He also reported daily marijuana use",
                  "PMC11452353": "opioid use disorder on Suboxone"},
     "rejected": {"PMC11416630": "the mother's fentanyl, amphetamine and THC use; the baby is the patient",
                  "PMC11398847": "alcohol use disorder (excluded by the question)",
                  "PMC11395475": "denied illegal substances", "PMC11459453": "denied illicit drug use",
                  "PMC11522842": "no substance abuse", "PMC11550105": "no current substance use",
                  "PMC11614507": "no drug use", "PMC11647062": "denied intravenous drug use",
                  "PMC11570410": "the mother denied drug use in pregnancy", "PMC11629271": "the mother denied illicit drugs"},
     "note": "PMC11465705: daily marijuana with night shifts, syncope from sinus pauses, stopped in hospital, loop "
             "recorder; PMC11452353: a pregnant woman with hereditary angioedema, on buprenorphine-naloxone, with a "
             "PICC-line upper-limb clot. Searched marijuana, cannabis, THC, cocaine, heroin, opioid use, amphetamine, "
             "methamphetamine, substance/drug use or abuse, illicit, kratom"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua22", OUT))
