"""The case-report events on the explorer's timeline: drawn escaped, in time order, with
their citation; and the explorer shows them for a shipped case report."""

from __future__ import annotations

from assistant.ingest.events import Event
from assistant.ui.handlers import ChatUI
from assistant.ui.timeline import events_html, timeline_html, when_label

EVIL = '<img src=x onerror="window.__pwned=1">'


def _event(day, kinds=("treatment",), date="", exact=False, quote="She was treated with rituximab 375 mg/m2.", start=10) -> Event:
    return Event("corpus:PMC1", start, start + len(quote), quote, kinds, "Treatment: rituximab 375 mg/m2", "", day, date, exact)


def test_events_are_listed_in_time_order_with_their_citation_and_escaped():
    html = events_html([_event(14, start=200), _event(0, ("admission",), quote=f"Admitted {EVIL}.")])
    assert html.index('data-day="0"') < html.index('data-day="14"')
    assert "<img" not in html and "&lt;img src=x" in html
    assert "corpus:PMC1 · chars 10–" in html and 'class="ev-kind"' in html and "Day 14" in html


def test_when_labels():
    assert when_label(_event(0, date="2019-03", exact=True)) == "Mar 2019"
    assert when_label(_event(3, date="2019-03-15", exact=False)) == "≈ Mar 2019"
    assert when_label(_event(0, date="2024-01-17", exact=True)) == "17 Jan 2024"
    assert when_label(_event(-2920)) == "Day -2920 (≈ -8.0 y)" and when_label(_event(90)) == "Day 90 (≈ +3 mo)"


def test_timeline_html_shows_events_without_a_treatment_record():
    assert "no treatment record" in timeline_html([]) and "From the case report" in timeline_html([], [_event(0)])


def test_explorer_draws_a_case_report_timeline(shipped):
    ui = ChatUI(shipped, shipped.settings)
    _detail, timeline = ui.show_case("PMC11342857")
    assert timeline.count('class="event') >= 5 and "gastrectomy" in timeline and "Day 14" in timeline
    text = shipped.document_texts(["corpus:PMC11342857"])["corpus:PMC11342857"]
    assert "central gastrectomy with clear surgical margins was performed" in text  # the quoted sentence is the stored text
