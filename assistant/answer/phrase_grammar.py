"""The grammar of a list question's subject phrase, as pure functions over its parts: which
words modify a shared head ("renal, hepatic or cardiac failure"), which part only continues a
preposition ("spread to the bones or the bone marrow"), and which noun an adjective asks for
("constipated": constipation). ``subjects`` splits the question and reads the parts."""

from __future__ import annotations

import re
from typing import Callable

from assistant.text.vocabulary import american

# An adjective or participle asked for the noun records write: "constipated" (constipation),
# "anaemic" (anaemia), "cirrhotic" (cirrhosis), "dizzy" (dizziness).
_NOUN_ENDINGS = [(re.compile(r"(?<=[a-z]{4})ated$"), "ation"), (re.compile(r"(?<=[a-z]{4})i[sz]ed$"), "ization"),
                 (re.compile(r"(?<=[a-z]{2})a?emic$"), "emia"), (re.compile(r"(?<=[a-z]{3})otic$"), "osis"), (re.compile(r"(?<=[a-z]{2}[zhk])y$"), "iness")]


def noun_forms(word: str) -> list[str]:
    """The noun a one-word adjective or participle subject names, [] when none."""
    word = american(word)
    return [pattern.sub(noun, word) for pattern, noun in _NOUN_ENDINGS if " " not in word and pattern.search(word)][:1]


_MODIFIER = re.compile(r"[a-z]+(?:ic|ac|al|ar|ous|ive|ary)")  # "renal", "cardiac", "portal", "vascular"


def shared_heads(phrases: list[str], cores: list[str], known: Callable[[str], bool]) -> list[str]:
    """"mesenteric, portal or splenic vein thrombosis": the modifiers before the last part
    share its head ("mesenteric vein thrombosis", "portal vein thrombosis"), as in
    "renal, hepatic or cardiac failure"; a known name ("levothyroxine") stands alone.
    ``cores``: each phrase without its frame words ("which patients had renal": "renal")."""
    out = list(phrases)
    for i, core in enumerate(cores):
        words = core.split()
        if len(words) < 2:
            continue
        j = i
        while j > 0 and _MODIFIER.fullmatch(cores[j - 1]) and not known(cores[j - 1]):
            j -= 1
            out[j] = cores[j] + " " + " ".join(words[1:])
    return out


_OBJECT_TAIL = re.compile(r"\b(?:to|into|from|around|in|of|on|near)\s+(?P<object>(?:(?:the|a|an|her|his|their)\s+)?[\w-]+(?:\s+[\w-]+)?)$")
_OBJECT = re.compile(r"(?:(?:the|a|an|her|his|their)\s+)?[\w-]+(?:\s+[\w-]+)?")
_DETERMINED = re.compile(r"(?:the|a|an|her|his|their)\s")


def coordinated_objects(phrases: list[str], joined: list[bool] | None = None) -> list[str]:
    """"spread to the bones or the bone marrow", "drained from around the lungs or the heart":
    a part that is only an object continues the preposition before it ("spread to the bone
    marrow"), it is no subject of its own ("the heart"); a bare noun does so only after
    "or"/"and" ("a CT of the jaws or teeth"), as other names in a parenthesis are bare too.
    ``joined[i]``: part ``i`` follows "or"/"and"."""
    out = list(phrases)
    for i in range(1, len(phrases)):
        bare = not _DETERMINED.match(phrases[i])
        if _OBJECT.fullmatch(phrases[i]) and (not bare or (joined and joined[i])) and (tail := _OBJECT_TAIL.search(out[i - 1])):
            out[i] = out[i - 1][: tail.start("object")] + phrases[i]
    return out
