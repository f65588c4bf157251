"""Write ``benchmarks/sets/sequence_heldout2.jsonl``: a second fresh held-out set of sequence
questions over eight shipped case reports that neither ``sequence.jsonl`` nor
``sequence_new_heldout.jsonl`` uses.

Written blind on 2026-11-27 by helper-seqfresh2, after ``sequence_new_heldout.jsonl`` was
handed to tuning: the assistant was never run on these questions and no answer of the
sequence answerer was read. Cases: the 179 shipped case reports no sequence question uses,
sorted, shuffled with ``random.Random(2711)`` and taken in that order; each report's case
course (``ingest.events.course_spans`` of the text as indexed) was printed and read. Three of
the first eleven were skipped: PMC11640908 (pycnodysostosis: the case section is a genetic
work-up; its only treatments are fractures fixed years before, told as history), PMC11396497
(tailgut cysts: a two-patient series, so "the patient" is ambiguous) and PMC11490213
(refractory pityriasis rubra pilaris: a good course, and four questions were written and
checked, but its course sentences are in ``events_gold.jsonl``, the gold the event extractor
was built on by its author, so it is not unseen; found after the second reading and dropped).
The eight kept, in draw order: PMC11595770 (popliteal pterygium syndrome), PMC11497857
(culture-negative brain abscesses, Karius test), PMC11535884 (meconium ileus with cystic
fibrosis), PMC11527420 (gastric metastasis of renal cell carcinoma, hybrid ESD), PMC11401629
(Class II division 1 malocclusion, Forsus), PMC11647062 (Abiotrophia defectiva endocarditis),
PMC11629481 (chronic limb-threatening ischemia, retrograde endovascular intervention),
PMC11342862 (penile extramammary Paget's disease, skin graft under negative pressure).

For each, 3-4 questions name the patient by a short description and an anchor event in the
report's words or a paraphrase, and ask what came after / before / what happened next /
which regimen came next; the gold ``answer_text`` is the shortest verbatim span that
answers, inside its sentence (``evidence``), located and checked as in
``sequence_case_reports.build``. Where a second sentence answers as well, it is an
alternative (``EXTRA``). Kinds: after 18 (what was done / given / started / placed /
followed), before 6 (one "how was active treatment started"), between two steps 2 ("after
X, before Y"), what happened / the result after 3 (a complication, a response, graft take),
the next antibiotic regimen 1.

Second reading, by the same annotator (no second person): after the questions were written,
each course was re-read question by question, the answer looked for afresh in the course, and
the whole text as indexed (abstract, discussion, structured summary) searched for another
sentence stating the same step. No gold span was wrong. Corrections: three questions reworded
(seqh2-004 copied the evidence's words "to prevent scar contractures", now "what was provided
in the years after"; seqh2-010 "after the exploration" was answered by the ileostomy too, now
"after the exploration ..., before the ileostomy"; seqh2-013 "what scan before the referral"
could be the endosonography, now "what imaging followed the biopsy, before the referral");
one span cut to what answers (seqh2-009 "Rectal infusion of gastrografin" without ", was
attempted without success"); alternatives added to the three written with the questions (a
neighbouring sentence of the course: seqh2-004, -017, -026): the same step in the abstract
(seqh2-004, -009, -010, -012, -014), the structured summary (seqh2-001, -009, -020, -021,
-022, -027), the discussion (seqh2-024), the treatment plan (seqh2-019, "For retention,
Hawley’s retainer was used"), the case's opening summary sentence (seqh2-028), 17 in
``EXTRA`` (those of seqh2-027 and -028 came with those later questions, see next). Then PMC11490213 was replaced (above) and seqh2-007 (the brain-abscess team's
decision to send the Karius test, in the anchor's own sentence) by the next antibiotic
regimen, to keep a "next regimen" question; seqh2-007 and seqh2-027…030 were written after
the first reading and re-read once the same way. Left as doubtful: seqh2-016 (the plan's
phase I, motivation and oral prophylaxis, also precedes the bonding; the question says
"active treatment"), seqh2-019 (a step the report plans, not one done), seqh2-027 ("He was
counselled" for the excision also precedes it; the mapping biopsy is the procedure).

    .venv/bin/python benchmarks/sequence_heldout2.py --index-dir DIR   # an index of the shipped corpus
    .venv/bin/python benchmarks/sequence_heldout2.py --draw            # print the draw order only
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

SET = REPO / "benchmarks" / "sets" / "sequence_heldout2.jsonl"
CASES = ("PMC11595770", "PMC11497857", "PMC11535884", "PMC11527420", "PMC11401629", "PMC11647062", "PMC11629481", "PMC11342862")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # popliteal pterygium syndrome, microsurgical reconstruction at 12 months
    ("PMC11595770", "What had been performed on the leg before the child with popliteal pterygium syndrome was brought to the authors' centre?",
     "an incisional biopsy along the cord was performed",
     "Prior to our treatment, an incisional biopsy along the cord was performed.",
     "An incisional biopsy along the cord (stopped when the sciatic nerve was suspected in it)."),
    ("PMC11595770", "What was done after the parents consented to all the operative procedures for the child with popliteal pterygium?",
     "the patient underwent a surgical procedure involving soft tissue and nerve and vessel treatments",
     "At the age of 12 months, the patient underwent a surgical procedure involving soft tissue and nerve and vessel treatments.",
     "At 12 months, one operation on soft tissue, nerves and vessels (Z-plasties, lengthenings, nerve grafts)."),
    ("PMC11595770", "What complication followed the reconstruction surgery in the toddler with popliteal pterygium syndrome?",
     "the patient showed wound healing complications",
     "In the postoperative period, the patient showed wound healing complications, which could be treated without additional surgery.",
     "Wound healing complications, treated without further surgery."),
    ("PMC11595770", "What was provided in the years after the reconstruction surgery in the child with popliteal pterygium syndrome?",
     "individual orthoses were provided about twice a year",
     "To prevent scar contractures, to support the midfoot deformity, and to balance the leg length difference, individual orthoses were provided about twice a year.",
     "Individual orthoses about twice a year, with the technical orthopaedic department."),
    # culture-negative brain abscesses, tricuspid vegetation, Karius cell-free DNA test
    ("PMC11497857", "What antibiotics had the 41-year-old man with brain abscesses been prescribed before he was referred to the authors' hospital?",
     "He was prescribed cefuroxime and azithromycin",
     "He was prescribed cefuroxime and azithromycin and told to follow up with his primary care provider.",
     "Cefuroxime and azithromycin, at another facility."),
    ("PMC11497857", "What antibiotic changes did the ID team recommend after empiric piperacillin/tazobactam and vancomycin were started in the man with ring-enhancing brain lesions?",
     "discontinuing piperacillin/tazobactam, continuing empiric vancomycin, starting IV cefepime and IV metronidazole",
     "The ID team also saw the patient on day 2 and recommended discontinuing piperacillin/tazobactam, continuing empiric vancomycin, starting IV cefepime and IV metronidazole, and ordering serology for cryptococci, Histoplasma, B-D-glucan, Aspergillus antigen, HIV, syphilis, toxoplasma, and cysticercosis.",
     "Stop piperacillin/tazobactam, keep vancomycin, add IV cefepime and IV metronidazole (day 2)."),
    ("PMC11497857", "What was the next antibiotic regimen after vancomycin, cefepime and metronidazole in the man with culture-negative brain abscesses?",
     "IV ceftriaxone and oral metronidazole for six weeks",
     "ID prescribed IV ceftriaxone and oral metronidazole for six weeks, an MRI brain in four weeks, and a follow-up with ID outpatient in six weeks.",
     "IV ceftriaxone and oral metronidazole for six weeks, prescribed at discharge (day 13)."),
    ("PMC11497857", "How was the antibiotic plan changed after the Karius test identified Streptococcus intermedius in the man with brain abscesses?",
     "continue ceftriaxone and discontinue oral metronidazole",
     "The patient was contacted and instructed to continue ceftriaxone and discontinue oral metronidazole.",
     "Ceftriaxone continued, oral metronidazole stopped."),
    # meconium ileus in a preterm neonate with cystic fibrosis
    ("PMC11535884", "What was attempted before the emergency operation in the preterm neonate with meconium ileus?",
     "Rectal infusion of gastrografin",
     "Rectal infusion of gastrografin, was attempted without success.",
     "A rectal Gastrografin enema, without success."),
    ("PMC11535884", "What was done after the exploration showed typical meconium ileus findings, before the ileostomy, in the 5-day-old boy with cystic fibrosis?",
     "Manual evacuation of abnormal meconium,assisted by Mucomist(NAcetyl cysteine) irrigation was done",
     "Manual evacuation of abnormal meconium,assisted by Mucomist(NAcetyl cysteine) irrigation was done.",
     "Manual evacuation of the meconium with N-acetylcysteine irrigation (then an ileostomy)."),
    ("PMC11535884", "What followed the ileostomy in the neonate with complicated meconium ileus?",
     "reconstruction of the bowel transit at 12 days of life",
     "Ileostomy were performed, followed by reconstruction of the bowel transit at 12 days of life.",
     "Restoration of bowel continuity at 12 days of life."),
    ("PMC11535884", "What treatment was started after the immunoreactive trypsin result in the newborn with meconium ileus?",
     "oral pancreatic enzyme replacement therapy",
     "At 20 days of life, the initial immunoreactive trypsin (IRT) test result was ≥ 1300 µg/L, prompting the initiation of oral pancreatic enzyme replacement therapy (1000 U/kg/dose every 3 hours before feeding).",
     "Oral pancreatic enzyme replacement, 1000 U/kg/dose every 3 hours before feeds."),
    # isolated gastric metastasis of clear cell renal carcinoma, hybrid ESD
    ("PMC11527420", "What imaging followed the biopsy of the gastric mass, before the referral for ESD, in the 76-year-old man with metastatic renal cell carcinoma?",
     "a positron emission tomography scan",
     "Following this finding, a positron emission tomography scan showed uptake in the stomach, but there was no evidence of distant metastasis.",
     "A PET scan: uptake in the stomach only."),
    ("PMC11527420", "What was done after conventional ESD was attempted on the gastric metastasis of renal cell carcinoma?",
     "the planned ESD was converted to hybrid ESD",
     "During the procedure, ESD was initially attempted, but due to significant movement of the mass caused by heartbeats and the presence of significant vasculature in the dissection plane, likely due to the hypervascular nature of RCC, the planned ESD was converted to hybrid ESD.",
     "It was converted to hybrid ESD (snare en bloc resection)."),
    ("PMC11527420", "What was placed after endoscopic suturing of the resection base proved difficult in the man with gastric RCC metastasis?",
     "4 clips were placed to further ensure complete closure",
     "To limit the risk of delayed adverse events, the base was approximated with endoscopic sutures, but as suturing was challenging, due to the proximal location of the resection base, 4 clips were placed to further ensure complete closure.",
     "Four clips to complete the closure."),
    # Class II division 1 malocclusion, fixed functional therapy with Forsus
    ("PMC11401629", "How was active treatment started, before levelling and alignment, in the 16-year-old girl treated with the Forsus appliance?",
     "bonding in both arches using 0.022 × 0.028 slot McLaughlin, Bennett, and Trevisi (MBT) brackets",
     "Treatment was started with bonding in both arches using 0.022 × 0.028 slot McLaughlin, Bennett, and Trevisi (MBT) brackets.",
     "Bonding of 0.022 MBT brackets in both arches."),
    ("PMC11401629", "What came after complete alignment in the girl with Class II division 1 malocclusion?",
     "fixed functional therapy started",
     "After complete alignment, fixed functional therapy started.",
     "Fixed functional therapy with the Forsus appliance."),
    ("PMC11401629", "What phase was started once a Class I canine and molar relationship was reached with the Forsus appliance?",
     "the settling phase was started",
     "After attaining the Class I canine and molar relationship, the settling phase was started.",
     "The settling phase."),
    ("PMC11401629", "What is planned after debonding in the adolescent treated with the Forsus appliance?",
     "a permanent lingual retainer along with Hawley's retainer will be given",
     "After debonding, a permanent lingual retainer along with Hawley's retainer will be given.",
     "A permanent lingual retainer plus a Hawley retainer."),
    # infective endocarditis by Abiotrophia defectiva with embolic stroke
    ("PMC11647062", "What treatment was started after the diagnosis of Abiotrophia defectiva endocarditis in the 47-year-old man with a mechanical mitral valve?",
     "gentamicin 80 mg twice daily and penicillin G six million units every six hours for four weeks",
     "The patient was promptly started on intravenous antibiotics, including gentamicin 80 mg twice daily and penicillin G six million units every six hours for four weeks, tailored to the sensitivity profile of A. defectiva.",
     "IV gentamicin 80 mg twice daily and penicillin G 6 million units 6-hourly for four weeks."),
    ("PMC11647062", "What surgery followed the start of intravenous gentamicin and penicillin G in the man with Abiotrophia endocarditis?",
     "an aortic valve replacement",
     "Surgical intervention was performed with an aortic valve replacement to remove the infected valve and prevent further embolic events.",
     "Aortic valve replacement."),
    ("PMC11647062", "What happened after the infected aortic valve was replaced in the man with Abiotrophia defectiva endocarditis?",
     "the patient showed marked symptomatic improvement",
     "Following the initiation of targeted antibiotic therapy and successful aortic valve replacement, the patient showed marked symptomatic improvement.",
     "Marked symptomatic improvement."),
    # chronic limb-threatening ischemia with infected foot ulcers, retrograde popliteal access
    ("PMC11629481", "What antibiotics were given before the endovascular intervention in the diabetic man with chronic limb-threatening ischemia and foot ulcers?",
     "intravenous Piperacillin/Tazobactam and Gentamicin",
     "The initial management during the first 5 days included wound debridement of devitalized or infected tissue using a scalpel, pain control, management of blood glucose and blood pressure, and empirical antibiotic treatment with intravenous Piperacillin/Tazobactam and Gentamicin.",
     "Empirical IV piperacillin/tazobactam and gentamicin (with debridement) for five days."),
    ("PMC11629481", "What did the team do after the antegrade approach via the common femoral artery failed on the right leg of the man with limb-threatening ischemia?",
     "we decided to intervene retrograde from the PA",
     "We attempted the intervention using the antegrade approach via the CFA, but it was unsuccessful, so we decided to intervene retrograde from the PA.",
     "Went retrograde through popliteal artery access (P3 segment)."),
    ("PMC11629481", "What was done two days after the endovascular intervention on the right leg in the man with chronic limb-threatening ischemia?",
     "a similar intervention was performed on the left leg",
     "After 2 days of intervention on the right leg, a similar intervention was performed on the left leg, with access at the P3 segment of the PA (Fig. 4A).",
     "The same intervention on the left leg, through popliteal access."),
    ("PMC11629481", "What wound care followed the revascularisation of both legs in the man with infected foot ulcers?",
     "multiple debridements and negative pressure wound therapy",
     "Agressive wound care using multiple debridements and negative pressure wound therapy.",
     "Repeated debridement and negative pressure (VAC) wound therapy."),
    # extramammary Paget's disease of the penis, skin graft splinted with negative pressure
    ("PMC11342862", "What had been done before the planned wide excision in the man with extramammary Paget's disease of the penis?",
     "had undergone a mapping biopsy",
     "He had biopsy-proven Extramammary Paget’s disease (EMPD) of the penile shaft and base, and had undergone a mapping biopsy prior to planned wide excision [7].",
     "A mapping biopsy."),
    ("PMC11342862", "How was the penile base resurfaced after the wide excision of extramammary Paget's disease?",
     "Mons and scrotal advancement flaps were elevated",
     "Mons and scrotal advancement flaps were elevated to resurface the penile base.",
     "With mons and scrotal advancement flaps (the shaft with a split-thickness skin graft)."),
    ("PMC11342862", "What was applied to splint the penile shaft skin graft after it was inset, in the man with penile Paget's disease?",
     "Negative pressure dressing (V.A.C.® Therapy, Kinetic Concepts, Inc, USA) was applied in a double-opposing fashion",
     "Negative pressure dressing (V.A.C.® Therapy, Kinetic Concepts, Inc, USA) was applied in a double-opposing fashion as follows: the black sponge was split into half along its width, and the two halves were then ‘sandwiched’ against each other with the penile shaft at stretch in the middle.",
     "A double-opposing negative pressure (VAC) dressing, at 50 mmHg continuous."),
    ("PMC11342862", "What was the result after a week of negative pressure dressing on the penile skin graft?",
     "Good skin graft take was noted with no graft loss",
     "Good skin graft take was noted with no graft loss, adherence to the wound bed, and good conformation to the native penile shaft contour (Fig. 3).",
     "Good graft take, no graft loss, on day 7."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (0, "underwent incisional biopsy along the cord", "- Past Medical History: No prior surgical correction, but underwent incisional biopsy along the cord for diagnosis."),
    (3, "interdisciplinary care with the technical orthopedic department was provided",
     "During the following years, interdisciplinary care with the technical orthopedic department was provided to the patient."),
    (3, "Wearing of a foot orthesis was necessary",
     "Wearing of a foot orthesis was necessary to balance the leg length differences and support the midfoot deformity."),
    (8, "rectal injection of gastrografin", "These attempts failed in spite of conservative therapies, such as rectal injection of gastrografin."),
    (8, "rectal infusion of gastrografin", "No improvement with conservative treatment (rectal infusion of gastrografin)."),
    (9, "meconium was manually evacuated",
     "An ileostomy was made and meconium was manually evacuated after an exploratory laparotomy revealed the presence of a typical MI."),
    (11, "oral pancreatic enzyme replacement treatment",
     "At ≥1300 µg/L (reference value ≤1000 µg/L), immunoreactive trypsinogen (IRT) levels were increased, which prompted the start of oral pancreatic enzyme replacement treatment."),
    (13, "a hybrid endoscopic submucosal dissection was performed",
     "Endoscopic submucosal dissection was attempted, but due to the hypervascular nature of the mass, a hybrid endoscopic submucosal dissection was performed, achieving complete resection."),
    (16, "Fixed functional appliance Forsus was given",
     "Fixed functional appliance Forsus was given to correct the position of the mandible and to bring off Class I canine and molar relationship (Figure 4)."),
    (18, "Hawley’s retainer was used", "For retention, Hawley’s retainer was used."),
    (19, "four weeks of IV antibiotics (Gentamycin and Penicillin G)",
     "- **Clinical Course:** Patient was started on four weeks of IV antibiotics (Gentamycin and Penicillin G), underwent aortic valve replacement surgery, and received neurological and rehabilitation care."),
    (20, "underwent aortic valve replacement surgery",
     "- **Clinical Course:** Patient was started on four weeks of IV antibiotics (Gentamycin and Penicillin G), underwent aortic valve replacement surgery, and received neurological and rehabilitation care."),
    (21, "Marked symptomatic improvement was noted", "Marked symptomatic improvement was noted."),
    (23, "opt for a retrograde intervention from the popliteal artery PA",
     "We attempted the intervention using the antegrade approach through the CFA, but it was unsuccessful, which led us to opt for a retrograde intervention from the popliteal artery PA."),
    (25, "We used Vacuum-Assisted Closure", "We used Vacuum-Assisted Closure to assist with healing."),
    (26, "previously confirmed via mapping biopsy",
     "The patient was diagnosed with biopsy-proven EMPD of the penile shaft and base, previously confirmed via mapping biopsy."),
    (27, "local advancement flaps",
     "He was counselled for and underwent wide excision of the EMPD and reconstruction with a split thickness skin graft and local advancement flaps."),
]


def draw(first: int = 11) -> list[str]:
    """The first ``first`` shipped case reports no sequence question uses, in the seeded draw order."""
    cases = json.loads((REPO / "corpus" / "case-reports" / "medrbench_cases.json").read_text(encoding="utf-8"))
    used = {doc for name in ("sequence.jsonl", "sequence_new_heldout.jsonl")
            for line in (REPO / "benchmarks" / "sets" / name).read_text(encoding="utf-8").splitlines() if line.strip()
            for doc in (json.loads(line)["case_id"], *json.loads(line)["relevant_ids"])}
    eligible = sorted(set(cases) - used)
    random.Random(2711).shuffle(eligible)
    return eligible[:first]


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_2", "seqh2", draw)


if __name__ == "__main__":
    sys.exit(main())
