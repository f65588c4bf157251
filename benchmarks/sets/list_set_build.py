"""Shared by the builders of the list/count sets asked by a kind of thing
(``build_drug_classes.py``, ``build_findings_lay.py``, ``build_disease_groups.py``): the
shipped case texts as the loader indexes them (raw article and structured summary), and a
gold snippet expanded to its whole sentence, verbatim, for the row's ``evidence``."""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CASES = json.loads((ROOT / 'corpus/case-reports/medrbench_cases.json').read_text(encoding='utf-8'))
T = {k: v['raw_case'] for k, v in _CASES.items()}
S = {k: str((v.get('generate_case') or {}).get('case_summary') or '') for k, v in _CASES.items()}


def sentence(cid, snippet):
    """The sentence (or line) of case ``cid`` holding ``snippet`` (whitespace-insensitive)."""
    for text in (T[cid], S[cid]):
        m = re.search(r"\s+".join(re.escape(w) for w in snippet.split()), text)
        i = m.start() if m else -1
        if i >= 0:
            snippet = m.group(0)
            a = max(text.rfind('. ', 0, i) + 2 if text.rfind('. ', 0, i) >= 0 else 0, text.rfind('\n', 0, i) + 1)
            ends = [e for e in (text.find('. ', i + len(snippet)), text.find('\n', i + len(snippet))) if e >= 0]
            b = min(ends) + 1 if ends else len(text)
            return text[a:b].strip()
    raise SystemExit(f'{cid}: snippet not found: {snippet}')
