"""``load``: from a path, bytes, a stream or pasted text to a ``SourceText``."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO, cast

from treatylens.errors import InputError
from treatylens.load.detect import KIND_MEDIA_TYPES, Kind, extension, kind_from_media_type, sniff
from treatylens.load.limits import (
    read_file_limited,
    read_stream_limited,
    resolve_max_bytes,
    too_large,
)
from treatylens.load.text import check_is_text, decode_bytes, decode_markup
from treatylens.model import MediaType, SourceText

PASTED_NAME = "<text>"
STDIN_NAME = "<stdin>"
# A str longer than this, or with a line break or NUL, is text, never a path (and never
# handed to the OS, which would raise for it).
_MAX_PATH_CHARS = 4096


def load(
    document: str | Path | bytes | SourceText,
    name: str | None = None,
    media_type: str | None = None,
    *,
    max_bytes: int | None = None,
) -> SourceText:
    """Read a document.

    ``document`` is a ``Path``; a ``str`` naming an existing file; raw ``bytes`` (sniffed); an
    already loaded ``SourceText`` (returned as is); or any other ``str``, taken as pasted text.
    ``media_type`` forces the type ("application/pdf", "text/html", "pdf", "md"...).
    ``max_bytes`` caps the input size (default: ``TREATYLENS_MAX_BYTES`` or 50 MiB).
    Raises ``InputError`` with a one-line message that starts with the input's name.
    """
    if isinstance(document, SourceText):
        return document
    if isinstance(document, Path) or (isinstance(document, str) and _names_a_file(document)):
        path = Path(document)
        label = name or path.name or str(path)
        limit = resolve_max_bytes(label, max_bytes)
        data = read_file_limited(path, label, limit)
        return load_bytes(data, label, media_type)
    if isinstance(document, bytes | bytearray | memoryview):
        label = name or STDIN_NAME
        data = bytes(document)
        limit = resolve_max_bytes(label, max_bytes)
        if len(data) > limit:
            raise too_large(label, len(data), limit)
        return load_bytes(data, label, media_type)
    if isinstance(document, str):
        return _load_pasted(document, name or PASTED_NAME, media_type, max_bytes)
    raise InputError(f"{name or '<input>'}: cannot load a {type(document).__name__}")


def load_stream(
    stream: BinaryIO,
    name: str = STDIN_NAME,
    media_type: str | None = None,
    *,
    max_bytes: int | None = None,
) -> SourceText:
    """Read a binary stream (stdin, an upload) without buffering more than the limit."""
    limit = resolve_max_bytes(name, max_bytes)
    return load_bytes(read_stream_limited(stream, name, limit), name, media_type)


def load_bytes(data: bytes, name: str, media_type: str | None = None) -> SourceText:
    """Load raw bytes already read within the limit: detect, decode or extract, check."""
    if not data.strip():
        raise InputError(f"{name} is empty")
    kind = kind_from_media_type(media_type, name) if media_type else sniff(data, name)
    encoding: str | None = None
    pages: int | None = None
    if kind == "pdf":
        from treatylens.load.pdf import pdf_to_text

        text, pages = pdf_to_text(data, name)
    elif kind == "docx":
        from treatylens.load.docx import docx_to_text

        text = docx_to_text(data, name)
    elif kind == "html":
        from treatylens.load.html import html_to_text

        markup, encoding = decode_markup(data, name)
        check_is_text(markup, name)
        text = html_to_text(markup, name)
    else:
        text, encoding = decode_bytes(data, name)
        check_is_text(text, name)
    if not text.strip():
        raise InputError(f"{name} is empty (no text found)")
    return SourceText(
        text=text,
        name=name,
        media_type=_media_type(kind),
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        encoding=encoding,
        pages=pages,
    )


def _load_pasted(text: str, name: str, media_type: str | None, max_bytes: int | None) -> SourceText:
    limit = resolve_max_bytes(name, max_bytes)
    # A UTF-8 encoding is at most 4 bytes a character: check before encoding a huge string.
    if len(text) > limit:
        raise too_large(name, f"at least {len(text)}", limit)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates (from a broken decode upstream) cannot be text.
        raise InputError(f"{name} is not a text document (invalid characters)") from None
    if len(data) > limit:
        raise too_large(name, len(data), limit)
    if not text.strip():
        raise InputError(f"{name} is empty")
    check_is_text(text, name)
    kind: Kind = kind_from_media_type(media_type, name) if media_type else "text"
    if kind == "html":
        from treatylens.load.html import html_to_text

        extracted = html_to_text(text, name)
        if not extracted.strip():
            raise InputError(f"{name} is empty (no text found)")
        text = extracted
    elif kind not in ("text", "markdown"):
        raise InputError(f"{name}: pasted text cannot be {KIND_MEDIA_TYPES[kind]}")
    return SourceText(
        text=text,
        name=name,
        media_type=_media_type(kind),
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        encoding="utf-8",
    )


def _names_a_file(candidate: str) -> bool:
    if (
        not candidate
        or len(candidate) > _MAX_PATH_CHARS
        or "\n" in candidate
        or "\x00" in candidate
    ):
        return False
    try:
        return Path(candidate).is_file()
    except (OSError, ValueError):
        return False


def _media_type(kind: Kind) -> MediaType:
    return cast(MediaType, KIND_MEDIA_TYPES[kind])


__all__ = ["PASTED_NAME", "STDIN_NAME", "extension", "load", "load_bytes", "load_stream"]
