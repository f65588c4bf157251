"""A reading sheet for the hand-checked tag gold (``benchmarks/sets/tags_gold.jsonl``): the
sampled cases, and for each candidate drug or diagnosis (any mention of the vocabulary, in
any section, any form, plus what the base commit's tagger said) the sentences that name it,
with their section. A person decides each candidate by reading; this script decides nothing.

    .venv/bin/python benchmarks/tags_gold_sheet.py > /tmp/sheet.txt
    .venv/bin/python benchmarks/tags_gold_sheet.py --heldout benchmarks/sets/tags_gold.jsonl > /tmp/heldout.txt
"""

from __future__ import annotations

import argparse
import random
import re
import sys

from pathlib import Path

from tags_common import old_tagger, read_gold, shipped_documents

from assistant.ingest.sections import detect_sections
from assistant.ingest.tags import DIAGNOSIS, DRUG, mentions, normalized
from assistant.text.sentences import sentence_spans

SEED, SAMPLE = 12, 40
FORCED = ["PMC11417591", "PMC11547072", "PMC11479900", "PMC11509757", "PMC11509864", "PMC11595504", "PMC11602322", "PMC11614595", "PMC11648237"]
OLD_NAMES = {"immunoglobulin": "intravenous immunoglobulin", "hemolytic-uremic syndrome": "hemolytic uremic syndrome"}
_EXTRA = {"intravenous immunoglobulin": re.compile(r"immunoglobulin", re.I)}  # the base tagger's bare word


def candidates(doc, old) -> dict[tuple[str, str], list[int]]:
    """(kind, label) -> offsets of its mentions; the base tagger's tags are candidates too."""
    out: dict[tuple[str, str], list[int]] = {}
    for m in mentions(doc.text):
        out.setdefault((m.kind, m.label), []).append(m.start)
    tags = old.tag_document(doc.text)
    for kind, names in ((DRUG, tags["drugs"]), (DIAGNOSIS, tags["diagnoses"])):
        for name in normalized(OLD_NAMES.get(n, n) for n in names):
            offsets = out.setdefault((kind, name), [])
            if not offsets and name in _EXTRA:
                offsets += [m.start() for m in _EXTRA[name].finditer(doc.text)]
    return out


def sample(docs, old, seed: int = SEED, size: int = SAMPLE, forced: list[str] = FORCED, exclude: set[str] = frozenset()) -> list[str]:
    ids = sorted(k for k, d in docs.items() if candidates(d, old))
    rest = [k for k in ids if k not in forced]
    random.Random(seed).shuffle(rest)
    if exclude:  # a held-out sample: the next cases of another shuffle, none of the first sample
        rest = [k for k in rest if k not in exclude]
    return forced + sorted(rest[:size])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--heldout", type=Path, help="a gold file whose cases to leave out: sample 15 others (seed 13), no forced cases")
    args = parser.parse_args()
    docs, old = shipped_documents(), old_tagger()
    if args.heldout:
        ids = sample(docs, old, seed=13, size=15, forced=[], exclude={r["case_id"] for r in read_gold(args.heldout)})
    else:
        ids = sample(docs, old)
    for case_id in ids:
        doc = docs[case_id]
        sections = doc.sections or detect_sections(doc.text)
        spans = sentence_spans(doc.text)
        print(f"\n===== {case_id}: {doc.title[:150]}")
        for (kind, label), offsets in sorted(candidates(doc, old).items()):
            print(f"  -- {kind}: {label}")
            for off in offsets[:6]:
                section = next(s.name for s in reversed(sections) if s.start <= off)
                s, e = next(((a, b) for a, b in spans if a <= off < b), (off, off + 1))
                lo, hi = max(s, off - 160), min(e, off + 160)
                print(f"     [{section[:25]}] {doc.text[lo:hi].replace(chr(10), ' ')}")
            if len(offsets) > 6:
                print(f"     (+{len(offsets) - 6} more)")


if __name__ == "__main__":
    sys.exit(main())
