"""Helpers for the batch tests: an in-process engine and the tiny corpus layout."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from treatylens.batch.inputs import DocumentInput
from treatylens.batch.work import DocResult, analyze_chunk


class InlineEngine:
    """Runs chunks in this process; ``die_on`` names documents whose task 'kills a worker'."""

    def __init__(self, capacity: int = 2, die_on: frozenset[str] = frozenset()) -> None:
        self.capacity = capacity
        self.die_on = die_on
        self.submitted: list[list[str]] = []
        self.recovered = 0

    def submit(self, chunk: list[DocumentInput], adversary: str | None) -> Future[list[DocResult]]:
        self.submitted.append([d.name for d in chunk])
        future: Future[list[DocResult]] = Future()
        if any(d.name in self.die_on for d in chunk):
            future.set_exception(RuntimeError("worker died"))
        else:
            future.set_result(analyze_chunk(chunk, adversary))
        return future

    def wait_first(self, futures: list[Any], timeout: float | None) -> list[Any]:
        return [f for f in futures if f.done()]

    def recover(self, error: BaseException) -> None:
        self.recovered += 1


def corpus_inputs(base: Path) -> list[Path]:
    return [base / "corpus", base / "more.zip", base / "docs.jsonl"]
