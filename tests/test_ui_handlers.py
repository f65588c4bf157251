"""The web app's event handlers without a browser: streamed chat, follow-ups, limits,
uploads (on a writable index copy), the explorer and the gr.api endpoint."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import pytest

from assistant.ui.handlers import ChatUI

SEED_CASE = "seed-blinatumomab-all"
SEED_Q = "What prephase dose of blinatumomab did the patient receive?"


@pytest.fixture
def ui(shipped):
    chat = ChatUI(shipped, shipped.settings)
    chat.stream_delay = 0
    return chat


def run_chat(ui, question, messages=(), answers=(), case="", diagnosis="", drug="", year=""):
    return list(ui.chat(question, list(messages), list(answers), case, diagnosis, drug, year))


def test_chat_streams_the_answer_sentence_by_sentence(ui):
    steps = run_chat(ui, SEED_Q)
    messages, answers, sources, export = steps[-1]
    answer = answers[-1]
    assert len(steps) == 1 + len(answer.sentences)  # "searching" first, then one step per sentence
    assert "pending" in steps[0][0][-1]["content"] and steps[0][2] == gr.skip()
    for k, (msgs, *_rest) in enumerate(steps[1:-1], start=1):
        assert 'class="answer streaming"' in msgs[-1]["content"] and msgs[-1]["content"].count('class="cite"') >= k
    assert 'class="answer done"' in messages[-1]["content"] and "#cite-1-1" in messages[-1]["content"]
    assert messages[0] == {"role": "user", "content": f'<div class="question">{SEED_Q}</div>'}
    assert "<mark>" in sources and "9 mcg/day" in sources
    path = Path(export.value["path"] if isinstance(export.value, dict) else export.value)
    assert path.read_text(encoding="utf-8").startswith("# Conversation export") and export.interactive


def test_follow_up_uses_the_previous_answers_and_filters_pass_through(ui):
    first = run_chat(ui, "What was the karyotype at ALL onset?", case=SEED_CASE)[-1]
    assert first[1][-1].filters == {"case_id": SEED_CASE}
    second = run_chat(ui, "And which drugs were used for CNS prophylaxis?", first[0], first[1])[-1]
    answers = second[1]
    assert len(answers) == 2 and answers[-1].focus_case == SEED_CASE and "methotrexate" in answers[-1].answer.lower()
    assert "#cite-2-1" in second[0][-1]["content"] and 'id="turn-1"' in second[2]


def test_empty_and_too_long_questions_are_refused_clearly(ui):
    assert run_chat(ui, "   ") == [(gr.skip(), gr.skip(), gr.skip(), gr.skip())]
    messages, answers, *_ = run_chat(ui, "x" * (ui.settings.app.max_question_chars + 1))[-1]
    assert answers == [] and "too long" in messages[-1]["content"] and "answer error" in messages[-1]["content"]
    messages, *_ = run_chat(ui, "dose?", year="not-a-year")[-1]
    assert "bad year filter" in messages[-1]["content"]


def test_api_chat_returns_the_answer_json(ui):
    result = ui.api_chat(SEED_Q, case=SEED_CASE)
    assert result["filters"] == {"case_id": SEED_CASE} and "[1]" in result["answer"]
    with pytest.raises(gr.Error, match="too long"):
        ui.api_chat("y" * 5000)


def test_explorer_shows_facts_and_timeline(ui):
    detail, timeline = ui.explorer.show_case(SEED_CASE)
    assert "Blinatumomab" in detail and "corpus:seed/blinatumomab-treatment-record.csv" in detail
    assert timeline.count('class="course"') >= 8 and "Induction I" in timeline
    assert ui.explorer.show_case("") == (ui.explorer.show_case("")[0], "")
    case_update, tabs_update = ui.ask_about(SEED_CASE)
    assert case_update["value"] == SEED_CASE and tabs_update["selected"] == "chat"


def test_uploads_are_indexed_without_losing_anything(index_copy, embedder, tmp_path):
    from assistant.pipeline import Assistant

    settings = index_copy.with_overrides(**{"app.max_upload_mb": 0.01})
    ui = ChatUI(Assistant(settings, embedder=embedder), settings)
    before = {d.doc_id for d in ui.assistant.documents()}
    good = tmp_path / "Okapi case.md"
    good.write_text("# Okapi keeper case\n\n## Therapy\n\nThe okapi keeper received emicizumab 3 mg/kg weekly for acquired hemophilia.\n", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"not": "a case"', encoding="utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("x" * 20_000, encoding="utf-8")
    odd = tmp_path / "notes.exe"
    odd.write_text("binary", encoding="utf-8")
    status = ui.index_uploads([good, broken, huge, odd])
    lines = status.splitlines()
    assert lines[0].startswith("Indexed 1 file(s): Okapi case.md (1 document(s) added")
    assert any(line.startswith("broken.json:1: invalid JSON") for line in lines)
    assert any(line.startswith("huge.txt: too large") for line in lines) and any(line.startswith("notes.exe: unsupported file type") for line in lines)
    assert sorted(p.name for p in ui.uploads_dir.iterdir()) == ["Okapi_case.md"]
    after = {d.doc_id for d in ui.assistant.documents()}
    assert after == before | {"upload:Okapi_case.md"}
    second = tmp_path / "second.txt"
    second.write_text("Second upload: the lemur keeper received ruxolitinib 10 mg twice daily.\n", encoding="utf-8")
    assert ui.index_uploads([second]).startswith("Indexed 1 file(s): second.txt")
    assert {d.doc_id for d in ui.assistant.documents()} == after | {"upload:second.txt"}  # the first upload is kept
    answer = ui.assistant.ask("What dose of emicizumab did the okapi keeper receive?")
    assert not answer.abstained and answer.citations[0].doc_id == "upload:Okapi_case.md"
    case_choices = ui.refresh()[0].constructor_args["choices"]
    assert ("Okapi keeper case", "upload:Okapi_case.md") in [tuple(c) for c in case_choices]


def test_a_case_id_field_links_an_upload_and_the_link_survives_a_restart(index_copy, embedder, tmp_path):
    from assistant.pipeline import Assistant

    ui = ChatUI(Assistant(index_copy, embedder=embedder), index_copy)
    note = tmp_path / "lemur note.txt"
    note.write_text("Lemur keeper case\n\nThe lemur keeper received ruxolitinib 10 mg twice daily for myelofibrosis.\n", encoding="utf-8")
    courses = tmp_path / "lemur.csv"
    courses.write_text("case_id,phase,regimen,start\nlemur-2024,Ruxolitinib,ruxolitinib 10 mg twice daily,2024-03-01\n", encoding="utf-8")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("case_id,phase\nsomeone-else,Induction\n", encoding="utf-8")
    status = ui.index_uploads([note, courses, wrong], case_id="lemur-2024")
    assert status.startswith("Indexed 2 file(s): lemur note.txt, lemur.csv") and "wrong.csv: the file names case 'someone-else' in its case_id column" in status
    assert not (ui.uploads_dir / "wrong.csv").exists()

    [case] = [c for c in ui.choices()[1] if c.case_id == "lemur-2024"]
    assert case.title == "Lemur keeper case" and sorted(case.doc_ids) == ["upload:lemur.csv", "upload:lemur_note.txt"] and len(case.timeline) == 1
    assert ui.labels()["upload:lemur.csv"] == "Lemur keeper case — treatment record"
    # A restart syncs uploads/ from disk: the typed case id is in uploads/MANIFEST.json, not lost.
    again = ChatUI(Assistant(index_copy, embedder=embedder), index_copy)
    report = again.assistant.sync([again.uploads_dir])
    assert not report.errors and report.updated == 0 and report.unchanged == 2
    assert {d.doc_id: d.case_id for d in again.assistant.documents() if d.doc_id.startswith("upload:")} == {"upload:lemur.csv": "lemur-2024", "upload:lemur_note.txt": "lemur-2024"}
    ui.uploaded = lambda: {str(note)}  # as if Gradio's upload route wrote it
    bad = ui.upload([str(note)], case_id="lemur 2024")
    assert bad[0].startswith("Refused: case id 'lemur 2024' is not a safe id (it contains ' ')")
