"""The Markdown view: same order as the terminal, tables that survive odd characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.model import Profile, RedFlag
from treatylens.pipeline import analyze
from treatylens.render import render

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def profile() -> Profile:
    return analyze(REPO / "examples" / "automatic_defence_treaty.txt")


def test_headings_in_reading_order(profile: Profile) -> None:
    out = render(profile, "md")
    order = [
        "# treatylens profile",
        "## Red flags",
        "## Scorecard",
        "## Duties by party",
        "## Clauses",
    ]
    positions = [out.index(s) for s in order]
    assert positions == sorted(positions)
    without = render(profile.model_copy(update={"analogues": None}), "md")
    assert "## Historical analogues" not in without
    assert "| dimension | score | why |" in out
    for name, dim in profile.scorecard.items():
        assert f"| {name} | {dim.score} |" in out


def test_table_cells_escape_pipes_and_newlines(profile: Profile) -> None:
    odd = profile.model_copy(
        update={
            "analogues": [
                {
                    "name": "A | B\ncase",
                    "similarity": 0.5,
                    "outcome": "held",
                    "shared": [],
                    "differs": ["x"],
                }
            ],
            "red_flags": [RedFlag(flag="exit_at_will", clause_ids=[], explanation="Leave *now*.")],
        }
    )
    out = render(odd, "md")
    assert "| A \\| B case | 0.50 | held | - | x |" in out
    assert "Leave \\*now\\*." in out


def test_every_labelled_clause_is_listed(profile: Profile) -> None:
    out = render(profile, "md")
    for clause in profile.clauses:
        if clause.labels:
            assert f"`{clause.id}`" in out
