"""Metadata filters: document, case, section, diagnosis, drug, year.

Document-level filters are resolved against the registry into a set of allowed doc
ids (tags are lists, matched case-insensitively, a year may be ``2024`` or
``2020-2024``); the section filter applies to chunks. Both retrievers then search
inside that set, so a filter never silently widens.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Iterable, Mapping

FILTER_KEYS = ("doc_id", "case_id", "section", "diagnosis", "drug", "year", "kind")
ALIASES = {"document": "doc_id", "doc": "doc_id", "case": "case_id", "diagnoses": "diagnosis", "drugs": "drug"}


@dataclass(frozen=True)
class Filters:
    doc_id: str | None = None
    case_id: str | None = None
    section: str | None = None
    diagnosis: str | None = None
    drug: str | None = None
    year: str | None = None
    kind: str | None = None

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> Filters:
        """From ``{"drug": "rituximab", ...}``; an unknown key is an error naming the valid ones, a
        year that is not ``2024`` or ``2020-2024`` is an error too. Names are matched
        case-insensitively, through ``ALIASES``: the one table of accepted filter names."""
        clean: dict[str, str] = {}
        for key, value in (values or {}).items():
            name = ALIASES.get(key.strip().lower(), key.strip().lower())
            if name not in FILTER_KEYS:
                raise ValueError(f"unknown filter {key!r}; use one of {', '.join(FILTER_KEYS)}")
            if value is not None and str(value).strip() and str(value).strip().lower() != "all":
                clean[name] = str(value).strip()
        if "year" in clean:
            _year_range(clean["year"])
        return cls(**clean)

    def to_dict(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    def is_empty(self) -> bool:
        return not self.to_dict()

    def doc_level(self) -> bool:
        return any((self.doc_id, self.case_id, self.diagnosis, self.drug, self.year, self.kind))


def _year_range(value: str) -> tuple[int, int]:
    lo, sep, hi = value.partition("-")
    try:
        return (int(lo), int(hi)) if sep else (int(lo), int(lo))
    except ValueError:
        raise ValueError(f"bad year filter {value!r}: use 2024 or 2020-2024") from None


def allowed_documents(filters: Filters, records: Iterable[Any]) -> set[str] | None:
    """Doc ids passing the document-level filters, or None when there are none.

    ``records`` are registry records (``doc_id, case_id, diagnoses, drugs, year, kind``);
    only complete documents are ever allowed when a filter is present.
    """
    if not filters.doc_level():
        return None
    years = _year_range(filters.year) if filters.year else None
    out = set()
    for r in records:
        if filters.doc_id and r.doc_id != filters.doc_id:
            continue
        if filters.case_id and r.case_id != filters.case_id:
            continue
        if filters.kind and r.kind != filters.kind:
            continue
        if filters.diagnosis and filters.diagnosis.lower() not in {d.lower() for d in r.diagnoses}:
            continue
        if filters.drug and filters.drug.lower() not in {d.lower() for d in r.drugs}:
            continue
        if years and not (years[0] <= int(r.year or 0) <= years[1]):
            continue
        out.add(r.doc_id)
    return out
