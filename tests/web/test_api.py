"""The JSON API: same output as the CLI, clear errors, limits, content types, no shared state."""

from __future__ import annotations

import importlib.util
import io
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from treatylens.pipeline import analyze

from .samples import MEMORANDUM, TREATY, make_pdf

needs_compare = pytest.mark.skipif(
    importlib.util.find_spec("treatylens.compare") is None,
    reason="treatylens.compare is not installed",
)


def expected(data: bytes, name: str, adversary: str | None = None) -> dict[str, object]:
    """What ``treatylens analyze --format json`` prints for the same document."""
    result: dict[str, object] = json.loads(analyze(data, name=name, adversary=adversary).to_json())
    return result


def assert_error(response: object, status: int) -> str:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and isinstance(body["error"], str)
    assert "\n" not in body["error"] and body["error"]
    return str(body["error"])


def test_analyze_json_body_answers_the_cli_json(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": TREATY})
    assert r.status_code == 200
    assert r.json() == expected(TREATY.encode(), "pasted.txt")


def test_analyze_passes_the_adversary_and_name(client: TestClient) -> None:
    r = client.post(
        "/api/analyze", json={"text": MEMORANDUM, "adversary": "rus", "name": "../../etc/m.txt"}
    )
    assert r.status_code == 200
    assert r.json() == expected(MEMORANDUM.encode(), "m.txt", adversary="RUS")


def test_analyze_file_upload_answers_the_cli_json(client: TestClient) -> None:
    r = client.post("/api/analyze", files={"file": ("treaty.txt", TREATY.encode(), "text/plain")})
    assert r.status_code == 200
    assert r.json() == expected(TREATY.encode(), "treaty.txt")


def test_analyze_pdf_upload(client: TestClient) -> None:
    data = make_pdf(
        "Treaty of Friendship\nArticle 1\nEach Party shall assist the other Party if it is attacked."
    )
    r = client.post("/api/analyze", files={"file": ("treaty.pdf", data, "application/pdf")})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["source"]["media_type"] == "application/pdf"
    assert any("assist" in c["text"] for c in body["clauses"])


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "declared", "media"),
    [
        (
            "treaty.md",
            b"# Treaty\n\n**Article 1.** Each Party shall assist the other Party if attacked.\n",
            "text/markdown",
            "text/markdown",
        ),
        (
            "treaty.html",
            b"<html><body><h1>Treaty</h1><p>Article 1. Each Party shall assist the other Party if attacked.</p><script>x()</script></body></html>",
            "text/html",
            "text/html",
        ),
        (
            "treaty.docx",
            make_docx(
                ["Treaty", "Article 1", "Each Party shall assist the other Party if attacked."]
            ),
            "application/octet-stream",
            "application/docx",
        ),
    ],
)
def test_analyze_other_formats(
    client: TestClient, name: str, data: bytes, declared: str, media: str
) -> None:
    r = client.post("/api/analyze", files={"file": (name, data, declared)})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["source"]["media_type"] == media
    assert any("assist" in c["text"] for c in body["clauses"])
    assert body == expected(data, name)


def test_pasted_text_is_never_read_as_a_path(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": "/etc/passwd"})
    assert "root:" not in r.text
    if r.status_code == 200:
        assert r.json()["source"]["chars"] == len("/etc/passwd")
    else:
        assert_error(r, 422)


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({"text": ""}, 422, "empty"),
        ({"text": "   \n"}, 422, "empty"),
        ({"text": 5}, 422, "text"),
        ({}, 422, "text"),
        ({"text": "Each Party shall assist.", "extra": 1}, 422, "extra"),
        ({"text": "Each Party shall assist.", "adversary": "Russia"}, 422, "ISO 3166"),
        ([1, 2], 422, "object"),
    ],
)
def test_bad_json_bodies_get_one_line_errors(
    client: TestClient, body: object, status: int, needle: str
) -> None:
    assert needle in assert_error(client.post("/api/analyze", json=body), status)


def test_malformed_json_is_a_400(client: TestClient) -> None:
    r = client.post(
        "/api/analyze", content=b'{"text": ', headers={"content-type": "application/json"}
    )
    assert "JSON" in assert_error(r, 400)
    deep = b"[" * 100_000 + b"]" * 100_000
    assert_error(
        client.post("/api/analyze", content=deep, headers={"content-type": "application/json"}), 400
    )


def test_unpaired_surrogates_are_refused(client: TestClient) -> None:
    r = client.post(
        "/api/analyze",
        content=b'{"text": "Each Party \\ud800 shall assist."}',
        headers={"content-type": "application/json"},
    )
    assert "Unicode" in assert_error(r, 422)


def test_unsupported_content_types_are_a_415(client: TestClient) -> None:
    assert_error(
        client.post("/api/analyze", content=b"hello", headers={"content-type": "text/plain"}), 415
    )
    assert_error(client.post("/api/analyze", content=b"hello"), 415)
    r = client.post(
        "/api/analyze", files={"file": ("tool.exe", b"MZ\x90\x00", "application/octet-stream")}
    )
    assert "unsupported file type" in assert_error(r, 415)


def test_uploads_with_a_declared_type_but_no_extension_are_read(client: TestClient) -> None:
    r = client.post("/api/analyze", files={"file": ("treaty", TREATY.encode(), "text/plain")})
    assert r.status_code == 200
    assert r.json()["source"]["name"] == "treaty.txt"


def test_binary_content_in_a_text_upload_is_an_input_error(client: TestClient) -> None:
    r = client.post(
        "/api/analyze",
        files={"file": ("x.txt", b"\xff\xfe\x00\x00" * 50 + b"\x00" * 500, "text/plain")},
    )
    assert r.status_code in (415, 422), r.text
    assert_error(r, r.status_code)


def test_requests_over_the_limit_are_a_413(small_client: TestClient) -> None:
    big = "Each Party shall assist the other. " * 100
    r = small_client.post("/api/analyze", json={"text": big})
    assert "upload limit" in assert_error(r, 413)
    r = small_client.post("/api/analyze", files={"file": ("big.txt", big.encode(), "text/plain")})
    assert_error(r, 413)

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield json.dumps({"text": big}).encode()[:500]

    r = small_client.post(
        "/api/analyze", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_error(r, 413)
    assert small_client.post("/api/analyze", json={"text": TREATY[:1500]}).status_code == 200


def test_unknown_routes_and_methods_answer_json(client: TestClient) -> None:
    assert_error(client.get("/api/nothing"), 404)
    assert_error(client.get("/api/analyze"), 405)


def test_openapi_documents_the_api_with_both_body_types(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/compare", "/api/diff"):
        content = spec["paths"][path]["post"]["requestBody"]["content"]
        assert set(content) == {"application/json", "multipart/form-data"}
    assert client.get("/docs").status_code == 200


def test_concurrent_requests_do_not_interfere(client: TestClient) -> None:
    texts = [
        f"Article {i}\nParty {i} shall station {i} brigades in the other Party.\n"
        for i in range(12)
    ]

    def post(text: str) -> tuple[str, dict[str, object]]:
        return text, client.post("/api/analyze", json={"text": text}).json()

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(post, texts))
    for text, body in results:
        assert body == expected(text.encode(), "pasted.txt")


def test_nothing_is_written_to_the_working_directory(client: TestClient, tmp_path: Path) -> None:
    before = os.getcwd()
    os.chdir(tmp_path)
    try:
        # > 1 MB: the multipart parser may spool it, but only to the system temporary folder
        big = b"Treaty of Friendship\n" + b"a" * 1_200_000
        assert (
            client.post("/api/analyze", files={"file": ("big.txt", big, "text/plain")}).status_code
            == 200
        )
        client.post("/api/analyze", json={"text": TREATY})
    finally:
        os.chdir(before)
    assert list(tmp_path.iterdir()) == []


@needs_compare
def test_compare_answers_the_compare_json(client: TestClient) -> None:
    from treatylens.compare import compare_profiles

    r = client.post(
        "/api/compare",
        json={"documents": [{"text": TREATY, "name": "t.txt"}, {"text": MEMORANDUM}]},
    )
    assert r.status_code == 200, r.text
    profiles = [
        analyze(TREATY.encode(), name="t.txt"),
        analyze(MEMORANDUM.encode(), name="pasted-2.txt"),
    ]
    assert r.json() == json.loads(json.dumps(compare_profiles(profiles).to_dict()))


@needs_compare
def test_compare_accepts_uploads_saved_profiles_and_formats(client: TestClient) -> None:
    files = [
        ("file", ("a.txt", TREATY.encode(), "text/plain")),
        ("file", ("b.md", MEMORANDUM.encode(), "text/markdown")),
    ]
    assert client.post("/api/compare", files=files).status_code == 200
    saved = analyze(TREATY.encode(), name="a.txt").to_dict()
    r = client.post(
        "/api/compare?format=md", json={"documents": [{"profile": saved}, {"text": MEMORANDUM}]}
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert_error(client.post("/api/compare", json={"documents": [{"text": TREATY}]}), 422)
    assert_error(
        client.post(
            "/api/compare?format=pdf", json={"documents": [{"text": TREATY}, {"text": TREATY}]}
        ),
        422,
    )
    assert_error(
        client.post(
            "/api/compare",
            json={"documents": [{"profile": {"schema_version": "1"}}, {"text": TREATY}]},
        ),
        422,
    )


@needs_compare
def test_diff_answers_the_diff_json(client: TestClient) -> None:
    from treatylens.compare import diff_profiles

    new = TREATY.replace("twenty years", "five years")
    r = client.post("/api/diff", json={"old": {"text": TREATY}, "new": {"text": new}})
    assert r.status_code == 200, r.text
    old_p, new_p = (
        analyze(TREATY.encode(), name="pasted.txt"),
        analyze(new.encode(), name="pasted-2.txt"),
    )
    assert r.json() == json.loads(json.dumps(diff_profiles(old_p, new_p).to_dict()))
    files = {
        "old": ("old.txt", TREATY.encode(), "text/plain"),
        "new": ("new.txt", new.encode(), "text/plain"),
    }
    assert client.post("/api/diff?format=text", files=files).status_code == 200
    assert_error(client.post("/api/diff", json={"old": {"text": TREATY}}), 422)


@needs_compare
def test_html_from_other_renderers_may_style_but_never_script(client: TestClient) -> None:
    r = client.post(
        "/api/compare?format=html", json={"documents": [{"text": TREATY}, {"text": MEMORANDUM}]}
    )
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp


@needs_compare
def test_diff_formats_the_installed_renderer_lacks_are_a_501(client: TestClient) -> None:
    body = {"old": {"text": TREATY}, "new": {"text": MEMORANDUM}}
    for fmt in ("text", "md", "csv", "html"):
        r = client.post(f"/api/diff?format={fmt}", json=body)
        assert r.status_code in (200, 501), (fmt, r.text)
        if r.status_code == 501:
            assert_error(r, 501)
