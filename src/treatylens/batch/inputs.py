"""Turn batch INPUT arguments into a lazy stream of documents.

An input is a file, a folder (walked recursively, keeping files by extension), a ``.zip``
archive (its members, filtered the same way) or a ``.jsonl`` file (one JSON object per line
with ``id`` and ``text``, optionally ``year``, ``date``, ``title`` or ``name``).

Nothing here materialises the corpus: folders are walked one directory at a time, archives
are read one member at a time and JSONL one line at a time, so memory stays flat whatever
the corpus size. A document that cannot be read (a broken JSONL line, an unreadable file)
is still yielded, carrying its error, so that the run records it instead of stopping.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from treatylens.errors import InputError

#: File extensions read as documents when walking folders and archives.
DOCUMENT_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")

#: A plausible treaty year (1600-2099) standing alone in a name or title.
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class DocumentInput:
    """One document to analyse, with the bytes the pipeline reads.

    ``sha256`` is the content hash that makes runs resumable: a document whose hash is already
    in the store is skipped. ``error`` is set when the document could not even be read; it is
    then recorded as failed without being analysed.
    """

    name: str
    origin: str
    data: bytes
    sha256: str
    year: int | None = None
    title: str | None = None
    error: str | None = None


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def year_from_text(text: str | None) -> int | None:
    """The last plausible year in a name or title ("Treaty of 1951" -> 1951), else None.

    The last one wins because names such as "1949_treaty_amended_1999" carry the latest
    version's year at the end; a title rarely names more than one.
    """
    if not text:
        return None
    found = _YEAR.findall(text)
    return int(found[-1]) if found else None


def _year_from_metadata(record: dict[str, object]) -> int | None:
    value = record.get("year")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    date = record.get("date")
    if isinstance(date, str):
        match = re.match(r"\s*(\d{4})", date)
        if match:
            return int(match.group(1))
    return None


def _wanted(name: str, extensions: Sequence[str]) -> bool:
    return name.lower().endswith(tuple(extensions))


def _file_document(path: Path, origin: str) -> DocumentInput:
    try:
        data = path.read_bytes()
    except OSError as exc:
        marker = f"unreadable:{path}".encode()
        return DocumentInput(
            name=origin,
            origin=origin,
            data=b"",
            sha256=content_hash(marker),
            year=year_from_text(path.name),
            error=f"cannot read file: {exc.strerror or exc}",
        )
    return DocumentInput(
        name=origin, origin=origin, data=data, sha256=content_hash(data), year=year_from_text(path.name)
    )


def _walk_folder(folder: Path, extensions: Sequence[str]) -> Iterator[Path]:
    """Files under ``folder`` in a stable order (sorted per directory), one directory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if _wanted(name, extensions):
                yield Path(root) / name


def _zip_documents(path: Path, extensions: Sequence[str]) -> Iterator[DocumentInput]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}: not a readable .zip archive ({exc})") from exc
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not _wanted(info.filename, extensions):
                continue
            origin = f"{path.name}!{info.filename}"
            try:
                data = archive.read(info)
            except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
                yield DocumentInput(
                    name=origin,
                    origin=origin,
                    data=b"",
                    sha256=content_hash(f"unreadable:{origin}".encode()),
                    error=f"cannot read archive member: {exc}",
                )
                continue
            yield DocumentInput(
                name=origin,
                origin=origin,
                data=data,
                sha256=content_hash(data),
                year=year_from_text(info.filename),
            )


def _jsonl_documents(path: Path) -> Iterator[DocumentInput]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            origin = f"{path.name}:{number}"
            yield _jsonl_line(raw, origin)


def _jsonl_line(raw: bytes, origin: str) -> DocumentInput:
    def failed(message: str) -> DocumentInput:
        # The raw line is the content: fixing the line changes the hash, so a rerun retries it.
        return DocumentInput(
            name=origin, origin=origin, data=b"", sha256=content_hash(raw.strip()), error=message
        )

    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return failed(f"invalid JSON line: {exc}")
    if not isinstance(record, dict):
        return failed("JSONL line is not an object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str):
        return failed("JSONL line has no string 'text'")
    doc_id = record.get("id", record.get("name"))
    name = str(doc_id) if doc_id is not None else origin
    title = record.get("title") if isinstance(record.get("title"), str) else None
    year = _year_from_metadata(record) or year_from_text(title) or year_from_text(name)
    data = text.encode("utf-8")
    return DocumentInput(
        name=name,
        origin=origin,
        data=data,
        sha256=content_hash(data),
        year=year,
        title=title if isinstance(title, str) else None,
    )


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")


def iter_documents(
    inputs: Iterable[Path], extensions: Sequence[str] = DOCUMENT_EXTENSIONS
) -> Iterator[DocumentInput]:
    """Every document named by ``inputs``, lazily, in a stable order.

    ``.zip`` and ``.jsonl`` are expanded when named directly; inside folders only files with
    one of ``extensions`` are read (an archive inside a folder is not opened).
    """
    for path in inputs:
        _check_exists(path)
        if path.is_dir():
            for file in _walk_folder(path, extensions):
                yield _file_document(file, str(file.relative_to(path.parent)))
        elif path.suffix.lower() == ".zip":
            yield from _zip_documents(path, extensions)
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_documents(path)
        else:
            yield _file_document(path, path.name)


def count_documents(inputs: Iterable[Path], extensions: Sequence[str] = DOCUMENT_EXTENSIONS) -> int:
    """How many documents ``iter_documents`` will yield, without reading their texts.

    A cheap first pass (directory listings, archive indexes, line counts) that gives the
    progress bar its total and hence an ETA.
    """
    total = 0
    for path in inputs:
        _check_exists(path)
        if path.is_dir():
            total += sum(1 for _ in _walk_folder(path, extensions))
        elif path.suffix.lower() == ".zip":
            try:
                with zipfile.ZipFile(path) as archive:
                    total += sum(
                        1
                        for info in archive.infolist()
                        if not info.is_dir() and _wanted(info.filename, extensions)
                    )
            except (OSError, zipfile.BadZipFile) as exc:
                raise InputError(f"{path}: not a readable .zip archive ({exc})") from exc
        elif path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total
