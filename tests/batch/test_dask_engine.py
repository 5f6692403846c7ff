"""The Dask engine on a 2-worker LocalCluster gives the local engine's results, as Parquet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from treatylens.batch import BatchOptions, run_corpus
from treatylens.batch.store import CorpusStore, clean_parts, parts_dir

from .helpers import corpus_inputs

pytest.importorskip("distributed")

_COMPARE = {
    "documents": "SELECT sha256, name, year, status, error, profile FROM documents ORDER BY sha256",
    "clauses": "SELECT * FROM clauses ORDER BY doc_id, ord",
    "flags": "SELECT * FROM flags ORDER BY ALL",
    "scorecards": "SELECT * FROM scorecards ORDER BY ALL",
    "labels": "SELECT * FROM labels ORDER BY ALL",
}


def _snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with CorpusStore.open(path, read_only=True) as store:
        return {name: store.con.execute(sql).fetchall() for name, sql in _COMPARE.items()}


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """One LocalCluster of 2 worker processes for the module (starting one takes seconds)."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield str(cluster.scheduler_address)


def test_dask_local_cluster_matches_the_local_engine(
    corpus: Path, local_store: Path, tmp_path: Path, scheduler: str
) -> None:
    options = BatchOptions(jobs=2, chunk_docs=2)
    dask_store = tmp_path / "dask.duckdb"
    summary = run_corpus(
        corpus_inputs(corpus), dask_store, options, engine="dask", scheduler=scheduler
    )
    assert (summary.ok, summary.failed) == (5, 1)

    parts = parts_dir(dask_store)
    assert sorted(p.name for p in parts.iterdir()) == sorted(
        ["clauses", "documents", "flags", "parties", "scorecards"]
    )
    assert list((parts / "documents").glob("*.parquet"))
    with CorpusStore.open(dask_store, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM stored.documents").fetchone() == (0,)
    assert _snapshot(dask_store) == _snapshot(local_store)

    # resumable: every document is found in the attached parts (checked by the local
    # engine, which starts no worker when there is nothing to analyse)
    again = run_corpus(corpus_inputs(corpus), dask_store, options)
    assert (again.ok, again.skipped) == (0, 6)


def test_half_written_partitions_are_cleaned_on_open(tmp_path: Path) -> None:
    store_path = tmp_path / "s.duckdb"
    parts = parts_dir(store_path)
    for table in ("documents", "clauses"):
        (parts / table).mkdir(parents=True)
    (parts / "documents" / "good.parquet").write_bytes(b"x")
    (parts / "clauses" / "good.parquet").write_bytes(b"x")
    (parts / "clauses" / "orphan.parquet").write_bytes(b"x")  # its documents file never landed
    (parts / "documents" / "late.parquet.tmp").write_bytes(b"x")
    clean_parts(store_path)
    assert sorted(p.name for p in parts.rglob("*") if p.is_file()) == ["good.parquet", "good.parquet"]


def test_the_cli_runs_on_a_scheduler(
    corpus: Path,
    local_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    scheduler: str,
) -> None:
    from treatylens.cli import main

    store = tmp_path / "remote.duckdb"
    main(["batch", str(corpus / "docs.jsonl"), "--store", str(store), "-q",
          "--engine", "dask", "--scheduler", scheduler])
    assert "2 ok, 1 failed" in capsys.readouterr().out
    # the JSONL's documents, exactly as the local engine stored them
    local_docs = {row[0]: row for row in _snapshot(local_store)["documents"]}
    got = _snapshot(store)["documents"]
    assert len(got) == 3
    assert all(local_docs[row[0]] == row for row in got)
