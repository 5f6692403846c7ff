"""Hostile input cannot run code or break out of the report.

The document text, names, explanations, reasons and analogue fields of a profile are all
attacker-controlled (a pasted text, an uploaded file, a hand-edited profile JSON). The report
is parsed the way a browser parses it (html5lib) and checked for anything executable.
"""

from __future__ import annotations

import hashlib
from xml.etree.ElementTree import Element

import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from treatylens.model import (
    Clause,
    DimensionScore,
    DocumentFindings,
    Party,
    Profile,
    Reason,
    RedFlag,
    Scorecard,
    SourceInfo,
)
from treatylens.render.html import assets, clean_text, render_compare_html, render_html

HOSTILE_BITS = [
    "<script>window.pwned=1</script>",
    "</script><script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    "javascript:alert(document.cookie)",
    '"><svg onload=alert(1)>',
    "'; alert(1); '",
    "</textarea></style></title><iframe src=//evil.example>",
    "<!-- --><![CDATA[ ]]>",
    "{{ 7*7 }}{% raw %}",
    "\u202egnp.exe\u202c \u2067rtl\u2069 \u202a\u202b\u202d",
    "nul\x00 bell\x07 esc\x1b del\x7f c1\x85",
]
BIDI_AND_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x00\x07\x1b\x7f\x85"


def parse(html: str) -> Element:
    root: Element = html5lib.parse(html, namespaceHTMLElements=False)
    return root


def assert_inert(html: str) -> None:
    """No script but ours, no event handlers, no javascript: URLs, no bidi/control characters."""
    html.encode("utf-8")  # no lone surrogates
    root = parse(html)
    scripts = [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "script"
    ]
    assert len(scripts) == 1
    assert (scripts[0].text or "") == str(assets().js)
    assert scripts[0].get("src") is None
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        local = el.tag.rsplit("}", 1)[-1]
        assert local not in {"iframe", "img", "object", "embed", "link", "base"}
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (local, name, value)
            if name.lower() in {"href", "src", "action", "formaction", "xlink:href"}:
                assert (
                    not value.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
                ), value
    metas = [el for el in root.iter("meta")]
    assert len(metas) == 5  # charset, CSP, viewport, referrer, generator: none from the input
    assert len(list(root.iter("style"))) == 1
    for char in BIDI_AND_CONTROLS:
        assert char not in html, f"U+{ord(char):04X} reached the output"


def hostile_profile(text: str) -> Profile:
    """Every free-text field of a profile filled with hostile strings."""
    evil = " ".join(HOSTILE_BITS)
    clauses = []
    pos = 0
    for i, bit in enumerate(HOSTILE_BITS):
        start = text.index(bit, pos)
        end = start + len(bit)
        pos = end
        clauses.append(
            Clause(
                id=f'c{i}" onclick="alert(1)',
                start=start,
                end=end,
                text=bit,
                section=bit,
                operative=True,
                labels=["defence"] if i % 2 else ["other"],
                modality="binding",
                obligors=[bit],
                beneficiaries=["ALL_PARTIES"],
                scope=bit,
                because=[
                    Reason(field="labels", value=bit, rule=bit, start=start, end=end, match=bit)
                ],
            )
        )
    dim = DimensionScore(score=50, clause_ids=[clauses[0].id, "missing<script>"], explanation=evil)
    data = text.encode("utf-8")
    return Profile(
        source=SourceInfo(
            name=evil,
            media_type="text/plain",
            sha256=hashlib.sha256(data).hexdigest(),
            chars=len(text),
            bytes=len(data),
        ),
        document=DocumentFindings(
            legal_form="treaty",
            title=evil,
            parties=[Party(id=evil, name=evil, roles=["mutual"])],
            adversary=evil,
        ),
        clauses=clauses,
        scorecard=Scorecard(
            obligation=dim,
            automaticity=dim,
            precision=dim,
            capability=dim,
            enforcement=dim,
            independence=dim,
        ),
        red_flags=[
            RedFlag(flag="vague_trigger", clause_ids=[c.id for c in clauses], explanation=evil)
        ],
        analogues=[
            {
                "name": evil,
                "year": evil,
                "similarity": evil,
                "shared": [evil],
                "differs": {"k": evil},
                "outcome": evil,
                "event": evil,
                "source": "javascript:alert(1)",
            },
            {"name": "x", "source": 'https://ok.example/" onmouseover="alert(1)'},
            {"name": "y", "source": " data:text/html,<script>alert(1)</script>"},
        ],
    )


HOSTILE_TEXT = "\n".join(f"Article {i}\n{bit}\n" for i, bit in enumerate(HOSTILE_BITS))


def test_hostile_text_and_fields_cannot_run_code() -> None:
    html = render_html(hostile_profile(HOSTILE_TEXT), text=HOSTILE_TEXT)
    assert_inert(html)
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html


def test_hostile_profile_without_text_and_in_comparison_is_inert() -> None:
    profile = hostile_profile(HOSTILE_TEXT)
    assert_inert(render_html(profile))
    assert_inert(render_compare_html([profile, profile], [HOSTILE_TEXT, None]))


def test_bidi_overrides_are_made_visible_not_obeyed() -> None:
    assert clean_text("a\u202eb\u2066c") == "a\u27e6U+202E\u27e7b\u27e6U+2066\u27e7c"
    assert clean_text("x\ud800y") == "x\ufffdy"
    html = render_html(hostile_profile(HOSTILE_TEXT), text=HOSTILE_TEXT)
    assert "gnp.exe" in html and "\u27e6U+202E\u27e7" in html


def test_lone_surrogates_in_a_profile_do_not_break_encoding() -> None:
    text = "Each Party shall assist \ud83d the other."
    clause = Clause(
        id="c1", start=0, end=len(text), text=text, section="A", operative=True, labels=["defence"]
    )
    dim = DimensionScore(score=1, explanation="\udfff")
    profile = Profile(
        source=SourceInfo(
            name="s\ud800", media_type="text/plain", sha256="0", chars=len(text), bytes=1
        ),
        document=DocumentFindings(legal_form="treaty"),
        clauses=[clause],
        scorecard=Scorecard(
            obligation=dim,
            automaticity=dim,
            precision=dim,
            capability=dim,
            enforcement=dim,
            independence=dim,
        ),
    )
    assert_inert(render_html(profile, text=text))


def test_a_one_megabyte_line_is_escaped_and_wrapped() -> None:
    line = ("<b>x</b>" + "A" * 1000) * 1050  # > 1 MB, one line, no spaces
    text = "Article 1\n" + line + "\n"
    start = text.index(line)
    clause = Clause(
        id="c1",
        start=start,
        end=start + len(line),
        text=line,
        section="Article 1",
        operative=True,
        labels=["other"],
    )
    dim = DimensionScore(score=0, explanation="")
    profile = Profile(
        source=SourceInfo(
            name="long.txt", media_type="text/plain", sha256="0", chars=len(text), bytes=len(text)
        ),
        document=DocumentFindings(legal_form="treaty"),
        clauses=[clause],
        scorecard=Scorecard(
            obligation=dim,
            automaticity=dim,
            precision=dim,
            capability=dim,
            enforcement=dim,
            independence=dim,
        ),
        red_flags=[RedFlag(flag="no_defence_clause", clause_ids=["c1"], explanation="none")],
    )
    html = render_html(profile, text=text)
    assert_inert(html)
    assert html.count("&lt;b&gt;x&lt;/b&gt;") >= 1050
    # the long run lives in the scrolling, wrapping document box; the clause list quotes an excerpt
    css = str(assets().css)
    assert "overflow-wrap: anywhere" in css and "word-break: break-word" in css
    assert len(html) < 2 * len(line) + 100_000


_hostile_char = st.sampled_from(
    list("<>&\"'`=/\\ \n\t:;")
    + list(BIDI_AND_CONTROLS)
    + ["javascript:", "<script>", "onerror=", "\ud800"]
)
_texts = st.lists(st.one_of(_hostile_char, st.text(max_size=8)), min_size=1, max_size=40).map(
    "".join
)


@settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(body=_texts, name=_texts, explanation=_texts, cut=st.integers(min_value=0, max_value=200))
def test_any_text_renders_inert(body: str, name: str, explanation: str, cut: int) -> None:
    text = body + "\n" + body
    end = min(len(body), cut) if cut else len(body)
    clause = Clause(
        id=name or "c",
        start=0,
        end=end,
        text=text[:end],
        section=name,
        operative=True,
        labels=["defence"],
        because=[Reason(field="labels", value="defence", rule=name, match=explanation)],
    )
    dim = DimensionScore(score=cut % 101, clause_ids=[name], explanation=explanation)
    profile = Profile(
        source=SourceInfo(
            name=name, media_type="text/plain", sha256="0", chars=len(text), bytes=len(text)
        ),
        document=DocumentFindings(
            legal_form="draft", title=name or None, parties=[Party(id=name, name=explanation)]
        ),
        clauses=[clause],
        scorecard=Scorecard(
            obligation=dim,
            automaticity=dim,
            precision=dim,
            capability=dim,
            enforcement=dim,
            independence=dim,
        ),
        red_flags=[RedFlag(flag="exit_at_will", clause_ids=[name], explanation=explanation)],
        analogues=[{"name": name, "source": explanation}],
    )
    assert_inert(render_html(profile, text=text))
