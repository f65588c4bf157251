"""Pure rendering of the web app: answers, sources, export, cases, filters and the timeline.

No index, model or browser: hand-made Answers and DocRecords, so every escaping and
marker rule is checked in milliseconds.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from assistant.index.store import DocRecord
from assistant.models import Answer, Citation, Passage
from assistant.ui import export, render
from assistant.ui.handlers import safe_upload_name
from assistant.ui.timeline import timeline_html, timeline_svg

EVIL = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>'
DOC = "Case record\n\nPrephase with blinatumomab: 9 mcg/day by continuous infusion. " + EVIL + " Next sentence.\n"


def _citation(n=1, quote="9 mcg/day by continuous infusion.", doc_id="seed/case.txt", **kw) -> Citation:
    start = DOC.index(quote)
    base = dict(title="Seed <b>case</b>", source="https://example.org/a?b=1", section="Therapy", chunk_id="c1", license="CC BY 4.0")
    return Citation(n=n, doc_id=doc_id, quote=quote, char_start=start, char_end=start + len(quote), **{**base, **kw})


def _passage(text=DOC, start=0, doc_id="seed/case.txt") -> Passage:
    return Passage(chunk_id="c1", doc_id=doc_id, text=text, score=1.0, char_start=start, char_end=start + len(text), section="Therapy", title="Seed <b>case</b>")


def _answer(**kw) -> Answer:
    base = dict(
        question="What prephase dose?",
        answer="",
        abstained=False,
        citations=[_citation(1), _citation(2, quote=EVIL)],
        passages=[_passage()],
        sentences=[("Prephase: 9 mcg/day *by* infusion.", [1]), (EVIL, [2])],
    )
    return Answer(**{**base, **kw})


def test_chat_escaping_keeps_document_text_inert_and_out_of_markdown():
    out = render.esc_chat("a <b>x</b> *em* $$x$$ [1](javascript:alert(1)) #h\n\nnext")
    assert "<" not in out and ">" not in out and "*" not in out and "$" not in out and "[" not in out and "\n" not in out
    assert out.startswith("a &#60;b&#62;x&#60;/b&#62; &#42;em&#42;")


def test_answer_html_has_cite_links_and_escaped_sentences():
    html = render.answer_html(_answer(), turn=3)
    assert html.startswith('<div class="answer done">') and "\n" not in html
    assert '<a href="#cite-3-1" class="cite"' in html and ">[1]</a>" in html and '<a href="#cite-3-2" class="cite"' in html
    assert "<img" not in html and "<script" not in html and "&#60;script&#62;" in html
    assert "&#42;by&#42;" in html


def test_streaming_shows_sentences_in_order():
    a = _answer()
    first = render.answer_html(a, 1, upto=1)
    assert 'class="answer streaming"' in first and "#cite-1-1" in first and "#cite-1-2" not in first
    assert 'class="answer done"' in render.answer_html(a, 1, upto=2)


def test_abstention_is_a_distinct_notice_with_closest_passages():
    a = _answer(abstained=True, answer="The indexed records do not answer this question.", citations=[], sentences=[])
    html = render.answer_html(a, 1)
    assert "abstained" in html and "abstain-notice" in html and "No answer in the records." in html
    assert 'class="cite"' not in html and "Closest passages" in html and "Seed &#60;b&#62;case" in html
    assert "Closest passages" in render.sources_html([a], {})


def test_a_question_asked_back_is_labelled_as_one():
    from assistant.prompts import WHICH_CASE_MESSAGE

    html = render.answer_html(_answer(abstained=True, answer=WHICH_CASE_MESSAGE, citations=[], sentences=[]), 1)
    assert "<strong>Which case?</strong>" in html and "No answer in the records." not in html and "Case filter" in html


def test_sources_panel_highlights_the_exact_quote_in_its_passage():
    a = _answer()
    html = render.sources_html([a], {"seed/case.txt": DOC})
    assert 'id="cite-1-1"' in html and 'id="cite-1-2"' in html
    assert "<mark>9 mcg/day by continuous infusion.</mark>" in html
    assert "Prephase with blinatumomab:" in html  # passage context around the quote
    assert "<img" not in html and "<script" not in html and "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "Seed &lt;b&gt;case&lt;/b&gt;" in html and "Section: Therapy" in html and "CC BY 4.0" in html
    assert '<a href="https://example.org/a?b=1" target="_blank" rel="noopener noreferrer">' in html


def test_sources_panel_folds_earlier_turns_and_never_links_unsafe_sources():
    first = _answer(question="first?", citations=[_citation(1, source="javascript:alert(1)")], sentences=[("x", [1])])
    html = render.sources_html([first, _answer(question="second?")], {"seed/case.txt": DOC})
    assert html.index("Q2: second?") < html.index("Earlier: first?")
    assert '<details class="turn" id="turn-1">' in html and 'id="cite-1-1"' in html and 'id="cite-2-1"' in html
    assert 'href="javascript' not in html and "javascript:alert(1)" in html


def test_quote_not_at_its_offsets_is_shown_without_borrowed_context():
    c = _citation()
    assert render.citation_context(c, [], "different text") == ("", c.quote, "")


def test_export_lists_every_answer_with_numbered_citations():
    md = export.export_markdown([_answer(filters={"case_id": "seed"})], now=datetime(2025, 1, 2, tzinfo=timezone.utc))
    assert md.startswith("# Conversation export") and "2025-01-02" in md and "escaped" in md and "JSON API keep the verbatim text" in md
    assert "## 1. What prephase dose?" in md and "Filters: case\\_id=seed" in md
    c = _citation()
    assert f'1. **Seed &lt;b&gt;case&lt;/b&gt;** — doc_id `seed/case.txt`, section "Therapy", chars {c.char_start}–{c.char_end}' in md
    assert "   > 9 mcg/day by continuous infusion." in md and "2. **" in md
    assert "   Source: <https://example.org/a?b=1>" in md


HOSTILE = [
    '<img src=x onerror="window.__xss=1">',
    "<script>window.__xss=1</script>",
    "[click](javascript:window.__xss=1)",
    "![x](javascript:alert(1))",
    '<a href="javascript:window.__xss=1">x</a>',
    "<svg onload=alert(1)>",
    "<JaVaScRiPt:alert(1)>",
    "[x]: javascript:alert(1)",
    "`code` *em* _u_ # h | t ~~s~~ $x$ \\",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_export_text_is_inert_markdown(text):
    out = export.md_text(text)
    assert "<" not in out and ">" not in out and "\n" not in out
    assert not re.search(r"(?<!\\)[\[\]()!`*_#|~$]", out), out  # every Markdown character is backslash-escaped
    assert not re.search(r"(?i)javascript:", out)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "&#106;avascript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", 'http://x" onmouseover="a', "http://x/(y)", "//evil.example/x"],
)
def test_export_links_only_plain_http_sources(url):
    out = export.md_link(url)
    assert not out.startswith("<") and not re.search(r"(?i)(script|data|file)\s*:(?=\S)", re.sub(r"\s", "", out))
    assert export.md_link("https://example.org/a?b=1&c=d") == "<https://example.org/a?b=1&c=d>"


def test_export_escapes_line_starts_and_keeps_plain_text_readable():
    assert export.md_text("1. first") == "1\\. first" and export.md_text("- item") == "\\- item" and export.md_text("=== x") == "\\=== x"
    assert export.md_text("Lab data: Hb 9 g/dL at 10:30 & rising") == "Lab data: Hb 9 g/dL at 10:30 &amp; rising"
    assert export.md_code("seed/case.txt") == "`seed/case.txt`" and export.md_code("a`<b>") == "a\\`&lt;b&gt;"


def test_export_of_a_hostile_record_escapes_every_field():
    a = _answer(question=HOSTILE[2] + " " + HOSTILE[0], notices=[HOSTILE[1]], filters={"drug": HOSTILE[5]},
                citations=[_citation(1, title=HOSTILE[4], section=HOSTILE[3], source="javascript:alert(1)"), _citation(2, quote=EVIL)])
    md = export.export_markdown([a, _answer(abstained=True, citations=[], answer=HOSTILE[0], passages=[_passage(text=EVIL)])])
    assert "<img" not in md and "<script" not in md and "<svg" not in md and "<a " not in md and "](" not in md
    assert not re.search(r"(?i)javascript:", md)
    assert "**Closest passages**" in md and "&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt;" in md


def _record(doc_id, case_id, kind, title, **kw) -> DocRecord:
    return DocRecord(doc_id=doc_id, title=title, hash="h", complete=True, case_id=case_id, kind=kind, **kw)


COURSES = [
    {"phase": "Initial therapy", "start": "2009-04-01", "end": None, "start_text": "04.2009", "end_text": "", "mrd": "", "blasts_pct": None, "response": "remission"},
    {"phase": "Induction I", "start": "2023-12-27", "end": "2024-01-16", "start_text": "27.12.2023", "end_text": "16.01.2024", "mrd": "negative", "blasts_pct": 1.0, "response": ""},
    {"phase": "Consolidation <script>x</script>", "start": "2024-02-08", "end": "2024-03-06", "start_text": "", "end_text": "", "mrd": "positive", "blasts_pct": 0.6, "response": ""},
    {"phase": "CNS prophylaxis", "start": None, "end": None, "regimen": "methotrexate, cytarabine", "mrd": "", "blasts_pct": None, "response": ""},
]


def test_cases_group_documents_and_feed_the_filters():
    docs = [
        _record("seed/rec.csv", "seed", "treatment-record", "Treatment record: seed", drugs=["blinatumomab"], year=2025, timeline=COURSES),
        _record("seed/case.txt", "seed", "text", "Blinatumomab case <i>", diagnoses=["acute lymphoblastic leukemia"], drugs=["blinatumomab", "methotrexate"], year=2025, source="abstract"),
        _record("PMC1", "PMC1", "case-report", "Gastric schwannoma", diagnoses=["schwannoma"], year=2024),
    ]
    cases = render.group_cases(docs)
    assert [c.case_id for c in cases] == ["seed", "PMC1"]  # cases with a timeline first
    seed = cases[0]
    assert seed.title == "Blinatumomab case <i>" and seed.drugs == ["blinatumomab", "methotrexate"] and len(seed.timeline) == 4
    choices = render.filter_choices(docs)
    assert choices["case"][0] == ("All cases", "") and ("Blinatumomab case <i> (2025)", "seed") in choices["case"]  # title and year, never the id
    assert [v for _, v in choices["year"]] == ["", "2025", "2024"] and ("schwannoma", "schwannoma") in choices["diagnosis"]
    detail = render.case_detail_html(seed)
    assert "seed/rec.csv" in detail and "&lt;i&gt;" in detail


def test_timeline_draws_one_bar_per_dated_course_and_lists_the_rest():
    svg = timeline_svg(COURSES)
    assert svg.startswith("<svg") and svg.count('class="course"') == 3
    assert "<script" not in svg and "Consolidation &lt;script&gt;" in svg
    assert "MRD negative · 1% blasts" in svg and "MRD positive · 0.6% blasts" in svg and "remission" in svg
    assert "//" in svg  # the 2009 -> 2023 gap is cut short
    xs = [float(x) for x in re.findall(r'class="course" data-phase="[^"]*" x="([\d.]+)"', svg)]
    assert xs == sorted(xs) and len(set(xs)) == 3
    assert svg == timeline_svg(COURSES)  # deterministic
    html = timeline_html(COURSES)
    assert "Courses without dates" in html and "CNS prophylaxis" in html and "methotrexate, cytarabine" in html
    assert timeline_svg([COURSES[3]]) == "" and "no treatment record" in timeline_html([])


def test_upload_names():  # the question limits: tests/test_requests.py
    assert safe_upload_name("../../etc/pass wd.TXT") == "pass_wd.txt"
    assert safe_upload_name("MANIFEST.json") == "upload-MANIFEST.json" and safe_upload_name(".hidden.md") == "hidden.md"
