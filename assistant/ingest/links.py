"""Which case an upload belongs to: the case id typed on the upload tab, checked against
what the file itself says, and remembered in ``uploads/MANIFEST.json``.

Documents are grouped into cases by ``metadata["case_id"]``: a treatment record names its
case in its ``case_id`` column, a ``.md``/``.txt`` report in its front matter; without one
a document is its own case (its document id). The upload tab's case id field names the
case for every file of one upload. A file that already names a different case is refused
rather than silently moved, and a CSV holding several cases cannot be given one id.

The typed case id is not in the file, so it is written where the sync reads provenance
for a folder: the uploads folder's ``MANIFEST.json`` (``apply_manifest`` puts it on the
document). A restart, or a re-sync of ``uploads/``, therefore keeps the link.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.models import LoadError, LoadResult

MANIFEST_NAME = "MANIFEST.json"  # the same file ``pipeline.read_manifest`` reads


def link_case(result: LoadResult, case_id: str, name: str) -> list[LoadError]:
    """Put ``case_id`` on every document of one uploaded file; the conflicts, if any.

    A conflict (front matter or CSV rows naming another case, several cases in one CSV)
    leaves the documents untouched: the caller refuses the file."""
    if not case_id:
        return []
    named = sorted({str(d.metadata["case_id"]) for d in result.documents if d.metadata.get("case_id")})
    if len(named) > 1:
        return [LoadError(name, f"the file holds several cases ({', '.join(named)}); the case id field names one case, so upload it without a case id")]
    if named and named[0] != case_id:
        where = "its case_id column" if any(d.metadata.get("kind") == "treatment-record" for d in result.documents) else "its front matter"
        return [LoadError(name, f"the file names case {named[0]!r} in {where}, the case id field says {case_id!r}; make them agree or leave the field empty")]
    for doc in result.documents:
        doc.metadata["case_id"] = case_id
    return []


def read_links(folder: Path) -> dict[str, dict]:
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    return {e["id"]: e for e in json.loads(path.read_text(encoding="utf-8")).get("documents", [])}


def record_case_links(folder: Path, links: dict[str, str]) -> None:
    """Remember ``{file name: case id}`` in ``folder/MANIFEST.json``; an empty case id forgets
    the file's link (a file uploaded again without a case id is its own case again).

    Written whole to a temporary file and renamed, so a crash never leaves half a manifest."""
    entries = read_links(folder)
    for name, case_id in links.items():
        if case_id:
            entries[name] = {"id": name, "case_id": case_id}
        else:
            entries.pop(name, None)
    if not entries and not (folder / MANIFEST_NAME).exists():
        return
    body = {
        "description": "Case links of uploaded files (written by the app's upload tab): which case each file belongs to.",
        "documents": [entries[k] for k in sorted(entries)],
    }
    tmp = folder / f".{MANIFEST_NAME}.tmp"
    tmp.write_text(json.dumps(body, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MANIFEST_NAME)
