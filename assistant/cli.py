"""The ``assistant`` command: index, ask, eval, serve.

Errors are one line on stderr with a non-zero exit; ``--json`` puts a single object on
stdout and keeps progress bars on stderr, so scripts can pipe the output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from assistant import prompts
from assistant.config import RetrievalMode, Settings, settings_problem
from assistant.progress import progress_bar
from assistant.retrieve.filters import FILTER_KEYS


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index-dir", type=Path, help="index folder (default: index/ in the repo, or ASSISTANT_INDEX__DIR)")
    parser.add_argument("--chroma-host", help="use a Chroma server at this host instead of the local folder")
    parser.add_argument("--chroma-port", type=int, help="Chroma server port (default 8000)")
    parser.add_argument("--collection", help="collection name prefix (default 'cases')")


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings().with_overrides(
        **{
            "index.dir": getattr(args, "index_dir", None),
            "index.chroma_host": getattr(args, "chroma_host", None),
            "index.chroma_port": getattr(args, "chroma_port", None),
            "index.collection": getattr(args, "collection", None),
            "llm.enabled": True if getattr(args, "llm", False) else None,
            "llm.base_url": getattr(args, "llm_url", None),
            "llm.model": getattr(args, "llm_model", None),
            "deid.all_sources": True if getattr(args, "deidentify", False) else None,
        }
    )


def cmd_index(args: argparse.Namespace) -> int:
    from assistant.index.locks import IndexOwner
    from assistant.index.store import Store
    from assistant.index.sync import status, sync

    settings = settings_from_args(args)
    store = Store(settings)
    if args.status:
        info = status(settings, store)
        if args.json:
            print(json.dumps(info, indent=2))
        else:
            print(f"index      {info['index']}\ndocuments  {info['documents']}\nchunks     {info['chunks']}\nmodel      {info['model']}\nlast sync  {info['last_sync'] or 'never'}")
            if info["incomplete"]:
                print(f"incomplete {len(info['incomplete'])} (rerun `assistant index` to finish)")
        return 0
    owner = IndexOwner(settings, "assistant index").take()  # refused while an app serves this index
    if args.rebuild:
        store.reset()
    paths = args.paths or [settings.paths.corpus_dir]
    update, close = progress_bar("embedding", enabled=not args.quiet)
    try:
        report = sync(paths, settings, store=store, progress=update)
    except KeyboardInterrupt:
        close()
        print("interrupted: the index is consistent; rerun the same command to finish", file=sys.stderr)
        return 130
    finally:
        close()
        owner.release()
    for notice in report.notices:
        print(f"note: {notice}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(
            f"{report.documents} documents, {report.chunks} chunks in {report.index} "
            f"(added {report.added}, updated {report.updated}, removed {report.removed}, unchanged {report.unchanged}; "
            f"embedded {report.embedded} chunks in {report.seconds:.1f}s)"
        )
        if report.errors:
            print(f"{len(report.errors)} file(s) failed; everything else is indexed", file=sys.stderr)
    return 1 if report.errors else 0


def parse_filters(pairs: list[str]) -> dict[str, str]:
    """``["drug=x", "year=2024"]`` -> ``{"drug": "x", "year": "2024"}``; names and values are checked by ``AskRequest``."""
    filters: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"bad --filter {pair!r}: use key=value, e.g. --filter drug=blinatumomab")
        filters[key.strip()] = value.strip()
    return filters


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.pipeline import Assistant
    from assistant.requests import AskRequest

    settings = settings_from_args(args)
    # Checked before the model loads: a blank or too long question, an unknown filter or a bad
    # year is one error line (RequestProblem is a ValueError: exit 2), as in the app and the API.
    request = AskRequest.parse({"question": args.question, "filters": parse_filters(args.filter), "mode": args.mode}, settings)
    assistant = Assistant(settings)
    answer = assistant.ask(**request.ask_args())
    # An unreachable LLM endpoint still gets the user an (extractive) answer, but scripts
    # asked for the LLM, so the exit status says it failed; the error line replaces the notice.
    failure = f"error: LLM endpoint failed ({answer.llm_error}); the answer is extractive" if answer.llm_error else ""
    notices = [n for n in answer.notices if not failure or n != prompts.LLM_FALLBACK_NOTICE.format(error=answer.llm_error)]
    if args.json:
        print(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
    else:
        print("\n".join(answer_lines(answer)))
        for notice in notices:
            print(f"note: {notice}", file=sys.stderr)
    if failure:
        print(failure, file=sys.stderr)
    if args.json:
        return 3 if failure else 0
    if answer.citations:
        print()
        for c in answer.citations:
            print(f"[{c.n}] {c.title} — {c.section} ({c.doc_id}, chars {c.char_start}-{c.char_end})")
    elif answer.abstained:
        print("\nClosest passages:")
        for p in answer.passages[:3]:
            print(f"- {p.title} — {p.section}: {' '.join(p.text.split())[:160]}…")
    return 3 if failure else 0


def answer_lines(answer) -> list[str]:
    """What a reader sees in the chat, as text: the verdict or the short answer first, then for a
    list/count/compare question the count and every case (title: sentence [n]), else the answer."""
    lines = []
    if answer.verdict in prompts.VERDICT_LABELS:
        lines.append(f"Verdict: {prompts.VERDICT_LABELS[answer.verdict]}")
    elif answer.short_answer:
        lines.append(f"Answer: {answer.short_answer}")
    if answer.cases and not answer.abstained:
        count = answer.case_count if answer.case_count is not None else len(answer.cases)
        lines.append(f"{count} {'case' if count == 1 else 'cases'} in the records:")
        for i, line in enumerate(answer.cases, start=1):
            lines.append(f"{i}. {line.title}{': ' + line.beyond_title if line.beyond_title else ''} [{line.citation}]")
            if line.compared and line.compared_citation:
                lines.append(f"   {line.compared_label}: {line.compared} [{line.compared_citation}]")
    else:
        lines.append(answer.answer)
    return lines


def cmd_eval(args: argparse.Namespace) -> int:
    from assistant.evaluate.runner import run_cli

    return run_cli(args, settings_from_args(args))


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.ui.server import serve

    settings = settings_from_args(args).with_overrides(**{"app.host": args.host, "app.port": args.port})
    try:
        serve(settings, sync_corpus=not args.no_sync, background=not args.sync_first)
    except KeyboardInterrupt:
        print("stopped (the index stays consistent: start again to finish any interrupted sync)", file=sys.stderr)
        return 130
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Clinical case question assistant: cited answers from local case records.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="build or sync the index from case files (default: corpus/)")
    p.add_argument("paths", nargs="*", type=Path, help="files or folders to sync")
    p.add_argument("--json", action="store_true", help="print one JSON object with counts and errors")
    p.add_argument("--status", action="store_true", help="report documents, chunks, model and last sync")
    p.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--deidentify", action="store_true", help="replace identifiers (names, dates of birth, record numbers, phones, addresses, emails) with placeholders in every synced file, not only uploads")
    _common(p)
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question")
    p.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE", help=f"{', '.join(FILTER_KEYS)} (repeatable)")
    p.add_argument("--mode", choices=[m.value for m in RetrievalMode], default=RetrievalMode.hybrid.value, help="retrievers to use (default hybrid)")
    p.add_argument("--json", action="store_true", help="print answer, abstained, citations and passages as JSON")
    p.add_argument("--llm", action="store_true", help="answer with the OpenAI-compatible endpoint from the settings")
    p.add_argument("--llm-url", help="OpenAI-compatible base URL (implies --llm settings)")
    p.add_argument("--llm-model", help="model name for the endpoint")
    _common(p)
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="score retrieval, answers, citations and abstention on reference questions")
    p.add_argument("questions", type=Path, help="questions JSONL")
    p.add_argument("--corpus", type=Path, required=True, help="corpus JSONL or folder (indexed into --index-dir first)")
    p.add_argument("--out", type=Path, required=True, help="report JSON path (a Markdown summary is written beside it)")
    p.add_argument("--mode", choices=[m.value for m in RetrievalMode], default=RetrievalMode.hybrid.value, help="retrievers to score (default hybrid)")
    p.add_argument("--k", type=int, default=10)
    p.add_argument("--compare", action="store_true", help="run bm25, dense and hybrid in one go")
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument("--retrieval-only", action="store_true", help="score retrieval only (no answers): for large benchmarks")
    p.add_argument("--llm", action="store_true", help="answer with the configured LLM endpoint")
    _common(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="start the web app and /api/ask (same as python app.py)")
    p.add_argument("--host", help="bind address (default 127.0.0.1; anything else is reachable from other machines)")
    p.add_argument("--port", type=int, help="HTTP port (default 7860)")
    p.add_argument("--no-sync", action="store_true", help="serve the index as it is, without syncing corpus/")
    p.add_argument("--sync-first", action="store_true", help="sync corpus/ before serving (default: serve at once and index in the background, the seed case first)")
    _common(p)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "command", None) == "eval" and args.index_dir is None:
        parser.error("eval needs --index-dir (the default index is never touched by evaluation)")
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except ValidationError as exc:  # a refused setting (ASSISTANT_* variable or flag)
        print(f"error: {settings_problem(exc)}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one clear line, not a traceback
        from assistant.errors import UserFacingError

        if isinstance(exc, UserFacingError):
            print(f"error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
