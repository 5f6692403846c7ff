"""The corpus store's tables: one definition shared by the DuckDB store and the Parquet parts.

Values are the codebook's own names (``defence``, ``discretionary``, ``no_capability_backing``),
so that a query reads like the codebook. Multi-valued attributes are stored as lists on the
clause row and also exposed one row per value by the views in ``LIST_VIEWS``.
"""

from __future__ import annotations

from typing import Any, Final

#: Bumped whenever a table or column changes meaning; stored in the ``schema_version`` table.
STORE_SCHEMA_VERSION: Final = 1

#: Written into ``schema_version.format`` so that a file is recognised as a treatylens store.
STORE_FORMAT: Final = "treatylens-corpus"

Column = tuple[str, str]  # (name, DuckDB type)

TABLES: Final[dict[str, tuple[Column, ...]]] = {
    "documents": (
        ("doc_id", "VARCHAR"),  # first 16 hex digits of sha256
        ("sha256", "VARCHAR"),  # content hash of the bytes analysed: the resume key
        ("name", "VARCHAR"),
        ("origin", "VARCHAR"),  # where it came from: path, archive!member, file.jsonl:line
        ("year", "INTEGER"),  # JSONL metadata, else a year in the title or name
        ("title", "VARCHAR"),
        ("legal_form", "VARCHAR"),
        ("adversary", "VARCHAR"),
        ("adversary_is_guarantor", "BOOLEAN"),
        ("veto_exposure", "BOOLEAN"),
        ("status", "VARCHAR"),  # ok | error
        ("error", "VARCHAR"),
        ("chars", "BIGINT"),
        ("bytes", "BIGINT"),
        ("n_clauses", "INTEGER"),
        ("profile", "VARCHAR"),  # the full Profile JSON (compact); query it with ->> and json_*
    ),
    "clauses": (
        ("doc_id", "VARCHAR"),
        ("clause_id", "VARCHAR"),
        ("ord", "INTEGER"),  # position in the document
        ("span_start", "INTEGER"),  # source offsets [span_start, span_end)
        ("span_end", "INTEGER"),
        ("text", "VARCHAR"),
        ("section", "VARCHAR"),
        ("operative", "BOOLEAN"),
        ("principal", "VARCHAR"),  # principal commitment label (codebook section 3)
        ("labels", "VARCHAR[]"),
        ("modality", "VARCHAR"),
        ("automaticity", "VARCHAR"),
        ("trigger", "VARCHAR"),
        ("means", "VARCHAR"),
        ("quantified", "BOOLEAN"),
        ("scope", "VARCHAR"),
        ("conditions", "VARCHAR[]"),
        ("obligors", "VARCHAR[]"),
        ("beneficiaries", "VARCHAR[]"),
        ("limits", "VARCHAR[]"),
    ),
    "parties": (
        ("doc_id", "VARCHAR"),
        ("party_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("roles", "VARCHAR[]"),
    ),
    "flags": (
        ("doc_id", "VARCHAR"),
        ("flag", "VARCHAR"),
        ("clause_ids", "VARCHAR[]"),
        ("explanation", "VARCHAR"),
    ),
    "scorecards": (
        ("doc_id", "VARCHAR"),
        ("dimension", "VARCHAR"),
        ("score", "INTEGER"),
        ("clause_ids", "VARCHAR[]"),
        ("explanation", "VARCHAR"),
    ),
}

#: One row per list element: view name -> (list column of ``clauses``, value column name).
LIST_VIEWS: Final[dict[str, tuple[str, str]]] = {
    "labels": ("labels", "label"),
    "conditions": ("conditions", "condition"),
    "obligors": ("obligors", "party"),
    "beneficiaries": ("beneficiaries", "party"),
    "limits": ("limits", "label"),
}

Row = tuple[Any, ...]


def column_names(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of ``table`` (also the Parquet schema of the Dask parts)."""
    import pyarrow as pa

    types = {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "BIGINT": pa.int64(),
        "BOOLEAN": pa.bool_(),
        "VARCHAR[]": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(name, types[kind]) for name, kind in TABLES[table]])


def arrow_table(table: str, rows: list[Row]) -> Any:
    """Rows (tuples in column order) as a pyarrow Table with the table's schema."""
    import pyarrow as pa

    schema = arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    return pa.Table.from_arrays(
        [pa.array(list(values), type=field.type) for values, field in zip(columns, schema, strict=True)],
        schema=schema,
    )
