"""Write ``benchmarks/sets/sequence_heldout6.jsonl``: a sixth fresh held-out set of sequence
questions over six shipped case reports that none of ``sequence.jsonl``,
``sequence_new_heldout.jsonl`` and ``sequence_heldout2.jsonl`` ... ``sequence_heldout5.jsonl``
uses and that ``events_gold.jsonl`` does not quote.

Written blind on 2026-11-27 by helper-seqfresh6, after the six earlier sequence sets had all
been used: the assistant, the pipeline and the eval scripts were never run on these questions
and no answer of the sequence answerer was read. Cases: the shipped case reports that no
question of the six sets names and that have no event in ``events_gold.jsonl``, sorted,
shuffled with ``random.Random(6173)`` and taken in that order (``sequence_heldout3.draw`` with
this seed and heldout5's exclusion list plus ``sequence_heldout5.jsonl``); each report's case
course (``ingest.events.course_spans`` of the text as indexed) was printed and read, then the
rest of the text (abstract, highlights, introduction, discussion, conclusion, structured
summary) searched for the same steps. One of the first seven was skipped: PMC11635708 (Zinner
syndrome) is a case series of two patients, a 38- and a 26-year-old man, told in one course.
The six, in draw order: PMC11626642 (cardiac metastasis of a floor-of-mouth squamous cell
carcinoma taken for a thrombus), PMC11539083 (necrotising cellulitis after cosmetic lower
blepharoplasty), PMC11492433 (adult nephroblastoma), PMC11621671 (dysphagia and cranial nerve
palsies from Lyme disease), PMC11438519 (frontal meningioma presenting as depression, then
psychosis), PMC11428674 (high-grade glioma, not elsewhere classified, in a 72-year-old man).
Each tells one patient and a course of at least five steps in order.

For each, 4 questions (24 in all) name the patient by a short description and an anchor event
in the report's words or a paraphrase ("was put on heparin", "judged surgery unreasonable",
"failed to improve on intravenous antibiotics", "the lymph nodes ... proved to hold
metastases", "came back with left vocal cord paralysis", "worried about an organic cause",
"once his frontal meningioma had been resected"); the gold ``answer_text`` is the shortest
verbatim span that answers, inside its sentence (``evidence``), located and checked as in
``sequence_case_reports.build``. Where a second sentence answers as well (abstract,
highlights, introduction, discussion, structured summary), it is an alternative (``EXTRA``,
23; 25 after the second person's reading). Kinds: after 11 (started on, which antibiotics, sent home on, what operation, which
drugs, what therapy, given after admission, what medication, what was done, what further
analysis, went on to complete), how was he/she treated / managed 3, before 1, what
complication followed 1, which treatment / drug replaced 2, the result / what did it show /
find 5, what was tried when it failed 1. While writing, anchors were kept off the answer's
own sentence: the bleeding question anchors on the start of heparin, not on the shock; the
drainage question anchors on the antibiotics failing, not on "the unfavourable evolution on
day 2" (its own clause); the levetiracetam question anchors on the resection, not on
"post-op" (its own sentence); the methylation question anchors on the sequencing. Not asked:
the embolization of the lingual artery (it shares its sentence with the shock), the
protective tracheostomy (a pre-emptive step between the PET/CT and the board, kept out to
leave four questions), the injection laryngoplasty and the methotrexate of the Lyme patient
(given for other reasons than the step they would follow), the referral to neurosurgery
(shares the step after the imaging with the revised diagnosis), the histology of the glioma
(shares its sentence with the resection).

Second reading, by the same annotator (no second person): before the first build each question
was re-read with the course open, the answer looked for afresh and the whole text as indexed
searched for another sentence saying the same step. Corrections: seqh6-010's span lost its
", characterized by a triphasic pattern" (the question asks what was confirmed; the pattern is
detail), and the abstract's alternative with it; fifteen questions that named the patient only as
"he", "she", "his tumour" or "the man" got a short description or a longer one (seqh6-004,
006, 007, 008, 010, 011, 012, 014, 015, 016, 018, 019, 020, 022, 024); three alternatives were added
that the first pass missed: the abstract's "a hyperdense mass lesion (7.1 x 7.7 x 7.5 cm)"
(seqh6-019) and the discussion's "standard-of-care chemoradiation following the Stupp regimen"
and the introduction's "standard-of-care glioblastoma treatment" (seqh6-023). Left as
doubtful: seqh6-008 (the discharge drugs are amoxicillin-clavulanic acid and prednisone; oral
acetazolamide, given on day 8, may have gone on after discharge, but the report does not say
so, so it is not an alternative), seqh6-006 (the drainage's own sentence opens "Given the
unfavourable evolution on day 2"; intravenous acetazolamide and beta-blockers for the pressure
began with the antibiotics, not after them), seqh6-012 (the report dates the CT to six
months, the abstract to three months; both say no residual disease), seqh6-014 (rTMS followed
the motor evoked potentials in the text; the study and the therapy may have been planned
together), seqh6-022 (sequencing and methylation profiling may have run in parallel; the
report tells them in that order, "In addition", and the discussion says the features
"prompt[ed] DNA methylation profiling").

Second reading by a second person (helper-reader3, 2026-11-27, blind: no assistant output seen; each
question read against the report as indexed, every other sentence of the report searched for the same step):
agree 22, amend 2, disagree 0. Alternatives added from the highlights ("The patient had a successful left
radical nephrectomy and responded well to adjuvant chemotherapy, with follow-up CT scans showing no residual
disease."): seqh6-009 "a successful left radical nephrectomy", seqh6-012 "follow-up CT scans showing no
residual disease".

    .venv/bin/python benchmarks/sequence_heldout6.py --index-dir DIR   # an index of the shipped corpus
    .venv/bin/python benchmarks/sequence_heldout6.py --draw            # print the draw order only
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sequence_heldout3 import draw  # noqa: E402
from sequence_heldout5 import USED as USED5  # noqa: E402
from sequence_new_heldout import write_set  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence_heldout6.jsonl"
USED = (*USED5, "sequence_heldout5.jsonl")
SEED = 6173
SKIPPED = ("PMC11635708",)  # two patients (a Zinner syndrome case series)
CASES = ("PMC11626642", "PMC11539083", "PMC11492433", "PMC11621671", "PMC11438519", "PMC11428674")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # cardiac metastasis of a floor-of-mouth squamous cell carcinoma
    ("PMC11626642", "What was the 58-year-old man with squamous cell carcinoma of the floor of the mouth started on after his presurgical CT showed a right ventricular mass thought to be a thrombus?",
     "anticoagulation with unfractionated heparin (UFH)",
     "This prompted anticoagulation with unfractionated heparin (UFH), following echocardiography (Fig. 2, Panel B) and cardiological consultation.",
     "Anticoagulation with unfractionated heparin, after echocardiography and a cardiology consultation."),
    ("PMC11626642", "What complication followed once the man with oral cancer was put on heparin?",
     "exacerbated tumoral bleeding, leading to hemorrhagic shock",
     "However, heparin exacerbated tumoral bleeding, leading to hemorrhagic shock on September 27, 2023, managed by embolizing the right lingual artery.",
     "Worse tumour bleeding with hemorrhagic shock (27 September 2023), treated by embolizing the right lingual artery."),
    ("PMC11626642", "Which treatment replaced the planned resection once the oncology board judged surgery unreasonable for the man with the heart metastasis?",
     "palliative chemo-immunotherapy, combining carboplatin and pembrolizumab",
     "The decision was made to proceed with palliative chemo-immunotherapy, combining carboplatin and pembrolizumab.",
     "Palliative chemo-immunotherapy with carboplatin and pembrolizumab."),
    ("PMC11626642", "What did the follow-up scan show after the man with the oral cancer and the heart metastasis was given carboplatin and pembrolizumab?",
     "a reduction in the size of the right ventricular mass and primary lesion",
     "A follow-up thoraco-abdominal scan 6 months later indicated a reduction in the size of the right ventricular mass and primary lesion (Fig. 2, Panel D).",
     "Six months later both the right ventricular mass and the primary lesion had shrunk."),
    # necrotising cellulitis after cosmetic lower blepharoplasty
    ("PMC11539083", "Which intravenous antibiotics was the 52-year-old woman with orbital cellulitis after a lower blepharoplasty given once MRI had confirmed the cellulitis?",
     "cefuroxime 200 mg/kg/day and metrodinazole 1500 mg/day",
     "Intravenous antibiotics of cefuroxime 200 mg/kg/day and metrodinazole 1500 mg/day was administered.",
     "Intravenous cefuroxime 200 mg/kg/day and metronidazole 1500 mg/day."),
    ("PMC11539083", "What was tried when the 52-year-old woman's eyelid infection after blepharoplasty failed to improve on intravenous antibiotics?",
     "fluid was drained",
     "Given the unfavourable evolution on day 2, fluid was drained by a subconjunctival incision on the right inferior eyelid and a subciliary incision on the left inferior eyelid.",
     "Surgical drainage on day 2 through a subconjunctival (right) and a subciliary (left) lower-eyelid incision."),
    ("PMC11539083", "How was the woman with cellulitis after blepharoplasty managed when a new MRI showed the orbital cellulitis had spread despite drainage?",
     "three boluses of 500 mg methylprednisolone",
     "Therefore, three boluses of 500 mg methylprednisolone were administered intravenously between days 4 and 7.",
     "Three intravenous boluses of methylprednisolone 500 mg, days 4 to 7."),
    ("PMC11539083", "What was the woman with necrotising cellulitis after blepharoplasty sent home on after the repeat MRI confirmed her cellulitis was regressing?",
     "amoxicillin/acid clavulanic and prednisone",
     "The patient was discharged from hospital with amoxicillin/acid clavulanic and prednisone.",
     "Amoxicillin-clavulanic acid and prednisone (the infection healed within 10 days)."),
    # adult nephroblastoma (Wilms' tumour)
    ("PMC11492433", "What operation did the 48-year-old man with a 12 cm mass in his left kidney undergo after the CT scan?",
     "a left radical nephrectomy",
     "The patient underwent a left radical nephrectomy using an extended subcostal incision.",
     "An open left radical nephrectomy through an extended subcostal incision, with the affected regional nodes."),
    ("PMC11492433", "What did histopathology confirm after the left kidney of the 48-year-old man with the 12 cm renal mass was removed?",
     "nephroblastoma",
     "The postoperative histopathological examination confirmed the diagnosis of nephroblastoma, characterized by a triphasic pattern consisting of blastemal, stromal, and epithelial components (Fig. 3).",
     "Nephroblastoma (Wilms' tumour) with a triphasic pattern; two positive nodes, pT2b N2, negative margins."),
    ("PMC11492433", "Which drugs was the man with the left renal tumour given once the lymph nodes removed at surgery proved to hold metastases?",
     "doxorubicin, vincristine, and actinomycin D",
     "The patient began a chemotherapy regimen including doxorubicin, vincristine, and actinomycin D.",
     "Adjuvant doxorubicin, vincristine and actinomycin D, six 21-day cycles."),
    ("PMC11492433", "What did the follow-up CT show after adjuvant chemotherapy in the 48-year-old man with nephroblastoma?",
     "no evidence of residual or recurrent disease",
     "A follow-up CT scan conducted six months post-surgery showed no evidence of residual or recurrent disease, indicating a positive response to the treatment.",
     "No residual or recurrent disease."),
    # dysphagia and cranial nerve palsies from Lyme disease
    ("PMC11621671", "What had been done for the 63-year-old man with left facial palsy and hearing loss before he came back with left vocal cord paralysis?",
     "a left ventilation tube was inserted along with antiviral treatment (acyclovir)",
     "The patient was initially hospitalized due to chronic otitis media and a left ventilation tube was inserted along with antiviral treatment (acyclovir), but symptoms persisted.",
     "A left ventilation tube and acyclovir, on a first admission for chronic otitis media, without relief."),
    ("PMC11621671", "After motor evoked potentials confirmed mylohyoid dysfunction, what therapy did the 63-year-old man with dysphagia receive?",
     "Repetitive transcranial magnetic stimulation (rTMS)",
     "Repetitive transcranial magnetic stimulation (rTMS) was administered using a MagPro X100 (MagVenture), employing the 70-mm figure-of-8 coil.",
     "Repetitive transcranial magnetic stimulation over 10 days."),
    ("PMC11621671", "How was the 63-year-old man with dysphagia and cranial nerve palsies treated once his Lyme serology came back positive?",
     "doxycycline 100 mg twice daily for 3 weeks",
     "The patient was treated with doxycycline 100 mg twice daily for 3 weeks.",
     "Doxycycline 100 mg twice daily for 3 weeks."),
    ("PMC11621671", "What was the result of the swallowing study after the man with dysphagia and facial palsy was treated for Lyme disease?",
     "reduced residue and improved aspiration",
     "Two months after discharge, a VFSS showed reduced residue and improved aspiration with a PAS score of 3 in puree and liquid textures, allowing the patient to resume an oral diet (Fig. 2C).",
     "Less residue and improved aspiration (PAS 3) two months after discharge; he went back to eating by mouth."),
    # frontal meningioma presenting with depression, then psychosis
    ("PMC11438519", "What was the 56-year-old man with three weeks of depressed mood and self-neglect given after he was admitted to the psychiatric ward?",
     "escitalopram 10 mg daily and lorazepam 1 mg thrice daily",
     "He was initially diagnosed with major depressive disorder and commenced on escitalopram 10 mg daily and lorazepam 1 mg thrice daily.",
     "Escitalopram 10 mg daily and lorazepam 1 mg three times daily, for major depressive disorder."),
    ("PMC11438519", "Which drug replaced escitalopram once the 56-year-old man admitted with depression became paranoid and sexually disinhibited on the ward?",
     "risperidone 2 mg once daily",
     "Consequently, escitalopram was initially tapered to 5 mg and then discontinued, and risperidone 2 mg once daily was initiated.",
     "Risperidone 2 mg once daily (escitalopram tapered to 5 mg, then stopped)."),
    ("PMC11438519", "What did brain imaging find after the team worried about an organic cause of the 56-year-old man's first psychotic episode?",
     "a large extra-axial mass in the anterior cranial fossa, indicating a meningioma",
     "A CT scan (Figure 1) and an MRI (Figure 2) of the brain revealed a large extra-axial mass in the anterior cranial fossa, indicating a meningioma.",
     "A large extra-axial anterior cranial fossa mass, a meningioma."),
    ("PMC11438519", "What medication was the 56-year-old man given once his frontal meningioma had been resected?",
     "levetiracetam",
     "He was initiated on levetiracetam post-op as prophylaxis for potential seizures following the craniotomy.",
     "Levetiracetam, as seizure prophylaxis."),
    # high-grade glioma, not elsewhere classified, in an older man
    ("PMC11428674", "What was done for the 72-year-old man with altered mental status after an MRI found a 4.3 cm enhancing mass in his left temporal lobe?",
     "a subtotal resection",
     "Following a subtotal resection, which left a residual 1 cm nodule at the medial aspect of the resection cavity, histopathology revealed a high-grade glial neoplasm.",
     "A subtotal resection, leaving a 1 cm residual nodule."),
    ("PMC11428674", "After next-generation sequencing of the 72-year-old man's left temporal tumour, what further analysis was performed?",
     "genome-wide methylation analysis",
     "In addition, genome-wide methylation analysis was performed at the National Institutes of Health (NIH, Bethesda, MD, USA) after DNA extraction and bisulfite conversion (EZ DNA Methylation kit, Zymo Research, Irvine, CA, USA) using the Infinium MethylationEPIC kit (Illumina, San Diego, CA, USA).",
     "Genome-wide DNA methylation profiling at the NIH (discordant classifiers, so HGG not elsewhere classified)."),
    ("PMC11428674", "How was the man treated once the integrated diagnosis of high-grade glioma, not elsewhere classified, was made?",
     "radiation and concomitant temozolomide",
     "The patient was treated with radiation and concomitant temozolomide.",
     "Radiation with concomitant temozolomide."),
    ("PMC11428674", "What did the 72-year-old man with the high-grade glioma go on to complete after the post-radiation MRI showed a stable residual nodule?",
     "6 cycles of adjuvant temozolomide",
     "At the time of publication, he completed 6 cycles of adjuvant temozolomide and remains stable both clinically and radiographically (Figure 1C).",
     "Six cycles of adjuvant temozolomide; he remains clinically and radiographically stable."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (0, "initiation of unfractionated heparin",
     "Unexpectedly, preoperative cervico-thoracic computed tomography (CT) indicated possible right ventricular intramural thrombosis, prompting initiation of unfractionated heparin."),
    (1, "recurrent tumor-related hemorrhage",
     "Under anti-coagulation, the patient experienced recurrent tumor-related hemorrhage, necessitating urgent lingual artery embolization."),
    (1, "bleeding caused by anticoagulation",
     "In our case, significant morbidity resulted from bleeding caused by anticoagulation of a lesion misidentified as a mural thrombus."),
    (2, "palliative chemo-immunotherapy",
     "Due to disease progression, surgical options were dismissed in favor of palliative chemo-immunotherapy, which both led to significant regression of both primary and metastatic lesions."),
    (3, "significant regression of both primary and metastatic lesions",
     "Due to disease progression, surgical options were dismissed in favor of palliative chemo-immunotherapy, which both led to significant regression of both primary and metastatic lesions."),
    (5, "Drainage surgery",
     "Drainage surgery seemed sufficient to treat the infection."),
    (6, "corticosteroid bolus",
     "Our case also underlines the massive inflammatory component of the infection, as clinical improvement was only noticed after the administration of corticosteroid bolus."),
    (8, "left radical nephrectomy",
     "The patient underwent left radical nephrectomy and received adjuvant chemotherapy with doxorubicin, vincristine, and actinomycin D."),
    (8, "a successful left radical nephrectomy",
     "The patient had a successful left radical nephrectomy and responded well to adjuvant chemotherapy, with follow-up CT scans showing no residual disease."),
    (9, "nephroblastoma",
     "Post-nephrectomy histology confirmed nephroblastoma with a triphasic pattern."),
    (9, "nephroblastoma",
     "CT revealed a large left renal mass, and histopathology confirmed nephroblastoma after nephrectomy."),
    (10, "doxorubicin, vincristine, and actinomycin D",
     "The patient underwent left radical nephrectomy and received adjuvant chemotherapy with doxorubicin, vincristine, and actinomycin D."),
    (11, "no residual disease",
     "Three months later, follow-up CT scans revealed no residual disease."),
    (11, "follow-up CT scans showing no residual disease",
     "The patient had a successful left radical nephrectomy and responded well to adjuvant chemotherapy, with follow-up CT scans showing no residual disease."),
    (12, "antivirals",
     "History of chronic otitis media treated with antivirals, but symptoms did not improve."),
    (13, "10 sessions of rTMS",
     "Our patient received 10 sessions of rTMS."),
    (14, "treatment with doxycycline",
     "Lyme disease was subsequently confirmed through serologic testing, and treatment with doxycycline was initiated."),
    (15, "significant improvement in aspiration",
     "In the present case, the patient demonstrated significant improvement in aspiration after two months of doxycycline therapy, as verified by VFSS, enabling the initiation of oral feeding."),
    (18, "a large extra-axial mass in the anterior cranial fossa, indicative of a meningioma",
     "Neuroimaging revealed a large extra-axial mass in the anterior cranial fossa, indicative of a meningioma, necessitating referral to neurosurgery."),
    (18, "a hyperdense mass lesion (7.1 x 7.7 x 7.5 cm)",
     "CT and MRI scans confirmed a hyperdense mass lesion (7.1 x 7.7 x 7.5 cm), causing structural erosion and a midline shift."),
    (18, "a large frontal lobe meningioma",
     "This revealed a large frontal lobe meningioma."),
    (18, "a large extra-axial frontal lobe mass (7.1 x 7.7 x 7.5 cm), consistent with a meningioma",
     "Routine blood and urine tests normal; brain CT and MRI revealed a large extra-axial frontal lobe mass (7.1 x 7.7 x 7.5 cm), consistent with a meningioma, causing midline shift and structural erosion."),
    (21, "DNA methylation profiling",
     "The histologic and molecular features also raised the possibility of HGAP [13,14,26], prompting DNA methylation profiling."),
    (22, "standard-of-care chemoradiation following the Stupp regimen",
     "Our patient was treated with standard-of-care chemoradiation following the Stupp regimen [34]."),
    (22, "standard-of-care glioblastoma treatment",
     "We report on his response to standard-of-care glioblastoma treatment for his HGG NEC."),
]


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_6", "seqh6",
                     lambda: draw(len(CASES) + len(SKIPPED), SEED, USED))


if __name__ == "__main__":
    sys.exit(main())
