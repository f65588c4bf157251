"""Write ``benchmarks/sets/sequence_heldout5.jsonl``: a fifth fresh held-out set of sequence
questions over six shipped case reports that none of ``sequence.jsonl``,
``sequence_new_heldout.jsonl``, ``sequence_heldout2.jsonl``, ``sequence_heldout3.jsonl`` and
``sequence_heldout4.jsonl`` uses and that ``events_gold.jsonl`` does not quote.

Written blind on 2026-11-27 by helper-seqfresh5, after the five earlier sequence sets had all
been used for tuning: the assistant, the pipeline and the eval scripts were never run on these
questions and no answer of the sequence answerer was read. Cases: the 148 shipped case reports that
no question of the five sets names and that have no event in ``events_gold.jsonl``, sorted,
shuffled with ``random.Random(5209)`` and taken in that order (``sequence_heldout3.draw`` with
this seed and the five sets as its exclusion list, the way ``sequence_heldout4`` passes them);
each report's case course (``ingest.events.course_spans`` of the text as indexed, which now
reads the longest run of case sections) was printed and read, then the rest of the text
(abstract, introduction, discussion, conclusion, structured summary) read for the same steps.
None of the first six was skipped: each tells one patient and a course of at least four steps
in order (the tuberculosis course is the shortest: MRI, lumbar puncture, treatment, death). The
six, in draw order: PMC11614507 (rapidly progressing probable Heidenhain variant of CJD, comfort
care), PMC11622295 (hypersensitivity pneumonia from lentil aspiration in a 7-month-old girl;
3 questions), PMC11470589 (CD34-negative solitary fibrous tumour of the prostate found after
HoLEP), PMC11570475 (neuro-meningeal tuberculosis in a 10-month-old infant), PMC11646824
(baclofen for vertical nystagmus in advanced brainstem glioma), PMC11499726 (super-dose PRP
injection for a medial meniscal tear).

For each, 3-4 questions (23 in all) name the patient by a short description and an anchor
event in the report's words or a paraphrase ("brought her for a second opinion", "made the
Heidenhain variant very likely", "went home from hospital", "her feeding history raised the
suspicion", "opted for surgery", "once surgery was ruled out", "the one-week review found her
pain much reduced"); the gold ``answer_text`` is the shortest verbatim span that answers, inside
its sentence (``evidence``), located and checked as in ``sequence_case_reports.build``. Where a
second sentence answers as well (abstract, introduction, discussion, structured summary, a later
sentence of the course), it is an alternative (``EXTRA``, 26; 27 after the second person's reading). Kinds: after 9 (what procedure,
what operation, what imaging, what treatment, what was advised, what was done for her pain),
what did the team do 2, before 4 (which anti-seizure drugs, what treatment on this admission,
what medication, which activator), what happened / what new problem 2, the result / the
outcome / how has he been doing after 4, how was the treatment changed 1, what was tried next 1. While
writing, anchors were kept off the answer's own sentence: the prednisolone question anchors on
the suspicion of lentil aspiration, not on the diagnosis (diagnosis and prednisolone share one
sentence); the response question anchors on the start of steroids, not on "after a few days of
taking Prednisolone" (its own sentence); the lumbar puncture question anchors on the MRI
suspicion, not on the herniation check (its own sentence); the tuberculosis outcome anchors on
the four-drug treatment, not on "after 2 weeks of treatment". Not asked: the lentil-specific IgG
(the course reports it after the improvement, but it may have been sent earlier), the
prostatectomy's final pathology (beside the follow-up question, two answers to "after the
prostatectomy"), the discharge plan of the infant (prednisolone for 2 weeks and discharge in two
sentences), the steroid dose not raised in the glioma patient (a decision not to act).

Second reading, by the same annotator (no second person): after the first build each question
was re-read with the course open, the answer looked for afresh and the whole text as indexed
searched for another sentence saying the same step. No gold span was wrong and no question was
reworded. Corrections: seqh5-015's span lost its trailing "after 2 weeks of treatment" (the
outcome is the death; the delay is detail), and six alternatives were added that the first
pass missed: the discussion's "Our patient passed away" (seqh5-003), "a remarkable response to
glucocorticoid treatment" (seqh5-007), the structured summary's "CSF (via lumbar puncture)" line
(seqh5-013), "the maximum feasible chemotherapy and radiation treatment" (seqh5-016), the
discussion's "persistent, debilitating nystagmus, which was accompanied by vertigo and nausea"
(seqh5-018) and the abstract's "the GABAergic drug baclofen" (seqh5-019). Left as doubtful:
seqh5-011 (between the prostatectomy and the follow-up the course reports the final pathology,
adenocarcinoma Gleason 3 + 4 with no residual SFT: a finding about the specimen, not how he has
been doing, so not an alternative), seqh5-013 (the lumbar puncture's own sentence opens "After
excluding the risk of brain herniation", a check rather than a step; the gold is the puncture),
seqh5-021 (which activator was added before the injection: close to a lookup; "pH regular" is
added earlier in the preparation, which is why the question says "activator"), seqh5-022 (the
next sentence advises cryotherapy and rest for 24 hours with prophylactic doxycycline; its
"cryotherapy" is an alternative, the doxycycline is not for pain), seqh5-004 (the CSF had been
sent on day 1; the question asks what came back, which the report dates to day 10, after the
death).

Second reading by a second person (helper-reader3, 2026-11-27, blind: no assistant output seen; each
question read against the report as indexed, every other sentence of the report searched for the same step):
agree 22, amend 1, disagree 0. Alternative added: seqh5-019 the introduction's "baclofen treatment"
("showed significant improvement after baclofen treatment").

    .venv/bin/python benchmarks/sequence_heldout5.py --index-dir DIR   # an index of the shipped corpus
    .venv/bin/python benchmarks/sequence_heldout5.py --draw            # print the draw order only
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sequence_heldout3 import draw  # noqa: E402
from sequence_heldout4 import USED as USED4  # noqa: E402
from sequence_new_heldout import write_set  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence_heldout5.jsonl"
USED = (*USED4, "sequence_heldout4.jsonl")
SEED = 5209
CASES = ("PMC11614507", "PMC11622295", "PMC11470589", "PMC11570475", "PMC11646824", "PMC11499726")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # rapidly progressing probable Heidenhain variant of sporadic CJD
    ("PMC11614507", "Which anti-seizure drugs had the 72-year-old woman with rapidly progressive visual and cognitive decline been started on before her husband brought her to our hospital for a second opinion?",
     "lacosamide followed by levetiracetam",
     "Workup was determined to be unremarkable aside from concern for previous epileptic activity on EEG, and the patient was subsequently started on lacosamide followed by levetiracetam later in her course.",
     "Lacosamide, then levetiracetam, for suspected epileptic activity on an outside EEG."),
    ("PMC11614507", "What did the team do once the repeat MRI and the prolonged EEG made the Heidenhain variant of CJD very likely in the 72-year-old woman?",
     "our palliative care colleagues were consulted, and our patient was transitioned to comfort care",
     "On Day 2, our palliative care colleagues were consulted, and our patient was transitioned to comfort care as per the family's wishes.",
     "Palliative care was consulted on day 2 and she was moved to comfort care, as the family wished."),
    ("PMC11614507", "What happened after the woman with probable Heidenhain-variant CJD went home from hospital?",
     "she passed away peacefully at home",
     "On Day 9, she passed away peacefully at home.",
     "She died peacefully at home on day 9, within a week of discharge."),
    ("PMC11614507", "What result came back from the CSF sample sent to the prion centre after the 72-year-old woman had died?",
     "a positive RT-QuiC along with markedly elevated T-tau protein and 14-3-3 gamma",
     "On Day 10, the patient's send out CSF sample resulted with a positive RT-QuiC along with markedly elevated T-tau protein and 14-3-3 gamma, confirming the diagnosis of CJD.",
     "A positive RT-QuIC with markedly raised T-tau protein and 14-3-3 gamma, confirming CJD (day 10)."),
    # hypersensitivity pneumonia from lentil aspiration in an infant
    ("PMC11622295", "What had the 7-month-old girl with worsening pneumonia been treated with on this admission before the forced feeding with lentils came to light?",
     "oxygen therapy, various broad-spectrum intravenous antibiotics, and anti-fungal medications",
     "During this admission, she was initiated on oxygen therapy, various broad-spectrum intravenous antibiotics, and anti-fungal medications.",
     "Oxygen, several broad-spectrum intravenous antibiotics and antifungals, without improvement."),
    ("PMC11622295", "How was the infant's treatment changed after her feeding history raised the suspicion of hypersensitivity pneumonitis from aspirated lentils?",
     "oral Prednisolone only and stopped all other antimicrobials",
     "After numerous discussions with relevant pediatric consultants and extensive literature search, we eventually settled on a diagnosis of hypersensitivity pneumonia due to lentil aspiration and initiated a treatment plan involving oral Prednisolone only and stopped all other antimicrobials.",
     "All antimicrobials were stopped and she was given oral prednisolone alone."),
    ("PMC11622295", "How did the girl respond after her antimicrobials were stopped and steroids begun?",
     "significant clinical and radiological improvement",
     "The child demonstrated significant clinical and radiological improvement (Figure 3) after a few days of taking Prednisolone, weaned off oxygen, and was instructed to continue Prednisolone for 2 weeks.",
     "Marked clinical and radiological improvement within a few days (72 hours); she came off oxygen."),
    # CD34-negative solitary fibrous tumour of the prostate
    ("PMC11470589", "What medication had the 76-year-old man with worsening urinary frequency and a weak stream been taking for presumed BPH before he opted for surgery?",
     "tamsulosin",
     "He was initially diagnosed with BPH several years before and had been on tamsulosin for his symptoms but experienced no symptomatic relief.",
     "Tamsulosin, without relief."),
    ("PMC11470589", "What procedure did the man choose after transrectal ultrasound showed a 57 cc prostate with no sign of tumour?",
     "Holmium laser enucleation of the prostate (HoLEP)",
     "The patient elected to undergo Holmium laser enucleation of the prostate (HoLEP), and 49g of prostate tissue was removed intraoperatively.",
     "Holmium laser enucleation of the prostate (HoLEP); 49 g of tissue removed."),
    ("PMC11470589", "What operation was decided on after the staging CT found no metastases in the man with the solitary fibrous tumour of the prostate?",
     "robot-assisted radical prostatectomy (RARP) with bilateral pelvic lymph node dissection",
     "After a review of the literature and discussion with the patient, the decision was made to proceed with robot-assisted radical prostatectomy (RARP) with bilateral pelvic lymph node dissection due to there being limited data around the effectiveness of chemotherapy or radiotherapy on SFT.",
     "Robot-assisted radical prostatectomy with bilateral pelvic lymph node dissection (little evidence for chemo- or radiotherapy in SFT)."),
    ("PMC11470589", "How has the 76-year-old man been doing since his robot-assisted radical prostatectomy?",
     "asymptomatic and on regular follow-up with undetectable PSA levels",
     "Currently, the patient is asymptomatic and on regular follow-up with undetectable PSA levels.",
     "Asymptomatic, on regular follow-up, with undetectable PSA."),
    # neuro-meningeal tuberculosis in an infant
    ("PMC11570475", "What imaging was done after the 10-month-old infant was admitted with fever, meningeal signs and hypotonia?",
     "an MRI",
     "Given these neurological symptoms, an MRI was performed, revealing significant passive quadriventricular hydrocephalus (Fig. 1).",
     "A brain MRI with sections through the thorax (hydrocephalus, meningeal enhancement, tuberculomas, thoracic lesions)."),
    ("PMC11570475", "What did the team do next once the MRI findings suggested tuberculous meningitis in the infant?",
     "a lumbar puncture",
     "After excluding the risk of brain herniation, a lumbar puncture was conducted, which revealed clear CSF rich in leukocytes with a predominance of lymphocytes, hyperproteinorachia of 800 mg/dL, and a glucose level below 40 mg/dL.",
     "A lumbar puncture, once herniation risk was excluded (lymphocytic CSF, protein 800 mg/dL, low glucose, PCR positive for the Koch bacillus)."),
    ("PMC11570475", "What treatment was started after PCR of the cerebrospinal fluid found the Koch bacillus in the 10-month-old?",
     "antituberculous treatment was implemented, based on the combination of 4 antibacillary agents (RHZE - ERIP K4), along with systemic corticosteroid therapy using intravenous methylprednisolone",
     "An antituberculous treatment was implemented, based on the combination of 4 antibacillary agents (RHZE - ERIP K4), along with systemic corticosteroid therapy using intravenous methylprednisolone.",
     "Four-drug antituberculous treatment (RHZE) with intravenous methylprednisolone."),
    ("PMC11570475", "What was the outcome after the infant with neuro-meningeal tuberculosis was started on four-drug therapy and steroids?",
     "the patient's death",
     "Unfortunately, the course of the disease led to the patient's death after 2 weeks of treatment.",
     "The infant died after two weeks of treatment."),
    # vertical nystagmus in advanced brainstem glioma, treated with baclofen
    ("PMC11646824", "What treatment did the 23-year-old man with a brainstem glioma receive once surgery was ruled out?",
     "concurrent chemoradiation, including focal radiation to the brain, followed by treatment with temozolomide",
     "Instead, he underwent concurrent chemoradiation, including focal radiation to the brain, followed by treatment with temozolomide.",
     "Concurrent chemoradiation with focal brain radiation, then temozolomide."),
    ("PMC11646824", "What procedures did the man with the brainstem glioma need when his intracranial pressure rose after chemoradiation and temozolomide?",
     "intubation and the placement of a ventriculoperitoneal shunt",
     "As the disease progressed, he experienced increased intracranial pressure, which required intubation and the placement of a ventriculoperitoneal shunt.",
     "Intubation and a ventriculoperitoneal shunt."),
    ("PMC11646824", "What new problem appeared after the man with the advanced glioma was admitted to palliative care with a urinary tract infection?",
     "persistent vertical nystagmus and vertigo",
     "During this hospital stay, he developed persistent vertical nystagmus and vertigo, which worsened with changes in head position.",
     "Persistent vertical nystagmus and vertigo, worse with changes in head position."),
    ("PMC11646824", "What was tried next when betahistine did not help the vertical nystagmus of the 23-year-old man?",
     "baclofen, administering 5 mg orally three times daily",
     "Consequently, we initiated treatment with baclofen, administering 5 mg orally three times daily.",
     "Baclofen 5 mg orally three times daily (raising his dexamethasone was judged unwise)."),
    # super-dose PRP injection for a medial meniscal tear
    ("PMC11499726", "What was the 43-year-old woman with left knee pain advised after MRI showed a longitudinal tear of her medial meniscus?",
     "intra-articular injection of super-dose PRP",
     "The patient was advised admission for intra-articular injection of super-dose PRP injection.",
     "Admission for an intra-articular super-dose (8 mL) PRP injection."),
    ("PMC11499726", "Which activator was added to the platelet-rich plasma before it was injected into the 43-year-old woman's knee?",
     "calcium chloride (0.2 ml)",
     "Prior to the injection of PRP, calcium chloride (0.2 ml) which is a PRP activator was added to the sample making it a total of 8 mL of PRP with a platelet concentration of 10.24 lakh/microliter.",
     "Calcium chloride, 0.2 mL (8 mL of PRP in all)."),
    ("PMC11499726", "What was done for her pain right after the PRP injection in the woman with the meniscal tear?",
     "cryotherapy was administered for a period of 15 minutes",
     "Post-injection administration cryotherapy was administered for a period of 15 minutes post which VAS score decreased to 6/10.",
     "Cryotherapy for 15 minutes (pain from 9/10 to 6/10), then cryotherapy and rest for 24 hours."),
    ("PMC11499726", "What was she advised after the review a week after the injection found her knee pain much reduced and her range of motion restored?",
     "lower limb strengthening exercises",
     "She was advised to engage in lower limb strengthening exercises.",
     "Lower limb strengthening exercises (multiplanar and proprioception exercises from two weeks)."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (1, "Palliative care was consulted early in the hospitalization, and the patient was transitioned to comfort care",
     "Palliative care was consulted early in the hospitalization, and the patient was transitioned to comfort care and discharged 3 days after admission."),
    (2, "passed away at home within a week",
     "She declined quickly and passed away at home within a week, one day before her send out CSF sample resulted with a positive real-time quaking-induced conversion (RT-QuiC) and markedly elevated T-tau protein and 14-3-3 gamma."),
    (2, "Our patient passed away",
     "Our patient passed away prior to confirming the diagnosis by RT-QuiC, within just four to five weeks of symptom onset"),
    (3, "a positive real-time quaking-induced conversion (RT-QuiC) and markedly elevated T-tau protein and 14-3-3 gamma",
     "She declined quickly and passed away at home within a week, one day before her send out CSF sample resulted with a positive real-time quaking-induced conversion (RT-QuiC) and markedly elevated T-tau protein and 14-3-3 gamma."),
    (3, "positive RT-QuiC, elevated T-tau protein, and 14-3-3 gamma",
     "CSF studies eventually confirmed diagnosis of CJD (positive RT-QuiC, elevated T-tau protein, and 14-3-3 gamma)."),
    (4, "multiple courses of broad-spectrum antibiotics as well as anti-fungal drugs",
     "A 7-month-old girl had been suffering from progressively deteriorating pneumonia despite getting multiple courses of broad-spectrum antibiotics as well as anti-fungal drugs for adequate duration."),
    (4, "multiple courses of broad-spectrum antibiotics",
     "Unfortunately, despite receiving treatment with multiple courses of broad-spectrum antibiotics, there was continuous clinical and radiological deterioration"),
    (4, "broad-spectrum antibiotics and antifungals",
     "Progressive respiratory symptoms for one month, unresponsive to broad-spectrum antibiotics and antifungals, with recurrent hospitalizations."),
    (5, "Treatment was commenced with prednisolone",
     "Treatment was commenced with prednisolone resulting in significant improvement in her clinical and radiological condition within 72 hours."),
    (6, "significant improvement in her clinical and radiological condition within 72 hours",
     "Treatment was commenced with prednisolone resulting in significant improvement in her clinical and radiological condition within 72 hours."),
    (6, "substantial improvement following glucocorticoid therapy",
     "In this article, we present the details of a young infant suffering from hypersensitivity pneumonitis from lentil aspiration, who showed substantial improvement following glucocorticoid therapy"),
    (6, "a remarkable response to glucocorticoid treatment",
     "along with the presence of typical radiological findings and a remarkable response to glucocorticoid treatment, were crucial in establishing the diagnosis."),
    (7, "tamsulosin", "Symptoms were unresponsive to tamsulosin."),
    (8, "Holmium laser enucleation of the prostate (HoLEP)",
     "Post-Holmium laser enucleation of the prostate (HoLEP), immunohistochemical staining revealed:"),
    (11, "A brain MRI, including sections through the thorax",
     "A brain MRI, including sections through the thorax, revealed cerebro-meningeal and thoracic lesions compatible with multifocal tuberculous involvement revealed by the neurological symptoms."),
    (12, "lumbar puncture",
     "CSF (via lumbar puncture): Clear fluid, lymphocytosis, hyperproteinorachia (800 mg/dL), glucose <40 mg/dL, positive Koch bacillus (KB) on PCR."),
    (15, "the maximum feasible chemotherapy and radiation treatment",
     "Despite the tumor being inoperable and the patient having received the maximum feasible chemotherapy and radiation treatment, there was only a slight improvement in his nystagmus."),
    (15, "concurrent chemoradiation (including focal radiation to the brain) followed by temozolomide treatment",
     "Due to the high-risk location, surgery was not performed; underwent concurrent chemoradiation (including focal radiation to the brain) followed by temozolomide treatment."),
    (16, "intubation and placement of a ventriculoperitoneal shunt",
     "Progression of disease led to increased intracranial pressure, necessitating intubation and placement of a ventriculoperitoneal shunt; condition improved post-surgery."),
    (17, "vertical nystagmus and vertigo",
     "Admitted to palliative care for a urinary tract infection, during which vertical nystagmus and vertigo (worsening with changes in head position) were observed."),
    (17, "persistent, debilitating nystagmus, which was accompanied by vertigo and nausea",
     "Our patient experienced persistent, debilitating nystagmus, which was accompanied by vertigo and nausea, significantly diminishing his quality of life."),
    (18, "the GABAergic drug baclofen",
     "This case report describes the amelioration of vertical nystagmus in a patient with advanced glioma after treatment with the GABAergic drug baclofen."),
    (18, "baclofen at a dosage of 5 mg orally three times daily",
     "However, the introduction of baclofen at a dosage of 5 mg orally three times daily resulted in a significant reduction in his nystagmus."),
    (18, "baclofen treatment",
     "This report presents a rare and intriguing case of vertical nystagmus that showed significant improvement after baclofen treatment in a patient with advanced glioma."),
    (19, "Super-dose PRP, characterized by a higher platelet volume (8 ml), was administered intra-articular",
     "Super-dose PRP, characterized by a higher platelet volume (8 ml), was administered intra-articular."),
    (19, "an intra-articular PRP injection (8 mL)",
     "After obtaining informed consent, an intra-articular PRP injection (8 mL) was administered by an anterolateral approach in the left knee using a 23-gauge (1.5-inch) needle."),
    (21, "cryotherapy",
     "The patient was advised antibiotics (doxycycline 100 mg given twice daily for three days) as a preventative measure along with cryotherapy and rest for the next 24 hours."),
]


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_5", "seqh5", lambda: draw(len(CASES), SEED, USED))


if __name__ == "__main__":
    sys.exit(main())
