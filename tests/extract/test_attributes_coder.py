"""Clause attributes on authored fixtures: one test per attribute value and the hard cases."""

from __future__ import annotations

from typing import Any

import pytest

from treatylens.codebook.labels import ProvisionType
from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import findings_of, read_context
from treatylens.load import load
from treatylens.model import Clause, ClauseSpan, PipelineOptions, Segmentation

# Fixtures are authored for these tests. The labeller is bypassed: each test fixes the labels
# and checks the attributes alone.


def code(
    text: str,
    clauses: list[tuple[str, list[ProvisionType]]],
    *,
    adversary: str | None = None,
    parent: dict[int, int] | None = None,
) -> list[Clause]:
    """Code every clause given as (exact text, labels); ``parent`` maps item index -> chapeau index."""
    source = load(text.encode("utf-8"), name="fixture.txt")
    spans: list[ClauseSpan] = []
    cursor = 0
    for i, (words, _) in enumerate(clauses):
        start = source.text.index(words, cursor)
        cursor = start + len(words)
        parent_id = f"c{parent[i]:03d}" if parent and i in parent else None
        spans.append(
            ClauseSpan(
                id=f"c{i:03d}", start=start, end=cursor, text=words, section="", provision_id=None,
                zone="body", operative=True, parent_id=parent_id,
            )
        )
    segmentation = Segmentation(title=None, provisions=(), clauses=tuple(spans))
    context = read_context(source, segmentation, PipelineOptions(adversary=adversary))
    document, _ = findings_of(context, segmentation)
    memo = CodingMemo()
    out: list[Clause] = []
    for span, (_, labels) in zip(spans, clauses, strict=True):
        clause = Clause(id=span.id, start=span.start, end=span.end, text=span.text, section="", operative=True, labels=labels)
        code_attributes(clause, span, segmentation, document, context, memo)
        out.append(clause)
    return out


def one(text: str, sentence: str, labels: list[ProvisionType], **kw: Any) -> Clause:
    return code(text, [(sentence, labels)], **kw)[-1]


TREATY_HEAD = (
    "TREATY OF MUTUAL DEFENCE BETWEEN THE REPUBLIC OF ESTONIA AND THE REPUBLIC OF FINLAND\n\n"
    "The Republic of Estonia and the Republic of Finland (hereinafter \"the Parties\"),\n\n"
    "Have agreed as follows:\n\n"
)
DECLARATION_HEAD = (
    "JOINT DECLARATION ON SUPPORT FOR MOLDOVA\n\n"
    "We, the Heads of State and Government of the Kingdom of Sweden and the Kingdom of Norway,\n\n"
    "Declare as follows:\n\n"
)
NEWS_HEAD = "Plan would put troops in Moldova\n\nOSLO — "


def treaty(body: str) -> str:
    return TREATY_HEAD + body + "\n\nThis Treaty shall be subject to ratification.\n"


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Parties shall consult each other without delay.", "binding"),
        ("Each Party undertakes to refrain from the threat or use of force against the other Party.", "binding"),
        ("The Parties will hold joint exercises every year.", "binding"),
        ("Each Party shall take such action as it deems necessary to assist the other Party.", "qualified"),
        ("Each Party should endeavour to supply equipment to the other Party.", "hortatory"),
        ("Each Party may supply equipment to the other Party.", "none"),
    ],
)
def test_modality_in_a_treaty(sentence: str, expected: str) -> None:
    clause = one(treaty(sentence), sentence, ["military_aid"])
    assert clause.modality == expected
    assert any(r.field == "modality" and r.rule.startswith("modality.") for r in clause.because)


def test_will_is_hortatory_in_a_declaration() -> None:
    sentence = "We will provide Moldova with air defence systems."
    clause = one(DECLARATION_HEAD + sentence, sentence, ["military_aid"])
    assert clause.modality == "hortatory"
    assert clause.obligors == ["ALL_PARTIES"]
    assert clause.beneficiaries == ["MDA"]


def test_reaffirming_an_existing_duty_is_hortatory_even_with_shall() -> None:
    sentence = "We reaffirm that no weapon of ours shall ever be used against Moldova."
    clause = one(DECLARATION_HEAD + sentence, sentence, ["non_aggression"])
    assert clause.modality == "hortatory"


def test_news_report_verbs_bind_nobody_but_quoted_drafting_words_do() -> None:
    reported = "Sweden and Norway would deploy 3,000 troops to Moldova, according to officials."
    quoted = 'The guarantors would "take such action as each deems necessary" if Moldova were attacked.'
    text = NEWS_HEAD + reported + " " + quoted
    first, second = code(text, [(reported, ["forces_presence"]), (quoted, ["defence"])])
    assert first.modality == "none"
    assert first.obligors == ["SWE", "NOR"]
    assert first.quantified is True
    assert second.modality == "qualified"
    assert second.trigger == "armed_attack"


def test_negated_aspiration_stays_binding() -> None:
    sentence = "Estonia shall not join any military alliance and renounces any intention to seek membership of any alliance."
    clause = one(treaty(sentence), sentence, ["neutrality", "membership_path"])
    assert clause.modality == "binding"


# --------------------------------------------------------------------------- trigger and automaticity


@pytest.mark.parametrize(
    ("sentence", "label", "trigger", "automaticity"),
    [
        ("If either Party is attacked, the other Party shall immediately render all assistance in its power.", "defence", "armed_attack", "automatic"),
        ("Any act of aggression against a Party shall be considered as aggression against the other Party.", "defence", "aggression", "discretionary"),
        ("Whenever the security of a Party is threatened, the Parties shall consult without delay.", "consultation", "threat", "consult_first"),
        ("In the event of an armed conflict between other States, each Party shall remain neutral.", "neutrality", "any_conflict", "automatic"),
        ("In the event of an alleged violation of this Treaty, the Parties shall meet within 48 hours.", "consultation", "violation", "consult_first"),
        ("Any dispute concerning the interpretation of this Treaty shall be settled through consultation.", "consultation", "dispute", "consult_first"),
        ("In the event of an armed attack or threat of armed attack, each Party shall assist the other Party.", "defence", "threat", "automatic"),
        ("If a Party is attacked, assistance shall be given only upon authorisation by the Security Council.", "un_referral", "armed_attack", "external"),
    ],
)
def test_triggers_and_automaticity(sentence: str, label: str, trigger: str, automaticity: str) -> None:
    clause = one(treaty(sentence), sentence, [label])  # type: ignore[list-item]
    assert clause.trigger == trigger
    assert clause.automaticity == automaticity


def test_standing_duty_has_no_trigger_and_no_automaticity() -> None:
    sentence = "Each Party shall refrain from any act of aggression against the other Party."
    clause = one(treaty(sentence), sentence, ["non_aggression"])
    assert clause.trigger == "none"
    assert clause.automaticity is None
    assert clause.means is None


def test_aid_against_an_aggression_under_way_has_no_trigger() -> None:
    sentence = "Norway will maintain sanctions against Russia for as long as its aggression against Moldova continues."
    clause = one(DECLARATION_HEAD + sentence, sentence, ["sanctions"])
    assert clause.trigger == "none"


def test_pointing_back_takes_the_previous_trigger() -> None:
    first = "If either Party is attacked, the Parties shall consult within 24 hours."
    second = "Following such consultations, each Party shall take such measures as it deems necessary."
    a, b = code(treaty(first + " " + second), [(first, ["consultation"]), (second, ["defence"])])
    assert a.trigger == "armed_attack" and a.quantified is True
    assert b.trigger == "armed_attack"
    assert b.modality == "qualified"
    assert b.automaticity == "consult_first"


def test_list_items_inherit_from_their_chapeau() -> None:
    chapeau = "Each Party shall, without awaiting any further decision, take the following measures if the other Party is attacked:"
    item_a = "deploy its forces to the territory of the Party attacked;"
    item_b = "provide humanitarian and financial assistance."
    text = treaty(f"{chapeau}\n(a) {item_a}\n(b) {item_b}")
    head, a, b = code(text, [(chapeau, ["defence"]), (item_a, ["defence", "forces_presence"]), (item_b, ["defence", "economic_aid"])], parent={1: 0, 2: 0})
    assert head.automaticity == "automatic" and head.means == "unspecified"
    for item in (a, b):
        assert item.modality == "binding"
        assert item.trigger == "armed_attack"
        assert item.automaticity == "automatic"
        assert item.obligors == ["ALL_PARTIES"]
    assert a.means == "military"
    assert b.means == "non_military"


def test_chapeau_found_in_the_text_when_the_segmenter_gives_no_parent() -> None:
    chapeau = "Consistent with their constitutional processes, the Parties pledge to:"
    item = "Supply air defence systems to Moldova;"
    text = DECLARATION_HEAD + f"{chapeau}\n\n(1) {item}\n\n(2) Train Moldovan forces."
    clause = one(text, item, ["military_aid"])
    assert clause.modality == "binding"
    assert "constitutional_process" in (clause.conditions or [])


# --------------------------------------------------------------------------- conditions, means, scope


def test_conditions_and_scope() -> None:
    sentence = (
        "The Parties agree that an armed attack against the territory of either of them shall be regarded as an attack "
        "against both and that each shall assist the Party attacked, in accordance with its constitutional processes "
        "and Article 51 of the Charter of the United Nations, including by the use of armed force."
    )
    clause = one(treaty(sentence), sentence, ["defence"])
    assert clause.conditions == ["constitutional_process", "un_charter", "territory_limited"]
    assert clause.scope and clause.scope.startswith("territory of")
    assert clause.means == "all_means"
    assert clause.quantified is False  # "Article 51" points, it does not count


def test_named_adversary_and_its_scope() -> None:
    sentence = "In the event of an armed attack by the Russian Federation against Moldova, we will consult within 24 hours."
    clause = one(DECLARATION_HEAD + sentence, sentence, ["consultation"])
    assert "named_adversary_only" in (clause.conditions or [])
    assert clause.scope == "the Russian Federation"
    assert clause.beneficiaries == ["MDA"]  # the adversary is not protected


def test_non_military_only_makes_means_non_military() -> None:
    sentence = "Should Moldova be attacked, we are ready to provide political and economic support, it being understood that this Declaration entails no commitment to the use of armed force."
    clause = one(DECLARATION_HEAD + sentence, sentence, ["defence"])
    assert clause.modality == "hortatory"
    assert "non_military_only" in (clause.conditions or [])
    assert clause.means == "non_military"


@pytest.mark.parametrize(
    ("sentence", "quantified"),
    [
        ("Finland shall station 1,000 troops on the territory of Estonia.", True),
        ("Finland shall provide EUR 2 billion in military assistance to Estonia.", True),
        ("The Parties shall meet within forty-eight hours at the request of either Party.", True),
        ("Finland shall provide training to Estonia, as provided in Article 5, paragraph 3.", False),
    ],
)
def test_quantified(sentence: str, quantified: bool) -> None:
    clause = one(treaty(sentence), sentence, ["forces_presence"])
    assert clause.quantified is quantified


def test_reciprocal_and_time_limited() -> None:
    sentence = "For the first five years, each Party shall, on a reciprocal basis, open its military schools to the other Party."
    clause = one(treaty(sentence), sentence, ["military_aid"])
    assert clause.conditions == ["reciprocal", "time_limited"]


# --------------------------------------------------------------------------- obligors and beneficiaries


def test_named_obligor_owes_the_other_parties() -> None:
    sentence = "The Republic of Finland shall station a battalion on the territory of the Republic of Estonia."
    clause = one(treaty(sentence), sentence, ["forces_presence"])
    assert clause.obligors == ["FIN"]
    assert clause.beneficiaries == ["EST"]


def test_host_nation_support_flows_back_to_the_sending_state() -> None:
    sentence = "Estonia shall provide, free of charge, the facilities necessary for the forces so stationed."
    clause = one(treaty(sentence), sentence, ["forces_presence"])
    assert clause.obligors == ["EST"]
    assert clause.beneficiaries == ["FIN"]


def test_defined_term_resolves_to_its_list() -> None:
    text = (
        "TREATY ON GUARANTEES\n\nMoldova, of the one part, and the French Republic, the Italian Republic and Japan, "
        'hereinafter referred to as "the Guarantor States", of the other part,\n\nHave agreed as follows:\n\n'
    )
    sentence = "Each Guarantor State undertakes never to use force against Moldova."
    clause = one(text + sentence + "\n\nThis Treaty shall be ratified.", sentence, ["non_aggression"])
    assert clause.obligors == ["FRA", "ITA", "JPN"]
    assert clause.beneficiaries == ["MDA"]


def test_capital_and_short_names_resolve() -> None:
    sentence = "London and Paris would send instructors to Ukrainian brigades."
    clause = one(NEWS_HEAD + sentence, sentence, ["military_aid"])
    assert clause.obligors == ["GBR", "FRA"]
    assert clause.beneficiaries == ["UKR"]


def test_leader_named_with_his_state() -> None:
    text = (
        "President Anna Berg of the Republic of Finland and President Jaan Tamm of the Republic of Estonia met in Tallinn.\n\n"
    )
    sentence = "President Tamm affirmed that Estonia will host allied air policing missions."
    clause = one(text + sentence, sentence, ["forces_presence"])
    assert clause.obligors == ["EST"]


def test_we_excludes_the_party_it_helps() -> None:
    text = "As leaders of Australia, Canada and New Zealand, we set out our plan.\n\n"
    sentence = "We commit to support Canada in acquiring new submarines."
    clause = one(text + sentence, sentence, ["military_aid"])
    assert clause.obligors == ["AUS", "NZL"]
    assert clause.beneficiaries == ["CAN"]


def test_third_states_are_any_state() -> None:
    sentence = "The Parties undertake to refrain in their international relations from the threat or use of force."
    clause = one(treaty(sentence), sentence, ["non_aggression"])
    assert clause.beneficiaries == ["ANY_STATE"]


def test_non_commitment_clauses_keep_null_attributes() -> None:
    sentence = "Nothing in this Treaty shall be construed as an obligation to use armed force."
    clause = one(treaty(sentence), sentence, ["limitation"])
    assert clause.modality is None and clause.obligors is None and clause.conditions is None


def test_policy_of_a_state_names_the_obligor_and_such_an_attack_is_a_trigger() -> None:
    text = "By the authority vested in me as President, it is hereby ordered:\n\n"
    first = "It is the policy of the United States to regard any armed attack on the State of Qatar as a threat to its own security."
    second = "In the event of such an attack, the United States shall take all measures, including diplomatic, economic and military."
    a, b = code(text + first + "\n\n" + second, [(first, ["defence"]), (second, ["defence"])])
    assert a.obligors == ["USA"] and a.beneficiaries == ["QAT"]
    assert b.trigger == "armed_attack"
    assert b.means == "all_means"


def test_declared_would_in_a_treaty_reads_as_will() -> None:
    sentence = "Each Party declares that it would act to meet the common danger in accordance with its constitutional processes."
    clause = one(treaty(sentence), sentence, ["defence"])
    assert clause.modality == "binding"
    assert clause.conditions == ["constitutional_process"]


def test_a_relative_would_does_not_weaken_shall() -> None:
    sentence = "Each Party shall abstain from adhering to any alliance which would jeopardize the independence of the other Party."
    clause = one(treaty(sentence), sentence, ["respect_sovereignty"])
    assert clause.modality == "binding"


def test_continuing_initiative_keeps_its_parties() -> None:
    text = "As leaders of Australia, Canada and New Zealand, we set out our plan.\n\n"
    first = "We commit to support Canada in acquiring new submarines."
    second = "Today, we embark on an effort of 18 months to deliver this capability."
    a, b = code(text + first + " " + second, [(first, ["military_aid"]), (second, ["military_aid"])])
    assert b.obligors == a.obligors == ["AUS", "NZL"]
    assert b.beneficiaries == ["CAN"]
    assert b.quantified is True
