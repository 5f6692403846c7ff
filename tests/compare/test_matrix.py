from __future__ import annotations

import csv
import io
import json

from treatylens.compare import compare_profiles, render_comparison

from .conftest import make_clause, make_profile


def _profiles() -> list:
    strong = make_profile("strong.txt", [
        make_clause("c1", "Each Party shall immediately render all assistance.", ["defence"], modality="binding",
                    automaticity="automatic", trigger="armed_attack", section="Article 3"),
        make_clause("c2", "Each Party may assist.", ["defence"], modality="none", automaticity="discretionary",
                    trigger="armed_attack", section="Article 4"),
    ], score=80, adversary="RUS")
    weak = make_profile("weak.txt", [
        make_clause("c1", "The Participants will consult.", ["consultation"], modality="hortatory",
                    automaticity="consult_first", trigger="armed_attack"),
    ], flags=("no_defence_clause", "consultation_only"), score=20, legal_form="declaration")
    return [strong, weak]


def test_matrix_rows_and_cells() -> None:
    comparison = compare_profiles(_profiles())
    rows = {(r.group, r.key): r for r in comparison.rows}
    assert [d.name for d in comparison.documents] == ["strong.txt", "weak.txt"]
    assert rows[("document", "legal_form")].values == ["treaty", "declaration"]
    assert rows[("scorecard", "obligation")].values == [80, 20]
    assert rows[("red_flags", "consultation_only")].values == [False, True]
    defence = rows[("duties", "defence")]
    assert defence.values[0] == "binding, automatic, on armed_attack (Article 3) +1"
    assert defence.values[1] is None
    assert defence.clause_ids == [["c1"], []]


def test_formats() -> None:
    comparison = compare_profiles(_profiles(), names=["A", "B"])
    data = json.loads(render_comparison(comparison, "json"))
    assert [d["name"] for d in data["documents"]] == ["A", "B"]
    rows = list(csv.reader(io.StringIO(render_comparison(comparison, "csv"))))
    assert rows[0] == ["group", "row", "A", "B"]
    assert ["red_flags", "no_defence_clause", "no", "yes"] in rows
    md = render_comparison(comparison, "md")
    assert md.splitlines()[0] == "| group | row | A | B |"
    text = render_comparison(comparison, "text")
    assert "no_defence_clause" in text and "A" in text
