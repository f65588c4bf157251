"""Convert PubMedQA PQA-L dev (500 questions) into the benchmark's corpus/questions JSONL.

One document per PMID (its CONTEXTS, i.e. the abstract without its conclusion); the
question's only relevant document is its own PMID and the reference answer is LONG_ANSWER.
Source: PubMedQA (Jin et al., 2019), MIT license - see shared/data/pubmedqa-dev/LICENSE.txt.

    .venv/bin/python benchmarks/pubmedqa_convert.py [--data PATH.json] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "pubmedqa-dev" / "pubmedqa_dev_500.json"
DEFAULT_OUT = REPO_ROOT / "benchmarks" / "data" / "pubmedqa"
SOURCE = "PubMedQA PQA-L (MIT)"


def _document(pmid: str, rec: dict) -> dict:
    metadata: dict = {
        "meshes": "; ".join(rec.get("MESHES") or []),
        "source": SOURCE,
        "license": "MIT",
    }
    year = rec.get("YEAR")  # a string such as "2000", or null in 36 of the 500 records
    if year not in (None, ""):
        metadata["year"] = int(year)
    if rec.get("LABELS"):
        metadata["labels"] = "; ".join(rec["LABELS"])
    return {
        "id": pmid,
        "title": f"PubMed {pmid}",
        "text": "\n\n".join(rec["CONTEXTS"]),
        "metadata": metadata,
    }


def _question(pmid: str, rec: dict) -> dict:
    return {
        "id": f"pqa-{pmid}",
        "question": rec["QUESTION"],
        "reference_answer": rec["LONG_ANSWER"],
        "relevant_ids": [pmid],
        "answerable": True,
        "final_decision": rec["final_decision"],
    }


def convert(data_path: Path, out_dir: Path) -> tuple[int, int]:
    """Write corpus.jsonl and questions.jsonl into out_dir; return (n_docs, n_questions)."""
    data = json.loads(Path(data_path).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{data_path}: expected a JSON object keyed by PMID")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    n_docs = n_questions = 0
    with (out_dir / "corpus.jsonl").open("w", encoding="utf-8") as corpus, (
        out_dir / "questions.jsonl"
    ).open("w", encoding="utf-8") as questions:
        for pmid, rec in data.items():
            pmid = str(pmid)
            corpus.write(json.dumps(_document(pmid, rec), ensure_ascii=False) + "\n")
            questions.write(json.dumps(_question(pmid, rec), ensure_ascii=False) + "\n")
            n_docs += 1
            n_questions += 1
    return n_docs, n_questions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="pubmedqa_dev_500.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    n_docs, n_questions = convert(args.data, args.out)
    print(f"wrote {n_docs} documents and {n_questions} questions to {args.out}")


if __name__ == "__main__":
    main()
