"""Size limits, checked before anything is read whole.

The limit is a keyword argument of ``load``; without it the environment variable
``TREATYLENS_MAX_BYTES`` applies; without that, ``DEFAULT_MAX_BYTES``.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import BinaryIO

from treatylens.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_BYTES_ENV = "TREATYLENS_MAX_BYTES"

# Zip-bomb guards for DOCX (a zip archive). Real Word files have tens of members and
# compress text XML about 5-20x; these bounds leave a wide margin.
MAX_ZIP_MEMBERS = 2000
MAX_ZIP_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
MAX_ZIP_RATIO = 200.0


def resolve_max_bytes(
    name: str, max_bytes: int | None, environ: dict[str, str] | None = None
) -> int:
    """The size limit to apply: the argument, else the environment variable, else the default."""
    if max_bytes is not None:
        if max_bytes <= 0:
            raise InputError(f"{name}: the size limit must be a positive number of bytes")
        return max_bytes
    env = os.environ if environ is None else environ
    raw = env.get(MAX_BYTES_ENV, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise InputError(
            f"{name}: {MAX_BYTES_ENV}={raw!r} is not a whole number of bytes"
        ) from None
    if value <= 0:
        raise InputError(f"{name}: {MAX_BYTES_ENV} must be a positive number of bytes")
    return value


def too_large(name: str, size: int | str, limit: int) -> InputError:
    return InputError(
        f"{name} is too large ({size} bytes; the limit is {limit} bytes, "
        f"set {MAX_BYTES_ENV} or max_bytes to change it)"
    )


def read_file_limited(path: Path, name: str, limit: int) -> bytes:
    """Read a file whole, refusing it by its size before reading."""
    try:
        if path.is_dir():
            raise InputError(f"{name} is a directory, not a document")
        size = path.stat().st_size
        if size > limit:
            raise too_large(name, size, limit)
        with path.open("rb") as handle:
            return read_stream_limited(handle, name, limit)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(
            f"{name}: cannot be read ({exc.strerror or exc.__class__.__name__})"
        ) from None


def read_stream_limited(stream: BinaryIO, name: str, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes, so an endless or huge stream is refused, not buffered."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(name, f"more than {limit}", limit)
    return data


def check_zip_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse zip bombs before any member is inflated (member count, total size, ratio)."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(
            f"{name} is not a plausible DOCX: {len(members)} archive members (limit {MAX_ZIP_MEMBERS})"
        )
    total = sum(member.file_size for member in members)
    if total > MAX_ZIP_UNCOMPRESSED_BYTES:
        raise InputError(
            f"{name} is not a plausible DOCX: it would expand to {total} bytes "
            f"(limit {MAX_ZIP_UNCOMPRESSED_BYTES})"
        )
    packed = max(1, sum(member.compress_size for member in members))
    ratio = total / packed
    if ratio > MAX_ZIP_RATIO:
        raise InputError(
            f"{name} is not a plausible DOCX: compression ratio {ratio:.0f}:1 "
            f"(limit {MAX_ZIP_RATIO:.0f}:1) looks like a zip bomb"
        )
