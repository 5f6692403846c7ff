"""``treatylens assess proposal.yaml``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatylens.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_assess_json_has_profile_analogues_and_note(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = examples_dir / "proposals" / "budapest_1994_like.yaml"
    code, out, _ = run(["assess", str(path), "--format", "json", "--explain"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema_version"] == "1"
    assert data["document"]["legal_form"] == "memorandum"
    assert data["analogues"][0]["id"] == "budapest_1994"
    assert {e["dimension"] for e in data["explain"]} == {
        "obligation",
        "automaticity",
        "precision",
        "capability",
        "enforcement",
        "independence",
    }
    assert "not probabilities" in data["method_note"]


def test_assess_output_is_deterministic(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = examples_dir / "proposals" / "article5_like_2025.yaml"
    first = run(["assess", str(path), "--format", "json"], capsys)[1]
    second = run(["assess", str(path), "--format", "json"], capsys)[1]
    assert first == second


def test_assess_text_and_md(examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = examples_dir / "proposals" / "article5_like_2025.yaml"
    code, text, _ = run(["assess", str(path), "--explain"], capsys)
    assert code == 0 and "Scorecard" in text and "What would strengthen it" in text
    code, md, _ = run(["assess", str(path), "--format", "md"], capsys)
    assert code == 0 and md.startswith("# ") and "## Nearest historical cases" in md


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("title: [oops", "not valid YAML"),
        (
            "title: t\nguarantors: [GBR]\nbeneficiary: UKR\nresponse: {level: automatic}\nextra: 1\n",
            "extra: unknown key",
        ),
        (
            "title: t\nguarantors: [GBR]\nbeneficiary: ZZZ\nresponse: {level: automatic}\n",
            "unknown ISO3",
        ),
        (
            "title: t\nguarantors: GBR\nbeneficiary: UKR\nresponse: {level: automatic}\n",
            "guarantors",
        ),
        ("", "must be a YAML mapping"),
    ],
)
def test_assess_malformed_yaml_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(content)
    code, out, err = run(["assess", str(path)], capsys)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_assess_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["assess", "/nonexistent/p.yaml"], capsys)
    assert code == 2 and "does not exist" in err


def test_assess_rejects_a_saved_profile(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from treatylens.proposal import profile_from_proposal_file

    saved = tmp_path / "profile.yaml"
    saved.write_text(
        profile_from_proposal_file(examples_dir / "proposals" / "reassurance_force.yaml").to_json()
    )
    code, _, err = run(["assess", str(saved)], capsys)
    assert code == 2 and "saved profile, not a proposal" in err


def test_analogues_rejects_a_malformed_proposal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("guarantors: [GBR\n")
    code, _, err = run(["analogues", str(bad)], capsys)
    assert code == 2 and "not valid YAML" in err
