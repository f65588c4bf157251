"""De-identification: identifiers in a record become typed placeholders before it is indexed.

``scrub`` is a pure function of a text: it finds the identifiers (``deid_rules``), replaces
each with ``[NAME]``, ``[DOB]``, ``[MRN]``, ``[PHONE]``, ``[ADDRESS]``, ``[EMAIL]``, ``[URL]``,
``[IP]``, ``[SSN]`` (or ``[DATE]`` when every date is asked for) and says where each one now
stands. ``deidentify`` applies it to a ``Document``: the scrubbed text *is* the stored text,
so every chunk, quote and citation offset indexes it and stays verbatim; sections are
moved to the new offsets, the title, section names and timeline notes lose the same names.
``deidentifier_for`` decides from the settings whether a synced folder is scrubbed
(uploads by default, every source with ``deid.all_sources``). ``count`` gives the
counts per kind for the upload status line -- never the identifiers themselves.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from assistant.config import DatePolicy, DeidSettings, IdentifierKind, Settings
from assistant.ingest.deid_rules import Span, find_addresses, find_dates, find_names, find_numbers, find_online, find_uncued_names, name_words
from assistant.ingest.frontmatter import split_front_matter
from assistant.ingest.identity import UPLOADS
from assistant.models import Document, Section

# The placeholder kinds each setting switches on or off.
_KINDS = {
    IdentifierKind.name: ("NAME",),
    IdentifierKind.dob: ("DOB", "DATE"),
    IdentifierKind.mrn: ("MRN",),
    IdentifierKind.phone: ("PHONE",),
    IdentifierKind.address: ("ADDRESS",),
    IdentifierKind.email: ("EMAIL",),
    IdentifierKind.url: ("URL",),
    IdentifierKind.ip: ("IP",),
    IdentifierKind.ssn: ("SSN",),
}
# Where two finders claim overlapping text, the more specific kind names the placeholder.
_PRIORITY = ("EMAIL", "URL", "SSN", "DOB", "MRN", "PHONE", "IP", "DATE", "ADDRESS", "NAME")
LABELS = {
    "NAME": ("name", "names"), "DOB": ("date of birth", "dates of birth"), "DATE": ("date", "dates"),
    "MRN": ("record number", "record numbers"), "PHONE": ("phone number", "phone numbers"), "ADDRESS": ("address", "addresses"),
    "EMAIL": ("email", "emails"), "URL": ("link", "links"), "IP": ("IP address", "IP addresses"), "SSN": ("SSN-like id", "SSN-like ids"),
}


@dataclass(frozen=True)
class Replacement:
    """One identifier replaced: where it was in the original and where its placeholder is now."""

    start: int  # in the original text
    end: int
    new_start: int  # in the scrubbed text
    new_end: int
    kind: str


@dataclass(frozen=True)
class Scrubbed:
    text: str
    replacements: tuple[Replacement, ...]

    def counts(self) -> Counter:
        return Counter(r.kind for r in self.replacements)

    def moved(self, offset: int) -> int:
        """Where an offset of the original text lies in the scrubbed one; an offset inside a
        replaced identifier moves to the end of its placeholder."""
        i = bisect.bisect_right([r.start for r in self.replacements], offset) - 1
        if i < 0:
            return offset
        r = self.replacements[i]
        if offset == r.start:
            return r.new_start
        return r.new_end if offset < r.end else offset - r.end + r.new_end


def find(text: str, settings: DeidSettings, known_names: Iterable[str] = ()) -> list[Span]:
    """Every identifier span the settings ask for, merged: no two overlap."""
    wanted = {kind for k in settings.kinds for kind in _KINDS[k]}
    spans = find_names(text, known_names) + find_dates(text, settings.dates == DatePolicy.all)
    spans += find_uncued_names(text) if settings.uncued_names else []
    spans += find_numbers(text) + find_online(text, settings.keep_literature_links) + find_addresses(text)
    return merge([s for s in spans if s.kind in wanted and s.end > s.start])


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one span over their union, named by the highest-priority kind."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and span.start < out[-1].end:
            last = out[-1]
            kind = min(last.kind, span.kind, key=_PRIORITY.index)
            out[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            out.append(span)
    return out


def scrub(text: str, settings: DeidSettings, known_names: Iterable[str] = ()) -> Scrubbed:
    """``text`` with each identifier replaced by its placeholder, and where each one went."""
    parts: list[str] = []
    replacements: list[Replacement] = []
    pos = new_pos = 0
    for span in find(text, settings, known_names):
        parts.append(text[pos : span.start])
        new_pos += span.start - pos
        placeholder = f"[{span.kind}]"
        parts.append(placeholder)
        replacements.append(Replacement(span.start, span.end, new_pos, new_pos + len(placeholder), span.kind))
        new_pos += len(placeholder)
        pos = span.end
    parts.append(text[pos:])
    return Scrubbed("".join(parts), tuple(replacements))


def deidentify(doc: Document, settings: DeidSettings) -> tuple[Document, Counter]:
    """A copy of ``doc`` whose text, title, section names and timeline notes are scrubbed,
    its sections moved to the scrubbed offsets; with the counts per placeholder kind."""
    body = scrub(doc.text, settings)
    names = name_words(doc.text, [Span(r.start, r.end, r.kind) for r in body.replacements])
    counts = body.counts()

    def clean(value: str) -> str:
        out = scrub(value, settings, names)
        return out.text

    sections = None
    if doc.sections is not None:
        sections = [Section(clean(s.name), body.moved(s.start), body.moved(s.end)) for s in doc.sections]
    metadata = dict(doc.metadata)
    if isinstance(metadata.get("timeline"), list):
        metadata["timeline"] = [{k: clean(v) if isinstance(v, str) and k not in ("start", "end") else v for k, v in course.items()} for course in metadata["timeline"]]
    return replace(doc, text=body.text, title=clean(doc.title), sections=sections, metadata=metadata), counts


def deidentifier_for(origin: str, settings: Settings) -> Callable[[Document], Document] | None:
    """The transform a synced folder's documents go through, or None when it is not scrubbed."""
    deid = settings.deid
    if not (deid.all_sources or deid.uploads and origin == UPLOADS):
        return None
    return lambda doc: deidentify(doc, deid)[0]


PLAIN_TEXT = (".txt", ".md")


def kept_copy(raw: str, suffix: str, docs: list[Document], settings: Settings) -> str | None:
    """What ``uploads/`` keeps of a plain-text upload when uploads are de-identified: the file
    with its body scrubbed exactly as the index stores it (front matter kept as written), so
    the identifiers are not kept on disk either; re-syncing it gives the same document, since
    scrubbing is idempotent. None keeps the file as uploaded: another format (a CSV, PDF or
    DOCX is re-read to rebuild its document), or a body the loader changed on the way in."""
    if suffix.lower() not in PLAIN_TEXT or len(docs) != 1 or deidentifier_for(UPLOADS, settings) is None:
        return None
    _front, body = split_front_matter(raw)
    if docs[0].text != body:
        return None
    return raw[: len(raw) - len(body)] + deidentify(docs[0], settings.deid)[0].text


def count(docs: Iterable[Document], settings: DeidSettings) -> Counter:
    """Identifiers each kind that ``deidentify`` replaces in these documents."""
    total: Counter = Counter()
    for doc in docs:
        total += deidentify(doc, settings)[1]
    return total


def summary(counts: Counter) -> str:
    """``De-identified before indexing: 3 names, 1 date of birth, 1 phone number replaced.``"""
    if not counts:
        return "De-identification found no identifiers to replace."
    parts = [f"{n} {LABELS[k][n != 1]}" for k, n in sorted(counts.items(), key=lambda kv: _PRIORITY.index(kv[0]))]
    return f"De-identified before indexing: {', '.join(parts)} replaced by placeholders such as [NAME]."


def upload_note(docs: Iterable[Document], settings: Settings) -> str | None:
    """The upload status line (counts per kind), or None when uploads are not de-identified."""
    if not (settings.deid.uploads or settings.deid.all_sources):
        return None
    return summary(count(docs, settings.deid))


def tab_note(settings: Settings) -> str:
    """One sentence for the upload tab: what happens to identifiers."""
    if not (settings.deid.uploads or settings.deid.all_sources):
        return "De-identification is off (deid.uploads): uploaded text is indexed as it is."
    dates = "every date" if settings.deid.dates == DatePolicy.all else "dates of birth"
    return f"Names, {dates}, record numbers, phone numbers, addresses and emails are replaced by placeholders such as `[NAME]` before indexing (setting `deid.uploads`)."
