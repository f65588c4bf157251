"""`assistant ask` from a shell: JSON for scripts, one-line errors with non-zero exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], cwd=REPO, env=ENV, capture_output=True, text=True, timeout=300)


def test_ask_json(shipped_settings):
    out = run("ask", "What prephase dose of blinatumomab did the patient receive?", "--index-dir", str(shipped_settings.index.dir), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["abstained"] is False and "9 mcg/day" in data["answer"]
    assert {"n", "doc_id", "title", "source", "section", "chunk_id", "quote", "char_start", "char_end"} <= set(data["citations"][0])
    assert all({"doc_id", "chunk_id", "text", "score"} <= set(p) for p in data["passages"])


def test_ask_with_filter_and_text_output(shipped_settings):
    out = run("ask", "Which drugs were used for CNS prophylaxis?", "--index-dir", str(shipped_settings.index.dir), "--filter", "case_id=seed-blinatumomab-all")
    assert out.returncode == 0, out.stderr
    assert "methotrexate" in out.stdout and "[1]" in out.stdout


def test_errors_are_one_line_with_non_zero_exit(shipped_settings, tmp_path):
    cases = [
        (("ask", "   ", "--index-dir", str(shipped_settings.index.dir)), "The question is empty."),  # the message the app and the API give
        (("ask", "x" * 1001, "--index-dir", str(shipped_settings.index.dir)), "The question is too long (1001 characters"),
        (("ask", "What dose?", "--index-dir", str(shipped_settings.index.dir), "--filter", "year=soon"), "bad year filter 'soon'"),
        (("ask", "What dose?", "--index-dir", str(tmp_path / "none")), "index is empty"),
        (("ask", "What dose?", "--index-dir", str(shipped_settings.index.dir), "--filter", "colour=red"), "unknown filter"),
        (("ask", "What dose?", "--index-dir", str(shipped_settings.index.dir), "--filter", "drug"), "bad --filter"),
        (("ask", "What dose?", "--index-dir", str(shipped_settings.index.dir), "--llm", "--llm-url", "http://127.0.0.1:9/v1", "--json"), None),
    ]
    for args, message in cases:
        out = run(*args)
        if message is None:  # unreachable LLM endpoint: answered extractively, one error line, non-zero exit
            data = json.loads(out.stdout)
            assert out.returncode == 3 and data["llm_error"] and any("LLM endpoint failed" in n for n in data["notices"])
            lines = [line for line in out.stderr.splitlines() if line.strip()]
            assert len(lines) == 1 and lines[0].startswith("error: LLM endpoint failed"), out.stderr
            continue
        assert out.returncode != 0, args
        lines = [line for line in out.stderr.splitlines() if line.strip() and "Loading weights" not in line]
        assert len(lines) == 1 and message in lines[0], out.stderr
        assert "Traceback" not in out.stderr


def test_text_output_shows_what_the_chat_shows(shipped_settings):
    """A count question: the number and one titled line per case; a yes/no question: its verdict."""
    index = str(shipped_settings.index.dir)
    out = run("ask", "How many cases involve rituximab?", "--index-dir", index)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    count = int(lines[0].split()[0])
    assert lines[0] == f"{count} cases in the records:" and count >= 2
    assert lines[1].startswith("1. A case report of refractory immune thrombocytopenia") and lines[1].endswith("[1]")
    out = run("ask", "Was the patient transplanted?", "--index-dir", index, "--filter", "case_id=seed-blinatumomab-all")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Verdict: Not reported\n") and "Closest passages:" in out.stdout
    assert all("\n" not in line for line in out.stdout.split("Closest passages:")[1].strip().split("\n- "))
