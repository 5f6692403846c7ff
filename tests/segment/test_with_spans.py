"""``with_spans``: clause list rebuilt on given spans, context taken from the provisions."""

from __future__ import annotations

from treatylens.load import load, normalise
from treatylens.segment import segment, with_spans

TEXT = """TREATY

The Parties,

Recalling the Charter,

Have agreed as follows:

Article 3

2. Each Party shall take the following measures:
(a) deploy its forces;
(b) open its airspace.
"""


def test_with_spans_fills_section_zone_and_chapeau_links() -> None:
    source = load(TEXT, name="t.txt")
    seg = segment(normalise(source), source)
    spans = [(c.start, c.end, c.operative) for c in seg.clauses]
    rebuilt = with_spans(seg, source, spans)
    assert [
        (c.start, c.end, c.section, c.zone, c.provision_id, c.lead_in) for c in rebuilt.clauses
    ] == [(c.start, c.end, c.section, c.zone, c.provision_id, c.lead_in) for c in seg.clauses]
    assert [c.parent_id for c in rebuilt.clauses] == [c.parent_id for c in seg.clauses]
    assert rebuilt.clauses[0].zone == "preamble"
    assert rebuilt.provisions == seg.provisions


def test_with_spans_on_foreign_spans_keeps_text_and_order() -> None:
    source = load(TEXT, name="t.txt")
    seg = segment(normalise(source), source)
    start = TEXT.index("deploy")
    spans = [(start, start + 6, True), (0, 6, False)]
    rebuilt = with_spans(seg, source, spans)
    assert [c.text for c in rebuilt.clauses] == ["TREATY", "deploy"]
    assert [c.id for c in rebuilt.clauses] == ["c0001", "c0002"]
    assert rebuilt.clauses[1].section == "Article 3(2)(a)"
    assert rebuilt.clauses[0].operative is False
