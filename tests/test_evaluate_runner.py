"""`assistant eval`: one command, a report with the agreed keys, a Markdown summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from assistant.evaluate.runner import evaluate, load_questions, markdown_summary, question_filters, ranked_documents, strip_markers
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


SEED = "seed/blinatumomab-relapsed-all-case.txt"
RITUXIMAB = ["PMC11509864", "PMC11602322", "PMC11614595", "PMC11648237"]


@pytest.mark.parametrize("extra, message", [
    ({"expected": "maybe"}, "'expected' must be one of yes, no, not_reported"),
    ({"gold_cases": "PMC1"}, "'gold_cases' must be a list of case id strings"),
    ({"gold_cases": ["PMC1", 7]}, "'gold_cases' must be a list"),
    ({"answer_text": "x", "answer_start": "12", "relevant_ids": ["d"]}, "'answer_start' must be a non-negative integer"),
    ({"answer_text": "x", "answer_start": True, "relevant_ids": ["d"]}, "'answer_start' must be a non-negative integer"),
    ({"answer_text": "x", "answer_start": 3}, "'answer_start' needs 'answer_text' and 'relevant_ids'"),
    ({"answer_start": 3, "relevant_ids": ["d"]}, "'answer_start' needs 'answer_text'"),
    ({"answer_text": ""}, "'answer_text' must be a non-empty string"),
    ({"shape": "essay"}, "'shape' must be one of"),
    ({"filters": "PMC1"}, "'filters' must be an object"),
    ({"filters": {"paper": "PMC1"}}, "filters: unknown filter 'paper'"),
])
def test_bad_labels_name_file_and_line(tmp_path, extra, message):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "question": "ok?"}\n' + json.dumps({"id": "b", "question": "q?", **extra}) + "\n")
    with pytest.raises(ValueError, match=r"q\.jsonl:2: " + message.replace("(", r"\(")):
        load_questions(path)


def test_good_labels_load(tmp_path):
    path = tmp_path / "q.jsonl"
    lines = [{"id": "c", "question": "q?", "shape": "count", "gold_cases": []}, {"id": "v", "question": "q?", "expected": "not_reported"},
             {"id": "s", "question": "q?", "answer_text": "x", "answer_start": 0, "relevant_ids": ["d"]}, {"id": "t", "question": "q?", "answer_text": "x"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert [q["id"] for q in load_questions(path)] == ["c", "v", "s", "t"]


def test_a_question_line_names_its_filter_document_as_the_corpus_does():
    registry = {"corpus:PMC11342857": None, "covidqa-dev-3ba6a4:cord1546": None}
    assert question_filters({"id": "a", "question": "q?"}, registry) is None
    assert question_filters({"filters": {"doc_id": "cord1546"}}, registry).doc_id == "covidqa-dev-3ba6a4:cord1546"
    assert question_filters({"filters": {"doc": "corpus:PMC11342857"}}, registry).doc_id == "corpus:PMC11342857"
    assert question_filters({"filters": {"doc_id": "unknown"}}, registry).doc_id == "unknown"  # filters to nothing, never widens


def test_a_question_asked_with_its_document_selected_cites_only_that_document(shipped, tmp_path):
    other = "PMC11342857"
    path = tmp_path / "q.jsonl"
    path.write_text(json.dumps({"id": "f", "question": "What dose of blinatumomab was used in the prephase?", "filters": {"doc_id": other}}) + "\n")
    report = evaluate(shipped, load_questions(path), mode="hybrid", k=10, progress=False)
    row = report["per_question"][0]
    assert row["retrieved_ids"] == [other]
    assert all(c["doc_id"] == f"corpus:{other}" for c in row["citations"])


def _unit(value):
    return value is not None and 0.0 <= value <= 1.0


def test_evaluate_scores_cases_verdicts_and_spans(shipped, tmp_path):
    text = shipped.document_texts([f"corpus:{SEED}"])[f"corpus:{SEED}"]
    lines = [
        {"id": "c1", "question": "How many patients in the case records received rituximab?", "shape": "count", "gold_cases": RITUXIMAB},
        {"id": "v1", "question": "Did the young adult with multiply relapsed B-ALL have infections during blinatumomab therapy?", "expected": "yes"},
        {"id": "s1", "question": "What dose of blinatumomab was used in the prephase for the adult with multiply relapsed B-ALL?",
         "relevant_ids": [SEED], "answer_text": "9 mcg/day", "answer_start": text.index("9 mcg/day")},
    ]
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    report = evaluate(shipped, load_questions(path), mode="hybrid", k=10, progress=False)
    cases, verdicts, spans = report["cases"], report["verdicts"], report["spans"]
    assert cases["n"] == 1 and cases["n_count"] == 1
    assert cases["count_error"] is not None and cases["count_error"] >= 0
    assert _unit(cases["recall"]) and _unit(cases["count_exact"]) and _unit(cases["micro_recall"])
    assert verdicts["n"] == 1 and _unit(verdicts["accuracy"])
    assert sum(verdicts["confusion"]["yes"].values()) == 1
    assert spans["n"] == 1 and spans["n_located"] == 1
    assert all(_unit(spans[key]) for key in ("in_answer", "in_short_answer", "covered", "overlaps"))
    rows = {row["id"]: row for row in report["per_question"]}
    assert rows["c1"]["expected_shape"] == "count" and {"shape", "cases", "case_count", "verdict", "short_answer"} <= set(rows["c1"])
    assert rows["v1"]["verdict_outcome"] in {"yes", "no", "not_reported", "abstained", "no_verdict"}
    assert "span_covered" in rows["s1"]["scores"] and "case_recall" not in rows["s1"]["scores"]
    table = markdown_summary({"hybrid": report})
    assert all(name in table for name in ("case recall", "count error", "verdict accuracy", "span covered by quote", "span in answer"))


def test_markdown_summary_shows_shaped_columns_only_with_data():
    base = {"k": 10, "n_questions": 1, "retrieval": {}, "answer": {"rouge_l": None, "token_f1": None}, "citations": {"validity": None},
            "abstention": {"precision": None, "recall": None, "answered_rate": None}, "latency_ms": {"p50": 1.0, "p95": 1.0},
            "cases": {"recall": None, "precision": None, "count_error": None}, "verdicts": {"accuracy": 0.5}, "spans": {"covered": None, "in_answer": None}}
    table = markdown_summary({"hybrid": base})
    assert "verdict accuracy" in table and "| 0.500 |" in table
    assert "case recall" not in table and "span in answer" not in table
