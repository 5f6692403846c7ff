from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from treatylens.batch.inputs import DocumentInput, content_hash
from treatylens.batch.schema import STORE_SCHEMA_VERSION
from treatylens.batch.store import CorpusStore, is_store
from treatylens.batch.synthetic import synthetic_text
from treatylens.batch.work import DocResult, analyze_document
from treatylens.errors import InputError


def _result(index: int) -> DocResult:
    data = synthetic_text(index, 2).encode()
    doc = DocumentInput(name=f"d{index}", origin=f"d{index}", data=data, sha256=content_hash(data))
    return analyze_document(doc, None)


def test_a_new_store_has_its_schema_version_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with CorpusStore.open(path) as store:
        assert store.con.execute("SELECT format, version FROM schema_version").fetchall() == [
            ("treatylens-corpus", STORE_SCHEMA_VERSION)
        ]
        names = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"documents", "clauses", "labels", "conditions", "obligors", "beneficiaries", "limits",
            "flags", "scorecards", "parties", "schema_version"} <= names
    assert is_store(path)


def test_writes_are_deduplicated_by_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    one, two = _result(1), _result(2)
    with CorpusStore.open(path) as store:
        assert len(store.write([one, two, one])) == 2
        assert store.write([one]) == []
        assert store.count() == 2
        n = store.con.execute("SELECT count(*) FROM clauses").fetchone()
        expected = sum(len(r.rows["clauses"]) for r in (one, two))
        assert n == (expected,)
        assert store.existing([one.sha256, "f" * 64]) == {one.sha256}


@pytest.mark.parametrize("content", [b"my thesis notes\n", b""])
def test_a_user_file_is_never_overwritten(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(InputError, match="not a treatylens store"):
        CorpusStore.open(path)
    assert path.read_bytes() == content


def test_a_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match="not a treatylens store"):
        CorpusStore.open(path)
    assert path.read_bytes() == before
    assert not is_store(path)


def test_reading_a_missing_store_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such store"):
        CorpusStore.open(tmp_path / "none.duckdb", read_only=True)


def test_run_options_are_fixed_for_the_life_of_the_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with CorpusStore.open(path) as store:
        store.require_setting("adversary", "RUS", "--adversary")
    with CorpusStore.open(path) as store:
        store.require_setting("adversary", "RUS", "--adversary")
        with pytest.raises(InputError, match="--adversary RUS"):
            store.require_setting("adversary", None, "--adversary")


def test_read_only_connections_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    CorpusStore.open(path).close()
    with CorpusStore.open(path, read_only=True) as store, pytest.raises(duckdb.Error):
        store.con.execute("DELETE FROM stored.documents")


def test_every_example_query_runs(local_store: Path) -> None:
    from treatylens.batch.queries import EXAMPLE_QUERIES

    with CorpusStore.open(local_store, read_only=True) as store:
        for sql in EXAMPLE_QUERIES.values():
            store.con.execute(sql).fetchall()  # raises on a broken query
        failed = store.con.execute(EXAMPLE_QUERIES["failed_documents"]).fetchall()
    assert [row[0] for row in failed] == ["docs.jsonl:2"]


def test_the_decade_query_groups_guarantor_agreements(tmp_path: Path) -> None:
    from treatylens.batch.queries import EXAMPLE_QUERIES

    path = tmp_path / "s.duckdb"
    results = [_result(i) for i in range(3)]
    for result, year, guarantor in zip(results, (1994, 1999, 2014), (True, True, True), strict=True):
        row = list(result.rows["documents"][0])
        row[4], row[8] = year, guarantor
        result.rows["documents"][0] = tuple(row)
    with CorpusStore.open(path) as store:
        store.write(results)
        decades = store.con.execute(EXAMPLE_QUERIES["adversary_guarantor_by_decade"]).fetchall()
    assert [(d, n) for d, n, _ in decades] == [(1990, 2), (2010, 1)]


def test_an_empty_duckdb_file_from_an_interrupted_creation_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    duckdb.connect(str(path)).close()  # what a kill during creation leaves: no tables at all
    with CorpusStore.open(path) as store:
        assert store.count() == 0
    assert is_store(path)
