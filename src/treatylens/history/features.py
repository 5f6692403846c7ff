"""One feature vector for a reference case, an ATOP alliance and an analysed profile.

A feature value is ``True``/``False``, a category string, or ``None`` when the source does
not code it (ATOP says nothing about legal form or automaticity, for example). The
features, their weights and the ATOP mapping are documented in docs/history.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from treatylens.codebook.labels import (
    COMMITMENT_TYPES,
    NON_BINDING_FORMS,
    Condition,
    ProvisionType,
    RedFlagName,
)
from treatylens.history.reference import AtopAlliance, ReferenceCase, load_json
from treatylens.model import Clause, Profile

FeatureValue = bool | str | None
Features = Mapping[str, FeatureValue]

#: Provision types used as boolean features, in codebook order.
LABEL_FEATURES: tuple[ProvisionType, ...] = (
    "defence",
    "offence",
    "neutrality",
    "non_aggression",
    "respect_sovereignty",
    "consultation",
    "un_referral",
    "military_aid",
    "economic_aid",
    "forces_presence",
    "integrated_command",
    "institution",
    "monitoring",
    "ceasefire",
)

#: Human names of features for "shared" / "differs" lists.
FEATURE_NAMES: dict[str, str] = {
    "binding_form": "binding legal form (treaty or executive agreement)",
    "modality": "modality of the main duty",
    "automaticity": "automaticity of the main response",
    "conditional": "conditions on the main duty",
    "named_adversary_only": "limited to a named adversary",
    "unsc_dependent": "response waits for the UN Security Council",
    "adversary_is_guarantor": "adversary among the guarantors",
    "veto_exposure": "adversary can veto the response",
    "multilateral": "more than two parties",
    "post_1945": "after 1945",
}


@dataclass(frozen=True)
class SimilarityWeights:
    weights: tuple[tuple[str, float], ...]
    unknown_credit: float
    absence_weight: float


@lru_cache(maxsize=1)
def similarity_weights() -> SimilarityWeights:
    data = load_json("weights.json")
    raw = data.get("weights")
    if not isinstance(raw, dict) or not raw:
        from treatylens.errors import ValidationError

        raise ValidationError("weights.json: 'weights' must be a non-empty object")
    pairs = tuple((str(k), float(v)) for k, v in raw.items())
    return SimilarityWeights(
        weights=pairs,
        unknown_credit=float(data.get("unknown_credit", 0.5)),
        absence_weight=float(data.get("absence_weight", 1.0)),
    )


def _labels(features: dict[str, FeatureValue], labels: set[ProvisionType]) -> None:
    for label in LABEL_FEATURES:
        features[label] = label in labels


def case_features(case: ReferenceCase) -> dict[str, FeatureValue]:
    f: dict[str, FeatureValue] = {}
    _labels(f, set(case.provision_types))
    f["binding_form"] = case.legal_form not in NON_BINDING_FORMS
    f["modality"] = case.modality
    f["automaticity"] = case.automaticity
    f["conditional"] = bool(case.conditions)
    f["named_adversary_only"] = "named_adversary_only" in case.conditions
    f["unsc_dependent"] = "unsc_dependent" in case.conditions
    f["adversary_is_guarantor"] = case.adversary_is_guarantor
    f["veto_exposure"] = case.veto_exposure
    f["multilateral"] = (
        len(set(case.guarantors) | set(case.beneficiaries)) > 2 or not case.guarantors
    )
    f["post_1945"] = case.year >= 1945
    return f


def atop_features(alliance: AtopAlliance) -> dict[str, FeatureValue]:
    f: dict[str, FeatureValue] = {}
    labels = set(alliance.provision_types)
    _labels(f, labels)
    # ATOP codes no UN referral, monitoring or ceasefire provisions: unknown, not absent
    for unknown in ("un_referral", "monitoring", "ceasefire", "respect_sovereignty"):
        f[unknown] = None
    f["binding_form"] = None
    f["modality"] = None
    consultation_only = "consultation" in labels and not ({"defence", "offence"} & labels)
    f["automaticity"] = "consult_first" if consultation_only else None
    f["conditional"] = alliance.conditional
    f["named_adversary_only"] = "named_adversary_only" in alliance.conditions
    f["unsc_dependent"] = None
    f["adversary_is_guarantor"] = None
    f["veto_exposure"] = None
    f["multilateral"] = alliance.n_members > 2
    f["post_1945"] = alliance.begyr >= 1945
    return f


def main_duty(profile: Profile) -> Clause | None:
    """The main response duty: the first operative defence clause, else the first response duty."""
    operative = [c for c in profile.clauses if c.operative]
    for clause in operative:
        if "defence" in clause.labels:
            return clause
    for clause in operative:
        if clause.trigger not in (None, "none") and set(clause.labels) & COMMITMENT_TYPES:
            return clause
    return None


def profile_features(profile: Profile) -> dict[str, FeatureValue]:
    """Features of an analysed text or proposal (a text is judged as of today: post 1945)."""
    operative = [c for c in profile.clauses if c.operative]
    labels: set[ProvisionType] = set()
    conditions: set[Condition] = set()
    for clause in operative:
        labels.update(clause.labels)
        conditions.update(clause.conditions or [])
    f: dict[str, FeatureValue] = {}
    _labels(f, labels)
    duty = main_duty(profile)
    f["binding_form"] = profile.document.legal_form not in NON_BINDING_FORMS
    f["modality"] = duty.modality if duty is not None else None
    f["automaticity"] = duty.automaticity if duty is not None else None
    f["conditional"] = bool(conditions)
    f["named_adversary_only"] = "named_adversary_only" in conditions
    f["unsc_dependent"] = "unsc_dependent" in conditions or (
        duty is not None and duty.automaticity == "external"
    )
    f["adversary_is_guarantor"] = profile.document.adversary_is_guarantor
    f["veto_exposure"] = profile.document.veto_exposure
    f["multilateral"] = len(profile.document.parties) > 2
    f["post_1945"] = True
    return f


def case_flags(case: ReferenceCase) -> list[RedFlagName]:
    """The codebook's red flags (section 5) applied to a reference case's coding."""
    labels = set(case.provision_types)
    flags: list[RedFlagName] = []
    if case.legal_form in NON_BINDING_FORMS:
        flags.append("non_binding_form")
    has_defence = "defence" in labels
    if not has_defence:
        flags.append("no_defence_clause")
    response_types = labels & {
        "consultation",
        "military_aid",
        "economic_aid",
        "sanctions",
        "un_referral",
    }
    consultation_only = not has_defence and response_types == {"consultation"}
    if consultation_only:
        flags.append("consultation_only")
    if has_defence and (case.automaticity != "automatic" or case.modality == "qualified"):
        flags.append("discretionary_response")
    if not labels & {"forces_presence", "military_aid", "economic_aid", "integrated_command"}:
        flags.append("no_capability_backing")
    if case.exit_at_will:
        flags.append("exit_at_will")
    if case.trigger in ("threat", "any_conflict"):
        flags.append("vague_trigger")
    if case.modality in ("hortatory", "none"):
        flags.append("hortatory_core")
    if case.veto_exposure:
        flags.append("unsc_veto_exposure")
    if case.adversary_is_guarantor:
        flags.append("adversary_is_guarantor")
    return flags
