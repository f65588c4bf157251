"""BM25 over chunk texts: the clinical tokenizer, ranking, filter masks, idf weights, and the
generation-keyed cache on disk (round trip, stale generations, interrupted saves)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from assistant.retrieve import lexical_files
from assistant.text import tokens
from assistant.retrieve.lexical import LexicalIndex
from assistant.text.tokens import STOPWORDS, TOKENIZER_VERSION, tokenize

ROWS = [
    ("a::0", "doc-a", "Case Description", "Relapsed ALL treated with blinatumomab; MRD became negative."),
    ("a::1", "doc-a", "Outcome", "Platelets recovered to 84.6 x 10^9/L after the second cycle."),
    ("b::0", "doc-b", "Case Description", "Acute myeloid leukemia treated with azacitidine and venetoclax."),
    ("b::1", "doc-b", "Outcome", "Complete remission after two cycles of azacitidine."),
    ("c::0", "doc-c", "Case Description", "Immune thrombocytopenia treated with dexamethasone; platelets recovered."),
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex.build(ROWS)


# -- tokenize ---------------------------------------------------------------------------


def test_tokenize_keeps_decimals_and_thousands_whole():
    assert tokenize("Ratio 0.6 and 84.6% with 1,000 cells") == ["ratio", "0.6", "84.6", "1,000", "cell"]


def test_tokenize_strips_a_sentence_full_stop_after_a_number():
    assert tokenize("The dose was 0.6.") == ["dose", "0.6"]
    assert tokenize("counts of 12, 13.") == ["count", "12", "13"]


def test_tokenize_keeps_short_acronyms():
    assert tokenize("CD19 MRD ALL") == ["cd19", "mrd", "all"]


def test_all_is_not_a_stop_word_because_all_is_a_leukemia():
    assert "all" not in STOPWORDS
    assert tokenize("all") == tokenize("ALL") == ["all"]
    assert tokenize("Relapsed ALL") == ["relaps", "all"]


def test_tokenize_drops_stop_words_including_patient_and_case():
    assert tokenize("What was the case of the patient?") == []
    assert tokenize("the patients were given rituximab") == ["given", "rituximab"]


def test_tokenize_stems_and_lowercases():
    assert tokenize("Leukemias TREATED") == tokenize("leukemia treat") == ["leukemia", "treat"]


def test_tokenize_of_punctuation_only_is_empty():
    assert tokenize("") == []
    assert tokenize("--- ; : ()") == []


# -- build / search ---------------------------------------------------------------------


def test_the_chunk_with_the_rare_term_ranks_first(index):
    hits = index.search("blinatumomab for relapsed leukemia", k=5)
    assert hits[0][0] == "a::0"
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)


def test_a_decimal_is_searchable(index):
    assert [cid for cid, _ in index.search("84.6", k=5)] == ["a::1"]


def test_only_positive_scores_are_returned(index):
    hits = index.search("venetoclax", k=5)
    assert [cid for cid, _ in hits] == ["b::0"]
    assert all(score > 0 for _, score in hits)


def test_k_larger_than_the_corpus_returns_only_matches(index):
    hits = index.search("azacitidine platelets recovered", k=100)
    assert {cid for cid, _ in hits} == {"a::1", "b::0", "b::1", "c::0"}
    assert len(hits) == len({cid for cid, _ in hits})


def test_k_limits_the_hits(index):
    assert len(index.search("azacitidine platelets recovered", k=2)) == 2


def test_query_of_unknown_or_stop_words_finds_nothing(index):
    assert index.search("ponatinib", k=5) == []
    assert index.search("the patient case", k=5) == []


def test_mask_by_document_restricts(index):
    mask = index.mask_for(doc_ids={"doc-b"})
    assert mask.tolist() == [False, False, True, True, False]
    hits = index.search("platelets recovered azacitidine", k=10, mask=mask)
    assert {cid for cid, _ in hits} == {"b::0", "b::1"}


def test_mask_by_section_is_case_insensitive_and_combines_with_documents(index):
    assert index.mask_for(sections={"outcome"}).tolist() == [False, True, False, True, False]
    mask = index.mask_for(doc_ids={"doc-a", "doc-c"}, sections={"Case Description"})
    assert mask.tolist() == [True, False, False, False, True]
    assert [cid for cid, _ in index.search("platelets recovered", k=10, mask=mask)] == ["c::0"]


def test_no_filter_means_no_mask(index):
    assert index.mask_for() is None


def test_a_mask_that_excludes_every_match_finds_nothing(index):
    assert index.search("blinatumomab", k=5, mask=index.mask_for(doc_ids={"doc-c"})) == []


def test_empty_index_searches_to_nothing():
    empty = LexicalIndex.build([])
    assert empty.model is None
    assert empty.search("anything", k=5) == []
    assert empty.idf("anything") == 0.0
    assert empty.max_idf() == 1.0


def test_a_chunk_with_no_terms_is_kept_in_step_with_the_ids():
    ix = LexicalIndex.build([("x", "d", "", "the of and"), ("y", "d", "", "rituximab")])
    assert ix.chunk_ids == ["x", "y"]
    assert ix.search("rituximab", k=5)[0][0] == "y"


# -- idf --------------------------------------------------------------------------------


def test_idf_follows_the_bm25_formula(index):
    n = len(ROWS)
    # "azacitidin" (stemmed) is in two chunks, "venetoclax" in one.
    assert index.idf(tokenize("azacitidine")[0]) == pytest.approx(math.log(1 + (n - 2 + 0.5) / (2 + 0.5)))
    assert index.idf("venetoclax") == pytest.approx(math.log(1 + (n - 1 + 0.5) / (1 + 0.5)))
    assert index.idf("venetoclax") > index.idf(tokenize("azacitidine")[0])


def test_unseen_term_has_idf_zero_and_max_idf_is_that_of_a_term_in_no_chunk(index):
    n = len(ROWS)
    assert index.idf("ponatinib") == 0.0
    assert index.max_idf() == pytest.approx(math.log(1 + (n + 0.5) / 0.5))
    assert all(index.idf(t) < index.max_idf() for t in ("venetoclax", "all", "0.6", "84.6"))


# -- persistence ------------------------------------------------------------------------


def test_save_and_load_round_trip(index, tmp_path):
    folder = tmp_path / "bm25-cases"
    index.save(folder, generation=7)
    assert not folder.with_name(folder.name + ".tmp").exists()
    info = json.loads((folder / "chunks.json").read_text())
    assert info["generation"] == 7 and info["tokenizer"] == TOKENIZER_VERSION

    loaded = LexicalIndex.load(folder, generation=7)
    assert loaded is not None
    assert loaded.chunk_ids == index.chunk_ids
    assert loaded.doc_ids.tolist() == index.doc_ids.tolist()
    assert loaded.sections.tolist() == index.sections.tolist()
    for query in ("blinatumomab", "platelets recovered", "84.6", "azacitidine"):
        got, want = loaded.search(query, k=5), index.search(query, k=5)
        assert [cid for cid, _ in got] == [cid for cid, _ in want]
        assert [score for _, score in got] == pytest.approx([score for _, score in want])
    assert loaded.idf("venetoclax") == pytest.approx(index.idf("venetoclax"))
    mask = loaded.mask_for(doc_ids={"doc-b"})
    assert {cid for cid, _ in loaded.search("azacitidine", k=5, mask=mask)} == {"b::0", "b::1"}


def test_an_empty_index_round_trips(tmp_path):
    folder = tmp_path / "bm25"
    LexicalIndex.build([]).save(folder, generation=1)
    loaded = LexicalIndex.load(folder, generation=1)
    assert loaded is not None and loaded.chunk_ids == [] and loaded.search("x", 3) == []


def test_load_refuses_another_generation(index, tmp_path):
    folder = tmp_path / "bm25"
    index.save(folder, generation=3)
    assert LexicalIndex.load(folder, generation=4) is None
    assert LexicalIndex.load(folder, generation=2) is None


def test_load_refuses_another_tokenizer_version(index, tmp_path, monkeypatch):
    folder = tmp_path / "bm25"
    index.save(folder, generation=3)
    monkeypatch.setattr(tokens, "TOKENIZER_VERSION", TOKENIZER_VERSION + "-next")
    assert LexicalIndex.load(folder, generation=3) is None


def test_load_of_a_missing_or_corrupt_cache_is_none(index, tmp_path):
    assert LexicalIndex.load(tmp_path / "never-saved", generation=1) is None
    folder = tmp_path / "bm25"
    index.save(folder, generation=1)
    (folder / "chunks.json").write_text("{not json")
    assert LexicalIndex.load(folder, generation=1) is None


def test_saving_again_replaces_the_old_generation(index, tmp_path):
    folder = tmp_path / "bm25"
    LexicalIndex.build(ROWS[:2]).save(folder, generation=1)
    index.save(folder, generation=2)
    assert LexicalIndex.load(folder, generation=1) is None
    assert LexicalIndex.load(folder, generation=2).chunk_ids == index.chunk_ids


def test_a_leftover_tmp_folder_does_not_shadow_the_good_cache(index, tmp_path):
    folder = tmp_path / "bm25"
    index.save(folder, generation=5)
    tmp = folder.with_name(folder.name + ".tmp")
    tmp.mkdir()
    (tmp / "chunks.json").write_text(json.dumps({"generation": 6, "tokenizer": TOKENIZER_VERSION, "chunk_ids": [], "doc_ids": [], "sections": []}))
    assert LexicalIndex.load(folder, generation=5).chunk_ids == index.chunk_ids
    assert LexicalIndex.load(folder, generation=6) is None
    # The next save clears the leftover and swaps in whole.
    index.save(folder, generation=6)
    assert not tmp.exists()
    assert LexicalIndex.load(folder, generation=6).chunk_ids == index.chunk_ids


def test_an_interrupted_save_never_replaces_a_good_cache(index, tmp_path, monkeypatch):
    folder = tmp_path / "bm25"
    index.save(folder, generation=5)
    before = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))

    newer = LexicalIndex.build(ROWS[:2])

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("interrupted while writing the manifest")

    monkeypatch.setattr(lexical_files.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        newer.save(folder, generation=6)
    monkeypatch.undo()

    good = LexicalIndex.load(folder, generation=5)
    assert good is not None and good.chunk_ids == index.chunk_ids
    assert LexicalIndex.load(folder, generation=6) is None
    # what the interrupted save wrote is a leftover that the manifest never names
    assert set(before) < {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_mask_is_a_boolean_array_aligned_with_chunk_ids(index):
    mask = index.mask_for(doc_ids={"doc-a"})
    assert isinstance(mask, np.ndarray) and mask.dtype == bool and len(mask) == len(index.chunk_ids)
