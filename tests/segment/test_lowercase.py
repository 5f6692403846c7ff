"""Lower-cased, space-stripped extractions (authored fixture in the style of some "src:" texts)."""

from __future__ import annotations

from .helpers import run, texts

# Long enough to be recognised as a lower-cased text, on one line as such extractions are.
PREAMBLE = (
    "the parties to this treaty" + "convinced that the zone serves the peace of the region;" * 30
)
TEXT = (
    "zone treatysrc: "
    + PREAMBLE.strip()
    + ";have agreed as follows: ARTICLE 1usage of termsfor the purposes of this treaty:"
    '(a) "zone" means the area described in annex 1; ARTICLE 2application of the treaty1. '
    "this treaty shall apply to territory within the zone.2. nothing in this treaty shall "
    "prejudice the rights of any state under international law. ARTICLE 3renunciation of "
    "devices each party undertakes:a. not to acquire any nuclear explosive device; b. not to "
    "seek any assistance in the acquisition of any nuclear explosive device.\n"
)


def test_shouted_headings_are_found_and_glued_markers_left_out() -> None:
    seg = run(TEXT)
    body = [c for c in seg.clauses if c.zone != "preamble"]
    assert {c.section.split("(")[0] for c in body} == {"Article 1", "Article 2", "Article 3"}
    assert "application of the treaty1." not in texts(seg)
    assert "this treaty shall apply to territory within the zone." in texts(seg)
    assert not any(t.endswith((":a.", "zone.2.")) for t in texts(seg))
