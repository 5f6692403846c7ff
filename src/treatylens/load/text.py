"""Decoding text files: byte-order marks, strict UTF-8, then a guarded guess.

The decoded string is the source text as is (no newline translation), because every
output offset indexes it; only a leading byte-order mark is dropped.
"""

from __future__ import annotations

import codecs
import re

from treatylens.errors import InputError

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters that cp1252 text in a Western language plausibly contains beyond ASCII:
# Latin-1 letters and the typographic punctuation Word inserts. If a cp1252 reading yields
# only these, it is preferred over a statistical guess (which on short Western samples
# often says cp1250 and turns "é" into "é" but "œ" into "ś").
_WESTERN_EXTRA = re.compile(
    "[^\x00-\x7f\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122\u02c6\u02dc]"
)
_NOT_WESTERN_SYMBOLS = re.compile("[\u00a6\u00a8\u00ac\u00af\u00b2\u00b3\u00b9\u00b8\u00b4\u00a4]")

# Control characters that have no place in a text document (tab, newlines, form feed and
# vertical tab are fine).
_NON_ASCII = re.compile("[^\x00-\x7f]")
_MAX_WESTERN_NON_ASCII_SHARE = 0.2

_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f\ufffd]")
_MAX_BAD_CONTROL_RATIO = 0.01
_SAMPLE_CHARS = 1 << 20

# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml encoding="x"?>
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_CHARSET_SNIFF_BYTES = 4096


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode raw bytes to text; return the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data[len(bom) :], encoding, name), _bom_label(encoding)
    if b"\x00" in data[:4096]:
        guessed = _guess_utf16_without_bom(data)
        if guessed is None:
            raise not_text(name, "it contains NUL bytes")
        return _decode_strict(data, guessed, name), guessed
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def decode_markup(data: bytes, name: str) -> tuple[str, str]:
    """Decode HTML: a byte-order mark, then UTF-8, then the page's declared charset, then a guess."""
    if data.startswith(tuple(bom for bom, _ in _BOMS)) or b"\x00" in data[:4096]:
        return decode_bytes(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    if declared is not None:
        charset = (declared.group(1) or declared.group(2)).decode("ascii", "replace").lower()
        try:
            return data.decode(charset), codecs.lookup(charset).name
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_legacy(data, name)


def check_is_text(text: str, name: str) -> None:
    """Refuse binary junk that happened to decode: NULs or many control characters."""
    sample = text[:_SAMPLE_CHARS]
    if "\x00" in sample:
        raise not_text(name, "it contains NUL characters")
    bad = len(_BAD_CONTROL.findall(sample))
    if bad and bad > max(2, _MAX_BAD_CONTROL_RATIO * len(sample)):
        raise not_text(name, f"{bad} control or undecodable characters")


def not_text(name: str, why: str) -> InputError:
    return InputError(f"{name} is not a text document ({why})")


def _bom_label(encoding: str) -> str:
    return "utf-8-sig" if encoding == "utf-8" else encoding


def _decode_strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise not_text(name, f"invalid {encoding} data") from None


def _guess_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a mark: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Not UTF-8: prefer a clean cp1252 reading for Western texts, else ask charset-normalizer."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _looks_western(western):
        return western, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    if western is not None:
        return western, "cp1252"
    raise not_text(name, "undecodable bytes in no known text encoding")


def _looks_western(text: str) -> bool:
    """Mostly ASCII letters, a few accents, no symbols a Western text would not use.

    Cyrillic, Greek or Hebrew in their Windows code pages also decode as cp1252, but then
    nearly every letter is non-ASCII; Western languages stay well under the share below.
    """
    if _WESTERN_EXTRA.search(text) is not None or _NOT_WESTERN_SYMBOLS.search(text) is not None:
        return False
    sample = text[:_SAMPLE_CHARS]
    letters = sum(1 for char in sample if char.isalpha())
    non_ascii = len(_NON_ASCII.findall(sample))
    return non_ascii <= _MAX_WESTERN_NON_ASCII_SHARE * max(1, letters)
