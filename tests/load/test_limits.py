"""Size limits are checked before anything is read whole."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from treatylens.errors import InputError
from treatylens.load import DEFAULT_MAX_BYTES, MAX_BYTES_ENV, load, load_stream
from treatylens.load.limits import resolve_max_bytes


def test_sparse_file_over_default_limit_is_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: costs no disk and is never read
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"^huge\.txt is too large"):
        load(path)


def test_limit_argument(tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text("The Parties shall consult.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"too large"):
        load(path, max_bytes=10)
    assert load(path, max_bytes=1000).text.startswith("The Parties")
    with pytest.raises(InputError, match=r"too large"):
        load(b"x" * 11, max_bytes=10)
    with pytest.raises(InputError, match=r"too large"):
        load("x" * 11, max_bytes=10)


def test_limit_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_BYTES_ENV, "16")
    with pytest.raises(InputError, match=r"too large"):
        load(b"The Parties shall consult.")
    monkeypatch.setenv(MAX_BYTES_ENV, "lots")
    with pytest.raises(InputError, match=MAX_BYTES_ENV):
        load(b"The Parties shall consult.")


def test_resolve_max_bytes_precedence() -> None:
    assert resolve_max_bytes("x", None, {}) == DEFAULT_MAX_BYTES
    assert resolve_max_bytes("x", None, {MAX_BYTES_ENV: "1_000"}) == 1000
    assert resolve_max_bytes("x", 5, {MAX_BYTES_ENV: "1000"}) == 5
    with pytest.raises(InputError):
        resolve_max_bytes("x", 0, {})


class _EndlessStream(io.RawIOBase):
    """A stream that never ends; reading it whole would hang."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        buffer[:] = b"a" * len(buffer)
        return len(buffer)


def test_stream_reads_at_most_limit_plus_one() -> None:
    with pytest.raises(InputError, match=r"^<stdin> is too large"):
        load_stream(io.BufferedReader(_EndlessStream()), max_bytes=1000)
    source = load_stream(io.BytesIO(b"The Parties shall consult.\n"))
    assert source.name == "<stdin>"
    assert source.text == "The Parties shall consult.\n"
