"""``--explain``: per dimension, the single change that improves it most, found by re-assessing.

Each candidate change is applied to the proposal, the modified proposal is assessed exactly
like the original, and the gains are measured; nothing is asserted without recomputation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from treatylens.codebook.labels import DIMENSIONS, NON_BINDING_FORMS, Dimension
from treatylens.model import Profile
from treatylens.proposal.schema import Proposal

Change = Callable[[Proposal], Proposal | None]


def _response(p: Proposal, **update: Any) -> Proposal:
    return p.model_copy(update={"response": p.response.model_copy(update=update)})


def _make_automatic(p: Proposal) -> Proposal | None:
    if p.response.level == "automatic" and p.un_role != "authorisation":
        return None
    q = _response(p, level="automatic")
    return q.model_copy(update={"un_role": "report"}) if p.un_role == "authorisation" else q


def _binding(p: Proposal) -> Proposal | None:
    return None if p.response.modality == "binding" else _response(p, modality="binding")


def _treaty(p: Proposal) -> Proposal | None:
    return (
        p.model_copy(update={"legal_form": "treaty"}) if p.legal_form in NON_BINDING_FORMS else None
    )


def _remove_adversary(p: Proposal) -> Proposal | None:
    inside = p.adversary is not None and p.adversary in p.guarantors
    if not inside and not p.adversary_non_aggression:
        return None
    guarantors = [g for g in p.guarantors if g != p.adversary]
    if not guarantors:
        return None
    return p.model_copy(update={"guarantors": guarantors, "adversary_non_aggression": False})


def _armed_attack(p: Proposal) -> Proposal | None:
    return (
        p.model_copy(update={"trigger": "armed_attack"})
        if p.trigger in ("threat", "any_conflict")
        else None
    )


def _military_means(p: Proposal) -> Proposal | None:
    return (
        _response(p, means="military")
        if p.response.means in ("non_military", "unspecified")
        else None
    )


def _forces(p: Proposal) -> Proposal | None:
    if p.forces.presence and p.forces.troops:
        return None
    return p.model_copy(
        update={
            "forces": p.forces.model_copy(
                update={"presence": True, "troops": p.forces.troops or 10000}
            )
        }
    )


def _military_aid(p: Proposal) -> Proposal | None:
    return (
        None
        if p.aid.military
        else p.model_copy(update={"aid": p.aid.model_copy(update={"military": True})})
    )


def _command(p: Proposal) -> Proposal | None:
    return (
        None
        if p.command.integrated
        else p.model_copy(update={"command": p.command.model_copy(update={"integrated": True})})
    )


def _monitoring(p: Proposal) -> Proposal | None:
    return (
        None
        if p.monitoring.mission
        else p.model_copy(update={"monitoring": p.monitoring.model_copy(update={"mission": True})})
    )


def _institution(p: Proposal) -> Proposal | None:
    return None if p.institution else p.model_copy(update={"institution": True})


def _drop_conditions(p: Proposal) -> Proposal | None:
    weak = {"unsc_dependent", "non_military_only"}
    if not weak & set(p.conditions):
        return None
    return p.model_copy(update={"conditions": [c for c in p.conditions if c not in weak]})


def _notice(p: Proposal) -> Proposal | None:
    short = p.exit.at_will or (p.exit.notice_months is not None and p.exit.notice_months < 12)
    if not short:
        return None
    return p.model_copy(
        update={"exit": p.exit.model_copy(update={"at_will": False, "notice_months": 12})}
    )


#: Candidate changes, in the order used to break ties.
CHANGES: tuple[tuple[str, str, Change], ...] = (
    (
        "remove_adversary_from_guarantors",
        "remove the adversary from the guarantors",
        _remove_adversary,
    ),
    (
        "make_response_automatic",
        "make the response automatic (no consultation or UN step first)",
        _make_automatic,
    ),
    ("binding_wording", "word the duty as binding ('shall')", _binding),
    ("treaty_form", "make it a ratified treaty", _treaty),
    (
        "armed_attack_trigger",
        "trigger on an armed attack rather than a vague threat",
        _armed_attack,
    ),
    ("military_means", "state that assistance includes armed force", _military_means),
    (
        "drop_weakening_conditions",
        "drop the UN-dependence / non-military conditions",
        _drop_conditions,
    ),
    (
        "station_forces",
        "station a fixed force on the beneficiary's territory (10,000 troops tested)",
        _forces,
    ),
    ("military_aid", "commit military aid", _military_aid),
    ("integrated_command", "create an integrated command", _command),
    ("monitoring", "add a monitoring mission", _monitoring),
    ("institution", "create a council to run the agreement", _institution),
    ("notice_12_months", "require at least 12 months' notice to withdraw", _notice),
)


class Improvement(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    dimension: Dimension
    score: int
    change: str | None
    description: str
    new_score: int | None
    gain: int
    flags_removed: list[str]


def _scores(profile: Profile) -> dict[Dimension, int]:
    return {name: dim.score for name, dim in profile.scorecard.items()}


def explain(
    proposal: Proposal,
    assess_proposal: Callable[[Proposal], Profile],
    baseline: Profile | None = None,
) -> list[Improvement]:
    """For each dimension, the candidate change with the largest recomputed gain (or none)."""
    base = baseline or assess_proposal(proposal)
    base_scores = _scores(base)
    base_flags = {f.flag for f in base.red_flags}
    trials: list[tuple[str, str, dict[Dimension, int], list[str]]] = []
    for change_id, description, change in CHANGES:
        modified = change(proposal)
        if modified is None:
            continue
        profile = assess_proposal(modified)
        removed: list[str] = sorted(base_flags - {f.flag for f in profile.red_flags})
        trials.append((change_id, description, _scores(profile), removed))
    out: list[Improvement] = []
    for dim in DIMENSIONS:
        best: tuple[str, str, dict[Dimension, int], list[str]] | None = None
        for trial in trials:
            gain = trial[2][dim] - base_scores[dim]
            if gain > 0 and (best is None or gain > best[2][dim] - base_scores[dim]):
                best = trial
        if best is None:
            out.append(
                Improvement(
                    dimension=dim,
                    score=base_scores[dim],
                    change=None,
                    description="no single candidate change raises this dimension",
                    new_score=None,
                    gain=0,
                    flags_removed=[],
                )
            )
        else:
            out.append(
                Improvement(
                    dimension=dim,
                    score=base_scores[dim],
                    change=best[0],
                    description=best[1],
                    new_score=best[2][dim],
                    gain=best[2][dim] - base_scores[dim],
                    flags_removed=best[3],
                )
            )
    return out
