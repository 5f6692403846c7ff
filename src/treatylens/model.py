"""Typed data that flows through the pipeline ``load -> segment -> extract -> assess -> render``.

One text, many views by offsets (as in spaCy's ``Doc``/``Span``):

* ``SourceText`` is what the user gave, decoded (txt/md/stdin) or extracted (pdf/html/docx).
  Every offset in the output indexes ``SourceText.text``.
* ``NormalisedText`` is the view analysis runs on (hyphenation joined, page furniture removed,
  whitespace collapsed) with a map back to source offsets.
* ``Segmentation`` holds provisions and clause spans; ``Profile`` is the finished, serialisable
  result whose JSON is the stable output contract (``schema_version`` "1").

Internal stage data are frozen dataclasses; the output contract is pydantic, which also gives the
JSON Schema printed by ``treatylens schema``.
"""

from __future__ import annotations

import io
import json
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from treatylens.codebook.labels import (
    Automaticity,
    Condition,
    Dimension,
    LegalForm,
    Means,
    Modality,
    ProvisionType,
    RedFlagName,
    Role,
    Trigger,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas

SCHEMA_VERSION: Literal["1"] = "1"

MediaType = Literal["text/plain", "text/markdown", "text/html", "application/pdf", "application/docx"]


# --------------------------------------------------------------------------- load


@dataclass(frozen=True)
class SourceText:
    """A loaded document: the text every output offset indexes, and where it came from."""

    text: str
    name: str
    media_type: MediaType
    sha256: str
    size_bytes: int
    encoding: str | None = None
    pages: int | None = None


@dataclass(frozen=True)
class NormalisedText:
    """The analysis view of a source text.

    ``to_source[i]`` is the source offset of normalised character ``i``; it has one extra entry
    (the source length) so that an exclusive end offset maps too.
    """

    text: str
    to_source: array[int]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` span back to source offsets."""
        if end <= start:
            s = self.to_source[start]
            return s, s
        return self.to_source[start], self.to_source[end - 1] + 1


# --------------------------------------------------------------------------- segment

ProvisionKind = Literal[
    "title", "preamble", "article", "paragraph", "point", "subpoint", "final", "signature", "annex", "body"
]
Zone = Literal["preamble", "body", "final", "annex", "news"]


@dataclass(frozen=True)
class Provision:
    """A numbered article, paragraph or point, or an unnumbered block (preamble, signature)."""

    id: str
    kind: ProvisionKind
    number: str | None
    heading: str | None
    label: str  # human path, e.g. "Article 5(1)(a)"
    start: int  # source offsets
    end: int
    parent: str | None = None


@dataclass(frozen=True)
class ClauseSpan:
    """One sentence or list item: the unit labels attach to."""

    id: str
    start: int  # source offsets; source[start:end] == text
    end: int
    text: str
    section: str  # the provision label, e.g. "Article 5(1)" or "Preamble"
    provision_id: str | None
    zone: Zone
    operative: bool
    lead_in: bool = False  # a list chapeau ending in ":" whose items follow
    parent_id: str | None = None  # the chapeau clause for list items


@dataclass(frozen=True)
class Segmentation:
    title: str | None
    provisions: tuple[Provision, ...]
    clauses: tuple[ClauseSpan, ...]
    is_news: bool = False


# --------------------------------------------------------------------------- output contract


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Reason(_Out):
    """Why a value was given: the rule that fired and the words it fired on."""

    field: str = Field(description="the label or attribute explained, e.g. 'labels' or 'modality'")
    value: str = Field(description="the value given, e.g. 'defence' or 'binding'")
    rule: str = Field(description="id of the codebook rule or lexicon entry that produced it")
    start: int | None = Field(default=None, description="source offset of the cue, if any")
    end: int | None = None
    match: str | None = Field(default=None, description="the cue text, source[start:end]")


class SourceInfo(_Out):
    name: str
    media_type: str
    sha256: str
    chars: int
    bytes: int
    encoding: str | None = None
    pages: int | None = None


class Party(_Out):
    id: str
    name: str
    roles: list[Role] = Field(default_factory=list)


class DocumentFindings(_Out):
    legal_form: LegalForm
    title: str | None = None
    parties: list[Party] = Field(default_factory=list)
    adversary: str | None = None
    adversary_is_guarantor: bool = False
    veto_exposure: bool = False
    because: list[Reason] = Field(default_factory=list)


class ProvisionOut(_Out):
    id: str
    kind: str
    number: str | None
    heading: str | None
    label: str
    start: int
    end: int
    parent: str | None = None


class Clause(_Out):
    id: str
    start: int
    end: int
    text: str
    section: str
    operative: bool
    labels: list[ProvisionType] = Field(default_factory=list)
    modality: Modality | None = None
    automaticity: Automaticity | None = None
    trigger: Trigger | None = None
    conditions: list[Condition] | None = None
    means: Means | None = None
    obligors: list[str] | None = None
    beneficiaries: list[str] | None = None
    quantified: bool | None = None
    scope: str | None = None
    limits: list[ProvisionType] | None = None
    because: list[Reason] = Field(default_factory=list)


class DimensionScore(_Out):
    score: int = Field(ge=0, le=100)
    clause_ids: list[str] = Field(default_factory=list)
    explanation: str


class Scorecard(_Out):
    obligation: DimensionScore
    automaticity: DimensionScore
    precision: DimensionScore
    capability: DimensionScore
    enforcement: DimensionScore
    independence: DimensionScore

    def items(self) -> list[tuple[Dimension, DimensionScore]]:
        return [
            ("obligation", self.obligation),
            ("automaticity", self.automaticity),
            ("precision", self.precision),
            ("capability", self.capability),
            ("enforcement", self.enforcement),
            ("independence", self.independence),
        ]


class RedFlag(_Out):
    flag: RedFlagName
    clause_ids: list[str] = Field(default_factory=list)
    explanation: str


class Profile(_Out):
    """The result of ``analyze``: the stable JSON output contract."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: SourceInfo
    document: DocumentFindings
    provisions: list[ProvisionOut] = Field(default_factory=list)
    clauses: list[Clause] = Field(default_factory=list)
    scorecard: Scorecard
    red_flags: list[RedFlag] = Field(default_factory=list)
    analogues: list[dict[str, Any]] | None = Field(
        default=None, description="nearest historical cases, when the history module is used"
    )

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)

    def to_json(self, indent: int | None = 2) -> str:
        """Deterministic JSON: same input, byte-identical output."""
        # Same text as json.dumps, but written piece by piece: with an indent, dumps first
        # collects millions of small strings in a list, which doubled a long document's peak memory.
        if indent is None:  # compact: the C encoder builds one string directly
            return json.dumps(self.to_dict(), ensure_ascii=False) + "\n"
        out = io.StringIO()
        for chunk in json.JSONEncoder(ensure_ascii=False, indent=indent).iterencode(self.to_dict()):
            out.write(chunk)
        out.write("\n")
        return out.getvalue()

    @classmethod
    def from_json(cls, data: str | bytes) -> Profile:
        return cls.model_validate_json(data)

    def clause(self, clause_id: str) -> Clause | None:
        for c in self.clauses:
            if c.id == clause_id:
                return c
        return None

    def to_frame(self) -> pandas.DataFrame:
        """The clauses as a pandas DataFrame, one row per clause."""
        import pandas as pd

        rows = []
        for c in self.clauses:
            row = c.model_dump(mode="json", exclude={"because"})
            rows.append(row)
        return pd.DataFrame(rows)

    def _repr_html_(self) -> str:
        from treatylens.render.html import render_html

        return render_html(self)


@dataclass
class PipelineOptions:
    """User choices that shape analysis (never hidden global state)."""

    adversary: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """What ``extract`` hands to ``assess``: labelled clauses and the document's own findings.

    ``document`` holds what is read off the text (legal form, title, parties with names,
    adversary); ``assess`` adds the findings computed from the clauses (roles,
    adversary_is_guarantor, veto_exposure), the scorecard and the red flags.
    """

    source: SourceText
    segmentation: Segmentation
    document: DocumentFindings
    clauses: tuple[Clause, ...]
    options: PipelineOptions
