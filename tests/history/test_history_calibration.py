from __future__ import annotations

import pytest

from treatylens.history.calibration import (
    auc,
    compute_calibration,
    flag_rates,
    method_note,
    packaged_calibration,
    scorecard_separation,
)


def test_auc_basics() -> None:
    assert auc([3, 2, 1], [True, False, False]) == 1.0
    assert auc([1, 2, 3], [True, False, False]) == 0.0
    assert auc([1, 1], [True, False]) == 0.5
    assert auc([1, 2], [True, True]) == 0.5  # one class empty


def test_calibration_is_reproduced_from_the_packaged_data() -> None:
    pytest.importorskip("numpy")
    assert compute_calibration() == packaged_calibration()


def test_calibration_reports_base_rates_and_intervals() -> None:
    table = packaged_calibration()
    atop, modern = table["atop"], table["modern"]
    assert (atop["n"], atop["honoured"]) == (146, 73)
    for key in ("model_codebook", "model_era_only", "model_codebook_and_era"):
        lo, hi = atop[key]["auc_ci95"]
        assert 0.0 <= lo <= atop[key]["cv_auc"] <= hi <= 1.0
    assert modern["n_tested"] == 48
    party = next(r for r in modern["flags"] if r["flag"] == "adversary_is_party")
    assert (party["with_held"], party["with_n"]) == (3, 18)


def test_flag_rates_and_method_note() -> None:
    rates = flag_rates(["adversary_is_guarantor", "not_a_flag"])
    assert [r["flag"] for r in rates] == ["adversary_is_guarantor"]
    note = method_note()
    assert "not probabilities" in note and "146" in note


def test_scorecard_separation_reports_an_auc_or_says_it_cannot() -> None:
    result = scorecard_separation()
    assert result["n_tested"] == 48
    assert result["auc"] is None or 0.0 <= result["auc"] <= 1.0
    assert result["summary"]
