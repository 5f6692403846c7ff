"""Hand-built profiles and sample texts for the report and web tests (authored for these tests).

The profiles are built directly on the ``Profile`` model, so the report can be tested with
highlights, flags, scorecards, parties and analogues whatever stage of the pipeline is in place.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

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

MEMORANDUM = """Memorandum on Security Assurances for the Republic of Veloria

Preamble
Recalling their commitment to the Charter of the United Nations,

Article 1
The Signatories will respect the independence, sovereignty and existing borders of Veloria.

Article 2
The Signatories will seek immediate United Nations Security Council action to provide assistance to Veloria if it becomes a victim of an act of aggression.

Article 3
The Signatories will consult one another if a situation arises that raises a question concerning these commitments.

Article 4
This Memorandum does not create legal obligations and may be revoked by any Signatory by written notice.
"""

TREATY = """Treaty of Mutual Assistance between Arland and Brenmark

Article 1
An armed attack against one Party shall be considered an attack against both, and each Party shall immediately render all assistance, including the use of armed force, to the Party attacked.

Article 2
Arland shall station two brigades on the territory of Brenmark and provide 500 million euros in military assistance each year.

Article 3
This Treaty shall remain in force for twenty years and a Party may withdraw from it on twelve months' notice.
"""


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _clause(text: str, cid: str, needle: str, section: str, **attrs: Any) -> Clause:
    start, end = _span(text, needle)
    cue = attrs.pop("cue", needle.split()[1] if len(needle.split()) > 1 else needle)
    cs, ce = _span(text[start:end], cue)
    because = [
        Reason(
            field="labels",
            value=(attrs.get("labels") or ["none"])[0],
            rule="test.rule",
            start=start + cs,
            end=start + ce,
            match=cue,
        )
    ]
    return Clause(
        id=cid, start=start, end=end, text=needle, section=section, because=because, **attrs
    )


def _scorecard(**scores: int) -> Scorecard:
    def dim(name: str) -> DimensionScore:
        return DimensionScore(
            score=scores.get(name, 0), clause_ids=["c2"], explanation=f"{name} explained"
        )

    return Scorecard(
        **{
            n: dim(n)
            for n in (
                "obligation",
                "automaticity",
                "precision",
                "capability",
                "enforcement",
                "independence",
            )
        }
    )


def memorandum_profile(
    text: str = MEMORANDUM, *, analogues: list[dict[str, Any]] | None = None
) -> Profile:
    """A Budapest-like memorandum with four flags, three parties and two analogues."""
    clauses = [
        _clause(
            text,
            "c1",
            "Recalling their commitment to the Charter of the United Nations,",
            "Preamble",
            operative=False,
        ),
        _clause(
            text,
            "c2",
            "The Signatories will respect the independence, sovereignty and existing borders of Veloria.",
            "Article 1",
            operative=True,
            labels=["respect_sovereignty"],
            modality="hortatory",
            trigger="none",
            obligors=["USA", "RUS", "GBR"],
            beneficiaries=["VLR"],
            quantified=False,
            cue="respect",
        ),
        _clause(
            text,
            "c3",
            "The Signatories will seek immediate United Nations Security Council action to provide assistance to Veloria if it becomes a victim of an act of aggression.",
            "Article 2",
            operative=True,
            labels=["un_referral"],
            modality="hortatory",
            automaticity="external",
            trigger="aggression",
            conditions=["unsc_dependent"],
            obligors=["USA", "RUS", "GBR"],
            beneficiaries=["VLR"],
            quantified=False,
            cue="Security Council",
        ),
        _clause(
            text,
            "c4",
            "The Signatories will consult one another if a situation arises that raises a question concerning these commitments.",
            "Article 3",
            operative=True,
            labels=["consultation"],
            modality="hortatory",
            automaticity="consult_first",
            trigger="dispute",
            obligors=["ALL_PARTIES"],
            beneficiaries=["ALL_PARTIES"],
            quantified=False,
            cue="consult",
        ),
        _clause(
            text,
            "c5",
            "This Memorandum does not create legal obligations and may be revoked by any Signatory by written notice.",
            "Article 4",
            operative=True,
            labels=["other", "withdrawal"],
            cue="does not create legal obligations",
        ),
    ]
    data = text.encode("utf-8")
    return Profile(
        source=SourceInfo(
            name="veloria-memorandum.txt",
            media_type="text/plain",
            sha256=hashlib.sha256(data).hexdigest(),
            chars=len(text),
            bytes=len(data),
            encoding="utf-8",
        ),
        document=DocumentFindings(
            legal_form="memorandum",
            title="Memorandum on Security Assurances for the Republic of Veloria",
            parties=[
                Party(id="USA", name="United States", roles=["guarantor"]),
                Party(id="RUS", name="Russia", roles=["guarantor"]),
                Party(id="GBR", name="United Kingdom", roles=["guarantor"]),
                Party(id="VLR", name="Veloria", roles=["beneficiary"]),
            ],
            adversary="RUS",
            adversary_is_guarantor=True,
            veto_exposure=True,
        ),
        clauses=clauses,
        scorecard=_scorecard(
            obligation=15,
            automaticity=10,
            precision=30,
            capability=0,
            enforcement=5,
            independence=10,
        ),
        red_flags=[
            RedFlag(
                flag="non_binding_form",
                clause_ids=["c5"],
                explanation="the memorandum disclaims legal obligations",
            ),
            RedFlag(
                flag="no_defence_clause",
                clause_ids=[],
                explanation="no operative clause is labelled defence",
            ),
            RedFlag(
                flag="unsc_veto_exposure",
                clause_ids=["c3"],
                explanation="the response waits for the Security Council, where the adversary has a veto",
            ),
            RedFlag(
                flag="adversary_is_guarantor",
                clause_ids=["c2", "c3"],
                explanation="RUS is among the guarantors",
            ),
        ],
        analogues=analogues
        if analogues is not None
        else [
            {
                "id": "budapest-1994",
                "name": "Budapest Memorandum",
                "year": 1994,
                "similarity": 0.92,
                "shared": ["un_referral", "respect_sovereignty"],
                "differs": [],
                "outcome": "violated",
                "event": "2014 annexation of Crimea",
                "source": "https://example.org/budapest",
            },
            {
                "id": "x",
                "name": "Another case",
                "year": 1939,
                "similarity": 0.41,
                "shared": "consultation",
                "differs": None,
                "outcome": None,
                "event": None,
                "source": None,
            },
        ],
    )


def make_pdf(text: str) -> bytes:
    """A one-page PDF of ``text``, one line per line (reportlab, deterministic)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in text.splitlines():
        pdf.drawString(50, y, line[:95])
        y -= 16
    pdf.save()
    return buf.getvalue()
