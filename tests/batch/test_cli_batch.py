from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatylens.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_batch_then_query_then_export(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "c.duckdb"
    code, out, _ = _run(capsys, "batch", str(corpus / "docs.jsonl"), "--store", str(store), "-j", "1", "-q")
    assert code == 0 and "2 ok, 1 failed" in out
    code, out, _ = _run(capsys, "batch", str(corpus / "docs.jsonl"), "--store", str(store), "-j", "1", "-q")
    assert code == 0 and "3 already stored" in out

    sql = "SELECT name, year, status FROM documents ORDER BY name"
    code, out, _ = _run(capsys, "query", sql, "--store", str(store), "--format", "json")
    assert code == 0
    assert [(r["name"], r["year"], r["status"]) for r in json.loads(out)] == [
        ("d", 1994, "ok"), ("docs.jsonl:2", None, "error"), ("e", 1939, "ok"),
    ]
    code, out, _ = _run(capsys, "query", sql, "--store", str(store), "--format", "csv")
    assert out.splitlines()[0] == "name,year,status" and len(out.splitlines()) == 4
    code, out, _ = _run(capsys, "query", sql, "--store", str(store))
    assert code == 0 and "docs.jsonl:2" in out

    atop = tmp_path / "atop.csv"
    code, out, _ = _run(capsys, "export", "--store", str(store), "--format", "atop", "-o", str(atop))
    assert code == 0 and len(atop.read_text(encoding="utf-8").splitlines()) == 3
    code, _, err = _run(capsys, "export", "--store", str(store), "--format", "atop", "-o", str(atop))
    assert code == 2 and "--force" in err


def test_query_is_read_only_and_errors_are_one_line(
    local_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "query", "DELETE FROM documents", "--store", str(local_store))
    assert code == 2 and err.count("\n") == 1
    code, _, err = _run(capsys, "query", "SELEC nonsense", "--store", str(local_store))
    assert code == 2 and "query failed" in err


def test_a_user_file_given_as_store_is_refused(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "thesis.db"
    mine.write_text("chapter one\n", encoding="utf-8")
    code, _, err = _run(capsys, "batch", str(corpus / "corpus"), "--store", str(mine), "-q")
    assert code == 2 and "refusing to overwrite" in err
    assert mine.read_text(encoding="utf-8") == "chapter one\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--scheduler", "tcp://x:1"], "--scheduler needs --engine dask"),
        (["--adversary", "Russia"], "ISO 3166"),
    ],
)
def test_bad_options_are_user_errors(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = _run(capsys, "batch", str(corpus / "corpus"), "--store", str(tmp_path / "s.duckdb"), *args)
    assert code == 2 and message in err
