"""The settings object: enums for choices, bounds on numbers, typos refused, env overrides."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pydantic import ValidationError

from assistant.config import OFFLINE_ENV, AnswerSettings, Fusion, RetrievalMode, RetrievalSettings, Settings
from tests.conftest import REPO


def test_enum_values_are_accepted_as_plain_strings():
    settings = Settings().with_overrides(**{"retrieval.fusion": "rrf"})
    assert settings.retrieval.fusion is Fusion.rrf and settings.retrieval.fusion == "rrf"
    assert RetrievalSettings(fusion="convex").fusion is Fusion.convex
    assert [m.value for m in RetrievalMode] == ["hybrid", "dense", "bm25"]
    assert str(RetrievalMode.bm25) == "bm25" and f"{Fusion.rrf}" == "rrf"


def test_a_typo_in_fusion_is_refused_naming_the_choices():
    with pytest.raises(ValidationError) as caught:
        Settings().with_overrides(**{"retrieval.fusion": "rrff"})
    message = str(caught.value)
    assert "retrieval.fusion" in message and "'convex'" in message and "'rrf'" in message


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"retrieval.fuson": "rrf"}, "retrieval.fuson"),
        ({"retrieval.lexical_weight": 2.0}, "retrieval.lexical_weight"),  # renamed: rrf_lexical_weight
        ({"answer.lexical_weight": 0.4}, "answer.lexical_weight"),  # renamed: sentence_lexical_weight
        ({"retreival.k": 3}, "retreival"),
    ],
)
def test_unknown_fields_and_groups_are_refused(overrides, field):
    with pytest.raises(ValidationError, match="Extra inputs are not permitted") as caught:
        Settings().with_overrides(**overrides)
    assert field in str(caught.value)


def test_unknown_field_refused_when_building_a_group_directly():
    with pytest.raises(ValidationError, match="max_sentence"):
        AnswerSettings(max_sentence=2)
    with pytest.raises(ValidationError):
        Settings(retrieval={"k": 3, "alpha": 0.3})


@pytest.mark.parametrize(
    "key, bad, good",
    [
        ("retrieval.k", 0, 1),
        ("retrieval.k_dense", -1, 5),
        ("retrieval.convex_alpha", 1.5, 1.0),
        ("retrieval.convex_alpha", -0.1, 0.0),
        ("retrieval.dedupe_jaccard", 1.01, 0.9),
        ("retrieval.bm25_b", 2, 0.5),
        ("answer.abstain_threshold", 1.2, 0.0),
        ("answer.mmr_lambda", -0.5, 0.3),
        ("answer.duplicate_cosine", 1.5, 0.95),
        ("llm.max_passages", 0, 3),
        ("llm.timeout_s", 0, 0.5),
        ("app.port", 0, 1),
        ("app.port", 65536, 65535),
        ("index.chroma_port", 70000, 8001),
        ("app.max_question_chars", 0, 10),
        ("app.concurrency", 0, 1),
    ],
)
def test_bounds_are_enforced(key, bad, good):
    with pytest.raises(ValidationError, match=key.split(".")[1]):
        Settings().with_overrides(**{key: bad})
    group, _, name = key.partition(".")
    assert getattr(getattr(Settings().with_overrides(**{key: good}), group), name) == good


def test_assignment_is_validated_too():
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.retrieval.fusion = "nope"
    with pytest.raises(ValidationError):
        settings.retrieval.k = 0


def test_the_loose_constants_are_described_settings_with_their_old_values():
    s = Settings()
    assert (s.answer.type_bonus, s.answer.title_discount, s.answer.duplicate_cosine) == (0.1, 0.25, 0.92)  # type bonus retuned on tune sets (docs/evaluation.md)
    assert (s.llm.max_passages, s.llm.min_question_relevance) == (6, 0.2)
    assert (s.retrieval.bm25_k1, s.retrieval.bm25_b) == (1.2, 0.75)
    assert (s.retrieval.rrf_dense_weight, s.retrieval.rrf_lexical_weight, s.answer.sentence_lexical_weight) == (1.0, 1.0, 0.5)
    for group in (s.paths, s.embedding, s.chunking, s.index, s.retrieval, s.answer, s.llm, s.app):
        for name, field in type(group).model_fields.items():
            assert field.description, f"{type(group).__name__}.{name} has no description"


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__FUSION", "rrf")
    monkeypatch.setenv("ASSISTANT_INDEX__DIR", str(tmp_path))
    monkeypatch.setenv("ASSISTANT_APP__PORT", "8123")
    settings = Settings()
    assert settings.retrieval.fusion is Fusion.rrf and settings.index.dir == tmp_path and settings.app.port == 8123
    assert settings.with_overrides(**{"llm.enabled": True}).retrieval.fusion is Fusion.rrf  # overrides keep the env values


def test_environment_values_are_validated(monkeypatch):
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__FUSION", "rff")
    with pytest.raises(ValidationError, match="retrieval.fusion"):
        Settings()
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__FUSION", "rrf")
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__FUSON", "rrf")  # a typo inside a known group is an error, by name
    with pytest.raises(ValidationError, match="retrieval.fuson"):
        Settings()


def test_variables_naming_no_group_are_ignored(monkeypatch):
    """``ASSISTANT_TEST_INDEX`` (the test suite's) and the like share the prefix but are not settings."""
    monkeypatch.setenv("ASSISTANT_FOO__BAR", "1")
    monkeypatch.setenv("ASSISTANT_SOMETHING", "x")
    assert Settings().retrieval.fusion is Fusion.convex


def test_import_and_cli_survive_an_unknown_variable_and_report_a_bad_one(tmp_path):
    env = {**os.environ, "ASSISTANT_FOO__BAR": "1"}
    code = "import assistant.config as c; print(c.Settings().retrieval.fusion)"
    ok = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and ok.stdout.strip() == "convex", ok.stderr
    bad = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "ask", "dose?", "--index-dir", str(tmp_path / "none")],
        cwd=REPO, env={**env, "ASSISTANT_RETRIEVAL__FUSION": "rff"}, capture_output=True, text=True, timeout=120,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    lines = [line for line in bad.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: bad setting retrieval.fusion: ") and "'rrf'" in lines[0] and "'rff'" in lines[0], bad.stderr


def test_offline_environment_is_set_by_importing_any_part_of_the_package():
    code = "import os, assistant.retrieve.filters; from assistant.config import OFFLINE_ENV; print(all(os.environ[k] == v for k, v in OFFLINE_ENV.items()))"
    env = {k: v for k, v in os.environ.items() if k not in OFFLINE_ENV}
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr
    kept = subprocess.run([sys.executable, "-c", "import os, assistant.config; print(os.environ['HF_HUB_OFFLINE'])"], cwd=REPO, env={**env, "HF_HUB_OFFLINE": "0"}, capture_output=True, text=True, timeout=120)
    assert kept.stdout.strip() == "0"  # an explicit choice in the environment wins
