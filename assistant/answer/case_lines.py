"""One cited line per case: the shape every answer across cases shares (lists, counts,
compares, and a summary per case). A case is a ``CaseHit``; ``compose`` numbers the
citations in case order and puts a compared sentence beside its case's line."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answer.citations import Candidate, display_text, make_citation
from assistant.answer.draft import Draft
from assistant.models import CaseLine


@dataclass
class CaseHit:
    """A confirmed case: its best clean mention of the subject (and, to compare, its outcome)."""

    case_id: str
    title: str
    mention: Candidate
    score: float
    outcome: Candidate | None = None


def compose(hits: list[CaseHit], shape: str, compared: str = "") -> Draft:
    """One cited line per case, citations numbered in case order; to compare, each case's
    outcome sentence follows its line. The count is the number of cases."""
    sentences, citations, cases = [], [], []
    for hit in hits:
        for i, chosen in enumerate([hit.mention] + ([hit.outcome] if hit.outcome and hit.outcome.key != hit.mention.key else [])):
            citations.append(make_citation(len(citations) + 1, chosen))
            text = display_text(chosen.text)
            sentences.append((text if text[-1] in ".!?" else text + ".", [citations[-1].n]))
            if i == 0:
                cases.append(CaseLine(hit.case_id, hit.title, text, citations[-1].n))
            else:
                cases[-1].compared, cases[-1].compared_citation, cases[-1].compared_label = text, citations[-1].n, compared
    return Draft(sentences, citations, evidence=1.0 if hits else 0.0, mode="extractive", shape=shape, cases=cases, case_count=len(hits))
