"""Authored unit tests for assess: roles, the two document findings, every red flag raised and
not raised, limitation effects, and the scorecard's monotonicity."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatylens.assess import assess
from treatylens.assess.notice import exit_terms
from treatylens.model import (
    Clause,
    DocumentFindings,
    Extraction,
    Party,
    PipelineOptions,
    Profile,
    Segmentation,
    SourceText,
)

UKR_GUARANTORS = ["USA", "GBR", "FRA"]


def clause(text: str, labels: list[str], **attrs: Any) -> Clause:
    """A labelled operative clause; commitment attributes default to a plain binding duty."""
    return Clause(
        id="", start=0, end=0, text=text, section="", operative=True, labels=labels, **attrs
    )  # type: ignore[arg-type]


def duty(labels: list[str], obligors: list[str], beneficiaries: list[str], **attrs: Any) -> Clause:
    base: dict[str, Any] = {
        "modality": "binding",
        "trigger": "none",
        "conditions": [],
        "quantified": False,
        "obligors": obligors,
        "beneficiaries": beneficiaries,
    }
    base.update(attrs)
    if base["trigger"] != "none" and "automaticity" not in attrs:
        base["automaticity"] = "automatic"
    return clause(" ".join(labels) + " duty.", labels, **base)


def defence(**attrs: Any) -> Clause:
    attrs.setdefault("trigger", "armed_attack")
    attrs.setdefault("means", "military")
    return duty(
        ["defence"],
        attrs.pop("obligors", ["ALL_PARTIES"]),
        attrs.pop("beneficiaries", ["ALL_PARTIES"]),
        **attrs,
    )


def analyse(
    clauses: list[Clause],
    *,
    legal_form: str = "treaty",
    adversary: str | None = None,
    parties: list[str] | None = None,
    roles: dict[str, list[str]] | None = None,
) -> Profile:
    """Lay the clauses out one after another in a source text, with ids and sections."""
    text = ""
    placed: list[Clause] = []
    for i, c in enumerate(clauses):
        start = len(text)
        text += c.text + "\n"
        placed.append(
            c.model_copy(
                update={
                    "id": f"c{i + 1:03d}",
                    "start": start,
                    "end": start + len(c.text),
                    "section": f"Article {i + 1}",
                }
            )
        )
    data = text.encode()
    source = SourceText(
        text=text,
        name="t.txt",
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )
    party_list = [Party(id=p, name=p, roles=(roles or {}).get(p, [])) for p in parties or []]  # type: ignore[misc]
    document = DocumentFindings(legal_form=legal_form, adversary=adversary, parties=party_list)  # type: ignore[arg-type]
    return assess(
        Extraction(
            source=source,
            segmentation=Segmentation(title=None, provisions=(), clauses=()),
            document=document,
            clauses=tuple(placed),
            options=PipelineOptions(adversary=adversary),
        )
    )


def flags(profile: Profile) -> set[str]:
    return {f.flag for f in profile.red_flags}


def flag(profile: Profile, name: str) -> Any:
    return next(f for f in profile.red_flags if f.flag == name)


# --------------------------------------------------------------------------- roles


def test_roles_from_obligors_and_beneficiaries() -> None:
    profile = analyse(
        [
            duty(["respect_sovereignty"], UKR_GUARANTORS, ["UKR"]),
            duty(["non_aggression"], ["ALL_PARTIES"], ["ALL_PARTIES"]),
        ],
        parties=["UKR", "USA", "GBR", "FRA", "CHE"],
        roles={"CHE": ["mediator", "guarantor"]},
    )
    roles = {p.id: p.roles for p in profile.document.parties}
    assert roles["USA"] == ["guarantor", "mutual"]
    assert roles["UKR"] == ["beneficiary", "mutual"]
    # a mediator named by the text keeps that role; a guarantor role it was not given by a clause
    # is not kept, but ALL_PARTIES includes it, so it is mutual
    assert roles["CHE"] == ["mutual", "mediator"]


def test_roles_add_parties_named_only_in_clauses() -> None:
    profile = analyse([duty(["military_aid"], ["NLD"], ["UKR"])])
    roles = {p.id: p.roles for p in profile.document.parties}
    assert roles == {"NLD": ["guarantor"], "UKR": ["beneficiary"]}


# --------------------------------------------------------------------------- adversary_is_guarantor


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        ([duty(["respect_sovereignty"], ["RUS", *UKR_GUARANTORS], ["UKR"])], True),  # Budapest type
        (
            [
                duty(
                    ["un_referral"],
                    ["RUS", "USA"],
                    ["UKR"],
                    trigger="threat",
                    automaticity="external",
                )
            ],
            True,
        ),
        ([defence(obligors=["RUS"], beneficiaries=["UKR"])], True),  # undertakes to defend
        ([duty(["non_aggression"], ["RUS"], ["UKR"])], False),  # bilateral counterparty
        ([duty(["non_aggression"], ["ALL_PARTIES"], ["ALL_PARTIES"])], False),  # mutual pact
        ([duty(["military_aid"], ["RUS", "USA"], ["UKR"])], False),  # not a guarantor duty
        ([duty(["respect_sovereignty"], UKR_GUARANTORS, ["UKR"])], False),  # adversary outside
    ],
)
def test_adversary_is_guarantor(clauses: list[Clause], expected: bool) -> None:
    profile = analyse(clauses, adversary="RUS", parties=["UKR", "RUS"])
    assert profile.document.adversary_is_guarantor is expected
    assert ("adversary_is_guarantor" in flags(profile)) is expected
    if expected:
        assert any(r.value == "true" and r.start is not None for r in profile.document.because)
        assert "Russia" in flag(profile, "adversary_is_guarantor").explanation


def test_adversary_is_guarantor_needs_an_adversary() -> None:
    profile = analyse([duty(["respect_sovereignty"], ["RUS", *UKR_GUARANTORS], ["UKR"])])
    assert not profile.document.adversary_is_guarantor


# --------------------------------------------------------------------------- veto_exposure


def gated(**attrs: Any) -> Clause:
    attrs.setdefault("automaticity", "external")
    return defence(obligors=UKR_GUARANTORS, beneficiaries=["UKR"], **attrs)


@pytest.mark.parametrize(
    ("adversary", "clauses", "expected"),
    [
        ("RUS", [gated()], True),
        (
            "PRK",
            [gated(automaticity="discretionary", conditions=["unsc_dependent"])],
            True,
        ),  # ally of CHN
        ("BLR", [gated()], True),  # ally of RUS
        ("IRN", [gated()], False),  # no permanent member ally
        (None, [gated()], False),
        (
            "RUS",
            [duty(["un_referral"], ["ALL_PARTIES"], ["ALL_PARTIES"], trigger="armed_attack")],
            False,
        ),  # report only
    ],
)
def test_veto_exposure(adversary: str | None, clauses: list[Clause], expected: bool) -> None:
    profile = analyse(clauses, adversary=adversary)
    assert profile.document.veto_exposure is expected
    assert ("unsc_veto_exposure" in flags(profile)) is expected


def test_veto_sentence_names_the_veto_holder() -> None:
    profile = analyse([gated()], adversary="PRK")
    assert "China (an ally of North Korea)" in flag(profile, "unsc_veto_exposure").explanation


# --------------------------------------------------------------------------- flags


def test_strong_treaty_raises_no_flag() -> None:
    profile = analyse(
        [
            defence(),
            duty(["forces_presence"], ["ALL_PARTIES"], ["ALL_PARTIES"]),
            clause("Any Party may withdraw on two years' notice.", ["withdrawal"]),
        ]
    )
    assert flags(profile) == set()


@pytest.mark.parametrize(
    "form", ["memorandum", "declaration", "statement", "unilateral_act", "draft"]
)
def test_non_binding_form_by_legal_form(form: str) -> None:
    assert "non_binding_form" in flags(analyse([defence()], legal_form=form))


@pytest.mark.parametrize("form", ["treaty", "executive_agreement"])
def test_binding_forms_are_not_flagged(form: str) -> None:
    assert "non_binding_form" not in flags(analyse([defence()], legal_form=form))


def test_disclaimer_raises_non_binding_form_in_a_treaty() -> None:
    disclaimer = clause(
        "This Agreement does not create legal obligations under international law.", ["other"]
    )
    profile = analyse([defence(), disclaimer])
    assert flag(profile, "non_binding_form").clause_ids == ["c002"]
    harmless = clause(
        "This Treaty does not affect the rights and obligations of the Parties under the Charter.",
        ["other"],
    )
    assert "non_binding_form" not in flags(analyse([defence(), harmless]))


def test_no_defence_clause() -> None:
    assert "no_defence_clause" in flags(analyse([duty(["military_aid"], ["USA"], ["UKR"])]))
    assert "no_defence_clause" not in flags(analyse([defence()]))


def test_consultation_only() -> None:
    consult = duty(
        ["consultation"],
        ["ALL_PARTIES"],
        ["ALL_PARTIES"],
        trigger="threat",
        automaticity="consult_first",
    )
    profile = analyse([consult])
    assert "consultation_only" in flags(profile)
    assert "discretionary_response" not in flags(profile)  # never together
    # a non-consultation response duty, or a defence clause, removes it
    aid = duty(
        ["military_aid"], ["USA"], ["UKR"], trigger="armed_attack", automaticity="discretionary"
    )
    assert "consultation_only" not in flags(analyse([consult, aid]))
    assert "consultation_only" not in flags(analyse([consult, defence(trigger="none")]))
    # no response duty at all: nothing to be "only"
    assert "consultation_only" not in flags(
        analyse([duty(["non_aggression"], ["ALL_PARTIES"], ["ALL_PARTIES"])])
    )


@pytest.mark.parametrize(
    ("attrs", "raised"),
    [
        ({"automaticity": "automatic"}, False),
        ({"automaticity": "discretionary"}, True),
        ({"automaticity": "consult_first"}, True),
        ({"automaticity": "external"}, True),
        ({"automaticity": "automatic", "modality": "qualified"}, True),
        ({"automaticity": "automatic", "modality": "hortatory"}, False),
    ],
)
def test_discretionary_response_on_the_main_defence_duty(
    attrs: dict[str, Any], raised: bool
) -> None:
    assert ("discretionary_response" in flags(analyse([defence(**attrs)]))) is raised


def test_main_duty_is_the_first_triggered_defence_clause() -> None:
    untriggered = defence(trigger="none", modality="hortatory")
    weak = defence(automaticity="discretionary")
    strong = defence(automaticity="automatic")
    profile = analyse([untriggered, weak, strong])
    assert flag(profile, "discretionary_response").clause_ids == ["c002"]
    assert "discretionary_response" not in flags(analyse([untriggered, strong, weak]))


def test_main_duty_without_defence_is_the_first_response_duty() -> None:
    gate = duty(["un_referral"], ["RUS", "USA"], ["KAZ"], trigger="threat", automaticity="external")
    profile = analyse([gate])
    assert {"discretionary_response", "vague_trigger", "no_defence_clause"} <= flags(profile)


def test_no_capability_backing() -> None:
    assert "no_capability_backing" in flags(analyse([defence()]))
    for label in ("forces_presence", "military_aid", "economic_aid", "integrated_command"):
        assert "no_capability_backing" not in flags(
            analyse([defence(), clause("Backing.", [label])])
        )
    assert "no_capability_backing" in flags(
        analyse([defence(), clause("Exercises.", ["interoperability"])])
    )


@pytest.mark.parametrize(
    ("text", "raised", "words"),
    [
        (
            "Either Party may withdraw from this Treaty on six months' notice.",
            True,
            "six months' notice",
        ),
        (
            "Either Party may terminate it by written notice; it shall cease ninety days after receipt.",
            True,
            "ninety days",
        ),
        (
            "Any Party may withdraw by notification; the withdrawal shall take effect upon receipt.",
            True,
            "immediate",
        ),
        (
            "Any Party may withdraw from this Agreement by notification to the depositary.",
            True,
            "no notice period",
        ),
        ("Either Party may terminate this Agreement at any time.", True, "immediate"),
        (
            "Either Party may terminate it at any time by giving one year's written notice.",
            False,
            "",
        ),
        ("Withdrawal shall take effect twelve months after the notification.", False, ""),
        (
            "After the Treaty has been in force for twenty years, any Party may cease to be a Party one year after its notice.",
            False,
            "",
        ),
        ("This Treaty may not be denounced.", False, ""),
        ("This Agreement may be terminated by mutual consent of the Parties.", False, ""),
        ("This Order may be revoked by the President.", True, "revoked by one side"),
    ],
)
def test_exit_at_will(text: str, raised: bool, words: str) -> None:
    profile = analyse([defence(), clause(text, ["withdrawal"])])
    assert ("exit_at_will" in flags(profile)) is raised
    if raised:
        assert words in flag(profile, "exit_at_will").explanation
        assert flag(profile, "exit_at_will").clause_ids == ["c002"]


def test_duration_clause_without_exit_words_is_not_an_exit() -> None:
    assert exit_terms(clause("It shall remain in force for ten years.", ["duration"])) is None
    terms = exit_terms(
        clause(
            "It shall remain in force for five years unless terminated on three months' notice.",
            ["duration"],
        )
    )
    assert terms is not None and terms.days == 91  # three twelfths of a year


def test_unilateral_act_is_revocable() -> None:
    profile = analyse([defence()], legal_form="unilateral_act")
    assert "exit_at_will" in flags(profile)


@pytest.mark.parametrize(
    ("trigger", "raised"),
    [("threat", True), ("any_conflict", True), ("aggression", False), ("armed_attack", False)],
)
def test_vague_trigger(trigger: str, raised: bool) -> None:
    assert ("vague_trigger" in flags(analyse([defence(trigger=trigger)]))) is raised


def test_hortatory_core_needs_more_than_half() -> None:
    soft = duty(["military_aid"], ["USA"], ["UKR"], modality="hortatory")
    hard = duty(["economic_aid"], ["USA"], ["UKR"])
    reported = duty(["economic_aid"], ["USA"], ["UKR"], modality="none")
    assert "hortatory_core" in flags(analyse([soft, soft, hard]))
    assert "hortatory_core" not in flags(analyse([soft, hard]))  # exactly half
    assert "hortatory_core" not in flags(
        analyse([soft, reported])
    )  # reports count, are not hortatory
    assert "2 of 3" in flag(analyse([soft, soft, hard]), "hortatory_core").explanation


def test_flags_are_in_codebook_order_and_cite_existing_clauses() -> None:
    profile = analyse(
        [gated(), clause("Either Party may withdraw on six months' notice.", ["withdrawal"])],
        legal_form="declaration",
        adversary="RUS",
    )
    from treatylens.codebook.labels import RED_FLAGS

    names = [f.flag for f in profile.red_flags]
    assert names == [n for n in RED_FLAGS if n in names]
    ids = {c.id for c in profile.clauses}
    for f in profile.red_flags:
        assert set(f.clause_ids) <= ids
        assert f.explanation.endswith(".")


# --------------------------------------------------------------------------- limitations


NO_FORCE = clause(
    "Nothing in this Agreement shall be construed as an obligation to use armed force.",
    ["limitation"],
    limits=["defence"],
)
TERRITORY = clause(
    "This Article shall not apply to an armed attack on forces deployed outside the territories of the Parties.",
    ["limitation"],
    limits=["defence"],
)


def test_limitation_removing_force_makes_defence_non_military_in_effect() -> None:
    plain = analyse([defence(automaticity="discretionary")])
    limited = analyse([defence(automaticity="discretionary"), NO_FORCE])
    assert limited.scorecard.capability.score < plain.scorecard.capability.score
    assert limited.scorecard.obligation.score < plain.scorecard.obligation.score
    assert limited.scorecard.automaticity.score < plain.scorecard.automaticity.score
    for dimension in (limited.scorecard.capability, limited.scorecard.obligation):
        assert "non-military in effect" in dimension.explanation
        assert "c002" in dimension.clause_ids
    assert "non-military in effect" in flag(limited, "discretionary_response").explanation
    # the defence clause keeps its own words
    assert limited.clauses[0].means == "military"
    assert flags(limited) == flags(plain)


def test_limitation_that_only_narrows_territory_changes_nothing() -> None:
    plain = analyse([defence(automaticity="discretionary")])
    narrowed = analyse([defence(automaticity="discretionary"), TERRITORY])
    assert narrowed.scorecard.model_dump(exclude={"obligation"}) == plain.scorecard.model_dump(
        exclude={"obligation"}
    )
    assert "non-military" not in narrowed.scorecard.obligation.explanation


def test_limitation_wherever_it_stands() -> None:
    before = analyse([NO_FORCE, defence()])
    assert "non-military in effect" in before.scorecard.capability.explanation


def test_forces_carve_out_reduces_capability() -> None:
    forces = duty(["forces_presence"], ["GBR"], ["UKR"])
    carve = clause(
        "Nothing obliges a Party to deploy its armed forces.",
        ["limitation"],
        limits=["forces_presence"],
    )
    assert (
        analyse([forces, carve]).scorecard.capability.score
        < analyse([forces]).scorecard.capability.score
    )


# --------------------------------------------------------------------------- scorecard


def test_scorecard_is_monotone_in_each_input() -> None:
    def score(clauses: list[Clause], dimension: str, **kw: Any) -> int:
        return int(getattr(analyse(clauses, **kw).scorecard, dimension).score)

    # obligation: stronger words, stronger form
    ladder = ["none", "hortatory", "qualified", "binding"]
    values = [score([defence(modality=m)], "obligation") for m in ladder]
    assert values == sorted(values) and values[0] < values[-1]
    forms = ["statement", "declaration", "memorandum", "draft", "executive_agreement", "treaty"]
    values = [score([defence()], "obligation", legal_form=f) for f in forms]
    assert values == sorted(values) and values[0] < values[-1]
    # automaticity: weakest first
    values = [
        score([defence(automaticity=a)], "automaticity")
        for a in ("external", "consult_first", "discretionary", "automatic")
    ]
    assert values == sorted(values) and len(set(values)) == 4
    # precision: a number or a defined trigger never lowers it
    assert score([defence(quantified=True)], "precision") > score([defence()], "precision")
    assert score([defence(trigger="armed_attack")], "precision") > score(
        [defence(trigger="threat")], "precision"
    )
    # capability and enforcement: adding backing or machinery never lowers them
    base = [defence()]
    for label in ("forces_presence", "military_aid", "integrated_command", "economic_aid"):
        assert score([*base, clause("x", [label])], "capability") > score(base, "capability")
    for label in ("institution", "monitoring", "dispute_settlement", "sanctions"):
        assert score([*base, clause("x", [label])], "enforcement") > score(base, "enforcement")
    # independence: each finding lowers it
    clean = score([gated()], "independence", adversary="IRN")
    assert score([gated()], "independence", adversary="RUS") < clean
    assert (
        score(
            [gated(), clause("Either may withdraw on six months' notice.", ["withdrawal"])],
            "independence",
            adversary="IRN",
        )
        < clean
    )


def test_scores_are_bounded_and_explained() -> None:
    profile = analyse(
        [gated(), clause("Either may withdraw immediately upon receipt.", ["withdrawal"])],
        adversary="RUS",
        legal_form="statement",
    )
    for _, dim in profile.scorecard.items():
        assert 0 <= dim.score <= 100
        assert dim.explanation
    assert profile.scorecard.independence.score == 40  # vetoable and exit at will
    empty = analyse([])
    assert empty.scorecard.automaticity.score == 0
    assert empty.scorecard.capability.score == 0


def test_assess_is_deterministic() -> None:
    clauses = [
        gated(),
        clause("Either may withdraw on six months' notice.", ["withdrawal"]),
        NO_FORCE,
    ]
    assert (
        analyse(clauses, adversary="RUS").to_json() == analyse(clauses, adversary="RUS").to_json()
    )


def test_notice_period_in_a_sibling_sentence_counts() -> None:
    denounce = clause(
        "Any Party may denounce this Convention by so notifying the Depositary.", ["withdrawal"]
    )
    effect = clause(
        "Any such denunciation shall only take effect one year after receipt of the notification.",
        ["withdrawal"],
    )
    assert "exit_at_will" not in flags(analyse([defence(), denounce, effect]))
    short = clause(
        "Any such denunciation shall take effect three months after its notification.",
        ["withdrawal"],
    )
    profile = analyse([defence(), denounce, short])
    assert flag(profile, "exit_at_will").clause_ids == ["c003"]
    assert "three months' notice" in flag(profile, "exit_at_will").explanation


def test_renouncing_force_against_any_state_guarantees_no_one() -> None:
    general = duty(["non_aggression"], ["RUS", "USA"], ["ANY_STATE"])
    assert not analyse(
        [general], adversary="RUS", parties=["RUS", "USA"]
    ).document.adversary_is_guarantor


def test_notice_period_in_an_unlabelled_sentence_of_the_same_article() -> None:
    from treatylens.assess.notice import quickest_exit

    leave = clause("Any Member State may decide to withdraw from the Union.", ["withdrawal"])
    later = clause(
        "The Treaties shall cease to apply to that State two years after the notification.",
        ["other"],
    )
    same_article = [
        leave.model_copy(update={"id": "a", "section": "Article 50(1)"}),
        later.model_copy(update={"id": "b", "section": "Article 50(3)"}),
    ]
    terms = quickest_exit(same_article)
    assert terms is not None and terms.days == 730 and terms.clause.id == "b"
    # in different articles the period does not carry over: no period is stated for the exit
    assert "exit_at_will" in flags(analyse([defence(), leave, later]))


MODALITY_LADDER = ["none", "hortatory", "qualified", "binding"]


@settings(max_examples=40, deadline=None)
@given(
    modalities=st.lists(st.sampled_from(MODALITY_LADDER), min_size=1, max_size=6),
    which=st.integers(min_value=0, max_value=5),
)
def test_strengthening_one_clause_never_lowers_a_score(modalities: list[str], which: int) -> None:
    which %= len(modalities)
    if modalities[which] == "binding":
        return
    stronger = list(modalities)
    stronger[which] = MODALITY_LADDER[MODALITY_LADDER.index(modalities[which]) + 1]

    def card(mods: list[str]) -> dict[str, int]:
        clauses = [duty(["military_aid"], ["USA"], ["UKR"], modality=m) for m in mods]
        return {name: dim.score for name, dim in analyse([defence(), *clauses]).scorecard.items()}

    before, after = card(modalities), card(stronger)
    for name in before:
        assert after[name] >= before[name], name
