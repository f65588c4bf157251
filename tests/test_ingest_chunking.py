"""Chunking: exact offsets, deterministic ids, sections on chunks, and no silent truncation.

Offsets and the token window are checked on every loader's documents and on the whole
shipped corpus (loaded and chunked, not embedded), measured with the model's own tokenizer.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.ingest.pipeline import load_paths, settings_key
from assistant.text.sentences import sentence_spans
from assistant.ingest.chunking import (
    chunk_document,
    chunk_id_for,
    embedding_hash,
    header_for,
    record_hash,
    token_counter,
)
from assistant.ingest.loaders import load_file
from assistant.models import Document

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "ingest"
SETTINGS = Settings()
WINDOW = SETTINGS.embedding.window_tokens


@pytest.fixture(scope="module")
def counter():
    return token_counter(SETTINGS.embedding.resolved_model_path())


def chunk(doc: Document, counter, **overrides):
    c = SETTINGS.chunking
    args = {"max_tokens": c.max_tokens, "header_tokens": c.header_tokens, "overlap": c.overlap_sentences, "window": WINDOW, "paragraphs": c.paragraphs, **overrides}
    return chunk_document(doc, embedding_hash(doc, "test"), counter, **args)


@lru_cache(maxsize=1)
def model_tokenizer():
    """transformers' tokenizer for the model: an independent check of the chunker's own counter."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(SETTINGS.embedding.resolved_model_path())


def model_lengths(counter, texts: list[str]) -> list[int]:
    """Wordpieces the model sees, [CLS] and [SEP] included, with truncation off."""
    return [len(ids) for ids in model_tokenizer()(texts, add_special_tokens=True, truncation=False)["input_ids"]]


def inside_a_section(ch, sections) -> bool:
    return any(s.name == ch.section and s.start <= ch.char_start and ch.char_end <= s.end for s in sections)


def assert_chunks_valid(doc: Document, chunks, counter) -> None:
    assert chunks, f"{doc.doc_id}: no chunks"
    for i, ch in enumerate(chunks):
        assert doc.text[ch.char_start : ch.char_end] == ch.text, (doc.doc_id, i)
        assert ch.doc_id == doc.doc_id and ch.ordinal == i
        assert ch.text and ch.text == ch.text.strip()
        header, _, body = ch.embed_text.partition("\n")
        assert body == ch.text
        label = header.rsplit(" | ", 1)[-1]
        assert label == ch.section or (label.endswith("…") and ch.section.startswith(label[:-1])), (header, ch.section)
        if doc.sections:
            assert inside_a_section(ch, doc.sections), "chunk crosses its section"
    assert len({ch.chunk_id for ch in chunks}) == len(chunks)
    lengths = model_lengths(counter, [ch.embed_text for ch in chunks])
    assert max(lengths) <= WINDOW, (doc.doc_id, max(lengths))


def fixture_documents(tmp_path: Path) -> list[Document]:
    """One or more documents from every loader (PDF from the fixture, DOCX written now)."""
    import docx

    word = docx.Document()
    word.add_heading("Case Description", level=1)
    word.add_paragraph("A 50-year-old man had polycythemia vera treated with hydroxyurea. " * 12)
    word.add_heading("Outcome", level=1)
    word.add_paragraph("He did well.")
    word.save(tmp_path / "case.docx")
    docs = []
    for path in sorted(DATA.iterdir()) + [tmp_path / "case.docx"]:
        result = load_file(path, path.name, 10**9)
        assert not result.errors, result.errors
        docs.extend(result.documents)
    return docs


def test_every_loader_offsets_sections_and_window(tmp_path, counter):
    docs = fixture_documents(tmp_path)
    kinds = {d.metadata["kind"] for d in docs}
    assert kinds == {"text", "markdown", "html", "pdf", "docx", "case-report", "record", "treatment-record"}
    for doc in docs:
        chunks = chunk(doc, counter)
        assert_chunks_valid(doc, chunks, counter)
        if doc.sections:
            assert {ch.section for ch in chunks} <= {s.name for s in doc.sections}


def test_sections_recorded_on_chunks_of_the_seed_abstract(counter):
    doc = load_file(REPO / "corpus" / "seed" / "blinatumomab-relapsed-all-case.txt", "seed.txt", 10**9).documents[0]
    chunks = chunk(doc, counter)
    assert_chunks_valid(doc, chunks, counter)
    assert [ch.section for ch in chunks if ch.section != "Front matter"][:1] == ["Introduction"]
    assert {ch.section for ch in chunks} >= {"Introduction", "Case Description", "Blinatumomab Immunotherapy", "Course and Outcomes", "Conclusion"}
    consolidation = next(ch for ch in chunks if "Consolidation III (22.06.2024–20.07.2024)" in ch.text)
    assert consolidation.section == "Blinatumomab Immunotherapy"
    assert consolidation.embed_text.startswith(header_for(doc.title, "Blinatumomab Immunotherapy"))


def test_chunk_ids_are_deterministic_and_content_derived(counter):
    doc = load_file(DATA / "case.html", "case.html", 10**9).documents[0]
    first = chunk(doc, counter)
    again_doc = load_file(DATA / "case.html", "case.html", 10**9).documents[0]
    second = chunk(again_doc, counter)
    assert [c.chunk_id for c in first] == [c.chunk_id for c in second]
    assert [(c.char_start, c.char_end, c.embed_text) for c in first] == [(c.char_start, c.char_end, c.embed_text) for c in second]
    h = embedding_hash(doc, "test")
    assert [c.chunk_id for c in first] == [chunk_id_for("case.html", h, i) for i in range(len(first))]
    changed = Document(doc.doc_id, doc.text.replace("42-year-old", "43-year-old"), doc.title, dict(doc.metadata), doc.sections)
    assert embedding_hash(changed, "test") != h
    assert not {c.chunk_id for c in chunk(changed, counter)} & {c.chunk_id for c in first}


def test_hashes_separate_embedded_content_from_metadata():
    doc = Document("d", "Some text.", "Title", {"license": "CC BY"})
    other_license = Document("d", "Some text.", "Title", {"license": "CC0"})
    retitled = Document("d", "Some text.", "Other title", {"license": "CC BY"})
    e = embedding_hash(doc, "k")
    assert embedding_hash(other_license, "k") == e
    assert record_hash(other_license, e) != record_hash(doc, e)
    assert embedding_hash(retitled, "k") != e  # the title is embedded in every chunk header
    assert embedding_hash(doc, "other settings") != e


def test_long_sentence_without_a_period_is_split_to_fit(counter):
    random.seed(7)
    vocabulary = "patient received blinatumomab infusion bone marrow blasts remission relapse cytarabine hematologic toxicity neutropenia".split()
    text = " ".join(random.choice(vocabulary) for _ in range(2000))
    doc = Document("long.txt", text, "One very long sentence")
    chunks = chunk(doc, counter)
    assert len(chunks) >= 5
    assert_chunks_valid(doc, chunks, counter)
    # nothing dropped: every word of the text is inside some chunk, and pieces stay whole words
    covered = [False] * len(text)
    for ch in chunks:
        covered[ch.char_start : ch.char_end] = [True] * (ch.char_end - ch.char_start)
        assert ch.char_start == 0 or text[ch.char_start - 1] == " "
        assert ch.char_end == len(text) or text[ch.char_end] == " "
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


def test_long_title_is_shortened_in_the_header_not_in_the_chunk(counter):
    doc = Document("t.txt", "A normal sentence about anemia.", "Very long title " * 60)
    [only] = chunk(doc, counter)
    assert only.text == "A normal sentence about anemia."
    assert "…" in only.embed_text.split("\n", 1)[0]
    assert model_lengths(counter, [only.embed_text])[0] <= WINDOW


@pytest.mark.parametrize("loader", ["md", "docx"])
def test_paragraph_styled_as_a_heading_still_fits(tmp_path, counter, loader):
    """A heading of hundreds of wordpieces used to leave a negative body budget (IndexError)."""
    long_heading = " ".join(["hemoglobin electrophoresis"] * 60)
    if loader == "md":
        path = tmp_path / "long.md"
        path.write_text(f"# Title\n\n## {long_heading}\n\nA body sentence under the long heading. Another one.\n", encoding="utf-8")
    else:
        import docx

        word = docx.Document()
        word.add_heading(long_heading, level=1)
        word.add_paragraph("A body sentence under the long heading. Another one.")
        path = tmp_path / "long.docx"
        word.save(path)
    doc = load_file(path, path.name, 10**9).documents[0]
    chunks = chunk(doc, counter)
    assert_chunks_valid(doc, chunks, counter)
    assert any(ch.section == long_heading for ch in chunks)
    assert "A body sentence under the long heading." in " ".join(ch.text for ch in chunks)
    header = next(ch for ch in chunks if ch.section == long_heading).embed_text.split("\n", 1)[0]
    assert header.endswith("…") and model_lengths(counter, [header])[0] <= 2 * SETTINGS.chunking.header_tokens


def test_overlap_repeats_a_short_boundary_sentence(counter):
    sentences = [f"Sentence number {i} mentions cytarabine and a bone marrow finding of {i} percent blasts." for i in range(60)]
    doc = Document("o.txt", " ".join(sentences), "Overlap")
    chunks = chunk(doc, counter, overlap=1)
    assert len(chunks) >= 3
    for a, b in zip(chunks, chunks[1:]):
        assert b.char_start < a.char_end, "consecutive chunks share the boundary sentence"
        assert a.text.split(". ")[-1].rstrip(".") in b.text
    assert_chunks_valid(doc, chunks, counter)


def test_sentence_spans_respect_abbreviations_and_initials():
    text = "Dr. Smith saw A.M. Kuttymuratov et al. on Monday. Dose was 9 mg. Next day, e.g. today, fine.\n- bullet item\nLast"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["Dr. Smith saw A.M. Kuttymuratov et al. on Monday.", "Dose was 9 mg. Next day, e.g. today, fine.", "bullet item", "Last"]


@pytest.fixture(scope="module")
def shipped_chunks(counter):
    settings = Settings()
    loaded, errors, _, _ = load_paths([REPO / "corpus"], settings, settings_key(settings, settings.embedding.model_id()))
    assert not errors
    c = settings.chunking
    return [
        (item.doc, chunk_document(item.doc, item.embed_hash, counter, max_tokens=c.max_tokens, header_tokens=c.header_tokens, overlap=c.overlap_sentences, window=WINDOW, paragraphs=c.paragraphs))
        for item in loaded
    ]


def test_shipped_corpus_offsets_exact(shipped_chunks):
    assert len(shipped_chunks) > 100
    for doc, chunks in shipped_chunks:
        assert chunks, doc.doc_id
        for ch in chunks:
            assert doc.text[ch.char_start : ch.char_end] == ch.text, (doc.doc_id, ch.ordinal)
    ids = [ch.chunk_id for _, chunks in shipped_chunks for ch in chunks]
    assert len(ids) == len(set(ids))


def test_shipped_corpus_never_exceeds_the_model_window(shipped_chunks, counter):
    """No silent truncation: every embedded text fits the window with [CLS] and [SEP]."""
    texts = [ch.embed_text for _, chunks in shipped_chunks for ch in chunks]
    lengths = model_lengths(counter, texts)
    worst = max(range(len(texts)), key=lengths.__getitem__)
    assert lengths[worst] <= WINDOW, texts[worst][:200]


def test_window_setting_matches_the_model(embedder):
    """The budget is the real model limit: anything longer would be cut by sentence-transformers."""
    assert WINDOW == 256
    assert embedder.max_seq_length >= WINDOW


def test_shipped_corpus_chunks_stay_inside_their_sections(shipped_chunks):
    from assistant.ingest.sections import detect_sections

    for doc, chunks in shipped_chunks:
        sections = doc.sections or detect_sections(doc.text)
        for ch in chunks:
            assert inside_a_section(ch, sections), (doc.doc_id, ch.ordinal)


def test_an_untitled_record_embeds_no_id_as_its_title(counter):
    """The id of a title-less record is not a title: its chunks embed the text alone."""
    from assistant.ingest.loaders import load_jsonl

    doc = load_jsonl(b'{"id": "rec-42", "text": "A 67-year-old man presented with fever and pancytopenia after chemotherapy."}\n', "r.jsonl").documents[0]
    chunks = chunk(doc, counter)
    assert doc.title == "" and chunks
    assert all(not ch.embed_text.startswith("rec-42") and "rec-42" not in ch.embed_text for ch in chunks)
    assert chunks[0].embed_text.endswith(chunks[0].text)


def test_with_paragraphs_a_chunk_ends_where_a_paragraph_does_and_no_paragraph_that_fits_is_split(counter):
    """``chunking.paragraphs``: a paragraph that does not fit in what is left of a chunk opens the
    next one (as LangChain's recursive splitter does); one longer than a chunk is split between sentences."""
    rng = random.Random(7)
    words = ["cytarabine", "marrow", "blasts", "platelets", "relapse", "induction", "fever", "neutropenia"]
    paragraphs = [" ".join(f"Finding {p}.{s} shows {rng.choice(words)} and {rng.choice(words)} after day {s}." for s in range(rng.randint(2, 9))) for p in range(24)]
    paragraphs[5] = " ".join(f"Long paragraph sentence {s} about {rng.choice(words)} and {rng.choice(words)} in detail." for s in range(40))
    text = "\n\n".join(paragraphs)
    doc = Document("p.txt", text, "Paragraphs")
    starts = {text.index(p) for p in paragraphs}
    chunks = chunk(doc, counter, overlap=0, paragraphs=True)
    assert_chunks_valid(doc, chunks, counter)
    long_span = (text.index(paragraphs[5]), text.index(paragraphs[5]) + len(paragraphs[5]))
    for ch in chunks:
        if not long_span[0] < ch.char_start < long_span[1]:
            assert ch.char_start in starts, ch.text[:60]  # outside the over-long paragraph every chunk opens a paragraph
    for p in paragraphs[:5] + paragraphs[6:]:
        start = text.index(p)
        assert any(ch.char_start <= start and start + len(p) <= ch.char_end for ch in chunks), p[:40]  # whole in one chunk
    assert sum(1 for ch in chunks if long_span[0] <= ch.char_start < long_span[1]) >= 2
    assert len(chunk(doc, counter, overlap=0, paragraphs=False)) < len(chunks)  # without it chunks are packed across paragraphs
