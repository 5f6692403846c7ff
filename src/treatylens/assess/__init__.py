"""Stage 4: from labelled clauses to a finished ``Profile``.

1. ``findings``: the parties' roles, ``adversary_is_guarantor`` and ``veto_exposure``
   (codebook section 4), each with the clauses that decide it;
2. ``limits``: what the ``limitation`` clauses take away from the duties they narrow;
3. ``flags``: the red flags of codebook section 5 (rule R6), each with a quotable sentence;
4. ``scorecard``: six descriptive dimensions, weights in ``treatylens.codebook.scoring``.
"""

from __future__ import annotations

from treatylens.assess.findings import (
    adversary_is_guarantor,
    assign_roles,
    collect_parties,
    veto_exposure,
)
from treatylens.assess.flags import FlagContext, disclaimers, red_flags
from treatylens.assess.limits import limitation_effects
from treatylens.assess.scorecard import ScoreInputs, scorecard
from treatylens.model import Extraction, Profile, ProvisionOut, SourceInfo

__all__ = ["assess"]


def assess(extraction: Extraction) -> Profile:
    """Compute the document findings, red flags and scorecard of one labelled document."""
    clauses = extraction.clauses  # read only: assess never changes a clause
    document = extraction.document.model_copy(deep=True)
    adversary = document.adversary or extraction.options.adversary

    parties = assign_roles(collect_parties(document, clauses), clauses)
    party_ids = [p.id for p in parties]
    guarantor = adversary_is_guarantor(adversary, clauses, party_ids)
    veto = veto_exposure(adversary, clauses)
    document = document.model_copy(
        update={
            "parties": parties,
            "adversary": adversary,
            "adversary_is_guarantor": guarantor.value,
            "veto_exposure": veto.value,
            "because": [*document.because, *guarantor.because, *veto.because],
        }
    )

    limitations = limitation_effects(clauses)
    context = FlagContext(
        legal_form=document.legal_form,
        clauses=clauses,
        parties=tuple(parties),
        adversary=adversary,
        adversary_guarantor=guarantor,
        veto=veto,
        limitations=limitations,
    )
    flags = red_flags(context)
    exit_flag = next((f for f in flags if f.flag == "exit_at_will"), None)
    card = scorecard(
        ScoreInputs(
            legal_form=document.legal_form,
            clauses=clauses,
            disclaimers=tuple(disclaimers(clauses)),
            limitations=limitations,
            adversary_guarantor=guarantor,
            veto=veto,
            exit_clause_ids=tuple(exit_flag.clause_ids) if exit_flag is not None else None,
        )
    )

    source = extraction.source
    return Profile(
        source=SourceInfo(
            name=source.name,
            media_type=source.media_type,
            sha256=source.sha256,
            chars=len(source.text),
            bytes=source.size_bytes,
            encoding=source.encoding,
            pages=source.pages,
        ),
        document=document,
        provisions=[
            ProvisionOut(
                id=p.id,
                kind=p.kind,
                number=p.number,
                heading=p.heading,
                label=p.label,
                start=p.start,
                end=p.end,
                parent=p.parent,
            )
            for p in extraction.segmentation.provisions
        ],
        clauses=list(clauses),
        scorecard=card,
        red_flags=flags,
    )
