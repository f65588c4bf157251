"""The page's indexing status line while ``serve`` indexes in the background.

A ``gr.Timer`` polls the app's ``BackgroundIndexer`` every ``POLL_S`` seconds and rewrites
the line ("Indexing 48 / 201 documents (1,234 chunks searchable, 24%) — seed case ready").
Whenever more documents became searchable, the filter and explorer choices are refreshed
too; once indexing is over the timer stops. Without background indexing nothing is added.
"""

from __future__ import annotations

from typing import Callable, Sequence

import gradio as gr

from assistant.ui import render

POLL_S = 2.0


def status_html(status) -> str:
    kind = "running" if status.running else status.state
    return f'<div class="index-status index-{kind}" role="status">{render.esc(status.line())}</div>'


def add_index_status(assistant, refreshed: Sequence[gr.components.Component], refresh: Callable[..., tuple], inputs: Sequence[gr.components.Component] = ()) -> None:
    """Inside a ``gr.Blocks``: the status line, and its timer wired to ``refresh`` (which
    takes the values of ``inputs`` and returns new values for ``refreshed``, the filter and
    explorer components)."""
    indexer = getattr(assistant, "indexing", None)
    if indexer is None:
        return
    line = gr.HTML(status_html(indexer.status()), elem_id="index-status", js_on_load=None)
    seen = gr.State(-1)
    timer = gr.Timer(POLL_S, active=True)

    def tick(last: int, *values):
        status = indexer.status()
        stop = [gr.Timer(active=False)] if not status.running else [gr.skip()]
        if status.documents_indexed != last or not status.running:
            return (status_html(status), *stop, status.documents_indexed, *refresh(*values))
        return (status_html(status), *stop, last, *[gr.skip() for _ in refreshed])

    timer.tick(tick, [seen, *inputs], [line, timer, seen, *refreshed], queue=False, api_visibility="private", show_progress="hidden")
