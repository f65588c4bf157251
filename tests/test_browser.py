"""The real app in headless Chromium: chat, citations, abstention, upload, safety, explorer, export.

One server per module, in-process (uvicorn in a thread), over a private writable copy of
the shipped index so uploads never touch the session index. Gradio pages never reach
``networkidle``: a turn is complete when its answer is marked ``done`` and the message box
is enabled again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import desktop_page, running_app

SEED_Q = "What prephase dose of blinatumomab did the patient receive?"
EVIL_TEXT = (
    "Zebrafish keeper anemia case record\n\n"
    "The zebrafish keeper received luspatercept 1 mg/kg every three weeks for transfusion-dependent anemia.\n"
    'Markup kept in the zebrafish keeper record: <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script> as typed.\n'
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_server(shipped_settings, embedder, tmp_path_factory):
    with running_app(shipped_settings, embedder, tmp_path_factory.mktemp("browser")) as running:
        yield running


@pytest.fixture
def page(browser, app_server):
    with desktop_page(browser, app_server.url) as tab:
        yield tab


def ask(page, question: str) -> None:
    """Type, send, and wait until this turn's answer is final and the box is usable again."""
    done = page.locator("#chatbot .answer.done, #chatbot .answer.error").count()
    page.fill("#chat-input textarea", question)
    page.press("#chat-input textarea", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#chatbot .answer.done, #chatbot .answer.error').length > n"
        " && !document.querySelector('#chat-input textarea').disabled",
        arg=done,
    )


def last_answer(page):
    return page.locator("#chatbot .answer.done").last


def test_seed_question_gets_a_cited_answer_and_sources(page):
    ask(page, SEED_Q)
    answer = last_answer(page)
    assert "9 mcg/day" in answer.inner_text() and answer.locator("a.cite").count() >= 1
    assert "[1]" in answer.inner_text()
    assert "9 mcg/day" in page.locator("#sources mark").first.inner_text()
    sources = page.locator("#sources").inner_text()
    assert "Source:" in sources and "License:" in sources and "Section:" in sources
    assert page.external == []


def test_clicking_a_marker_highlights_its_citation(page):
    ask(page, SEED_Q)
    marker = last_answer(page).locator("a.cite").first
    target = marker.get_attribute("href").lstrip("#")
    marker.click()
    active = page.locator("#sources .citation.active")
    active.wait_for()
    assert active.count() == 1 and active.get_attribute("id") == target
    assert active.locator("mark").first.is_visible()
    assert page.url.rstrip("/") == page.url.split("#")[0].rstrip("/")  # no navigation


def test_unanswerable_question_abstains_distinctly(page):
    ask(page, "What is the airspeed velocity of an unladen swallow over the Kazakh steppe?")
    answer = page.locator("#chatbot .answer.abstained.done").last
    answer.wait_for()
    assert answer.locator(".abstain-notice").is_visible() and answer.locator("a.cite").count() == 0
    assert answer.locator("ul.closest li").count() >= 1
    assert "Closest passages" in page.locator("#sources").inner_text()


def test_upload_then_ask_and_markup_stays_inert(page, tmp_path):
    record = tmp_path / "zebrafish keeper.txt"
    record.write_text(EVIL_TEXT, encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"bad\x00binary")
    page.get_by_role("tab", name="Add case records").click()
    page.set_input_files("#upload input[type=file]", [str(record), str(broken)])
    page.wait_for_function("document.querySelector('#upload-status textarea').value.includes('Indexed')", timeout=120_000)
    status = page.input_value("#upload-status textarea")
    assert "Indexed 1 file(s): zebrafish keeper.txt" in status and "broken.txt: binary content" in status
    assert "De-identification found no identifiers to replace." in status  # uploads are scrubbed by default (docs/deidentification.md)
    assert page.get_by_text("replaced by placeholders such as").first.is_visible()
    page.get_by_role("tab", name="Chat").click()
    ask(page, "What dose of luspatercept did the zebrafish keeper receive?")
    assert "1 mg/kg every three weeks" in last_answer(page).inner_text()
    ask(page, "What markup is kept in the zebrafish keeper record?")
    literal = '<img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script>'
    assert literal in page.locator("#sources").inner_text()
    assert literal in last_answer(page).inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#sources img, #chatbot .answer img, #sources script, #chatbot script").count() == 0
    page.get_by_role("tab", name="Case explorer").click()
    page.fill("#case-search input", "zebrafish")  # the table draws only the rows in view: find it first
    page.locator("#cases-table [role=gridcell]", has_text="Zebrafish keeper anemia case record").first.wait_for()


def choose(page, selector: str, text: str) -> None:
    """Pick a Gradio dropdown option by typing part of its label (the list filters as you type)."""
    box = page.locator(f"{selector} input")
    box.click()
    box.press_sequentially(text)
    page.locator(f"{selector} [role=option]", has_text=text).first.click()


def test_case_explorer_timeline_and_ask_about_case(page):
    page.get_by_role("tab", name="Case explorer").click()
    choose(page, "#explorer-case", "Multiple Relapses")
    bars = page.locator("#timeline svg rect.course")
    bars.first.wait_for()
    assert bars.count() >= 8
    timeline = page.locator("#timeline").inner_text()
    assert "Courses without dates" in timeline and "CNS prophylaxis" in timeline
    assert "Induction I" in page.locator("#timeline svg").inner_html() and "MRD negative" in page.locator("#timeline svg").inner_html()
    page.click("#ask-about-case")
    page.locator("#chat-input textarea").wait_for(state="visible")
    assert "Blinatumomab Use in an Adult Patient" in page.locator("#filter-case input").input_value()  # the title, not the id
    ask(page, "What was the karyotype at ALL onset?")
    assert "hyperdiploid" in last_answer(page).inner_text()


def test_follow_up_export_and_clear(page):
    ask(page, "What was the karyotype at ALL onset?")
    ask(page, "And which drugs were used for CNS prophylaxis?")
    assert "methotrexate" in last_answer(page).inner_text().lower()
    with page.expect_download() as download:
        page.click("#export-button")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert "## 1. What was the karyotype at ALL onset?" in text and "## 2. And which drugs" in text
    assert "**Citations**" in text and "doc_id `corpus:seed/" in text and "   > " in text
    page.click("#clear-button")
    page.wait_for_function("document.querySelectorAll('#chatbot .answer').length === 0")
    assert "Ask a question" in page.locator("#sources").inner_text()


def test_short_answer_is_highlighted_in_the_answer_and_in_its_quote(page):
    ask(page, SEED_Q)
    answer = last_answer(page)
    short = answer.locator(".short-answer mark.short")
    assert short.inner_text().strip() == "9 mcg/day"
    assert page.locator("#sources .citation mark mark.short").first.inner_text().strip() == "9 mcg/day"


def test_a_yes_no_question_about_an_unreported_event_says_not_reported(page):
    ask(page, SEED_Q)
    ask(page, "Was he transplanted?")
    answer = page.locator("#chatbot .answer.abstained.done").last
    text = answer.inner_text()
    assert "Not reported in this case's records." in text and "do not report" in text
    assert answer.locator("ul.closest li").count() >= 1 and answer.locator("a.cite").count() == 0


def test_a_yes_no_question_answered_from_a_negation_says_no_with_its_quote(page):
    ask(page, "Was there grade 3 or higher hematologic toxicity during the blinatumomab courses?")
    answer = last_answer(page)
    assert answer.locator(".verdict-no").inner_text().startswith("No") and "no grade ≥3 hematologic toxicity" in answer.inner_text()
    assert answer.locator("a.cite").count() == 1


def test_a_list_question_gets_every_matching_case_with_a_count_and_titles(page):
    ask(page, "Which patients were treated with rituximab?")
    answer = last_answer(page)
    count = answer.locator(".case-count").inner_text()
    lines = answer.locator("ol.case-lines li")
    assert count.startswith(f"{lines.count()} cases") and lines.count() >= 4
    assert all(lines.nth(i).locator(".case-title").inner_text().strip() for i in range(lines.count()))
    assert answer.locator("a.cite").count() == lines.count()
    assert "rituximab" in answer.inner_text().lower()


def test_after_a_list_a_question_about_him_is_asked_back_and_an_outcome_quotes_the_case(page):
    ask(page, "Which patients were treated with rituximab?")
    ask(page, "Was he transplanted?")
    asked_back = last_answer(page)
    assert "Which case?" in asked_back.inner_text() and "Case filter" in asked_back.inner_text()
    ask(page, "What was the outcome of the patient with splenic angiosarcoma?")
    outcome = last_answer(page)
    assert "patient died" in outcome.inner_text() and outcome.locator("a.cite").count() == 1


def test_a_question_naming_its_case_says_which_case_it_read(page):
    ask(page, "When was the ITP patient splenectomized?")
    answer = last_answer(page)
    text = answer.inner_text()
    assert "Read as about the case the question names: A case report of refractory immune thrombocytopenia" in text
    assert "two months after hospital admission" in text and answer.locator("a.cite").count() >= 1
    ask(page, "What was the karyotype in the AML case?")  # the AML case has none; the Down-syndrome boy's is not quoted
    refused = page.locator("#chatbot .answer.abstained.done").last
    assert "Acute Myeloid Leukemia as a Trigger" in refused.inner_text() and "47, XY" not in refused.inner_text()


def test_an_outcome_of_a_description_two_cases_fit_shows_both_cases(page):
    ask(page, "What was the outcome of the patient with Creutzfeldt-Jakob disease?")
    answer = last_answer(page)
    lines = answer.locator("ol.case-lines li")
    assert answer.locator(".case-count").inner_text().startswith("2 cases") and lines.count() == 2
    assert "2 cases fit the question's description" in answer.inner_text() and answer.locator("a.cite").count() == 2
