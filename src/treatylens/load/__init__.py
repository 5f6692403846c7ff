"""Stage 1: turn a path, bytes or pasted text into a ``SourceText`` and its analysis view.

PLACEHOLDER (replaced by the loader work): plain text only, identity normalisation.
"""

from __future__ import annotations

import hashlib
from array import array
from pathlib import Path

from treatylens.errors import InputError
from treatylens.model import NormalisedText, SourceText


def load(document: str | Path | bytes | SourceText, name: str | None = None) -> SourceText:
    if isinstance(document, SourceText):
        return document
    if isinstance(document, Path) or (isinstance(document, str) and "\n" not in document and len(document) < 4096 and Path(document).is_file()):
        path = Path(document)
        data = path.read_bytes()
        name = name or path.name
    elif isinstance(document, bytes):
        data = document
        name = name or "<bytes>"
    else:
        data = document.encode("utf-8")
        name = name or "<text>"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text") from exc
    return SourceText(text=text, name=name, media_type="text/plain", sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data), encoding="utf-8")


def normalise(source: SourceText) -> NormalisedText:
    return NormalisedText(text=source.text, to_source=array("i", range(len(source.text) + 1)))
