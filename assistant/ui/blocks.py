"""The Gradio layout: Chat, Case explorer and Add records tabs, wired to ``ChatUI`` handlers.

Gradio 6 takes ``css``, ``head`` and ``theme`` at launch/mount time, so they are module
constants that ``server.create_app`` passes to ``gr.mount_gradio_app``. Element ids the
tests and the page script rely on: ``chat-input``, ``chatbot``, ``sources``, ``timeline``.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from assistant.config import Settings
from assistant.ingest.deid import tab_note
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.ui import render
from assistant.ui.explorer import DEFAULT_EXAMPLES, DEFAULT_EXAMPLES_LABEL, TABLE_HEADERS, table_rows
from assistant.ui.handlers import ChatUI
from assistant.ui.indexing import add_index_status
from assistant.ui.timeline import CSS as TIMELINE_CSS

TITLE = "Clinical case question assistant"
SAMPLE_CSV = Path(__file__).parent / "data" / "sample-treatment-record.csv"
UPLOAD_HELP = """
**One case, several files.** Files that name the same case id become one case in the explorer: the report gives its
title, diagnosis and license, a treatment record its timeline. Name the case in either of two ways:

- type a **case id** below (letters, digits, `.`, `_`, `-`; e.g. `okapi-keeper-2024`): every file of this upload joins that case;
- or start a `.md` / `.txt` report with **front matter** (it is kept as the case's facts, not indexed as text):

```
---
case_id: okapi-keeper-2024
title: Okapi keeper with relapsed B-ALL treated with blinatumomab
diagnosis: acute lymphoblastic leukemia
source: https://example.org/okapi-keeper
license: CC BY 4.0
---
```

A file that names another case than the field is refused, saying which. An uploaded report cannot join a case another
source holds (a shipped PMC case, say); an uploaded treatment record can.

**Treatment record columns** (`.csv`, one row per course, header row first): `case_id` (required: the case it belongs to),
`phase` (required: e.g. Induction I, Consolidation II; also read as `course`), `regimen` (drugs; also `drug`), `dose`,
`start` and `end` (`YYYY-MM-DD`, `DD.MM.YYYY`, `YYYY-MM`, `MM.YYYY` or `YYYY`), `mrd` (negative / positive),
`blasts_pct` (a number), `response`, `toxicity`, `note`. Empty cells are fine; a bad row is reported with its line and the
other rows are kept.
"""

# Citation markers -> sources panel. Delegated (the chat re-renders its messages) and in
# the capture phase, before the chatbot's own link handling; the sanitizer strips data-*
# attributes, so the target comes from href="#cite-<turn>-<n>".
HEAD = """<script>
(function () {
  function show(id) {
    var target = document.getElementById(id);
    if (!target) return;
    document.querySelectorAll('#sources .citation.active').forEach(function (el) { el.classList.remove('active'); });
    var folded = target.closest('details');
    if (folded) folded.open = true;
    target.classList.add('active');
    target.scrollIntoView({block: 'nearest', behavior: 'smooth'});
  }
  document.addEventListener('click', function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest('a.cite') : null;
    if (!a) return;
    var href = a.getAttribute('href') || '';
    if (!/^#cite-\\d+-\\d+$/.test(href)) return;
    ev.preventDefault();
    ev.stopPropagation();
    show(href.slice(1));
  }, true);
})();
</script>"""

CSS = """
#chatbot a.cite { text-decoration: none; font-weight: 600; font-size: 0.8em; vertical-align: super; padding: 0 1px; cursor: pointer; }
#chatbot .answer.pending { opacity: 0.7; font-style: italic; }
#chatbot .answer.error { color: #b45309; }
#chatbot .notice { font-size: 0.85em; opacity: 0.8; margin-top: 6px; }
.abstain-notice { background: #fff7ed; color: #7c2d12; border-left: 4px solid #f97316; padding: 8px 10px; border-radius: 6px; }
#chatbot ul.closest { margin: 6px 0 0 0; font-size: 0.9em; }
#chatbot .closest-label { margin-top: 6px; font-weight: 600; font-size: 0.9em; }
#sources .sources-list { max-height: 640px; overflow-y: auto; padding-right: 4px; }
#sources .sources-empty { opacity: 0.75; padding: 12px; border: 1px dashed var(--border-color-primary); border-radius: 8px; }
#sources .turn-q { font-weight: 600; margin: 6px 0; }
#sources details.turn { margin-top: 8px; opacity: 0.9; }
#sources .citation, #sources .passage { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; margin: 8px 0; transition: box-shadow 0.2s; }
#sources .citation.active { border-color: #f59e0b; box-shadow: 0 0 0 3px rgba(245, 158, 11, 0.35); }
#chatbot .short-answer { font-weight: 600; margin-bottom: 4px; }
#chatbot .verdict-yes { color: #166534; } #chatbot .verdict-no { color: #1e40af; }
mark.short { background: #bbf7d0; color: inherit; font-weight: 600; padding: 0 2px; border-radius: 3px; }
#chatbot ol.case-lines { margin: 4px 0 0 18px; } #chatbot .case-title { font-weight: 600; } #chatbot .case-compared { margin: 2px 0 4px; } #chatbot .compared-label { font-style: italic; font-weight: 600; }
#sources mark { background: #fef08a; color: inherit; padding: 0 1px; border-radius: 2px; }
#sources .citation.active mark { background: #fbbf24; }
#sources .cite-n { font-weight: 700; }
#sources .cite-title { font-weight: 600; }
#sources blockquote.cite-context { white-space: pre-wrap; margin: 6px 0; padding: 6px 8px; border-left: 3px solid #94a3b8; font-size: 0.92em; background: var(--background-fill-secondary); }
.cite-meta, .cite-prov { font-size: 0.8em; opacity: 0.8; word-break: break-word; }
.cite-prov .label { font-weight: 600; }
table.facts { border-collapse: collapse; font-size: 0.85em; width: 100%; }
#case-detail table.facts :is(th, td) { border: 0; border-bottom: 1px solid var(--border-color-primary); padding: 4px 6px; text-align: left; vertical-align: top; }
#case-detail table.facts th { width: 110px; white-space: nowrap; }
.badge { font-size: 0.75em; background: #dcfce7; color: #166534; border-radius: 6px; padding: 0 5px; }
.timeline-legend { font-size: 0.85em; margin: 4px 0 8px; }
.timeline-legend span { margin-right: 14px; }
.timeline-legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
#timeline svg { max-width: 900px; }
#cases-table [role=gridcell] span, #cases-table th span { font-family: var(--font); font-size: 0.9em; }
#cases-table [role=gridcell] { cursor: pointer; }
.index-status { font-size: 0.9em; padding: 6px 10px; border-radius: 6px; background: #eff6ff; color: #1e3a8a; }
.index-status.index-ready { background: #f0fdf4; color: #166534; } .index-status.index-failed { background: #fff7ed; color: #7c2d12; }
""" + TIMELINE_CSS

THEME = gr.themes.Default(primary_hue="blue")


def build_blocks(assistant, settings: Settings) -> gr.Blocks:
    """The whole UI; every handler lives on ``ChatUI``."""
    ui = ChatUI(assistant, settings)
    choices, cases = ui.choices()
    concurrency = dict(concurrency_limit=settings.app.concurrency, concurrency_id="ask")

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        answers = gr.State([])
        pending = gr.State("")
        gr.Markdown(
            f"## {TITLE}\nAnswers come only from the indexed case records. Every sentence carries [n] markers: "
            "click one to see the quoted passage. When the records do not answer, the assistant says so and shows the closest passages."
        )
        status_slot = gr.Column(elem_id="index-status-slot")
        with gr.Tabs(selected="chat") as tabs:
            with gr.Tab("Chat", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            elem_id="chatbot", label="Conversation", height=520, latex_delimiters=[], feedback_options=None,
                            buttons=[], placeholder="Ask about the case records, or pick an example question below.",
                        )
                        msg = gr.Textbox(elem_id="chat-input", show_label=False, placeholder="Ask a question about the case records…", lines=1, max_lines=5, autofocus=True)
                        with gr.Row():
                            send = gr.Button("Ask", variant="primary", size="md", elem_id="ask-button")
                            clear = gr.Button("Clear", size="md", elem_id="clear-button")
                            export = gr.DownloadButton("Export (Markdown)", value=None, interactive=False, size="md", elem_id="export-button")
                            export_json = gr.DownloadButton("Export (JSON)", value=None, interactive=False, size="md", elem_id="export-json-button")
                        questions = gr.State(list(DEFAULT_EXAMPLES))
                        examples = gr.Dataset(
                            components=[msg], samples=[[q] for q in DEFAULT_EXAMPLES], type="index", label=DEFAULT_EXAMPLES_LABEL, elem_id="examples", samples_per_page=5,
                        )
                    with gr.Column(scale=2):
                        with gr.Accordion("Filters", open=True):
                            case = gr.Dropdown(choices["case"], value="", label="Case", filterable=True, elem_id="filter-case")
                            with gr.Row():
                                year = gr.Dropdown(choices["year"], value="", label="Year", elem_id="filter-year", min_width=100)
                                diagnosis = gr.Dropdown(choices["diagnosis"], value="", label="Diagnosis", filterable=True, elem_id="filter-diagnosis")
                                drug = gr.Dropdown(choices["drug"], value="", label="Drug", filterable=True, elem_id="filter-drug")
                        gr.Markdown("**Sources**")
                        sources = gr.HTML(render.sources_html([], {}), elem_id="sources", js_on_load=None)
            with gr.Tab("Case explorer", id="explorer"):
                case_search = gr.Textbox(
                    label="Search cases", placeholder="Words from a title, a diagnosis, a drug or a year (all must match)", elem_id="case-search", lines=1, max_lines=1,
                )
                with gr.Row():
                    explorer_case = gr.Dropdown([(label, value) for label, value in choices["case"] if value], value=None, label="Case", filterable=True, elem_id="explorer-case", scale=4)
                    ask_case = gr.Button("Ask about this case", variant="primary", elem_id="ask-about-case", scale=1)
                detail = gr.HTML(render.case_detail_html(None), elem_id="case-detail", js_on_load=None)
                timeline = gr.HTML("", elem_id="timeline", js_on_load=None)
                shown = gr.State([c.case_id for c in cases])  # the case ids of the table's rows, in order
                with gr.Accordion("All cases (click a row to open the case)", open=True):
                    cases_table = gr.Dataframe(
                        table_rows(cases), headers=TABLE_HEADERS, interactive=False, wrap=True, max_height=460, elem_id="cases-table",
                        column_widths=["38%", "18%", "16%", "6%", "10%", "12%"], datatype="str", show_label=False, buttons=[],
                    )
            with gr.Tab("Add case records", id="upload"):
                gr.Markdown(
                    f"Upload case records ({', '.join(SUPPORTED_SUFFIXES)}; up to {settings.app.max_upload_mb:g} MB per file). "
                    "They are copied into the index folder's `uploads/` and indexed at once; everything indexed before is kept, "
                    "and a file with the same name replaces its earlier version. " + tab_note(settings)
                )
                gr.Markdown(UPLOAD_HELP, elem_id="upload-help")
                gr.DownloadButton("Download a sample treatment record (CSV)", value=str(SAMPLE_CSV), size="sm", elem_id="sample-csv")
                case_id = gr.Textbox(label="Case id (optional)", placeholder="e.g. okapi-keeper-2024", elem_id="upload-case-id", lines=1, max_lines=1)
                files = gr.File(file_count="multiple", file_types=list(SUPPORTED_SUFFIXES), label="Case record files", elem_id="upload")
                upload_status = gr.Textbox(label="Upload result", lines=4, interactive=False, elem_id="upload-status")

        filters = [case, diagnosis, drug, year]
        # The script endpoint owns the name "chat"; the UI's own events get other names.
        gr.api(ui.api_chat, api_name="chat", **concurrency)
        for name, trigger in (("submit", msg.submit), ("send", send.click)):
            (
                trigger(ui.lock, [msg], [msg, pending], queue=False, api_name=f"ui_{name}_lock", api_visibility="private")
                .then(ui.chat, [pending, chatbot, answers, *filters], [chatbot, answers, sources, export], api_name=f"ui_{name}_answer", api_visibility="private", **concurrency)
                .then(ui.unlock, None, [msg], queue=False, api_name=f"ui_{name}_unlock", api_visibility="private")
                .then(ui.json_export, [answers], [export_json], queue=False, api_name=f"ui_{name}_json", api_visibility="private")
            )
        clear.click(ui.clear, None, [chatbot, answers, sources, export, msg], queue=False, api_visibility="private")
        chatbot.clear(ui.clear, None, [chatbot, answers, sources, export, msg], queue=False, api_visibility="private")
        for cleared in (clear.click, chatbot.clear):
            cleared(ui.json_export, None, [export_json], queue=False, api_visibility="private")
        refreshed = [*filters, explorer_case, cases_table, shown]
        demo.load(ui.refresh, [case_search], refreshed, api_visibility="private")
        with status_slot:
            add_index_status(assistant, refreshed, ui.refresh, [case_search])  # background indexing: a status line while it runs
        case_search.change(ui.explorer.search, [case_search], [explorer_case, cases_table, shown], api_visibility="private")
        cases_table.select(ui.explorer.select_row, [shown], [explorer_case], api_visibility="private")
        explorer_case.change(ui.explorer.show_case, [explorer_case], [detail, timeline], api_visibility="private")
        ask_case.click(ui.ask_about, [explorer_case], [case, tabs], api_visibility="private")
        case.change(ui.explorer.examples_for, [case], [examples, questions], api_visibility="private")
        examples.click(ui.explorer.use_example, [examples, questions], [msg], api_visibility="private")
        files.upload(ui.upload, [files, case_id, case_search], [upload_status, *refreshed, files], api_visibility="private", concurrency_limit=1)
    ui.uploaded = lambda: {str(Path(p)) for p in demo.upload_file_set}
    return demo
