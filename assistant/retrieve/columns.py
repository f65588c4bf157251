"""Per-chunk string columns of the BM25 index as numpy arrays instead of Python objects.

At 1M chunks, a list of chunk ids, an id -> position dict and doc id / section strings per
chunk cost ~350 MB of Python objects (and a load from JSON leaves the allocator's arenas
behind even after they are freed). Here:

* ``Strings``: distinct values (chunk ids) as one UTF-8 byte blob and offsets (~55 MB at
  1M), which can be memory-mapped from the cache, so only the pages read count in RSS;
* ``Codes``: values drawn from few distinct ones (doc ids, sections) as int32 codes into
  a list of those values (4 MB at 1M plus ~41k strings).

Both behave as read-only sequences of ``str`` where the index's readers need it
(``col[i]``, ``col[positions]``, ``col == value``, ``tolist()``, iteration).
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

import numpy as np


def _gather(offsets: np.ndarray, picked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Byte positions of the picked strings laid end to end, and their new offsets."""
    starts, lengths = offsets[:-1][picked], np.diff(offsets)[picked]
    new = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new[1:])
    return np.repeat(starts - new[:-1], lengths) + np.arange(int(new[-1]), dtype=np.int64), new


class Strings(Sequence[str]):
    """Immutable strings stored as a ``uint8`` blob and ``int64`` offsets (``len + 1``)."""

    def __init__(self, blob: np.ndarray, offsets: np.ndarray):
        self.blob, self.offsets = blob, offsets

    @classmethod
    def of(cls, values: Iterable[str]) -> Strings:
        encoded = [v.encode("utf-8") for v in values]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(e) for e in encoded], out=offsets[1:])
        return cls(np.frombuffer(b"".join(encoded), dtype=np.uint8).copy(), offsets)

    @classmethod
    def concat(cls, parts: Sequence[Strings]) -> Strings:
        parts = [p for p in parts if len(p)]
        if len(parts) <= 1:  # one part stays as it is (memory-mapped, when loaded so)
            return parts[0] if parts else cls.of([])
        shifts = np.cumsum([0] + [len(p.blob) for p in parts[:-1]])
        offsets = np.concatenate([[0]] + [p.offsets[1:] + s for p, s in zip(parts, shifts)]).astype(np.int64)
        return cls(np.concatenate([np.asarray(p.blob) for p in parts]).astype(np.uint8, copy=False), offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, (int, np.integer)):
            i = int(i) + len(self) if i < 0 else int(i)
            return bytes(self.blob[self.offsets[i] : self.offsets[i + 1]]).decode("utf-8")
        return self.take(np.arange(len(self))[i])

    def take(self, picked: np.ndarray) -> Strings:
        """The strings at these positions (or where this boolean mask is true), in order."""
        picked = np.flatnonzero(picked) if picked.dtype == bool else picked.astype(np.int64)
        where, offsets = _gather(self.offsets, picked)
        return Strings(np.asarray(self.blob)[where], offsets)

    def __iter__(self) -> Iterator[str]:
        text, offsets = bytes(self.blob), self.offsets.tolist()
        return (text[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(len(self)))

    def tolist(self) -> list[str]:
        return list(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Strings):
            return len(self) == len(other) and np.array_equal(self.offsets - self.offsets[0], other.offsets - other.offsets[0]) and bytes(self.blob) == bytes(other.blob)
        return isinstance(other, (list, tuple)) and self.tolist() == list(other)

    __hash__ = None  # type: ignore[assignment]


class Codes(Sequence[str]):
    """Per-position values from a small set: ``values[codes[i]]``; ``""`` marks a deleted chunk."""

    def __init__(self, values: list[str], codes: np.ndarray):
        self.values, self.codes = list(values), codes
        self._table = np.asarray(self.values, dtype=object)
        self._lookup = {v: c for c, v in enumerate(self.values)}

    @classmethod
    def of(cls, values: Iterable[str]) -> Codes:
        lookup: dict[str, int] = {}
        codes = np.fromiter((lookup.setdefault(v, len(lookup)) for v in values), dtype=np.int32)
        return cls(list(lookup), codes)

    @classmethod
    def concat(cls, parts: Sequence[Codes]) -> Codes:
        parts = [p for p in parts if len(p)]
        if len(parts) <= 1:
            return parts[0] if parts else cls([], np.zeros(0, dtype=np.int32))
        lookup: dict[str, int] = {}
        coded = []
        for p in parts:
            remap = np.fromiter((lookup.setdefault(v, len(lookup)) for v in p.values), dtype=np.int32, count=len(p.values))
            coded.append(remap[p.codes] if len(p.codes) else np.zeros(0, dtype=np.int32))
        return cls(list(lookup), np.concatenate(coded) if coded else np.zeros(0, dtype=np.int32))

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, i):  # type: ignore[override]
        """A value for an int; an object array of values (shared strings) for positions or a mask."""
        if isinstance(i, (int, np.integer)):
            return self.values[self.codes[i]]
        return self._table[self.codes[i]]

    def __iter__(self) -> Iterator[str]:
        values = self.values
        return (values[c] for c in self.codes.tolist())

    def tolist(self) -> list[str]:
        return list(self)

    def __eq__(self, value: object) -> np.ndarray:  # type: ignore[override]
        """Where the value is ``value`` (a boolean array, as numpy's ``==``)."""
        code = self._lookup.get(value) if isinstance(value, str) else None
        return self.codes == code if code is not None else np.zeros(len(self.codes), dtype=bool)

    __hash__ = None  # type: ignore[assignment]

    def member(self, wanted: set[str], key=None) -> np.ndarray:
        """Where the value (through ``key``) is in ``wanted``, vectorised through the codes."""
        hit = np.fromiter(((key(v) if key else v) in wanted for v in self.values), dtype=bool, count=len(self.values))
        return hit[self.codes] if len(self.values) else np.zeros(len(self.codes), dtype=bool)

    def distinct(self) -> list[str]:
        """The values some position holds (in first-seen order)."""
        used = np.zeros(len(self.values), dtype=bool)
        used[self.codes] = True
        return [v for v, u in zip(self.values, used) if u]

    def take(self, picked: np.ndarray) -> Codes:
        """The values at these positions (or where this mask is true), keeping only the values used."""
        used, codes = np.unique(np.asarray(self.codes[picked]), return_inverse=True)
        return Codes([self.values[u] for u in used.tolist()], codes.astype(np.int32).reshape(-1))

    def blanked(self, where: np.ndarray) -> Codes:
        """A copy with ``""`` at the positions in the boolean ``where`` (deleted chunks)."""
        values = self.values if "" in self._lookup else [*self.values, ""]
        codes = np.array(self.codes, dtype=np.int32)
        codes[where] = values.index("") if "" not in self._lookup else self._lookup[""]
        return Codes(values, codes)
