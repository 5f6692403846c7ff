"""The self-contained HTML report: content, structure, self-containment, determinism."""

from __future__ import annotations

import base64
import hashlib
import re
from xml.etree.ElementTree import Element

import html5lib
import pytest

from treatylens.codebook.labels import PROVISION_TYPES
from treatylens.model import Profile
from treatylens.render.html import FAMILY_OF, render_compare_html, render_html
from web.samples import MEMORANDUM, TREATY, memorandum_profile


def parse(html: str) -> Element:
    root: Element = html5lib.parse(html, namespaceHTMLElements=False)
    return root


def tags(root: Element, name: str) -> list[Element]:
    """Elements by local name (html5lib keeps SVG in its own namespace)."""
    return [
        el for el in root.iter() if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == name
    ]


def classes(el: Element) -> set[str]:
    return set((el.get("class") or "").split())


def by_class(root: Element, name: str) -> list[Element]:
    return [el for el in root.iter() if name in classes(el)]


def text_of(el: Element) -> str:
    return "".join(el.itertext())


@pytest.fixture(scope="module")
def profile() -> Profile:
    return memorandum_profile()


@pytest.fixture(scope="module")
def page(profile: Profile) -> str:
    return render_html(profile, text=MEMORANDUM)


def test_every_labelled_clause_is_highlighted_with_its_family(profile: Profile, page: str) -> None:
    root = parse(page)
    ids = {el.get("id"): el for el in by_class(root, "cl")}
    labelled = [c for c in profile.clauses if c.labels]
    assert labelled
    highlighted = by_class(root, "lab")
    assert len(highlighted) == len(labelled)
    for el in highlighted:
        detail = root.find(f".//*[@id='{el.get('data-detail')}']")
        assert detail is not None
        cid = text_of(detail).split()[0]
        clause = profile.clause(cid)
        assert clause is not None and text_of(el) == clause.text
        assert f"f-{FAMILY_OF[clause.labels[0]]}" in classes(el) or any(
            f"f-{FAMILY_OF[label]}" in classes(el) for label in clause.labels
        )
    assert len(ids) == len(profile.clauses)


def test_document_text_is_shown_whole_and_in_order(page: str) -> None:
    doc = by_class(parse(page), "doc")[0]
    assert text_of(doc) == MEMORANDUM


def test_every_provision_type_has_a_colour_family() -> None:
    assert set(FAMILY_OF) == set(PROVISION_TYPES)


def test_red_flags_come_first_and_link_to_existing_clauses(profile: Profile, page: str) -> None:
    assert page.index("Red flags") < page.index("Scorecard") < page.index('class="doc"')
    root = parse(page)
    flags = by_class(root, "flag")
    assert [f.get("data-flag") for f in flags] == [f.flag for f in profile.red_flags]
    dom_ids = {el.get("id") for el in by_class(root, "cl")}
    guarantor = next(f for f in flags if f.get("data-flag") == "adversary_is_guarantor")
    button = by_class(guarantor, "flag-btn")[0]
    refs = (button.get("data-refs") or "").split()
    assert len(refs) == 2 and set(refs) <= dom_ids
    links = [a for a in guarantor.iter("a") if "ref" in classes(a)]
    assert {a.get("href") for a in links} == {f"#{r}" for r in refs}


def test_scorecard_is_an_inline_svg_with_one_bar_per_dimension(profile: Profile, page: str) -> None:
    root = parse(page)
    svg = tags(root, "svg")[0]
    bars = [r for r in tags(svg, "rect") if r.get("fill") == "#0072B2"]
    assert len(bars) == 6
    expected = [s.score * 3.8 for _, s in profile.scorecard.items()]
    assert [float(b.get("width") or -1) for b in bars] == pytest.approx(expected)


def test_parties_duties_analogues_and_method_are_shown(page: str) -> None:
    for needle in (
        "United States",
        "Veloria",
        "guarantor",
        "Budapest Memorandum",
        "2014 annexation of Crimea",
        "Method",
    ):
        assert needle in page
    root = parse(page)
    hrefs = [a.get("href") for a in root.iter("a") if (a.get("href") or "").startswith("http")]
    assert hrefs == ["https://example.org/budapest"]


def test_report_is_self_contained_and_pins_its_own_script_and_style(page: str) -> None:
    root = parse(page)
    assert (
        not list(root.iter("link")) and not list(root.iter("img")) and not list(root.iter("iframe"))
    )
    scripts = list(root.iter("script"))
    assert len(scripts) == 1 and scripts[0].get("src") is None
    assert not re.search(
        r"(src|href)=\"(https?:)?//", page.replace('href="https://example.org/budapest"', "")
    )
    assert "@import" not in page and "url(" not in page
    csp = next(
        m.get("content") or ""
        for m in root.iter("meta")
        if m.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp

    def digest(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src '{digest(scripts[0].text or '')}'" in csp
    style = next(root.iter("style"))
    assert f"style-src '{digest(style.text or '')}'" in csp
    assert "@media print" in (style.text or "")


def test_output_is_deterministic(profile: Profile) -> None:
    assert render_html(profile, text=MEMORANDUM) == render_html(
        profile.model_copy(deep=True), text=MEMORANDUM
    )


def test_without_text_the_clauses_are_shown_under_their_sections(profile: Profile) -> None:
    page = render_html(profile)
    root = parse(page)
    assert [text_of(el) for el in by_class(root, "cl")] == [c.text for c in profile.clauses]
    assert "Article 2" in [text_of(el) for el in by_class(root, "sec")]
    assert "source text was not supplied" in page


def test_text_that_does_not_fit_the_offsets_falls_back_to_clauses(profile: Profile) -> None:
    page = render_html(profile, text=TREATY)
    assert "source text was not supplied" in page
    assert "Arland" not in page


def test_no_analogues_section_when_history_was_not_used() -> None:
    plain = memorandum_profile().model_copy(update={"analogues": None})
    assert "Historical analogues" not in render_html(plain, text=MEMORANDUM)
    empty = memorandum_profile(analogues=[])
    assert "No close historical analogue" in render_html(empty, text=MEMORANDUM)


def test_profile_displays_as_the_report_in_jupyter(profile: Profile) -> None:
    assert profile._repr_html_() == render_html(profile)


def test_compare_page_shows_each_document_with_unique_ids(profile: Profile) -> None:
    other = profile.model_copy(update={"red_flags": profile.red_flags[:1]})
    page = render_compare_html([profile, other], [MEMORANDUM, None])
    root = parse(page)
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))
    assert len(by_class(root, "doc-col")) == 2
    assert "Unsc veto exposure" in page
