"""Export a corpus store: Parquet or CSV (one file per table), JSONL (one profile per line),
and an ATOP-style table (one row per agreement, 0/1 columns derived from the labels)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Final, Literal

from treatylens.batch.schema import LIST_VIEWS, TABLES
from treatylens.batch.store import CorpusStore
from treatylens.codebook.labels import ProvisionType
from treatylens.errors import InputError

ExportFormat = Literal["parquet", "csv", "jsonl", "atop"]

#: ATOP-style column -> the codebook labels that set it, with the ATOP variable it mirrors.
#: A column is 1 when any operative clause of the agreement carries one of its labels.
ATOP_COLUMNS: Final[tuple[tuple[str, tuple[ProvisionType, ...], str], ...]] = (
    ("defense", ("defence",), "DEFENSE: active military support if a partner is attacked"),
    ("offense", ("offence",), "OFFENSE: joint action not conditioned on attack"),
    ("neutral", ("neutrality",), "NEUTRAL: not aiding an attacker of a partner"),
    ("nonagg", ("non_aggression",), "NONAGG: not attacking a partner"),
    ("consul", ("consultation",), "CONSUL: consultation in a crisis"),
    ("intcom", ("integrated_command",), "INTCOM: integrated command / joint planning"),
    ("milaid", ("military_aid",), "MILAID: military aid (ATOP grades 1-4; here 0/1)"),
    ("base", ("forces_presence",), "BASE: troops or bases on a partner's soil (ATOP 1-3; here 0/1)"),
    ("organ", ("institution",), "ORGAN1: an organisation or regular meetings created"),
    ("ecaid", ("economic_aid",), "ECAID: economic aid"),
    ("armred", ("force_limits",), "ARMRED: arms or force limits"),
    ("renounce", ("withdrawal",), "RENOUNCE: conditions for leaving"),
)

#: MILCON (0-3) read off labels: 3 integrated command or foreign forces, 2 interoperability
#: (joint exercises, standardisation, shared intelligence). Level 1 (peacetime military
#: contact only) has no codebook label, so it is never given.
_MILCON_SQL = (
    "CASE WHEN bool_or(label IN ('integrated_command', 'forces_presence')) THEN 3 "
    "WHEN bool_or(label = 'interoperability') THEN 2 ELSE 0 END"
)


def atop_sql() -> str:
    """One row per successfully analysed agreement, ordered by name then id."""
    flags = ",\n  ".join(
        f"CAST(coalesce(bool_or(label IN ({', '.join(repr(x) for x in labels)})), false) AS INTEGER)"
        f" AS {column}"
        for column, labels, _ in ATOP_COLUMNS
    )
    return f"""
SELECT d.doc_id, d.name, d.year, d.legal_form,
  {flags},
  coalesce({_MILCON_SQL}, 0) AS milcon,
  CAST(coalesce(bool_or(label = 'defence' AND (len(c.conditions) > 0 OR c.scope IS NOT NULL)), false)
       AS INTEGER) AS defcon,
  CAST(d.adversary_is_guarantor AS INTEGER) AS adversary_is_guarantor
FROM documents d
LEFT JOIN (
  SELECT l.doc_id, l.label, c.conditions, c.scope
  FROM labels l JOIN clauses c USING (doc_id, clause_id)
  WHERE c.operative
) c ON c.doc_id = d.doc_id
WHERE d.status = 'ok'
GROUP BY d.doc_id, d.name, d.year, d.legal_form, d.adversary_is_guarantor
ORDER BY d.name, d.doc_id
"""


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _prepare(out: Path, folder: bool, force: bool) -> None:
    if out.exists():
        if not force:
            raise InputError(f"{out}: already exists; use --force to overwrite")
        if folder and not out.is_dir():
            raise InputError(f"{out}: exists and is not a folder")
        if not folder and out.is_dir():
            raise InputError(f"{out}: is a folder; give a file name")
        if folder:
            shutil.rmtree(out)
    if folder:
        out.mkdir(parents=True)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)


def export_store(store_path: Path, fmt: ExportFormat, out: Path, force: bool = False) -> list[Path]:
    """Write the store in ``fmt`` to ``out`` (a folder for parquet/csv, a file otherwise)."""
    with CorpusStore.open(store_path, read_only=True) as store:
        con = store.con
        if fmt in ("parquet", "csv"):
            _prepare(out, folder=True, force=force)
            options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
            written = []
            for table in [*TABLES, *LIST_VIEWS]:
                target = out / f"{table}.{fmt}"
                order = "doc_id, clause_id" if table in LIST_VIEWS else "ALL"
                con.execute(
                    f"COPY (SELECT * FROM main.{table} ORDER BY {order}) "
                    f"TO {_quote_path(target)} {options}"
                )
                written.append(target)
            return written
        _prepare(out, folder=False, force=force)
        if fmt == "jsonl":
            con.execute(
                "COPY (SELECT doc_id, sha256, name, origin, year, status, error, "
                "CAST(profile AS JSON) AS profile FROM main.documents ORDER BY name, doc_id) "
                f"TO {_quote_path(out)} (FORMAT json)"
            )
        else:
            con.execute(f"COPY ({atop_sql()}) TO {_quote_path(out)} (FORMAT csv, HEADER true)")
        return [out]
