"""Sentence boundaries: abbreviations, numbers, initials, quotations, missing spaces."""

from __future__ import annotations

import pytest

from treatylens.segment.sentences import sentence_spans, trim


def split(text: str, lowercase: bool = False) -> list[str]:
    out = []
    for s, e in sentence_spans(text, 0, len(text), lowercase_starts=lowercase):
        ts, te = trim(text, s, e)
        if te > ts:
            out.append(text[ts:te])
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. Government will consult the U.K. Government.",
        "Measures under Art. 5 and No. 7 apply.",
        "Some measures, e.g. Sanctions, and others, i.e. Tariffs, apply.",
        "Mr. Smith and Dr. Jones met Gen. Miller in St. Louis.",
        "Paragraph 5.1 and section 3.2 apply.",
        "President Joseph R. Biden Jr. met them.",
        "He said: “We will act. We will not wait.” and left.",
    ],
)
def test_no_split_inside(sentence: str) -> None:
    assert split(sentence) == [sentence]


def test_splits_between_sentences_and_keeps_terminal_punctuation() -> None:
    text = "It shall enter into force. It shall remain in force! Does it apply? Yes."
    assert split(text) == [
        "It shall enter into force.",
        "It shall remain in force!",
        "Does it apply?",
        "Yes.",
    ]


def test_missing_space_after_full_stop() -> None:
    assert split("They live in peace with all governments.They are determined.") == [
        "They live in peace with all governments.",
        "They are determined.",
    ]


def test_closing_quote_after_full_stop_belongs_to_the_sentence() -> None:
    assert split('He called it "Budapest with extra steps." Diplomats agreed.') == [
        'He called it "Budapest with extra steps."',
        "Diplomats agreed.",
    ]


def test_unbalanced_quote_does_not_swallow_the_rest() -> None:
    long_tail = "The Parties shall consult. " * 30
    parts = split('A "quoted term begins here. ' + long_tail)
    assert len(parts) > 10


def test_lowercase_text_splits_when_asked() -> None:
    assert split("the parties shall meet. they shall report.", lowercase=True) == [
        "the parties shall meet.",
        "they shall report.",
    ]


def test_trim_drops_markdown_emphasis_and_trailing_conjunction() -> None:
    text = "*Together, we will achieve our goal*  "
    s, e = trim(text, 0, len(text))
    assert text[s:e] == "Together, we will achieve our goal"
    text = "(b) to share intelligence; and  "
    s, e = trim(text, 4, len(text))
    assert text[s:e] == "to share intelligence;"
