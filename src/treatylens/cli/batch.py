"""``treatylens batch``, ``query`` and ``export``: a corpus into a DuckDB store and back out."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from treatylens.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from treatylens.batch import EngineName
    from treatylens.batch.export import ExportFormat

_ISO3 = re.compile(r"^[A-Z]{3}$")


def _require(extra: str, *modules: str) -> None:
    """A clear message instead of a traceback when an optional extra is missing."""
    import importlib.util

    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(
            f"needs {', '.join(missing)}: pip install 'treatylens[{extra}]'"
        )


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path),
              help="DuckDB store to create or resume (e.g. corpus.duckdb).")
@click.option("--jobs", "-j", default=0, show_default="all cores", type=click.IntRange(min=0),
              help="Worker processes (Dask: workers of the LocalCluster).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="With --engine dask: use this running Dask scheduler instead of a LocalCluster.")
@click.option("--adversary", default=None, metavar="ISO3",
              help="Adversary for documents that do not name one (fixed for the store).")
@click.option("--ext", "extensions", multiple=True, metavar=".EXT",
              help="File extensions read from folders and archives (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def batch_cmd(
    inputs: tuple[Path, ...],
    store_path: Path,
    jobs: int,
    engine: str,
    scheduler: str | None,
    adversary: str | None,
    extensions: tuple[str, ...],
    quiet: bool,
) -> None:
    """Analyse INPUT files, folders, .zip archives or .jsonl files into --store.

    Resumable: documents already in the store (same content hash) are skipped. A document
    that fails is recorded with its error; the run goes on.
    """
    from treatylens.batch import BatchOptions, run_corpus
    from treatylens.batch.inputs import DOCUMENT_EXTENSIONS, count_documents

    _require("batch", "duckdb", "pyarrow")
    if engine == "dask":
        _require("dask", "distributed")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if adversary is not None:
        adversary = adversary.strip().upper()
        if not _ISO3.match(adversary):
            raise InputError(f"--adversary {adversary!r}: expected an ISO 3166 alpha-3 code")
    exts = tuple(e if e.startswith(".") else f".{e}" for e in (x.lower() for x in extensions))
    exts = exts or DOCUMENT_EXTENSIONS
    options = BatchOptions(adversary=adversary, jobs=jobs)
    paths = list(inputs)
    if quiet:
        summary = run_corpus(paths, store_path, options, engine=engine_name(engine),
                             scheduler=scheduler, extensions=exts)
    else:
        from treatylens.batch.progress import RichProgress

        total = count_documents(paths, exts)
        with RichProgress(total) as bar:
            summary = run_corpus(paths, store_path, options, engine=engine_name(engine),
                                 scheduler=scheduler, extensions=exts, progress=bar)
    click.echo(
        f"{summary.analysed} analysed ({summary.ok} ok, {summary.failed} failed), "
        f"{summary.skipped} already stored, in {summary.seconds:.1f} s "
        f"({summary.docs_per_second():.1f} docs/s, {summary.megabytes_per_second():.2f} MB/s) "
        f"-> {store_path}"
    )


def engine_name(value: str) -> EngineName:
    return "dask" if value == "dask" else "local"


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict | int | float | bool | str) or value is None:
        return value
    return str(value)


@click.command("query")
@click.argument("sql")
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def query_cmd(sql: str, store_path: Path, fmt: str) -> None:
    """Run SQL (read-only) against a corpus store; see docs/batch.md for the tables."""
    _require("batch", "duckdb")
    import duckdb

    from treatylens.batch.store import CorpusStore

    with CorpusStore.open(store_path, read_only=True) as store:
        try:
            cursor = store.con.execute(sql)
        except duckdb.Error as exc:
            raise InputError(f"query failed: {str(exc).splitlines()[0]}") from exc
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    if fmt == "json":
        records = [{c: _cell(v) for c, v in zip(columns, row, strict=True)} for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                             for v in row])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(soft_wrap=False).print(table)
        click.echo(f"{len(rows)} row{'s' if len(rows) != 1 else ''}", err=True)


@click.command("export")
@click.option("--store", "store_path", required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["parquet", "csv", "jsonl", "atop"]))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path),
              help="A folder for parquet/csv (one file per table), a file for jsonl/atop.")
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def export_cmd(store_path: Path, fmt: str, out: Path, force: bool) -> None:
    """Export a corpus store as Parquet, CSV, JSONL or an ATOP-style CSV."""
    _require("batch", "duckdb")
    from treatylens.batch.export import export_store

    written = export_store(store_path, cast("ExportFormat", fmt), out, force=force)
    click.echo(f"wrote {len(written)} file{'s' if len(written) != 1 else ''} to {out}")

