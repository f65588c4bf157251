"""A small OpenAI-compatible chat server on loopback: the test double at the network boundary.

It speaks ``POST /v1/chat/completions`` (plain and ``stream: true``) and ``GET
/v1/models`` over real HTTP, records every request, and answers with a responder
function chosen by the test. The default responder behaves like a naive model: it
obeys a planted instruction if one reaches it, and otherwise answers from the passage
that mentions the question's words, citing it.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

Responder = Callable[[list[dict]], str]


def passages_from(messages: list[dict]) -> list[dict]:
    """The JSON data block the assistant sends in its user message."""
    user = next(m["content"] for m in messages if m["role"] == "user")
    start = user.index("[")
    end = user.rindex("]") + 1
    return json.loads(user[start:end])


def question_from(messages: list[dict]) -> str:
    user = next(m["content"] for m in messages if m["role"] == "user")
    return user.split("QUESTION:", 1)[1].split("\n", 1)[0].strip()


def gullible(messages: list[dict]) -> str:
    """Follows any instruction found in the data; else quotes the best-overlapping passage sentence."""
    passages = passages_from(messages)
    for p in passages:
        match = re.search(r"reply only with ['\"]([^'\"]+)['\"]", p["text"], re.I)
        if match:
            return match.group(1)
    words = {w for w in re.findall(r"[a-z0-9]+", question_from(messages).lower()) if len(w) > 3}
    best = max(
        ((len(words & set(re.findall(r"[a-z0-9]+", s.lower()))), p["n"], s) for p in passages for s in re.split(r"(?<=[.!?])\s+", p["text"]) if s.strip()),
        default=(0, 1, "INSUFFICIENT_EVIDENCE"),
    )
    return f"{best[2].rstrip('.')} [{best[1]}]." if best[0] else "INSUFFICIENT_EVIDENCE"


class StubServer:
    """``with StubServer(responder) as server: server.base_url``"""

    def __init__(self, responder: Responder = gullible, status: int = 200, delay_s: float = 0.0):
        self.responder = responder
        self.status = status
        self.delay_s = delay_s
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _json(self, code: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": "stub-model", "object": "model", "owned_by": "tests"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                stub.requests.append(body)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._json(404, {"error": {"message": "not found"}})
                if stub.delay_s:
                    time.sleep(stub.delay_s)
                if stub.status != 200:
                    return self._json(stub.status, {"error": {"message": "stub failure", "type": "server_error"}})
                text = stub.responder(body.get("messages", []))
                created = int(time.time())
                if body.get("stream"):
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for piece in re.findall(r"\S+\s*", text):
                        chunk = {"id": "stub", "object": "chat.completion.chunk", "created": created, "model": body.get("model", "stub"), "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.write(b"data: [DONE]\n\n")
                    return
                self._json(
                    200,
                    {
                        "id": "stub-1",
                        "object": "chat.completion",
                        "created": created,
                        "model": body.get("model", "stub"),
                        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                    },
                )

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> StubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
