"""DOCX text with python-docx: body paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from treatylens.errors import InputError
from treatylens.load.limits import check_zip_archive


def docx_to_text(data: bytes, name: str) -> str:
    """One paragraph per line, a blank line between paragraphs (numbering is not in the text)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_archive(archive, name)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{name} is not a readable DOCX (damaged zip archive)") from None

    import docx
    from lxml.etree import LxmlError

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [text.strip() for text in _block_texts(document)]
    except LxmlError:
        raise InputError(f"{name} is not a readable DOCX (malformed XML)") from None
    except Exception:
        # As for PDF: however the parser fails on a damaged file, the user needs one message.
        raise InputError(
            f"{name} is not a readable DOCX (damaged or not a Word document)"
        ) from None
    return "\n\n".join(text for text in paragraphs if text) + "\n"


def _block_texts(container: Any) -> Iterator[str]:
    """Paragraph texts of a document or cell, descending into tables (each cell once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            # id -> element: holding the element keeps its id unique while we look.
            seen: dict[int, Any] = {}
            for row in block.rows:
                for cell in row.cells:
                    # A merged cell appears once per grid position; read it once.
                    key = id(cell._tc)
                    if key in seen:
                        continue
                    seen[key] = cell._tc
                    yield from _block_texts(cell)
