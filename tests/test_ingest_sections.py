"""Section detection in plain text, and sections from known heading offsets."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.loaders import load_file
from assistant.ingest.sections import PREAMBLE, clean_heading, detect_sections, sections_from_headings

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "seed" / "blinatumomab-relapsed-all-case.txt"


def seed_text() -> str:
    return load_file(SEED, "seed/blinatumomab-relapsed-all-case.txt", 10**9).documents[0].text


def assert_tiles(text: str, sections) -> None:
    assert sections[0].start == 0 and sections[-1].end == len(text)
    for a, b in zip(sections, sections[1:]):
        assert a.end == b.start and a.start < a.end


def test_seed_abstract_sections():
    text = seed_text()
    sections = detect_sections(text)
    names = [s.name for s in sections]
    assert names == [PREAMBLE, "Introduction", "Case Description", "Blinatumomab Immunotherapy", "Course and Outcomes", "Conclusion"]
    assert_tiles(text, sections)
    spans = {s.name: text[s.start : s.end] for s in sections}
    assert spans["Introduction"].startswith("Introduction\n")
    assert "bispecific antibody targeting CD19" in spans["Introduction"]
    assert "Consolidation III (22.06.2024–20.07.2024)" in spans["Blinatumomab Immunotherapy"]
    assert "no grade ≥3 hematologic toxicity" in spans["Course and Outcomes"]
    assert spans["Conclusion"].rstrip().endswith("in this patient category.")
    assert "Conference Abstract A22" in spans[PREAMBLE]


def test_sentences_and_labels_are_not_headings():
    text = (
        "Title of a report\n\n"
        "Background\n"
        "This is the background paragraph, which is long enough to be body text.\n"
        "The patient was well.\n"
        "It continued for a while with more and more words in the sentence body.\n"
        "- Bullet label\n"
        "A longer line of body text follows the bullet label here, surely.\n"
        "Lab values 2024\n"
        "A longer line of body text follows the numeric label here, surely.\n"
        "2. Discussion:\n"
        "Numbered headings lose their number and colon in the section name.\n"
    )
    sections = detect_sections(text)
    assert [s.name for s in sections] == [PREAMBLE, "Background", "Discussion"]
    assert_tiles(text, sections)


def test_known_heading_is_accepted_even_when_followed_by_short_text():
    text = "Conclusion\nIt worked.\n"
    assert [s.name for s in detect_sections(text)] == ["Conclusion"]


def test_heading_at_end_of_text_is_not_a_section():
    text = "A body sentence that is reasonably long for the detector.\n\nIntroduction\n"
    assert [s.name for s in detect_sections(text)] == [PREAMBLE]


def test_text_without_headings_is_one_front_matter_section():
    text = "just lower-case prose. nothing else here.\n"
    assert [(s.name, s.start, s.end) for s in detect_sections(text)] == [(PREAMBLE, 0, len(text))]


def test_clean_heading():
    assert clean_heading("## 2.1 Case presentation:") == "Case presentation"
    assert clean_heading("IV. Results") == "Results"
    assert clean_heading("  Outcome  ") == "Outcome"


def test_sections_from_headings_adds_front_matter_and_skips_empty():
    text = "intro words\nA\nbody a\nB\nbody b\n"
    a, b = text.index("A\n"), text.index("B\n")
    sections = sections_from_headings(text, [("B", b), ("A", a), ("Dup", a)])
    assert [(s.name, text[s.start : s.end]) for s in sections][0] == (PREAMBLE, "intro words\n")
    assert [s.name for s in sections][-1] == "B"
    assert_tiles(text, sections)
    assert sections_from_headings("x", [("Only", 0)])[0].name == "Only"
