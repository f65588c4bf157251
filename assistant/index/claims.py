"""Which uploaded records may be indexed: an upload never takes over another source's
document id or case (issue #8's "no record overwrites another")."""

from __future__ import annotations

from assistant.index.store import DocRecord
from assistant.ingest.identity import UPLOADS, local_id, origin_of
from assistant.ingest.pipeline import Prepared
from assistant.models import LoadError

__all__ = ["refuse_claimed_ids"]


def refuse_claimed_ids(loaded: list[Prepared], registry: dict[str, DocRecord]) -> tuple[list[Prepared], list[LoadError]]:
    """Uploads may not reuse a document id that another source holds: an uploaded record
    named ``PMC11342857`` would otherwise sit beside (and be confused with) the shipped case.
    Replacing a document is for the source that owns it; the upload is refused with a message.

    Nor may an uploaded report join a case another source holds (``case_id: PMC11342857`` in
    its front matter would put its title and text under the shipped case); an uploaded
    treatment record may, since attaching a timeline to a case is what it is for."""
    owners: dict[str, str] = {}
    cases: dict[str, str] = {}
    for doc_id, case_id in [(r.doc_id, r.case_id) for r in registry.values()] + [(i.doc.doc_id, str(i.doc.metadata.get("case_id", ""))) for i in loaded]:
        if origin_of(doc_id) != UPLOADS:
            owners.setdefault(local_id(doc_id), doc_id)
            cases.setdefault(case_id, doc_id)
    kept, errors = [], []
    for item in loaded:
        why = _claimed(item, owners, cases, registry) if item.origin == UPLOADS else None
        if why is None:
            kept.append(item)
        else:
            errors.append(LoadError(item.display, why, item.doc.line))
    return kept, errors


def _claimed(item: Prepared, owners: dict[str, str], cases: dict[str, str], registry: dict[str, DocRecord]) -> str | None:
    """Why an upload may not be indexed (it claims another source's id or case), or None."""
    other = owners.get(local_id(item.doc.doc_id))
    if other is not None:
        title = registry[other].title if other in registry else other
        return (
            f"id {local_id(item.doc.doc_id)!r} already belongs to {title!r} ({other}); an upload cannot replace another source's "
            "document, so this record was not indexed. Give it an id of its own."
        )
    case_id = str(item.doc.metadata.get("case_id", ""))
    other = cases.get(case_id) if item.doc.metadata.get("kind") != "treatment-record" else None
    if other is not None:
        title = registry[other].title if other in registry else other
        return (
            f"case id {case_id!r} belongs to {title!r} ({other}); an uploaded report cannot join another source's case "
            "(a treatment record can), so this record was not indexed. Give it a case id of its own."
        )
    return None
