"""A side-by-side matrix of several profiles: one column per document.

Rows come in four groups, each cell pointing at the clauses that decide it:
``document`` (legal form, adversary, guarantor and veto findings), ``scorecard`` (the six
dimensions), ``red flags`` (raised or not) and ``duties`` (for each commitment type, the
strongest clause of that type with its modality and automaticity).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from treatylens.codebook.labels import COMMITMENT_TYPES, DIMENSIONS, PROVISION_TYPES, RED_FLAGS
from treatylens.compare.strength import automaticity_rank, modality_rank
from treatylens.model import Clause, Profile

Cell = str | int | bool | None


class ComparedDocument(BaseModel):
    name: str
    sha256: str
    legal_form: str
    title: str | None = None


class ComparisonRow(BaseModel):
    group: str = Field(description="document | scorecard | red_flags | duties")
    key: str
    values: list[Cell]
    clause_ids: list[list[str]] = Field(description="per document, the clauses behind the cell")


class Comparison(BaseModel):
    documents: list[ComparedDocument]
    rows: list[ComparisonRow]

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")


def _strongest(clauses: list[Clause]) -> Clause | None:
    """The strongest clause of a type: highest modality, then automaticity, then first in text."""
    best: Clause | None = None
    best_key: tuple[int, int] | None = None
    for c in clauses:
        modality = modality_rank(c)
        automaticity = automaticity_rank(c)
        key = (-1 if modality is None else modality, -1 if automaticity is None else automaticity)
        if best_key is None or key > best_key:
            best, best_key = c, key
    return best


def _duty_cell(clause: Clause | None, count: int) -> str | None:
    if clause is None:
        return None
    parts: list[str] = [clause.modality or "-"]
    if clause.automaticity:
        parts.append(clause.automaticity)
    if clause.trigger and clause.trigger != "none":
        parts.append(f"on {clause.trigger}")
    where = f" ({clause.section})" if clause.section else ""
    more = f" +{count - 1}" if count > 1 else ""
    return ", ".join(parts) + where + more


def compare_profiles(profiles: Sequence[Profile], names: Sequence[str] | None = None) -> Comparison:
    """Build the matrix; ``names`` overrides the column headings (default: source names)."""
    if names is not None and len(names) != len(profiles):
        raise ValueError("names must have one entry per profile")
    docs = [
        ComparedDocument(
            name=(names[i] if names else p.source.name),
            sha256=p.source.sha256,
            legal_form=p.document.legal_form,
            title=p.document.title,
        )
        for i, p in enumerate(profiles)
    ]
    rows: list[ComparisonRow] = []

    def doc_ids(p: Profile, field: str) -> list[str]:
        ids: list[str] = []
        for reason in p.document.because:
            if reason.field == field:
                ids.extend(c.id for c in p.clauses if reason.start is not None and c.start <= reason.start < c.end)
        return sorted(set(ids))

    for field in ("legal_form", "adversary", "adversary_is_guarantor", "veto_exposure"):
        rows.append(
            ComparisonRow(
                group="document",
                key=field,
                values=[getattr(p.document, field) for p in profiles],
                clause_ids=[doc_ids(p, field) for p in profiles],
            )
        )
    rows.append(
        ComparisonRow(
            group="document",
            key="parties",
            values=[", ".join(party.id for party in p.document.parties) or None for p in profiles],
            clause_ids=[[] for _ in profiles],
        )
    )
    for dim in DIMENSIONS:
        scores = [getattr(p.scorecard, dim) for p in profiles]
        rows.append(
            ComparisonRow(
                group="scorecard",
                key=dim,
                values=[s.score for s in scores],
                clause_ids=[list(s.clause_ids) for s in scores],
            )
        )
    for flag in RED_FLAGS:
        found = [next((f for f in p.red_flags if f.flag == flag), None) for p in profiles]
        rows.append(
            ComparisonRow(
                group="red_flags",
                key=flag,
                values=[f is not None for f in found],
                clause_ids=[list(f.clause_ids) if f else [] for f in found],
            )
        )
    for label in PROVISION_TYPES:
        if label not in COMMITMENT_TYPES:
            continue
        per_doc = [[c for c in p.clauses if c.operative and label in c.labels] for p in profiles]
        if not any(per_doc):
            continue
        strongest = [_strongest(cs) for cs in per_doc]
        rows.append(
            ComparisonRow(
                group="duties",
                key=label,
                values=[_duty_cell(s, len(cs)) for s, cs in zip(strongest, per_doc, strict=True)],
                clause_ids=[[s.id] if s else [] for s in strongest],
            )
        )
    return Comparison(documents=docs, rows=rows)
