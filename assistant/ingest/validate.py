"""Check a record's fields before anything is written, so a bad record costs only itself.

Chroma accepts metadata values that are strings, numbers, booleans or non-empty lists of
those; anything else (a nested object, a list of objects) makes its upsert raise in the
middle of a write group. Loaders call these checks while reading, so the error names the
file and line and the rest of the file goes on.
"""

from __future__ import annotations

from typing import Any

from assistant.models import InputError

SCALARS = (str, int, float, bool)
TEXT_FIELDS = ("case_id", "source", "license", "kind", "title")
LIST_FIELDS = ("diagnoses", "drugs", "categories")


def scalar_text(value: Any, name: str) -> str:
    """A string for an id or title field; numbers are accepted as their text."""
    if isinstance(value, bool) or not isinstance(value, SCALARS):
        raise InputError(f"'{name}' must be a string, not {_kind(value)}")
    return str(value).strip()


def clean_metadata(metadata: Any) -> dict[str, Any]:
    """Metadata a record may carry into the index, or an InputError naming the bad field.

    Known text fields become strings; tag fields a string or a list of strings; ``year``
    an integer (anything else is dropped, the text is tagged instead); other fields must
    be scalars or lists of scalars (they are kept for the record hash, never nested)."""
    if metadata is None:
        return {}
    if not isinstance(metadata, dict):
        raise InputError(f"'metadata' must be an object, not {_kind(metadata)}")
    out: dict[str, Any] = {}
    for key, value in metadata.items():
        if value is None:
            continue
        where = f"metadata.{key}"
        if key == "year":
            if str(value).strip().isdecimal() and str(value).strip().isascii():
                out["year"] = int(str(value).strip())
            continue
        if key in TEXT_FIELDS:
            out[key] = scalar_text(value, where)
        elif isinstance(value, (list, tuple)):
            bad = next((v for v in value if isinstance(v, (dict, list, tuple)) or v is None), "ok")
            if bad != "ok":
                raise InputError(f"'{where}' holds {_kind(bad)}; use a string, a number or a list of strings")
            out[key] = [str(v) for v in value]
        elif isinstance(value, SCALARS):
            out[key] = value
        else:
            raise InputError(f"'{where}' is {_kind(value)}; use a string, a number or a list of strings")
    return out


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "a nested object", list: "a list", tuple: "a list", bool: "a boolean"}.get(type(value), f"a {type(value).__name__}")
