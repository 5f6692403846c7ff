"""How strong a commitment's words are, aspect by aspect (used by ``diff`` and ``compare``).

Each aspect maps a codebook value to a rank (higher = stronger duty). The ranks follow the
codebook's own orders: modality binding > qualified > hortatory > none; automaticity
automatic > discretionary > consult_first > external; means all_means > military > unspecified
> non_military. Every condition narrows a duty, so more conditions rank lower.
"""

from __future__ import annotations

import re
from typing import Final

from treatylens.model import Clause

MODALITY_RANK: Final[dict[str, int]] = {"binding": 3, "qualified": 2, "hortatory": 1, "none": 0}
AUTOMATICITY_RANK: Final[dict[str, int]] = {
    "automatic": 3,
    "discretionary": 2,
    "consult_first": 1,
    "external": 0,
}
MEANS_RANK: Final[dict[str, int]] = {"all_means": 3, "military": 2, "unspecified": 1, "non_military": 0}

#: Number words that drafts use for notice periods and deadlines ("six months' notice").
NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "hundred": 100,
}
_NUMBER = re.compile(
    r"\d[\d,.]*\d|\d|\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def numbers_in(text: str) -> tuple[str, ...]:
    """The numbers a clause fixes, normalised (digits, thousands separators dropped), in order."""
    out: list[str] = []
    for m in _NUMBER.finditer(text):
        token = m.group(0)
        word = NUMBER_WORDS.get(token.lower())
        out.append(str(word) if word is not None else token.replace(",", "").rstrip("."))
    return tuple(out)


def modality_rank(clause: Clause) -> int | None:
    return MODALITY_RANK.get(clause.modality) if clause.modality else None


def automaticity_rank(clause: Clause) -> int | None:
    return AUTOMATICITY_RANK.get(clause.automaticity) if clause.automaticity else None


def means_rank(clause: Clause) -> int | None:
    return MEANS_RANK.get(clause.means) if clause.means else None
