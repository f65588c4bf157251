"""Record checks before anything is written: metadata Chroma would refuse mid-write is
refused here, with a message naming the field, so a bad record costs only itself."""

from __future__ import annotations

import pytest

from assistant.ingest.validate import LIST_FIELDS, TEXT_FIELDS, clean_metadata, scalar_text
from assistant.models import InputError

# -- scalar_text ---------------------------------------------------------------------------


@pytest.mark.parametrize("value, expected", [("  PMC123 \n", "PMC123"), (42, "42"), (1.5, "1.5"), ("", "")])
def test_scalar_text_accepts_strings_and_numbers(value, expected):
    assert scalar_text(value, "id") == expected


@pytest.mark.parametrize("value, kind", [
    (True, "a boolean"),
    (False, "a boolean"),
    ({"a": 1}, "a nested object"),
    ([1, 2], "a list"),
    (("a",), "a list"),
    (None, "null"),
])
def test_scalar_text_refuses_booleans_objects_lists_and_null(value, kind):
    with pytest.raises(InputError) as info:
        scalar_text(value, "metadata.title")
    assert info.value.message == f"'metadata.title' must be a string, not {kind}"
    assert info.value.line is None


# -- clean_metadata: what is kept ------------------------------------------------------


def test_missing_metadata_is_empty():
    assert clean_metadata(None) == {}
    assert clean_metadata({}) == {}


def test_scalars_and_lists_of_scalars_are_kept():
    meta = {"score": 3.5, "count": 7, "flag": True, "note": "free text", "tags": ["a", "b"], "codes": [1, 2.5, True]}
    out = clean_metadata(meta)
    assert out == {"score": 3.5, "count": 7, "flag": True, "note": "free text", "tags": ["a", "b"], "codes": ["1", "2.5", "True"]}
    assert out is not meta


def test_tuples_count_as_lists():
    assert clean_metadata({"drugs": ("rituximab", "bendamustine")}) == {"drugs": ["rituximab", "bendamustine"]}


def test_tag_fields_may_be_a_string_or_a_list():
    assert set(LIST_FIELDS) == {"diagnoses", "drugs", "categories"}
    assert clean_metadata({"diagnoses": "multiple myeloma", "drugs": ["daratumumab"]}) == {"diagnoses": "multiple myeloma", "drugs": ["daratumumab"]}


def test_an_empty_list_is_kept_here_the_store_drops_it():
    assert clean_metadata({"drugs": []}) == {"drugs": []}


def test_text_fields_become_stripped_strings():
    out = clean_metadata({"case_id": 17, "source": " PMC9 ", "license": "CC BY 4.0", "kind": "report", "title": 3.0})
    assert out == {"case_id": "17", "source": "PMC9", "license": "CC BY 4.0", "kind": "report", "title": "3.0"}
    assert all(isinstance(out[k], str) for k in TEXT_FIELDS)


def test_null_values_are_dropped_whatever_the_field():
    assert clean_metadata({"title": None, "year": None, "tags": None, "other": None, "kept": 1}) == {"kept": 1}


@pytest.mark.parametrize("year, expected", [(2024, 2024), ("2024", 2024), (" 1999 ", 1999), ("0", 0)])
def test_digit_years_become_integers(year, expected):
    assert clean_metadata({"year": year}) == {"year": expected}


@pytest.mark.parametrize("year", ["2024-05", "circa 2020", "", "-5", "20 24", 2024.0, True, [2024], {"y": 2024}])
def test_non_digit_years_are_dropped_not_refused(year):
    assert clean_metadata({"year": year, "kept": "x"}) == {"kept": "x"}


def test_a_superscript_year_is_dropped_like_any_non_digit_year():
    assert clean_metadata({"year": "²", "kept": "x"}) == {"kept": "x"}


# -- clean_metadata: what is refused ---------------------------------------------------


@pytest.mark.parametrize("metadata", [[1, 2], "text", 5, True, ("a",)])
def test_non_object_metadata_is_refused(metadata):
    with pytest.raises(InputError, match=r"^'metadata' must be an object, not "):
        clean_metadata(metadata)


def test_a_metadata_list_is_named_as_a_list():
    with pytest.raises(InputError) as info:
        clean_metadata([{"year": 2024}])
    assert info.value.message == "'metadata' must be an object, not a list"


def test_a_nested_object_is_refused_naming_the_field():
    with pytest.raises(InputError) as info:
        clean_metadata({"ok": 1, "x": {"nested": True}})
    assert info.value.message == "'metadata.x' is a nested object; use a string, a number or a list of strings"


@pytest.mark.parametrize("bad, kind", [
    ([{"a": 1}], "a nested object"),
    (["fine", {"a": 1}], "a nested object"),
    ([["inner"]], "a list"),
    (["fine", None], "null"),
    ([None], "null"),
])
def test_lists_of_objects_lists_or_null_are_refused_naming_the_field(bad, kind):
    with pytest.raises(InputError) as info:
        clean_metadata({"x": bad})
    assert info.value.message == f"'metadata.x' holds {kind}; use a string, a number or a list of strings"


def test_the_tag_field_is_named_too():
    with pytest.raises(InputError, match=r"'metadata\.drugs' holds a nested object"):
        clean_metadata({"drugs": [{"name": "rituximab"}]})


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_text_fields_refuse_objects_lists_and_booleans(field):
    for bad, kind in (({"a": 1}, "a nested object"), (["a"], "a list"), (True, "a boolean")):
        with pytest.raises(InputError) as info:
            clean_metadata({field: bad})
        assert info.value.message == f"'metadata.{field}' must be a string, not {kind}"


def test_other_unsupported_values_are_refused():
    with pytest.raises(InputError, match=r"^'metadata\.x' is a set; "):
        clean_metadata({"x": {"a"}})
