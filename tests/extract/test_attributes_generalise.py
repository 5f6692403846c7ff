"""Attribute rules stated in the codebook's terms, checked on wordings the dev sets do not use.

Every fixture is authored for this file (no real text). The labeller is bypassed: each case fixes
the labels, so a failure here is an attribute or party rule, not a labelling gap.
"""

from __future__ import annotations

import pytest

from treatylens.codebook.labels import ProvisionType
from treatylens.codebook.parties import entities, find_entities
from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import findings_of, read_context
from treatylens.load import load
from treatylens.model import Clause, ClauseSpan, PipelineOptions, Segmentation


def code(text: str, clauses: list[tuple[str, list[ProvisionType]]]) -> list[Clause]:
    """Code every clause given as (exact text, labels), in document order."""
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
    return out


def one(text: str, sentence: str, labels: list[ProvisionType]) -> Clause:
    return code(text, [(sentence, labels)])[-1]


TREATY = (
    "TREATY OF ALLIANCE BETWEEN THE REPUBLIC OF ESTONIA AND THE REPUBLIC OF FINLAND\n\n"
    "The Republic of Estonia and the Republic of Finland (hereinafter \"the Parties\"),\n\nHave agreed as follows:\n\n"
)
MEMORANDUM = (
    "MEMORANDUM OF UNDERSTANDING BETWEEN THE KINGDOM OF NORWAY AND THE REPUBLIC OF MOLDOVA\n\n"
    "The Kingdom of Norway and the Republic of Moldova (hereinafter \"the Participants\") have reached the following understanding:\n\n"
)
#: A settlement between two sides with outside guarantors and an outside donor.
PLAN = (
    "DRAFT FRAMEWORK FOR A SETTLEMENT IN ARMENIA\n\n"
    "1. Armenia and Azerbaijan undertake to refrain from the use of force against each other.\n\n"
    "2. Azerbaijani armed forces in the Lachin area shall not exceed 1,200 in total.\n\n"
    "3. No artillery of either side shall be stationed within the buffer zone.\n\n"
    "4. The Republic of France, the Kingdom of Spain and the Italian Republic (the contact group) "
    "guarantee the security of Armenia on the terms of points 5 and 6.\n\n"
    "5. Should Armenia be invaded, the contact group shall meet within 24 hours.\n\n"
    "6. After that meeting, each member of the contact group shall take the measures it deems necessary "
    "to restore the security of Armenia.\n\n"
    "7. Any use of armed force under point 6 shall be subject to a decision of the Security Council.\n\n"
    "8. The World Bank and the European Union shall provide EUR 3 billion until 2031 for the reconstruction of damaged towns.\n"
)


def test_plan_sides_groups_and_references_resolve() -> None:
    texts = [p.split(". ", 1)[1].strip() for p in PLAN.split("\n\n")[1:]]
    labels: list[list[ProvisionType]] = [["non_aggression"], ["force_limits"], ["force_limits"], ["defence"], ["consultation"], ["defence"], ["un_referral"], ["economic_aid"]]
    coded = code(PLAN, list(zip(texts, labels, strict=True)))
    cap, zone, guarantee, meet, act, gate, money = coded[1:]
    # the adversary is the side whose forces the plan caps; the cap protects the other side
    assert cap.obligors == ["AZE"] and cap.beneficiaries == ["ARM"]
    assert "territory_limited" in (cap.conditions or [])
    # "either side": the two sides owe each other; the zone confines the duty
    assert sorted(zone.obligors or []) == ["ARM", "AZE"] and sorted(zone.beneficiaries or []) == ["ARM", "AZE"]
    assert "territory_limited" in (zone.conditions or [])
    # a bracketed group is its states; the beneficiary after "guarantee" is not a subject
    group = ["ESP", "FRA", "ITA"]
    assert sorted(guarantee.obligors or []) == group and guarantee.beneficiaries == ["ARM"]
    assert meet.trigger == "armed_attack" and sorted(meet.obligors or []) == group
    # "After that meeting": the trigger of the meeting, decided after consulting
    assert act.trigger == "armed_attack" and act.automaticity == "consult_first"
    assert any(r.rule == "trigger.antecedent" for r in act.because)
    # "under point 6": trigger, obligors and beneficiaries of the point cited; the Council decides
    assert gate.trigger == "armed_attack" and gate.automaticity == "external"
    assert sorted(gate.obligors or []) == group and gate.beneficiaries == ["ARM"]
    assert "unsc_dependent" in (gate.conditions or [])
    # an outside donor helps the side that is not the adversary, for a fixed period
    assert money.beneficiaries == ["ARM"] and "time_limited" in (money.conditions or [])


def test_plan_document_findings() -> None:
    source = load(PLAN.encode("utf-8"), name="plan.txt")
    context = read_context(source, Segmentation(title=None, provisions=(), clauses=()), PipelineOptions())
    assert context.sides == ("ARM", "AZE")
    assert context.adversary == "AZE"
    assert context.defined_terms["contact group"] == ("FRA", "ESP", "ITA")
    assert context.defined_terms["both sides"] == ("ARM", "AZE")


def test_a_list_of_states_as_subject_are_all_obligors() -> None:
    text = "DRAFT TREATY ON GUARANTEES\n\n1. Russia, China, the United States, Britain, France and Turkey shall respect the borders of Syria.\n"
    sentence = "Russia, China, the United States, Britain, France and Turkey shall respect the borders of Syria."
    clause = one(text, sentence, ["respect_sovereignty"])
    assert clause.obligors == ["RUS", "CHN", "USA", "GBR", "FRA", "TUR"]
    assert clause.beneficiaries == ["SYR"]


def test_offices_of_the_issuing_state_in_an_executive_order() -> None:
    text = (
        "EXECUTIVE ORDER\n\nBy the authority vested in me as President by the Constitution and the laws of the United States "
        "of America, it is hereby ordered as follows:\n\nSec. 2. (a) The Secretary of the Treasury shall, subject to the "
        "availability of appropriations, provide up to $40 million in each of fiscal years 2028 and 2029 to the Government of Georgia.\n"
    )
    sentence = (
        "The Secretary of the Treasury shall, subject to the availability of appropriations, provide up to $40 million in "
        "each of fiscal years 2028 and 2029 to the Government of Georgia."
    )
    clause = one(text, sentence, ["economic_aid"])
    assert clause.obligors == ["USA"]
    assert clause.beneficiaries == ["GEO"]
    assert clause.modality == "qualified"
    assert "time_limited" in (clause.conditions or [])


def test_a_defined_forces_term_names_its_state() -> None:
    text = MEMORANDUM + 'For the purposes of this Memorandum, "Sending State forces" means the armed forces of the Kingdom of Norway.\n\nThe Sending State will bear the cost of its exercises.\n'
    clause = one(text, "The Sending State will bear the cost of its exercises.", ["forces_presence"])
    assert clause.obligors == ["NOR"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("In the event of an armed attack on the ships of either Party in the East China Sea, the Parties shall consult.", "CHN"),
        ("The Parties shall act in accordance with the Charter of the United Nations to assist each other.", "UN"),
        ("Each Party shall assist the other in defending its vessels in the Korean Peninsula area.", "KOR"),
    ],
)
def test_places_and_charters_named_after_a_party_are_not_parties(sentence: str, absent: str) -> None:
    clause = one(TREATY + sentence, sentence, ["consultation"])
    assert absent not in (clause.obligors or []) + (clause.beneficiaries or [])


def test_regional_groups_and_passive_agents() -> None:
    baltic = "The Parties shall maintain a battalion in each of the Baltic States."
    passive = "Any State that attacks Finland shall be refused all assistance by the Parties."
    first, second = code(TREATY + baltic + " " + passive, [(baltic, ["forces_presence"]), (passive, ["neutrality"])])
    assert sorted(first.beneficiaries or []) == ["EST", "LTU", "LVA"]
    assert second.obligors == ["ALL_PARTIES"]


def test_an_adjective_owning_forces_or_a_government_is_the_subject() -> None:
    sentence = "The Norwegian Government will station a frigate in Moldovan waters."
    clause = one(MEMORANDUM + sentence, sentence, ["forces_presence"])
    assert clause.obligors == ["NOR"]
    assert clause.beneficiaries == ["MDA"]


#: ISO 3166 alpha-3 codes of the 193 UN member states.
UN_MEMBERS = (
    "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI "
    "CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI "
    "EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA "
    "JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM "
    "MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR "
    "MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE "
    "SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE"
    )


def test_party_table_covers_every_un_member() -> None:
    un_members = UN_MEMBERS.split()
    assert len(un_members) == 193
    known = {e.id for e in entities() if e.kind == "state"}
    assert [m for m in un_members if m not in known] == []
    assert [m.id for m in find_entities("Côte d’Ivoire, Guinea-Bissau and Papua New Guinea")] == ["CIV", "GNB", "PNG"]


# --------------------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    ("sentence", "label", "condition"),
    [
        ("Estonia shall provide Finland with EUR 50 million over three years for air defence.", "military_aid", "time_limited"),
        ("Estonia shall train Finnish pilots until 2031.", "military_aid", "time_limited"),
        ("Estonia shall train Finnish pilots for a period of four years.", "military_aid", "time_limited"),
        ("Estonia shall provide EUR 20 million in each of the fiscal years 2027 and 2028 to Finland.", "military_aid", "time_limited"),
        ("Finnish troops in Narva shall not exceed 500.", "force_limits", "territory_limited"),
        ("Each Party shall assist the other if its vessels are attacked within its maritime zones.", "defence", "territory_limited"),
        ("Each Party shall assist the other if its vessels are attacked in the Baltic Sea.", "defence", "territory_limited"),
        ("Any use of force under this Article shall require prior authorisation by the United Nations Security Council.", "un_referral", "unsc_dependent"),
        ("Any such measures shall be subject to a decision of the Security Council.", "un_referral", "unsc_dependent"),
        ("If either Party is attacked, the other shall assist it, subject to the consent of its Parliament.", "defence", "constitutional_process"),
        ("If either Party is attacked, the other shall assist it on the same terms.", "defence", "reciprocal"),
    ],
)
def test_condition_wordings(sentence: str, label: ProvisionType, condition: str) -> None:
    clause = one(TREATY + sentence, sentence, [label])
    assert condition in (clause.conditions or []), clause.because


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a deadline for roadmaps is not a limit on the duty
        ("The Parties shall review and approve capability roadmaps through 2029.", "military_aid"),
        # a body named after a region, and a place given as an example, do not confine the duty
        ("Disputes shall first be addressed within the Joint Baltic Coordination Council.", "consultation"),
        ("The Parties shall act as participating States of the Conference on Security and Co-operation in Europe.", "respect_sovereignty"),
        ("The Parties shall conduct joint operations against armed bands on their territories, in particular in the Narva area.", "offence"),
    ],
)
def test_wordings_that_are_not_conditions(sentence: str, label: ProvisionType) -> None:
    clause = one(TREATY + sentence, sentence, [label])
    assert not {"time_limited", "territory_limited"} & set(clause.conditions or [])


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Estonia shall, within the limits of its available resources, supply Finland with radars.", "qualified"),
        ("Estonia shall, as far as possible, supply Finland with radars.", "qualified"),
        ("Estonia shall supply Finland with such radars as the Government determines to be necessary.", "qualified"),
        ("Estonia shall seek to supply Finland with radars.", "hortatory"),
        ("Estonia shall give favourable consideration to requests from Finland for radars.", "hortatory"),
        ("Estonia shall consider providing Finland with radars.", "hortatory"),
        ("The Republic of Estonia engages to supply the Republic of Finland with radars.", "binding"),
        ("Estonia commits EUR 30 million to the Finnish Defence Forces.", "binding"),
    ],
)
def test_modality_wordings(sentence: str, expected: str) -> None:
    assert one(TREATY + sentence, sentence, ["military_aid"]).modality == expected


def test_neither_shall_seek_is_a_negation_but_shall_seek_is_not() -> None:
    negated = "Neither Party shall seek to change the frontier by force."
    assert one(TREATY + negated, negated, ["non_aggression"]).modality == "binding"


def test_quoted_will_follows_the_quoted_text() -> None:
    head = "Allies back Moldova\n\nOSLO — "
    communique = 'Norway, the communique says, "will support" Moldova with radars.'
    treaty = 'Norway, under the treaty text, "will supply" Moldova with radars.'
    first = one(head + communique, communique, ["military_aid"])
    second = one(head + treaty, treaty, ["military_aid"])
    assert first.modality == "hortatory"
    assert second.modality == "binding"


# --------------------------------------------------------------------------- trigger, automaticity, means


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Should the territory of Finland be invaded, Estonia shall come to its aid.", "armed_attack"),
        ("If Finland is attacked again, Estonia shall come to its aid.", "armed_attack"),
        ("If the independence of Finland is menaced, the Parties shall consult.", "threat"),
        ("If either Party violates the armistice, the other shall convene the Council.", "violation"),
    ],
)
def test_trigger_wordings(sentence: str, trigger: str) -> None:
    label: ProvisionType = "consultation" if "consult" in sentence or "convene" in sentence else "defence"
    assert one(TREATY + sentence, sentence, [label]).trigger == trigger


def test_a_purpose_is_not_a_trigger_of_a_standing_duty() -> None:
    sentence = "Neither Party shall allow its territory to be used by armed groups for armed attacks against the other Party."
    assert one(TREATY + sentence, sentence, ["neutrality"]).trigger == "none"


def test_follow_on_consultation_takes_the_trigger_of_the_duty_before() -> None:
    duty = "The Parties shall consult whenever the security of either Party is threatened."
    follow = "At the request of either Party, such consultations shall open within two days."
    text = TREATY + "Article 3\n\n1. " + duty + "\n\n2. " + follow + "\n"
    _, second = code(text, [(duty, ["consultation"]), (follow, ["consultation"])])
    assert second.trigger == "threat"
    assert second.automaticity == "consult_first"


def test_an_antecedent_far_away_is_not_inherited() -> None:
    duty = "The Parties shall consult whenever the security of either Party is threatened."
    later = "Consultations on the budget shall take place every year."
    text = TREATY + "Article 3\n\n" + duty + "\n\nArticle 4\n\nText.\n\nArticle 5\n\n" + later + "\n"
    _, second = code(text, [(duty, ["consultation"]), (later, ["consultation"])])
    assert second.trigger == "none"


def test_regard_an_attack_as_a_threat_to_its_peace_is_qualified_armed_attack() -> None:
    sentence = "The Republic of Estonia shall regard an armed attack on Finland as a threat to its own peace and security."
    clause = one(TREATY + sentence, sentence, ["defence"])
    assert clause.trigger == "armed_attack"
    assert clause.modality == "qualified"
    assert clause.automaticity == "discretionary"


@pytest.mark.parametrize(
    ("sentence", "means"),
    [
        ("If either Party is attacked, the other shall take the measures it judges necessary, not excluding the use of armed force.", "all_means"),
        ("If either Party is attacked, the other shall give it economic support and, where necessary, the use of armed force.", "all_means"),
        ("If either Party is attacked, the other shall lend it every assistance, military and otherwise.", "all_means"),
        ("If either Party is attacked, the other shall take up arms in its defence.", "military"),
    ],
)
def test_means_wordings(sentence: str, means: str) -> None:
    clause = one(TREATY + sentence, sentence, ["defence"])
    assert clause.means == means
    assert "non_military_only" not in (clause.conditions or [])


def test_quantities_of_vessels_and_men() -> None:
    for sentence in ("Estonia shall give Finland four additional 60-metre patrol vessels.", "The armed forces of Finland shall not exceed thirty thousand men."):
        assert one(TREATY + sentence, sentence, ["military_aid"]).quantified is True


def test_an_aid_duty_that_points_back_borrows_but_a_requested_one_does_not() -> None:
    duty = "If either Party is attacked, the Parties shall meet within two days."
    after = "Following that meeting, Estonia shall supply Finland with ammunition."
    requested = "At the request of Finland, Estonia shall supply it with radars."
    text = TREATY + "Article 2\n\n1. " + duty + "\n\n2. " + after + "\n\n3. " + requested + "\n"
    _, second, third = code(text, [(duty, ["consultation"]), (after, ["military_aid"]), (requested, ["military_aid"])])
    assert second.trigger == "armed_attack"
    assert third.trigger == "none"
