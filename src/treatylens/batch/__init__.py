"""Corpus scale: analyse many documents into a queryable DuckDB store.

``run_corpus`` is the one entry point used by ``treatylens batch``; the pieces are
``inputs`` (lazy document stream), ``work`` (what a worker does), ``runner`` (the loop and the
local process pool), ``dask_engine`` (a Dask cluster writing Parquet parts), ``store``
(the DuckDB file) and ``export`` (parquet, csv, jsonl and the ATOP-style table).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Literal

from treatylens.batch.inputs import DOCUMENT_EXTENSIONS, iter_documents
from treatylens.batch.runner import BatchOptions, BatchSummary, LocalEngine, Progress, run_batch
from treatylens.batch.store import CorpusStore

EngineName = Literal["local", "dask"]

#: A Dask run writes a partition when this many results wait, or the oldest waited this long.
DASK_PARTITION_DOCS = 1000
DASK_PARTITION_SECONDS = 5.0

__all__ = ["BatchOptions", "BatchSummary", "EngineName", "dask_options", "run_corpus"]


def dask_options(options: BatchOptions) -> BatchOptions:
    """Each Dask flush is a Parquet partition (five files): fewer, larger ones keep the views
    fast, at the price of a few more seconds of finished work lost to a crash."""
    return replace(
        options,
        flush_docs=max(options.flush_docs, DASK_PARTITION_DOCS),
        flush_seconds=max(options.flush_seconds, DASK_PARTITION_SECONDS),
    )


def run_corpus(
    inputs: Sequence[Path],
    store_path: Path,
    options: BatchOptions,
    *,
    engine: EngineName = "local",
    scheduler: str | None = None,
    extensions: Sequence[str] = DOCUMENT_EXTENSIONS,
    progress: Progress | None = None,
) -> BatchSummary:
    """Analyse every document in ``inputs`` not yet in the store at ``store_path``."""
    with CorpusStore.open(store_path) as store:
        store.require_setting("adversary", options.adversary, "--adversary")
        docs = iter_documents(inputs, extensions)
        if engine == "dask":
            from treatylens.batch.dask_engine import DaskEngine, ParquetPartsSink

            dask = DaskEngine(options.worker_count(), scheduler)
            try:
                return run_batch(docs, ParquetPartsSink(store), dask, dask_options(options), progress)
            finally:
                dask.close()
        local = LocalEngine(options.worker_count())
        try:
            return run_batch(docs, store, local, options, progress)
        finally:
            local.close()
