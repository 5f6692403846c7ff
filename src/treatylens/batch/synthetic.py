"""Deterministic synthetic agreements for benchmarks and tests of the batch machinery.

They read like short treaties (articles with defence, consultation, aid and withdrawal
clauses) so that every pipeline stage does real work, but they measure throughput, not
labelling quality.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

_STATES = ("Arland", "Borovia", "Calmera", "Dostania", "Elbaria", "Fernland", "Grovania", "Hestia")
_ARTICLES = (
    "The Parties shall consult together whenever, in the opinion of either of them, the "
    "territorial integrity or security of either Party is threatened.",
    "An armed attack against one Party shall be considered an attack against both, and each "
    "Party shall assist the Party so attacked by taking such action as it deems necessary.",
    "{a} shall provide {b} with military equipment, training and intelligence worth {n} million "
    "euros each year.",
    "The Parties will endeavour to settle any dispute between them by peaceful means.",
    "A Joint Council composed of the ministers of defence shall meet at least twice a year.",
    "Either Party may withdraw from this Treaty upon {n} months' written notice to the other.",
    "{a} undertakes to station no more than {n} thousand troops on the territory of {b}.",
    "Nothing in this Treaty shall be construed as an obligation to use armed force.",
    "This Treaty shall be ratified in accordance with the constitutional processes of the Parties.",
)


def synthetic_text(index: int, articles: int = 8) -> str:
    """Agreement number ``index``: same index, same text."""
    rng = random.Random(index)
    a, b = rng.sample(_STATES, 2)
    year = 1900 + rng.randrange(125)
    lines = [f"Treaty of Friendship between {a} and {b} ({year}, no. {index})", ""]
    lines.append(f"The Republic of {a} and the Kingdom of {b}, desiring to strengthen peace,")
    lines.append("Have agreed as follows:")
    for number in range(1, articles + 1):
        template = rng.choice(_ARTICLES)
        lines.append("")
        lines.append(f"Article {number}")
        lines.append(template.format(a=a, b=b, n=rng.randrange(2, 60)))
    lines.append("")
    lines.append(f"Done at {a}, in two copies, on the first day of May {year}.")
    return "\n".join(lines) + "\n"


def synthetic_records(
    count: int, start: int = 0, articles: int = 8
) -> Iterator[dict[str, object]]:
    for index in range(start, start + count):
        yield {"id": f"syn-{index:06d}", "text": synthetic_text(index, articles)}


def write_jsonl(path: Path, count: int, start: int = 0, articles: int = 8) -> Path:
    """``count`` synthetic agreements as a JSONL corpus, written one line at a time."""
    with path.open("w", encoding="utf-8") as handle:
        for record in synthetic_records(count, start, articles):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
