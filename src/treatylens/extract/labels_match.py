"""The matcher view of a clause: normalised text that maps back to source offsets.

Cue patterns are written for lower-case text with collapsed whitespace, joined line-end
hyphenation and straight quotes. ``MatchView`` builds that text once per clause and keeps, for
each of its characters, the offset of the source character it came from, so every hit can be
reported with source offsets (``Reason.start``/``end``) although the clause text itself keeps
its PDF artefacts and line breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_QUOTES_AND_DASHES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
    }
)
#: "ag-\n gression": a hyphen at a line end followed by a lower-case letter is a word split.
_LINE_END_HYPHEN = re.compile(r"-[ \t]*\r?\n\s*(?=[a-z])")
#: The dots of "U.S.", "U.K.", "U.N." would end a ``[^.;]`` window: they are dropped.
_ABBREVIATION_DOT = re.compile(
    r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.)|(?<=\b[A-Za-z]\.[A-Za-z])\.(?=.)", re.DOTALL
)
_TOKEN = re.compile(r"\s+|\S+")
#: Page furniture inside a clause: a short block of at most three lines set off by blank lines
#: in the middle of a sentence (the text before it does not end a sentence), e.g. a running
#: header and a "Page 2 of 3" footer that a PDF page break put between two halves of a
#: sentence. Its words are not the clause's words, so the view leaves them out.
_PAGE_FURNITURE = re.compile(
    r"(?<=[^\s.;:!?])[ \t]*\r?\n[ \t]*\r?\n[ \t]*(?P<block>(?:[^\n]{1,120}\r?\n){0,2}[^\n]{1,120}?)[ \t]*\r?\n[ \t]*\r?\n(?=\s*\S)"
)


@dataclass(frozen=True)
class MatchView:
    """Normalised clause text plus, per character, its offset in the clause text."""

    text: str
    origin: Sequence[int]  # a range when the view is the clause text itself, lower-cased
    source_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Clause-text offsets ``[s, e)`` of the view range ``[start, end)``."""
        if start >= len(self.origin):
            return self.source_length, self.source_length
        s = self.origin[start]
        e = self.origin[end - 1] + 1 if end > start else s
        return s, e


#: Anything that makes the view differ from the lower-cased clause other than in case.
_NEEDS_MAPPING = re.compile(r"[^\S ]| {2,}|^ | $|[A-Za-z]\.[A-Za-z]\.")


def match_view(clause_text: str) -> MatchView:
    """Build the matcher view of ``clause_text`` (see module docstring)."""
    if not _NEEDS_MAPPING.search(clause_text):
        # Fast path (most clauses): single spaces, no line breaks, no abbreviations with
        # dots, so the view is the clause itself, character for character.
        lowered = clause_text.translate(_QUOTES_AND_DASHES).lower()
        if len(lowered) == len(clause_text):
            return MatchView(text=lowered, origin=range(len(clause_text)), source_length=len(clause_text))
    dropped: set[int] = set()
    for m in _LINE_END_HYPHEN.finditer(clause_text):
        dropped.update(range(m.start(), m.end()))
    for m in _ABBREVIATION_DOT.finditer(clause_text):
        dropped.add(m.start())
    for m in _PAGE_FURNITURE.finditer(clause_text):
        dropped.update(range(m.start("block"), m.end("block")))
    parts: list[str] = []
    origin: list[int] = []
    for token in _TOKEN.finditer(clause_text):
        start, end = token.span()
        word = token.group()
        if word[0].isspace():
            # a space around dropped furniture is kept once
            if not any(i in dropped for i in range(start, end)) and not (parts and parts[-1] == " "):
                parts.append(" ")
                origin.append(start)
            continue
        lowered = word.translate(_QUOTES_AND_DASHES).lower()
        if len(lowered) == len(word) and not any(i in dropped for i in range(start, end)):
            parts.append(lowered)
            origin.extend(range(start, end))
            continue
        for i, ch in enumerate(word, start):  # rare: a split word, an abbreviation, a ligature
            if i in dropped:
                continue
            for out in ch.translate(_QUOTES_AND_DASHES).lower():
                parts.append(out)
                origin.append(i)
    text = "".join(parts)
    # whitespace inside a dropped line-end split leaves no space; trim the ends
    lead = len(text) - len(text.lstrip(" "))
    trail = len(text.rstrip(" "))
    return MatchView(
        text=text[lead:trail], origin=tuple(origin[lead:trail]), source_length=len(clause_text)
    )
