"""The shared sentence-transformers model with the real bundled weights: normalised 384-d
float32 vectors, the sentence cache, thread safety, the LangChain adapter, and one model
per process for the same settings."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from assistant.config import EmbeddingSettings
from assistant.embeddings import Embedder, LangChainEmbeddings, get_embedder

TEXTS = [
    "Relapsed B-cell ALL treated with blinatumomab; MRD negative after induction.",
    "Acute myeloid leukemia in a 74-year-old woman given azacitidine with venetoclax.",
    "Immune thrombocytopenia with a platelet count of 4 x 10^9/L.",
    "Acquired TTP: ADAMTS13 activity below 5%, plasma exchange and caplacizumab.",
]


def test_vectors_are_normalised_float32_of_the_model_dimension(embedder):
    vectors = embedder.encode(TEXTS)
    assert embedder.dimension == 384
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_encoding_no_texts_gives_an_empty_matrix(embedder):
    for empty in (embedder.encode([]), embedder.encode_cached([])):
        assert empty.shape == (0, 384) and empty.dtype == np.float32


def test_encoding_is_deterministic_and_independent_of_batching(embedder):
    together = embedder.encode(TEXTS)
    one_by_one = np.stack([embedder.encode([t])[0] for t in TEXTS])
    in_pairs = embedder.encode(TEXTS, batch_size=2)
    assert np.allclose(together, one_by_one, atol=1e-5)
    assert np.allclose(together, in_pairs, atol=1e-5)


def test_similar_texts_are_closer_than_unrelated_ones(embedder):
    a, b, c = embedder.encode(["blinatumomab for relapsed acute lymphoblastic leukemia", "ALL relapse treated with blinatumomab", "platelet count in immune thrombocytopenia"])
    assert float(a @ b) > float(a @ c)


def test_encode_one_is_the_row_of_encode(embedder):
    one = embedder.encode_one(TEXTS[0])
    assert one.shape == (384,) and one.dtype == np.float32
    assert np.allclose(one, embedder.encode(TEXTS[:1])[0], atol=1e-6)


def test_encode_cached_returns_what_encode_returns_in_order_with_repeats(embedder):
    texts = [TEXTS[1], TEXTS[0], TEXTS[1], "a sentence only the cache test uses"]
    cached = embedder.encode_cached(texts)
    assert cached.shape == (4, 384)
    assert np.allclose(cached, embedder.encode(texts), atol=1e-5)
    assert np.array_equal(cached[0], cached[2])


def test_encode_cached_serves_repeats_from_the_cache(embedder, monkeypatch):
    texts = ["cache check: first sentence about rituximab", "cache check: second sentence about eculizumab"]
    first = embedder.encode_cached(texts)
    calls: list[list[str]] = []
    real_encode = embedder.encode

    def counting_encode(batch, batch_size=None):
        calls.append(list(batch))
        return real_encode(batch, batch_size)

    monkeypatch.setattr(embedder, "encode", counting_encode)
    again = embedder.encode_cached(list(reversed(texts)))
    assert calls == []
    assert np.array_equal(again, first[::-1])
    # Only the texts not seen before are encoded, once each.
    mixed = embedder.encode_cached([texts[0], "cache check: a new sentence", "cache check: a new sentence"])
    assert calls == [["cache check: a new sentence"]]
    assert np.array_equal(mixed[0], first[0]) and np.array_equal(mixed[1], mixed[2])


def test_concurrent_encoding_gives_the_serial_vectors(embedder):
    serial = [embedder.encode([t])[0] for t in TEXTS]
    results: dict[tuple[int, int], np.ndarray] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            start.wait()
            for j in range(len(TEXTS)):
                i = (n + j) % len(TEXTS)
                results[(n, i)] = embedder.encode_one(TEXTS[i]) if n % 2 else embedder.encode_cached([TEXTS[i]])[0]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors
    assert len(results) == 8 * len(TEXTS)
    for (_, i), vector in results.items():
        assert np.allclose(vector, serial[i], atol=1e-5)


def test_langchain_adapter_agrees_with_encode(embedder):
    adapter = LangChainEmbeddings(embedder)
    assert isinstance(adapter, Embeddings)
    documents = adapter.embed_documents(TEXTS[:2])
    assert isinstance(documents, list) and all(isinstance(v, list) and len(v) == 384 and isinstance(v[0], float) for v in documents)
    assert np.allclose(np.array(documents), embedder.encode(TEXTS[:2]), atol=1e-6)
    query = adapter.embed_query(TEXTS[2])
    assert isinstance(query, list) and len(query) == 384
    assert np.allclose(np.array(query), embedder.encode_one(TEXTS[2]), atol=1e-6)
    assert adapter.embed_documents([]) == []


def test_get_embedder_returns_one_model_per_settings(embedder):
    assert get_embedder(EmbeddingSettings()) is embedder
    assert get_embedder(EmbeddingSettings(device="cpu", batch_size=32)) is embedder
    assert isinstance(embedder, Embedder)


def test_the_model_name_is_the_folder_name(embedder):
    assert embedder.name == EmbeddingSettings().resolved_model_path().rstrip("/").split("/")[-1]
    assert "/" not in embedder.name and embedder.name


def test_a_missing_model_folder_is_one_clear_error(tmp_path):
    with pytest.raises(RuntimeError, match="cannot load embedding model from"):
        Embedder(str(tmp_path / "no-such-model"))
