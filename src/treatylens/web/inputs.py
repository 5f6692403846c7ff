"""Turning HTTP requests into documents: content types, file types, names, adversary codes.

Nothing here touches the disk: uploads are read into memory (the request size limit bounds
them) and handed to the loader as bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from treatylens.errors import InputError
from treatylens.web.limits import RequestTooLarge

#: File name endings the loader reads, and the media types browsers send for them.
ALLOWED_EXTENSIONS: dict[str, str] = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: Declared media type -> the extension given to a nameless upload so the loader knows it.
EXTENSION_FOR_TYPE: dict[str, str] = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
SUPPORTED_TEXT = "txt, md, html, pdf or docx"

#: How many documents one compare request may carry.
MAX_DOCUMENTS = 20

_ISO3 = re.compile(r"^[A-Z]{3}$")
_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069/\\]")


class UnsupportedMediaType(InputError):
    """The request or an uploaded file is of a type treatylens does not read (HTTP 415)."""


class BadRequest(InputError):
    """The request is malformed: broken JSON, a broken form (HTTP 400)."""


@dataclass(frozen=True)
class DocumentInput:
    """One document to analyse, as bytes with the name the loader sees."""

    data: bytes
    name: str
    pasted: bool = False


def media_type_of(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def normalise_adversary(value: object) -> str | None:
    """Same rule as the CLI's ``--adversary``: an ISO 3166 alpha-3 code, or nothing."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError("adversary must be a string such as RUS or PRK")
    code = value.strip().upper()
    if not code:
        return None
    if not _ISO3.match(code):
        raise InputError(f"{value[:40]!r} is not an ISO 3166 alpha-3 code such as RUS or PRK")
    return code


def safe_name(name: str | None, default: str) -> str:
    """A display name for an upload: its base name without controls, bidi overrides or paths."""
    if not name:
        return default
    base = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE_NAME_CHARS.sub("", base).strip()[:200]
    return cleaned or default


def text_document(
    text: object, name: object = None, *, pasted: bool = False, index: int = 1
) -> DocumentInput:
    """Pasted or posted text. Browsers send textarea line breaks as CRLF; a paste is stored
    with LF so offsets match the text the user copied. Emptiness and the like are the loader's
    to judge, so the messages are the CLI's."""
    if not isinstance(text, str):
        raise InputError("text must be a string")
    if pasted:
        text = text.replace("\r\n", "\n")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError("text is not valid Unicode (it holds an unpaired surrogate)") from exc
    default = "pasted.txt" if index == 1 else f"pasted-{index}.txt"
    display = safe_name(name, default) if isinstance(name, str) else default
    return DocumentInput(data=data, name=display, pasted=pasted)


def check_file_type(filename: str, declared: str | None) -> str:
    """The name to give the loader, or ``UnsupportedMediaType``."""
    lower = filename.lower()
    if lower.endswith(tuple(ALLOWED_EXTENSIONS)):
        return filename
    media = (declared or "").split(";", 1)[0].strip().lower()
    implied = EXTENSION_FOR_TYPE.get(media)
    if implied is not None and "." not in filename:
        return filename + implied
    raise UnsupportedMediaType(f"{filename}: unsupported file type (use {SUPPORTED_TEXT})")


async def file_document(upload: UploadFile, index: int = 1) -> DocumentInput:
    name = safe_name(upload.filename, f"upload-{index}")
    name = check_file_type(name, upload.content_type)
    data = await upload.read()
    if not data:
        raise InputError(f"{name}: the file is empty")
    return DocumentInput(data=data, name=name)


async def read_json(request: Request) -> Any:
    body = await request.body()
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise BadRequest("the request body is nested too deeply") from exc


async def read_form(request: Request, max_part_bytes: int) -> FormData:
    try:
        return await request.form(
            max_files=MAX_DOCUMENTS, max_fields=100, max_part_size=max_part_bytes
        )
    except RequestTooLarge:
        raise
    except Exception as exc:  # the multipart parser's errors: a malformed form
        detail = getattr(exc, "detail", None) or getattr(exc, "message", None) or str(exc)
        raise BadRequest(f"the form cannot be read ({one_line(str(detail))})") from exc


def one_line(message: str, limit: int = 300) -> str:
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def require_object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InputError(f"{what} must be a JSON object")
    return data


def reject_unknown(data: dict[str, Any], allowed: set[str], what: str) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise InputError(
            f"{what}: unknown field(s) {', '.join(unknown)[:200]} (allowed: {', '.join(sorted(allowed))})"
        )


def form_text(form: FormData, key: str) -> str | None:
    value = form.get(key)
    return value if isinstance(value, str) else None


async def form_documents(
    form: FormData, *, text_key: str = "text", file_key: str = "file"
) -> list[DocumentInput]:
    """Documents of a form in submission order: non-empty pastes and non-empty uploads."""
    docs: list[DocumentInput] = []
    for key, value in form.multi_items():
        if key == file_key and isinstance(value, UploadFile):
            if not value.filename and not value.size:
                continue  # an empty file input
            docs.append(await file_document(value, len(docs) + 1))
        elif key == text_key and isinstance(value, str) and value.strip():
            docs.append(text_document(value, pasted=True, index=len(docs) + 1))
        if len(docs) > MAX_DOCUMENTS:
            raise InputError(f"too many documents (at most {MAX_DOCUMENTS})")
    return docs
