"""``POST /api/ask`` for scripts: the JSON of ``assistant ask --json``, with clear errors.

Request: ``{"question": str, "filters"?: {key: value}, "history"?: [...], "mode"?: "hybrid"|"dense"|"bm25"}``;
``history`` takes earlier answers (the objects this endpoint returned) or
``{"question", "focus_case"}`` objects, for follow-up questions.
Response: exactly ``Answer.to_dict()``. Errors are ``{"error": "..."}`` with 400 (bad
input, empty question), 401 (login required), 413 (body over ``app.max_request_kb``),
422 (question over ``app.max_question_chars``) or 503 (nothing indexed yet).
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from assistant.config import Settings
from assistant.errors import EmptyIndex, EmptyQuestion, IndexUnavailable

MODES = ("hybrid", "dense", "bm25")


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def basic_auth_ok(header: str | None, username: str, password: str) -> bool:
    """HTTP Basic check in constant time; no login configured means open."""
    if not (username and password):
        return True
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        user, _, given = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return secrets.compare_digest(user.encode(), username.encode()) & secrets.compare_digest(given.encode(), password.encode())


def parse_request(payload: Any, settings: Settings) -> tuple[dict[str, Any] | None, JSONResponse | None]:
    """Validated ``ask`` arguments, or the error response naming what is wrong."""
    if not isinstance(payload, dict):
        return None, error(400, 'the body must be a JSON object like {"question": "..."}')
    question = payload.get("question")
    if not isinstance(question, str):
        return None, error(400, "'question' is required and must be a string")
    if not question.strip():
        return None, error(400, "the question is empty")
    limit = settings.app.max_question_chars
    if len(question) > limit:
        return None, error(422, f"the question is too long ({len(question)} characters; the limit is {limit}, app.max_question_chars)")
    filters = payload.get("filters") or {}
    if not isinstance(filters, dict) or not all(isinstance(v, (str, int)) or v is None for v in filters.values()):
        return None, error(400, "'filters' must be an object of strings, e.g. {\"drug\": \"blinatumomab\"}")
    history = payload.get("history") or []
    if not isinstance(history, list):
        return None, error(400, "'history' must be a list of earlier answers or {\"question\", \"focus_case\"} objects")
    mode = payload.get("mode") or "hybrid"
    if mode not in MODES:
        return None, error(400, f"'mode' must be one of {', '.join(MODES)}")
    return {"question": question, "filters": filters, "history": history, "mode": mode}, None


def api_router(assistant, settings: Settings) -> APIRouter:
    """The script API over a shared Assistant; at most ``app.concurrency`` answers at once."""
    router = APIRouter()
    gate = threading.BoundedSemaphore(max(1, settings.app.concurrency))
    max_bytes = settings.app.max_request_kb * 1024

    def answer(args: dict[str, Any]) -> dict[str, Any]:
        with gate:
            return assistant.ask(args["question"], history=args["history"], filters=args["filters"], mode=args["mode"]).to_dict()

    @router.post("/api/ask")
    async def ask(request: Request):
        if not basic_auth_ok(request.headers.get("authorization"), settings.app.username, settings.app.password):
            return error(401, "login required (HTTP Basic, app.username/app.password)", {"WWW-Authenticate": 'Basic realm="case-assistant"'})
        too_big = f"the request body is larger than {settings.app.max_request_kb} KB (app.max_request_kb)"
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            return error(413, too_big)
        body = bytearray()
        async for part in request.stream():
            body += part
            if len(body) > max_bytes:
                return error(413, too_big)
        try:
            payload = json.loads(body.decode("utf-8")) if body.strip() else None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return error(400, f"the body is not valid JSON ({exc})")
        args, problem = parse_request(payload, settings)
        if problem is not None:
            return problem
        try:
            return JSONResponse(await run_in_threadpool(answer, args))
        except (EmptyIndex, IndexUnavailable) as exc:
            return error(503, str(exc))
        except EmptyQuestion as exc:
            return error(400, str(exc))
        except ValueError as exc:  # unknown filter key, bad year range
            return error(400, str(exc))

    @router.get("/api/health")
    def health(request: Request):
        """Readiness for scripts and tests: the server is up and how much is indexed."""
        if not basic_auth_ok(request.headers.get("authorization"), settings.app.username, settings.app.password):
            return error(401, "login required (HTTP Basic, app.username/app.password)", {"WWW-Authenticate": 'Basic realm="case-assistant"'})
        return {"status": "ok", "documents": len(assistant.documents())}

    return router
