"""Core benchmark: throughput, memory and start-up time of the treatylens pipeline.

Run ``python benchmarks/bench_core.py`` (full, about a minute) or ``--quick`` (a few seconds).
It builds a deterministic corpus from the bundled examples in ``benchmarks/_data/`` (git-ignored),
then measures on one core:

* throughput of the full pipeline (load, segment, extract, assess, JSON) in MB/s and clauses/s,
  beside a baseline measured in the same run on the same text: a bare regular-expression
  sentence split;
* peak memory of one synthetic long document (150, 300 and 600 pages) in a fresh subprocess
  (``tracemalloc`` peak of the analysis and the process's ``ru_maxrss``), to show linearity;
* wall time of ``treatylens --help`` (best of 5).

It prints a table with PASS/FAIL per target and exits 0: it is a benchmark, not a test.
See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
EXAMPLES = REPO / "examples"
DATA = HERE / "_data"

#: A printed page of a treaty holds about this many characters.
PAGE_CHARS = 3000

TARGET_MB_PER_S = 1.0
TARGET_RATIO = 20.0
TARGET_PEAK_MB = 200.0
TARGET_HELP_S = 0.3
#: Peak memory per page may grow by at most this factor from 150 to 600 pages ("linear").
LINEARITY_SLACK = 1.5

_BASELINE_SPLIT = re.compile(r"(?<=[.;:!?])\s+")
_ARTICLE = re.compile(r"^(Article) (\d+)", re.MULTILINE)


# --------------------------------------------------------------------------- corpus


def _sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((HERE / "fixtures").glob("*.txt"))]
    if not texts:
        raise SystemExit("no example texts found in examples/")
    return texts


_END_OF_ARTICLES = re.compile(r"^(?:Signed|Done|For the|IN WITNESS)", re.MULTILINE)


def article_chunks() -> list[str]:
    """Every "Article N" block of the example agreements (signature blocks left out)."""
    chunks: list[str] = []
    for text in _sources():
        end = _END_OF_ARTICLES.search(text)
        body = text[: end.start()] if end else text
        starts = [m.start() for m in _ARTICLE.finditer(body)]
        ends = [*starts[1:], len(body)] if starts else []
        chunks += [body[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    if not chunks:
        raise SystemExit("no 'Article N' blocks in the example texts")
    return chunks


def long_document(chars: int, seed: int = 0) -> str:
    """A synthetic agreement of about ``chars`` characters: the examples' articles, drawn
    deterministically and renumbered, under one title and preamble."""
    rng = random.Random(seed)
    chunks = article_chunks()
    head = (
        "TREATY ON MUTUAL SECURITY AND ASSISTANCE\n\nThe High Contracting Parties,\n\n"
        "Recalling their common commitment to peace,\n\nHave agreed as follows:\n\n"
    )
    parts = [head]
    size = len(head)
    number = 0
    while size < chars:
        number += 1
        chunk = _ARTICLE.sub(f"Article {number}", rng.choice(chunks), count=1) + "\n\n"
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def build_corpus(total_bytes: int, doc_chars: int) -> list[Path]:
    """Write documents of ``doc_chars`` until ``total_bytes``; reuse files already built."""
    DATA.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    written = 0
    index = 0
    while written < total_bytes:
        path = DATA / f"corpus_{doc_chars}_{index:03d}.txt"
        if not path.exists():
            path.write_text(long_document(doc_chars, seed=index), encoding="utf-8")
        paths.append(path)
        written += path.stat().st_size
        index += 1
    return paths


# --------------------------------------------------------------------------- measures


@dataclass
class Row:
    measure: str
    value: str
    target: str
    ok: bool | None  # None: informative, no target


def throughput(paths: list[Path]) -> tuple[list[Row], dict[str, float]]:
    from treatylens.pipeline import analyze

    texts = [p.read_text(encoding="utf-8") for p in paths]
    total_mb = sum(len(p.read_bytes()) for p in paths) / 1e6

    start = time.perf_counter()
    pieces = 0
    for text in texts:
        pieces += len(_BASELINE_SPLIT.split(text))
    baseline_s = time.perf_counter() - start

    clauses = 0
    start = time.perf_counter()
    for path in paths:
        profile = analyze(path)
        profile.to_json()
        clauses += len(profile.clauses)
    pipeline_s = time.perf_counter() - start

    mb_s = total_mb / pipeline_s
    ratio = pipeline_s / baseline_s if baseline_s > 0 else float("inf")
    numbers = {
        "mb": total_mb,
        "pipeline_s": pipeline_s,
        "baseline_s": baseline_s,
        "clauses": clauses,
    }
    rows = [
        Row("corpus", f"{total_mb:.2f} MB in {len(paths)} documents", "", None),
        Row(
            "pipeline throughput",
            f"{mb_s:.2f} MB/s ({clauses / pipeline_s:,.0f} clauses/s)",
            f">= {TARGET_MB_PER_S} MB/s",
            mb_s >= TARGET_MB_PER_S,
        ),
        Row(
            "baseline regex split",
            f"{total_mb / baseline_s:.1f} MB/s ({pieces:,} pieces)",
            "",
            None,
        ),
        Row(
            "pipeline / baseline time",
            f"{ratio:.1f}x",
            f"<= {TARGET_RATIO:.0f}x",
            ratio <= TARGET_RATIO,
        ),
    ]
    return rows, numbers


_MEMORY_PROBE = r"""
import json, resource, sys, time, tracemalloc
from pathlib import Path
from treatylens.pipeline import analyze
path = Path(sys.argv[1])
tracemalloc.start()
start = time.perf_counter()
profile = analyze(path)
profile.to_json()
elapsed = time.perf_counter() - start
_, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"peak": peak, "rss_kb": rss_kb, "seconds": elapsed, "clauses": len(profile.clauses)}))
"""


def memory(pages: list[int]) -> tuple[list[Row], dict[int, dict[str, float]]]:
    DATA.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, float]] = {}
    for n in pages:
        path = DATA / f"pages_{n}.txt"
        if not path.exists():
            path.write_text(long_document(n * PAGE_CHARS, seed=1000 + n), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise SystemExit(
                f"memory probe failed for {n} pages: {proc.stderr.strip().splitlines()[-1:]}"
            )
        results[n] = json.loads(proc.stdout)
    rows: list[Row] = []
    for n in pages:
        r = results[n]
        peak_mb = r["peak"] / 1e6
        rss_mb = r["rss_kb"] / 1024
        target = TARGET_PEAK_MB if n == 300 else None
        rows.append(
            Row(
                f"{n}-page document",
                f"peak {peak_mb:.1f} MB traced, {rss_mb:.0f} MB RSS, {r['seconds']:.2f} s, {int(r['clauses'])} clauses",
                f"RSS < {TARGET_PEAK_MB:.0f} MB" if target else "",
                rss_mb < TARGET_PEAK_MB if target else None,
            )
        )
    if len(pages) >= 2:
        small, large = min(pages), max(pages)
        per_page_growth = (results[large]["peak"] / large) / (results[small]["peak"] / small)
        time_growth = (results[large]["seconds"] / large) / (results[small]["seconds"] / small)
        rows.append(
            Row(
                f"linearity {small}->{large} pages",
                f"memory/page x{per_page_growth:.2f}, time/page x{time_growth:.2f}",
                f"both <= x{LINEARITY_SLACK}",
                per_page_growth <= LINEARITY_SLACK and time_growth <= LINEARITY_SLACK,
            )
        )
    return rows, results


def help_time(repeats: int = 5) -> Row:
    script = Path(sys.executable).with_name("treatylens")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "treatylens"]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([*command, "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return Row(
        "treatylens --help",
        f"{best * 1000:.0f} ms (best of {repeats})",
        f"< {TARGET_HELP_S * 1000:.0f} ms",
        best < TARGET_HELP_S,
    )


# --------------------------------------------------------------------------- main


def print_table(rows: list[Row]) -> None:
    widths = [
        max(len(r.measure) for r in rows),
        max(len(r.value) for r in rows),
        max(len(r.target) for r in rows),
    ]
    for r in rows:
        verdict = "" if r.ok is None else ("PASS" if r.ok else "FAIL")
        print(
            f"{r.measure:<{widths[0]}}  {r.value:<{widths[1]}}  {r.target:<{widths[2]}}  {verdict}".rstrip()
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small corpus and documents (a few seconds)"
    )
    parser.add_argument("--json", action="store_true", help="also print the rows as JSON")
    parser.add_argument(
        "--corpus-mb",
        type=float,
        default=None,
        help="throughput corpus size (default 20.5 MB; quick 0.04)",
    )
    args = parser.parse_args(argv)

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    corpus_bytes, doc_chars, pages = (
        (40_000, 20_000, [1, 2, 4]) if args.quick else (20_500_000, 1_000_000, [150, 300, 600])
    )
    if args.corpus_mb is not None:
        corpus_bytes = int(args.corpus_mb * 1_000_000)
        doc_chars = min(doc_chars, corpus_bytes)
    rows: list[Row] = []
    throughput_rows, _ = throughput(build_corpus(corpus_bytes, doc_chars))
    rows += throughput_rows
    memory_rows, _ = memory(pages)
    rows += memory_rows
    rows.append(help_time(repeats=2 if args.quick else 5))

    print(
        f"treatylens core benchmark ({'quick' if args.quick else 'full'}; one core; Python {sys.version.split()[0]})"
    )
    print_table(rows)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
