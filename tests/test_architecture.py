"""The house reads as the data flows: ``ingest -> index -> retrieve -> answer -> chat ->
ui/api/cli``, with ground-floor helpers everything may use. These tests walk the imports
(function-level ones included) and fail on an import cycle or an upward import, and keep
modules and functions small enough to read."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

# Lower number = lower floor. A module may import its own floor or any floor below.
FLOORS = {
    "assistant.config": 0, "assistant.offline": 0, "assistant.errors": 0, "assistant.models": 0, "assistant.prompts": 0,
    "assistant.progress": 0, "assistant.text": 0,
    "assistant.ingest": 1, "assistant.embeddings": 1,
    "assistant.index": 2,
    "assistant.retrieve": 3,
    "assistant.answer": 4,
    "assistant.conversation": 5, "assistant.pipeline": 5, "assistant.requests": 5,
    "assistant.evaluate": 6, "assistant.api": 6, "assistant.ui": 6, "assistant.cli": 6,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every ``assistant.*`` module this file imports, at any depth of the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant"):
            found.add(node.module)
            for alias in node.names:  # "from assistant import prompts" imports a module
                if node.module == "assistant":
                    found.add(f"assistant.{alias.name}")
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("assistant"))
    return {name for name in found if name != "assistant"}


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {i for i in imports_of(path) if i in modules} for name, path in modules.items()}


def floor(module: str) -> int:
    if module == "assistant":  # the package's __init__ applies the offline environment (config)
        return 0
    for prefix in sorted(FLOORS, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return FLOORS[prefix]
    raise AssertionError(f"{module} has no floor: add it to FLOORS")


def test_no_import_cycles():
    edges = graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)


def test_no_upward_imports():
    upward = [f"{a} (floor {floor(a)}) imports {b} (floor {floor(b)})" for a, targets in graph().items() for b in targets if floor(b) > floor(a)]
    assert not upward, "\n".join(upward)


def test_modules_and_functions_stay_small():
    """No module over 400 lines; no function over 60 lines except UI layout."""
    long_modules, long_functions = [], []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 400:
            long_modules.append(f"{module_name(path)}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > 60 and node.name not in UI_LAYOUT:
                    long_functions.append(f"{module_name(path)}.{node.name}: {length} lines")
    assert not long_modules and not long_functions, "\n".join(long_modules + long_functions)


UI_LAYOUT = {"build_blocks"}
