"""Take docs/screenshot.png: the app answering a seed question, a citation open in the sources panel.

    .venv/bin/python scripts/screenshot.py [--index-dir index/] [--no-sync] [--out docs/screenshot.png]

Starts the app in-process on a free loopback port over the shipped index (synced from
corpus/ first unless --no-sync), drives headless Debian Chromium, and stops again.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
import assistant.config  # noqa: E402,F401 - sets the offline environment (no analytics, no proxy for loopback)

QUESTION = "What prephase dose of blinatumomab did the patient receive?"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--index-dir", type=Path, default=REPO / "index")
    parser.add_argument("--no-sync", action="store_true")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from assistant.config import Settings
    from assistant.pipeline import Assistant
    from assistant.ui.server import BackgroundServer, create_app, sync_on_start

    settings = Settings().with_overrides(**{"index.dir": args.index_dir})
    assistant = Assistant(settings)
    if not args.no_sync:
        sync_on_start(assistant, settings)
    server = BackgroundServer(create_app(assistant, settings)).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1360, "height": 1000}, device_scale_factor=1)
            page.goto(server.url)
            page.fill("#chat-input textarea", QUESTION)
            page.press("#chat-input textarea", "Enter")
            page.wait_for_function(
                "document.querySelector('#chatbot .answer.done') && !document.querySelector('#chat-input textarea').disabled", timeout=120_000
            )
            page.locator("#chatbot .answer.done a.cite").first.click()
            page.locator("#sources .citation.active").wait_for()
            page.wait_for_timeout(600)  # let the smooth scroll settle
            page.evaluate("window.scrollTo(0, 0)")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    finally:
        server.stop()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
