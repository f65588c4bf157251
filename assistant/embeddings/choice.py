"""Which encoder runs: device, backend and precision from the settings (pure, no model loaded).

Kept apart from loading so the choice is testable without a GPU and so the index can
compare the encoder it was built with against the one the settings ask for before any
weights are read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable

from assistant.config import DocumentBackend, EmbeddingBackend, EmbeddingSettings, Precision


@dataclass(frozen=True)
class EncoderSpec:
    """A resolved encoder: ``device`` ('cpu', 'cuda', 'cuda:1'), ``backend`` and ``precision``."""

    device: str
    backend: str  # torch | onnx | onnx-int8
    precision: str  # fp32 | bf16 | fp16 | int8

    @property
    def encoder_id(self) -> str:
        """What the index records (backend/precision)."""
        return f"{self.backend}/{self.precision}"


def same_vectors(a: str, b: str) -> bool:
    """May vectors of encoders ``a`` and ``b`` share an index? fp32 on torch and on ONNX Runtime
    give the same vectors (to 1e-6, tests/test_embeddings.py); any other pair differs."""
    return a == b or a.endswith("/fp32") and b.endswith("/fp32")


def choose_encoder(settings: EmbeddingSettings, cuda_available: Callable[[], bool]) -> EncoderSpec:
    """``auto`` device: cuda when ``cuda_available()``, else cpu; ``auto`` backend: torch on a GPU,
    else ONNX Runtime fp32 (the torch vectors to 1e-6, faster on a CPU; int8 was faster still but
    cost the reference answers 0.026 token F1, docs/benchmarks.md); ``auto`` precision: fp16 on
    a GPU, fp32 on a CPU. ``cuda_available`` is only called when the device is ``auto``."""
    device = settings.device
    if device == "auto":
        device = "cuda" if cuda_available() else "cpu"
    on_gpu = device.startswith("cuda")
    backend = EmbeddingBackend(settings.backend)
    if backend is EmbeddingBackend.auto:
        backend = EmbeddingBackend.torch if on_gpu else EmbeddingBackend.onnx
    if backend is EmbeddingBackend.onnx_int8:
        return EncoderSpec(device, backend.value, "int8")
    if backend is EmbeddingBackend.onnx:
        return EncoderSpec(device, backend.value, "fp32")
    precision = Precision(settings.precision)
    if precision is Precision.auto:
        precision = Precision.fp16 if on_gpu else Precision.fp32
    return EncoderSpec(device, backend.value, precision.value)


def choose_document_encoder(settings: EmbeddingSettings, query: EncoderSpec, int8_possible: Callable[[], bool]) -> EncoderSpec:
    """The encoder of the chunks at index time, given the ``query`` encoder. ``auto``: ONNX int8 where
    queries run on ONNX fp32 on a CPU (int8 documents read by fp32 queries keep the retrieval and the
    answers, whose sentence vectors are fp32 at query time; docs/benchmarks.md), else the query
    encoder. ``int8_possible()`` (only asked for ``auto``) says whether an int8 graph can be had
    here; without one ``auto`` keeps the query encoder rather than failing later."""
    choice = DocumentBackend(settings.document_backend)
    if choice is DocumentBackend.same or query.backend == "onnx-int8":
        return query
    if choice is DocumentBackend.auto and not (query.backend == "onnx" and query.device == "cpu" and int8_possible()):
        return query
    return EncoderSpec(query.device, "onnx-int8", "int8")


def int8_possible() -> bool:
    """Can ONNX int8 be built (``onnx`` and Runtime's quantiser installed)? Cheap: nothing is imported."""
    from importlib.util import find_spec

    return find_spec("onnx") is not None and find_spec("onnxruntime") is not None


def cuda_available() -> bool:
    """True when torch sees a GPU. Without an NVIDIA driver torch is not even imported (the
    ONNX path on a CPU then never pays torch's import)."""
    if not os.path.exists("/proc/driver/nvidia/version") and not os.environ.get("CUDA_VISIBLE_DEVICES"):
        return False
    import torch

    return bool(torch.cuda.is_available())


def resolve(settings: EmbeddingSettings) -> EncoderSpec:
    """The (query) encoder these settings select on this machine."""
    return choose_encoder(settings, cuda_available)


def resolve_documents(settings: EmbeddingSettings, query: EncoderSpec | None = None) -> EncoderSpec:
    """The document (index-time) encoder these settings select on this machine."""
    return choose_document_encoder(settings, query or resolve(settings), int8_possible)
