"""Attributes of a commitment clause (codebook sections 3 and 6).

The coder reads a clause's own words (dev A4), plus two things the codebook lets it borrow:
the list chapeau of a list item (obligor, modality, trigger, automaticity and conditions, dev S6)
and terms the document defines ("the Guarantor States"). Sentences that point back ("in such
circumstances", "following such consultations") take the trigger of the duty they point to.
Every value is explained by a ``Reason`` with the cue's rule id and source offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from treatylens.codebook import cues as C
from treatylens.codebook import parties as P
from treatylens.codebook.forms import ADVERSARY_FRAMES
from treatylens.codebook.labels import (
    ALL_PARTIES,
    ANY_STATE,
    CONDITIONS,
    Automaticity,
    Condition,
    LegalForm,
    Means,
    Modality,
    ProvisionType,
    Trigger,
    broadest_trigger,
    principal_label,
    weakest_automaticity,
    weakest_modality,
)
from treatylens.codebook.parties import Mention, entity, find_entities
from treatylens.extract.context import DocumentContext
from treatylens.extract.parties import defined_in, mentions_in, persons_in
from treatylens.extract.prefilter import Screen
from treatylens.model import Clause, ClauseSpan, DocumentFindings, Reason, Segmentation

#: Standing abstention duties never have a trigger (dev A1).
_STANDING: Final[frozenset[ProvisionType]] = frozenset({"non_aggression", "respect_sovereignty", "force_limits"})
#: Duties that are responses by nature: any trigger word in them is their trigger.
_RESPONSE: Final[frozenset[ProvisionType]] = frozenset({"defence", "offence", "neutrality", "consultation", "un_referral"})
#: Where the codebook's `territory_limited` does not apply: the place is where aid goes, not a limit.
_NO_TERRITORY: Final[frozenset[ProvisionType]] = frozenset({"forces_presence", "military_aid", "economic_aid"})


@dataclass
class CodingMemo:
    """What one clause leaves for the next: the previous duty, for anaphora and news reports."""

    last_trigger: Trigger = "none"
    last_trigger_reason: Reason | None = None
    last_obligors: list[str] = field(default_factory=list)
    last_beneficiaries: list[str] = field(default_factory=list)
    #: the current clause continues the previous initiative (same obligors and beneficiaries)
    continued: bool = False
    #: source spans of the words that named the current clause's obligors
    subject_spans: list[tuple[int, int]] = field(default_factory=list)
    by_clause: dict[str, Clause] = field(default_factory=dict)
    #: the last response duty with a trigger, for "following that meeting" and follow-on consultations
    last_response: Clause | None = None
    #: the previous commitment's principal label, for a subject-less continuation ("The annual amount is ...")
    last_principal: ProvisionType | None = None


@dataclass(frozen=True)
class _Text:
    """A piece of source text with its source offset."""

    text: str
    start: int


def code_attributes(
    clause: Clause,
    span: ClauseSpan,
    segmentation: Segmentation,
    document: DocumentFindings,
    context: DocumentContext | None = None,
    memo: CodingMemo | None = None,
) -> None:
    """Fill ``clause``'s attributes in place from its own words (and defined terms)."""
    ctx = context or DocumentContext(text="", legal_form=document.legal_form, is_news=segmentation.is_news, clauses=segmentation.clauses)
    memo = memo if memo is not None else CodingMemo()
    principal = principal_label(clause.labels)
    if principal is None:
        memo.by_clause[span.id] = clause
        return
    own = _Text(span.text, span.start)
    chapeau = _chapeau(span, ctx)
    parent = memo.by_clause.get(span.parent_id) if span.parent_id else None
    because = clause.because

    # modality
    modality, why = _modality(own, ctx)
    if chapeau is not None:
        head_modality, head_why = (parent.modality, []) if parent and parent.modality else _modality(chapeau, ctx)
        if head_modality is not None and (not why or why[0].rule == "modality.default"):
            modality, why = head_modality, head_why or [Reason(field="modality", value=head_modality, rule="modality.chapeau")]
    clause.modality = modality
    because.extend(why)

    # trigger
    trigger, why = _trigger(own, principal, memo)
    antecedent = _antecedent(span, own, principal, ctx, memo) if trigger == "none" else None
    if trigger == "none" and antecedent is not None and antecedent[0].trigger and principal not in _STANDING:
        source, rule = antecedent
        trigger = source.trigger or "none"
        # cite the opening words of the duty it builds on; start/end cover exactly those words
        cited = source.text[:80]
        why = [Reason(field="trigger", value=trigger, rule=rule, start=source.start, end=source.start + len(cited), match=cited)]
    if chapeau is not None and trigger == "none" and principal not in _STANDING:
        head_trigger, head_why = (parent.trigger, []) if parent and parent.trigger else _trigger(chapeau, principal, memo)
        if head_trigger and head_trigger != "none":
            trigger, why = head_trigger, head_why or [Reason(field="trigger", value=head_trigger, rule="trigger.chapeau")]
    clause.trigger = trigger
    because.extend(why)
    if trigger != "none":
        memo.last_trigger = trigger
        memo.last_trigger_reason = why[0] if why else None

    # obligors and beneficiaries
    obligors, why = _obligors(own, ctx, memo, chapeau, antecedent[0] if antecedent else None, principal)
    clause.obligors = obligors
    because.extend(why)
    beneficiaries, why = _beneficiaries(own, obligors, ctx, memo, antecedent[0] if antecedent else None)
    clause.beneficiaries = beneficiaries
    because.extend(why)
    if obligors:
        memo.last_obligors = obligors
    memo.last_beneficiaries = beneficiaries

    # conditions and scope
    conditions, scope, why = _conditions(own, principal, obligors + beneficiaries, ctx)
    if chapeau is not None:
        head_conditions = parent.conditions if parent and parent.conditions is not None else _conditions(chapeau, principal, obligors + beneficiaries, ctx)[0]
        for c in head_conditions:
            if c not in conditions and c != "territory_limited":
                conditions.append(c)
                why.append(Reason(field="conditions", value=c, rule="condition.chapeau"))
    clause.conditions = [c for c in CONDITIONS if c in conditions]
    clause.scope = scope
    because.extend(why)

    # automaticity (response duties only, dev A1)
    if trigger != "none":
        automaticity, why = _automaticity(own, principal, modality, clause.conditions)
        if chapeau is not None:
            head = parent.automaticity if parent and parent.automaticity else _automaticity(chapeau, principal, modality, [])[0]
            if head is not None:
                automaticity = weakest_automaticity([automaticity, head]) or automaticity
                why.append(Reason(field="automaticity", value=head, rule="automaticity.chapeau"))
        clause.automaticity = automaticity
        because.extend(why)

    # means (defence and offence only)
    if principal in ("defence", "offence"):
        means, why = _means(own, clause.conditions)
        clause.means = means
        because.extend(why)

    quantified, why = _quantified(own)
    clause.quantified = quantified
    because.extend(why)
    memo.by_clause[span.id] = clause
    memo.last_principal = principal
    if trigger != "none" and principal in _RESPONSE:
        memo.last_response = clause


def _antecedent(span: ClauseSpan, piece: _Text, principal: ProvisionType, ctx: DocumentContext, memo: CodingMemo) -> tuple[Clause, str] | None:
    """The duty a clause builds on: a point it cites ("under point 15"), or the response duty just
    before it when it points back ("following that meeting") or is a follow-on consultation."""
    ref = C.POINT_REFERENCE_RE.search(piece.text)
    if ref and ctx.text:
        cited = _cited_clause(ref.group("number"), ref.group("kind"), span, ctx, memo)
        if cited is not None:
            return cited, "trigger.reference"
    last = memo.last_response
    if last is None or principal in _STANDING:
        return None
    # any duty that points back ("following that meeting") borrows; a follow-on ("at the request
    # of", "consultations under this Article") only when it is itself a response duty
    points_back = C.ANAPHORA_RE.search(piece.text) or C.POINTS_BACK_RE.search(piece.text)
    follow_on = principal in _RESPONSE and (C.FOLLOW_ON_RE.search(piece.text) or principal == "consultation")
    if not (points_back or follow_on):
        return None
    between = ctx.text[last.end : span.start] if ctx.text else ""
    if len(C.PROVISION_START_RE.findall(between)) > 1:
        return None  # only the same or the previous provision
    return last, "trigger.antecedent"


def _cited_clause(number: str, kind: str, span: ClauseSpan, ctx: DocumentContext, memo: CodingMemo) -> Clause | None:
    """The first coded commitment of the provision numbered ``number`` (before this clause)."""
    # search the text before the clause in place (endpos) instead of copying it for every clause
    before = span.start
    # "under Article 2" is the head "Article 2", not paragraph "2." of a later article
    heads = [m.end() for m in re.compile(C.PROVISION_KIND_HEAD_TEMPLATE.format(kind=re.escape(kind), number=re.escape(number))).finditer(ctx.text, 0, before)]
    heads = heads or [m.end() for m in re.compile(C.PROVISION_HEAD_TEMPLATE.format(number=re.escape(number))).finditer(ctx.text, 0, before)]
    if not heads:
        return None
    start = heads[-1]
    for other in ctx.clauses:
        if other.start >= start and other.id != span.id:
            coded = memo.by_clause.get(other.id)
            if coded is not None and coded.trigger not in (None, "none"):
                return coded
            if C.PROVISION_START_RE.search(ctx.text[start : other.start]):
                break
    return None




# --------------------------------------------------------------------------- helpers


def _reason(fieldname: str, value: str, rule: str, piece: _Text, m: re.Match[str] | None) -> Reason:
    if m is None:
        return Reason(field=fieldname, value=value, rule=rule)
    return Reason(field=fieldname, value=value, rule=rule, start=piece.start + m.start(), end=piece.start + m.end(), match=m.group(0))


def _chapeau(span: ClauseSpan, ctx: DocumentContext) -> _Text | None:
    """The lead-in of a list item: the parent clause, or the text before the list's colon."""
    parent = ctx.clause(span.parent_id)
    if parent is not None:
        return _Text(parent.text, parent.start)
    text = ctx.text
    if not text or span.start == 0:
        return None
    before = text[max(0, span.start - 12) : span.start]
    if not C.ITEM_MARKER_RE.search(before):
        return None
    window_start = max(0, span.start - 3000)
    window = text[window_start : span.start]
    markers = [m.start() for m in C.LINE_MARKER_RE.finditer(window)]
    if not markers:
        return None
    # walk back over the earlier items of the same list
    first = markers[-1]
    for previous in reversed(markers[:-1]):
        between = window[previous:first]
        if any(p.strip() and not C.LINE_MARKER_RE.match(p) for p in re.split(r"\n[\s\u00a0]*\n", between)[1:]):
            break
        first = previous
    before = window[:first].rstrip()
    paragraphs = [p for p in re.split(r"\n[\s\u00a0]*\n", before) if p.strip()]
    if not paragraphs:
        return None
    stem_text = paragraphs[-1].rstrip()
    if stem_text.endswith((".", ";")):
        return None  # a finished sentence, not a lead-in
    head_start = window_start + before.rfind(stem_text)
    head_end = head_start + len(stem_text)
    head_text = text[head_start:head_end]
    ends = list(C.SENTENCE_END_RE.finditer(head_text.rstrip(": \n")))
    start = head_start + (ends[-1].end() if ends else 0)
    while start < head_end and text[start].isspace():
        start += 1
    return _Text(text[start:head_end], start)


# --------------------------------------------------------------------------- modality


_BINDING_SCREEN: Final = Screen(c.pattern for c in C.BINDING_CUES)
_OTHER_MODALITY_CUES: Final = (*C.QUALIFIED_CUES, *C.HORTATORY_CUES, *C.RESTATEMENT_CUES, *C.FACT_CUES)
_OTHER_MODALITY_SCREEN: Final = Screen(c.pattern for c in _OTHER_MODALITY_CUES)


def _modality(piece: _Text, ctx: DocumentContext) -> tuple[Modality, list[Reason]]:
    if ctx.legal_form == "statement" or ctx.is_news:
        return _reported_modality(piece, ctx)
    votes: list[tuple[Modality, Reason]] = []
    binding_possible, other_possible = _BINDING_SCREEN.possible(piece.text), _OTHER_MODALITY_SCREEN.possible(piece.text)
    for cue in (c for c, may in zip(C.BINDING_CUES, binding_possible, strict=True) if may):
        for m in cue.pattern.finditer(piece.text):
            votes.append((cue.value, _reason("modality", cue.value, cue.rule, piece, m)))
    for m in [*C.WILL_CUE.pattern.finditer(piece.text), *C.DECLARED_WOULD_RE.finditer(piece.text)]:
        value: Modality = "binding" if ctx.legal_form in C.WILL_BINDING_FORMS else "hortatory"
        rule = C.WILL_CUE.rule + (".treaty" if value == "binding" else ".political")
        votes.append((value, _reason("modality", value, rule, piece, m)))
    for cue in (c for c, may in zip(_OTHER_MODALITY_CUES, other_possible, strict=True) if may):
        for m in cue.pattern.finditer(piece.text):
            if cue.value == "hortatory" and C.NEGATED_RE.search(piece.text[max(0, m.start() - 40) : m.start()]):
                continue
            votes.append((cue.value, _reason("modality", cue.value, cue.rule, piece, m)))
    formula = C.ATTACK_ON_ALL_RE.search(piece.text)
    if formula and not C.RESPONSE_VERB_RE.search(piece.text):
        votes.append(("qualified", _reason("modality", "qualified", C.ATTACK_ON_ALL_QUALIFIED.rule, piece, formula)))
    if not votes:
        would = C.WOULD_CUE.pattern.search(piece.text)
        if would:
            # "would" outside a report: a conditional aim, unless a stronger verb governs it
            return "hortatory", [_reason("modality", "hortatory", C.WOULD_CUE.rule, piece, would)]
        may = C.MAY_CUE.pattern.search(piece.text)
        if may:
            return "none", [_reason("modality", "none", C.MAY_CUE.rule, piece, may)]
        default: Modality = "binding" if ctx.legal_form in C.WILL_BINDING_FORMS else "hortatory"
        return default, [Reason(field="modality", value=default, rule="modality.default")]
    value = weakest_modality([v for v, _ in votes]) or "none"
    return value, [r for v, r in votes if v == value][:2]


def _reported_modality(piece: _Text, ctx: DocumentContext) -> tuple[Modality, list[Reason]]:
    """News report: only quoted drafting words carry modality (dev A8)."""
    quoted: list[tuple[Modality, Reason]] = []
    for q in C.QUOTE_RE.finditer(piece.text):
        inner = _Text(q.group(1), piece.start + q.start(1))
        # quoted "will" is binding from a treaty text, hortatory from a communique (codebook s3)
        quoted_form: LegalForm = "declaration" if C.POLITICAL_SOURCE_RE.search(piece.text) else "draft"
        inner_ctx = DocumentContext(text=ctx.text, legal_form=quoted_form)
        value, why = _modality(inner, inner_ctx)
        if why and why[0].rule != "modality.default":
            quoted.append((value, why[0]))
    if quoted:
        value = weakest_modality([v for v, _ in quoted]) or "none"
        return value, [r for v, r in quoted if v == value][:1]
    m = C.REPORT_CUES[0].pattern.search(piece.text)
    return "none", [_reason("modality", "none", "modality.reported", piece, m)]


# --------------------------------------------------------------------------- trigger


_TRIGGER_SCREEN: Final = Screen(c.pattern for c in C.TRIGGER_CUES)


def _trigger(piece: _Text, principal: ProvisionType, memo: CodingMemo) -> tuple[Trigger, list[Reason]]:
    if principal in _STANDING:
        return "none", [Reason(field="trigger", value="none", rule="trigger.standing_duty")]
    ongoing = C.ONGOING_RE.search(piece.text)
    # consequences and purposes are not events: blank them out, keeping offsets
    text = C.NOT_TRIGGER_RE.sub(lambda m: " " * len(m.group(0)), piece.text)
    found: list[tuple[Trigger, Reason]] = []
    for cue in (c for c, may in zip(C.TRIGGER_CUES, _TRIGGER_SCREEN.possible(text), strict=True) if may):
        for m in cue.pattern.finditer(text):
            if ongoing and cue.value in ("aggression", "armed_attack"):
                continue
            if principal not in _RESPONSE:
                frame = C.TRIGGER_FRAME_RE.search(text[max(0, m.start() - 80) : m.start() + 1])
                if frame is None:
                    continue
            found.append((cue.value, _reason("trigger", cue.value, cue.rule, piece, m)))
    if found:
        value = broadest_trigger([v for v, _ in found])
        return value, [r for v, r in found if v == value][:1]
    back = C.ANAPHORA_RE.search(piece.text)
    if back and memo.last_trigger != "none":
        return memo.last_trigger, [_reason("trigger", memo.last_trigger, "trigger.anaphora", piece, back)]
    if principal == "neutrality" and text == piece.text:
        # neutrality is a duty to stay out of wars: its trigger is any conflict
        return "any_conflict", [Reason(field="trigger", value="any_conflict", rule="trigger.neutrality_default")]
    return "none", [Reason(field="trigger", value="none", rule="trigger.none")]


# --------------------------------------------------------------------------- automaticity


def _automaticity(piece: _Text, principal: ProvisionType, modality: Modality | None, conditions: list[Condition]) -> tuple[Automaticity, list[Reason]]:
    found: list[tuple[Automaticity, Reason]] = []
    for cue in C.AUTOMATICITY_CUES:
        for m in cue.pattern.finditer(piece.text):
            found.append((cue.value, _reason("automaticity", cue.value, cue.rule, piece, m)))
    if principal == "consultation":
        found.append(("consult_first", Reason(field="automaticity", value="consult_first", rule="automaticity.consultation_duty")))
    if "unsc_dependent" in conditions:
        found.append(("external", Reason(field="automaticity", value="external", rule="automaticity.unsc_dependent")))
    if not found:
        value: Automaticity = "automatic" if modality == "binding" else "discretionary"
        return value, [Reason(field="automaticity", value=value, rule=f"automaticity.default_{modality}")]
    value = weakest_automaticity([v for v, _ in found]) or "automatic"
    return value, [r for v, r in found if v == value][:1]


# --------------------------------------------------------------------------- parties


def _resolve(piece: _Text, ctx: DocumentContext, with_adjectives: bool) -> list[Mention]:
    """Party mentions in a piece of text: defined terms, collectives, leaders, names."""
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, words, ids in defined_in(piece.text, ctx.defined_terms, piece.start):
        taken.append((s, e))
        out.extend(Mention(i, s, e, words, "defined") for i in ids)
    for m in persons_in(piece.text, ctx.persons, piece.start):
        taken.append((m.start, m.end))
        out.append(m)
    for m in P.find_groups(piece.text, piece.start):
        if not any(a <= m.start < b for a, b in taken if (a, b) != (m.start, m.end)):
            out.append(m)
    taken.extend((m.start, m.end) for m in out if m.form == "defined" and (m.start, m.end) not in taken)
    if ctx.issuer:
        # "the Secretary of Defense" in an executive order acts for the issuing state
        for hit in P.OFFICE_RE.finditer(piece.text):
            s, e = hit.start() + piece.start, hit.end() + piece.start
            if not any(a <= s < b for a, b in taken):
                taken.append((s, e))
                out.append(Mention(ctx.issuer, s, e, hit.group(0), "defined"))
    both = list(C.BOTH_RE.finditer(piece.text)) if len(ctx.parties) == 2 else []
    for hit in [*C.ALLIANCE_RE.finditer(piece.text), *both]:
        s, e = hit.start() + piece.start, hit.end() + piece.start
        if ctx.parties and not any(a <= s < b for a, b in taken):
            taken.append((s, e))
            out.extend(Mention(p, s, e, hit.group(0), "defined") for p in ctx.parties if _is_state(p))
    for mention in mentions_in(piece.text, piece.start):
        if any(a <= mention.start < b or a < mention.end <= b for a, b in taken):
            continue
        if mention.form == "adjective" and not with_adjectives:
            continue
        out.append(mention)
    # stable: a defined group keeps the order in which the text lists its states
    return sorted(out, key=lambda m: m.start)


def _is_state(party_id: str) -> bool:
    e = entity(party_id)
    return e is not None and e.kind == "state"


#: Where a clause's main verb may start: every modality cue, then the main-verb pattern.
_VERB_CUES: Final[tuple[re.Pattern[str], ...]] = (
    *(c.pattern for c in (*C.BINDING_CUES, *C.QUALIFIED_CUES, *C.HORTATORY_CUES, *C.FACT_CUES)),
    C.WILL_CUE.pattern,
    C.WOULD_CUE.pattern,
    C.MAY_CUE.pattern,
    C.REPORT_CUES[0].pattern,
    C.MAIN_VERB_RE,
)
_VERB_SCREEN: Final = Screen(_VERB_CUES)
_CONDITION_SCREEN: Final = Screen(c.pattern for c in C.CONDITION_CUES)
_TERRITORY_SCREEN: Final = Screen(c.pattern for c in C.TERRITORY_CUES)
_QUANTITY_SCREEN: Final = Screen(c.pattern for c in C.QUANTITY_CUES)


def _subject_window(piece: _Text, ctx: DocumentContext) -> _Text:
    """The words before the clause's main verb, after any opening subordinate clause."""
    text = piece.text
    first: int | None = None
    for pattern, possible in zip(_VERB_CUES, _VERB_SCREEN.possible(text), strict=True):
        if not possible:
            continue  # none of the pattern's required words occur (extract/prefilter.py)
        m = pattern.search(text)
        if m and (first is None or m.start() < first):
            first = m.start()
    end = first if first is not None else len(text)
    window = text[:end]
    if C.OPENER_RE.match(window) and "," in window:
        cut = window.rfind(",")
        return _Text(window[cut + 1 :], piece.start + cut + 1)
    return _Text(window, piece.start)


def _obligors(
    piece: _Text,
    ctx: DocumentContext,
    memo: CodingMemo,
    chapeau: _Text | None,
    antecedent: Clause | None = None,
    principal: ProvisionType | None = None,
) -> tuple[list[str], list[Reason]]:
    memo.subject_spans = []
    memo.continued = False
    found: list[Mention] = []
    if chapeau is not None:
        # list items take their obligor from the chapeau (dev S6)
        found = _subjects(_subject_window(chapeau, ctx), ctx)
    if not found:
        policy = C.POLICY_OF_RE.search(piece.text)
        if policy:
            after = _Text(piece.text[policy.end() : policy.end() + 80], piece.start + policy.end())
            found = [m for m in _resolve(after, ctx, with_adjectives=False)[:1] if m.start - after.start <= 4]
    if not found:
        passive = C.PASSIVE_AGENT_RE.search(piece.text)
        if passive:
            # "... shall be denied all assistance by the Parties": the agent bears the duty
            agent = _Text(piece.text[passive.start("agent") : passive.end("agent")], piece.start + passive.start("agent"))
            found = [m for m in _resolve(agent, ctx, with_adjectives=False) if m.id != ANY_STATE][:1]
            found = [m for m in found if m.start - agent.start <= 4]
    if not found:
        found = _subjects(_subject_window(piece, ctx), ctx)
    if not found:
        we = C.WE_ANYWHERE_RE.search(piece.text)
        if we:
            found = [Mention(ALL_PARTIES, piece.start + we.start(), piece.start + we.end(), we.group(0), "collective")]
    memo.subject_spans = [(m.start, m.end) for m in found]
    if not found:
        if antecedent is not None and antecedent.obligors:
            memo.continued = True
            return list(antecedent.obligors), [Reason(field="obligors", value=",".join(antecedent.obligors), rule="party.antecedent")]
        if C.ANAPHORA_RE.search(piece.text) and memo.last_obligors:
            return list(memo.last_obligors), [Reason(field="obligors", value=",".join(memo.last_obligors), rule="party.anaphora")]
        # a defined group named anywhere in the clause ("would have Russia join ... as guarantors")
        for s, e, words, group in defined_in(piece.text, ctx.defined_terms, piece.start):
            return list(group), [Reason(field="obligors", value=",".join(group), rule="party.defined_term", start=s, end=e, match=words)]
        if ctx.is_news and memo.last_obligors:
            return list(memo.last_obligors), [Reason(field="obligors", value=",".join(memo.last_obligors), rule="party.report_antecedent")]
        if principal is not None and principal == memo.last_principal and memo.last_obligors and ALL_PARTIES not in memo.last_obligors:
            # "The annual amount is expected to be ...": no subject, same kind of duty as before
            memo.continued = True
            return list(memo.last_obligors), [Reason(field="obligors", value=",".join(memo.last_obligors), rule="party.continues_previous")]
        others = _we_excluding_beneficiaries(piece, ctx)
        if others:
            # "The Force will support ... Ukraine": no subject, and the state helped is a party;
            # the other parties bear the duty, not all of them
            return others, [Reason(field="obligors", value=",".join(others), rule="party.default_others")]
        return [ALL_PARTIES], [Reason(field="obligors", value=ALL_PARTIES, rule="party.default_all")]
    ids: list[str] = []
    for m in found:
        if m.id not in ids:
            ids.append(m.id)
    reasons = [Reason(field="obligors", value=m.id, rule=f"party.{m.form}", start=m.start, end=m.end, match=m.text) for m in found]
    if ALL_PARTIES in ids and len(ids) > 1:
        ids = [i for i in ids if i != ALL_PARTIES] if not any(m.form == "collective" and C.WE_RE.match(m.text) for m in found) else [ALL_PARTIES]
    if ids == [ALL_PARTIES]:
        # "We ... support Ukraine" where Ukraine is itself a party: the others bear the duty
        ids = _we_excluding_beneficiaries(piece, ctx) or ids
    if ids == [ALL_PARTIES] and C.CONTINUES_RE.search(piece.text) and memo.last_obligors and ALL_PARTIES not in memo.last_obligors:
        # "we embark on an effort to deliver this capability": the same members as before
        memo.continued = True
        return list(memo.last_obligors), [*reasons, Reason(field="obligors", value=",".join(memo.last_obligors), rule="party.continuing_initiative")]
    if _may_collapse(found, ctx):
        ids = _collapse(ids, ctx)
    return ids, reasons


def _subjects(window: _Text, ctx: DocumentContext) -> list[Mention]:
    out: list[Mention] = []
    # an adjective counts only as the owner of forces ("Russian military personnel shall not exceed")
    mentions = [
        m
        for m in _resolve(window, ctx, with_adjectives=True)
        if m.form != "adjective" or C.FORCES_AFTER_RE.match(window.text[m.end - window.start :])
    ]
    if C.IMPERATIVE_RE.match(window.text) and not (mentions and mentions[0].start - window.start <= len(window.text) - len(window.text.lstrip()) + 1):
        return []
    for m in mentions:
        before = ctx.text[max(0, m.start - 30) : m.start] if ctx.text else window.text[: m.start - window.start]
        if m.id == ANY_STATE or C.PLACE_BEFORE_RE.search(before) or C.EMBEDDED_RE.search(before):
            continue
        if C.OF_POSSESSIVE_RE.search(before) and ctx.text[m.end : m.end + 2] in ("’s", "'s"):
            continue
        if C.WITH_OTHERS_RE.search(before):
            continue  # "with other Participants that so decide": optional partners
        out.append(m)
    return out


def _may_collapse(found: list[Mention], ctx: DocumentContext) -> bool:
    """A collective word ("the Parties", "the Allies") may stand for every party, and so may a
    defined group named together with the other parties ("The Signatories and Kazakhstan"); a
    group the text defines by name alone ("the Coalition Participants") is that group, even when
    the document's party list holds no one else (the others may be unnamed, as in "The Parties to
    this Framework")."""
    groups = [m for m in found if m.form == "defined" and " ".join(m.text.split()).lower() in ctx.defined_terms]
    if any(m.form == "collective" or (m.form == "defined" and m not in groups) for m in found):
        return True
    return bool(groups) and any(m.form != "defined" for m in found)


def _collapse(ids: list[str], ctx: DocumentContext) -> list[str]:
    """Every party of a formal instrument named one by one is "the Parties" (ALL_PARTIES)."""
    if ctx.legal_form in C.FORMAL_FORMS and len(ctx.parties) >= 2 and set(ctx.parties) <= set(ids) | {ALL_PARTIES}:
        return [ALL_PARTIES]
    return ids


def _we_excluding_beneficiaries(piece: _Text, ctx: DocumentContext) -> list[str] | None:
    if len(ctx.parties) < 3:
        return None
    named = {
        m.id
        for m in _resolve(piece, ctx, with_adjectives=True)
        if m.form in ("name", "adjective") and not C.FROM_RE.search(ctx.text[max(0, m.start - 60) : m.start])
    }
    helped = [p for p in ctx.parties if p in _helped_states(named)]
    if not helped:
        return None
    return sorted(p for p in ctx.parties if p not in helped and (_is_state(p) or p == "EU"))


def _helped_states(ids: set[str]) -> set[str]:
    return {i for i in ids if _is_state(i)}


def _beneficiaries(piece: _Text, obligors: list[str], ctx: DocumentContext, memo: CodingMemo, antecedent: Clause | None = None) -> tuple[list[str], list[Reason]]:
    regime = C.NEUTRAL_REGIME_RE.search(piece.text)
    if regime:
        return [ANY_STATE], [_reason("beneficiaries", ANY_STATE, "party.neutral_regime", piece, regime)]
    found: list[Mention] = []
    hostile = _hostile_spans(piece)
    for m in _resolve(piece, ctx, with_adjectives=True):
        if any(s <= m.start < e for s, e in memo.subject_spans):
            continue  # the subject bears the duty
        if any(s <= m.start < e for s, e in hostile) and m.form != "defined":
            continue  # the attacker or the target of sanctions is not the state protected
        before = ctx.text[max(0, m.start - 30) : m.start] if ctx.text else ""
        if C.EMBEDDED_RE.search(before) or C.FROM_RE.search(ctx.text[max(0, m.start - 60) : m.start]):
            continue
        if C.WITH_OTHERS_RE.search(before):
            continue  # optional partners of the obligor
        after = ctx.text[m.end : m.end + 40]
        if m.form == "adjective" and re.match(r"\s+(?-i:[A-Z])", after) and not C.STATE_BODY_RE.match(after):
            continue  # part of a proper name ("Palestinian Islamic Jihad"), not "the Philippine Coast Guard"
        if ctx.adversary and m.id == ctx.adversary and m.form != "defined":
            continue  # the state guarded against is not the one protected
        found.append(m)
    ids: list[str] = []
    reasons: list[Reason] = []
    collective = any(m.id == ALL_PARTIES for m in found)
    for m in found:
        if m.id == ALL_PARTIES or m.id in ids:
            continue
        if not _is_state(m.id) and m.id != ANY_STATE:
            continue  # organisations are channels ("through NATO"), not the protected party
        ids.append(m.id)
        reasons.append(Reason(field="beneficiaries", value=m.id, rule=f"party.{m.form}", start=m.start, end=m.end, match=m.text))
    if ANY_STATE in ids and (len(ids) > 1 or collective):
        ids = [i for i in ids if i != ANY_STATE]
    if collective and not ctx.parties and obligors == [ALL_PARTIES]:
        # "an attack on any of the Parties ... on the territory of Turkey": with no party list to
        # check the names against, the collective words decide
        ids = []
    single_obligor = len(obligors) == 1 and obligors[0] != ALL_PARTIES
    remaining = [i for i in ids if i not in obligors]
    if single_obligor or remaining:
        ids = remaining
    if ids:
        if collective or _may_collapse(found, ctx):
            ids = _collapse(ids, ctx)
        return ids, reasons
    if memo.continued and antecedent is not None and antecedent.beneficiaries:
        return list(antecedent.beneficiaries), [Reason(field="beneficiaries", value=",".join(antecedent.beneficiaries), rule="party.antecedent")]
    if memo.continued and memo.last_beneficiaries:
        return list(memo.last_beneficiaries), [Reason(field="beneficiaries", value=",".join(memo.last_beneficiaries), rule="party.continuing_initiative")]
    if memo.subject_spans == [] and C.ANAPHORA_RE.search(piece.text) and memo.last_beneficiaries:
        return list(memo.last_beneficiaries), [Reason(field="beneficiaries", value=",".join(memo.last_beneficiaries), rule="party.anaphora")]
    if collective:
        if single_obligor:
            others = [p for p in ctx.parties if p not in obligors and _is_state(p)]
            if others:
                return others, [Reason(field="beneficiaries", value=",".join(others), rule="party.other_parties")]
        if obligors != [ALL_PARTIES] and len(obligors) > 1:
            return list(obligors), [Reason(field="beneficiaries", value=",".join(obligors), rule="party.each_other")]
        return [ALL_PARTIES], [Reason(field="beneficiaries", value=ALL_PARTIES, rule="party.collective")]
    focus = _focus_state(ctx)
    if focus and focus not in obligors and (obligors == [ALL_PARTIES] or ctx.is_news) and ctx.legal_form not in C.FORMAL_FORMS:
        return [focus], [Reason(field="beneficiaries", value=focus, rule="party.document_focus")]
    sided = _sides_beneficiaries(obligors, ctx)
    if sided:
        return sided
    outside = [o for o in obligors if o not in ctx.parties and o not in (ALL_PARTIES, ANY_STATE)]
    helped = [s for s in ctx.sides if s != ctx.adversary]
    if outside and len(outside) == len(obligors) and helped:
        # an outside donor of a settlement ("The European Union shall provide ...") helps its sides
        return helped, [Reason(field="beneficiaries", value=",".join(helped), rule="party.settlement_sides")]
    if obligors == [ALL_PARTIES] or not ctx.parties:
        return [ALL_PARTIES], [Reason(field="beneficiaries", value=ALL_PARTIES, rule="party.default_all")]
    others = [p for p in ctx.parties if p not in obligors and _is_state(p)]
    if others:
        return others, [Reason(field="beneficiaries", value=",".join(others), rule="party.other_parties")]
    if len(obligors) > 1:
        return list(obligors), [Reason(field="beneficiaries", value=",".join(obligors), rule="party.each_other")]
    return [ALL_PARTIES], [Reason(field="beneficiaries", value=ALL_PARTIES, rule="party.default_all")]


def _hostile_spans(piece: _Text) -> list[tuple[int, int]]:
    """Source spans of the states a clause names as attacker or target ("armed attack against X
    by Y", "sanctions on Y")."""
    spans: list[tuple[int, int]] = []
    for rule, frame in ADVERSARY_FRAMES:
        if rule in C.HOSTILE_FRAMES:
            for m in frame.finditer(piece.text):
                # the first state named in the frame's group, not the words that run on after it
                states = [e for e in find_entities(m.group("who"), piece.start + m.start("who")) if _is_state(e.id)]
                spans.extend((e.start, e.end) for e in states[:1])
    return spans


def _focus_state(ctx: DocumentContext) -> str | None:
    """The state a declaration is about: named in its title, not a party, not the adversary."""
    head = ctx.text[:300]
    for m in find_entities(head):
        if m.form == "name" and _is_state(m.id) and m.id not in ctx.parties and m.id != ctx.adversary:
            return m.id
    return None


def _sides_beneficiaries(obligors: list[str], ctx: DocumentContext) -> tuple[list[str], list[Reason]] | None:
    """Duties between the two sides of a conflict: both sides owe each other; a duty of the
    adversary's side (a cap on its forces) protects the other side."""
    if len(ctx.sides) != 2:
        return None
    if sorted(obligors) == sorted(ctx.sides):
        return list(ctx.sides), [Reason(field="beneficiaries", value=",".join(ctx.sides), rule="party.sides_each_other")]
    if obligors == [ctx.adversary] and ctx.adversary in ctx.sides:
        other = [s for s in ctx.sides if s != ctx.adversary]
        return other, [Reason(field="beneficiaries", value=",".join(other), rule="party.other_side")]
    return None


# --------------------------------------------------------------------------- conditions


def _conditions(piece: _Text, principal: ProvisionType, involved: list[str], ctx: DocumentContext) -> tuple[list[Condition], str | None, list[Reason]]:
    conditions: list[Condition] = []
    reasons: list[Reason] = []
    scope: str | None = None
    for cue, possible in zip(C.CONDITION_CUES, _CONDITION_SCREEN.possible(piece.text), strict=True):
        m = cue.pattern.search(piece.text) if possible else None
        if m and cue.value not in conditions:
            conditions.append(cue.value)
            reasons.append(_reason("conditions", cue.value, cue.rule, piece, m))
    if principal not in _NO_TERRITORY:
        for cue, possible in zip(C.TERRITORY_CUES, _TERRITORY_SCREEN.possible(piece.text), strict=True):
            m = cue.pattern.search(piece.text) if possible else None
            if m:
                conditions.append("territory_limited")
                scope = " ".join(m.group("place").split()).rstrip(" ,;:")
                reasons.append(_reason("conditions", "territory_limited", cue.rule, piece, m))
                break
    if principal not in _NO_TERRITORY and "territory_limited" not in conditions:
        place = _named_place(piece)
        if place is not None:
            conditions.append("territory_limited")
            scope = " ".join(place.group("place").split())
            reasons.append(_reason("conditions", "territory_limited", "condition.territory.named_place", piece, place))
    named = _named_adversary(piece, involved)
    if named is not None:
        rule, m, who = named
        conditions.append("named_adversary_only")
        scope = scope or " ".join(who.split())
        reasons.append(_reason("conditions", "named_adversary_only", rule, piece, m))
    return conditions, scope, reasons





def _named_place(piece: _Text) -> re.Match[str] | None:
    """"in Abkhazia": a capitalised place that is neither a party nor a word of the text's apparatus."""
    for m in C.PLACE_NAME_RE.finditer(piece.text):
        # the whole capitalised name, also past what the pattern took ("the Joint Security Coordination Mechanism")
        rest = re.match(r"(?:\s+(?-i:[A-Z])[\w-]+)*", piece.text[m.end() :])
        words = (m.group("place") + (rest.group(0) if rest else "")).split()
        first = words[1] if words[0].lower() == "the" and len(words) > 1 else words[0]
        if first.lower() in C.NOT_PLACE_WORDS or find_entities(m.group("place")):
            continue
        if any(w.lower() in C.NOT_PLACE_HEADS for w in words) or C.EXAMPLE_BEFORE_RE.search(piece.text[: m.start()]):
            continue
        if C.NAME_BEFORE_RE.search(piece.text[: m.start()]):
            continue  # "in" inside a proper name ("Conference on Security and Co-operation in Europe")
        return m
    return None


def _named_adversary(piece: _Text, involved: list[str]) -> tuple[str, re.Match[str], str] | None:
    """A state outside the duty's parties named as the source of the threat."""
    frames = [(r, f) for r, f in ADVERSARY_FRAMES if r in C.CONDITION_FRAMES]
    frames.append(("condition.named_adversary.assets", C.ASSETS_RE))
    for rule, frame in frames:
        for m in frame.finditer(piece.text):
            who = m.group("who")
            states = [e for e in find_entities(who) if _is_state(e.id)]
            if states and states[0].id not in involved:
                return (rule if rule.startswith("condition.") else "condition.named_adversary." + rule.split(".", 1)[1], m, who)
    return None


# --------------------------------------------------------------------------- means


def _means(piece: _Text, conditions: list[Condition]) -> tuple[Means, list[Reason]]:
    if "non_military_only" in conditions:
        return "non_military", [Reason(field="means", value="non_military", rule="means.non_military_only")]
    kinds: dict[str, Reason] = {}
    for cue in C.MEANS_CUES:
        m = cue.pattern.search(piece.text)
        if m and cue.value not in kinds:
            kinds[cue.value] = _reason("means", cue.value, cue.rule, piece, m)
    if "all_means" in kinds:
        return "all_means", [kinds["all_means"]]
    if "military" in kinds and "non_military" in kinds:
        return "all_means", [kinds["military"], kinds["non_military"]]
    ordered: tuple[Means, ...] = ("military", "non_military")
    for value in ordered:
        if value in kinds:
            return value, [kinds[value]]
    return "unspecified", [Reason(field="means", value="unspecified", rule="means.unspecified")]


# --------------------------------------------------------------------------- quantified


def _quantified(piece: _Text) -> tuple[bool, list[Reason]]:
    masked = C.NON_QUANTITY_RE.sub(lambda m: " " * len(m.group(0)), piece.text)
    for cue, possible in zip(C.QUANTITY_CUES, _QUANTITY_SCREEN.possible(masked), strict=True):
        m = cue.pattern.search(masked) if possible else None
        if m:
            return True, [_reason("quantified", "true", cue.rule, piece, m)]
    return False, [Reason(field="quantified", value="false", rule="quantity.none")]
