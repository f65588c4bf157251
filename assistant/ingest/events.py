"""Dated events of a case report (admission, diagnosis, treatment with doses, response,
outcome), read off its narrative so every case gets a timeline, not only those with a
treatment record.

An event is one sentence of the case course, cited like an answer: ``quote ==
text[char_start:char_end]``. Its place on the timeline comes from the sentence's time
expression (``text/timex.py``) read against a running clock: "two weeks later" moves the
clock on from the previous event, "postoperative day 3" counts from the operation, a
sentence without one happens when the previous did. Flashbacks ("5 years ago", "three
days before admission") place their own sentence and leave the clock where it was.

Only the case course is read: the sections from a case heading ("Case presentation",
"Case report", ...) up to the discussion, and where a report tells it twice (an abstract's
short case section, then the full one) the longer; an introduction's or a discussion's
"treated with" is about other patients. A text without such headings is read whole, minus
the sections that are never the course (abstract, introduction, discussion, ...). A
planned step ("she was planned to receive ...") counts as a treatment: "what came after X"
means the plan too. Pure: text in, events out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from assistant.ingest.sections import detect_sections
from assistant.models import Section
from assistant.text.abbreviations import definitions, stands_for
from assistant.text.assertion import AFFIRMED, assertion, is_bibliographic
from assistant.text.sentences import sentence_parts
from assistant.text.timex import ABSOLUTE, PREVIOUS, START, SURGERY, TREATMENT as AFTER_TREATMENT, TimeExpr, time_expressions
from assistant.text.vocabulary import DIAGNOSES, DRUGS

ADMISSION, DIAGNOSIS, TREATMENT, RESPONSE, OUTCOME = "admission", "diagnosis", "treatment", "response", "outcome"
KINDS = (ADMISSION, DIAGNOSIS, TREATMENT, RESPONSE, OUTCOME)
_PRIMARY = (OUTCOME, TREATMENT, DIAGNOSIS, RESPONSE, ADMISSION)  # which kind names a sentence that has several

_COURSE_START = re.compile(r"\bcases?\b|presentation|clinical (?:history|course)|patient (?:history|information)", re.I)
_COURSE_END = re.compile(r"^(?:discussion|conclusions?|structured case summary|references|acknowledge?ments?|(?:patient |informed )?consent|ethic|funding|author|declaration|conflicts?|guarantor|learning point|clinical message|abbreviations?|limitations|literature review|provenance)", re.I)
_NEVER_COURSE = re.compile(r"^(?:front matter|abstract|introduction|background|highlights|keywords?)", re.I)

_ADMISSION = re.compile(r"\b(?:(?:re-?)?admitted(?! to (?:us(?:e|ing)|taking|drinking|smoking|having))|admission to|reported to (?:the|our)|presented (?:to|at|with|in)|(?:was|were) referred|referred to (?:our|the)|came to (?:our|the)|hospitali[sz]ed|brought to (?:our|the)(?! surface)|visited (?:our|the)|transferred to)\b", re.I)
_DIAGNOSIS = re.compile(r"\b(?:diagnosed|(?:final |definitive |the |a )?diagnosis (?:of|was|is)|confirm(?:ed|ing) (?:the |a |our )?diagnosis|diagnosis (?:was |were )?(?:confirmed|established|made)|(?:patholog\w*|histolog\w*|histopatholog\w*|biopsy|cytolog\w*) (?:report |examination |findings )?(?:confirmed|established))\b", re.I)
_TREAT_VERB = re.compile(
    r"\b(?:treat(?:ed)?|treatment|start(?:ed)?|initiated|commenced|administered|given|receiv(?:e|ed|ing)|prescribed|underwent|undergo|performed|switched|"
    r"managed|carried out|added|replaced|ligated|drained|applied|covered|removed|discontinued|stopped|infus\w+|inject\w+|dos(?:e|es|ing)|resected|excised|transfused|operated|placed|inserted|instituted|continued|taper\w*|conducted|"
    r"planned|scheduled|decided|delivered|resumed|restarted|restored|provided|starting|continuing|discontinuing|stopping|adding|switching|continue|discontinue|done|responded to)\b", re.I)
_THERAPY = re.compile(
    r"\b(?:surg(?:ery|ical)|resection|excision|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|transplant\w*|radiotherapy|radiation|(?:chemo|immuno|targeted |hormon\w+ )therapy|"
    r"chemoradiotherapy|chemotherapy|antibiotics?|antimicrobials?|antifungals?|antivirals?|(?:cortico)?steroids?|embolization|drainage|stent\w*|(?:hemo)?dialysis|transfusions?|"
    r"intubat\w+|ventilation|debridement|repair|amputation|ablation|plasmapheresis|plasma exchange|anticoagula\w+|analgesi\w+|laparotomy|laparoscop\w+|"
    r"thoracotomy|craniotomy|fixation|reconstruction|regimen|cycles?|therapy|treatment|operation|IVIG|immunoglobulin|drugs?|medications?|"
    r"(?:c|ca)esarean(?: section)?|c-section|ointment|cream|fluids|dextrose|diure\w+|curettage|evacuation|ligation|anastomosis|bypass|sutures?|catheter|procedure|injection|infusion|supplementation|"
    r"courses?|graft(?:s|ing)?|augmentation|crowns?|implant(?:s|ation)?|prosthes[ie]s|splint|orthos[ie]s|orthotics?)\b", re.I)
# "was started on X", "was put on X": a treatment whatever X is ("plumpy nuts", a diet, a device).
_PUT_ON = re.compile(r"\b(?:was|were|been)\s+(?:then\s+|subsequently\s+|later\s+|also\s+|immediately\s+|promptly\s+)?(?:started|put|maintained|kept|placed)\s+on\b|"
                     r"\b(?:was|were)\s+(?:then\s+)?switched\b[^.;]{0,60}?\bto\b", re.I)
_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]s?\b")
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|g|µg|μg|mcg|ng|IU|U|units|mL|ml|Gy|mmol|mEq)\b(?:\s?/\s?(?:kg|m2|m²|day|d|h|hr|week|wk|dose))*(?:\s(?:daily|twice daily|once daily|bid|tid|qd|every \d+ (?:hours|days|weeks)))?", re.I)
_RESPONSE = re.compile(
    r"\b(?:improv\w+|resolv\w+|heal(?:ed|ing)(?! abutment)|resolution|remission|respon(?:se|ded|sive)|normali[sz]\w+|subsided|regress\w+|disappear\w+|recover\w+|stabili[sz]\w+|"
    r"worsen\w+|deteriorat\w+|complicat(?:ed|ions?) (?:by|with|occurred|developed|arose)|(?:showed|developed|had|experienced) (?:\w+ ){0,3}complications?|(?:gradually|significantly|markedly|further|rapidly) decreased|progress(?:ed|ion)|relapsed?|recurr\w+|shr[ai]nk\w*|reduc(?:ed|tion) in (?:the )?size|decreased (?:in size|significantly|markedly|to)|refractory)\b", re.I)
_OUTCOME = re.compile(
    r"\b(?:discharged|died|death|passed away|expired|deceased|(?<!to )follow[\s-]?up(?! plans?)|followed up|remain(?:s|ed)? (?:\w+ )?(?:well|asymptomatic|symptom-free|free|alive|stable|in remission|healthy)|"
    r"no (?:signs? of |evidence of )?recurrence|(?:is|was) (?:now )?(?:alive|doing well)|autopsy)\b", re.I)
_SURGICAL = re.compile(r"\b(?:surg(?:ery|ical)|resection|resected|excision|excised|\w+ectomy|\w+otomy|\w+plasty|transplant\w*|operat\w+|laparotomy|laparoscop\w+)\b", re.I)
_DRUG_NAMES = frozenset(d for d in DRUGS if " " not in d)
_DRUG_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
_DIAGNOSIS_RES = [(label, re.compile(long_form, re.I)) for label, (long_form, _) in DIAGNOSES.items()]
_DIAGNOSED_AS = re.compile(r"\b(?:diagnosed (?:with|as)(?: having)?|diagnosis of|diagnosis was)\s+(?:an? |the )?([^,.;()]{3,60})", re.I)
# A diagnostic procedure and what it found ("Endocervical curettage showed fragments of invasive adenocarcinoma"):
# a step of the story although nothing was given.
_WORKUP = re.compile(
    r"\b(?:biops(?:y|ies)|curettage|conization|coni[sz]ation|colonoscopy|endoscopy|bronchoscopy|cystoscopy|hysteroscopy|laparoscopy|"
    r"aspiration|fine[- ]needle|puncture|lavage|culture|smear|histopatholog\w+|patholog\w+|cytolog\w+)\b[^.;]{0,60}?"
    r"\b(?:showed|revealed|demonstrated|confirmed|found|grew|was positive|were positive)\b", re.I)
_HISTORY = re.compile(r"\b(?:past (?:medical |surgical )?history|medical history|history of|comorbidit\w+|was (?:on|taking)|had been taking|regular medications?)\b", re.I)


@dataclass(frozen=True)
class Event:
    """One sentence of the case course on the timeline.

    ``day`` counts days from day 0 (the presentation, or the first calendar date the
    report gives); ``date`` is an ISO date as precise as the text ("2019-03") when the
    sentence names one, else derived from the last named date (``date_exact`` False)
    or "" when the report gives none. ``when`` is the time expression verbatim."""

    doc_id: str
    char_start: int
    char_end: int
    quote: str
    kinds: tuple[str, ...]
    label: str
    when: str
    day: int
    date: str = ""
    date_exact: bool = False

    @property
    def kind(self) -> str:
        return self.kinds[0]

    def to_dict(self) -> dict:
        out = asdict(self)
        out["kinds"] = list(self.kinds)
        return out


def course_spans(text: str, sections: list[Section] | None = None) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the case course (see the module docstring). A report
    whose abstract has its own short "Case presentation" tells the course twice: the longest
    run of case sections (up to the next discussion) is the one read."""
    sections = sections or detect_sections(text)
    runs: list[list[tuple[int, int]]] = []
    inside = False
    for s in sections:
        name = s.name.strip()
        if _COURSE_END.match(name):
            inside = False
            continue
        if not inside and _starts_course(name):
            inside = True
            runs.append([])
        if inside:
            runs[-1].append((s.start, s.end))
    if runs:
        return max(runs, key=lambda run: sum(b - a for a, b in run))
    if len(sections) == 1:  # no headings at all: the whole text is the story
        return [(sections[0].start, sections[0].end)]
    return [(s.start, s.end) for s in sections if not (_NEVER_COURSE.match(s.name.strip()) or _COURSE_END.match(s.name.strip()))]


def _starts_course(name: str) -> bool:
    """A case heading ("Case presentation", "Clinical course", "Report of a case"), not a
    title that says it is a case report ("Travel-Related Cutaneous Myiasis: A Case Report")."""
    if name.lower().startswith("structured") or not (m := _COURSE_START.search(name)):
        return False
    return m.start() == 0 or len(name.split()) <= 4


def _affirmed(sentence: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    return [m for m in matches if assertion(sentence, m.start(), m.end()) == AFFIRMED]


def _drugs(sentence: str) -> list[re.Match[str]]:
    hits = [m for m in _DRUG_WORD.finditer(sentence) if m.group(0).lower() in _DRUG_NAMES]
    multi = [m for d in DRUGS if " " in d for m in re.finditer(re.escape(d), sentence, re.I)]
    return sorted(hits + multi, key=lambda m: m.start())


def _treatment_label(sentence: str, drugs: list[re.Match[str]], therapies: list[re.Match[str]]) -> str:
    """"rituximab 375 mg/m2, prednisone": each drug with the dose that follows it; else the procedure."""
    parts = []
    for m in drugs:
        name = m.group(0).lower()
        dose = _DOSE.search(sentence, m.end(), min(len(sentence), m.end() + 40))
        part = f"{name} {dose.group(0)}" if dose and not any(d.start() < dose.start() and d.start() >= m.end() for d in drugs) else name
        if part not in parts and not any(p.startswith(name + " ") or p == name for p in parts):
            parts.append(part)
    if not parts and therapies:
        parts.append(therapies[0].group(0).lower())
    return ", ".join(parts[:4]) or "treatment"


def _diagnosis_label(sentence: str) -> str:
    """The words after "diagnosed with" / "diagnosis of", else the vocabulary's longest match."""
    named = _DIAGNOSED_AS.search(sentence)
    if named:
        return named.group(1).strip()
    labels = [label for label, pattern in _DIAGNOSIS_RES if pattern.search(sentence)]
    return max(labels, key=len) if labels else "diagnosis"


def _abbreviated(sentence: str, defined: Mapping[str, str], long_form: re.Pattern[str]) -> list[re.Match[str]]:
    """Abbreviations in the sentence that the report defines as what ``long_form`` matches ("a
    second WLE", WLE = wide local excision: a therapy, an operation), each where the sentence
    writes it. ``stands_for`` reads the definitions; with no text given it never guesses."""
    return [m for m in _ABBREVIATION.finditer(sentence) if stands_for(m.group(0), long_form, "", defined)]


# Kinds of test and imaging, each by its ways of writing it: a sentence naming another kind than
# its neighbour's tells another step ("... an ultrasound revealed a hepatic mass. An abdominal MRI revealed ...").
_TEST_KINDS = {"mri": r"MRI|magnetic resonance", "ct": r"CT|computed tomography", "ultrasound": r"ultrasound|ultrasonograph\w*|sonograph\w*",
               "x-ray": r"x-rays?|radiograph\w*", "pet": r"PET", "angiography": r"angiogra\w*", "echocardiography": r"echocardiogra\w*|echo",
               "endoscopy": r"endoscop\w*|colonoscop\w*|gastroscop\w*", "biopsy": r"biops(?:y|ies)"}
_TEST_KIND = re.compile("|".join(rf"(?P<{k.replace('-', '_')}>\b(?:{v})\b)" for k, v in _TEST_KINDS.items()), re.I)


def tests_named(sentence: str) -> set[str]:
    """The kinds of test or imaging a sentence names ("MRI" and "magnetic resonance" are one)."""
    return {m.lastgroup for m in _TEST_KIND.finditer(sentence) if m.lastgroup}


def classify(sentence: str, defined: Mapping[str, str] | None = None) -> tuple[tuple[str, ...], str]:
    """The event kinds of one sentence (most telling first) and a short label; ``()`` when none.
    ``defined``: the report's abbreviations (``text.abbreviations.definitions``), so that a
    procedure it abbreviates counts as one."""
    found: dict[str, str] = {}
    if _ADMISSION.search(sentence):
        found[ADMISSION] = "admission"
    if _affirmed(sentence, list(_DIAGNOSIS.finditer(sentence))) or _WORKUP.search(sentence):
        found[DIAGNOSIS] = _diagnosis_label(sentence)
    drugs = _affirmed(sentence, _drugs(sentence))
    therapies = _affirmed(sentence, list(_THERAPY.finditer(sentence)) + (_abbreviated(sentence, defined, _THERAPY) if defined else []))
    history = _HISTORY.search(sentence) and not drugs and not _DOSE.search(sentence)
    put_on = _affirmed(sentence, list(_PUT_ON.finditer(sentence)))
    if ((_TREAT_VERB.search(sentence) and (drugs or therapies)) or put_on) and not history:
        found[TREATMENT] = _treatment_label(sentence, drugs, therapies)
    elif (drugs or _TREAT_VERB.search(sentence)) and _DOSE.search(sentence) and not history:
        found[TREATMENT] = _treatment_label(sentence, drugs, therapies)
    if m := _RESPONSE.search(sentence):
        found[RESPONSE] = m.group(0).lower()
    if m := _OUTCOME.search(sentence):
        found[OUTCOME] = m.group(0).lower()
    kinds = tuple(k for k in _PRIMARY if k in found)
    label = " · ".join(f"{k.capitalize()}: {found[k]}" if found[k] != k else k.capitalize() for k in kinds)
    return kinds, label


def _iso(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


class _Clock:
    """Where the story is: the day now, the calendar date of day 0 once known, the last
    operation and the last treatment (what "postoperative day 3" and "at 6-month follow-up" count from)."""

    def __init__(self) -> None:
        self.day = 0
        self.origin: date | None = None
        self.surgery: int | None = None
        self.treatment: int | None = None
        self.date = ""  # the last date the text named, for sentences that stay on its day

    def place(self, expr: TimeExpr | None) -> tuple[int, str, bool]:
        """``(day, date, exact)`` for a sentence with this expression (None: it stays where the story is)."""
        if expr is None:
            return self.day, self.date or self._derived(self.day), bool(self.date)
        if expr.anchor == ABSOLUTE:
            when = _iso(expr.date)
            if self.origin is None:
                self.origin = when - timedelta(days=self.day)
            self.day, self.date = (when - self.origin).days, expr.date
            return self.day, expr.date, True
        base = {START: 0, PREVIOUS: self.day, SURGERY: self.surgery, AFTER_TREATMENT: self.treatment}.get(expr.anchor)
        day = (self.day if base is None else base) + expr.days
        if day >= self.day or expr.anchor != START:  # a flashback places only its own sentence
            self.day, self.date = day, ""
        return day, self._derived(day), False

    def _derived(self, day: int) -> str:
        return (self.origin + timedelta(days=day)).isoformat() if self.origin else ""

    def mark(self, kinds: tuple[str, ...], sentence: str, day: int) -> None:
        if TREATMENT in kinds:
            self.treatment = day
            if is_surgical(sentence):
                self.surgery = day


def is_surgical(sentence: str, defined: Mapping[str, str] | None = None) -> bool:
    """Whether the sentence names an operation, also by an abbreviation the report defines
    as one ("a second WLE", wide local excision)."""
    if _SURGICAL.search(sentence):
        return True
    return bool(defined) and bool(_abbreviated(sentence, defined, _SURGICAL))


def _expression(sentence: str, kinds: tuple[str, ...]) -> TimeExpr | None:
    """The expression that places the sentence: the first, except a presentation's "N days ago"
    (how long the symptoms lasted, not when the patient came)."""
    exprs = time_expressions(sentence)
    if ADMISSION in kinds:
        exprs = [e for e in exprs if not (e.anchor == START and e.days < 0)] or exprs[:0]
    return exprs[0] if exprs else None


def course_sentences(text: str, sections: list[Section] | None = None) -> list[tuple[int, int]]:
    """The sentence spans of the case course, joined sentences cut apart."""
    return [part for lo, hi in course_spans(text, sections) for part in sentence_parts(text, lo, hi)]


def extract_events(doc_id: str, text: str, sections: list[Section] | None = None) -> list[Event]:
    """The dated events of one case report, in the order the report tells them."""
    clock, events, defined = _Clock(), [], definitions(text)
    for start, end in course_sentences(text, sections):
        sentence = text[start:end]
        if len(sentence) < 20 or is_bibliographic(sentence):
            continue
        kinds, label = classify(sentence, defined)
        expr = _expression(sentence, kinds)
        day, iso, exact = clock.place(expr)
        if not kinds:
            continue
        clock.mark(kinds, sentence, day)
        events.append(Event(doc_id, start, end, sentence, kinds, label, expr.text if expr else "", day, iso, exact))
    return events
