"""The BM25 index's per-chunk columns as numpy arrays (``retrieve.columns``), and the cache
loaded memory-mapped: what keeps a 1M-chunk index's RSS down."""

import numpy as np

from assistant.retrieve.columns import Codes, Strings
from assistant.retrieve.lexical import LexicalIndex

IDS = ["doc-a::0001", "doc-a::0002", "dóc-b::0001", "", "doc-c::0001"]


def test_strings_behave_as_a_read_only_list_of_str():
    s = Strings.of(IDS)
    assert len(s) == 5 and s[2] == "dóc-b::0001" and s[-1] == "doc-c::0001" and s[3] == ""
    assert list(s) == IDS and s.tolist() == IDS and s == IDS and s == Strings.of(IDS)
    assert s.take(np.array([True, False, True, False, True])) == [IDS[0], IDS[2], IDS[4]]
    assert s.take(np.array([4, 0])) == [IDS[4], IDS[0]] and s[1:3] == IDS[1:3]
    assert Strings.concat([s, Strings.of(["x"]), Strings.of([])]) == IDS + ["x"]


def test_codes_keep_one_string_per_distinct_value():
    docs = ["a", "a", "b", "a", "c"]
    c = Codes.of(docs)
    assert c.values == ["a", "b", "c"] and c.codes.dtype == np.int32 and c.tolist() == docs
    assert (c == "a").tolist() == [True, True, False, True, False] and not (c == "zzz").any()
    assert c[np.array([2, 4])].tolist() == ["b", "c"] and c[0] == "a"
    assert c.member({"B"}, str.upper).tolist() == [False, False, True, False, False]
    blank = c.blanked(np.array([False, False, True, False, False]))
    assert blank.tolist() == ["a", "a", "", "a", "c"] and c.tolist() == docs  # a copy
    assert blank.distinct() == ["a", "c", ""] and blank.take(np.array([0, 4])).values == ["a", "c"]
    assert Codes.concat([c, Codes.of(["c", "d"])]).tolist() == docs + ["c", "d"]


def test_a_loaded_cache_is_memory_mapped_and_equal(tmp_path):
    rows = [(f"d{d}::{i}", f"d{d}", "Case" if i % 2 else "Outcome", f"rituximab dose {d} day {i}") for d in range(30) for i in range(4)]
    built = LexicalIndex.build(rows)
    built.save(tmp_path / "bm25", generation=1)
    loaded = LexicalIndex.load(tmp_path / "bm25", generation=1)
    segment = loaded.model.segments[0]
    assert all(isinstance(a, np.memmap) for a in (segment.docs, segment.tf, loaded.chunk_ids.blob))
    assert loaded.chunk_ids == [r[0] for r in rows] and loaded.doc_ids.tolist() == [r[1] for r in rows]
    assert loaded.search("rituximab day 3", 10) == built.search("rituximab day 3", 10)
    mask = loaded.mask_for(doc_ids={"d3", "d7"}, sections={"case"})
    assert [loaded.chunk_ids[i] for i in np.flatnonzero(mask)] == ["d3::1", "d3::3", "d7::1", "d7::3"]
