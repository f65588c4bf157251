"""Hybrid retrieval on a tiny real index (five short case texts, the real model, real Chroma):
every mode returns exact document slices, filters only ever narrow, a focus case is boosted
but not required, the BM25 cache follows the index generation, and the LangChain retriever
hands back Documents with the citation metadata."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from langchain_core.documents import Document as LCDocument

from assistant.index.store import Store
from assistant.index.sync import sync
from assistant.retrieve.filters import Filters
from assistant.retrieve import hybrid as hybrid_module
from assistant.config import RetrievalMode
from assistant.retrieve.hybrid import CaseRetriever, HybridRetriever

MODES = [mode.value for mode in RetrievalMode]

from .conftest import make_settings

CASES = {
    "all-case.txt": (
        "Blinatumomab for relapsed ALL\n\n"
        "Case Description\n\n"
        "A 34-year-old man with B-cell acute lymphoblastic leukemia relapsed for the second time after chemotherapy. "
        "He received blinatumomab 28 µg/day as a continuous infusion for 28 days.\n\n"
        "Outcome\n\n"
        "Minimal residual disease (MRD) was negative after the first cycle and he proceeded to allogeneic transplantation.\n"
    ),
    "all-followup.txt": (
        "Follow-up of the blinatumomab case\n\n"
        "Outcome\n\n"
        "Two years after transplantation the MRD remained negative and blood counts were normal. "
        "No cytokine release syndrome or neurotoxicity was recorded during the infusion.\n"
    ),
    "aml.txt": (
        "Acute myeloid leukemia in an older adult\n\n"
        "Case Description\n\n"
        "A 74-year-old woman had 40% marrow blasts and was unfit for intensive chemotherapy. "
        "She received azacitidine with venetoclax.\n\n"
        "Outcome\n\n"
        "She reached complete remission after two cycles; neutropenic fever was treated with meropenem.\n"
    ),
    "itp.txt": (
        "Immune thrombocytopenia in a young man\n\n"
        "Case Description\n\n"
        "A 30-year-old man had a platelet count of 4 x 10^9/L with gum bleeding and petechiae. "
        "Dexamethasone raised the count within days and rituximab was given after a relapse.\n"
    ),
    "ttp.txt": (
        "Acquired thrombotic thrombocytopenic purpura\n\n"
        "Case Description\n\n"
        "A 42-year-old woman with ADAMTS13 activity below 5% and schistocytes was treated with plasma exchange and caplacizumab. "
        "The platelet count normalised within a week.\n"
    ),
}
MANIFEST = {
    "documents": [
        {"id": "all-case.txt", "title": "Blinatumomab for relapsed ALL", "case_id": "case-all", "source": "Test journal 2024", "license": "CC BY 4.0"},
        {"id": "all-followup.txt", "case_id": "case-all", "source": "Test journal 2025", "license": "CC BY 4.0"},
        {"id": "aml.txt", "case_id": "case-aml", "license": "CC BY-SA"},
        {"id": "itp.txt", "case_id": "case-itp"},
        {"id": "ttp.txt", "case_id": "case-ttp"},
    ]
}
QUESTIONS = [
    "Which drug was given for the relapsed acute lymphoblastic leukemia?",
    "What was the platelet count?",
    "How was the older woman with AML treated?",
    "Was MRD negative?",
]
METADATA_KEYS = {"doc_id", "chunk_id", "title", "section", "case_id", "char_start", "char_end", "source", "license", "score"}


def write_corpus(folder: Path, cases: dict[str, str] = CASES, manifest: dict | None = MANIFEST) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in cases.items():
        (folder / name).write_text(text, encoding="utf-8")
    if manifest:
        (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("hybrid")
    corpus = write_corpus(root / "cases")
    settings = make_settings(root / "index")
    report = sync([corpus], settings, embedder=embedder)
    assert not report.errors, report.errors
    return settings


@pytest.fixture(scope="module")
def hybrid(built, embedder) -> HybridRetriever:
    return HybridRetriever(built, Store(built), embedder)


@pytest.fixture(scope="module")
def texts(hybrid) -> dict[str, str]:
    return hybrid.store.doc_texts(list(hybrid.registry))


@pytest.fixture(scope="module")
def ids(hybrid) -> dict[str, str]:
    """Local file name -> qualified doc id."""
    return {doc_id.split(":", 1)[1]: doc_id for doc_id in hybrid.registry}


@pytest.fixture
def writable(built, tmp_path, embedder):
    """A private copy of the module index, with its own retriever."""
    target = tmp_path / "index"
    shutil.copytree(built.index.dir, target, ignore=shutil.ignore_patterns(".sync.lock"))
    settings = make_settings(target)
    return settings, HybridRetriever(settings, Store(settings), embedder)


def assert_exact(passages, texts) -> None:
    for p in passages:
        assert texts[p.doc_id][p.char_start : p.char_end] == p.text, p.chunk_id


# -- what every mode returns ------------------------------------------------------------


def test_the_tiny_index_is_what_the_tests_expect(hybrid, ids):
    assert set(ids) == set(CASES)
    assert {r.case_id for r in hybrid.registry.values()} == {"case-all", "case-aml", "case-itp", "case-ttp"}
    assert "caplacizumab" in hybrid.registry[ids["ttp.txt"]].drugs
    assert hybrid.complete_docs == frozenset(hybrid.registry)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("question", QUESTIONS)
def test_every_mode_returns_exact_slices_of_the_stored_documents(hybrid, texts, mode, question):
    result = hybrid.search(question, mode=mode)
    assert result.passages
    assert_exact(result.passages, texts)
    assert len(result.passages) <= hybrid.settings.retrieval.k
    assert len({p.chunk_id for p in result.passages}) == len(result.passages)
    scores = [p.score for p in result.passages]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("mode", MODES)
def test_passages_carry_the_registry_facts(hybrid, ids, mode):
    top = hybrid.search("blinatumomab continuous infusion 28 days", mode=mode).passages[0]
    assert top.doc_id == ids["all-case.txt"]
    assert (top.title, top.case_id, top.source, top.license) == ("Blinatumomab for relapsed ALL", "case-all", "Test journal 2024", "CC BY 4.0")
    assert top.section == "Case Description"
    assert top.chunk_id.startswith(top.doc_id + "::")


def test_each_mode_reports_its_own_ranks(hybrid):
    q = "azacitidine with venetoclax"
    dense, bm25, both = (hybrid.search(q, mode=m) for m in ("dense", "bm25", "hybrid"))
    assert dense.dense and not dense.lexical and dense.query_vector is not None
    assert all(p.lexical_rank is None and p.dense_rank is not None for p in dense.passages)
    assert bm25.lexical and not bm25.dense and bm25.query_vector is None
    assert all(p.dense_rank is None and p.dense_score is None and p.lexical_rank is not None for p in bm25.passages)
    assert both.dense and both.lexical
    assert all(p.dense_rank is not None or p.lexical_rank is not None for p in both.passages)


def test_dense_scores_are_cosine_similarities(hybrid):
    result = hybrid.search("platelet count and gum bleeding", mode="dense")
    for p in result.passages:
        assert -1.0 <= p.score <= 1.0 and p.score == pytest.approx(p.dense_score)


def test_k_limits_the_passages(hybrid):
    assert len(hybrid.search("leukemia treatment", k=2).passages) == 2
    assert len(hybrid.search("leukemia treatment", k=1, mode="bm25").passages) == 1


def test_a_question_of_unknown_words_finds_nothing_lexically(hybrid):
    assert hybrid.search("zzzqx wibble", mode="bm25").passages == []


def test_an_unknown_mode_is_an_error_naming_the_modes(hybrid):
    with pytest.raises(ValueError, match=r"unknown retrieval mode 'sparse'; use one of hybrid, dense, bm25"):
        hybrid.search("anything", mode="sparse")


# -- filters narrow, never widen --------------------------------------------------------


def _filters(ids: dict[str, str]) -> list[tuple[dict[str, str], set[str]]]:
    return [
        ({"doc_id": ids["aml.txt"]}, {ids["aml.txt"]}),
        ({"case_id": "case-all"}, {ids["all-case.txt"], ids["all-followup.txt"]}),
        ({"drug": "caplacizumab"}, {ids["ttp.txt"]}),
        ({"drug": "Rituximab"}, {ids["itp.txt"]}),
        ({"diagnosis": "acute myeloid leukemia"}, {ids["aml.txt"]}),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_document_filters_restrict_to_the_allowed_documents(hybrid, ids, texts, mode):
    # Questions aimed at *other* documents: a filter must not let them back in.
    for filters, allowed in _filters(ids):
        for question in ("blinatumomab for relapsed ALL", "platelet count", "azacitidine remission"):
            result = hybrid.search(question, Filters.from_mapping(filters), mode=mode)
            assert {p.doc_id for p in result.passages} <= allowed, (filters, question)
            assert_exact(result.passages, texts)
        # ... and a question about the allowed documents finds them.
        assert hybrid.search("What happened to the patient and how were they treated?", Filters.from_mapping(filters), mode="dense").passages, filters


def test_a_large_allowed_set_is_post_filtered_and_still_restricts(hybrid, ids, texts, monkeypatch):
    # Over _WHERE_IN_LIMIT allowed documents, Chroma is asked without a doc_id clause and the
    # hits are filtered afterwards (over-fetching): the result must be just as narrow.
    monkeypatch.setattr(hybrid_module, "_WHERE_IN_LIMIT", 1)
    allowed = {ids["all-case.txt"], ids["all-followup.txt"]}
    for mode in ("dense", "hybrid"):
        result = hybrid.search("platelet count caplacizumab", Filters(case_id="case-all"), mode=mode)
        assert result.passages and {p.doc_id for p in result.passages} <= allowed
        assert result.dense and all(cid.split("::", 1)[0] in allowed for cid in result.dense)
        assert_exact(result.passages, texts)


def test_a_small_allowed_set_asks_chroma_by_chunk_ids_with_the_same_hits_as_where(hybrid, ids):
    # <= _WHERE_IN_LIMIT documents: Chroma is given the allowed chunks' ids (from BM25's
    # columns) instead of evaluating `where doc_id $in` (3-10x faster at 100k chunks), and
    # up to _EXACT_LIMIT chunks are scored exactly from their stored vectors.
    vector = hybrid.embedder.encode_one("platelet count after treatment")
    for filters, allowed in _filters(ids):
        for section in (None, "Outcome"):
            chunk_ids = hybrid._chunk_ids(allowed, section)
            where = {"doc_id": {"$in": sorted(allowed)}} if len(allowed) > 1 else {"doc_id": next(iter(allowed))}
            where = {"$and": [where, {"section": section}]} if section else where
            by_where = hybrid.store.query(vector, 40, where)
            assert chunk_ids is None if not by_where else hybrid.store.query(vector, 40, ids=chunk_ids) == by_where, (filters, section)
            if by_where:  # a few chunks are scored exactly: here all of them, so the same hits and cosines
                exact = hybrid.store.nearest_among(vector, chunk_ids, 40)
                assert [h[:3] for h in exact] == [h[:3] for h in by_where] and [h[3] for h in exact] == pytest.approx([h[3] for h in by_where], abs=1e-5)
    result = hybrid.search("platelet count", Filters(case_id="case-all"), mode="dense")
    assert result.dense and {cid.split("::", 1)[0] for cid in result.dense} <= {ids["all-case.txt"], ids["all-followup.txt"]}


@pytest.mark.parametrize("mode", MODES)
def test_section_filter_restricts_chunks(hybrid, mode):
    result = hybrid.search("MRD negative after blinatumomab", Filters(section="Outcome"), mode=mode)
    assert result.passages
    assert {p.section for p in result.passages} == {"Outcome"}


@pytest.mark.parametrize("mode", MODES)
def test_section_and_case_filters_combine(hybrid, ids, mode):
    result = hybrid.search("treatment and outcome", Filters(case_id="case-all", section="Outcome"), mode=mode)
    assert result.passages
    assert {(p.case_id, p.section) for p in result.passages} == {("case-all", "Outcome")}
    assert {p.doc_id for p in result.passages} <= {ids["all-case.txt"], ids["all-followup.txt"]}


@pytest.mark.parametrize("mode", MODES)
def test_a_filter_matching_nothing_returns_nothing(hybrid, mode):
    for filters in (Filters(drug="ponatinib"), Filters(case_id="no-such-case"), Filters(section="Discussion"), Filters(year="1990")):
        assert hybrid.search("platelet count blinatumomab", filters, mode=mode).passages == [], filters



def test_section_filter_is_case_insensitive_in_every_mode(hybrid):
    lexical = hybrid.search("MRD negative", Filters(section="outcome"), mode="bm25").passages
    dense = hybrid.search("MRD negative", Filters(section="outcome"), mode="dense").passages
    assert lexical and dense


# -- focus case -------------------------------------------------------------------------


@pytest.mark.parametrize("question, focus", [("platelet count", "case-ttp"), ("treatment response", "case-aml")])
def test_focus_case_boosts_but_does_not_restrict(hybrid, question, focus):
    plain = hybrid.search(question, k=8)
    assert plain.passages[0].case_id != focus
    focused = hybrid.search(question, k=8, focus_case=focus)
    assert focused.passages[0].case_id == focus
    assert {p.case_id for p in focused.passages} - {focus}, "other cases must still be served"
    # The boost is a share of the top fused score, added to the focus case's chunks only.
    boost = hybrid.settings.retrieval.focus_boost * plain.passages[0].score
    before = {p.chunk_id: p.score for p in plain.passages}
    common = [p for p in focused.passages if p.chunk_id in before]
    assert any(p.case_id == focus for p in common) and any(p.case_id != focus for p in common)
    for p in common:
        assert p.score == pytest.approx(before[p.chunk_id] + (boost if p.case_id == focus else 0.0))


def test_focus_on_a_case_outside_the_filter_adds_nothing(hybrid, ids):
    filters = Filters(case_id="case-itp")
    result = hybrid.search("platelet count", filters, focus_case="case-aml")
    assert result.passages and {p.doc_id for p in result.passages} == {ids["itp.txt"]}


# -- keeping in step with the index -----------------------------------------------------


def test_refresh_without_a_change_reuses_the_bm25_cache(writable, embedder):
    settings, retriever = writable
    cache = settings.index.dir / "bm25-cases" / "chunks.json"
    assert cache.is_file()
    assert json.loads(cache.read_text())["generation"] == retriever.generation
    stamp = cache.stat().st_mtime_ns
    assert retriever.refresh() is False
    again = HybridRetriever(settings, Store(settings), embedder)  # a restart loads, not rebuilds
    assert again.generation == retriever.generation
    assert cache.stat().st_mtime_ns == stamp
    assert again.lexical.chunk_ids == retriever.lexical.chunk_ids


def test_refresh_picks_up_a_sync(writable, tmp_path, embedder):
    settings, retriever = writable
    before = retriever.generation
    assert retriever.search("eculizumab", mode="bm25").passages == []
    extra = write_corpus(tmp_path / "more", {"hus.txt": "Atypical HUS\n\nCase Description\n\nA 25-year-old woman with atypical hemolytic-uremic syndrome received eculizumab and her kidney function recovered.\n"}, None)
    assert not sync([extra], settings, embedder=embedder).errors

    assert retriever.refresh() is True
    assert retriever.generation > before
    assert retriever.refresh() is False
    hits = retriever.search("eculizumab", mode="bm25").passages
    assert hits and hits[0].doc_id.endswith(":hus.txt")
    assert retriever.search("eculizumab for atypical HUS", Filters(drug="eculizumab"), mode="dense").passages
    cache = settings.index.dir / "bm25-cases" / "chunks.json"
    assert json.loads(cache.read_text())["generation"] == retriever.generation


def test_forced_refresh_rebuilds_even_when_nothing_changed(writable):
    settings, retriever = writable
    cache = settings.index.dir / "bm25-cases" / "chunks.json"
    stamp = cache.stat().st_mtime_ns
    assert retriever.refresh(force=True) is True
    assert cache.stat().st_mtime_ns != stamp


def test_an_incomplete_document_is_never_served(writable, ids):
    settings, retriever = writable
    record = retriever.registry[ids["ttp.txt"]]
    record.complete = False
    retriever.store.put_records([record])
    retriever.refresh(force=True)
    assert ids["ttp.txt"] not in retriever.complete_docs
    for mode in MODES:
        assert all(p.doc_id != ids["ttp.txt"] for p in retriever.search("caplacizumab plasma exchange ADAMTS13", mode=mode).passages)
        assert retriever.search("caplacizumab", Filters(doc_id=ids["ttp.txt"]), mode=mode).passages == []


def test_an_empty_index_returns_nothing(empty_settings, embedder):
    retriever = HybridRetriever(empty_settings, Store(empty_settings), embedder)
    for mode in MODES:
        assert retriever.search("anything at all", mode=mode).passages == []



def test_a_drug_filter_follows_an_edited_document(writable, tmp_path, embedder):
    settings, retriever = writable
    folder = write_corpus(tmp_path / "edited", {"note.txt": "ITP note\n\nCase Description\n\nA 30-year-old man with immune thrombocytopenia received rituximab and recovered.\n"}, None)
    sync([folder], settings, embedder=embedder)
    retriever.refresh()
    assert retriever.search("rituximab", Filters(drug="rituximab"), mode="bm25").passages
    (folder / "note.txt").write_text("A note\n\nCase Description\n\nA 30-year-old man had a sore knee after football and recovered with rest.\n", encoding="utf-8")
    sync([folder], settings, embedder=embedder)
    retriever.refresh()
    served = {p.doc_id for p in retriever.search("sore knee after football", Filters(drug="rituximab"), mode="dense").passages}
    assert not any(d.endswith(":note.txt") for d in served)


# -- LangChain --------------------------------------------------------------------------


def test_case_retriever_returns_langchain_documents_with_citation_metadata(hybrid, texts):
    retriever = CaseRetriever(hybrid=hybrid, k=3)
    docs = retriever.invoke("Which drug was given for the relapsed acute lymphoblastic leukemia?")
    assert 1 <= len(docs) <= 3
    for doc in docs:
        assert isinstance(doc, LCDocument)
        assert set(doc.metadata) == METADATA_KEYS
        m = doc.metadata
        assert doc.id == m["chunk_id"] and m["chunk_id"].startswith(m["doc_id"] + "::")
        assert texts[m["doc_id"]][m["char_start"] : m["char_end"]] == doc.page_content
        assert isinstance(m["score"], float)
    assert docs[0].metadata["case_id"] == "case-all"


def test_case_retriever_matches_the_plain_search(hybrid):
    question = "How was the older woman with AML treated?"
    docs = CaseRetriever(hybrid=hybrid, mode="bm25", k=4).invoke(question)
    passages = hybrid.search(question, mode="bm25", k=4).passages
    assert [d.metadata["chunk_id"] for d in docs] == [p.chunk_id for p in passages]
    assert [d.metadata["score"] for d in docs] == pytest.approx([p.score for p in passages])


def test_case_retriever_applies_filters_by_name(hybrid, ids):
    docs = CaseRetriever(hybrid=hybrid, filters={"case": "case-all", "section": "Outcome"}).invoke("what was the outcome")
    assert docs and {(d.metadata["case_id"], d.metadata["section"]) for d in docs} == {("case-all", "Outcome")}
    docs = CaseRetriever(hybrid=hybrid, filters={"drug": "caplacizumab"}).invoke("blinatumomab relapsed leukemia")
    assert {d.metadata["doc_id"] for d in docs} <= {ids["ttp.txt"]}


def test_case_retriever_rejects_an_unknown_filter_or_mode(hybrid):
    with pytest.raises(ValueError, match="unknown filter 'colour'"):
        CaseRetriever(hybrid=hybrid, filters={"colour": "red"}).invoke("x")
    with pytest.raises(ValueError, match="'hybrid', 'dense' or 'bm25'"):  # refused when built (pydantic)
        CaseRetriever(hybrid=hybrid, mode="sparse")


def test_a_near_duplicate_in_another_document_is_a_second_source_not_dropped(tmp_path, embedder):
    """The same abstract in two records: one passage, 'also in' the other document, and
    evaluation counts both documents."""
    from assistant.evaluate.runner import ranked_documents

    from .conftest import make_settings

    text = "A 54-year-old man with refractory immune thrombocytopenia received romiplostim 3 mcg/kg weekly and his platelets recovered within four weeks.\n"
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "itp.txt").write_text(text, encoding="utf-8")
    settings = make_settings(tmp_path / "index")
    sync([tmp_path / "first", tmp_path / "second"], settings, embedder=embedder)
    retriever = HybridRetriever(settings, Store(settings), embedder)
    passages = retriever.search("Which dose of romiplostim did the man with ITP receive?").passages
    assert len(passages) == 1 and len(passages[0].also_in) == 1
    assert {passages[0].doc_id, passages[0].also_in[0]["doc_id"]} == set(retriever.registry)
    assert ranked_documents(passages, 10) == ["itp.txt"]  # one local id; both documents are in the list by full id
    assert passages[0].to_dict()["also_in"][0]["title"]


def test_neighbours_are_the_adjacent_chunks_of_the_same_document(shipped):
    passages = shipped.retriever.search("blinatumomab consolidation courses", k=2).passages
    near = shipped.retriever.neighbours(passages[:1], 1)
    head, _, ordinal = passages[0].chunk_id.rpartition("::")
    assert near and all(p.chunk_id.rpartition("::")[0] == head and abs(int(p.chunk_id.rpartition("::")[2]) - int(ordinal)) == 1 for p in near)
    assert not {p.chunk_id for p in near} & {p.chunk_id for p in passages[:1]}


def test_document_passages_cover_the_whole_document_in_order(shipped):
    from tests.conftest import SEED_RECORD

    passages = shipped.retriever.document_passages(SEED_RECORD)
    assert passages and passages[0].char_start == 0
    assert [p.char_start for p in passages] == sorted(p.char_start for p in passages)
    assert shipped.retriever.document_passages("corpus:no-such-document") == []


def test_a_small_index_is_searched_exactly_with_the_hits_hnsw_finds_here(built, hybrid, ids, embedder):
    # Up to retrieval.exact_dense_limit chunks every stored vector is scored (the same hits in
    # every process); over it Chroma's HNSW walk answers. On five short texts HNSW is exact
    # too, so both paths must agree, with and without filters and sections.
    assert hybrid.vector_table() is not None and len(hybrid.vector_table()) == hybrid.store.count_chunks()
    walk = HybridRetriever(built.with_overrides(**{"retrieval.exact_dense_limit": 0}), Store(built), embedder)
    assert walk.vector_table() is None
    for question in QUESTIONS:
        for filters in [Filters(), Filters(section="Outcome")] + [Filters.from_mapping(f) for f, _ in _filters(ids)]:
            exact, approximate = hybrid.search(question, filters, mode="dense"), walk.search(question, filters, mode="dense")
            assert exact.dense == approximate.dense, (question, filters)
            assert [p.dense_score for p in exact.passages] == pytest.approx([p.dense_score for p in approximate.passages], abs=1e-5)


def test_the_exact_table_follows_the_index_generation(writable, tmp_path, embedder):
    settings, retriever = writable
    before = retriever.vector_table()
    extra = write_corpus(tmp_path / "more", {"mds.txt": "Myelodysplastic syndrome\n\nCase Description\n\nA 70-year-old man with MDS received luspatercept.\n"}, None)
    assert not sync([extra], settings, embedder=embedder).errors
    assert retriever.refresh()
    after = retriever.vector_table()
    assert len(after) > len(before) and after is retriever.vector_table()
    assert retriever.search("luspatercept for MDS", mode="dense").passages[0].doc_id.endswith("mds.txt")
