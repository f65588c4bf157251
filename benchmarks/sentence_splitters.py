"""Our sentence splitter against maintained ones (pySBD, spaCy's rule-based sentencizer).

Boundary precision / recall / F1 on the hand-checked gold set (tests/data/sentences_gold.jsonl,
built by scripts/build_sentences_gold.py from the shipped texts) and speed over all 199 case
reports. A boundary is the end offset of every sentence but a passage's last, after trimming
whitespace (and a following line's bullet) from each span, so offsets compare exactly.

The libraries are not product dependencies; measure in a throwaway venv:
    python3 -m venv /tmp/n-venv && /tmp/n-venv/bin/pip install pysbd spacy pydantic-settings charset-normalizer
    /tmp/n-venv/bin/python benchmarks/sentence_splitters.py
"""

from __future__ import annotations

import importlib.util
import json
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "sentences_gold.jsonl"
CASES = ROOT / "corpus" / "case-reports" / "medrbench_cases.json"
OUT = ROOT / "benchmarks" / "results" / "sentence_splitters.json"


def _ours():
    spec = importlib.util.spec_from_file_location("sentences", ROOT / "assistant" / "text" / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return lambda text: module.sentence_spans(text)


def _pysbd():
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return lambda text: [(span.start, span.end) for span in segmenter.segment(text)]


def _spacy():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return lambda text: [(sent.start_char, sent.end_char) for sent in nlp(text).sents]


def normalise(text: str, spans) -> list[tuple[int, int]]:
    """Trim whitespace (and a dangling bullet of the next line) so every splitter's offsets compare."""
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s >= 2 and text[e - 2] == "\n" and text[e - 1] in "-•*–":
            e -= 2
            while e > s and text[e - 1].isspace():
                e -= 1
        if e > s:
            out.append((s, e))
    return out


def gold_boundaries(row) -> set[int]:
    text, ends, pos = row["text"], [], 0
    for sentence in row["sentences"]:
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        ends.append(pos)
    return set(ends[:-1])


def score(split, rows) -> dict:
    tp = fp = fn = exact = total = 0
    errors = []
    for row in rows:
        text = row["text"]
        spans = normalise(text, split(text))
        predicted = {e for _, e in spans[:-1]} if spans else set()
        gold = gold_boundaries(row)
        tp += len(predicted & gold)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
        sentences = [text[s:e] for s, e in spans]
        total += len(row["sentences"])
        exact += sum(1 for s in sentences if s in row["sentences"])
        for e in sorted(predicted ^ gold):
            errors.append(("FP" if e in predicted else "FN") + ": " + text[max(0, e - 40) : e] + " ‖ " + text[e : e + 30])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn,
            "exact_sentences": f"{exact}/{total}", "errors": errors}


def speed(split, texts) -> dict:
    split(texts[0])  # warm up (spaCy/pySBD build their rules on first use)
    t0 = time.perf_counter()
    n = sum(len(split(t)) for t in texts)
    seconds = time.perf_counter() - t0
    return {"sentences": n, "seconds": round(seconds, 3), "sentences_per_s": round(n / seconds), "chars_per_s": round(sum(map(len, texts)) / seconds)}


def main() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [case["raw_case"] for case in json.loads(CASES.read_text(encoding="utf-8")).values()]
    splitters = {"ours (assistant/text/sentences.py)": _ours}
    for name, factory in (("pySBD", _pysbd), ("spaCy sentencizer", _spacy)):
        try:
            factory()
            splitters[name] = factory
        except ImportError as exc:
            print(f"skip {name}: {exc}")
    results = {}
    for name, factory in splitters.items():
        split = factory()
        results[name] = {**score(split, rows), **speed(split, texts)}
    versions = {}
    for dist in ("pysbd", "spacy"):
        try:
            from importlib import metadata

            versions[dist] = metadata.version(dist)
        except Exception:  # noqa: BLE001 - not installed
            pass
    print(f"gold: {len(rows)} passages, {sum(len(r['sentences']) - 1 for r in rows)} boundaries; speed over {len(texts)} case reports ({sum(map(len, texts)):,} chars)")
    print(f"{'splitter':36} {'P':>6} {'R':>6} {'F1':>6} {'FP':>4} {'FN':>4} {'exact':>8} {'sent/s':>9}")
    for name, r in results.items():
        print(f"{name:36} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['fp']:4d} {r['fn']:4d} {r['exact_sentences']:>8} {r['sentences_per_s']:9,d}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(), "versions": versions,
                               "gold_passages": len(rows), "results": results}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
