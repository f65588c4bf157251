"""Reciprocal-rank fusion and near-duplicate collapsing (pure functions)."""

import pytest

from assistant.retrieve.fusion import collapse_near_duplicates, jaccard, reciprocal_rank_fusion, token_set


def test_rrf_hand_computed():
    # a: 1/(60+1) + 1/(60+2); b: 1/(60+2) + 1/(60+1); c: 1/(60+3); d: 1/(60+3)
    fused = dict(reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]], k=60))
    assert fused["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert fused["b"] == pytest.approx(1 / 62 + 1 / 61)
    assert fused["c"] == pytest.approx(1 / 63)
    assert fused["d"] == pytest.approx(1 / 63)


def test_rrf_order_and_ties_are_deterministic():
    ranked = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a", "d"]], k=60)
    assert [item for item, _ in ranked] == ["a", "b", "c", "d"]  # ties keep first appearance


def test_rrf_item_in_both_lists_beats_item_in_one():
    ranked = reciprocal_rank_fusion([["x", "both"], ["both", "y"]], k=60)
    assert ranked[0][0] == "both"


def test_rrf_weights():
    # weight 2 on the second list: b = 2/61 + 1/62 > a = 1/61 + 2/62
    ranked = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], weights=[1.0, 2.0], k=60)
    assert ranked[0][0] == "b"
    assert dict(ranked)["b"] == pytest.approx(2 / 61 + 1 / 62)
    with pytest.raises(ValueError):
        reciprocal_rank_fusion([["a"]], weights=[1.0, 1.0])


def test_rrf_empty_lists():
    assert reciprocal_rank_fusion([[], []]) == []
    assert reciprocal_rank_fusion([["a"], []]) == [("a", pytest.approx(1 / 61))]


def test_jaccard():
    assert jaccard(token_set("MRD negative, 1% blasts"), token_set("mrd NEGATIVE 1 blasts")) == 1.0
    assert jaccard(frozenset({"a", "b"}), frozenset({"b", "c"})) == pytest.approx(1 / 3)


def test_collapse_keeps_first_of_near_duplicates():
    texts = {
        "c1": "Consolidation III: MRD negative, 0.6% blasts, complete hematologic response maintained",
        "c2": "Consolidation III - MRD negative, 0.6% blasts; complete hematologic response maintained",
        "c3": "Complications: isolated infections (fungal pneumonia at start, acute rhinosinusitis)",
    }
    kept, dropped = collapse_near_duplicates(["c1", "c2", "c3"], texts.__getitem__, threshold=0.8)
    assert kept == ["c1", "c3"]
    assert dropped == {"c2": "c1"}


def test_convex_combination_hand_computed():
    from assistant.retrieve.fusion import convex_combination

    # dense scaled by its best (0.8): a=1.0, b=0.5; bm25 scaled by its best (10): b=1.0, c=0.2
    fused = dict(convex_combination([("a", 0.8), ("b", 0.4)], [("b", 10.0), ("c", 2.0)], alpha=0.5))
    assert fused["a"] == pytest.approx(0.5 * 1.0)
    assert fused["b"] == pytest.approx(0.5 * 0.5 + 0.5 * 1.0)
    assert fused["c"] == pytest.approx(0.5 * 0.2)


def test_convex_combination_keeps_a_confident_lexical_hit_on_top():
    from assistant.retrieve.fusion import convex_combination

    # BM25 is sure (20 vs 2); dense barely prefers x. RRF would tie them; convex keeps y first.
    ranked = convex_combination([("x", 0.62), ("y", 0.60)], [("y", 20.0), ("x", 2.0)], alpha=0.5)
    assert ranked[0][0] == "y"


def test_convex_combination_alpha_extremes_and_empty():
    from assistant.retrieve.fusion import convex_combination

    dense, lexical = [("a", 0.9), ("b", 0.1)], [("b", 5.0), ("a", 1.0)]
    assert [i for i, _ in convex_combination(dense, lexical, 1.0)][:2] == ["a", "b"]
    assert [i for i, _ in convex_combination(dense, lexical, 0.0)][:2] == ["b", "a"]
    assert convex_combination([], [], 0.5) == []
