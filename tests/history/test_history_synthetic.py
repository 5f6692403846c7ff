from __future__ import annotations

from treatylens.history.reference import reference_cases
from treatylens.history.synthetic import case_extraction


def test_every_case_becomes_an_extraction_with_real_spans() -> None:
    for case in reference_cases():
        extraction = case_extraction(case)
        text = extraction.source.text
        assert [c.labels[0] for c in extraction.clauses][
            : len(case.provision_types)
        ] == case.provision_types
        for clause in extraction.clauses:
            assert text[clause.start : clause.end] == clause.text


def test_principal_commitment_carries_the_case_attributes() -> None:
    case = {c.id: c for c in reference_cases()}["nato_1949"]
    defence = case_extraction(case).clauses[0]
    assert defence.labels == ["defence"]
    assert (defence.modality, defence.automaticity, defence.trigger) == (
        "qualified",
        "discretionary",
        "armed_attack",
    )
    assert defence.conditions is not None and "constitutional_process" in defence.conditions


def test_adversary_inside_is_a_guarantor_party() -> None:
    case = {c.id: c for c in reference_cases()}["budapest_1994"]
    roles = {p.id: p.roles for p in case_extraction(case).document.parties}
    assert "guarantor" in roles["RUS"]
