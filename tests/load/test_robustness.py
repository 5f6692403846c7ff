"""Whatever the bytes, ``load`` returns a ``SourceText`` or raises a one-line ``InputError``."""

from __future__ import annotations

import io
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from treatylens.errors import InputError
from treatylens.load import load, normalise

from .builders import make_docx, make_pdf

_PDF = make_pdf([["Article 1", "The Parties shall consult."]])
_DOCX = make_docx(["Article 1", "The Parties shall consult."])


def _load_or_input_error(data: bytes, name: str) -> None:
    try:
        source = load(data, name=name)
    except InputError as error:
        message = str(error)
        assert message.startswith(name)
        assert "\n" not in message
    else:
        assert source.text.strip()
        normalise(source)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html>", b"\xef\xbb\xbf", b"\xff\xfe"]),
    st.binary(max_size=2000),
    st.sampled_from(["in.txt", "in.pdf", "in.docx", "in.html", "in"]),
)
def test_arbitrary_bytes(prefix: bytes, body: bytes, name: str) -> None:
    _load_or_input_error(prefix + body, name)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=len(_PDF) - 1), st.binary(min_size=1, max_size=64))
def test_corrupted_pdf(cut: int, noise: bytes) -> None:
    _load_or_input_error(_PDF[:cut], "cut.pdf")
    _load_or_input_error(_PDF[:cut] + noise + _PDF[cut + len(noise) :], "noisy.pdf")


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=len(_DOCX) - 1))
def test_truncated_docx(cut: int) -> None:
    _load_or_input_error(_DOCX[:cut], "cut.docx")


def test_docx_with_malformed_document_xml() -> None:
    source = io.BytesIO(_DOCX)
    target = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            copy.writestr(item, data)
    _load_or_input_error(target.getvalue(), "half.docx")
