"""The exports an educator keeps: Markdown for people, JSON for scripts. Each carries every
source's title, URL and license, the closest passages' text for a refused question, and
case titles; the hand-made tests pin the format, the shipped-index test runs the real app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.models import Answer, Citation, Passage
from assistant.ui import export
from assistant.ui.handlers import ChatUI

PMC = "PMC11342857"
PMC_URL = f"https://www.ncbi.nlm.nih.gov/pmc/articles/{PMC}/"
PMC_SOURCE = f"PubMed Central {PMC} ({PMC_URL}), via MedR-Bench"
LICENSE = "CC BY-SA (MedR-Bench); the article also carries its own PMC open-access license"
TEXT = "As a result, a central gastrectomy with clear surgical margins was performed."
CLOSEST = "Follow-up plans included CT scans at 6 months and 1 year to monitor for recurrence or complications."


def _conversation() -> list[Answer]:
    cite = Citation(n=1, doc_id=f"corpus:{PMC}", title="A rare case of gastric schwannoma", source=PMC_SOURCE, section="Case presentation",
                    chunk_id="c1", quote=TEXT, char_start=3617, char_end=3617 + len(TEXT), license=LICENSE, case_id=PMC)
    passage = Passage(chunk_id="c2", doc_id=f"corpus:{PMC}", text=CLOSEST, score=0.4, char_start=5017, char_end=5017 + len(CLOSEST),
                      section="Case presentation", title="A rare case of gastric schwannoma", case_id=PMC, source=PMC_SOURCE, license=LICENSE)
    answered = Answer(question="Which operation was done?", answer=f"{TEXT} [1]", abstained=False, citations=[cite], passages=[],
                      sentences=[(TEXT, [1])], filters={"case_id": PMC}, short_answer="central gastrectomy", short_answer_start=3632, short_answer_end=3651)
    refused = Answer(question="What was her blood type?", answer="No answer in the records.", abstained=True, citations=[], passages=[passage], focus_case=PMC)
    return [answered, refused]


def test_source_url_is_read_from_prose_and_never_from_a_script_scheme():
    assert export.source_url(PMC_SOURCE) == PMC_URL
    assert export.source_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert export.source_url("javascript:alert('https://x.org')") == "https://x.org"  # only the http(s) part, never the script
    assert export.source_url("Written for this project") == "" and export.source_url("data:text/html,<b>") == ""


def test_markdown_export_carries_url_license_passage_text_and_titles():
    titles = {PMC: "A rare case of gastric schwannoma mimicking GIST"}
    md = export.export_markdown(_conversation(), titles=titles)
    assert f"Filters: case=A rare case of gastric schwannoma mimicking GIST (`{PMC}`)" in md
    assert f"   URL: <{PMC_URL}>" in md and f"   License: {export.md_text(LICENSE)}" in md
    assert "**Closest passages**" in md and f"  > {CLOSEST}" in md and f"  URL: <{PMC_URL}>" in md  # the refused turn's passage, whole
    assert "## Sources and licenses" in md and f"URL: {PMC_URL}; license: {export.md_text(LICENSE)}" in md


def test_json_export_has_citations_with_offsets_and_provenance():
    titles = {PMC: "A rare case of gastric schwannoma mimicking GIST"}
    data = json.loads(export.export_json(_conversation(), titles=titles))
    assert data["format"] == export.FORMAT and len(data["turns"]) == 2
    answered, refused = data["turns"]
    cite = answered["citations"][0]
    assert (cite["doc_id"], cite["url"], cite["license"], cite["quote"], cite["char_end"] - cite["char_start"]) == (f"corpus:{PMC}", PMC_URL, LICENSE, TEXT, len(TEXT))
    assert cite["case_title"] == titles[PMC] and answered["short_answer"] == "central gastrectomy" and answered["verdict"] is None
    assert refused["abstained"] and refused["closest_passages"][0]["text"] == CLOSEST and refused["closest_passages"][0]["url"] == PMC_URL
    assert refused["focus_case"] == {"case_id": PMC, "title": titles[PMC]}
    assert data["sources"] == [{"doc_id": f"corpus:{PMC}", "case_id": PMC, "title": "A rare case of gastric schwannoma", "url": PMC_URL, "source": PMC_SOURCE, "license": LICENSE}]


@pytest.fixture
def ui(shipped):
    chat = ChatUI(shipped, shipped.settings)
    chat.stream_delay = 0
    return chat


def test_shipped_conversation_with_an_answer_and_a_refusal_exports_both_ways(ui):
    """The real app: a question the records answer and one they do not, on a PubMed Central case."""
    messages, answers = [], []
    for question in ("What operation was performed for the gastric mass?", "What was the patient's blood type?"):
        *_, (messages, answers, _sources, _button) = ui.chat(question, messages, answers, PMC, "", "", "")
    answered, refused = answers
    assert not answered.abstained and refused.abstained, [a.answer for a in answers]
    md = Path(ui.write_export(answers)).read_text(encoding="utf-8")
    data = json.loads(Path(ui.write_export(answers, "json")).read_text(encoding="utf-8"))
    assert "Filters: case=A rare case of gastric schwannoma mimicking GIST" in md and f"<{PMC_URL}>" in md and "License: CC BY-SA" in md
    closest = refused.passages[0]
    assert export.md_text(closest.text) in md  # the refused question's closest passage, its whole text
    cite = data["turns"][0]["citations"][0]
    assert cite["url"] == PMC_URL and cite["license"].startswith("CC BY-SA") and cite["case_title"].startswith("A rare case of gastric schwannoma")
    assert ui.assistant.document_texts([cite["doc_id"]])[cite["doc_id"]][cite["char_start"] : cite["char_end"]] == cite["quote"]
    assert data["turns"][1]["closest_passages"][0]["text"] == closest.text and data["turns"][1]["closest_passages"][0]["url"] == PMC_URL
    button = ui.json_export(answers)
    path = button.value["path"] if isinstance(button.value, dict) else button.value
    assert button.interactive and json.loads(Path(path).read_text(encoding="utf-8"))["turns"][1]["abstained"]
