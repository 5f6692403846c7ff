"""Testimonium, signature blocks and what follows them (authored fixtures)."""

from __future__ import annotations

from .helpers import run, texts

LAST = "This Treaty shall enter into force upon signature."


def test_testimonium_and_signature_block_are_not_clauses() -> None:
    text = (
        "Article 12\n\n" + LAST + "\n\nIN WITNESS WHEREOF the undersigned, being duly authorised "
        "thereto, have signed this Treaty.\n\nDONE at Tokyo on the ninth day of July 2025, in duplicate. "
        "In case of any divergence of interpretation, the English text shall prevail.\n\n"
        "For Japan:                                For the Republic of the Philippines:\n[signature]\n"
    )
    seg = run(text)
    assert texts(seg) == [LAST]
    signature = next(p for p in seg.provisions if p.kind == "signature")
    assert text[signature.start :].startswith("IN WITNESS WHEREOF")


def test_testimonium_inside_the_last_sentence_of_a_one_line_text() -> None:
    text = (
        "ARTICLE 19 - The Member States shall take the necessary measures within six months; "
        "Done in Marrakech, on Friday 17 February 1989 On behalf of the Kingdom of Morocco Hassan II "
        "On behalf of the Republic of Tunisia Zine El Abidine Ben Ali\n"
    )
    assert texts(run(text)) == [
        "The Member States shall take the necessary measures within six months;"
    ]


def test_signed_at_and_names_after_a_declaration() -> None:
    text = (
        "The United States and Israel affirm their commitment.\n\nSigned at Jerusalem on the 14th day "
        "of July, 2022, in duplicate in the English language.\n\nJoseph R. Biden Jr.\n\n"
        "President of the United States of America\n"
    )
    assert texts(run(text)) == ["The United States and Israel affirm their commitment."]


def test_placeholder_signature_line_and_date_lines_are_not_clauses() -> None:
    text = "Article 8\n\n1. " + LAST + "\n\n[Signature blocks to be inserted]\n"
    assert texts(run(text)) == [LAST]


def test_final_provisions_zone() -> None:
    text = (
        "CHAPTER III - ORGANS\n\nArticle 9\n\nThe Council shall meet yearly.\n\n"
        "CHAPTER IV - FINAL PROVISIONS\n\nArticle 10\n\n" + LAST + "\n"
    )
    seg = run(text)
    assert [c.zone for c in seg.clauses] == ["body", "final"]
    assert seg.clauses[1].section == "Article 10"


def test_place_date_and_capitalised_name_lines_are_not_clauses() -> None:
    text = (
        "Article 3\n\n" + LAST + "\n\n                  JANE ROE\n\nTHE WHITE HOUSE,\n\n"
        "    March 3, 2030.\n\nGeneva, 18 April 2030\n"
    )
    assert texts(run(text)) == [LAST]


def test_a_list_of_offices_at_the_end_is_not_a_clause() -> None:
    text = (
        "We will hold joint exercises every year.\n\n"
        "Prime Minister of Australia\nPrime Minister of Japan\nPresident of the Philippines\n"
    )
    assert texts(run(text)) == ["We will hold joint exercises every year."]
