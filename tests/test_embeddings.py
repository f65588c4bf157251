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
    assert np.allclose(np.array(documents), embedder.encode_documents(TEXTS[:2]), atol=1e-6)
    query = adapter.embed_query(TEXTS[2])
    assert isinstance(query, list) and len(query) == 384
    assert np.allclose(np.array(query), embedder.encode_one(TEXTS[2]), atol=1e-6)
    assert adapter.embed_documents([]) == []


def test_get_embedder_returns_one_model_per_settings(embedder):
    assert get_embedder(EmbeddingSettings()) is embedder
    assert get_embedder(EmbeddingSettings(device="cpu", batch_size=0)) is embedder
    assert isinstance(embedder, Embedder)


def test_the_model_name_is_the_folder_name(embedder):
    assert embedder.name == EmbeddingSettings().resolved_model_path().rstrip("/").split("/")[-1]
    assert "/" not in embedder.name and embedder.name


def test_a_missing_model_folder_is_one_clear_error(tmp_path):
    with pytest.raises(RuntimeError, match="cannot load embedding model from"):
        Embedder(str(tmp_path / "no-such-model"))


# -- encoder choice and backends ----------------------------------------------------------
def _never() -> bool:
    raise AssertionError("the GPU probe must not run when the device is named")


@pytest.mark.parametrize(
    ("settings", "gpu", "expected"),
    [
        (EmbeddingSettings(), False, ("cpu", "onnx", "fp32")),
        (EmbeddingSettings(backend="onnx-int8"), False, ("cpu", "onnx-int8", "int8")),
        (EmbeddingSettings(), True, ("cuda", "torch", "fp16")),
        (EmbeddingSettings(backend="torch"), False, ("cpu", "torch", "fp32")),
        (EmbeddingSettings(backend="torch", precision="bf16"), False, ("cpu", "torch", "bf16")),
        (EmbeddingSettings(backend="onnx"), True, ("cuda", "onnx", "fp32")),
    ],
)
def test_the_encoder_follows_the_device_auto_uses_a_gpu_when_torch_sees_one(settings, gpu, expected):
    from assistant.embeddings.choice import choose_encoder

    spec = choose_encoder(settings, lambda: gpu)
    assert (spec.device, spec.backend, spec.precision) == expected
    assert spec.encoder_id == f"{expected[1]}/{expected[2]}"


def test_a_named_device_is_taken_as_given():
    from assistant.embeddings.choice import choose_encoder

    assert choose_encoder(EmbeddingSettings(device="cpu"), _never).device == "cpu"
    assert choose_encoder(EmbeddingSettings(device="cuda:1"), _never) == choose_encoder(EmbeddingSettings(device="cuda:1", backend="torch", precision="fp16"), _never)


@pytest.mark.parametrize(
    ("overrides", "query", "expected"),
    [
        ({}, ("cpu", "onnx", "fp32"), ("cpu", "onnx-int8", "int8")),  # the default on a CPU: int8 documents, fp32 queries
        ({"document_backend": "same"}, ("cpu", "onnx", "fp32"), ("cpu", "onnx", "fp32")),
        ({}, ("cuda", "torch", "fp16"), ("cuda", "torch", "fp16")),  # a GPU: the query encoder
        ({}, ("cpu", "torch", "fp32"), ("cpu", "torch", "fp32")),  # torch asked for: auto does not switch it
        ({"document_backend": "onnx-int8"}, ("cpu", "torch", "fp32"), ("cpu", "onnx-int8", "int8")),
        ({"backend": "onnx-int8"}, ("cpu", "onnx-int8", "int8"), ("cpu", "onnx-int8", "int8")),
    ],
)
def test_documents_are_encoded_in_int8_only_where_queries_run_on_onnx_fp32_on_a_cpu(overrides, query, expected):
    from assistant.embeddings.choice import EncoderSpec, choose_document_encoder

    spec = choose_document_encoder(EmbeddingSettings(**overrides), EncoderSpec(*query), lambda: True)
    assert (spec.device, spec.backend, spec.precision) == expected


def test_without_the_onnx_quantiser_auto_documents_keep_the_query_encoder():
    from assistant.embeddings.choice import EncoderSpec, choose_document_encoder

    query = EncoderSpec("cpu", "onnx", "fp32")
    assert choose_document_encoder(EmbeddingSettings(), query, lambda: False) == query


def test_the_default_embedder_encodes_queries_in_fp32_and_documents_in_int8_and_the_index_records_the_documents(embedder, torch_fp32):
    assert embedder.query_encoder_id == "onnx/fp32" and embedder.encoder_id == "onnx-int8/int8"
    assert np.allclose(embedder.encode(TEXTS), torch_fp32.encode(TEXTS), atol=1e-5)  # queries and answer sentences: today's vectors
    documents = embedder.encode_documents(TEXTS)
    assert documents.dtype == np.float32 and np.allclose(np.linalg.norm(documents, axis=1), 1.0, atol=1e-5)
    assert 0.99 <= float(np.min(np.sum(documents * embedder.encode(TEXTS), axis=1))) < 0.99999  # int8, close to fp32
    same = get_embedder(EmbeddingSettings(document_backend="same"))
    assert same.encoder_id == same.query_encoder_id == "onnx/fp32" and np.array_equal(same.encode_documents(TEXTS), same.encode(TEXTS))


def test_a_misspelt_backend_is_refused():
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        EmbeddingSettings(backend="onnx_int4")


@pytest.fixture(scope="module")
def torch_fp32():
    return get_embedder(EmbeddingSettings(backend="torch", precision="fp32"))


def test_onnx_fp32_gives_the_torch_vectors_so_they_may_share_an_index(torch_fp32):
    from assistant.embeddings.choice import same_vectors

    assert same_vectors("torch/fp32", "onnx/fp32") and not same_vectors("onnx/fp32", "onnx-int8/int8") and not same_vectors("torch/bf16", "torch/fp16")
    onnx = get_embedder(EmbeddingSettings(backend="onnx", document_backend="same"))
    assert onnx.encoder_id == "onnx/fp32" and torch_fp32.encoder_id == "torch/fp32"
    texts = [*TEXTS, "word " * 400]  # longer than the window: truncated the same way
    assert np.allclose(onnx.encode(texts), torch_fp32.encode(texts), atol=1e-5)


@pytest.mark.parametrize("settings", [EmbeddingSettings(backend="onnx-int8"), EmbeddingSettings(backend="torch", precision="bf16")])
def test_faster_encoders_stay_within_cosine_0_99_of_fp32(settings, torch_fp32):
    fast = get_embedder(settings)
    vectors = fast.encode(TEXTS)
    assert vectors.dtype == np.float32 and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(vectors * torch_fp32.encode(TEXTS), axis=1))) >= 0.99


def test_the_onnx_export_is_made_once_and_reused(tmp_path):
    from assistant.embeddings.onnx import export_path

    model = EmbeddingSettings().resolved_model_path()
    first = export_path(model, tmp_path, int8=True)
    stamp = first.stat().st_mtime_ns
    assert export_path(model, tmp_path, int8=True) == first and first.stat().st_mtime_ns == stamp
    assert not list(tmp_path.rglob("*.partial"))


def test_auto_falls_back_to_torch_fp32_when_no_onnx_export_can_be_made(tmp_path, monkeypatch):
    import assistant.embeddings.onnx as onnx_module

    def refuse(*args, **kwargs):
        raise ImportError("no onnx here")

    monkeypatch.setattr(onnx_module, "export_path", refuse)
    with pytest.warns(RuntimeWarning, match="torch fp32"):
        fallback = get_embedder(EmbeddingSettings(device="cpu", onnx_cache_dir=tmp_path / "never"))
    assert fallback.encoder_id == "torch/fp32"
    with pytest.raises(RuntimeError, match="cannot load embedding model"):
        get_embedder(EmbeddingSettings(backend="onnx", onnx_cache_dir=tmp_path / "never"))
