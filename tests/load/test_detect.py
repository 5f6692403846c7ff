"""Type detection: magic bytes first, extension second."""

from __future__ import annotations

import pytest

from treatylens.errors import InputError
from treatylens.load.detect import kind_from_media_type, sniff

from .builders import make_docx, make_pdf


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (make_pdf([["x"]]), "no-extension", "pdf"),
        (make_pdf([["x"]]), "wrong.txt", "pdf"),
        (make_docx(["x"]), "<stdin>", "docx"),
        (b"<!DOCTYPE html><p>x</p>", "a.txt", "html"),
        (b"  <html><body>x</body></html>", "<stdin>", "html"),
        (b"<p>x</p>", "page.htm", "html"),
        (b"<div><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p></div>", "<stdin>", "html"),
        (b"# Title\n\nText", "notes.markdown", "markdown"),
        (b"<b>bold</b> plain text", "notes.txt", "text"),
        (b"Article 1\nThe Parties...", "treaty", "text"),
        (b"MZ is a fine way to start a sentence.", "mz.txt", "text"),
    ],
)
def test_sniff(data: bytes, name: str, kind: str) -> None:
    assert sniff(data, name) == kind


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{\\rtf1\\ansi Some text}", "is an RTF file"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "is a gzip archive"),
        (b"GIF89a" + b"\x00" * 20, "is a GIF image"),
        (b"PK\x03\x04 truncated zip", "is a damaged or truncated zip"),
    ],
)
def test_unsupported_types_are_named(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=rf"^upload {message}"):
        sniff(data, "upload")


def test_media_type_aliases() -> None:
    assert kind_from_media_type("application/pdf", "x") == "pdf"
    assert kind_from_media_type("MD", "x") == "markdown"
    with pytest.raises(InputError, match=r"^x: unsupported media type"):
        kind_from_media_type("image/png", "x")
