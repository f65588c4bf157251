"""Find labelled sections (Introduction, Case Description, ...) in plain text.

Case reports and abstracts mark sections with short heading lines. A line counts as a
heading when it is short, does not end like a sentence, starts with a capital or a
section number, and is followed by body text. Known clinical section names are
accepted even when they are the only word on the line.
"""

from __future__ import annotations

import re

from assistant.models import Section

PREAMBLE = "Front matter"

KNOWN_HEADINGS = {
    "abstract", "background", "introduction", "introduction and importance", "case description",
    "case presentation", "case report", "case", "clinical case", "case summary", "methods",
    "results", "discussion", "clinical discussion", "conclusion", "conclusions", "course and outcomes",
    "outcome", "outcome and follow-up", "follow-up", "treatment", "diagnosis", "investigations",
    "differential diagnosis", "management", "highlights", "references", "acknowledgements",
    "learning points", "patient perspective", "structured case summary", "treatment record",
}

_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+")
_HEADING_LINE = re.compile(r"^[A-Z0-9][^\n]{0,78}$")


def clean_heading(line: str) -> str:
    """Heading text without numbering, Markdown hashes, or a trailing colon."""
    name = line.strip().lstrip("#").strip()
    name = _NUMBERING.sub("", name)
    return name.rstrip(":").strip()


def _is_heading(line: str, next_line: str | None) -> bool:
    stripped = line.strip()
    if not stripped or next_line is None or not next_line.strip():
        return False
    name = clean_heading(stripped)
    if name.lower() in KNOWN_HEADINGS:
        return True
    if not _HEADING_LINE.match(stripped) or stripped[-1] in ".;,?!" or stripped.startswith(("-", "•", "*")):
        return False
    words = name.split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in name) and not _NUMBERING.match(stripped):
        return False
    # Body text follows: a longer line, not another short label.
    return len(next_line.strip()) > len(stripped) + 10


def detect_sections(text: str) -> list[Section]:
    """Sections covering the whole text in order; text before the first heading is front matter."""
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    starts: list[tuple[str, int]] = []
    for i, line in enumerate(lines):
        nxt = next((candidate for candidate in lines[i + 1 : i + 4] if candidate.strip()), None)
        if _is_heading(line, nxt):
            starts.append((clean_heading(line), offsets[i]))
    if not starts or starts[0][1] > 0:
        starts.insert(0, (PREAMBLE, 0))
    sections = []
    for (name, start), nxt in zip(starts, starts[1:] + [("", len(text))]):
        if nxt[1] > start:
            sections.append(Section(name=name, start=start, end=nxt[1]))
    return sections


def sections_from_headings(text: str, headings: list[tuple[str, int]]) -> list[Section]:
    """Sections from known heading offsets (Markdown, HTML, DOCX loaders)."""
    starts = sorted(headings, key=lambda h: h[1])
    if not starts or starts[0][1] > 0:
        starts.insert(0, (PREAMBLE, 0))
    out = []
    for (name, start), nxt in zip(starts, starts[1:] + [("", len(text))]):
        if nxt[1] > start:
            out.append(Section(name=name or PREAMBLE, start=start, end=nxt[1]))
    return out
