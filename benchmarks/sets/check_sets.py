"""Consistency check of the question sets in benchmarks/sets against the shipped corpus.

Checks (exit 1 on any failure):
- every `evidence` string in case_lists / yes_no / sequence occurs verbatim in its case
  (case report: raw_case + structured case summary, as the loader indexes it; seed: the
  abstract + the treatment record CSV);
- gold case ids and relevant_ids exist in corpus/MANIFEST.json (PMCIDs, seed files);
- yes_no `not_reported` items: their `search_regex` has exactly the hits recorded in
  `search_hits_in_case` (0 for all but two, whose hits were read and are explained in
  `note`: the seed transplant question and the endomyocardial biopsy question);
- named_lookups (and case_lookups): every `accept` span occurs in its case (whitespace-normalised,
  case-insensitive, as `benchmarks/case_lookup_eval.py` matches quotes), `doc_id` is `corpus:<case_id>`,
  `split` follows id parity (odd `tune`, even `held_out`), and every unanswerable row's `check_regex`
  has 0 hits in its case; named_lookups_fresh the same, all `held_out` (rows naming no single case: spans
  in one of the cases in `fits`, `check_regex` 0 hits corpus-wide when `fits` is empty);
- case_outcomes / case_treatments: every `accept` span occurs in its case (matched as above);
- every sequence set (sequence*.jsonl): each case report's gold span and alternatives sit verbatim at
  their `answer_start` in the text the loader indexes (`ingest.loaders.medrbench_document`), and the
  gold span is inside its `evidence`;
- user_audit1 .. user_audit28: each lookup/sequence span and alternative verbatim at its offset
  (`user_audit_build.verify`), and every case a row names (gold, evidence, rejected, case_id) in the manifest;
- mixed_abstention unanswerable items: prints every regex hit so a reader can confirm they
  are the known false hits listed in README.md (e.g. 'hit by an insect' for \\bHIT\\b).
Does not run the assistant or build an index.

    python benchmarks/sets/check_sets.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETS = Path(__file__).resolve().parent
SEED_IDS = ["seed/blinatumomab-relapsed-all-case.txt", "seed/blinatumomab-treatment-record.csv"]


def load_docs() -> dict[str, str]:
    cases = json.loads((ROOT / "corpus/case-reports/medrbench_cases.json").read_text(encoding="utf-8"))
    docs = {}
    for pmcid, rec in cases.items():
        summary = str((rec.get("generate_case") or {}).get("case_summary") or "")
        docs[pmcid] = rec["raw_case"] + "\n\nStructured case summary\n\n" + summary
    docs["seed-blinatumomab-all"] = "\n".join((ROOT / "corpus" / p).read_text(encoding="utf-8") for p in SEED_IDS)
    return docs


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (SETS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def check_lookups(name: str, docs: dict[str, str], manifest: set[str], parity: bool = True) -> list[str]:
    """Lookup rows: accept spans in the named case, id/split bookkeeping, absent details still absent.
    A row whose description names no single case (`case_id` null, `expected_named` null) lists in
    `fits` the cases it fits: its spans must be in one of them, and its `check_regex` (fits nothing:
    `fits` empty) must hit no case at all."""
    norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
    errors = []
    for r in rows(name):
        if r["case_id"] is None:
            cases = r.get("fits", [])
            if r.get("expected_named", "") is not None or r["doc_id"] is not None or any(c not in manifest for c in cases):
                errors.append(f"{r['id']}: a row naming no case needs doc_id and expected_named null and known `fits` ids")
            text = "\n".join(docs[c] for c in cases) if cases else "\n".join(docs.values())
        else:
            text = docs.get(r["case_id"], "")
            if r["case_id"] not in manifest or r["doc_id"] != f"corpus:{r['case_id']}":
                errors.append(f"{r['id']}: unknown case or doc id {r['case_id']} / {r['doc_id']}")
            if r.get("expected_named", r["case_id"]) != r["case_id"]:
                errors.append(f"{r['id']}: expected_named differs from case_id")
        errors += [f"{r['id']}: accept span not in {r['case_id']}: {a!r}" for a in r["accept"] if norm(a) not in norm(text)]
        if r["answerable"] != bool(r["accept"]):
            errors.append(f"{r['id']}: answerable={r['answerable']} but {len(r['accept'])} accept spans")
        if not r["answerable"] and "check_regex" in r and re.search(r["check_regex"], text, flags=re.I):
            errors.append(f"{r['id']}: check_regex now hits {r['case_id'] or 'the corpus'}")
        if parity and int(r["id"].rsplit("-", 1)[1]) % 2 != (r["split"] == "tune"):
            errors.append(f"{r['id']}: split {r['split']} does not follow id parity")
        if not parity and r["split"] != "held_out":
            errors.append(f"{r['id']}: a fresh held-out row must have split held_out")
    return errors


def check_spans(name: str, docs: dict[str, str]) -> list[str]:
    """Outcome/treatment rows: every accepted span is in the case text, as the evaluator matches quotes."""
    norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
    return [f"{r['id']}: accept span not in {r['case_id']}: {a!r}" for r in rows(name)
            for a in r["accept"] if norm(a) not in norm(docs.get(r["case_id"], ""))]


def check_sequence_offsets(cases: dict) -> list[str]:
    """Sequence rows score a citation by the offset it covers, so every case-report span must sit
    verbatim at ``answer_start`` in the indexed text (the seed case's spans are checked by evidence)."""
    sys.path.insert(0, str(ROOT))
    from assistant.ingest.loaders import medrbench_document

    texts: dict[str, str] = {}
    errors = []
    for path in sorted(SETS.glob("sequence*.jsonl")):
        for r in rows(path.name):
            gold = {"doc": r["relevant_ids"][0], "answer_text": r["answer_text"], "answer_start": r["answer_start"]}
            if gold["doc"] in cases and r["answer_text"] not in r["evidence"]:
                errors.append(f"{r['id']}: answer_text not inside its evidence")
            for span in (gold, *r.get("alternatives", [])):
                if span["doc"] not in cases:
                    continue
                text = texts.setdefault(span["doc"], medrbench_document(span["doc"], cases[span["doc"]]).text)
                if text[span["answer_start"]: span["answer_start"] + len(span["answer_text"])] != span["answer_text"]:
                    errors.append(f"{r['id']}: span not verbatim at {span['answer_start']} in {span['doc']}: {span['answer_text']!r}")
    return errors


def check_audit_cases(name: str, manifest: set[str]) -> list[str]:
    """Every case a user-audit row names (gold, evidence, rejected, one-case id) is a shipped case."""
    errors = []
    for line in (SETS / name).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        named = [*r.get("gold_cases", []), *(r["evidence"] if isinstance(r.get("evidence"), dict) else []), *r.get("rejected", {})]
        named += [r["case_id"]] if r.get("case_id") else []
        errors += [f"{r['id']}: unknown case {c}" for c in named if c not in manifest and c != "seed-blinatumomab-all"]
    return errors


def main() -> int:
    docs = load_docs()
    manifest = {d["id"] for d in json.loads((ROOT / "corpus/MANIFEST.json").read_text(encoding="utf-8"))["documents"]}
    errors: list[str] = []
    # case_findings evidence is picked by build_findings.py (first unhedged sentence), not for every gold case
    for r in rows("case_lists.jsonl") + rows("case_findings.jsonl") + rows("drug_classes.jsonl") + rows("findings_lay.jsonl") + rows("disease_groups.jsonl"):
        if set(r["evidence"]) != set(r["gold_cases"]) and not (r["id"].startswith("cf-") and set(r["evidence"]) <= set(r["gold_cases"])):
            errors.append(f"{r['id']}: evidence keys differ from gold_cases")
        for case, ev in r["evidence"].items():
            if case not in docs or ev not in docs[case]:
                errors.append(f"{r['id']}: evidence not verbatim in {case}")
    for r in rows("yes_no.jsonl"):
        text = docs.get(r["case_id"], "")
        if r["expected"] in ("yes", "no"):
            if not r["evidence"] or r["evidence"] not in text:
                errors.append(f"{r['id']}: evidence not verbatim in {r['case_id']}")
        else:
            hits = len(re.findall(r["search_regex"], text, flags=re.I))
            if hits != r["search_hits_in_case"]:  # hits recorded when built, each read (see note)
                errors.append(f"{r['id']}: not_reported regex now has {hits} hits in {r['case_id']}")
    for r in rows("sequence.jsonl"):
        if r["evidence"] not in docs.get(r["case_id"], ""):
            errors.append(f"{r['id']}: evidence not verbatim in {r['case_id']}")
    for r in rows("mixed_abstention.jsonl"):
        for rid in r["relevant_ids"]:
            if rid not in manifest:
                errors.append(f"{r['id']}: unknown relevant id {rid}")
        if not r["answerable"]:
            scope = r["check_scope"]
            keys = list(docs) if scope == "all" else [scope]
            for k in keys:
                for m in re.finditer(r["check_regex"], docs[k], flags=re.I):
                    ctx = docs[k][max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                    print(f"review {r['id']} {k}: ...{ctx}...")
    errors += check_lookups("named_lookups.jsonl", docs, manifest) + check_lookups("case_lookups.jsonl", docs, manifest)
    errors += check_lookups("named_lookups_fresh.jsonl", docs, manifest, parity=False)
    errors += check_spans("case_outcomes.jsonl", docs) + check_spans("case_treatments.jsonl", docs)
    errors += check_sequence_offsets(json.loads((ROOT / "corpus/case-reports/medrbench_cases.json").read_text(encoding="utf-8")))
    sys.path.insert(0, str(SETS))
    from user_audit_build import verify  # the user-audit sets' spans, at their offsets in the indexed text

    errors += [e for i in range(1, 29) for e in verify(SETS / f"user_audit{i}.jsonl")]
    errors += [e for i in range(1, 29) for e in check_audit_cases(f"user_audit{i}.jsonl", manifest)]
    shapes = Counter(json.loads(line)["shape"] for line in (SETS / "question_shapes.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())
    print("shapes:", dict(shapes))
    for e in errors:
        print("ERROR", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
