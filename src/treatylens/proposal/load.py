"""Read a proposal file: YAML errors, wrong types and unknown keys become one clear line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError as PydanticValidationError

from treatylens.errors import InputError, ValidationError
from treatylens.proposal.schema import Proposal

MAX_BYTES = 1_000_000


def parse_proposal(text: str, name: str = "proposal") -> Proposal:
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "malformed YAML"
        raise ValidationError(f"{name}: not valid YAML{where}: {problem}") from exc
    if not isinstance(data, dict):
        raise ValidationError(
            f"{name}: a proposal must be a YAML mapping of fields (see docs/proposals.md)"
        )
    if "schema_version" in data and "source" in data:
        raise ValidationError(
            f"{name}: this is a saved profile, not a proposal (use 'treatylens analogues' or 'compare' on it)"
        )
    try:
        return Proposal.model_validate(data)
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "(top level)"
        msg = str(first.get("msg", "invalid"))
        if first.get("type") == "extra_forbidden":
            msg = "unknown key"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ValidationError(f"{name}: {where}: {msg}{more}") from exc


def load_proposal(path: str | Path) -> Proposal:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path.name}: cannot read ({exc.strerror})") from exc
    if len(raw) > MAX_BYTES:
        raise InputError(f"{path.name}: too large for a proposal ({len(raw)} bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name}: not UTF-8 text") from exc
    return parse_proposal(text, path.name)
