"""The packaged reference data load with a schema check, and are what the build script makes."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from treatylens.errors import ValidationError
from treatylens.history.reference import (
    AllianceWarCase,
    ReferenceCase,
    alliance_war_cases,
    atop_alliances,
    data_version,
    parse_rows,
    read_text,
    reference_cases,
)

REPO = Path(__file__).resolve().parents[2]


def test_reference_set_is_large_enough_and_cited() -> None:
    cases = reference_cases()
    assert len(cases) >= 45
    assert all(c.source.startswith("http") for c in cases)
    assert [c.id for c in cases] == sorted(c.id for c in cases)
    tested = [c for c in cases if c.fate != "untested"]
    assert len(tested) >= 40


def test_budapest_is_coded_as_the_codebook_type_case() -> None:
    case = {c.id: c for c in reference_cases()}["budapest_1994"]
    assert case.adversary == "RUS"
    assert case.adversary_is_guarantor and case.veto_exposure
    assert case.legal_form == "memorandum"
    assert case.automaticity == "external"
    assert case.fate == "failed"


def test_codebook_count_of_attacker_inside_is_reproduced() -> None:
    # CODEBOOK.md section 4: "held in 3 of 18 tested cases, against 15 of 30 without"
    tested = [c for c in reference_cases() if c.fate != "untested"]
    inside = [c for c in tested if c.adversary_is_party]
    outside = [c for c in tested if not c.adversary_is_party]
    assert (sum(c.fate == "held" for c in inside), len(inside)) == (3, 18)
    assert (sum(c.fate == "held" for c in outside), len(outside)) == (15, 30)


def test_every_atop_alliance_is_a_reference_profile() -> None:
    alliances = atop_alliances()
    assert len(alliances) == 745
    nato = {a.atopid: a for a in alliances}[3180]
    assert "defence" in nato.provision_types and "USA" in nato.members


def test_alliance_war_cases_match_the_published_counts() -> None:
    cases = alliance_war_cases()
    assert len(cases) == 146
    assert sum(c.honoured for c in cases) == 73


def test_data_version_is_recorded() -> None:
    assert data_version() != "unknown"


def test_schema_check_names_file_line_and_field() -> None:
    good = read_text("bf_cases.csv").splitlines()
    bad = "\n".join([good[0], good[1].replace("true", "maybe", 1).replace("false", "maybe", 1)])
    with pytest.raises(ValidationError, match=r"bf_cases.csv, line 2: field"):
        parse_rows(bad, AllianceWarCase, "bf_cases.csv")


def test_schema_check_rejects_wrong_columns() -> None:
    with pytest.raises(ValidationError, match="wrong columns"):
        parse_rows("id,name\nx,y\n", ReferenceCase, "guarantees.csv")


def test_schema_check_rejects_a_row_without_a_source() -> None:
    lines = read_text("guarantees.csv").splitlines()
    header, row = lines[0], lines[1]
    url = row.rsplit(",", 1)[1]
    with pytest.raises(ValidationError, match="source"):
        parse_rows(
            "\n".join([header, row.replace(url, "not a url")]), ReferenceCase, "guarantees.csv"
        )


def test_build_script_reproduces_the_packaged_csv_files(shared_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    spec = importlib.util.spec_from_file_location(
        "build_reference", REPO / "scripts" / "build_reference.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_reference"] = module
    spec.loader.exec_module(module)
    assert module.main(["build", str(shared_dir / "reference"), str(tmp_path)]) == 0
    for name in ("guarantees.csv", "atop_profiles.csv", "bf_cases.csv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == read_text(name), name


def test_manifest_hashes_match_the_shipped_files() -> None:
    import hashlib

    from treatylens.history.reference import manifest

    files = manifest()["files"]
    assert set(files) == {"guarantees.csv", "atop_profiles.csv", "bf_cases.csv", "calibration.json"}
    for name, meta in files.items():
        assert hashlib.sha256(read_text(name).encode("utf-8")).hexdigest() == meta["sha256"], name
