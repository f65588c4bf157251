"""With a login set, nothing but the login page answers without it; wrong passwords are rate limited.

Gradio guards only some of its routes (``/config``, ``/gradio_api/info``, the queue) and
leaves others open: its FastAPI ``/openapi.json`` lists every route, ``/`` embeds the API
description even on the login page, ``startup-events``, ``heartbeat``, ``user``, ``token``
and more answer anyone. ``LoginGuard`` is one ASGI middleware in front of everything:

* public: ``GET /`` (the login page, with the API description blanked), ``POST /login``,
  ``/logout`` and the static files the login page draws with (``/assets``, ``/static``,
  ``/theme.css``, ``/favicon.ico``);
* everything else needs Gradio's session cookie (checked against the Gradio app's own
  token table) or valid HTTP Basic credentials, else 401;
* failed ``POST /login`` and failed HTTP Basic attempts count per client IP
  (``LoginLimiter``); a locked-out client gets 429 with ``Retry-After`` for every attempt,
  right password included, until the window passes. A request with a valid session
  cookie is not an attempt and is served.

The client IP is the socket peer; behind a reverse proxy listed in ``app.trusted_proxies`` it is
the right-most ``X-Forwarded-For`` address the proxies did not add (``ratelimit.client_address``),
so users behind one proxy are counted apart and a client cannot pick its own address.

HTTP Basic is parsed here and only here (``basic_auth_ok``); ``assistant.api`` reads the
``AUTHENTICATED`` mark (defined there) that this guard puts on the request. FastAPI's ``HTTPBasic`` dependency is
not used: the guard is ASGI middleware in front of Gradio's routes too (not a FastAPI
dependency), and ``HTTPBasic`` decodes credentials as ASCII only, which would lock out a
UTF-8 password (browsers and httpx send UTF-8) that the login page accepts.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
from typing import Any, Awaitable, Callable

from assistant.api import AUTHENTICATED, challenge
from assistant.ui.ratelimit import LoginLimiter, client_address, trusted_networks

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PUBLIC_PREFIXES = ("/assets/", "/static/")
PUBLIC_PATHS = {"/theme.css", "/favicon.ico", "/logout"}
LOGIN_PATHS = {"/login", "/login/"}
_API_INFO = re.compile(rb"window\.gradio_api_info = .*?;</script>", re.DOTALL)
_NO_API_INFO = b'window.gradio_api_info = {"named_endpoints": {}, "unnamed_endpoints": {}};</script>'  # null makes the page fetch /info


def basic_auth_ok(header: str | None, username: str, password: str) -> bool:
    """``Authorization: Basic ...`` against the login, in constant time; no login configured means open."""
    if not (username and password):
        return True
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        user, _, given = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    return secrets.compare_digest(user.encode(), username.encode()) & secrets.compare_digest(given.encode(), password.encode())


class LoginGuard:
    """ASGI middleware; ``gradio_app`` is the mounted Gradio ``App`` (its ``tokens`` and ``cookie_id``)."""

    def __init__(self, app: ASGIApp, gradio_app: Any, username: str, password: str, limiter: LoginLimiter, trusted_proxies: list[str] | tuple[str, ...] = ()):
        self.app = app
        self.trusted = trusted_networks(trusted_proxies)
        self.gradio_app = gradio_app
        self.username = username
        self.password = password
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or not (self.username and self.password):
            await self.app(scope, receive, send)
            return
        path, method = scope.get("path", ""), scope.get("method", "GET")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        client = client_address((scope.get("client") or ("unknown", 0))[0], headers.get("x-forwarded-for"), self.trusted)
        basic = headers.get("authorization", "") if headers.get("authorization", "").lower().startswith("basic ") else ""
        login_post = path in LOGIN_PATHS and method == "POST"
        if (basic or login_post) and (wait := self.limiter.retry_after(client)):
            await deny(scope, send, 429, f"too many failed logins from this address; try again in {wait} s", {"retry-after": str(wait)})
            return
        if basic:
            if not basic_auth_ok(basic, self.username, self.password):
                self.limiter.failure(client)
                await deny(scope, send, 401, "wrong login (HTTP Basic, app.username/app.password)", challenge(path))
                return
        if login_post:
            await self.app(scope, receive, self.count_login(send, client))
        elif basic or self.has_session(headers.get("cookie", "")):
            scope[AUTHENTICATED] = True  # read by /api/* (assistant.api), which answers 401 without it
            await self.app(scope, receive, send)
        elif path.startswith(PUBLIC_PREFIXES) or path in PUBLIC_PATHS:
            await self.app(scope, receive, send)
        elif path == "/" and method == "GET":
            await self.login_page(scope, receive, send)
        elif path == "/" and method == "HEAD":
            await self.app(scope, receive, send)  # no body, nothing to hide
        else:
            await deny(scope, send, 401, "login required: log in at / or send HTTP Basic credentials (app.username/app.password)", challenge(path))

    def has_session(self, cookie_header: str) -> bool:
        """Gradio's own check (routes.get_current_user): either access-token cookie, known to the app."""
        cookie_id = getattr(self.gradio_app, "cookie_id", "")
        names = {f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"}
        tokens = getattr(self.gradio_app, "tokens", {})
        for part in cookie_header.split(";"):
            name, _, value = part.strip().partition("=")
            if name in names and value and value in tokens:
                return True
        return False

    def count_login(self, send: Send, client: str) -> Send:
        """Watch the ``POST /login`` answer: Gradio says 400 for a wrong password (200 for a right one)."""

        async def watching(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in (400, 401):
                self.limiter.failure(client)
            await send(message)

        return watching

    async def login_page(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Gradio's login page without its embedded API description (which endpoints, which parameters)."""
        scope = {**scope, "headers": [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"]}  # plain body to edit
        start: Message = {}
        body = bytearray()

        async def buffering(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            page = _API_INFO.sub(_NO_API_INFO, bytes(body))
            head = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            await send({**start, "headers": head + [(b"content-length", str(len(page)).encode())]})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, buffering)


async def deny(scope: Scope, send: Send, status: int, message: str, headers: dict[str, str] | None = None) -> None:
    """A JSON ``{"error": ...}`` answer (a websocket is closed before it opens instead)."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008, "reason": message[:100]})
        return
    body = json.dumps({"error": message}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
