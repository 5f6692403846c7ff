"""The server-rendered pages: paste, upload, report, downloads, compare, errors."""

from __future__ import annotations

import importlib.util
import json
import re
from xml.etree.ElementTree import Element

import html5lib
import pytest
from fastapi.testclient import TestClient

from treatylens.pipeline import analyze

from .samples import MEMORANDUM, TREATY

EMPTY_FILE = {"file": ("", b"", "application/octet-stream")}


def parse(html: str) -> Element:
    root: Element = html5lib.parse(html, namespaceHTMLElements=False)
    return root


def payload_of(html: str) -> str:
    root = parse(html)
    field = next(el for el in root.iter("input") if el.get("name") == "payload")
    return field.get("value") or ""


def test_start_page_has_the_paste_and_upload_form_and_a_strict_policy(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    root = parse(r.text)
    form = next(root.iter("form"))
    assert form.get("action") == "/analyze" and form.get("enctype") == "multipart/form-data"
    names = {el.get("name") for el in root.iter() if el.get("name")}
    assert {"text", "file", "adversary"} <= names
    csp = r.headers["content-security-policy"]
    assert (
        "default-src 'none'" in csp
        and "form-action 'self'" in csp
        and "frame-ancestors 'none'" in csp
    )
    assert r.headers["x-content-type-options"] == "nosniff"


def test_pasting_a_text_shows_its_report(client: TestClient) -> None:
    r = client.post(
        "/analyze", data={"text": TREATY.replace("\n", "\r\n"), "adversary": ""}, files=EMPTY_FILE
    )
    assert r.status_code == 200, r.text
    profile = analyze(TREATY.encode(), name="pasted.txt")
    root = parse(r.text)
    doc = next(el for el in root.iter("div") if el.get("class") == "doc")
    assert "".join(doc.itertext()) == TREATY  # CRLF from the browser is stored as LF
    assert str(len(profile.clauses)) + " clauses" in r.text
    data = json.loads(payload_of(r.text))
    assert data["profile"] == profile.to_dict() and data["text"] == TREATY


def test_uploading_a_file_shows_its_report(client: TestClient) -> None:
    r = client.post(
        "/analyze",
        data={"text": ""},
        files={"file": ("memo.md", MEMORANDUM.encode(), "text/markdown")},
    )
    assert r.status_code == 200, r.text
    assert json.loads(payload_of(r.text))["profile"]["source"]["name"] == "memo.md"


def test_downloads_return_the_report_in_each_format(client: TestClient) -> None:
    page = client.post("/analyze", data={"text": TREATY}, files=EMPTY_FILE).text
    payload = payload_of(page)
    r = client.post("/download", data={"payload": payload, "format": "json"})
    assert r.status_code == 200
    assert r.text == analyze(TREATY.encode(), name="pasted.txt").to_json()
    assert r.headers["content-disposition"] == 'attachment; filename="pasted.treatylens.json"'
    r = client.post("/download", data={"payload": payload, "format": "html"})
    assert r.status_code == 200 and r.text.startswith("<!DOCTYPE html>") and "Arland" in r.text
    r = client.post("/download", data={"payload": payload, "format": "md"})
    assert r.status_code in (200, 501)
    if r.status_code == 200:
        assert r.headers["content-disposition"].endswith('.md"')


def test_download_refuses_a_forged_payload(client: TestClient) -> None:
    for payload in (
        "not json",
        "[]",
        json.dumps({"profile": {"schema_version": "1"}}),
        json.dumps({"profile": None}),
    ):
        r = client.post("/download", data={"payload": payload, "format": "json"})
        assert r.status_code == 422, payload
    r = client.post("/download", data={"payload": "{}", "format": "exe"})
    assert r.status_code == 422


def test_errors_are_pages_with_one_line(client: TestClient) -> None:
    r = client.post("/analyze", data={"text": "  "}, files=EMPTY_FILE)
    assert r.status_code == 422
    assert "paste a text or choose a file" in r.text
    r = client.post("/analyze", data={"text": TREATY, "adversary": "Russia"}, files=EMPTY_FILE)
    assert r.status_code == 422 and "ISO 3166" in r.text
    r = client.post("/analyze", files={"file": ("x.exe", b"MZ", "application/x-msdownload")})
    assert r.status_code == 415 and r.headers["content-type"].startswith("text/html")
    r = client.post("/analyze", content=b"{}", headers={"content-type": "application/json"})
    assert r.status_code == 415
    assert client.get("/nothing").status_code == 404


def test_compare_page_shows_documents_side_by_side(client: TestClient) -> None:
    assert client.get("/compare").status_code == 200
    files = [
        ("file", ("memo.txt", MEMORANDUM.encode(), "text/plain")),
        ("file", ("", b"", "application/octet-stream")),
    ]
    r = client.post("/compare", data={"text": ["", TREATY]}, files=files)
    assert r.status_code == 200, r.text
    root = parse(r.text)
    columns = [el for el in root.iter() if "doc-col" in (el.get("class") or "")]
    assert len(columns) == 2
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    r = client.post("/compare", data={"text": TREATY}, files=EMPTY_FILE)
    assert r.status_code == 422 and "at least two" in r.text


def test_hostile_paste_cannot_run_in_the_page(client: TestClient) -> None:
    hostile = "Article 1\nEach Party shall assist <script>window.pwned=1</script> the other \u202eParty.\n<img src=x onerror=alert(1)>\n"
    r = client.post("/analyze", data={"text": hostile}, files=EMPTY_FILE)
    assert r.status_code == 200
    root = parse(r.text)
    assert len(list(root.iter("script"))) == 1
    assert not [a for el in root.iter() for a in el.attrib if a.lower().startswith("on")]
    assert "\u202e" not in r.text
    assert not re.search(r"<img", r.text)


@pytest.mark.skipif(
    importlib.util.find_spec("treatylens.compare") is None,
    reason="treatylens.compare is not installed",
)
def test_compare_page_downloads_the_comparison(client: TestClient) -> None:
    from treatylens.compare import compare_profiles, render_comparison

    r = client.post("/compare", data={"text": [TREATY, MEMORANDUM]}, files=EMPTY_FILE)
    payload = payload_of(r.text)
    profiles = [
        analyze(TREATY.encode(), name="pasted.txt"),
        analyze(MEMORANDUM.encode(), name="pasted-2.txt"),
    ]
    comparison = compare_profiles(profiles)
    r = client.post("/download-compare", data={"payload": payload, "format": "json"})
    assert r.status_code == 200
    assert r.json() == json.loads(json.dumps(comparison.to_dict()))
    r = client.post("/download-compare", data={"payload": payload, "format": "csv"})
    assert r.status_code == 200 and r.text == render_comparison(comparison, "csv")
    assert r.headers["content-disposition"] == 'attachment; filename="comparison.treatylens.csv"'
    assert (
        client.post("/download-compare", data={"payload": "{}", "format": "csv"}).status_code == 422
    )
