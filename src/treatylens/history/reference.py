"""Load the packaged reference data with a schema check.

Each CSV row is validated by a pydantic model; a malformed file raises ``ValidationError``
naming the file, the row and the field, never a bare traceback.
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic import ValidationError as PydanticValidationError

from treatylens.codebook.labels import (
    Automaticity,
    Condition,
    LegalForm,
    Means,
    Modality,
    ProvisionType,
    Trigger,
)
from treatylens.errors import ValidationError

DATA_PACKAGE = "treatylens.history.data"
Fate = Literal["held", "failed", "untested"]
T = TypeVar("T", bound=BaseModel)


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    text = str(value or "").strip()
    return [part for part in text.split(";") if part]


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"true", "1", "yes"}:
        return True
    if text in {"false", "0", "no", ""}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def _opt(value: Any) -> Any:
    return None if value in ("", None) else value


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReferenceCase(_Row):
    """A modern or landmark guarantee coded in codebook terms, with its fate."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    year: int
    ended: int | None = None
    legal_form: LegalForm
    provision_types: list[ProvisionType]
    modality: Modality
    automaticity: Automaticity | None = None
    trigger: Trigger
    conditions: list[Condition]
    means: Means | None = None
    quantified: bool
    guarantors: list[str]
    beneficiaries: list[str]
    adversary: str | None = None
    adversary_is_party: bool
    adversary_is_guarantor: bool
    veto_exposure: bool
    exit_at_will: bool
    capability_note: str
    outcome: Literal[
        "honored",
        "partially_honored",
        "not_honored",
        "untested_deterred",
        "untested",
        "lapsed",
        "superseded",
    ]
    fate: Fate
    event: str
    event_year: int | None = None
    note: str
    source: str = Field(pattern=r"^https?://")

    @field_validator("provision_types", "conditions", "guarantors", "beneficiaries", mode="before")
    @classmethod
    def _lists(cls, v: Any) -> list[str]:
        return _split(v)

    @field_validator(
        "quantified",
        "adversary_is_party",
        "adversary_is_guarantor",
        "veto_exposure",
        "exit_at_will",
        mode="before",
    )
    @classmethod
    def _bools(cls, v: Any) -> bool:
        return _bool(v)

    @field_validator("ended", "automaticity", "means", "adversary", "event_year", mode="before")
    @classmethod
    def _optional(cls, v: Any) -> Any:
        return _opt(v)


class AtopAlliance(_Row):
    """One ATOP v4.01 alliance mapped to codebook features (docs/history.md, mapping table)."""

    atopid: int
    begyr: int
    endyr: int | None = None
    members: list[str]
    n_members: int
    bilateral: bool
    asymmetric: bool
    provision_types: list[ProvisionType]
    conditional: bool
    defence_conditional: bool
    conditions: list[Condition]
    active_military: bool
    quantified: bool
    milcon: int | None = None
    organ: int | None = None
    secret: bool
    wartime: bool

    @field_validator("members", "provision_types", "conditions", mode="before")
    @classmethod
    def _lists(cls, v: Any) -> list[str]:
        return _split(v)

    @field_validator(
        "bilateral",
        "asymmetric",
        "conditional",
        "defence_conditional",
        "active_military",
        "quantified",
        "secret",
        "wartime",
        mode="before",
    )
    @classmethod
    def _bools(cls, v: Any) -> bool:
        return _bool(v)

    @field_validator("endyr", "milcon", "organ", mode="before")
    @classmethod
    def _optional(cls, v: Any) -> Any:
        return _opt(v)


class AllianceWarCase(_Row):
    """One Berkemeier-Fuhrmann alliance-war case (primary coding): was the commitment honoured?"""

    atopid: int
    warname: str
    war_year: int
    honoured: bool
    honoured_bf: bool | None = None
    multilateral: bool

    @field_validator("honoured", "multilateral", mode="before")
    @classmethod
    def _bools(cls, v: Any) -> bool:
        return _bool(v)

    @field_validator("honoured_bf", mode="before")
    @classmethod
    def _optional_bool(cls, v: Any) -> bool | None:
        return None if v in ("", None) else _bool(v)


def read_text(name: str) -> str:
    """The text of a packaged data file."""
    try:
        return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ValidationError(
            f"reference data file {name} is missing from the package; rebuild it with scripts/build_reference.py"
        ) from exc


def parse_rows(text: str, model: type[T], name: str) -> list[T]:
    """Validate every CSV row of ``text`` against ``model``; errors name the row and field."""
    reader = csv.DictReader(io.StringIO(text))
    expected = set(model.model_fields)
    found = set(reader.fieldnames or [])
    if found != expected:
        missing = sorted(expected - found)
        extra = sorted(found - expected)
        raise ValidationError(
            f"{name}: wrong columns (missing {missing or 'none'}, unexpected {extra or 'none'})"
        )
    rows: list[T] = []
    for line, raw in enumerate(reader, start=2):
        try:
            rows.append(model.model_validate(raw))
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise ValidationError(
                f"{name}, line {line}: field {where}: {first.get('msg')}"
            ) from exc
    return rows


@lru_cache(maxsize=1)
def reference_cases() -> tuple[ReferenceCase, ...]:
    rows = parse_rows(read_text("guarantees.csv"), ReferenceCase, "guarantees.csv")
    ids = [r.id for r in rows]
    if len(set(ids)) != len(ids):
        raise ValidationError("guarantees.csv: duplicate case ids")
    return tuple(sorted(rows, key=lambda r: r.id))


@lru_cache(maxsize=1)
def atop_alliances() -> tuple[AtopAlliance, ...]:
    rows = parse_rows(read_text("atop_profiles.csv"), AtopAlliance, "atop_profiles.csv")
    return tuple(sorted(rows, key=lambda r: r.atopid))


@lru_cache(maxsize=1)
def alliance_war_cases() -> tuple[AllianceWarCase, ...]:
    rows = parse_rows(read_text("bf_cases.csv"), AllianceWarCase, "bf_cases.csv")
    return tuple(rows)


def load_json(name: str) -> dict[str, Any]:
    try:
        data = json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise ValidationError(f"{name}: expected a JSON object")
    return data


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    return load_json("MANIFEST.json")


def data_version() -> str:
    return str(manifest().get("data_version", "unknown"))
