"""Small shared views over labelled clauses: who is bound, which clauses commit, the main duty."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from treatylens.codebook.labels import ALL_PARTIES, COMMITMENT_TYPES, principal_label
from treatylens.model import Clause, Reason


def expand_parties(ids: Iterable[str] | None, party_ids: Sequence[str]) -> tuple[str, ...]:
    """Obligor or beneficiary ids with ``ALL_PARTIES`` replaced by the named parties, in order."""
    out: list[str] = []
    for pid in ids or ():
        for one in party_ids if pid == ALL_PARTIES else (pid,):
            if one not in out:
                out.append(one)
    return tuple(out)


def duty_parties(
    clause: Clause, party_ids: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(obligors, beneficiaries) with ``ALL_PARTIES`` expanded. "The Parties will provide
    Ukraine with aid" binds the parties other than Ukraine: when ``ALL_PARTIES`` owes a duty to
    named beneficiaries, those beneficiaries are not among its obligors."""
    obligors = expand_parties(clause.obligors, party_ids)
    beneficiaries = expand_parties(clause.beneficiaries, party_ids)
    if ALL_PARTIES in (clause.obligors or []) and ALL_PARTIES not in (clause.beneficiaries or []):
        named = set(clause.obligors or [])
        obligors = tuple(o for o in obligors if o in named or o not in beneficiaries)
    return obligors, beneficiaries


def is_commitment(clause: Clause) -> bool:
    """An operative clause carrying at least one commitment label (codebook section 3)."""
    return clause.operative and any(label in COMMITMENT_TYPES for label in clause.labels)


def is_response_duty(clause: Clause) -> bool:
    """A commitment that waits for a triggering event (trigger other than ``none``)."""
    return is_commitment(clause) and clause.trigger not in (None, "none")


def main_duty(clauses: Sequence[Clause]) -> Clause | None:
    """The main defence duty (rule R6): the first operative ``defence`` clause with a trigger,
    else the first ``defence`` clause, else the first response duty of any kind."""
    defence = [c for c in clauses if c.operative and "defence" in c.labels]
    for clause in defence:
        if clause.trigger not in (None, "none"):
            return clause
    if defence:
        return defence[0]
    for clause in clauses:
        if is_response_duty(clause):
            return clause
    return None


def principal(clause: Clause) -> str | None:
    return principal_label(clause.labels)


def clause_reason(field: str, value: str, rule: str, clause: Clause) -> Reason:
    """A reason that points at a whole clause (its span in the source)."""
    return Reason(
        field=field,
        value=value,
        rule=f"{rule}@{clause.id}",
        start=clause.start,
        end=clause.end,
        match=clause.text,
    )


def section_of(clause: Clause) -> str:
    """How a clause is named in a sentence: its numbered section ("Article 5(1)"), else its id
    (an unnumbered block such as a news report's "Report" would not find the clause)."""
    if any(ch.isdigit() for ch in clause.section):
        return clause.section
    return f"clause {clause.id}"
