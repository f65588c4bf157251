"""Yes/no answers over ``benchmarks/sets/yes_no.jsonl`` (49 questions) on the shipped index.

For each question: search it with the assistant's retriever (the case comes from the top
passage), run ``YesNoAnswerer``, and compare the verdict with the label. The case is also
scored alone (was the retrieved case the labelled one?), and the verdict is scored a second
time with the labelled case given (what the answerer does when the case is right).
The 49 are split once, seeded, 60/40 into tune/report: rules were tuned on "tune" only.

    python benchmarks/yesno_eval.py [--index /tmp/testindex-k]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import REPO_ROOT, RESULTS_DIR  # noqa: E402  (sets offline env first)

from assistant.answer.yesno import YesNoAnswerer  # noqa: E402
from assistant.config import Settings  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402
from assistant.retrieve.hybrid import RetrievalResult  # noqa: E402

SET = REPO_ROOT / "benchmarks" / "sets" / "yes_no.jsonl"
CLASSES = ("yes", "no", "not_reported")
SEED = 20261126


def split(rows: list[dict]) -> dict[str, list[dict]]:
    """Seeded 60/40 split by id: tune / report."""
    ids = sorted(r["id"] for r in rows)
    random.Random(SEED).shuffle(ids)
    tune = set(ids[: round(0.6 * len(ids))])
    return {"tune": [r for r in rows if r["id"] in tune], "report": [r for r in rows if r["id"] not in tune]}


def answerer_for(assistant: Assistant) -> YesNoAnswerer:
    """The wiring the pipeline needs: texts of a case's documents, its title, document facts."""
    def docs_of(case_id: str) -> list[str]:
        return [d for d, r in assistant.retriever.registry.items() if r.case_id == case_id and r.complete]

    def case_texts(case_id: str) -> dict[str, str]:
        return assistant.document_texts(docs_of(case_id))

    def case_title(case_id: str) -> str:
        titles = [assistant.retriever.registry[d].title for d in docs_of(case_id)]
        return min(titles, key=len) if titles else case_id

    return YesNoAnswerer(case_texts, case_title, lambda d: assistant.retriever.registry.get(d))


def score(rows: list[dict], key: str) -> dict:
    by_class = {c: [r for r in rows if r["expected"] == c] for c in CLASSES}
    return {
        "n": len(rows),
        "accuracy": round(sum(r[key] == r["expected"] for r in rows) / max(1, len(rows)), 3),
        "per_class": {c: round(sum(r[key] == c for r in rs) / max(1, len(rs)), 3) for c, rs in by_class.items()},
        "confusion": {c: dict(Counter(r[key] for r in rs)) for c, rs in by_class.items()},
        "case_right": round(sum(r["case_right"] for r in rows) / max(1, len(rows)), 3),
    }


def run(index: Path) -> dict:
    assistant = Assistant(Settings().with_overrides(**{"index.dir": index}))
    answerer = answerer_for(assistant)
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for row in rows:
        retrieval = assistant.retriever.search(row["question"])
        case = retrieval.passages[0].case_id if retrieval.passages else None
        draft = answerer.answer(row["question"], retrieval)
        gold_passages = [p for p in retrieval.passages if p.case_id == row["case_id"]] or [_stub(row["case_id"])]
        oracle = answerer.answer(row["question"], RetrievalResult(gold_passages))
        out.append({
            "id": row["id"], "question": row["question"], "expected": row["expected"], "case_id": row["case_id"],
            "retrieved_case": case, "case_right": case == row["case_id"],
            "verdict": draft.verdict, "oracle_verdict": oracle.verdict,
            "quote": oracle.citations[0].quote if oracle.citations else "", "notices": oracle.notices,
        })
    parts = split(out)
    return {
        "set": str(SET.relative_to(REPO_ROOT)), "split_seed": SEED,
        "end_to_end": {name: score(rs, "verdict") for name, rs in {**parts, "all": out}.items()},
        "case_given": {name: score(rs, "oracle_verdict") for name, rs in {**parts, "all": out}.items()},
        "failures": [r for r in out if r["verdict"] != r["expected"] or r["oracle_verdict"] != r["expected"]],
        "rows": out,
    }


def _stub(case_id: str):
    from assistant.models import Passage

    return Passage("", "", "", 0.0, 0, 0, "", case_id=case_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path("/tmp/testindex-k"))
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "yesno.json")
    parser.add_argument("--show-report", action="store_true", help="also print the report part's failures (once, at the end)")
    args = parser.parse_args()
    result = run(args.index)
    for kind in ("end_to_end", "case_given"):
        for name, s in result[kind].items():
            print(f"{kind:10s} {name:6s} n={s['n']:2d} acc={s['accuracy']:.3f} case_right={s['case_right']:.3f} per_class={s['per_class']} confusion={s['confusion']}")
    tune = {r["id"] for r in split(result["rows"])["tune"]}
    for f in result["failures"]:
        if f["id"] not in tune and not args.show_report:
            continue  # tuning looks at the tune part only
        print(f"FAIL {f['id']} expected={f['expected']} got={f['verdict']} oracle={f['oracle_verdict']} case_right={f['case_right']} | {f['question']} | {f['quote'][:140]} {f['notices']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
