"""News reports: detection, datelines, bylines and quotations (authored fixtures)."""

from __future__ import annotations

from .helpers import run, texts

REPORT = """Leaked plan would make Moscow a guarantor of Kyiv's security

KYIV, April 3 (Wire) - A 12-point draft framework would have Russia join the U.S. and China as guarantors, according to two officials who have seen it. Under the text, the guarantors would "take such action as each deems necessary. Only after a vote." if Ukraine were attacked. Mr. Smith, of St. Petersburg, said the plan (Art. 5 of the draft) was "Budapest with extra steps". The Kremlin declined to comment.
"""


def test_news_report_is_detected_and_split_into_sentences() -> None:
    seg = run(REPORT)
    assert seg.is_news
    assert seg.title == "Leaked plan would make Moscow a guarantor of Kyiv's security"
    assert texts(seg) == [
        "A 12-point draft framework would have Russia join the U.S. and China as guarantors, "
        "according to two officials who have seen it.",
        'Under the text, the guarantors would "take such action as each deems necessary. Only after '
        'a vote." if Ukraine were attacked.',
        'Mr. Smith, of St. Petersburg, said the plan (Art. 5 of the draft) was "Budapest with extra steps".',
        "The Kremlin declined to comment.",
    ]
    assert all(c.zone == "news" and c.operative for c in seg.clauses)


def test_byline_and_em_dash_dateline() -> None:
    text = (
        "Europeans sketch a reassurance force\n\nBy our diplomatic correspondent\n\n"
        "LONDON — Britain and France have drawn up plans for a force, according to a document.\n\n"
        "Officials said the force would deploy once a ceasefire holds.\n"
    )
    seg = run(text)
    assert seg.is_news
    assert texts(seg) == [
        "Britain and France have drawn up plans for a force, according to a document.",
        "Officials said the force would deploy once a ceasefire holds.",
    ]


def test_a_treaty_is_not_news() -> None:
    text = "Article 1\n\nThe Parties said that they shall consult, according to officials.\n"
    assert not run(text).is_news
