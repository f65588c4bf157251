"""Where our dense retrieval loses to the naive LangChain pipeline: chunking or retrieval?

Issue 11 part 3. One encoder, one plain retrieval for every variant, so only the passages
differ: each variant's passages are encoded (documents on ``--documents``: ``fp32`` = the
query encoder, the naive pipeline's vectors to 1e-6; ``int8`` = our default document encoder),
every question (fp32) is ranked against them by cosine, the top ``3k`` passages are collapsed
to their first ``k`` distinct documents (what ``evaluate`` does with our retriever's passages),
and scored with the shared metric code. Variants:

- ``naive``: RecursiveCharacterTextSplitter 1000/200 windows of the document text (the naive
  pipeline's chunks);
- ``ours``: our chunks as embedded before 2026-11-27 (title/section header + sentence-packed body,
  one sentence of overlap, paragraphs ignored);
- ``ours-body``: our chunks without the header;
- ``ours-overlap0``: our chunks with ``chunking.overlap_sentences=0``, header included;
- ``ours-paragraphs`` (and ``-overlap0``, today's default): with ``chunking.paragraphs=true`` (a paragraph that does
  not fit in what is left of a chunk starts the next one).

Comparing ``ours`` here with ``encode_speed.py``'s dense row for the same set separates our
retriever (Chroma HNSW, k_dense, near-duplicate handling) from our chunks.

    .venv/bin/python benchmarks/dense_gap.py --quick          # 12 COVID-QA papers, 121 questions
    .venv/bin/python benchmarks/dense_gap.py                  # all 49 papers, 841 questions
    .venv/bin/python benchmarks/dense_gap.py --set pubmedqa   # 500 untitled PubMedQA passages
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import RESULTS_DIR, machine_info, table, write_result  # noqa: E402
from encode_speed import _jsonl, make_sets  # noqa: E402


BEFORE = {"chunking.overlap_sentences": 1, "chunking.paragraphs": False}  # our chunking before 2026-11-27


def our_passages(corpus: Path, overrides: dict[str, Any], body_only: bool) -> list[tuple[str, str]]:
    """(doc id, embedded text) of our chunks for ``corpus`` under these settings."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    settings = Settings().with_overrides(**{"index.dir": Path(tempfile.gettempdir()) / "dense-gap-unused", **overrides})
    loaded = load_paths([corpus], settings, settings_key(settings, settings.embedding.model_id()))
    tag(loaded.items)
    return [(c.doc_id, c.text if body_only else c.embed_text) for item in loaded.items for c in prepare(item, counter_for(settings), settings)]


def naive_passages(corpus: Path) -> list[tuple[str, str]]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    return [(d["id"], text) for d in _jsonl(corpus) for text in splitter.split_text(d["text"])]


def rank(passages: list[tuple[str, str]], vectors: np.ndarray, queries: np.ndarray, k: int, doc_key) -> list[list[str]]:
    """Per query: the first ``k`` distinct documents among its ``3k`` nearest passages."""
    out = []
    for scores in queries @ vectors.T:
        docs: list[str] = []
        for i in np.argsort(-scores)[: 3 * k]:
            doc = doc_key(passages[i][0])
            if doc not in docs:
                docs.append(doc)
        out.append(docs[:k])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--quick", action="store_true", help="12 COVID-QA papers (100 PubMedQA passages)")
    parser.add_argument("--set", dest="qa_set", choices=["covidqa", "pubmedqa"], default="covidqa", help="question set (pubmedqa: the 500 dev contexts as untitled passages)")
    parser.add_argument("--documents", choices=["fp32", "int8"], default="fp32", help="document encoder (queries are always fp32)")
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--variants", nargs="+", help="only these variants (default: all)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "dense_gap.json")
    args = parser.parse_args()
    from assistant.config import EmbeddingSettings
    from assistant.embeddings import get_embedder
    from assistant.evaluate.metrics import retrieval_metrics
    from assistant.ingest.identity import local_id

    machine = machine_info()
    embedder = get_embedder(EmbeddingSettings())
    encode_docs = embedder.encode_documents if args.documents == "int8" else embedder.encode
    with tempfile.TemporaryDirectory(prefix="dense-gap-") as work:
        corpus, questions_path = make_sets([args.qa_set], Path(work), args.quick)[args.qa_set]
        questions = _jsonl(questions_path)
        windows = naive_passages(corpus)
        variants = {
            "naive": (windows, str),
            "ours": (our_passages(corpus, BEFORE, False), local_id),
            "ours-body": (our_passages(corpus, BEFORE, True), local_id),
            "ours-overlap0": (our_passages(corpus, {**BEFORE, "chunking.overlap_sentences": 0}, False), local_id),
            "ours-paragraphs": (our_passages(corpus, {**BEFORE, "chunking.paragraphs": True}, False), local_id),
            "ours-paragraphs-overlap0": (our_passages(corpus, {"chunking.paragraphs": True, "chunking.overlap_sentences": 0}, False), local_id),
        }
    query_vectors = embedder.encode([str(q["question"]) for q in questions])
    qrels = {str(q["id"]): set(q["relevant_ids"]) for q in questions}
    results = {}
    for name, (passages, doc_key) in variants.items():
        if args.variants and name not in args.variants:
            continue
        print(f"{name}: {len(passages)} passages ...", flush=True)
        vectors = encode_docs([text for _, text in passages])
        ranked = rank(passages, vectors, query_vectors, args.k, doc_key)
        metrics = retrieval_metrics({str(q["id"]): r for q, r in zip(questions, ranked)}, qrels, args.k)
        results[name] = {"passages": len(passages), **{key: round(float(v), 4) for key, v in metrics.items() if isinstance(v, (int, float))}}
    payload = {"benchmark": "dense_gap", "set": args.qa_set, "quick": args.quick, "documents": args.documents, "questions": len(questions), "machine": machine, "variants": results}
    write_result(args.out, payload)
    print(table(["passages", "n", "nDCG@10", "hit@1", "hit@10"], [[n, r["passages"], f"{r['ndcg@10']:.4f}", f"{r['hit@1']:.4f}", f"{r['hit@10']:.4f}"] for n, r in results.items()]))


if __name__ == "__main__":
    main()
