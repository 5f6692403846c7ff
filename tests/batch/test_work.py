from __future__ import annotations

import pytest

from treatylens.batch.inputs import DocumentInput, content_hash
from treatylens.batch.schema import TABLES
from treatylens.batch.synthetic import synthetic_text
from treatylens.batch.work import analyze_document, doc_id_of
from treatylens.model import Profile
from treatylens.pipeline import analyze


def _doc(text: str, name: str = "t.txt") -> DocumentInput:
    data = text.encode()
    return DocumentInput(name=name, origin=name, data=data, sha256=content_hash(data))


def test_rows_fit_the_schema_and_keep_the_profile_exactly() -> None:
    doc = _doc(synthetic_text(7, 3))
    result = analyze_document(doc, None)
    assert result.status == "ok"
    for table, rows in result.rows.items():
        assert all(len(row) == len(TABLES[table]) for row in rows), table
    (document,) = result.rows["documents"]
    assert document[0] == doc_id_of(doc.sha256)
    stored = Profile.from_json(document[-1])
    assert stored.to_json() == analyze(doc.data, name="t.txt", analogues=0).to_json()
    assert len(result.rows["clauses"]) == len(stored.clauses) == document[14]
    assert [r[1] for r in result.rows["scorecards"]] == [d for d, _ in stored.scorecard.items()]


def test_input_errors_become_error_rows() -> None:
    result = analyze_document(_doc(""), None)
    assert result.status == "error"
    (row,) = result.rows["documents"]
    assert row[10] == "error" and row[11]
    assert set(result.rows) == {"documents"}


def test_a_pipeline_crash_is_recorded_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> Profile:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr("treatylens.pipeline.analyze", broken)
    result = analyze_document(_doc("Article 1. The Parties shall consult."), None)
    assert result.status == "error"
    assert result.rows["documents"][0][11] == "ZeroDivisionError: boom"


def test_a_document_that_could_not_be_read_is_not_analysed() -> None:
    doc = DocumentInput(name="x", origin="x", data=b"", sha256="0" * 64, error="cannot read file")
    result = analyze_document(doc, None)
    assert result.rows["documents"][0][11] == "cannot read file"
