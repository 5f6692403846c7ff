from __future__ import annotations

from treatylens.codebook.labels import DIMENSIONS
from treatylens.model import (
    DimensionScore,
    DocumentFindings,
    Profile,
    RedFlag,
    Scorecard,
    SourceInfo,
)
from treatylens.proposal import Proposal, explain, parse_proposal
from treatylens.proposal.explain import CHANGES

WEAK = """
title: Weak
legal_form: declaration
guarantors: [USA, RUS]
beneficiary: UKR
adversary: RUS
trigger: threat
response: {level: consult_first, modality: hortatory, means: unspecified}
exit: {at_will: true}
"""


def _fake_assess(p: Proposal) -> Profile:
    """A stand-in scorer: automaticity 100 only when automatic, independence drops with the adversary inside."""

    def dim(score: int) -> DimensionScore:
        return DimensionScore(score=score, explanation="fake")

    inside = p.adversary in p.guarantors
    flags = [RedFlag(flag="adversary_is_guarantor", explanation="x")] if inside else []
    return Profile(
        source=SourceInfo(name="p", media_type="text/plain", sha256="0" * 64, chars=0, bytes=0),
        document=DocumentFindings(legal_form=p.legal_form),
        scorecard=Scorecard(
            obligation=dim(100 if p.response.modality == "binding" else 20),
            automaticity=dim(100 if p.response.level == "automatic" else 40),
            precision=dim(50),
            capability=dim(60 if p.forces.presence else 0),
            enforcement=dim(0),
            independence=dim(30 if inside else 90),
        ),
        red_flags=flags,
    )


def test_best_change_per_dimension_is_recomputed() -> None:
    items = {i.dimension: i for i in explain(parse_proposal(WEAK), _fake_assess)}
    assert [i for i in DIMENSIONS] == list(items)
    assert items["automaticity"].change == "make_response_automatic"
    assert (items["automaticity"].score, items["automaticity"].new_score) == (40, 100)
    assert items["independence"].change == "remove_adversary_from_guarantors"
    assert items["independence"].flags_removed == ["adversary_is_guarantor"]
    assert items["obligation"].change == "binding_wording"
    assert items["capability"].change == "station_forces"
    assert items["precision"].change is None and items["precision"].gain == 0


def test_changes_that_do_not_apply_are_skipped() -> None:
    strong = parse_proposal(
        "title: S\nguarantors: [GBR]\nbeneficiary: UKR\nresponse: {level: automatic}\n"
        "forces: {presence: true, troops: 5}\naid: {military: true}\ncommand: {integrated: true}\n"
        "monitoring: {mission: true}\ninstitution: true\n"
    )
    applicable = [cid for cid, _, change in CHANGES if change(strong) is not None]
    assert applicable == []


def test_explain_with_the_real_assess_runs() -> None:
    from treatylens.proposal import assess_proposal

    items = explain(parse_proposal(WEAK), assess_proposal)
    assert len(items) == len(DIMENSIONS)
    assert all(i.gain >= 0 for i in items)
