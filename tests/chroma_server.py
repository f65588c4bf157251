"""A real ``chroma run`` server on loopback for tests and benchmarks: a free port, started,
awaited until its heartbeat answers, and stopped (SIGTERM, then SIGKILL) by whoever started it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMA = Path(sys.executable).with_name("chroma")  # the CLI that the pinned chromadb installs beside python


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """``with ChromaServer(path) as server: ... server.port ... server.pid``"""

    def __init__(self, path: Path, log: Path | None = None, timeout: float = 120.0):
        self.path, self.log, self.timeout = Path(path), log, timeout
        self.port = 0
        self.proc: subprocess.Popen | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self) -> ChromaServer:
        self.port = free_port()
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
        self.proc = subprocess.Popen([str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)], stdout=out, stderr=subprocess.STDOUT, env=env)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode} (log: {self.log})")
            try:
                with opener.open(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise TimeoutError(f"chroma run did not answer its heartbeat within {self.timeout:.0f} s")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=20)

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
