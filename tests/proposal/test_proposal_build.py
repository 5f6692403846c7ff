from __future__ import annotations

from pathlib import Path

from treatylens.proposal import (
    assess_proposal,
    build_extraction,
    parse_proposal,
    profile_from_proposal_file,
)

BUDAPEST_LIKE = """
title: Assurances
legal_form: memorandum
guarantors: [USA, GBR, RUS]
beneficiary: UKR
adversary: RUS
trigger: aggression
response: {level: external, modality: hortatory, means: unspecified}
un_role: authorisation
"""

STRONG = """
title: Strong treaty
guarantors: [GBR, FRA]
beneficiary: UKR
adversary: RUS
response: {level: automatic}
forces: {presence: true, troops: 20000, lead: GBR}
aid: {military: true, amount: EUR 5 billion a year}
command: {integrated: true}
monitoring: {mission: true}
institution: true
duration_years: 20
exit: {notice_months: 24}
"""


def test_every_clause_has_a_real_span() -> None:
    extraction = build_extraction(parse_proposal(STRONG))
    text = extraction.source.text
    assert extraction.clauses
    for clause, span in zip(extraction.clauses, extraction.segmentation.clauses, strict=True):
        assert text[clause.start : clause.end] == clause.text == span.text
        assert clause.because and all(r.rule.startswith("proposal.") for r in clause.because)


def test_labels_follow_the_structured_fields() -> None:
    extraction = build_extraction(parse_proposal(STRONG))
    labels = {label for c in extraction.clauses for label in c.labels}
    assert {
        "defence",
        "forces_presence",
        "military_aid",
        "integrated_command",
        "monitoring",
        "institution",
    } <= labels
    assert {"duration", "withdrawal", "entry_into_force"} <= labels
    defence = extraction.clauses[0]
    assert (defence.modality, defence.automaticity, defence.trigger) == (
        "binding",
        "automatic",
        "armed_attack",
    )
    forces = next(c for c in extraction.clauses if "forces_presence" in c.labels)
    assert forces.quantified is True and forces.obligors == ["GBR"]


def test_un_authorisation_makes_the_response_external() -> None:
    extraction = build_extraction(parse_proposal(BUDAPEST_LIKE))
    defence = extraction.clauses[0]
    assert defence.automaticity == "external"
    assert defence.conditions is not None and "unsc_dependent" in defence.conditions
    assert extraction.document.legal_form == "memorandum"
    roles = {p.id: p.roles for p in extraction.document.parties}
    assert roles["RUS"] == ["guarantor"] and roles["UKR"] == ["beneficiary"]


def test_adversary_option_overrides_the_file() -> None:
    extraction = build_extraction(parse_proposal(STRONG), adversary="BLR")
    assert extraction.document.adversary == "BLR"


def test_build_is_deterministic() -> None:
    a = assess_proposal(parse_proposal(STRONG)).to_json()
    b = assess_proposal(parse_proposal(STRONG)).to_json()
    assert a == b


def test_proposal_file_profile_has_analogues(examples_dir: Path) -> None:
    profile = profile_from_proposal_file(examples_dir / "proposals" / "budapest_1994_like.yaml")
    assert profile.analogues is not None
    assert profile.analogues[0]["id"] == "budapest_1994"
