"""Document findings computed from the labelled clauses (codebook section 4): the parties'
roles, whether the adversary is among the guarantors, and exposure to a Security Council veto."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from treatylens.assess.common import clause_reason, duty_parties, is_commitment
from treatylens.codebook.labels import ALL_PARTIES, ANY_STATE, ROLES, Role
from treatylens.codebook.scoring import (
    GUARANTOR_DUTIES,
    PERMANENT_MEMBER_ALLIES,
    PERMANENT_MEMBERS,
    ROLE_DUTIES,
    UNSC_CONDITIONS,
)
from treatylens.model import Clause, DocumentFindings, Party, Reason

#: Roles read off the text by extraction that clauses cannot give (kept as they are).
_TEXT_ROLES: frozenset[Role] = frozenset({"observer", "mediator"})
_PSEUDO_PARTIES = frozenset({ALL_PARTIES, ANY_STATE, "ALL_STATES"})


@dataclass(frozen=True)
class Finding:
    value: bool
    clauses: tuple[Clause, ...]
    because: tuple[Reason, ...]


def collect_parties(document: DocumentFindings, clauses: Sequence[Clause]) -> list[Party]:
    """The named parties, plus any state or organisation the clauses bind or protect by id."""
    parties = [p.model_copy(deep=True) for p in document.parties]
    known = {p.id for p in parties}
    for clause in clauses:
        if not is_commitment(clause):
            continue
        for pid in [*(clause.obligors or []), *(clause.beneficiaries or [])]:
            if pid not in known and pid not in _PSEUDO_PARTIES:
                known.add(pid)
                parties.append(Party(id=pid, name=pid))
    return parties


def assign_roles(parties: list[Party], clauses: Sequence[Clause]) -> list[Party]:
    """Guarantor (bound to protect another), beneficiary (protected by another), mutual (bound
    and protected by the same duty); observer and mediator roles from the text are kept."""
    party_ids = [p.id for p in parties]
    found: dict[str, set[Role]] = {pid: set() for pid in party_ids}
    for clause in clauses:
        if not is_commitment(clause) or not ROLE_DUTIES.intersection(clause.labels):
            continue
        obligors, beneficiaries = duty_parties(clause, party_ids)
        for pid in party_ids:
            if pid in obligors and pid in beneficiaries:
                found[pid].add("mutual")
            elif pid in obligors and beneficiaries:
                found[pid].add("guarantor")
            elif pid in beneficiaries and obligors:
                found[pid].add("beneficiary")
    out: list[Party] = []
    for party in parties:
        roles = found[party.id] | (set(party.roles) & _TEXT_ROLES)
        out.append(party.model_copy(update={"roles": [r for r in ROLES if r in roles]}))
    return out


def adversary_is_guarantor(
    adversary: str | None, clauses: Sequence[Clause], party_ids: Sequence[str]
) -> Finding:
    """True when the adversary is bound by a guarantor duty owed to another party beside other
    guarantors, or undertakes to defend the beneficiary; a mere counterparty is not a guarantor."""
    rule = "assess.adversary_is_guarantor"
    if adversary is None:
        why = Reason(field="adversary_is_guarantor", value="false", rule=f"{rule}.no_adversary")
        return Finding(False, (), (why,))
    deciding: list[Clause] = []
    for clause in clauses:
        if not is_commitment(clause) or not GUARANTOR_DUTIES.intersection(clause.labels):
            continue
        obligors, beneficiaries = duty_parties(clause, party_ids)
        # a duty owed to "any State" (a general renunciation of force) guarantees no one
        protected = [b for b in beneficiaries if b not in _PSEUDO_PARTIES]
        if adversary not in obligors or adversary in beneficiaries or not protected:
            continue
        co_guarantors = [o for o in obligors if o != adversary and o not in beneficiaries]
        if "defence" in clause.labels or co_guarantors:
            deciding.append(clause)
    if not deciding:
        why = Reason(field="adversary_is_guarantor", value="false", rule=f"{rule}.not_an_obligor")
        return Finding(False, (), (why,))
    reasons = tuple(clause_reason("adversary_is_guarantor", "true", rule, c) for c in deciding)
    return Finding(True, tuple(deciding), reasons)


def veto_holders(adversary: str | None) -> tuple[str, ...]:
    """Permanent members that are the adversary or its treaty ally."""
    if adversary is None:
        return ()
    related = {adversary, *PERMANENT_MEMBER_ALLIES.get(adversary, ())}
    return tuple(m for m in PERMANENT_MEMBERS if m in related)


def waits_for_council(clause: Clause) -> bool:
    return is_commitment(clause) and (
        clause.automaticity == "external"
        or bool(UNSC_CONDITIONS.intersection(clause.conditions or []))
    )


def veto_exposure(adversary: str | None, clauses: Sequence[Clause]) -> Finding:
    """True when a response waits for the Security Council and a permanent member is the
    adversary or its ally (a duty merely to report to the Council exposes nothing)."""
    rule = "assess.veto_exposure"
    gated = tuple(c for c in clauses if waits_for_council(c))
    holders = veto_holders(adversary)
    if not gated:
        why = Reason(field="veto_exposure", value="false", rule=f"{rule}.no_council_gate")
        return Finding(False, (), (why,))
    if not holders:
        why = Reason(
            field="veto_exposure", value="false", rule=f"{rule}.no_permanent_member_adversary"
        )
        return Finding(False, gated, (why,))
    reasons = tuple(clause_reason("veto_exposure", "true", rule, c) for c in gated)
    return Finding(True, gated, reasons)
