"""Write ``benchmarks/sets/sequence_heldout4.jsonl``: a fourth fresh held-out set of sequence
questions over six shipped case reports that none of ``sequence.jsonl``,
``sequence_new_heldout.jsonl``, ``sequence_heldout2.jsonl`` and ``sequence_heldout3.jsonl`` uses
and that ``events_gold.jsonl`` does not quote.

Written blind on 2026-11-27 by helper-seqfresh4, after the four earlier sequence sets had all
been used for tuning (or were about to be): the assistant, the pipeline and the eval scripts were
never run on these questions and no answer of the sequence answerer was read. Cases: the 154
shipped case reports that no sequence question uses and that have no event in
``events_gold.jsonl``, sorted, shuffled with ``random.Random(4111)`` and taken in that order
(``sequence_heldout3.draw`` with this seed and the four sets as its exclusion list); each
report's case course (``ingest.events.course_spans`` of the text as indexed) was printed and read,
then the rest of the text (abstract, introduction, discussion, structured summary) read for the
same steps. None of the first six was skipped: each tells one patient and a course of at least
four steps in order. The six, in draw order: PMC11470198 (focal xanthogranulomatous
pyelonephritis mimicking a complex renal cyst, nephron-sparing surgery), PMC11479900
(PGNMID with kappa light chain deposits treated with the D-VCd regimen; the shortest course, so
3 questions), PMC11456792 (solitary pancreatic head metastasis of a lung adenocarcinoma, Whipple's
procedure avoided), PMC11452353 (hereditary angioedema in pregnancy, PICC-related upper
extremity thrombosis), PMC11634049 (atrio-esophageal fistula after ablation, off-pump repair),
PMC11416184 (microperforate hymen found at a missed miscarriage).

For each, 3-4 questions (23 in all) name the patient by a short description and an anchor
event in the report's words or a paraphrase; the gold ``answer_text`` is the shortest verbatim
span that answers, inside its sentence (``evidence``), located and checked as in
``sequence_case_reports.build``. Where a second sentence answers as well (the abstract, the
introduction, the discussion, the structured summary, the next sentence of the course), it is an
alternative (``EXTRA``, 24; 28 after the second person's reading). Kinds: after 12 (what was done / given / started / planned, what
surgery, what further operation, how were the infusions given), before 4 (what had he been given, what surgery had she had, how had
the treatment been changed, what was placed before), how was the management changed 1, what
happened / what complication followed 3, the result after 3. While writing, anchors were kept off
the answer's own sentence: the FNAB question anchors on the MRI, not on "imaging findings were
inconclusive" (the FNAB's own sentence); the pancreas questions skip the fine needle aspiration
("prompting an endoscopic ultrasound-guided fine needle aspiration" is in the ultrasound's
sentence) and the one-year response ("managed medically" is in its sentence); the HAE question
about the peripheral IV anchors on the failed PICC placement, not on "Therefore"; the hypothyroid
treatment (diagnosis and drug in one sentence) and the failed left-arm PICC (delay and failure in
one sentence) were not asked. Dropped before the first build: a fourth PGNMID question (bone marrow
flow cytometry after chemotherapy: a second "result after D-VCd" beside seqh4-006), a fifth
fistula question (the postoperative pneumonia and vocal cord paresis: complications of the whole
stay, not of one step) and a fifth HAE question (home heparin restarted at discharge: one sentence
with the next PICC plan, two answers).

Second reading, by the same annotator (no second person): after the first build each question
was re-read with the course open, the answer looked for afresh and the whole text as indexed
searched for another sentence saying the same step. No gold span was wrong. Corrections:
seqh4-009's span lost its trailing "was performed" (not part of the answer) and gained the
structured summary's "Initial PET-CT" line as an alternative; seqh4-007 gained the next sentence
of the course (light chains, urine protein and creatinine "all within the normal range" at
follow-up), which answers as well; seqh4-018 named no patient ("for the atrio-esophageal
fistula"), now "in the 82-year-old woman with the atrio-esophageal fistula". Left as doubtful:
seqh4-004 (the course reports the histopathology of the resected cyst after the two-month CT; it
is the specimen's result, not follow-up, so not an alternative), seqh4-016 (between the start of
antibiotics and the paralysis the course has "Initial blood cultures grew Gemella haemolysans", a
finding rather than a complication), seqh4-011 (the gold is the decision, "managed medically";
"chemotherapy and immunotherapy" in the same sentence is an alternative, and the one-year response
in that sentence is not asked), seqh4-015 ("what happened" after an uneventful pregnancy: the
caesarean delivery; "Delivery was uncomplicated", the next sentence, is its outcome and not an
alternative), seqh4-023 (after the dilatation she was also taught to use dilators at home; the
question asks what was given at that visit).

Second reading by a second person (helper-reader3, 2026-11-27, blind: no assistant output seen; each
question read against the report as indexed, every other sentence of the report searched for the same step):
agree 19, amend 4, disagree 0. Alternatives added: seqh4-005 the introduction's "the administration of
daratumumab-combination therapy (D-VCd regimen)", seqh4-006 the abstract's "laboratory parameters, neoplastic
plasma cells clonity all restored to normal range", seqh4-014 the introduction's "Replacement of the PICC
line with a peripheral IV for HAE medication administration", seqh4-023 the discussion's "serial dilatation
of the vagina with mechanical dilators".

    .venv/bin/python benchmarks/sequence_heldout4.py --index-dir DIR   # an index of the shipped corpus
    .venv/bin/python benchmarks/sequence_heldout4.py --draw            # print the draw order only
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sequence_heldout3 import USED as USED3, draw  # noqa: E402
from sequence_new_heldout import write_set  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence_heldout4.jsonl"
USED = (*USED3, "sequence_heldout3.jsonl")
SEED = 4111
CASES = ("PMC11470198", "PMC11479900", "PMC11456792", "PMC11452353", "PMC11634049", "PMC11416184")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # focal xanthogranulomatous pyelonephritis mimicking a complex renal cyst
    ("PMC11470198", "What treatment had the 36-year-old man with three months of right loin pain received before he came to the emergency room?",
     "intermittent antibiotics",
     "He initially sought treatment from a general practitioner and was started on intermittent antibiotics.",
     "Intermittent antibiotics, started by a general practitioner."),
    ("PMC11470198", "What was done after the MRI showed a 10 cm mass with hemorrhagic areas arising from the mid pole of the right kidney in the 36-year-old man?",
     "a CT-guided fine needle aspiration biopsy (FNAB) of the renal cyst",
     "Since the imaging findings were inconclusive of a tumor and in view of a high degree of suspicion, a CT-guided fine needle aspiration biopsy (FNAB) of the renal cyst was performed, which revealed a sparsely cellular haemorrhagic smear with no atypical cells.",
     "A CT-guided fine needle aspiration biopsy of the cyst (haemorrhagic smear, no atypical cells)."),
    ("PMC11470198", "What surgery did the man with the complex right renal cyst undergo after the fine needle aspiration showed no atypical cells?",
     "open decortication and excision of the infected complex right renal cyst with right DJ stenting",
     "The patient was then taken up for surgery-open decortication and excision of the infected complex right renal cyst with right DJ stenting (retrograde DJ stenting using fluoroscopy).",
     "Open decortication and excision of the infected cyst with right DJ stenting (nephron-sparing surgery)."),
    ("PMC11470198", "What did follow-up show after the man with focal xanthogranulomatous pyelonephritis was discharged on the seventh postoperative day?",
     "a CT scan after two months, which showed no abnormality",
     "He was followed up with a CT scan after two months, which showed no abnormality.",
     "A CT scan two months later showed no abnormality."),
    # proliferative glomerulonephritis with monoclonal kappa light chain deposits (PGNMID-LC)
    ("PMC11479900", "What treatment was given after the renal biopsy and bone marrow studies pointed to PGNMID with kappa light chain deposits in the 43-year-old man with nephrotic syndrome?",
     "The initial D-VCd regimen",
     "The initial D-VCd regimen was applied since February, 2023, with a frequency of once a week for the first 8 weeks, and every other week for the next 16 weeks.",
     "The D-VCd regimen (daratumumab, cyclophosphamide, bortezomib, dexamethasone), weekly for 8 weeks then every other week for 16 weeks."),
    ("PMC11479900", "What happened to the urinary protein and light chains after the man with PGNMID-LC started daratumumab combination therapy?",
     "urinary light chain and protein levels transformed to normal ranges within 6 weeks’ treatment",
     "Urinal IgG dropped from 129 mg/L to 6.3 mg/L within 3 weeks, and urinary light chain and protein levels transformed to normal ranges within 6 weeks’ treatment (κ and λ-light light-chain decreased sharply from 49.6 and 31.7 mg/L to 7 and 3.9 mg/L, respectively, while 24H microalbuminuria and 24H urine total protein levels fell from 6142.35 and 9114.7 mg/24 h to 117 and 212 mg/24 h).",
     "They fell to normal within 6 weeks of treatment (urinary IgG within 3 weeks)."),
    ("PMC11479900", "What has follow-up shown since the man with PGNMID-LC was treated with the D-VCd regimen?",
     "no significant renal or hematological disease progression has been observed",
     "The patient has been followed up for 14 months, no significant renal or hematological disease progression has been observed.",
     "No significant renal or haematological progression over 14 months; light chains, urine protein and creatinine normal."),
    # solitary pancreatic head metastasis from lung adenocarcinoma
    ("PMC11456792", "What surgery had the 74-year-old woman had for her lung cancer before she presented with painless jaundice?",
     "left anterolateral thoracotomy and extended left lower lobe lobectomy",
     "Three months prior, the patient had undergone left anterolateral thoracotomy and extended left lower lobe lobectomy for stage II lung cancer with final postsurgical pathology consistent with a pT2bN0 poorly differentiated lung adenocarcinoma.",
     "A left anterolateral thoracotomy with extended left lower lobe lobectomy, three months earlier."),
    ("PMC11456792", "What was done next after the EUS-guided fine needle aspiration of the pancreatic head mass showed adenocarcinoma in the woman with a history of lung cancer?",
     "a fluorodeoxyglucose (FDG) positron emission tomography-computed tomography (PET-CT)",
     "Postendoscopic ultrasound, a fluorodeoxyglucose (FDG) positron emission tomography-computed tomography (PET-CT) was performed for further workup at an outside hospital.",
     "An FDG PET-CT (an avid pancreatic head mass, nothing else)."),
    ("PMC11456792", "What did the team do after the staging MRI showed a well-circumscribed pancreatic head mass with a double duct sign in the 74-year-old woman?",
     "the histopathology slides were re-examined at our institution and tested for pancreatic and lung adenocarcinoma immunohistochemical markers",
     "Given MRI features, the histopathology slides were re-examined at our institution and tested for pancreatic and lung adenocarcinoma immunohistochemical markers.",
     "Re-examined the aspiration slides with immunohistochemistry for lung and pancreatic adenocarcinoma markers (CK7 and TTF-1 positive)."),
    ("PMC11456792", "How was the management of the woman referred for a Whipple's procedure changed after immunohistochemistry favoured a metastasis from her lung adenocarcinoma?",
     "The patient was managed medically",
     "The patient was managed medically, and the 1-year follow-up CT demonstrated a good treatment response to chemotherapy and immunotherapy, with a marked interval decrease in the tumor size (Figs. 2E and F).",
     "No Whipple's procedure: she was managed medically, with chemotherapy and immunotherapy."),
    # hereditary angioedema in pregnancy, PICC-related upper extremity thrombosis
    ("PMC11452353", "How had the HAE treatment of the 34-year-old pregnant woman been changed before her PICC line was inserted?",
     "switched from Firazyr SQ to Ruconest",
     "During this pregnancy, she was switched from Firazyr SQ to Ruconest as Firazyr is not preferred for pregnancy.",
     "Firazyr (icatibant) SQ was switched to IV Ruconest, as Firazyr is not preferred in pregnancy."),
    ("PMC11452353", "What anticoagulant was started after the pregnant woman with hereditary angioedema was admitted with a PICC-related thrombosis of the right arm veins?",
     "A Lovenox protocol, 1 mg/kg SQ every 12 hours",
     "A Lovenox protocol, 1 mg/kg SQ every 12 hours, was initiated.",
     "Lovenox (enoxaparin) 1 mg/kg SQ every 12 hours, with her home heparin held."),
    ("PMC11452353", "How did the woman with HAE receive her Ruconest infusions after the attempt to place a new PICC line in her left arm failed?",
     "via peripheral IV",
     "Therefore, the patient continued to receive her Ruconest infusions via peripheral IV.",
     "Through a peripheral IV."),
    ("PMC11452353", "What happened after the rest of the HAE patient's pregnancy passed without known complications?",
     "delivered at 39 1/7 weeks gestation via C-section",
     "Three months after this admission, the patient delivered at 39 1/7 weeks gestation via C-section due to umbilical cord prolapse and fetal decelerations.",
     "She delivered by C-section at 39 1/7 weeks for cord prolapse and fetal decelerations; the delivery was uncomplicated."),
    # atrio-esophageal fistula after radiofrequency ablation, off-pump repair
    ("PMC11634049", "What complication followed her admission and the start of antibiotics in the 82-year-old woman who had had radiofrequency ablation for atrial fibrillation?",
     "She developed acute right-sided paralysis",
     "She developed acute right-sided paralysis and non-contrast head computed tomography (CT) showed hypodensity in the parasagittal left frontal lobe indicating acute/subacute ischemia potentially secondary to multiple air emboli (Figure 1).",
     "Acute right-sided paralysis from an ischaemic stroke, probably from air emboli."),
    ("PMC11634049", "What was done after CT angiography showed an air embolism in the posterior wall of the left atrium in the 82-year-old woman?",
     "urgently transferred for operative management",
     "She was urgently transferred for operative management.",
     "She was urgently transferred for surgery."),
    ("PMC11634049", "What was placed in the operating room before the left thoracotomy in the 82-year-old woman with the atrio-esophageal fistula?",
     "a percutaneous endoscopic gastrostomy (PEG) tube",
     "In the operating room (OR), a percutaneous endoscopic gastrostomy (PEG) tube was placed with mild insufflation performed once past the lower esophageal sphincter.",
     "A PEG tube."),
    ("PMC11634049", "What further operation did the woman with the atrio-esophageal fistula have after the off-pump repair, once she was stable in intensive care?",
     "a cervical esophagostomy",
     "When stable, the patient returned to the OR for a cervical esophagostomy.",
     "A cervical esophagostomy."),
    # microperforate hymen found at a missed miscarriage
    ("PMC11416184", "What was planned after the 28-year-old primigravida with spotting was found to have a microperforate hymen and a missed miscarriage?",
     "concurrent hymenectomy with suction and evacuation",
     "She was planned for concurrent hymenectomy with suction and evacuation after obtaining anesthesia fitness.",
     "A hymenectomy with suction evacuation in the same sitting, once fit for anaesthesia."),
    ("PMC11416184", "What was done after the hymenal opening had been enlarged and a speculum could be held in place in the woman with the microperforate hymen?",
     "suction evacuation with a no. 6 Karmann’s cannula",
     "This was followed by suction evacuation with a no. 6 Karmann’s cannula, and the products of conception were removed.",
     "Suction evacuation with a no. 6 Karman cannula, removing the products of conception."),
    ("PMC11416184", "What happened after the woman with the microperforate hymen was discharged with advice to return in two weeks?",
     "presented after three months with complaints of dyspareunia",
     "The patient failed to follow up in the given time but presented after three months with complaints of dyspareunia.",
     "She missed the follow-up and came back three months later with dyspareunia."),
    ("PMC11416184", "What treatment was given after examination showed that only the little finger could pass the hymenal opening three months after the hymenectomy?",
     "serial dilatation with mechanical dilators",
     "Hence, serial dilatation with mechanical dilators was done, following which the opening increased in size, as shown in Figure 3.",
     "Serial dilatation with mechanical dilators, then teaching to use the dilators at home."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (1, "CT-guided FNAB", "CT-guided FNAB revealed hemorrhagic smear without atypical cells."),
    (1, "FNAB of the renal cyst", "FNAB of the renal cyst revealed a sparse cellular hemorrhagic smear with no atypical cells seen."),
    (2, "open decortication and excision of the infected complex right renal cyst with right DJ stenting",
     "The patient underwent open decortication and excision of the infected complex right renal cyst with right DJ stenting."),
    (2, "nephron-sparing surgery", "This patient was managed with nephron-sparing surgery with no adverse event, thus demonstrating the efficacy of nephron-sparing surgery in patients with focal XGPN."),
    (4, "A daratumumab combination therapy (D-VCd regimen, specifically are daratumumab + dexamethasone + bortezomib + cyclophosphamide)",
     "A daratumumab combination therapy (D-VCd regimen, specifically are daratumumab + dexamethasone + bortezomib + cyclophosphamide) was adopted to treat a patient diagnosed with PGNMID-LC."),
    (4, "daratumumab 16 mg/kg d1 + cyclophosphamide 0.3 g/m2 d1 + bortezomib 1.7 mg/ m2 d1 + dexamethasone 20 mg d1–d2 qw",
     "The specific components of the regimen were daratumumab 16 mg/kg d1 + cyclophosphamide 0.3 g/m2 d1 + bortezomib 1.7 mg/ m2 d1 + dexamethasone 20 mg d1–d2 qw"),
    (4, "a D-VCd regimen was selected",
     "For this patient, who had a CD38+ CD19− abnormal plasma cell clone, a D-VCd regimen was selected, and the therapeutic response was favorable."),
    (4, "the administration of daratumumab-combination therapy (D-VCd regimen)",
     "This report focuses on a patient with PGNMID-LC, characterized mainly by κ-light chain in the glomerular deposits, who exhibited clinical recovery after the administration of daratumumab-combination therapy (D-VCd regimen)."),
    (5, "a significant reduction in urinal protein, IgG, free λ and κ-light chain titers",
     "Secondly, lab tests showed a significant reduction in urinal protein, IgG, free λ and κ-light chain titers."),
    (5, "laboratory parameters, neoplastic plasma cells clonity all restored to normal range",
     "After the fixed course, his clinical symptom, laboratory parameters, neoplastic plasma cells clonity all restored to normal range, and no obvious disease progression was observed throughout the treatment."),
    (6, "no significant renal or hematological disease progression has been observed",
     "After a follow up of 14 months, no significant renal or hematological disease progression has been observed."),
    (6, "serum light chains and light chain ratio, urine protein, and creatinine levels are all within the normal range",
     "The patient’s serum light chains and light chain ratio, urine protein, and creatinine levels are all within the normal range, and the patient has no clinical symptoms of discomfort."),
    (7, "left anterolateral thoracotomy and extended left lower lobectomy",
     "Presented with painless jaundice three months after undergoing left anterolateral thoracotomy and extended left lower lobectomy for stage II lung adenocarcinoma."),
    (7, "a left lower lobectomy with en bloc resection",
     "Following a left lower lobectomy with en bloc resection in April, the patient presented in June with metastasis, which occurred just over 3 months from the primary diagnosis"),
    (8, "Initial PET-CT", "**Initial PET-CT:** FDG-avid pancreatic head mass with no other areas of abnormal uptake"),
    (10, "preventing unnecessary surgical intervention",
     "This led to appropriate patient management, preventing unnecessary surgical intervention in a metastatic cancer patient who would otherwise have undergone a Whipple's procedure, which is the standard of care for a resectable pancreatic head adenocarcinoma."),
    (10, "chemotherapy and immunotherapy",
     "The patient was managed medically, and the 1-year follow-up CT demonstrated a good treatment response to chemotherapy and immunotherapy, with a marked interval decrease in the tumor size"),
    (11, "switched to Ruconest during pregnancy", "She was previously on Firazyr SQ for HAE but switched to Ruconest during pregnancy."),
    (12, "Early treatment with Lovenox",
     "Early treatment with Lovenox, PICC line removal, and continuation of HAE therapy via peripheral IV infusion resolved and prevented further angioedema and subsequent VTEs during this patient’s pregnancy."),
    (12, "Lovenox protocol", "presented with an acute peripherally inserted central catheter (PICC) line malfunction and upper extremity VTE treated with Lovenox protocol and PICC line removal."),
    (13, "continuation of HAE therapy via peripheral IV infusion",
     "Early treatment with Lovenox, PICC line removal, and continuation of HAE therapy via peripheral IV infusion resolved and prevented further angioedema and subsequent VTEs during this patient’s pregnancy."),
    (13, "Replacement of the PICC line with a peripheral IV for HAE medication administration",
     "Replacement of the PICC line with a peripheral IV for HAE medication administration resolved and prevented further angioedema and VTEs during this patient’s pregnancy and delivery, supporting the use of peripheral IV lines for primary medical management."),
    (15, "Acute right-sided paralysis", "Acute right-sided paralysis and evidence of air embolism confirmed by imaging."),
    (18, "a cervical esophagostomy",
     "Her 22-day post-surgical management and course of recovery, which include a cervical esophagostomy, vocal cord paralysis, and right lower lobe pneumonia are also discussed."),
    (19, "she underwent a hymenectomy and suction evacuation",
     "Following routine investigations, she underwent a hymenectomy and suction evacuation, which alleviated the immediate issue."),
    (21, "the patient experienced dyspareunia three months later",
     "Despite an uneventful post-operative period, the patient experienced dyspareunia three months later, necessitating further treatment with serial dilators."),
    (22, "further treatment with serial dilators",
     "Despite an uneventful post-operative period, the patient experienced dyspareunia three months later, necessitating further treatment with serial dilators."),
    (22, "serial dilatation of the vagina with mechanical dilators",
     "As in our case, the procedure may warrant serial dilatation of the vagina with mechanical dilators after the hymenotomy to keep the vaginal opening patent until the couple resumes regular intercourse."),
]


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_4", "seqh4", lambda: draw(len(CASES), SEED, USED))


if __name__ == "__main__":
    sys.exit(main())
