"""Sentence boundaries inside one block of text, and span trimming.

Linear in the block length: one left-to-right scan that tracks quotation marks, so that a full
stop inside a quotation, after an abbreviation ("U.S.", "Art.", "No.", "e.g."), after an
initial ("Joseph R. Biden") or inside a number ("5.1") never ends a sentence.
"""

from __future__ import annotations

import re

from treatylens.codebook.structure import ABBREVIATIONS, TRAILING_CONJUNCTION

_TERMINATORS = ".!?"
_CLOSERS = "\"”’')]*"
_OPENERS_AFTER = "\"“‘('*[!"
# A quotation longer than this is taken to be an unbalanced quotation mark, not a quotation.
_MAX_QUOTE = 400
_EDGE_JUNK = " \t\n\r*_#\\|>"
_LINE_END_CONJUNCTION = re.compile(r"(?:and|or)[ \t]*\n\s*")
_DOTTED_ABBREVIATION = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def _token_before(text: str, i: int, lo: int) -> str:
    """The word that ends at ``text[i]`` (exclusive), without opening punctuation."""
    k = i
    while k > lo and not text[k - 1].isspace() and text[k - 1] not in '([“"‘/':
        k -= 1
    return text[k:i]


def _is_abbreviation(token: str) -> bool:
    if not token:
        return False
    low = token.lower()
    if low in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial
    return bool(_DOTTED_ABBREVIATION.match(token))


def sentence_spans(
    text: str, start: int, end: int, *, lowercase_starts: bool = False
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (untrimmed, contiguous, covering the range)."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    in_straight = False
    curly_depth = 0
    quote_from = -1
    i = start
    while i < end:
        c = text[i]
        if c == '"':
            in_straight = not in_straight
            quote_from = i if in_straight else quote_from
        elif c == "“":
            curly_depth += 1
            quote_from = i
        elif c == "”" and curly_depth:
            curly_depth -= 1
        elif c in ";:" and not (in_straight or curly_depth):
            # Items laid out one per line without markers: ";" or ":" at a line end before a
            # capital ends the item.
            k = i + 1
            newline = False
            while k < end and text[k].isspace():
                newline = newline or text[k] == "\n"
                k += 1
            next_start = i + 1
            conjunction = _LINE_END_CONJUNCTION.match(text, k, end)
            if c == ";" and not newline and conjunction:
                # "...peace; and\nTo be a centre ...": the conjunction stays between the items.
                newline = True
                next_start = k = conjunction.end()
            if newline and k < end and text[k].isupper():
                spans.append((sent_start, i + 1))
                sent_start = next_start
            i += 1
            continue
        elif c in _TERMINATORS:
            j = i + 1
            while j < end and text[j] in _CLOSERS:
                if text[j] == '"':
                    in_straight = not in_straight
                elif text[j] == "”" and curly_depth:
                    curly_depth -= 1
                j += 1
            quoted = (in_straight or curly_depth > 0) and i - quote_from < _MAX_QUOTE
            if j >= end:
                break
            nxt = text[j]
            boundary = False
            if nxt.isspace() and not quoted:
                k = j
                while k < end and text[k].isspace():
                    k += 1
                if k < end:
                    n = text[k]
                    starts = n.isupper() or n in _OPENERS_AFTER or n.isdigit()
                    if lowercase_starts and n.isalpha():
                        starts = True
                    token = _token_before(text, i, start)
                    if starts and not (c == "." and _is_abbreviation(token)):
                        boundary = True
            elif c == "." and nxt.isupper() and not quoted:
                # "governments.They": a missing space after a full stop, not "U.S.A".
                token = _token_before(text, i, start)
                boundary = len(token) >= 3 and token.isalpha() and not token.isupper()
            if boundary:
                spans.append((sent_start, j))
                sent_start = j
                in_straight = False
                curly_depth = 0
            i = j
            continue
        i += 1
    if sent_start < end:
        spans.append((sent_start, end))
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace, markdown emphasis and a trailing "; and" / "; or"."""
    while start < end and (text[start] in _EDGE_JUNK or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _EDGE_JUNK or text[end - 1].isspace()):
        end -= 1
    m = TRAILING_CONJUNCTION.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
    # Unbalanced emphasis markers left inside after trimming ("aggression*").
    while end > start and (text[end - 1] in _EDGE_JUNK or text[end - 1].isspace()):
        end -= 1
    return start, end


def has_terminal(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end like a sentence or list item (after closing quotes)?"""
    k = end
    while k > start and (text[k - 1] in _CLOSERS or text[k - 1].isspace()):
        k -= 1
    return k > start and text[k - 1] in ".;:!?,"
