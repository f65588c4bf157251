"""Write ``benchmarks/sets/sequence_heldout3.jsonl``: a third fresh held-out set of sequence
questions over six shipped case reports that none of ``sequence.jsonl``,
``sequence_new_heldout.jsonl`` and ``sequence_heldout2.jsonl`` uses and that
``events_gold.jsonl`` does not quote.

Written blind on 2026-11-27 by helper-seqfresh3, after the three earlier sequence sets had all
been used for tuning: the assistant, the pipeline and the eval scripts were never run on these
questions and no answer of the sequence answerer was read. Cases: the 160 shipped case
reports that no sequence question uses and that have no event in ``events_gold.jsonl``, sorted,
shuffled with ``random.Random(3011)`` and taken in that order; each report's case course
(``ingest.events.course_spans`` of the text as indexed) was printed and read, then the rest of
the text (abstract, discussion, structured summary) searched for the same steps. One of the
first seven was skipped: PMC11546046 (femoral neck non-union: the case section tells two
patients side by side, a 32- and a 60-year-old man, so "the patient" is ambiguous). The six
kept, in draw order: PMC11396144 (travel-related cutaneous myiasis, botfly larva excised),
PMC11609383 (pulmonary and splenic hydatid cysts, single-stage surgery), PMC11427117 (bullet
swallowed after a gunshot wound, GI bullet embolism), PMC11625106 (Ewing's sarcoma of the
coracoid process; a short course, chemotherapy, iliac metastasis, palliation, death, kept as
it has four steps in order), PMC11456881 (congenital hepatoblastoma, neoadjuvant C5VD and
resection), PMC11643412 (renal cell carcinoma presenting as a malignant pleural effusion).

For each, 3-4 questions (22 in all) name the patient by a short description and an anchor
event in the report's words or a paraphrase; the gold ``answer_text`` is the shortest verbatim
span that answers, inside its sentence (``evidence``), located and checked as in
``sequence_case_reports.build``. Where a second sentence answers as well (the abstract, the
discussion, the structured summary, the next sentence of the course), it is an alternative
(``EXTRA``, 16; 20 after the second person's reading). Kinds: after 11 (what was done / given / started / decided, what did the
surgeon do, how was it changed, which chemotherapy came next), between two steps 1 (after X,
before Y), before 4, what happened / what complication followed 4, the result after 2. While
writing, three anchors were moved off the answer's own sentence so that the gold is not read
off the anchor ("a chest X-ray ..., prompting a CT angiogram", the LENT score sentence, "not
willing to undergo palliative chemotherapy ... hence was given supportive treatment"): seqh3-009,
-021 and -022 anchor on the step before instead; a fifth bullet question (serial X-rays after the
repeat endoscopy: imaging, and five is over the 3-4 a report) and a drafted alternative for
seqh3-018, the abstract's "subsequent drainage and chemotherapy" (no regimen named, and the
drainage is not asked), were dropped before the first build.

Second reading, by the same annotator (no second person): after the first build each question
was re-read with the course open, the answer looked for afresh and the whole text as indexed
searched for another sentence saying the same step. No gold span was wrong. Corrections:
seqh3-011 "what procedures ... while critically ill, before his discharge" was also answered by
the endoscopies of hospital days 0 and 2 (he was critical from day 1), now "after serial X-rays
had tracked its passage, before his discharge"; seqh3-020 named no patient ("his first
discharge"), now "the man whose renal cell carcinoma presented as a pleural effusion";
seqh3-021 gained "in the 45-year-old man". Left as doubtful: seqh3-006
("Hypertonic saline was used to sterilize the operative field" sits between the lung and the
spleen steps; read as part of the first step), seqh3-018 (after the resection the abstract and
the discussion also report a transient bile effusion treated by drainage, which the course
never mentions; the question asks for the chemotherapy), seqh3-003 (after the wound closure the
report also schedules a follow-up and sends the larva to pathology; "started on" asks for the
drug), seqh3-013 (the course says only "8 cycles of chemotherapy", no regimen, and the
structured summary's "Despite chemotherapy" is an alternative).

Second reading by a second person (helper-reader3, 2026-11-27, blind: no assistant output seen; each
question read against the report as indexed, every other sentence of the report searched for the same step):
agree 17, amend 5, disagree 0. seqh3-006 reworded ("What followed ..." also fits "Hypertonic saline was used
to sterilize the operative field", the sentence between; now "What was done in the second stage of the
operation, after ..."); alternatives added: seqh3-004 the abstract's "the wound healing well after the
procedure", seqh3-016 the introduction's "diagnosed following a puncture biopsy", seqh3-019 the abstract's
"a biopsy confirming RCC", seqh3-021 the discussion's "an IPC was placed for symptomatic relief".

    .venv/bin/python benchmarks/sequence_heldout3.py --index-dir DIR   # an index of the shipped corpus
    .venv/bin/python benchmarks/sequence_heldout3.py --draw            # print the draw order only
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sequence_new_heldout import write_set  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence_heldout3.jsonl"
USED = ("sequence.jsonl", "sequence_new_heldout.jsonl", "sequence_heldout2.jsonl")
CASES = ("PMC11396144", "PMC11609383", "PMC11427117", "PMC11625106", "PMC11456881", "PMC11643412")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # travel-related cutaneous myiasis (Dermatobia hominis), surgical excision
    ("PMC11396144", "What had the 69-year-old man with botfly myiasis of the knee been prescribed before he decided to get an ultrasound?",
     "doxycycline 100 mg to be taken orally twice a day for 7 days and mupirocin 2% topical antibiotic",
     "He was then seen by his primary care physician and prescribed doxycycline 100 mg to be taken orally twice a day for 7 days and mupirocin 2% topical antibiotic to be applied three times daily.",
     "Oral doxycycline 100 mg twice daily for 7 days and topical mupirocin 2%, from his primary care physician."),
    ("PMC11396144", "What did the surgeon do after enlarging the skin opening and filling it with betadine failed to bring the botfly larva to the surface?",
     "proceed with total excision of the area",
     "It was decided to proceed with total excision of the area.",
     "A total (elliptical) excision of the area down to the deep fascia."),
    ("PMC11396144", "What was the man with cutaneous myiasis started on after the excision wound was closed?",
     "placed on antibiotics",
     "The patient was placed on antibiotics, which were continued until completion.",
     "Antibiotics, continued until completion."),
    ("PMC11396144", "What was the result at the follow-up a week after the botfly larva was extracted?",
     "He appeared to be healing well with no complications",
     "He appeared to be healing well with no complications and stated that he was satisfied with his treatment.",
     "Healing well, no complications, sutures removed; he was satisfied."),
    # simultaneous pulmonary and splenic hydatidosis, single-stage transthoracic surgery
    ("PMC11609383", "What was the 17-year-old with pulmonary and splenic hydatid cysts given before the single-stage operation?",
     "albendazole therapy",
     "The patient was placed on albendazole therapy one month prior to surgery.",
     "Albendazole, for one month before surgery."),
    ("PMC11609383", "What was done in the second stage of the operation, after the cystectomy, pericystectomy and omental padding of the lung cyst, in the teenager with hydatidosis?",
     "splenic cystectomy was performed via a partial phrenotomy",
     "In the second stage, splenic cystectomy was performed via a partial phrenotomy (Fig.",
     "Splenic cystectomy through a partial phrenotomy, with drainage of the cavity and closure of the diaphragm."),
    ("PMC11609383", "What treatment was the boy with hydatid cysts discharged with after his uneventful recovery from surgery?",
     "a six-month course of oral albendazole",
     "The patient's postoperative recovery was uneventful, and he was discharged on the fifth day, with a six-month course of oral albendazole.",
     "Six months of oral albendazole (discharged on day 5)."),
    ("PMC11609383", "What was the result over the follow-up after the single-stage surgery for the lung and spleen hydatid cysts?",
     "No recurrence was observed during a three-year follow-up",
     "No recurrence was observed during a three-year follow-up.",
     "No recurrence in three years of follow-up."),
    # gunshot wound to the scapula, bullet swallowed through the posterior pharynx
    ("PMC11427117", "What was done after the CT angiogram showed a C6 fracture and the bullet in the mediastinum in the 21-year-old man shot in the left scapula?",
     "Immediate upper endoscopy and bronchoscopy under general anesthesia",
     "Immediate upper endoscopy and bronchoscopy under general anesthesia were normal.",
     "Immediate upper endoscopy and bronchoscopy under general anaesthesia (both normal)."),
    ("PMC11427117", "What complication followed extubation and monitoring in the trauma ICU in the young man with the gunshot wound?",
     "he developed ARDS and required intubation",
     "On hospital day (HD) 1, he developed ARDS and required intubation.",
     "ARDS on hospital day 1, needing reintubation."),
    ("PMC11427117", "What procedures did the man with the swallowed bullet undergo after serial X-rays had tracked its passage, before his discharge to long-term care?",
     "tracheostomy, gastrostomy, and diaphragmatic pacemaker placement",
     "He underwent tracheostomy, gastrostomy, and diaphragmatic pacemaker placement.",
     "Tracheostomy, gastrostomy and a diaphragmatic pacemaker."),
    ("PMC11427117", "What happened after the man with the GI bullet embolism was discharged to a long-term care facility?",
     "succumbed to complications from AIDS and pneumonia months later",
     "The patient was discharged to a long-term care facility on HD 22 but succumbed to complications from AIDS and pneumonia months later.",
     "He died months later of complications of AIDS and pneumonia."),
    # Ewing's sarcoma of the coracoid process with lung metastases
    ("PMC11625106", "What treatment had the 12-year-old boy with Ewing's sarcoma of the coracoid process received before he returned with pelvic pain?",
     "8 cycles of chemotherapy",
     "A few months later, and after 8 cycles of chemotherapy.",
     "Eight cycles of chemotherapy."),
    ("PMC11625106", "What was decided after a PET scan confirmed the iliac bone metastasis in the boy with Ewing's sarcoma?",
     "place the patient on palliative treatment",
     "The decision was therefore made to place the patient on palliative treatment.",
     "Palliative treatment."),
    ("PMC11625106", "What happened after the boy with metastatic Ewing's sarcoma was placed on palliative treatment?",
     "Rapid progress marked by the onset of cellulitis with exophthalmos",
     "Rapid progress marked by the onset of cellulitis with exophthalmos, followed by the patient's death.",
     "Rapid progression with cellulitis and exophthalmos, then death."),
    # congenital hepatoblastoma, PRETEXT III
    ("PMC11456881", "What was done after an AFP of 205,902 ng/ml raised suspicion of hepatoblastoma in the 20-day-old infant with a liver mass?",
     "A puncture biopsy",
     "A puncture biopsy confirmed the diagnosis of hepatoblastoma (fetal type), classified as PRETEXT stage III, intermediate risk.",
     "A puncture biopsy (fetal-type hepatoblastoma, PRETEXT III)."),
    ("PMC11456881", "What treatment came before surgery in the infant with congenital hepatoblastoma, since a one-stage resection was not feasible?",
     "neoadjuvant chemotherapy with the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles",
     "The child underwent neoadjuvant chemotherapy with the C5VD (vincristine, fluorouracil, cisplatin, and doxorubicin) regimen for 4 cycles, reducing AFP to 1205 ng/ml.",
     "Four cycles of neoadjuvant C5VD (vincristine, fluorouracil, cisplatin, doxorubicin), at a third of the usual dose at first."),
    ("PMC11456881", "What chemotherapy came next after the block resection of the hepatoblastoma at four months of age?",
     "Six cycles of postoperative intensified chemotherapy were administered, comprising 4 cycles of C5VD and 2 cycles of VI",
     "Six cycles of postoperative intensified chemotherapy were administered, comprising 4 cycles of C5VD and 2 cycles of VI (vincristine, irinotecan).",
     "Six cycles of intensified postoperative chemotherapy: 4 of C5VD and 2 of VI (vincristine, irinotecan)."),
    # clear cell renal cell carcinoma presenting as an isolated malignant pleural effusion
    ("PMC11643412", "What was done after CT showed a large solid cystic mass of the left kidney in the 45-year-old man with a malignant pleural effusion?",
     "A biopsy of the renal mass was performed",
     "A biopsy of the renal mass was performed on the third day of admission, and the patient was discharged on the fourth day.",
     "A biopsy of the renal mass on day 3 (then discharge on day 4)."),
    ("PMC11643412", "What complication followed the first discharge, with the renal biopsy report pending, in the man whose renal cell carcinoma presented as a pleural effusion?",
     "recurrent pleural effusion was detected",
     "Three days later, the patient returned to the ED with similar symptoms of dyspnea, and recurrent pleural effusion was detected.",
     "He came back three days later with dyspnoea and a recurrent pleural effusion."),
    ("PMC11643412", "How was the management of the recurrent pleural effusion changed after the renal biopsy confirmed clear cell RCC in the 45-year-old man?",
     "place an indwelling pleural catheter (IPC)",
     "Based on the L- serum lactate dehydrogenase, E- Eastern Cooperative Oncology Group performance score, N- blood neutrophil/lymphocyte ratio, and T- tumor type (LENT score) of 5, the patient was placed in the high-risk category and the decision to place an indwelling pleural catheter (IPC) was made to prevent the need for repeated thoracocentesis [5].",
     "An indwelling pleural catheter instead of repeated thoracocentesis (LENT score 5, high risk)."),
    ("PMC11643412", "What treatment did the man with stage IV RCC receive after he and his family were counselled about the poor prognosis?",
     "supportive treatment",
     "The patient was not willing to undergo palliative chemotherapy sessions and hence was given supportive treatment with Injection Tramadol 50 milligrams intravenously three times a day for chest pain and prophylactic antibiotic Injection Ceftriaxone 1 gram intravenously twice daily post-IPC placement.",
     "Supportive care only (he declined palliative chemotherapy): IV tramadol for pain and prophylactic IV ceftriaxone after the IPC."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (0, "oral doxycycline and topical mupirocin",
     "Initial treatment with oral doxycycline and topical mupirocin showed no significant improvement, prompting further evaluation."),
    (0, "treated it as an infected bite or wound with antibiotics",
     "His primary care team subsequently treated it as an infected bite or wound with antibiotics."),
    (1, "An elliptical excision was performed",
     "An elliptical excision was performed, including the entire cutaneous manifestation, with dissection extending down to the underlying deep fascia."),
    (1, "we instead moved forward with total elliptical excision of the area",
     "This had been anticipated as a possible issue; accordingly, we instead moved forward with total elliptical excision of the area followed by routine wound debridement and closure."),
    (3, "no complications observed during follow-up",
     "The patient experienced a satisfactory recovery, with no complications observed during follow-up."),
    (3, "the wound healing well after the procedure",
     "The surgical intervention successfully removed the larva in its entirety, with the wound healing well after the procedure."),
    (4, "Preoperative albendazole therapy was initiated", "- Preoperative albendazole therapy was initiated one month prior to surgery."),
    (5, "followed by removal of the splenic cyst",
     "A single-stage surgical approach was performed via a transthoracic route, involving cystectomy and pericystectomy for the pulmonary cyst, followed by removal of the splenic cyst."),
    (6, "a six-month course of oral albendazole",
     "The postoperative recovery was uneventful, and the patient was discharged on the fifth day with a six-month course of oral albendazole."),
    (12, "Despite chemotherapy",
     "- Prognosis and progression: Despite chemotherapy, metastases progressed to include the iliac bone, and the patient eventually succumbed to the disease following palliative treatment."),
    (13, "following palliative treatment",
     "- Prognosis and progression: Despite chemotherapy, metastases progressed to include the iliac bone, and the patient eventually succumbed to the disease following palliative treatment."),
    (14, "the patient eventually succumbed to the disease",
     "- Prognosis and progression: Despite chemotherapy, metastases progressed to include the iliac bone, and the patient eventually succumbed to the disease following palliative treatment."),
    (15, "confirmed after a biopsy", "The diagnosis of hepatoblastoma was ultimately confirmed after a biopsy."),
    (15, "Puncture biopsy confirmed hepatoblastoma", "- Final Diagnostic Results: Puncture biopsy confirmed hepatoblastoma (fetal type); PRETEXT stage III, intermediate risk."),
    (15, "diagnosed following a puncture biopsy", "We report a case of hepatoblastoma diagnosed following a puncture biopsy."),
    (16, "Neoadjuvant chemotherapy", "Neoadjuvant chemotherapy, guided by 3D visual analysis based on enhanced CT, enabled successful block resection of the tumor."),
    (16, "Following neoadjuvant chemotherapy", "Following neoadjuvant chemotherapy, the tumor significantly reduced in size, and AFP levels decreased."),
    (18, "a biopsy confirming RCC",
     "Subsequent investigation revealed a large, solid cystic mass in the left kidney, with a biopsy confirming RCC."),
    (20, "An indwelling pleural catheter was placed",
     "An indwelling pleural catheter was placed for the patient considering the poor prognosis; furthermore, he declined to undergo sessions of palliative chemotherapy and was subsequently lost to follow-up."),
    (20, "an IPC was placed for symptomatic relief",
     "As our patient had a LENT score of 5, he was placed in the high-risk category, and an IPC was placed for symptomatic relief."),
]


def draw(first: int = 7, seed: int = 3011, used: tuple[str, ...] = USED) -> list[str]:
    """The first ``first`` shipped case reports that no question of the ``used`` sets names and
    ``events_gold.jsonl`` does not quote, in the order ``random.Random(seed)`` shuffles them to
    (later held-out sets draw with their own seed and exclusion list)."""
    sets = REPO / "benchmarks" / "sets"
    cases = json.loads((REPO / "corpus" / "case-reports" / "medrbench_cases.json").read_text(encoding="utf-8"))
    named = {doc for name in used for line in (sets / name).read_text(encoding="utf-8").splitlines() if line.strip()
            for doc in (json.loads(line)["case_id"], *json.loads(line)["relevant_ids"])}
    gold = {json.loads(line)["doc_id"] for line in (sets / "events_gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()}
    eligible = sorted(set(cases) - named - gold)
    random.Random(seed).shuffle(eligible)
    return eligible[:first]


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_3", "seqh3", draw)


if __name__ == "__main__":
    sys.exit(main())
