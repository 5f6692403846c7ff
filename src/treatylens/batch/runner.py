"""The batch loop shared by both engines, and the local engine (a process pool).

Flow: a lazy stream of documents -> chunks (documents already stored are dropped, checked
against the store one chunk at a time) -> at most ``capacity`` chunks in flight on the
workers -> finished results buffered briefly and written in one transaction per flush.

Memory is bounded by ``capacity * chunk_docs`` documents plus the write buffer, whatever the
corpus size. A crash (SIGKILL) loses only the documents in flight: those being analysed or
queued, and those analysed but not yet flushed (at most ``flush_seconds`` of work).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol

from treatylens.batch.inputs import DocumentInput
from treatylens.batch.work import DocResult, analyze_chunk, failed, warm_up


@dataclass(frozen=True)
class BatchOptions:
    adversary: str | None = None
    jobs: int = 0  # 0: all cores
    chunk_docs: int = 8  # documents per task: amortises inter-process overhead
    chunk_bytes: int = 2_000_000  # ...but a task never carries more than this many bytes
    flush_docs: int = 256  # write when this many results are waiting
    flush_seconds: float = 1.0  # ...or when the oldest waited this long

    def worker_count(self) -> int:
        return self.jobs if self.jobs > 0 else max(1, os.cpu_count() or 1)


@dataclass
class BatchSummary:
    seen: int = 0  # documents read from the inputs
    skipped: int = 0  # already in the store (or repeated within the run)
    ok: int = 0
    failed: int = 0
    bytes: int = 0  # bytes analysed
    seconds: float = 0.0

    @property
    def analysed(self) -> int:
        return self.ok + self.failed

    def docs_per_second(self) -> float:
        return self.analysed / self.seconds if self.seconds > 0 else 0.0

    def megabytes_per_second(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0


class Progress(Protocol):
    def advance(self, documents: int, nbytes: int) -> None: ...


class NoProgress:
    def advance(self, documents: int, nbytes: int) -> None:
        return None


class Sink(Protocol):
    """Where results go: the DuckDB store (local engine) or Parquet parts (Dask engine)."""

    def existing(self, hashes: list[str]) -> set[str]: ...

    def write(self, results: list[DocResult]) -> list[DocResult]:
        """Store results (one transaction); returns those written, i.e. not already stored."""
        ...


class Engine(Protocol):
    """Runs ``analyze_chunk`` somewhere and hands back futures."""

    capacity: int  # chunks in flight

    def submit(self, chunk: list[DocumentInput], adversary: str | None) -> Any: ...

    def wait_first(self, futures: list[Any], timeout: float | None) -> list[Any]: ...

    def recover(self, error: BaseException) -> None: ...


class LocalEngine:
    """A pool of worker processes on this machine (spawned, so no state leaks in by fork)."""

    def __init__(self, jobs: int, warm: bool = False) -> None:
        self.jobs = jobs
        # one running and three queued per worker: workers stay busy while this process
        # waits for a commit (an fsync can take a few hundred milliseconds)
        self.capacity = 4 * jobs
        self._pool = self._start()
        if warm:  # start every worker now (else lazily, on the first tasks)
            wait([self._pool.submit(warm_up) for _ in range(jobs)])

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"))

    def submit(self, chunk: list[DocumentInput], adversary: str | None) -> Future[list[DocResult]]:
        return self._pool.submit(analyze_chunk, chunk, adversary)

    def wait_first(self, futures: list[Any], timeout: float | None) -> list[Any]:
        done, _ = wait(futures, timeout=timeout, return_when=FIRST_COMPLETED)
        return list(done)

    def recover(self, error: BaseException) -> None:
        if isinstance(error, BrokenProcessPool):  # a worker died (segfault, OOM kill)
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def chunked(
    docs: Iterable[DocumentInput], options: BatchOptions
) -> Iterator[list[DocumentInput]]:
    """Group the stream into tasks of at most ``chunk_docs`` documents and ``chunk_bytes``."""
    chunk: list[DocumentInput] = []
    size = 0
    for doc in docs:
        if chunk and (len(chunk) >= options.chunk_docs or size + len(doc.data) > options.chunk_bytes):
            yield chunk
            chunk, size = [], 0
        chunk.append(doc)
        size += len(doc.data)
    if chunk:
        yield chunk


def run_batch(
    docs: Iterable[DocumentInput],
    sink: Sink,
    engine: Engine,
    options: BatchOptions,
    progress: Progress | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> BatchSummary:
    """Analyse every document not yet in ``sink`` on ``engine``, writing as results arrive."""
    progress = progress or NoProgress()
    summary = BatchSummary()
    started = clock()
    pending_chunks = chunked(docs, options)
    retry: deque[list[DocumentInput]] = deque()  # chunks to resubmit after a worker died
    retried: set[str] = set()  # documents already resubmitted once
    in_flight: dict[Any, list[DocumentInput]] = {}
    buffer: list[DocResult] = []
    buffer_since = clock()
    exhausted = False

    def next_chunk() -> list[DocumentInput] | None:
        nonlocal exhausted
        if retry:
            return retry.popleft()
        while not exhausted:
            chunk = next(pending_chunks, None)
            if chunk is None:
                exhausted = True
                return None
            summary.seen += len(chunk)
            present = sink.existing([d.sha256 for d in chunk])
            fresh = [d for d in chunk if d.sha256 not in present]
            if len(fresh) < len(chunk):
                summary.skipped += len(chunk) - len(fresh)
                progress.advance(len(chunk) - len(fresh), 0)
            if fresh:
                return fresh
        return None

    def flush() -> None:
        nonlocal buffer, buffer_since
        written = sink.write(buffer)
        summary.ok += sum(1 for r in written if r.status == "ok")
        summary.failed += sum(1 for r in written if r.status != "ok")
        # a text repeated within the run is written once: count the repeats as skipped
        summary.skipped += len(buffer) - len(written)
        buffer = []
        buffer_since = clock()

    def lost(chunk: list[DocumentInput], error: BaseException) -> None:
        """A task died: retry its documents one by one, then give up on the one that kills."""
        engine.recover(error)
        for doc in chunk:
            if len(chunk) == 1 and doc.sha256 in retried:
                buffer.append(failed(doc, f"worker process died while analysing it ({type(error).__name__})"))
            else:
                retried.add(doc.sha256)
                retry.append([doc])

    try:
        while True:
            while len(in_flight) < engine.capacity:
                chunk = next_chunk()
                if chunk is None:
                    break
                in_flight[engine.submit(chunk, options.adversary)] = chunk
            if not in_flight and not retry:
                break
            if in_flight:
                wait_for = max(0.0, options.flush_seconds - (clock() - buffer_since)) if buffer else None
                for future in engine.wait_first(list(in_flight), wait_for):
                    chunk = in_flight.pop(future)
                    try:
                        results: list[DocResult] = future.result()
                    except Exception as exc:
                        lost(chunk, exc)
                        continue
                    if not buffer:
                        buffer_since = clock()
                    buffer.extend(results)
                    progress.advance(len(results), sum(len(d.data) for d in chunk))
                    summary.bytes += sum(len(d.data) for d in chunk)
            draining = exhausted and not in_flight and not retry
            if buffer and (
                draining
                or len(buffer) >= options.flush_docs
                or clock() - buffer_since >= options.flush_seconds
            ):
                flush()
    except KeyboardInterrupt:
        if buffer:  # keep what is finished; only the documents being analysed are lost
            flush()
        raise
    if buffer:
        flush()
    summary.seconds = clock() - started
    return summary
