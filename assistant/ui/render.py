"""Pure rendering for the web app: answers, sources, cases and filters (exports: ``ui/export.py``).

Everything that comes from a document (titles, quotes, passages, sources, licenses) goes
through ``esc`` or ``esc_chat`` here, so HTML or script inside a case record is shown as
text and never runs. Chat messages are one-line ``<div>`` HTML blocks: the chatbot's
Markdown renderer leaves an HTML block alone, so document text is not re-read as Markdown.
Citation markers are ``<a class="cite" href="#cite-T-N">`` (turn T, citation N): the
chatbot sanitizer keeps ``class`` and ``href`` but drops ``data-*`` attributes, so the
page script (``blocks.HEAD``) reads the target from ``href``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from assistant.models import Answer, Citation, Passage
from assistant.prompts import VERDICT_LABELS, WHICH_CASE_MESSAGE

# HTML specials plus the characters Markdown or LaTeX would act on, as numeric entities.
_CHAT_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_{}[]#|~$!"})
_SPACE = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def esc(text: Any) -> str:
    """Document text as inert HTML text (quotes included, for attributes)."""
    return html.escape(str(text if text is not None else ""), quote=True)


def esc_chat(text: Any) -> str:
    """Inert text for a chat message: HTML-escaped, Markdown and LaTeX characters as entities,
    whitespace collapsed (a newline could end the HTML block and let Markdown in)."""
    return _SPACE.sub(" ", str(text if text is not None else "")).translate(_CHAT_ESCAPES)


def shorten(text: str, limit: int) -> str:
    text = _SPACE.sub(" ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def tidy(text: str) -> str:
    """Context around a quote without blank lines (display only; quotes stay verbatim)."""
    return _BLANK_LINES.sub("\n", text)


def cite_anchor(turn: int, n: int) -> str:
    return f'<a href="#cite-{turn}-{n}" class="cite" title="Show source {n}">[{n}]</a>'


# -- chat messages -----------------------------------------------------------------------
SHOWN_CASES = 20  # lines of an answer across cases shown in the chat; the JSON and export carry all


def answer_html(answer: Answer, turn: int, upto: int | None = None) -> str:
    """The chat message for one answer; ``upto`` sentences while streaming (None: all, final)."""
    done = upto is None or upto >= len(answer.sentences)
    state = "done" if done else "streaming"
    notices = "".join(f'<div class="notice">{esc_chat(n)}</div>' for n in answer.notices)
    if answer.abstained:
        return f'<div class="answer abstained {state}">{abstain_html(answer)}{notices}</div>'
    head = short_answer_html(answer)
    if answer.cases:
        return f'<div class="answer across {state}">{head}{cases_html(answer, turn, upto)}{notices}</div>'
    parts = [f"{esc_chat(text)} " + "".join(cite_anchor(turn, n) for n in ns) for text, ns in answer.sentences[:upto]]
    return f'<div class="answer {state}">{head}{" ".join(parts)}{notices}</div>'


def short_answer_html(answer: Answer) -> str:
    """The verdict of a yes/no answer, or the span that answers a lookup, above the quotes."""
    if answer.verdict in VERDICT_LABELS:
        return f'<div class="short-answer verdict verdict-{esc(answer.verdict)}">{esc_chat(VERDICT_LABELS[answer.verdict])}</div>'
    if answer.short_answer:
        return f'<div class="short-answer">Answer: <mark class="short">{esc_chat(answer.short_answer)}</mark></div>'
    return ""


def cases_html(answer: Answer, turn: int, upto: int | None = None) -> str:
    """"N cases:" and one line per case (its title, the cited sentence, [n]); the first 20."""
    count = answer.case_count if answer.case_count is not None else len(answer.cases)
    shown = answer.cases[: min(SHOWN_CASES, upto if upto is not None else SHOWN_CASES)]
    items = "".join(
        f'<li><span class="case-title">{esc_chat(shorten(line.title, 120))}</span>{": " + esc_chat(line.beyond_title) if line.beyond_title else ""} {cite_anchor(turn, line.citation)}'
        + (f'<div class="case-compared"><span class="compared-label">{esc_chat(line.compared_label)}:</span> {esc_chat(line.compared)} {cite_anchor(turn, line.compared_citation)}</div>' if line.compared and line.compared_citation else "")
        + "</li>"
        for line in shown
    )
    more = count - min(len(answer.cases), SHOWN_CASES)
    tail = f'<div class="cases-more">… and {more} more (all of them are in the export and the JSON answer).</div>' if more > 0 else ""
    noun = "case" if count == 1 else "cases"
    return f'<div class="case-count"><strong>{count} {noun}</strong> in the records:</div><ol class="case-lines">{items}</ol>{tail}'


_MD_HEADING_MARK = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)


def passage_text(p: Passage) -> str:
    """A passage as a reader sees it in the chat: no Markdown heading marks ("## Complications"),
    and no first line that only repeats its section ("Treatment record: ..." under the
    "Treatment record" section). Display only: quotes and offsets stay verbatim."""
    text = _MD_HEADING_MARK.sub("", p.text)
    first, sep, rest = text.strip().partition("\n")
    head, section = first.strip().lower(), (p.section or "").strip().lower()
    if sep and section and (head == section or (head.startswith(section + ":") and len(head) <= len(section) + 81 and not head.endswith("."))):
        text = rest
    return text


def abstain_html(answer: Answer, limit: int = 3) -> str:
    """The distinct 'no answer' notice with the closest passages, so the reader can check."""
    items = "".join(
        f'<li><span class="p-title">{esc_chat(shorten(p.title, 90))}</span> — <span class="p-section">{esc_chat(p.section)}</span>: '
        f'<span class="p-text">{esc_chat(shorten(passage_text(p), 220))}</span></li>'
        for p in answer.passages[:limit]
    )
    closest = f'<div class="closest-label">Closest passages:</div><ul class="closest">{items}</ul>' if items else ""
    label = "Not reported in this case's records." if answer.verdict == "not_reported" else "No answer in the records."
    if answer.answer == WHICH_CASE_MESSAGE:  # a follow-up after an answer about several cases: asked back
        label, message = "Which case?", answer.answer.removeprefix("Which case do you mean? ")
        return f'<div class="abstain-notice"><strong>{label}</strong> {esc_chat(message)}</div>{closest}'
    return f'<div class="abstain-notice"><strong>{label}</strong> {esc_chat(answer.answer)}</div>{closest}'


def pending_html() -> str:
    return '<div class="answer pending">Searching the case records…</div>'


def error_html(message: str) -> str:
    return f'<div class="answer error done">{esc_chat(message)}</div>'


# -- sources panel -----------------------------------------------------------------------
def citation_context(c: Citation, passages: list[Passage], text: str | None, window: int = 240) -> tuple[str, str, str]:
    """``(before, quote, after)``: the cited passage around the quote (or a window of the document)."""
    if not text or text[c.char_start : c.char_end] != c.quote:
        return "", c.quote, ""
    lo, hi = max(0, c.char_start - window), min(len(text), c.char_end + window)
    for p in passages:
        if p.doc_id == c.doc_id and p.char_start <= c.char_start and c.char_end <= p.char_end:
            lo, hi = p.char_start, p.char_end
            break
    before, after = tidy(text[lo : c.char_start]), tidy(text[c.char_end : hi])
    return ("…" if lo > 0 else "") + before, c.quote, after + ("…" if hi < len(text) else "")


def provenance_html(source: str, license: str) -> str:
    """Source and license lines; a source is a link only when it is a plain http(s) URL."""
    src = esc(source) if not re.fullmatch(r"https?://[^\s\"'<>]+", source or "") else f'<a href="{esc(source)}" target="_blank" rel="noopener noreferrer">{esc(source)}</a>'
    return f'<div class="cite-prov"><span class="label">Source:</span> {src or "—"}<br><span class="label">License:</span> {esc(license) or "—"}</div>'


def citation_html(turn: int, c: Citation, passages: list[Passage], text: str | None, short: tuple[int, int] | None = None) -> str:
    before, quote, after = citation_context(c, passages, text)
    return (
        f'<div class="citation" id="cite-{turn}-{c.n}">'
        f'<div class="cite-head"><span class="cite-n">[{c.n}]</span> <span class="cite-title">{esc(c.title)}</span></div>'
        f'<div class="cite-meta">Section: {esc(c.section)} · {esc(c.doc_id)} · chars {c.char_start}–{c.char_end}</div>'
        f'<blockquote class="cite-context">{esc(before)}<mark>{quote_html(c, quote, short)}</mark>{esc(after)}</blockquote>'
        f"{also_in_html(next((p.also_in for p in passages if p.chunk_id == c.chunk_id), []))}{provenance_html(c.source, c.license)}</div>"
    )


def quote_html(c: Citation, quote: str, short: tuple[int, int] | None) -> str:
    """The quote, with the short answer inside it marked when its offsets fall in the quote."""
    if short is None or not (c.char_start <= short[0] < short[1] <= c.char_end) or quote != c.quote:
        return esc(quote)
    a, b = short[0] - c.char_start, short[1] - c.char_start
    return f'{esc(quote[:a])}<mark class="short">{esc(quote[a:b])}</mark>{esc(quote[b:])}'


def also_in_html(others: list[dict[str, str]]) -> str:
    """The other documents that hold the same passage."""
    if not others:
        return ""
    return '<div class="cite-meta also-in">Also in: ' + "; ".join(esc(o.get("title") or o.get("doc_id", "")) for o in others) + "</div>"


def passage_html(p: Passage) -> str:
    return (
        f'<div class="passage"><div class="cite-title">{esc(p.title)}</div>'
        f'<div class="cite-meta">Section: {esc(p.section)} · {esc(p.doc_id)} · chars {p.char_start}–{p.char_end}</div>'
        f'<blockquote class="cite-context">{esc(tidy(passage_text(p)))}</blockquote>{also_in_html(p.also_in)}{provenance_html(p.source, p.license)}</div>'
    )


def turn_sources_html(turn: int, answer: Answer, texts: dict[str, str]) -> str:
    if answer.abstained:
        body = '<div class="abstain-notice">No answer in the records. Closest passages:</div>' + "".join(passage_html(p) for p in answer.passages[:5])
    else:
        short = (answer.short_answer_start, answer.short_answer_end) if answer.short_answer_start is not None else None
        body = "".join(citation_html(turn, c, answer.passages, texts.get(c.doc_id), short if c.n == 1 else None) for c in answer.citations)
    return f'<div class="turn-q">Q{turn}: {esc(shorten(answer.question, 140))}</div>{body}'


def sources_html(answers: list[Answer], texts: dict[str, str]) -> str:
    """The sources panel: the latest answer's citations open, earlier turns folded below."""
    if not answers:
        return '<div class="sources-empty">Ask a question: the passages behind each [n] marker appear here, with the quoted words highlighted.</div>'
    parts = []
    for i in range(len(answers), 0, -1):
        inner = turn_sources_html(i, answers[i - 1], texts)
        if i == len(answers):
            parts.append(f'<section class="turn latest" id="turn-{i}">{inner}</section>')
        else:
            parts.append(f'<details class="turn" id="turn-{i}"><summary>Earlier: {esc(shorten(answers[i - 1].question, 90))}</summary>{inner}</details>')
    return '<div class="sources-list">' + "".join(parts) + "</div>"


# -- cases and filters ---------------------------------------------------------------------
@dataclass
class CaseSummary:
    """One case as the explorer shows it: its documents' facts merged."""

    case_id: str
    title: str
    kinds: list[str] = field(default_factory=list)
    diagnoses: list[str] = field(default_factory=list)
    drugs: list[str] = field(default_factory=list)
    year: int = 0
    sources: list[str] = field(default_factory=list)
    licenses: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    timeline: list[dict[str, Any]] = field(default_factory=list)


def _add_unique(target: list[str], values: Iterable[str]) -> None:
    target.extend(v for v in values if v and v not in target)


def group_cases(docs: Iterable[Any]) -> list[CaseSummary]:
    """Documents (DocRecords) grouped by case; a narrative title wins over a treatment record's."""
    cases: dict[str, CaseSummary] = {}
    for d in docs:
        case_id = d.case_id or d.doc_id
        c = cases.setdefault(case_id, CaseSummary(case_id, d.title or d.doc_id.partition(':')[2] or d.doc_id))
        if c.kinds == ["treatment-record"] and d.kind != "treatment-record":
            c.title = d.title
        _add_unique(c.kinds, [d.kind])
        _add_unique(c.diagnoses, d.diagnoses)
        _add_unique(c.drugs, d.drugs)
        _add_unique(c.sources, [d.source])
        _add_unique(c.licenses, [d.license])
        c.doc_ids.append(d.doc_id)
        c.year = max(c.year, int(d.year or 0))
        c.timeline.extend(d.timeline or [])
    return sorted(cases.values(), key=lambda c: (not c.timeline, c.title.lower()))


def case_label(c: CaseSummary) -> str:
    """How a person reads a case in a picker or filter: its whole title (never cut) and year."""
    return f"{c.title} ({c.year})" if c.year else c.title


def filter_choices(docs: Iterable[Any]) -> dict[str, list[tuple[str, str]]]:
    """Dropdown choices ``(label, value)`` for case, diagnosis, drug and year; "" means all."""
    docs = list(docs)
    cases = group_cases(docs)
    diagnoses = sorted({x for d in docs for x in d.diagnoses})
    drugs = sorted({x for d in docs for x in d.drugs})
    years = sorted({int(d.year) for d in docs if d.year}, reverse=True)
    return {
        "case": [("All cases", "")] + [(case_label(c), c.case_id) for c in cases],
        "diagnosis": [("All diagnoses", "")] + [(x, x) for x in diagnoses],
        "drug": [("All drugs", "")] + [(x, x) for x in drugs],
        "year": [("All years", "")] + [(str(y), str(y)) for y in years],
    }


def case_detail_html(c: CaseSummary | None) -> str:
    if c is None:
        return '<div class="case-detail empty">Choose a case to see its facts and, for treatment records, its timeline.</div>'
    facts = [
        ("Case id", c.case_id), ("Kind", ", ".join(c.kinds)), ("Diagnoses", ", ".join(c.diagnoses) or "—"),
        ("Drugs", ", ".join(c.drugs) or "—"), ("Year", str(c.year or "—")), ("Documents", ", ".join(c.doc_ids)),
    ]
    rows = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    rows += "".join(f"<tr><th>Source</th><td>{esc(s)}</td></tr>" for s in c.sources)
    rows += "".join(f"<tr><th>License</th><td>{esc(x)}</td></tr>" for x in c.licenses)
    return f'<div class="case-detail"><h3>{esc(c.title)}</h3><table class="facts">{rows}</table></div>'
