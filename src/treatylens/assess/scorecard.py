"""The six-dimension scorecard (codebook section 5): simple, monotone, documented formulas over
the labelled clauses, with weights as data in ``treatylens.codebook.scoring``. Descriptive,
never a probability (see docs/scorecard.md)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from treatylens.assess.common import is_commitment, is_response_duty, main_duty, section_of
from treatylens.assess.findings import Finding
from treatylens.assess.limits import LimitationEffects
from treatylens.codebook.labels import MODALITY, LegalForm, ProvisionType
from treatylens.codebook.scoring import (
    AUTOMATICITY_FORCE_REMOVED_PENALTY,
    AUTOMATICITY_POINTS,
    AUTOMATICITY_UNTRIGGERED_DEFENCE,
    CAPABILITY_ARMED_DEFENCE_POINTS,
    CAPABILITY_POINTS,
    CAPABILITY_QUANTIFIED_POINTS,
    DEFINED_TRIGGERS,
    DISCLAIMED_FORM_STRENGTH,
    ENFORCEMENT_POINTS,
    FORCE_REMOVED_NOTE,
    FORM_STRENGTH,
    INDEPENDENCE_PENALTIES,
    MODALITY_CREDIT,
    MODALITY_STRENGTH,
    OBLIGATION_FORCE_REMOVED_PENALTY,
    OBLIGATION_FORM_WEIGHT,
    OBLIGATION_WORDS_WEIGHT,
    PRECISION_WEIGHTS,
)
from treatylens.model import Clause, DimensionScore, Scorecard


@dataclass(frozen=True)
class ScoreInputs:
    legal_form: LegalForm
    clauses: tuple[Clause, ...]
    disclaimers: tuple[Clause, ...]
    limitations: LimitationEffects
    adversary_guarantor: Finding
    veto: Finding
    exit_clause_ids: tuple[str, ...] | None  # None: no exit at will

    def commitments(self) -> list[Clause]:
        return [c for c in self.clauses if is_commitment(c)]

    def has_defence(self) -> bool:
        return any(c.operative and "defence" in c.labels for c in self.clauses)

    @property
    def force_removed(self) -> bool:
        """A limitation strips armed force from a defence duty that exists."""
        return self.limitations.defence_non_military and self.has_defence()


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def _ordered_ids(clauses: Iterable[Clause]) -> list[str]:
    seen: dict[str, int] = {}
    for c in clauses:
        seen.setdefault(c.id, c.start)
    return sorted(seen, key=lambda cid: (seen[cid], cid))


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _force_note(inputs: ScoreInputs) -> str:
    return " " + FORCE_REMOVED_NOTE.format(
        section=section_of(inputs.limitations.force_removed_by[0])
    )


def obligation(inputs: ScoreInputs) -> DimensionScore:
    """Half the instrument's legal force, half the average strength of its commitment words."""
    commitments = inputs.commitments()
    form = FORM_STRENGTH[inputs.legal_form]
    if inputs.disclaimers:
        form = min(form, DISCLAIMED_FORM_STRENGTH)
    strengths = [MODALITY_STRENGTH[c.modality or "none"] for c in commitments]
    words = 100 * sum(strengths) / len(strengths) if strengths else 0.0
    score = OBLIGATION_FORM_WEIGHT * form + OBLIGATION_WORDS_WEIGHT * words
    counts = {m: sum(1 for c in commitments if (c.modality or "none") == m) for m in MODALITY}
    explanation = (
        f"Legal form {inputs.legal_form.replace('_', ' ')}{' with a disclaimer of legal force' if inputs.disclaimers else ''} "
        f"scores {form}/100; the words of {len(commitments)} commitment clauses "
        f"({counts['binding']} binding, {counts['qualified']} qualified, {counts['hortatory']} hortatory, "
        f"{counts['none']} reported) score {round(words)}/100."
    )
    moved = [*commitments, *inputs.disclaimers]
    if inputs.force_removed:
        score -= OBLIGATION_FORCE_REMOVED_PENALTY
        explanation += _force_note(inputs)
        moved += inputs.limitations.force_removed_by
    return DimensionScore(
        score=_clamp(score), clause_ids=_ordered_ids(moved), explanation=explanation
    )


def automaticity(inputs: ScoreInputs) -> DimensionScore:
    """The automaticity of the main response duty (rule R6's main defence duty)."""
    duty = main_duty(inputs.clauses)
    if duty is None:
        return DimensionScore(
            score=0,
            clause_ids=[],
            explanation="No clause promises a response to an attack or threat.",
        )
    if duty.automaticity is not None:
        score = AUTOMATICITY_POINTS[duty.automaticity]
        explanation = (
            f"The main response duty ({section_of(duty)}) is {duty.automaticity.replace('_', '-')}."
        )
    elif "defence" in duty.labels:
        score = AUTOMATICITY_UNTRIGGERED_DEFENCE
        explanation = (
            f"The defence commitment ({section_of(duty)}) names no event that sets it off."
        )
    else:
        score = 0
        explanation = f"The main response duty ({section_of(duty)}) has no recorded automaticity."
    moved = [duty]
    if inputs.force_removed and "defence" in duty.labels:
        score -= AUTOMATICITY_FORCE_REMOVED_PENALTY
        explanation += _force_note(inputs)
        moved += inputs.limitations.force_removed_by
    return DimensionScore(
        score=_clamp(score), clause_ids=_ordered_ids(moved), explanation=explanation
    )


def precision(inputs: ScoreInputs) -> DimensionScore:
    """Shares of commitments that fix a number, response duties with a defined trigger, and
    commitments whose words are not left to the obligor."""
    commitments = inputs.commitments()
    responses = [c for c in commitments if is_response_duty(c)]
    quantified = [c for c in commitments if c.quantified]
    defined = [c for c in responses if c.trigger in DEFINED_TRIGGERS]
    unqualified = [c for c in commitments if c.modality == "binding"]
    score = (
        PRECISION_WEIGHTS["quantified"] * _share(len(quantified), len(commitments))
        + PRECISION_WEIGHTS["defined_trigger"] * _share(len(defined), len(responses))
        + PRECISION_WEIGHTS["unqualified"] * _share(len(unqualified), len(commitments))
    )
    explanation = (
        f"{len(quantified)} of {len(commitments)} commitment clauses fix a number; "
        f"{len(defined)} of {len(responses)} response duties have a defined trigger; "
        f"{len(unqualified)} of {len(commitments)} commitments are in binding, unqualified words."
    )
    return DimensionScore(
        score=_clamp(score),
        clause_ids=_ordered_ids([*quantified, *defined, *unqualified]),
        explanation=explanation,
    )


def _credit(clause: Clause) -> float:
    return MODALITY_CREDIT[clause.modality] if clause.modality is not None else 1.0


def _best_clauses(
    clauses: Sequence[Clause], points: dict[ProvisionType, int]
) -> tuple[float, list[Clause], list[str]]:
    """For each kind present, its points times the best credit among its clauses."""
    total = 0.0
    moved: list[Clause] = []
    kinds: list[str] = []
    for label, value in points.items():
        having = [c for c in clauses if c.operative and label in c.labels]
        if having:
            best = max(having, key=_credit)
            total += value * _credit(best)
            moved += having
            kinds.append(label.replace("_", " "))
    return total, moved, kinds


def capability(inputs: ScoreInputs) -> DimensionScore:
    """Forces, command, weapons and money committed; carve-outs of forces or force reduce it."""
    total, moved, kinds = _best_clauses(inputs.clauses, CAPABILITY_POINTS)
    notes: list[str] = []
    forces_limited = [c for c in inputs.limitations.narrowing("forces_presence") if c.operative]
    if forces_limited and any(
        c.operative and "forces_presence" in c.labels for c in inputs.clauses
    ):
        total -= CAPABILITY_POINTS["forces_presence"] / 2
        notes.append(
            f"A limitation ({section_of(forces_limited[0])}) narrows the deployment of forces."
        )
        moved += forces_limited
    armed = [
        c
        for c in inputs.clauses
        if c.operative and "defence" in c.labels and c.means in ("military", "all_means")
    ]
    if armed and not inputs.force_removed:
        total += CAPABILITY_ARMED_DEFENCE_POINTS
        kinds.append("armed defence")
        moved += armed
    limited_ids = {c.id for c in forces_limited}
    quantified = list({c.id: c for c in moved if c.quantified and c.id not in limited_ids}.values())
    if quantified:
        total += CAPABILITY_QUANTIFIED_POINTS
    explanation = (
        f"Backing committed: {', '.join(kinds)}."
        if kinds
        else "No troops, weapons, money or joint command committed."
    )
    if quantified:
        explanation += f" {len(quantified)} of these clauses fix{'es' if len(quantified) == 1 else ''} numbers."
    if inputs.force_removed:
        explanation += _force_note(inputs)
        moved += inputs.limitations.force_removed_by
    if notes:
        explanation += " " + " ".join(notes)
    return DimensionScore(
        score=_clamp(total), clause_ids=_ordered_ids(moved), explanation=explanation
    )


def enforcement(inputs: ScoreInputs) -> DimensionScore:
    """Institutions, monitoring, dispute settlement and sanctions that give the text teeth."""
    total, moved, kinds = _best_clauses(inputs.clauses, ENFORCEMENT_POINTS)
    explanation = (
        f"Machinery: {', '.join(kinds)}."
        if kinds
        else "No institution, monitoring, dispute settlement or sanctions."
    )
    return DimensionScore(
        score=_clamp(total), clause_ids=_ordered_ids(moved), explanation=explanation
    )


def independence(inputs: ScoreInputs) -> DimensionScore:
    """100 less the penalties: adversary among the guarantors, a veto, exit at will, and a
    response that waits for an outside body."""
    score = 100
    parts: list[str] = []
    moved: list[Clause] = []
    by_id = {c.id: c for c in inputs.clauses}
    if inputs.adversary_guarantor.value:
        score -= INDEPENDENCE_PENALTIES["adversary_is_guarantor"]
        parts.append("the adversary is among the guarantors")
        moved += inputs.adversary_guarantor.clauses
    if inputs.veto.value:
        score -= INDEPENDENCE_PENALTIES["veto_exposure"]
        parts.append("the response can be vetoed in the Security Council")
        moved += inputs.veto.clauses
    elif inputs.veto.clauses:
        score -= INDEPENDENCE_PENALTIES["external_dependence"]
        parts.append("a response waits for the Security Council")
        moved += inputs.veto.clauses
    if inputs.exit_clause_ids is not None:
        score -= INDEPENDENCE_PENALTIES["exit_at_will"]
        parts.append("a party can leave at will")
        moved += [by_id[i] for i in inputs.exit_clause_ids if i in by_id]
    explanation = (
        "Nothing lets the adversary, a veto or a quick exit undo the commitments."
        if not parts
        else "Reduced because " + "; ".join(parts) + "."
    )
    return DimensionScore(
        score=_clamp(score), clause_ids=_ordered_ids(moved), explanation=explanation
    )


def scorecard(inputs: ScoreInputs) -> Scorecard:
    return Scorecard(
        obligation=obligation(inputs),
        automaticity=automaticity(inputs),
        precision=precision(inputs),
        capability=capability(inputs),
        enforcement=enforcement(inputs),
        independence=independence(inputs),
    )
