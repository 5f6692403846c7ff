"""The self-contained HTML report: one file, no network when viewed.

Everything the report shows is built here as small typed view objects, then laid out by the
Jinja2 templates in ``render/templates`` (autoescaped). CSS and JavaScript are inlined and
pinned by hash in a Content-Security-Policy, so a report can carry hostile document text
without running it.

Text from the document (and from any profile, which may be hand-edited) is neutralised on
output: HTML-escaped, bidirectional embedding/override/isolate controls and other control
characters replaced by visible placeholders, lone surrogates replaced. See ``clean_text``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from jinja2 import Environment, FunctionLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from treatylens import __version__
from treatylens.codebook.labels import (
    ALL_PARTIES,
    ANY_STATE,
    COMMITMENT_TYPES,
    PROVISION_TYPES,
    ProvisionType,
    principal_label,
)
from treatylens.model import Clause, Profile

CODEBOOK_VERSION = "1"

#: Highlight families: provision types grouped by what they do, one Okabe-Ito colour each
#: (a palette that stays distinguishable under the common colour-vision deficiencies).
#: The families are a presentation choice; the label vocabulary itself is codebook data.
FAMILIES: tuple[tuple[str, str, str, tuple[ProvisionType, ...]], ...] = (
    ("guarantee", "Guarantee", "#D55E00", ("defence", "offence")),
    (
        "restraint",
        "Restraint",
        "#0072B2",
        ("neutrality", "non_aggression", "respect_sovereignty", "force_limits"),
    ),
    ("process", "Consultation and UN", "#E69F00", ("consultation", "un_referral")),
    (
        "capability",
        "Capability and support",
        "#009E73",
        (
            "military_aid",
            "economic_aid",
            "sanctions",
            "forces_presence",
            "integrated_command",
            "interoperability",
        ),
    ),
    (
        "enforcement",
        "Institutions and enforcement",
        "#CC79A7",
        ("institution", "monitoring", "dispute_settlement"),
    ),
    (
        "settlement",
        "Conflict settlement",
        "#56B4E9",
        ("ceasefire", "territorial_status", "membership_path", "nuclear"),
    ),
    ("lifecycle", "Life cycle", "#F0E442", ("duration", "withdrawal", "entry_into_force")),
    ("limitation", "Limitation", "#000000", ("limitation",)),
    ("other", "Other operative", "#999999", ("other",)),
)
FAMILY_OF: dict[str, str] = {label: key for key, _, _, labels in FAMILIES for label in labels}

#: Bidirectional embedding, override and isolate controls (the "Trojan Source" set).
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE_CHARS = re.compile(
    "[" + _BIDI_CONTROLS + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
)

#: How long a clause quotation in the clause details may be (the full text is in the document).
EXCERPT_CHARS = 600

#: How many clause references a table cell lists before summarising the rest.
MAX_REFS_PER_CELL = 12

Context = Literal["standalone", "web"]


def _placeholder(match: re.Match[str]) -> str:
    char = match.group(0)
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    # visible, inert stand-in: the reader sees that the text held a control character
    return f"\u27e6U+{ord(char):04X}\u27e7"


def clean_text(value: object) -> str:
    """Text made inert for display: controls that reorder or hide text become visible marks."""
    return _UNSAFE_CHARS.sub(_placeholder, str(value))


def _finalize(value: object) -> object:
    """Applied to every ``{{ }}`` output: our own markup passes, all other text is cleaned."""
    if isinstance(value, Markup) or value is None:
        return value
    if isinstance(value, bool | int | float):
        return value
    return escape(clean_text(value))


def _load_template(name: str) -> str | None:
    try:
        return (resources.files("treatylens.render") / "templates" / name).read_text("utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


@cache
def environment() -> Environment:
    """The Jinja2 environment shared by the report and the web app (immutable once built)."""
    env = Environment(
        loader=FunctionLoader(_load_template),
        autoescape=select_autoescape(default=True, default_for_string=True),
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        version=__version__,
        codebook_version=CODEBOOK_VERSION,
        key_duties=key_duties,
        humanise=humanise,
    )
    return env


@dataclass(frozen=True)
class Assets:
    """Inline CSS and JS with the Content-Security-Policy hashes that allow exactly them."""

    css: Markup
    js: Markup
    css_hash: str
    js_hash: str

    def csp(self, context: Context) -> str:
        form_action = "'self'" if context == "web" else "'none'"
        return (
            f"default-src 'none'; img-src data:; style-src '{self.css_hash}'; "
            f"script-src '{self.js_hash}'; base-uri 'none'; form-action {form_action}"
        )


def _sha256_source(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode(
        "ascii"
    )


@cache
def assets() -> Assets:
    css = _load_template("report.css") or ""
    js = _load_template("report.js") or ""
    return Assets(Markup(css), Markup(js), _sha256_source(css), _sha256_source(js))


# --------------------------------------------------------------------------- view objects


@dataclass(frozen=True)
class ClauseRef:
    clause_id: str
    dom_id: str | None  # None: the id names no clause of this profile
    label: str


@dataclass(frozen=True)
class ClauseView:
    clause: Clause
    dom_id: str
    principal: str | None
    family: str | None
    summary: str  # short tooltip: labels and the main attributes
    attributes: tuple[tuple[str, str], ...]

    @property
    def labelled(self) -> bool:
        return bool(self.clause.labels)

    @property
    def excerpt(self) -> str:
        return _shorten(self.clause.text, EXCERPT_CHARS)

    @property
    def excerpt_short(self) -> str:
        return _shorten(self.clause.text, 160)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Piece:
    """A run of document text: plain (``view`` is None) or one clause."""

    text: str
    view: ClauseView | None = None
    heading: str | None = None


@dataclass(frozen=True)
class LegendEntry:
    key: str
    title: str
    colour: str
    labels: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class FlagView:
    name: str
    title: str
    explanation: str
    refs: tuple[ClauseRef, ...]


@dataclass(frozen=True)
class ScoreRow:
    dimension: str
    score: int
    explanation: str
    refs: tuple[ClauseRef, ...]
    y: int


@dataclass(frozen=True)
class DutyCell:
    label: str
    refs: tuple[ClauseRef, ...]
    more: int


@dataclass(frozen=True)
class PartyRow:
    party_id: str
    name: str
    roles: str
    duties: tuple[DutyCell, ...]
    protections: tuple[DutyCell, ...]


@dataclass(frozen=True)
class AnalogueRow:
    name: str
    year: str
    similarity: str
    shared: str
    differs: str
    outcome: str
    event: str
    source_text: str
    source_url: str | None


@dataclass(frozen=True)
class ReportView:
    profile: Profile
    prefix: str
    title: str
    pieces: tuple[Piece, ...]
    full_text: bool
    clause_views: tuple[ClauseView, ...]
    legend: tuple[LegendEntry, ...]
    flags: tuple[FlagView, ...]
    scores: tuple[ScoreRow, ...]
    parties: tuple[PartyRow, ...]
    analogues: tuple[AnalogueRow, ...] | None
    counts: dict[str, int] = field(default_factory=dict)


def humanise(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _attributes(c: Clause) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = [
        ("section", c.section or "—"),
        ("operative", "yes" if c.operative else "no"),
    ]
    if c.labels:
        rows.append(("labels", ", ".join(c.labels)))
    scalar: list[tuple[str, object]] = [
        ("modality", c.modality),
        ("automaticity", c.automaticity),
        ("trigger", c.trigger),
        ("means", c.means),
        ("scope", c.scope),
    ]
    rows.extend((k, str(v)) for k, v in scalar if v is not None)
    lists: list[tuple[str, list[str] | None]] = [
        ("conditions", list(c.conditions) if c.conditions is not None else None),
        ("obligors", c.obligors),
        ("beneficiaries", c.beneficiaries),
        ("limits", list(c.limits) if c.limits is not None else None),
    ]
    rows.extend((k, ", ".join(v) if v else "none") for k, v in lists if v is not None)
    if c.quantified is not None:
        rows.append(("quantified", "yes" if c.quantified else "no"))
    return tuple(rows)


def _principal(c: Clause) -> str | None:
    main = principal_label(c.labels)
    if main is not None:
        return main
    for label in PROVISION_TYPES:
        if label in c.labels:
            return label
    return None


def _clause_view(c: Clause, dom_id: str) -> ClauseView:
    principal = _principal(c)
    bits = [", ".join(c.labels)] if c.labels else ["no label"]
    bits.extend(str(v) for v in (c.modality, c.automaticity) if v is not None)
    return ClauseView(
        clause=c,
        dom_id=dom_id,
        principal=principal,
        family=FAMILY_OF.get(principal) if principal else None,
        summary=f"{c.id} · " + " · ".join(bits),
        attributes=_attributes(c),
    )


def _pieces_from_text(text: str, views: Sequence[ClauseView]) -> tuple[Piece, ...] | None:
    """Full text with clause runs; None when the profile's offsets do not fit this text."""
    ordered = sorted(views, key=lambda v: (v.clause.start, -v.clause.end))
    pieces: list[Piece] = []
    pos = 0
    for v in ordered:
        c = v.clause
        if not (0 <= c.start <= c.end <= len(text)) or text[c.start : c.end] != c.text:
            return None
        if c.start < pos:  # overlapping or nested span: listed, not highlighted twice
            continue
        if c.start > pos:
            pieces.append(Piece(text[pos : c.start]))
        pieces.append(Piece(c.text, v))
        pos = c.end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return tuple(pieces)


def _pieces_from_clauses(views: Sequence[ClauseView]) -> tuple[Piece, ...]:
    """No source text at hand: the clauses in order, under their section headings."""
    pieces: list[Piece] = []
    section: str | None = None
    for v in sorted(views, key=lambda v: (v.clause.start, v.clause.end)):
        heading = v.clause.section if v.clause.section != section else None
        section = v.clause.section
        pieces.append(Piece(v.clause.text, v, heading=heading or None))
    return tuple(pieces)


def _refs(ids: Iterable[str], by_id: dict[str, ClauseView]) -> tuple[ClauseRef, ...]:
    out = []
    for cid in ids:
        v = by_id.get(cid)
        if v is None:
            out.append(ClauseRef(cid, None, cid))
        else:
            out.append(
                ClauseRef(cid, v.dom_id, f"{cid} ({v.clause.section})" if v.clause.section else cid)
            )
    return tuple(out)


def _legend(views: Sequence[ClauseView]) -> tuple[LegendEntry, ...]:
    """The families present in this document, each with its labels and their clause counts."""
    counts: dict[str, int] = {}
    for v in views:
        for label in v.clause.labels:
            counts[label] = counts.get(label, 0) + 1
    entries = []
    for key, title, colour, labels in FAMILIES:
        present = tuple((lab, counts[lab]) for lab in labels if lab in counts)
        if present:
            entries.append(LegendEntry(key, title, colour, present))
    return tuple(entries)


def _cells(grouped: dict[str, list[ClauseView]]) -> tuple[DutyCell, ...]:
    cells = []
    for label in PROVISION_TYPES:
        views = grouped.get(label)
        if not views:
            continue
        shown = views[:MAX_REFS_PER_CELL]
        refs = tuple(ClauseRef(v.clause.id, v.dom_id, v.clause.id) for v in shown)
        cells.append(DutyCell(label, refs, len(views) - len(shown)))
    return tuple(cells)


def _party_rows(profile: Profile, views: Sequence[ClauseView]) -> tuple[PartyRow, ...]:
    names = {p.id: p.name for p in profile.document.parties}
    roles = {p.id: ", ".join(p.roles) for p in profile.document.parties}
    duties: dict[str, dict[str, list[ClauseView]]] = {}
    protections: dict[str, dict[str, list[ClauseView]]] = {}
    for v in views:
        c = v.clause
        if not c.operative or v.principal is None or v.principal not in COMMITMENT_TYPES:
            continue
        for pid in c.obligors or []:
            duties.setdefault(pid, {}).setdefault(v.principal, []).append(v)
        for pid in c.beneficiaries or []:
            protections.setdefault(pid, {}).setdefault(v.principal, []).append(v)
    pseudo = {ALL_PARTIES: "All parties", ANY_STATE: "Any state"}
    ids = list(names) + sorted((set(duties) | set(protections)) - set(names))
    return tuple(
        PartyRow(
            party_id=pid,
            name=names.get(pid) or pseudo.get(pid, pid),
            roles=roles.get(pid, ""),
            duties=_cells(duties.get(pid, {})),
            protections=_cells(protections.get(pid, {})),
        )
        for pid in ids
    )


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(_as_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {_as_text(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
        )
    return str(value)


_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.IGNORECASE)


def _analogues(profile: Profile) -> tuple[AnalogueRow, ...] | None:
    if profile.analogues is None:
        return None
    rows = []
    for a in profile.analogues:
        source = a.get("source") if isinstance(a, dict) else None
        url = source if isinstance(source, str) and _SAFE_URL.match(source) else None
        get = a.get if isinstance(a, dict) else (lambda _k: None)
        rows.append(
            AnalogueRow(
                name=_as_text(get("name") or get("id")),
                year=_as_text(get("year")),
                similarity=_as_text(get("similarity")),
                shared=_as_text(get("shared")),
                differs=_as_text(get("differs")),
                outcome=_as_text(get("outcome")),
                event=_as_text(get("event")),
                source_text=_as_text(source),
                source_url=url,
            )
        )
    return tuple(rows)


def build_view(profile: Profile, text: str | None = None, prefix: str = "") -> ReportView:
    """Everything the report template shows, computed once. ``prefix`` keeps DOM ids unique
    when several reports share one page."""
    views = tuple(_clause_view(c, f"{prefix}cl-{i}") for i, c in enumerate(profile.clauses))
    by_id: dict[str, ClauseView] = {}
    for v in views:
        by_id.setdefault(v.clause.id, v)
    pieces = _pieces_from_text(text, views) if text is not None else None
    full_text = pieces is not None
    if pieces is None:
        pieces = _pieces_from_clauses(views)
    flags = tuple(
        FlagView(f.flag, humanise(f.flag), f.explanation, _refs(f.clause_ids, by_id))
        for f in profile.red_flags
    )
    scores = tuple(
        ScoreRow(dim, s.score, s.explanation, _refs(s.clause_ids, by_id), 10 + i * 34)
        for i, (dim, s) in enumerate(profile.scorecard.items())
    )
    labelled = [v for v in views if v.labelled]
    counts = {
        "clauses": len(views),
        "labelled": len(labelled),
        "operative": sum(1 for v in views if v.clause.operative),
        "commitments": sum(1 for v in labelled if v.principal in COMMITMENT_TYPES),
    }
    title = profile.document.title or profile.source.name
    return ReportView(
        profile=profile,
        prefix=prefix,
        title=title,
        pieces=pieces,
        full_text=full_text,
        clause_views=views,
        legend=_legend(views),
        flags=flags,
        scores=scores,
        parties=_party_rows(profile, views),
        analogues=_analogues(profile),
        counts=counts,
    )


def page_context(context: Context) -> dict[str, Any]:
    a = assets()
    return {"css": a.css, "js": a.js, "csp": a.csp(context), "context": context}


def render_html(profile: Profile, *, text: str | None = None) -> str:
    """The profile as one self-contained HTML page.

    With ``text`` (the source text the offsets index) the whole document is shown with its
    clauses highlighted; without it, the clauses are shown in order under their sections.
    """
    view = build_view(profile, text)
    return (
        environment().get_template("report.html.j2").render(view=view, **page_context("standalone"))
    )


def compare_views(
    profiles: Sequence[Profile], texts: Sequence[str | None] | None = None
) -> list[ReportView]:
    """One view per profile, with DOM ids prefixed so the reports can share a page."""
    texts = list(texts) if texts is not None else [None] * len(profiles)
    return [
        build_view(p, t, prefix=f"d{i}-")
        for i, (p, t) in enumerate(zip(profiles, texts, strict=True))
    ]


def render_compare_html(
    profiles: Sequence[Profile],
    texts: Sequence[str | None] | None = None,
    *,
    with_reports: bool = True,
) -> str:
    """Several profiles side by side as one self-contained page: scorecards, flags, key duties,
    then each full report (collapsed)."""
    views = compare_views(profiles, texts)
    return (
        environment()
        .get_template("compare.html.j2")
        .render(
            views=views,
            with_reports=with_reports,
            **compare_context(views),
            **page_context("standalone"),
        )
    )


def compare_context(views: Sequence[ReportView]) -> dict[str, Any]:
    """Rows of the side-by-side tables: one per dimension and one per flag raised anywhere."""
    from treatylens.codebook.labels import DIMENSIONS, RED_FLAGS

    flag_rows = []
    for name in RED_FLAGS:
        marks = [any(f.name == name for f in v.flags) for v in views]
        if any(marks):
            flag_rows.append((name, humanise(name), marks))
    score_rows = [
        (dim, [next(s.score for s in v.scores if s.dimension == dim) for v in views])
        for dim in DIMENSIONS
    ]
    return {"flag_rows": flag_rows, "score_rows": score_rows}


def key_duties(view: ReportView, limit: int = 8) -> list[ClauseView]:
    """The strongest commitments of a document, for the side-by-side page."""
    rank: dict[str, int] = {label: i for i, label in enumerate(PROVISION_TYPES)}
    commitments = [
        v for v in view.clause_views if v.clause.operative and v.principal in COMMITMENT_TYPES
    ]
    commitments.sort(key=lambda v: (rank.get(v.principal or "other", 99), v.clause.start))
    return commitments[:limit]
