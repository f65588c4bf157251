"""Rebuild ``benchmarks/sets/sequence.jsonl`` with verbatim evidence spans.

The first version carried paraphrased answers (``answer_text`` never occurs in any
answer: span-in-answer 0). Here each question gets the shortest span that decides it,
copied from the document as indexed (for the seed case the treatment record's row, which
``ingest.treatment`` renders, or the abstract), with ``answer_start`` and
``relevant_ids``; the seed questions also carry the abstract's (or record's) wording as
``alternatives``. The paraphrase stays as ``reference_answer``. Every span was chosen by
reading the question against the document, and the script checks that each is a verbatim
substring at its offset.

    .venv/bin/python benchmarks/sequence_spans.py --index-dir DIR   # an index of the shipped corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SET = REPO / "benchmarks" / "sets" / "sequence.jsonl"
REC = "corpus:seed/blinatumomab-treatment-record.csv"
ABS = "corpus:seed/blinatumomab-relapsed-all-case.txt"

# id -> [(document, verbatim span), ...]: the first is the gold span, the rest alternatives.
SPANS: dict[str, list[tuple[str, str]]] = {
    "seq-001": [(REC, "Follow-up, 10.2024: MRD negative, remission sustained"), (ABS, "Remission was sustained in October 2024")],
    "seq-002": [(REC, "MRD negative, 1% blasts, result on 17.01.2024"), (ABS, "Result on 17.01.2024: MRD (–), 1% blasts")],
    "seq-003": [(REC, "ALL REZ BFM 2002"), (ABS, "ALL REZ BFM 2002")],
    "seq-004": [(REC, "Induction I, 27.12.2023–16.01.2024, blinatumomab monotherapy"), (ABS, "Induction I (27.12.2023–16.01.2024): blinatumomab monotherapy")],
    "seq-005": [(REC, "Consolidation II, 12.04.2024–09.05.2024, blinatumomab: MRD negative, 1% blasts"), (ABS, "Consolidation II (12.04.2024–09.05.2024): MRD (-), 1% blasts")],
    "seq-006": [(REC, "prephase of ALL-2022kz: 84.6% blasts, refractory"), (ABS, "refractory to prephase of ALL-2022kz")],
    "seq-007": [(REC, "MRD negative, 0.6% blasts, complete hematologic response maintained"), (ABS, "MRD (–), 0.6% blasts, complete hematologic response maintained")],
    "seq-008": [(REC, "2nd relapse prephase, 11.2023"), (ABS, "2nd relapse—Nov 2023")],
    "seq-009": [(REC, "Consolidation IV, 22.08.2024–18.09.2024"), (ABS, "Consolidation IV (22.08.2024–18.09.2024)")],
    "seq-010": [(REC, "Follow-up, 10.2024: MRD negative, remission sustained, 0.000% by IHC"), (ABS, "Remission was sustained in October 2024")],
    "seq-011": [(ABS, "treated according to ALL-BFM-2000 + cranial irradiation (12 Gy)"), (REC, "Initial therapy, 04.2009, ALL-BFM-2000 + cranial irradiation")],
    "seq-012": [("corpus:PMC11547072", "enabling the initiation of leukemia treatment the subsequent week")],
    "seq-013": [("corpus:PMC11648237", "splenectomy after platelet transfusion and pneumococcal vaccination")],
    # The full case report's restatement, added in stop 14 (the course reader had read the abstract's short case section until then).
    "seq-014": [("corpus:PMC11648237", "initially treated with oral prednisolone for two months"), ("corpus:PMC11648237", "She initially responded to two months of oral prednisolone")],
    "seq-015": [("corpus:PMC11631872", "consolidation with BEAM (carmustine, etoposide, cytarabine, and melphalan)-conditioned ASCT in June 2014")],
    "seq-016": [("corpus:PMC11631872", "salvage treatment with lenalidomide at 10 mg daily")],
    "seq-017": [("corpus:PMC11631872", "single-agent chidamide was administered orally at a dosage of 30mg twice per week as salvage therapy")],
    "seq-018": [("corpus:PMC11602322", "She received the treatment of Rituximab, Temozolomide and Orelabrutinib")],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    args = parser.parse_args()
    from assistant.config import Settings
    from assistant.index.store import Store
    from assistant.ingest.identity import local_id

    store = Store(Settings().with_overrides(**{"index.dir": args.index_dir}))
    texts = store.doc_texts(sorted({d for spans in SPANS.values() for d, _ in spans}))
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        located = []
        for doc, span in SPANS[row["id"]]:
            start = texts[doc].find(span)
            assert start >= 0, (row["id"], doc, span)
            assert texts[doc][start : start + len(span)] == span
            located.append({"doc": local_id(doc), "answer_text": span, "answer_start": start})
        if "reference_answer" not in row:
            row["reference_answer"] = row.pop("answer_text")
        row.update(answer_text=located[0]["answer_text"], answer_start=located[0]["answer_start"], relevant_ids=[located[0]["doc"]], alternatives=located[1:])
        row["shape"] = "sequence"
    SET.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {SET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
