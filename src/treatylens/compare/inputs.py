"""Turn a command-line input into a profile: a document, a saved profile JSON, or a proposal."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError as PydanticValidationError

from treatylens.errors import ValidationError
from treatylens.model import Profile

PROPOSAL_SUFFIXES = (".yaml", ".yml")


def profile_from_input(path: Path, adversary: str | None = None) -> Profile:
    """Analyse ``path`` as the kind of input its name and content say it is.

    * ``*.json``: a profile saved by ``treatylens analyze --format json``;
    * ``*.yaml`` / ``*.yml``: a structured what-if proposal (``treatylens assess``);
    * anything else: a document (txt, md, html, pdf, docx).
    """
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _saved_profile(path)
    if suffix in PROPOSAL_SUFFIXES:
        from treatylens.proposal import profile_from_proposal_file

        return profile_from_proposal_file(path, adversary=adversary)
    from treatylens.pipeline import analyze

    return analyze(path, adversary=adversary)


def _saved_profile(path: Path) -> Profile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path.name}: cannot read ({exc.strerror})") from exc
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("schema_version") != "1":
        raise ValidationError(
            f"{path.name}: not a treatylens profile (expected the JSON of 'treatylens analyze --format json')"
        )
    try:
        return Profile.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ValidationError(f"{path.name}: invalid profile at {where}: {first.get('msg')}") from exc
