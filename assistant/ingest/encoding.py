"""Bytes of a text file to str: exact where the file says its encoding, guessed only when safe.

UTF-8 (with or without a BOM) and UTF-16/UTF-32 with a byte-order mark are decoded
exactly. Anything else that is not UTF-8 goes to charset-normalizer, and only a
confident single-byte Western or common encoding (Windows-1252/Latin-1 first, then
Windows-1250 or Windows-1251) is accepted; the caller gets a warning naming the
encoding assumed, because a wrong guess silently changes letters and symbols ("°C",
names, doses). A reading is confident when charset-normalizer finds it clean and it
has no mojibake in its non-ASCII characters (``_implausible``). Western is preferred
where both Latin readings are clean, since the code pages cannot be told apart on
short text ("Fièvre" or "Fičvre"); so short Czech text may be read as Windows-1252,
which the warning names. Text no candidate reads cleanly (Shift-JIS, GB18030, KOI8-R,
random bytes), files mixing UTF-8 with other bytes, and binary content (NUL bytes a
BOM does not explain) are refused with advice to re-save the file as UTF-8.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from assistant.models import InputError

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Code pages a guess may land on, in order of preference: Cyrillic only when no Latin
# reading is clean (short Latin-1 text also decodes "cleanly" as Cyrillic letters).
_CANDIDATES = (("cp1252", "cp1250"), ("cp1251",))
_NAMES = {"cp1252": "Windows-1252", "cp1250": "Windows-1250 (Central European)", "cp1251": "Windows-1251 (Cyrillic)"}
MIN_COHERENCE_GAP = 0.04  # how much more language-like Windows-1250 must read to beat Windows-1252
_PROSE_SYMBOLS = frozenset("°€£§«»“”‘’„‚–—…•±×µ²³½¼¾©®™¿¡·¢¥´\u00a0\u00ad")
_BETWEEN_LETTERS = frozenset("\u2019\u2018\u00b4\u00b7\u2013\u2014\u00ad")  # ’ ‘ ´ · – — soft hyphen
MAX_CHAOS = 0.1  # charset-normalizer's mess ratio; above it the decoded text looks garbled
RESAVE = "re-save the file as UTF-8"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text; ``warning`` (with the ``line`` of the first non-UTF-8 byte) when the encoding was guessed."""

    text: str
    encoding: str
    warning: str = ""
    line: int | None = None


def _normalise(text: str) -> str:
    if "\x00" in text:
        raise InputError("binary content (NUL bytes) in a text file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _from_bom(data: bytes) -> Decoded | None:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_normalise(data[len(bom) :].decode(codec)), name)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} text after its byte-order mark ({exc.reason} at offset {exc.start + len(bom)}); {RESAVE}") from None
    return None


def _binary_message(data: bytes) -> str:
    """NUL bytes without a BOM: binary, or UTF-16 that lost its BOM (every other byte NUL)."""
    sample = data[:4096]
    if sample.count(0) * 3 >= len(sample) and (not any(sample[0::2]) or not any(sample[1::2])):
        return f"binary content (NUL bytes) in a text file; if it is UTF-16 without a byte-order mark, {RESAVE}"
    return "binary content (NUL bytes) in a text file"


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 is at least as common as bad bytes: a UTF-8 file with stray bytes."""
    text = data.decode("utf-8", "replace")
    return sum(ord(ch) > 0x7F for ch in text) >= 2 * text.count("\ufffd")


def _clean_decodings(data: bytes) -> dict[str, tuple[str, float]]:
    """``codec -> (text, coherence)`` for the first candidate group with a decoding that is not garbled."""
    from charset_normalizer import from_bytes

    for group in _CANDIDATES:
        out = {}
        for codec in group:
            match = from_bytes(data, cp_isolation=[codec]).best()
            text = data.decode(codec) if match is not None and match.chaos <= MAX_CHAOS else ""
            if text and not _implausible(text):
                out[codec] = (text, match.coherence)
        if out:
            return out
    return {}


def guess_encoding(data: bytes) -> tuple[str, str] | None:
    """``(codec, display name)`` of a confident single-byte guess, or None.

    Detection's own best guess is unreliable between code pages on short text (it calls
    German Latin-1 "cp1250" and curly quotes "cp852"), so each candidate is decoded and
    judged on its own; ``_pick`` chooses among the clean readings.
    """
    codec = _pick(_clean_decodings(data))
    if codec is None:
        return None
    if codec == "cp1252" and not any(0x80 <= b <= 0x9F for b in data):
        return codec, "Latin-1 (ISO-8859-1)"  # identical to ISO-8859-1 without those bytes
    return codec, _NAMES[codec]


def _implausible(text: str) -> bool:
    """Mojibake the mess detector misses in mostly-ASCII text ("the Š³ŽÒ line", "gor¹czk¹", "cafÃ©").

    Counts non-ASCII characters prose does not produce: a rare symbol (``¹ ˘ ¤``), a
    symbol wedged between two letters, or an uppercase letter right after a lowercase
    one. More than 1 in 20 of the non-ASCII characters is too many.
    """
    odd = total = 0
    for match in _NON_ASCII.finditer(text):
        i, ch = match.start(), match.group()
        total += 1
        if ch.isalpha():
            odd += ch.isupper() and text[i - 1 : i].islower()
        elif ch not in _PROSE_SYMBOLS:
            odd += 1
        else:
            odd += ch not in _BETWEEN_LETTERS and text[i - 1 : i].isalpha() and text[i + 1 : i + 2].isalpha()
    return odd * 20 > total


def _pick(clean: dict[str, tuple[str, float]]) -> str | None:
    """Western unless Central European reads clearly more like a language; else the first clean one."""
    if "cp1252" not in clean:
        return next(iter(clean), None)
    western, central = clean["cp1252"], clean.get("cp1250")
    if central and central[0] != western[0] and central[1] - western[1] >= MIN_COHERENCE_GAP:
        return "cp1250"
    return "cp1252"


def decode(data: bytes) -> Decoded:
    """Decode a text file's bytes (see the module docstring); CRLF and CR become LF."""
    if not data.strip():
        raise InputError("empty file")
    decoded = _from_bom(data)
    if decoded is not None:
        return decoded
    if b"\x00" in data:
        raise InputError(_binary_message(data))
    try:
        return Decoded(_normalise(data.decode("utf-8")), "UTF-8")
    except UnicodeDecodeError as exc:
        start = exc.start
    where, line = f"byte 0x{data[start]:02x} at offset {start}", data[:start].count(b"\n") + 1
    if _mostly_utf8(data):
        raise InputError(f"mixed encodings: UTF-8 text with a non-UTF-8 {where}; {RESAVE}", line=line)
    guess = guess_encoding(data)
    if guess is None:
        raise InputError(f"not UTF-8 text ({where}) and its encoding could not be detected confidently; {RESAVE}", line=line)
    codec, name = guess
    warning = f"not UTF-8 ({where}): read as {name} by detection; check accented letters and symbols, or {RESAVE}"
    return Decoded(_normalise(data.decode(codec)), name, warning, line)


def decode_text(data: bytes) -> str:
    """The text alone, for callers that do not report the encoding warning."""
    return decode(data).text
