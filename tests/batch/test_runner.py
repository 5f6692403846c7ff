from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from treatylens.batch.inputs import DocumentInput, content_hash
from treatylens.batch.runner import BatchOptions, chunked, run_batch
from treatylens.batch.store import CorpusStore
from treatylens.batch.synthetic import synthetic_text
from treatylens.batch.work import DocResult
from treatylens.pipeline import analyze

from .helpers import InlineEngine


def _docs(n: int) -> list[DocumentInput]:
    out = []
    for i in range(n):
        data = synthetic_text(i, 2).encode()
        out.append(DocumentInput(name=f"n{i}", origin=f"n{i}", data=data, sha256=content_hash(data)))
    return out


class Counter:
    def __init__(self) -> None:
        self.documents = 0
        self.nbytes = 0

    def advance(self, documents: int, nbytes: int) -> None:
        self.documents += documents
        self.nbytes += nbytes


def test_chunks_respect_both_limits() -> None:
    docs = _docs(5)
    options = BatchOptions(chunk_docs=2, chunk_bytes=10**9)
    assert [len(c) for c in chunked(docs, options)] == [2, 2, 1]
    tiny = BatchOptions(chunk_docs=10, chunk_bytes=1)
    assert [len(c) for c in chunked(docs, tiny)] == [1, 1, 1, 1, 1]


def test_a_run_stores_everything_then_a_rerun_skips_it(tmp_path: Path) -> None:
    docs = _docs(6) + _docs(1)  # the last one repeats the first text
    options = BatchOptions(chunk_docs=2, flush_docs=3)
    with CorpusStore.open(tmp_path / "s.duckdb") as store:
        progress = Counter()
        summary = run_batch(iter(docs), store, InlineEngine(), options, progress)
        assert (summary.seen, summary.ok, summary.failed, summary.skipped) == (7, 6, 0, 1)
        assert progress.documents == 7
        assert store.count() == 6
        again = run_batch(iter(docs), store, InlineEngine(), options)
        assert (again.ok, again.skipped) == (0, 7)


def test_a_task_that_kills_its_worker_is_retried_alone_then_recorded(tmp_path: Path) -> None:
    docs = _docs(4)
    engine = InlineEngine(die_on=frozenset({"n1"}))
    with CorpusStore.open(tmp_path / "s.duckdb") as store:
        summary = run_batch(iter(docs), store, engine, BatchOptions(chunk_docs=2))
        assert (summary.ok, summary.failed) == (3, 1)
        row = store.con.execute("SELECT name, status, error FROM documents WHERE status = 'error'").fetchone()
    assert row is not None and row[0] == "n1" and "worker process died" in row[2]
    assert ["n0"] in engine.submitted and ["n1"] in engine.submitted  # retried one by one
    assert engine.recovered == 2  # the chunk, then n1 alone


def test_the_process_pool_gives_the_same_profiles_as_analyze(local_store: Path) -> None:
    with CorpusStore.open(local_store, read_only=True) as store:
        rows = store.con.execute("SELECT name, status, error, profile FROM documents").fetchall()
    by_name = {r[0]: r for r in rows}
    assert len(by_name) == 6
    assert by_name["docs.jsonl:2"][1] == "error"
    assert by_name["d"][3] == analyze(synthetic_text(4, 2).encode(), name="d", analogues=0).to_json(indent=None)


@pytest.mark.parametrize("jobs", [0, 3])
def test_worker_count(jobs: int) -> None:
    assert BatchOptions(jobs=jobs).worker_count() >= 1
    if jobs:
        assert BatchOptions(jobs=jobs).worker_count() == jobs


def test_documents_are_pulled_from_the_stream_only_as_tasks_free_up(tmp_path: Path) -> None:
    docs = _docs(20)
    pulled = 0

    def stream() -> Iterator[DocumentInput]:
        nonlocal pulled
        for doc in docs:
            pulled += 1
            yield doc

    class Watch:
        def __init__(self, store: CorpusStore) -> None:
            self.store = store
            self.pulled_at_writes: list[int] = []

        def existing(self, hashes: list[str]) -> set[str]:
            return self.store.existing(hashes)

        def write(self, results: list[DocResult]) -> list[DocResult]:
            self.pulled_at_writes.append(pulled)
            return self.store.write(results)

    options = BatchOptions(chunk_docs=1, flush_docs=2)
    with CorpusStore.open(tmp_path / "s.duckdb") as store:
        watch = Watch(store)
        summary = run_batch(stream(), watch, InlineEngine(capacity=2), options)
    assert summary.ok == 20
    # in flight: at most capacity x chunk_docs documents plus the write buffer (flush_docs)
    assert watch.pulled_at_writes[0] <= 2 * 1 + 2
    assert len(watch.pulled_at_writes) >= 10
