"""DOCX: paragraphs and table cells in order; zip bombs refused before inflating."""

from __future__ import annotations

import io
import zipfile

import pytest

from treatylens.errors import InputError
from treatylens.load import load

from .builders import make_docx, make_zip_bomb_docx


def test_paragraphs_and_table_cells_in_order() -> None:
    data = make_docx(
        ["Agreement on Security Cooperation", "", "Article 1", "The Parties shall consult."],
        table=[["For Ukraine", "For the Netherlands"], ["Signed", "Signed"]],
    )
    source = load(data, name="agreement.docx")
    assert source.media_type == "application/docx"
    assert source.text == (
        "Agreement on Security Cooperation\n\nArticle 1\n\nThe Parties shall consult.\n\n"
        "For Ukraine\n\nFor the Netherlands\n\nSigned\n\nSigned\n\nAfter the table.\n"
    )


def test_merged_cells_are_read_once() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Merged signature block"
    buffer = io.BytesIO()
    document.save(buffer)
    assert load(buffer.getvalue(), name="m.docx").text.count("Merged signature block") == 1


def test_zip_bomb_is_refused() -> None:
    with pytest.raises(InputError, match=r"^bomb\.docx is not a plausible DOCX: .*zip bomb"):
        load(make_zip_bomb_docx(64 << 20), name="bomb.docx")


def test_too_many_members_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(2100):
            archive.writestr(f"word/media/{i}.bin", b"")
    with pytest.raises(InputError, match=r"archive members"):
        load(buffer.getvalue(), name="many.docx")


def test_damaged_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-closed")
    with pytest.raises(InputError, match=r"^broken\.docx is not a readable DOCX"):
        load(buffer.getvalue(), name="broken.docx")


def test_empty_docx() -> None:
    with pytest.raises(InputError, match=r"^blank\.docx is empty"):
        load(make_docx(["", "  "]), name="blank.docx")


def test_other_zip_formats_are_named() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match=r"^sheet\.xlsx is an Excel workbook"):
        load(buffer.getvalue(), name="sheet.xlsx")
