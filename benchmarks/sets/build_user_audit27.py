"""Write ``benchmarks/sets/user_audit27.jsonl``: a twenty-seventh blind audit set of 48 questions, asked as a
hematologist or an educator would (synonyms, lay words, drug classes, bare abbreviations, patients described by
age, sex, disease or setting, never by PMCID).

Written on 2026-11-28 by helper-audit27 **blind**: only the shipped records were read (grep over all documents as
the loader indexes them, then the hits read); the assistant, the app and the scorer were never run on these
questions and no answer to them was seen. Read first: ``build_user_audit24.py``, ``user_audit_build.py``, the
user_audit rows of ``README.md``, ``check_sets.py``, and the list/count/compare questions of every earlier set
(``user_audit1.jsonl`` .. ``user_audit24.jsonl``, ``drug_classes.jsonl``, ``findings_lay.jsonl``,
``disease_groups.jsonl``, ``case_lists.jsonl``, ``case_findings.jsonl``); ``user_audit25.jsonl`` and
``user_audit26.jsonl`` (and their builders) were only searched by script, for their cases, their subjects and
their spans and evidence, never printed or read beyond the abstract subject line of their builders.
List/count/compare subjects (from across clinical medicine: a gynaecological operation, a blood-gas finding, a
skin eruption, an interventional procedure, a urological symptom, a skin colour change, a surgical emergency of a
hollow organ, a brain infection, a mood sign, a setting of care, a clotting disorder, a birth defect of the mouth,
an eyelid sign, a respiratory virus, a kind of patient by decision, a kind of patient by family history and a
kind of patient by vaccination) are other than those of all earlier sets (checked by keyword search over every
earlier list/count/compare question, user_audit25/26 by script only); seven of the fourteen list/count questions
are asked plainly, in a word or a short phrase.

One-case cases: the same script as user_audit18..26's over every ``benchmarks/sets/*.jsonl`` field that names a
case outside list/count/compare gold (``case_id``, ``doc_id``, ``doc``, ``case``, ``expected_named``,
``relevant_ids``, ``fits``, alternatives; the annotation files ``events_gold.jsonl`` and ``tags_gold*.jsonl`` left
out of the count), earlier compares with at most two gold cases counted as well, the forty-five cases of
user_audit18..26's one-case questions excluded. The reports with a count of 1 or 2 are all in an annotation file
(left out as before); six reports have a count of 3 and no annotation. The number of earlier list golds breaks
the tie (7, 8, 13, 17, 24, 51), then the kind: the tailgut-cyst report (PMC11396497, 8) tells two patients, so it
is left out as user_audit26 left it out; the 81-year-old man's intramuscular hydatid cyst of the thigh
(PMC11447576, 7), left out by user_audit26 only because a hydatid cyst of the same kind was kept in that set, is
kept here (no other parasitic case among the five). So the 28 one-case questions and the 3 compares naming two
patients use: an 81-year-old man with an intramuscular hydatid cyst of the thigh (PMC11447576; earlier: an FNAC
lookup, an albendazole-dose lookup, a two-case compare on its treatment, 7 list golds), a 28-year-old man with a
dedifferentiated chondrosarcoma of the proximal phalanx of the fourth finger (PMC11446496; earlier: a specimen-size
lookup, an alkaline-phosphatase question the case does not answer, a two-case compare on the outcome, 13 list
golds), an 18-month-old boy with classic Bartter syndrome type III (PMC11411574; earlier: a diagnosis question, a
karyotype question the case does not answer, an indomethacin lookup, 17 list golds), a 58-year-old man with a
combined pancreatic neuroendocrine tumour and carcinoma (PMC11645528; earlier: chromogranin and Ki-67 lookups, 24
list golds) and a 19-year-old Asian woman with acute heart failure and cardiogenic shock linked to Chlamydia
pneumoniae and HHV-6 (PMC11506189; earlier: a pathogen question and 51 list golds), 5-6 one-case questions each.
Every fact asked of them was checked by script against every earlier set (user_audit25/26 included, by script
only): no earlier answer span, alternative, accepted span, evidence sentence or event quote overlaps the span or
evidence of a one-case question or two-patient compare here, and none asks the same fact in other words (read;
earlier sets asked or quoted the diagnosis, the FNAC result, the albendazole, the surgical excision, the
presentation at 81, the denied fever and weight loss of the hydatid patient; the chemotherapy drugs, radiotherapy,
ray amputation, S-100 and Ki-67, specimen size, outcome, earlier bone grafting of the chondrosarcoma patient; the
diagnosis, genetic test, karyotype, electrolytes, blood gas, liver, echo, hearing, dehydration, diarrhoea,
indomethacin and potassium, growth, thirst and development of the Bartter boy; the chromogranin, CA19-9, Ki-67,
white count, biopsy, PET scans, liver metastases, chemotherapy, debulking operation, splenectomy, sepsis and
intensive care, fistula, abscess and stent, constipation and distension of the pancreatic patient; and the
pathogens, STEMI and normal coronaries, troponin, BNP, lactate, CRP and procalcitonin, D-dimer and CT, echo,
shock, kidney injury and CVVHD, ventilation, inotropes, antibiotics and ganciclovir, medications, symptoms and
post-ICU syndrome of the heart-failure patient, so none of these is asked again).

Mix: list 10, count 4, compare 6 (3 naming two patients by a description, 3 over a kind of patient), yes/no 12
(yes 4, reported as absent 4, never mentioned 4), lookup 10 (2 the case does not answer), sequence 6. List/count
gold = every case whose own patient had it (grep over all documents, synonyms, class members, brand names,
abbreviations, lay words and British/American spellings included, each hit read; findings only in the
discussion, the literature or a differential, negated findings, a newborn's findings where the mother is the
patient, and look-alike words ('adnexa' of the eye or of a cyst, 'hypoxic-ischemic encephalopathy' in a
differential, tumour 'hypoxia', 'microperforate hymen', root 'perforations' of teeth, 'irritable bowel syndrome',
the 'Meningoencephalitis Panel' test, Haemophilus 'influenzae', radiofrequency 'wires', 'hypopigmented' or
'hypomelanotic' spots) in ``rejected`` with why). Compare gold = every case of the named kind. Lookup/sequence
spans are located in the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous).

Doubts (kept as read): PMC11429645's 'uterus and adnexa were completely removed' counts as removal of the ovaries
and tubes; PMC11420455's falling oxygen saturation with a PO2 of 67 mmHg and PMC11439622's reduced PaO2/FiO2 count
as hypoxaemia, respiratory failure with no oxygen value (PMC11506189, PMC11594283) does not; PMC11490213's
widespread scaly plaques of pityriasis rubra pilaris and PMC11570083's 'intolerable dermatitis' on gefitinib count
as rashes, PMC11624969's generalized rash on sulfa drugs in his history counts too, PMC11552406's cold-sore blisters
of the lip do not; PMC11632487's percutaneous doxycycline ablation of a bone cyst counts as an ablation,
PMC11414482's robot-assisted surgical renal denervation does not; PMC11617203's residual hyperpigmentation after
the hand infection and PMC11621058's pigment in the armpit since birth count as pigmentation, PMC11573236's
dark-brown penile melanoma (the tumour itself) and PMC11620866's 'dyspigmentation' do not; PMC11417591's
spontaneous uterine rupture and PMC11535893's bladder rupture count as a ruptured hollow organ, PMC11427117's
bullet entering through the back of the throat is outside the organs asked about; PMC11625106's 'palliative
treatment' after bone metastasis counts as palliative care, PMC11643412's 'supportive treatment' after he turned
down palliative chemotherapy does not; PMC11539092's acute necrotizing encephalopathy and PMC11570475's
tuberculous meningitis with tuberculomas are not counted as encephalitis; PMC11640908's 'narrow hard palate with a
cleft' counts as a cleft palate; PMC11547072's unnamed 'required vaccination' and PMC11411574's 'routine
vaccination visits' are not counted for the vaccine compare, which asks for a named vaccine.

    python benchmarks/sets/build_user_audit27.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import by_shape, main  # noqa: E402

OUT = Path(__file__).resolve().parent / "user_audit27.jsonl"

HYD, DDC, BAR, PNE, MYO = "PMC11447576", "PMC11446496", "PMC11411574", "PMC11645528", "PMC11506189"

LISTS = [
    {"shape": "list", "question": "Who had an ovary or a fallopian tube removed (an oophorectomy, a salpingectomy or a "
                                  "salpingo-oophorectomy), now or in the past?",
     "evidence": {
         "PMC11417591": "A total hysterectomy and right salpingo-oophorectomy were performed.",
         "PMC11429645": "Due to multiple tumors and significant adhesion to the uterine tissue, the uterus and adnexa were "
                        "completely removed.",
         "PMC11483286": "Due to multiple intermediate risk features as indications for adjuvant radiotherapy, a bilateral "
                        "oophorectomy was performed.",
         "PMC11532939": "The hysterectomy involved removing C1 in the left paracervix and C2 in the right paracervix, along "
                        "with bilateral salpingo-oophorectomy.",
         "PMC11535893": "A 55-year-old woman with a history of laparoscopic bilateral salpingo-oophorectomy",
         "PMC11635829": "Her medical history included a total abdominal hysterectomy with bilateral salpingo-oophorectomy "
                        "done 25 years ago",
         "PMC11646791": "emergency laparoscopic left salpingo-oophorectomy was performed",
         "PMC11648268": "Left wedge resection with left salpingectomy were performed and haemostasis was achieved."},
     "rejected": {"PMC11439479": "'no palpable adnexal masses'",
                  "PMC11416184": "a normal uterus and ovaries on ultrasound",
                  "PMC11565536": "hysterectomy only in the background; the uterus was kept",
                  "PMC11618002": "hysterectomy only in the background",
                  "PMC11456814": "'ocular adnexa' (look-alike)", "PMC11509492": "adnexa of the eye (look-alike)",
                  "PMC11541951": "'adnexal structures' inside a cyst (look-alike)"},
     "note": "searched oophorectomy, salpingectomy, salpingo-oophorectomy, BSO, adnexa/adnexectomy, ovariectomy, ovary or "
             "tube removed, tubal, hysterectomy (each read for the ovaries); PMC11417591: uterine LAM with uterine rupture; "
             "PMC11429645: intravascular leiomyomatosis (see doubts); PMC11483286 and PMC11532939: with radical "
             "hysterectomy for cervical cancer; PMC11535893: 11 years before the bladder rupture; PMC11635829: 25 years "
             "before her breast cancers; PMC11646791: the left at the ovarian haemorrhage on an LVAD, the right at 35; "
             "PMC11648268: interstitial ectopic pregnancy"},
    {"shape": "list", "question": "Whose blood oxygen was low (hypoxaemia: a low oxygen saturation or a low arterial "
                                  "oxygen pressure)?",
     "evidence": {
         "PMC11420455": "progressive decline in oxygen saturation",
         "PMC11439622": "reduced PaO2/FiO2 (163.5 mmHg)",
         "PMC11490280": "The patient was also found to be hypoxic and tachycardic in the ED",
         "PMC11501102": "She was profoundly hypoxemic (pO2 40 mm Hg) requiring intubation.",
         "PMC11550105": "As a result of her decreased pO2 on ABG, the patient was placed on supplemental 4 L nasal cannula",
         "PMC11608958": "was admitted to the hospital with severe hypoxemia and severe septic shock",
         "PMC11616425": "Arterial blood gas analysis revealed a significant decrease in arterial oxygen pressure and "
                        "oxygenation index",
         "PMC11622295": "arterial oxygen saturation level, was 88% measure by pulse oximeter"},
     "rejected": {"PMC11506189": "respiratory failure, no oxygen value; saturation 100% on admission (see doubts)",
                  "PMC11594283": "acute respiratory failure after aspiration, no oxygen value (see doubts)",
                  "PMC11540479": "an oxygen mask for breathlessness, no oxygen value",
                  "PMC11509757": "low-flow oxygen therapy, no oxygen value",
                  "PMC11643412": "saturation 97% on 2 L oxygen", "PMC11366418": "saturation 96% on room air",
                  "PMC11551029": "ECMO for circulatory support, hypoxaemia not stated",
                  "PMC11544788": "the newborn's respiratory failure; the mother is the patient",
                  "PMC11413548": "'hypoxic-ischemic encephalopathy' only in the background (look-alike)",
                  "PMC11647126": "'hypoxic ischemic encephalopathy' only in a differential (look-alike)",
                  "PMC11635820": "oxygen saturation step-up in a shunt study (look-alike)",
                  "PMC11628523": "tumour 'hypoxia' (look-alike)", "PMC11434143": "low oxygen in gum pockets (look-alike)"},
     "note": "searched hypoxaemia/hypoxemia/hypoxaemic, hypoxic/hypoxia, desaturation, oxygen saturation, SpO2/SaO2, "
             "pO2/PaO2, oxygenation index, cyanosis, respiratory failure; PMC11420455: PO2 67 mmHg in mesenteric venous "
             "thrombosis (see doubts); PMC11439622: checkpoint-inhibitor myocarditis with sepsis; PMC11490280: mesenteric "
             "ischaemia; PMC11501102: nocardiosis on steroids; PMC11550105: secondary adrenal insufficiency; PMC11608958: "
             "Aeromonas pneumonia; PMC11616425: haemorrhagic fever with renal syndrome; PMC11622295: a child with "
             "hypersensitivity pneumonitis"},
    {"shape": "list", "question": "Who had a skin rash (a widespread red or scaly eruption, a drug rash included), now or "
                                  "in the past?",
     "evidence": {
         "PMC11461041": "The rash first appeared one month after receiving his first dose of the Pfizer vaccine.",
         "PMC11490213": "presented with widespread, scaly, red-orange plaques showing keratotic follicular papules on the "
                        "scalp, chest, back, and limbs",
         "PMC11570083": "stopped 4 years later due to intolerable dermatitis",
         "PMC11620866": "he developed high-grade fever and diffuse erythematous rashes over his face, neck, and body",
         "PMC11624969": "His history revealed an allergy to sulfa drugs, for which he developed a generalized rash.",
         "PMC11631872": "accompanied by pruritic rash, night sweats and weight loss",
         "PMC11648237": "skin rash, blurred vision, fatigue, tinnitus, vertigo"},
     "rejected": {"PMC11513519": "rashes only among features of PAN in the background",
                  "PMC11501102": "rash only among checkpoint-inhibitor side effects in the background",
                  "PMC11621671": "'the absence of a tick bite history or rash'",
                  "PMC11552406": "cold-sore blisters of the lip (see doubts)",
                  "PMC11396144": "a single skin lesion over a fly larva",
                  "PMC11617203": "a nodule at an acupuncture point",
                  "PMC11452353": "redness of the arm around a PICC line",
                  "PMC11625232": "eyelid redness of orbital cellulitis", "PMC11434143": "gum redness",
                  "PMC11417591": "hypomelanotic macule and angiofibromas of tuberous sclerosis, not a rash",
                  "PMC11447576": "'no signs of erythema'", "PMC11364916": "haemangiomas only in the background"},
     "note": "searched rash, exanthem, eruption, erythema/erythematous, erythroderma, dermatitis, macules, papules, "
             "plaques, blisters, urticaria/hives, morbilliform, skin reaction or lesion; PMC11461041: erythroderma after "
             "the Pfizer vaccine; PMC11490213: pityriasis rubra pilaris (see doubts); PMC11570083: on gefitinib (see "
             "doubts); PMC11620866: toxic epidermal necrolysis; PMC11624969: Ehlers-Danlos, a past sulfa rash; "
             "PMC11631872: angioimmunoblastic T-cell lymphoma; PMC11648237: refractory ITP"},
    {"shape": "list", "question": "Who had an ablation?",
     "evidence": {
         "PMC11608042": "the patient underwent localized interventional and microwave ablation therapy",
         "PMC11632487": "She then underwent six sessions of CT-guided percutaneous intralesional doxycycline ablation",
         "PMC11634049": "one month after an atrial radiofrequency ablation procedure"},
     "rejected": {"PMC11395475": "declined referral for pulmonary vein isolation",
                  "PMC11414482": "robot-assisted surgical renal denervation (see doubts)",
                  "PMC11488404": "adrenal ablation only in the background", "PMC11618002": "ablation only in the background",
                  "PMC11646747": "radiofrequency wires for fenestration (look-alike)"},
     "note": "searched ablation/ablative, radiofrequency, microwave, cryoablation/cryoballoon, pulmonary vein isolation, "
             "denervation, septal reduction; PMC11608042: liver neuroendocrine carcinoma after TACE; PMC11632487: "
             "aneurysmal bone cyst of the SI joint (see doubts); PMC11634049: atrial fibrillation ablation before the "
             "atrio-oesophageal fistula"},
    {"shape": "list", "question": "Who had flank pain?",
     "evidence": {
         "PMC11414668": "presented with left flank pain",
         "PMC11470198": "presented to the emergency room with chief complaints of right loin pain for three months",
         "PMC11646747": "he developed sudden onset right flank and right leg pain"},
     "rejected": {"PMC11643412": "'no history of fever, hematuria, flank pain, or weight loss'",
                  "PMC11596152": "right-sided chest pain, not the flank"},
     "note": "searched flank pain, loin pain, renal angle or costovertebral tenderness, renal colic, side pain; "
             "PMC11414668: multicystic dysplastic kidney; PMC11470198: xanthogranulomatous pyelonephritis; PMC11646747: "
             "renal malperfusion after a type A dissection repair"},
    {"shape": "list", "question": "Whose skin was darkened or had pigmented patches (hyperpigmentation, skin darkening, "
                                  "pigmented birthmarks)? Not counting a pigmented tumour itself.",
     "evidence": {
         "PMC11368709": "and generalized hyperpigmentation",
         "PMC11395317": "The patient’s skin was covered with several pigment spots",
         "PMC11469216": "Physical exam was significant for moon-like facies, dorsocervical fat pad, hyperpigmentation",
         "PMC11617203": "The patient developed residual scarring and hyperpigmentation",
         "PMC11621058": "General examination revealed a small amount of mottled black pigment in the left armpit"},
     "rejected": {"PMC11573236": "the dark-brown lesion was the melanoma itself (see doubts)",
                  "PMC11620866": "'dyspigmentation' after TEN (see doubts)",
                  "PMC11417591": "a hypomelanotic (pale) macule (look-alike)",
                  "PMC11558034": "hypopigmented macula of the eye only in the background (look-alike)",
                  "PMC11509864": "retinal pigment epitheliopathy only in a differential"},
     "note": "searched hyperpigmentation, pigment/pigmented, skin darkening, dark skin, café-au-lait, birthmark, naevus/"
             "nevus, mole, melanosis, lentigo, bronze, acanthosis; PMC11368709: congenital lipoid adrenal hyperplasia; "
             "PMC11395317 and PMC11621058: girls with primary CNS melanoma; PMC11469216: ectopic ACTH from small-cell "
             "lung cancer; PMC11617203: after Mycobacterium chelonae hand infection (see doubts)"},
    {"shape": "list", "question": "Whose bowel, appendix, bladder or womb was perforated or ruptured (a hole through its "
                                  "wall)?",
     "evidence": {
         "PMC11417591": "The right side of her normal-sized uterus were ruptured without any specific mass.",
         "PMC11490280": "A large duodenal perforation with surrounding bile peritonitis and an ischemic right colon were "
                        "also found",
         "PMC11535893": "which was indicative of bladder rupture",
         "PMC11565536": "underwent an abdominal myomectomy that was complicated by post-operative, perforated pyometra",
         "PMC11573436": "A perforated mucinous mass with mucinous collection was identified in the right lower quadrant by "
                        "the appendix",
         "PMC11632824": "a chronic inflammatory lesion secondary to intestinal perforation"},
     "rejected": {"PMC11427117": "a bullet entering through the back of the throat (see doubts)",
                  "PMC11396497": "a cyst torn during its removal", "PMC11424908": "an infected urachal cyst that burst",
                  "PMC11648268": "an unruptured interstitial pregnancy",
                  "PMC11594283": "a 'preperforative' gallbladder, not perforated",
                  "PMC11634049": "an atrio-oesophageal fistula, not called a perforation",
                  "PMC11645528": "a colon-to-tumour fistula, not called a perforation",
                  "PMC11416184": "'microperforate hymen' (look-alike)",
                  "PMC11512710": "root perforations of a tooth only as a risk (look-alike)",
                  "PMC11581374": "root perforations of a tooth only as a risk (look-alike)",
                  "PMC11544075": "bowel perforation only in the background",
                  "PMC11420455": "intestinal perforation only in the background"},
     "note": "searched perforation/perforated, rupture/ruptured, burst, hole, leak, free air; PMC11417591: uterine LAM "
             "(see doubts); PMC11490280: duodenal perforation with mesenteric ischaemia; PMC11535893: bladder rupture 11 "
             "years after partial cystectomy (see doubts); PMC11565536: perforated pyometra after myomectomy; "
             "PMC11573436: low-grade appendiceal mucinous neoplasm with perforation; PMC11632824: ameboma of the colon"},
    {"shape": "list", "question": "Who had encephalitis?",
     "evidence": {
         "PMC11462780": "The Rare Case Presentation of Adult-Onset Fulminant Subacute Sclerosing Panencephalitis in a "
                        "24-Year-Old Male",
         "PMC11585469": "suggesting meningoencephalitis compatible with parenchymal involvement of neuro-Behçet"},
     "rejected": {"PMC11539092": "acute necrotizing encephalopathy; 'Meningoencephalitis Panel' is a test (see doubts)",
                  "PMC11602322": "ADEM only in the differential; intravascular lymphoma",
                  "PMC11570475": "tuberculous meningitis with tuberculomas (see doubts)",
                  "PMC11614507": "'autoimmune encephalopathy panel was negative'",
                  "PMC11438519": "limbic encephalitis only in the differential",
                  "PMC11621671": "encephalitis only in the background", "PMC11647126": "encephalitis only in a differential"},
     "note": "searched encephalitis, panencephalitis, meningoencephalitis, encephalomyelitis, ADEM, cerebritis, "
             "rhombencephalitis, brain inflammation; PMC11462780: subacute sclerosing panencephalitis after measles; "
             "PMC11585469: neuro-Behçet disease"},
    {"shape": "list", "question": "Who was moved to palliative, comfort or hospice care? Not counting palliative "
                                  "chemotherapy, radiotherapy or surgery alone.",
     "evidence": {
         "PMC11469216": "proceeded with hospice for comfort care",
         "PMC11614507": "Palliative care was consulted early in the hospitalization, and the patient was transitioned to "
                        "comfort care",
         "PMC11625106": "The decision was therefore made to place the patient on palliative treatment.",
         "PMC11646824": "Subsequently, he was admitted to the palliative care unit due to a urinary tract infection."},
     "rejected": {"PMC11643412": "'supportive treatment' after he declined palliative chemotherapy (see doubts)",
                  "PMC11647126": "palliative care only in the background on CJD",
                  "PMC11570781": "palliative role of treatment only in the conclusions",
                  "PMC11398847": "palliative radiation", "PMC11459453": "palliative radiotherapy",
                  "PMC11503393": "palliative chemotherapy", "PMC11626642": "palliative chemo-immunotherapy",
                  "PMC11634049": "palliation only in the background", "PMC11645528": "palliative resection in the background"},
     "note": "searched palliative, palliation, comfort care, hospice, end of life, supportive care, goals of care, "
             "withdrawal of care; PMC11469216: ectopic ACTH syndrome from small-cell lung cancer; PMC11614507: Heidenhain "
             "variant CJD; PMC11625106: Ewing sarcoma with bone metastasis (see doubts); PMC11646824: brainstem glioma"},
    {"shape": "list", "question": "Who was irritable?",
     "evidence": {
         "PMC11438519": "and irritability at times",
         "PMC11614507": "her family had noticed irritability and mood changes"},
     "rejected": {"PMC11570475": "irritability only among symptoms in children in the background",
                  "PMC11570446": "'irritable bowel syndrome' (look-alike)",
                  "PMC11414482": "agitation with hypertensive crises, not irritability"},
     "note": "searched irritable/irritability, fussy, inconsolable, excessive crying, agitation, mood swings; "
             "PMC11438519: a meningioma presenting with psychiatric symptoms; PMC11614507: Heidenhain variant CJD"},
    {"shape": "count", "question": "How many patients had DIC?",
     "evidence": {
         "PMC11620866": "He had disseminated intravascular coagulation with a prolonged prothrombin time (PT) of 15 s"},
     "rejected": {"PMC11490280": "DIC only in the background", "PMC11547072": "DIC only in a differential",
                  "PMC11631590": "DIC only in a differential"},
     "note": "searched DIC, disseminated intravascular coagulation, consumptive coagulopathy, coagulopathy, fibrinogen; "
             "PMC11620866: toxic epidermal necrolysis"},
    {"shape": "count", "question": "How many patients had a cleft palate?",
     "evidence": {
         "PMC11570446": "past medical history included cleft palate",
         "PMC11640908": "narrow hard palate with a cleft"},
     "rejected": {"PMC11595770": "cleft lip/palate only among diagnostic criteria of popliteal pterygium syndrome",
                  "PMC11558034": "cheilopalatoschisis only in the background",
                  "PMC11622295": "cleft palate only as a ruled-out risk factor"},
     "note": "searched cleft, cleft lip/palate, palatoschisis, cheiloschisis; PMC11570446: Gordon syndrome; "
             "PMC11640908: pycnodysostosis (see doubts)"},
    {"shape": "count", "question": "How many patients had a drooping upper eyelid (ptosis)?",
     "evidence": {"PMC11509173": "The tests revealed exophthalmos, ptosis, optic nerve atrophy"},
     "rejected": {"PMC11648763": "'ptosis was absent'", "PMC11439622": "ptosis only in the background"},
     "note": "searched ptosis, blepharoptosis, drooping eyelid; PMC11509173: optic nerve glioblastoma"},
    {"shape": "count", "question": "How many patients had the flu?",
     "evidence": {"PMC11631872": "including acinetobacter, candida, H1N1 influenza, and a second wave of COVID-19"},
     "rejected": {"PMC11509757": "Haemophilus influenzae, a bacterium (look-alike)",
                  "PMC11490280": "influenza test negative", "PMC11624525": "'No evidence of influenza'",
                  "PMC11539092": "influenza only in the background", "PMC11551029": "flu-like illness only in the background",
                  "PMC11506189": "flu-like signs only in the background"},
     "note": "searched influenza, flu, H1N1, oseltamivir/Tamiflu; PMC11631872: H1N1 pneumonia in relapsed "
             "angioimmunoblastic T-cell lymphoma"},
]

YESNO = [
    {"case": HYD, "question": "Had the 81-year-old man with the hydatid cyst in his thigh muscle been injured in that "
                              "part of his leg before?",
     "expected": "yes", "evidence": "the patient had a history of trauma to the affected area caused by an animal-related "
                                   "incident five years earlier"},
    {"case": HYD, "question": "Did the 81-year-old man with the hydatid cyst of the thigh have diabetes or high blood "
                              "pressure?",
     "expected": "not_reported", "search_regex": r"diabet|hypertens|blood pressure|glucose|HbA1c"},
    {"case": DDC, "question": "After the ray amputation of the 28-year-old man's finger for dedifferentiated "
                              "chondrosarcoma, were the surgical margins free of tumour?",
     "expected": "yes", "evidence": "All margins were negative for the tumor."},
    {"case": DDC, "question": "Could the regional lymph nodes of the 28-year-old man with the chondrosarcoma of the finger "
                              "be assessed?",
     "expected": "no", "evidence": "The N category was NX, as regional nodes could not be assessed."},
    {"case": DDC, "question": "Did the 28-year-old man with the dedifferentiated chondrosarcoma of the finger smoke?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|nicotine"},
    {"case": BAR, "question": "Was the 18-month-old boy with Bartter syndrome exclusively breastfed as a baby?",
     "expected": "yes", "evidence": "The child was exclusively breastfed till four months of age"},
    {"case": BAR, "question": "Were the parents of the 18-month-old boy with Bartter syndrome blood relatives "
                              "(consanguineous)?",
     "expected": "no", "evidence": "He was the firstborn to non-consanguineous parents"},
    {"case": PNE, "question": "Did the tumour of the 58-year-old man with the combined pancreatic neuroendocrine tumour "
                              "and carcinoma stain for trypsin?",
     "expected": "no", "evidence": "negative for trypsin, excluding an acinar cell carcinoma"},
    {"case": PNE, "question": "Did the 58-year-old man with the pancreatic neuroendocrine tumour smoke or drink alcohol?",
     "expected": "not_reported", "search_regex": r"smok|tobacco|cigar|alcohol|drink"},
    {"case": MYO, "question": "Did follow-up tests of the 19-year-old woman with acute heart failure show that she had "
                              "seroconverted to Chlamydia pneumoniae?",
     "expected": "yes", "evidence": "Follow-up testing for Chlamydia pneumoniae indicated seroconversion."},
    {"case": MYO, "question": "Was a heart muscle (myocardial) biopsy done in the 19-year-old woman with cardiogenic "
                              "shock?",
     "expected": "no", "evidence": "A myocardial biopsy was not performed to exclude myocarditis due to severe coagulation "
                                  "disorders."},
    {"case": MYO, "question": "Did the 19-year-old woman with acute heart failure in intensive care have a cardiac MRI?",
     "expected": "not_reported", "search_regex": r"MRI|magnetic resonance|\bCMR\b"},
]

LOOKUPS = [
    {"case": HYD, "question": "Over which muscle of the thigh was the swelling of the 81-year-old man with the hydatid "
                              "cyst?",
     "answer": "vastus lateralis muscle",
     "evidence": "The swelling measures approximately 3x3 cm over the vastus lateralis muscle of the right thigh."},
    {"case": HYD, "question": "How long had the 81-year-old man known about the swelling in his thigh before he came to "
                              "the clinic?",
     "answer": "one year prior",
     "evidence": "The patient reported noticing the swelling one year prior, with a gradual increase in size over time.",
     "alternatives": [{"answer": "present for one year",
                       "evidence": "Painless, progressively enlarging mass in the right thigh, present for one year."}]},
    {"case": DDC, "question": "How long had the finger of the 28-year-old man with the dedifferentiated chondrosarcoma been "
                              "swollen when he presented?",
     "answer": "three-month history",
     "evidence": "A 28-year-old male presented with a three-month history of swelling on the proximal phalanx of the "
                 "fourth finger.",
     "alternatives": [{"answer": "three months",
                       "evidence": "Swelling on the proximal phalanx of the fourth finger for three months."}]},
    {"case": DDC, "question": "What pT category was the finger chondrosarcoma of the 28-year-old man given after the "
                              "amputation?",
     "answer": "pT1", "evidence": "the tumor was classified as pT1 (tumor ≤8 cm in greatest dimension)"},
    {"case": BAR, "question": "What kind of diet was the 18-month-old boy with Bartter syndrome encouraged to take?",
     "answer": "a high-salt and potassium diet",
     "evidence": "was also encouraged to take a high-salt and potassium diet"},
    {"case": BAR, "question": "Which gene variant did the genetic test of the 18-month-old boy with Bartter syndrome find?",
     "answer": None,
     "search_regex": r"CLCNK|CLC-?K|barttin|BSND|SLC12A|KCNJ|variant|mutation|homozyg|heterozyg|allele|exon"},
    {"case": PNE, "question": "How large was the mass on the first CT of the 58-year-old man with the pancreatic "
                              "neuroendocrine tumour?",
     "answer": "21 × 12 × 13 cm",
     "evidence": "Computed tomography (CT) showed a 21 × 12 × 13 cm left upper quadrant mass",
     "alternatives": [{"answer": "21 × 12 × 13 cm", "evidence": "CT revealed a 21 × 12 × 13 cm mass"}]},
    {"case": PNE, "question": "What TNM stage did the debulking specimen of the 58-year-old man with the pancreatic "
                              "neuroendocrine neoplasm show?",
     "answer": "T3N1M1", "evidence": "Histopathology showed a 19 cm T3N1M1 panNEN clear of margins",
     "alternatives": [{"answer": "T3N1M1", "evidence": "Staging: T3N1M1 with lymphatic invasion"}]},
    {"case": MYO, "question": "When the 19-year-old woman with acute heart failure got worse the day after admission, what "
                              "was her right ventricular ejection fraction (RVEF)?",
     "answer": "30.2%",
     "evidence": "Right ventricular dysfunction was observed, and the right ventricle ejection fraction (RVEF) was 30.2%.",
     "alternatives": [{"answer": "30.2%", "evidence": "right ventricle ejection fraction 30.2%"}]},
    {"case": MYO, "question": "What HHV-6 viral load was measured in the 19-year-old woman with acute heart failure?",
     "answer": None, "search_regex": r"viral load|copies|copy number|log10|quantitative"},
]

SEQUENCES = [
    {"case": HYD, "question": "After the needle aspiration of the thigh swelling of the 81-year-old man suggested an old "
                              "haematoma, which scans were done to look for other cysts?",
     "answer": "USG abdomen, pelvis, and thorax",
     "evidence": "USG abdomen, pelvis, and thorax were done to rule out any other cystic lesions."},
    {"case": HYD, "question": "At the follow-up three months after the hydatid cyst was excised from his thigh, how was "
                              "the 81-year-old man?",
     "answer": "the patient reported no complaints, and clinical examination revealed no evidence of recurrence",
     "evidence": "At the three-month follow-up, the patient reported no complaints, and clinical examination revealed no "
                 "evidence of recurrence.",
     "alternatives": [{"answer": "no signs of recurrence",
                       "evidence": "with no signs of recurrence at the three-month follow-up"}]},
    {"case": DDC, "question": "After the X-ray of the 28-year-old man's hand showed a lytic lesion in the finger, what "
                              "procedure came next?",
     "answer": "bone curettage was performed",
     "evidence": "Following this, bone curettage was performed, and the tissue was sent for histopathological "
                 "examination."},
    {"case": BAR, "question": "After the blood gas of the 18-month-old boy showed a hypochloraemic metabolic alkalosis, "
                              "which urine findings clinched the diagnosis of Bartter syndrome?",
     "answer": "Urinary chloride and potassium were found to be elevated",
     "evidence": "Urinary chloride and potassium were found to be elevated, further clinching the diagnosis of Bartter "
                 "syndrome.",
     "alternatives": [{"answer": "Elevated urinary chloride and potassium values",
                       "evidence": "Elevated urinary chloride and potassium values."}]},
    {"case": PNE, "question": "After two cycles of lutetium-177 DOTATATE (Lu-PRRT), how did the disease of the 58-year-old "
                              "man with the pancreatic neuroendocrine neoplasm respond?",
     "answer": "a response to DOTATATE avid disease, but significant progression of FDG avid disease",
     "evidence": "Two cycles of Lu-PRRT were then associated with a response to DOTATATE avid disease, but significant "
                 "progression of FDG avid disease."},
    {"case": MYO, "question": "As her circulation and breathing recovered in intensive care, what could be stopped in the "
                              "19-year-old woman with acute heart failure?",
     "answer": "weaning from mechanical ventilation and the discontinuation of sedation and hemodynamic support",
     "evidence": "enabling weaning from mechanical ventilation and the discontinuation of sedation and hemodynamic "
                 "support"},
]

COMPARES = [
    {"question": "Compare what the first imaging showed in the 81-year-old man with the swelling in his thigh and in the "
                 "28-year-old man with the swollen finger.",
     "evidence": {HYD: "Initial diagnostic imaging with ultrasonography (USG) revealed a multiloculated, well-defined cystic "
                       "lesion with foci of calcification in the intramuscular plane",
                  DDC: "Recent X-ray imaging of the left hand revealed sclerotic margins and a central diaphyseal lytic "
                       "lesion"},
     "note": "HYD: ultrasound, a multiloculated, well-defined cystic lesion with foci of calcification in the thigh "
             "muscle, a haematoma or a hydatid cyst in the differential; DDC: plain X-ray of the left hand, sclerotic "
             "margins and a central diaphyseal lytic lesion of the proximal phalanx of the fourth finger"},
    {"question": "Compare how things ended for the 18-month-old boy with Bartter syndrome and for the 19-year-old woman "
                 "treated in intensive care for acute heart failure.",
     "evidence": {BAR: "The child was followed up after a month, and the repeat blood investigations showed an improvement "
                       "in his electrolyte values.",
                  MYO: "She remained hospitalised for two months, with her primary challenges being significant muscle "
                       "weakness"},
     "note": "BAR: seen a month later, his electrolytes and his growth had improved on potassium, salt and indomethacin; "
             "MYO: her heart recovered (LVEF 53% on follow-up echo) and she left intensive care stable, stayed two months "
             "in hospital with muscle weakness and a post-ICU syndrome, and was then taken by her parents to India"},
    {"question": "Compare what the microscope showed in the tumour taken from the 28-year-old man's finger and in the "
                 "tumour removed from the 58-year-old man's pancreas.",
     "evidence": {DDC: "Microscopically, multiple sections revealed a cellular neoplasm composed of sheets of oval to "
                       "spindle-shaped cells",
                  PNE: "The predominant component was a grade 3 panNET characterised by mild cytological atypia"},
     "note": "DDC: sheets of oval to spindle-shaped pleomorphic cells with osteoclast-type giant cells, a few areas of "
             "clear cells in chondroid material, scattered mitoses, necrosis and hyalinisation (dedifferentiated "
             "chondrosarcoma); PNE: two components, a grade 3 neuroendocrine tumour with mild atypia infiltrating the "
             "spleen and stomach wall and a poorly differentiated large cell neuroendocrine carcinoma with marked atypia "
             "and necrosis infiltrating the colon"},
    {"question": "Compare the patients who turned down a drug treatment their doctors recommended (such as chemotherapy "
                 "or an infusion): what did each refuse, and what was done instead?",
     "evidence": {"PMC11580067": "The management team recommended Ketamine infusion, but the patient refused.",
                  "PMC11631872": "the patient refused chemotherapy and chose salvage treatment with lenalidomide",
                  "PMC11643412": "The patient was not willing to undergo palliative chemotherapy sessions"},
     "rejected": {"PMC11417591": "did not want further evaluation, treatment or follow-up, no drug named",
                  "PMC11355863": "refused a planned duct ligation (an operation)",
                  "PMC11432800": "declined skin-flap and radius surgery", "PMC11439622": "declined a cardiac MRI (a test)",
                  "PMC11505908": "refused further dental work", "PMC11522842": "not willing to have a kidney biopsy",
                  "PMC11626717": "refused an operation", "PMC11635374": "the family declined radiosurgery",
                  "PMC11646979": "chose conservative care over bypass surgery",
                  "PMC11395475": "declined referral for pulmonary vein isolation (a procedure); irregular warfarin "
                                 "adherence, not a refusal",
                  "PMC11631590": "the family forwent intervention for the fetus",
                  "PMC11544788": "refused chemotherapy only in literature patients",
                  "PMC11648237": "poor adherence to prednisolone, not a refusal",
                  "PMC11570083": "stopped osimertinib for financial reasons, not a refusal",
                  "PMC11452353": "nonadherence delayed a PICC line, not a drug refused"},
     "note": "PMC11580067: CRPS of the leg, refused ketamine infusion, kept on pregabalin; PMC11631872: relapsed "
             "angioimmunoblastic T-cell lymphoma, refused chemotherapy (and biopsies), treated with lenalidomide; "
             "PMC11643412: stage IV renal cell carcinoma with pleural spread, declined palliative chemotherapy, given "
             "supportive tramadol and an indwelling pleural catheter, then lost to follow-up. Searched refused, declined, "
             "not willing, did not consent, did not want, opted, chose"},
    {"question": "Compare the patients with a family history of cancer: which cancers ran in the family, and what did the "
                 "patient have?",
     "evidence": {"PMC11431636": "a second-degree family history of colorectal cancer",
                  "PMC11459453": "there was a family history of lung cancer in her father who smoked, and stomach cancer in "
                                 "her maternal grandfather",
                  "PMC11624969": "His family history was significant for cancer and chronic kidney disease in his father "
                                 "and cancer in his mother."},
     "rejected": {"PMC11459113": "'No history or significant family history of bowel cancer'",
                  "PMC11635829": "'no family history of malignancy'",
                  "PMC11635374": "'family history was negative for any endocrinopathies or tumors'",
                  "PMC11544788": "mother-and-child choriocarcinoma only in the literature"},
     "note": "PMC11431636: a 48-year-old woman with a T11 plasmacytoma and an intrahepatic cholangiocarcinoma; "
             "PMC11459453: a woman with head and neck squamous cell carcinoma spread to the lungs; PMC11624969: an older "
             "man with dermatosparaxis-type Ehlers-Danlos syndrome (no cancer of his own). Searched family history, "
             "father, mother, sister, brother, grandfather, relative with cancer, carcinoma, malignancy, tumour"},
    {"question": "Compare the patients whose report names a vaccine they had been given (such as a COVID-19, "
                 "measles-rubella, BCG or pneumococcal vaccine): which vaccine, and what part did it play?",
     "evidence": {"PMC11461041": "The rash first appeared one month after receiving his first dose of the Pfizer vaccine.",
                  "PMC11509757": "he had already received a full primary vaccination course with anti-SARS-CoV-2 mRNA "
                                 "vaccines",
                  "PMC11539092": "The Measles-Rubella vaccine was received 2 weeks before the onset of symptoms.",
                  "PMC11570475": "with no notable medical history and vaccinated with BCG",
                  "PMC11648237": "splenectomy after platelet transfusion and pneumococcal vaccination"},
     "rejected": {"PMC11547072": "'the required vaccination' with eculizumab, no vaccine named (see doubts)",
                  "PMC11411574": "'routine vaccination visits', no vaccine named (see doubts)",
                  "PMC11614507": "'no recent vaccinations'", "PMC11488404": "vaccinating sheep, background",
                  "PMC11462780": "vaccination only recommended in the background",
                  "PMC11483286": "HPV vaccination only in the background",
                  "PMC11617203": "vaccination only among literature causes"},
     "note": "PMC11461041: erythroderma after each Pfizer COVID-19 dose; PMC11509757: severe COVID-19 pneumonia on "
             "ocrelizumab despite three mRNA doses; PMC11539092: an infant with acute necrotizing encephalopathy two weeks "
             "after the measles-rubella vaccine; PMC11570475: a BCG-vaccinated infant with neuro-meningeal "
             "tuberculosis; PMC11648237: pneumococcal vaccination before splenectomy for refractory ITP. Searched "
             "vaccine/vaccination/vaccinated, immunized, BCG, booster, dose of"},
]


if __name__ == "__main__":
    sys.exit(main(by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES), "ua27", OUT))
