"""The HTTP surface with a login set, probed with a raw HTTP client on loopback: only the login
page and its static files answer without the login, a Gradio session or HTTP Basic opens
the rest, wrong passwords are rate limited per client. Plus the pure limiter rules.

The servers run over a two-document index of ``corpus/seed`` built in a temporary folder.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import httpx
import pytest

from assistant.ui.ratelimit import LoginLimiter

REPO = Path(__file__).resolve().parents[1]
LOGIN = {"app.username": "doc", "app.password": "s3cret"}
SEED_Q = "What prephase dose of blinatumomab did the patient receive?"
PROBES = [
    ("GET", "/config"),
    ("GET", "/gradio_api/info"),
    ("GET", "/gradio_api/openapi.json"),
    ("GET", "/openapi.json"),
    ("GET", "/gradio_api/file=/etc/passwd"),
    ("POST", "/gradio_api/queue/join"),
    ("POST", "/gradio_api/upload"),
    ("POST", "/gradio_api/call/chat"),
    ("POST", "/api/ask"),
    ("GET", "/api/health"),
    ("GET", "/gradio_api/startup-events"),
    ("GET", "/gradio_api/heartbeat/abc"),
    ("GET", "/gradio_api/user"),
    ("GET", "/gradio_api/token"),
    ("GET", "/gradio_api/app_id"),
    ("GET", "/gradio_api/theme.css"),
    ("POST", "/gradio_api/reset"),
    ("POST", "/gradio_api/cancel"),
    ("POST", "/gradio_api/vibe-edit"),
    ("GET", "/manifest.json"),
    ("GET", "/robots.txt"),
    ("GET", "/no-such-page"),
]


@pytest.fixture(scope="module")
def seed_settings(tmp_path_factory, embedder):
    from assistant.config import Settings
    from assistant.index.sync import sync

    folder = tmp_path_factory.mktemp("http-security")
    shutil.copytree(REPO / "corpus" / "seed", folder / "corpus" / "seed")
    settings = Settings().with_overrides(**{"index.dir": folder / "index", **LOGIN})
    assert not sync([folder / "corpus"], settings, embedder=embedder).errors
    return settings


@pytest.fixture(scope="module")
def seed_assistant(seed_settings, embedder):
    from assistant.pipeline import Assistant

    return Assistant(seed_settings, embedder=embedder)


def start(assistant, settings):
    from assistant.ui.server import BackgroundServer, create_app

    return BackgroundServer(create_app(assistant, settings)).start()


@pytest.fixture(scope="module")
def server(seed_assistant, seed_settings):
    running = start(seed_assistant, seed_settings)
    yield running.url.rstrip("/")
    running.stop()


def request(client: httpx.Client, method: str, url: str) -> httpx.Response:
    """One probe; a stream (heartbeat, queue data) is read only up to its first bytes."""
    body = {"question": SEED_Q} if url.endswith("/api/ask") else ({"data": ["hi"]} if method == "POST" else None)
    with client.stream(method, url, json=body, timeout=30) as response:
        for _ in response.iter_bytes():
            break
    return response


@pytest.mark.parametrize("method, path", PROBES)
def test_without_login_everything_but_the_login_page_is_401(server, method, path):
    response = request(httpx.Client(), method, server + path)
    assert response.status_code == 401, (path, response.status_code)
    assert ("www-authenticate" in response.headers) == path.startswith("/api/")  # no browser password dialog elsewhere


def test_the_login_page_and_its_static_files_are_public_but_tell_nothing(server):
    page = httpx.get(server + "/")
    assert page.status_code == 200 and '"auth_required":true' in page.text.replace(" ", "")
    assert '"named_endpoints": {}' in page.text and "/chat" not in page.text and "parameter_name" not in page.text
    assets = re.findall(r'(?:src|href)="\.?/?((?:assets|static)/[^"]+)"', page.text)
    assert assets
    for path in [*assets, "theme.css", "favicon.ico", "static/fonts/SourceSansPro/SourceSansPro-Regular.woff2"]:
        assert httpx.get(f"{server}/{path}").status_code == 200, path


def test_a_gradio_session_opens_every_probe_and_logout_closes_them(server):
    with httpx.Client() as client:
        assert client.post(server + "/login", data={"username": "doc", "password": "s3cret"}).status_code == 200
        for method, path in PROBES:
            status = request(client, method, server + path).status_code
            assert status != 401, (path, status)
        assert client.get(server + "/config").status_code == 200 and client.get(server + "/openapi.json").status_code == 200
        assert client.get(server + "/api/health").json() == {"status": "ok", "documents": 2}
        answer = client.post(server + "/api/ask", json={"question": SEED_Q}, timeout=120)
        assert answer.status_code == 200 and "9 mcg/day" in answer.text
        assert '"/chat"' in client.get(server + "/").text  # the full page, API description included
        client.get(server + "/logout")
        client.cookies.clear()
        assert client.get(server + "/config").status_code == 401


def test_http_basic_opens_the_script_api(server):
    ok = httpx.post(server + "/api/ask", json={"question": SEED_Q}, auth=("doc", "s3cret"), timeout=120)
    assert ok.status_code == 200 and "9 mcg/day" in ok.text
    assert httpx.get(server + "/openapi.json", auth=("doc", "s3cret")).status_code == 200
    wrong = httpx.get(server + "/api/health", auth=("doc", "nope"))
    assert wrong.status_code == 401 and wrong.json() == {"error": "wrong login (HTTP Basic, app.username/app.password)"}


def test_wrong_passwords_are_rate_limited_across_login_page_and_basic(seed_assistant, seed_settings):
    settings = seed_settings.with_overrides(**{"app.login_max_failures": 3, "app.login_window_s": 3})
    running = start(seed_assistant, settings)
    url = running.url.rstrip("/")
    try:
        assert [httpx.post(url + "/login", data={"username": "doc", "password": f"bad{i}"}).status_code for i in range(2)] == [400, 400]
        assert httpx.get(url + "/api/health", auth=("doc", "bad")).status_code == 401  # the third failure, over HTTP Basic
        started = time.monotonic()
        for attempt in (
            lambda: httpx.post(url + "/login", data={"username": "doc", "password": "s3cret"}),  # right, still refused
            lambda: httpx.get(url + "/api/health", auth=("doc", "s3cret")),
            lambda: httpx.post(url + "/login", data={"username": "doc", "password": "bad"}),
        ):
            locked = attempt()
            assert locked.status_code == 429 and "too many failed logins" in locked.json()["error"]
            assert 1 <= int(locked.headers["retry-after"]) <= 3
        assert httpx.get(url + "/api/health").status_code == 401  # no credentials: not an attempt, plain 401
        time.sleep(max(0.0, 3.1 - (time.monotonic() - started)))
        assert httpx.post(url + "/login", data={"username": "doc", "password": "s3cret"}).status_code == 200
    finally:
        running.stop()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_limiter_locks_after_n_failures_until_the_window_passes():
    clock = Clock()
    limiter = LoginLimiter(max_failures=3, window_s=60, clock=clock)
    for _ in range(2):
        limiter.failure("1.2.3.4")
        clock.now += 1
    assert limiter.retry_after("1.2.3.4") == 0
    limiter.failure("1.2.3.4")
    assert limiter.retry_after("1.2.3.4") == 58 and limiter.retry_after("5.6.7.8") == 0  # per client
    clock.now += 57.5
    assert limiter.retry_after("1.2.3.4") == 1
    clock.now += 0.5  # the first failure ages out: one more try
    assert limiter.retry_after("1.2.3.4") == 0
    limiter.failure("1.2.3.4")
    assert limiter.retry_after("1.2.3.4") == 1  # the second failure (t+1) is next to age out


def test_limiter_bounds_its_memory():
    clock = Clock()
    limiter = LoginLimiter(max_failures=2, window_s=10, clock=clock, max_clients=100)
    for i in range(500):
        limiter.failure(f"10.0.{i // 256}.{i % 256}")
    assert len(limiter._failures) <= 100
    assert limiter.retry_after("10.0.1.243") == 0  # one failure each: nobody is locked out


@pytest.mark.browser
def test_login_page_draws_and_logs_in_in_chromium(server, browser):
    """The guard lets exactly what the login page needs through: no 401 on the way in or after."""
    page = browser.new_page()
    refused = []
    page.on("response", lambda r: refused.append(r.url) if r.status >= 400 else None)
    page.goto(server + "/")
    page.wait_for_selector("input[type=password]", timeout=60_000)
    page.fill("input[type=text]", "doc")
    page.fill("input[type=password]", "s3cret")
    page.keyboard.press("Enter")
    page.wait_for_selector("textarea", timeout=60_000)
    page.wait_for_timeout(1000)
    page.close()
    assert refused == []


def test_gradio_client_logs_in_through_the_guard(server):
    from gradio_client import Client

    result = Client(server + "/", auth=("doc", "s3cret"), verbose=False).predict(SEED_Q, api_name="/chat")
    assert "9 mcg/day" in " ".join(c["quote"] for c in result["citations"])


def test_basic_credentials_are_parsed_in_one_place_utf8_included():
    """``guard.basic_auth_ok`` is the only HTTP Basic parser; a UTF-8 password works (FastAPI's
    ``HTTPBasic`` would refuse it: it decodes ASCII only)."""
    import base64

    from assistant.ui.guard import basic_auth_ok

    def header(user: str, password: str, scheme: str = "Basic") -> str:
        return f"{scheme} " + base64.b64encode(f"{user}:{password}".encode()).decode()

    assert basic_auth_ok(header("doc", "pässwörd"), "doc", "pässwörd")
    assert basic_auth_ok(header("doc", "s3cret", "basic"), "doc", "s3cret")
    assert not basic_auth_ok(header("doc", "wrong"), "doc", "s3cret")
    assert not basic_auth_ok(header("doc", "s3cret", "Bearer"), "doc", "s3cret")
    assert not basic_auth_ok("Basic !!not-base64!!", "doc", "s3cret") and not basic_auth_ok(None, "doc", "s3cret")
    assert basic_auth_ok(None, "", "")  # no login configured: open


def test_api_routes_without_the_guard_fail_closed():
    """The API trusts the guard's mark and parses no credentials itself: mounted alone while
    a login is set, it refuses everything, even right Basic credentials."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from assistant.api import api_router
    from assistant.config import Settings

    class Unused:
        def ask(self, *args, **kwargs):
            raise AssertionError("never reached")

    app = FastAPI()
    app.include_router(api_router(Unused(), Settings().with_overrides(**LOGIN)))
    client = TestClient(app)
    refused = client.post("/api/ask", json={"question": SEED_Q}, auth=("doc", "s3cret"))
    assert refused.status_code == 401 and refused.headers["www-authenticate"] == 'Basic realm="case-assistant"'
    assert client.get("/api/health").status_code == 401


@pytest.mark.parametrize(
    "origin, host, forwarded, allowed, ok",
    [
        (None, "127.0.0.1:7860", None, (), True),  # scripts and curl send no Origin
        ("http://127.0.0.1:7860", "127.0.0.1:7860", None, (), True),
        ("https://cases.example.org", "cases.example.org:443", None, (), True),  # default port dropped
        ("HTTPS://Cases.Example.org:443", "cases.example.org", None, (), True),
        ("https://cases.example.org", "10.0.0.5:7860", "cases.example.org, proxy.internal", (), True),
        ("https://evil.example", "127.0.0.1:7860", None, (), False),
        ("http://127.0.0.1:8000", "127.0.0.1:7860", None, (), False),  # another port is another site
        ("null", "127.0.0.1:7860", None, (), False),  # sandboxed frames, file:// pages
        ("https://frontend.example.org/", "127.0.0.1:7860", None, ("https://frontend.example.org",), True),
    ],
)
def test_same_origin_rule(origin, host, forwarded, allowed, ok):
    from assistant.ui.origin import same_origin

    assert same_origin(origin, host, forwarded, frozenset(allowed)) is ok


def test_a_page_on_another_site_cannot_use_a_logged_in_session(server):
    """Gradio's session cookie is SameSite=None: over HTTPS another site's page could POST with it."""
    with httpx.Client() as client:
        assert client.post(server + "/login", data={"username": "doc", "password": "s3cret"}).status_code == 200
        evil = {"origin": "https://evil.example"}
        refused = client.post(server + "/api/ask", json={"question": SEED_Q}, headers=evil)
        assert refused.status_code == 403 and "cross-site request refused" in refused.json()["error"]
        upload = client.post(server + "/gradio_api/upload", files={"files": ("note.txt", b"x")}, headers=evil)
        assert upload.status_code == 403
        assert client.get(server + "/api/health", headers=evil).status_code == 200  # reading state changes nothing
        mine = client.post(server + "/api/ask", json={"question": SEED_Q}, headers={"origin": server}, timeout=120)
        assert mine.status_code == 200 and "9 mcg/day" in mine.text


def test_a_loopback_server_without_login_refuses_other_sites_too(seed_assistant, seed_settings):
    settings = seed_settings.with_overrides(**{"app.username": "", "app.password": "", "app.allowed_origins": ["https://frontend.example.org"]})
    running = start(seed_assistant, settings)
    try:
        url = running.url.rstrip("/")
        body = {"question": SEED_Q}
        assert httpx.post(url + "/api/ask", json=body, headers={"origin": "https://evil.example"}).status_code == 403
        assert httpx.post(url + "/api/ask", json=body, headers={"origin": "https://frontend.example.org"}, timeout=120).status_code == 200
        assert httpx.post(url + "/api/ask", json=body, timeout=120).status_code == 200
        # Not behind a trusted proxy: a request cannot name its own host in X-Forwarded-Host.
        forged = {"origin": "https://evil.example", "x-forwarded-host": "evil.example"}
        assert httpx.post(url + "/api/ask", json=body, headers=forged).status_code == 403
    finally:
        running.stop()
    behind = start(seed_assistant, settings.with_overrides(**{"app.trusted_proxies": ["127.0.0.1"]}))
    try:
        proxied = {"origin": "https://cases.example.org", "x-forwarded-host": "cases.example.org"}
        assert httpx.post(behind.url.rstrip("/") + "/api/ask", json=body, headers=proxied, timeout=120).status_code == 200
    finally:
        behind.stop()


def test_behind_a_trusted_proxy_failures_count_per_forwarded_client():
    from assistant.ui.ratelimit import client_address, trusted_networks

    proxy = trusted_networks(["127.0.0.1", "10.0.0.0/8"])
    assert client_address("127.0.0.1", "203.0.113.7", proxy) == "203.0.113.7"
    assert client_address("127.0.0.1", "6.6.6.6, 203.0.113.7, 10.1.2.3", proxy) == "203.0.113.7"  # forged left entry ignored
    assert client_address("198.51.100.9", "203.0.113.7", proxy) == "198.51.100.9"  # not a proxy: its header is not believed
    assert client_address("127.0.0.1", None, proxy) == "127.0.0.1"
    assert client_address("127.0.0.1", "203.0.113.7", ()) == "127.0.0.1"  # no proxies configured


def test_a_bad_trusted_proxy_entry_is_refused_by_name():
    from assistant.config import Settings

    with pytest.raises(Exception, match="not-an-ip"):
        Settings().with_overrides(**{"app.trusted_proxies": ["not-an-ip"]})


def test_users_behind_one_trusted_proxy_are_locked_out_apart(seed_assistant, seed_settings):
    settings = seed_settings.with_overrides(**{"app.login_max_failures": 2, "app.login_window_s": 30, "app.trusted_proxies": ["127.0.0.1"]})
    running = start(seed_assistant, settings)
    url = running.url.rstrip("/")
    try:
        def login(user_ip: str, password: str) -> int:
            return httpx.post(url + "/login", data={"username": "doc", "password": password}, headers={"x-forwarded-for": user_ip}).status_code

        assert [login("203.0.113.7", "bad") for _ in range(3)] == [400, 400, 429]
        assert login("198.51.100.9", "s3cret") == 200  # another user behind the same proxy is not locked out
    finally:
        running.stop()
