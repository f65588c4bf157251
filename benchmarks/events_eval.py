"""Case-report timeline events against the hand-checked gold (benchmarks/sets/events_gold.jsonl).

Reads the shipped MedR-Bench reports (corpus/case-reports), runs ``extract_events`` on
each report the gold covers, and prints:
- sentence precision/recall: is this sentence an event at all;
- kind precision/recall: (sentence, kind) pairs, a sentence may carry several kinds;
- date accuracy: of the event sentences both sides found whose gold place is known, the
  share placed on the gold day (or, where the gold names a calendar date, on that date).

    python benchmarks/events_eval.py [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from assistant.ingest.events import extract_events
from assistant.ingest.loaders import medrbench_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "sets" / "events_gold.jsonl"
CORPUS = ROOT / "corpus" / "case-reports" / "medrbench_cases.json"


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "tp": tp, "predicted": n_pred, "gold": n_gold}


def _contained(events: list, rows: dict[int, dict]) -> dict[int, object]:
    """Events keyed by the gold sentence that contains them: the gold was written on sentences
    as the splitter cut them then, and a sentence PMC joined without a space ("... (Figure 1).After
    surgery ...") is one gold row but two events now; their kinds are merged, the first one's place kept."""
    out: dict[int, object] = {}
    for e in events:
        row = next((r for r in rows.values() if r["char_start"] <= e.char_start and e.char_end <= r["char_end"]), None)
        key = e.char_start if row is None else row["char_start"]
        if key in out:
            kept = out[key]
            e = replace(kept, kinds=tuple(dict.fromkeys(kept.kinds + e.kinds)))
        out[key] = e
    return out


def evaluate(show: bool = False, contained: bool = False) -> dict:
    gold: dict[str, dict[int, dict]] = defaultdict(dict)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["doc_id"]][row["char_start"]] = row
    cases = json.loads(CORPUS.read_text(encoding="utf-8"))
    sent_tp = sent_pred = sent_gold = kind_tp = kind_pred = kind_gold = 0
    dated = dated_ok = 0
    for doc_id, rows in gold.items():
        doc = medrbench_document(doc_id, cases[doc_id])
        found = extract_events(doc_id, doc.text)
        events = _contained(found, rows) if contained else {e.char_start: e for e in found}
        for row in rows.values():
            assert doc.text[row["char_start"] : row["char_end"]] == row["quote"], f"{doc_id}: gold quote moved"
        sent_pred += len(events)
        sent_gold += len(rows)
        sent_tp += len(events.keys() & rows.keys())
        kind_pred += sum(len(e.kinds) for e in events.values())
        kind_gold += sum(len(r["kinds"]) for r in rows.values())
        kind_tp += sum(len(set(events[s].kinds) & set(rows[s]["kinds"])) for s in events.keys() & rows.keys())
        for s in sorted(events.keys() & rows.keys()):
            row, e = rows[s], events[s]
            if row["date"]:
                dated += 1
                ok = e.date.startswith(row["date"])
            elif row["day"] is not None:
                dated += 1
                ok = e.day == row["day"]
            else:
                continue
            dated_ok += ok
            if show and not ok:
                print(f"  DATE {doc_id}@{s}: gold {row['day'] if row['date'] is None else row['date']}, got day {e.day} {e.date} ({e.when!r})")
        if show:
            for s in sorted(events.keys() - rows.keys()):
                print(f"  FP {doc_id}@{s} {events[s].kinds}: {events[s].quote[:110]}")
            for s in sorted(rows.keys() - events.keys()):
                print(f"  FN {doc_id}@{s} {rows[s]['kinds']}: {rows[s]['quote'][:110]}")
    return {
        "reports": len(gold),
        "sentences": _prf(sent_tp, sent_pred, sent_gold),
        "kinds": _prf(kind_tp, kind_pred, kind_gold),
        "date_accuracy": round(dated_ok / dated, 3) if dated else 0.0,
        "dated_events": dated,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each miss")
    parser.add_argument("--contained", action="store_true", help="an event inside a gold sentence counts as that sentence (sentences PMC joined without a space are now cut apart)")
    args = parser.parse_args()
    print(json.dumps(evaluate(args.show, args.contained), indent=1))
