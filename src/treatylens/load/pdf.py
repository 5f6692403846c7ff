"""PDF text layer with pypdf. Pages are joined with ``PAGE_SEPARATOR`` so boundaries stay visible."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from treatylens.errors import InputError

# A form feed on a line of its own between pages: the conventional page break of plain
# text, which the normaliser treats as a page boundary (and removes).
PAGE_SEPARATOR = "\n\f\n"


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repaired cross-reference; users need one clear error, not that noise."""
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(previous)


def pdf_to_text(data: bytes, name: str) -> tuple[str, int]:
    """The text layer of a PDF and its page count."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except (DependencyError, NotImplementedError):
                    opened = False
                if not opened:
                    raise InputError(
                        f"{name} is an encrypted PDF that needs a password; save an unencrypted copy"
                    )
            page_texts = [_page_text(page) for page in reader.pages]
        except InputError:
            raise
        except FileNotDecryptedError:
            raise InputError(
                f"{name} is an encrypted PDF that needs a password; save an unencrypted copy"
            ) from None
        except Exception:
            # A damaged file can make the parser fail in many ways (unsupported filters,
            # struct and zlib errors, broken object graphs); to the user they are all one fact.
            raise InputError(f"{name} is not a readable PDF (damaged or truncated)") from None
    if not page_texts:
        raise InputError(f"{name} is a PDF with no pages")
    if not any(text.strip() for text in page_texts):
        raise InputError(
            f"{name} is a PDF with no text layer (scanned images?); run OCR on it first"
        )
    return PAGE_SEPARATOR.join(page_texts), len(page_texts)


def _page_text(page: object) -> str:
    text = page.extract_text()  # type: ignore[attr-defined]
    return str(text or "").replace("\f", "\n").strip("\n")
