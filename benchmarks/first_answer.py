"""Time from ``assistant serve`` start to the first cited answer to a seed question, on an empty index.

For each mode, a fresh ``python -m assistant.cli serve`` process on a free loopback port and
an empty temporary index folder, syncing the shipped ``corpus/``:

* ``background`` (the default of ``make run``): the page is served at once, the seed case is
  indexed first and the rest in the background;
* ``sync-first`` (``--sync-first``, the old behaviour): the whole corpus is embedded before
  the server starts.

The script polls ``POST /api/ask`` with a seed question every 0.5 s and records, in seconds
from process start: the first HTTP answer of any kind (server up), the first answer with a
citation, and (read from the server's stderr) when the whole corpus was indexed. The server
is stopped after that. Results go to ``benchmarks/results/first_answer.json``.

    python benchmarks/first_answer.py                       # both modes (~10 min on 2 cores)
    python benchmarks/first_answer.py --modes background    # the new default only
    python benchmarks/first_answer.py --until answer        # stop each server at its first cited answer
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, RESULTS_DIR, machine_info, write_result  # noqa: E402

QUESTION = "What prephase dose of blinatumomab did the patient receive?"
MODES = {"background": [], "sync-first": ["--sync-first"]}
DONE_LINES = ("Index ready:", "index ready:")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ask(port: int, question: str) -> tuple[int, dict]:
    """One POST /api/ask: (status, JSON body); (0, {}) while nothing listens."""
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/ask", data=json.dumps({"question": question}).encode(), headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, {}
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, {}


def run_mode(name: str, flags: list[str], corpus: Path, question: str, limit_s: float, until: str) -> dict:
    port = free_port()
    with tempfile.TemporaryDirectory(prefix=f"first-answer-{name}-") as index_dir:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ASSISTANT_PATHS__CORPUS_DIR": str(corpus)}
        argv = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), "--index-dir", index_dir, *flags]
        started = time.monotonic()
        server = subprocess.Popen(argv, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        marks: dict[str, float] = {}
        log: list[str] = []

        def read_stderr() -> None:
            for line in server.stderr:
                log.append(line.rstrip())
                if line.startswith(DONE_LINES):
                    marks.setdefault("index_complete_s", time.monotonic() - started)

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        answer: dict = {}
        try:
            while time.monotonic() - started < limit_s and server.poll() is None:
                status, body = ask(port, question)
                now = time.monotonic() - started
                if status:
                    marks.setdefault("server_up_s", now)
                if status == 200 and body.get("citations"):
                    marks["first_cited_answer_s"] = now
                    answer = body
                    print(f"{name:11s} first cited answer after {now:.1f} s; indexed then: {body.get('indexing') or 'everything'}", flush=True)
                    break
                time.sleep(0.5)
            while until == "indexed" and "index_complete_s" not in marks and time.monotonic() - started < limit_s and server.poll() is None:
                time.sleep(0.5)
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            reader.join(5)
    progress = answer.get("indexing") or {}
    return {
        "mode": name,
        "command": argv[2:],
        **{k: round(v, 2) for k, v in marks.items()},
        "answer": answer.get("answer", ""),
        "cited": [c["doc_id"] for c in answer.get("citations", [])],
        "indexed_when_answered": {k: progress.get(k) for k in ("documents_indexed", "documents_total", "chunks_indexed", "percent")} if progress else None,
        "notices": answer.get("notices", []),
        "server_log_tail": log[-8:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=list(MODES))
    parser.add_argument("--corpus", type=Path, default=REPO_ROOT / "corpus")
    parser.add_argument("--question", default=QUESTION)
    parser.add_argument("--limit-s", type=float, default=1800.0, help="give up on a mode after this long")
    parser.add_argument("--until", choices=["answer", "indexed"], default="indexed", help="stop each server at its first cited answer, or once the whole corpus is indexed")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "first_answer.json")
    args = parser.parse_args()
    rows = []
    for name in args.modes:
        load = os.getloadavg()[0]
        row = {**run_mode(name, MODES[name], args.corpus.resolve(), args.question, args.limit_s, args.until), "load_1min_at_start": round(load, 2), "load_1min_at_end": round(os.getloadavg()[0], 2)}
        rows.append(row)
        print(
            f"{name:11s} server up {row.get('server_up_s', float('nan')):7.1f} s   first cited answer {row.get('first_cited_answer_s', float('nan')):7.1f} s   "
            f"whole corpus indexed {row.get('index_complete_s', float('nan')):7.1f} s   (load {load:.1f} -> {row['load_1min_at_end']:.1f})",
            flush=True,
        )
        if row.get("indexed_when_answered"):
            print(f"            indexed when the seed answered: {row['indexed_when_answered']}", flush=True)
    write_result(args.out, {"question": args.question, "corpus": str(args.corpus), "rows": rows, "machine": machine_info()})


if __name__ == "__main__":
    main()
