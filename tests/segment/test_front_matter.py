"""Title, party designation, preambular items and the enacting formula (authored fixtures)."""

from __future__ import annotations

from .helpers import run, texts

TREATY = """TREATY OF MUTUAL ASSISTANCE
BETWEEN THE REPUBLIC OF A AND THE REPUBLIC OF B

The High Contracting Parties,

Recalling the shared history of their nations,

Mindful of their obligations as members of the United Nations,

Desiring to reinforce, and not to duplicate, existing arrangements,

Have agreed as follows:

Article 1
Renunciation of force

The Parties shall refrain from the threat or use of force.
"""


def test_treaty_preamble_items_are_non_operative_clauses() -> None:
    seg = run(TREATY)
    assert (
        seg.title == "TREATY OF MUTUAL ASSISTANCE BETWEEN THE REPUBLIC OF A AND THE REPUBLIC OF B"
    )
    assert texts(seg) == [
        "Recalling the shared history of their nations,",
        "Mindful of their obligations as members of the United Nations,",
        "Desiring to reinforce, and not to duplicate, existing arrangements,",
        "The Parties shall refrain from the threat or use of force.",
    ]
    assert [c.zone for c in seg.clauses] == ["preamble"] * 3 + ["body"]
    assert [c.operative for c in seg.clauses] == [False, False, False, True]
    assert {c.section for c in seg.clauses[:3]} == {"Preamble"}
    assert any(p.kind == "preamble" for p in seg.provisions)


def test_one_line_preamble_is_split_at_each_recital() -> None:
    text = (
        "####Convention on Things\n\nThe States Parties to this Convention, Determined to act, and "
        "convinced that it helps, Recognising the Protocol,Reaffirming their adherence; Have agreed "
        "as follows:\n\n### Article I\n\nEach State Party undertakes never to do things.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "Determined to act, and convinced that it helps,",
        "Recognising the Protocol,",
        "Reaffirming their adherence;",
        "Each State Party undertakes never to do things.",
    ]
    assert seg.title == "Convention on Things"


def test_preamble_without_recitals_keeps_its_sentences() -> None:
    text = (
        "####NORTH ATLANTIC TREATY\n\nThe Parties to this Treaty reaffirm their faith in the Charter."
        "They seek to promote stability. They therefore agree to this North Atlantic Treaty:\n\n"
        "###Article 1 \n\nThe Parties undertake to settle disputes by peaceful means.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "The Parties to this Treaty reaffirm their faith in the Charter.",
        "They seek to promote stability.",
        "The Parties undertake to settle disputes by peaceful means.",
    ]
    assert [c.operative for c in seg.clauses] == [False, False, True]


def test_declaration_opening_and_formula_are_not_clauses() -> None:
    text = (
        "JOINT DECLARATION\n\nWarsaw, 14 May\n\nWe, the Heads of State of A and B,\n\n"
        "Convinced that peace matters,\n\nDeclare as follows:\n\n1. We will support Ukraine.\n"
    )
    seg = run(text)
    assert texts(seg) == ["Convinced that peace matters,", "We will support Ukraine."]


def test_prose_declaration_sentences_are_all_candidate_clauses() -> None:
    text = (
        "As leaders of A and B, we resolve to deepen cooperation. As part of this effort, we are "
        "announcing a partnership called “AUKUS”.\n\nWe will promote deeper information sharing.\n"
    )
    seg = run(text)
    assert len(seg.clauses) == 3
    assert all(c.operative and c.zone == "body" for c in seg.clauses)
    assert seg.title is None
    assert not seg.is_news


def test_draft_note_before_title_is_not_preamble() -> None:
    text = (
        "DRAFT - NOT AGREED\nWorking text as of 12 April. Language in brackets is not agreed.\n\n"
        "TREATY ON NEUTRALITY\n\nUkraine and the Guarantor States,\n\n"
        "Seeking to end the conflict,\n\nHave agreed as follows:\n\nArticle 1\n\n"
        "1. Ukraine shall be neutral.\n"
    )
    seg = run(text)
    assert texts(seg) == ["Seeking to end the conflict,", "Ukraine shall be neutral."]


def test_whereas_recitals_and_operative_text_after_a_bare_declare() -> None:
    text = (
        "####PROTOCOL\n\nTHE UNDERSIGNED PLENIPOTENTIARIES, in the name of their Governments: Whereas "
        "the use of gases has been condemned; and Whereas the prohibition has been declared; "
        "Declare:That the Parties accept this prohibition.The Parties will exert every effort.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "Whereas the use of gases has been condemned;",
        "Whereas the prohibition has been declared;",
        "That the Parties accept this prohibition.",
        "The Parties will exert every effort.",
    ]
    assert [c.zone for c in seg.clauses] == ["preamble", "preamble", "body", "body"]


PACT = """PACT OF FRIENDSHIP

The Republic of A and the Republic of B, hereinafter referred to as the Parties,

Bound by ties of friendship, a common history and a shared river,

To the end that the peace between their peoples may be lasting,

Convinced that their security is indivisible,

Have agreed as follows:

Article 1

The Parties shall settle their disputes by peaceful means.
"""


def test_any_comma_ended_preamble_item_is_a_recital_but_the_party_designation_is_not() -> None:
    seg = run(PACT)
    assert texts(seg)[:3] == [
        "Bound by ties of friendship, a common history and a shared river,",
        "To the end that the peace between their peoples may be lasting,",
        "Convinced that their security is indivisible,",
    ]
    assert [c.operative for c in seg.clauses] == [False, False, False, True]


def test_semicolon_items_are_split_and_plenipotentiaries_are_not_recitals() -> None:
    text = (
        "THE KING OF A, THE PRESIDENT OF B,Deeply sensible of their duty to mankind;"
        "Hopeful that all other nations will join this endeavour;Have decided to conclude a "
        "Treaty and for that purpose have appointed as their respective Plenipotentiaries:"
        "THE KING OF A:Mr. Jan SMIT, Acting Secretary of State for Foreign Affairs;"
        "THE PRESIDENT OF B:Mr. Ivo NOVAK, Minister for Foreign Affairs;who, having "
        "communicated to one another their full powers, have agreed upon the following articles:"
        "\n\nArticle I\n\nThe Parties renounce war.\n"
    )
    assert texts(run(text)) == [
        "Deeply sensible of their duty to mankind;",
        "Hopeful that all other nations will join this endeavour;",
        "The Parties renounce war.",
    ]


def test_infinitive_items_under_a_shared_opener() -> None:
    text = (
        "WE THE PEOPLES OF THE ALLIED NATIONS DETERMINED\n"
        "to spare our children the scourge of war, and\n\n"
        "to promote social progress,\n\n"
        "HAVE RESOLVED TO COMBINE OUR EFFORTS.\n\n"
        "Article 1\n\nThe Members shall settle disputes peacefully.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "to spare our children the scourge of war,",
        "to promote social progress,",
        "The Members shall settle disputes peacefully.",
    ]
    assert [c.zone for c in seg.clauses] == ["preamble", "preamble", "body"]


def test_undersigned_plenipotentiaries_are_a_party_designation() -> None:
    text = (
        "The undersigned Plenipotentiaries, furnished with full powers by their Governments,\n\n"
        "Convinced that the zone serves peace,\n\nHave agreed as follows:\n\n"
        "Article 1\n\nThe Parties shall respect the zone.\n"
    )
    assert texts(run(text)) == [
        "Convinced that the zone serves peace,",
        "The Parties shall respect the zone.",
    ]


def test_the_opening_narrative_of_a_declaration_is_a_non_operative_clause() -> None:
    text = (
        "Joint Statement of the Leaders of A and B\n\n"
        "We, the Presidents of A and B, met in Geneva today for our annual summit. "
        "We will hold joint exercises every year.\n\n"
        "President of A\nPresident of B\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "We, the Presidents of A and B, met in Geneva today for our annual summit.",
        "We will hold joint exercises every year.",
    ]
    assert [c.operative for c in seg.clauses] == [False, True]


def test_a_meeting_sentence_that_commits_stays_operative() -> None:
    seg = run("The leaders met in Rome and agreed to hold joint exercises every year.\n")
    assert [c.operative for c in seg.clauses] == [True]
