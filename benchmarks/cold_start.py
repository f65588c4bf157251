"""CLI cold start: wall time of ``assistant ask`` from process start to printed answer.

Runs ``python -m assistant.cli ask QUESTION --index-dir DIR`` N times as a fresh
subprocess (offline, nothing shared between runs), prints min / median / max wall
seconds, then one ``-X importtime`` run's ten slowest top-level imports (cumulative),
and writes benchmarks/results/cold_start.json (a package imported by another
counts inside its importer too: the list names where time goes, it does not add up).

    python benchmarks/cold_start.py --index-dir /tmp/index -n 5
    python benchmarks/cold_start.py --index-dir /tmp/index -n 7 --baseline /tmp/old-checkout

``--baseline DIR`` times a second source tree (another commit's checkout, same venv) in the
same run, alternating with this one run by run, so machine load hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, RESULTS_DIR, machine_info, write_result  # noqa: E402

QUESTION = "What prephase dose of blinatumomab did the patient receive?"


def command(index_dir: str, question: str) -> list[str]:
    return [sys.executable, "-m", "assistant.cli", "ask", question, "--index-dir", index_dir]


def environment() -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def time_runs(argv: list[str], runs: int, trees: dict[str, Path] | None = None) -> tuple[dict[str, list[float]], str]:
    """Wall seconds per run for each source tree (``cwd`` decides which code runs), interleaved."""
    trees = trees or {"this tree": REPO_ROOT}
    walls: dict[str, list[float]] = {name: [] for name in trees}
    answer = ""
    for _ in range(runs):
        for name, tree in trees.items():
            start = time.perf_counter()
            done = subprocess.run(argv, cwd=tree, env={**environment(), "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=True)
            walls[name].append(time.perf_counter() - start)
            answer = answer or done.stdout
    return walls, answer


def import_top(argv: list[str], top: int = 10) -> list[dict[str, object]]:
    """The slowest imports of one run by cumulative microseconds, top-level packages only."""
    done = subprocess.run([argv[0], "-X", "importtime", *argv[1:]], cwd=REPO_ROOT, env=environment(),
                          capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, self_us, cumulative_us, name = (part.strip() for part in line.replace("import time:", "|").split("|"))
        if not name.startswith(" ") and "." not in name.strip():
            rows.append({"module": name.strip(), "cumulative_ms": int(cumulative_us) / 1000})
    return sorted(rows, key=lambda r: -r["cumulative_ms"])[:top]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", required=True)
    parser.add_argument("-n", "--runs", type=int, default=5)
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--baseline", type=Path, help="a second source tree timed in the same run, interleaved")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "cold_start.json")
    args = parser.parse_args()
    argv = command(args.index_dir, args.question)
    trees = {"this tree": REPO_ROOT, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    time_runs(argv, 1, trees)  # warm the page cache; not counted
    load = os.getloadavg()
    walls_by_tree, answer = time_runs(argv, args.runs, trees)
    summaries = {}
    for name, walls in walls_by_tree.items():
        summaries[name] = {"min_s": min(walls), "median_s": statistics.median(walls), "max_s": max(walls), "runs_s": walls}
        print(f"{name:10s} assistant ask, {args.runs} runs: " + ", ".join(f"{k[:-2]} {summaries[name][k]:.2f} s" for k in ("min_s", "median_s", "max_s")))
    print(f"load average at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; at end " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    walls, summary = walls_by_tree["this tree"], {k: v for k, v in summaries["this tree"].items() if k != "runs_s"}
    top = import_top(argv)
    print("slowest imports (cumulative, one -X importtime run):")
    for row in top:
        print(f"  {row['cumulative_ms']:8.0f} ms  {row['module']}")
    write_result(args.out, {"command": argv[1:], "runs_s": walls, **summary, "trees": {n: str(t) for n, t in trees.items()}, "by_tree": summaries,
                            "load_average_start": load, "import_top": top, "answer": answer, "machine": machine_info()})


if __name__ == "__main__":
    main()
