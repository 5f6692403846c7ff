"""Red flags (codebook section 5 as refined by the reconciled rule R6): each raised mechanically
for every document, with the clauses that cause it and one sentence a reader can quote."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from treatylens.assess.common import (
    duty_parties,
    expand_parties,
    is_commitment,
    is_response_duty,
    main_duty,
    principal,
    section_of,
)
from treatylens.assess.findings import Finding, veto_holders
from treatylens.assess.limits import LimitationEffects
from treatylens.assess.notice import ExitTerms, quickest_exit
from treatylens.codebook.labels import (
    ALL_PARTIES,
    CAPABILITY_TYPES,
    NON_BINDING_FORMS,
    RED_FLAGS,
    LegalForm,
    RedFlagName,
)
from treatylens.codebook.scoring import (
    COMMON_NAMES,
    DISCLAIMER,
    DISCRETION_PHRASES,
    DISCRETIONARY_AUTOMATICITY,
    EXIT_NOTICE_THRESHOLD_DAYS,
    EXIT_PHRASES,
    FLAG_SENTENCES,
    FORCE_REMOVED_NOTE,
    FORM_PHRASES,
    MIXED_BENEFICIARIES,
    MIXED_GUARANTORS,
    MUTUAL_GUARANTORS,
    REVOCABLE_FORMS,
    TRIGGER_PHRASES,
    UNNAMED_BENEFICIARIES,
    UNNAMED_GUARANTORS,
    VAGUE_TRIGGERS,
)
from treatylens.model import Clause, Party, RedFlag


@dataclass(frozen=True)
class FlagContext:
    """Everything the flag rules read: the clauses and the document findings."""

    legal_form: LegalForm
    clauses: tuple[Clause, ...]
    parties: tuple[Party, ...]
    adversary: str | None
    adversary_guarantor: Finding
    veto: Finding
    limitations: LimitationEffects

    @property
    def party_ids(self) -> list[str]:
        return [p.id for p in self.parties]

    def name(self, pid: str) -> str:
        """The short common name when there is one ("Russia"), else the name the text uses."""
        if pid in COMMON_NAMES:
            return COMMON_NAMES[pid]
        for party in self.parties:
            if party.id == pid and party.name:
                return party.name
        return pid

    def names(self, ids: Sequence[str], unnamed: str) -> str:
        named = [self.name(i) for i in ids]
        if not named:
            return unnamed
        if len(named) > 4:
            return f"{', '.join(named[:3])} and {len(named) - 3} others"
        return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"

    def guarantors_of(self, clause: Clause | None) -> str:
        """The obligors who owe the duty to someone else ("the parties" for a mutual pact)."""
        if clause is None:
            return UNNAMED_GUARANTORS
        obligors, beneficiaries = duty_parties(clause, self.party_ids)
        others = [o for o in obligors if o not in beneficiaries]
        if obligors and not others:
            return MUTUAL_GUARANTORS
        return self.names(others, UNNAMED_GUARANTORS)

    def beneficiaries_of(self, clause: Clause | None) -> str:
        if clause is not None and ALL_PARTIES in (clause.beneficiaries or []):
            return MIXED_GUARANTORS  # a mutual duty protects any party
        ids = expand_parties(clause.beneficiaries if clause else None, self.party_ids)
        return self.names(ids, UNNAMED_BENEFICIARIES)


def _sentence(flag: RedFlagName, **fields: object) -> str:
    text = FLAG_SENTENCES[flag].format(**fields)
    return text[0].upper() + text[1:]


def _ids(clauses: Sequence[Clause]) -> list[str]:
    return list(dict.fromkeys(c.id for c in clauses))


def disclaimers(clauses: Sequence[Clause]) -> list[Clause]:
    """Operative clauses that disclaim legal force ("does not create legal obligations")."""
    return [c for c in clauses if c.operative and DISCLAIMER.search(c.text)]


def non_binding_form(ctx: FlagContext) -> RedFlag | None:
    disclaiming = disclaimers(ctx.clauses)
    if ctx.legal_form in NON_BINDING_FORMS:
        reason = FORM_PHRASES[ctx.legal_form]
    elif disclaiming:
        reason = f"The text says it creates no legal obligations ({section_of(disclaiming[0])})"
    else:
        return None
    return RedFlag(
        flag="non_binding_form",
        clause_ids=_ids(disclaiming),
        explanation=_sentence("non_binding_form", form_reason=reason),
    )


def _protected(ctx: FlagContext) -> tuple[str, str]:
    """Who would guarantee whom, for sentences: parties that only guarantee and parties that
    are only protected; when the roles are mixed (a mutual pact), no names."""
    guarantors = [
        p.id for p in ctx.parties if "guarantor" in p.roles and "beneficiary" not in p.roles
    ]
    beneficiaries = [
        p.id for p in ctx.parties if "beneficiary" in p.roles and "guarantor" not in p.roles
    ]
    if not guarantors or not beneficiaries or len(guarantors) + len(beneficiaries) > 5:
        return MIXED_GUARANTORS, MIXED_BENEFICIARIES
    return ctx.names(guarantors, MIXED_GUARANTORS), ctx.names(beneficiaries, MIXED_BENEFICIARIES)


def no_defence_clause(ctx: FlagContext) -> RedFlag | None:
    if any(c.operative and "defence" in c.labels for c in ctx.clauses):
        return None
    guarantors, beneficiaries = _protected(ctx)
    return RedFlag(
        flag="no_defence_clause",
        clause_ids=[],
        explanation=_sentence(
            "no_defence_clause", guarantors=guarantors, beneficiaries=beneficiaries
        ),
    )


def _response_duties(ctx: FlagContext) -> list[Clause]:
    return [c for c in ctx.clauses if is_response_duty(c)]


def consultation_only(ctx: FlagContext) -> RedFlag | None:
    if any(c.operative and "defence" in c.labels for c in ctx.clauses):
        return None
    duties = _response_duties(ctx)
    if not duties or any(principal(c) != "consultation" for c in duties):
        return None
    return RedFlag(
        flag="consultation_only",
        clause_ids=_ids(duties),
        explanation=_sentence(
            "consultation_only",
            section=section_of(duties[0]),
            beneficiaries=ctx.beneficiaries_of(duties[0]),
        ),
    )


def discretionary_response(ctx: FlagContext) -> RedFlag | None:
    duty = main_duty(ctx.clauses)
    if duty is None or consultation_only(ctx) is not None:
        return None
    if duty.automaticity in DISCRETIONARY_AUTOMATICITY:
        how = DISCRETION_PHRASES[duty.automaticity or ""]
    elif duty.modality == "qualified":
        how = DISCRETION_PHRASES["qualified"]
    else:
        return None
    explanation = _sentence(
        "discretionary_response",
        section=section_of(duty),
        how=how,
        guarantors=ctx.guarantors_of(duty),
    )
    ids = [duty.id]
    if "defence" in duty.labels and ctx.limitations.defence_non_military:
        removing = ctx.limitations.force_removed_by
        explanation += " " + FORCE_REMOVED_NOTE.format(section=section_of(removing[0]))
        ids = _ids([duty, *removing])
    return RedFlag(flag="discretionary_response", clause_ids=ids, explanation=explanation)


def no_capability_backing(ctx: FlagContext) -> RedFlag | None:
    if any(c.operative and CAPABILITY_TYPES.intersection(c.labels) for c in ctx.clauses):
        return None
    return RedFlag(
        flag="no_capability_backing", clause_ids=[], explanation=_sentence("no_capability_backing")
    )


def _exit_reason(terms: ExitTerms | None, legal_form: LegalForm) -> str | None:
    if terms is not None:
        section = section_of(terms.clause)
        if terms.unilateral_revocation:
            return EXIT_PHRASES["revocation"].format(section=section)
        if terms.days is None:
            return EXIT_PHRASES["unstated"].format(section=section)
        if terms.days < EXIT_NOTICE_THRESHOLD_DAYS:
            if terms.days == 0:
                return EXIT_PHRASES["immediate"].format(section=section, phrase=terms.phrase)
            phrase = terms.phrase + ("'" if terms.phrase.endswith("s") else "'s")
            return EXIT_PHRASES["period"].format(section=section, phrase=phrase)
    if legal_form in REVOCABLE_FORMS:
        return EXIT_PHRASES["revocable_form"]
    return None


def exit_at_will(ctx: FlagContext) -> RedFlag | None:
    terms = quickest_exit(ctx.clauses)
    reason = _exit_reason(terms, ctx.legal_form)
    if reason is None:
        return None
    return RedFlag(
        flag="exit_at_will",
        clause_ids=[terms.clause.id] if terms is not None else [],
        explanation=_sentence("exit_at_will", exit_reason=reason),
    )


def vague_trigger(ctx: FlagContext) -> RedFlag | None:
    duty = main_duty(ctx.clauses)
    if duty is None or duty.trigger not in VAGUE_TRIGGERS:
        return None
    return RedFlag(
        flag="vague_trigger",
        clause_ids=[duty.id],
        explanation=_sentence(
            "vague_trigger",
            section=section_of(duty),
            trigger=TRIGGER_PHRASES[duty.trigger or "none"],
        ),
    )


def hortatory_core(ctx: FlagContext) -> RedFlag | None:
    commitments = [c for c in ctx.clauses if is_commitment(c)]
    hortatory = [c for c in commitments if c.modality == "hortatory"]
    if not commitments or 2 * len(hortatory) <= len(commitments):
        return None
    return RedFlag(
        flag="hortatory_core",
        clause_ids=_ids(hortatory),
        explanation=_sentence("hortatory_core", hortatory=len(hortatory), total=len(commitments)),
    )


def unsc_veto_exposure(ctx: FlagContext) -> RedFlag | None:
    if not ctx.veto.value:
        return None
    holders = veto_holders(ctx.adversary)
    described = [
        f"{ctx.name(h)} (the adversary)"
        if h == ctx.adversary
        else f"{ctx.name(h)} (an ally of {ctx.name(ctx.adversary or '')})"
        for h in holders
    ]
    return RedFlag(
        flag="unsc_veto_exposure",
        clause_ids=_ids(ctx.veto.clauses),
        explanation=_sentence(
            "unsc_veto_exposure",
            section=section_of(ctx.veto.clauses[0]),
            veto_holder=" or ".join(described),
        ),
    )


def adversary_is_guarantor(ctx: FlagContext) -> RedFlag | None:
    if not ctx.adversary_guarantor.value or ctx.adversary is None:
        return None
    deciding = ctx.adversary_guarantor.clauses
    return RedFlag(
        flag="adversary_is_guarantor",
        clause_ids=_ids(deciding),
        explanation=_sentence(
            "adversary_is_guarantor",
            adversary=ctx.name(ctx.adversary),
            section=section_of(deciding[0]),
        ),
    )


FLAG_RULES: dict[RedFlagName, Callable[[FlagContext], RedFlag | None]] = {
    "non_binding_form": non_binding_form,
    "no_defence_clause": no_defence_clause,
    "consultation_only": consultation_only,
    "discretionary_response": discretionary_response,
    "no_capability_backing": no_capability_backing,
    "exit_at_will": exit_at_will,
    "vague_trigger": vague_trigger,
    "hortatory_core": hortatory_core,
    "unsc_veto_exposure": unsc_veto_exposure,
    "adversary_is_guarantor": adversary_is_guarantor,
}


def red_flags(ctx: FlagContext) -> list[RedFlag]:
    """Every flag that fires, in the codebook's order."""
    raised = (FLAG_RULES[name](ctx) for name in RED_FLAGS)
    return [flag for flag in raised if flag is not None]
