"""``treatylens analogues`` and ``treatylens calibrate``."""

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


def test_analogues_json_for_a_proposal(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = examples_dir / "proposals" / "budapest_1994_like.yaml"
    code, out, _ = run(["analogues", str(path), "--k", "3", "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert next(a["id"] for a in data["analogues"]) == "budapest_1994"
    assert len(data["analogues"]) == 3 and "method_note" in data


def test_analogues_text_and_md(examples_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = examples_dir / "proposals" / "reassurance_force.yaml"
    code, text, _ = run(["analogues", str(path), "--pool", "modern"], capsys)
    assert code == 0 and "similarity" in text and "Method:" in text
    code, md, _ = run(["analogues", str(path), "--format", "md"], capsys)
    assert code == 0 and md.startswith("# Analogues for") and "| # | case |" in md


def test_analogues_on_a_saved_profile(
    examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from treatylens.proposal import profile_from_proposal_file

    saved = tmp_path / "p.json"
    saved.write_text(
        profile_from_proposal_file(examples_dir / "proposals" / "budapest_1994_like.yaml").to_json()
    )
    code, out, _ = run(["analogues", str(saved), "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["analogues"][0]["id"] == "budapest_1994"


def test_analogues_rejects_malformed_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json")
    code, _, err = run(["analogues", str(bad)], capsys)
    assert code == 2 and "not valid JSON" in err and "Traceback" not in err


def test_analogues_rejects_json_that_is_not_a_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"schema_version": "1", "hello": 1}')
    code, _, err = run(["analogues", str(other)], capsys)
    assert code == 2 and "invalid profile" in err


def test_analogues_rejects_a_bad_adversary(
    examples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = examples_dir / "proposals" / "reassurance_force.yaml"
    code, _, err = run(["analogues", str(path), "--adversary", "Russia"], capsys)
    assert code == 2 and "ISO 3166" in err


def test_calibrate_packaged_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["calibrate", "--packaged", "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["atop"]["n"] == 146 and data["modern"]["n_tested"] == 48
    assert "scorecard" in data and "method_note" in data
    code, md, _ = run(["calibrate", "--packaged", "--format", "md"], capsys)
    assert code == 0 and "| feature | with: honoured / n |" in md
    code, text, _ = run(["calibrate", "--packaged"], capsys)
    assert code == 0 and "(b) Modern reference set" in text


def test_calibration_doc_matches_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "calibration.md"
    code, md, _ = run(["calibrate", "--packaged", "--format", "md"], capsys)
    assert code == 0
    table = md.split("\nScorecard (mean of six dimensions")[0]
    assert table.strip() in doc.read_text(encoding="utf-8")
