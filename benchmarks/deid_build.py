"""Build benchmarks/sets/deid_synthetic.jsonl: synthetic clinical notes with planted identifiers.

Each note is a header (name, date of birth, record number, phone, address, email in one
of several formats), a narrative that names the patient, a relative and a physician in
varied contexts (some easy: ``Mr. X``, ``Patient: X``; some hard: a bare first name, a
name after a verb), real clinical sentences from the shipped corpus (so doses, lab
values, treatment dates, drug names and eponyms are present), and a signature. Every
planted identifier and every clinical value is recorded with its character span, so
``deid_eval.py`` can count what a scrubber removed and what it should have kept.

Names come from many origins; the scrubber has no name list (it finds names by context),
so the lists here do not leak into it. Fixed seed: the file is reproducible.

    python benchmarks/deid_build.py [--notes 80] [--seed 12]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.text.sentences import sentence_spans  # noqa: E402
from assistant.text.vocabulary import DRUGS  # noqa: E402

OUT = REPO / "benchmarks" / "sets" / "deid_synthetic.jsonl"
FIRST = [
    "John", "Maria", "Wei", "Priya", "Oluwaseun", "Aiko", "Mohammed", "Fatima", "Sean", "Ngozi", "Tomasz", "Ingrid",
    "Hiroshi", "Ana", "Dmitri", "Leila", "Kwame", "Sofia", "Rajesh", "Mei", "José", "Chloé", "Björn", "Amara",
    "Nguyen", "Ji-woo", "Aleksandra", "Emeka", "Siobhan", "Yusuf", "Camille", "Diego", "Anika", "Thabo", "Elif", "Marek",
]
LAST = [
    "Smith", "Garcia", "Zhang", "Raman", "Adeyemi", "Tanaka", "Al-Hassan", "Okafor", "O'Brien", "Kowalski", "Lindqvist",
    "Yamamoto", "Silva", "Ivanov", "Haddad", "Mensah", "Rossi", "Patel", "Chen", "Fernández", "Dubois", "Müller",
    "Nwosu", "Tran", "Kim", "Nowak", "Eze", "Murphy", "Yilmaz", "van der Berg", "Moreau", "Castillo", "Sharma",
    "Ndlovu", "Demir", "Dvořák", "McAllister", "Papadopoulos",
]
CITIES = [("Springfield", "IL", "62704"), ("Austin", "TX", "78701"), ("Portland", "OR", "97205"), ("Columbus", "OH", "43215")]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Willow", "Highland", "Lakeview", "Church"]
STREET_TYPES = ["Street", "Avenue", "Road", "Lane", "Drive", "St.", "Ave", "Blvd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EPONYM_SENTENCES = [
    "Bone marrow cytogenetics showed the Philadelphia chromosome, t(9;22), in 18 of 20 metaphases.",
    "Biopsy of the cervical node showed Reed-Sternberg cells consistent with classical Hodgkin lymphoma.",
    "A starry-sky pattern with a Ki-67 index of 98% suggested Burkitt lymphoma.",
    "Imatinib 400 mg daily was started for Philadelphia chromosome-positive disease.",
    "She had a history of Crohn disease treated with azathioprine 2 mg/kg.",
    "Serum IgM was 32 g/L, in keeping with Waldenström macroglobulinemia.",
    "Stage IIB by the Ann Arbor classification; four cycles of ABVD were given.",
    "Epstein-Barr virus DNA was 12 000 copies/mL before rituximab 375 mg/m2 weekly.",
]
UNIT = r"(?:mg/m2|mg/kg|mg/dL|mg/L|mg|g/dL|g/L|µg|mcg|mmol/L|µmol/L|U/L|IU/L|IU|mL/min|mL|L|%|cells/µL|/µL|×\s?10\^?9/L|x\s?10\^?9/L|copies/mL|mmHg|bpm|kg|cm|mm|Gy|days?|weeks?|months?|years?|cycles?)"
VALUE_RE = re.compile(rf"\b\d+(?:[.,]\d+)?\s?{UNIT}(?![\w/])")
AGE_RE = re.compile(r"\b\d{1,3}-year-old\b")
EVENT_DATE_RE = re.compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b")
DRUG_RE = re.compile(r"\b(?:" + "|".join(sorted({w for line in DRUGS for w in line.split()}, key=len, reverse=True)) + r")\b", re.I)
EPONYM_RE = re.compile(r"\b(?:Hodgkin|Burkitt|Philadelphia chromosome|Reed-Sternberg|Crohn|Waldenström|Ann Arbor|Epstein-Barr|Kaposi|Castleman|Sjögren|Guillain-Barré|Cushing|Wilms|Ewing)\b")


DATED_EVENTS = [
    "Induction with {drug} was started on {date}.",
    "PET-CT on {date} showed a complete metabolic response.",
    "Bone marrow on day +28 ({date}) showed 0.4% blasts.",
    "She was admitted on {date} with febrile neutropenia (ANC 0.2 x 10^9/L).",
    "The second cycle of {drug} 375 mg/m2 was given on {date}.",
]
# Names with no cue around them, met once: what context rules cannot find (reported apart).
UNCUED = [
    "Transport home was arranged by {name}. ",
    "A second opinion from {name} at the regional centre agreed with the plan. ",
    "Thanks to {name} for translating during the visit. ",
]


def event_date(rng: random.Random) -> str:
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{MONTHS[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}"])


class Note:
    """A note under construction: text pieces appended with the spans they plant."""

    def __init__(self) -> None:
        self.text = ""
        self.identifiers: list[dict] = []

    def add(self, *parts: tuple[str, str | None], cue: str = "cued") -> None:
        for piece, kind in parts:
            if kind:
                self.identifiers.append({"start": len(self.text), "end": len(self.text) + len(piece), "kind": kind, "text": piece, "context": cue})
            self.text += piece


def clinical_sentences(limit: int = 400) -> list[str]:
    """Sentences of the shipped case reports that hold a dose, a lab value or a drug name."""
    cases = json.loads((REPO / "corpus" / "case-reports" / "medrbench_cases.json").read_text(encoding="utf-8"))
    out: list[str] = []
    for case in cases.values():
        text = case.get("raw_case", "")
        for start, end in sentence_spans(text):
            s = " ".join(text[start:end].split())
            if 50 <= len(s) <= 260 and (VALUE_RE.search(s) or DRUG_RE.search(s)) and not re.search(r"\[\d|et al|@|http|Fig", s):
                out.append(s)
    return out[:limit] if len(out) <= limit else random.Random(7).sample(out, limit)


def dob(rng: random.Random) -> str:
    y, m, d = rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{d:02d}-{MONTHS[m - 1][:3]}-{y}"])


def mrn(rng: random.Random) -> tuple[str, str]:
    n = "".join(rng.choice("0123456789") for _ in range(8))
    return rng.choice([("MRN: ", n), ("Medical record number ", f"{n[:4]}-{n[4:]}"), ("Hospital No. ", f"H{n[:7]}"), ("MRN# ", f"{n[:3]}-{n[3:6]}-{n[6:]}"), ("Patient ID: ", f"AB{n[:7]}"), ("NHS number ", f"{n[:3]} {n[3:6]} {n[5:]}0")])


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 989), rng.randint(200, 989), rng.randint(1000, 9999)
    return rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"+44 20 {b}{c % 10} {c}", f"+91 98{b} {c}{a % 10}", f"020 {b}{c % 10} {c}", f"+49 30 {b} {c}{a % 100:02d}"])


def address(rng: random.Random) -> str:
    city, state, zip_ = rng.choice(CITIES)
    n = rng.randint(2, 9800)
    return rng.choice([
        f"{n} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}, {city}, {state} {zip_}",
        f"{n} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}, Apt {rng.randint(1, 40)}, {city}, {state} {zip_}",
        f"{n}B Baker Street, London NW1 6XE",
        f"Hauptstraße {n % 200}, 10115 Berlin",
        f"{n % 200} rue de Rivoli, 75001 Paris",
        f"P.O. Box {n}",
        f"{n} West {rng.randint(2, 99)}th Street, New York, NY 10036",
    ])


def email(rng: random.Random, first: str, last: str) -> str:
    clean = lambda s: re.sub(r"[^a-z]", "", s.lower().encode("ascii", "ignore").decode())  # noqa: E731
    return rng.choice([f"{clean(first)}.{clean(last)}@example.org", f"{clean(first)[0]}{clean(last)}{rng.randint(1, 99)}@mail.example.com", f"{clean(last)}_{clean(first)}@clinic.example.net"])


def build_note(rng: random.Random, sentences: list[str], i: int) -> dict:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kin_first, doc_first, doc_last = rng.choice(FIRST), rng.choice(FIRST), rng.choice(LAST)
    title = rng.choice(["Mr.", "Ms.", "Mrs."])
    age = rng.randint(18, 88)
    n = Note()
    label, number = mrn(rng)
    if rng.random() < 0.5:
        n.add(("Patient: ", None), (f"{first} {last}", "NAME"))
    else:
        n.add(("Name: ", None), (last.upper() if rng.random() < 0.3 else last, "NAME"), (", ", None), (first, "NAME"))
    n.add(("\n", None), (rng.choice(["DOB: ", "Date of birth: ", "D.O.B. "]), None), (dob(rng), "DOB"), (f"\n{label}", None), (number, "MRN"), ("\n", None))
    n.add((rng.choice(["Phone: ", "Tel ", "Contact number: ", "Mobile: "]), None), (phone(rng), "PHONE"), ("\nAddress: ", None), (address(rng), "ADDRESS"), ("\nEmail: ", None), (email(rng, first, last), "EMAIL"), ("\n\n", None))
    opening = rng.choice([
        [(f"{title} ", None), (last, "NAME"), (f" is a {age}-year-old patient referred to the haematology clinic. ", None)],
        [(f"{first} {last}", "NAME"), (f", a {age}-year-old, presented with fatigue and night sweats. ", None)],
        [(f"We saw {title} ", None), (f"{first} {last}", "NAME"), (f" ({age} years) in clinic. ", None)],
    ])
    n.add(*opening)
    body = rng.sample(sentences, 4) + ([rng.choice(EPONYM_SENTENCES)] if rng.random() < 0.6 else [])
    rng.shuffle(body)
    for s in body[:2]:
        n.add((s + " ", None))
    n.add(*rng.choice([
        [("Her husband ", None), (kin_first, "NAME"), (" was present. ", None)],
        [("The patient's daughter, ", None), (f"{kin_first} {last}", "NAME"), (", can be reached on ", None), (phone(rng), "PHONE"), (". ", None)],
        [("Collateral history from his wife ", None), (kin_first, "NAME"), (". ", None)],
        [("Contacted ", None), (f"{kin_first} {rng.choice(LAST)}", "NAME"), (" (next of kin) about the results. ", None)],
    ]))
    for s in body[2:]:
        n.add((s + " ", None))
    for template in rng.sample(DATED_EVENTS, 2):
        n.add((template.format(drug=rng.choice(["rituximab", "blinatumomab", "cytarabine", "venetoclax"]), date=event_date(rng)) + " ", None))
    if rng.random() < 0.5:
        before, after = rng.choice(UNCUED).split("{name}")
        n.add((before, None), (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "NAME"), (after, None), cue="uncued")
    n.add(*rng.choice([
        [(first, "NAME"), (" reported feeling better at follow-up. ", None)],
        [(f"{title} ", None), (last, "NAME"), (" will return in 4 weeks. ", None)],
        [("Discussed with ", None), (f"{doc_first} {doc_last}", "NAME"), (" from the transplant team. ", None)],
    ]))
    if rng.random() < 0.25:
        n.add(("Portal: ", None), (f"https://portal.example-hospital.org/patient/{rng.randint(1000, 9999)}", "URL"), (" (login from ", None), (f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "IP"), ("). ", None))
    if rng.random() < 0.2:
        n.add(("SSN on file: ", None), (f"{rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}", "SSN"), (". ", None))
    n.add(("\n\n", None), (rng.choice(["Electronically signed by: ", "Seen by Dr. ", "Dictated by ", ""]), None), (f"{doc_first} {doc_last}", "NAME"), (rng.choice([", MD", ", RN", " (consultant haematologist)"]), None), ("\n", None))
    return {"id": f"deid-{i:03d}", "text": n.text, "identifiers": n.identifiers, "clinical": clinical_spans(n.text, n.identifiers)}


def clinical_spans(text: str, identifiers: list[dict]) -> list[dict]:
    """Doses and lab values, ages, treatment dates, drug names and eponyms outside the planted identifiers."""
    planted = [(p["start"], p["end"]) for p in identifiers]
    out = []
    for kind, pattern in (("value", VALUE_RE), ("age", AGE_RE), ("event_date", EVENT_DATE_RE), ("drug", DRUG_RE), ("eponym", EPONYM_RE)):
        for m in pattern.finditer(text):
            if not any(m.start() < e and s < m.end() for s, e in planted):
                out.append({"start": m.start(), "end": m.end(), "kind": kind, "text": m.group()})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=80)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sentences = clinical_sentences()
    notes = [build_note(rng, sentences, i) for i in range(args.notes)]
    OUT.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in notes), encoding="utf-8")
    planted = sum(len(n["identifiers"]) for n in notes)
    clinical = sum(len(n["clinical"]) for n in notes)
    print(f"{len(notes)} notes, {planted} planted identifiers, {clinical} clinical values -> {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
