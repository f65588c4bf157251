"""An upload with planted identifiers, through the function the upload tab calls: nothing of
them reaches the index (Chroma's files, the BM25 cache), the status line counts them by
kind without showing them, and an answer quotes the scrubbed text verbatim at its offsets."""

from __future__ import annotations

from pathlib import Path

from assistant.ui.handlers import ChatUI

NOTE = """# Okapi keeper: acquired hemophilia

Patient: Oluwaseun Adeyemi-Lindqvist
DOB: 03/14/1962
MRN: 00482913
Phone: (415) 555-0192
Address: 12 Quillfeather Lane, Springfield, IL 62704
Email: o.adeyemi@example.org

## Treatment

Mr. Adeyemi-Lindqvist, the okapi keeper, received emicizumab 3 mg/kg weekly for acquired hemophilia from 2021-03-04.
His wife Zsuzsanna was present; Adeyemi-Lindqvist's factor VIII level was 2% before treatment.
"""
IDENTIFIERS = ["Oluwaseun", "Adeyemi", "Lindqvist", "Zsuzsanna", "03/14/1962", "00482913", "555-0192", "Quillfeather", "o.adeyemi@example.org"]


def files_under(folder: Path, skip: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and skip not in p.parents]


def test_an_upload_is_indexed_without_its_identifiers_and_answers_quote_the_scrubbed_text(index_copy, embedder, tmp_path):
    from assistant.pipeline import Assistant

    ui = ChatUI(Assistant(index_copy, embedder=embedder), index_copy)
    note = tmp_path / "okapi-note.md"
    note.write_text(NOTE, encoding="utf-8")
    status = ui.index_uploads([note])
    assert status.startswith("Indexed 1 file(s): okapi-note.md (1 document(s) added")
    assert "De-identified before indexing: 1 email, 1 date of birth, 1 record number, 1 phone number, 1 address, 4 names replaced" in status
    assert not [i for i in IDENTIFIERS if i.lower() in status.lower()]

    answer = ui.assistant.ask("What dose of emicizumab did the okapi keeper receive?")
    assert not answer.abstained and answer.citations[0].doc_id == "upload:okapi-note.md"
    stored = ui.assistant.document_texts(["upload:okapi-note.md"])["upload:okapi-note.md"]
    assert "Patient: [NAME]\nDOB: [DOB]\nMRN: [MRN]\nPhone: [PHONE]\nAddress: [ADDRESS]\nEmail: [EMAIL]" in stored
    assert "Mr. [NAME], the okapi keeper, received emicizumab 3 mg/kg weekly for acquired hemophilia from 2021-03-04." in stored
    for citation in answer.citations:
        assert stored[citation.char_start : citation.char_end] == citation.quote  # verbatim in the stored, scrubbed text
    assert any("[NAME]" in c.quote and "emicizumab 3 mg/kg" in c.quote for c in answer.citations)
    assert not [i for i in IDENTIFIERS if i.lower() in (answer.answer + " ".join(c.quote for c in answer.citations)).lower()]

    # Every byte under the index folder -- Chroma's database and segments, the BM25 cache built
    # by the question above, and the copy kept in uploads/ for later re-syncs -- is free of them.
    index_dir = index_copy.index.dir
    assert (index_dir / "bm25-cases").is_dir()
    written = files_under(index_dir, skip=tmp_path / "nowhere")
    assert index_copy.index.uploads_dir / "okapi-note.md" in written
    for path in written:
        data = path.read_bytes().lower()
        assert not [i for i in IDENTIFIERS if i.lower().encode() in data], path
    kept = (index_copy.index.uploads_dir / "okapi-note.md").read_text(encoding="utf-8")
    assert kept.endswith(stored) and "Mr. [NAME]" in kept

    # The kept copy re-syncs to the same document: nothing changes on a restart.
    again = Assistant(index_copy, embedder=embedder).sync([index_copy.index.uploads_dir])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_with_de_identification_off_the_same_search_finds_the_identifiers(index_copy, embedder, tmp_path):
    """The control for the byte search above: it does see text the index stores."""
    from assistant.pipeline import Assistant

    settings = index_copy.with_overrides(**{"deid.uploads": False})
    ui = ChatUI(Assistant(settings, embedder=embedder), settings)
    note = tmp_path / "okapi-note.md"
    note.write_text(NOTE, encoding="utf-8")
    status = ui.index_uploads([note])
    assert "De-identif" not in status
    ui.assistant.ask("What dose of emicizumab did the okapi keeper receive?")
    found = {i for path in files_under(settings.index.dir, skip=settings.index.uploads_dir) for i in IDENTIFIERS if i.lower().encode() in path.read_bytes().lower()}
    assert found == set(IDENTIFIERS)
