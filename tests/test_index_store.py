"""The three Chroma collections behind the assistant, on a real Chroma folder: registry records
(and their metadata form), document texts, chunks with paging, cosine queries, index facts,
and reset keeping the generation counter going.

Most chunk vectors here are written by hand (4-d) so similarities are exact; one test stores
real model vectors."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import IndexUnavailable
from assistant.index.store import DocRecord, Store, make_client
from assistant.models import Chunk

from .conftest import make_settings

TIMELINE = [{"course": "Induction I", "start": "27.12.2023", "end": "16.01.2024", "drugs": ["blinatumomab"], "note": "MRD (–) — ß"}]


def full_record(doc_id: str = "corpus:seed/case.txt", **changes) -> DocRecord:
    fields = dict(
        doc_id=doc_id,
        title="Blinatumomab in relapsed ALL",
        hash="h" * 64,
        complete=True,
        n_chunks=3,
        embed_hash="e" * 64,
        case_id="seed-case",
        source="seed/case.txt",
        license="CC BY 4.0",
        path="seed/case.txt",
        root="/corpus",
        kind="text",
        year=2024,
        diagnoses=["acute lymphoblastic leukemia"],
        drugs=["blinatumomab", "methotrexate"],
        categories=["hematology"],
        timeline=TIMELINE,
        indexed_at="2026-11-26T10:00:00+00:00",
    )
    fields.update(changes)
    return DocRecord(**fields)


@pytest.fixture
def settings(tmp_path):
    return make_settings(tmp_path / "index")


@pytest.fixture
def store(settings):
    return Store(settings)


DOC_TEXT = {
    "d1": "Relapsed ALL. Blinatumomab given. MRD negative.",
    "d2": "AML in an older adult. Azacitidine and venetoclax.",
    "d3": "ITP with bleeding. Dexamethasone worked.",
}
UNIT = {  # 4-d vectors, unit length
    "x": [1.0, 0.0, 0.0, 0.0],
    "xy": [0.8, 0.6, 0.0, 0.0],
    "y": [0.0, 1.0, 0.0, 0.0],
    "z": [0.0, 0.0, 1.0, 0.0],
    "w": [0.0, 0.0, 0.0, 1.0],
    "xz": [0.6, 0.0, 0.8, 0.0],
}


def doc_chunks(doc_id: str, embed_hash: str = "eh1") -> list[Chunk]:
    """One chunk per sentence of ``DOC_TEXT[doc_id]``, offsets exact."""
    text, out, start = DOC_TEXT[doc_id], [], 0
    for ordinal, sentence in enumerate(s + "." for s in text.rstrip(".").split(". ")):
        start = text.index(sentence, start)
        out.append(Chunk(f"{doc_id}::{embed_hash}::{ordinal:04d}", doc_id, sentence, start, start + len(sentence), "Case", ordinal, f"T | Case\n{sentence}"))
        start += len(sentence)
    return out


def doc_meta(*doc_ids: str, embed_hash: str = "eh1") -> dict[str, dict]:
    return {d: {"embed_hash": embed_hash, "case_id": f"case-{d}", "year": 2024, "kind": "text"} for d in doc_ids}


# -- DocRecord <-> metadata -------------------------------------------------------------


def test_record_round_trips_through_metadata():
    record = full_record()
    meta = record.to_metadata()
    assert DocRecord.from_metadata(record.doc_id, meta) == record
    assert meta["drugs"] == ["blinatumomab", "methotrexate"] and meta["year"] == 2024 and meta["complete"] is True
    assert isinstance(meta["timeline"], str)  # JSON: Chroma stores no nested values
    assert "doc_id" not in meta  # it is the record id


def test_metadata_holds_only_flat_chroma_values():
    for value in full_record().to_metadata().values():
        assert isinstance(value, (str, int, float, bool)) or (isinstance(value, list) and value and all(isinstance(v, str) for v in value))


def test_empty_lists_and_timeline_are_written_as_none_so_chroma_deletes_them():
    """Chroma rejects empty lists and merges metadata on upsert: None is how a key goes away."""
    record = full_record(diagnoses=[], drugs=[], categories=[], timeline=[])
    meta = record.to_metadata()
    assert all(meta[key] is None for key in ("diagnoses", "drugs", "categories", "timeline"))
    assert DocRecord.from_metadata(record.doc_id, meta) == record


def test_list_values_are_strings_and_blank_ones_are_dropped():
    meta = full_record(drugs=["rituximab", "", 5], diagnoses=[""]).to_metadata()
    assert meta["drugs"] == ["rituximab", "5"]
    assert meta["diagnoses"] is None


def test_missing_year_is_zero_and_missing_fields_have_defaults():
    assert full_record(year=None).to_metadata()["year"] == 0
    bare = DocRecord.from_metadata("corpus:x", {})
    assert bare == DocRecord("corpus:x", title="corpus:x", hash="", complete=False)


# -- registry ---------------------------------------------------------------------------


def test_put_records_with_texts_and_read_them_back(store):
    a, b = full_record("corpus:a"), full_record("corpus:b", drugs=[], timeline=[], complete=False)
    store.put_records([a, b], texts={"corpus:a": "text of a — ß", "corpus:b": "text of b"})
    assert store.registry() == {"corpus:a": a, "corpus:b": b}
    assert store.doc_texts(["corpus:a", "corpus:b"]) == {"corpus:a": "text of a — ß", "corpus:b": "text of b"}
    assert store.doc_texts(["corpus:unknown"]) == {}
    assert store.doc_texts([]) == {}


def test_put_records_without_texts_updates_metadata_and_keeps_the_text(store):
    pending = full_record("corpus:a", complete=False, n_chunks=0)
    store.put_records([pending], texts={"corpus:a": "the document text"})
    done = full_record("corpus:a", complete=True, n_chunks=3, drugs=["rituximab"])
    store.put_records([done])
    assert store.registry()["corpus:a"] == done
    assert store.doc_texts(["corpus:a"]) == {"corpus:a": "the document text"}


def test_registry_persists_in_the_folder(store, settings):
    store.put_records([full_record("corpus:a")], texts={"corpus:a": "t"})
    assert Store(settings).registry() == {"corpus:a": full_record("corpus:a")}


def test_delete_records(store):
    records = [full_record(f"corpus:{i}") for i in range(3)]
    store.put_records(records, texts={r.doc_id: r.doc_id for r in records})
    store.delete_records(["corpus:0", "corpus:2", "corpus:never-there"])
    assert list(store.registry()) == ["corpus:1"]
    assert store.doc_texts(["corpus:0", "corpus:1"]) == {"corpus:1": "corpus:1"}


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_registry_and_texts_page_across_batches(store, batch):
    records = [full_record(f"corpus:{i}", title=f"T{i}") for i in range(5)]
    store.batch = batch
    store.put_records(records, texts={r.doc_id: f"text {i}" for i, r in enumerate(records)})
    assert store.registry() == {r.doc_id: r for r in records}
    assert store.doc_texts([r.doc_id for r in records]) == {f"corpus:{i}": f"text {i}" for i in range(5)}
    store.put_records([full_record(r.doc_id, title=r.title, complete=False) for r in records])
    assert not any(r.complete for r in store.registry().values())
    store.delete_records([r.doc_id for r in records[:4]])
    assert list(store.registry()) == ["corpus:4"]



def test_a_record_whose_tags_became_empty_loses_them_on_rewrite(store):
    # sync rewrites a changed document with put_records(texts=...) and then flips it complete
    # with put_records(); an edit that removes the only drug mention leaves both lists empty.
    store.put_records([full_record("corpus:a", complete=False)], texts={"corpus:a": "old text mentions blinatumomab"})
    store.put_records([full_record("corpus:a", drugs=[], diagnoses=[], categories=[], timeline=[], complete=False)], texts={"corpus:a": "new text mentions no drug"})
    store.put_records([full_record("corpus:a", drugs=[], diagnoses=[], categories=[], timeline=[])])
    got = store.registry()["corpus:a"]
    assert (got.drugs, got.diagnoses, got.categories, got.timeline) == ([], [], [], [])


# -- chunks -----------------------------------------------------------------------------


def add(store: Store, doc_id: str, vectors: list[str], embed_hash: str = "eh1") -> list[Chunk]:
    chunks = doc_chunks(doc_id, embed_hash)
    assert len(chunks) == len(vectors)
    store.add_chunks(chunks, [UNIT[v] for v in vectors], doc_meta(doc_id, embed_hash=embed_hash))
    return chunks


def test_add_and_get_chunks_with_their_metadata(store):
    chunks = add(store, "d1", ["x", "xy", "y"])
    got = store.get_chunks([c.chunk_id for c in chunks] + ["d1::missing"])
    assert set(got) == {c.chunk_id for c in chunks}
    for c in chunks:
        text, meta = got[c.chunk_id]
        assert text == c.text == DOC_TEXT["d1"][meta["char_start"] : meta["char_end"]]
        assert meta == {"doc_id": "d1", "case_id": "case-d1", "section": "Case", "char_start": c.char_start, "char_end": c.char_end, "ordinal": c.ordinal, "doc_hash": "eh1", "year": 2024, "kind": "text"}
    assert store.count_chunks() == 3
    assert store.get_chunks([]) == {}


def test_chunk_metadata_defaults_case_to_the_document():
    chunk = doc_chunks("d2")[0]
    meta = Store.chunk_metadata(chunk, {"embed_hash": "eh9"})
    assert meta["case_id"] == "d2" and meta["doc_hash"] == "eh9" and meta["year"] == 0 and meta["kind"] == ""


def test_adding_the_same_chunks_again_does_not_duplicate(store):
    add(store, "d1", ["x", "xy", "y"])
    add(store, "d1", ["x", "xy", "y"])
    assert store.count_chunks() == 3


@pytest.mark.parametrize("batch", [1, 2])
def test_chunks_page_across_batches(store, batch):
    store.batch = batch
    chunks = add(store, "d1", ["x", "xy", "y"]) + add(store, "d2", ["z", "w"]) + add(store, "d3", ["xz", "y"])
    rows = list(store.iter_chunks())
    assert sorted(cid for cid, _, _ in rows) == sorted(c.chunk_id for c in chunks)
    assert len(rows) == 7
    for cid, text, meta in rows:
        assert DOC_TEXT[meta["doc_id"]][meta["char_start"] : meta["char_end"]] == text
    assert set(store.get_chunks([c.chunk_id for c in chunks])) == {c.chunk_id for c in chunks}


def test_iter_chunks_of_an_empty_store(store):
    assert list(store.iter_chunks()) == []
    assert store.count_chunks() == 0


def test_delete_chunks_of_some_documents(store):
    add(store, "d1", ["x", "xy", "y"])
    kept = add(store, "d2", ["z", "w"])
    store.delete_chunks(["d1", "d3"])
    assert sorted(cid for cid, _, _ in store.iter_chunks()) == sorted(c.chunk_id for c in kept)


def test_delete_chunks_keeps_those_of_the_new_hash(store):
    add(store, "d1", ["x", "xy", "y"], embed_hash="old")
    new = add(store, "d1", ["y", "z", "w"], embed_hash="new")
    add(store, "d2", ["z", "w"], embed_hash="old")
    store.delete_chunks(["d1", "d2"], keep_hash={"d1": "new"})  # d2 has no hash to keep: all go
    assert sorted(cid for cid, _, _ in store.iter_chunks()) == sorted(c.chunk_id for c in new)


def test_delete_chunks_of_many_documents(store):
    store.batch = 7
    doc_ids = [f"doc{i:03d}" for i in range(130)]  # more than one group of 100 doc ids
    chunks = [Chunk(f"{d}::eh::0000", d, f"text {d}", 0, 8, "", 0, f"text {d}") for d in doc_ids]
    store.add_chunks(chunks, [UNIT["x"]] * len(chunks), doc_meta(*doc_ids, embed_hash="eh"))
    store.delete_chunks(doc_ids[:125])
    assert sorted(cid for cid, _, _ in store.iter_chunks()) == [f"{d}::eh::0000" for d in doc_ids[125:]]


def test_update_chunk_facts_rewrites_only_the_document_facts(store):
    chunks = add(store, "d1", ["x", "xy", "y"])
    store.update_chunk_facts([c.chunk_id for c in chunks] + ["d1::gone"], "new-case", 2019, "case-report")
    for c in chunks:
        text, meta = store.get_chunks([c.chunk_id])[c.chunk_id]
        assert text == c.text
        assert (meta["case_id"], meta["year"], meta["kind"]) == ("new-case", 2019, "case-report")
        assert (meta["char_start"], meta["char_end"], meta["doc_hash"]) == (c.char_start, c.char_end, "eh1")


# -- query ------------------------------------------------------------------------------


def test_query_returns_cosine_similarity_best_first(store):
    add(store, "d1", ["x", "xy", "y"])
    add(store, "d2", ["z", "w"])
    add(store, "d3", ["xz", "y"])
    hits = store.query(np.array(UNIT["x"], dtype=np.float32), 4)
    assert len(hits) == 4
    assert [h[0] for h in hits[:3]] == ["d1::eh1::0000", "d1::eh1::0001", "d3::eh1::0000"]
    assert [h[3] for h in hits[:3]] == pytest.approx([1.0, 0.8, 0.6], abs=1e-5)
    assert hits[3][3] == pytest.approx(0.0, abs=1e-5)
    cid, text, meta, _ = hits[0]
    assert text == "Relapsed ALL." and meta["doc_id"] == "d1"


def test_query_similarity_is_scale_free(store):
    add(store, "d3", ["xz", "y"])
    (cid, _, _, sim), *_ = store.query([3.0, 0.0, 4.0, 0.0], 1)  # not unit length: cosine, not dot product
    assert cid == "d3::eh1::0000" and sim == pytest.approx(1.0, abs=1e-5)


def test_query_with_a_where_filter(store):
    add(store, "d1", ["x", "xy", "y"])
    add(store, "d3", ["xz", "y"])
    hits = store.query(UNIT["x"], 10, where={"doc_id": "d3"})
    assert [h[0] for h in hits] == ["d3::eh1::0000", "d3::eh1::0001"]
    hits = store.query(UNIT["x"], 10, where={"doc_id": {"$in": ["d1", "d3"]}})
    assert len(hits) == 5 and [h[3] for h in hits] == sorted((h[3] for h in hits), reverse=True)


def test_query_for_more_than_stored_returns_what_there_is(store):
    add(store, "d2", ["z", "w"])
    assert len(store.query(UNIT["z"], 50)) == 2


def test_query_with_real_model_vectors(store, embedder):
    texts = ["Blinatumomab for relapsed acute lymphoblastic leukemia.", "Platelet count in immune thrombocytopenia.", "Azacitidine with venetoclax for AML."]
    chunks = [Chunk(f"r{i}::eh::0000", f"r{i}", t, 0, len(t), "", 0, t) for i, t in enumerate(texts)]
    vectors = embedder.encode(texts)
    store.add_chunks(chunks, vectors.tolist(), doc_meta("r0", "r1", "r2", embed_hash="eh"))
    query = embedder.encode_one("treatment of relapsed acute lymphoblastic leukemia")
    hits = store.query(query, 3)
    assert hits[0][0] == "r0::eh::0000"
    for cid, _, _, sim in hits:
        assert sim == pytest.approx(float(vectors[int(cid[1])] @ query), abs=1e-4)


# -- meta and reset ---------------------------------------------------------------------


def test_meta_is_empty_then_set_meta_merges(store):
    assert store.meta() == {}
    store.set_meta(model="all-MiniLM-L6-v2", dimension=384, generation=1)
    store.set_meta(generation=2, last_sync="2026-11-26T10:00:00+00:00", dimension=None)  # None leaves a value alone
    assert store.meta() == {"model": "all-MiniLM-L6-v2", "dimension": 384, "generation": 2, "last_sync": "2026-11-26T10:00:00+00:00"}


def test_reset_drops_everything_and_the_generation_goes_on(store, settings):
    store.set_meta(model="m", generation=4, last_sync="yesterday")
    store.put_records([full_record("corpus:a")], texts={"corpus:a": "t"})
    add(store, "d1", ["x", "xy", "y"])
    store.reset()
    assert store.registry() == {} and store.count_chunks() == 0 and list(store.iter_chunks()) == []
    assert store.doc_texts(["corpus:a"]) == {}
    assert store.meta() == {"generation": 5}
    assert Store(settings).meta() == {"generation": 5}  # persisted
    # Usable straight away, with a new vector dimension if need be.
    store.add_chunks(doc_chunks("d2"), [[1.0, 0.0]] * 2, doc_meta("d2"))
    assert store.count_chunks() == 2
    store.reset()
    assert store.meta() == {"generation": 6}


def test_reset_of_a_never_synced_store_starts_no_counter(store):
    store.reset()
    assert store.meta() == {} and store.registry() == {}


def test_collections_are_named_from_the_setting(tmp_path):
    settings = make_settings(tmp_path / "index", **{"index.collection": "evalset"})
    store = Store(settings)
    store.put_records([full_record("corpus:a")], texts={"corpus:a": "t"})
    names = {c.name if hasattr(c, "name") else str(c) for c in store.client.list_collections()}
    assert {"evalset-chunks", "evalset-docs", "evalset-meta"} <= names
    assert Store(make_settings(tmp_path / "index")).registry() == {}  # the default collection is another one
    assert store.location == str(tmp_path / "index")


def test_an_unreachable_chroma_server_is_one_clear_error(tmp_path):
    settings = make_settings(tmp_path / "index", **{"index.chroma_host": "127.0.0.1", "index.chroma_port": 9})
    with pytest.raises(IndexUnavailable, match="cannot reach Chroma server at 127.0.0.1:9"):
        make_client(settings)
    assert not (tmp_path / "index").exists()



def test_the_hnsw_search_breadth_is_the_configured_one_for_new_and_existing_indexes(tmp_path):
    from assistant.config import Settings

    settings = Settings().with_overrides(**{"index.dir": tmp_path / "ix", "index.hnsw_ef_search": 200})
    assert Store(settings).chunks.configuration["hnsw"]["ef_search"] == 200
    reopened = Store(settings.with_overrides(**{"index.hnsw_ef_search": 500}))
    assert reopened.chunks.configuration["hnsw"]["ef_search"] == 500
    assert Store(settings.with_overrides(**{"index.hnsw_ef_search": 500})).chunks.configuration["hnsw"] == reopened.chunks.configuration["hnsw"]
