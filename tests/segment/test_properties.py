"""Property: on any text, spans index the source exactly, in order, without overlap."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from treatylens.load import normalise
from treatylens.model import NormalisedText, SourceText
from treatylens.segment import segment, with_spans

PIECES = st.sampled_from(
    [
        "Article 5",
        "ARTICLE V",
        "Art. 5",
        "### Article 2",
        "\\###",
        "1.",
        "5.1",
        "(a)",
        "(i)",
        "a)",
        "- ",
        "* ",
        "• ",
        "Recalling the Charter,",
        "Have agreed as follows:",
        "The Parties shall act.",
        "U.S. forces",
        "e.g.",
        "No. 5",
        "“quoted. text”",
        '"open',
        ";",
        ":",
        " and",
        "\n",
        "\n\n",
        "-- 2 --",
        "IN WITNESS WHEREOF",
        "DONE at Rome.",
        "For the Republic of X",
        "KYIV, May 3 - ",
        "said officials.",
        "ANNEX A",
        "Mr. Smith",
        "\u00a0",
        "regis-\ntered",
        "\t",
        "MainText:",
    ]
)
TEXTS = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map(" ".join),
    st.text(max_size=300),
)


def _check(text: str, identity: bool) -> None:
    # Built directly: the loader rightly refuses empty or binary-looking input.
    source = SourceText(
        text=text, name="p.txt", media_type="text/plain", sha256="", size_bytes=len(text)
    )
    view = (
        NormalisedText(text=source.text, to_source=array("i", range(len(source.text) + 1)))
        if identity
        else normalise(source)
    )
    seg = segment(view, source)
    previous_end = 0
    for i, c in enumerate(seg.clauses):
        assert source.text[c.start : c.end] == c.text
        assert c.start < c.end
        assert c.start >= previous_end
        assert c.id == f"c{i + 1:04d}"
        previous_end = c.end
    ids = [p.id for p in seg.provisions]
    assert len(ids) == len(set(ids))
    rebuilt = with_spans(seg, source, [(c.start, c.end, c.operative) for c in seg.clauses])
    assert [c.text for c in rebuilt.clauses] == [c.text for c in seg.clauses]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_spans_are_exact_ordered_and_disjoint(text: str) -> None:
    _check(text, identity=False)


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_spans_hold_on_the_identity_view(text: str) -> None:
    _check(text, identity=True)
