"""Abstention threshold choice on hand-made scores."""

from assistant.evaluate.calibrate import choose_threshold


def test_separable_scores_get_the_widest_gap_midpoint():
    c = choose_threshold(answerable=[0.60, 0.70, 0.80], unanswerable=[0.30, 0.40])
    assert c.threshold == 0.5 and c.cost == 0 and c.margin == 0.2


def test_overlap_prefers_refusing_over_a_wrong_answer():
    # cut 0.45: one refusal (0.42) -> cost 1; cut 0.52: no refusal but 0.5 answered wrongly -> cost 2
    c = choose_threshold(answerable=[0.42, 0.55, 0.70], unanswerable=[0.30, 0.44])
    assert (c.wrongly_answered, c.wrongly_refused) == (0, 1)
    assert 0.44 < c.threshold <= 0.55
