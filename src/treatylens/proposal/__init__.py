"""What-if proposals: a guarantee written as structured YAML, assessed exactly like a text."""

from __future__ import annotations

from pathlib import Path

from treatylens.model import Profile
from treatylens.proposal.build import build_extraction
from treatylens.proposal.explain import Improvement, explain
from treatylens.proposal.load import load_proposal, parse_proposal
from treatylens.proposal.schema import Proposal

__all__ = [
    "Improvement",
    "Proposal",
    "assess_proposal",
    "build_extraction",
    "explain",
    "load_proposal",
    "parse_proposal",
    "profile_from_proposal_file",
]


def assess_proposal(
    proposal: Proposal, name: str = "proposal.yaml", adversary: str | None = None
) -> Profile:
    """Scorecard and flags of a proposal, by the same ``assess`` that scores texts."""
    from treatylens.assess import assess

    return assess(build_extraction(proposal, name=name, adversary=adversary))


def profile_from_proposal_file(
    path: str | Path, adversary: str | None = None, k: int = 5
) -> Profile:
    """Load, validate and assess a proposal file, with its historical analogues attached."""
    from treatylens.history.analogues import attach_analogues

    path = Path(path)
    profile = assess_proposal(load_proposal(path), name=path.name, adversary=adversary)
    return attach_analogues(profile, k=k)
