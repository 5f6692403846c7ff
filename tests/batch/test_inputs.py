from __future__ import annotations

from pathlib import Path

import pytest

from treatylens.batch.inputs import (
    content_hash,
    count_documents,
    iter_documents,
    year_from_text,
)
from treatylens.errors import InputError

from .helpers import corpus_inputs


def test_every_kind_of_input_is_streamed_in_a_stable_order(corpus: Path) -> None:
    docs = list(iter_documents(corpus_inputs(corpus)))
    assert [d.origin for d in docs] == [
        "corpus/a_1951.txt",
        "corpus/sub/b.md",
        "more.zip!c.txt",
        "docs.jsonl:1",
        "docs.jsonl:2",
        "docs.jsonl:3",
    ]
    assert [d.name for d in docs][3:] == ["d", "docs.jsonl:2", "e"]
    assert all(d.sha256 == content_hash(d.data) for d in docs if d.error is None)


def test_count_matches_the_stream_without_reading_texts(corpus: Path) -> None:
    assert count_documents(corpus_inputs(corpus)) == len(list(iter_documents(corpus_inputs(corpus))))


def test_a_broken_jsonl_line_is_a_failed_document_not_an_exception(corpus: Path) -> None:
    docs = {d.origin: d for d in iter_documents([corpus / "docs.jsonl"])}
    broken = docs["docs.jsonl:2"]
    assert broken.error is not None and "invalid JSON" in broken.error
    assert broken.sha256 == content_hash(b"{not json")
    assert docs["docs.jsonl:1"].error is None


def test_years_come_from_metadata_then_title_then_name(corpus: Path) -> None:
    by_name = {d.name: d for d in iter_documents(corpus_inputs(corpus))}
    assert by_name["d"].year == 1994  # JSONL "year"
    assert by_name["e"].year == 1939  # JSONL title
    assert by_name["corpus/a_1951.txt"].year == 1951  # file name
    assert by_name["corpus/sub/b.md"].year is None


@pytest.mark.parametrize(
    ("text", "year"),
    [("nato_1949.txt", 1949), ("Treaty of 1815, revised 1999", 1999), ("art. 12345", None), (None, None)],
)
def test_year_from_text(text: str | None, year: int | None) -> None:
    assert year_from_text(text) == year


def test_extensions_filter_folders(corpus: Path) -> None:
    docs = list(iter_documents([corpus / "corpus"], extensions=(".md",)))
    assert [d.origin for d in docs] == ["corpus/sub/b.md"]


def test_a_missing_input_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_documents([tmp_path / "nope"]))


def test_the_stream_is_lazy(tmp_path: Path) -> None:
    # a file is read only when its turn comes: one deleted after the stream started is
    # reported as unreadable, which an eager reader would not notice
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "1.txt").write_text("first", encoding="utf-8")
    (folder / "2.txt").write_text("second", encoding="utf-8")
    stream = iter_documents([folder])
    assert next(stream).data == b"first"
    (folder / "2.txt").unlink()
    second = next(stream)
    assert second.error is not None and "cannot read file" in second.error
