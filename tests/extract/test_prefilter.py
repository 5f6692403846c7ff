"""The literal prefilter never hides a match; it only skips patterns that cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatylens.codebook.lexicon import LABEL_CUES
from treatylens.extract.prefilter import Prefilter, required_literals

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:armed attack|attack|aggression)\b", {"attack", "aggression"}),
        (r"\bconsult(?:ation|ed)?\b", {"consult"}),
        (r"(?:^|[,;:] )should\b", {"should"}),
        (r"(?i)Security Council", {"security council"}),
        (r"\b\w+\b", None),
        (r"(?:a|bc)d", None),  # "d" alone is too short to select anything
        (r"x{0,3}yes", {"yes"}),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    if expected is None:
        assert found is None
        return
    assert found is not None
    # Python's parser may factor a common prefix out of alternatives ("a(?:ttack|ggression)"),
    # so a literal can be a part of the expected word: each must come from one of them, and
    # each expected word must contain one of them.
    assert all(any(lit in word for word in expected) for lit in found)
    assert all(any(lit in word for lit in found) for word in expected)


def _sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    return [s.strip().lower() for s in re.split(r"(?<=[.;:])\s+", text) if s.strip()]


def test_prefilter_never_hides_a_match_on_the_examples() -> None:
    prefilter = Prefilter(c.pattern for c in LABEL_CUES)
    for sentence in _sentences():
        present = prefilter.present(sentence)
        for cue in LABEL_CUES:
            if cue.pattern.search(sentence):
                assert prefilter.may_match(cue.pattern, present), (cue.rule, sentence)


WORDS = ["armed", "attack", "shall", "consult", "the", "parties", "assist", "aggression", "not", "council", "force"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20))
def test_prefilter_is_sound_on_random_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    prefilter = Prefilter(c.pattern for c in LABEL_CUES)
    present = prefilter.present(text)
    for cue in LABEL_CUES:
        if cue.pattern.search(text):
            assert prefilter.may_match(cue.pattern, present)
