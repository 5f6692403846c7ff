from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette nags about its httpx test transport
    from fastapi.testclient import TestClient

from treatylens.web import create_app


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def small_client() -> TestClient:
    """An app with a 2000-byte upload limit."""
    return TestClient(create_app(max_upload_bytes=2000), raise_server_exceptions=False)
