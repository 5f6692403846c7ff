from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.errors import InputError, ValidationError
from treatylens.proposal import load_proposal, parse_proposal

MINIMAL = """
title: Test guarantee
guarantors: [GBR, FRA]
beneficiary: UKR
response:
  level: automatic
"""


def test_minimal_proposal_gets_defaults() -> None:
    p = parse_proposal(MINIMAL)
    assert p.legal_form == "treaty" and p.trigger == "armed_attack"
    assert p.response.modality == "binding" and p.response.means == "military"
    assert p.guarantors == ["GBR", "FRA"]


def test_lower_case_codes_are_normalised() -> None:
    p = parse_proposal(MINIMAL.replace("UKR", "ukr"))
    assert p.beneficiary == "UKR"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: [unclosed", "not valid YAML at line 1"),
        ("- just\n- a list\n", "must be a YAML mapping"),
        (MINIMAL + "colour: blue\n", "colour: unknown key"),
        (MINIMAL.replace("level: automatic", "level: sometimes"), "response.level"),
        (MINIMAL.replace("[GBR, FRA]", "GBR"), "guarantors"),
        (MINIMAL.replace("UKR", "XXQ"), "unknown ISO3 code"),
        (MINIMAL.replace("UKR", "Ukraine"), "not an ISO 3166 alpha-3"),
        (MINIMAL.replace("UKR", "GBR"), "also listed as a guarantor"),
        (MINIMAL + "duration_years: ten\n", "duration_years"),
        (MINIMAL + "adversary_non_aggression: true\n", "needs an adversary"),
        ("title: x\n", "guarantors"),
    ],
)
def test_malformed_proposals_fail_with_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        parse_proposal(text, "p.yaml")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("p.yaml: ")


def test_unreadable_or_binary_files_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_proposal(tmp_path / "missing.yaml")
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(InputError, match="UTF-8"):
        load_proposal(binary)


def test_shipped_examples_are_valid(examples_dir: Path) -> None:
    files = sorted((examples_dir / "proposals").glob("*.yaml"))
    assert len(files) >= 3
    for f in files:
        load_proposal(f)
