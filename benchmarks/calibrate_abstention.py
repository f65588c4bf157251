"""Calibrate ``answer.abstain_threshold`` on labelled questions over the shipped corpus.

Runs the questions through the assistant with abstention off (threshold 0), collects each
question's evidence score, and picks the threshold with
``assistant.evaluate.calibrate.choose_threshold``. Copy the printed value into
``assistant/config.py`` (AnswerSettings.abstain_threshold) and docs/evaluation.md.

Several ``--questions`` files may be given. A question counts as answerable when its
``answerable`` is true and, where present, its ``answerable_in_case_corpus`` is not false
(public-set questions asked of the case corpus have no answer there). Yes/no questions
about an event and questions across cases have their own answerers, which do not use the
threshold; their outcomes are reported beside the calibration.

    .venv/bin/python benchmarks/calibrate_abstention.py --index-dir /tmp/ix \
        --questions benchmarks/sets/mixed_abstention.jsonl --questions benchmarks/sets/mixed_public.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import Settings  # noqa: E402
from assistant.evaluate.calibrate import choose_threshold  # noqa: E402
from assistant.evaluate.runner import load_questions  # noqa: E402
from assistant.index.sync import sync  # noqa: E402
from assistant.pipeline import Assistant  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, action="append", help="question JSONL (repeatable; default: the reference questions)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "abstention_calibration.json")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="a settings override, e.g. answer.not_reported_check=false")
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    settings = Settings().with_overrides(**{"index.dir": args.index_dir, **overrides, "answer.abstain_threshold": 0.0})
    sync([settings.paths.corpus_dir], settings)
    assistant = Assistant(settings)
    rows = []
    files = args.questions or [REPO / "tests" / "data" / "reference_questions.jsonl"]
    for q in (q for path in files for q in load_questions(path)):
        answer = assistant.ask(q["question"])
        answerable = bool(q["answerable"]) and q.get("answerable_in_case_corpus", True) is not False
        rows.append({"id": q["id"], "answerable": answerable, "evidence": round(answer.evidence_score, 4), "shape": answer.shape, "verdict": answer.verdict, "question": q["question"]})
    answerable = [r["evidence"] for r in rows if r["answerable"]]
    unanswerable = [r["evidence"] for r in rows if not r["answerable"]]
    c = choose_threshold(answerable, unanswerable)
    result = {"threshold": c.threshold, "cost": c.cost, "wrongly_answered": c.wrongly_answered, "wrongly_refused": c.wrongly_refused,
              "n_answerable": c.n_answerable, "n_unanswerable": c.n_unanswerable, "margin": c.margin, "questions": sorted(rows, key=lambda r: r["evidence"])}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for r in result["questions"]:
        print(f"{r['evidence']:.3f} {'A' if r['answerable'] else 'U'} {r['question'][:90]}")
    print(f"\nthreshold {c.threshold} (cost {c.cost}: {c.wrongly_answered} unanswerable answered, {c.wrongly_refused} answerable refused; margin {c.margin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
