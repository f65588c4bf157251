"""Sentence spans with exact offsets: chunking packs them, answerers choose among them,
citations quote them. One splitter, so a sentence a chunk ends on is the sentence an
answer quotes.
"""

from __future__ import annotations

import re

# Abbreviations that end with a period but do not end a sentence.
_ABBREVIATIONS = {
    "e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "prof", "fig", "figs", "al", "approx", "no", "nos", "st",
    "zh", "ca", "cf", "etc", "mg", "ml", "min", "max", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "resp", "ref", "refs", "vol", "pp", "sp", "spp", "var",
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9•\-–])|\n+")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """A line break right after "(" or right before ")": the line is inside a parenthesis."""
    before, after = text[max(0, start - 16) : start].rstrip(" \t"), text[end : end + 16].lstrip(" \t")  # a few characters: no copy of the whole text per line
    return before.endswith(("(", "[")) or after.startswith((")", "]"))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]`` as absolute offsets, trimmed of whitespace and bullets.

    Lines end sentences (bullets, table rows) unless the break sits just inside a
    parenthesis; periods end them unless they follow a known abbreviation or a single
    initial ("A.M. Kuttymuratov").
    """
    end = len(text) if end is None else end
    spans, cursor = [], start
    for match in _BOUNDARY.finditer(text, start, end):
        if "\n" in match.group(0) and _inside_brackets(text, match.start(), match.end()):
            continue  # PMC's "(\nFigures 3A–C\n)": a figure reference wrapped onto its own line
        if match.group(0).strip() == "" and "\n" not in match.group(0):
            before = text[cursor : match.start()].rstrip("\"')]")
            word = re.search(r"(\S+)\.$", before)
            if word:
                token = word.group(1).lower().lstrip("(")
                if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                    continue
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        segment = text[s:e]
        stripped_left = len(segment) - len(segment.lstrip())
        s += stripped_left
        e = s + len(segment.strip())
        bullet = _BULLET.match(text[s:e])
        if bullet and bullet.end() < e - s:
            s += bullet.end()
        if e > s:
            out.append((s, e))
    return out


# PMC text often loses the space between two sentences ("(Figure 1).After surgery", "FLT3-TKD).Following
# stabilization", "normal limits.The"): a period after a closing bracket or a lowercase word, then a
# capitalised word, ends a sentence there.
_JOINED = re.compile(r"(?:(?<=[)\]])|(?<=[a-z]{3})|(?<=[a-z][A-Z]))[.!?](?=[A-Z][a-z]|A\s+[a-z])")  # "mg/dL.During", "(Figure 2).A mass biopsy" too


def unjoined(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut where two sentences lost the space between them."""
    cuts = [m.end() for m in _JOINED.finditer(text, start, end)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def sentence_parts(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``sentence_spans`` with joined sentences cut apart: what answers quote and weigh (a
    quote of two glued sentences is embedded by its first). Chunking keeps ``sentence_spans``,
    so the index needs no rebuild for this."""
    return [part for s, e in sentence_spans(text, start, end) for part in unjoined(text, s, e)]
