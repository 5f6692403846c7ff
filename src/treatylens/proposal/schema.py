"""The structured what-if proposal (YAML), validated with pydantic. See docs/proposals.md."""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from treatylens.codebook.labels import Condition, LegalForm, Means

ResponseLevel = Literal["automatic", "discretionary", "consult_first", "external"]
ProposalTrigger = Literal["armed_attack", "aggression", "threat", "any_conflict", "violation"]
UnRole = Literal["none", "report", "authorisation"]
Modality = Literal["binding", "qualified", "hortatory"]

ORGANISATIONS = frozenset({"NATO", "EU", "UN", "OSCE", "CSTO", "AU", "ASEAN", "OAS", "ARAB_LEAGUE"})
_ISO3 = re.compile(r"^[A-Z]{3}$")


@lru_cache(maxsize=1)
def known_party_ids() -> frozenset[str]:
    """Party ids of the codebook's party list, when the package ships one."""
    try:
        text = (
            resources.files("treatylens.codebook")
            .joinpath("data/parties.csv")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return frozenset()
    return frozenset(row["id"] for row in csv.DictReader(io.StringIO(text)) if row.get("id"))


def check_party(value: str) -> str:
    code = value.strip().upper()
    if code in ORGANISATIONS:
        return code
    if not _ISO3.match(code):
        raise ValueError(
            f"{value!r} is not an ISO 3166 alpha-3 code (e.g. UKR) or a known organisation id"
        )
    known = known_party_ids()
    if known and code not in known:
        raise ValueError(f"unknown ISO3 code {value!r}")
    return code


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Response(_Strict):
    """What the guarantors must do once the trigger occurs."""

    level: ResponseLevel = Field(
        description="automatic, discretionary, consult_first or external (UNSC)"
    )
    modality: Modality = "binding"
    means: Means = "military"
    wording: str | None = Field(
        default=None, description="optional own wording of the duty, quoted in the text"
    )
    consult_within_days: int | None = Field(default=None, ge=0, le=365)


class Forces(_Strict):
    presence: bool = False
    troops: int | None = Field(default=None, ge=0)
    lead: str | None = None

    @field_validator("lead")
    @classmethod
    def _lead(cls, v: str | None) -> str | None:
        return None if v is None else check_party(v)


class Aid(_Strict):
    military: bool = False
    economic: bool = False
    amount: str | None = Field(default=None, description="e.g. 'EUR 5 billion a year'")


class Command(_Strict):
    integrated: bool = False
    interoperability: bool = False


class Monitoring(_Strict):
    mission: bool = False
    by: str | None = None


class Exit(_Strict):
    notice_months: int | None = Field(default=None, ge=0, le=1200)
    at_will: bool = False


class Proposal(_Strict):
    """A guarantee as structured data; ``treatylens assess`` turns it into clauses and scores it."""

    title: str = Field(min_length=1, max_length=300)
    legal_form: LegalForm = "treaty"
    guarantors: list[str] = Field(min_length=1)
    beneficiary: str
    adversary: str | None = None
    trigger: ProposalTrigger = "armed_attack"
    response: Response
    conditions: list[Condition] = Field(default_factory=list)
    forces: Forces = Field(default_factory=Forces)
    aid: Aid = Field(default_factory=Aid)
    command: Command = Field(default_factory=Command)
    monitoring: Monitoring = Field(default_factory=Monitoring)
    un_role: UnRole = "none"
    institution: bool = False
    duration_years: int | None = Field(default=None, ge=1, le=200)
    exit: Exit = Field(default_factory=Exit)
    adversary_non_aggression: bool = Field(
        default=False,
        description="the adversary itself pledges not to attack the beneficiary (as a guarantor)",
    )

    @field_validator("guarantors")
    @classmethod
    def _guarantors(cls, v: list[str]) -> list[str]:
        codes = [check_party(x) for x in v]
        if len(set(codes)) != len(codes):
            raise ValueError("guarantors are listed twice")
        return codes

    @field_validator("beneficiary")
    @classmethod
    def _beneficiary(cls, v: str) -> str:
        return check_party(v)

    @field_validator("adversary")
    @classmethod
    def _adversary(cls, v: str | None) -> str | None:
        return None if v is None else check_party(v)

    @model_validator(mode="after")
    def _consistent(self) -> Proposal:
        if self.beneficiary in self.guarantors:
            raise ValueError(f"the beneficiary {self.beneficiary} is also listed as a guarantor")
        if self.adversary is not None and self.adversary == self.beneficiary:
            raise ValueError("the adversary cannot be the beneficiary")
        if self.adversary_non_aggression and self.adversary is None:
            raise ValueError("adversary_non_aggression needs an adversary")
        return self
