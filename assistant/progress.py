"""Progress reporting as ``(done, total)`` callbacks: the sync reports, a terminal bar or
the web UI's progress shows. Ground floor: the CLI, the server and the evaluator all draw
their bars with this one function."""

from __future__ import annotations

import sys
from typing import Any, Callable


def progress_bar(description: str, enabled: bool = True) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """A tqdm bar on stderr driven by ``(done, total)`` callbacks."""
    from tqdm import tqdm

    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if not enabled:
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = tqdm(total=total, desc=description, unit="chunk", file=sys.stderr, dynamic_ncols=True)
        bar.total = total
        bar.n = done
        bar.refresh()

    def close() -> None:
        if state.get("bar") is not None:
            state["bar"].close()

    return update, close
