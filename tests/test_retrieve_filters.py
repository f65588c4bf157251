"""Filters resolve to allowed documents before either retriever searches."""

import pytest

from assistant.index.store import DocRecord
from assistant.retrieve.filters import Filters, allowed_documents

RECORDS = [
    DocRecord("seed/a.txt", "Blinatumomab case", "h1", True, case_id="seed", kind="text", year=2025, diagnoses=["acute lymphoblastic leukemia"], drugs=["blinatumomab", "methotrexate"]),
    DocRecord("seed/r.csv", "Treatment record", "h2", True, case_id="seed", kind="treatment-record", year=2024, drugs=["blinatumomab"]),
    DocRecord("PMC1", "AML and HUS", "h3", True, case_id="PMC1", kind="case-report", year=2024, diagnoses=["acute myeloid leukemia"], drugs=["eculizumab"]),
]


def test_no_document_filter_means_everything():
    assert allowed_documents(Filters(), RECORDS) is None
    assert allowed_documents(Filters(section="Discussion"), RECORDS) is None


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"case": "seed"}, {"seed/a.txt", "seed/r.csv"}),
        ({"doc_id": "PMC1"}, {"PMC1"}),
        ({"drug": "Blinatumomab"}, {"seed/a.txt", "seed/r.csv"}),
        ({"diagnosis": "acute myeloid leukemia"}, {"PMC1"}),
        ({"year": "2024"}, {"seed/r.csv", "PMC1"}),
        ({"year": "2025-2030"}, {"seed/a.txt"}),
        ({"drug": "blinatumomab", "year": "2025"}, {"seed/a.txt"}),
        ({"kind": "treatment-record"}, {"seed/r.csv"}),
        ({"drug": "ponatinib"}, set()),
    ],
)
def test_filters(filters, expected):
    assert allowed_documents(Filters.from_mapping(filters), RECORDS) == expected


def test_blank_and_all_values_are_ignored():
    assert Filters.from_mapping({"drug": "", "case_id": "All", "year": None}).is_empty()


def test_aliases_resolve_to_the_filter_names():
    assert Filters.from_mapping({"Case": "seed", "document": "d", "drugs": "x", "diagnoses": "y", "year": 2024}).to_dict() == {
        "case_id": "seed", "doc_id": "d", "drug": "x", "diagnosis": "y", "year": "2024"
    }


def test_unknown_filter_and_bad_year_are_clear_errors():
    with pytest.raises(ValueError, match="unknown filter 'colour'"):
        Filters.from_mapping({"colour": "red"})
    with pytest.raises(ValueError, match="bad year filter 'last year'"):
        Filters.from_mapping({"year": "last year"})
    with pytest.raises(ValueError, match="bad year filter"):
        allowed_documents(Filters(year="last year"), RECORDS)
