"""Fixtures for the batch tests: tiny corpora on disk."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from treatylens.batch import BatchOptions, run_corpus
from treatylens.batch.synthetic import synthetic_text

from .helpers import corpus_inputs


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder (with a subfolder and an ignored file), a zip and a JSONL with a bad line."""
    tmp_path = tmp_path_factory.mktemp("inputs")
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a_1951.txt").write_text(synthetic_text(1, 2), encoding="utf-8")
    (root / "sub" / "b.md").write_text(synthetic_text(2, 2), encoding="utf-8")
    (root / "notes.csv").write_text("not,a,document\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as archive:
        archive.writestr("c.txt", synthetic_text(3, 2))
        archive.writestr("skip.bin", b"\x00\x01")
    lines = [
        json.dumps({"id": "d", "text": synthetic_text(4, 2), "year": 1994}),
        "{not json",
        json.dumps({"id": "e", "text": synthetic_text(5, 2), "title": "Pact of 1939"}),
        "",
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="session")
def local_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus analysed once by the local engine (a real 2-process pool); read-only use."""
    path = tmp_path_factory.mktemp("local") / "local.duckdb"
    summary = run_corpus(corpus_inputs(corpus), path, BatchOptions(jobs=2, chunk_docs=2))
    assert (summary.ok, summary.failed) == (5, 1)
    return path
