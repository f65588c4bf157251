"""`assistant eval`: one command, a report with the agreed keys, a Markdown summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.evaluate.runner import load_questions, markdown_summary, ranked_documents, strip_markers
from assistant.models import Passage
from tests.conftest import DATA, REPO

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}
REPORT_KEYS = {"n_questions", "retrieval", "answer", "citations", "abstention", "latency_ms", "per_question"}


def test_ranked_documents_count_a_document_once():
    passages = [Passage(f"c{i}", doc, "t", 1.0, 0, 1, "s") for i, doc in enumerate(["a", "a", "b", "a", "c"])]
    assert ranked_documents(passages, 10) == ["a", "b", "c"]
    assert ranked_documents(passages, 2) == ["a", "b"]


def test_strip_markers():
    assert strip_markers("The dose was 9 mcg/day. [1] It was tolerated. [2][3]") == "The dose was 9 mcg/day. It was tolerated."


def test_question_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "q.jsonl"
    bad.write_text('{"id": "a", "question": "ok?"}\n{"id": "b"}\n')
    with pytest.raises(ValueError, match=r"q.jsonl:2"):
        load_questions(bad)
    bad.write_text('{"id": "a", "question": "ok?"}\n{not json\n')
    with pytest.raises(ValueError, match=r"q.jsonl:2: invalid JSON"):
        load_questions(bad)


def test_eval_compare_end_to_end(tmp_path):
    out = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", str(DATA / "eval" / "questions.jsonl"), "--corpus", str(DATA / "eval" / "corpus.jsonl"),
         "--index-dir", str(tmp_path / "ix"), "--out", str(out), "--compare"],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(out.read_text())
    assert set(report) == {"bm25", "dense", "hybrid"}
    for mode, r in report.items():
        assert REPORT_KEYS <= set(r), mode
        assert r["n_questions"] == 5
        assert {"hit@1", "hit@5", "hit@10", "recall@10", "mrr@10", "ndcg@10"} <= set(r["retrieval"])
        assert {"rouge_l", "token_f1"} <= set(r["answer"])
        assert r["citations"]["validity"] == 1.0
        assert {"precision", "recall", "answered_rate"} <= set(r["abstention"])
        assert {"p50", "p95"} <= set(r["latency_ms"])
        q1 = next(q for q in r["per_question"] if q["id"] == "q1")
        assert q1["topic"] == "hematology"  # extra keys are carried through
        assert {"retrieved_ids", "answer", "citations", "scores"} <= set(q1)
        assert r["retrieval"]["hit@10"] == 1.0
    assert "eculizumab" in next(q for q in report["hybrid"]["per_question"] if q["id"] == "q1")["answer"].lower()
    summary = out.with_suffix(".md").read_text()
    assert "| hybrid |" in summary and "ndcg@10" in summary
    assert "| bm25 |" in proc.stdout


def test_eval_requires_its_own_index_dir(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "eval", str(DATA / "eval" / "questions.jsonl"), "--corpus", str(DATA / "eval" / "corpus.jsonl"), "--out", str(tmp_path / "r.json")],
        cwd=REPO, env=ENV, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2 and "--index-dir" in proc.stderr


def test_markdown_summary_has_one_row_per_mode():
    base = {"k": 10, "n_questions": 2, "retrieval": {"hit@1": 0.5, "hit@10": 1.0, "recall@10": 1.0, "mrr@10": 0.75, "ndcg@10": 0.8},
            "answer": {"rouge_l": 0.3, "token_f1": None}, "citations": {"validity": 1.0}, "abstention": {"precision": None, "recall": None, "answered_rate": 1.0},
            "latency_ms": {"p50": 10.0, "p95": 20.0}}
    table = markdown_summary({"bm25": base, "hybrid": base})
    assert table.count("\n") == 4 and "| hybrid | 2 | 0.500 |" in table
