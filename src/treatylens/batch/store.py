"""The corpus store: one embedded DuckDB file, resumable and crash-safe.

Layout
------
* ``stored.<table>``: rows written by the local engine (schema ``stored``).
* ``<store>.parts/<table>/*.parquet``: partitions written by the Dask engine.
* ``main.<table>``: views that union both, so that queries never care which engine ran.
  ``labels``, ``conditions``, ``obligors``, ``beneficiaries`` and ``limits`` are views with one
  row per list element of ``clauses``.
* ``schema_version`` (format marker and version) and ``store_settings`` (run options that must
  not change between resumed runs, such as ``--adversary``).

Every batch of documents is written in one transaction, all tables together, so that a killed
process leaves each document either wholly stored or absent (DuckDB's write-ahead log replays
committed transactions and drops the rest on the next open).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from treatylens.batch.schema import (
    LIST_VIEWS,
    STORE_FORMAT,
    STORE_SCHEMA_VERSION,
    TABLES,
    arrow_table,
    column_names,
)
from treatylens.batch.work import DocResult
from treatylens.errors import InputError

_DUCKDB_MAGIC = b"DUCK"  # bytes 8..12 of every DuckDB database file
PART_TMP_SUFFIX = ".parquet.tmp"  # a Parquet part being written, not yet visible
#: DuckDB's buffer pool for a writing run. Its default (80% of RAM) keeps every block written
#: so far cached, which makes a run's memory grow with the corpus; a cap keeps it flat
#: (written blocks are on disk and can simply be dropped). Queries keep the default.
WRITE_MEMORY_LIMIT = "128MB"


def parts_dir(store_path: Path) -> Path:
    """Where the Dask engine writes Parquet partitions for ``store_path``."""
    return store_path.with_name(store_path.name + ".parts")


def clean_parts(store_path: Path) -> None:
    """Drop temporary files and partitions whose ``documents`` file never landed."""
    root = parts_dir(store_path)
    if not root.is_dir():
        return
    complete = {p.stem for p in (root / "documents").glob("*.parquet")}
    for table in TABLES:
        folder = root / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            orphan = path.name.endswith(".parquet") and path.stem not in complete
            if path.name.endswith(PART_TMP_SUFFIX) or orphan:
                path.unlink()



def _check_is_duckdb(path: Path) -> None:
    if not path.is_file():
        raise InputError(f"{path}: exists and is not a file; choose another --store")
    with path.open("rb") as handle:
        header = handle.read(16)
    if header[8:12] != _DUCKDB_MAGIC:
        raise InputError(
            f"{path}: exists and is not a treatylens store; refusing to overwrite it "
            "(choose another --store)"
        )


def _connect(path: Path, read_only: bool) -> Any:
    import duckdb

    try:
        con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            con.execute(f"SET memory_limit = '{WRITE_MEMORY_LIMIT}'")
        return con
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise InputError(
                f"{path}: the store is in use by another process (one writer at a time)"
            ) from exc
        raise InputError(f"{path}: cannot open the store ({exc})") from exc
    except duckdb.Error as exc:
        raise InputError(f"{path}: cannot open the store ({exc})") from exc


class CorpusStore:
    """A connection to a corpus store. Use ``CorpusStore.open`` (a context manager)."""

    def __init__(self, connection: Any, path: Path, read_only: bool) -> None:
        self.con = connection
        self.path = path
        self.read_only = read_only

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> CorpusStore:
        """Open (read_only) or open-or-create a store; never touches a non-treatylens file."""
        path = Path(path)
        exists = path.exists()
        if read_only and not exists:
            raise InputError(f"{path}: no such store")
        if exists:
            _check_is_duckdb(path)
        con = _connect(path, read_only)
        store = cls(con, path, read_only)
        try:
            if exists and not (store._is_empty() and not read_only):
                store._check_format()
            else:
                store._create()
            if not read_only:
                clean_parts(path)
                store.attach_parts()
                # every write converts rows to Arrow: pay pyarrow's import (about half a
                # second) when opening, not in the middle of the first flush
                arrow_table("documents", [])
        except BaseException:
            con.close()
            raise
        return store

    def __enter__(self) -> CorpusStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _is_empty(self) -> bool:
        """A DuckDB file with no tables at all: a store whose creation was interrupted."""
        row = self.con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE NOT internal AND NOT temporary"
        ).fetchone()
        return row is not None and row[0] == 0

    def _check_format(self) -> None:
        found = self.con.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name = 'schema_version'"
        ).fetchone()
        row = None
        if found and found[0]:
            row = self.con.execute("SELECT format, version FROM schema_version").fetchone()
        if row is None or row[0] != STORE_FORMAT:
            raise InputError(
                f"{self.path}: a DuckDB database that is not a treatylens store; refusing to "
                "write into it (choose another --store)"
            )
        if int(row[1]) > STORE_SCHEMA_VERSION:
            raise InputError(
                f"{self.path}: store schema version {row[1]} is newer than this treatylens "
                f"understands ({STORE_SCHEMA_VERSION}); upgrade treatylens"
            )

    def _create(self) -> None:
        con = self.con
        con.begin()
        con.execute("CREATE SCHEMA stored")
        for table, columns in TABLES.items():
            body = ", ".join(f'"{name}" {kind}' for name, kind in columns)
            key = ", PRIMARY KEY (sha256)" if table == "documents" else ""
            con.execute(f"CREATE TABLE stored.{table} ({body}{key})")
        con.execute("CREATE TABLE schema_version (format VARCHAR NOT NULL, version INTEGER NOT NULL)")
        con.execute("INSERT INTO schema_version VALUES (?, ?)", [STORE_FORMAT, STORE_SCHEMA_VERSION])
        con.execute("CREATE TABLE store_settings (key VARCHAR PRIMARY KEY, value VARCHAR)")
        self._create_views()
        con.commit()

    # ------------------------------------------------------------------ views

    def _part_files(self, table: str) -> list[str]:
        folder = parts_dir(self.path) / table
        if not folder.is_dir():
            return []
        return sorted(str(p.resolve()) for p in folder.glob("*.parquet"))

    def _view_sql(self) -> dict[str, str]:
        """The SELECT of every view, given the Parquet parts present now."""
        views: dict[str, str] = {}
        for table in TABLES:
            cols = ", ".join(f'"{name}"' for name in column_names(table))
            sql = f"SELECT {cols} FROM stored.{table}"
            if self._part_files(table):
                pattern = str((parts_dir(self.path) / table).resolve() / "*.parquet")
                literal = pattern.replace("'", "''")
                sql += f" UNION ALL SELECT {cols} FROM read_parquet('{literal}')"
            views[table] = sql
        for view, (column, value) in LIST_VIEWS.items():
            views[view] = f"SELECT doc_id, clause_id, unnest({column}) AS {value} FROM main.clauses"
        return views

    def _create_views(self) -> None:
        for view, sql in self._view_sql().items():
            self.con.execute(f"CREATE OR REPLACE VIEW main.{view} AS {sql}")

    def attach_parts(self) -> None:
        """(Re)point the views at the Parquet parts next to the store, if any.

        Views are only rewritten when they change, so that opening a store writes nothing.
        """
        # which tables have parts, and where: the views change only when this does
        state = ";".join(f"{t}={parts_dir(self.path).resolve()}" for t in TABLES if self._part_files(t))
        row = self.con.execute("SELECT value FROM store_settings WHERE key = 'parts'").fetchone()
        if (row[0] if row else "") == state:
            return
        self.con.begin()
        try:
            self._create_views()
            self.con.execute("INSERT OR REPLACE INTO store_settings VALUES ('parts', ?)", [state])
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    # ------------------------------------------------------------------ settings

    def setting(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM store_settings WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0]) if row[0] is not None else None

    def require_setting(self, key: str, value: str | None, option: str) -> None:
        """Fix a run option at the first run; a resumed run must use the same value."""
        row = self.con.execute("SELECT value FROM store_settings WHERE key = ?", [key]).fetchone()
        if row is None:
            self.con.execute("INSERT INTO store_settings VALUES (?, ?)", [key, value])
            return
        if row[0] != value:
            raise InputError(
                f"{self.path}: this store was built with {option} {row[0] or '(none)'}; "
                f"resume with the same value or use another --store"
            )

    # ------------------------------------------------------------------ reads

    def existing(self, hashes: Sequence[str]) -> set[str]:
        """Which of ``hashes`` are already stored (the resume check, one query per chunk)."""
        if not hashes:
            return set()
        rows = self.con.execute(
            "SELECT sha256 FROM main.documents WHERE sha256 IN (SELECT unnest(?::VARCHAR[]))",
            [list(hashes)],
        ).fetchall()
        return {str(r[0]) for r in rows}

    def count(self, status: str | None = None) -> int:
        if status is None:
            row = self.con.execute("SELECT count(*) FROM main.documents").fetchone()
        else:
            row = self.con.execute(
                "SELECT count(*) FROM main.documents WHERE status = ?", [status]
            ).fetchone()
        return int(row[0]) if row else 0

    # ------------------------------------------------------------------ writes

    def write(self, results: Iterable[DocResult]) -> list[DocResult]:
        """Store results in one transaction; documents already stored are left as they are.

        Returns the results written.
        """
        pending = list(results)
        if not pending:
            return []
        con = self.con
        con.begin()
        try:
            present = self.existing([r.sha256 for r in pending])
            fresh: list[DocResult] = []
            for result in pending:
                if result.sha256 not in present:
                    present.add(result.sha256)  # the same text twice in one batch
                    fresh.append(result)
            for table in TABLES:
                rows = [row for result in fresh for row in result.rows.get(table, [])]
                if rows:
                    con.from_arrow(arrow_table(table, rows)).insert_into(f"stored.{table}")
            con.commit()
        except BaseException:
            con.rollback()
            raise
        return fresh


def is_store(path: Path) -> bool:
    """True when ``path`` is an existing treatylens store (cheap header check first)."""
    try:
        _check_is_duckdb(path)
    except (InputError, OSError):
        return False
    try:
        with CorpusStore.open(path, read_only=True):
            return True
    except InputError:
        return False

