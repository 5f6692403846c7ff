"""Party names, defined terms, leaders and the party list, on authored snippets."""

from __future__ import annotations

import pytest

from treatylens.codebook.parties import entities, find_collectives, find_entities
from treatylens.extract.parties import (
    find_defined_terms,
    find_issuer,
    find_parties,
    find_persons,
    find_sides,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Britain", "GBR"),
        ("London", "GBR"),
        ("the Russian Federation", "RUS"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("the DPRK", "PRK"),
        ("the ROK", "KOR"),
        ("the U.S.", "USA"),
        ("Türkiye", "TUR"),
        ("the North Atlantic Treaty Organization", "NATO"),
        ("the European Union", "EU"),
        ("the Economic Community of West African States", "ECOWAS"),
        ("THE REPUBLIC OF LATVIA", "LVA"),
    ],
)
def test_names_resolve_to_canonical_ids(text: str, expected: str) -> None:
    found = find_entities(text)
    assert [m.id for m in found] == [expected]


def test_adjectives_and_capitals_are_marked_as_such() -> None:
    forms = {(m.id, m.form) for m in find_entities("Ukrainian brigades trained near Kyiv")}
    assert forms == {("UKR", "adjective"), ("UKR", "capital")}


def test_lower_case_words_and_pronouns_are_not_states() -> None:
    assert find_entities("let us chad the turkey in north america") == []
    assert find_entities("an attack in Europe or North America") == []


def test_collectives_and_third_states() -> None:
    ids = [m.id for m in find_collectives("The High Contracting Parties and each of them shall assist another Party against any aggressor.")]
    assert ids.count("ALL_PARTIES") == 3
    assert "ANY_STATE" in ids


def test_every_entity_has_a_name_and_a_unique_id() -> None:
    ids = [e.id for e in entities()]
    assert len(ids) == len(set(ids))
    assert all(e.names for e in entities())
    assert {"NATO", "EU", "UN", "OSCE", "AU", "ECOWAS", "CSTO", "ASEAN", "OAS"} <= set(ids)


def test_defined_list_term() -> None:
    text = (
        "Ukraine, of the one part, and the French Republic, the Republic of Poland and Japan, "
        'hereinafter referred to as "the Guarantor States", of the other part, together referred to as "the Parties",'
    )
    terms = find_defined_terms(text)
    assert terms["guarantor states"] == ("FRA", "POL", "JPN")
    assert terms["guarantor state"] == ("FRA", "POL", "JPN")
    assert "parties" not in terms  # collective words are ALL_PARTIES, not a list


def test_guarantors_defined_in_running_text() -> None:
    terms = find_defined_terms("The plan would have Russia join the United States and China as guarantors of Ukraine's security.")
    assert terms["guarantors"] == ("RUS", "USA", "CHN")


def test_leaders_map_to_their_states() -> None:
    persons = find_persons("President Anna Berg of the Republic of Finland and Prime Minister Jaan Tamm of Estonia met.")
    assert persons["Berg"] == "FIN"
    assert persons["Tamm"] == "EST"


def test_party_list_from_designation_leaves_out_witnesses() -> None:
    text = (
        "FRAMEWORK between the Republic of Angola and the Republic of Zambia\n\n"
        "Witnessed by the United States of America\n\n"
        'The Republic of Angola and the Republic of Zambia (hereinafter "the Parties"),\n\n'
        "Recalling the Charter of the United Nations,\n"
    )
    # Angola and Zambia are not in the lexicon: only known states are listed, witnesses never
    assert "USA" not in find_parties(text, None, find_defined_terms(text))


def test_party_list_from_leaders() -> None:
    text = "We, the leaders of Japan, the Republic of Korea and the United States, commit our governments to consult.\n"
    assert find_parties(text, None, {}) == ("JPN", "KOR", "USA")


def test_single_state_definitions_joined_by_and_stay_apart() -> None:
    text = (
        'The Government of the United Kingdom (hereinafter "the Sending State") and the Government of the Republic of '
        'Estonia (hereinafter "the Host Nation") have agreed as follows:'
    )
    terms = find_defined_terms(text)
    assert terms["sending state"] == ("GBR",)
    assert terms["host nation"] == ("EST",)


def test_bracketed_groups_and_their_other_names() -> None:
    text = "Norway, Denmark and Iceland (the guarantor group) guarantee the security of the Faroe Islands."
    terms = find_defined_terms(text)
    assert terms["guarantor group"] == ("NOR", "DNK", "ISL")
    assert terms["guarantor states"] == ("NOR", "DNK", "ISL")
    assert terms["guarantors"] == ("NOR", "DNK", "ISL")


def test_numbered_collectives_are_all_parties() -> None:
    found = find_collectives("The three States shall meet every year.")
    assert [m.id for m in found] == ["ALL_PARTIES"]


def test_place_names_containing_a_state_name_are_not_that_state() -> None:
    assert find_entities("patrols in the South China Sea and the Black Sea") == []
    assert [m.id for m in find_entities("China and the Philippines")] == ["CHN", "PHL"]


def test_sides_and_issuer() -> None:
    assert find_sides("5. Georgia and the Russian Federation undertake to refrain from force.") == ("GEO", "RUS")
    assert find_sides("talks between Armenia and Azerbaijan stalled") == ("ARM", "AZE")
    assert find_sides("Georgia and the Russian Federation were discussed.") == ()
    text = "By the authority vested in me as President by the Constitution and the laws of the United States of America"
    assert find_issuer(text) == "USA"
