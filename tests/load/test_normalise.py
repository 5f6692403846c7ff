"""The analysis view: what it changes, and the exact map back to source offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatylens.load import load, normalise
from treatylens.model import NormalisedText, SourceText


def view(text: str) -> NormalisedText:
    return normalise(load(text))


def assert_maps_back(source: SourceText, normalised: NormalisedText) -> None:
    """Every character maps to the one it came from, or to whitespace it replaced."""
    to_source = normalised.to_source
    assert len(to_source) == len(normalised.text) + 1
    assert to_source[-1] == len(source.text)
    previous = -1
    for i, char in enumerate(normalised.text):
        origin = source.text[to_source[i]]
        if char.isspace():
            assert origin.isspace() or origin == "\f", (i, char, origin)
        else:
            assert origin == char, (i, char, origin)
        assert to_source[i] > previous or char == "\n", "map must increase"
        previous = to_source[i]


def test_whitespace_and_invisibles() -> None:
    text = (
        "  The\u00a0Parties\t\tshall \u200bconsult\u2009 each\u00adother.  \r\nNext\rline\u2028end"
    )
    assert view(text).text == "The Parties shall consult eachother.\nNext\nline\nend"


def test_blank_lines_collapse_and_edges_drop() -> None:
    assert view("\n\n\nOne.\n\n\n\nTwo.\n\n\n").text == "One.\n\nTwo.\n"


def test_quotes_and_other_characters_are_kept() -> None:
    text = "“Aggression” — ‘as defined’ in §3 (a) & [b]; 5,000 troops…"
    assert view(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("collective defen-\nce of", "collective defence of"),
        ("the co-\noperation of", "the co-operation of"),
        ("a non-\nmilitary means", "a non-military means"),
        ("self-\ndefence", "self-defence"),
        (
            "the inter-\nnational order; international law",
            "the international order; international law",
        ),
        ("a well-\nknown well-known fact", "a well-known well-known fact"),
        ("the Liptako-\nGourma area", "the Liptako-\nGourma area"),
        ("list item -\nnext", "list item -\nnext"),
        ("defen-\n\nce", "defen-\n\nce"),
        ("de\u00ad\nfence", "defence"),
    ],
)
def test_line_end_hyphenation(text: str, expected: str) -> None:
    assert view(text).text == expected


@pytest.mark.parametrize(
    "page_number",
    ["3", "- 3 -", "-- 3 --", "— 3 —", "Page 3", "Page 3 of 12", "page 3 / 12", "3/12", "3 of 12"],
)
def test_page_number_lines_are_dropped(page_number: str) -> None:
    text = f"The Parties shall consult.\n\n{page_number}\n\nArticle 2\nText."
    assert view(text).text == "The Parties shall consult.\n\nArticle 2\nText."


def test_list_numbers_and_years_are_not_page_numbers() -> None:
    text = "Article 3\n1.\nThe Parties shall consult.\n(2)\nThey shall meet.\nDone on 1 May\n2024"
    assert view(text).text == text


def test_sentence_interrupted_by_page_break_continues() -> None:
    text = (
        "TREATY OF FRIENDSHIP (draft)\n\nArticle 1\nThe Parties shall register it with the\n\n"
        "- 1 -\nTREATY OF FRIENDSHIP (draft)\n\nSecretariat of the United Nations.\n\n"
        "- 2 -\nTREATY OF FRIENDSHIP (draft)\n\nArticle 2\nText.\n"
    )
    assert view(text).text == (
        "TREATY OF FRIENDSHIP (draft)\n\n"
        "Article 1\nThe Parties shall register it with the\nSecretariat of the United Nations.\n\n"
        "Article 2\nText.\n"
    )


def test_form_feed_is_a_page_boundary() -> None:
    text = "Title Page\n\fHeader Line Of Agreement\nArticle 1 text.\n\fHeader Line Of Agreement\nmore text.\n\fHeader Line Of Agreement\nend."
    assert view(text).text == "Title Page\nArticle 1 text.\n\nmore text.\n\nend."


def test_running_header_without_page_breaks_repeating_three_times() -> None:
    filler = "\n".join(f"The Parties shall do thing number {i}." for i in range(10))
    text = "\n".join(["UNITED NATIONS SECURITY COUNCIL", filler] * 3)
    assert "UNITED NATIONS" not in view(text).text


def test_repeated_subheadings_and_signature_lines_are_content() -> None:
    filler = "\n".join(f"Body sentence {i} of the chapter." for i in range(10))
    headings = "\n".join(f"Functions and Powers\nArticle {n}\n{filler}" for n in range(1, 5))
    assert view(headings).text.count("Functions and Powers") == 4
    signatures = "For the Republic\nPrime Minister\nFor the Kingdom\nPrime Minister\nFor the State\nPrime Minister"
    assert view(signatures).text.count("Prime Minister") == 3
    article_starts = "\n".join(f"Article {n}\n{filler}" for n in range(1, 6))
    assert view(article_starts).text.count("Article") == 5


def test_source_span_maps_back() -> None:
    source = load("Article 1\r\nThe  Parties shall de-\r\nfend each other.")
    normalised = normalise(source)
    start = normalised.text.index("defend")
    s, e = normalised.source_span(start, start + len("defend"))
    assert source.text[s:e] == "de-\r\nfend"
    s, e = normalised.source_span(0, len(normalised.text))
    assert (s, e) == (0, len(source.text))


def test_empty_view() -> None:
    source = SourceText(
        text="\n- 3 -\n", name="x", media_type="text/plain", sha256="", size_bytes=7
    )
    normalised = normalise(source)
    assert normalised.text == ""
    assert list(normalised.to_source) == [7]


def test_dev_pdf_style_text(shared_dir: Path) -> None:
    source = load(shared_dir / "eval" / "dev" / "d02_sahel_mutual_defence_charter_pdf.txt")
    normalised = normalise(source)
    assert "unofficial translation)" not in normalised.text
    assert "-- 1 --" not in normalised.text
    assert "collective defence and mutual assistance" in normalised.text
    assert "Secretariat of the\nUnited Nations" in normalised.text
    assert "Liptako-Gourma" in normalised.text
    assert_maps_back(source, normalised)


_WORDS = st.sampled_from(
    ["The", "Parties", "shall", "defen-", "ce", "co-", "operation", "non-", "military", "“quote”",
     "Article", "5", "—", "self-", "defence", "é", "x"]
)  # fmt: skip
_SEPARATORS = st.sampled_from(
    [" ", "  ", "\t", "\u00a0", "\n", "\r\n", "\r", "\n\n", "\n\n\n", "\f", "\u00ad", "\u200b",
     "\n- 3 -\n", "\nPage 2 of 9\n", "\nRUNNING HEADER TEXT\n", "-\n", " \n ", "\u2028"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=60))
def test_every_mapped_character_matches(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in parts)
    source = SourceText(text=text, name="x", media_type="text/plain", sha256="", size_bytes=0)
    normalised = normalise(source)
    assert_maps_back(source, normalised)
    # The view never has runs of spaces, padded lines or more than one blank line.
    assert "  " not in normalised.text
    assert " \n" not in normalised.text and "\n " not in normalised.text
    assert "\n\n\n" not in normalised.text
    assert "\f" not in normalised.text and "\r" not in normalised.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_maps_back(text: str) -> None:
    source = SourceText(text=text, name="x", media_type="text/plain", sha256="", size_bytes=0)
    assert_maps_back(source, normalise(source))
