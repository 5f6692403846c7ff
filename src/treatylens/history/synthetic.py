"""A reference case's coding as an ``Extraction``, so ``assess`` can score history like a text.

One synthetic clause per coded provision type; the principal commitment carries the case's
modality, automaticity, trigger, conditions and means. Used by the calibration to ask whether
the scorecard separates guarantees that held from those that failed.
"""

from __future__ import annotations

import hashlib

from treatylens.codebook.labels import COMMITMENT_TYPES, Role, principal_label
from treatylens.history.reference import ReferenceCase
from treatylens.model import (
    DocumentFindings,
    Extraction,
    Party,
    PipelineOptions,
    Segmentation,
    SourceText,
)
from treatylens.proposal.build import ClauseDraft


def case_extraction(case: ReferenceCase) -> Extraction:
    draft = ClauseDraft(text=f"{case.name}\n\n")
    principal = principal_label(case.provision_types)
    guarantors = case.guarantors or ["ALL_PARTIES"]
    beneficiaries = case.beneficiaries or ["ALL_PARTIES"]
    for label in case.provision_types:
        sentence = f"Coded provision: {label.replace('_', ' ')} ({case.id})."
        if label in COMMITMENT_TYPES:
            is_main = label == principal
            draft.add(
                sentence,
                [label],
                f"reference.{case.id}",
                modality=case.modality,
                automaticity=case.automaticity if is_main and case.trigger != "none" else None,
                trigger=case.trigger if is_main else "none",
                conditions=list(case.conditions) if is_main else [],
                means=case.means if label in ("defence", "offence") else None,
                obligors=guarantors,
                beneficiaries=beneficiaries,
                quantified=case.quantified,
            )
        else:
            draft.add(sentence, [label], f"reference.{case.id}")
    if case.exit_at_will:
        draft.add(
            "Coded provision: revocable by one side at will.",
            ["withdrawal"],
            f"reference.{case.id}",
        )
    text = draft.text.rstrip("\n") + "\n"
    data = text.encode("utf-8")
    source = SourceText(
        text=text,
        name=f"{case.id}.ref",
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )
    roles: dict[str, list[Role]] = {}
    for g in guarantors:
        roles.setdefault(g, []).append("guarantor")
    for b in beneficiaries:
        if "guarantor" in roles.get(b, []):
            roles[b] = ["mutual"]
        else:
            roles.setdefault(b, []).append("beneficiary")
    if case.adversary_is_guarantor and case.adversary and case.adversary not in roles:
        roles[case.adversary] = ["guarantor"]
    document = DocumentFindings(
        legal_form=case.legal_form,
        title=case.name,
        parties=[Party(id=k, name=k, roles=v) for k, v in roles.items()],
        adversary=case.adversary,
    )
    return Extraction(
        source=source,
        segmentation=Segmentation(
            title=case.name, provisions=tuple(draft.provisions), clauses=tuple(draft.spans)
        ),
        document=document,
        clauses=tuple(draft.clauses),
        options=PipelineOptions(adversary=case.adversary),
    )
