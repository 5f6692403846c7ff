"""HTML: main text only, block structure as line breaks, hostile markup survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.errors import InputError
from treatylens.load import load, normalise

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "load"


def test_page_chrome_and_code_are_dropped() -> None:
    source = load(FIXTURES / "agreement.html")
    assert source.media_type == "text/html"
    assert source.encoding == "utf-8"
    text = source.text
    for unwanted in ("alert", "color:", "Site menu", "Cookie", "Subscribe", "Share", "Related"):
        assert unwanted not in text, unwanted
    assert "Article 1\n\nThe Parties shall consult each other." in text
    # Entities decoded, list items on their own lines, headings on their own lines.
    assert "“threat” & attack" in text
    assert "\n(a) land forces;\n(b) naval forces.\n" in text
    assert text.startswith("Agreement on Mutual Assistance\n\n")


def test_header_inside_article_is_kept() -> None:
    markup = b"<html><body><article><header><h1>Treaty Title</h1></header><p>Body.</p></article></body></html>"
    assert load(markup).text == "Treaty Title\n\nBody.\n"


def test_sniffed_without_extension() -> None:
    source = load(b"<!DOCTYPE html><title>x</title><p>The Parties shall consult.</p>")
    assert source.media_type == "text/html"
    assert source.text == "The Parties shall consult.\n"


def test_markdown_with_html_comments_is_not_html(tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text("<!-- -->\nThe Parties <b>shall</b> consult.\n", encoding="utf-8")
    assert load(path).media_type == "text/plain"


def test_hostile_html_does_not_crash_or_hang() -> None:
    deep = "<div>" * 100_000 + "deep text" + "</div>" * 100_000
    broken = "<p>unclosed <b><i>tags <table><tr><td>cell</p></b> & &bogus; &#xffffffff; </td>"
    tricks = (
        '<a href="javascript:alert(1)">link text</a><!-- <p>hidden comment</p> -->'
        "<!--><script>alert(2)</script>--><style>p{}</style><p hidden>secret</p>"
        '<p style="display: none">also secret</p><p>visible</p>'
    )
    long_line = "<p>" + "word " * 200_000 + "</p>"  # a 1 MB line
    for markup in (broken, tricks, long_line):
        source = load(markup.encode("utf-8"), name="page.html")
        normalise(source)
    # The parser stops descending at depth 256: the text is lost, the error is clean.
    with pytest.raises(InputError, match=r"^page\.html is empty"):
        load(deep.encode("utf-8"), name="page.html")
    moderate = "<div><span>" * 100 + "nested text" + "</span></div>" * 100
    assert load(moderate.encode(), name="page.html").text == "nested text\n"
    tricky = load(tricks.encode(), name="t.html").text
    assert "alert" not in tricky and "secret" not in tricky and "hidden comment" not in tricky
    assert "link text" in tricky and "visible" in tricky


def test_html_without_text_is_empty() -> None:
    with pytest.raises(InputError, match=r"^blank\.html is empty"):
        load(b"<html><body><script>var x = 1;</script></body></html>", name="blank.html")


def test_meta_charset_legacy_encoding() -> None:
    markup = "<html><body><p>Défense “commune”</p></body></html>".encode("cp1252")
    source = load(markup, name="legacy.html")
    assert source.text == "Défense “commune”\n"
    assert source.encoding == "cp1252"


def test_declared_charset_is_honoured() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Статья 5. Помощь.</p></body></html>'
    source = load(page.encode("cp1251"), name="ru.html")
    assert source.text == "Статья 5. Помощь.\n"
    assert source.encoding == "cp1251"
