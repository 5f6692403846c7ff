"""PDF-extracted text: soft line breaks, hyphenation and page furniture inside a sentence."""

from __future__ import annotations

from array import array

import pytest

from treatylens.load import load, normalise
from treatylens.model import NormalisedText, SourceText
from treatylens.segment import segment

PDF_TEXT = """CHARTER OF THE SAHEL PACT

Article 11
Any Contracting Party may withdraw from the Pact by written noti-
fication addressed to the other Parties; the withdrawal shall take
effect upon receipt of the notification.

Article 12
This Charter shall enter into force upon its signature by the
Heads of State of the Contracting Parties. It shall be regis-
tered with the Secretariat of the

-- 2 --
CHARTER OF THE SAHEL PACT (unofficial translation)

United Nations and the Commission of the African Union.

Done at Bamako, in three (3) original copies in French.

-- 3 --
CHARTER OF THE SAHEL PACT (unofficial translation)
"""


def identity_view(source: SourceText) -> NormalisedText:
    return NormalisedText(text=source.text, to_source=array("i", range(len(source.text) + 1)))


@pytest.mark.parametrize("view_of", [normalise, identity_view])
def test_wrapped_sentences_and_page_break_stay_in_one_span(view_of: object) -> None:
    source = load(PDF_TEXT, name="charter.txt")
    seg = segment(view_of(source), source)  # type: ignore[operator]
    assert [c.text.split()[0] for c in seg.clauses] == ["Any", "This", "It"]
    last = seg.clauses[-1]
    assert last.text.startswith("It shall be regis-\ntered with the Secretariat of the")
    assert "-- 2 --" in last.text  # the footer interrupts the sentence, so it stays inside
    assert last.text.endswith("Commission of the African Union.")
    assert "notification." in seg.clauses[0].text
    for c in seg.clauses:
        assert source.text[c.start : c.end] == c.text
