"""Hand-built profiles, so compare and diff are tested independently of the extractor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from treatylens.model import (
    Clause,
    DimensionScore,
    DocumentFindings,
    Profile,
    RedFlag,
    Scorecard,
    SourceInfo,
)


def make_clause(cid: str, text: str, labels: list[str], **attrs: Any) -> Clause:
    return Clause(id=cid, start=0, end=len(text), text=text, section=attrs.pop("section", ""), operative=True,
                  labels=labels, **attrs)  # type: ignore[arg-type]


def make_profile(name: str, clauses: list[Clause], flags: tuple[str, ...] = (), score: int = 50,
                 **document: Any) -> Profile:
    dim = DimensionScore(score=score, explanation="test")
    return Profile(
        source=SourceInfo(name=name, media_type="text/plain", sha256=name * 2, chars=100, bytes=100),
        document=DocumentFindings(legal_form=document.pop("legal_form", "treaty"), **document),
        clauses=clauses,
        scorecard=Scorecard(obligation=dim, automaticity=dim, precision=dim, capability=dim, enforcement=dim,
                            independence=dim),
        red_flags=[RedFlag(flag=f, clause_ids=[], explanation="x") for f in flags],  # type: ignore[arg-type]
    )


@pytest.fixture
def clause() -> Callable[..., Clause]:
    return make_clause


@pytest.fixture
def profile() -> Callable[..., Profile]:
    return make_profile
