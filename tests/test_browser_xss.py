"""Script in a case record never runs, in real Chromium: chat, sources and case explorer.

A case whose title, text, license, source and treatment courses carry the payload set is
uploaded through the real upload form into a private copy of the shipped index. Then the
question (which carries the payload too) gets an answer citing that record, so the payload
reaches the chat answer, the user's message and the sources panel; the case explorer shows
the case (title, facts, timeline); every link inside those panels is clicked. Throughout,
``window.__xss`` stays undefined and no element on the page has an ``on*`` attribute or a
``javascript:`` URL. (The Markdown export has its own test.)
"""

from __future__ import annotations

import csv
import json
import shutil

import pytest

from .test_browser import ask, choose, last_answer

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    '<svg onload="window.__xss=1">',
    "[click me](javascript:window.__xss=1)",
    '<a href="javascript:window.__xss=1">link</a>',
]
PAYLOAD = " ".join(PAYLOADS)
CASE = "zebrafish-xss"
QUESTION = f"What dose of luspatercept did the zebrafish keeper receive? {PAYLOAD}"
PANELS = "#chatbot, #sources, #case-detail, #timeline, #cases-table"

# Every element of the page: no inline handler, no script URL (in any attribute that loads
# or navigates), and what the payload would have created inside the panels.
AUDIT = """panels => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc'];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (name.startsWith('on')) bad.push(`${el.tagName} ${name}=${attr.value}`);
      if (urlAttrs.includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value)) bad.push(`${el.tagName} ${name}=${attr.value}`);
    }
  }
  for (const el of document.querySelectorAll(panels)) {
    for (const inner of el.querySelectorAll('script, img, iframe, object, embed')) bad.push(`${inner.tagName} inside #${el.id}`);
  }
  // Gradio draws its own icons as svg; document text must add none (the timeline is one svg)
  for (const el of document.querySelectorAll('#chatbot .question, #chatbot .answer, #sources, #case-detail, #cases-table')) {
    if (el.querySelector('svg')) bad.push(`svg inside ${el.id || el.className}`);
  }
  for (const svg of document.querySelectorAll('#timeline svg svg')) bad.push('svg inside the timeline svg');
  return {xss: typeof window.__xss, bad};
}"""


def write_case(folder):
    """The narrative (JSONL: title, text and metadata carry the payloads) and its treatment record (CSV)."""
    record = {
        "id": f"{CASE}-narrative",
        "title": f"Zebrafish keeper anemia case {PAYLOAD}",
        "text": (
            f"Zebrafish keeper anemia case {PAYLOAD}\n\nCase Description\n\n"
            f"The zebrafish keeper received luspatercept 1 mg/kg every three weeks for transfusion-dependent anemia, chart note {PAYLOAD} as typed.\n"
            "Hemoglobin rose to 9.8 g/dL after the third dose.\n\nOutcome\n\n"
            f"The zebrafish keeper stayed transfusion-free for six months; the handover note read {PAYLOADS[3]} and {PAYLOADS[4]}.\n"
        ),
        "metadata": {"case_id": CASE, "source": "javascript:window.__xss=1", "license": PAYLOAD, "year": 2024},
    }
    narrative = folder / "zebrafish keeper.jsonl"
    narrative.write_text(json.dumps(record) + "\n", encoding="utf-8")
    courses = folder / "zebrafish-treatment.csv"
    with courses.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["case_id", "phase", "regimen", "dose", "start", "end", "mrd", "blasts_pct", "response", "toxicity", "note"])
        out.writerow([CASE, f"Induction {PAYLOADS[0]}", f"luspatercept {PAYLOADS[1]}", "1 mg/kg", "2024-01-10", "2024-03-05", "negative", "", f"response {PAYLOADS[2]}", "", PAYLOADS[3]])
        out.writerow([CASE, f"Maintenance {PAYLOADS[4]}", "luspatercept", "1 mg/kg", "2024-04-01", "2024-09-30", "", "", f"transfusion-free {PAYLOADS[3]}", "", PAYLOAD])
        out.writerow([CASE, f"Supportive {PAYLOADS[2]}", f"iron chelation {PAYLOADS[0]}", "", "", "", "", "", PAYLOADS[4], "", PAYLOADS[1]])
    return [narrative, courses]


@pytest.fixture(scope="module")
def xss_server(shipped_settings, embedder, tmp_path_factory):
    from assistant.pipeline import Assistant
    from assistant.ui.server import BackgroundServer, create_app

    target = tmp_path_factory.mktemp("xss") / "index"
    shutil.copytree(shipped_settings.index.dir, target, ignore=shutil.ignore_patterns(".sync.lock"))
    settings = shipped_settings.with_overrides(**{"index.dir": target})
    running = BackgroundServer(create_app(Assistant(settings, embedder=embedder), settings)).start()
    yield running
    running.stop()


def audit(page) -> list[str]:
    found = page.evaluate(AUDIT, PANELS)
    assert found["xss"] == "undefined", "a payload ran"
    assert found["bad"] == []
    return found["bad"]


def click_every_link(page, scope: str) -> int:
    """Click each link in ``scope`` (a real click where it can be seen, else the DOM's own
    click()), auditing after each; popups are closed. Returns how many were clicked."""
    links = page.locator(", ".join(f"{part.strip()} a" for part in scope.split(",")))
    count = links.count()
    for i in range(count):
        link = links.nth(i)
        href = (link.get_attribute("href") or "").strip().lower()
        assert not href.startswith("javascript"), href
        if link.is_visible():
            link.click(timeout=5_000)
        else:
            link.evaluate("a => a.click()")
        page.wait_for_timeout(100)
        assert page.url.split("#")[0].rstrip("/") == page.home.rstrip("/"), f"link {i} in {scope} navigated to {page.url}"
        audit(page)
    return count


@pytest.fixture
def page(xss_server, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    context.on("page", lambda popup: popup.close())
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = []
    tab.home = xss_server.url
    tab.goto(xss_server.url)
    tab.wait_for_selector("#chat-input textarea")
    yield tab
    context.close()


def test_payload_in_a_case_record_and_the_question_never_runs(page, tmp_path):
    page.get_by_role("tab", name="Add case records").click()
    page.set_input_files("#upload input[type=file]", [str(p) for p in write_case(tmp_path)])
    page.wait_for_function("document.querySelector('#upload-status textarea').value.includes('Indexed')", timeout=120_000)
    assert "Indexed 2 file(s)" in page.input_value("#upload-status textarea")
    audit(page)

    page.get_by_role("tab", name="Chat").click()
    ask(page, QUESTION)
    audit(page)  # first: a payload that ran fails here, before any text check
    answer = last_answer(page)
    assert "1 mg/kg every three weeks" in answer.inner_text() and answer.locator("a.cite").count() >= 1
    chat, sources = page.locator("#chatbot").inner_text(), page.locator("#sources").inner_text()
    for payload in PAYLOADS:
        assert chat.count(payload) >= 2, payload  # the question as asked, and the cited sentence as written
        assert payload in sources, payload  # title, quote context, license
    assert "Source: javascript:window.__xss=1" in sources  # shown as text, not a link
    clicked = click_every_link(page, "#chatbot") + click_every_link(page, "#sources")
    assert clicked >= 1

    page.get_by_role("tab", name="Case explorer").click()
    choose(page, "#explorer-case", "Zebrafish keeper")
    page.locator("#timeline svg rect.course").first.wait_for()
    audit(page)
    detail, timeline = page.locator("#case-detail").inner_text(), page.locator("#timeline").inner_text()
    assert f"Zebrafish keeper anemia case {PAYLOAD}" in detail and CASE in detail
    assert page.locator("#timeline svg rect.course").count() == 2 and PAYLOADS[4] in timeline  # the undated course, listed
    page.fill("#case-search input", "zebrafish")  # the table draws only the rows in view: find it first
    page.locator("#cases-table [role=gridcell]", has_text="Zebrafish keeper anemia case").first.wait_for()
    # Gradio's own loading spinner (an svg) sits in the table while the search event runs.
    page.wait_for_function("!document.querySelector('#cases-table [data-testid=status-tracker]:not(.hide)')")
    audit(page)
    clicked_explorer = click_every_link(page, "#case-detail, #timeline, #cases-table")
    assert page.dialogs == []
    print(f"\nlinks clicked: {clicked} in chat and sources, {clicked_explorer} in the explorer")
    assert page.evaluate("typeof window.__xss") == "undefined"
