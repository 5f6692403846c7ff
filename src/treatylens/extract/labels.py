"""Provision types for one clause (codebook section 2, conventions of section 6).

How a clause is labelled (details and rule ids in docs/labelling.md):
1. Cue matching: every ``LabelCue`` of ``codebook.lexicon`` runs over the clause's matcher view;
   a hit counts unless a ``blocked_by`` pattern occurs in the clause, a ``requires`` pattern is
   missing, or (for negatable cues) a negation stands just before it.
2. Carve-outs: a ``LimitationCue`` adds ``limitation``; cue hits inside the carve-out (from the
   cue to the clause end) describe the duty taken away, so they are dropped, and the duties
   they name become ``limits``.
3. Shapes: a definition keeps only ``territorial_status``; a list item inherits ``defence`` /
   ``offence`` from its chapeau; a bare chapeau (ends in ":" with no cue of its own) gets no
   label at all.
4. Fallback: an operative clause with no label is ``other``, unless it is a narrative, welcoming
   or condemning sentence of a declaration, or news background/reaction, which are marked
   ``operative=False`` with no labels. A declaration sentence that thanks, welcomes or notes
   someone else's act is not operative even when a cue matched (dev-real G4).
Precedence and rule ids: docs/labelling.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from treatylens.codebook.labels import PROVISION_TYPES, ProvisionType
from treatylens.codebook.lexicon import (
    CHAPEAU_INHERITED,
    CHAPEAU_OWN_COMMITMENT,
    COMMITMENT_WORDS,
    DEFINITION,
    DEFINITION_KEEPS,
    HOST_SUPPORT_CHAPEAU,
    HOST_SUPPORT_RULE,
    LABEL_CUES,
    LIMIT_TARGETS,
    LIMITATION_CUES,
    MEANS_OPTION_LABELS,
    MEANS_OPTIONS,
    NEGATION_BEFORE,
    NEWS_REACTION,
    NEWS_TERM_FRAME,
    NEWS_TEXT_SUBJECT,
    NON_OPERATIVE_OPENERS,
    THANKS_OPENERS,
    LabelCue,
)
from treatylens.extract.labels_match import MatchView, match_view
from treatylens.extract.labels_model import rule_id, suggest_labels
from treatylens.extract.prefilter import GroupIndex, Screen
from treatylens.model import ClauseSpan, DocumentFindings, Reason, Segmentation

#: Forms without a formal preamble, where operativeness is judged sentence by sentence.
_SENTENCE_JUDGED_FORMS = frozenset({"declaration", "statement", "unilateral_act"})
#: Memoranda are drafted like agreements: only an explicit welcome/thanks/praise opener counts.
_OPENER_JUDGED_FORMS = frozenset({"memorandum"})
#: How far back to look for the chapeau of a list item when the segmenter gave no parent.
_MAX_LIST_ITEMS = 15
#: Characters before a hit inspected for a negation or a temporal "after" (a few words).
_LOOK_BEHIND = 60
#: How a list item ends: ";" or "," with an optional trailing "and"/"or".
_LIST_ITEM_END = re.compile(r"[;,](?:\s*(?:and|or))?$")


@dataclass
class LabelResult:
    labels: list[ProvisionType] = field(default_factory=list)
    limits: list[ProvisionType] | None = None  # only for `limitation` clauses
    because: list[Reason] = field(default_factory=list)
    #: None keeps the segmenter's call; False marks a non-operative sentence (narration,
    #: thanks, condemnation in a declaration; background in a news report).
    operative: bool | None = None


@dataclass(frozen=True)
class _Hit:
    """One cue hit, in view offsets."""

    label: ProvisionType
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class _OwnLabels:
    """What the clause's own words say, before list inheritance and fallbacks."""

    hits: tuple[_Hit, ...]
    limits: tuple[_Hit, ...]


def clause_positions(segmentation: Segmentation) -> dict[str, int]:
    """Clause id -> position in ``segmentation.clauses`` (the first clause of an id), so that
    labelling a whole document looks chapeaus up instead of scanning every clause."""
    positions: dict[str, int] = {}
    for i, c in enumerate(segmentation.clauses):
        positions.setdefault(c.id, i)
    return positions


def label_clause(
    span: ClauseSpan,
    segmentation: Segmentation,
    document: DocumentFindings,
    positions: dict[str, int] | None = None,
) -> LabelResult:
    """Label one clause; ``positions`` (from ``clause_positions``) only makes it faster."""
    view = match_view(span.text)
    own = _own_labels(view)
    hits = list(own.hits)
    if _is_news_reaction(span, segmentation, view) or (
        not hits and _is_news(span, segmentation) and not NEWS_TERM_FRAME.search(view.text)
    ):
        return LabelResult(
            labels=[],
            operative=False,
            because=[_whole(span, "operative", "false", "operative.news_background")],
        )

    if hits and _is_thanks_sentence(view, document):
        return LabelResult(
            labels=[],
            operative=False,
            because=[_whole(span, "operative", "false", "operative.thanks_or_welcome")],
        )
    chapeau = _chapeau_of(span, segmentation, positions)
    inherited: dict[str, tuple[ClauseSpan, int, int]] = {}
    if chapeau is not None:
        chapeau_view = match_view(chapeau.text)
        for hit in _own_labels(chapeau_view).hits:
            if hit.label in CHAPEAU_INHERITED and hit.label not in _labels_of(hits):
                s, e = chapeau_view.source_span(hit.start, hit.end)
                hits.append(_Hit(hit.label, f"{hit.label}.inherited_from_chapeau", -1, -1))
                inherited[hit.label] = (chapeau, s, e)
        support = HOST_SUPPORT_CHAPEAU.search(chapeau_view.text)
        if support and "forces_presence" not in _labels_of(hits):
            s, e = chapeau_view.source_span(support.start(), support.end())
            hits.append(_Hit("forces_presence", HOST_SUPPORT_RULE, -1, -1))
            inherited["forces_presence"] = (chapeau, s, e)

    if _is_chapeau(span, view) and (not hits or not CHAPEAU_OWN_COMMITMENT.search(view.text)):
        return LabelResult(labels=[])
    if not hits:
        # a news report of a term ("under the plan, ... would") is a clause even with no cue
        reports_term = _is_news(span, segmentation) and bool(NEWS_TERM_FRAME.search(view.text))
        if not reports_term and _is_non_operative_sentence(view, document):
            return LabelResult(
                labels=[],
                operative=False,
                because=[_whole(span, "operative", "false", "operative.narrative_sentence")],
            )
        suggestions = suggest_labels(span.text) if span.operative else []
        if suggestions:
            labels = [s.label for s in suggestions]
            return LabelResult(
                labels=labels,
                limits=[] if "limitation" in labels else None,
                because=[_whole(span, "labels", s.label, rule_id(s)) for s in suggestions],
            )
        return LabelResult(
            labels=["other"], because=[_whole(span, "labels", "other", "other.no_provision_type")]
        )
    return _result(span, view, hits, own.limits, inherited)


# --- own-word labelling --------------------------------------------------------------------------


#: Literal prefilter over every cue's patterns: a cue whose required words are absent from the
#: clause is skipped without running its regexes (it could not match; see extract/prefilter.py).
_CUE_INDEX = GroupIndex((c.pattern, *c.requires) for c in LABEL_CUES)


def _own_labels(view: MatchView) -> _OwnLabels:
    hits = [
        hit for i in _CUE_INDEX.candidates(view.text) for hit in _cue_hits(LABEL_CUES[i], view)
    ]
    carve_start, carve_hit = _carve_out(view)
    limits: list[_Hit] = []
    if carve_hit is not None:
        hits = [h for h in hits if h.start < carve_start]
        hits.append(carve_hit)
        limits = _limit_targets(view, carve_start, carve_hit)
    if DEFINITION.search(view.text):
        hits = [h for h in hits if h.label in DEFINITION_KEEPS]
    return _OwnLabels(hits=tuple(_drop_means_options(view, hits)), limits=tuple(limits))


def _drop_means_options(view: MatchView, hits: list[_Hit]) -> list[_Hit]:
    """Aid named as what a defence measure "may include" is a means of that measure."""
    defence_starts = [h.start for h in hits if h.label == "defence"]
    options = MEANS_OPTIONS.search(view.text)
    if not defence_starts or options is None or min(defence_starts) > options.start():
        return hits
    return [h for h in hits if not (h.label in MEANS_OPTION_LABELS and h.start >= options.start())]


def _cue_hits(cue: LabelCue, view: MatchView) -> list[_Hit]:
    text = view.text
    if any(p.search(text) for p in cue.blocked_by) or not all(p.search(text) for p in cue.requires):
        return []
    found: list[_Hit] = []
    for m in cue.pattern.finditer(text):
        before = text[max(0, m.start() - _LOOK_BEHIND) : m.start()]
        if cue.negatable and NEGATION_BEFORE.search(before):
            continue
        if cue.veto_before is not None and cue.veto_before.search(before):
            continue
        found.append(_Hit(cue.label, cue.rule, m.start(), m.end()))
        break  # one hit per cue is enough evidence
    return found


_LIMITATION_SCREEN = Screen(c.pattern for c in LIMITATION_CUES)
_TARGET_SCREEN = Screen(t.pattern for t in LIMIT_TARGETS)


def _carve_out(view: MatchView) -> tuple[int, _Hit | None]:
    """The earliest carve-out in the clause: (where it starts, its cue hit)."""
    best: _Hit | None = None
    best_start = len(view.text)
    targets: list[bool] | None = None
    for cue, possible in zip(LIMITATION_CUES, _LIMITATION_SCREEN.possible(view.text), strict=True):
        m = cue.pattern.search(view.text) if possible else None
        if m is None:
            continue
        segment_start = 0 if cue.whole_clause else m.start()
        if targets is None:
            targets = _TARGET_SCREEN.possible(view.text)
        if cue.needs_target and not any(
            t.pattern.search(view.text, segment_start)
            for t, may in zip(LIMIT_TARGETS, targets, strict=True)
            if may
        ):
            continue
        if best is None or segment_start < best_start:
            best, best_start = _Hit("limitation", cue.rule, m.start(), m.end()), segment_start
    return (best_start, best) if best else (len(view.text), None)


def _limit_targets(view: MatchView, carve_start: int, carve_hit: _Hit) -> list[_Hit]:
    targets: list[_Hit] = []
    for target in LIMIT_TARGETS:
        m = target.pattern.search(view.text, carve_start)
        if m:
            targets.extend(_Hit(label, target.rule, m.start(), m.end()) for label in target.labels)
    if not targets:
        cue = next(c for c in LIMITATION_CUES if c.rule == carve_hit.rule)
        targets = [
            _Hit(label, carve_hit.rule, carve_hit.start, carve_hit.end)
            for label in cue.default_limits
        ]
    return targets


# --- shapes and overrides --------------------------------------------------------------------------


def _chapeau_of(
    span: ClauseSpan, segmentation: Segmentation, positions: dict[str, int] | None
) -> ClauseSpan | None:
    """The lead-in of a list item: the segmenter's parent, else the nearest preceding clause
    ending in ":" reached over list items (clauses ending in ";" or ",")."""
    clauses = segmentation.clauses
    if positions is None:
        positions = clause_positions(segmentation)
    if span.parent_id is not None:
        parent = positions.get(span.parent_id)
        return None if parent is None else clauses[parent]
    index = positions.get(span.id)
    if index is None:
        return None
    for j in range(index - 1, max(-1, index - 1 - _MAX_LIST_ITEMS), -1):
        tail = clauses[j].text.rstrip()
        if tail.endswith(":"):
            return clauses[j] if clauses[j].operative else None
        if not _LIST_ITEM_END.search(tail):
            return None
    return None


def _is_chapeau(span: ClauseSpan, view: MatchView) -> bool:
    return span.lead_in or view.text.endswith(":")


def _is_news(span: ClauseSpan, segmentation: Segmentation) -> bool:
    return span.zone == "news" or segmentation.is_news


def _is_news_reaction(span: ClauseSpan, segmentation: Segmentation, view: MatchView) -> bool:
    if not _is_news(span, segmentation):
        return False
    m = NEWS_REACTION.search(view.text)
    return m is not None and not NEWS_TEXT_SUBJECT.search(m.group("subject"))


def _is_non_operative_sentence(view: MatchView, document: DocumentFindings) -> bool:
    """A sentence of a declaration with no label and no commitment word narrates, praises,
    thanks, welcomes, condemns or states a view (dev-real G4)."""
    if COMMITMENT_WORDS.search(view.text):
        return False
    if document.legal_form in _SENTENCE_JUDGED_FORMS:
        return True
    return document.legal_form in _OPENER_JUDGED_FORMS and bool(
        NON_OPERATIVE_OPENERS.search(view.text)
    )


def _is_thanks_sentence(view: MatchView, document: DocumentFindings) -> bool:
    """A declaration sentence that thanks, welcomes, commends or notes someone else's act is
    not a commitment of the signatories even when it names aid or forces (dev-real G4)."""
    return (
        document.legal_form in _SENTENCE_JUDGED_FORMS
        and bool(THANKS_OPENERS.search(view.text))
        and not COMMITMENT_WORDS.search(view.text)
    )


# --- result assembly -------------------------------------------------------------------------------


def _labels_of(hits: list[_Hit]) -> set[ProvisionType]:
    return {h.label for h in hits}


def _result(
    span: ClauseSpan,
    view: MatchView,
    hits: list[_Hit],
    limit_hits: tuple[_Hit, ...],
    inherited: dict[str, tuple[ClauseSpan, int, int]],
) -> LabelResult:
    labels = [label for label in PROVISION_TYPES if label in _labels_of(hits)]
    because: list[Reason] = []
    for label in labels:
        hit = min(
            (h for h in hits if h.label == label), key=lambda h: (h.start < 0, h.start, h.rule)
        )
        if hit.start < 0 and label in inherited:
            chapeau, s, e = inherited[label]
            because.append(_reason(chapeau, "labels", label, hit.rule, s, e))
        else:
            s, e = view.source_span(hit.start, hit.end)
            because.append(_reason(span, "labels", label, hit.rule, s, e))
    limits: list[ProvisionType] | None = None
    if "limitation" in labels:
        limit_labels = {h.label for h in limit_hits}
        limits = [label for label in PROVISION_TYPES if label in limit_labels]
        for label in limits:
            hit = min((h for h in limit_hits if h.label == label), key=lambda h: (h.start, h.rule))
            s, e = view.source_span(hit.start, hit.end)
            because.append(_reason(span, "limits", label, hit.rule, s, e))
    return LabelResult(labels=labels, limits=limits, because=because)


def _reason(span: ClauseSpan, field_name: str, value: str, rule: str, s: int, e: int) -> Reason:
    return Reason(
        field=field_name,
        value=value,
        rule=rule,
        start=span.start + s,
        end=span.start + e,
        match=span.text[s:e],
    )


def _whole(span: ClauseSpan, field_name: str, value: str, rule: str) -> Reason:
    return Reason(
        field=field_name, value=value, rule=rule, start=span.start, end=span.end, match=span.text
    )
