"""Plain-text loading: encodings, pasted text, paths, names, hashes."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from treatylens.errors import InputError
from treatylens.load import load

SAMPLE = "Article 5\r\nThe Parties shall “assist” each other — café, naïve, déjà vu.\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (SAMPLE.encode("cp1252"), "cp1252"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_decode_exactly(encoded: bytes, encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "agreement.txt"
    path.write_bytes(encoded)
    source = load(path)
    # Exactly the decoded text: no BOM, no newline translation.
    assert source.text == SAMPLE
    assert source.encoding == encoding
    assert source.media_type == "text/plain"
    assert source.name == "agreement.txt"
    assert source.size_bytes == len(encoded)
    assert source.sha256 == hashlib.sha256(encoded).hexdigest()


def test_non_western_legacy_encoding_falls_back_to_detection() -> None:
    text = "Статья 5. Стороны обязуются оказывать друг другу помощь в случае нападения. " * 4
    source = load(text.encode("cp1251"), name="ru.txt")
    assert source.text == text
    assert source.encoding is not None and source.encoding != "cp1252"


def test_str_path_and_pasted_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Title\n\nThe Parties shall consult.\n", encoding="utf-8")
    from_str_path = load(str(path))
    assert from_str_path.media_type == "text/markdown"
    assert from_str_path.name == "note.md"

    pasted = load("The Parties shall consult.")
    assert pasted.name == "<text>"
    assert pasted.media_type == "text/plain"
    assert pasted.text == "The Parties shall consult."
    assert pasted.encoding == "utf-8"
    assert pasted.sha256 == hashlib.sha256(b"The Parties shall consult.").hexdigest()


def test_pasted_text_that_is_not_a_path_is_never_stat_ed() -> None:
    # Very long or multi-line strings would make the OS raise; they are text.
    long_text = "The Parties shall consult. " * 1000
    assert load(long_text).text == long_text
    assert load("a\nb/c.txt").text == "a\nb/c.txt"


def test_bytes_default_to_stdin_name_and_are_sniffed() -> None:
    source = load(b"The Parties shall consult.\n")
    assert source.name == "<stdin>"
    assert source.media_type == "text/plain"
    assert load(b"# Heading\n", name="upload.md").media_type == "text/markdown"


def test_source_text_passes_through() -> None:
    source = load("Some text.")
    assert load(source) is source


def test_media_type_override() -> None:
    source = load(b"<p>One</p><p>Two</p>", media_type="text/html")
    assert source.media_type == "text/html"
    assert source.text == "One\n\nTwo\n"
    with pytest.raises(InputError, match=r"^x: unsupported media type"):
        load(b"abc", name="x", media_type="image/png")


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff".encode()])
def test_empty_and_whitespace_only(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"^empty\.txt is empty"):
        load(path)


def test_empty_pasted_text() -> None:
    with pytest.raises(InputError, match=r"^<text> is empty"):
        load("  \n ")


def test_binary_junk_is_not_text() -> None:
    junk = bytes(range(256)) * 20
    with pytest.raises(InputError, match=r"^blob\.txt is not a text document"):
        load(junk, name="blob.txt")
    controls = ("text\x01\x02\x03\x04\x05\x06" * 50).encode()
    with pytest.raises(InputError, match=r"^<stdin> is not a text document"):
        load(controls)


def test_unknown_binary_type_is_named() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    with pytest.raises(InputError, match=r"^scan\.png is a PNG image, not a supported document"):
        load(png, name="scan.png")
    with pytest.raises(InputError, match=r"legacy Office file"):
        load(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, name="old.doc")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^nope\.txt: no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match=r"is a directory"):
        load(tmp_path)


def test_errors_are_one_line(tmp_path: Path) -> None:
    for bad in (b"", b"\x00\x01" * 100, b"%PDF-1.4 truncated"):
        with pytest.raises(InputError) as caught:
            load(bad, name="bad.bin")
        assert "\n" not in str(caught.value)
        assert str(caught.value).startswith("bad.bin")
