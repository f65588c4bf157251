"""``POST /api/ask`` for scripts: the JSON of ``assistant ask --json``, with clear errors.

Request (``AskRequest``): ``{"question": str, "filters"?: {key: str|int|null},
"history"?: [...], "mode"?: "hybrid"|"dense"|"bm25"}``, no other keys; ``history`` takes
earlier answers (the objects this endpoint returned) or ``{"question", "focus_case"}``
objects, for follow-up questions.
Response: exactly ``Answer.to_dict()``. Errors are ``{"error": "..."}`` with 400 (not JSON,
nested over ``MAX_JSON_DEPTH`` levels, wrong shape or type, empty question), 401 (login
required), 413 (body over ``app.max_request_kb``), 422 (question over
``app.max_question_chars``), 429 (too many failed logins, ``assistant.ui.guard``) or 503
(nothing indexed yet). Malformed input never reaches the pipeline and never gives a 500.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.config import Settings
from assistant.errors import EmptyIndex, EmptyQuestion, IndexUnavailable

MODES = ("hybrid", "dense", "bm25")
MAX_JSON_DEPTH = 32  # an answer passed back as history is about 5 levels deep
AUTHENTICATED = "assistant.authenticated"  # scope key set by the login guard (assistant.ui.guard)
LOGIN_REQUIRED = "login required (HTTP Basic, app.username/app.password)"


class HistoryTurn(BaseModel):
    """An earlier turn: its question and case in focus (an earlier answer's other keys are ignored)."""

    model_config = ConfigDict(extra="ignore", strict=True)
    question: str
    focus_case: str | None = None


class AskRequest(BaseModel):
    """The ``/api/ask`` body; strict, so a list or number where a string belongs is refused, not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)
    question: str
    filters: dict[str, str | int | None] | None = None
    history: list[HistoryTurn] | None = None
    mode: Literal["hybrid", "dense", "bm25"] | None = None


HINTS = {
    "question": "'question' is required and must be a string",
    "filters": "'filters' must be an object of strings, e.g. {\"drug\": \"blinatumomab\"}",
    "history": "'history' must be a list of earlier answers or {\"question\", \"focus_case\"} objects",
    "mode": f"'mode' must be one of {', '.join(MODES)}",
}


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


def json_depth(value: Any) -> int:
    """Nesting depth without recursion (a deep body must not exhaust the stack here either)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_JSON_DEPTH:
                stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def validation_message(exc: ValidationError) -> str:
    """The first problem, naming the field: ``'filters.drug': Input should be a valid string``."""
    problem = exc.errors(include_url=False)[0]
    loc = [str(part) for part in problem["loc"]]
    loc = loc[:2] if loc[:1] == ["filters"] else loc  # drop the union member pydantic names ('filters.drug.str')
    if not loc:
        return 'the body must be a JSON object like {"question": "..."}'
    if problem["type"] == "extra_forbidden":
        return f"unknown field '{loc[0]}'; the fields are question, filters, history and mode"
    where = ".".join(loc)
    return f"{HINTS.get(loc[0], 'bad value')} ('{where}': {problem['msg']})"


def parse_request(payload: Any, settings: Settings) -> tuple[dict[str, Any] | None, JSONResponse | None]:
    """Validated ``ask`` arguments, or the error response naming what is wrong."""
    if json_depth(payload) > MAX_JSON_DEPTH:
        return None, error(400, f"the body is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
    try:
        request = AskRequest.model_validate(payload)
    except ValidationError as exc:
        return None, error(400, validation_message(exc))
    question = request.question
    if not question.strip():
        return None, error(400, "the question is empty")
    limit = settings.app.max_question_chars
    if len(question) > limit:
        return None, error(422, f"the question is too long ({len(question)} characters; the limit is {limit}, app.max_question_chars)")
    history = [turn.model_dump() for turn in request.history or []]
    return {"question": question, "filters": request.filters or {}, "history": history, "mode": request.mode or "hybrid"}, None


def api_router(assistant, settings: Settings) -> APIRouter:
    """The script API over a shared Assistant; at most ``app.concurrency`` answers at once."""
    router = APIRouter()
    gate = threading.BoundedSemaphore(max(1, settings.app.concurrency))
    max_bytes = settings.app.max_request_kb * 1024

    def answer(args: dict[str, Any]) -> dict[str, Any]:
        with gate:
            return assistant.ask(args["question"], history=args["history"], filters=args["filters"], mode=args["mode"]).to_dict()

    def logged_in(request: Request) -> bool:
        """Let in by the login guard (session cookie or HTTP Basic), or HTTP Basic checked here."""
        return bool(request.scope.get(AUTHENTICATED)) or basic_auth_ok(request.headers.get("authorization"), settings.app.username, settings.app.password)

    @router.post("/api/ask")
    async def ask(request: Request):
        if not logged_in(request):
            return error(401, LOGIN_REQUIRED, {"WWW-Authenticate": 'Basic realm="case-assistant"'})
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
        except RecursionError:
            return error(400, f"the body is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
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
        if not logged_in(request):
            return error(401, LOGIN_REQUIRED, {"WWW-Authenticate": 'Basic realm="case-assistant"'})
        return {"status": "ok", "documents": len(assistant.documents())}

    return router
