"""A browser's request from another site never reaches a route that acts (a POST, a websocket).

Gradio's session cookie is set ``SameSite=None; Secure``, so over HTTPS a page on any site can
make a logged-in browser POST to ``/api/ask``, ``/gradio_api/upload`` or the queue with that
cookie; without a login, any page can POST to a server on the user's loopback. Gradio's CORS
middleware only decides which answers the other page may *read*: the request itself still runs
(an upload is indexed). Browsers send ``Origin`` with every POST and every websocket, so
``SameOriginGuard`` refuses one whose ``Origin`` is neither this app (its ``Host``, or the first
``X-Forwarded-Host`` when the request comes from a proxy in ``app.trusted_proxies``: a page that
may send custom headers must not name its own host) nor in ``app.allowed_origins``. Requests without ``Origin``
(scripts, curl, the CLI's clients) are not a browser acting for someone else and pass; GET and
HEAD change nothing and pass.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from assistant.ui.guard import ASGIApp, Receive, Scope, Send, deny
from assistant.ui.ratelimit import is_trusted, trusted_networks

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_DEFAULT_PORTS = {"http": "80", "https": "443", "ws": "80", "wss": "443"}


def _netloc(scheme: str, netloc: str) -> str:
    """``host[:port]`` lower-cased, the scheme's default port dropped (``example.org:443`` = ``example.org``)."""
    netloc = netloc.strip().lower()
    default = _DEFAULT_PORTS.get(scheme.lower())
    return netloc[: -len(default) - 1] if default and netloc.endswith(f":{default}") else netloc


def same_origin(origin: str | None, host: str | None, forwarded_host: str | None = None, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether a request carrying ``origin`` may be served by the app answering at ``host``."""
    if origin is None:
        return True
    origin = origin.strip()
    if origin.rstrip("/") in allowed:
        return True
    parsed = urlsplit(origin)
    if not parsed.scheme or not parsed.netloc:  # "null": sandboxed frames, file:// pages
        return False
    mine = {_netloc(parsed.scheme, name) for name in (host or "", (forwarded_host or "").split(",")[0]) if name.strip()}
    return _netloc(parsed.scheme, parsed.netloc) in mine


class SameOriginGuard:
    """ASGI middleware in front of everything (login or not): 403 for a cross-site POST or websocket."""

    def __init__(self, app: ASGIApp, allowed_origins: list[str] | tuple[str, ...] = (), trusted_proxies: list[str] | tuple[str, ...] = ()):
        self.app = app
        self.allowed = frozenset(origin.strip().rstrip("/") for origin in allowed_origins)
        self.trusted = trusted_networks(trusted_proxies)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        unsafe = scope["type"] == "websocket" or (scope["type"] == "http" and scope.get("method", "GET") not in SAFE_METHODS)
        if unsafe:
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            peer = (scope.get("client") or ("", 0))[0]
            forwarded = headers.get("x-forwarded-host") if is_trusted(peer, self.trusted) else None
            if not same_origin(headers.get("origin"), headers.get("host"), forwarded, self.allowed):
                await deny(scope, send, 403, f"cross-site request refused: origin {headers.get('origin')!r} is not this app (app.allowed_origins)")
                return
        await self.app(scope, receive, send)
