"""Profiles built by hand, so analogue tests do not depend on the other pipeline stages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from treatylens.model import (
    Clause,
    DimensionScore,
    DocumentFindings,
    Party,
    Profile,
    Scorecard,
    SourceInfo,
)


def make_profile(
    labels: list[list[str]],
    *,
    legal_form: str = "treaty",
    automaticity: str | None = "automatic",
    modality: str = "binding",
    conditions: list[str] | None = None,
    adversary: str | None = None,
    adversary_is_guarantor: bool = False,
    veto_exposure: bool = False,
    parties: int = 2,
) -> Profile:
    zero = DimensionScore(score=0, explanation="test")
    clauses = []
    for i, clause_labels in enumerate(labels, 1):
        attrs: dict[str, Any] = {}
        if "defence" in clause_labels:
            attrs = {
                "modality": modality,
                "automaticity": automaticity,
                "trigger": "armed_attack",
                "conditions": conditions or [],
                "means": "military",
            }
        clauses.append(
            Clause(
                id=f"c{i}",
                start=0,
                end=1,
                text="x",
                section=f"Article {i}",
                operative=True,
                labels=clause_labels,
                **attrs,
            )
        )
    ids = ["AAA", "BBB", "CCC", "DDD"][:parties]
    return Profile(
        source=SourceInfo(
            name="test.txt", media_type="text/plain", sha256="0" * 64, chars=1, bytes=1
        ),
        document=DocumentFindings(
            legal_form=legal_form,  # type: ignore[arg-type]
            parties=[Party(id=p, name=p) for p in ids],
            adversary=adversary,
            adversary_is_guarantor=adversary_is_guarantor,
            veto_exposure=veto_exposure,
        ),
        clauses=clauses,
        scorecard=Scorecard(
            obligation=zero,
            automaticity=zero,
            precision=zero,
            capability=zero,
            enforcement=zero,
            independence=zero,
        ),
    )


@pytest.fixture
def profile_factory() -> Callable[..., Profile]:
    return make_profile
