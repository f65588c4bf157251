"""The Markdown export opened in a viewer that renders raw HTML (markdown-it, CommonMark with
``html`` on) inside real Chromium: hostile text in a question, title, quote or passage
shows as text, no script runs, no link goes to ``javascript:``. Hand-made answers, no index."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from assistant.models import Answer, Citation, Passage
from assistant.ui.export import export_markdown

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    "[click](javascript:window.__xss=1)",
    '<a href="javascript:window.__xss=1">x</a>',
    "<svg onload=window.__xss=1>",
    "![img](javascript:window.__xss=1)",
    "<JaVaScRiPt:window.__xss=1>",
    "[ref]\n\n[ref]: javascript:window.__xss=1",
    '<a href="&#106;avascript:window.__xss=1">y</a>',
]


def hostile_answers() -> list[Answer]:
    text = " ".join(PAYLOADS)
    quote_doc = "Dose 9 mcg/day. " + text
    citation = Citation(n=1, doc_id="evil/<b>doc</b>.txt", title=text, source="javascript:window.__xss=1", section=text,
                        chunk_id="c1", quote=quote_doc, char_start=0, char_end=len(quote_doc), license=text)
    passage = Passage(chunk_id="c1", doc_id="evil`<img src=x onerror=window.__xss=1>`", text=text, score=1.0, char_start=0,
                      char_end=len(text), section=text, title=text, source="data:text/html,<script>window.__xss=1</script>")
    answered = Answer(question=text, answer=f"Dose 9 mcg/day. {text} [1]", abstained=False, citations=[citation], passages=[passage],
                      sentences=[(text, [1])], notices=[text], filters={"drug": text})
    abstained = Answer(question=text, answer=text, abstained=True, citations=[], passages=[passage])
    linked = Citation(n=2, doc_id="seed/case.txt", title="Plain", source="https://example.org/case", section="Therapy", chunk_id="c2",
                      quote="9 mcg/day", char_start=0, char_end=9)
    answered.citations.append(linked)
    return [answered, abstained]


def test_export_rendered_with_raw_html_runs_no_script(browser):
    markdown = export_markdown(hostile_answers())
    body = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert not re.search(r"<(script|img|svg)\b", body, re.IGNORECASE) and "[click](javascript:" in body  # text, not tags
    assert re.findall(r"<a [^>]*>", body) == ['<a href="https://example.org/case">']
    context = browser.new_context()
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.dismiss())
    page.set_content(f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>")
    page.wait_for_timeout(300)  # let any onerror/onload handler fire
    context.route("**/*", lambda route: route.abort())  # offline: an http(s) source link goes nowhere
    hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href') || '')")
    assert hrefs == ["https://example.org/case"]
    for i, href in enumerate(hrefs):  # an http(s) link opens in a background tab, anything else in place
        page.locator("a").nth(i).click(modifiers=["Control"] if href.startswith("https://") else [], no_wait_after=True, timeout=5000)
    page.wait_for_timeout(300)
    assert page.url == "about:blank"
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not [h for h in hrefs if not h.startswith(("http://", "https://"))], hrefs
    attributes = page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name + '=' + a.value))")
    assert not [a for a in attributes if a.lower().startswith("on") or "javascript:" in a.lower()], attributes
    shown = page.inner_text("body")
    assert '<img src=x onerror="window.__xss=1">' in shown and "[click](javascript:window.__xss=1)" in shown  # shown as typed
    context.close()


def test_the_same_payloads_do_run_without_escaping(browser):
    """The check itself can fail: unescaped, these payloads do run in this viewer."""
    viewer = MarkdownIt("commonmark", {"html": True})
    context = browser.new_context()
    page = context.new_page()
    for payload in (PAYLOADS[0], PAYLOADS[1], PAYLOADS[4]):
        page.set_content(f"<!doctype html><html><body>{viewer.render(payload)}</body></html>")
        page.wait_for_function("window.__xss === 1", timeout=5000)
    page.set_content(f"<!doctype html><html><body>{viewer.render(PAYLOADS[3])}</body></html>")
    page.locator("a").click(no_wait_after=True)
    page.wait_for_function("window.__xss === 1", timeout=5000)
    context.close()
