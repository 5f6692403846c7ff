"""The Dask engine: the same analysis on a Dask cluster, results as partitioned Parquet.

The client (this process) streams documents, ships their bytes inside the tasks (workers need
treatylens installed but no shared file system), and writes each flush of results as one
partition: ``<store>.parts/<table>/<partition>.parquet`` for every table. The store's views
union these partitions with its own tables, so queries see one corpus.

A partition is made visible atomically: every table's file is written under a temporary name,
then renamed, ``documents`` last. On the next open, partitions without a ``documents`` file
(a crash between renames) and temporary files are removed, so a killed run never leaves rows
of a document that the store would not also count as stored.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path
from typing import Any

from treatylens.batch.inputs import DocumentInput
from treatylens.batch.schema import TABLES, arrow_table
from treatylens.batch.store import PART_TMP_SUFFIX, CorpusStore, parts_dir
from treatylens.batch.work import DocResult, analyze_chunk, warm_up


class ParquetPartsSink:
    """Writes results as Parquet partitions next to the store; resume checks go to the store."""

    def __init__(self, store: CorpusStore) -> None:
        self.store = store
        self.root = parts_dir(store.path)
        self._attached = any((self.root / "documents").glob("*.parquet"))

    def existing(self, hashes: list[str]) -> set[str]:
        return self.store.existing(hashes)

    def write(self, results: list[DocResult]) -> list[DocResult]:
        present = self.store.existing([r.sha256 for r in results])
        fresh: list[DocResult] = []
        for result in results:
            if result.sha256 not in present:
                present.add(result.sha256)
                fresh.append(result)
        if not fresh:
            return []
        # Named by its content: deterministic, and unique because a document is stored once.
        name = hashlib.sha256("".join(sorted(r.sha256 for r in fresh)).encode()).hexdigest()[:24]
        import pyarrow.parquet as pq

        written: list[tuple[Path, Path]] = []
        for table in TABLES:
            folder = self.root / table
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f"{name}{PART_TMP_SUFFIX}"
            rows = [row for result in fresh for row in result.rows.get(table, [])]
            pq.write_table(arrow_table(table, rows), tmp)
            written.append((tmp, folder / f"{name}.parquet"))
        # documents last: a partition counts as stored only once its documents file exists
        written.sort(key=lambda pair: pair[1].parent.name == "documents")
        for tmp, final in written:
            os.replace(tmp, final)
        if not self._attached:  # the views switch from table-only to table + parts
            self.store.attach_parts()
            self._attached = True
        return fresh


class DaskEngine:
    """Submits chunks to a Dask cluster: a LocalCluster, or the scheduler at ``address``."""

    def __init__(self, jobs: int, address: str | None = None) -> None:
        # distributed is only partly typed: use it through Any
        dist: Any = importlib.import_module("distributed")
        self._dist = dist
        self._cluster: Any = None
        if address is None:
            self._cluster = dist.LocalCluster(
                n_workers=jobs,
                processes=True,
                threads_per_worker=1,
                dashboard_address=None,
            )
            self._client: Any = dist.Client(self._cluster)
        else:
            self._client = dist.Client(address)
        workers = len(self._client.scheduler_info().get("workers", {})) or jobs
        self.capacity = 4 * workers  # as the local engine: busy workers during commits

    def warm(self) -> None:
        """Import the pipeline on every worker now (benchmarks time the analysis only)."""
        self._client.run(warm_up)

    def submit(self, chunk: list[DocumentInput], adversary: str | None) -> Any:
        # pure=False: never let Dask dedupe two tasks by argument hash
        return self._client.submit(analyze_chunk, chunk, adversary, pure=False)

    def wait_first(self, futures: list[Any], timeout: float | None) -> list[Any]:
        try:
            done, _ = self._dist.wait(futures, timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return []
        return list(done)

    def recover(self, error: BaseException) -> None:
        return None  # Dask reschedules lost tasks itself; a task that kills workers fails

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
