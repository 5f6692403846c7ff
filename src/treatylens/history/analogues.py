"""Nearest historical cases by explainable weighted feature similarity.

similarity = sum over features of weight x agreement / sum of weights, where agreement is 1
when both sides code the feature and agree, 0 when they disagree, and ``unknown_credit``
(0.5) when either side does not code it; a yes/no feature absent on both sides counts with
``absence_weight`` (0.25) times its weight. Ties are broken by case id, so the ordering is
deterministic. Weights live in ``data/weights.json`` and docs/history.md.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from treatylens.history.features import (
    FEATURE_NAMES,
    Features,
    FeatureValue,
    atop_features,
    case_features,
    profile_features,
    similarity_weights,
)
from treatylens.history.reference import (
    AllianceWarCase,
    alliance_war_cases,
    atop_alliances,
    reference_cases,
)
from treatylens.model import Profile

Pool = Literal["all", "modern", "atop"]
POOLS: tuple[Pool, ...] = ("all", "modern", "atop")
#: Detailed outcomes that the fate alone already says; others are spelled out in the event.
_PLAIN_OUTCOME: dict[str, tuple[str, ...]] = {
    "held": ("honored",),
    "failed": ("not_honored",),
    "untested": ("untested",),
}
ATOP_SOURCE = (
    "ATOP v4.01 (Leeds et al. 2002), alliance {atopid}; outcome: Berkemeier and Fuhrmann (2018)"
)


class Analogue(BaseModel):
    """One historical case near the analysed document, and what happened to it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    year: int
    kind: Literal["reference", "atop"]
    similarity: float = Field(ge=0.0, le=1.0)
    shared: list[str]
    differs: list[str]
    outcome: str = Field(description="held, failed, mixed or untested")
    event: str
    source: str


@dataclass(frozen=True)
class Candidate:
    """A reference profile that analogues are drawn from."""

    id: str
    name: str
    year: int
    kind: Literal["reference", "atop"]
    outcome: str
    event: str
    source: str
    features: tuple[tuple[str, FeatureValue], ...]


@lru_cache(maxsize=1)
def candidates() -> tuple[Candidate, ...]:
    """Every reference profile: the modern reference cases, then every ATOP alliance."""
    rows: list[Candidate] = []
    for case in reference_cases():
        event = case.event or "not tested"
        if case.event_year is not None:
            event = f"{event} ({case.event_year})"
        if case.outcome not in _PLAIN_OUTCOME.get(case.fate, ()):
            event = f"{event}; recorded as {case.outcome.replace('_', ' ')}"
        rows.append(
            Candidate(
                case.id,
                case.name,
                case.year,
                "reference",
                case.fate,
                event,
                case.source,
                tuple(case_features(case).items()),
            )
        )
    wars: dict[int, list[AllianceWarCase]] = defaultdict(list)
    for war in alliance_war_cases():
        wars[war.atopid].append(war)
    for alliance in atop_alliances():
        tested = wars.get(alliance.atopid, [])
        if not tested:
            outcome, event = "untested", "no alliance-war test in Berkemeier and Fuhrmann (2018)"
        else:
            honoured = [w for w in tested if w.honoured]
            outcome = (
                "held" if len(honoured) == len(tested) else "failed" if not honoured else "mixed"
            )
            event = "; ".join(
                f"{w.warname} ({w.war_year}): {'honoured' if w.honoured else 'violated'}"
                for w in tested
            )
        members = ", ".join(alliance.members[:6]) + (" ..." if len(alliance.members) > 6 else "")
        kinds = "/".join(
            p
            for p in alliance.provision_types
            if p in ("defence", "offence", "neutrality", "non_aggression", "consultation")
        )
        rows.append(
            Candidate(
                f"atop-{alliance.atopid}",
                f"ATOP {alliance.atopid}: {kinds or 'alliance'} ({members})",
                alliance.begyr,
                "atop",
                outcome,
                event,
                ATOP_SOURCE.format(atopid=alliance.atopid),
                tuple(atop_features(alliance).items()),
            )
        )
    return tuple(rows)


def _describe(name: str, value: FeatureValue) -> str:
    label = FEATURE_NAMES.get(name, name.replace("_", " "))
    if isinstance(value, bool):
        return label if value else f"no {label}"
    return f"{label}: {value}"


def compare_features(query: Features, case: Features) -> tuple[float, list[str], list[str]]:
    """Similarity in [0, 1], the informative features shared, and those that differ."""
    weights = similarity_weights()
    total = score = 0.0
    shared: list[str] = []
    differs: list[str] = []
    for name, full_weight in weights.weights:
        q, c = query.get(name), case.get(name)
        # a yes/no feature that neither side has says little about likeness
        weight = full_weight * weights.absence_weight if q is False and c is False else full_weight
        total += weight
        if q is None or c is None:
            score += weight * weights.unknown_credit
            continue
        if q == c:
            score += weight
            if q is not False:  # shared absences are not worth listing
                shared.append(_describe(name, q))
        else:
            differs.append(f"{_describe(name, q)} here; case: {_describe(name, c)}")
    return (round(score / total, 4) if total else 0.0), shared, differs


def find_analogues(profile: Profile, k: int = 5, pool: Pool = "all") -> list[Analogue]:
    """The ``k`` most similar historical cases, most similar first, ties broken by id."""
    if k < 1:
        return []
    query = profile_features(profile)
    scored: list[Analogue] = []
    for cand in candidates():
        if pool != "all" and (pool == "modern") != (cand.kind == "reference"):
            continue
        sim, shared, differs = compare_features(query, dict(cand.features))
        scored.append(
            Analogue(
                id=cand.id,
                name=cand.name,
                year=cand.year,
                kind=cand.kind,
                similarity=sim,
                shared=shared,
                differs=differs,
                outcome=cand.outcome,
                event=cand.event,
                source=cand.source,
            )
        )
    scored.sort(key=lambda a: (-a.similarity, a.id))
    return scored[:k]


def attach_analogues(profile: Profile, k: int = 5, pool: Pool = "all") -> Profile:
    """Return a copy of ``profile`` with ``analogues`` set to plain dicts (the JSON contract)."""
    found: list[dict[str, Any]] = [
        a.model_dump(mode="json") for a in find_analogues(profile, k=k, pool=pool)
    ]
    return profile.model_copy(update={"analogues": found})
