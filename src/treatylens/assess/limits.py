"""Applying ``limitation`` clauses to the duties they narrow (codebook sections 2 and 5).

A limitation keeps its own words and the narrowed duty keeps its own words; the assessment
reads them together. The one effect the codebook spells out: a limitation of ``defence``
whose words remove the use of (armed) force makes the defence duty non-military in effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from treatylens.codebook.labels import ProvisionType
from treatylens.codebook.scoring import REMOVES_FORCE
from treatylens.model import Clause


@dataclass(frozen=True)
class LimitationEffects:
    """What the document's limitation clauses take away."""

    force_removed_by: tuple[Clause, ...]  # limitations that strip armed force from defence
    limited: dict[ProvisionType, tuple[Clause, ...]]  # label -> limitations that narrow it

    @property
    def defence_non_military(self) -> bool:
        return bool(self.force_removed_by)

    def narrowing(self, label: ProvisionType) -> tuple[Clause, ...]:
        return self.limited.get(label, ())


def removes_force(clause: Clause) -> bool:
    """A limitation of ``defence`` whose words take away the use of armed force."""
    return (
        clause.operative
        and "limitation" in clause.labels
        and "defence" in (clause.limits or [])
        and REMOVES_FORCE.search(clause.text) is not None
    )


def limitation_effects(clauses: Sequence[Clause]) -> LimitationEffects:
    limited: dict[ProvisionType, list[Clause]] = {}
    for clause in clauses:
        if clause.operative and "limitation" in clause.labels:
            for label in clause.limits or []:
                limited.setdefault(label, []).append(clause)
    return LimitationEffects(
        force_removed_by=tuple(c for c in clauses if removes_force(c)),
        limited={label: tuple(found) for label, found in sorted(limited.items())},
    )
