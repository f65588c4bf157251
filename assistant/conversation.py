"""Conversation state without an LLM: keep the case in focus across follow-up questions.

After a question about a case, "what about his CNS prophylaxis?" names no case. A
follow-up is recognised by referring words (his, her, this patient, what about, ...)
or by being very short; it is then searched with the previous question's key terms
added and restricted to the case in focus. Other questions with history only get a
soft boost for that case, so changing the subject still works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from assistant import prompts
from assistant.retrieve.case_names import NamedCase, without_names
from assistant.retrieve.compare_names import named_patients
from assistant.retrieve.filters import Filters
from assistant.text.tokens import STOPWORDS

_REFERRING = re.compile(
    r"\b(he|him|his|she|her|hers|they|them|their|it|its|this (?:patient|case|man|woman|child|boy|girl)|"
    r"that (?:patient|case)|same (?:patient|case)|the same patient|"
    # "the patient" refers back unless the question says which ("the patient with splenic angiosarcoma")
    r"the (?:patient|case)(?!\s+(?:with|who|whose|in whom|treated|diagnosed|presenting|receiving|that|from|of|on|after)\b))\b|"
    r"^\s*(?:and|also|what about|how about|what else|then|after that|and then)\b",
    re.I,
)
_CONTENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/.()]*")
_QUESTION_WORDS = {"what", "which", "when", "how", "why", "where", "who", "was", "were", "did", "does", "do", "is", "are", "many", "much", "about", "tell", "give", "list"}


@dataclass
class Turn:
    """What a later question needs from an earlier one."""

    question: str
    focus_case: str | None = None


@dataclass
class Resolution:
    """How a question will be searched: the query, the case in focus and the filters."""

    query: str
    focus_case: str | None
    restrict_to_focus: bool
    follow_up: bool
    filters: Filters = field(default_factory=Filters)
    notices: list[str] = field(default_factory=list)
    ambiguous: bool = False  # "Was he transplanted?" right after an answer about several cases: which "he" is not said
    case_title: str = ""  # the focus case's title, when the question named it
    fitting: list[str] = field(default_factory=list)  # the cases a description fits, when it fits two to four

    @property
    def boost_case(self) -> str | None:
        """A case to nudge up in the ranking (only when the search is not restricted to it)."""
        return None if self.restrict_to_focus else self.focus_case


def content_terms(text: str) -> list[str]:
    terms = []
    for word in _CONTENT.findall(text):
        lowered = word.lower().strip(".()")
        if lowered and lowered not in STOPWORDS and lowered not in _QUESTION_WORDS and lowered not in terms:
            terms.append(word.strip(".()"))
    return terms


# "Which patients died?", "How many cases involve rituximab?", "Any patients with CRS?":
# about the records as a whole, never a follow-up about the case in focus.
_WHOLE_RECORDS = re.compile(
    r"\b(?:which|what|how many|list|name|any|all|compare|across|other|several|every|each)\b[^?]{0,40}?"
    r"\b(?:cases|patients|records|reports|people|men|women|children|adults)\b|\b(?:in|across) (?:the|all) (?:records|cases)\b",
    re.I,
)


def about_all_records(question: str) -> bool:
    return bool(_WHOLE_RECORDS.search(question))


# "he", "her", "the patient": one patient, whom an answer listing several cases does not name.
_ONE_PATIENT = re.compile(r"\b(?:he|him|his|she|her|hers|this (?:patient|man|woman|child|boy|girl)|that patient|the (?:same )?patient)\b", re.I)


def is_follow_up(question: str) -> bool:
    if about_all_records(question):
        return False
    return bool(_REFERRING.search(question)) or len(content_terms(question)) <= 2


def as_turns(history: Iterable[Any] | None) -> list[Turn]:
    """Accept Answers, Turns, ``{"question", "focus_case"}`` dicts or chat ``{"role", "content"}`` messages."""
    turns: list[Turn] = []
    for item in history or []:
        if isinstance(item, Turn):
            turns.append(item)
        elif hasattr(item, "question") and hasattr(item, "focus_case"):
            turns.append(Turn(item.question, item.focus_case))
        elif isinstance(item, dict) and "question" in item:
            turns.append(Turn(str(item["question"]), item.get("focus_case")))
        elif isinstance(item, dict) and item.get("role") == "user":
            turns.append(Turn(str(item.get("content", ""))))
        elif isinstance(item, str):
            turns.append(Turn(item))
    return turns


def last_topic(turns: list[Turn]) -> Turn:
    """The latest turn that set a topic: a follow-up with no case of its own ("Was he
    transplanted?" asked back after a list) is skipped for the turn it followed."""
    return next((t for t in reversed(turns) if t.focus_case or not is_follow_up(t.question)), turns[-1])


def resolve(question: str, turns: list[Turn]) -> Resolution:
    """Query and focus for ``question`` given earlier turns (most recent last)."""
    focus = next((t.focus_case for t in reversed(turns) if t.focus_case), None)
    if not turns:
        return Resolution(question, None, False, False)
    follow_up = is_follow_up(question)
    last = last_topic(turns)
    if follow_up and last.focus_case is None and about_all_records(last.question) and _ONE_PATIENT.search(question):
        return Resolution(borrowed(question, last.question), None, False, True, ambiguous=True)  # no guess among the cases just listed
    if not follow_up:
        return Resolution(question, focus, False, False)
    if focus is not None:
        return Resolution(question, focus, True, True)
    return Resolution(borrowed(question, last.question), None, False, True)


def borrowed(question: str, previous: str) -> str:
    """No case in focus: the question with the previous question's key terms, so retrieval finds its subject."""
    extra = [t for t in content_terms(previous) if t.lower() not in question.lower()][:6]
    return question if not extra else f"{question} ({' '.join(extra)})"


def plan(
    question: str,
    history: Iterable[Any] | None,
    filters: Any,
    locate: Callable[[str], str | None] | None = None,
    name: Callable[[str], list[NamedCase]] | None = None,
) -> Resolution:
    """The conversation step of ``ask``: resolve a follow-up against the history and fold
    the case in focus into the filters. ``locate`` finds the case of an earlier question
    when the history does not carry it (scripts may send bare questions); ``name`` gives
    the cases a question's description fits ("the AML case"), with their titles."""
    filters = filters if isinstance(filters, Filters) else Filters.from_mapping(filters)
    one_case = not (about_all_records(question) or len(named_patients(question)) > 1)  # "compare the boy with X and the man with Y" names two
    fitting = name(question) if name is not None and not (filters.case_id or filters.doc_id) and one_case else []
    if len(fitting) == 1:  # the question says which case: it is searched alone, whatever was in focus
        named = fitting[0]
        query = question if named.searched else without_names(question)  # a case found by the question's words keeps them
        notice = prompts.NAMED_CASE_NOTICE.format(title=named.title)
        return Resolution(query, named.case_id, True, False, Filters(**{**filters.to_dict(), "case_id": named.case_id}), [notice], case_title=named.title)
    resolution = _resolved(question, history, filters, locate)
    if len(fitting) > 1:  # answered as before (the best passages decide), but the reader is told
        resolution.notices.append(prompts.SEVERAL_CASES_NOTICE.format(n=len(fitting), titles="; ".join(named.title for named in fitting)))
        resolution.fitting = [named.case_id for named in fitting]
    return resolution


def _resolved(question: str, history: Iterable[Any] | None, filters: Filters, locate: Callable[[str], str | None] | None) -> Resolution:
    """A question naming no one case: a follow-up keeps the case in focus (see ``resolve``)."""
    turns = as_turns(history)
    # An answer about several cases has no case in focus; a bare question carrying none is located.
    if turns and locate is not None and not any(t.focus_case for t in turns) and not about_all_records(last_topic(turns).question):
        topic = last_topic(turns)
        topic.focus_case = locate(topic.question)
    resolution = resolve(question, turns)
    resolution.filters = filters
    if resolution.restrict_to_focus and not (filters.case_id or filters.doc_id):
        resolution.filters = Filters(**{**filters.to_dict(), "case_id": resolution.focus_case})
        resolution.notices.append(prompts.FOCUS_NOTICE.format(case=resolution.focus_case))
    return resolution
