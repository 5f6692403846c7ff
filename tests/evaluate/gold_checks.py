"""Checks that an authored gold file obeys FORMAT.md and the codebook vocabularies.

Shared by the held-out sets' tests so that both are held to the same rules.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from treatylens.codebook.labels import (
    AUTOMATICITY,
    COMMITMENT_TYPES,
    CONDITIONS,
    LEGAL_FORMS,
    MEANS,
    MEANS_TYPES,
    MODALITY,
    NON_BINDING_FORMS,
    PROVISION_TYPES,
    RED_FLAGS,
    TRIGGERS,
)

CLAUSE_KEYS = {
    "start", "end", "text", "operative", "labels", "modality", "automaticity", "trigger",
    "conditions", "means", "obligors", "beneficiaries", "quantified", "scope", "limits",
}  # fmt: skip
COMMITMENT_ATTRIBUTES = ("modality", "trigger", "conditions", "obligors", "beneficiaries", "quantified")
DOCUMENT_KEYS = {"legal_form", "adversary", "adversary_is_guarantor", "veto_exposure", "red_flags"}
SCOPED_CONDITIONS = {"territory_limited", "named_adversary_only"}
# Party ids: ISO 3166 alpha-3 codes, the codebook's group ids, and short organisation ids.
GROUP_IDS = {"ALL_PARTIES", "ANY_STATE"}
ORGANISATION_IDS = {"EU", "NATO", "UN", "OSCE"}


def text_path(gold_path: Path) -> Path:
    return gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")


def load_pair(gold_path: Path) -> tuple[dict[str, Any], str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold, text_path(gold_path).read_text(encoding="utf-8")


def check_gold_file(path: Path, min_words: int, max_words: int) -> None:
    gold, text = load_pair(path)
    assert set(gold) == {"doc_id", "provenance", "source", "document", "clauses"}
    assert gold["doc_id"] == path.name[: -len(".gold.json")]
    assert gold["provenance"] == "authored"
    assert min_words <= len(text.split()) <= max_words
    check_document(gold["document"])
    assert gold["clauses"], "every document has at least one clause"
    previous_end = 0
    for clause in gold["clauses"]:
        assert set(clause) == CLAUSE_KEYS
        start, end = clause["start"], clause["end"]
        # Offsets are code-point indices into the raw text; clauses are ordered and disjoint.
        assert previous_end <= start < end <= len(text), clause["text"][:60]
        assert text[start:end] == clause["text"]
        assert clause["text"] == clause["text"].strip()
        previous_end = end
        check_clause(clause)


def check_document(document: dict[str, Any]) -> None:
    assert set(document) == DOCUMENT_KEYS
    assert document["legal_form"] in LEGAL_FORMS
    assert document["adversary"] is None or is_party_id(document["adversary"])
    flags = document["red_flags"]
    assert set(flags) <= set(RED_FLAGS)
    assert flags == sorted(set(flags))
    # These two flags mirror the document fields (codebook section 5).
    assert ("adversary_is_guarantor" in flags) == document["adversary_is_guarantor"]
    assert ("unsc_veto_exposure" in flags) == document["veto_exposure"]
    if document["adversary_is_guarantor"] or document["veto_exposure"]:
        assert document["adversary"] is not None
    if document["legal_form"] in NON_BINDING_FORMS:
        assert "non_binding_form" in flags
    assert not {"consultation_only", "discretionary_response"} <= set(flags)


def is_party_id(value: str) -> bool:
    return value in GROUP_IDS or value in ORGANISATION_IDS or (len(value) == 3 and value.isupper())


def check_clause(clause: dict[str, Any]) -> None:
    labels = clause["labels"]
    assert set(labels) <= set(PROVISION_TYPES), labels
    assert len(labels) == len(set(labels))
    if not clause["operative"]:
        assert labels == []
    else:
        assert labels, "an operative clause carries at least one label (`other` if nothing fits)"
    if "other" in labels:
        assert labels == ["other"]
    commitments = [label for label in PROVISION_TYPES if label in labels and label in COMMITMENT_TYPES]
    if not commitments:
        assert all(clause[k] is None for k in (*COMMITMENT_ATTRIBUTES, "automaticity", "means", "scope"))
        if "limitation" in labels:
            assert clause["limits"] and set(clause["limits"]) <= set(PROVISION_TYPES)
        else:
            assert clause["limits"] is None
        return
    assert clause["modality"] in MODALITY
    assert clause["trigger"] in TRIGGERS
    assert set(clause["conditions"]) <= set(CONDITIONS)
    assert clause["obligors"] and all(is_party_id(p) for p in clause["obligors"])
    assert clause["beneficiaries"] and all(is_party_id(p) for p in clause["beneficiaries"])
    assert isinstance(clause["quantified"], bool)
    # Automaticity belongs to response duties only; means to defence and offence only.
    if clause["trigger"] == "none":
        assert clause["automaticity"] is None
    else:
        assert clause["automaticity"] in AUTOMATICITY
    if commitments[0] in MEANS_TYPES:
        assert clause["means"] in MEANS
    else:
        assert clause["means"] is None
    # scope names the territory or adversary only when a condition says the duty is limited to one.
    assert (clause["scope"] is not None) == bool(SCOPED_CONDITIONS & set(clause["conditions"]))
    assert clause["limits"] is None
