"""``treatylens compare`` and ``treatylens diff`` end to end, on the bundled drafts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DRAFT_1 = REPO / "examples" / "drafts" / "framework_draft_1.txt"
DRAFT_2 = REPO / "examples" / "drafts" / "framework_draft_2.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "treatylens", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_diff_json_is_deterministic_and_well_formed() -> None:
    first = run("diff", str(DRAFT_1), str(DRAFT_2), "--format", "json")
    second = run("diff", str(DRAFT_1), str(DRAFT_2), "--format", "json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    kinds = {c["kind"] for c in data["changes"]}
    assert kinds <= {"added", "removed", "strengthened", "weakened", "unchanged"}
    for change in data["changes"]:
        assert change["old_clause_id"] or change["new_clause_id"]
        assert isinstance(change["labels"], list)
    # the exit clause moved from six to twelve months' notice: aligned, not added/removed
    exit_change = next(c for c in data["changes"] if c["new_text"] and "withdraw from this Framework" in c["new_text"])
    assert exit_change["old_clause_id"] is not None
    assert exit_change["kind"] == "strengthened"


@pytest.mark.parametrize("fmt", ["text", "md", "json", "csv"])
def test_compare_formats(fmt: str) -> None:
    result = run("compare", str(DRAFT_1), str(DRAFT_2), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "framework_draft_1.txt" in result.stdout and "framework_draft_2.txt" in result.stdout


def test_compare_needs_two_inputs() -> None:
    result = run("compare", str(DRAFT_1))
    assert result.returncode == 2
    assert "at least two" in result.stderr
    assert "Traceback" not in result.stderr


def test_compare_accepts_saved_profiles(tmp_path: Path) -> None:
    saved = tmp_path / "draft1.json"
    analysed = run("analyze", str(DRAFT_1), "--format", "json")
    assert analysed.returncode == 0, analysed.stderr
    saved.write_text(analysed.stdout, encoding="utf-8")
    result = run("compare", str(saved), str(DRAFT_2), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [d["name"] for d in json.loads(result.stdout)["documents"]] == ["draft1.json", "framework_draft_2.txt"]


def test_malformed_profile_json_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    result = run("diff", str(bad), str(DRAFT_2))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not valid JSON" in result.stderr


def test_diff_of_unrelated_texts_warns(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Article 1\nThe Parties shall exchange information on fisheries quotas every year.\n", encoding="utf-8"
    )
    result = run("diff", str(DRAFT_1), str(other), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["strengthened"] == data["summary"]["weakened"] == 0


def test_output_file_is_not_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "diff.md"
    out.write_text("mine", encoding="utf-8")
    result = run("diff", str(DRAFT_1), str(DRAFT_2), "--format", "md", "-o", str(out))
    assert result.returncode == 2 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine"
    result = run("diff", str(DRAFT_1), str(DRAFT_2), "--format", "md", "-o", str(out), "--force")
    assert result.returncode == 0
    assert out.read_text(encoding="utf-8").startswith("# Diff")
