"""The model on ONNX Runtime: exported once from the local weights, optionally int8-quantised.

sentence-transformers' own ONNX backend needs ``optimum``, whose current release pins an
older transformers than this project runs, so the export is done here with
``torch.onnx.export`` and ``onnxruntime.quantization`` (the ``onnx`` package is needed for
the export only). The exported graph is the whole sentence-transformers pipeline of
all-MiniLM-L6-v2 -- BERT, mean pooling over the attention mask, L2 normalisation -- so
Runtime hands back the final vectors; the fp32 graph matches ``SentenceTransformer.encode``
to ~1e-6 (tests/test_embeddings.py).

int8 recipe (dynamic quantisation, per-channel int8 weights): every MatMul except the six
feed-forward output projections (``layer.N/output/dense``), which carry the largest
activation outliers. All 36 MatMuls quantised gave a minimum cosine of 0.987 to fp32 on
COVID-QA chunks; with these six kept in fp32, 0.994 (docs/benchmarks.md).

Nothing is downloaded: the export reads the model folder and is cached under
``embedding.onnx_cache_dir`` keyed by the weights' size and mtime, the recipe and the
library versions; a half-written export is never used (written under a temporary name,
then renamed).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

import numpy as np

RECIPE = "mean-pool-l2/opset17/int8-per-channel-skip-ffn-out/v1"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def _weights_key(model_path: Path) -> str:
    files = sorted(p for p in model_path.glob("*") if p.is_file())
    facts = [(p.name, p.stat().st_size, int(p.stat().st_mtime)) for p in files]
    from importlib.metadata import version

    payload = json.dumps({"files": facts, "recipe": RECIPE, "ort": version("onnxruntime")}, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def export_path(model_path: str, cache_dir: Path, int8: bool) -> Path:
    """The cached graph for this model (exported now if missing)."""
    folder = Path(cache_dir) / f"{Path(model_path).name}-{_weights_key(Path(model_path))}"
    fp32, quantised = folder / "model.onnx", folder / "model-int8.onnx"
    if not fp32.exists():
        _atomic(fp32, lambda tmp: _export(model_path, tmp))
    if int8 and not quantised.exists():
        _atomic(quantised, lambda tmp: _quantise(fp32, tmp))
    return quantised if int8 else fp32


def _atomic(target: Path, write) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".partial")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _export(model_path: str, target: Path) -> None:
    """BERT + mean pooling + L2 normalisation as one ONNX graph with dynamic batch and length."""
    import torch
    from transformers import AutoModel

    class SentenceGraph(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    model = SentenceGraph(AutoModel.from_pretrained(model_path, local_files_only=True).eval())
    sample = torch.ones((2, 8), dtype=torch.int64)
    dynamic = {name: {0: "batch", 1: "sequence"} for name in INPUTS}
    with torch.no_grad():
        torch.onnx.export(
            model, (sample, sample, torch.zeros_like(sample)), str(target), input_names=list(INPUTS), output_names=["sentence_embedding"],
            dynamic_axes={**dynamic, "sentence_embedding": {0: "batch"}}, opset_version=17, dynamo=False,
        )


def _quantise(fp32: Path, target: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    names = [node.name for node in onnx.load(str(fp32)).graph.node if node.op_type == "MatMul"]
    keep = [n for n in names if "/output/dense/" in n and "/attention/" not in n]
    if not keep:  # the exporter named the nodes differently: never quantise them blindly
        raise RuntimeError("int8 export: no feed-forward output MatMul found to keep in fp32")
    quantize_dynamic(str(fp32), str(target), weight_type=QuantType.QInt8, per_channel=True, nodes_to_exclude=keep)


class OnnxModel:
    """``encode(texts, batch_size)`` -> normalised float32 vectors, longest texts batched together."""

    def __init__(self, model_path: str, cache_dir: Path, int8: bool, device: str = "cpu"):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        config = json.loads((Path(model_path) / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config.get("max_seq_length", 256))
        self.tokenizer = Tokenizer.from_file(str(Path(model_path) / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_seq_length)
        pad_id = self.tokenizer.token_to_id("[PAD]") or 0
        self.tokenizer.enable_padding(pad_id=pad_id, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Like OMP_WAIT_POLICY=PASSIVE for torch: idle threads must not spin on a busy laptop.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        providers = ["CUDAExecutionProvider", "CPUExecutionProvider"] if device.startswith("cuda") else ["CPUExecutionProvider"]
        path = export_path(model_path, cache_dir, int8)
        self.session = ort.InferenceSession(str(path), options, providers=[p for p in providers if p in ort.get_available_providers()])
        self.dimension = int(self.encode(["dimension probe"], 1).shape[1])

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), getattr(self, "dimension", 0) or 1), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            ids = order[start : start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in ids])
            feed = {name: np.asarray([getattr(e, attr) for e in encoded], dtype=np.int64) for name, attr in zip(INPUTS, ("ids", "attention_mask", "type_ids"))}
            vectors = self.session.run(None, feed)[0]
            if out.shape[1] != vectors.shape[1]:
                out = np.zeros((len(texts), vectors.shape[1]), dtype=np.float32)
            out[ids] = vectors
        return out
