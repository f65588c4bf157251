"""Ingest throughput: pipeline vs raw encoding, unchanged re-sync, index size, peak RSS.

Targets (issue): pipeline overhead <= 15% over raw encoding; an unchanged re-sync of
10k chunks in <= 3 s.

    .venv/bin/python benchmarks/ingest.py                      # shipped corpus + ~10k chunks
    .venv/bin/python benchmarks/ingest.py --corpus shipped
    .venv/bin/python benchmarks/ingest.py --corpus small --out /tmp/ingest-small.json   # ~300 chunks, smoke test

Corpora:

* ``shipped``: ``corpus/`` as the product syncs it (~200 documents, ~5000 chunks).
* ``10k``: a corpus JSONL written to a temp folder from real text: the shipped documents
  (as loaded by the product), the PubMedQA-dev abstracts (``../shared/data/pubmedqa-dev``)
  and the TREC CDS case vignettes (``../shared/data/case-vignettes``); then copies of the
  shipped case reports with light per-copy variation (title marked as a copy, one
  sentence dropped from each longer paragraph, a different one per copy) until the
  product's own chunker counts ``--target-chunks`` (default 10000) chunks
  (``corpus_builder.py``).
* ``small``: the same builder stopped at 300 chunks (to check the script end to end).

Per corpus, in a child process of this script (so its ``ru_maxrss`` is that corpus's peak):

1. load the model (timed apart), then ``sync()`` into an empty temp index folder with the
   preloaded embedder: chunks/s = embedded / ``report.seconds``; Store calls are timed
   by wrapping the Store instance's methods (no product code changed);
2. raw encoding in the same process: the product's ingest (``load_paths``, ``tag``,
   ``prepare``) produces the same chunks, then ``embedder.encode(all embed_texts, batch_size=<settings batch>)`` is
   timed; overhead = raw rate / pipeline rate - 1;
3. unchanged re-syncs in-process (``sync`` again, model not needed), 3 times;
4. index size on disk (``du`` of the index folder).

Then in the parent: a cold ``python -m assistant.cli index <paths> --index-dir ... --json``
on the unchanged index (wall time, includes interpreter start and imports), twice.

Results: ``benchmarks/results/ingest.json`` (override with ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, RESULTS_DIR, Timer, dir_size, machine_info, peak_rss_mb, run_child, table, write_result  # noqa: E402
from corpus_builder import build_corpus  # noqa: E402

TARGETS = {"overhead_ratio_max": 0.15, "resync_10k_seconds_max": 3.0}


# ======================================================================================
# child: one corpus
# ======================================================================================
class _TimedStore:
    """Accumulates wall time per Store method by wrapping a live instance's bound methods."""

    METHODS = ("meta", "set_meta", "registry", "put_records", "delete_chunks", "add_chunks", "delete_records", "update_chunk_facts", "count_chunks")

    def __init__(self, store):
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        for name in self.METHODS:
            original = getattr(store, name)

            def wrapped(*a, _name=name, _original=original, **kw):
                t0 = time.perf_counter()
                try:
                    return _original(*a, **kw)
                finally:
                    self.seconds[_name] = self.seconds.get(_name, 0.0) + time.perf_counter() - t0
                    self.calls[_name] = self.calls.get(_name, 0) + 1

            setattr(store, name, wrapped)

    def summary(self) -> dict[str, Any]:
        return {name: {"seconds": round(s, 3), "calls": self.calls[name]} for name, s in sorted(self.seconds.items(), key=lambda kv: -kv[1])}


def _open(args: argparse.Namespace, out: dict[str, Any]):
    """Settings for an empty temp index and the preloaded model (its load timed apart)."""
    from assistant.config import Settings
    from assistant.embeddings import get_embedder

    index_dir = Path(args.index_dir)
    shutil.rmtree(index_dir, ignore_errors=True)
    settings = Settings().with_overrides(**{"index.dir": index_dir})
    with Timer() as t:
        embedder = get_embedder(settings.embedding)
    out["model_load_seconds"] = round(t.seconds, 2)
    with Timer() as t:
        embedder.encode(["warm-up sentence for the first forward pass"])
    out["first_encode_seconds"] = round(t.seconds, 2)
    out["peak_rss_after_model_load_mb"] = peak_rss_mb()
    return settings, embedder


def _fresh_sync(args: argparse.Namespace, paths: list[Path], settings, embedder, out: dict[str, Any]):
    """1. ``sync`` into the empty index with the preloaded model; Store calls timed."""
    from assistant.index.store import Store
    from assistant.index.sync import sync

    store = Store(settings)
    timed = _TimedStore(store)
    print(f"  [{args.label}] fresh sync into {settings.index.dir} ...", flush=True)
    report = sync(paths, settings, store=store, embedder=embedder)
    if report.errors:
        raise SystemExit(f"sync errors: {[str(e) for e in report.errors[:3]]}")
    fresh = report.to_dict()
    fresh.update(seconds_exact=report.seconds, embed_seconds_exact=report.embed_seconds, chunks_per_s=round(report.embedded / report.seconds, 2), store_calls=timed.summary())
    store_s = sum(v["seconds"] for v in fresh["store_calls"].values())
    fresh["breakdown_seconds"] = {
        "encode (report.embed_seconds)": round(report.embed_seconds, 2),
        "store calls (Chroma)": round(store_s, 2),
        "rest (load, hash, tag, chunk, tokenizer load, list conversions)": round(report.seconds - report.embed_seconds - store_s, 2),
    }
    out["fresh_sync"] = fresh
    out["peak_rss_after_sync_mb"] = peak_rss_mb()
    out["index_size"] = dir_size(settings.index.dir)
    print(f"  [{args.label}] embedded {report.embedded} chunks in {report.seconds:.1f}s ({fresh['chunks_per_s']:.1f} chunks/s; encode {report.embed_seconds:.1f}s)", flush=True)
    return store, report


def _resyncs(args: argparse.Namespace, paths: list[Path], settings, store, out: dict[str, Any]) -> None:
    """2. Unchanged re-syncs in-process (the model is not needed), then one with a new Store."""
    from assistant.index.store import Store
    from assistant.index.sync import sync

    resyncs = []
    for _ in range(3):
        r = sync(paths, settings, store=store)
        assert r.embedded == 0 and r.unchanged == r.documents, r.to_dict()
        resyncs.append(round(r.seconds, 3))
    out["resync_in_process_seconds"] = resyncs
    with Timer() as t:
        fresh_store = Store(settings)
    r = sync(paths, settings, store=fresh_store)
    out["resync_new_store"] = {"store_open_seconds": round(t.seconds, 3), "sync_seconds": round(r.seconds, 3)}
    print(f"  [{args.label}] unchanged re-sync in-process: {resyncs} s", flush=True)


def _raw_encode(args: argparse.Namespace, paths: list[Path], settings, embedder, report, out: dict[str, Any]) -> None:
    """3. The same embed texts from the product's ingest (load, tag, prepare), encoded in one call."""
    from assistant.ingest.pipeline import counter_for, load_paths, prepare, settings_key, tag

    prep: dict[str, float] = {}
    with Timer() as t:
        loaded = load_paths(paths, settings, settings_key(settings, settings.embedding.model_id()))
    prep["load_and_hash"] = t.seconds
    with Timer() as t:
        tag(loaded.items)
    prep["enrich_tags"] = t.seconds
    counter = counter_for(settings)
    with Timer() as t:
        texts = [ch.embed_text for item in loaded.items for ch in prepare(item, counter, settings)]
    prep["chunk"] = t.seconds
    assert len(texts) == report.embedded, (len(texts), report.embedded)
    batch = embedder.batch_size
    print(f"  [{args.label}] raw encode of the same {len(texts)} embed texts (batch {batch}) ...", flush=True)
    with Timer() as t:
        embedder.encode(texts, batch_size=batch)
    raw_rate = len(texts) / t.seconds
    out["raw_encode"] = {"chunks": len(texts), "seconds": round(t.seconds, 2), "chunks_per_s": round(raw_rate, 2), "batch_size": batch, "mean_embed_text_chars": round(sum(map(len, texts)) / len(texts), 1)}
    out["cpu_stages_seconds_outside_sync"] = {k: round(v, 2) for k, v in prep.items()}
    pipeline_rate = report.embedded / report.seconds
    out["overhead_ratio"] = round(raw_rate / pipeline_rate - 1, 4)
    out["encode_only_overhead_ratio"] = round(report.embed_seconds / t.seconds - 1, 4)  # pipeline's own encode calls vs one raw encode call
    print(f"  [{args.label}] raw {raw_rate:.1f} chunks/s vs pipeline {pipeline_rate:.1f} chunks/s: overhead {out['overhead_ratio'] * 100:.1f}%", flush=True)


def child_main(args: argparse.Namespace) -> None:
    out: dict[str, Any] = {}
    with Timer() as t:
        import torch

        import assistant.embeddings, assistant.index.store, assistant.index.sync, assistant.ingest.pipeline  # noqa: E401, F401 - the import cost, timed
    out["import_seconds"] = round(t.seconds, 2)
    out["torch_threads"] = torch.get_num_threads()
    paths = [Path(p) for p in args.paths]
    settings, embedder = _open(args, out)
    store, report = _fresh_sync(args, paths, settings, embedder, out)
    _resyncs(args, paths, settings, store, out)
    _raw_encode(args, paths, settings, embedder, report, out)
    out["peak_rss_mb_self"] = peak_rss_mb()
    Path(args.result).write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")


# ======================================================================================
# parent
# ======================================================================================
def cli_resync(paths: list[Path], index_dir: Path) -> dict[str, Any]:
    """Cold ``python -m assistant.cli index ... --json`` on the unchanged index: wall time and its report."""
    argv = [sys.executable, "-m", "assistant.cli", "index", *map(str, paths), "--index-dir", str(index_dir), "--json", "--quiet"]
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=REPO_ROOT, stdout=out_f, stderr=err_f, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        out_f.seek(0)
        err_f.seek(0)
        stdout_text, stderr_text = out_f.read(), err_f.read()
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != 0:
        raise RuntimeError(f"CLI re-sync failed ({code}): {stderr_text[-500:]}")
    rep = json.loads(stdout_text)
    return {"wall_seconds": round(wall, 2), "report_seconds": rep["seconds"], "embedded": rep["embedded"], "unchanged": rep["unchanged"], "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def run_corpus(label: str, paths: list[Path], workdir: Path, corpus_info: dict[str, Any] | None) -> dict[str, Any]:
    index_dir = workdir / f"index-{label}"
    result_path = workdir / f"result-{label}.json"
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", "--label", label, "--index-dir", str(index_dir), "--result", str(result_path), "--paths", *map(str, paths)]
    print(f"[{label}] measuring in a child process ...", flush=True)
    result = run_child(argv, result_path)
    result["label"] = label
    result["paths"] = [str(p) for p in paths]
    if corpus_info:
        result["corpus_built"] = corpus_info
    print(f"[{label}] cold CLI re-sync (x2) ...", flush=True)
    result["resync_cli_cold"] = [cli_resync(paths, index_dir) for _ in range(2)]
    for run in result["resync_cli_cold"]:
        assert run["embedded"] == 0, run
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--corpus", choices=["shipped", "10k", "both", "small"], default="both", help="which corpus (default both = shipped and 10k)")
    parser.add_argument("--target-chunks", type=int, default=10000, help="chunks in the built '10k' corpus (default 10000)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "ingest.json", help="result JSON (default benchmarks/results/ingest.json)")
    parser.add_argument("--workdir", type=Path, help="work folder (default: a temp folder, removed afterwards)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (indexes, built corpus)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--label", help=argparse.SUPPRESS)
    parser.add_argument("--index-dir", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--paths", nargs="+", help=argparse.SUPPRESS)
    return parser


def _run_all(args: argparse.Namespace, workdir: Path) -> list[dict[str, Any]]:
    results = []
    for label in {"both": ["shipped", "10k"]}.get(args.corpus, [args.corpus]):
        if label == "shipped":
            results.append(run_corpus("shipped", [REPO_ROOT / "corpus"], workdir, None))
        else:
            target = 300 if label == "small" else args.target_chunks
            name = "small" if label == "small" else f"synthetic-{target}"
            print(f"[{name}] building a {target}-chunk corpus JSONL from real text ...", flush=True)
            info = build_corpus(workdir / f"corpus-{name}", target)
            print(f"[{name}] {info['documents']} documents ({info['copied_documents']} copies), {info['chunks_expected']} chunks, built in {info['build_seconds']}s", flush=True)
            results.append(run_corpus(name, [Path(info["path"])], workdir, info))
        if not args.keep:
            shutil.rmtree(workdir / f"index-{results[-1]['label']}", ignore_errors=True)
    return results


def _verdict(r: dict[str, Any]) -> dict[str, Any]:
    chunks = r["fresh_sync"]["embedded"]
    v = {"corpus": r["label"], "chunks": chunks, "overhead_ratio": r["overhead_ratio"], "overhead_met": r["overhead_ratio"] <= TARGETS["overhead_ratio_max"]}
    v["resync_in_process_median_s"] = sorted(r["resync_in_process_seconds"])[1]
    if chunks >= 9000:
        v["resync_met"] = v["resync_in_process_median_s"] <= TARGETS["resync_10k_seconds_max"]
        v["resync_cli_cold_met"] = r["resync_cli_cold"][0]["wall_seconds"] <= TARGETS["resync_10k_seconds_max"]
    return v


METHOD = {
    "pipeline_rate": "fresh sync() into an empty temp index with the model preloaded (model load reported apart): embedded chunks / SyncReport.seconds",
    "raw_rate": "embedder.encode(all embed_texts of the same chunks, batch_size=settings batch) in the same process, after the sync",
    "overhead_ratio": "raw rate / pipeline rate - 1 (target <= 0.15)",
    "encode_only_overhead_ratio": "SyncReport.embed_seconds / raw encode seconds - 1: the part of the overhead inside the pipeline's own encode calls (batching per 256-chunk group)",
    "resync": "sync() again on the unchanged corpus in the same process (3 runs), and a cold `python -m assistant.cli index <paths> --index-dir <dir> --json --quiet` (2 runs, wall time incl. interpreter start and imports)",
    "peak_rss": "ru_maxrss of the child process that measured the corpus (os.wait4); the child also records its ru_maxrss after model load and after the sync",
    "noise_warning": "check load_average_at_start/_end: on this 2-core machine anything above ~2 means other jobs competed for the CPU",
}


def _print_report(payload: dict[str, Any], out: Path) -> None:
    results = payload["corpora"]
    rows = []
    for r in results:
        f = r["fresh_sync"]
        rows.append([r["label"], f["documents"], f["embedded"], f["chunks_per_s"], r["raw_encode"]["chunks_per_s"], f"{r['overhead_ratio'] * 100:.1f}%", f["seconds_exact"], f["embed_seconds_exact"], r["model_load_seconds"]])
    print("\n" + table(["corpus", "docs", "chunks", "pipeline ch/s", "raw ch/s", "overhead", "sync s", "encode s", "model load s"], rows) + "\n")
    rows = []
    for r in results:
        cold = r["resync_cli_cold"][0]
        rows.append([r["label"], sorted(r["resync_in_process_seconds"])[1], cold["wall_seconds"], cold["report_seconds"], r["index_size"]["du_mb"], r["peak_rss_after_model_load_mb"], r["child_peak_rss_mb"]])
    print(table(["corpus", "re-sync s (in-proc)", "re-sync s (CLI wall)", "CLI report s", "index MB (du)", "RSS after model MB", "peak RSS MB"], rows) + "\n")
    for r in results:
        print(f"{r['label']}: fresh sync time split: " + ", ".join(f"{k} {v}s" for k, v in r["fresh_sync"]["breakdown_seconds"].items()))
    print()
    for v in payload["verdicts"]:
        line = f"{v['corpus']}: overhead {v['overhead_ratio'] * 100:.1f}% (target <= 15%: {'met' if v['overhead_met'] else 'MISSED'})"
        if "resync_met" in v:
            line += f"; unchanged re-sync {v['resync_in_process_median_s']}s in-process (target <= 3 s: {'met' if v['resync_met'] else 'MISSED'}), cold CLI {'met' if v['resync_cli_cold_met'] else 'MISSED'}"
        print(line)
    print(f"load average at start {payload['machine']['load_average_at_start']}, at end {payload['load_average_at_end']} (2 cores: above ~2 means the timings are contended)")
    print(f"wrote {out}")


def main() -> None:
    args = _parser().parse_args()
    if args.child:
        child_main(args)
        return
    machine = machine_info()
    print(f"machine: {machine['cpu_model']}, {machine['cpu_cores_logical']} cores, {machine['ram_gib']} GiB, load average {machine['load_average_at_start']}", flush=True)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="assistant-ingest-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        results = _run_all(args, workdir)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    payload = {
        "benchmark": "ingest",
        "machine": machine,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "targets": TARGETS,
        "verdicts": [_verdict(r) for r in results],
        "method": METHOD,
        "corpora": results,
        "total_seconds": round(time.perf_counter() - started, 1),
    }
    write_result(args.out, payload)
    _print_report(payload, args.out)


if __name__ == "__main__":
    main()
