"""Bracketed group definitions, optional partners, victims and attackers, on authored texts.

Each rule is stated on wordings of its own (not the bundled examples): a group defined in
brackets after a list of states, the attacker or sanctions target that is never a beneficiary,
the "attack against X by Y" adversary frame, and references to a numbered article.
"""

from __future__ import annotations

import pytest

from treatylens.codebook.labels import ALL_PARTIES, ProvisionType
from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import find_adversary, findings_of, read_context
from treatylens.extract.parties import find_defined_terms, find_parties
from treatylens.load import load
from treatylens.model import Clause, ClauseSpan, PipelineOptions, Segmentation


def code(text: str, clauses: list[tuple[str, list[ProvisionType]]]) -> tuple[list[Clause], list[str], str | None]:
    """Code every clause given as (exact text, labels); also return the party ids and adversary."""
    source = load(text.encode("utf-8"), name="fixture.txt")
    spans: list[ClauseSpan] = []
    cursor = 0
    for i, (words, _) in enumerate(clauses):
        start = source.text.index(words, cursor)
        cursor = start + len(words)
        spans.append(ClauseSpan(id=f"c{i:03d}", start=start, end=cursor, text=words, section="", provision_id=None, zone="body", operative=True))
    segmentation = Segmentation(title=None, provisions=(), clauses=tuple(spans))
    context = read_context(source, segmentation, PipelineOptions())
    document, _ = findings_of(context, segmentation)
    memo = CodingMemo()
    out: list[Clause] = []
    for span, (_, labels) in zip(spans, clauses, strict=True):
        clause = Clause(id=span.id, start=span.start, end=span.end, text=span.text, section="", operative=True, labels=labels)
        code_attributes(clause, span, segmentation, document, context, memo)
        out.append(clause)
    return out, [p.id for p in document.parties], document.adversary


NORDIC = ["FIN", "NOR", "SWE"]

#: A settlement guarantee whose guarantors are a bracketed group; the protected state is a party too.
ARRANGEMENT = (
    "ARRANGEMENT ON THE SECURITY OF MOLDOVA\n\n"
    "concluded between the Kingdom of Norway, the Republic of Finland and the Kingdom of Sweden "
    "(the \u201cNordic Guarantors\u201d) and the Republic of Moldova\n\n"
    "Section 1\n\n"
    "1. Should an armed attack on Moldova by the Russian Federation occur, the Nordic Guarantors shall "
    "confer with Moldova within two days on the steps to be taken.\n\n"
    "2. Each Nordic Guarantor shall assist Moldova by such means as it deems necessary.\n\n"
    "Section 2\n\n"
    "1. The Kingdom of Norway, together with any other Nordic Guarantors that so decide, shall station a training mission in Moldova.\n\n"
    "2. The Nordic Guarantors shall impose restrictive measures on the Russian Federation should it breach the ceasefire line.\n\n"
    "3. Any steps taken under Section 1 shall be notified at once to the Security Council.\n"
)


def test_a_quoted_term_in_brackets_after_states_is_that_group() -> None:
    defined = find_defined_terms(ARRANGEMENT)
    assert sorted(defined["nordic guarantors"]) == NORDIC
    assert sorted(defined["nordic guarantor"]) == NORDIC  # "each Nordic Guarantor"
    assert find_parties(ARRANGEMENT, None, defined) == ("NOR", "FIN", "SWE", "MDA")


@pytest.mark.parametrize(
    ("text", "term", "members"),
    [
        ("The French Republic and the Italian Republic (the Guarantor Powers) agree.", "guarantor powers", ["FRA", "ITA"]),
        ("between Japan, Australia (the 'Pacific Partners') and the Philippines", "pacific partners", ["AUS", "JPN"]),
        ("between Kenya and Uganda ('the Contributing States')", "contributing states", ["KEN", "UGA"]),
    ],
)
def test_bracketed_group_wordings(text: str, term: str, members: list[str]) -> None:
    assert sorted(find_defined_terms(text)[term]) == members


@pytest.mark.parametrize(
    "text",
    [
        "to disarm the Democratic Forces for the Liberation of Rwanda (FDLR) in the east",  # an acronym of a longer name
        "between Chile and Peru (the \u201cAgreement\u201d)",  # the instrument, not a group
        "the Russian Federation (\u201cRussia\u201d) shall withdraw",  # another name of the same state
        "the provinces of Estonia (Annex 2) remain",  # a bracketed cross-reference
        "(the \u201cMonitors\u201d) shall report",  # no state before the bracket
    ],
)
def test_brackets_that_define_no_group(text: str) -> None:
    assert find_defined_terms(text) == {}


def test_group_guarantee_has_the_group_as_obligor_and_the_victim_as_beneficiary() -> None:
    texts = [p.split(". ", 1)[1].strip() for p in ARRANGEMENT.split("\n\n") if p[:2] in ("1.", "2.", "3.")]
    labels: list[list[ProvisionType]] = [["consultation"], ["defence"], ["forces_presence"], ["sanctions"], ["un_referral"]]
    (confer, assist, mission, measures, notify), parties, adversary = code(ARRANGEMENT, list(zip(texts, labels, strict=True)))
    # "attack on X by Y": Y is the adversary and, not being a party, is not in the party list
    assert adversary == "RUS"
    assert parties == ["NOR", "FIN", "SWE", "MDA"]
    # the group is its three states, not ALL_PARTIES (which would make Moldova its own guarantor)
    assert sorted(confer.obligors or []) == NORDIC and confer.obligors != [ALL_PARTIES]
    assert confer.beneficiaries == ["MDA"] and confer.trigger == "armed_attack"
    assert "named_adversary_only" in (confer.conditions or [])
    assert sorted(assist.obligors or []) == NORDIC and assist.beneficiaries == ["MDA"]
    # optional partners ("together with any other ... that so decide") bear no duty and gain none
    assert mission.obligors == ["NOR"] and mission.beneficiaries == ["MDA"]
    # the target of sanctions is not their beneficiary; "should it breach" is a condition, not "should"
    assert measures.beneficiaries == ["MDA"] and measures.trigger == "violation"
    assert measures.modality == "binding" and measures.automaticity == "automatic"
    # "under Section 1" is the section so headed, not paragraph 1 of Section 2
    assert notify.trigger == "armed_attack"
    assert sorted(notify.obligors or []) == NORDIC and notify.beneficiaries == ["MDA"]


def test_a_state_attacked_or_sanctioned_in_the_clause_is_not_a_beneficiary() -> None:
    # the document's adversary is another state: the frame alone excludes Belarus
    text = (
        "AGREEMENT BETWEEN THE REPUBLIC OF POLAND AND THE REPUBLIC OF LITHUANIA\n\n"
        "1. In the event of aggression by the Russian Federation, the Parties shall consult.\n\n"
        "2. The Republic of Poland shall apply further sanctions against Belarus, and shall support Lithuania.\n"
    )
    sentence = "The Republic of Poland shall apply further sanctions against Belarus, and shall support Lithuania."
    (clause,), _, adversary = code(text, [(sentence, ["sanctions"])])
    assert adversary == "RUS"
    assert clause.beneficiaries == ["LTU"]


@pytest.mark.parametrize(
    ("text", "adversary"),
    [
        ("In the event of a renewed armed attack against Georgia by the Russian Federation, the Parties shall consult.", "RUS"),
        ("Any aggression on the Philippines by the People's Republic of China shall be resisted.", "CHN"),
        ("The Parties condemn the aggression of the Russian Federation against Ukraine.", "RUS"),
        ("Russia's war against Ukraine must end.", "RUS"),
        # the state invaded is the victim, not the adversary
        ("The Parties recall the invasion of Kuwait.", None),
    ],
)
def test_attack_against_x_by_y_frames(text: str, adversary: str | None) -> None:
    found, because = find_adversary(text)
    assert found == adversary
    if adversary:
        assert because[0].match and because[0].rule.startswith("adversary.")


def test_a_defined_group_named_with_the_other_parties_is_all_parties() -> None:
    text = (
        "MEMORANDUM\n\nThe Kingdom of Denmark, the Republic of Iceland (hereinafter \u201cthe Sponsors\u201d) and "
        "the Republic of Estonia have reached the following understanding:\n\n"
        "1. The Sponsors and the Republic of Estonia will meet whenever a dispute arises on the application of this Memorandum.\n"
    )
    sentence = "The Sponsors and the Republic of Estonia will meet whenever a dispute arises on the application of this Memorandum."
    (clause,), parties, _ = code(text, [(sentence, ["consultation"])])
    assert parties == ["DNK", "ISL", "EST"]
    assert clause.obligors == [ALL_PARTIES]


NEWS = (
    "Draft would make Beijing a guarantor\n\nBy our foreign correspondent\n\n"
    "A draft seen by this newspaper would make China one of four guarantor states of Taiwan's security, "
    "alongside Japan, India and Brazil.\n\n"
    "If Taiwan were attacked, the guarantors would \u201cconsult\u201d, but only after the Security Council had authorised it.\n"
)


def test_news_one_of_the_guarantors_alongside_others_defines_the_group() -> None:
    assert sorted(find_defined_terms(NEWS)["guarantor states"]) == ["BRA", "CHN", "IND", "JPN"]
    sentence = "If Taiwan were attacked, the guarantors would \u201cconsult\u201d, but only after the Security Council had authorised it."
    (clause,), _, _ = code(NEWS, [(sentence, ["consultation"])])
    assert sorted(clause.obligors or []) == ["BRA", "CHN", "IND", "JPN"]
    assert clause.automaticity == "external" and "unsc_dependent" in (clause.conditions or [])


def test_a_subjectless_duty_to_help_a_party_is_owed_by_the_other_parties() -> None:
    text = ARRANGEMENT + "\nSection 3\n\n1. The training mission will help rebuild the armed forces of Moldova.\n"
    sentence = "The training mission will help rebuild the armed forces of Moldova."
    (clause,), _, _ = code(text, [(sentence, ["military_aid"])])
    assert sorted(clause.obligors or []) == NORDIC and clause.beneficiaries == ["MDA"]
    assert clause.because[[r.field for r in clause.because].index("obligors")].rule == "party.default_others"
