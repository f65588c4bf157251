"""Every loader on a small real file: plain text, Markdown, PDF, HTML, DOCX, MedR-Bench
JSON, corpus JSONL and treatment records; plus the failures each one must name clearly.

Fixtures live in tests/data/ingest/ (tiny, hand-written); the PDF there was produced by
``make_pdf`` below, and DOCX files are written with python-docx into tmp_path.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from assistant.ingest.loaders import (
    LOADERS,
    SUPPORTED_SUFFIXES,
    decode_text,
    load_file,
    load_html,
    load_json,
    load_jsonl,
    load_pdf,
)
from assistant.models import InputError

DATA = Path(__file__).resolve().parent / "data" / "ingest"
BIG = 10**9


# --------------------------------------------------------------------------- helpers
def _pdf_string(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def assemble_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """Objects 1..n with a correct xref table; object 1 is the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


def pdf_objects(lines: list[str]) -> list[bytes]:
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"] + [f"({_pdf_string(line)}) Tj T*" for line in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A minimal, valid one-page PDF: a Helvetica text object, real xref offsets, optional /Info title."""
    objects = pdf_objects(lines)
    if not title:
        return assemble_pdf(objects)
    objects.append(b"<< /Title (" + _pdf_string(title).encode("latin-1") + b") >>")
    return assemble_pdf(objects, b" /Info %d 0 R" % len(objects))


def make_aes256_pdf(lines: list[str]) -> bytes:
    """The same page behind an AES-256 (V5/R6) /Encrypt dictionary (dummy keys: nobody can open it)."""
    objects = pdf_objects(lines)
    objects.append(
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <" + b"00" * 48 + b"> /U <" + b"11" * 48 + b"> /OE <" + b"22" * 32
        + b"> /UE <" + b"33" * 32 + b"> /Perms <" + b"44" * 16 + b"> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >>"
        + b" /StmF /StdCF /StrF /StdCF >>"
    )
    return assemble_pdf(objects, b" /Encrypt %d 0 R /ID [<000102030405060708090a0b0c0d0e0f> <000102030405060708090a0b0c0d0e0f>]" % len(objects))


PDF_LINES = [
    "Chronic myeloid leukemia in blast crisis",
    "A 36-year-old man presented with leukocytosis of 210 x 10^9/L.",
    "He was treated with dasatinib (140 mg daily) and achieved a major molecular response.",
]


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Hodgkin lymphoma in pregnancy"
    document.add_heading("Introduction", level=1)
    document.add_paragraph("Hodgkin lymphoma is among the commonest cancers in pregnancy.")
    document.add_heading("Case Description", level=1)
    document.add_paragraph("A 29-year-old woman at 20 weeks had cervical lymphadenopathy.")
    document.add_paragraph("")  # empty paragraphs are skipped
    document.add_paragraph("Biopsy showed classical Hodgkin lymphoma.")
    document.add_heading("Outcome", level=2)
    document.add_paragraph("She received ABVD after delivery and is in remission.")
    document.save(path)
    return path


def load(path: Path, rel: str | None = None):
    return load_file(path, rel or path.name, BIG)


def load_file_bytes(tmp_path: Path, data: bytes, name: str):
    path = tmp_path / name
    path.write_bytes(data)
    return load(path)


def only_doc(result):
    assert not result.errors, [str(e) for e in result.errors]
    assert len(result.documents) == 1
    return result.documents[0]


def section_texts(doc) -> dict[str, str]:
    assert doc.sections, "loader should set sections"
    return {s.name: doc.text[s.start : s.end] for s in doc.sections}


def assert_sections_tile(doc) -> None:
    """Sections are in order, non-empty, and cover the text exactly."""
    assert doc.sections[0].start == 0
    assert doc.sections[-1].end == len(doc.text)
    for a, b in zip(doc.sections, doc.sections[1:]):
        assert a.end == b.start and a.start < a.end


# --------------------------------------------------------------------------- text formats
def test_registry_covers_supported_suffixes():
    assert set(LOADERS) == set(SUPPORTED_SUFFIXES)


def test_txt_loader_keeps_text_exactly():
    path = DATA / "case.txt"
    doc = only_doc(load(path))
    assert doc.doc_id == "case.txt"
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == "Relapsed acute myeloid leukemia treated with venetoclax and azacitidine"
    assert doc.metadata["kind"] == "text"
    assert doc.sections is None  # detected later from the text


def test_txt_loader_normalises_bom_and_crlf(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle line\r\nBody one.\r\nBody two.\rEnd.\r\n")
    doc = only_doc(load(path))
    assert doc.text == "Title line\nBody one.\nBody two.\nEnd.\n"
    assert doc.title == "Title line"


def test_markdown_headings_become_sections():
    doc = only_doc(load(DATA / "case.md"))
    assert doc.title == "Immune thrombocytopenia in pregnancy"
    assert doc.metadata["kind"] == "markdown"
    texts = section_texts(doc)
    assert list(texts) == ["Immune thrombocytopenia in pregnancy", "Case Description", "Outcome"]
    assert texts["Case Description"].startswith("## Case Description\n")
    assert "prednisolone and intravenous immunoglobulin" in texts["Case Description"]
    assert texts["Outcome"].startswith("## Outcome ##")  # closing hashes stripped from the name only
    assert_sections_tile(doc)


def test_markdown_text_before_first_heading_is_front_matter(tmp_path):
    path = tmp_path / "pre.md"
    path.write_text("Some preface text.\n\n## Discussion\n\nA discussion paragraph.\n", encoding="utf-8")
    doc = only_doc(load(path))
    assert [s.name for s in doc.sections] == ["Front matter", "Discussion"]
    assert doc.title == "Discussion"
    assert_sections_tile(doc)


def test_html_visible_text_sections_and_entities():
    doc = only_doc(load(DATA / "case.html"))
    assert doc.metadata["kind"] == "html"
    assert doc.title == "Thrombotic thrombocytopenic purpura & caplacizumab"
    # script, style, noscript and head are dropped
    for hidden in ("script-text-must-not-appear", "Injected heading", "color: red", "hidden-style-text", "noscript-text-must-not-appear", "document.write"):
        assert hidden not in doc.text
    # entities decoded
    assert "12 × 10" in doc.text.replace("\xa0", " ")
    assert "≥" in doc.text and "ADAMTS13 activity was <5%." in doc.text
    # escaped markup stays literal text; a real tag's attributes never reach the text
    assert "<img src=x onerror=alert(1)>" in doc.text
    assert "img-attribute-must-not-appear" not in doc.text
    assert "onerror=\"" not in doc.text and "<h2>" not in doc.text
    # headings -> sections
    texts = section_texts(doc)
    assert list(texts) == ["Acquired TTP treated with caplacizumab", "Case Description", "Treatment"]
    assert texts["Treatment"] == "Treatment\nPlasma exchange daily.\nCaplacizumab 10 mg and methylprednisolone.\n"
    assert_sections_tile(doc)


def test_html_with_only_hidden_content_is_an_error():
    with pytest.raises(InputError, match="no text"):
        load_html(b"<html><head><title>x</title><script>var a = 1;</script></head><body> </body></html>", "x.html")


# --------------------------------------------------------------------------- PDF
def test_pdf_fixture_is_a_real_pdf_pypdf_reads():
    from pypdf import PdfReader

    data = (DATA / "case.pdf").read_bytes()
    assert data.startswith(b"%PDF-1.4")
    reader = PdfReader(io.BytesIO(data), strict=True)  # strict: the xref and objects are well-formed
    assert len(reader.pages) == 1
    assert reader.pages[0].extract_text().splitlines() == PDF_LINES
    assert data == make_pdf(PDF_LINES, title="CML blast crisis (PDF fixture)")


def test_pdf_loader_extracts_text_and_title():
    doc = only_doc(load(DATA / "case.pdf"))
    assert doc.metadata["kind"] == "pdf"
    assert doc.title == "CML blast crisis (PDF fixture)"
    assert doc.text == "\n".join(PDF_LINES) + "\n"


def test_pdf_without_info_title_uses_first_line(tmp_path):
    path = tmp_path / "untitled.pdf"
    path.write_bytes(make_pdf(["Sickle cell disease with acute chest syndrome", "Exchange transfusion was performed (2 units)."]))
    doc = only_doc(load(path))
    assert doc.title == "Sickle cell disease with acute chest syndrome"
    assert "Exchange transfusion was performed (2 units)." in doc.text


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("junk.pdf", bytes(range(256)) * 8, "not a PDF"),
        ("garbage-body.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 16, "corrupt or unreadable PDF"),
        ("truncated.pdf", None, "corrupt or unreadable PDF"),
        ("empty.pdf", b"", "empty file"),
        ("no-text.pdf", None, "no extractable text"),
    ],
)
def test_bad_pdfs_are_clear_errors(tmp_path, name, data, message):
    if name == "truncated.pdf":
        full = make_pdf(PDF_LINES)
        data = full[: full.index(b"stream\n") + 30]  # header fine, cut inside the content stream
    if name == "no-text.pdf":
        data = make_pdf([])
    path = tmp_path / name
    path.write_bytes(data)
    result = load(path)
    assert not result.documents
    [error] = result.errors
    assert error.path == name and message in error.error
    assert "\n" not in str(error)


def test_password_protected_pdf_is_a_clear_error(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PDF_LINES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    [error] = load(path).errors
    assert error.error == "encrypted PDF; decrypt it first"


def test_aes_encrypted_pdf_is_an_error_not_a_crash(tmp_path):
    """pypdf raises DependencyError (not a PdfReadError) for AES without `cryptography`;
    that used to escape the loader and abort the whole sync."""
    path = tmp_path / "aes.pdf"
    path.write_bytes(make_aes256_pdf(PDF_LINES))
    result = load(path)
    assert not result.documents
    [error] = result.errors
    assert error.path == "aes.pdf" and error.error.startswith("encrypted PDF")


# --------------------------------------------------------------------------- DOCX
def test_docx_headings_become_sections(tmp_path):
    path = make_docx(tmp_path / "hodgkin.docx")
    doc = only_doc(load(path))
    assert doc.metadata["kind"] == "docx"
    assert doc.title == "Hodgkin lymphoma in pregnancy"
    texts = section_texts(doc)
    assert list(texts) == ["Introduction", "Case Description", "Outcome"]
    assert texts["Case Description"] == (
        "Case Description\nA 29-year-old woman at 20 weeks had cervical lymphadenopathy.\nBiopsy showed classical Hodgkin lymphoma.\n"
    )
    assert_sections_tile(doc)


def docx_with_part(tmp_path: Path, part: str, content: bytes) -> bytes:
    """A real DOCX with one part replaced (as a damaged file might have it)."""
    import zipfile

    source = zipfile.ZipFile(make_docx(tmp_path / "source.docx"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, content if item.filename == part else source.read(item.filename))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "case",
    ["not-a-zip", "zip-header-only", "zip-without-word-parts", "truncated", "document-xml-garbage", "styles-xml-garbage", "content-types-garbage", "core-properties-garbage"],
)
def test_corrupt_docx_is_a_clear_error(tmp_path, case):
    import zipfile

    if case == "not-a-zip":
        data = b"plain text pretending"
    elif case == "zip-header-only":
        data = b"PK\x03\x04 not really a zip"
    elif case == "zip-without-word-parts":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = buffer.getvalue()
    elif case == "truncated":
        full = make_docx(tmp_path / "full.docx").read_bytes()
        data = full[: len(full) // 2]
    else:  # malformed XML inside a valid zip: lxml raises XMLSyntaxError, which used to escape
        part = {"document-xml-garbage": "word/document.xml", "styles-xml-garbage": "word/styles.xml", "content-types-garbage": "[Content_Types].xml", "core-properties-garbage": "docProps/core.xml"}[case]
        data = docx_with_part(tmp_path, part, b"<broken")
    path = tmp_path / "broken.docx"
    path.write_bytes(data)
    result = load(path)
    assert not result.documents
    [error] = result.errors
    assert error.path == "broken.docx" and "corrupt or unreadable DOCX" in error.error


# --------------------------------------------------------------------------- MedR-Bench JSON
def test_medrbench_json_one_document_per_case():
    result = load(DATA / "medrbench.json", "case-reports/medrbench.json")
    assert not result.errors
    docs = {d.doc_id: d for d in result.documents}
    assert list(docs) == ["PMC0000001", "PMC0000002"]
    hlh = docs["PMC0000001"]
    assert hlh.title == "Hemophagocytic lymphohistiocytosis after EBV infection"
    assert hlh.text.startswith("Hemophagocytic lymphohistiocytosis after EBV infection\n\nA 19-year-old student")
    assert "\n\nStructured case summary\n\nPatient: 19-year-old man." in hlh.text
    assert hlh.metadata == {
        "kind": "case-report",
        "case_id": "PMC0000001",
        "diagnoses": ["hemophagocytic lymphohistiocytosis"],
        "categories": ["Hematologic", "Immune"],
        "source": "PubMed Central PMC0000001 via MedR-Bench",
        "year": 2023,
    }
    assert docs["PMC0000002"].metadata["year"] == 2021
    assert docs["PMC0000002"].metadata["diagnoses"] == []


def test_medrbench_case_with_empty_raw_case_is_reported_others_kept():
    data = json.loads((DATA / "medrbench.json").read_text(encoding="utf-8"))
    data["PMC0000002"]["raw_case"] = "   "
    result = load_json(json.dumps(data).encode(), "cases.json")
    assert [d.doc_id for d in result.documents] == ["PMC0000001"]
    [error] = result.errors
    assert "PMC0000002" in error.error and "empty raw_case" in error.error


# --------------------------------------------------------------------------- corpus JSONL / JSON list
def test_jsonl_records():
    result = load(DATA / "corpus.jsonl")
    assert not result.errors
    docs = {d.doc_id: d for d in result.documents}
    assert list(docs) == ["rec-1", "rec-2", "rec-3"]
    assert docs["rec-1"].title == "Warm autoimmune hemolytic anemia"
    assert docs["rec-1"].metadata == {"kind": "record", "year": 2019, "source": "test fixture", "license": "CC0"}
    assert docs["rec-3"].title == "Acquired hemophilia A"
    assert docs["rec-2"].text == "A 23-year-old man with severe aplastic anemia received cyclosporine and eltrombopag."


def test_jsonl_bad_lines_are_named_and_the_rest_kept():
    lines = [
        '{"id": "a", "text": "Alpha case text."}',
        '{"id": "b", "text": "Beta case',  # broken JSON
        "",
        '{"id": "a", "text": "duplicate id"}',
        '{"id": "c", "text": ""}',
        '["not", "an", "object"]',
        '{"text": "no id"}',
        '{"id": "d", "text": "Delta case text.", "metadata": {"year": "n/a"}}',
    ]
    result = load_jsonl("\n".join(lines).encode(), "mixed.jsonl")
    assert [d.doc_id for d in result.documents] == ["a", "d"]
    assert "year" not in result.documents[1].metadata  # a non-numeric year is dropped, not crashed on
    assert [(e.line, e.path) for e in result.errors] == [(2, "mixed.jsonl"), (4, "mixed.jsonl"), (5, "mixed.jsonl"), (6, "mixed.jsonl"), (7, "mixed.jsonl")]
    messages = [e.error for e in result.errors]
    assert messages[0].startswith("invalid JSON")
    assert "duplicate id 'a'" in messages[1]
    assert "missing or empty 'text'" in messages[2]
    assert "expected an object" in messages[3]
    assert "missing 'id'" in messages[4]
    assert str(result.errors[0]).startswith("mixed.jsonl:2: invalid JSON")


def test_json_list_of_corpus_records():
    data = json.dumps([{"id": "x1", "title": "X one", "text": "First."}, {"id": "x2", "text": "Second."}]).encode()
    result = load_json(data, "records.json")
    assert [(d.doc_id, d.title, d.text) for d in result.documents] == [("x1", "X one", "First."), ("x2", "", "Second.")]


def test_invalid_json_names_the_line(tmp_path):
    result = load_file_bytes(tmp_path, b'{\n  "a": 1,\n  "b": \n}\n', "broken.json")
    [error] = result.errors
    assert error.line == 4 and error.error.startswith("invalid JSON")


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path):
    """json.loads raises RecursionError (not JSONDecodeError) on deep nesting."""
    [error] = load_file_bytes(tmp_path, b"[" * 200_000, "deep.json").errors
    assert error.error == "invalid JSON (nested too deeply)"
    result = load_file_bytes(tmp_path, b'{"id": "ok", "text": "Fine."}\n' + b"[" * 200_000 + b"\n", "deep.jsonl")
    assert [d.doc_id for d in result.documents] == ["ok"]
    assert [(e.line, e.error) for e in result.errors] == [(2, "invalid JSON (nested too deeply)")]


def test_an_unexpected_loader_failure_is_reported_not_raised(tmp_path, monkeypatch):
    """The safety net in load_file: whatever a parsing library raises, the sync goes on."""

    def explode(data, rel):
        raise RuntimeError("library bug")

    monkeypatch.setitem(LOADERS, ".txt", explode)
    path = tmp_path / "any.txt"
    path.write_text("text", encoding="utf-8")
    [error] = load(path).errors
    assert error.error == "cannot load file (RuntimeError: library bug)"


def test_unrecognised_json_shape(tmp_path):
    result = load_file_bytes(tmp_path, b'{"hello": "world"}', "odd.json")
    [error] = result.errors
    assert "unrecognised JSON shape" in error.error


# --------------------------------------------------------------------------- treatment records
def test_treatment_csv_passages_and_timeline():
    doc = only_doc(load(DATA / "treatment.csv", "records/treatment.csv"))
    assert doc.doc_id == "records/treatment.csv"
    assert doc.title == "Treatment record: fixture-all-1"
    assert doc.text.splitlines() == [
        "Treatment record: fixture-all-1",
        "Induction, 2023-01-10–2023-02-05, hyper-CVAD: MRD positive, 12% blasts, partial response.",
        "Consolidation III, 22.06.2024–20.07.2024, blinatumomab, 28 mcg/day: MRD negative, 0.6% blasts, "
        "complete hematologic response maintained; toxicity: no grade ≥3 toxicity.",
        "Follow-up, 05.2025: MRD negative, remission sustained, 0.000% by IHC.",
    ]
    assert [(s.name, s.start, s.end) for s in doc.sections] == [("Treatment record", 0, len(doc.text))]
    meta = doc.metadata
    assert meta["case_id"] == "fixture-all-1" and meta["kind"] == "treatment-record" and meta["year"] == 2025
    timeline = meta["timeline"]
    assert [(c["phase"], c["start"], c["end"], c["blasts_pct"], c["mrd"]) for c in timeline] == [
        ("Induction", "2023-01-10", "2023-02-05", 12.0, "positive"),
        ("Consolidation III", "2024-06-22", "2024-07-20", 0.6, "negative"),
        ("Follow-up", "2025-05-01", None, None, "negative"),
    ]
    assert all(isinstance(c["blasts_pct"], float) for c in timeline if c["blasts_pct"] is not None)
    assert timeline[1]["start_text"] == "22.06.2024"


def test_seed_treatment_record_renders_consolidation_iii():
    repo = Path(__file__).resolve().parents[1]
    doc = only_doc(load(repo / "corpus" / "seed" / "blinatumomab-treatment-record.csv", "seed/blinatumomab-treatment-record.csv"))
    assert (
        "Consolidation III, 22.06.2024–20.07.2024, blinatumomab: MRD negative, 0.6% blasts, complete hematologic response maintained"
        in doc.text
    )
    consolidation = next(c for c in doc.metadata["timeline"] if c["phase"] == "Consolidation III")
    assert (consolidation["start"], consolidation["end"], consolidation["blasts_pct"]) == ("2024-06-22", "2024-07-20", 0.6)
    prephase = next(c for c in doc.metadata["timeline"] if c["phase"] == "2nd relapse prephase")
    assert prephase["start"] == "2023-11-01" and prephase["blasts_pct"] == 84.6


def test_treatment_json_list_of_courses_with_aliases():
    doc = only_doc(load(DATA / "treatment_list.json"))
    assert doc.doc_id == "treatment_list.json"
    assert doc.text.splitlines()[1:] == [
        "Induction, 2022-03-01–2022-03-28, 7+3 (cytarabine, daunorubicin): MRD positive, 8% blasts.",
        "Salvage, 04.2022, venetoclax + azacitidine: MRD negative, 1.5% blasts, CR.",
    ]
    assert [(c["start"], c["end"], c["blasts_pct"]) for c in doc.metadata["timeline"]] == [("2022-03-01", "2022-03-28", 8.0), ("2022-04-01", None, 1.5)]


def test_treatment_json_case_with_courses():
    doc = only_doc(load(DATA / "treatment_case.json"))
    assert doc.metadata["case_id"] == "fixture-itp-3"
    assert doc.text.splitlines()[1] == "First line, 2020-02-03–2020-02-06, dexamethasone, 40 mg days 1-4: platelets 95 x 10^9/L."
    assert doc.metadata["timeline"][1]["start"] == "2020-06-01"
    assert doc.metadata["timeline"][1]["blasts_pct"] == 0.0


def test_treatment_csv_with_two_cases_gives_two_documents(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("case_id,phase,start\ncase-a,Induction,2020-01-01\ncase-b,Induction,2021-01-01\ncase-a,Follow-up,2020-06\n", encoding="utf-8")
    result = load(path)
    assert not result.errors
    assert [(d.doc_id, len(d.metadata["timeline"])) for d in result.documents] == [("two.csv#case-a", 2), ("two.csv#case-b", 1)]


@pytest.mark.parametrize(
    "body, line, message, kept",
    [
        ("case_id,phase,start\nc1,Induction,2020-01-01\nc1,Consolidation,31.02.2020\n", 3, "invalid date '31.02.2020'", 1),
        ("case_id,phase,start\nc1,Induction,next spring\n", 2, "unrecognised date 'next spring'", 0),
        ("case_id,phase,blasts_pct\nc1,Induction,many\n", 2, "blasts_pct is not a number", 0),
        ("case_id,phase\nc1,Induction,extra\n", 2, "row has 3 values, the header has 2 columns", 0),
        ("case_id,phase,start\nc1,Induction\n", 2, "row has 2 values, the header has 3 columns", 0),
        ("case_id,phase\n,Induction\n", 2, "missing 'case_id'", 0),
        ("name,value\nx,1\n", 1, "not a treatment record", 0),
    ],
)
def test_bad_treatment_csv_names_the_line(tmp_path, body, line, message, kept):
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    result = load(path)
    assert len(result.documents) == kept
    [error] = result.errors
    assert (error.path, error.line) == ("bad.csv", line)
    assert message in error.error


def test_bad_treatment_json_names_the_course(tmp_path):
    result = load_file_bytes(tmp_path, json.dumps({"case_id": "c", "courses": [{"phase": "A"}, {"phase": "B", "start": "yesterday"}]}).encode(), "t.json")
    [error] = result.errors
    assert error.error.startswith("course 2: unrecognised date 'yesterday'")
    [doc] = result.documents  # course 1 is kept
    assert [c["phase"] for c in doc.metadata["timeline"]] == ["A"]


# --------------------------------------------------------------------------- failures common to all
@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html", "empty.csv", "empty.json", "empty.jsonl", "blank.txt"])
def test_empty_files_are_errors(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"  \n\n \t" if name == "blank.txt" else b"")
    result = load(path)
    assert not result.documents
    [error] = result.errors
    assert error.path == name and error.error == "empty file"


def test_non_utf8_text_names_the_line(tmp_path):
    """Latin-1 is read (with a notice naming the line); undetectable bytes are refused."""
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line is fine.\nSecond too.\nThird has caf\xe9 in latin-1.\n".encode("latin-1"))
    result = load(path)
    assert result.documents[0].text.endswith("caf\xe9 in latin-1.\n")
    [notice] = result.errors
    assert notice.line == 3
    assert "0xe9" in notice.error and "read as Latin-1" in notice.error
    assert str(notice).startswith("latin1.txt:3: not UTF-8")
    path = tmp_path / "sjis.txt"
    path.write_bytes("First line.\n\u60a3\u8005\u306f\u767a\u71b1\u3002\n".encode("shift_jis"))
    result = load(path)
    assert not result.documents
    [error] = result.errors
    assert error.line == 2 and "could not be detected confidently; re-save the file as UTF-8" in error.error


def test_nul_bytes_in_text_are_refused():
    with pytest.raises(InputError, match="NUL"):
        decode_text(b"looks like text\x00\x00\x01 but is binary")


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "scan.tiff"
    path.write_bytes(b"II*\x00")
    [error] = load(path).errors
    assert "unsupported file type .tiff" in error.error


def test_file_over_the_size_limit_is_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # 50 MB, sparse: created instantly
        handle.truncate(50 * 1024 * 1024)
    reads = []
    original = Path.read_bytes

    def spy(self):
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spy)
    started = time.perf_counter()
    result = load_file(path, "huge.txt", int(20 * 1e6))
    assert time.perf_counter() - started < 1.0
    assert reads == []
    [error] = result.errors
    assert "file too large (52.4 MB > 20 MB limit" in error.error
    # just under the limit is read normally
    small = tmp_path / "ok.txt"
    small.write_text("A small file.\n", encoding="utf-8")
    assert only_doc(load_file(small, "ok.txt", int(20 * 1e6))).text == "A small file.\n"
    assert reads == [small]


def test_unreadable_file_is_an_error_not_a_crash(tmp_path):
    folder = tmp_path / "looks-like-a-file.txt"
    folder.mkdir()
    [error] = load(folder).errors
    assert "cannot read file" in error.error


def test_loaders_are_pure_functions_of_the_bytes():
    """Same bytes in, same document out (ids and offsets downstream depend on it)."""
    data = (DATA / "case.html").read_bytes()
    a, b = load_html(data, "x.html").documents[0], load_html(data, "x.html").documents[0]
    assert (a.text, a.title, a.sections, a.metadata) == (b.text, b.title, b.sections, b.metadata)
    pdf = (DATA / "case.pdf").read_bytes()
    assert load_pdf(pdf, "p.pdf").documents[0].text == load_pdf(pdf, "p.pdf").documents[0].text


def test_html_table_cells_stay_apart_and_page_furniture_is_dropped():
    from assistant.ingest.loaders import load_html

    page = (
        b"<html><body><nav>Home | Journals | Log in</nav><h1>Case</h1><p>Labs on admission:</p>"
        b"<table><tr><th>Test</th><th>Result</th></tr><tr><td>Hemoglobin</td><td>10.6 g/dL</td></tr></table>"
        b"<aside>Related articles</aside><footer>Cookie settings</footer></body></html>"
    )
    text = load_html(page, "labs.html").documents[0].text
    assert "Hemoglobin | 10.6 g/dL" in text and "Test | Result" in text
    assert "Journals" not in text and "Cookie" not in text and "Related articles" in text  # an aside may hold a case summary
