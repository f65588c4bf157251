"""Document identity: an id is ``<origin>:<local id>``, the origin naming the source folder
(``corpus``, ``upload`` or ``<folder>-<6 hex of its absolute path>``), so two folders
holding a file of the same name never share an id."""

from __future__ import annotations

import hashlib
import re

import pytest

from assistant.ingest.identity import CORPUS, ID_SCHEME, UPLOADS, anchor_for, local_id, origin_for, origin_of, qualify


@pytest.fixture
def layout(tmp_path):
    corpus, uploads = tmp_path / "corpus", tmp_path / "uploads"
    (corpus / "seed").mkdir(parents=True)
    uploads.mkdir()
    (corpus / "seed" / "x.txt").write_text("x")
    return tmp_path, corpus, uploads


def test_scheme_and_origin_names():
    assert ID_SCHEME == 2
    assert (CORPUS, UPLOADS) == ("corpus", "upload")


# -- origin_for ----------------------------------------------------------------------------


def test_the_corpus_and_uploads_folders_have_fixed_origins(layout):
    _, corpus, uploads = layout
    assert origin_for(corpus.resolve(), corpus, uploads) == "corpus"
    assert origin_for(uploads.resolve(), corpus, uploads) == "upload"


def test_special_folders_given_unresolved_still_match(layout):
    tmp, corpus, uploads = layout
    roundabout = tmp / "uploads" / ".." / "corpus"  # the caller resolves root; the special dirs are resolved here
    assert origin_for(corpus.resolve(), roundabout, uploads) == "corpus"


def test_another_folder_gets_its_name_and_six_hex_of_its_absolute_path(layout):
    tmp, corpus, uploads = layout
    other = (tmp / "my cases").resolve()
    origin = origin_for(other, corpus, uploads)
    assert re.fullmatch(r"my-cases-[0-9a-f]{6}", origin), origin
    assert origin.endswith(hashlib.sha1(str(other).encode("utf-8")).hexdigest()[:6])


def test_the_origin_is_stable_for_one_path(layout):
    tmp, corpus, uploads = layout
    other = (tmp / "cases").resolve()
    assert origin_for(other, corpus, uploads) == origin_for(other, corpus, uploads)
    assert origin_for(other, corpus, uploads) == origin_for((tmp / "x" / ".." / "cases").resolve(), corpus, uploads)


def test_two_folders_of_the_same_name_get_different_origins(layout):
    tmp, corpus, uploads = layout
    a = origin_for((tmp / "a" / "cases").resolve(), corpus, uploads)
    b = origin_for((tmp / "b" / "cases").resolve(), corpus, uploads)
    assert a != b
    assert a.startswith("cases-") and b.startswith("cases-")


def test_a_folder_named_like_the_corpus_elsewhere_is_not_the_corpus(layout):
    tmp, corpus, uploads = layout
    lookalike = (tmp / "elsewhere" / "corpus").resolve()
    origin = origin_for(lookalike, corpus, uploads)
    assert origin != "corpus" and origin.startswith("corpus-")


def test_unsafe_characters_in_the_folder_name_become_dashes(layout):
    tmp, corpus, uploads = layout
    origin = origin_for((tmp / "Fälle: 2024!").resolve(), corpus, uploads)
    assert re.fullmatch(r"[A-Za-z0-9._-]+", origin), origin
    assert ":" not in origin  # the origin must never contain the id separator
    assert origin.startswith("F-lle-2024-")


def test_a_name_with_nothing_safe_falls_back_to_folder(layout):
    tmp, corpus, uploads = layout
    assert re.fullmatch(r"folder-[0-9a-f]{6}", origin_for((tmp / "???").resolve(), corpus, uploads))


# -- anchor_for ----------------------------------------------------------------------------


def test_a_file_inside_the_corpus_keeps_the_corpus_as_anchor(layout):
    _, corpus, uploads = layout
    assert anchor_for(corpus / "seed" / "x.txt", corpus, uploads) == corpus.resolve()
    assert anchor_for(corpus / "seed", corpus, uploads) == corpus.resolve()
    assert anchor_for(corpus, corpus, uploads) == corpus.resolve()


def test_a_file_inside_uploads_keeps_uploads_as_anchor(layout):
    _, corpus, uploads = layout
    (uploads / "u.txt").write_text("u")
    assert anchor_for(uploads / "u.txt", corpus, uploads) == uploads.resolve()


def test_a_lone_file_outside_anchors_at_its_parent(layout):
    tmp, corpus, uploads = layout
    (tmp / "else").mkdir()
    (tmp / "else" / "case.txt").write_text("c")
    assert anchor_for(tmp / "else" / "case.txt", corpus, uploads) == (tmp / "else").resolve()


def test_a_folder_outside_is_its_own_anchor(layout):
    tmp, corpus, uploads = layout
    (tmp / "else").mkdir()
    assert anchor_for(tmp / "else", corpus, uploads) == (tmp / "else").resolve()


def test_a_sibling_whose_name_starts_like_the_corpus_is_not_inside_it(layout):
    tmp, corpus, uploads = layout
    (tmp / "corpus-extra").mkdir()
    (tmp / "corpus-extra" / "y.txt").write_text("y")
    assert anchor_for(tmp / "corpus-extra" / "y.txt", corpus, uploads) == (tmp / "corpus-extra").resolve()


def test_the_anchor_is_resolved(layout):
    tmp, corpus, uploads = layout
    assert anchor_for(tmp / "uploads" / ".." / "corpus" / "seed" / "x.txt", corpus, uploads) == corpus.resolve()


# -- qualify / local_id / origin_of ------------------------------------------------------


@pytest.mark.parametrize("origin, local", [
    ("corpus", "seed/blinatumomab-relapsed-all-case.txt"),
    ("upload", "PMC1234567"),
    ("cases-1a2b3c", "sub/dir/record.jsonl#7"),
    ("corpus", "urn:uuid:1234:5678"),  # a local id holding ':' survives
    ("corpus", ":leading-colon"),
    ("corpus", ""),
])
def test_qualify_round_trips(origin, local):
    doc_id = qualify(origin, local)
    assert doc_id == f"{origin}:{local}"
    assert local_id(doc_id) == local
    assert origin_of(doc_id) == origin


def test_a_scheme_one_id_without_an_origin():
    assert local_id("seed/x.txt") == "seed/x.txt"
    assert origin_of("seed/x.txt") == ""
