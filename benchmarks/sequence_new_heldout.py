"""Write ``benchmarks/sets/sequence_new_heldout.jsonl``: a fresh held-out set of sequence
questions over six shipped case reports that ``sequence.jsonl`` never uses.

Written on 2026-11-27 *before* any change to the sequence answerer or the shape rules of
that day, and without running the assistant on them: each report's case course was printed
(``ingest.events.course_spans``) and read, then 2-5 questions per report name an anchor
event in the report's words or a paraphrase and ask what came next / before / which line
of treatment; the gold ``answer_text`` is the shortest verbatim span that answers, inside
its sentence (``evidence``), located and checked as in ``sequence_case_reports.build``.
Where a second sentence answers as well, it is an alternative (``EXTRA``).

    .venv/bin/python benchmarks/sequence_new_heldout.py --index-dir DIR   # an index of the shipped corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from sequence_case_reports import _loose, build  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "sequence_new_heldout.jsonl"
CASES = ("PMC11509757", "PMC11488400", "PMC11490280", "PMC11565536", "PMC11596955", "PMC11432800")

QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # relapsing-remitting multiple sclerosis on ocrelizumab, severe COVID-19 pneumonia
    ("PMC11509757", "What was the man with relapsing-remitting multiple sclerosis started on after interferon beta and dimethyl fumarate were discontinued?",
     "He was then started on ocrelizumab treatment",
     "He was then started on ocrelizumab treatment, followed by clinical and radiological stabilization, with no residual disability (expanded disability status scale [EDSS] score: 1.0).",
     "Ocrelizumab."),
    ("PMC11509757", "What treatment did the MS patient on ocrelizumab receive before he was admitted to the emergency department for persistent fever?",
     "He was then started on antimicrobial therapy and low-dose corticosteroids",
     "He was then started on antimicrobial therapy and low-dose corticosteroids for suspicion of sinusitis, which was incidentally observed in a routine brain MRI scan performed in that period.",
     "Antimicrobial therapy and low-dose corticosteroids for suspected sinusitis."),
    ("PMC11509757", "What treatment was given after the second BAL came back positive for SARS-CoV-2 in the MS patient on ocrelizumab?",
     "The patient was then treated with antiviral therapy (Nirmatrelvir/Ritonavir and Remdesivir)",
     "The patient was then treated with antiviral therapy (Nirmatrelvir/Ritonavir and Remdesivir) followed by resolution of fever and progressive clinical improvement.",
     "Nirmatrelvir/ritonavir and remdesivir."),
    ("PMC11509757", "What was the multiple sclerosis patient switched to after ocrelizumab was discontinued?",
     "the sphingosine 1-phosphate receptor modulator (i-mod) ponesimod",
     "Given the minimal disability and absence of MS activity over the past 4 years, in April 2024 (i.e., 8 months after the last dose of ocrelizumab), the patient was switched as a de-risking strategy to the sphingosine 1-phosphate receptor modulator (i-mod) ponesimod.",
     "Ponesimod, in April 2024."),
    # sacrococcygeal yolk sac tumour in an infant
    ("PMC11488400", "What treatment came before the first wide local excision in the infant with the sacrococcygeal mass?",
     "was started on plumpy nuts",
     "Pediatricians were consulted for management of malnutrition and was started on plumpy nuts.",
     "Plumpy nuts for malnutrition."),
    ("PMC11488400", "What chemotherapy was planned after the diagnosis of stage 3 sacrococcygeal yolk sac tumor in the 8-month-old girl?",
     "a total of 4 courses of JEB at 21days interval",
     "This was consistent with medium risk group 1; therefore, she was planned to receive a total of 4 courses of JEB at 21days interval.",
     "Four courses of JEB every 21 days."),
    ("PMC11488400", "What surgery followed the JEB chemotherapy in the infant with sacrococcygeal yolk sac tumor?",
     "She was then planned for a second WLE",
     "She was then planned for a second WLE.",
     "A second wide local excision."),
    ("PMC11488400", "What was the second-line chemotherapy in the infant with sacrococcygeal yolk sac tumor?",
     "Vinblastin 1.3 mg IV OD for 2 days, Ifosfamide 473 mg IV OD for 5 days, Mesna 150 mg IV OD for 5 days and Cisplatin 7 mg IV OD for 5 days",
     "During each cycle she received Vinblastin 1.3 mg IV OD for 2 days, Ifosfamide 473 mg IV OD for 5 days, Mesna 150 mg IV OD for 5 days and Cisplatin 7 mg IV OD for 5 days.",
     "Two cycles of vinblastine, ifosfamide (with mesna) and cisplatin."),
    ("PMC11488400", "What happened after the two cycles of second-line chemotherapy in the infant with yolk sac tumor?",
     "After treatment AFP was found to be 985 IU/mL",
     "After treatment AFP was found to be 985 IU/mL.",
     "AFP stayed high (985 IU/mL) and MRI showed progression."),
    # multifocal infarction of the alimentary canal with ostensible salmonellosis
    ("PMC11490280", "What was done with her antibiotics after the stool PCR was positive for Salmonella in the 67-year-old woman?",
     "the IV ciprofloxacin the patient had been receiving was continued",
     "Metronidazole was discontinued after the patient’s stool was found to be positive for Salmonella, but the IV ciprofloxacin the patient had been receiving was continued.",
     "Metronidazole stopped, IV ciprofloxacin continued."),
    ("PMC11490280", "What happened after the infectious disease consult in the woman with multifocal alimentary canal infarction?",
     "the patient suffered what appeared to be an aspiration episode that necessitated a rapid response",
     "The next morning, the patient suffered what appeared to be an aspiration episode that necessitated a rapid response; during this time, the patient was noted to have black stool, increasing abdominal distension, and dark emesis was suctioned as the patient was intubated.",
     "An aspiration episode the next morning, with a rapid response and intubation."),
    ("PMC11490280", "What operation came after the emergent right hemicolectomy in the woman with ostensible salmonellosis?",
     "underwent a Whipple procedure (gastroduodenopancreatectomy)",
     "The patient was then transferred to a tertiary care center and underwent a Whipple procedure (gastroduodenopancreatectomy) to remove the remaining necrotic areas found throughout her GI tract.",
     "A Whipple procedure at a tertiary care centre."),
    ("PMC11490280", "What treatment came after micafungin for the infected intra-abdominal fluid collections?",
     "the patient was placed on cefazolin",
     "Around two weeks later, a second intraabdominal fluid collection was spotted on a follow-up CT; this collection was also tapped and grew methicillin-sensitive Staphylococcus aureus (MSSA), for which the patient was placed on cefazolin.",
     "Cefazolin, for an MSSA collection two weeks later."),
    # pyometra after abdominal myomectomy, uterus-sparing surgery, later live birth
    ("PMC11565536", "What surgery did the woman with pyometra after myomectomy undergo after she declined a hysterectomy?",
     "she underwent an exploratory laparotomy",
     "On hospital day 1, postoperative day 20 from the patient's index surgery, she underwent an exploratory laparotomy where purulent fluid filled the abdominal cavity due to a defect in the anterior uterine wall.",
     "An exploratory laparotomy with uterine debridement (uterus-sparing)."),
    ("PMC11565536", "What hormonal treatment was given after her skin incision closed, in the woman treated for pyometra after myomectomy?",
     "The patient was treated with estrogen for 30 days",
     "The patient was treated with estrogen for 30 days to develop her endometrial lining and 10 days of progesterone therapy to initiate a withdrawal bleed, followed by two months of combined oral contraceptive pills.",
     "Estrogen for 30 days, then progesterone, then combined oral contraceptives."),
    ("PMC11565536", "What fertility treatment came after the ovulation induction cycles with letrozole in the woman with prior pyometra?",
     "the patient underwent an IVF cycle with her partner's sperm",
     "Following a second hysteroscopy with a normal-appearing endometrial cavity, the patient underwent an IVF cycle with her partner's sperm and obtained one cryopreserved blastocyst.",
     "IVF with her partner's sperm (after a second hysteroscopy)."),
    # horizontal bone augmentation with simultaneous implant placement
    ("PMC11596955", "What treatment came before the implant placement surgery in the horizontal bone augmentation case?",
     "The patient then underwent orthodontic treatment with aligners",
     "The patient then underwent orthodontic treatment with aligners to improve the mesio-distal spacing at the level of the 2.1 site.",
     "Orthodontic treatment with aligners (10 months)."),
    ("PMC11596955", "What was done after the first surgical procedure of guided bone regeneration with simultaneous implant placement?",
     "Soft tissue augmentation was performed",
     "Soft tissue augmentation was performed to increase the width and thickness of the keratinized peri-implant tissue.",
     "After six months of healing, a second surgery: soft tissue augmentation with a connective tissue graft."),
    ("PMC11596955", "What came after the provisional crown on the implant at tooth 2.1?",
     "a final zirconia crown was delivered",
     "After 5 months of soft tissue healing, a final zirconia crown was delivered.",
     "A final zirconia crown, after 5 months."),
    # friction burn of the hand with tendon exposure, fat grafts with PRP
    ("PMC11432800", "What was given before the debridement surgery in the man with the friction burn of the left hand?",
     "antibiotic therapy with a combination of Ampicillin and Sulbactam at a dosage of 3 g",
     "Upon admission, the patient was promptly started on antibiotic therapy with a combination of Ampicillin and Sulbactam at a dosage of 3 g to prevent infection.",
     "Ampicillin-sulbactam 3 g."),
    ("PMC11432800", "What treatment was chosen after the patient with exposed extensor tendons declined a skin flap?",
     "treat the exposed tendons using an autologous fat graft augmented with PRP and growth factors",
     "Consequently, it was decided to treat the exposed tendons using an autologous fat graft augmented with PRP and growth factors, aiming to leverage their regenerative capabilities.",
     "Autologous fat grafts with PRP and growth factors."),
]

# Another sentence that answers as well: (question index, span, its sentence).
EXTRA = [
    (8, "There features were suggestive of disease progression", "There features were suggestive of disease progression (Fig. 6)."),
    (17, "the second stage of surgery was planned", "Subsequently, the second stage of surgery was planned."),
]


def extras(rows: list[dict], texts: dict[str, str], extra: list[tuple[int, str, str]] | None = None) -> None:
    """Add each ``extra`` span (EXTRA by default), located in its sentence, as an alternative of its row."""
    for index, span, sentence in EXTRA if extra is None else extra:
        row = rows[index]
        text = texts["corpus:" + row["case_id"]]
        m = _loose(sentence).search(text)
        assert m, (row["id"], sentence)
        inner = _loose(span).search(text, m.start(), m.end())
        row["alternatives"].append({"doc": row["case_id"], "answer_text": inner.group(0), "answer_start": inner.start()})


def write_set(description: str, set_path: Path, cases: tuple[str, ...], questions: list, extra: list[tuple[int, str, str]],
              split: str, prefix: str, draw: Callable[[], list[str]] | None = None) -> int:
    """The command line every blind sequence set's builder shares: ``--index-dir DIR`` (an index
    of the shipped corpus) locates every span and writes ``set_path``; ``--draw`` prints the
    draw order of its reports and stops."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--index-dir", type=Path)
    if draw is not None:
        parser.add_argument("--draw", action="store_true", help="print the draw order and stop")
    args = parser.parse_args()
    if draw is not None and args.draw:
        print(" ".join(draw()))
        return 0
    if args.index_dir is None:
        parser.error("--index-dir is required")
    from assistant.config import Settings
    from assistant.index.store import Store

    store = Store(Settings().with_overrides(**{"index.dir": args.index_dir}))
    texts = store.doc_texts(["corpus:" + case for case in cases])
    rows = build(texts, 1, questions, {case: split for case in cases}, prefix=prefix)
    extras(rows, texts, extra)
    set_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {set_path}")
    return 0


def main() -> int:
    return write_set(__doc__.splitlines()[0], SET, CASES, QUESTIONS, EXTRA, "held_out_new", "seqn")


if __name__ == "__main__":
    sys.exit(main())
