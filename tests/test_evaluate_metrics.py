"""Hand-computed checks for assistant.evaluate.metrics and assistant.evaluate.shape_metrics.

Every expected number is written as a literal with the arithmetic that gives it, so a
failing test points at either the metric or the hand derivation, never at a re-implementation.
"""

import math

import pytest

from assistant.evaluate.metrics import (
    abstention_metrics,
    citation_validity,
    per_query_retrieval,
    percentiles,
    retrieval_metrics,
    rouge_l,
    token_f1,
)
from assistant.evaluate.shape_metrics import (
    case_scores,
    case_summary,
    contains_text,
    span_scores,
    span_summary,
    verdict_outcome,
    verdict_summary,
)

KEYS10 = {"hit@1", "hit@5", "hit@10", "recall@10", "mrr@10", "ndcg@10"}

# nDCG for relevant at ranks 2 and 4 out of 2 relevant:
# DCG  = 1/log2(3) + 1/log2(5) = 0.6309298 + 0.4306766 = 1.0616064
# IDCG = 1/log2(2) + 1/log2(3) = 1 + 0.6309298         = 1.6309298
# nDCG = 1.0616064 / 1.6309298                          = 0.6509209
NDCG_RANKS_2_4 = 0.6509209


# --------------------------------------------------------------------------- retrieval


def test_single_query_relevant_at_ranks_2_and_4():
    run = {"q1": ["c", "a", "d", "b", "e"]}
    qrels = {"q1": {"a", "b"}}
    m = retrieval_metrics(run, qrels)
    assert set(m) == KEYS10
    assert m["hit@1"] == 0.0  # rank 1 is "c", not relevant
    assert m["hit@5"] == 1.0
    assert m["hit@10"] == 1.0
    assert m["recall@10"] == 1.0  # both of 2 relevant found
    assert m["mrr@10"] == pytest.approx(0.5)  # first relevant at rank 2
    assert m["ndcg@10"] == pytest.approx(NDCG_RANKS_2_4, abs=1e-6)


def test_duplicates_count_once_at_first_rank():
    # Chunks of one document repeat its id; de-duplicated list is c, a, d, b -> same
    # numbers as the case above (a at rank 2, b at rank 4), not a at rank 4, b at rank 7.
    run = {"q1": ["c", "c", "c", "a", "a", "d", "b", "b"]}
    qrels = {"q1": ["a", "b"]}
    m = retrieval_metrics(run, qrels)
    assert m["hit@1"] == 0.0
    assert m["recall@10"] == 1.0
    assert m["mrr@10"] == pytest.approx(0.5)
    assert m["ndcg@10"] == pytest.approx(NDCG_RANKS_2_4, abs=1e-6)


def test_duplicate_relevant_doc_is_not_counted_twice():
    # a, a, a: one relevant document at rank 1; DCG would be 1 + 0.63 + 0.5 if counted
    # per chunk, but must stay 1 / IDCG(1 relevant) = 1.0.
    m = retrieval_metrics({"q": ["a", "a", "a"]}, {"q": {"a"}})
    assert m["ndcg@10"] == pytest.approx(1.0)
    assert m["recall@10"] == 1.0


def test_partial_recall():
    # relevant {a, b}, only a retrieved at rank 1:
    # recall = 1/2 ; nDCG = (1/log2(2)) / (1 + 1/log2(3)) = 1 / 1.6309298 = 0.6131472
    m = retrieval_metrics({"q": ["a", "c"]}, {"q": {"a", "b"}})
    assert m["hit@1"] == 1.0
    assert m["recall@10"] == pytest.approx(0.5)
    assert m["mrr@10"] == pytest.approx(1.0)
    assert m["ndcg@10"] == pytest.approx(0.6131472, abs=1e-6)


def test_average_skips_questions_without_relevant_ids():
    run = {
        "q1": ["c", "a", "d", "b", "e"],  # as above: hit@1 0, mrr 0.5, ndcg 0.6509209
        "q2": ["x", "y"],  # relevant x at rank 1: every metric 1.0
        "q3": ["foo", "bar"],  # no relevant ids -> skipped, not averaged as 0
    }
    qrels = {"q1": {"a", "b"}, "q2": {"x"}, "q3": set()}
    m = retrieval_metrics(run, qrels)
    assert m["hit@1"] == pytest.approx(0.5)  # (0 + 1) / 2
    assert m["hit@5"] == pytest.approx(1.0)
    assert m["recall@10"] == pytest.approx(1.0)
    assert m["mrr@10"] == pytest.approx(0.75)  # (0.5 + 1) / 2
    assert m["ndcg@10"] == pytest.approx(0.8254605, abs=1e-6)  # (0.6509209 + 1) / 2

    per_q = per_query_retrieval(run, qrels)
    assert set(per_q) == {"q1", "q2"}
    assert per_q["q1"]["mrr@10"] == pytest.approx(0.5)
    assert per_q["q2"] == {k: 1.0 for k in KEYS10}


def test_question_missing_from_run_or_empty_ranking_scores_zero():
    # q2 and q3 have relevant docs but nothing retrieved: they count, as zeros.
    run = {"q1": ["x"], "q3": []}
    qrels = {"q1": {"x"}, "q2": {"y"}, "q3": {"z"}}
    m = retrieval_metrics(run, qrels)
    assert m["hit@1"] == pytest.approx(1 / 3)  # (1 + 0 + 0) / 3
    assert m["mrr@10"] == pytest.approx(1 / 3)
    per_q = per_query_retrieval(run, qrels)
    assert per_q["q2"] == {k: 0.0 for k in KEYS10}
    assert per_q["q3"] == {k: 0.0 for k in KEYS10}


def test_run_entries_not_in_qrels_are_ignored():
    m = retrieval_metrics({"q1": ["x"], "extra": ["y"]}, {"q1": {"x"}})
    assert m["hit@1"] == 1.0


def test_no_evaluable_question_gives_nan():
    m = retrieval_metrics({"q": ["a"]}, {"q": set()})
    assert set(m) == KEYS10
    assert all(math.isnan(v) for v in m.values())


def test_k_other_than_10_changes_key_names_and_cutoff():
    # relevant a at de-duplicated rank 4, k = 3:
    # hit@1 0, hit@5 1 (fixed cutoff 5), and at cutoff 3 everything is 0 (rank 4 > 3).
    m = retrieval_metrics({"q": ["c", "d", "e", "a"]}, {"q": {"a"}}, k=3)
    assert set(m) == {"hit@1", "hit@5", "hit@3", "recall@3", "mrr@3", "ndcg@3"}
    assert m["hit@1"] == 0.0
    assert m["hit@5"] == 1.0
    assert m["hit@3"] == 0.0
    assert m["recall@3"] == 0.0
    assert m["mrr@3"] == 0.0  # RR is cut at k: 1/4 without the cutoff
    assert m["ndcg@3"] == 0.0


def test_k_20_sees_ranks_beyond_10():
    # relevant at de-duplicated rank 12: 0 at cutoff 10; at cutoff 20 mrr = 1/12,
    # ndcg = (1/log2(13)) / 1 = 1 / 3.7004397 = 0.2702381
    ranking = [f"n{i}" for i in range(11)] + ["a"]
    m10 = retrieval_metrics({"q": ranking}, {"q": {"a"}})
    m20 = retrieval_metrics({"q": ranking}, {"q": {"a"}}, k=20)
    assert m10["hit@10"] == 0.0 and m10["mrr@10"] == 0.0
    assert m20["hit@20"] == 1.0
    assert m20["mrr@20"] == pytest.approx(1 / 12)
    assert m20["ndcg@20"] == pytest.approx(0.2702381, abs=1e-6)


def test_qrels_as_lists_or_sets_agree():
    run = {"q1": ["c", "a", "d", "b"]}
    assert retrieval_metrics(run, {"q1": ["a", "b"]}) == retrieval_metrics(run, {"q1": {"a", "b"}})


# --------------------------------------------------------------------------- token F1


def test_token_f1_partial_overlap():
    # pred -> "cat sat on mat" (4 tokens, articles and "." removed); ref -> "cat sat" (2)
    # overlap 2: P = 2/4, R = 2/2, F1 = 2 * 0.5 * 1 / 1.5 = 0.6666667
    assert token_f1("The cat sat on the mat.", "A cat sat.") == pytest.approx(2 / 3)


def test_token_f1_bag_overlap_counts_repeats_once_per_match():
    # pred dose x3, ref dose x1: overlap min(3, 1) = 1; P = 1/3, R = 1, F1 = 0.5
    assert token_f1("dose dose dose", "dose") == pytest.approx(0.5)


def test_token_f1_normalisation_and_no_overlap():
    assert token_f1("Yes.", "yes") == 1.0
    assert token_f1("aspirin", "heparin") == 0.0


def test_token_f1_empty():
    assert token_f1("", "") == 1.0
    assert token_f1("The!", "") == 1.0  # both empty after normalisation
    assert token_f1("", "remission") == 0.0
    assert token_f1("remission", "") == 0.0


# --------------------------------------------------------------------------- ROUGE-L


def test_rouge_l_lcs_with_stemming():
    # pred tokens: the patient was treated with blinatumomab (6)
    # ref tokens:  patient treated with blinatumomab (4)
    # LCS = patient treat with blinatumomab = 4; P = 4/6, R = 4/4, F = 2PR/(P+R) = 0.8
    assert rouge_l(
        "The patient was treated with blinatumomab", "patient treated with blinatumomab"
    ) == pytest.approx(0.8)
    # Porter stemming: treated / treating -> treat
    assert rouge_l("treated", "treating") == pytest.approx(1.0)


def test_rouge_l_word_order_matters_unlike_token_f1():
    # LCS of "aspirin heparin" and "heparin aspirin" is 1 token: P = R = 1/2, F = 0.5
    assert rouge_l("aspirin heparin", "heparin aspirin") == pytest.approx(0.5)
    assert token_f1("aspirin heparin", "heparin aspirin") == pytest.approx(1.0)


def test_rouge_l_empty_prediction():
    assert rouge_l("", "complete remission") == 0.0
    assert rouge_l("", "") == 0.0  # rouge_score's own convention, kept


# --------------------------------------------------------------------------- citations

DOCS = {"d1": "Blinatumomab induced remission."}
# "Blinatumomab" = [0:12], "induced" = [13:20]


def test_citation_validity_share():
    citations = [
        {"doc_id": "d1", "char_start": 0, "char_end": 12, "quote": "Blinatumomab"},  # valid
        {"doc_id": "d1", "char_start": 1, "char_end": 13, "quote": "Blinatumomab"},  # off by 1
        {"doc_id": "d9", "char_start": 0, "char_end": 12, "quote": "Blinatumomab"},  # no doc
        {"doc_id": "d1", "char_start": 13, "char_end": 20, "quote": "induced"},  # valid
    ]
    assert citation_validity(citations, DOCS) == pytest.approx(0.5)  # 2 of 4


def test_citation_validity_none_without_citations():
    assert citation_validity([], DOCS) is None


def test_citation_validity_rejects_degenerate_citations():
    bad = [
        {"doc_id": "d1", "char_start": -8, "char_end": 30, "quote": "mission"},  # negative index
        {"doc_id": "d1", "char_start": 5, "char_end": 5, "quote": ""},  # empty quote
        {"doc_id": "d1", "char_start": 13, "quote": "induced"},  # missing char_end
        {"doc_id": "d1", "char_start": 13, "char_end": 99, "quote": "induced remission."},
    ]
    assert citation_validity(bad, DOCS) == 0.0


def test_citation_validity_is_exact_match():
    # same span, different case -> invalid
    c = [{"doc_id": "d1", "char_start": 0, "char_end": 12, "quote": "blinatumomab"}]
    assert citation_validity(c, DOCS) == 0.0


# --------------------------------------------------------------------------- abstention


def test_abstention_metrics():
    answerable = [True, True, True, False, False]
    abstained = [False, True, False, True, False]
    m = abstention_metrics(answerable, abstained)
    assert m["precision"] == pytest.approx(0.5)  # 2 abstentions, 1 on an unanswerable one
    assert m["recall"] == pytest.approx(0.5)  # 2 unanswerable, abstained on 1
    assert m["answered_rate"] == pytest.approx(2 / 3)  # 3 answerable, answered 2


def test_abstention_metrics_undefined_parts_are_none():
    assert abstention_metrics([True, False], [False, False])["precision"] is None
    assert abstention_metrics([True, True], [True, False])["recall"] is None
    only_unanswerable = abstention_metrics([False, False], [True, False])
    assert only_unanswerable["answered_rate"] is None
    assert only_unanswerable["precision"] == 1.0
    assert only_unanswerable["recall"] == 0.5
    assert abstention_metrics([], []) == {"precision": None, "recall": None, "answered_rate": None}


def test_abstention_metrics_length_mismatch():
    with pytest.raises(ValueError):
        abstention_metrics([True], [True, False])


# --------------------------------------------------------------------------- latency


def test_percentiles_linear():
    # [10, 20, 30, 40]: p50 at position 1.5 -> 25.0; p95 at 0.95*3 = 2.85 -> 30 + 0.85*10 = 38.5
    assert percentiles([40, 10, 30, 20]) == {"p50": 25.0, "p95": 38.5}
    # [1, 2, 3, 4, 100]: p50 = 3; p95 at 0.95*4 = 3.8 -> 4 + 0.8*96 = 80.8
    assert percentiles([1, 2, 3, 4, 100]) == {"p50": 3.0, "p95": 80.8}


def test_percentiles_rounding_and_empty():
    assert percentiles([1.234]) == {"p50": 1.2, "p95": 1.2}
    assert percentiles([]) == {"p50": None, "p95": None}


# --------------------------------------------------------------------------- shaped answers


def test_case_scores_recall_precision_count_error():
    # gold a, b, c, d; listed b, d, x (and b again): found 2 -> recall 2/4, precision 2/3
    s = case_scores(["a", "b", "c", "d"], ["b", "d", "x", "b"], count=3, count_question=True)
    assert s["case_recall"] == pytest.approx(0.5)
    assert s["case_precision"] == pytest.approx(2 / 3)
    assert s["count_error"] == 1.0  # |3 - 4|
    assert s["count_exact"] == 0.0
    assert (s["cases_found"], s["cases_gold"], s["cases_listed"]) == (2.0, 4.0, 3.0)


def test_case_scores_exact_count_only_for_count_questions():
    assert case_scores(["a", "b"], ["a", "b"], count=2, count_question=True)["count_exact"] == 1.0
    assert case_scores(["a", "b"], ["a", "b"], count=2)["count_exact"] is None


def test_case_scores_missing_count_is_zero_and_undefined_parts_are_none():
    s = case_scores(["a", "b"], [], count=None, count_question=True)
    assert s["case_recall"] == 0.0  # 0 of 2 gold listed
    assert s["case_precision"] is None  # nothing listed
    assert s["count_error"] == 2.0  # |0 - 2|
    none = case_scores([], [], count=None, count_question=True)  # gold "none", answered none
    assert none["case_recall"] is None and none["count_error"] == 0.0 and none["count_exact"] == 1.0
    wrong = case_scores([], ["x"], count=1)
    assert wrong["case_precision"] == 0.0 and wrong["count_error"] == 1.0


def test_case_summary_macro_and_micro():
    q1 = case_scores(["a", "b", "c", "d"], ["a"], count=1, count_question=True)  # R 1/4, P 1/1, err 3
    q2 = case_scores(["e"], ["e", "f"], count=2)  # R 1/1, P 1/2, err 1
    q3 = case_scores([], [], count=0, count_question=True)  # R -, P -, err 0, exact
    s = case_summary([q1, q2, q3])
    assert s["n"] == 3 and s["n_count"] == 2
    assert s["recall"] == pytest.approx((0.25 + 1.0) / 2)
    assert s["precision"] == pytest.approx((1.0 + 0.5) / 2)
    assert s["count_error"] == pytest.approx((3 + 1 + 0) / 3)
    assert s["count_exact"] == pytest.approx((0 + 1) / 2)  # q1 wrong, q3 right
    assert s["micro_recall"] == pytest.approx(2 / 5)  # found 1 + 1 of gold 4 + 1
    assert s["micro_precision"] == pytest.approx(2 / 3)  # found 2 of listed 1 + 2


def test_case_summary_empty():
    s = case_summary([])
    assert s["n"] == 0 and s["recall"] is None and s["micro_recall"] is None and s["count_exact"] is None


def test_verdict_outcome_abstention_rule():
    assert verdict_outcome("yes", False) == "yes"
    assert verdict_outcome("not_reported", False) == "not_reported"
    assert verdict_outcome(None, False) == "no_verdict"
    assert verdict_outcome("maybe", False) == "no_verdict"
    assert verdict_outcome(None, True) == "abstained"
    assert verdict_outcome("yes", True) == "abstained"  # a refusal wins over a stray verdict
    assert verdict_outcome("not_reported", True) == "not_reported"  # a refusal that states the absence


def test_verdict_summary_accuracy_and_confusion():
    expected = ["yes", "yes", "no", "not_reported", "not_reported", "no"]
    outcomes = ["yes", "no", "no", "abstained", "not_reported", "no_verdict"]
    s = verdict_summary(expected, outcomes)
    assert s["n"] == 6 and s["n_abstained"] == 1
    assert s["accuracy"] == pytest.approx(3 / 6)  # rows 1, 3, 5
    assert s["per_class"] == {"yes": 0.5, "no": 0.5, "not_reported": 0.5}
    assert s["confusion"]["yes"] == {"yes": 1, "no": 1, "not_reported": 0, "abstained": 0, "no_verdict": 0}
    assert s["confusion"]["not_reported"]["abstained"] == 1
    assert s["confusion"]["no"]["no_verdict"] == 1
    assert sum(sum(row.values()) for row in s["confusion"].values()) == 6


def test_verdict_summary_empty_and_mismatch():
    s = verdict_summary([], [])
    assert s["accuracy"] is None and s["per_class"] == {"yes": None, "no": None, "not_reported": None}
    with pytest.raises(ValueError):
        verdict_summary(["yes"], [])


def test_contains_text_ignores_case_and_whitespace():
    assert contains_text("Dose: 500\u00a0MG  daily.", "500 mg daily")
    assert contains_text("9 mcg/day", "9 MCG/day")
    assert not contains_text("9 mcg/day", "28 mcg/day")
    assert not contains_text("anything", "   ")  # an empty expert answer matches nothing
    assert not contains_text("", "x")


def test_span_scores_text_only_without_start():
    s = span_scores("9 mcg/day", "The prephase dose was 9 MCG/day.", "9 mcg/day")
    assert s == {"span_in_answer": 1.0, "span_in_short_answer": 1.0}
    s = span_scores("9 mcg/day", "The dose was 28 mcg/day.", "")
    assert s == {"span_in_answer": 0.0, "span_in_short_answer": 0.0}


def test_span_scores_covered_and_overlaps():
    # expert span [100, 109) of doc "d1" ("9 mcg/day" is 9 characters)
    cite = lambda doc, a, b: {"doc_id": doc, "char_start": a, "char_end": b, "quote": "x"}
    covering = span_scores("9 mcg/day", "", "", [cite("d2", 0, 500), cite("d1", 90, 109)], doc_id="d1", start=100)
    assert covering["span_covered"] == 1.0 and covering["span_overlaps"] == 1.0
    partial = span_scores("9 mcg/day", "", "", [cite("d1", 105, 200)], doc_id="d1", start=100)
    assert partial["span_covered"] == 0.0 and partial["span_overlaps"] == 1.0
    touching = span_scores("9 mcg/day", "", "", [cite("d1", 109, 200), cite("d1", 0, 100)], doc_id="d1", start=100)
    assert touching["span_covered"] == 0.0 and touching["span_overlaps"] == 0.0  # half-open spans
    other_doc = span_scores("9 mcg/day", "", "", [cite("d2", 0, 500)], doc_id="d1", start=100)
    assert other_doc["span_covered"] == 0.0 and other_doc["span_overlaps"] == 0.0
    bad = span_scores("9 mcg/day", "", "", [{"doc_id": "d1", "char_start": "0", "char_end": 500}], doc_id="d1", start=100)
    assert bad["span_overlaps"] == 0.0  # offsets that are not integers locate nothing
    none = span_scores("9 mcg/day", "", "", [], doc_id="d1", start=100)
    assert none["span_covered"] == 0.0


def test_span_summary_located_subset():
    rows = [
        {"span_in_answer": 1.0, "span_in_short_answer": 0.0, "span_covered": 1.0, "span_overlaps": 1.0},
        {"span_in_answer": 0.0, "span_in_short_answer": 0.0, "span_covered": 0.0, "span_overlaps": 1.0},
        {"span_in_answer": 1.0, "span_in_short_answer": 1.0},  # no answer_start: text measures only
    ]
    s = span_summary(rows)
    assert s["n"] == 3 and s["n_located"] == 2
    assert s["in_answer"] == pytest.approx(2 / 3)
    assert s["in_short_answer"] == pytest.approx(1 / 3)
    assert s["covered"] == pytest.approx(0.5)
    assert s["overlaps"] == pytest.approx(1.0)
    empty = span_summary([])
    assert empty["n"] == 0 and empty["covered"] is None and empty["in_answer"] is None
