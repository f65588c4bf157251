"""Filter tags read off the text: diagnoses, drugs, year."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.loaders import load_file
from assistant.ingest.tags import enrich, find_diagnoses, find_drugs, find_year, tag_document

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "seed" / "blinatumomab-relapsed-all-case.txt"


def test_seed_abstract_tags():
    text = load_file(SEED, "seed.txt", 10**9).documents[0].text
    tags = tag_document(text)
    assert "acute lymphoblastic leukemia" in tags["diagnoses"]
    assert {"blinatumomab", "methotrexate", "cytarabine", "dexamethasone"} <= set(tags["drugs"])
    assert tags["drugs"] == ["blinatumomab", "cytarabine", "dexamethasone", "methotrexate"]
    assert "acute myeloid leukemia" not in tags["diagnoses"]
    assert tags["year"] == 2025


def test_acronyms_are_case_sensitive_and_contextual():
    assert find_diagnoses("All patients were seen. ALL relapse occurred.") == ["acute lymphoblastic leukemia"]
    assert find_diagnoses("We saw all of them; all in all fine.") == []
    assert find_diagnoses("Diagnosed with AML in 2019.") == ["acute myeloid leukemia"]
    assert find_diagnoses("aml was lower case") == []
    assert "non-hodgkin lymphoma" in find_diagnoses("A non-Hodgkin lymphoma.")
    assert "hodgkin lymphoma" not in find_diagnoses("A non-Hodgkin lymphoma.")
    assert "hodgkin lymphoma" in find_diagnoses("Classical Hodgkin's lymphoma.")


def test_drugs_whole_words_and_multiword():
    assert find_drugs("Given Rituximab and ALL-TRANS RETINOIC ACID plus arsenic trioxide.") == ["all-trans retinoic acid", "arsenic trioxide", "rituximab"]
    assert find_drugs("insulinoma and heparinase are not drugs here") == []
    assert find_drugs("") == []


def test_year_is_the_latest_plausible():
    assert find_year("Born 1948, diagnosed 2009, relapsed 2017 and 2023; 3000 cells; 1850 reference.") == 2023
    assert find_year("no years") is None


def test_enrich_keeps_loader_tags_and_explicit_year():
    meta = {"diagnoses": ["hemophagocytic lymphohistiocytosis"], "year": 2011, "case_id": "x"}
    out = enrich(meta, "Treated with etoposide for HLH in 2023.")
    assert out["diagnoses"] == ["hemophagocytic lymphohistiocytosis"]
    assert out["drugs"] == ["etoposide"]
    assert out["year"] == 2011 and out["case_id"] == "x"
    assert meta == {"diagnoses": ["hemophagocytic lymphohistiocytosis"], "year": 2011, "case_id": "x"}  # input untouched
    assert enrich({"year": "n/a"}, "In 2020.")["year"] == 2020
    assert enrich({}, "nothing")["year"] == 0


def test_enrich_takes_a_single_string_as_one_tag():
    """JSONL metadata may give ``"diagnoses": "multiple myeloma"``: one tag, not its letters."""
    out = enrich({"diagnoses": "multiple myeloma", "drugs": ["bortezomib", "", None]}, "no tags in this text")
    assert out["diagnoses"] == ["multiple myeloma"]
    assert out["drugs"] == ["bortezomib"]
    assert enrich({"diagnoses": None, "drugs": 7}, "x")["drugs"] == ["7"]
