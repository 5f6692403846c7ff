"""Batch benchmarks, ratios printed in one run.

    python benchmarks/bench_batch.py            # full: targets checked, numbers for docs/batch.md
    python benchmarks/bench_batch.py --quick    # tiny sizes: correctness only (exit 1 on a mismatch)

Measures
1. throughput (docs/s, MB/s) of the local engine with 1 and 2 jobs -> scaling ratio;
2. the Dask LocalCluster (2 workers) against the local engine (2 jobs) -> time ratio, and that
   both give identical profile JSON per document;
3. peak memory (coordinator and largest worker) for a small and a large synthetic corpus,
   each in a fresh process -> ratio;
4. query latency of the documented example queries on a store of >= N clauses.

Worker start-up is excluded from throughput (pools and clusters are started and warmed
first); everything else (reading, hashing, resume checks, analysis, writes) is included.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from treatylens.batch import dask_options
from treatylens.batch.dask_engine import DaskEngine, ParquetPartsSink
from treatylens.batch.inputs import DocumentInput, content_hash, iter_documents
from treatylens.batch.queries import EXAMPLE_QUERIES
from treatylens.batch.runner import BatchOptions, BatchSummary, LocalEngine, run_batch
from treatylens.batch.store import CorpusStore
from treatylens.batch.synthetic import synthetic_text, write_jsonl
from treatylens.batch.work import DocResult, analyze_document


def _profiles(path: Path) -> dict[str, str]:
    with CorpusStore.open(path, read_only=True) as store:
        rows = store.con.execute("SELECT sha256, profile FROM documents").fetchall()
    return {str(sha): str(profile) for sha, profile in rows}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _local(corpus: Path, store: Path, jobs: int) -> tuple[BatchSummary, float]:
    """The run, and the share of ``jobs`` cores its workers actually got (1.0 = all of them).

    On a machine busy with other work the share drops below 1 and wall-clock scaling with it;
    the share tells the engine's overhead apart from the machine's load.
    """
    engine = LocalEngine(jobs, warm=True)
    cpu_before = _children_cpu()
    try:
        with CorpusStore.open(store) as sink:
            summary = run_batch(iter_documents([corpus]), sink, engine, BatchOptions(jobs=jobs))
    finally:
        engine.close()  # joins the workers, so their CPU time is counted
    return summary, (_children_cpu() - cpu_before) / (jobs * summary.seconds)


def _dask(corpus: Path, store: Path, jobs: int) -> BatchSummary:
    engine = DaskEngine(jobs)
    try:
        engine.warm()
        with CorpusStore.open(store) as sink:
            return run_batch(
                iter_documents([corpus]),
                ParquetPartsSink(sink),
                engine,
                dask_options(BatchOptions(jobs=jobs)),
            )
    finally:
        engine.close()


def _rate(summary: BatchSummary) -> str:
    return (
        f"{summary.analysed} docs in {summary.seconds:.2f} s: {summary.docs_per_second():.1f} docs/s, "
        f"{summary.megabytes_per_second():.3f} MB/s"
    )


def throughput(work: Path, docs: int, report: dict[str, Any]) -> bool:
    corpus = write_jsonl(work / "throughput.jsonl", docs)
    one, one_share = _local(corpus, work / "j1.duckdb", 1)
    two, two_share = _local(corpus, work / "j2.duckdb", 2)
    dask = _dask(corpus, work / "dask.duckdb", 2)
    scaling = two.docs_per_second() / one.docs_per_second()
    dask_ratio = dask.seconds / two.seconds
    identical = _profiles(work / "j2.duckdb") == _profiles(work / "dask.duckdb") == _profiles(
        work / "j1.duckdb"
    )
    print(f"local, 1 job : {_rate(one)}; the worker got {one_share:.0%} of a core")
    print(f"local, 2 jobs: {_rate(two)}; the workers got {two_share:.0%} of 2 cores")
    print(f"dask, 2 workers (LocalCluster): {_rate(dask)}")
    print(f"scaling 2 jobs / 1 job: {scaling:.2f}x (target >= 1.7x)")
    print(f"dask time / local time: {dask_ratio:.2f}x (target <= 1.5x)")
    print(f"identical profiles (1 job, 2 jobs, dask): {identical}")
    report.update(
        docs=docs,
        one_job_docs_per_s=one.docs_per_second(),
        two_jobs_docs_per_s=two.docs_per_second(),
        one_job_mb_per_s=one.megabytes_per_second(),
        two_jobs_mb_per_s=two.megabytes_per_second(),
        dask_docs_per_s=dask.docs_per_second(),
        scaling=scaling,
        one_job_core_share=one_share,
        two_jobs_core_share=two_share,
        dask_ratio=dask_ratio,
        identical=identical,
    )
    return identical and one.analysed == two.analysed == dask.analysed == docs


_MEMORY_RUN = """
import json, resource, sys
from pathlib import Path
from treatylens.batch import BatchOptions, run_corpus
from treatylens.batch.synthetic import write_jsonl

if __name__ == "__main__":
    work, n = Path(sys.argv[1]), int(sys.argv[2])
    corpus = write_jsonl(work / f"mem{n}.jsonl", n, articles=1)
    summary = run_corpus([corpus], work / f"mem{n}.duckdb", BatchOptions(jobs=2))
    rss_end_kb = None
    status = Path("/proc/self/status")
    if status.exists():  # resident memory now, after the whole corpus went through
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss_end_kb = int(line.split()[1])
    print(json.dumps({
        "analysed": summary.analysed,
        "main_end_kb": rss_end_kb,
        "main_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "worker_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        "seconds": summary.seconds,
    }))
"""


def memory(work: Path, small: int, large: int, report: dict[str, Any]) -> bool:
    script = work / "memory_run.py"
    script.write_text(_MEMORY_RUN, encoding="utf-8")
    peaks: dict[int, dict[str, Any]] = {}
    for n in (small, large):
        out = subprocess.run(
            [sys.executable, str(script), str(work), str(n)], capture_output=True, text=True, check=True
        ).stdout
        peaks[n] = json.loads(out.strip().splitlines()[-1])
        p = peaks[n]
        end = f", {p['main_end_kb'] / 1024:.0f} MB at the end" if p.get("main_end_kb") else ""
        print(
            f"{n:>6} docs: coordinator peak {p['main_kb'] / 1024:.0f} MB{end}, largest worker "
            f"{p['worker_kb'] / 1024:.0f} MB ({p['analysed']} analysed in {p['seconds']:.1f} s)"
        )
    ratio = peaks[large]["main_kb"] / peaks[small]["main_kb"]
    worker_ratio = peaks[large]["worker_kb"] / peaks[small]["worker_kb"]
    print(f"peak memory {large} / {small} docs: coordinator {ratio:.2f}x, worker {worker_ratio:.2f}x "
          "(target: ~1x)")
    report.update(memory=peaks, memory_ratio=ratio, worker_memory_ratio=worker_ratio)
    return all(peaks[n]["analysed"] == n for n in peaks)


def _replicas(base: list[DocResult], copies: int) -> list[DocResult]:
    out = []
    for k in range(copies):
        for result in base:
            sha = content_hash(f"{result.sha256}:{k}".encode())
            doc_id = sha[:16]
            rows: dict[str, list[tuple[Any, ...]]] = {}
            for table, table_rows in result.rows.items():
                rows[table] = [(doc_id, *row[1:]) for row in table_rows]
            document = list(rows["documents"][0])
            document[1] = sha
            document[4] = 1900 + (k * 7) % 125  # spread the years over the decades
            document[8] = k % 3 == 0  # some adversary-guarantor agreements
            rows["documents"] = [tuple(document)]
            out.append(DocResult(sha256=sha, status=result.status, rows=rows))
    return out


def queries(work: Path, clauses: int, report: dict[str, Any]) -> bool:
    base = []
    for i in range(20):
        data = synthetic_text(i).encode()
        base.append(analyze_document(DocumentInput(str(i), str(i), data, content_hash(data)), None))
    per_copy = sum(len(r.rows.get("clauses", [])) for r in base)
    copies = -(-clauses // per_copy)
    path = work / "query.duckdb"
    with CorpusStore.open(path) as store:
        batch = _replicas(base, copies)
        for start in range(0, len(batch), 500):
            store.write(batch[start : start + 500])
    with CorpusStore.open(path, read_only=True) as store:
        total = store.con.execute("SELECT count(*) FROM clauses").fetchone()
        n_clauses = int(total[0]) if total else 0
        print(f"query latency on {n_clauses} clauses, {len(batch)} documents (median of 5):")
        latencies = {}
        for name, sql in EXAMPLE_QUERIES.items():
            times = []
            for _ in range(5):
                start = time.perf_counter()
                store.con.execute(sql).fetchall()
                times.append(time.perf_counter() - start)
            latencies[name] = statistics.median(times) * 1000
            print(f"  {name}: {latencies[name]:.1f} ms")
    report.update(query_clauses=n_clauses, query_ms=latencies)
    return n_clauses >= clauses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, correctness only")
    parser.add_argument("--docs", type=int, default=200, help="corpus size for throughput")
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=10_000)
    parser.add_argument("--clauses", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    parser.add_argument(
        "--only", choices=["throughput", "memory", "queries"], action="append",
        help="run only these parts (repeatable)",
    )
    args = parser.parse_args()
    if args.quick:
        args.docs, args.small, args.large, args.clauses = 8, 10, 30, 2_000
    report: dict[str, Any] = {"quick": args.quick, "cpus": os.cpu_count()}
    load = os.getloadavg()[0]
    print(f"cpus {os.cpu_count()}, load average {load:.1f} at start")
    if load > (os.cpu_count() or 1) * 0.5:
        print("warning: the machine is busy; scaling and Dask ratios will be understated")
    ok = True
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        work = Path(tmp)
        parts = args.only or ["throughput", "memory", "queries"]
        if "throughput" in parts:
            print("== throughput")
            ok &= throughput(work, args.docs, report)
        if "memory" in parts:
            print("== peak memory")
            ok &= memory(work, args.small, args.large, report)
        if "queries" in parts:
            print("== queries")
            ok &= queries(work, args.clauses, report)
    report["load_average_end"] = os.getloadavg()[0]
    print(f"load average {report['load_average_end']:.1f} at end")
    print(f"total {time.perf_counter() - started:.0f} s; correctness {'ok' if ok else 'FAILED'}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    report["bench_peak_kb"] = usage.ru_maxrss
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
