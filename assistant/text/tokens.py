"""Words as every stage counts them: BM25, answer scoring and the conversation share one
tokenizer, so a term means the same thing wherever it is weighed.

The tokenizer keeps what clinical questions hinge on: numbers with decimals ("0.6",
"84.6"), short acronyms ("ALL", "CD19", "MRD") and drug names; "all" is not a stop word
here because ALL is a leukemia.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Stems cut to six letters join what the stemmer leaves apart ("infectious"/"infection"):
# answer scoring and the yes/no answerer compare terms this way.
PREFIX = 6
TOKENIZER_VERSION = "2"  # bump when tokenize() changes: saved BM25 indexes are then rebuilt
_TOKEN = re.compile(r"[a-z0-9]+(?:[.,][0-9]+)*")
STOPWORDS = frozenset(
    """a about above after again against am an and any are as at be because been before being below between both but by
    can could did do does doing down during each few for from further had has have having he her here hers herself him
    himself his how i if in into is it its itself just me more most my myself nor of on once only or other our ours
    ourselves out own same she should so some such than that the their theirs them themselves then there these they this
    those through to too under until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves patient patients case""".split()
)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


# "2nd relapse" and "second relapse" are one term: records write either.
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}


def tokenize(text: str) -> list[str]:
    """Lowercased, stop-worded, Snowball-stemmed terms; numbers kept whole; an ordinal in
    digits is its word ("2nd" -> "second")."""
    words = [w.rstrip(".,") for w in _TOKEN.findall(text.lower())]
    words = [_ORDINALS.get(w, w) for w in words if w and w not in STOPWORDS]
    return _stemmer().stemWords(words)
