"""The case timeline on a phone (390 x 844) in real Chromium: a case report's events read as
a list that fits the screen, the treatment plot keeps its size inside a sideways scroller,
and the facts table stays inside its card. Set ``ASSISTANT_SCREENSHOT_DIR`` to keep the
screenshot (docs/timeline-phone.png is made that way)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import desktop_page, running_app

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
PMC_TITLE = "A rare case of gastric schwannoma mimicking GIST"
SEED_TITLE = "Blinatumomab Use in an Adult Patient"  # pickers show titles, not ids


@pytest.fixture(scope="module")
def app_server(shipped_settings, embedder, tmp_path_factory):
    with running_app(shipped_settings, embedder, tmp_path_factory.mktemp("phone")) as running:
        yield running


@pytest.fixture
def phone(browser, app_server):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    tab.goto(app_server.url)
    tab.wait_for_selector("#chat-input textarea")
    tab.get_by_role("tab", name="Case explorer").click()
    yield tab
    context.close()


def choose(page, text: str) -> None:
    box = page.locator("#explorer-case input")
    box.click()
    box.press_sequentially(text)
    page.locator("#explorer-case [role=option]", has_text=text).first.click()


LAYOUT = """() => {
  const r = el => el.getBoundingClientRect();
  const events = [...document.querySelectorAll('#timeline li.event')];
  const text = [...document.querySelectorAll('#timeline li.event .ev-when, #timeline li.event .ev-label, #timeline li.event .ev-quote')];
  const facts = document.querySelector('#case-detail table.facts');
  const card = document.querySelector('#case-detail');
  return {
    events: events.length,
    smallestFont: Math.min(...text.map(el => parseFloat(getComputedStyle(el).fontSize))),
    overlaps: events.slice(1).filter((el, i) => r(el).top < r(events[i]).bottom - 0.5).length,
    outside: events.filter(el => r(el).left < 0 || r(el).right > window.innerWidth + 0.5).length,
    timelineOverflow: document.querySelector('#timeline').scrollWidth - document.querySelector('#timeline').clientWidth,
    factsRight: r(facts).right, cardRight: r(card).right, factsOverflow: facts.scrollWidth - facts.clientWidth,
  };
}"""


def test_case_report_timeline_is_readable_at_phone_width(phone, tmp_path):
    choose(phone, PMC_TITLE[:30])
    phone.locator("#timeline li.event").first.wait_for()
    layout = phone.evaluate(LAYOUT)
    assert layout["events"] >= 5, layout
    assert layout["smallestFont"] >= 12, layout  # labels and quotes at a readable size
    assert layout["overlaps"] == 0 and layout["outside"] == 0 and layout["timelineOverflow"] <= 1, layout
    assert layout["factsRight"] <= layout["cardRight"] + 0.5 and layout["factsOverflow"] <= 1, layout  # the facts table stays in its card
    first = phone.locator("#timeline li.event").first
    assert "Day 0" in first.inner_text() and "PMC11342857" in first.locator(".ev-cite").inner_text()
    folder = Path(os.environ.get("ASSISTANT_SCREENSHOT_DIR") or tmp_path)
    top = phone.evaluate("document.querySelector('#case-detail table.facts tr:nth-child(6)').getBoundingClientRect().top + window.scrollY")
    phone.screenshot(path=str(folder / "timeline-phone.png"), full_page=True, clip={"x": 0, "y": top, "width": PHONE["width"], "height": 1250})


def test_treatment_plot_scrolls_sideways_at_its_own_size(phone):
    choose(phone, SEED_TITLE)
    phone.locator("#timeline svg rect.course").first.wait_for()
    sizes = phone.evaluate("""() => {
      const box = document.querySelector('#timeline .timeline-scroll'), svg = box.querySelector('svg');
      const tick = svg.querySelector('text.tick'), phase = svg.querySelector('text.phase');
      return {boxWidth: box.clientWidth, scroll: box.scrollWidth, svgWidth: svg.getBoundingClientRect().width,
              tick: tick.getBoundingClientRect().height, phase: phase.getBoundingClientRect().height,
              pageOverflow: document.querySelector('#timeline').scrollWidth - document.querySelector('#timeline').clientWidth};
    }""")
    assert sizes["boxWidth"] <= PHONE["width"] and sizes["scroll"] > sizes["boxWidth"], sizes  # scrolls, does not shrink
    assert sizes["svgWidth"] >= 860 and sizes["phase"] >= 12 and sizes["tick"] >= 10, sizes  # text drawn at its own size
    assert sizes["pageOverflow"] <= 1, sizes
    assert phone.locator("#timeline li.event").count() >= 3  # the seed report's own events under the plot


def test_json_export_downloads_beside_the_markdown(browser, app_server):
    """The second download button: the conversation as JSON, quotes verbatim at their offsets."""
    import json

    with desktop_page(browser, app_server.url) as page:
        page.fill("#chat-input textarea", "What was the karyotype at ALL onset?")
        page.press("#chat-input textarea", "Enter")
        page.wait_for_function("!document.querySelector('#export-json-button').disabled && document.querySelectorAll('#chatbot .answer.done').length > 0")
        with page.expect_download() as download:
            page.click("#export-json-button")
        data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        turn = data["turns"][0]
        assert turn["question"] == "What was the karyotype at ALL onset?" and "hyperdiploid" in turn["answer"]
        cite = turn["citations"][0]
        assert cite["doc_id"].startswith("corpus:seed/") and cite["license"].startswith("CC BY 4.0") and cite["char_end"] > cite["char_start"]
