"""The script APIs: ``POST /api/ask`` and the Gradio ``/chat`` endpoint through gradio_client,
on a real uvicorn server over the shipped index (read-only: nothing here writes)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.api import api_router

SEED_Q = "What prephase dose of blinatumomab did the patient receive?"


@pytest.fixture(scope="module")
def server(shipped):
    from assistant.ui.server import BackgroundServer, create_app

    running = BackgroundServer(create_app(shipped, shipped.settings)).start()
    yield running
    running.stop()


def post(url: str, body: bytes | dict, headers: dict | None = None) -> tuple[int, dict]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(url + "api/ask", data=data, headers={"Content-Type": "application/json", **(headers or {})}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_api_ask_returns_exactly_the_cli_json(server, shipped):
    status, body = post(server.url, {"question": SEED_Q})
    assert status == 200
    expected = shipped.ask(SEED_Q).to_dict()
    assert set(body) == set(expected)
    for key in ("answer", "abstained", "citations", "sentences", "passages", "focus_case", "filters"):
        assert body[key] == expected[key], key
    assert "[1]" in body["answer"] and any("9 mcg/day" in c["quote"] for c in body["citations"])


def test_api_ask_filters_history_and_mode(server):
    status, first = post(server.url, {"question": "What was the karyotype at ALL onset?", "filters": {"case_id": "seed-blinatumomab-all"}, "mode": "hybrid"})
    assert status == 200 and not first["abstained"] and first["filters"] == {"case_id": "seed-blinatumomab-all"}
    assert all(c["case_id"] == "seed-blinatumomab-all" for c in first["citations"])
    status, follow = post(server.url, {"question": "And which drugs were used for CNS prophylaxis?", "history": [first]})
    assert status == 200 and follow["focus_case"] == "seed-blinatumomab-all"
    assert "methotrexate" in follow["answer"].lower()


@pytest.mark.parametrize(
    "body, status, words",
    [
        ({"question": "   "}, 400, "empty"),
        ({}, 400, "question"),
        ({"question": "x" * 1001}, 422, "too long"),
        ({"question": "dose?", "filters": {"colour": "red"}}, 400, "unknown filter"),
        ({"question": "dose?", "filters": ["drug"]}, 400, "filters"),
        ({"question": "dose?", "history": "nope"}, 400, "history"),
        ({"question": "dose?", "mode": "psychic"}, 400, "mode"),
        (b"{not json", 400, "not valid JSON"),
        (b"x" * (65 * 1024), 413, "larger than 64 KB"),
        (b"[" * 10_000 + b"]" * 10_000, 400, "nested too deeply"),
        (b'{"question": "dose?", "history": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", 400, "nested too deeply"),
        (b'{"question": "dose?", "filters": ' + b'{"a":' * 100 + b"1" + b"}" * 101, 400, "nested too deeply"),
        ([{"question": "dose?"}], 400, "JSON object"),
        ({"question": ["dose?"]}, 400, "'question' is required and must be a string"),
        ({"question": {"text": "dose?"}}, 400, "'question'"),
        ({"question": 42}, 400, "'question'"),
        ({"question": "dose?", "filters": {"drug": {"name": "x"}}}, 400, "'filters.drug'"),
        ({"question": "dose?", "filters": {"drug": ["x"]}}, 400, "'filters.drug'"),
        ({"question": "dose?", "history": [1]}, 400, "'history.0'"),
        ({"question": "dose?", "history": [{"question": ["x"]}]}, 400, "'history.0.question'"),
        ({"question": "dose?", "mode": ["hybrid"]}, 400, "'mode'"),
        ({"question": "dose?", "top_k": 3}, 400, "unknown field 'top_k'"),
    ],
)
def test_api_ask_errors_are_clear(server, body, status, words):
    got_status, got = post(server.url, body)
    assert got_status == status and set(got) == {"error"} and words in got["error"]


def test_api_ask_on_an_empty_index_is_503(empty_settings, embedder):
    from assistant.pipeline import Assistant

    app = FastAPI()
    app.include_router(api_router(Assistant(empty_settings, embedder=embedder), empty_settings))
    response = TestClient(app).post("/api/ask", json={"question": SEED_Q})
    assert response.status_code == 503 and "index is empty" in response.json()["error"]


def test_login_protects_api_and_ui(shipped):
    from assistant.ui.server import create_app

    settings = shipped.settings.with_overrides(**{"app.username": "doc", "app.password": "s3cret"})
    client = TestClient(create_app(shipped, settings))
    assert client.post("/api/ask", json={"question": SEED_Q}).status_code == 401
    assert client.post("/api/ask", json={"question": SEED_Q}, auth=("doc", "wrong")).status_code == 401
    ok = client.post("/api/ask", json={"question": SEED_Q}, auth=("doc", "s3cret"))
    assert ok.status_code == 200 and "[1]" in ok.json()["answer"]
    assert client.get("/config").status_code == 401  # the Gradio app needs its login too
    assert client.post("/login", data={"username": "doc", "password": "s3cret"}).status_code == 200
    assert client.get("/config").status_code == 200


def test_gradio_client_chat_endpoint(server):
    from gradio_client import Client

    client = Client(server.url, verbose=False)
    result = client.predict(SEED_Q, api_name="/chat")
    assert isinstance(result, dict) and "[1]" in result["answer"] and not result["abstained"]
    assert any("9 mcg/day" in c["quote"] for c in result["citations"])
    filtered = client.predict(question="Which drugs were used for CNS prophylaxis?", case="seed-blinatumomab-all", api_name="/chat")
    assert filtered["filters"] == {"case_id": "seed-blinatumomab-all"} and "methotrexate" in filtered["answer"].lower()
    with pytest.raises(Exception, match="too long"):
        client.predict("y" * 2000, api_name="/chat")


CONCURRENT = [
    (SEED_Q, "9 mcg/day"),
    ("Which drugs were used for CNS prophylaxis?", "methotrexate"),
    ("Were there infections during blinatumomab therapy?", "fungal pneumonia"),
    ("What was the karyotype at ALL onset?", "hyperdiploid"),
    ("What was the MRD status after induction?", "MRD"),
    ("What chidamide dose was given as salvage therapy to the man with relapsed angioimmunoblastic T-cell lymphoma?", "30mg twice per week"),
    ("At what dose and schedule was daratumumab given in the D-VCd regimen for PGNMID?", "daratumumab"),
    ("What blood brodifacoum concentration was measured in the pregnant woman?", "337.5 ng/mL"),
    ("How much pleural fluid was removed by thoracentesis on each side?", "pleural"),
    ("What cranial irradiation dose did the blinatumomab-treated ALL patient receive?", "12 Gy"),
]


def test_ten_concurrent_clients_each_get_their_own_answer(server):
    from gradio_client import Client

    def ask(i: int) -> tuple[str, dict]:
        question = CONCURRENT[i][0]
        if i % 2:
            return question, Client(server.url, verbose=False).predict(question, api_name="/chat")
        status, body = post(server.url, {"question": question})
        assert status == 200, body
        return question, body

    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(ask, range(10)))
    for (question, expected), (asked, body) in zip(CONCURRENT, results):
        assert asked == question and body["question"] == question
        assert not body["abstained"], question
        evidence = (body["answer"] + " ".join(c["quote"] for c in body["citations"])).lower()
        assert expected.lower() in evidence, (question, body["answer"])


def okapi_record(i: int, paragraphs: int = 40) -> str:
    """A generated upload (about 20 chunks) on a topic none of the shipped cases shares."""
    lines = [f"Okapi keeper series record {i}\n", "Case Description\n"]
    for p in range(paragraphs):
        lines.append(
            f"Okapi keeper {i} visit {p + 1}: hemoglobin was {8 + p % 5}.{p % 10} g/dL and the keeper received emicizumab {1 + p % 3} mg/kg on day {p * 3 + i}; "
            f"ferritin {200 + 13 * p} ng/mL, platelets {150 + 7 * p} x 10^9/L, and the zoo clinic noted fatigue score {p % 7}.\n"
        )
    lines.append(f"Outcome\n\nOkapi keeper {i} finished the series with nasal spray desmopressin {i + 2}00 mcg before each shift.\n")
    return "\n".join(lines)


def test_ten_clients_ask_while_an_upload_is_indexed(index_copy, embedder, tmp_path):
    """One app, one shared Assistant: the upload handler indexes three records (small write
    groups, so the index changes under the readers many times) while ten HTTP clients keep
    asking through ``POST /api/ask``. Every request is a 200 with the answer JSON, every
    citation is the stored text at its offsets, the shipped answers stay right, and the upload
    answers once indexed."""
    import threading
    import time

    from assistant.index.store import Store
    from assistant.pipeline import Assistant
    from assistant.ui.handlers import ChatUI
    from assistant.ui.server import BackgroundServer, create_app

    settings = index_copy.with_overrides(**{"index.group_chunks": 8})
    assistant = Assistant(settings, embedder=embedder)
    running = BackgroundServer(create_app(assistant, settings)).start()
    ui = ChatUI(assistant, settings)  # the upload event's handler, over the app's own Assistant
    files = []
    for i in range(3):
        files.append(tmp_path / f"okapi-{i}.txt")
        files[-1].write_text(okapi_record(i), encoding="utf-8")

    embedding = threading.Event()
    upload_done = threading.Event()
    marks: list[tuple[float, object]] = []
    outcome: dict = {}

    def progress(value, desc="", unit=""):
        marks.append((time.monotonic(), value))
        if isinstance(value, tuple):
            embedding.set()

    def upload() -> None:
        try:
            outcome["status"] = ui.index_uploads(files, progress)
        finally:
            outcome["ended"] = time.monotonic()
            upload_done.set()
            embedding.set()

    def client(i: int) -> list[dict]:
        """Ask this client's question, then the next ones, until the upload is over (3 at most)."""
        seen = []
        for r in range(3):
            if r and upload_done.is_set():
                break
            question, expected = CONCURRENT[(i + r) % len(CONCURRENT)]
            during = not upload_done.is_set()
            started = time.monotonic()
            status, body = post(running.url, {"question": question})
            seen.append({"question": question, "expected": expected, "status": status, "body": body, "during": during, "started": started, "ended": time.monotonic()})
        return seen

    try:
        uploader = threading.Thread(target=upload)
        uploader.start()
        assert embedding.wait(120) and not upload_done.is_set(), outcome
        began = time.monotonic()
        with ThreadPoolExecutor(max_workers=10) as pool:
            per_client = list(pool.map(client, range(10)))
        results = [r for seen in per_client for r in seen]
        uploader.join(180)
        assert outcome["status"].startswith("Indexed 3 file(s): okapi-0.txt, okapi-1.txt, okapi-2.txt (3 document(s) added"), outcome["status"]

        texts = Store(settings).doc_texts(sorted({c["doc_id"] for r in results for c in r["body"].get("citations", [])}))
        for r in results:
            body = r["body"]
            assert r["status"] == 200 and isinstance(body, dict) and body["question"] == r["question"], r
            assert not body["abstained"], r["question"]
            assert r["expected"].lower() in (body["answer"] + " ".join(c["quote"] for c in body["citations"])).lower(), (r["question"], body["answer"])
            for c in body["citations"]:
                assert texts[c["doc_id"]][c["char_start"] : c["char_end"]] == c["quote"], c
        assert all(seen[0]["during"] for seen in per_client), "every client's first request goes out while the upload is indexing"
        overlapping = sum(r["started"] < outcome["ended"] for r in results)
        assert overlapping >= 10

        status, body = post(running.url, {"question": "Which nasal spray did Okapi keeper 1 take before each shift?"})
        assert status == 200 and not body["abstained"] and "300 mcg" in body["answer"], body
        cited = body["citations"][0]
        assert cited["doc_id"] == "upload:okapi-1.txt" and Store(settings).doc_texts(["upload:okapi-1.txt"])["upload:okapi-1.txt"][cited["char_start"] : cited["char_end"]] == cited["quote"]
        upload_s = outcome["ended"] - marks[0][0]
        print(f"\n{len(results)} requests, {overlapping} started while the upload was indexing ({upload_s:.1f}s, {len(marks)} progress marks); asks took {max(r['ended'] for r in results) - began:.1f}s in all")
    finally:
        running.stop()
