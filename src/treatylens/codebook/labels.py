"""Label and attribute vocabularies of CODEBOOK.md, in the codebook's own order.

Order matters: a clause's principal commitment is its first label in ``PROVISION_TYPES``
order (codebook section 3), and automaticity keeps the weakest value in ``AUTOMATICITY``
order (weakest first).
"""

from __future__ import annotations

from typing import Final, Literal

ProvisionType = Literal[
    "defence",
    "offence",
    "neutrality",
    "non_aggression",
    "respect_sovereignty",
    "consultation",
    "un_referral",
    "military_aid",
    "economic_aid",
    "sanctions",
    "forces_presence",
    "integrated_command",
    "interoperability",
    "institution",
    "monitoring",
    "dispute_settlement",
    "ceasefire",
    "territorial_status",
    "membership_path",
    "nuclear",
    "duration",
    "withdrawal",
    "entry_into_force",
    "force_limits",
    "limitation",
    "other",
]

#: Section 2 table order. Index = rank for "principal commitment".
PROVISION_TYPES: Final[tuple[ProvisionType, ...]] = (
    "defence",
    "offence",
    "neutrality",
    "non_aggression",
    "respect_sovereignty",
    "consultation",
    "un_referral",
    "military_aid",
    "economic_aid",
    "sanctions",
    "forces_presence",
    "integrated_command",
    "interoperability",
    "institution",
    "monitoring",
    "dispute_settlement",
    "ceasefire",
    "territorial_status",
    "membership_path",
    "nuclear",
    "duration",
    "withdrawal",
    "entry_into_force",
    "force_limits",
    "limitation",
    "other",
)

#: Labels that make a clause a commitment and give it attributes (section 3).
COMMITMENT_TYPES: Final[frozenset[ProvisionType]] = frozenset(
    {
        "defence",
        "offence",
        "neutrality",
        "non_aggression",
        "respect_sovereignty",
        "consultation",
        "un_referral",
        "military_aid",
        "economic_aid",
        "sanctions",
        "forces_presence",
        "force_limits",
    }
)

#: Labels whose clauses carry ``means``.
MEANS_TYPES: Final[frozenset[ProvisionType]] = frozenset({"defence", "offence"})

#: Labels that count as capability backing (flag ``no_capability_backing``).
CAPABILITY_TYPES: Final[frozenset[ProvisionType]] = frozenset(
    {"forces_presence", "military_aid", "economic_aid", "integrated_command"}
)

Modality = Literal["binding", "qualified", "hortatory", "none"]
#: Strongest first; "mixed cues: the weakest wins".
MODALITY: Final[tuple[Modality, ...]] = ("binding", "qualified", "hortatory", "none")

Automaticity = Literal["external", "consult_first", "discretionary", "automatic"]
#: Weakest first (codebook: external < consult_first < discretionary < automatic).
AUTOMATICITY: Final[tuple[Automaticity, ...]] = (
    "external",
    "consult_first",
    "discretionary",
    "automatic",
)

Trigger = Literal["armed_attack", "aggression", "threat", "any_conflict", "violation", "dispute", "none"]
TRIGGERS: Final[tuple[Trigger, ...]] = (
    "armed_attack",
    "aggression",
    "threat",
    "any_conflict",
    "violation",
    "dispute",
    "none",
)
#: Broadest (lowest threshold) first: with several triggers in one clause the broadest is kept
#: (codebook section 6: "armed attack or threat of armed attack" -> threat).
TRIGGER_BREADTH: Final[tuple[Trigger, ...]] = (
    "any_conflict",
    "threat",
    "aggression",
    "armed_attack",
    "violation",
    "dispute",
)

Condition = Literal[
    "constitutional_process",
    "un_charter",
    "unsc_dependent",
    "named_adversary_only",
    "territory_limited",
    "reciprocal",
    "time_limited",
    "non_military_only",
]
CONDITIONS: Final[tuple[Condition, ...]] = (
    "constitutional_process",
    "un_charter",
    "unsc_dependent",
    "named_adversary_only",
    "territory_limited",
    "reciprocal",
    "time_limited",
    "non_military_only",
)

Means = Literal["military", "all_means", "non_military", "unspecified"]
MEANS: Final[tuple[Means, ...]] = ("military", "all_means", "non_military", "unspecified")

LegalForm = Literal[
    "draft",
    "statement",
    "unilateral_act",
    "declaration",
    "memorandum",
    "treaty",
    "executive_agreement",
]
#: Section 4 order: first match wins.
LEGAL_FORMS: Final[tuple[LegalForm, ...]] = (
    "draft",
    "statement",
    "unilateral_act",
    "declaration",
    "memorandum",
    "treaty",
    "executive_agreement",
)
NON_BINDING_FORMS: Final[frozenset[LegalForm]] = frozenset(
    {"memorandum", "declaration", "statement", "unilateral_act", "draft"}
)

Role = Literal["guarantor", "beneficiary", "mutual", "observer", "mediator"]
ROLES: Final[tuple[Role, ...]] = ("guarantor", "beneficiary", "mutual", "observer", "mediator")

Dimension = Literal["obligation", "automaticity", "precision", "capability", "enforcement", "independence"]
DIMENSIONS: Final[tuple[Dimension, ...]] = (
    "obligation",
    "automaticity",
    "precision",
    "capability",
    "enforcement",
    "independence",
)

RedFlagName = Literal[
    "non_binding_form",
    "no_defence_clause",
    "consultation_only",
    "discretionary_response",
    "no_capability_backing",
    "exit_at_will",
    "vague_trigger",
    "hortatory_core",
    "unsc_veto_exposure",
    "adversary_is_guarantor",
]
RED_FLAGS: Final[tuple[RedFlagName, ...]] = (
    "non_binding_form",
    "no_defence_clause",
    "consultation_only",
    "discretionary_response",
    "no_capability_backing",
    "exit_at_will",
    "vague_trigger",
    "hortatory_core",
    "unsc_veto_exposure",
    "adversary_is_guarantor",
)

#: Pseudo-party ids of section 6.
ALL_PARTIES: Final = "ALL_PARTIES"
ANY_STATE: Final = "ANY_STATE"


def principal_label(labels: list[ProvisionType] | tuple[ProvisionType, ...]) -> ProvisionType | None:
    """The clause's principal commitment: its first commitment label in table order."""
    for label in PROVISION_TYPES:
        if label in labels and label in COMMITMENT_TYPES:
            return label
    return None


def weakest_automaticity(values: list[Automaticity]) -> Automaticity | None:
    """Keep the weakest of several automaticity values (codebook section 3)."""
    for value in AUTOMATICITY:
        if value in values:
            return value
    return None


def weakest_modality(values: list[Modality]) -> Modality | None:
    """Mixed cues: the weakest wins."""
    for value in reversed(MODALITY):
        if value in values:
            return value
    return None


def broadest_trigger(values: list[Trigger]) -> Trigger:
    """Several triggers in one clause: record the broadest, lowest-threshold one."""
    for value in TRIGGER_BREADTH:
        if value in values:
            return value
    return "none"
