"""Write ``benchmarks/sets/user_audit1.jsonl``: the 49 questions of the first browser audit
(issue #10; report /tmp/s15/audit.md, raw answers /tmp/s15/audit_raw.jsonl), in the user-audit
format, as the **development** set of ``benchmarks/user_audit.py``.

NOT blind: the questions were asked in the browser (main ``ca1856a``) and their answers read and
judged before this file was written; the lead is fixing the failure patterns they showed. Converted
on 2026-11-27 by helper-audit2: the gold is the audit's "what the record says" column, located in
the indexed text by ``user_audit_build`` (fails loudly when a span is missing or ambiguous). The
audit's ids are kept in ``label``; F1-F6 were one conversation (``conversation`` + ``turn``).
Where the audit's list was an example ("e.g.") or its reading is corrected, the gold follows the
second-read ``case_lists.jsonl`` row on the same subject and ``note`` says so:
- F6 (deaths): ``case_lists`` cl-049's 12 cases; the audit's PMC11483286 is a literature patient
  (Ripley et al., 1995), not this report's patient.
- L3/L6/L7/F5 (hydatid, lymphoma, tuberculosis, COVID-19): the same cases as cl-042/034/045/047.
- L5 (red blood cell transfusion): the three cases the audit named (whole blood and "blood
  transfusion" cases are not counted, as the audit judged).

    python benchmarks/sets/build_user_audit1.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from user_audit_build import SEED_DOCS, by_shape, main  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "user_audit1.jsonl"
TXT, CSV = SEED_DOCS
ITP, AML, DASA, AITL, ANGIO = "PMC11648237", "PMC11547072", "PMC11446622", "PMC11631872", "PMC11503393"


def lists_evidence(row_id: str) -> dict[str, str]:
    """The reader's evidence sentences of a ``case_lists.jsonl`` row (second-read gold)."""
    for line in (HERE / "case_lists.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == row_id:
            return row["evidence"]
    raise KeyError(row_id)


LISTS = [
    {"label": "L1", "shape": "list", "question": "Which cases in the records needed ECMO support?",
     "evidence": {"PMC11551029": "The patient remained on VA ECMO support for a total of 6 days.",
                  "PMC11608958": "received the treatment of veno-arterio-venous extracorporeal membrane oxygenation (VAV-ECMO)",
                  "PMC11501102": "requiring venovenous extracorporeal membrane oxygenation"}},
    {"label": "L2", "shape": "list", "question": "Any patients with a Staphylococcus aureus infection?",
     "evidence": {"PMC11608458": "she also had a Staphylococcus aureus catheter exit site infection",
                  "PMC11490280": "grew methicillin-sensitive Staphylococcus aureus (MSSA)",
                  "PMC11620866": "The lip swab yielded methicillin-resistant Staphylococcus aureus (MRSA)"},
     "rejected": {"PMC11551029": "BAL mNGS listed S. aureus, 'not indicative of a bacterial infection'"}},
    {"label": "L3", "shape": "count", "question": "How many cases involve hydatid cysts?", "evidence": lists_evidence("cl-042"),
     "note": "gold as case_lists cl-042 (the audit's 7); 'hydatidiform' hits are molar pregnancies"},
    {"label": "L4", "shape": "list", "question": "Which patients were given meropenem?",
     "evidence": {"PMC11355863": "he was treated with Meropenem, Rifampicin and Linezolid",
                  "PMC11439622": "The patient was treated with meropenem 1 g q12h for 7 days",
                  "PMC11501102": "combination antibiotic therapy consisting of meropenem and trimethoprim/sulfamethoxazole",
                  "PMC11565536": "transitioned to intravenous meropenem, vancomycin, and clindamycin",
                  "PMC11608458": "changed to IP vancomycin and meropenem",
                  "PMC11616425": "empiric anti-infective treatment with meropenem",
                  "PMC11620866": "stepped up to vancomycin and meropenem"},
     "rejected": {"PMC11418098": "discussion: the standard approach; the patient got ceftazidime"}},
    {"label": "L5", "shape": "list", "question": "Which cases report a red blood cell transfusion?",
     "evidence": {"PMC11646791": "red blood cell transfusion was required",
                  "PMC11417591": "requiring transfusion of five packs of red blood cells",
                  "PMC11632603": "transfusion of two units of packed red blood cells (pRBCs)"},
     "note": "as the audit judged: 'blood transfusion' / whole blood cases (PMC11506781, PMC11544788, PMC11594283, PMC11648237) not counted"},
    {"label": "L6", "shape": "list", "question": "List all the lymphoma cases in the records.", "evidence": lists_evidence("cl-034")},
    {"label": "L7", "shape": "list", "question": "Any patients with tuberculosis?", "evidence": lists_evidence("cl-045")},
    {"label": "L8", "shape": "count", "question": "How many patients had a bone marrow biopsy?",
     "evidence": {"PMC11503393": "a trephine biopsy was performed", "PMC11479900": "the bone marrow biopsy revealed only 1",
                  "PMC11456814": "Biopsies of the skin, bone marrow, stomach, duodenum, and rectum, performed to exclude systemic amyloidosis"},
     "note": "strict: biopsy; six more cases had a bone marrow aspiration/examination (not counted, as the audit judged); PMC11456814 added at stop 25 "
             "(read: its marrow was biopsied among five sites, written in the plural, which the first reading missed)"},
    {"label": "L9", "shape": "list", "question": "Which patients were treated with amphotericin B?",
     "evidence": {"PMC11366418": "The patient was administered Injection Amphotericin B deoxycholate at 0.7 mg/kg IV once daily",
                  "PMC11595504": "the patient was started on intravenous liposomal amphotericin 3 mg/kg (500 mg) every 24 h"}},
]

YESNO = [
    {"label": "Y1", "case": "seed-blinatumomab-all", "question": "Did the blinatumomab B-ALL patient ever receive cranial irradiation?",
     "expected": "yes", "evidence": "cranial irradiation (12 Gy)"},
    {"label": "Y2", "case": "seed-blinatumomab-all", "question": "Did the blinatumomab patient develop cytokine release syndrome?",
     "expected": "not_reported", "search_regex": r"cytokine release|\bCRS\b"},
    {"label": "Y3", "case": "seed-blinatumomab-all", "question": "Did the seed ALL patient have testicular involvement at relapse?",
     "expected": "yes", "evidence": "1st relapse -2017 (bone marrow + orchitis)"},
    {"label": "Y4", "case": ITP, "question": "Did the 18-year-old woman with refractory ITP undergo splenectomy?",
     "expected": "yes", "evidence": "led to a surgical consultation and splenectomy after platelet transfusion and pneumococcal vaccination"},
    {"label": "Y5", "case": AML, "question": "Did the woman with AML-triggered HUS need hemodialysis?",
     "expected": "yes", "evidence": "hemodialysis requirement"},
    {"label": "Y6", "case": AML, "question": "Was the Shiga toxin E. coli stool culture positive in the AML and HUS patient?",
     "expected": "no", "evidence": "a stool culture, with a negative result for Shiga toxin-producing Escherichia coli"},
    {"label": "Y7", "case": DASA, "question": "Did the pleural fluid cultures grow anything in the dasatinib chylothorax case?",
     "expected": "no", "evidence": "Cultures showed no infectious or malignant causes"},
    {"label": "Y8", "case": AITL, "question": "Were EBV-positive cells found on the lymph node biopsy of the AITL patient?",
     "expected": "no", "evidence": "Notably, EBV-positive cells were absent in this case."},
    {"label": "Y9", "case": "PMC11631590", "question": "Did the pregnant woman with brodifacoum poisoning receive fresh frozen plasma?",
     "expected": "yes", "evidence": "Thus, FFP and vitamin K1 were administered to reverse the coagulopathy status"},
    {"label": "Y10", "case": ANGIO, "question": "Did the patient with splenic angiosarcoma receive a blood transfusion?",
     "expected": "not_reported", "search_regex": r"transfus"},
    {"label": "Y11", "case": "PMC11602322", "question": "Was the IVLBCL patient treated with CAR-T cells?",
     "expected": "not_reported", "search_regex": r"CAR-?T\b|CAR T\b|chimeric antigen"},
]

LOOKUPS = [
    {"label": "K1", "case": "seed-blinatumomab-all", "doc": TXT, "question": "When was the second relapse of the blinatumomab patient diagnosed?",
     "answer": "Nov 2023", "evidence": "2nd relapse—Nov 2023, bone marrow, 84.6% blasts",
     "alternatives": [{"doc": CSV, "answer": "11.2023", "evidence": "2nd relapse prephase, 11.2023"}]},
    {"label": "K2", "case": "seed-blinatumomab-all", "doc": TXT, "question": "What percentage of blasts did the seed patient have after Consolidation III?",
     "answer": "0.6% blasts", "evidence": "Consolidation III (22.06.2024–20.07.2024): MRD (–), 0.6% blasts",
     "alternatives": [{"doc": CSV, "answer": "0.6% blasts", "evidence": "Consolidation III, 22.06.2024–20.07.2024, blinatumomab: MRD negative, 0.6% blasts"}]},
    {"label": "K3", "case": ITP, "question": "What was the hemoglobin of the woman with refractory ITP at presentation?",
     "answer": "Hgb 6.1 g/dL", "evidence": "Hgb 6.1 g/dL", "nth": 0,
     "alternatives": [{"answer": 'Hgb 6.1 g/dL', "evidence": 'Hgb 6.1 g/dL', "nth": 1}]},
    {"label": "K4", "case": AML, "question": "What organism caused the pneumonia in the woman with AML and HUS?",
     "answer": "Legionella pneumophila", "evidence": "right lower lobe pneumonia due to Legionella pneumophila",
     "alternatives": [{"answer": 'Legionella pneumophila', "evidence": 'caused by *Legionella pneumophila*'}]},
    {"label": "K5", "case": AML, "question": "What was the ADAMTS13 activity in the AML patient with HUS?",
     "answer": "51%", "evidence": "which resulted in a normal range of 51%",
     "alternatives": [{"answer": '51%', "evidence": 'ADAMTS13 at 51%'}]},
    {"label": "K6", "case": "PMC11631590", "question": "What was the blood brodifacoum level in the pregnant patient?",
     "answer": "337.5 ng/mL", "evidence": "(BDF levels: 337.5 ng/mL)",
     "alternatives": [{"answer": '337.5 ng/mL', "evidence": 'tested positive for BDF at 337.5 ng/mL'}]},
    {"label": "K7", "case": ANGIO, "question": "What was the LDH of the man with splenic angiosarcoma?",
     "answer": "978 U/L", "evidence": "LDH—978 U/L",
     "alternatives": [{"answer": '978 U/L', "evidence": 'elevated LDH (978 U/L)'}]},
    {"label": "K8", "case": DASA, "question": "How old was the woman with dasatinib-induced chylothorax?",
     "answer": "79-year-old", "evidence": "79-year-old Caucasian female", "nth": 0,
     "alternatives": [{"answer": '79-year-old', "evidence": 'a 79-year-old female who presented'}, {"answer": '79-year-old', "evidence": 'a 79-year-old female on dasatinib'}, {"answer": '79-year-old', "evidence": '79-year-old Caucasian female', "nth": 1}]},
    {"label": "K9", "case": AITL, "question": "Which mutations did the angioimmunoblastic T-cell lymphoma acquire?",
     "answer": "mutations in KMT2D and ARID1A", "evidence": "Genetic profiling of the patient revealed mutations in KMT2D and ARID1A",
     "alternatives": [{"answer": 'KMT2D, ARID1A', "evidence": 'Acquired genetic mutations: KMT2D, ARID1A'}, {"answer": 'KMT2D and ARID1A', "evidence": 'involved the genes KMT2D and ARID1A'}, {"answer": 'KMT2D c.5176C>T(p.Gln1726Ter), ARID1A', "evidence": 'comprising KMT2D c.5176C>T(p.Gln1726Ter), ARID1A'}]},
    {"label": "K10", "case": "PMC11431636", "question": "What monoclonal protein was found in the woman with cholangiocarcinoma and solitary plasmacytoma?",
     "answer": "monoclonal IgG Kappa", "evidence": "Serum protein electrophoresis revealed monoclonal IgG Kappa (0.7 g/dL).",
     "alternatives": [{"answer": 'monoclonal IgG Kappa', "evidence": 'showing monoclonal IgG Kappa (0.7 g/dL)'}]},
    {"label": "K11", "case": ITP, "question": "What dose of dexamethasone was given to the patient with refractory ITP?",
     "answer": "dexamethasone 10 mg IV QID for four days", "evidence": "dexamethasone 10 mg IV QID for four days (first cycle)",
     "alternatives": [{"answer": 'high-dose dexamethasone (10 mg IV every 6 h)', "evidence": 'we initiated high-dose dexamethasone (10 mg IV every 6 h)'}]},
    {"label": "U1", "case": ITP, "question": "What was the ferritin level of the woman with refractory ITP?",
     "answer": None, "search_regex": r"ferritin"},
    {"label": "U2", "case": DASA, "question": "What was the platelet count of the woman with dasatinib-induced chylothorax?",
     "answer": None, "search_regex": r"platelet(?!-derived)|\bPLT\b"},
    {"label": "U3", "case": AML, "question": "What induction chemotherapy did the woman with AML and hemolytic-uremic syndrome receive?",
     "answer": "azacitidine and venetoclax", "evidence": "the regimen for unfit patients (azacitidine and venetoclax)",
     "note": "the record states she was not a candidate for intensive chemotherapy; the regimen given answers"},
]

SEQUENCES = [
    {"label": "S1", "case": "seed-blinatumomab-all", "doc": TXT, "question": "What was done after Consolidation II in the blinatumomab case?",
     "answer": "Consolidation III (22.06.2024–20.07.2024)", "evidence": "Consolidation III (22.06.2024–20.07.2024)",
     "alternatives": [{"doc": CSV, "answer": "Consolidation III, 22.06.2024–20.07.2024", "evidence": "Consolidation III, 22.06.2024–20.07.2024"}]},
    {"label": "S2", "case": "seed-blinatumomab-all", "doc": TXT, "question": "What came before the blinatumomab prephase in the seed case?",
     "answer": "refractory to prephase of ALL-2022kz", "evidence": "refractory to prephase of ALL-2022kz",
     "alternatives": [{"doc": CSV, "answer": "2nd relapse prephase, 11.2023, prephase of ALL-2022kz", "evidence": "2nd relapse prephase, 11.2023, prephase of ALL-2022kz"}]},
    {"label": "S3", "case": ITP, "question": "What treatment did the refractory ITP patient get after she failed steroids?",
     "answer": "commenced on rituximab 500 mg IV weekly for four weeks", "evidence": "diagnosed with steroid-refractory ITP and commenced on rituximab 500 mg IV weekly for four weeks",
     "alternatives": [{"answer": 'she received rituximab 500 mg IV weekly for four weeks', "evidence": 'she received rituximab 500 mg IV weekly for four weeks'}]},
    {"label": "S4", "case": AITL, "question": "What therapy followed chidamide resistance in the AITL patient?",
     "answer": "salvage treatment with lenalidomide at 10 mg daily", "evidence": "chose salvage treatment with lenalidomide at 10 mg daily",
     "alternatives": [{"answer": 'continuous treatment with lenalidomide', "evidence": 'Soon after developing resistance to chidamide, continuous treatment with lenalidomide'}, {"answer": 'a prolonged remission with lenalidomide', "evidence": 'followed by a prolonged remission with lenalidomide after developing resistance to chidamide'}, {"answer": 'Subsequently treated with lenalidomide', "evidence": 'Subsequently treated with lenalidomide'}, {"answer": 'disease control achieved by lenalidomide', "evidence": 'disease control achieved by lenalidomide following the emergence of chidamide resistance'}, {"answer": 'the combination of lenalidomide and prednisone as a salvage therapy', "evidence": 'the combination of lenalidomide and prednisone as a salvage therapy'}]},
    {"label": "S5", "case": AML, "question": "What happened after the Legionella pneumonia stabilized in the AML patient?",
     "answer": "the patient developed oliguria, with grade 3 acute kidney injury", "evidence": "Following stabilization of her pneumonia, the patient developed oliguria, with grade 3 acute kidney injury",
     "alternatives": [{"answer": 'Experienced oliguria and grade 3 acute kidney injury', "evidence": 'Experienced oliguria and grade 3 acute kidney injury'}]},
    {"label": "S6", "case": DASA, "question": "What was done after the thoracentesis in the dasatinib chylothorax patient?",
     "answer": "Dasatinib therapy was discontinued during admission and bosutinib therapy", "evidence": "Dasatinib therapy was discontinued during admission and bosutinib therapy",
     "alternatives": [{"answer": 'Dasatinib was discontinued and bosutinib was initiated.', "evidence": 'Dasatinib was discontinued and bosutinib was initiated.'}, {"answer": "Dasatinib therapy was discontinued and a non-fat diet was prescribed", "evidence": "Dasatinib therapy was discontinued and a non-fat diet was prescribed"},
                      {"answer": "Dasatinib therapy was discontinued, while a different tyrosine kinase inhibitor, bosutinib, was initiated",
                       "evidence": "Dasatinib therapy was discontinued, while a different tyrosine kinase inhibitor, bosutinib, was initiated"}]},
]

COMPARES = [
    {"label": "C1", "question": "Compare the outcomes of the patients with lymphoma.", "evidence": lists_evidence("cl-034")},
    {"label": "C2", "question": "Compare the platelet counts of the ITP patient and the splenic angiosarcoma patient.",
     "evidence": {ITP: "platelets 15 × 10³/μL", ANGIO: "severe thrombocytopenia (24 k/mcL)"}},
    {"label": "C3", "question": "Compare how the hydatid cysts of the thigh were treated.",
     "evidence": {"PMC11447576": "the patient underwent surgical excision of the cystic swelling", "PMC11424762": "surgical excision was planned"}},
]

CONVERSATION = [
    {"label": "F1", "shape": "lookup", "case": ITP, "question": "What was the first treatment of the 18-year-old woman with refractory ITP?",
     "answer": "oral prednisolone", "evidence": "She initially responded to two months of oral prednisolone",
     "alternatives": [{"answer": 'initially treated with oral prednisolone', "evidence": 'was initially treated with oral prednisolone'}, {"answer": 'Initially responded to oral prednisolone', "evidence": 'Initially responded to oral prednisolone'}]},
    {"label": "F2", "shape": "lookup", "case": ITP, "question": "What about her platelets?",
     "answer": "platelets 15 × 103/μL", "evidence": "platelets 15 × 103/μL", "nth": 0,
     "alternatives": [{"answer": "platelets 0 × 103/μL", "evidence": "platelets 0 × 103/μL"},
                      {"answer": "platelets 365,000/μL", "evidence": "her complete blood count normalized (platelets 365,000/μL)"},
                      {"answer": "platelets 15 × 10³/μL (later as low as 0 × 10³/μL)", "evidence": "platelets 15 × 10³/μL (later as low as 0 × 10³/μL)"}],
     "note": "a follow-up: any of her platelet counts (presentation, nadir, recovery) answers"},
    {"label": "F3", "shape": "yesno", "case": ITP, "question": "Did she get IVIG?",
     "expected": "no", "evidence": "intravenous immunoglobulins (IVIg) were unavailable in our setting"},
    {"label": "F4", "shape": "sequence", "case": ITP, "question": "What was done after rituximab?",
     "answer": "splenectomy", "evidence": "led to a surgical consultation and splenectomy after platelet transfusion",
     "alternatives": [{"answer": 'consideration of splenectomy', "evidence": 'prompting consideration of splenectomy following routine pre-splenectomy vaccinations'}, {"answer": 'The open splenectomy', "evidence": 'The open splenectomy began'}]},
    {"label": "F5", "shape": "count", "question": "How many patients in the records had COVID-19?", "evidence": lists_evidence("cl-047"),
     "note": "records-wide after a case conversation: not a follow-up"},
    {"label": "F6", "shape": "list", "question": "Which patients in these records did not survive?", "evidence": lists_evidence("cl-049"),
     "rejected": {"PMC11483286": "a literature patient (Ripley et al., 1995) died, not this report's patient"},
     "note": "gold as case_lists cl-049 (12 deaths); the audit's PMC11483286 is a literature patient"},
]


def table() -> list[dict]:
    """All 49 specs: the audit's rows by shape, then the conversation in turn order."""
    conversation = [{**spec, "conversation": "conv1", "turn": i} for i, spec in enumerate(CONVERSATION, 1)]
    return by_shape(LISTS, YESNO, LOOKUPS, SEQUENCES, COMPARES) + conversation


if __name__ == "__main__":
    sys.exit(main(table(), "ua1", OUT))
