"""`make run`: build or sync the index from corpus/, then serve the web app and /api/ask.

    python app.py [--host H] [--port P] [--index-dir DIR] [--no-sync]

Defaults: 127.0.0.1:7860 and index/ (or the ASSISTANT_* environment settings). This file
only wires: the app lives in ``assistant.ui.server``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Clinical case question assistant: web app and /api/ask.")
    parser.add_argument("--host", help="bind address (default 127.0.0.1; anything else is reachable from other machines)")
    parser.add_argument("--port", type=int, help="HTTP port (default 7860)")
    parser.add_argument("--index-dir", type=Path, help="index folder (default: index/)")
    parser.add_argument("--no-sync", action="store_true", help="serve the index as it is, without syncing corpus/ first")
    args = parser.parse_args(argv)

    from assistant.config import Settings
    from assistant.errors import UserFacingError
    from assistant.ui.server import serve

    settings = Settings().with_overrides(**{"index.dir": args.index_dir, "app.host": args.host, "app.port": args.port})
    try:
        serve(settings, sync_corpus=not args.no_sync)
    except KeyboardInterrupt:
        print("stopped (the index stays consistent: start again to finish any interrupted sync)", file=sys.stderr)
        return 130
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
