"""The embedding model, loaded once per process and shared.

Runs on sentence-transformers/torch (fp32, bf16 or fp16 weights) or on ONNX Runtime (fp32 or
int8; ``assistant.embeddings.onnx``); ``assistant.embeddings.choice`` picks which from the
settings and the machine. One ``Embedder`` holds two encoders that may differ: queries and answer
sentences (``encode``) and chunks at index time (``encode_documents``, ONNX int8 by default on a
CPU; loaded on first use, so a process that only answers never loads it). Also exposed as a LangChain ``Embeddings`` so the same weights serve any LangChain
component a user plugs in.
"""

from __future__ import annotations

import threading
import warnings
from functools import lru_cache

import numpy as np
from assistant.config import EmbeddingSettings
from assistant.embeddings.choice import EncoderSpec, resolve, resolve_documents

_DTYPES = {"bf16": "bfloat16", "fp16": "float16"}


class _TorchModel:
    """sentence-transformers on torch; bf16/fp16 weights, vectors re-normalised in fp32."""

    def __init__(self, model_path: str, spec: EncoderSpec):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # our own progress bars only; no "Loading weights" noise
        self.model = SentenceTransformer(model_path, device=spec.device, local_files_only=True)
        self.half = spec.precision in _DTYPES
        if self.half:
            import torch

            self.model.to(getattr(torch, _DTYPES[spec.precision]))
        self.dimension = int(self.model.get_embedding_dimension())
        self.max_seq_length = int(self.model.max_seq_length)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        if not self.half:
            return self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        vectors = self.model.encode(texts, batch_size=batch_size, convert_to_tensor=True, show_progress_bar=False).float().cpu().numpy()
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


class Embedder:
    """Normalised float32 embeddings from a local model (offline): queries on the encoder ``spec``
    names, documents on ``document_spec`` (default: the same)."""

    def __init__(self, model_path: str, spec: EncoderSpec | str = "cpu", batch_size: int = 0, onnx_cache_dir=None, document_spec: EncoderSpec | None = None):
        self.model_path = model_path
        self.spec = spec if isinstance(spec, EncoderSpec) else EncoderSpec(spec, "torch", "fp32")
        self.document_spec = document_spec or self.spec
        self._onnx_cache_dir = onnx_cache_dir
        self._documents: Embedder | None = None
        self.batch_size = batch_size or (64 if self.spec.device.startswith("cuda") else 1)
        if self.spec.backend == "onnx-int8":
            self.batch_size = 1  # dynamic int8 scales span the batch: a vector must not depend on its batch-mates
        try:
            if self.spec.backend == "torch":
                self.model = _TorchModel(model_path, self.spec)
            else:
                from assistant.embeddings.onnx import OnnxModel

                cache = onnx_cache_dir or EmbeddingSettings().onnx_cache_dir
                self.model = OnnxModel(model_path, cache, self.spec.backend == "onnx-int8", self.spec.device)
        except Exception as exc:  # noqa: BLE001 - turn any load failure into one clear message
            raise RuntimeError(f"cannot load embedding model from {model_path!r} ({self.spec.backend}): {exc}") from exc
        self.dimension = int(self.model.dimension)
        self.max_seq_length = int(self.model.max_seq_length)
        self._lock = threading.Lock()
        self._cache: dict[str, np.ndarray] = {}
        self._cache_lock = threading.Lock()
        self._documents_lock = threading.Lock()

    @property
    def encoder_id(self) -> str:
        """The document encoder's backend and precision, recorded in the index next to the model name."""
        return self.document_spec.encoder_id

    @property
    def query_encoder_id(self) -> str:
        return self.spec.encoder_id

    @property
    def name(self) -> str:
        """A stable model identifier recorded in the index (the folder name)."""
        return self.model_path.rstrip("/").split("/")[-1] if "/" in self.model_path else self.model_path

    def encode(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # torch inference is thread-safe, but serialising keeps two cores from thrashing
        # under concurrent chat requests and keeps latency predictable.
        with self._lock:
            vectors = self.model.encode(texts, self.batch_size if self.spec.backend == "onnx-int8" else batch_size or self.batch_size)
        return np.asarray(vectors, dtype=np.float32)

    def encode_documents(self, texts: list[str], batch_size: int | None = None) -> np.ndarray:
        """Chunk vectors for the index, on the document encoder (its model loaded on first call)."""
        if self.document_spec == self.spec:
            return self.encode(texts, batch_size)
        with self._documents_lock:  # not the encode lock: queries go on while the document model loads
            if self._documents is None:
                self._documents = Embedder(self.model_path, self.document_spec, 0, self._onnx_cache_dir)
        return self._documents.encode(texts, batch_size)

    def encode_cached(self, texts: list[str]) -> np.ndarray:
        """Like encode, remembering recent texts: answer sentences recur across questions."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._cache_lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = dict(zip(missing, self.encode(missing)))
            known.update(fresh)
            with self._cache_lock:
                self._cache.update(fresh)
                while len(self._cache) > 20000:
                    self._cache.pop(next(iter(self._cache)))
        return np.stack([known[t] for t in texts])

    def encode_one(self, text: str) -> np.ndarray:
        """One query's vector, remembered: a question searched twice (to name its case, then
        inside that case) is embedded once."""
        return self.encode_cached([text])[0]


def __getattr__(name: str):
    """``LangChainEmbeddings`` is built on first use: LangChain costs about a second to import."""
    if name == "LangChainEmbeddings":
        return _langchain_embeddings()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def _langchain_embeddings() -> type:
    from langchain_core.embeddings import Embeddings

    class LangChainEmbeddings(Embeddings):
        """Adapter so LangChain vector stores and chains reuse the loaded model."""

        def __init__(self, embedder: Embedder):
            self.embedder = embedder

        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return self.embedder.encode_documents(list(texts)).tolist()

        def embed_query(self, text: str) -> list[float]:
            return self.embedder.encode_one(text).tolist()

    LangChainEmbeddings.__module__ = __name__
    LangChainEmbeddings.__qualname__ = "LangChainEmbeddings"
    return LangChainEmbeddings


@lru_cache(maxsize=4)
def _cached(model_path: str, spec: EncoderSpec, batch_size: int, onnx_cache_dir, document_spec: EncoderSpec) -> Embedder:
    return Embedder(model_path, spec, batch_size, onnx_cache_dir, document_spec)


def get_embedder(settings: EmbeddingSettings) -> Embedder:
    """The process-wide model for these settings (loading takes seconds; do it once)."""
    spec = resolve(settings)
    try:
        return _cached(settings.resolved_model_path(), spec, settings.batch_size, settings.onnx_cache_dir, resolve_documents(settings, spec))
    except RuntimeError:
        if settings.backend != "auto" or spec.backend != "onnx":
            raise
        # No ONNX export possible here (onnx missing, a read-only cache): torch fp32 gives the same vectors.
        warnings.warn("ONNX Runtime encoder unavailable; using torch fp32 (same vectors, slower)", RuntimeWarning, stacklevel=2)
        fallback = EncoderSpec(spec.device, "torch", "fp32")
        return _cached(settings.resolved_model_path(), fallback, settings.batch_size, settings.onnx_cache_dir, fallback)
