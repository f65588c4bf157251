"""The case explorer: search over whole cases, a clickable table, questions for the chosen
case, and readable labels for the documents a person sees in the chat.

Pure functions over ``render.CaseSummary`` (what ``render.group_cases`` builds from the
registry), plus ``ExplorerUI``, the explorer's event handlers. Search reads full titles
(never a label cut to fit), diagnoses, drugs, years and case ids, so a word at the end of
a long title finds its case. The table row a person clicks is mapped back to its case
through the list of case ids shown (kept per browser tab in ``gr.State``), never through
text the client sends.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Any, Iterable, Mapping

import gradio as gr

from assistant.models import Answer
from assistant.ui import render
from assistant.ui.render import CaseSummary
from assistant.ui.timeline import case_timeline

TABLE_HEADERS = ["Case", "Diagnoses", "Drugs", "Year", "Records", "License"]
DEFAULT_EXAMPLES = [
    "What prephase dose of blinatumomab did the patient receive?",
    "Which drugs were used for CNS prophylaxis?",
    "What infections complicated the blinatumomab courses?",
    "What was the karyotype at ALL onset?",
    "What was the MRD status after induction?",
]
DEFAULT_EXAMPLES_LABEL = "Example questions (seed case: relapsed B-ALL treated with blinatumomab)"
KIND_NAMES = {"treatment-record": "treatment record", "case-report": "case report", "markdown": "report", "text": "report", "record": "record"}
_TERM = re.compile(r"[\w][\w.+-]*")


def fold(text: str) -> str:
    """Lowercase without accents, so "Sjögren" finds "sjogren" and the other way round."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def haystack(case: CaseSummary) -> str:
    """Everything search looks at for one case: the full title, diagnoses, drugs, year, id."""
    return fold(" ".join([case.title, *case.diagnoses, *case.drugs, str(case.year or ""), case.case_id]))


def search_cases(cases: Iterable[CaseSummary], query: str) -> list[CaseSummary]:
    """Cases whose text holds every word of the query (as a word start: "ritux" finds rituximab)."""
    terms = _TERM.findall(fold(query or ""))
    if not terms:
        return list(cases)
    out = []
    for case in cases:
        text = haystack(case)
        if all(re.search(r"(?<![\w])" + re.escape(term), text) for term in terms):
            out.append(case)
    return out


def table_rows(cases: Iterable[CaseSummary]) -> list[list[Any]]:
    """One row per case for the Dataframe; the title is whole (the table wraps it)."""
    return [
        [
            case.title + (" (timeline)" if case.timeline else ""),
            ", ".join(case.diagnoses) or "—",
            ", ".join(case.drugs) or "—",
            str(case.year or "—"),
            ", ".join(dict.fromkeys(KIND_NAMES.get(k, k) for k in case.kinds)),
            "; ".join(case.licenses) or "—",
        ]
        for case in cases
    ]


def picker_choices(cases: Iterable[CaseSummary]) -> list[tuple[str, str]]:
    return [(render.case_label(c), c.case_id) for c in cases]


def _named(values: list[str], where: str, alone: int) -> list[str]:
    """The tags a case's own title (or timeline) names; else all of them when there are at
    most ``alone`` (tags read off a long report are many and noisy, a title is not)."""
    named = [v for v in values if re.search(r"(?<![\w])" + re.escape(fold(v)), where)]
    return named or (values if len(values) <= alone else [])


def example_questions(case: CaseSummary | None) -> tuple[list[str], str]:
    """Questions about one case, built from its title, diagnoses, drugs and timeline, and the label."""
    if case is None:
        return list(DEFAULT_EXAMPLES), DEFAULT_EXAMPLES_LABEL
    phases = [str(c.get("phase")) for c in case.timeline if c.get("phase")]
    regimens = " ".join(str(c.get("regimen") or "") for c in case.timeline)
    diagnosis = next(iter(_named(case.diagnoses, fold(case.title), 1)), "")
    questions = [f"How was the {diagnosis} diagnosed?" if diagnosis else "What was the diagnosis?"]
    questions += [f"What dose of {drug} did the patient receive?" for drug in _named(case.drugs, fold(case.title + " " + regimens), 2)[:2]]
    if phases:
        questions.append(f"What was the response after {phases[min(1, len(phases) - 1)]}?")
    questions.append("What treatment did the patient receive" + (f" for {diagnosis}?" if diagnosis else "?"))
    questions += ["What complications occurred?", "What was the outcome?"]
    return list(dict.fromkeys(questions))[:5], f"Example questions about: {render.shorten(case.title, 90)}"


def doc_labels(cases: Iterable[CaseSummary], docs: Iterable[Any]) -> dict[str, str]:
    """A readable label per document id: a case's treatment record is named after its case
    ("<report title> — treatment record") and an untitled record by its case's title."""
    by_case = {c.case_id: c for c in cases}
    labels = {}
    for d in docs:
        case = by_case.get(d.case_id or d.doc_id)
        reported = case is not None and any(k != "treatment-record" for k in case.kinds)
        if d.kind == "treatment-record" and reported:
            labels[d.doc_id] = f"{case.title} — treatment record"
        else:
            labels[d.doc_id] = d.title or (case.title if case else "") or d.doc_id.partition(":")[2] or d.doc_id
    return labels


def relabel(answer: Answer, labels: Mapping[str, str]) -> Answer:
    """The answer with its citations and passages titled for a reader (ids and offsets unchanged)."""
    if not labels:
        return answer
    citations = [dataclasses.replace(c, title=labels.get(c.doc_id, c.title)) for c in answer.citations]
    passages = [dataclasses.replace(p, title=labels.get(p.doc_id, p.title)) for p in answer.passages]
    return dataclasses.replace(answer, citations=citations, passages=passages)


class ExplorerUI:
    """Explorer events over the shared ``Assistant`` and a function that returns the cases as indexed now."""

    def __init__(self, assistant, cases):
        self.assistant = assistant
        self.cases = cases  # () -> list[CaseSummary]

    def find(self, case_id: str | None) -> CaseSummary | None:
        return next((c for c in self.cases() if c.case_id == case_id), None) if case_id else None

    def search(self, query: str):
        """Search box -> (picker, table, ids shown in the table)."""
        return self.view(self.cases(), query)

    @staticmethod
    def view(cases: list[CaseSummary], query: str):
        """The picker, the table and the ids of its rows for the cases that match ``query``."""
        found = search_cases(cases, query)
        return gr.Dropdown(choices=picker_choices(found)), gr.Dataframe(value=table_rows(found), headers=TABLE_HEADERS), [c.case_id for c in found]

    @staticmethod
    def select_row(shown: list[str], evt: gr.SelectData):
        """A click on any cell of a row opens that row's case (the id comes from the server's list)."""
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not isinstance(row, int) or not 0 <= row < len(shown or []):
            return gr.skip()
        return gr.Dropdown(value=shown[row])

    def show_case(self, case_id: str | None):
        case = self.find(case_id)
        return render.case_detail_html(case), case_timeline(self.assistant, case) if case else ""

    def examples_for(self, case_id: str | None):
        """The chat's case filter changed: example questions about that case (or the seed's)."""
        questions, label = example_questions(self.find(case_id))
        return gr.Dataset(samples=[[q] for q in questions], label=label), questions

    @staticmethod
    def use_example(index: int | None, questions: list[str]):
        if index is None or not 0 <= index < len(questions or []):
            return gr.skip()
        return questions[index]
