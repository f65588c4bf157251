"""One FastAPI app for everything: ``/api/ask`` for scripts and the Gradio UI mounted at ``/``.

``serve`` loads the model, starts indexing the corpus (and earlier uploads) in a background
thread (``assistant.index.background``: the seed case first, progress on the page and in
every answer) and runs uvicorn on ``app.host:app.port`` (loopback unless told otherwise)
at once; ``--sync-first`` syncs with a terminal progress bar before serving, as it used to.
Offline (``config.offline_env``): analytics off, no FastAPI docs pages (they load Swagger from a CDN), Gradio's bundled fonts only.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from fastapi import FastAPI

from assistant.config import Settings


def create_app(assistant, settings: Settings) -> FastAPI:
    """The FastAPI app: ``/api/ask`` and ``/api/health`` first, then Gradio at ``/`` (a mount at
    ``/`` catches every path, so API routes must be registered before it)."""
    import gradio as gr

    from assistant.api import api_router
    from assistant.ui.blocks import CSS, HEAD, THEME, TITLE, build_blocks

    app = FastAPI(title=TITLE, docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(api_router(assistant, settings))
    auth = (settings.app.username, settings.app.password) if settings.app.username and settings.app.password else None
    blocks = build_blocks(assistant, settings)
    # Gradio checks that an event's file paths lie in its upload cache only once the Blocks
    # "has launched"; mounted Blocks never launch, so without this any client could name
    # /etc/passwd in an event and have it copied into the cache. The upload handler also
    # accepts only files its upload route wrote (``Blocks.upload_file_set``).
    blocks.has_launched = True
    gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        server_name=settings.app.host,
        server_port=settings.app.port,
        auth=auth,
        auth_message="Clinical case question assistant: please log in." if auth else None,
        max_file_size=int(settings.app.max_upload_mb * 1_000_000),
        footer_links=["api", "settings"],
        run_history=False,  # clinical questions are not kept in the browser
        ssr_mode=False,
        mcp_server=False,
        theme=THEME,
        css=CSS,
        head=HEAD,
    )
    if auth:
        guard_login(app, settings)
    from assistant.ui.origin import SameOriginGuard

    app.add_middleware(SameOriginGuard, allowed_origins=settings.app.allowed_origins, trusted_proxies=settings.app.trusted_proxies)  # added last: outermost
    return app


def guard_login(app: FastAPI, settings: Settings) -> None:
    """Put ``LoginGuard`` in front of everything: Gradio leaves some routes open even with a login."""
    from starlette.routing import Mount

    from assistant.ui.guard import LoginGuard
    from assistant.ui.ratelimit import LoginLimiter

    gradio_app = next(route.app for route in app.routes if isinstance(route, Mount))
    limiter = LoginLimiter(settings.app.login_max_failures, settings.app.login_window_s)
    app.add_middleware(LoginGuard, gradio_app=gradio_app, username=settings.app.username, password=settings.app.password, limiter=limiter, trusted_proxies=settings.app.trusted_proxies)


def corpus_paths(settings: Settings, out=None) -> list[Path]:
    """What ``serve`` syncs: ``corpus/`` and ``<index>/uploads`` (earlier uploads), those that exist."""
    out = out or sys.stderr
    paths = [Path(settings.paths.corpus_dir)]
    uploads = settings.index.uploads_dir
    if uploads.is_dir():
        paths.append(uploads)
    if not paths[0].exists():
        print(f"warning: corpus folder {paths[0]} does not exist; serving the index as it is", file=out)
        paths = paths[1:]
    return paths


def print_report(report, out) -> None:
    for notice in report.notices:
        print(f"note: {notice}", file=out)
    for warning in report.warnings:
        print(f"warning: {warning}", file=out)
    for err in report.errors:
        print(f"error: {err}", file=out)


def sync_on_start(assistant, settings: Settings, out=None) -> None:
    """Build or sync the index from ``corpus/`` (and ``<index>/uploads``) with a progress bar, before serving."""
    out = out or sys.stderr
    from assistant.progress import progress_bar

    paths = corpus_paths(settings, out)
    if not paths:
        return
    print(f"syncing the index at {assistant.store.location} with {', '.join(map(str, paths))} …", file=out)
    update, close = progress_bar("indexing")
    try:
        report = assistant.sync(paths, progress=update)
    finally:
        close()
    print_report(report, out)
    print(
        f"index ready: {report.documents} documents, {report.chunks} chunks "
        f"(added {report.added}, updated {report.updated}, removed {report.removed}, unchanged {report.unchanged}; {report.seconds:.1f}s)",
        file=out,
    )


def index_in_background(assistant, settings: Settings, out=None, after_seed=None):
    """Start syncing ``corpus/`` and uploads in a thread of this process (the seed case first);
    the indexer is attached to ``assistant`` so answers and the page report its progress."""
    from assistant.index.background import BackgroundIndexer

    out = out or sys.stderr
    paths = corpus_paths(settings, out)
    if not paths:
        return None
    printed: list[tuple] = []

    def on_change(status) -> None:
        key = (status.state, status.documents_indexed, status.seed_ready, status.documents_total)
        if not printed or printed[-1] != key:
            printed.append(key)
            print(status.line(), file=out, flush=True)
            if status.state == "ready" and indexer.report is not None:
                print_report(indexer.report, out)

    indexer = BackgroundIndexer(settings, assistant.sync, paths, after_seed=after_seed, on_change=on_change)
    assistant.indexing = indexer
    print(f"indexing {', '.join(map(str, paths))} into {assistant.store.location} in the background (the page is served meanwhile)", file=out)
    return indexer.start()


def serve(settings: Settings, sync_corpus: bool = True, background: bool = True) -> None:
    """Serve until Ctrl-C; the corpus is synced in the background while serving (``background``),
    before serving (the old way: ``background=False``), or not at all (``sync_corpus=False``)."""
    import uvicorn

    from assistant.index.locks import IndexOwner
    from assistant.pipeline import Assistant

    # Held until the process ends: `assistant index` on this folder is refused meanwhile,
    # and the background indexer writes under this ownership.
    owner = IndexOwner(settings, "assistant serve").take()  # noqa: F841
    assistant = Assistant(settings)
    app_built = threading.Event()
    if sync_corpus and background:
        # The seed case is indexed while the page is built; the rest waits for the page, so
        # on a busy machine the two do not compete for the processor.
        index_in_background(assistant, settings, after_seed=app_built.wait)
    elif sync_corpus:
        sync_on_start(assistant, settings)
    if assistant.indexing is None and not assistant.documents():
        print("warning: the index is empty; questions will be refused until case records are indexed", file=sys.stderr)
    app = create_app(assistant, settings)
    app_built.set()
    host = settings.app.host
    shown = f"[{host}]" if ":" in host else host
    print(f"serving on http://{shown}:{settings.app.port}  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}, reachable from other machines" + ("" if settings.app.username else "; no login is set (app.username/app.password)"), file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=settings.app.port, log_level="warning")
    finally:
        if assistant.indexing is not None and not assistant.indexing.stop():
            print("indexing is still stopping; the index stays consistent and the next start finishes it", file=sys.stderr)


class BackgroundServer:
    """uvicorn in a daemon thread, for tests and the screenshot script: ``.url``, ``.stop()``."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 0):
        import socket
        import threading

        import uvicorn

        if not port:
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = probe.getsockname()[1]
        self.url = f"http://{host}:{port}/"
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=2))
        self.thread = threading.Thread(target=self.server.run, name=f"uvicorn-{port}", daemon=True)

    def start(self, timeout: float = 60.0) -> BackgroundServer:
        import time

        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server at {self.url} did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
