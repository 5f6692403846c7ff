"""Cues the loader uses to recognise page furniture and line-end hyphenation.

Page furniture is text a layout adds to every page (page numbers, running headers and
footers) rather than text the parties agreed. The normaliser drops it from the analysis
view; the source text keeps it, so every offset still points at what the user gave.
"""

from __future__ import annotations

import re

# A line that is nothing but a page number: "3", "- 3 -", "-- 3 --", "— iv —", "Page 3",
# "Page 3 of 12", "p. 3", "3/12", "3 of 12". A trailing full stop is *not* allowed, because
# "3." on its own line is a list or paragraph number in many treaties; a bare number has at
# most three digits, because "2024" alone on a line is a year (a date split over lines).
PAGE_NUMBER_LINE = re.compile(
    r"""
    ^(?:
        [-–—~_]*\s*\d{1,3}\s*[-–—~_]*                              # 3, - 3 -, -- 3 --
      | [-–—~_]+\s*[ivxlcdm]{1,6}\s*[-–—~_]+                       # - iv -
      | (?:page|pages|pg\.?|p\.|seite|página|pagina|страница)\s*
        \d{1,4}(?:\s*(?:of|/|de|sur|von|из|di)\s*\d{1,4})?         # Page 3, Page 3 of 12
      | \d{1,4}\s*(?:/|of)\s*\d{1,4}                               # 3/12, 3 of 12
    )$
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Lines that structure the agreement. They repeat "modulo digits" (Article 1, Article 2...)
# and often open a page, so they must never be taken for a running header.
STRUCTURAL_LINE = re.compile(
    r"""
    ^(?:[#*_>\s"'‘’“”«(\[]*)
    (?:articles?|art\.|chapters?|sections?|sec\.|parts?|annex(?:es)?|appendix|schedules?|
       titles?|protocols?|preamble|paragraphs?|rules?|clauses?|§|artículo|articulo|chapitre|titre|anexo|annexe|
       статья|глава|раздел)
    (?:\b|\s|$)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# Lines that start like a list item or a table/markdown construct: content, not furniture.
CONTENT_LINE_START = re.compile(
    r"^(?:\(?[0-9a-zA-Z]{1,4}[.)]\s|\(\w{1,5}\)|[-*+•|#>]|<!--)",
)

# A line whose last character closes a sentence, a list item or a lead-in. Used to decide
# whether text continues across a removed page break.
SENTENCE_END = re.compile(r"""[.:;!?][\"'”’»)\]]*$""")
# A line ending like this continues or closes a sentence: content, never a running header.
CONTENT_LINE_END = re.compile(r"""[.:;,!?][\"'”’»)\]]*$""")

# The first part of a word hyphenated across a line end that is usually a real prefix
# hyphen ("non-\nmilitary" -> "non-military"). Evidence in the document itself (the joined
# or hyphenated form seen elsewhere) overrides this list.
HYPHEN_PREFIXES: frozenset[str] = frozenset(
    {
        "anti",
        "co",
        "counter",
        "cross",
        "ex",
        "inter",
        "intra",
        "multi",
        "non",
        "pan",
        "post",
        "pre",
        "quasi",
        "self",
        "semi",
        "ultra",
    }
)

# Running headers/footers are short; longer repeated lines are content.
MAX_FURNITURE_LINE_CHARS = 120
# A line that repeats this many times (digits masked) anywhere is a running header/footer
# candidate even without page-number lines or form feeds.
MIN_REPEATS_ANYWHERE = 3
# ...provided consecutive occurrences are at least this many lines apart (signature blocks
# and tables repeat lines close together; a running header repeats once a page).
MIN_LINES_BETWEEN_REPEATS = 8
# How many non-blank lines on each side of a page boundary count as header/footer zone.
BOUNDARY_WINDOW_LINES = 2
