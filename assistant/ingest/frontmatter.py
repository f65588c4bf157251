"""Front matter: a few ``key: value`` lines between ``---`` lines at the top of a ``.md`` or
``.txt`` case record that say which case it belongs to and who wrote it.

    ---
    case_id: okapi-keeper-2024
    title: Okapi keeper with relapsed B-ALL
    diagnosis: acute lymphoblastic leukemia; cns relapse
    source: https://example.org/okapi
    license: CC BY 4.0
    ---
    # Case presentation ...

A deliberately small, strict subset of YAML: one flat ``key: value`` per line, known keys
only, each at most once, values kept as text (YAML would read ``title: no`` as false and
``case_id: 2024`` as a number), optional matching quotes, blank lines and ``#`` comments
allowed. Anything else is an ``InputError`` naming the line, so a typo never silently
becomes indexed text or a wrong case.

The block is metadata, not text: the stored document is the body after the closing line,
and every offset (sections, chunks, citations) counts from the start of that body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.identity import check_case_id
from assistant.models import InputError

FENCE = "---"
KEYS = ("case_id", "title", "diagnosis", "source", "license", "year")
MAX_LINES = 50  # a front matter block longer than this is a missing closing line, not metadata
_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


@dataclass
class FrontMatter:
    """The parsed block and where the body starts (``body_line``: the body's first file line)."""

    fields: dict[str, str] = field(default_factory=dict)
    body_line: int = 1

    def metadata(self) -> dict[str, object]:
        """Document metadata from the block: case id, source, license, diagnoses (``;`` or ``,`` separated), year."""
        meta: dict[str, object] = {k: self.fields[k] for k in ("case_id", "source", "license") if self.fields.get(k)}
        if self.fields.get("diagnosis"):
            meta["diagnoses"] = sorted({d.strip().lower() for d in re.split(r"[;,]", self.fields["diagnosis"]) if d.strip()})
        if self.fields.get("year"):
            meta["year"] = int(self.fields["year"])
        return meta


def _value(raw: str, key: str, line: int) -> str:
    if raw[0] in "\"'":
        if len(raw) < 2 or raw[-1] != raw[0]:
            raise InputError(f"front matter: unmatched quote in {key!r}", line=line)
        raw = raw[1:-1].strip()
        if not raw:
            raise InputError(f"front matter: {key!r} has no value", line=line)
    elif raw[0] in "[{|>&*!":
        raise InputError(f"front matter: {key!r} must be plain text on one line (lists, blocks and YAML tags are not read; quote the value to keep it as text)", line=line)
    if key == "case_id":
        try:
            return check_case_id(raw)
        except InputError as exc:
            raise InputError(f"front matter: {exc.message}", line=line) from None
    if key == "year" and not re.fullmatch(r"(19|20)\d\d", raw):
        raise InputError(f"front matter: year must be four digits like 2024, not {raw!r}", line=line)
    return raw


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """``(front matter or None, body)``; the body is the exact text after the closing ``---`` line.

    A file whose first line is not ``---`` has no front matter and is returned unchanged."""
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return None, text
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() == FENCE:
            body = "\n".join(lines[number:])
            return FrontMatter(fields, number + 1), body
        if number > MAX_LINES:
            break
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if not match or line[:1].isspace():
            raise InputError(f"front matter: expected 'key: value', got {line.strip()[:60]!r} (a file whose first line is '---' opens front matter)", line=number)
        key, raw = match.group(1).lower(), match.group(2)
        if key not in KEYS:
            raise InputError(f"front matter: unknown key {key!r} (known: {', '.join(KEYS)})", line=number)
        if key in fields:
            raise InputError(f"front matter: {key!r} given twice", line=number)
        if not raw:
            raise InputError(f"front matter: {key!r} has no value", line=number)
        fields[key] = _value(raw, key, number)
    raise InputError(f"front matter opened by the '---' on line 1 is not closed by a '---' line within {MAX_LINES} lines", line=1)
