"""PDF: text layer per page, page boundaries kept, clear errors for what cannot be read."""

from __future__ import annotations

import io

import pytest

from treatylens.errors import InputError
from treatylens.load import load, normalise
from treatylens.load.pdf import PAGE_SEPARATOR

from .builders import make_image_only_pdf, make_pdf

HEADER = "MUTUAL DEFENCE CHARTER (unofficial translation)"


def _charter_pages() -> list[list[str]]:
    return [
        [HEADER, "Article 1", "The Parties shall assist one another in the event of ag-", "- 1 -"],
        [HEADER, "gression against any of them.", "- 2 -"],
        [HEADER, "Article 2", "This Charter enters into force on signature.", "- 3 -"],
    ]


def test_pages_are_joined_with_the_separator_and_counted() -> None:
    source = load(make_pdf(_charter_pages()), name="charter.pdf")
    assert source.media_type == "application/pdf"
    assert source.pages == 3
    assert source.encoding is None
    assert source.text.count(PAGE_SEPARATOR) == 2
    assert "Article 1" in source.text.split(PAGE_SEPARATOR)[0]


def test_furniture_and_hyphenation_removed_in_the_view() -> None:
    source = load(make_pdf(_charter_pages()), name="charter.pdf")
    view = normalise(source)
    # The first page's copy is kept: at the very start it is usually the title.
    assert view.text.count(HEADER) == 1 and view.text.startswith(HEADER)
    assert "- 2 -" not in view.text and "\f" not in view.text
    assert "in the event of aggression against any of them." in view.text


def test_extension_is_not_needed() -> None:
    assert load(make_pdf([["Some text."]])).media_type == "application/pdf"


def test_encrypted_pdf_needs_password() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([["Secret text."]]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"^locked\.pdf is an encrypted PDF that needs a password"):
        load(buffer.getvalue(), name="locked.pdf")


def test_pdf_with_empty_user_password_opens() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf([["Open text."]]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert load(buffer.getvalue(), name="restricted.pdf").text.strip() == "Open text."


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage",
        make_pdf([["Truncated text."]])[:200],
    ],
)
def test_broken_pdf(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        load(data, name="broken.pdf")
    message = str(caught.value)
    assert message.startswith("broken.pdf ")
    assert "\n" not in message


def test_scanned_pdf_has_no_text_layer() -> None:
    with pytest.raises(InputError, match=r"^scan\.pdf is a PDF with no text layer"):
        load(make_image_only_pdf(), name="scan.pdf")


def test_pdf_name_without_pdf_content() -> None:
    with pytest.raises(InputError, match=r"^fake\.pdf has a \.pdf name but is not a PDF"):
        load(b"just text", name="fake.pdf")
