"""The terminal view: order (flags first), plain vs colour, stable width, analogues section."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.errors import InputError
from treatylens.model import Profile
from treatylens.pipeline import analyze
from treatylens.render import render

REPO = Path(__file__).resolve().parents[2]

ANALOGUE = {
    "name": "Security assurances memorandum (1994)",
    "similarity": 0.81,
    "outcome": "violated",
    "shared": ["adversary_is_guarantor", "non_binding_form"],
    "differs": ["capability"],
}


@pytest.fixture(scope="module")
def profile() -> Profile:
    return analyze(REPO / "examples" / "coalition_guarantee.txt")


def test_sections_in_reading_order(profile: Profile) -> None:
    out = render(profile, "text")
    order = ["treatylens profile", "Red flags (", "Scorecard", "Duties by party", "Clauses ("]
    positions = [out.index(s) for s in order]
    assert positions == sorted(positions)
    for f in profile.red_flags:
        assert f.flag.replace("_", " ") in out


def test_plain_text_has_no_escape_codes_and_a_stable_width(profile: Profile) -> None:
    for width in (60, 100):
        out = render(profile, "text", width=width)
        assert "\x1b[" not in out
        assert max(len(line) for line in out.splitlines()) <= width
    assert render(profile, "text") == render(profile, "text")


def test_colour_only_when_asked(profile: Profile) -> None:
    assert "\x1b[" in render(profile, "text", color=True, width=100)


def test_analogues_shown_only_when_present(profile: Profile) -> None:
    assert "Historical analogues" not in render(
        profile.model_copy(update={"analogues": None}), "text"
    )
    with_analogues = profile.model_copy(update={"analogues": [ANALOGUE]})
    out = render(with_analogues, "text", width=140)
    assert "Historical analogues" in out
    assert "Security assurances memorandum (1994)" in out and "0.81" in out and "violated" in out
    empty = profile.model_copy(update={"analogues": []})
    assert "None found." in render(empty, "text")


def test_json_and_unknown_format(profile: Profile) -> None:
    assert render(profile, "json") == profile.to_json()
    with pytest.raises(InputError):
        render(profile, "docx")


def test_html_is_dispatched_lazily(profile: Profile) -> None:
    assert "<html" in render(profile, "html").lower()


def test_empty_profile_renders(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Lunch is at noon.\n", encoding="utf-8")
    out = render(analyze(path), "text")
    assert "Red flags" in out and "Scorecard" in out
