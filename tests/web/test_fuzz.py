"""Property-based fuzzing of the HTTP surface: whatever arrives, the answer is never a 500."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatylens.web import create_app

PATHS = [
    "/api/analyze",
    "/api/compare",
    "/api/diff",
    "/api/compare?format=md",
    "/api/compare?format=html",
    "/api/diff?format=csv",
    "/analyze",
    "/compare",
    "/download",
]
CONTENT_TYPES = [
    "application/json",
    "multipart/form-data",
    "multipart/form-data; boundary=xyz",
    "application/x-www-form-urlencoded",
    "text/plain",
    "application/pdf",
    "",
    "application/json; charset=latin-1",
    "\u00e9/\u00e9".encode().decode("latin-1"),  # non-ASCII bytes in the header
]

_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=60)
)
_json = st.recursive(
    _scalar,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
_doc_item = st.fixed_dictionaries(
    {},
    optional={"text": st.one_of(st.text(max_size=200), _scalar), "name": _scalar, "profile": _json},
)
_bodies = st.one_of(
    st.fixed_dictionaries(
        {"text": st.text(max_size=400)}, optional={"adversary": _scalar, "name": _scalar}
    ),
    st.fixed_dictionaries(
        {"documents": st.lists(_doc_item, max_size=3)}, optional={"adversary": _scalar}
    ),
    st.fixed_dictionaries({"old": _doc_item, "new": _doc_item}),
    _json,
)


@st.composite
def requests(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    path = draw(st.sampled_from(PATHS))
    kind = draw(st.sampled_from(["json", "raw", "form", "files"]))
    if kind == "json":
        return path, {
            "content": json.dumps(draw(_bodies)).encode(),
            "headers": {"content-type": "application/json"},
        }
    if kind == "raw":
        ctype = draw(st.sampled_from(CONTENT_TYPES))
        body = draw(
            st.one_of(
                st.binary(max_size=3000),
                st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
            )
        )
        headers = {"content-type": ctype.encode("latin-1")} if ctype else {}
        return path, {"content": body, "headers": headers}
    fields = draw(
        st.dictionaries(
            st.sampled_from(["text", "adversary", "format", "payload", "old_text", "x"]),
            st.text(max_size=200),
            max_size=4,
        )
    )
    if kind == "form":
        return path, {"data": fields}
    names = draw(st.lists(st.sampled_from(["file", "old", "new", "text"]), min_size=1, max_size=3))
    files = [
        (
            n,
            (
                draw(st.text(max_size=20))
                + draw(st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx", ".exe", ""])),
                draw(st.binary(max_size=2000)),
                draw(
                    st.sampled_from(
                        [
                            "text/plain",
                            "application/pdf",
                            "application/octet-stream",
                            "text/html",
                            "x/y",
                        ]
                    )
                ),
            ),
        )
        for n in names
    ]
    return path, {"data": fields, "files": files}


_client = TestClient(create_app(max_upload_bytes=4096), raise_server_exceptions=False)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(request=requests())
def test_no_request_gets_a_500(request: tuple[str, dict[str, Any]]) -> None:
    path, kwargs = request
    response = _client.post(path, **kwargs)
    assert response.status_code < 500 or response.status_code == 501, (
        path,
        response.status_code,
        response.text[:500],
    )
    if path.startswith("/api/") and response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and "\n" not in body["error"]
