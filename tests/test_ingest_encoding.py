"""Text encodings on real bytes: exact with a BOM, a named guess for Western code pages,
refusal (with advice) for binary, undetectable or mixed content."""

from __future__ import annotations

import codecs
import random

import pytest

from assistant.ingest.encoding import decode, decode_text
from assistant.ingest.loaders import load_csv, load_txt
from assistant.models import InputError

FEVER = "Patient mit Fieber 38,5 °C, Übelkeit"


@pytest.mark.parametrize(
    "data, name",
    [
        (codecs.BOM_UTF16_LE + (FEVER + "\r\nzweite Zeile\n").encode("utf-16-le"), "UTF-16"),
        (codecs.BOM_UTF16_BE + (FEVER + "\r\nzweite Zeile\n").encode("utf-16-be"), "UTF-16"),
        (codecs.BOM_UTF32_LE + (FEVER + "\r\nzweite Zeile\n").encode("utf-32-le"), "UTF-32"),
        (codecs.BOM_UTF32_BE + (FEVER + "\r\nzweite Zeile\n").encode("utf-32-be"), "UTF-32"),
        (codecs.BOM_UTF8 + (FEVER + "\r\nzweite Zeile\n").encode("utf-8"), "UTF-8"),
        ((FEVER + "\r\nzweite Zeile\n").encode("utf-8"), "UTF-8"),
    ],
)
def test_a_byte_order_mark_or_utf8_decodes_exactly_without_a_warning(data, name):
    decoded = decode(data)
    assert decoded.text == FEVER + "\nzweite Zeile\n"
    assert (decoded.encoding, decoded.warning, decoded.line) == (name, "", None)


def test_latin1_is_read_with_a_warning_naming_the_encoding_and_line():
    data = ("Aufnahme.\n" + FEVER + "\n").encode("latin-1")
    decoded = decode(data)
    assert decoded.text == "Aufnahme.\n" + FEVER + "\n"
    assert decoded.line == 2 and decoded.encoding == "Latin-1 (ISO-8859-1)"
    assert decoded.warning == (
        "not UTF-8 (byte 0xb0 at offset 34): read as Latin-1 (ISO-8859-1) by detection; check accented letters and symbols, or re-save the file as UTF-8"
    )


def test_cp1252_smart_quotes_are_read_as_windows_1252():
    text = "The patient said \u201cI feel fine\u201d \u2013 but wasn\u2019t; fever 39 °C.\n"
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "Windows-1252" and decoded.warning.startswith("not UTF-8 (byte 0x93 at offset 17): read as Windows-1252 by detection;")


@pytest.mark.parametrize(
    "text, codec, name",
    [
        ("Pacjent z gorączką 38,5 °C, nudności i wymioty od trzech dni. Żółtaczka, ból.\n", "cp1250", "Windows-1250 (Central European)"),
        ("Pacient s horečkou 38,5 °C, nevolnost, zvracení. Žloutenka, bolest břicha.\n", "cp1250", "Windows-1250 (Central European)"),
        ("Пациент с лихорадкой 38,5 °C, тошнота и рвота три дня.\n", "cp1251", "Windows-1251 (Cyrillic)"),
        ("Fièvre à 39 °C, très fatigué; hépatite aiguë, crème. Pâleur.\n", "cp1252", "Latin-1 (ISO-8859-1)"),
        ("El paciente presentó fiebre y náuseas; niño de año y medio.\n", "cp1252", "Latin-1 (ISO-8859-1)"),
    ],
)
def test_other_common_code_pages_are_told_apart_by_language(text, codec, name):
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, name)


def test_western_is_preferred_when_both_latin_readings_are_clean():
    """Too short for language to decide: Western wins (and the warning names it), so
    short Czech text is misread as Windows-1252 -- the known limit of guessing."""
    assert decode("Fièvre très élevée.\n".encode("cp1252")).text == "Fièvre très élevée.\n"
    czech = decode("Pacient s horečkou.\n".encode("cp1250"))
    assert czech.text == "Pacient s horeèkou.\n" and "read as Latin-1 (ISO-8859-1)" in czech.warning


@pytest.mark.parametrize(
    "data",
    [
        "Relapsed AML\nsecond line\nthe 患者 line is Shift-JIS\n".encode("shift_jis"),
        "Line one.\nthe 患者发热 line\n".encode("gb18030"),
        "Пациент с лихорадкой 38,5 °C, тошнота и рвота три дня.\n".encode("koi8_r"),
    ],
)
def test_mojibake_readings_are_refused(data):
    """A few non-Latin bytes in ASCII text read 'cleanly' as Windows-1252 ('the Š³ŽÒ line'); refused."""
    with pytest.raises(InputError, match="could not be detected confidently; re-save the file as UTF-8"):
        decode(data)


def test_loaders_keep_the_document_and_report_the_guess(tmp_path):
    result = load_txt(("Line one\n" + FEVER + "\n").encode("latin-1"), "fieber.txt")
    [doc] = result.documents
    assert doc.text == "Line one\n" + FEVER + "\n"
    [notice] = result.errors
    assert str(notice).startswith("fieber.txt:2: not UTF-8 (byte 0xb0 at offset 33): read as Latin-1 (ISO-8859-1) by detection")
    csv = "case_id,phase,note\nc1,Induction,Übelkeit\nc1,Konsolidierung,soon ok\n".encode("latin-1")
    result = load_csv(csv, "r.csv")
    assert result.documents[0].metadata["timeline"][0]["note"] == "Übelkeit"
    assert [(e.line, e.error.split(";")[0]) for e in result.errors] == [(2, "not UTF-8 (byte 0xdc at offset 32): read as Latin-1 (ISO-8859-1) by detection")]


def test_random_binary_is_refused():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(2000))
    with pytest.raises(InputError, match="binary content \\(NUL bytes\\)"):
        decode(data)
    without_nul = bytes(b for b in data if b)
    with pytest.raises(InputError) as info:
        decode(without_nul)
    assert "could not be detected confidently; re-save the file as UTF-8" in info.value.message


def test_utf16_without_a_bom_is_refused_with_a_hint():
    with pytest.raises(InputError) as info:
        decode_text(FEVER.encode("utf-16-le"))
    assert info.value.message == "binary content (NUL bytes) in a text file; if it is UTF-16 without a byte-order mark, re-save the file as UTF-8"


def test_nul_inside_bom_text_is_still_binary():
    with pytest.raises(InputError, match="NUL"):
        decode(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))


def test_utf8_with_stray_latin1_bytes_is_refused_as_mixed():
    data = "Fieber 38,5 °C, Übelkeit, Schwäche; ".encode("utf-8") + "Müdigkeit\n".encode("latin-1")
    with pytest.raises(InputError) as info:
        decode(data)
    assert info.value.message == "mixed encodings: UTF-8 text with a non-UTF-8 byte 0xfc at offset 40; re-save the file as UTF-8"
    assert info.value.line == 1


def test_undetectable_east_asian_bytes_are_refused():
    with pytest.raises(InputError, match="could not be detected confidently"):
        decode("患者は発熱と吐き気があります。".encode("shift_jis"))


def test_empty_and_truncated_bom_text():
    with pytest.raises(InputError, match="empty file"):
        decode(b" \n\t")
    with pytest.raises(InputError, match="invalid UTF-16 text after its byte-order mark"):
        decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")


def test_a_guessed_encoding_is_a_warning_not_a_failure(tmp_path, embedder):
    """The document is indexed; the CLI says which encoding it assumed and exits 0."""
    from assistant.index.sync import sync

    from .conftest import make_settings

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "fever.txt").write_bytes("Patient mit Fieber 38,5 °C und Übelkeit seit zwei Tagen.\n".encode("latin-1"))
    report = sync([folder], make_settings(tmp_path / "index"), embedder=embedder)
    assert report.errors == [] and report.added == 1
    [warning] = report.warnings
    assert warning.warning and "read as Latin-1" in warning.error and report.to_dict()["warnings"][0]["warning"] is True
