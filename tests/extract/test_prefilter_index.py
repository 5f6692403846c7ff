"""The indexed prefilters (``GroupIndex``, ``Screen``) agree with the plain one and never hide a
match; they only make the same decisions faster."""

from __future__ import annotations

import re
from pathlib import Path

from treatylens.codebook import cues as C
from treatylens.codebook.lexicon import LABEL_CUES, LIMIT_TARGETS, LIMITATION_CUES
from treatylens.extract.prefilter import GroupIndex, Prefilter, Screen

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _sentences() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt")))
    return [s.strip() for s in re.split(r"(?<=[.;:])\s+", text) if s.strip()]


def test_group_index_selects_the_cues_the_plain_prefilter_selects() -> None:
    groups = [(c.pattern, *c.requires) for c in LABEL_CUES]
    plain = Prefilter(p for group in groups for p in group)
    index = GroupIndex(groups)
    sentences = [s.lower() for s in _sentences()]
    assert sentences
    for sentence in [*sentences, "", "ab", "armed attack on a party"]:
        present = plain.present(sentence)
        expected = [i for i, g in enumerate(groups) if all(plain.may_match(p, present) for p in g)]
        assert index.candidates(sentence) == expected, sentence
        assert index.present(sentence) == present


def test_group_index_keeps_groups_without_literals() -> None:
    index = GroupIndex([(re.compile(r"\w+"),), (re.compile("consult"),)])
    assert index.candidates("nothing here") == [0]
    assert index.candidates("we consult") == [0, 1]


def test_screen_never_hides_a_match() -> None:
    patterns = [
        *(c.pattern for c in (*C.BINDING_CUES, *C.QUALIFIED_CUES, *C.HORTATORY_CUES, *C.FACT_CUES)),
        *(c.pattern for c in (*C.RESTATEMENT_CUES, *C.TRIGGER_CUES, *C.CONDITION_CUES)),
        *(c.pattern for c in (*C.TERRITORY_CUES, *C.QUANTITY_CUES, *LIMITATION_CUES, *LIMIT_TARGETS)),
    ]
    screen = Screen(patterns)
    ruled_out = 0
    for sentence in _sentences():
        for text in (sentence, sentence.lower()):
            for pattern, possible in zip(patterns, screen.possible(text), strict=True):
                ruled_out += not possible
                if pattern.search(text):
                    assert possible, (pattern.pattern[:60], text)
    assert ruled_out > 0  # the screen does rule patterns out


def test_screen_respects_case_and_non_ascii_text() -> None:
    sensitive, insensitive = re.compile("Party"), re.compile("(?i)party")
    mixed = re.compile("(?i:Party) of")
    screen = Screen([sensitive, insensitive, mixed])
    assert screen.possible("the party of") == [False, True, True]
    assert screen.possible("THE PARTY") == [False, True, True]
    # "ſ" (long s) matches "s" when case is ignored, which str.lower() does not reproduce
    assert Screen([re.compile("(?i)pass")]).possible("paſs") == [True]
