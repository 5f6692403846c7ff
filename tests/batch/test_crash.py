"""Crash safety: SIGKILL a real batch run mid-way, reopen the store, resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from treatylens.batch.inputs import iter_documents
from treatylens.batch.runner import BatchOptions, run_batch
from treatylens.batch.store import CorpusStore
from treatylens.batch.synthetic import synthetic_text, write_jsonl
from treatylens.pipeline import analyze

from .helpers import InlineEngine

N_DOCS = 16
ARTICLES = 2

_RUN = """
import sys
from pathlib import Path
from treatylens.batch import BatchOptions, run_corpus
options = BatchOptions(jobs=2, chunk_docs=1, flush_docs=2, flush_seconds=0.01)
run_corpus([Path(sys.argv[1])], Path(sys.argv[2]), options)
"""


def _wait_for_first_commit(wal: Path, proc: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 0:
            return
        time.sleep(0.005)
    pytest.fail("the run ended or stalled before its first commit")


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_sigkill_mid_run_loses_only_documents_in_flight(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", N_DOCS, articles=ARTICLES)
    store_path = tmp_path / "corpus.duckdb"
    with CorpusStore.open(store_path) as store:  # created and checkpointed: no WAL yet
        store.require_setting("adversary", None, "--adversary")
    wal = store_path.with_name(store_path.name + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0

    proc = subprocess.Popen(
        [sys.executable, "-c", _RUN, str(corpus), str(store_path)],
        start_new_session=True,  # its own process group: the kill reaches the workers too
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_first_commit(wal, proc, timeout=60)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with CorpusStore.open(store_path) as store:
        stored = store.count()
        assert 0 < stored < N_DOCS
        # every stored document is whole: all its clause rows are there, none twice
        broken = store.con.execute(
            "SELECT d.name FROM documents d LEFT JOIN "
            "(SELECT doc_id, count(*) AS n FROM clauses GROUP BY doc_id) c USING (doc_id) "
            "WHERE d.status = 'ok' AND coalesce(c.n, 0) <> d.n_clauses"
        ).fetchall()
        assert broken == []
        summary = run_batch(iter_documents([corpus]), store, InlineEngine(), BatchOptions())
        assert summary.skipped == stored
        assert summary.ok == N_DOCS - stored
        assert store.count() == N_DOCS
        dupes = store.con.execute("SELECT count(*) - count(DISTINCT sha256) FROM documents").fetchone()
        assert dupes == (0,)
        first = store.con.execute("SELECT profile FROM documents WHERE name = 'syn-000000'").fetchone()
    assert first is not None
    assert first[0] == analyze(synthetic_text(0, ARTICLES).encode(), name="syn-000000", analogues=0).to_json(indent=None)
