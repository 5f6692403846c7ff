"""``treatylens serve``: options, defaults and the warning for non-local interfaces."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from treatylens.cli import cli
from treatylens.cli.serve import is_loopback


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("192.168.1.4", False),
        ("example.org", False),
    ],
)
def test_loopback_detection(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def run_serve(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[Any, dict[str, Any]]:
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen["app"] = app
        seen.update(kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = CliRunner().invoke(cli, ["serve", *args])
    return result, seen


def test_serve_defaults_to_localhost(monkeypatch: pytest.MonkeyPatch) -> None:
    result, seen = run_serve(monkeypatch, [])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert "warning" not in result.output


def test_serve_options_and_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    result, seen = run_serve(
        monkeypatch, ["--host", "0.0.0.0", "--port", "8123", "--max-upload-mb", "0.001"]
    )
    assert result.exit_code == 0, result.output
    assert seen["host"] == "0.0.0.0" and seen["port"] == 8123
    assert "warning" in result.output
    client = TestClient(seen["app"], raise_server_exceptions=False)
    r = client.post("/api/analyze", json={"text": "x" * 2000})
    assert r.status_code == 413


def test_serve_rejects_bad_options(monkeypatch: pytest.MonkeyPatch) -> None:
    result, _ = run_serve(monkeypatch, ["--port", "70000"])
    assert result.exit_code != 0
    result, _ = run_serve(monkeypatch, ["--max-upload-mb", "0"])
    assert result.exit_code != 0
