"""The conversation as files to keep: Markdown for people, JSON for scripts.

Both carry what an educator needs to reuse the material: each source's title, URL and
license (attribution), the quote at its offsets, the closest passages' text when the
records did not answer, and case titles where a person reads them (ids stay alongside
for scripts).

Markdown escaping: every piece of document or user text goes through ``md_text``, so a
record holding HTML, Markdown links or ``javascript:`` URLs shows as text in any viewer,
even one that renders raw HTML; a link is only ever an autolink to a plain http(s) URL
(``md_link``). The JSON keeps the verbatim text (it is data, not markup).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from assistant.models import Answer, Citation, Passage
from assistant.prompts import VERDICT_LABELS

FORMAT = "case-assistant-conversation/1"
_SPACE = re.compile(r"\s+")
# Markdown (and GFM/LaTeX) punctuation shown as typed via CommonMark backslash escapes;
# HTML specials become entities, so a viewer that renders raw HTML still shows text.
_MD_ESCAPES = str.maketrans({**{c: "\\" + c for c in "\\`*_[](){}!#|~$"}, "&": "&amp;", "<": "&lt;", ">": "&gt;"})
_LINE_START = re.compile(r"^(\s*(?:\d+(?=[.])|(?=[-+=])))")  # list items, setext underlines
# The end of a script-capable scheme, however it is prefixed, cased or split by blanks and
# controls (browsers forgive those): javascript:, vbscript:, &#106;avascript:, data:, file:.
_BAD_SCHEME = re.compile("(?:" + "|".join("[\\s\\x00-\\x1f]*".join(w) for w in ("script", "data", "file")) + ")[\\s\\x00-\\x1f]*:(?=\\S)", re.IGNORECASE)
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+"
_SAFE_URL = re.compile(rf"https?://{_URL_CHARS}", re.IGNORECASE)
_URL_IN_TEXT = re.compile(rf"(?<![A-Za-z0-9])https?://{_URL_CHARS}", re.IGNORECASE)
_SAFE_CODE = re.compile(r"[A-Za-z0-9 ._/:@+-]+")


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text or "").strip()


def md_text(text: Any) -> str:
    """Document (or user) text as inert Markdown: shown as typed, never markup or a link."""
    out = _one_line(str(text if text is not None else "")).translate(_MD_ESCAPES)
    out = _BAD_SCHEME.sub(lambda m: m.group(0)[:-1] + "\\:", out)
    return _LINE_START.sub(lambda m: m.group(1) + "\\", out)


def md_code(text: str) -> str:
    """An identifier in a code span when plain, else escaped text (a backtick would end the span)."""
    return f"`{text}`" if _SAFE_CODE.fullmatch(text or "") else md_text(text)


def md_link(url: str) -> str:
    """A source as an autolink only when it is a plain http(s) URL; anything else is text."""
    url = url or ""
    return f"<{url}>" if _SAFE_URL.fullmatch(url) else md_text(url)


def source_url(source: str) -> str:
    """The http(s) URL a source names: the source itself, or the first URL inside its text
    ("PubMed Central PMC113 (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC113/), via ...");
    "" when there is none (a ``javascript:`` source names none)."""
    source = (source or "").strip()
    if _SAFE_URL.fullmatch(source):
        return source
    match = _URL_IN_TEXT.search(source)
    return match.group(0).rstrip(".,;:!?)'") if match else ""


def _provenance(item: Citation | Passage) -> dict[str, str]:
    return {"doc_id": item.doc_id, "case_id": item.case_id, "title": item.title, "url": source_url(item.source), "source": item.source, "license": item.license}


def _case(case_id: str | None, titles: dict[str, str]) -> dict[str, str] | None:
    return {"case_id": case_id, "title": titles.get(case_id, "")} if case_id else None


def turn_json(a: Answer, titles: dict[str, str] | None = None) -> dict[str, Any]:
    """One question and its answer for scripts: verbatim quotes with offsets and provenance."""
    titles = titles or {}
    turn: dict[str, Any] = {
        "question": a.question,
        "answer": a.answer,
        "abstained": a.abstained,
        "short_answer": a.short_answer,
        "short_answer_start": a.short_answer_start,
        "short_answer_end": a.short_answer_end,
        "verdict": a.verdict,
        "shape": a.shape,
        "filters": dict(a.filters),
        "focus_case": _case(a.focus_case, titles),
        "notices": list(a.notices),
        "case_count": a.case_count if a.case_count is not None else (len(a.cases) if a.cases else None),
        "cases": [c.to_dict() for c in a.cases],
        "citations": [
            {"n": c.n, **_provenance(c), "case_title": titles.get(c.case_id, ""), "section": c.section, "char_start": c.char_start, "char_end": c.char_end, "quote": c.quote}
            for c in a.citations
        ],
    }
    if a.abstained:
        turn["closest_passages"] = [
            {**_provenance(p), "section": p.section, "char_start": p.char_start, "char_end": p.char_end, "score": round(p.score, 6), "text": p.text}
            for p in a.passages[:3]
        ]
    return turn


def sources(answers: Iterable[Answer]) -> list[dict[str, str]]:
    """Every document the conversation quotes or shows, once, in order of first use."""
    seen: dict[str, dict[str, str]] = {}
    for a in answers:
        for item in list(a.citations) + (list(a.passages[:3]) if a.abstained else []):
            seen.setdefault(item.doc_id, _provenance(item))
    return list(seen.values())


def export_json(answers: list[Answer], titles: dict[str, str] | None = None, now: datetime | None = None) -> str:
    """The conversation as JSON: ``{"format", "exported_at", "turns": [...], "sources": [...]}``."""
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    data = {"format": FORMAT, "exported_at": stamp, "turns": [turn_json(a, titles) for a in answers], "sources": sources(answers)}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _shape_lines(a: Answer) -> list[str]:
    """Export lines for a shaped answer: the verdict, the short answer, every case (not only 20)."""
    lines = []
    if a.verdict in VERDICT_LABELS:
        lines += [f"**Verdict:** {md_text(VERDICT_LABELS[a.verdict])}", ""]
    elif a.short_answer:
        lines += [f"**Short answer:** {md_text(a.short_answer)}", ""]
    if a.cases:
        lines += [f"**{a.case_count if a.case_count is not None else len(a.cases)} cases**", ""]
        for i, line in enumerate(a.cases, start=1):
            lines.append(f"{i}. {md_text(line.title)}{': ' + md_text(line.beyond_title) if line.beyond_title else ''} [{line.citation}]")
            if line.compared and line.compared_citation:
                lines.append(f"   {md_text(line.compared_label)}: {md_text(line.compared)} [{line.compared_citation}]")
        lines.append("")
    return lines


def _provenance_lines(item: Citation | Passage, indent: str) -> list[str]:
    """Source (a link only for a plain http(s) URL), its URL when the source is prose, and the license."""
    url = source_url(item.source)
    lines = [f"{indent}Source: {md_link(item.source)}"] if item.source else []
    if url and url != (item.source or "").strip():
        lines.append(f"{indent}URL: {md_link(url)}")
    lines.append(f"{indent}License: {md_text(item.license) or 'not stated'}")
    return lines


def _filters_line(a: Answer, titles: dict[str, str]) -> str:
    def shown(k: str, v: Any) -> str:
        if k == "case_id" and titles.get(str(v)):
            return f"case={md_text(titles[str(v)])} ({md_code(str(v))})"
        return f"{md_text(k)}={md_text(v)}"

    return "Filters: " + ", ".join(shown(k, v) for k, v in sorted(a.filters.items()))


def _turn_lines(i: int, a: Answer, titles: dict[str, str]) -> list[str]:
    lines = [f"## {i}. {md_text(a.question)}", ""]
    if a.filters:
        lines += [_filters_line(a, titles), ""]
    if a.focus_case and titles.get(a.focus_case) and not a.filters.get("case_id"):
        lines += [f"Case in focus: {md_text(titles[a.focus_case])}", ""]
    lines += [md_text(a.answer), ""] + _shape_lines(a)
    lines += [f"_Note: {md_text(n)}_" for n in a.notices] + ([""] if a.notices else [])
    if a.citations:
        lines += ["**Citations**", ""]
        for c in a.citations:
            lines.append(f"{c.n}. **{md_text(c.title)}** — doc_id {md_code(c.doc_id)}, section \"{md_text(c.section)}\", chars {c.char_start}–{c.char_end}")
            lines += [f"   > {md_text(line)}" for line in c.quote.split("\n")]
            lines += _provenance_lines(c, "   ")
        lines.append("")
    elif a.abstained and a.passages:
        lines += ["**Closest passages** (the records did not answer; these came nearest)", ""]
        for p in a.passages[:3]:
            lines.append(f"- {md_text(p.title)} — doc_id {md_code(p.doc_id)}, section \"{md_text(p.section)}\", chars {p.char_start}–{p.char_end}")
            lines.append(f"  > {md_text(p.text)}")
            lines += _provenance_lines(p, "  ")
        lines.append("")
    return lines


def export_markdown(answers: list[Answer], now: datetime | None = None, titles: dict[str, str] | None = None) -> str:
    """The conversation with its numbered citations, then every source with its URL and license.

    ``titles`` maps case ids to readable case titles (filters and the case in focus)."""
    titles = titles or {}
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    lines = [
        "# Conversation export",
        "",
        f"Exported {stamp}. Each quote is the document text at the given character offsets, with the characters "
        "Markdown or HTML would act on escaped so they show as typed; the app, the JSON export and the JSON API keep the verbatim text.",
        "",
    ]
    for i, a in enumerate(answers, start=1):
        lines += _turn_lines(i, a, titles)
    used = sources(answers)
    if used:
        lines += ["## Sources and licenses", "", "Attribute each source you reuse under its license.", ""]
        # Plain text, not a second link: each URL is linked once, at its citation.
        lines += [f"- {md_text(s['title'])} — URL: {md_text(s['url']) or 'none given'}; license: {md_text(s['license']) or 'not stated'}" for s in used]
    return "\n".join(lines).rstrip() + "\n"


def write_export(folder: Path, stem: str, answers: list[Answer], titles: dict[str, str] | None = None, kind: str = "md") -> str:
    """Write ``<stem>.md`` (``kind="md"``) or ``<stem>.json`` into ``folder``; its path, for a download button."""
    path = folder / f"{stem}.{'json' if kind == 'json' else 'md'}"
    path.write_text(export_json(answers, titles) if kind == "json" else export_markdown(answers, titles=titles), encoding="utf-8")
    return str(path)
