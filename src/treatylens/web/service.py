"""What the web app does with documents: analyse, compare, diff, render. Pure functions over
typed data; the request handlers run them in a worker thread."""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from treatylens.errors import InputError, TreatylensError, ValidationError
from treatylens.model import Profile
from treatylens.web.inputs import DocumentInput, one_line

DOWNLOAD_FORMATS: dict[str, tuple[str, str]] = {
    "json": ("application/json", ".json"),
    "md": ("text/markdown; charset=utf-8", ".md"),
    "html": ("text/html; charset=utf-8", ".html"),
}
COMPARE_FORMATS = ("json", "text", "md", "csv", "html")
COMPARE_DOWNLOADS: dict[str, tuple[str, str]] = {
    "json": ("application/json", ".json"),
    "md": ("text/markdown; charset=utf-8", ".md"),
    "csv": ("text/csv; charset=utf-8", ".csv"),
    "html": ("text/html; charset=utf-8", ".html"),
}


class NotAvailable(TreatylensError):
    """A feature whose module is not installed or not built yet (HTTP 501)."""


@dataclass(frozen=True)
class Analysed:
    profile: Profile
    text: str  # the text the profile's offsets index


def analyse(doc: DocumentInput, adversary: str | None) -> Analysed:
    """Load from bytes (never from a path: pasted text is not a file name) and analyse."""
    from treatylens.load import load
    from treatylens.pipeline import analyze

    source = load(doc.data, name=doc.name)
    return Analysed(analyze(source, adversary=adversary), source.text)


def compare_available() -> bool:
    return importlib.util.find_spec("treatylens.compare") is not None


def profile_from_data(data: Any, what: str) -> Profile:
    """A saved profile (the JSON of ``analyze --format json``), validated."""
    if not isinstance(data, dict) or data.get("schema_version") != "1":
        raise ValidationError(
            f"{what}: not a treatylens profile (expected the JSON of 'analyze --format json')"
        )
    try:
        return Profile.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": str(exc)}
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ValidationError(
            f"{what}: invalid profile at {where or 'top level'}: {one_line(str(first.get('msg')))}"
        ) from exc


def download_name(source_name: str, suffix: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]{1,8}$", "", source_name)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:80] or "treatylens-report"
    return f"{stem}.treatylens{suffix}"


def render_download(profile: Profile, text: str | None, fmt: str) -> str:
    if fmt == "json":
        return profile.to_json()
    if fmt == "html":
        from treatylens.render.html import render_html

        return render_html(profile, text=text)
    if fmt == "md":
        try:
            from treatylens.render import render
        except ImportError as exc:
            raise NotAvailable("Markdown output is not available in this installation") from exc
        return render(profile, "md")
    raise InputError(f"unknown format {fmt!r} (use {', '.join(DOWNLOAD_FORMATS)})")


def parse_download_payload(raw: str) -> tuple[Profile, str | None]:
    """The report page posts back its own profile and text, so downloads need no server state."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError("the download payload is not valid JSON") from exc
    if not isinstance(data, dict):
        raise InputError("the download payload must be a JSON object")
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError("the download payload's text must be a string")
    return profile_from_data(data.get("profile"), "profile"), text


def download_payload(analysed: Analysed) -> str:
    # ASCII JSON: no raw line breaks, which browsers would rewrite to CRLF on submission.
    return json.dumps(
        {"profile": analysed.profile.to_dict(), "text": analysed.text}, ensure_ascii=True
    )


def compare_payload(profiles: list[Profile]) -> str:
    """The compare page posts its profiles back for downloads (ASCII JSON, as above)."""
    return json.dumps({"profiles": [p.to_dict() for p in profiles]}, ensure_ascii=True)


def parse_compare_payload(raw: str) -> list[Profile]:
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError("the download payload is not valid JSON") from exc
    items = data.get("profiles") if isinstance(data, dict) else None
    if not isinstance(items, list) or len(items) < 2:
        raise InputError("the download payload must hold two or more profiles")
    return [profile_from_data(item, f"profiles[{i}]") for i, item in enumerate(items)]
