"""Sequence questions on a case report without a treatment record, answered from the
report's event timeline (``ingest.events``: admission, diagnosis, treatment, response and
outcome sentences of the case course, each placed in time by a running clock).

The question names an anchor ("after the transsphenoidal resection", "before the total
craniotomy", "after five cycles of maintenance therapy"); the event whose sentence best
carries the anchor's rarer words is the anchor (an ordinal must match exactly: "cycle 1"
is never the sentence about cycle 3). The answer is the anchor and the next (or previous)
event in time order, of the kind the question asks for when it names one ("what treatment
followed ..." skips a response sentence in between), and the sentence the report tells right
after the anchor when that is another (the step is often told as a finding or as imaging),
each sentence quoted verbatim at its offsets. A sentence that opens with the anchor as its
own time clause ("Following stabilization of her pneumonia, ...") answers alone. "What was
the first treatment ..." picks the earliest treatment event among those that carry the
question's words. When no sentence carries enough of the anchor's
words ("after she declined a hysterectomy"), the sentence nearest in meaning is the anchor
if an embedder is given and it is clearly nearest. No anchor, or an anchor that is not
clearly better than the rest, proposes nothing: the pipeline then answers the question as
a lookup.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from assistant.answer.patient_words import anchor_words, without_case
from assistant.ingest.events import RESPONSE, TREATMENT, Event, course_sentences, extract_events, is_surgical, tests_named
from assistant.text.assertion import is_bibliographic
from assistant.text.timex import NUMBER_WORDS
from assistant.text.abbreviations import definitions
from assistant.text.ordinals import ordinal_fit, ordinals
from assistant.text.tokens import tokenize

MIN_ANCHOR = 0.34  # share of the anchor words' weight an event must carry
OPENS_CAUSE_MIN = 0.6  # the same clause opened by a cause ("Since the margin was positive, ...")
OPENS_MIN, OPENS_DENSITY = 0.4, 0.3  # an opening "Following ...," clause: share of the anchor words' weight it carries, and of its own words that are the anchor's
MEANING_MIN, MEANING_MARGIN = 0.4, 0.02  # an anchor found by meaning alone: cosine to the words, and its lead over the next
Similar = Callable[[str, list[str]], list[float]]  # cosine of the words to each sentence (the app's embedder)
_GENERIC = frozenset(
    "what which when how was were is are did does the a an of in on at to for with and or after before following followed "
    "happened happen came come next then his her their he she they it its patient patients case treatment therapy given done "
    "started start received get got getting".split()
)
_KIND_WORDS = {
    TREATMENT: re.compile(r"\b(?:treat\w*|therap\w*|drugs?|medications?|given|started|added|administered|received|prescribed|procedure|(?:did|does) (?:the |his |her )?\w+ do|"
                          r"surgery|operation|regimen|chemotherapy|replaced|switched|changed|done|performed|undergo|underwent|recommended)\b", re.I),
    RESPONSE: re.compile(r"\b(?:respon\w*|improv\w*|show(?:ed)?|results?|status|complications?)\b", re.I),
}
_GENERAL = re.compile(r"\b(?:is|are|has been|have been|can|may)\b", re.I)
_STORY = re.compile(r"\b(?:was|were|had|he|she|his|her|him|patient|we|our)\b", re.I)
_THERAPY_WORD = re.compile(r"\b(?:treat\w*|therap\w*)\b", re.I)
# "What happened seven months after X": the event the report dates that long after (its own "Seven months after treatment").
_COUNT = r"\d{1,3}|" + "|".join(w for w in NUMBER_WORDS if len(w) > 2)  # "3", "three"
_DURATION = re.compile(r"\b(" + _COUNT + r")[\s-]+(day|week|month|year)s?\b(?![\s-]*old\b)", re.I)  # not an age ("22-year-old")
_ANAPHOR = re.compile(r"^(?:this|that|these|those|the (?:procedure|visit|operation|surgery|injection|admission|discharge|delivery|birth))\b", re.I)
_ONE = re.compile(r"^(\W*)an? (day|week|month|year)\b", re.I)
# What the question says was done to the next step ("what was recommended after ..."): the event that says so comes first.
_ASKED_VERB = re.compile(r"\b(recommend|add|replac|switch|discontinu|stopp?|chang|taper|increas|escalat|resum|restart|refer|transferr?|"
                         r"provid|perform|plac|appl|attempt|prescrib|administ|offer|plann)\w*", re.I)
_DOSED = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|g|µg|μg|mcg|IU|U|units|mL|ml|Gy)\b", re.I)
_NEAR = 4  # how many events on, at most, an event the question's own words pick out may stand
# Words that name a kind of step, not one step: "the JEB chemotherapy" is named by JEB first.
_CATEGORY = frozenset(tokenize("chemotherapy therapy treatment surgery procedure operation regimen drug medication antibiotics radiotherapy intervention"))
# A step that changes the anchor's ("He was continued on oral steroids" after pulse steroids) is the next one.
_CHANGE = re.compile(r"\b(?:continued on|switched to|changed to|converted to|transitioned to|stepped down|de-?escalated|tapered)\b", re.I)
_NEXT_STEP = re.compile(r"^\W*(?:after|following|then|subsequently|later|thereafter)\b", re.I)
_PROCEDURE = re.compile(r"\b(?:resection|excision|\w+ectomy|\w+otomy|\w+ostomy|\w+plasty|\w+pexy|transplant\w*|amputation|repair|fixation|laparoscop\w+)\b", re.I)
_ASKS_SURGERY = re.compile(r"\b(?:surgery|surgical|operation|operative|operated)\b", re.I)
_RANK = re.compile(r"\b(?:(?P<first>first|initial|earliest)|(?P<last>last|final|latest))\s+(?:[\w-]+\s+)?"
                   r"(?:treatment|therapy|drug|medication|procedure|regimen|intervention)\b", re.I)


@dataclass(frozen=True)
class Placed:
    """An event with its place in time order (day, then the order the report tells it)."""

    event: Event
    order: int


@dataclass(frozen=True)
class Story:
    """A report's events in time order, and the abbreviations it defines ("Crohn's disease (CD)")."""

    placed: tuple[Placed, ...]
    defined: tuple[tuple[str, str], ...]
    others: tuple[Event, ...] = ()  # the course's other sentences (no event kind): an anchor may be one of them

    def in_its_words(self, words: str) -> str:
        """``words`` with each long form the report abbreviates replaced by its short form, as
        its sentences say it ("the Crohn's disease diagnosis" -> "the CD diagnosis")."""
        for short, long in self.defined:
            words = re.sub(r"(?<!\w)" + re.escape(long) + r"(?!\w)", short, words, flags=re.I)
        return words


@lru_cache(maxsize=256)
def story(doc_id: str, text: str) -> Story:
    """The report's timeline (cached: a report's text does not change under its id)."""
    events = extract_events(doc_id, text)
    ranked = sorted(range(len(events)), key=lambda i: (events[i].day, i))
    defined = sorted(definitions(text).items(), key=lambda kv: -len(kv[1]))
    starts = {e.char_start for e in events}
    others = tuple(Event(doc_id, a, b, text[a:b], (), "", "", 0) for a, b in course_sentences(text)
                   if a not in starts and b - a >= 20 and not is_bibliographic(text[a:b]))
    return Story(tuple(Placed(events[i], n) for n, i in enumerate(ranked)), tuple(defined), others)


@lru_cache(maxsize=256)
def _weights(placed: tuple[Placed, ...]) -> dict[str, float]:
    """Inverse event frequency of each word of the timeline: a word every event uses names none
    (cached: the anchor search and the next-step search read the same timeline). Read only."""
    counts: dict[str, int] = {}
    for p in placed:
        for token in set(tokenize(p.event.quote)):
            counts[token] = counts.get(token, 0) + 1
    n = len(placed)
    return {token: math.log((n + 1) / c) for token, c in counts.items()}


def anchor_score(words: str, event: Event, weights: dict[str, float]) -> float:
    """The weighted share of the anchor's words the event carries, +1 for a named step it
    matches; 0 for a sentence about the same step with another number."""
    asked = ordinals(words)
    fit = ordinal_fit(asked, event.quote)
    if fit < 0:
        return 0.0
    terms = {t for t in tokenize(words) if t not in _GENERIC}
    unseen = max(weights.values(), default=1.0)  # a word no event uses weighs like the rarest: the anchor may not be in this story

    def weight(t: str) -> float:
        return weights.get(t, unseen) * (0.5 if t in _CATEGORY else 1.0)

    total = sum(weight(t) for t in terms)
    if total <= 0:
        return 0.0
    found = set(tokenize(event.quote)) & terms
    share = sum(weight(t) for t in found) / total
    return share + (1.0 if fit > 0 else 0.0)


def find_anchor(words: str, placed: tuple[Placed, ...], latest: bool, others: tuple[Event, ...] = (), similar: Similar | None = None) -> Placed | None:
    """The event the words name best (``find_anchors``' first), or None."""
    return next(iter(find_anchors(words, placed, latest, others, similar)), None)


def find_anchors(words: str, placed: tuple[Placed, ...], latest: bool, others: tuple[Event, ...] = (), similar: Similar | None = None) -> list[Placed]:
    """The events the words name best, if they carry enough of them, the latest first (for
    "after") or the earliest first: the answer takes the first of them that has a next event
    of the asked kind ("after the biopsy" is not the 6-month follow-up "after biopsy"). A sentence of the course that is no event ("EBV was
    suspected to be the causative agent", a decision, a lab result) is the anchor only when it
    names the words clearly better than every event; it stands where the report tells it."""
    weights = _weights(placed)
    scored = [(anchor_score(words, p.event, weights), p) for p in placed]
    best = max((s for s, _ in scored), default=0.0)
    if others:
        other_best = max(((anchor_score(words, e, weights), e) for e in others), key=lambda se: se[0])
        if other_best[0] >= MIN_ANCHOR and other_best[0] > best + 0.25:
            return [_in_place(other_best[1], placed)]
    if best < MIN_ANCHOR:  # too few of its words anywhere: by meaning, when an embedder is at hand
        return _by_meaning(words, placed, others, similar) if similar else []
    tied = [p for s, p in scored if s >= best - 1e-9]
    return tied[::-1] if latest else tied


def _by_meaning(words: str, placed: tuple[Placed, ...], others: tuple[Event, ...], similar: Similar) -> list[Placed]:
    """No sentence carries enough of the anchor's words ("after she declined a hysterectomy"
    for "the patient strongly desired to preserve her uterus"): the course sentence whose
    embedding is nearest, if it is near enough and clearly nearer than the next."""
    candidates = [*placed, *(_in_place(e, placed) for e in others)]
    if not candidates or not words.strip():
        return []
    cosine = similar(words, [p.event.quote for p in candidates])
    ranked = sorted(range(len(candidates)), key=lambda i: -cosine[i])
    top, second = cosine[ranked[0]], (cosine[ranked[1]] if len(ranked) > 1 else 0.0)
    return [candidates[ranked[0]]] if top >= MEANING_MIN and top - second >= MEANING_MARGIN else []


def _in_place(sentence: Event, placed: tuple[Placed, ...]) -> Placed:
    """A sentence that is no event, placed just before the first event the report tells after it."""
    later = [p.order for p in placed if p.event.char_start > sentence.char_start]
    return Placed(sentence, (min(later) if later else len(placed)) - 1)


def wanted_kind(asking: str) -> str | None:
    """The kind of event the question asks for in its own words ("what treatment", "what was
    added"), or None ("what happened")."""
    for kind, pattern in _KIND_WORDS.items():
        if pattern.search(asking):
            return kind
    return None


def background(sentence: str) -> bool:
    """A sentence about a drug or disease in general ("This has been approved for the systemic
    treatment of ...", "X is a monoclonal antibody"): present tense, no patient in it. It sits
    in the story but is not something that happened next."""
    return bool(_GENERAL.search(sentence)) and not _STORY.search(sentence)


def neighbour(placed: tuple[Placed, ...], anchor: Placed, step: int, kind: str | None, head: str = "", words: str = "",
              defined: dict[str, str] | None = None) -> Placed | None:
    """The next (``step`` 1) or previous (-1) event in time, of ``kind`` when one is asked for
    and the timeline has one on that side; never a copy of the anchor's sentence. The
    question's own words come first when a near event carries them: a duration ("seven
    months after") the event is dated by, or the verb of what was done ("recommended").
    After a step, the sentences that go on describing it (same day, naming it as well as the
    anchor's ``words`` do) are not what came next; "what surgery followed" takes an operation."""
    if not anchor.event.kinds:  # a sentence that is no event: everything told after it (or before it, inclusive of its place)
        side = placed[anchor.order + 1 :] if step > 0 else placed[: anchor.order + 1][::-1]
    else:
        side = placed[anchor.order + 1 :] if step > 0 else placed[: anchor.order][::-1]
    side = [p for p in side if p.event.quote != anchor.event.quote and not background(p.event.quote)]
    if step > 0 and words:
        weights = _weights(placed)
        while len(side) > 1 and _goes_on(side[0].event, anchor.event, words, weights):
            side = side[1:]
    if picked := _named_by_question(side, anchor, head):
        return picked
    if kind == TREATMENT and _ASKS_SURGERY.search(head):
        if operations := [p for p in side if TREATMENT in p.event.kinds and is_surgical(p.event.quote, defined)]:
            return next((p for p in operations[:2] if _names_procedure(p.event.quote, defined)), operations[0])
    if kind is not None:
        of_kind = [p for p in side if kind in p.event.kinds]
        if of_kind:
            return of_kind[0]
    return side[0] if side else None


def _names_procedure(sentence: str, defined: dict[str, str] | None) -> bool:
    """The sentence names the operation ("a left radical nephrectomy", "a second WLE"), not
    only surgery ("an open surgical approach was chosen")."""
    return bool(_PROCEDURE.search(sentence)) or any(
        re.search(r"\b" + re.escape(short) + r"\b", sentence) and _PROCEDURE.search(long) for short, long in (defined or {}).items())


def _goes_on(event: Event, anchor: Event, words: str, weights: dict[str, float]) -> bool:
    """The event still describes the anchor's step: same day, names it as well, and does not
    open with its own "After ..." / "Then ..." (which tells the next step) or change it. An anchor that is
    no event has no day of its own, so nothing is skipped after it."""
    return (event.day == anchor.day and bool(anchor.kinds) and not _NEXT_STEP.match(event.quote) and not _CHANGE.search(event.quote)
            and not tests_named(event.quote) - tests_named(anchor.quote) and anchor_score(words, event, weights) >= MIN_ANCHOR)



def _named_by_question(side: list[Placed], anchor: Placed, head: str) -> Placed | None:
    """The event on ``side`` the question's head names: one that states the asked duration
    ("Seven months after treatment, ..."), else one of the next few that uses the asked verb."""
    if (d := _DURATION.search(head)) and step_days(d) > 0:
        dated = [p for p in side if any(step_days(m) == step_days(d) for m in _DURATION.finditer(p.event.quote))]
        if dated:
            return dated[0]
    if v := _ASKED_VERB.search(head):
        stem = v.group(1).lower()[:6]
        near = [p for p in side[:_NEAR] if stem in p.event.quote.lower()]
        if near:
            return near[0]
    return None


def step_days(m: re.Match[str]) -> int:
    """Days in a matched duration ("seven months" -> 210)."""
    n = m.group(1).lower()
    count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 0)
    return count * {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2).lower()]


def ranked_treatment(question: str, placed: tuple[Placed, ...]) -> list[Placed]:
    """"What was the first/last treatment ...": the earliest (latest) treatment event among
    those that carry the question's other words, or among all when none does."""
    m = _RANK.search(question)
    if not m:
        return []
    treatments = [p for p in placed if TREATMENT in p.event.kinds or _THERAPY_WORD.search(p.event.quote)]
    if not treatments:
        return []
    words = anchor_words(question[: m.start()] + " " + question[m.end() :])
    weights = _weights(placed)
    named = [p for p in treatments if anchor_score(words, p.event, weights) >= MIN_ANCHOR] or treatments
    return [named[0] if m.group("first") else named[-1]]


def at_step(question: str, placed: tuple[Placed, ...], others: tuple[Event, ...] = ()) -> list[Placed]:
    """"What was given in the first cycle of chemotherapy", "the second-line chemotherapy": the
    event that names that step; when it names no drug or dose ("She was kept on second line
    chemotherapy."), the first dosed treatment among the next two the report tells ("She
    received 2 cycles ... During each cycle she received Vinblastin 1.3 mg ..."), which says
    what it was, answers first."""
    if not ordinals(question):
        return []
    anchor = find_anchor(anchor_words(question), placed, latest=False, others=others)
    if anchor is None or ordinal_fit(ordinals(question), anchor.event.quote) <= 0:
        return []
    if not _DOSED.search(anchor.event.quote):
        told_next = sorted((p for p in placed if p.event.char_start > anchor.event.char_start), key=lambda p: p.event.char_start)[:2]
        dosed = next((p for p in told_next if TREATMENT in p.event.kinds and _DOSED.search(p.event.quote)), None)
        if dosed is not None:
            return [dosed, anchor]
    return [anchor]


def answer_events(question: str, direction: Callable[[str], tuple[str, str, str]], told: Story, similar: Similar | None = None) -> list[Event]:
    """The events that answer (the answering one first, then the anchor), or [] when the
    question names no event of the timeline. ``direction`` is ``sequence.direction``: after,
    before or at, the anchor's words and the words before them."""
    question = _ONE.sub(r"\1one \2", told.in_its_words(question))  # "A week after X": a duration
    placed = told.placed
    way, words, head = direction(without_case(question))
    asking = head if head.strip() else without_case(question).partition(",")[2]  # "After X, what treatment ..."
    chosen = choose(way, words, asking, question, placed, told.others, dict(told.defined), similar)
    return [p.event for p in (chosen[::-1] if way == "after" else chosen)]


_LEAD = r"(?:(?:just|only)\s+)?(?:(?P<lead>(?:an?|" + _COUNT + r")[\s-]+(?:day|week|month|year)s?)\s+)?"  # "Three days following this visit, ..."
_OPENS = {"after": re.compile(r"^\W*" + _LEAD + r"(?:after|following|upon|once|subsequent to|when|(?P<cause>since|as|because|given|due to|in view of))\s+(?P<clause>[^,;]{3,150})[,;]", re.I),
          "before": re.compile(r"^\W*(?:before|prior to|preceding)\s+(?P<clause>[^,;]{3,150})[,;]", re.I)}


def told_as_next(words: str, way: str, placed: tuple[Placed, ...], others: tuple[Event, ...] = (), duration: re.Match[str] | None = None) -> Placed | None:
    """A course sentence that opens with the anchor as its own time clause ("Following
    stabilization of her pneumonia, the patient developed oliguria ..." for "what happened
    after the pneumonia stabilized"): it tells what came next itself, so it answers. The
    clause must be mostly the anchor's words, and state the question's duration if it asks one
    ("two days after X": "After 2 days of X, ...", "Three days following this visit, ...": then
    "this visit" is the sentence before)."""
    weights = _weights(placed)
    best: tuple[float, Placed | None] = (OPENS_MIN, None)
    told = sorted((*placed, *(_in_place(e, placed) for e in others)), key=lambda p: p.event.char_start)
    for i, p in enumerate(told):
        m = _OPENS[way].match(p.event.quote)
        dated = duration is not None and any(step_days(d) == step_days(duration) for d in _DURATION.finditer(_ONE.sub(r"\1one \2", m.group(0)))) if m else False
        if m and not background(p.event.quote) and (duration is None or dated):
            said = m.group("clause")
            refers = dated and i > 0 and bool(_ANAPHOR.match(said))  # "Three days following this visit": the visit is the sentence before
            clause = Event(p.event.doc_id, 0, 0, said + " " + told[i - 1].event.quote if refers else said, (), "", "", 0)
            score = anchor_score(words, clause, weights)
            if m.groupdict().get("cause") and score < OPENS_CAUSE_MIN:  # "Because the patient was on long-term steroids": a state, unless it is plainly the anchor
                continue
            dense = refers or len(set(tokenize(said)) & set(tokenize(words))) >= OPENS_DENSITY * len(set(tokenize(said)))
            if score >= best[0] + 1e-9 and dense:
                best = (score, p)
    return best[1]


def choose(way: str, words: str, asking: str, question: str, placed: tuple[Placed, ...], others: tuple[Event, ...] = (),
           defined: dict[str, str] | None = None, similar: Similar | None = None) -> list[Placed]:
    """The events that answer, in time order (empty when the question names no event).

    ``way`` and ``words`` come from ``sequence.direction``: after/before/at and the anchor's
    words; ``asking`` is the rest of the question (what it asks for); ``defined`` the
    report's abbreviations."""
    if not placed:
        return []
    if way == "at":
        return ranked_treatment(without_case(question), placed) or at_step(without_case(question), placed, others)
    if way not in ("after", "before"):
        return []
    if told := told_as_next(anchor_words(words), way, placed, others, _DURATION.search(asking)):
        return [told]
    anchors = find_anchors(anchor_words(words), placed, latest=way == "after", others=others, similar=similar)
    if not anchors:
        return []
    anchor, kind = anchors[0], wanted_kind(asking)
    if not anchor.event.kinds and kind is None and way == "after":  # "what happened after" a decision or a finding: what the report tells next
        told = [e for e in (*(p.event for p in placed), *others) if e.char_start > anchor.event.char_start]
        if told:
            return [anchor, Placed(min(told, key=lambda e: e.char_start), anchor.order)]
    step = 1 if way == "after" else -1
    named = anchor_words(words)

    def next_to(a: Placed) -> Placed | None:
        return neighbour(placed, a, step, kind, asking, named, defined)

    fits = [(a, o) for a in anchors if (o := next_to(a)) is not None and (kind is None or kind in o.event.kinds)]
    anchor, other = fits[0] if fits else (anchor, next_to(anchor))
    steps = [q for q in (told_next(anchor, way, placed, others, named), other) if q is not None]
    steps = [q for i, q in enumerate(steps) if q.event.char_start != anchor.event.char_start and all(q.event.char_start != r.event.char_start for r in steps[:i])]
    return [anchor, *steps] if way == "after" else [*steps[::-1], anchor]


def told_next(anchor: Placed, way: str, placed: tuple[Placed, ...], others: tuple[Event, ...] = (), words: str = "") -> Placed | None:
    """The course sentence the report tells right after (or before) the anchor, whatever its
    kind, past the sentences that go on describing the anchor's step: the timeline's pick of
    the asked kind may skip it (the step after one is often the very next sentence, told as a
    finding or as imaging), so the answer quotes both."""
    told = [e for e in (*(p.event for p in placed), *others) if not background(e.quote)]
    if way == "after":
        weights = _weights(placed)
        side = sorted((e for e in told if e.char_start >= anchor.event.char_end), key=lambda e: e.char_start)
        side = side[next((i for i, e in enumerate(side) if not _goes_on(e, anchor.event, words, weights)), len(side)) :]
        return Placed(side[0], anchor.order) if side else None
    side = [e for e in told if e.char_end <= anchor.event.char_start]
    return Placed(max(side, key=lambda e: e.char_start), anchor.order) if side else None
