"""``benchmarks/bench_core.py --quick`` runs end to end and prints every measure (correctness
only: the numbers are not checked, this is not a timed test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_quick_benchmark_runs_and_reports_every_measure() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "bench_core.py"), "--quick", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout[proc.stdout.index("[") :])
    measures = [r["measure"] for r in rows]
    for expected in (
        "pipeline throughput",
        "baseline regex split",
        "pipeline / baseline time",
        "treatylens --help",
    ):
        assert expected in measures
    assert sum(1 for m in measures if m.endswith("-page document")) == 3
    assert any(m.startswith("linearity") for m in measures)
    # every row with a target says PASS or FAIL
    for row in rows:
        assert (row["ok"] is None) == (row["target"] == "")
    assert "PASS" in proc.stdout or "FAIL" in proc.stdout


def test_synthetic_documents_are_deterministic() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import bench_core
    finally:
        sys.path.pop(0)
    first = bench_core.long_document(20_000, seed=3)
    assert first == bench_core.long_document(20_000, seed=3)
    assert len(first) >= 20_000
    assert first != bench_core.long_document(20_000, seed=4)
