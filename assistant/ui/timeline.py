"""A treatment timeline as inline SVG: offline, deterministic, and escaped like all document text.

Each dated course is one row: its phase on the left, a bar on a date axis in the middle
(coloured by MRD), and its response (MRD, blast %) on the right. Case histories span
years with dense months of therapy, so the axis is piecewise: runs of courses closer than
``GAP_DAYS`` share a linear segment, and longer gaps are cut to a fixed break (drawn
``//``). Courses without dates are listed beneath the plot.

Case reports have no treatment record, so their timeline is the events read off the
report (``ingest/events.py``): a list in time order, one event per cited sentence, with
its day or date, its kind and the sentence itself (document id and offsets shown).
At phone width the plot keeps its size inside a horizontal scroller (its labels stay
readable) and the event list wraps; ``CSS`` holds both rules and the facts table's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from assistant.ingest.events import Event, extract_events
from assistant.ui.render import esc, shorten

GAP_DAYS = 180
MIN_SEGMENT_DAYS = 30
POINT_W = 56  # a segment holding one day: room for its date label
LABEL_W, PLOT_W, INFO_W = 190, 430, 250
ROW_H, TOP, AXIS_H, BREAK_W = 26, 12, 40, 26
COLOURS = {"negative": "#2e7d32", "positive": "#c62828"}
OTHER_COLOUR = "#5c6bc0"
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass
class _Segment:
    start: date
    end: date
    x0: float = 0.0
    x1: float = 0.0

    def x(self, day: date) -> float:
        span = max((self.end - self.start).days, 1)
        return self.x0 + (self.x1 - self.x0) * (day - self.start).days / span


def _dates(course: dict[str, Any]) -> tuple[date, date] | None:
    try:
        start = date.fromisoformat(course["start"]) if course.get("start") else None
        end = date.fromisoformat(course["end"]) if course.get("end") else None
    except (TypeError, ValueError):
        return None
    if start is None:
        return None
    return start, max(end or start, start)


def _segments(spans: list[tuple[date, date]]) -> list[_Segment]:
    """Merge spans closer than GAP_DAYS, then share the plot width by (padded) duration."""
    segments: list[_Segment] = []
    for start, end in sorted(spans):
        if segments and (start - segments[-1].end).days <= GAP_DAYS:
            segments[-1].end = max(segments[-1].end, end)
        else:
            segments.append(_Segment(start, end))
    points = sum(1 for s in segments if s.end == s.start)
    weights = [0 if s.end == s.start else max((s.end - s.start).days, MIN_SEGMENT_DAYS) for s in segments]
    usable = PLOT_W - BREAK_W * (len(segments) - 1) - POINT_W * points
    x = float(LABEL_W)
    for seg, w in zip(segments, weights):
        width = usable * w / sum(weights) if w else POINT_W
        seg.x0, seg.x1 = (x, x + width) if w else (x + width / 2, x + width / 2)
        x += width + BREAK_W
    return segments


def _x(segments: list[_Segment], day: date) -> float:
    for seg in segments:
        if seg.start <= day <= seg.end:
            return seg.x(day)
    return segments[-1].x1


def response_text(course: dict[str, Any]) -> str:
    parts = []
    if course.get("mrd"):
        parts.append(f"MRD {course['mrd']}")
    if course.get("blasts_pct") is not None:
        parts.append(f"{course['blasts_pct']:g}% blasts")
    if not parts and course.get("response"):
        parts.append(str(course["response"]))
    return " · ".join(parts) or "—"


def _tooltip(course: dict[str, Any]) -> str:
    dates = "–".join(p for p in (course.get("start_text", ""), course.get("end_text", "")) if p)
    bits = [course.get("phase", ""), dates, course.get("regimen", ""), course.get("dose", ""), response_text(course), course.get("response", "")]
    return "; ".join(b for b in bits if b)


def _ticks(segments: list[_Segment]) -> list[tuple[float, str]]:
    """Each segment's start, plus month-start ticks inside segments wherever a label fits."""
    ticks = [(seg.x0, f"{MONTHS[seg.start.month - 1]} {seg.start.year}") for seg in segments]
    for seg in segments:
        months = (seg.end.year - seg.start.year) * 12 + seg.end.month - seg.start.month
        px_per_month = (seg.x1 - seg.x0) / max(months, 1)
        step = next((s for s in (1, 2, 3, 6, 12, 24, 60) if s * px_per_month >= 64), 120)
        m = seg.start.year * 12 + seg.start.month - 1 + step
        while (day := date(m // 12, m % 12 + 1, 1)) <= seg.end:
            x = seg.x(day)
            if all(abs(x - t) >= 60 for t, _ in ticks):
                ticks.append((x, f"{MONTHS[day.month - 1]} {day.year}"))
            m += step
    return sorted(ticks)


def timeline_svg(courses: list[dict[str, Any]]) -> str:
    """The SVG for the dated courses ('' when none has a date)."""
    dated = [(c, d) for c in courses if (d := _dates(c))]
    if not dated:
        return ""
    dated.sort(key=lambda cd: cd[1][0])
    segments = _segments([d for _, d in dated])
    height = TOP + ROW_H * len(dated) + AXIS_H
    width = LABEL_W + PLOT_W + INFO_W
    axis_y = TOP + ROW_H * len(dated) + 6
    out = [
        f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="Treatment timeline with {len(dated)} dated courses" font-family="sans-serif" font-size="12">'
    ]
    for i, (c, (start, end)) in enumerate(dated):
        y = TOP + i * ROW_H
        x0, x1 = _x(segments, start), _x(segments, end)
        if x1 - x0 < 6:
            x0, x1 = (x0 + x1) / 2 - 3, (x0 + x1) / 2 + 3
        colour = COLOURS.get(str(c.get("mrd", "")).lower(), OTHER_COLOUR)
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{y}" width="{width}" height="{ROW_H}" fill="#f5f6f8"/>')
        out.append(
            f'<g class="course-row"><title>{esc(_tooltip(c))}</title>'
            f'<text class="phase" x="{LABEL_W - 8}" y="{y + 17}" text-anchor="end" fill="#222">{esc(shorten(str(c.get("phase", "")), 28))}</text>'
            f'<rect class="course" data-phase="{esc(c.get("phase", ""))}" x="{x0:.1f}" y="{y + 5}" width="{x1 - x0:.1f}" height="{ROW_H - 10}" rx="3" fill="{colour}"/>'
            f'<text class="response" x="{LABEL_W + PLOT_W + 10}" y="{y + 17}" fill="#333">{esc(shorten(response_text(c), 38))}</text></g>'
        )
    out.append(f'<line x1="{LABEL_W}" y1="{axis_y}" x2="{LABEL_W + PLOT_W}" y2="{axis_y}" stroke="#888"/>')
    for a, b in zip(segments, segments[1:]):
        mid = (a.x1 + b.x0) / 2
        out.append(f'<text class="axis-break" x="{mid:.1f}" y="{axis_y + 4}" text-anchor="middle" fill="#888" font-size="14">//</text>')
    for x, label in _ticks(segments):
        out.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 5}" stroke="#888"/>')
        out.append(f'<text class="tick" x="{x:.1f}" y="{axis_y + 18}" text-anchor="middle" fill="#555" font-size="10">{esc(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def timeline_html(courses: list[dict[str, Any]], events: Iterable[Event] = ()) -> str:
    """Plot, legend, the courses without dates beneath, then the events read off the case report."""
    events = list(events)
    if not courses and not events:
        return '<div class="timeline-empty">This case has no treatment record and its report names no dated events, so there is no timeline.</div>'
    svg = timeline_svg(courses)
    legend = (
        '<div class="timeline-legend">'
        f'<span><i style="background:{COLOURS["negative"]}"></i>MRD negative</span>'
        f'<span><i style="background:{COLOURS["positive"]}"></i>MRD positive</span>'
        f'<span><i style="background:{OTHER_COLOUR}"></i>MRD not reported</span>'
        "<span>// = time gap cut short</span></div>"
    ) if svg else ""
    undated = [c for c in courses if not _dates(c)]
    items = "".join(
        f'<li><strong>{esc(c.get("phase", ""))}</strong>'
        + "".join(f" — {esc(v)}" for v in (c.get("regimen"), c.get("dose"), c.get("response"), c.get("note")) if v)
        + "</li>"
        for c in undated
    )
    listed = f'<div class="undated-label">Courses without dates:</div><ul class="undated">{items}</ul>' if items else ""
    plot = f'<div class="timeline-scroll">{svg}</div>' if svg else ""
    return f'<div class="timeline-wrap">{plot}{legend}{listed}{events_html(events)}</div>'


# -- events read off a case report ------------------------------------------------------
KIND_COLOURS = {"admission": "#0369a1", "diagnosis": "#7c3aed", "treatment": "#b45309", "response": "#15803d", "outcome": "#374151"}


def when_label(e: Event) -> str:
    """"12 Mar 2019", "≈ Mar 2019" (derived from the last named date), or "Day 14" (days since presentation)."""
    if e.date:
        parts = e.date.split("-")
        text = parts[0] if len(parts) == 1 else f"{MONTHS[int(parts[1]) - 1]} {parts[0]}" if len(parts) == 2 or not e.date_exact else f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        return text if e.date_exact else f"≈ {text}"
    if abs(e.day) >= 365:
        return f"Day {e.day} (≈ {e.day / 365:+.1f} y)"
    if abs(e.day) >= 60:
        return f"Day {e.day} (≈ {e.day / 30:+.0f} mo)"
    return f"Day {e.day}"


def events_html(events: list[Event]) -> str:
    """The case report's events as a vertical timeline: time, kind, label, and the cited sentence."""
    if not events:
        return ""
    ordered = sorted(enumerate(events), key=lambda ie: (ie[1].day, ie[0]))
    items = "".join(
        f'<li class="event kind-{esc(e.kind)}" data-day="{e.day}">'
        f'<div class="ev-head"><span class="ev-when">{esc(when_label(e))}</span>'
        + "".join(f'<span class="ev-kind" style="background:{KIND_COLOURS.get(k, "#555")}">{esc(k)}</span>' for k in e.kinds)
        + (f' <span class="ev-expr">“{esc(e.when)}”</span>' if e.when else "")
        + "</div>" + (f'<div class="ev-label">{esc(shorten(e.label, 160))}</div>' if e.label.lower() not in e.kinds else "")
        + f'<blockquote class="ev-quote">{esc(e.quote)}</blockquote>'
        f'<div class="ev-cite">{esc(e.doc_id)} · chars {e.char_start}–{e.char_end}</div></li>'
        for _, e in ordered
    )
    return (
        f'<div class="events-wrap"><div class="events-head"><strong>From the case report:</strong> {len(events)} events, '
        "each quoting its sentence; days count from the presentation where the report gives no dates.</div>"
        f'<ol class="events">{items}</ol></div>'
    )


@lru_cache(maxsize=256)
def _events_cached(doc_id: str, text: str) -> tuple[Event, ...]:
    return tuple(extract_events(doc_id, text))


def case_events(documents: Iterable[tuple[str, str]]) -> list[Event]:
    """Events of each narrative document ``(doc_id, text)`` of a case (treatment records excluded by the caller)."""
    return [e for doc_id, text in documents for e in _events_cached(doc_id, text)]


def case_timeline(assistant: Any, case: Any) -> str:
    """The explorer's timeline for one case: its treatment record's courses and its reports' events."""
    narrative = [d.doc_id for d in assistant.documents() if d.doc_id in case.doc_ids and d.kind != "treatment-record"]
    texts = assistant.document_texts(narrative)
    return timeline_html(case.timeline, case_events((d, texts[d]) for d in narrative if d in texts))


# Phone width: the plot scrolls sideways at its own size; the event list and the facts table wrap.
CSS = """
#timeline .timeline-scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; }
#timeline .timeline-scroll svg { display: block; max-width: none; }
#timeline ol.events { list-style: none; margin: 8px 0 0 0; padding: 0 0 0 14px; border-left: 2px solid #cbd5e1; }
#timeline li.event { position: relative; margin: 0 0 10px 0; padding-left: 8px; font-size: 14px; line-height: 1.35; }
#timeline li.event::before { content: ""; position: absolute; left: -21px; top: 4px; width: 10px; height: 10px; border-radius: 50%; background: #64748b; }
#timeline .ev-head { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: baseline; }
#timeline .ev-when { font-weight: 700; }
#timeline .ev-kind { color: #fff; border-radius: 4px; padding: 0 5px; font-size: 12px; text-transform: capitalize; }
#timeline .ev-expr, #timeline .ev-cite { font-size: 12px; opacity: 0.8; overflow-wrap: anywhere; }
#timeline blockquote.ev-quote { margin: 4px 0; padding: 4px 8px; border-left: 3px solid #94a3b8; font-size: 13px; overflow-wrap: anywhere; background: var(--background-fill-secondary); }
#case-detail .case-detail, #case-detail table.facts { max-width: 100%; }
#case-detail table.facts { table-layout: fixed; }
#case-detail table.facts td { overflow-wrap: anywhere; word-break: break-word; }
@media (max-width: 480px) { #case-detail table.facts th { width: 84px; white-space: normal; } }
"""
