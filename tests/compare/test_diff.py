from __future__ import annotations

from treatylens.compare import diff_profiles, render_diff
from treatylens.compare.diff import align

from .conftest import make_clause, make_profile

DEFENCE = "In the event of an armed attack against Ukraine, the Guarantor States shall {verb} all assistance."
EXIT = "Any Guarantor State may withdraw from this Framework on {n} months' written notice."


def _defence(cid: str, verb: str, modality: str, automaticity: str, conditions: list[str] | None = None) -> object:
    return make_clause(cid, DEFENCE.format(verb=verb), ["defence"], modality=modality, automaticity=automaticity,
                       trigger="armed_attack", conditions=conditions or [], means="all_means",
                       obligors=["USA"], beneficiaries=["UKR"], quantified=False)


def test_strengthened_weakened_added_removed_across_reordering() -> None:
    old = make_profile("a.txt", [
        make_clause("c1", "A joint monitoring mission under the OSCE shall verify compliance with the ceasefire.",
                    ["monitoring"]),
        _defence("c2", "consider rendering", "qualified", "discretionary", ["constitutional_process"]),
        make_clause("c3", EXIT.format(n="six"), ["withdrawal"]),
        make_clause("c4", "Ukraine shall not join the North Atlantic Treaty Organization.", ["membership_path"]),
    ])
    new = make_profile("b.txt", [
        make_clause("c1", EXIT.format(n="twelve"), ["withdrawal"]),
        _defence("c2", "immediately render", "binding", "automatic"),
        make_clause("c3", "A multinational reassurance force shall be deployed on the territory of Ukraine.",
                    ["forces_presence"]),
        make_clause("c4", "A joint monitoring mission under the OSCE shall verify compliance with the ceasefire.",
                    ["monitoring"]),
    ])
    diff = diff_profiles(old, new)
    kinds = {(c.old_clause_id, c.new_clause_id): c.kind for c in diff.changes}
    assert kinds[("c2", "c2")] == "strengthened"
    assert kinds[("c3", "c1")] == "strengthened"  # six -> twelve months' notice to leave
    assert kinds[("c1", "c4")] == "unchanged"
    assert kinds[(None, "c3")] == "added"
    assert kinds[("c4", None)] == "removed"
    assert diff.summary == {"added": 1, "removed": 1, "strengthened": 2, "weakened": 0, "unchanged": 1}
    defence = next(c for c in diff.changes if c.new_clause_id == "c2")
    aspects = {a.aspect: a.direction for a in defence.aspects}
    assert aspects["modality"] == 1 and aspects["automaticity"] == 1 and aspects["condition"] == 1


def test_weakened_when_duty_softens_and_limitation_added() -> None:
    old = make_profile("a.txt", [_defence("c1", "immediately render", "binding", "automatic")])
    new_clause = _defence("c9", "consider rendering", "hortatory", "consult_first", ["unsc_dependent"])
    new_clause.labels = ["defence", "limitation"]
    new = make_profile("b.txt", [new_clause], flags=("discretionary_response",))
    diff = diff_profiles(old, new)
    assert [c.kind for c in diff.changes] == ["weakened"]
    assert diff.flags_added == ["discretionary_response"]
    text = render_diff(diff, "text")
    assert "Weakened (1)" in text and "immediately render" in text and "consider rendering" in text


def test_unrelated_clauses_are_not_aligned() -> None:
    a = [make_clause("c1", "The Parties shall consult each other on matters of common concern.", ["consultation"])]
    b = [make_clause("c1", "This Agreement shall enter into force on the date of its signature.",
                     ["entry_into_force"])]
    assert align(a, b) == []


def test_diff_json_lists_kind_labels_and_both_ids() -> None:
    old = make_profile("a.txt", [_defence("c1", "immediately render", "binding", "automatic")])
    new = make_profile("b.txt", [_defence("c5", "immediately render", "binding", "automatic")])
    data = diff_profiles(old, new).to_dict()
    change = data["changes"][0]  # type: ignore[index]
    assert change["kind"] == "unchanged"
    assert change["labels"] == ["defence"]
    assert (change["old_clause_id"], change["new_clause_id"]) == ("c1", "c5")
    assert render_diff(diff_profiles(old, new), "json") == render_diff(diff_profiles(old, new), "json")


def test_quantity_direction_depends_on_label() -> None:
    cap_old = make_clause("c1", "The armed forces of Ukraine shall not exceed 600,000 personnel.", ["force_limits"])
    cap_new = make_clause("c1", "The armed forces of Ukraine shall not exceed 800,000 personnel.", ["force_limits"])
    diff = diff_profiles(make_profile("a", [cap_old]), make_profile("b", [cap_new]))
    assert diff.changes[0].kind == "weakened"  # a looser cap binds the capped party less
    aid_old = make_clause("c1", "The Union shall provide EUR 50 billion for reconstruction.", ["economic_aid"])
    aid_new = make_clause("c1", "The Union shall provide EUR 80 billion for reconstruction.", ["economic_aid"])
    diff = diff_profiles(make_profile("a", [aid_old]), make_profile("b", [aid_new]))
    assert diff.changes[0].kind == "strengthened"
