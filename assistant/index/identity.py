"""Moved to ``assistant.ingest.identity`` (ingest names documents; the index stores them).

Kept so existing imports (``assistant.pipeline``, ``assistant.evaluate``) keep working."""

from assistant.ingest.identity import CORPUS, ID_SCHEME, UPLOADS, anchor_for, local_id, origin_for, origin_of, qualify  # noqa: F401
