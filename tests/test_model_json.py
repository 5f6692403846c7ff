"""``Profile.to_json`` writes its JSON piece by piece; the text is exactly ``json.dumps``'s."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatylens.pipeline import analyze

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coalition_guarantee.txt"


@pytest.mark.parametrize("indent", [2, None, 4])
def test_to_json_is_json_dumps(indent: int | None) -> None:
    profile = analyze(EXAMPLE, analogues=0)
    expected = json.dumps(profile.to_dict(), ensure_ascii=False, indent=indent) + "\n"
    assert profile.to_json(indent=indent) == expected
    assert len(profile.clauses) > 0
