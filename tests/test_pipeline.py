"""The public entry point: ``treatylens.analyze`` on every kind of input it accepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatylens import Profile, analyze
from treatylens.load import load

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXT = (
    "TREATY OF MUTUAL ASSISTANCE\n\nArticle 1\n\n"
    "An armed attack against one Party shall be considered an attack against them all, and each "
    "Party shall immediately assist the Party attacked with all means, including armed force.\n"
)


def test_text_path_bytes_and_loaded_source_give_the_same_clauses(tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(TEXT, encoding="utf-8")
    profiles = [
        analyze(TEXT, name="treaty.txt"),
        analyze(path),
        analyze(str(path)),
        analyze(TEXT.encode("utf-8"), name="treaty.txt"),
        analyze(load(path)),
    ]
    first = profiles[0]
    assert [c.labels for c in first.clauses] == [["defence"]]
    for other in profiles[1:]:
        assert other.clauses == first.clauses
        assert other.document == first.document


def test_offsets_index_the_source_and_json_round_trips() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        profile = analyze(path)
        text = path.read_text(encoding="utf-8")
        for clause in profile.clauses:
            assert text[clause.start : clause.end] == clause.text
            for reason in clause.because:
                if reason.start is not None and reason.end is not None:
                    assert text[reason.start : reason.end] == reason.match
        assert Profile.from_json(profile.to_json()) == profile


def test_adversary_argument_and_analogues_switch() -> None:
    profile = analyze(TEXT, adversary="RUS", analogues=0)
    assert profile.document.adversary == "RUS"
    assert profile.analogues is None
    with_history = analyze(TEXT, analogues=3)
    assert with_history.analogues is not None and len(with_history.analogues) == 3
    assert analyze(TEXT, analogues=3).to_json() == with_history.to_json()


@pytest.mark.parametrize("text", ["The weather in Vienna was mild and the opera sold out.", "Hello."])
def test_text_without_agreement_language_gives_an_empty_profile(text: str) -> None:
    profile = analyze(text, analogues=0)
    commitments = [c for c in profile.clauses if c.labels and c.labels != ["other"]]
    assert commitments == []
    assert {f.flag for f in profile.red_flags} >= {"no_defence_clause"}


def test_every_reason_quotes_the_source_exactly_on_the_gold_texts(shared_dir: Path) -> None:
    texts = sorted((shared_dir / "eval").glob("*/*.txt"))
    assert texts
    for path in texts:
        text = path.read_text(encoding="utf-8")
        profile = analyze(path, analogues=0)
        reasons = [r for c in profile.clauses for r in c.because] + list(profile.document.because)
        for reason in reasons:
            if reason.start is not None and reason.end is not None:
                assert text[reason.start : reason.end] == reason.match, (path.name, reason.rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "If Russia attacked Ukraine again, each Party shall assist Ukraine with all means.",
        "Should any State attack the Republic, each Party shall assist the Republic with all means.",
    ],
)
def test_an_active_attack_in_a_condition_is_an_armed_attack_trigger(sentence: str) -> None:
    profile = analyze("AGREEMENT\n\nArticle 1\n\n" + sentence + "\n", analogues=0)
    defence = [c for c in profile.clauses if "defence" in c.labels]
    assert defence and defence[0].trigger == "armed_attack"


def test_the_news_example_reports_moscow_as_a_guarantor_with_a_veto() -> None:
    profile = analyze(EXAMPLES / "news_peace_plan.txt", analogues=0)
    assert profile.document.legal_form == "statement"
    assert profile.document.adversary == "RUS"
    assert profile.document.adversary_is_guarantor and profile.document.veto_exposure
    lead = profile.clauses[0]
    assert lead.labels == ["defence"] and lead.modality == "none"  # the report's own verbs bind nobody
    assert "RUS" in (lead.obligors or [])
    assert {f.flag for f in profile.red_flags} >= {
        "non_binding_form",
        "adversary_is_guarantor",
        "unsc_veto_exposure",
        "discretionary_response",
    }
