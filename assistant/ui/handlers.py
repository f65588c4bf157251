"""What the web app does on each event, kept apart from the layout so it can be tested
without a browser: chat (streamed), the script API, uploads, filters, export (the case
explorer's own events are ``explorer.ExplorerUI``).

All state that belongs to one browser tab (the list of previous ``Answer`` objects) is
passed in and out through ``gr.State``; the ``Assistant`` is shared and thread-safe.
"""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Callable, Iterator

import gradio as gr

from assistant.config import Settings
from assistant.errors import UserFacingError
from assistant.ingest.deid import kept_copy, upload_note
from assistant.ingest.encoding import decode
from assistant.ingest.identity import check_case_id
from assistant.ingest.links import link_case, record_case_links
from assistant.ingest.loaders import SKIPPED_NAMES
from assistant.ingest.pipeline import load_one
from assistant.models import Answer, InputError, LoadResult
from assistant.requests import AskRequest, RequestProblem
from assistant.ui import export, render
from assistant.ui.explorer import ExplorerUI, doc_labels, relabel

log = logging.getLogger(__name__)
FILTER_NAMES = ("case", "diagnosis", "drug", "year")  # the filter dropdowns; names as Filters.from_mapping takes them


UPLOAD_REFUSED = "Refused: the request named files that were not uploaded to this server. Nothing was read or indexed; use the upload box."


def safe_upload_name(name: str) -> str:
    """A plain file name for ``uploads/``: no folders, no hidden files, not a name sync skips."""
    base = Path(name).name
    stem, suffix = Path(base).stem, Path(base).suffix.lower()
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-") or "upload"
    clean = f"{stem}{suffix}"
    return f"upload-{clean}" if clean in SKIPPED_NAMES else clean


class ChatUI:
    """Event handlers over one shared ``Assistant``."""

    stream_delay = 0.04  # seconds between streamed sentences: visible, never slow

    def __init__(self, assistant, settings: Settings, uploaded: Callable[[], set[str]] | None = None):
        self.assistant = assistant
        self.settings = settings
        # The paths Gradio's own upload route wrote (``Blocks.upload_file_set``); the only
        # files an upload event may name. ``build_blocks`` wires it; None refuses every file.
        self.uploaded = uploaded
        self.uploads_dir = settings.index.uploads_dir
        self.export_dir = Path(tempfile.mkdtemp(prefix="case-assistant-export-"))
        self._upload_lock = threading.Lock()
        self.explorer = ExplorerUI(assistant, lambda: self.choices()[1])

    # -- chat -----------------------------------------------------------------------
    def request(self, question: str | None, filter_values: tuple, history: list | None) -> AskRequest:
        """The shared request model over the filter dropdowns (``FILTER_NAMES`` order); ``RequestProblem`` if refused."""
        filters = {name: value for name, value in zip(FILTER_NAMES, filter_values) if value}
        return AskRequest.parse({"question": question or "", "filters": filters, "history": history or []}, self.settings)

    def lock(self, message: str):
        """First step of a turn: take the question out of the box and disable it until done."""
        return gr.Textbox(value="", interactive=False), message

    @staticmethod
    def unlock():
        return gr.Textbox(interactive=True)

    def chat(self, question: str, messages: list, answers: list[Answer], case: str, diagnosis: str, drug: str, year: str) -> Iterator[tuple]:
        """Stream one answer sentence by sentence; yields (chatbot, answers, sources, export)."""
        question = (question or "").strip()
        messages, answers = list(messages or []), list(answers or [])
        if not question:
            yield gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return
        messages.append({"role": "user", "content": f'<div class="question">{render.esc_chat(question)}</div>'})
        try:
            request = self.request(question, (case, diagnosis, drug, year), [{"question": a.question, "focus_case": a.focus_case} for a in answers])
        except RequestProblem as problem:
            messages.append({"role": "assistant", "content": render.error_html(str(problem))})
            yield list(messages), answers, gr.skip(), gr.skip()
            return
        messages.append({"role": "assistant", "content": render.pending_html()})
        yield list(messages), answers, gr.skip(), gr.skip()
        try:
            answer = self.assistant.ask(**request.ask_args())
        except (UserFacingError, ValueError) as exc:
            messages[-1] = {"role": "assistant", "content": render.error_html(str(exc))}
            yield list(messages), answers, gr.skip(), gr.skip()
            return
        except Exception as exc:  # noqa: BLE001 - keep the chat usable and say what failed
            log.exception("answering %r failed", question)
            messages[-1] = {"role": "assistant", "content": render.error_html(f"The assistant failed on this question ({type(exc).__name__}: {exc}). Please try again.")}
            yield list(messages), answers, gr.skip(), gr.skip()
            return
        answers = answers + [relabel(answer, self.labels())]
        answer = answers[-1]
        turn = len(answers)
        sources = render.sources_html(answers, self.texts_for(answers))
        for k in range(1, len(answer.sentences)):
            messages[-1] = {"role": "assistant", "content": render.answer_html(answer, turn, upto=k)}
            yield list(messages), answers, sources, gr.skip()
            time.sleep(self.stream_delay)
        messages[-1] = {"role": "assistant", "content": render.answer_html(answer, turn)}
        yield list(messages), answers, sources, gr.DownloadButton(value=self.write_export(answers), interactive=True)

    def texts_for(self, answers: list[Answer]) -> dict[str, str]:
        return self.assistant.document_texts({c.doc_id for a in answers for c in a.citations})

    def write_export(self, answers: list[Answer], kind: str = "md") -> str:
        """The conversation as a Markdown (``md``) or JSON (``json``) file, with readable case titles."""
        titles = {c.case_id: c.title for c in self.choices()[1]}
        stem = f"conversation-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}"
        return export.write_export(self.export_dir, stem, answers, titles, kind)

    def json_export(self, answers: list[Answer] | None = None):
        """The JSON download beside the Markdown one, once a turn is answered."""
        if not answers:
            return gr.DownloadButton(value=None, interactive=False)
        return gr.DownloadButton(value=self.write_export(answers, "json"), interactive=True)

    @staticmethod
    def clear():
        return [], [], render.sources_html([], {}), gr.DownloadButton(value=None, interactive=False), gr.Textbox(value="", interactive=True)

    # -- script API (gr.api: typed signature, JSON out) --------------------------------
    def api_chat(
        self,
        question: str,
        case: str = "",
        diagnosis: str = "",
        drug: str = "",
        year: str = "",
        history: list[dict] | None = None,
    ) -> dict:
        """Answer a question from the indexed case records.

        Returns the JSON of ``assistant ask --json`` / ``POST /api/ask``: ``answer`` (the text
        with [n] markers), ``abstained``, ``citations`` (n, doc_id, title, section, quote,
        char_start, char_end, source, license), ``sentences``, ``passages``, ``notices``,
        ``focus_case`` and ``filters``. ``history`` is a list of earlier
        ``{"question", "focus_case"}`` objects (pass back the ones you received) for follow-ups.
        """
        try:
            request = self.request(question, (case, diagnosis, drug, year), history)
        except RequestProblem as problem:
            raise gr.Error(str(problem)) from None
        try:
            return self.assistant.ask(**request.ask_args()).to_dict()
        except (UserFacingError, ValueError) as exc:
            raise gr.Error(str(exc)) from None

    # -- filters and explorer ---------------------------------------------------------
    def choices(self):
        docs = self.assistant.documents()
        return render.filter_choices(docs), render.group_cases(docs)

    def labels(self) -> dict[str, str]:
        """Readable document labels for the chat (a treatment record named after its case)."""
        docs = self.assistant.documents()
        return doc_labels(render.group_cases(docs), docs)

    def refresh(self, query: str = ""):
        """Filters, picker and table from the index as it is now (page load, after uploads),
        the picker and table narrowed by the explorer's search box; and the ids shown."""
        choices, cases = self.choices()
        drops = [gr.Dropdown(choices=choices[name]) for name in FILTER_NAMES]
        return (*drops, *self.explorer.view(cases, query))

    @staticmethod
    def ask_about(case_id: str):
        """Explorer -> chat: filter the chat to this case and switch tabs."""
        if not case_id:
            gr.Warning("Choose a case first.")
            return gr.skip(), gr.skip()
        return gr.update(value=case_id), gr.update(selected="chat")

    # -- uploads ------------------------------------------------------------------------
    def upload(self, files: list[str] | None, case_id: str = "", query: str = "", progress=gr.Progress()):
        """Copy files into ``<index>/uploads`` and sync that folder; one status line per file.

        An event is client data: its file paths are honoured only when this server's upload
        route wrote them. Any other path (``/etc/...``, ``../..``, another cache file) is
        refused before a byte of it is read. A case id that is not a safe id refuses the
        whole upload, saying why."""
        received = [Path(f) for f in files or []]
        genuine = self.uploaded() if self.uploaded is not None else set()
        refused = [f for f in received if str(f) not in genuine]
        if refused:
            log.warning("upload event named files this server did not receive: %s", ", ".join(map(str, refused)))
            return (UPLOAD_REFUSED, *self.refresh(query), None)
        try:
            case_id = check_case_id(case_id) if (case_id or "").strip() else ""
        except InputError as exc:
            return (f"Refused: {exc.message}. Nothing was indexed.", *self.refresh(query), None)
        status = self.index_uploads(received, progress, case_id)
        return (status, *self.refresh(query), None)

    def index_uploads(self, files: list[Path], progress=None, case_id: str = "") -> str:
        """Check each file with its loader first: a file that yields no document is reported and
        never copied, so it cannot linger in ``uploads/`` or replace a good earlier version.
        That one load is what the sync indexes: a file is read once."""
        if not files:
            return "No files."
        lines: list[str] = []
        with self._upload_lock:
            staged, checked = self._stage(files, lines, progress, case_id)
            if not staged:
                return "No file was indexed:\n" + "\n".join(lines)
            record_case_links(self.uploads_dir, {Path(target).name: case_id for target in staged})

            def report_progress(done: int, total: int) -> None:
                if progress is not None:
                    progress((done, total), desc="Indexing uploaded records", unit="chunks")

            report = self.assistant.sync([self.uploads_dir], progress=report_progress, preloaded=checked)
        for error in report.warnings + report.errors:
            name = staged.get(str(Path(error.path).resolve()))
            if name is not None and (line := _error_line(name, error)) not in lines:
                lines.append(line)
        head = [
            f"Indexed {len(staged)} file(s): {', '.join(staged.values())} ({report.added} document(s) added, {report.updated} updated, "
            f"{report.unchanged} unchanged; {report.embedded} chunks embedded in {report.seconds:.1f}s). The index holds {report.documents} documents."
        ]
        if note := upload_note((doc for result in checked.values() for doc in result.documents), self.settings):
            head.append(note)
        if lines:
            head.append(f"{len(lines)} problem(s) (everything indexed before is kept):")
        return "\n".join(head + lines)

    def _stage(self, files: list[Path], lines: list[str], progress, case_id: str = "") -> tuple[dict[str, str], dict[Path, LoadResult]]:
        """Load each file; copy those that yield a document (and agree with the case id) into
        ``uploads/``. Returns the copies (resolved target -> name as uploaded) and their load
        results, by target."""
        limit_mb = self.settings.app.max_upload_mb
        staged: dict[str, str] = {}
        checked: dict[Path, LoadResult] = {}
        self.uploads_dir.mkdir(parents=True, exist_ok=True)
        if progress is not None:
            progress(0, desc="Reading uploaded files")
        for src in files:
            name = safe_upload_name(src.name)
            size = src.stat().st_size
            if size > limit_mb * 1e6:
                lines.append(f"{src.name}: too large ({size / 1e6:.1f} MB; the limit is {limit_mb:g} MB per file, app.max_upload_mb)")
                continue
            result = load_one(src, name, self.settings)
            conflicts = link_case(result, case_id, src.name)
            lines += [_error_line(src.name, e) for e in result.errors + conflicts]
            if not result.documents or conflicts:
                continue
            target = (self.uploads_dir / name).resolve()
            kept = kept_copy(decode(src.read_bytes()).text, src.suffix, result.documents, self.settings)
            if kept is None:
                shutil.copyfile(src, target)
            else:  # de-identified on disk too, not only in the index
                target.write_text(kept, encoding="utf-8")
            staged[str(target)] = src.name
            checked[target] = result
        return staged, checked


def _error_line(name: str, error) -> str:
    return f"{name}{f':{error.line}' if error.line is not None else ''}: {error.error}"
