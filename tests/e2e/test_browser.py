"""The app as a person uses it, in headless Chromium: paste, flags, click, upload, compare."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from treatylens.render.html import render_html
from web.samples import MEMORANDUM, TREATY, make_pdf

pytestmark = pytest.mark.e2e

SCREENSHOT_ENV = "TREATYLENS_SCREENSHOT"  # set to a path to keep a screenshot of the report page


def in_viewport(page: Any, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "el => { const r = el.getBoundingClientRect();"
            " return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }",
        )
    )


def analyse_pasted(page: Any, server_url: str, text: str) -> None:
    page.goto(server_url + "/")
    page.fill("#text", text)
    page.click("#analyze-btn")
    page.wait_for_selector("article.tl h1")


def test_paste_see_flags_and_click_a_flag_to_see_its_clause(page: Any, server_url: str) -> None:
    analyse_pasted(page, server_url, MEMORANDUM)
    flags = page.locator(".flag")
    assert flags.count() >= 1
    assert flags.first.is_visible()
    button = page.locator(".flag-btn:not([data-refs=''])").first
    refs = (button.get_attribute("data-refs") or "").split()
    assert refs, "no flag cites a clause"
    target = f"[id='{refs[0]}']"
    assert "is-focus" not in (page.get_attribute(target, "class") or "")
    button.click()
    page.wait_for_function(
        "id => document.getElementById(id).classList.contains('is-focus')", arg=refs[0]
    )
    assert in_viewport(page, target)
    clause_id = page.text_content(f"[id='{refs[0]}-d'] b")
    assert clause_id and clause_id in (page.text_content(".inspector .body") or "")
    # clicking a highlighted clause shows its attributes and reasons
    other = page.locator(".cl.lab").last
    other.click()
    assert "modality" in (page.text_content(".inspector .body") or "") or "labels" in (
        page.text_content(".inspector .body") or ""
    )
    if os.environ.get(SCREENSHOT_ENV):
        page.set_viewport_size({"width": 1280, "height": 1900})
        button.click()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=os.environ[SCREENSHOT_ENV], full_page=False)
    assert page.dialogs == []


def test_download_json_from_the_report(page: Any, server_url: str) -> None:
    analyse_pasted(page, server_url, TREATY)
    with page.expect_download() as info:
        page.click("#downloads button[value='json']")
    download = info.value
    assert download.suggested_filename == "pasted.treatylens.json"
    data = json.loads(Path(download.path()).read_text("utf-8"))
    assert data["source"]["name"] == "pasted.txt" and data["clauses"]


def test_upload_a_pdf(page: Any, server_url: str, tmp_path: Path) -> None:
    pdf = tmp_path / "friendship.pdf"
    pdf.write_bytes(
        make_pdf(
            "Treaty of Friendship\nArticle 1\nEach Party shall assist the other Party if it is attacked.\nArticle 2\nThe Parties will consult regularly."
        )
    )
    page.goto(server_url + "/")
    page.set_input_files("#file", str(pdf))
    page.click("#analyze-btn")
    page.wait_for_selector("article.tl h1")
    assert "application/pdf" in (page.text_content(".method") or "")
    assert "assist" in (page.text_content(".doc") or "")
    assert page.locator(".cl").count() >= 1


def test_compare_two_documents(page: Any, server_url: str) -> None:
    page.goto(server_url + "/compare")
    page.click("[data-add-slot]")
    assert page.locator(".docslot").count() == 3
    areas = page.locator(".docslot textarea")
    areas.nth(0).fill(TREATY)
    areas.nth(1).fill(MEMORANDUM)
    page.click("#compare-btn")
    page.wait_for_selector(".doc-col")
    assert page.locator(".doc-col").count() == 2
    headings = page.locator(".doc-col h3").all_text_contents()
    assert any("Arland" in h for h in headings) and any("Veloria" in h for h in headings)


def test_hostile_report_is_inert_and_keeps_its_layout(page: Any, tmp_path: Path) -> None:
    from render.test_html_escaping import HOSTILE_TEXT, hostile_profile

    long_line = "<b>x</b>" + "W" * 1_000_000
    text = HOSTILE_TEXT + "\nArticle 99\n" + long_line + "\n"
    report = tmp_path / "hostile.html"
    report.write_text(render_html(hostile_profile(text), text=text), encoding="utf-8")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(report.as_uri())
    page.wait_for_selector(".flag-btn")
    page.click(".flag-btn")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.dialogs == []
    assert errors == []
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
    assert page.evaluate("document.querySelectorAll('script').length") == 1
