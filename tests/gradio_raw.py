"""Drive a running Gradio app with a raw HTTP client, as an attacker would: no gradio_client,
no browser, only the routes the page itself uses (``/config``, ``/gradio_api/upload``,
``/gradio_api/queue/join`` and the SSE stream ``/gradio_api/queue/data``)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx


def event_index(base: str, trigger: str, elem_id: str) -> tuple[int, int]:
    """``(fn_index, component id)`` of the event ``trigger`` (e.g. "upload") on the element ``elem_id``."""
    config = httpx.get(f"{base}/config", timeout=30).json()
    ids = {c["id"] for c in config["components"] if c.get("props", {}).get("elem_id") == elem_id}
    for index, dep in enumerate(config["dependencies"]):
        for target, name in dep["targets"]:
            if name == trigger and target in ids:
                return index, target
    raise LookupError(f"no {trigger!r} event on #{elem_id}")


def run_event(base: str, fn_index: int, trigger_id: int, data: list[Any], timeout: float = 180) -> dict[str, Any]:
    """Join the queue with hand-made ``data`` and return the ``process_completed`` message."""
    session = uuid.uuid4().hex[:12]
    body = {"data": data, "fn_index": fn_index, "session_hash": session, "event_data": None, "trigger_id": trigger_id}
    joined = httpx.post(f"{base}/gradio_api/queue/join", json=body, timeout=30)
    joined.raise_for_status()
    with httpx.stream("GET", f"{base}/gradio_api/queue/data", params={"session_hash": session}, timeout=timeout) as stream:
        for line in stream.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") == "process_completed":
                    return message
    raise RuntimeError("the event stream ended without a result")


def upload_bytes(base: str, name: str, content: bytes) -> str:
    """POST a file to Gradio's upload route; returns the server path it wrote."""
    response = httpx.post(f"{base}/gradio_api/upload", files={"files": (name, content)}, timeout=60)
    response.raise_for_status()
    return response.json()[0]


def file_data(path: str, name: str) -> dict[str, Any]:
    return {"path": path, "orig_name": name, "meta": {"_type": "gradio.FileData"}}
