from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from treatylens.batch.export import ATOP_COLUMNS, export_store
from treatylens.batch.inputs import DocumentInput, content_hash
from treatylens.batch.store import CorpusStore
from treatylens.batch.work import DocResult, profile_rows
from treatylens.codebook.labels import PROVISION_TYPES, ProvisionType
from treatylens.errors import InputError
from treatylens.model import Profile
from treatylens.pipeline import analyze

TEXT = "Article 1. The Parties shall consult.\nArticle 2. The Parties shall assist each other.\n"


def _labelled(name: str, labels: list[list[ProvisionType]], operative: bool = True) -> DocResult:
    """A real profile whose clause labels are set by hand (independent of the labeller)."""
    data = (TEXT + name).encode()
    doc = DocumentInput(name=name, origin=name, data=data, sha256=content_hash(data))
    profile: Profile = analyze(data, name=name)
    template = profile.clauses[0]
    profile.clauses = [
        template.model_copy(update={"id": f"c{i}", "labels": ls, "operative": operative})
        for i, ls in enumerate(labels)
    ]
    return DocResult(sha256=doc.sha256, status="ok", rows=profile_rows(doc, profile))


@pytest.fixture
def labelled_store(tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    with CorpusStore.open(path) as store:
        store.write(
            [
                _labelled("alliance_1949", [["defence", "consultation"], ["integrated_command"]]),
                _labelled("pact_1939", [["non_aggression"], ["interoperability"]]),
                _labelled("preamble_only", [["defence"]], operative=False),
            ]
        )
    return path


def _atop(path: Path, out: Path) -> dict[str, dict[str, str]]:
    export_store(path, "atop", out)
    with out.open(encoding="utf-8") as handle:
        return {row["name"]: row for row in csv.DictReader(handle)}


def test_atop_columns_follow_the_documented_mapping(labelled_store: Path, tmp_path: Path) -> None:
    rows = _atop(labelled_store, tmp_path / "atop.csv")
    alliance, pact, preamble = rows["alliance_1949"], rows["pact_1939"], rows["preamble_only"]
    assert (alliance["defense"], alliance["consul"], alliance["intcom"], alliance["milcon"]) == ("1", "1", "1", "3")
    assert (alliance["nonagg"], alliance["offense"]) == ("0", "0")
    assert (pact["nonagg"], pact["defense"], pact["milcon"]) == ("1", "0", "2")
    assert pact["year"] == "1939"
    # preambular clauses never count as commitments
    assert all(preamble[c] == "0" for c, _, _ in ATOP_COLUMNS)


def test_every_atop_column_maps_codebook_labels() -> None:
    for _, labels, _ in ATOP_COLUMNS:
        assert labels and set(labels) <= set(PROVISION_TYPES)


def test_tables_export_as_parquet_and_csv(labelled_store: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    files = export_store(labelled_store, "parquet", tmp_path / "pq")
    assert {f.name for f in files} >= {"documents.parquet", "clauses.parquet", "labels.parquet"}
    assert pq.read_table(tmp_path / "pq" / "documents.parquet").num_rows == 3
    export_store(labelled_store, "csv", tmp_path / "csv")
    with (tmp_path / "csv" / "labels.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 6


def test_jsonl_holds_one_profile_per_document(labelled_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    export_store(labelled_store, "jsonl", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["name"] for line in lines] == ["alliance_1949", "pact_1939", "preamble_only"]
    assert Profile.model_validate(lines[0]["profile"]).clauses[0].labels == ["defence", "consultation"]


def test_existing_output_is_kept_unless_forced(labelled_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "atop.csv"
    out.write_text("mine\n", encoding="utf-8")
    with pytest.raises(InputError, match="--force"):
        export_store(labelled_store, "atop", out)
    assert out.read_text(encoding="utf-8") == "mine\n"
    export_store(labelled_store, "atop", out, force=True)
    assert out.read_text(encoding="utf-8").startswith("doc_id,name,year")
