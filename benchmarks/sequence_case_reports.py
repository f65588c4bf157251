"""Add the case-report sequence questions (seq-019 on) to ``benchmarks/sets/sequence.jsonl``.

Each question was written by reading the case course of one shipped MedR-Bench case report
(the sections from "Case presentation" to the discussion), before the case-report sequence
answerer existed and without running the assistant: the anchor is an event the report
names, the gold ``answer_text`` the shortest verbatim span of the event that comes next (or
before) in the story, inside its sentence (``evidence``). Splits are by case, fixed before
any tuning: five cases ``tune``, five ``held_out``. The script checks that each evidence
sentence occurs in the document as indexed and the span inside it, and writes
``answer_start`` at the span's first offset (a sentence the report repeats, in its abstract or
summary, gives ``alternatives`` at the other offsets).

    .venv/bin/python benchmarks/sequence_case_reports.py --index-dir DIR   # an index of the shipped corpus
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SET = REPO / "benchmarks" / "sets" / "sequence.jsonl"
SPLITS = {
    "PMC11635374": "tune", "PMC11614595": "tune", "PMC11628523": "tune", "PMC11585469": "tune", "PMC11621058": "tune",
    "PMC11532939": "held_out", "PMC11620866": "held_out", "PMC11509864": "held_out", "PMC11483286": "held_out", "PMC11510521": "held_out",
}

# (case, question, answer_text, evidence sentence, reference answer)
QUESTIONS: list[tuple[str, str, str, str, str]] = [
    # pituitary gigantism treated with lanreotide
    ("PMC11635374", "What procedure followed her discharge home on hospital day 5 in the girl with pituitary gigantism?",
     "A transsphenoidal resection of the pituitary gland tumor",
     "A transsphenoidal resection of the pituitary gland tumor was performed by otolaryngology and neurosurgery 10 days post discharge.",
     "Transsphenoidal resection of the pituitary tumor, 10 days after discharge."),
    ("PMC11635374", "What was she started on after the transsphenoidal resection of her pituitary tumor?",
     "oral desmopressin 100 mcg daily", "She was started on oral desmopressin 100 mcg daily.",
     "Oral desmopressin 100 mcg daily, for central diabetes insipidus after surgery."),
    ("PMC11635374", "After the family declined Gamma Knife radiosurgery for the residual pituitary tumor, what treatment did the adolescent girl receive?",
     "lanreotide 60 mg given subcutaneously monthly", "She was treated with lanreotide 60 mg given subcutaneously monthly.",
     "Lanreotide 60 mg subcutaneously every month."),
    ("PMC11635374", "What happened after 4 months of lanreotide in the girl with pituitary gigantism?",
     "The therapy was discontinued after 4 months based on progressive elevation in her glycated hemoglobin A1c to prediabetic levels",
     "The therapy was discontinued after 4 months based on progressive elevation in her glycated hemoglobin A1c to prediabetic levels even though she had a 2.7-kg (6-lb) weight loss while on the medication.",
     "It was stopped because her HbA1c rose to prediabetic levels."),
    # Crohn's disease after rituximab for nephrotic syndrome
    ("PMC11614595", "What was the first treatment of his nephrotic syndrome at the age of 6 years, in the boy who later developed Crohn's disease after rituximab?",
     "remission was achieved within a month of oral steroid therapy initiation",
     "His medical history revealed that he was first diagnosed with NS at the age of 6 years, and remission was achieved within a month of oral steroid therapy initiation.",
     "Oral steroids, with remission within a month."),
    ("PMC11614595", "What treatment followed the Crohn's disease diagnosis in the teenager who had received multiple rituximab doses for nephrotic syndrome?",
     "treatment with oral mesalazine was initiated", "On the day of his CD diagnosis, treatment with oral mesalazine was initiated.",
     "Oral mesalazine, started the day of the diagnosis."),
    ("PMC11614595", "What happened after oral mesalazine was started for his Crohn's disease?",
     "the patient experienced significant improvement in clinical symptoms",
     "Remarkably, just 11 days later, the patient experienced significant improvement in clinical symptoms.",
     "His symptoms improved markedly within 11 days."),
    ("PMC11614595", "What happened one week after the prednisone and tacrolimus doses were adjusted for the massive proteinuria?",
     "his urine protein test results were negative", "One week later, his urine protein test results were negative.",
     "Urine protein was negative a week later."),
    # cadonilimab in metastatic cervical cancer
    ("PMC11628523", "What was added at the second cycle of taxol, cisplatin and cadonilimab in the woman with stage IVB cervical cancer?",
     "bevacizumab (15mg/kg) was added at the second cycle", "Then, bevacizumab (15mg/kg) was added at the second cycle.",
     "Bevacizumab 15 mg/kg from the second cycle."),
    ("PMC11628523", "What was given after chemotherapy and radiotherapy were all finished in the cadonilimab cervical cancer case?",
     "maintenance therapies with bevacizumab and cadonilimab were continued for five cycles",
     "After chemotherapy and radiotherapy were all finished, maintenance therapies with bevacizumab and cadonilimab were continued for five cycles.",
     "Five cycles of bevacizumab plus cadonilimab maintenance."),
    ("PMC11628523", "What happened after five cycles of bevacizumab and cadonilimab maintenance therapy?",
     "cadonilimab was replaced by sintilimab due to patient’s financial constraints",
     "After five cycles of maintenance therapy, cadonilimab was replaced by sintilimab due to patient’s financial constraints.",
     "Cadonilimab was replaced by sintilimab for cost reasons."),
    ("PMC11628523", "What treatment followed the recurrence with ascites during sintilimab maintenance in the cervical cancer patient?",
     "the patient received taxol + carboplatin (TC) + sintilimab for just one cycle",
     "Whereupon the patient received taxol + carboplatin (TC) + sintilimab for just one cycle which was suspended by the occurrence of grade four bone marrow suppression and multiple times of infections.",
     "One cycle of taxol, carboplatin and sintilimab, stopped by grade 4 marrow suppression and infections."),
    # neuro-Behcet disease leading to coma
    ("PMC11585469", "What was the first treatment given while the workup was ongoing in the woman with neuro-Behçet disease and coma?",
     "an intravenous methylprednisolone bolus (1 g/day for 5 days)",
     "While the workup was ongoing, the patient received an intravenous methylprednisolone bolus (1 g/day for 5 days), she was also started on broad-spectrum antibiotics that were discontinued after the negative infectious workup.",
     "An IV methylprednisolone bolus, 1 g/day for 5 days (with broad-spectrum antibiotics)."),
    ("PMC11585469", "What treatment followed the intravenous methylprednisolone bolus in the neuro-Behçet patient?",
     "prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month)",
     "The treatment was then followed by prednisone 1 g/day for 4 weeks and intravenous cyclophosphamide (1 g/month).",
     "Prednisone for 4 weeks and monthly IV cyclophosphamide 1 g."),
    # primary intracranial malignant melanoma
    ("PMC11621058", "What was done before the total craniotomy in the girl with primary intracranial malignant melanoma?",
     "cutaneous nevus resection was performed under local anesthesia",
     "Subsequently, cutaneous nevus resection was performed under local anesthesia, and the pathological results indicated a benign intradermal nevus (",
     "Resection of the axillary nevus under local anesthesia (benign intradermal nevus)."),
    ("PMC11621058", "What treatment came after her discharge on the 13th day after surgery for the intracranial melanoma?",
     "she was admitted to the oncology department and received radiotherapy",
     "Afterwards, she was admitted to the oncology department and received radiotherapy (brainstem<3500cGy, optic nerve<2500cGy, lens<500cGy, pCTV prescription dose: DT42Gy/4.2 Gy/10f).",
     "Radiotherapy in the oncology department."),
    ("PMC11621058", "After radiotherapy, what drug was the adolescent with NRAS-mutant intracranial melanoma treated with?",
     "she was treated with Toripalimab",
     "To prevent the metastasis and recurrence of the tumor, improve the prognosis, and keep the drug affordable for the patient’s family, she was treated with Toripalimab.",
     "Toripalimab (anti-PD-1)."),
    # neoadjuvant chemotherapy in pregnancy for IB2 cervical carcinoma
    ("PMC11532939", "What was given in the first cycle of chemotherapy for the pregnant woman with IB2 squamous cervical carcinoma?",
     "a dosing of 120 mg of cisplatin and 3 g of ifosfamide",
     "The first cycle of chemotherapy was administered at a gestational age of 21 weeks 2 days at the end of March 2024, with a dosing of 120 mg of cisplatin and 3 g of ifosfamide.",
     "Cisplatin 120 mg and ifosfamide 3 g at 21 weeks 2 days."),
    ("PMC11532939", "What chemotherapy followed the three cycles of cisplatin and ifosfamide in the pregnant cervical cancer patient?",
     "the treatment protocol was modified to include paclitaxel and carboplatin",
     "After three cycles of cisplatin with ifosfamide, the treatment protocol was modified to include paclitaxel and carboplatin.",
     "Weekly paclitaxel and carboplatin."),
    ("PMC11532939", "What happened after the final chemotherapy cycle in June 2024 in the pregnant woman with cervical cancer?",
     "A cesarean section was conducted at a gestational age of 37 weeks and 2 days",
     "A cesarean section was conducted at a gestational age of 37 weeks and 2 days, immediately followed by a radical abdominal hysterectomy.",
     "Cesarean section at 37+2 weeks, immediately followed by radical hysterectomy."),
    # toxic epidermal necrolysis, multi-targeted therapy
    ("PMC11620866", "What was the boy treated with before he developed toxic epidermal necrolysis?",
     "intravenous amoxicillin–clavulanate and oral trimethoprim–sulfamethoxazole",
     "He was treated for left leg cellulitis with intravenous amoxicillin–clavulanate and oral trimethoprim–sulfamethoxazole.",
     "IV amoxicillin–clavulanate and oral trimethoprim–sulfamethoxazole for cellulitis."),
    ("PMC11620866", "What was added after IVIG and pulsed methylprednisolone were started in the boy with toxic epidermal necrolysis?",
     "Oral cyclosporin A at 3 mg/kg/day was added on day 3 of hospitalisation",
     "Oral cyclosporin A at 3 mg/kg/day was added on day 3 of hospitalisation in view of severe ocular involvement with progressive inflammation of bilateral upper and lower eyelids, presence of pseudomembrane, diffuse conjunctival injection, and progression of central epithelial defects in bilateral eyes.",
     "Oral cyclosporin A 3 mg/kg/day on day 3."),
    ("PMC11620866", "What procedure did the boy with TEN undergo after cyclosporin A was added?",
     "amniotic membrane transplantation on day 4 of hospitalisation",
     "He underwent amniotic membrane transplantation on day 4 of hospitalisation.",
     "Amniotic membrane transplantation on day 4."),
    ("PMC11620866", "What happened after the etanercept injections on days 4 and 10 in the boy with TEN?",
     "the disease progression was halted with re-epithelisation on day 13",
     "Finally, the disease progression was halted with re-epithelisation on day 13.",
     "Progression halted, with re-epithelialisation by day 13."),
    # granulomatosis with polyangiitis with serous retinal detachment
    ("PMC11509864", "What was done after high-dose steroid pulse therapy and cyclophosphamide failed to control the GPA with serous retinal detachment?",
     "rituximab (500 mg) was administered",
     "Therefore, the methylprednisolone (MPD) dose was increased from 30 to 60 mg, cyclosporine pulse therapy was escalated from 500 to 1000 mg, and rituximab (500 mg) was administered.",
     "Methylprednisolone raised to 60 mg, cyclosporine pulses to 1000 mg, and rituximab 500 mg."),
    ("PMC11509864", "What happened after rituximab was discontinued in the man with ocular GPA?",
     "the patient experienced ocular pain and mild scleral vessel engorgement in both the eyes again",
     "However, during the tapering of steroids and immunosuppressants, and after discontinuing rituximab, the patient experienced ocular pain and mild scleral vessel engorgement in both the eyes again.",
     "Ocular pain and scleral vessel engorgement returned in both eyes."),
    # adjuvant proton therapy after hysterectomy in a pelvic kidney transplant recipient
    ("PMC11483286", "What came before the cold-knife conization in the kidney transplant recipient with cervical adenocarcinoma?",
     "Endocervical and endometrial curettage showed fragments of invasive endocervical adenocarcinoma",
     "Endocervical and endometrial curettage showed fragments of invasive endocervical adenocarcinoma with fragments of secretory endometrium.",
     "Endocervical and endometrial curettage, showing invasive adenocarcinoma."),
    ("PMC11483286", "What was recommended after the modified radical hysterectomy in the woman with a pelvic renal transplant?",
     "adjuvant radiotherapy with intensity modulated proton therapy (IMPT)",
     "After surgery, the patient was recommended to undergo adjuvant radiotherapy with intensity modulated proton therapy (IMPT).",
     "Adjuvant intensity-modulated proton therapy."),
    ("PMC11483286", "What happened after the initial request for proton coverage was denied?",
     "the denial was overturned",
     "After a thorough discussion of the patient’s history and dosimetric comparison of her IMRT and proton plans, with particular emphasis on the mean and V20Gy to the right pelvic kidney, the denial was overturned.",
     "After a peer-to-peer review, the denial was overturned."),
    ("PMC11483286", "What happened seven months after proton therapy in the woman with a pelvic kidney transplant and cervical cancer?",
     "the patient reported hematochezia and diarrhea for several weeks consistent with her prior ulcerative colitis flares",
     "Seven months after treatment, the patient reported hematochezia and diarrhea for several weeks consistent with her prior ulcerative colitis flares.",
     "An ulcerative colitis flare: hematochezia and diarrhea."),
    # acute retinal necrosis with EBV
    ("PMC11510521", "After EBV was suspected as the cause of the acute retinal necrosis, what treatment was given to the 85-year-old man?",
     "An intravitreal ganciclovir injection (2 mg per dose) was administered four times in the span of three days",
     "An intravitreal ganciclovir injection (2 mg per dose) was administered four times in the span of three days.",
     "Intravitreal ganciclovir 2 mg, four injections over three days."),
    ("PMC11510521", "What replaced intravenous acyclovir after 10 days of treatment for EBV acute retinal necrosis?",
     "1g of oral valaciclovir three times a day",
     "Intravenous acyclovir was changed to 1g of oral valaciclovir three times a day, and oral prednisolone was tapered to 50 mg per day.",
     "Oral valaciclovir 1 g three times a day."),
    ("PMC11510521", "What was given one week after discharge in the man with EBV acute retinal necrosis?",
     "a fifth intravitreal ganciclovir injection was administered",
     "One week after discharge, a fifth intravitreal ganciclovir injection was administered.",
     "A fifth intravitreal ganciclovir injection."),
]


def _loose(words: str) -> re.Pattern[str]:
    """``words`` with any run of whitespace matching any (the reports use thin and no-break spaces)."""
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()))


def build(texts: dict[str, str], first_id: int = 19, questions: list[tuple[str, str, str, str, str]] | None = None,
          splits: dict[str, str] | None = None, prefix: str = "seq") -> list[dict]:
    """The set's rows for ``questions`` (QUESTIONS by default), each span located inside its
    evidence sentence and copied from the document (so its spaces are the document's)."""
    rows, splits = [], SPLITS if splits is None else splits
    for n, (case, question, span, evidence, reference) in enumerate(QUESTIONS if questions is None else questions, start=first_id):
        text = texts["corpus:" + case]
        found = []
        for m in _loose(evidence).finditer(text):
            inner = _loose(span).search(text, m.start(), m.end())
            assert inner, (case, span)
            found.append((inner.start(), inner.group(0), m.group(0)))
        assert found, (case, evidence[:60])
        start, answer, sentence = found[0]
        others = [{"doc": case, "answer_text": a, "answer_start": s} for s, a, _ in found[1:]]  # the sentence repeated (abstract, summary)
        rows.append({"id": f"{prefix}-{n:03d}", "question": question, "case_id": case, "evidence": sentence, "reference_answer": reference,
                     "answer_text": answer, "answer_start": start, "relevant_ids": [case], "alternatives": others, "shape": "sequence", "split": splits[case]})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.index.store import Store

    store = Store(Settings().with_overrides(**{"index.dir": args.index_dir}))
    texts = store.doc_texts(sorted({"corpus:" + case for case in SPLITS}))
    kept = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [dict(r, split=r.get("split", "existing")) for r in kept if int(r["id"].split("-")[1]) < 19]
    rows = kept + build(texts)
    SET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {SET} ({len(rows) - len(kept)} case-report questions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
