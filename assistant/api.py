"""``POST /api/ask`` for scripts: the JSON of ``assistant ask --json``, with clear errors.

Request: an ``AskRequest`` (``assistant.requests``, shared with the web app and the CLI):
``{"question": str, "filters"?: {key: str|int|null}, "history"?: [...],
"mode"?: "hybrid"|"dense"|"bm25"}``, no other keys; ``history`` takes earlier answers (the
objects this endpoint returned) or ``{"question", "focus_case"}`` objects, for follow-up
questions.
Response: exactly ``Answer.to_dict()``. Errors are ``{"error": "..."}`` with 400 (not JSON,
nested over ``MAX_JSON_DEPTH`` levels, wrong shape or type, empty question, unknown filter),
401 (login required), 413 (body over ``app.max_request_kb``), 422 (question over
``app.max_question_chars``), 429 (too many failed logins, ``assistant.ui.guard``) or 503
(nothing indexed yet). Malformed input never reaches the pipeline and never gives a 500.

Login: with ``app.username``/``app.password`` set, ``assistant.ui.guard.LoginGuard`` (which
``ui.server.create_app`` puts in front of every route) checks the session cookie or HTTP
Basic and marks the request; these routes only read that mark, so credentials are parsed
in one place. Mounted without the guard while a login is set, they answer 401 (fail closed).
"""

from __future__ import annotations

import json
import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from assistant.config import Settings
from assistant.errors import EmptyIndex, EmptyQuestion, IndexUnavailable
from assistant.requests import AskRequest, RequestProblem

MAX_JSON_DEPTH = 32  # an answer passed back as history is about 5 levels deep
LOGIN_REQUIRED = "login required (HTTP Basic, app.username/app.password)"

# The login is checked in front of every route by ``assistant.ui.guard.LoginGuard``, which
# marks a request that passed it with this scope key; the API only reads the mark.
AUTHENTICATED = "assistant.authenticated"


def challenge(path: str) -> dict[str, str]:
    """Ask for HTTP Basic on the script API only (a browser would pop a password dialog elsewhere)."""
    return {"www-authenticate": 'Basic realm="case-assistant"'} if path.startswith("/api/") else {}


def error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


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


def parse_request(payload: Any, settings: Settings) -> AskRequest:
    """The checked request from a parsed JSON body, or ``RequestProblem`` (status and message)."""
    if json_depth(payload) > MAX_JSON_DEPTH:
        raise RequestProblem(f"the body is nested too deeply (more than {MAX_JSON_DEPTH} levels)")
    return AskRequest.parse(payload, settings)


def api_router(assistant, settings: Settings) -> APIRouter:
    """The script API over a shared Assistant; at most ``app.concurrency`` answers at once."""
    router = APIRouter()
    gate = threading.BoundedSemaphore(max(1, settings.app.concurrency))
    max_bytes = settings.app.max_request_kb * 1024

    login_set = bool(settings.app.username and settings.app.password)

    def answer(request: AskRequest) -> dict[str, Any]:
        with gate:
            return assistant.ask(**request.ask_args()).to_dict()

    def logged_in(request: Request) -> bool:
        """No login configured, or let in by the login guard (session cookie or HTTP Basic)."""
        return not login_set or bool(request.scope.get(AUTHENTICATED))

    @router.post("/api/ask")
    async def ask(request: Request):
        if not logged_in(request):
            return error(401, LOGIN_REQUIRED, challenge(request.url.path))
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
        try:
            checked = parse_request(payload, settings)
        except RequestProblem as problem:
            return error(problem.status, str(problem))
        try:
            return JSONResponse(await run_in_threadpool(answer, checked))
        except (EmptyIndex, IndexUnavailable) as exc:
            return error(503, str(exc))
        except EmptyQuestion as exc:
            return error(400, str(exc))
        except ValueError as exc:  # a problem the request model could not see
            return error(400, str(exc))

    @router.get("/api/health")
    def health(request: Request):
        """Readiness for scripts and tests: the server is up and how much is indexed."""
        if not logged_in(request):
            return error(401, LOGIN_REQUIRED, challenge(request.url.path))
        return {"status": "ok", "documents": len(assistant.documents())}

    return router
