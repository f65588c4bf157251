"""medSpaCy's ConText and sectionizer in place of our assertion rules, on the tag gold.

medSpaCy is no product dependency: this runs in two steps, the export in the product venv
(our mentions, section kinds and acronym checks, so both sides see the same candidates) and
the scoring in a throwaway venv with ``pip install medspacy`` (1.3.1, spaCy 3.7, no model
download: ``medspacy.load()`` builds on ``spacy.blank("en")``).

    .venv/bin/python benchmarks/tags_medspacy.py export /tmp/tags_mentions.json [--gold benchmarks/sets/tags_gold_heldout.jsonl]
    /tmp/ms/bin/python benchmarks/tags_medspacy.py score /tmp/tags_mentions.json [--out benchmarks/results/tags_medspacy.json]

Variants scored: "ours" (text.assertion), "context" (medSpaCy ConText instead of text.assertion;
our section kinds, acronym checks and test-name/bibliographic filters kept), "context+sectionizer" (ConText, and medSpaCy's sectionizer with its default
rules deciding what is not the patient: its categories for other people's and literature
text do not exist, so only mentions it places in no section or a patient-like one count).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def export(path: Path, gold: Path) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from tags_common import read_gold, shipped_documents

    from assistant.ingest.sections import detect_sections
    from assistant.ingest.tags import DIAGNOSIS, DRUG, _Places, acronym_means, asserted, is_claim, mentions
    from assistant.text.abbreviations import definitions
    from assistant.text.section_kinds import PATIENT

    rows, docs = read_gold(gold), shipped_documents()
    out = []
    for row in rows:
        doc = docs[row["case_id"]]
        places = _Places(doc.text, doc.sections or detect_sections(doc.text))
        lowered = doc.text.lower()
        defined = {k: v.lower() for k, v in definitions(doc.text).items()}
        found = []
        for m in mentions(doc.text):
            where_ok = places.kind(m.start) >= PATIENT or (m.kind == DIAGNOSIS and m.start < places.title_end)
            acronym_ok = not m.acronym or acronym_means(m.label, doc.text[m.start : m.end], defined, lowered)
            found.append({"kind": "drugs" if m.kind == DRUG else "diagnoses", "label": m.label, "start": m.start, "end": m.end,
                          "where_ok": where_ok, "acronym_ok": acronym_ok, "claim": is_claim(places, m) is not None, "ours": where_ok and acronym_ok and asserted(places, m)})
        out.append({"case_id": row["case_id"], "text": doc.text, "gold": {k: row[k] for k in ("drugs", "diagnoses")}, "mentions": found})
    path.write_text(json.dumps(out), encoding="utf-8")


def _context_verdicts(nlp, case: dict) -> tuple[list[bool], list[str]]:
    """Per mention: ConText says it is asserted (not negated, uncertain, hypothetical, family), and its section category."""
    from spacy.util import filter_spans

    doc = nlp.make_doc(case["text"])
    for name in ("medspacy_pyrush",):
        doc = nlp.get_pipe(name)(doc)
    spans = []
    for i, m in enumerate(case["mentions"]):
        span = doc.char_span(m["start"], m["end"], label=str(i), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    doc = nlp.get_pipe("medspacy_context")(doc)
    doc = nlp.get_pipe("medspacy_sectionizer")(doc)
    verdict, section = [False] * len(case["mentions"]), ["?"] * len(case["mentions"])
    for ent in doc.ents:
        i = int(ent.label_)
        verdict[i] = not (ent._.is_negated or ent._.is_uncertain or ent._.is_hypothetical or ent._.is_family)
        section[i] = str(ent._.section_category)
    return verdict, section


def _scores(cases: list[dict], said: dict[str, dict[str, set[str]]]) -> dict:
    out = {}
    for kind in ("drugs", "diagnoses"):
        tp = sum(right and label in said[c["case_id"]][kind] for c in cases for label, right in c["gold"][kind].items())
        fp = sum((not right) and label in said[c["case_id"]][kind] for c in cases for label, right in c["gold"][kind].items())
        fn = sum(right and label not in said[c["case_id"]][kind] for c in cases for label, right in c["gold"][kind].items())
        out[kind] = {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3), "tp": tp, "fp": fp, "fn": fn}
    return out


PATIENT_SECTIONS = {"None", "?", "history_of_present_illness", "hospital_course", "medications", "past_medical_history", "problem_list",
                    "labs_and_studies", "imaging", "diagnoses", "observation_and_plan", "physical_exam", "chief_complaint", "past_surgical_history"}


def score(path: Path, out_path: Path | None) -> None:
    import medspacy

    cases = json.loads(path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    nlp = medspacy.load(medspacy_enable=["medspacy_pyrush", "medspacy_context", "medspacy_sectionizer"])
    load_s = time.perf_counter() - started
    variants: dict[str, dict[str, dict[str, set[str]]]] = {"ours": {}, "context": {}, "context+sectionizer": {}}
    started = time.perf_counter()
    sections_seen: dict[str, int] = {}
    for case in cases:
        verdict, section = _context_verdicts(nlp, case)
        for name in variants:
            variants[name][case["case_id"]] = {"drugs": set(), "diagnoses": set()}
        for m, ok, sec in zip(case["mentions"], verdict, section):
            sections_seen[sec] = sections_seen.get(sec, 0) + 1
            if m["ours"]:
                variants["ours"][case["case_id"]][m["kind"]].add(m["label"])
            if m["where_ok"] and m["acronym_ok"] and m["claim"] and ok:
                variants["context"][case["case_id"]][m["kind"]].add(m["label"])
            if m["acronym_ok"] and m["claim"] and ok and sec in PATIENT_SECTIONS:
                variants["context+sectionizer"][case["case_id"]][m["kind"]].add(m["label"])
    run_s = time.perf_counter() - started
    result = {"medspacy": medspacy.__version__, "load_seconds": round(load_s, 2), "context_seconds": round(run_s, 2),
              "sections_seen": sections_seen, **{name: _scores(cases, said) for name, said in variants.items()}}
    print(json.dumps(result, indent=1))
    if out_path:
        out_path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=("export", "score"))
    parser.add_argument("path", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--gold", type=Path, default=REPO / "benchmarks" / "sets" / "tags_gold.jsonl", help="export: the gold file (or tags_gold_heldout.jsonl)")
    args = parser.parse_args()
    export(args.path, args.gold) if args.step == "export" else score(args.path, args.out)
