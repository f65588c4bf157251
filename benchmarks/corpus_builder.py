"""The ``10k`` corpus of ``ingest.py``: a corpus JSONL of real text, as large as asked.

The shipped documents (as the product loads them), the PubMedQA-dev abstracts
(``../shared/data/pubmedqa-dev``) and the TREC CDS case vignettes
(``../shared/data/case-vignettes``); then copies of the shipped case reports with light
per-copy variation (title marked as a copy, one sentence dropped from each longer
paragraph, a different one per copy) until the product's own chunker counts the target.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from common import SHARED_DATA, Timer

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _source_records() -> list[dict[str, Any]]:
    """Real documents as corpus-JSONL records: shipped corpus, PubMedQA-dev abstracts, TREC CDS vignettes."""
    from assistant.config import Settings
    from assistant.ingest.pipeline import load_paths

    settings = Settings()
    loaded = load_paths([settings.paths.corpus_dir], settings, "bench")
    if loaded.errors:
        raise SystemExit(f"shipped corpus load errors: {loaded.errors[:3]}")
    records = []
    for item in loaded.items:
        meta = {k: item.doc.metadata[k] for k in ("kind", "case_id", "source", "license", "year") if item.doc.metadata.get(k)}
        records.append({"id": item.doc.doc_id, "title": item.doc.title, "text": item.doc.text, "metadata": meta, "_copyable": item.doc.metadata.get("kind") == "case-report"})
    pqa = SHARED_DATA / "pubmedqa-dev" / "pubmedqa_dev_500.json"
    if pqa.is_file():
        for pmid, rec in json.loads(pqa.read_text(encoding="utf-8")).items():
            text = "\n\n".join(str(c).strip() for c in rec.get("CONTEXTS", []) if str(c).strip()) + "\n"
            meta = {"kind": "abstract", "source": f"PubMed {pmid} via PubMedQA (MIT)", "case_id": f"pubmed-{pmid}"}
            if str(rec.get("YEAR", "")).isdigit():
                meta["year"] = int(rec["YEAR"])
            records.append({"id": f"pubmed-{pmid}", "title": str(rec.get("QUESTION") or f"PubMed {pmid}"), "text": text, "metadata": meta, "_copyable": False})
    vignettes = SHARED_DATA / "case-vignettes"
    for xml in sorted(vignettes.glob("topics*.xml")) if vignettes.is_dir() else []:
        for topic in ET.parse(xml).getroot().iter("topic"):
            parts = [(tag.title(), (topic.findtext(tag) or "").strip()) for tag in ("note", "description", "summary")]
            text = "\n\n".join(f"{name}\n{body}" for name, body in parts if body) + "\n"
            if text.strip():
                tid = f"trec-{xml.stem}-{topic.get('number')}"
                records.append({"id": tid, "title": f"TREC CDS {xml.stem} topic {topic.get('number')} ({topic.get('type', '')})", "text": text, "metadata": {"kind": "vignette", "source": "TREC CDS topics (NIST)", "case_id": tid}, "_copyable": False})
    return records


def _variant(record: dict[str, Any], copy: int) -> dict[str, Any]:
    """A light per-copy variation: title marked, one sentence dropped from each paragraph of 3+ sentences."""
    paragraphs = []
    for para in record["text"].split("\n\n"):
        sentences = _SENTENCE.split(para)
        if len(sentences) >= 3:
            drop = copy % len(sentences)
            para = " ".join(s for i, s in enumerate(sentences) if i != drop)
        paragraphs.append(para)
    meta = {**record["metadata"], "case_id": f"{record['metadata'].get('case_id', record['id'])}~copy{copy}"}
    return {"id": f"{record['id']}~copy{copy}", "title": f"{record['title']} (copy {copy})", "text": "\n\n".join(paragraphs), "metadata": meta}


def build_corpus(folder: Path, target_chunks: int) -> dict[str, Any]:
    """Write ``corpus.jsonl`` with at least ``target_chunks`` chunks as the product chunks it."""
    from assistant.config import Settings
    from assistant.ingest.loaders import _corpus_record
    from assistant.ingest.pipeline import chunk, counter_for

    settings = Settings()
    counter = counter_for(settings)

    def n_chunks(rec: dict[str, Any]) -> int:
        """As the product chunks it: the JSONL loader's record, then ``chunk`` with the settings."""
        return len(chunk(_corpus_record({k: v for k, v in rec.items() if not k.startswith("_")}, "record"), "0" * 64, counter, settings))

    sources = _source_records()
    out, total, counts = [], 0, {"original": 0, "copies": 0}
    with Timer() as t:
        for rec in sources:
            if total >= target_chunks:
                break
            total += n_chunks(rec)
            out.append(rec)
            counts["original"] += 1
        copy = 0
        copyable = [r for r in sources if r.get("_copyable")]
        while total < target_chunks:
            copy += 1
            for rec in copyable:
                if total >= target_chunks:
                    break
                var = _variant(rec, copy)
                total += n_chunks(var)
                out.append(var)
                counts["copies"] += 1
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    return {
        "path": str(path),
        "documents": len(out),
        "original_documents": counts["original"],
        "copied_documents": counts["copies"],
        "chunks_expected": total,
        "bytes": path.stat().st_size,
        "build_seconds": round(t.seconds, 1),
        "made_from": "shipped corpus documents + ../shared/data/pubmedqa-dev abstracts + ../shared/data/case-vignettes TREC CDS topics, then copies of the shipped case reports (title '(copy k)', sentence k mod n dropped from each paragraph of 3+ sentences) until the target",
    }
