"""Which kind of document a byte string is: magic bytes first, the file extension second."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from treatylens.errors import InputError

Kind = Literal["pdf", "docx", "html", "markdown", "text"]

KIND_MEDIA_TYPES: dict[Kind, str] = {
    "pdf": "application/pdf",
    "docx": "application/docx",
    "html": "text/html",
    "markdown": "text/markdown",
    "text": "text/plain",
}

# What a caller may pass as ``media_type``: the media types themselves and common short names.
_KIND_ALIASES: dict[str, Kind] = {
    "application/pdf": "pdf",
    "pdf": "pdf",
    "application/docx": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "docx": "docx",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "html": "html",
    "htm": "html",
    "text/markdown": "markdown",
    "markdown": "markdown",
    "md": "markdown",
    "text/plain": "text",
    "text": "text",
    "txt": "text",
}

_EXTENSION_KINDS: dict[str, Kind] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}

# Binary formats we recognise only to name them in the error message.
_KNOWN_BINARY: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "an executable (Windows)"),
    (b"%!PS", "a PostScript file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_ZIP_FORMATS: tuple[tuple[str, str], ...] = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint file (.pptx)"),
    ("content.xml", "an OpenDocument file (.odt/.ods)"),
    ("META-INF/container.xml", "an EPUB book"),
)

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|^\s*<html[\s>]", re.I | re.S
)
_HTML_ROOT_TAG = re.compile(rb"<(?:html|head|body)[\s>]", re.I)
_HTML_TAG = re.compile(
    rb"</?(?:p|div|span|br|a|li|ul|ol|table|tr|td|th|h[1-6]|b|i|em|strong|section|article|meta|title|link|script|style)[\s>/]",
    re.I,
)
_MIN_TAGS_FOR_HTML = 12


def kind_from_media_type(media_type: str, name: str) -> Kind:
    kind = _KIND_ALIASES.get(media_type.strip().lower())
    if kind is None:
        known = ", ".join(sorted({k for k in _KIND_ALIASES if "/" in k}))
        raise InputError(f"{name}: unsupported media type {media_type!r} (use one of {known})")
    return kind


def extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def sniff(data: bytes, name: str) -> Kind:
    """The document kind of ``data``; raise ``InputError`` naming any binary type we do not read."""
    head = data[:8192]
    if head.lstrip()[:5] == b"%PDF-" or head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, name)
    for magic, description in _KNOWN_BINARY:
        # Short printable magics ("MZ", "BZh", "ID3") also open ordinary text; require binary.
        if head.startswith(magic) and (len(magic) > 3 or not magic.isascii() or b"\x00" in head):
            raise InputError(
                f"{name} is {description}, not a supported document (PDF, DOCX, HTML, text)"
            )
    ext = extension(name)
    if _HTML_START.search(head):
        return "html"
    by_extension = _EXTENSION_KINDS.get(ext)
    if by_extension == "pdf":
        raise InputError(f"{name} has a .pdf name but is not a PDF (no %PDF header)")
    if by_extension == "docx":
        raise InputError(f"{name} has a .docx name but is not a DOCX (not a zip archive)")
    if by_extension is not None:
        return by_extension
    if ext in {".txt", ".text"}:
        return "text"
    if _HTML_ROOT_TAG.search(head) or len(_HTML_TAG.findall(head)) >= _MIN_TAGS_FOR_HTML:
        return "html"
    return "text"


def _sniff_zip(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(f"{name} is a damaged or truncated zip archive") from None
    if "word/document.xml" in names:
        return "docx"
    for member, description in _ZIP_FORMATS:
        if member in names:
            raise InputError(
                f"{name} is {description}, not a supported document (PDF, DOCX, HTML, text)"
            )
    raise InputError(f"{name} is a zip archive, not a supported document (PDF, DOCX, HTML, text)")
