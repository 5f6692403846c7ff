"""Legal form (first match wins, with the deciding words) and adversary, on authored snippets."""

from __future__ import annotations

import pytest

from treatylens.extract.document import find_adversary, legal_form, read_document
from treatylens.load import load
from treatylens.model import PipelineOptions, Segmentation

EMPTY = Segmentation(title=None, provisions=(), clauses=())


@pytest.mark.parametrize(
    ("text", "form", "rule"),
    [
        ("DRAFT - NOT AGREED\n\nTREATY ON GUARANTEES\n\nArticle 1 [UKR: text] [RUS: text]", "draft", "form.draft.marked"),
        ("TREATY ON X\n\nArticle 2\nThe force shall not exceed [AAA: 10] [BBB: 20] troops.", "draft", "form.draft.brackets"),
        ("Plan would cap army\n\nKYIV, May 2 (Wire) - A leaked plan would cap the army.", "statement", "form.statement.dateline"),
        ("By the authority vested in me as President, it is hereby ordered:", "unilateral_act", "form.unilateral.order"),
        ("JOINT STATEMENT OF THE LEADERS\n\nWe will work together.", "declaration", "form.declaration.title"),
        ("We, the leaders of Japan and Canada, commit to consult.", "declaration", "form.declaration.leaders"),
        ("MEMORANDUM OF UNDERSTANDING\n\nThe Participants will consult.", "memorandum", "form.memorandum.title"),
        ("AGREEMENT ON SUPPORT\n\n16. This Agreement is not legally binding under international law.", "memorandum", "form.memorandum.not_binding"),
        ("CHARTER OF THE DEFENCE PACT\n\nThe Contracting Parties shall assist one another.", "treaty", "form.treaty.title"),
        ("AGREEMENT ON DEFENCE\n\nThis Agreement shall be subject to ratification.", "treaty", "form.treaty.ratification"),
        ("AGREEMENT ON DEFENCE COOPERATION\n\nThis Agreement shall enter into force on signature.", "executive_agreement", "form.executive_agreement.default"),
    ],
)
def test_legal_form_first_match_wins(text: str, form: str, rule: str) -> None:
    found, because = legal_form(text, EMPTY)
    assert found == form
    assert because[0].rule == rule
    if because[0].start is not None:
        assert text[because[0].start : because[0].end] == because[0].match


def test_a_preamble_mention_of_another_declaration_does_not_make_one() -> None:
    text = (
        "AGREEMENT ON SECURITY CO-OPERATION\n\nBuilding on the Joint Declaration of Support for Ukraine,\n\n"
        "16. This Agreement is not legally binding under international law."
    )
    assert legal_form(text, EMPTY)[0] == "memorandum"


def test_news_flag_from_the_segmenter_makes_a_statement() -> None:
    seg = Segmentation(title=None, provisions=(), clauses=(), is_news=True)
    assert legal_form("TREATY text quoted in a report", seg)[0] == "statement"


@pytest.mark.parametrize(
    ("text", "adversary"),
    [
        ("In the event of an armed attack by the Russian Federation against Moldova, the Parties will consult.", "RUS"),
        ("We intend to support Ukraine until it prevails against Russia’s aggression.", "RUS"),
        ("Any nuclear attack by the DPRK against the ROK will be met with a response.", "PRK"),
        ("The commitment never to allow Iran to acquire a nuclear weapon.", "IRN"),
        ("The Parties shall refrain from any act of aggression against one another.", None),
        ("If nuclear weapons are used against Kazakhstan in an act of aggression, the Signatories will act.", None),
    ],
)
def test_adversary_named_in_a_threat_frame(text: str, adversary: str | None) -> None:
    found, because = find_adversary(text)
    assert found == adversary
    if adversary:
        assert because and because[0].value == adversary and because[0].match


def test_user_adversary_wins_and_findings_carry_reasons() -> None:
    text = "JOINT DECLARATION\n\nWe, the leaders of Japan and Canada, will deter aggression by the Russian Federation against either of us."
    source = load(text.encode(), name="d.txt")
    assert read_document(source, EMPTY, PipelineOptions()).adversary == "RUS"
    document = read_document(source, EMPTY, PipelineOptions(adversary="chn"))
    assert document.adversary == "CHN"
    assert document.legal_form == "declaration"
    assert [p.id for p in document.parties] == ["JPN", "CAN"]
    assert all(p.roles == [] for p in document.parties)
    assert document.because[0].field == "legal_form"


@pytest.mark.parametrize(
    "text",
    [
        "Opinion | Why the Baltic guarantee will not hold\n\nThe allies should station more troops in Estonia.",
        "Editor's note: this essay reflects the author's views.\n\nA TREATY THE BALTICS NEED\n\nThe Parties shall consult.",
        "A guarantee in name only\n\nJane Doe is a senior fellow at a policy institute. The treaty shall be ratified.",
    ],
)
def test_op_eds_and_opinion_pieces_are_statements(text: str) -> None:
    found, because = legal_form(text, EMPTY)
    assert found == "statement"
    assert because[0].rule == "form.statement.opinion"


@pytest.mark.parametrize(
    ("text", "adversary"),
    [
        ("We condemn the coercive actions of the People's Republic of China against Vietnamese fishing boats.", "CHN"),
        ("3. Belarusian armed forces in the border districts shall be reduced to 2,000 within a year.", "BLR"),
        ("The plan provides for the withdrawal of Russian troops from the occupied districts.", "RUS"),
        ("Should the Republic be attacked by the Ottoman Porte, the Emperor shall send troops.", "TUR"),
    ],
)
def test_adversary_frames_beyond_attack_words(text: str, adversary: str) -> None:
    found, because = find_adversary(text)
    assert found == adversary
    assert because and text[because[0].start : because[0].end] == because[0].match
