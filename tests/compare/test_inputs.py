from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.compare import profile_from_input
from treatylens.errors import ValidationError

from .conftest import make_clause, make_profile


def test_saved_profile_round_trip(tmp_path: Path) -> None:
    original = make_profile("x.txt", [make_clause("c1", "Each Party shall assist.", ["defence"])])
    path = tmp_path / "x.json"
    path.write_text(original.to_json(), encoding="utf-8")
    assert profile_from_input(path) == original


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"schema_version": "9"}', "not a treatylens profile"),
        ("[1, 2]", "not a treatylens profile"),
        ('{"schema_version": "1", "source": {}}', "invalid profile at"),
    ],
)
def test_malformed_profiles_get_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        profile_from_input(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
