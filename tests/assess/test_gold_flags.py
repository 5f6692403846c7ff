"""assess() on gold clauses reproduces the gold red flags and document findings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from treatylens.assess import assess
from treatylens.model import Extraction

FromGold = Callable[[Path], tuple[Extraction, dict[str, Any]]]

GOLD_FOLDERS = ("eval/dev", "eval/dev-real")


def _gold_files(shared: Path) -> list[Path]:
    return sorted(p for folder in GOLD_FOLDERS for p in (shared / folder).glob("*.gold.json"))


def test_gold_folders_are_present(shared_dir: Path) -> None:
    assert len(_gold_files(shared_dir)) >= 19


@pytest.mark.parametrize("index", range(19))
def test_assess_reproduces_gold_document_findings(
    shared_dir: Path, from_gold: FromGold, index: int
) -> None:
    files = _gold_files(shared_dir)
    if index >= len(files):
        pytest.skip("fewer gold files than expected")
    extraction, gold = from_gold(files[index])
    profile = assess(extraction)
    assert sorted(f.flag for f in profile.red_flags) == sorted(gold["red_flags"]), files[index].name
    assert profile.document.adversary_is_guarantor == gold["adversary_is_guarantor"]
    assert profile.document.veto_exposure == gold["veto_exposure"]
