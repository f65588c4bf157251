"""Measure de-identification on benchmarks/sets/deid_synthetic.jsonl (see deid_build.py).

For each scrubber: the share of planted identifiers removed, per type (removed = every
letter and digit of the identifier is inside a replaced span), the clinical values
lost (a dose, lab value, age, treatment date, drug name or eponym touched by a replaced
span), the share of replaced characters outside any planted identifier, and the time.

Scrubbers: ``rules`` (assistant.ingest.deid, the product's), and, when installed,
``presidio`` (presidio-analyzer's predefined pattern recognizers on a blank spaCy
pipeline: no model download), ``scrubadub`` (its default detectors). philter-ucsf is
reported as not runnable offline when nltk's tagger data is missing.

    python benchmarks/deid_eval.py [--only rules] [--corpus] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.config import DeidSettings  # noqa: E402
from assistant.ingest.deid import find  # noqa: E402

SET = REPO / "benchmarks" / "sets" / "deid_synthetic.jsonl"
Spans = list[tuple[int, int, str]]


def rules(dates: str = "birth", uncued: bool = False) -> Callable[[str], Spans]:
    settings = DeidSettings(dates=dates, uncued_names=uncued)
    return lambda text: [(s.start, s.end, s.kind) for s in find(text, settings)]


def presidio() -> Callable[[str], Spans]:
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankEngine(SpacyNlpEngine):
        """spaCy without a trained model: tokens only, so only the pattern recognizers fire."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=engine)
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])
    return lambda text: [(r.start, r.end, r.entity_type) for r in analyzer.analyze(text, language="en", score_threshold=0.3)]


def scrubadub_() -> Callable[[str], Spans]:
    import scrubadub

    scrubber = scrubadub.Scrubber()
    return lambda text: [(f.beg, f.end, f.type) for f in scrubber.iter_filth(text)]


def philter() -> Callable[[str], Spans]:
    import nltk

    nltk.pos_tag(["John", "Smith"])  # philter-ucsf tags every token; raises LookupError without the tagger data
    raise RuntimeError("philter-ucsf runs on files with its own config folders; not wired here")


CANDIDATES = {"rules": rules, "rules-all-dates": lambda: rules("all"), "rules-uncued-names": lambda: rules(uncued=True), "presidio": presidio, "scrubadub": scrubadub_, "philter": philter}


def covered(spans: Spans, start: int, end: int, text: str) -> bool:
    return all(any(s <= i < e for s, e, _ in spans) for i in range(start, end) if text[i].isalnum())


def evaluate(scrubber: Callable[[str], Spans], notes: list[dict]) -> dict:
    planted, removed, lost, clinical = Counter(), Counter(), Counter(), Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    lost_examples: list[str] = []
    outside = total = 0
    t0 = time.perf_counter()
    found = [scrubber(note["text"]) for note in notes]
    seconds = time.perf_counter() - t0
    for note, spans in zip(notes, found):
        text = note["text"]
        for p in note["identifiers"]:
            kind = p["kind"] + (" (no cue)" if p.get("context") == "uncued" else "")
            planted[kind] += 1
            if covered(spans, p["start"], p["end"], text):
                removed[kind] += 1
            elif len(missed[kind]) < 6:
                missed[kind].append(p["text"])
        for c in note["clinical"]:
            clinical[c["kind"]] += 1
            if any(s < c["end"] and c["start"] < e for s, e, _ in spans):
                lost[c["kind"]] += 1
                lost_examples.append(c["text"])
        mask = [False] * len(text)
        for p in note["identifiers"]:
            mask[p["start"] : p["end"]] = [True] * (p["end"] - p["start"])
        for s, e, _ in spans:
            total += e - s
            outside += sum(1 for i in range(s, e) if not mask[i])
    return {
        "recall": {k: round(removed[k] / planted[k], 3) for k in sorted(planted)},
        "planted": dict(sorted(planted.items())),
        "removed": dict(sorted(removed.items())),
        "overall_recall": round(sum(removed.values()) / sum(planted.values()), 3),
        "cued_recall": round(sum(n for k, n in removed.items() if "no cue" not in k) / sum(n for k, n in planted.items() if "no cue" not in k), 3),
        "clinical_lost": dict(sorted(lost.items())),
        "clinical_total": dict(sorted(clinical.items())),
        "clinical_lost_examples": lost_examples[:12],
        "replaced_chars_outside_identifiers": round(outside / total, 3) if total else 0.0,
        "ms_per_note": round(1000 * seconds / len(notes), 2),
        "missed_examples": dict(missed),
    }


def on_corpus(scrubber: Callable[[str], Spans]) -> dict:
    """What a scrubber replaces in the shipped case reports: published, already de-identified
    texts, so nearly every replacement there is clinical text lost (author names aside)."""
    cases = json.loads((REPO / "corpus" / "case-reports" / "medrbench_cases.json").read_text(encoding="utf-8"))
    kinds: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    chars = 0
    for case in cases.values():
        text = case.get("raw_case", "")
        chars += len(text)
        for start, end, kind in scrubber(text):
            kinds[kind] += 1
            if len(examples[kind]) < 8:
                examples[kind].append(" ".join(text[max(0, start - 25) : end + 10].split()))
    return {"reports": len(cases), "chars": chars, "replaced": dict(kinds), "examples": dict(examples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(CANDIDATES), help="scrubbers to run (default: all that import)")
    parser.add_argument("--json", type=Path, help="write the results here too")
    parser.add_argument("--corpus", action="store_true", help="also count what each scrubber replaces in the shipped case reports")
    args = parser.parse_args()
    notes = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for name in args.only or CANDIDATES:
        try:
            scrubber = CANDIDATES[name]()
        except Exception as exc:  # an uninstalled or non-offline library is a result, not a crash
            lines = [line.strip() for line in str(exc).splitlines() if line.strip().strip("*")]
            results[name] = {"error": f"{type(exc).__name__}: {lines[0] if lines else ''}"}
            continue
        results[name] = evaluate(scrubber, notes)
        if args.corpus:
            results[name]["shipped_corpus"] = on_corpus(scrubber)
    print(json.dumps({"notes": len(notes), "results": results}, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"notes": len(notes), "results": results}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
