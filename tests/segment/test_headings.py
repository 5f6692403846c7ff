"""Heading styles, numbering and the provision labels clauses get (authored fixtures)."""

from __future__ import annotations

import pytest

from .helpers import clause_with, run, texts

BODY = "The Parties shall consult each other without delay."


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Article 5", "Article 5"),
        ("ARTICLE V", "Article V"),
        ("Art. 5", "Article 5"),
        ("Article 5 - Consultations", "Article 5"),
        ("###Article 5", "Article 5"),
        ("### Article  5  ", "Article 5"),
        ("**Article 5**", "Article 5"),
        ("Section 3", "Section 3"),
        ("Point 12", "Point 12"),
    ],
)
def test_article_heading_styles_are_not_clauses(heading: str, label: str) -> None:
    seg = run(f"Title of the Agreement\n\n{heading}\n\n{BODY}\n")
    assert texts(seg) == [BODY]
    assert seg.clauses[0].section == label
    assert seg.clauses[0].operative


def test_heading_title_line_is_kept_on_the_provision() -> None:
    seg = run("Article 3\nMutual assistance in the event of armed attack\n\n1. " + BODY + "\n")
    assert texts(seg) == [BODY]
    article = next(p for p in seg.provisions if p.kind == "article")
    assert article.heading == "Mutual assistance in the event of armed attack"
    assert seg.clauses[0].section == "Article 3(1)"
    assert seg.clauses[0].provision_id == "p-art-3-1"


def test_dash_heading_title() -> None:
    seg = run("Article 5 - Consultations\n\n" + BODY + "\n")
    assert next(p for p in seg.provisions if p.kind == "article").heading == "Consultations"


def test_markdown_heading_after_article_becomes_its_title() -> None:
    seg = run("### Article 1\n\n####General obligations\n\n" + BODY + "\n")
    assert texts(seg) == [BODY]
    assert next(p for p in seg.provisions if p.kind == "article").heading == "General obligations"


def test_wrapped_first_line_is_not_taken_for_a_heading() -> None:
    text = (
        "Article 8\nThe Contracting Parties shall share intelligence in real time\n"
        "and shall harmonise their military doctrines.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "The Contracting Parties shall share intelligence in real time\n"
        "and shall harmonise their military doctrines."
    ]


def test_part_and_numbered_points() -> None:
    text = (
        "PART II – MILITARY SUPPORT\n\n3. The Netherlands will provide training.\n\n"
        "4. The Netherlands will provide equipment.\n\nI. Final provisions\n\n"
        "5. This Agreement takes effect on signature.\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "The Netherlands will provide training.",
        "The Netherlands will provide equipment.",
        "This Agreement takes effect on signature.",
    ]
    assert [c.section for c in seg.clauses] == ["Point 3", "Point 4", "Point 5"]
    assert seg.clauses[2].zone == "final"
    assert seg.clauses[0].zone == "body"


def test_dotted_numbers_under_sections() -> None:
    seg = run("Section 1. Sovereignty\n\n1.1 Each Party undertakes to respect the other.\n")
    assert texts(seg) == ["Each Party undertakes to respect the other."]
    assert seg.clauses[0].section == "Point 1.1"


def test_nested_points_and_labels() -> None:
    text = (
        "Article 4\n\n2. Each Party shall take the following measures:\n"
        "(a) deploy its forces;\n(b) share intelligence, including:\n"
        "(i) satellite imagery;\n(ii) signals intelligence; and\n"
        "(c) open its airspace.\n"
    )
    seg = run(text)
    assert [c.section for c in seg.clauses] == [
        "Article 4(2)",
        "Article 4(2)(a)",
        "Article 4(2)(b)",
        "Article 4(2)(b)(i)",
        "Article 4(2)(b)(ii)",
        "Article 4(2)(c)",
    ]
    assert clause_with(seg, "signals").text == "signals intelligence;"
    assert clause_with(seg, "airspace").provision_id == "p-art-4-2-c"


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral() -> None:
    items = "".join(f"({ch}) item {ch};\n" for ch in "abcdefghi")
    seg = run("Article 1\n\nThe Parties agree on these items:\n" + items)
    assert seg.clauses[-1].section == "Article 1(i)"
    assert seg.clauses[-1].provision_id == "p-art-1-i"


@pytest.mark.parametrize("marker", ["-", "*", "•", "a)", "(1)"])
def test_list_markers_are_left_outside_spans(marker: str) -> None:
    seg = run(
        f"Article 2\n\nThe Union shall aim to:\n{marker} Reinforce the bonds between the Member States;\n"
    )
    assert texts(seg)[-1] == "Reinforce the bonds between the Member States;"


def test_annex_zone_and_label() -> None:
    text = (
        "Article 1\n\n" + BODY + "\n\nDONE at Geneva on 1 May 2020.\n\nFor the Republic of X\n\n"
        "ANNEX A\n\n4. “Canal” includes the existing canal.\n"
    )
    seg = run(text)
    assert texts(seg) == [BODY, "“Canal” includes the existing canal."]
    assert seg.clauses[1].zone == "annex"
    assert seg.clauses[1].section == "Annex A, 4"


def test_single_line_text_with_inline_headings_and_bullets() -> None:
    text = (
        "MainText:\nTREATY ESTABLISHING THE UNION The Heads of State, Having faith in their bonds; "
        "HAVE AGREED ON THE FOLLOWING: ARTICLE 1 A Union shall be established; ARTICLE 2 The Union "
        "shall aim to: - Reinforce the bonds of fraternity; - Contribute to peace. The Council shall "
        "meet yearly; ARTICLE 3 PURPOSES OF THE UNION 1. The Union shall promote trade.\n"
        "AnnexText:\nNA\n"
    )
    seg = run(text)
    assert texts(seg) == [
        "Having faith in their bonds;",
        "A Union shall be established;",
        "The Union shall aim to:",
        "Reinforce the bonds of fraternity;",
        "Contribute to peace.",
        "The Council shall meet yearly;",
        "The Union shall promote trade.",
    ]
    assert seg.clauses[0].zone == "preamble"
    assert seg.clauses[2].lead_in
    assert seg.clauses[3].parent_id == seg.clauses[2].id
    assert seg.clauses[6].section == "Article 3(1)"


def test_article_reference_at_a_line_start_inside_a_sentence_is_not_a_heading() -> None:
    text = (
        "Article 2\n\nThe measures referred to in\nArticle 3. The Parties shall report them.\n\n"
        "TREATY ANNEX TITLE\nArticle 4\nThe Council shall meet.\n"
    )
    seg = run(text)
    assert seg.clauses[0].text == "The measures referred to in\nArticle 3."
    assert seg.clauses[0].section == "Article 2"
    assert seg.clauses[-1].section == "Article 4"
