"""Shared helpers for the benchmark scripts (machine facts, timing, sizes, subprocesses).

Nothing here is product code: the scripts in this folder import it to describe the
machine a result came from, to summarise latencies, to measure index folders on disk,
and to run one measurement in a child process whose peak RSS is read with ``wait4``.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import platform
import pstats
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
RESULTS_DIR = REPO_ROOT / "benchmarks" / "results"

# Same offline switches the product sets; set before any Hugging Face / Chroma import.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}.items():
    os.environ.setdefault(_key, _value)

if str(REPO_ROOT) not in sys.path:  # allow `python benchmarks/<script>.py`
    sys.path.insert(0, str(REPO_ROOT))


# -- machine -------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "-C", str(REPO_ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(REPO_ROOT), "status", "--porcelain", "--", "assistant"], capture_output=True, text=True, timeout=10)
        return out.stdout.strip() + ("+dirty(assistant/)" if dirty.stdout.strip() else "") if out.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


def machine_info() -> dict[str, Any]:
    """CPU model, cores, RAM, Python, library versions, date, load average (noise hint)."""
    try:
        import psutil

        ram = psutil.virtual_memory().total
        physical = psutil.cpu_count(logical=False)
    except ImportError:  # pragma: no cover - psutil is a bench dependency
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        physical = None
    try:
        import torch

        torch_threads = torch.get_num_threads()
    except ImportError:  # pragma: no cover
        torch_threads = None
    return {
        "cpu_model": _cpu_model(),
        "cpu_cores_logical": os.cpu_count(),
        "cpu_cores_physical": physical,
        "cpu_affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "ram_gib": round(ram / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "torch": _version("torch"),
        "torch_threads": torch_threads,
        "chromadb": _version("chromadb"),
        "sentence_transformers": _version("sentence-transformers"),
        "transformers": _version("transformers"),
        "bm25s": _version("bm25s"),
        "numpy": _version("numpy"),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "git_commit": _git_commit(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# -- numbers -------------------------------------------------------------------------
def latency_summary(values_ms: Sequence[float]) -> dict[str, Any]:
    """p50/p95/mean/min/max in ms (numpy linear percentiles, 0.1 ms rounding) and n."""
    if len(values_ms) == 0:
        return {"n": 0, "p50": None, "p95": None, "mean": None, "min": None, "max": None}
    arr = np.asarray(values_ms, dtype=float)
    return {
        "n": int(arr.size),
        "p50": round(float(np.percentile(arr, 50)), 1),
        "p95": round(float(np.percentile(arr, 95)), 1),
        "mean": round(float(arr.mean()), 1),
        "min": round(float(arr.min()), 1),
        "max": round(float(arr.max()), 1),
    }


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (Linux ru_maxrss is in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


def dir_size(path: Path) -> dict[str, float]:
    """On-disk size of a folder: allocated blocks (what ``du`` reports) and apparent bytes, in MB."""
    blocks = apparent = 0
    files = 0
    seen: set[tuple[int, int]] = set()
    for root, _dirs, names in os.walk(path):
        for name in names:
            try:
                st = os.lstat(os.path.join(root, name))
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            blocks += st.st_blocks * 512
            apparent += st.st_size
            files += 1
    return {"du_mb": round(blocks / 1e6, 2), "apparent_mb": round(apparent / 1e6, 2), "files": files}


class Timer:
    """``with Timer() as t: ...; t.seconds``"""

    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: Any) -> None:
        self.seconds = time.perf_counter() - self.start


def profile_call(fn: Callable[[], Any], label: str, out_dir: Path, top: int = 30) -> dict[str, Any]:
    """cProfile ``fn()``; save the full stats, return the top functions by cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    path = out_dir / f"profile-{label}.prof"
    prof.dump_stats(str(path))
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).sort_stats("cumulative")
    stats.print_stats(top)
    rows, product = [], []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):  # type: ignore[attr-defined]
        row = {"calls": nc, "tottime_s": round(tt, 3), "cumtime_s": round(ct, 3)}
        if len(rows) < top:
            rows.append({"function": f"{Path(file).name}:{line}({func})", **row})
        if "/assistant/" in file and "site-packages" not in file:
            product.append({"function": f"{Path(file).parent.name}/{Path(file).name}:{line}({func})", **row})
    buf2 = io.StringIO()
    pstats.Stats(prof, stream=buf2).sort_stats("tottime").print_stats(top)
    (out_dir / f"profile-{label}.txt").write_text(buf.getvalue() + "\n\n" + buf2.getvalue())
    return {"stats_file": str(path), "text_file": str(out_dir / f"profile-{label}.txt"), "product_functions": product[:25], "top_cumulative": rows}


# -- children ------------------------------------------------------------------------
def run_child(argv: list[str], result_path: Path, env: dict[str, str] | None = None, echo: bool = True) -> dict[str, Any]:
    """Run ``argv`` as a child; return the JSON it wrote to ``result_path`` plus its wall
    time and peak RSS (``ru_maxrss`` from ``os.wait4`` for exactly that child)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env={**os.environ, **(env or {})}, stdout=None if echo else subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"child {' '.join(map(str, argv))} exited with {proc.returncode}")
    data = json.loads(Path(result_path).read_text())
    data["child_wall_seconds"] = round(wall, 2)
    data["child_peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
    data["child_cpu_seconds"] = round(usage.ru_utime + usage.ru_stime, 2)
    return data


def write_result(path: Path, payload: dict[str, Any]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A plain fixed-width table (first column left-aligned, the rest right-aligned)."""
    cells = [[str(h) for h in headers]] + [[fmt(v) if not isinstance(v, str) else v for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row)))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def timed(lat: dict[str, list[float]], name: str, fn, items) -> list:
    """``fn(item)`` for each item, appending each call's milliseconds to ``lat[name]``."""
    out = []
    for item in items:
        t0 = time.perf_counter()
        out.append(fn(item))
        lat.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
    return out
