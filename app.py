"""`make run`: serve the web app and /api/ask at once, building or syncing the index from
corpus/ in the background (the seed case first; progress on the page).

    python app.py [--host H] [--port P] [--index-dir DIR] [--no-sync | --sync-first]

Defaults: 127.0.0.1:7860 and index/ (or the ASSISTANT_* environment settings). This file
only wires: it is ``assistant serve``, and the app lives in ``assistant.ui.server``.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from assistant.cli import main as cli_main

    return cli_main(["serve", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
