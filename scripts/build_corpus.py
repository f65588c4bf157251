"""Rebuild the shipped corpus files and corpus/MANIFEST.json from ../shared/data (maintainers only).

MedR-Bench ships a treatment file and a diagnosis file of 100 cases each, with one
case (PMC11595896) in both. The corpus keeps the MedR-Bench shape in one file so
every PMCID is one document: the two `generate_case` dicts of the shared case are
merged (their `raw_case` texts are identical, checked below).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "case-reports"


def main() -> int:
    merged: dict[str, dict] = {}
    for name in ("medrbench_treatment_100.json", "medrbench_diagnosis_100.json"):
        for pmcid, record in json.loads((SHARED / name).read_text(encoding="utf-8")).items():
            if pmcid in merged:
                assert merged[pmcid]["raw_case"] == record["raw_case"], pmcid
                merged[pmcid]["generate_case"].update(record["generate_case"])
            else:
                merged[pmcid] = record
    out = ROOT / "corpus" / "case-reports" / "medrbench_cases.json"
    out.write_text(json.dumps(dict(sorted(merged.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(merged)} cases to {out.relative_to(ROOT)}")
    write_manifest(merged)
    return 0


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SEED_SOURCE = (
    "Kuttymuratov A.M., Kemaykin V.M., Vildanova R.F., Sergazina T.R., Zholdasova Sh.A., Temir N.K., Dairova N.B. "
    "Clinical Case of Successful Blinatumomab Use in an Adult Patient with Multiple Relapses of Acute Lymphoblastic "
    "Leukemia (B-II Variant). Oncology, Nuclear Medicine and Transplantology (eISSN 3105-8760), Conference Abstract A22, "
    "2025 (III International Scientific and Practical Conference, Astana, October 11-12, 2025)"
)
MEDR_SOURCE = "MedR-Bench (github MAGIC-AI4Med/MedRBench via wumingxin238/MedRBench @ 827ee187d7e0, data/MedRBench/demo_*_100.json)"


def write_manifest(cases: dict[str, dict]) -> None:
    corpus = ROOT / "corpus"
    seed = corpus / "seed" / "blinatumomab-relapsed-all-case.txt"
    record = corpus / "seed" / "blinatumomab-treatment-record.csv"
    reports = corpus / "case-reports" / "medrbench_cases.json"
    documents = [
        {
            "id": "seed/blinatumomab-relapsed-all-case.txt",
            "path": "seed/blinatumomab-relapsed-all-case.txt",
            "title": "Clinical Case of Successful Blinatumomab Use in an Adult Patient with Multiple Relapses of Acute Lymphoblastic Leukemia (B-II Variant)",
            "case_id": "seed-blinatumomab-all",
            "year": 2025,
            "source": SEED_SOURCE,
            "license": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as stated in the abstract",
            "sha256": sha256(seed),
        },
        {
            "id": "seed/blinatumomab-treatment-record.csv",
            "path": "seed/blinatumomab-treatment-record.csv",
            "title": "Treatment record: blinatumomab for multiply relapsed B-ALL (seed case)",
            "case_id": "seed-blinatumomab-all",
            "year": 2025,
            "source": "Written for this project from the facts stated in the seed abstract; adapted from: " + SEED_SOURCE,
            "license": "CC BY 4.0 (adaptation of the seed abstract; changes: restructured into one row per course)",
            "sha256": sha256(record),
        },
    ]
    for pmcid, case in sorted(cases.items()):
        received = str(case.get("receive_time") or "")
        documents.append(
            {
                "id": pmcid,
                "path": "case-reports/medrbench_cases.json",
                "title": case["raw_case"].strip().split("\n", 1)[0].strip()[:300],
                "case_id": pmcid,
                "year": int(received[:4]) if received[:4].isdigit() else None,
                "source": f"PubMed Central {pmcid} (https://www.ncbi.nlm.nih.gov/pmc/articles/{pmcid}/), via {MEDR_SOURCE}",
                "license": "CC BY-SA (MedR-Bench); the article also carries its own PMC open-access license",
                "sha256": sha256(reports),
            }
        )
    manifest = {
        "description": "Documents shipped in corpus/: where each comes from and under which license. sha256 is of the file at path.",
        "sources": [
            {"name": "seed abstract", "license": "CC BY 4.0", "attribution": SEED_SOURCE},
            {"name": "MedR-Bench case reports", "license": "CC BY-SA", "attribution": "Copyright (c) 2024 MAGIC: Medical Artificial General Intelligence Consortium; " + MEDR_SOURCE},
        ],
        "documents": documents,
    }
    path = corpus / "MANIFEST.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(documents)} entries to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
