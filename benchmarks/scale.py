"""Scale: 100k and 1M chunks, embedded Chroma and a real ``chroma run`` server.

Two steps, so the long build runs once (in the background) and the measurement can be
repeated against the same index:

    .venv/bin/python benchmarks/scale.py build --n 100000 --workdir /tmp/scale-bench
    .venv/bin/python benchmarks/scale.py measure --n 100000 --workdir /tmp/scale-bench --out benchmarks/results/scale-100k.json

``build`` makes ``WORKDIR/index-N`` with ``synthetic.build_scale_index`` (the shipped corpus
chunked and ~2,000 chunks embedded for real, then filler documents of shuffled real
sentences with vectors = a real embedding + Gaussian noise, written through ``Store``
in big batches) and records the build time and disk size in ``WORKDIR/build-N.json``.

``measure`` runs two children on that index, one after the other: *embedded*
(``PersistentClient(index.dir)``) and *server* (``chroma run --path index-N`` on a free
loopback port, started and stopped here; the product with ``index.chroma_host`` set).
Each child: BM25 first build (cold), BM25 cache load, adding one document (incremental
BM25 update vs a from-scratch rebuild, same run), hybrid retrieval p50/p95 over the
reference questions, extractive answer p50/p95, answers across cases p50
(``benchmarks/sets/case_lists.jsonl``), peak RSS of the child and (server) of the Chroma
server process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, RESULTS_DIR, Timer, dir_size, latency_summary, machine_info, peak_rss_mb, run_child, timed, write_result  # noqa: E402

import numpy as np  # noqa: E402

REFERENCE_QUESTIONS = REPO_ROOT / "tests" / "data" / "reference_questions.jsonl"
CASE_LISTS = REPO_ROOT / "benchmarks" / "sets" / "case_lists.jsonl"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "assistant-bench-cache"
OLD_REBUILD_MAX = 200_000  # bm25s holds every token list at once: ~9 GB of Python strings at 1M
TARGETS = {"hybrid_p50_ms_at_1m": 100.0, "rss_mb_at_1m": 4096.0, "across_p50_ms_at_100k": 3000.0}


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- build ---------------------------------------------------------------------------------
def build(args: argparse.Namespace) -> None:
    """The real base (cached), then ``index-N`` written through ``Store`` in big batches."""
    from assistant.config import Settings
    from assistant.index.store import Store
    from synthetic import build_scale_index, prepare_base

    workdir: Path = args.workdir
    workdir.mkdir(parents=True, exist_ok=True)
    if not (workdir / "base.json").is_file():
        relevant = list(dict.fromkeys(i for q in _read_jsonl(REFERENCE_QUESTIONS) for i in q.get("relevant_ids", [])))
        info = prepare_base(workdir, [Settings().paths.corpus_dir], relevant, args.distinct, args.cache_dir)
        (workdir / "base-info.json").write_text(json.dumps(info, indent=2))
    index_dir = workdir / f"index-{args.n}"
    shutil.rmtree(index_dir, ignore_errors=True)
    settings = Settings().with_overrides(**{"index.dir": index_dir, "llm.enabled": False})
    store = Store(settings)
    base = json.loads((workdir / "base.json").read_text(encoding="utf-8"))
    load_start = os.getloadavg()
    stats = build_scale_index(settings, store, base, np.load(workdir / "base.npy"), args.n, args.noise, seed=args.n, max_chars=args.filler_chars)
    out = {"n": args.n, "build": stats, "disk": dir_size(index_dir), "load_average_at_start": load_start, "load_average_at_end": os.getloadavg(), "machine": machine_info()}
    write_result(workdir / f"build-{args.n}.json", out)
    print(json.dumps({k: out[k] for k in ("n", "build", "disk")}, indent=1), flush=True)


from scale_halves import bm25_only, vectors_only  # noqa: E402  (the 1M halves measured apart)


# -- measure: parent ----------------------------------------------------------------------
def measure(args: argparse.Namespace) -> None:
    """One child per mode on ``index-N``; the server mode runs against ``chroma run`` started here."""
    from tests.chroma_server import ChromaServer

    import psutil

    index_dir = args.workdir / f"index-{args.n}"
    results: dict[str, Any] = {}
    for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
        result_path = args.workdir / f"measure-{args.n}-{mode}.json"
        argv = [sys.executable, str(Path(__file__).resolve()), "child", "--n", str(args.n), "--workdir", str(args.workdir), "--mode", mode, "--result", str(result_path), "--questions", str(args.questions), "--across", str(args.across)]
        if mode == "embedded":
            cold = run_child(argv + ["--cold-only"], result_path) if args.cold_apart else None
            results[mode] = run_child(argv + (["--keep-bm25"] if cold else []), result_path)
            results[mode]["bm25_cold_child"] = cold
            continue
        with ChromaServer(index_dir, log=args.workdir / f"server-{args.n}.log", timeout=600) as server:
            proc = psutil.Process(server.pid)
            rss_idle = proc.memory_info().rss / 2**20
            reuse = args.cold_apart and _copy_embedded_bm25(args, server.port)
            results[mode] = run_child(argv + ["--port", str(server.port)] + (["--keep-bm25"] if reuse else []), result_path)
            results[mode]["bm25_cache_copied_from_embedded"] = reuse
            results[mode]["server_rss_mb_after_start"] = round(rss_idle, 1)
            results[mode]["server_rss_mb_at_end"] = round(sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20, 1)
            results[mode]["server_peak_rss_mb"] = _vm_hwm_mb(server.pid)
    build_info = args.workdir / f"build-{args.n}.json"
    payload = {
        "benchmark": "scale", "n": args.n, "machine": machine_info(), "load_average_at_end": os.getloadavg(), "targets": TARGETS,
        "build": json.loads(build_info.read_text()) if build_info.is_file() else None, "disk_after": dir_size(index_dir), "modes": results,
        "command": " ".join(["benchmarks/scale.py", "measure", "--n", str(args.n), "--modes", args.modes] + (["--cold-apart"] if args.cold_apart else [])),
    }  # fmt: skip
    out = args.out or RESULTS_DIR / f"scale-{args.n}.json"
    write_result(out, payload)
    _report(payload)
    print(f"wrote {out}")


def _copy_embedded_bm25(args: argparse.Namespace, port: int) -> bool:
    """The embedded child's BM25 cache, copied to where the server-mode client looks for it
    (same Chroma data, same generation: it loads), so a 1M cold build runs once, not twice."""
    from assistant.retrieve.lexical_cache import folder_for

    source = folder_for(_settings(argparse.Namespace(**{**vars(args), "mode": "embedded"})))
    if not (source / "chunks.json").is_file():
        return False
    target = folder_for(_settings(argparse.Namespace(**{**vars(args), "mode": "server", "port": port})))
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    return True


def _vm_hwm_mb(pid: int) -> float | None:
    """Peak RSS of another process (``VmHWM`` in /proc)."""
    lines = [line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("VmHWM:")]
    return round(int(lines[0].split()[1]) / 1024, 1) if lines else None


def _report(payload: dict[str, Any]) -> None:
    from common import table

    rows = []
    for mode, r in payload["modes"].items():
        lat = r["latency_ms"]
        rows.append([mode, lat["hybrid"]["p50"], lat["hybrid"]["p95"], lat["hybrid_no_embed"]["p50"], lat["bm25"]["p50"], lat["dense"]["p50"], lat["answer"]["p50"], lat["across"]["p50"],
                     r["bm25"]["add_one_file_seconds"], r["bm25"]["bm25s_rebuild_seconds"], r["child_peak_rss_mb"], r.get("server_peak_rss_mb"), r["load_average_at_start"][0]])  # fmt: skip
    print(table(["mode", "hybrid p50", "p95", "w/o embed", "bm25 p50", "dense p50", "answer p50", "across p50", "add file s", "bm25s rebuild s", "RSS MB", "server RSS MB", "load"], rows))


# -- measure: child -------------------------------------------------------------------------
def _settings(args: argparse.Namespace):
    from assistant.config import Settings

    index_dir = args.workdir / f"index-{args.n}"
    if args.mode == "server":  # the server owns index-N; the BM25 cache goes to a folder of the client's
        return Settings().with_overrides(**{"index.dir": args.workdir / f"client-{args.n}", "index.chroma_host": "127.0.0.1", "index.chroma_port": args.port, "llm.enabled": False})
    return Settings().with_overrides(**{"index.dir": index_dir, "llm.enabled": False})


def _old_rebuild(store) -> float:
    """What every index change cost before segments: registry + every chunk + tokenize + bm25s index + save."""
    import bm25s

    from assistant.retrieve.lexical import bm25_text
    from assistant.text.tokens import tokenize

    t0 = time.perf_counter()
    titles = {d: r.title for d, r in store.registry().items()}
    corpus = [tokenize(bm25_text(titles.get(meta["doc_id"], ""), meta.get("section", ""), text)) or ["<empty>"] for _cid, text, meta in store.iter_chunks()]
    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index(corpus, show_progress=False)
    del corpus
    with tempfile.TemporaryDirectory() as tmp:
        model.save(tmp, show_progress=False)
    return time.perf_counter() - t0


def _one_file(store, base: list[dict[str, Any]], tag: str) -> str:
    """One new document (a real base document under a new id) written as sync would, generation bumped."""
    from assistant.index.sync import registry_record
    from assistant.models import Chunk
    from synthetic import _item

    doc = base[0]
    doc_id = f"benchmark:added/{tag}.txt"
    item = _item(doc_id, doc["text"], doc["title"] + f" ({tag})", doc["metadata"], doc["hash"] + tag, doc["embed_hash"] + tag, doc["path"], doc["root"])
    chunks = [Chunk(f"{doc_id}::{tag}::{c['ordinal']}", doc_id, c["text"], c["char_start"], c["char_end"], c["section"], c["ordinal"], "") for c in doc["chunks"]]
    vectors = np.random.default_rng(0).normal(size=(len(chunks), 384)).astype(np.float32)  # never queried for
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    store.put_records([registry_record(item, True, len(chunks), indexed_at="2026-01-01T00:00:00+00:00")], texts={doc_id: doc["text"]})
    store.add_chunks(chunks, vectors.tolist(), {doc_id: {**doc["metadata"], "embed_hash": item.embed_hash}})
    store.set_meta(generation=int(store.meta().get("generation", 0)) + 1)
    return doc_id


def _bm25_updates(out: dict[str, Any], args, settings, store, embedder) -> Any:
    """Cold build, cache load, then add one file / delete it: incremental vs the old full rebuild."""
    from assistant.pipeline import Assistant
    from assistant.retrieve.hybrid import HybridRetriever
    from assistant.retrieve.lexical_cache import folder_for

    b: dict[str, Any] = {}
    if not args.keep_bm25:  # else the cache a --cold-only child (or the embedded one) left is loaded
        shutil.rmtree(folder_for(settings), ignore_errors=True)
        with Timer() as t:
            cold = HybridRetriever(settings, store, embedder)
        b["cold_build_seconds"], b["cold_how"] = round(t.seconds, 2), cold.lexical_refresh
        del cold
        if args.cold_only:
            out["bm25"] = b
            return None
    with Timer() as t:
        assistant = Assistant(settings, store=store, embedder=embedder)
    b["cache_load_seconds"], b["load_how"] = round(t.seconds, 2), assistant.retriever.lexical_refresh
    base = json.loads((args.workdir / "base.json").read_text(encoding="utf-8"))
    tag = f"{args.mode}-{int(time.time())}"
    with Timer() as t:
        doc_id = _one_file(store, base, tag)
    b["write_one_file_to_chroma_seconds"] = round(t.seconds, 2)
    with Timer() as t:
        assistant.retriever.refresh()
    b["add_one_file_seconds"], b["add_how"] = round(t.seconds, 2), assistant.retriever.lexical_refresh
    b["bm25s_rebuild_seconds"] = round(_old_rebuild(store), 2) if args.n <= OLD_REBUILD_MAX else None
    store.delete_chunks([doc_id])
    store.delete_records([doc_id])
    store.set_meta(generation=int(store.meta().get("generation", 0)) + 1)
    with Timer() as t:
        assistant.retriever.refresh()
    b["delete_one_file_seconds"], b["delete_how"] = round(t.seconds, 2), assistant.retriever.lexical_refresh
    b["segments"] = len(assistant.retriever.lexical.model.segments)
    b["cache_disk"] = dir_size(folder_for(settings))
    out["bm25"] = b
    print(f"[{args.n:,} {args.mode}] BM25 {b}", flush=True)
    return assistant


def child(args: argparse.Namespace) -> None:
    from assistant.answer.across import AcrossCasesAnswerer
    from assistant.embeddings import get_embedder
    from assistant.index.store import Store

    out: dict[str, Any] = {"n": args.n, "mode": args.mode, "load_average_at_start": os.getloadavg()}
    settings = _settings(args)
    with Timer() as t:
        embedder = get_embedder(settings.embedding)
        embedder.encode(["warm-up"])
    out["model_load_seconds"] = round(t.seconds, 2)
    store = Store(settings)
    out["chunks"] = store.count_chunks()
    assistant = _bm25_updates(out, args, settings, store, embedder)
    if assistant is None:  # --cold-only
        out["rss_mb_at_end"] = round(__import__("psutil").Process().memory_info().rss / 2**20, 1)
        args.result.write_text(json.dumps(out, indent=2, default=str))
        return
    out["rss_mb_after_bm25"] = round(__import__("psutil").Process().memory_info().rss / 2**20, 1)
    questions = [q["question"] for q in _read_jsonl(REFERENCE_QUESTIONS)][: args.questions]
    across = [q["question"] for q in _read_jsonl(CASE_LISTS) if q.get("shape") in ("list", "count")][: args.across]
    retriever, lat = assistant.retriever, {}
    for q in questions[:5]:
        retriever.search(q)
    vectors = {q: embedder.encode_one(q) for q in questions}
    for mode in ("hybrid", "dense", "bm25"):
        timed(lat, mode, lambda q, m=mode: retriever.search(q, mode=m), questions)
    real = retriever.embedder
    retriever.embedder = type("Precomputed", (), {"encode_one": staticmethod(lambda q: vectors[q])})()
    timed(lat, "hybrid_no_embed", lambda q: retriever.search(q), questions)
    out["filtered"] = _filtered(lat, retriever, questions)
    retriever.embedder = real
    for q in questions[:3]:
        assistant.ask(q)
    answers = timed(lat, "answer", assistant.ask, questions)
    answerer = AcrossCasesAnswerer(retriever, assistant.document_texts)
    answerer.answer(across[0])
    drafts = timed(lat, "across", answerer.answer, across)
    out["latency_ms"] = {k: latency_summary(v) for k, v in lat.items()}
    out["abstained"] = sum(a.abstained for a in answers)
    out["across_cases_listed_mean"] = round(float(np.mean([len(d.cases) for d in drafts])), 1)
    out["rss_mb_at_end"] = round(__import__("psutil").Process().memory_info().rss / 2**20, 1)
    out["load_average_at_end"] = os.getloadavg()
    print(f"[{args.n:,} {args.mode}] " + ", ".join(f"{k} p50 {v['p50']} ms" for k, v in out["latency_ms"].items()), flush=True)
    args.result.write_text(json.dumps(out, indent=2, default=str))


def _filtered(lat: dict[str, list[float]], retriever, questions: list[str]) -> dict[str, Any]:
    """Hybrid with a filter (query vectors precomputed): the most common drug (a small allowed
    set: Chroma gets ``where doc_id $in``) and the most common year (a large one: over-fetch, post-filter)."""
    from collections import Counter

    from assistant.retrieve.filters import Filters, allowed_documents

    records = [r for r in retriever.registry.values() if r.complete]
    drug = Counter(d for r in records for d in r.drugs).most_common(1)[0][0]
    year = str(Counter(r.year for r in records if r.year).most_common(1)[0][0])
    info = {}
    for name, filters in (("drug", Filters(drug=drug)), ("year", Filters(year=year))):
        info[name] = {"filter": filters.to_dict(), "allowed_documents": len(allowed_documents(filters, records) or ())}
        timed(lat, f"hybrid_no_embed_{name}_filter", lambda q, f=filters: retriever.search(q, f), questions[:20])
    return info


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("step", choices=("build", "measure", "bm25", "vectors", "child"))
    parser.add_argument("--n", type=int, default=100_000, help="chunks (default 100000)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "scale-bench")
    parser.add_argument("--distinct", type=int, default=2000, help="real chunks embedded for real and reused (default 2000)")
    parser.add_argument("--noise", type=float, default=0.02, help="Gaussian sigma per component for filler vectors (default 0.02)")
    parser.add_argument("--filler-chars", type=int, default=0, help="cap on a filler chunk's target length in characters (0: as long as its base chunk; 200 = 1-2 real sentences)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--modes", default="embedded,server", help="which children to run (default embedded,server)")
    parser.add_argument("--questions", type=int, default=60, help="reference questions measured (default 60)")
    parser.add_argument("--across", type=int, default=20, help="across-cases questions measured (default 20)")
    parser.add_argument("--out", type=Path, help="result JSON (default benchmarks/results/scale-N.json)")
    parser.add_argument("--cold-apart", action="store_true", help="BM25's cold build in a child of its own, then measure in a fresh child that loads the cache (the server mode loads a copy); RSS then is the steady state's")
    parser.add_argument("--cold-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keep-bm25", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    return parser


def main() -> None:
    args = _parser().parse_args()
    if args.step == "build":
        build(args)
    elif args.step == "measure":
        measure(args)
    elif args.step == "bm25":
        bm25_only(args)
    elif args.step == "vectors":
        vectors_only(args)
    else:
        child(args)


if __name__ == "__main__":
    main()
