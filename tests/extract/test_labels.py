"""Provision-type labelling on authored clauses (every label: 2+ positives, 1+ negative).

All clause texts below are authored for these tests; none is copied from a real agreement.
"""

from __future__ import annotations

import pytest

from treatylens.codebook.labels import PROVISION_TYPES, LegalForm, ProvisionType
from treatylens.extract.labels import LabelResult, label_clause
from treatylens.model import ClauseSpan, DocumentFindings, Segmentation, Zone


def _span(
    text: str,
    start: int = 0,
    cid: str = "c0001",
    zone: Zone = "body",
    lead_in: bool = False,
    parent_id: str | None = None,
) -> ClauseSpan:
    return ClauseSpan(
        id=cid,
        start=start,
        end=start + len(text),
        text=text,
        section="Article 1",
        provision_id=None,
        zone=zone,
        operative=True,
        lead_in=lead_in,
        parent_id=parent_id,
    )


def label(text: str, legal_form: LegalForm = "treaty", zone: Zone = "body") -> LabelResult:
    span = _span(text, zone=zone)
    segmentation = Segmentation(title=None, provisions=(), clauses=(span,), is_news=zone == "news")
    return label_clause(span, segmentation, DocumentFindings(legal_form=legal_form))


# (clause, exact labels) -- positives for every label, several multi-label clauses
POSITIVES: list[tuple[str, list[ProvisionType]]] = [
    # defence
    (
        "Each Party agrees that an armed attack against one of them shall be considered an attack against them all.",
        ["defence"],
    ),
    (
        "Should either Party be attacked, the other shall come to its assistance with all the means at its disposal.",
        ["defence"],
    ),
    (
        "A cyber attack of comparable scale shall be treated as an armed attack for the purposes of Article 4.",
        ["defence"],
    ),
    (
        "The United States shall regard any armed attack on the Republic as a threat to the peace and security of the United States.",
        ["defence"],
    ),
    # offence
    (
        "The Parties shall conduct joint military operations against the armed groups in the border region.",
        ["offence"],
    ),
    (
        "The two armies will undertake joint offensives to clear the northern provinces of insurgents.",
        ["offence"],
    ),
    # neutrality
    (
        "No Party shall render assistance of any kind to a State that attacks another Party.",
        ["neutrality"],
    ),
    (
        "In the event of war between third States, the Republic shall take no part in it.",
        ["neutrality"],
    ),
    # non_aggression
    (
        "The Parties shall refrain from the threat or use of force against each other.",
        ["non_aggression"],
    ),
    ("Neither Party shall use force against the other.", ["non_aggression"]),
    # respect_sovereignty
    (
        "Each Party shall respect the sovereignty and territorial integrity of the other.",
        ["respect_sovereignty"],
    ),
    ("The Parties shall not interfere in each other's internal affairs.", ["respect_sovereignty"]),
    ("Each Party shall respect the permanent neutrality of the Republic.", ["respect_sovereignty"]),
    # consultation
    (
        "The Parties shall consult each other without delay whenever the security of either is threatened.",
        ["consultation"],
    ),
    (
        "Any dispute concerning the interpretation of this Agreement shall be settled through negotiations between the Parties.",
        ["consultation"],
    ),
    # un_referral
    (
        "Any armed attack and all measures taken in response shall be reported immediately to the Security Council.",
        ["un_referral"],
    ),
    (
        "The Guarantors shall refer the matter to the United Nations Security Council without delay.",
        ["un_referral"],
    ),
    # military_aid
    (
        "The United States will provide Ukraine with air defence systems and artillery ammunition.",
        ["military_aid"],
    ),
    (
        "Each Party shall train the personnel of the other Party at its military academies.",
        ["military_aid"],
    ),
    # economic_aid
    (
        "The Participants will contribute EUR 500 million to the reconstruction of the energy grid.",
        ["economic_aid"],
    ),
    (
        "Japan will provide budget support and macro-financial assistance to Ukraine.",
        ["economic_aid"],
    ),
    # sanctions
    (
        "The Parties will impose sanctions on any State that commits aggression against the Republic.",
        ["sanctions"],
    ),
    ("The Union will maintain restrictive measures against the occupying power.", ["sanctions"]),
    # forces_presence
    (
        "The United Kingdom shall station an armoured brigade on the territory of Estonia.",
        ["forces_presence"],
    ),
    (
        "The host nation shall grant the sending forces access to and use of the agreed facilities.",
        ["forces_presence"],
    ),
    # integrated_command
    ("The Parties hereby establish a joint headquarters in Warsaw.", ["integrated_command"]),
    (
        "In wartime, national contingents shall be placed under the operational control of the Allied Commander.",
        ["integrated_command"],
    ),
    # interoperability
    (
        "The Parties shall conduct joint military exercises at least once a year.",
        ["interoperability"],
    ),
    (
        "The Parties shall share intelligence on terrorist threats in real time.",
        ["interoperability"],
    ),
    # institution
    (
        "A Joint Commission composed of two representatives of each Party shall be established.",
        ["institution"],
    ),
    ("The Council of Ministers shall meet at least twice a year.", ["institution"]),
    # monitoring
    ("Compliance shall be verified by an observer mission of the OSCE.", ["monitoring"]),
    ("The Agency shall conduct inspections of all declared facilities.", ["monitoring"]),
    # dispute_settlement
    (
        "Either Party may submit the dispute to the International Court of Justice.",
        ["dispute_settlement"],
    ),
    (
        "Any dispute arising under this Treaty shall be submitted to binding arbitration.",
        ["dispute_settlement"],
    ),
    # ceasefire
    ("A complete ceasefire shall take effect at midnight on 1 May.", ["ceasefire"]),
    ("All prisoners of war shall be exchanged within thirty days.", ["ceasefire"]),
    # territorial_status (+ force_limits for a demilitarised zone)
    (
        "The area between the lines shall constitute a demilitarised zone.",
        ["territorial_status", "force_limits"],
    ),
    (
        "The Parties shall settle the status of the disputed islands through negotiations within ten years.",
        ["territorial_status"],
    ),
    # membership_path
    (
        "The Guarantors shall support the accession of the Republic to the European Union.",
        ["membership_path"],
    ),
    (
        "The Republic renounces any intention to join the North Atlantic Treaty Organization.",
        ["membership_path"],
    ),
    # nuclear
    (
        "The Signatories will not use nuclear weapons against the Republic.",
        ["non_aggression", "nuclear"],
    ),
    ("The Parties will pursue the complete denuclearization of the peninsula.", ["nuclear"]),
    # duration
    ("This Treaty is concluded for a period of twenty years.", ["duration"]),
    ("It shall be extended automatically for successive periods of five years.", ["duration"]),
    # withdrawal
    (
        "Either Party may terminate this Agreement by giving one year's written notice.",
        ["withdrawal"],
    ),
    ("Any Party may withdraw from the Treaty on six months' notice.", ["withdrawal"]),
    # entry_into_force (accession too, not membership_path)
    ("This Agreement shall enter into force on the date of signature.", ["entry_into_force"]),
    (
        "Any State may accede to this Treaty by depositing an instrument of accession.",
        ["entry_into_force"],
    ),
    (
        "An amendment shall enter into force in the same manner as this Treaty.",
        ["entry_into_force"],
    ),
    # force_limits
    (
        "The strength of the armed forces of the Republic shall not exceed 100,000 personnel.",
        ["force_limits"],
    ),
    (
        "The Republic shall not possess missiles with a range exceeding 300 kilometres.",
        ["force_limits"],
    ),
    (
        "Estonia shall not permit the stationing of foreign forces on its territory.",
        ["force_limits"],
    ),
    # limitation (see also LIMITATIONS)
    (
        "Nothing in this Agreement shall be construed as an obligation to deploy armed forces.",
        ["limitation"],
    ),
    (
        "The guarantees in Article 3 shall not apply to the territory of the autonomous region.",
        ["limitation"],
    ),
    # other (never combined)
    (
        "This Treaty is done in the English and French languages, both texts being equally authentic.",
        ["other"],
    ),
    (
        '"Territory" means the land territory and territorial sea of a Party, including its forces stationed there.',
        ["other"],
    ),
    ("Any Party may propose amendments to this Treaty.", ["other"]),
    # multi-label
    (
        "The Participants will exchange intelligence and will co-operate to strengthen the Republic's cyber defence.",
        ["military_aid", "interoperability"],
    ),
    (
        "We will continue to raise the costs of the war for the aggressor and will support the recovery and reconstruction of the Republic.",
        ["economic_aid", "sanctions"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t[:50] for t, _ in POSITIVES])
def test_positive_labels(text: str, expected: list[ProvisionType]) -> None:
    assert label(text).labels == expected


# (clause, label it must NOT get) -- one negative at least per label
NEGATIVES: list[tuple[str, ProvisionType]] = [
    ("Any nuclear test would be a matter of grave concern to the Parties.", "defence"),
    (
        "In the event of an armed attack, the Parties shall consult on such measures, if any, as they deem appropriate.",
        "defence",
    ),
    ("The Parties shall conduct joint exercises twice a year.", "offence"),
    ("Each Party shall respect the permanent neutrality of the Republic.", "neutrality"),
    (
        "The Parties may use force in self-defence under Article 51 of the Charter.",
        "non_aggression",
    ),
    (
        "Each Party shall respect the human rights of persons in its territory.",
        "respect_sovereignty",
    ),
    (
        "Upon termination, the Parties shall consult on the disposal of surplus property.",
        "consultation",
    ),
    (
        "Following such consultations, each Party shall take such action as it deems necessary to assist the Party concerned.",
        "consultation",
    ),
    (
        "The Security Council bears primary responsibility for international peace and security.",
        "un_referral",
    ),
    ("The Parties shall not transfer chemical weapons to anyone.", "military_aid"),
    (
        "Nothing in this Treaty shall be construed as obliging a Party to render military assistance.",
        "military_aid",
    ),
    ("The Parties will promote economic co-operation in trade and tourism.", "economic_aid"),
    (
        "Should the Republic be attacked, we are ready to provide political, economic and humanitarian support.",
        "economic_aid",
    ),
    (
        "Each State Party shall impose penal sanctions on persons who violate this Convention.",
        "sanctions",
    ),
    (
        "Estonia shall not permit the stationing of foreign forces on its territory.",
        "forces_presence",
    ),
    (
        "Each Party shall inform the others before it withdraws the forces stationed under Article 5.",
        "forces_presence",
    ),
    ("The costs of the joint headquarters shall be shared equally.", "integrated_command"),
    (
        "The Parties shall exchange all information on the location of minefields.",
        "interoperability",
    ),
    ("The Security Council shall be informed of all measures taken.", "institution"),
    ("Warships shall transit without being subjected to inspection or surveillance.", "monitoring"),
    (
        "Disputes shall be settled exclusively through consultation and shall not be referred to any court or tribunal.",
        "dispute_settlement",
    ),
    (
        "Once a ceasefire takes hold, the force would deploy to the territory of the Republic.",
        "ceasefire",
    ),
    ("Each Party shall respect the borders of the other.", "territorial_status"),
    ("Any State may accede to this Treaty with the consent of all Parties.", "membership_path"),
    ("Australia will acquire nuclear-powered submarines.", "nuclear"),
    ("The force would remain for an initial period of three years.", "duration"),
    (
        "Withdrawal shall not release a Party from obligations incurred before it took effect.",
        "withdrawal",
    ),
    (
        "For the first five years after the entry into force of this Treaty, Poland shall train 500 officers each year.",
        "entry_into_force",
    ),
    (
        "The Parties shall maintain and develop their capacity to resist armed attack.",
        "force_limits",
    ),
    (
        "This Agreement does not affect the rights and obligations of the Parties under the Charter of the United Nations.",
        "limitation",
    ),
    ("The trusteeship system shall not apply to territories which are Members.", "limitation"),
    ("Each Party shall respect the sovereignty of the other.", "other"),
]


@pytest.mark.parametrize(("text", "absent"), NEGATIVES, ids=[f"{a}:{t[:40]}" for t, a in NEGATIVES])
def test_negative_labels(text: str, absent: ProvisionType) -> None:
    assert absent not in label(text).labels


def test_every_label_has_two_positives_and_a_negative() -> None:
    positives = [lab for _, labels in POSITIVES for lab in labels]
    negatives = [lab for _, lab in NEGATIVES]
    for provision_type in PROVISION_TYPES:
        assert positives.count(provision_type) >= 2, provision_type
        assert provision_type in negatives, provision_type


# --- limitation and its limits --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels", "limits"),
    [
        (
            "Nothing in this Agreement shall be construed as an obligation to deploy armed forces.",
            ["limitation"],
            ["forces_presence"],
        ),
        (
            "Nothing in this Treaty shall be construed as obliging a Party to render military assistance.",
            ["limitation"],
            ["defence", "military_aid"],
        ),
        (
            "Nothing in this Treaty shall be construed as obliging a Guarantor to take part in hostilities.",
            ["limitation"],
            ["defence"],
        ),
        (
            "Should the Republic be attacked, we are ready to provide political support, it being understood "
            "that this Declaration entails no commitment to the use of armed force.",
            ["defence", "limitation"],
            ["defence"],
        ),
        (
            "A Guarantor whose constitution forbids sending troops abroad shall discharge its obligations by non-military means only.",
            ["limitation"],
            ["defence"],
        ),
        (
            "Under the plan, the force will not engage hostile forces unless it is itself attacked.",
            ["limitation"],
            ["forces_presence"],
        ),
    ],
)
def test_limitation_records_the_duties_it_narrows(
    text: str, labels: list[ProvisionType], limits: list[ProvisionType]
) -> None:
    result = label(text)
    assert result.labels == labels
    assert result.limits == limits
    limit_reasons = [r for r in result.because if r.field == "limits"]
    assert [r.value for r in limit_reasons] == limits


def test_limits_is_none_without_limitation() -> None:
    assert label("Each Party shall respect the sovereignty of the other.").limits is None


# --- list items and chapeaux ------------------------------------------------------------------------


def _list(
    chapeau: str, item: str, lead_in: bool = False
) -> tuple[Segmentation, ClauseSpan, ClauseSpan]:
    head = _span(chapeau, start=0, cid="c0001", lead_in=lead_in)
    start = len(chapeau) + 1
    body = _span(item, start=start, cid="c0002", parent_id="c0001" if lead_in else None)
    return Segmentation(title=None, provisions=(), clauses=(head, body)), head, body


def test_list_item_inherits_defence_from_its_chapeau() -> None:
    segmentation, head, item = _list(
        "Each Party shall, as soon as an armed attack has occurred, take the following measures:",
        "supply weapons and ammunition to the Party attacked;",
    )
    document = DocumentFindings(legal_form="treaty")
    assert label_clause(head, segmentation, document).labels == ["defence"]
    result = label_clause(item, segmentation, document)
    assert result.labels == ["defence", "military_aid"]
    inherited = next(r for r in result.because if r.value == "defence")
    assert inherited.rule == "defence.inherited_from_chapeau"
    assert inherited.start is not None and inherited.start < head.end  # the cue is in the chapeau


def test_bare_stem_is_not_a_clause_but_its_items_inherit() -> None:
    segmentation, head, item = _list(
        "For the purpose of Article 5, an armed attack on a Party is deemed to include an armed attack:",
        "on the forces of any of the Parties at sea;",
        lead_in=True,
    )
    document = DocumentFindings(legal_form="treaty")
    assert label_clause(head, segmentation, document).labels == []
    assert label_clause(item, segmentation, document).labels == ["defence"]


def test_bare_chapeau_gets_no_label() -> None:
    assert label("For the purposes of this Treaty:").labels == []


def test_item_of_a_non_defence_list_does_not_inherit() -> None:
    segmentation, _, item = _list(
        "The aims of the Union are:", "to promote the welfare of its peoples;"
    )
    assert label_clause(item, segmentation, DocumentFindings(legal_form="treaty")).labels == [
        "other"
    ]


# --- operative override: declarations and news reports ---------------------------------------------


def test_declaration_narrative_sentence_is_not_operative() -> None:
    result = label(
        "We welcome the progress achieved at the summit in Vilnius.", legal_form="declaration"
    )
    assert result.operative is False
    assert result.labels == []
    assert result.because[0].field == "operative"


def test_declaration_sentence_with_commitment_stays_operative() -> None:
    result = label(
        "We welcome these developments and are committed to continue working together.",
        legal_form="declaration",
    )
    assert result.operative is None
    assert result.labels == ["other"]


def test_treaty_sentence_is_never_overridden() -> None:
    result = label("The Parties welcome the progress achieved at the summit.", legal_form="treaty")
    assert result.operative is None
    assert result.labels == ["other"]


def test_news_reaction_and_background_are_not_clauses() -> None:
    reaction = label(
        "A Kremlin spokesman said Moscow would never accept foreign troops deployed to the territory of Ukraine.",
        legal_form="statement",
        zone="news",
    )
    assert reaction.operative is False and reaction.labels == []
    background = label("The talks began in March in Istanbul.", legal_form="statement", zone="news")
    assert background.operative is False and background.labels == []


def test_news_report_of_a_term_is_labelled() -> None:
    result = label(
        "Under the plan, a reassurance force of 20,000 troops would deploy to Ukraine after a ceasefire.",
        legal_form="statement",
        zone="news",
    )
    assert result.operative is None
    assert result.labels == ["forces_presence"]


def test_reaffirmation_keeps_the_label_of_its_content() -> None:
    result = label(
        "We reaffirm our unwavering commitment to the sovereignty and territorial integrity of Georgia.",
        legal_form="declaration",
    )
    assert result.labels == ["respect_sovereignty"]


# --- evidence -----------------------------------------------------------------------------------------


def test_reasons_point_at_source_offsets_through_line_breaks_and_hyphenation() -> None:
    text = "The Parties undertake to refrain from any act of ag-\n  gression against one another."
    span = _span(text, start=1000)
    source = " " * 1000 + text
    result = label_clause(
        span, Segmentation(None, (), (span,)), DocumentFindings(legal_form="treaty")
    )
    assert result.labels == ["non_aggression"]
    (reason,) = result.because
    assert reason.field == "labels" and reason.value == "non_aggression"
    assert reason.rule == "non_aggression.refrain_from_force"
    assert reason.start is not None and reason.end is not None
    assert source[reason.start : reason.end] == reason.match
    assert "ag-\n  gression" in (reason.match or "")


def test_one_reason_per_label_in_table_order_and_deterministic() -> None:
    text = (
        "The Netherlands will provide military equipment and economic assistance and will impose "
        "sanctions on the aggressor."
    )
    first, second = label(text), label(text)
    assert first == second
    assert first.labels == ["military_aid", "economic_aid", "sanctions"]
    assert [r.value for r in first.because if r.field == "labels"] == first.labels
    assert all(r.rule.startswith(f"{r.value}.") for r in first.because)


# --- generalisation mechanisms ------------------------------------------------------------------------


def test_page_furniture_inside_a_sentence_is_not_matched() -> None:
    text = (
        "Any dispute shall be settled exclusively by consultation between the Parties\n\n"
        "                      Page 4 of 9\nAgreement on Host Nation Support\n\n"
        "and shall not be referred to any tribunal."
    )
    result = label(text)
    assert result.labels == ["consultation"]  # no forces_presence from the running header
    assert all("Host Nation" not in (r.match or "") for r in result.because)


def test_items_of_a_host_support_list_are_forces_presence() -> None:
    segmentation, head, item = _list(
        "The Host State shall provide the following to the forces of the Sending State:",
        "fuel and lubricants at the rates paid by its own armed forces;",
    )
    document = DocumentFindings(legal_form="executive_agreement")
    result = label_clause(item, segmentation, document)
    assert result.labels == ["forces_presence"]
    (reason,) = result.because
    assert reason.rule == "forces_presence.host_support_list"
    assert reason.start is not None and reason.start < head.end  # the cue is in the chapeau


def test_aid_a_defence_measure_may_include_is_not_a_supply_commitment() -> None:
    result = label(
        "In the event of an armed attack, each guarantor shall take the measures it deems "
        "necessary to restore the security of the Republic, which may include the supply of "
        "arms and financial support."
    )
    assert result.labels == ["defence"]


def test_negated_hand_over_to_the_attacker_is_neutrality() -> None:
    result = label(
        "Should either Party be attacked by a third State, the other Party shall not provide "
        "that State with any military or economic assistance."
    )
    assert result.labels == ["neutrality"]


def test_news_report_of_a_term_without_a_cue_is_other_not_background() -> None:
    result = label(
        "Under the plan, the force would be commanded by a French general.",
        legal_form="statement",
        zone="news",
    )
    assert result.operative is None and result.labels == ["other"]
    so_called = label(
        "The so-called reassurance force would deploy to Ukraine after a ceasefire.",
        legal_form="statement",
        zone="news",
    )
    assert so_called.operative is None and so_called.labels == ["forces_presence"]
