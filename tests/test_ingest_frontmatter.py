"""Front matter on .md/.txt case records: metadata, not text; offsets count from the body;
a bad block is one error naming the file and the line."""

from __future__ import annotations

import pytest

from assistant.ingest.frontmatter import split_front_matter
from assistant.ingest.identity import check_case_id
from assistant.ingest.loaders import load_file
from assistant.models import InputError

GOOD = (
    "---\n"
    "case_id: okapi-keeper-2024\n"
    'title: "Okapi keeper: relapsed B-ALL treated with blinatumomab"\n'
    "# a comment, and a blank line, are allowed\n"
    "\n"
    "diagnosis: acute lymphoblastic leukemia; CNS relapse\n"
    "source: https://example.org/okapi-keeper\n"
    "license: CC BY 4.0\n"
    "year: 2024\n"
    "---\n"
    "# Okapi keeper\n\n"
    "## Complications\n\n"
    "The okapi keeper received blinatumomab 28 mcg/day and had grade 1 cytokine release syndrome.\n"
)
BODY = GOOD.split("---\n", 2)[2]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_front_matter_becomes_metadata_and_the_stored_text_is_the_body(tmp_path, suffix):
    path = tmp_path / f"okapi{suffix}"
    path.write_text(GOOD, encoding="utf-8")
    result = load_file(path, path.name, 10**6)
    assert result.errors == []
    doc = result.documents[0]
    assert doc.text == BODY and "case_id" not in doc.text and "---" not in doc.text
    assert doc.title == "Okapi keeper: relapsed B-ALL treated with blinatumomab"
    meta = doc.metadata
    assert meta["case_id"] == "okapi-keeper-2024" and meta["license"] == "CC BY 4.0" and meta["source"] == "https://example.org/okapi-keeper"
    assert meta["diagnoses"] == ["acute lymphoblastic leukemia", "cns relapse"] and meta["year"] == 2024
    # Offsets are relative to the stored body: a quote cut at them is verbatim.
    start = doc.text.index("blinatumomab 28 mcg/day")
    assert doc.text[start : start + 23] == "blinatumomab 28 mcg/day"
    if suffix == ".md":
        complications = next(s for s in doc.sections if s.name == "Complications")
        assert doc.text[complications.start :].startswith("## Complications")


def test_front_matter_offsets_survive_chunking(tmp_path):
    from assistant.config import Settings
    from assistant.ingest.pipeline import chunk, counter_for

    path = tmp_path / "okapi.md"
    path.write_text(GOOD, encoding="utf-8")
    doc = load_file(path, "okapi.md", 10**6).documents[0]
    chunks = chunk(doc, "h" * 40, counter_for(Settings()), Settings())
    assert chunks and all(doc.text[c.char_start : c.char_end] == c.text for c in chunks)


@pytest.mark.parametrize(
    ("block", "line", "words"),
    [
        ("---\ncase_id: okapi\nauthor: me\n---\nbody\n", 3, "unknown key 'author'"),
        ("---\ncase_id: okapi\ncase_id: lemur\n---\nbody\n", 3, "given twice"),
        ("---\ntitle: Okapi\ncase_id: okapi keeper/2024\n---\nbody\n", 3, "not a safe id"),
        ("---\ntitle: Okapi\nthis line has no colon\n---\nbody\n", 3, "expected 'key: value'"),
        ("---\ntitle: \"Okapi\n---\nbody\n", 2, "unmatched quote"),
        ("---\ndiagnosis: [aml, all]\n---\nbody\n", 2, "plain text"),
        ("---\ntitle: Okapi\nyear: twenty\n---\nbody\n", 3, "four digits"),
        ("---\ntitle:\n---\nbody\n", 2, "has no value"),
        ("---\ntitle: Okapi\n\nThe patient was admitted with fever.\n", 4, "expected 'key: value'"),
        ("---\ntitle: Okapi\n", 1, "not closed"),
    ],
)
def test_bad_front_matter_is_one_error_naming_the_file_and_line(tmp_path, block, line, words):
    path = tmp_path / "bad.md"
    path.write_text(block, encoding="utf-8")
    result = load_file(path, "bad.md", 10**6)
    assert result.documents == []
    [error] = result.errors
    assert error.path == "bad.md" and error.line == line and words in error.error and not error.warning


def test_no_front_matter_leaves_the_text_alone():
    text = "Case presentation\n---\ncase_id: not-front-matter\n"
    assert split_front_matter(text) == (None, text)
    front, body = split_front_matter("---\ntitle: 'Quoted: yes'\n---\n")
    assert front.fields == {"title": "Quoted: yes"} and body == "" and front.body_line == 4


def test_case_ids_are_safe_slugs_and_refusals_say_why():
    assert check_case_id("  PMC11342857 ") == "PMC11342857" and check_case_id("okapi-keeper_2024.v2") == "okapi-keeper_2024.v2"
    for bad, why in [("upload:x", "':'"), ("a b", "' '"), ("../etc", "'/'"), ("-okapi", "start and end"), ("", "empty"), ("x" * 81, "at most 80")]:
        with pytest.raises(InputError, match=why.replace(".", r"\.")):
            check_case_id(bad)
