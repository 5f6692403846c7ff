"""Chapeaus, list items, nested points and multi-sentence items (authored fixtures)."""

from __future__ import annotations

from .helpers import clause_with, run, texts


def test_chapeau_with_content_is_a_lead_in_clause_and_parents_its_items() -> None:
    text = (
        "Article 3\n\n2. Each Party shall, without awaiting any further decision, take the "
        "following measures:\n(a) deploy its forces;\n(b) place intelligence at the disposal of "
        "the Party attacked; and\n(c) open its airspace.\n\n3. The Parties shall report.\n"
    )
    seg = run(text)
    chapeau = clause_with(seg, "following measures")
    assert chapeau.lead_in
    assert chapeau.text.endswith("measures:")
    items = [clause_with(seg, w) for w in ("deploy", "intelligence", "airspace")]
    assert [i.parent_id for i in items] == [chapeau.id] * 3
    assert items[1].text == "place intelligence at the disposal of the Party attacked;"
    assert clause_with(seg, "report").parent_id is None


def test_bare_formula_stem_is_not_a_clause_but_items_keep_the_provision_link() -> None:
    text = (
        "Article 1\nDefinitions\n\nFor the purposes of this Treaty:\n"
        '(a) "territory" means the land territory;\n(b) "Council" means the Defence Council.\n'
    )
    seg = run(text)
    assert texts(seg) == [
        '"territory" means the land territory;',
        '"Council" means the Defence Council.',
    ]
    assert all(c.parent_id is None for c in seg.clauses)
    by_id = {p.id: p for p in seg.provisions}
    provision_id = seg.clauses[0].provision_id
    assert provision_id is not None
    assert by_id[provision_id].parent == "p-art-1"


def test_party_designation_stem_is_not_a_clause() -> None:
    text = (
        "We the leaders of A, B and C, together with the President of D:\n\n"
        "Commend the agreements finalized with Ukraine;\n\nAffirm that the security of Ukraine matters.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "Commend the agreements finalized with Ukraine;",
        "Affirm that the security of Ukraine matters.",
    ]


def test_item_with_several_sentences_is_split() -> None:
    text = (
        "ARTICLE 13\n\n- The Union shall comprise a Judicial Authority. Half of its members shall be "
        "renewed every three years. Its judgments shall be final;\n- The Authority shall deliver opinions;\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "The Union shall comprise a Judicial Authority.",
        "Half of its members shall be renewed every three years.",
        "Its judgments shall be final;",
        "The Authority shall deliver opinions;",
    ]
    assert {c.section for c in seg.clauses[:3]} == {"Article 13, item 1"}


def test_trailing_conjunction_is_left_outside_and_items_keep_numbers() -> None:
    text = (
        "Compact Signatories pledge to:\n\n(1)  Support Ukraine's immediate defense needs;\n\n"
        "(2)  Accelerate efforts to build a future force; and\n\n(3)  Convene swiftly.\n"
    )
    seg = run(text)
    assert texts(seg)[1:] == [
        "Support Ukraine's immediate defense needs;",
        "Accelerate efforts to build a future force;",
        "Convene swiftly.",
    ]
    assert seg.clauses[0].lead_in
    assert [c.parent_id for c in seg.clauses[1:]] == [seg.clauses[0].id] * 3


def test_stem_without_colon_before_items() -> None:
    text = (
        "###Article 6 \n\nFor the purpose of Article 5, an armed attack is deemed to include an armed attack\n\n"
        "(i)on the territory of any of the Parties;\n\n(ii)on the forces of any of the Parties.\n"
    )
    seg = run(text)
    assert texts(seg)[-2:] == [
        "on the territory of any of the Parties;",
        "on the forces of any of the Parties.",
    ]
    assert seg.clauses[0].lead_in


def test_unmarked_items_one_per_line_are_split_at_line_end_semicolons() -> None:
    text = (
        "Article 1\nThe Purposes of the United Nations are:\n\nTo maintain international peace;\n"
        "To develop friendly relations among nations; and\nTo be a centre for harmonizing actions.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "The Purposes of the United Nations are:",
        "To maintain international peace;",
        "To develop friendly relations among nations;",
        "To be a centre for harmonizing actions.",
    ]


def test_tables_and_capital_headings_in_the_body_are_not_clauses() -> None:
    text = (
        "Article 1\n\nEach Party shall designate airfields.\n\nREFUELLING AIRFIELDS AND CALIBRATION TARGETS\n\n"
        "| SITE | LOCATION |\n|:---|:---|\n| Kubinka | N 55-36-30 |\n\nThe list may be amended.\n"
    )
    assert texts(run(text)) == ["Each Party shall designate airfields.", "The list may be amended."]


def test_repeated_markdown_numbering_is_counted() -> None:
    text = (
        "1.  We reaffirm our commitment to peace.\n\n"
        "1.  We agree to the following steps:\n\n"
        "- Withdraw heavy weapons;\n- Exchange prisoners.\n\n"
        "1.  We will meet again next year.\n"
    )
    seg = run(text)
    assert [c.section for c in seg.clauses] == [
        "Point 1",
        "Point 2",
        "Point 2, item 1",
        "Point 2, item 2",
        "Point 3",
    ]
    points = [p for p in seg.provisions if p.label.startswith("Point")]
    assert len({p.id for p in points}) == len(points)


def test_numbering_restarts_are_kept() -> None:
    text = (
        "Article 1\n\n1. The Parties shall consult.\n\nArticle 2\n\n1. The Parties shall report.\n"
    )
    assert [c.section for c in run(text).clauses] == ["Article 1(1)", "Article 2(1)"]
