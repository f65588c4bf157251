"""The exact dense table (``retrieve.exact``): plain numpy, no index needed."""

from __future__ import annotations

import numpy as np

from assistant.retrieve.exact import VectorTable

ROWS = [
    ("a::0", {"doc_id": "a", "section": "Outcome"}, [1.0, 0.0, 0.0]),
    ("a::1", {"doc_id": "a", "section": "Case Description"}, [0.0, 2.0, 0.0]),  # not unit length: normalised
    ("b::0", {"doc_id": "b", "section": "outcome"}, [0.9, 0.1, 0.0]),
    ("c::0", {"doc_id": "c", "section": "Outcome"}, [1.0, 0.0, 0.0]),  # ties a::0
]


def test_nearest_scores_every_vector_by_cosine_and_keeps_stored_order_on_ties():
    table = VectorTable.of(ROWS)
    hits = table.nearest([2.0, 0.0, 0.0], 10)
    assert [cid for cid, _ in hits] == ["a::0", "c::0", "b::0", "a::1"]
    assert hits[0][1] == 1.0 and hits[-1][1] == 0.0
    assert hits[2][1] == np.float32(0.9 / np.hypot(0.9, 0.1))
    assert table.nearest([0.0, 1.0, 0.0], 1) == [("a::1", 1.0)]


def test_nearest_keeps_to_the_documents_and_section_asked_for():
    table = VectorTable.of(ROWS)
    assert [c for c, _ in table.nearest([1.0, 0.0, 0.0], 10, doc_ids={"a", "b"})] == ["a::0", "b::0", "a::1"]
    assert [c for c, _ in table.nearest([1.0, 0.0, 0.0], 10, section="OUTCOME")] == ["a::0", "c::0", "b::0"]
    assert table.nearest([1.0, 0.0, 0.0], 10, doc_ids={"zzz"}) == []
    assert VectorTable.of([]).nearest([1.0, 0.0, 0.0], 5) == []
