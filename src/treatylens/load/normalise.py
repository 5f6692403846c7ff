"""The analysis view of a source text, with an exact map back to source offsets.

What changes (and nothing else):

* line breaks (CRLF, CR, form feed, vertical tab, Unicode line/paragraph separators) become "\\n";
* runs of spaces, tabs, NBSP and other Unicode spaces become one space; lines are stripped;
* soft hyphens and zero-width characters are removed;
* blank lines collapse to one blank line; leading and trailing blank lines are dropped;
* page furniture (page-number lines, running headers/footers, form feeds) is dropped, and the
  text on both sides of a removed page break is rejoined (see ``_separator``);
* a word hyphenated across a line end is rejoined ("defen-\\nce" -> "defence").

Every normalised character maps to the source character it came from, or to the whitespace
it replaced (``NormalisedText.to_source``). The work is one pass over lines, so it is linear.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from treatylens.codebook.furniture import HYPHEN_PREFIXES, SENTENCE_END
from treatylens.load.furniture import find_furniture
from treatylens.model import NormalisedText, SourceText

# The characters str.splitlines breaks on ("\r\n" counts as one break).
_BREAK_CHARS = frozenset("\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")
_PAGE_BREAK = "\f"

_SPACES = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLES = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff"
# A run of spaces/invisibles that needs rewriting: two or more of them, or a single odd space
# or invisible character. A single plain space between words is left alone.
_JUNK_RUN = re.compile(f"[{_SPACES}{_INVISIBLES}]{{2,}}|[{_ODD_SPACES}{_INVISIBLES}]")
_SPACE_CHAR = re.compile(f"[{_SPACES}]")
_SOFT_HYPHEN = "\u00ad"
# What may follow a line-final soft hyphen: spaces and the other invisibles.
_TRAILING_BLANKS = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u180e\u200b\u200c\u200d\u2060\ufeff"
_SOFT_HYPHEN_OR_BLANK = frozenset(_TRAILING_BLANKS + _SOFT_HYPHEN)

_HYPHENS = "-\u2010"
_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)[-\u2010]$")
_WORD_AT_START = re.compile(r"[^\W\d_]+")
_DOCUMENT_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")

COPY = 1  # piece step: output character i maps to source start + i
SAME = 0  # piece step: every output character maps to the source start (a replacement)

Piece = tuple[str, int, int]  # (output text, source start, step)


@dataclass(slots=True)
class Line:
    """One source line after in-line cleaning."""

    text: str
    pieces: list[Piece]
    break_at: int  # source offset of the line break that ends it, -1 for the last line
    page_break_after: bool
    soft_hyphen_end: bool


def normalise(source: SourceText) -> NormalisedText:
    """The analysis view of ``source`` with ``to_source`` mapping every character back."""
    text = source.text
    lines = split_lines(text)
    furniture = find_furniture(
        [line.text for line in lines], [line.page_break_after for line in lines]
    )
    pieces = _assemble(lines, furniture, _Vocabulary(text))
    return NormalisedText(
        text="".join(piece[0] for piece in pieces), to_source=_map(pieces, len(text))
    )


def _map(pieces: list[Piece], source_length: int) -> array[int]:
    # Copy pieces are slices of one identity array (a memory copy each), which is several
    # times faster than converting a range per piece.
    identity = _identity(source_length + 1)
    to_source = array("i")
    for piece_text, start, step in pieces:
        if step == COPY:
            to_source += identity[start : start + len(piece_text)]
        else:
            to_source.extend([start] * len(piece_text))
    to_source.append(source_length)
    return to_source


def _identity(length: int) -> array[int]:
    """``array("i", range(length))``, built by numpy when it is installed (20x faster)."""
    try:
        import numpy
    except ImportError:  # pragma: no cover - numpy is a dependency, this is belt and braces
        return array("i", range(length))
    identity = array("i")
    identity.frombytes(numpy.arange(length, dtype=numpy.intc).tobytes())
    return identity


def split_lines(text: str) -> list[Line]:
    """Cleaned lines. ``str.splitlines`` breaks on exactly the characters in ``_BREAK_CHARS``."""
    # One scan for the runs that need rewriting; each line then takes the runs inside it.
    junk = [match.span() for match in _JUNK_RUN.finditer(text)]
    junk.append((len(text) + 1, len(text) + 1))
    has_soft_hyphen = _SOFT_HYPHEN in text
    lines: list[Line] = []
    next_junk = 0
    start = 0
    for raw in text.splitlines(keepends=True):
        after = start + len(raw)
        if raw.endswith("\r\n"):
            end = after - 2
        elif raw[-1] in _BREAK_CHARS:
            end = after - 1
        else:
            end = after
        pieces: list[Piece] = []
        if junk[next_junk][0] >= end:
            # Fast path: no run to rewrite, so at most one plain space at either edge.
            low = start + 1 if start < end and text[start] == " " else start
            high = end - 1 if end > low and text[end - 1] == " " else end
            if low < high:
                pieces.append((text[low:high], low, COPY))
        else:
            position = start
            while junk[next_junk][0] < end:
                run_start, run_end = junk[next_junk]
                next_junk += 1
                if run_start > position:
                    pieces.append((text[position:run_start], position, COPY))
                space = _SPACE_CHAR.search(text, run_start, run_end)
                if space is not None:
                    pieces.append((" ", space.start(), SAME))
                position = run_end
            if position < end:
                pieces.append((text[position:end], position, COPY))
            _strip_pieces(pieces)
        soft_end = (
            has_soft_hyphen
            and end > start
            and text[end - 1] in _SOFT_HYPHEN_OR_BLANK
            and text[start:end].rstrip(_TRAILING_BLANKS).endswith(_SOFT_HYPHEN)
        )
        lines.append(
            Line(
                text=pieces[0][0] if len(pieces) == 1 else "".join([piece[0] for piece in pieces]),
                pieces=pieces,
                break_at=end if end < after else -1,
                page_break_after=end < after and text[end] == _PAGE_BREAK,
                soft_hyphen_end=soft_end,
            )
        )
        start = after
    return lines


def _strip_pieces(pieces: list[Piece]) -> None:
    """Drop leading and trailing spaces (at most one space piece or character each side)."""
    while pieces and pieces[0][0].startswith(" "):
        piece_text, start, step = pieces[0]
        if len(piece_text) == 1:
            pieces.pop(0)
        else:
            pieces[0] = (piece_text[1:], start + step, step)
    while pieces and pieces[-1][0].endswith(" "):
        piece_text, start, step = pieces[-1]
        if len(piece_text) == 1:
            pieces.pop()
        else:
            pieces[-1] = (piece_text[:-1], start, step)


class _Vocabulary:
    """Words of the document, built on first use (only documents with a line-end hyphen pay)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = frozenset(_DOCUMENT_WORD.findall(self._text.lower()))
        return word in self._words


def _assemble(lines: list[Line], furniture: list[bool], vocabulary: _Vocabulary) -> list[Piece]:
    out: list[Piece] = []
    previous: Line | None = None
    blank_lines = 0
    removed_furniture = False
    page_break = False
    last_break = -1
    for line, is_furniture in zip(lines, furniture, strict=True):
        if line.text and not is_furniture:
            if previous is not None:
                _separate(
                    out, previous, line, vocabulary,
                    blank_lines=blank_lines,
                    removed_furniture=removed_furniture,
                    page_break=page_break,
                    last_break=last_break,
                )  # fmt: skip
            out.extend(line.pieces)
            previous = line
            blank_lines = 0
            removed_furniture = False
            page_break = line.page_break_after
            last_break = line.break_at
            continue
        if is_furniture:
            removed_furniture = True
        else:
            blank_lines += 1
        page_break = page_break or line.page_break_after
        if line.break_at >= 0:
            last_break = line.break_at
    if previous is not None and previous.break_at >= 0:
        out.append(("\n", previous.break_at, SAME))
    return out


def _separate(
    out: list[Piece],
    previous: Line,
    following: Line,
    vocabulary: _Vocabulary,
    *,
    blank_lines: int,
    removed_furniture: bool,
    page_break: bool,
    last_break: int,
) -> None:
    """Append what goes between two content lines: nothing (a rejoined word), "\\n" or "\\n\\n".

    Across a removed page break the blank lines say nothing about paragraphs, so a line that
    does not end a sentence continues on the next page with a plain line break (the segmenter
    treats it as a soft wrap), and a hyphenated word is rejoined.
    """
    page_gap = removed_furniture or page_break
    if (blank_lines == 0 or page_gap) and _join_hyphenated(out, previous, following, vocabulary):
        return
    first_break = previous.break_at
    if page_gap:
        ends_sentence = SENTENCE_END.search(previous.text) is not None
        paragraph = ends_sentence and (blank_lines > 0 or page_break)
    else:
        paragraph = blank_lines > 0
    out.append(("\n", first_break, SAME))
    if paragraph:
        out.append(("\n", last_break if last_break >= 0 else first_break, SAME))


def _join_hyphenated(
    out: list[Piece], previous: Line, following: Line, vocabulary: _Vocabulary
) -> bool:
    """Rejoin a word split at a line end; keep a real hyphen ("non-\\nmilitary" -> "non-military")."""
    if not following.text[0].islower():
        return False
    if previous.soft_hyphen_end and previous.text[-1].isalpha():
        return True
    if previous.text[-1] not in _HYPHENS:
        return False
    before = _WORD_BEFORE_HYPHEN.search(previous.text)
    after = _WORD_AT_START.match(following.text)
    if before is None or after is None:
        return False
    first, second = before.group(1).lower(), after.group().lower()
    if not _keep_hyphen(first, second, vocabulary):
        piece_text, start, step = out[-1]
        if len(piece_text) == 1:
            out.pop()
        else:
            out[-1] = (piece_text[:-1], start, step)
    return True


def _keep_hyphen(first: str, second: str, vocabulary: _Vocabulary) -> bool:
    """Evidence from the document first (either spelling seen elsewhere), then the prefix list."""
    if f"{first}-{second}" in vocabulary:
        return True
    if first + second in vocabulary:
        return False
    return first in HYPHEN_PREFIXES
