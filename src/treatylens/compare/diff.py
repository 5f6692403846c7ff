"""Diff two drafts of one agreement, commitment by commitment.

Clauses are aligned by their words, not their numbers, so renumbering and reordering do not
break the alignment: every labelled clause of the old draft is scored against every labelled
clause of the new one (token-sequence similarity, with a bonus for sharing the principal
label), and pairs are taken greedily from the most similar down, one-to-one, above a floor.

Each aligned pair is then compared aspect by aspect (labels, modality, automaticity, conditions,
means, quantities, trigger, obligors). Aspects with a direction (+1 stronger duty, -1 weaker)
decide the kind: ``strengthened`` when the net direction is positive, ``weakened`` when it is
negative, ``unchanged`` otherwise (the aspects list still shows neutral changes such as a new
trigger or a reworded clause). Unaligned clauses are ``removed`` or ``added``.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any, Literal

from pydantic import BaseModel, Field

from treatylens.codebook.labels import COMMITMENT_TYPES, DIMENSIONS, principal_label
from treatylens.compare.matrix import ComparedDocument
from treatylens.compare.strength import (
    automaticity_rank,
    means_rank,
    modality_rank,
    numbers_in,
)
from treatylens.model import Clause, Profile

ChangeKind = Literal["added", "removed", "strengthened", "weakened", "unchanged"]
Direction = Literal[-1, 0, 1]

#: Pairs less similar than this are not the same clause (tuned on redrafted texts: a clause
#: rewritten from "shall" to "will seek to" keeps well above it, unrelated duties stay below).
MATCH_FLOOR = 0.45
#: Token-set overlap needed before the (slower) sequence comparison is run.
PREFILTER_JACCARD = 0.2
PRINCIPAL_LABEL_BONUS = 0.1

#: For these labels a larger number is a stronger duty (more money, troops, notice to leave);
#: for ``force_limits`` a larger number is a looser cap; elsewhere numbers are deadlines
#: ("within 24 hours"), where larger is weaker.
_MORE_IS_STRONGER = frozenset({"military_aid", "economic_aid", "forces_presence", "withdrawal", "duration"})
_MORE_IS_WEAKER = frozenset({"force_limits"})

_WORD = re.compile(r"[a-z0-9]+")


class AspectChange(BaseModel):
    aspect: str
    old: Any = None
    new: Any = None
    direction: Direction = 0


class Change(BaseModel):
    kind: ChangeKind
    labels: list[str]
    old_clause_id: str | None = None
    new_clause_id: str | None = None
    old_section: str | None = None
    new_section: str | None = None
    old_text: str | None = None
    new_text: str | None = None
    similarity: float | None = None
    aspects: list[AspectChange] = Field(default_factory=list)


class ScoreChange(BaseModel):
    dimension: str
    old: int
    new: int
    delta: int


class Diff(BaseModel):
    old: ComparedDocument
    new: ComparedDocument
    changes: list[Change]
    scorecard: list[ScoreChange]
    flags_added: list[str]
    flags_removed: list[str]
    document: list[AspectChange]
    summary: dict[str, int]
    note: str | None = Field(
        default=None, description="a warning, e.g. when the two texts share no commitment at all"
    )

    def to_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _labelled(profile: Profile) -> list[Clause]:
    return [c for c in profile.clauses if c.operative and c.labels]


def _similarity(a: Clause, ta: list[str], b: Clause, tb: list[str]) -> float:
    sa, sb = set(ta), set(tb)
    if not sa or not sb:
        return 0.0
    if len(sa & sb) / len(sa | sb) < PREFILTER_JACCARD:
        return 0.0
    ratio = SequenceMatcher(None, ta, tb, autojunk=False).ratio()
    pa, pb = principal_label(a.labels), principal_label(b.labels)
    if (pa or a.labels[0]) == (pb or b.labels[0]):
        ratio += PRINCIPAL_LABEL_BONUS
    return min(ratio, 1.0)


def align(old: list[Clause], new: list[Clause]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (old index, new index, similarity), most similar first."""
    old_tokens = [_tokens(c.text) for c in old]
    new_tokens = [_tokens(c.text) for c in new]
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            sim = _similarity(a, old_tokens[i], b, new_tokens[j])
            if sim >= MATCH_FLOOR:
                candidates.append((sim, i, j))
    candidates.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for sim, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j, round(sim, 4)))
    return pairs


def _rank_change(aspect: str, old: Any, new: Any, old_rank: int | None, new_rank: int | None) -> AspectChange | None:
    if old == new:
        return None
    direction: Direction = 0
    if old_rank is not None and new_rank is not None:
        direction = 1 if new_rank > old_rank else -1 if new_rank < old_rank else 0
    return AspectChange(aspect=aspect, old=old, new=new, direction=direction)


def _quantity_change(a: Clause, b: Clause) -> AspectChange | None:
    na, nb = numbers_in(a.text), numbers_in(b.text)
    if na == nb:
        return None
    direction: Direction = 0
    if len(na) == len(nb):
        for x, y in zip(na, nb, strict=True):
            if x == y:
                continue
            try:
                grew = float(y) > float(x)
            except ValueError:
                break
            labels = set(a.labels) | set(b.labels)
            if labels & _MORE_IS_STRONGER:
                direction = 1 if grew else -1
            elif labels & _MORE_IS_WEAKER or labels & COMMITMENT_TYPES:
                direction = -1 if grew else 1
            break
    return AspectChange(aspect="quantities", old=list(na), new=list(nb), direction=direction)


def compare_clauses(a: Clause, b: Clause) -> list[AspectChange]:
    """Aspect-by-aspect changes from clause ``a`` (old) to clause ``b`` (new)."""
    aspects: list[AspectChange] = []
    added = [label for label in b.labels if label not in a.labels]
    removed = [label for label in a.labels if label not in b.labels]
    for label in added:
        direction: Direction = -1 if label == "limitation" else 1 if label in COMMITMENT_TYPES else 0
        aspects.append(AspectChange(aspect="label", old=None, new=label, direction=direction))
    for label in removed:
        direction = 1 if label == "limitation" else -1 if label in COMMITMENT_TYPES else 0
        aspects.append(AspectChange(aspect="label", old=label, new=None, direction=direction))
    for change in (
        _rank_change("modality", a.modality, b.modality, modality_rank(a), modality_rank(b)),
        _rank_change("automaticity", a.automaticity, b.automaticity, automaticity_rank(a), automaticity_rank(b)),
        _rank_change("means", a.means, b.means, means_rank(a), means_rank(b)),
    ):
        if change is not None:
            aspects.append(change)
    old_conditions, new_conditions = set(a.conditions or []), set(b.conditions or [])
    for cond in sorted(new_conditions - old_conditions):
        aspects.append(AspectChange(aspect="condition", old=None, new=cond, direction=-1))
    for cond in sorted(old_conditions - new_conditions):
        aspects.append(AspectChange(aspect="condition", old=cond, new=None, direction=1))
    if a.trigger != b.trigger:
        aspects.append(AspectChange(aspect="trigger", old=a.trigger, new=b.trigger, direction=0))
    if sorted(a.obligors or []) != sorted(b.obligors or []):
        aspects.append(AspectChange(aspect="obligors", old=a.obligors, new=b.obligors, direction=0))
    if sorted(a.beneficiaries or []) != sorted(b.beneficiaries or []):
        aspects.append(AspectChange(aspect="beneficiaries", old=a.beneficiaries, new=b.beneficiaries, direction=0))
    quantity = _quantity_change(a, b)
    if quantity is not None:
        aspects.append(quantity)
    if _tokens(a.text) != _tokens(b.text) and not aspects:
        aspects.append(AspectChange(aspect="wording", old=None, new=None, direction=0))
    return aspects


def _kind(aspects: list[AspectChange]) -> ChangeKind:
    net = sum(a.direction for a in aspects)
    if net > 0:
        return "strengthened"
    if net < 0:
        return "weakened"
    return "unchanged"


def _document(p: Profile) -> ComparedDocument:
    return ComparedDocument(
        name=p.source.name, sha256=p.source.sha256, legal_form=p.document.legal_form, title=p.document.title
    )


def diff_profiles(old: Profile, new: Profile) -> Diff:
    """Every commitment of two drafts, aligned and classified."""
    old_clauses, new_clauses = _labelled(old), _labelled(new)
    pairs = align(old_clauses, new_clauses)
    by_new = {j: (i, sim) for i, j, sim in pairs}
    matched_old = {i for i, _, _ in pairs}
    changes: list[Change] = []
    for j, b in enumerate(new_clauses):
        if j in by_new:
            i, sim = by_new[j]
            a = old_clauses[i]
            aspects = compare_clauses(a, b)
            changes.append(
                Change(
                    kind=_kind(aspects),
                    labels=sorted(set(a.labels) | set(b.labels)),
                    old_clause_id=a.id,
                    new_clause_id=b.id,
                    old_section=a.section,
                    new_section=b.section,
                    old_text=a.text,
                    new_text=b.text,
                    similarity=sim,
                    aspects=aspects,
                )
            )
        else:
            changes.append(
                Change(kind="added", labels=list(b.labels), new_clause_id=b.id, new_section=b.section, new_text=b.text)
            )
    for i, a in enumerate(old_clauses):
        if i not in matched_old:
            changes.append(
                Change(kind="removed", labels=list(a.labels), old_clause_id=a.id, old_section=a.section, old_text=a.text)
            )
    scorecard = []
    for dim in DIMENSIONS:
        o, n = getattr(old.scorecard, dim).score, getattr(new.scorecard, dim).score
        scorecard.append(ScoreChange(dimension=dim, old=o, new=n, delta=n - o))
    old_flags = {f.flag for f in old.red_flags}
    new_flags = {f.flag for f in new.red_flags}
    document: list[AspectChange] = []
    for field in ("legal_form", "adversary", "adversary_is_guarantor", "veto_exposure"):
        ov, nv = getattr(old.document, field), getattr(new.document, field)
        if ov != nv:
            direction: Direction = 0
            if field in ("adversary_is_guarantor", "veto_exposure"):
                direction = -1 if nv else 1
            document.append(AspectChange(aspect=field, old=ov, new=nv, direction=direction))
    summary = {kind: 0 for kind in ("added", "removed", "strengthened", "weakened", "unchanged")}
    for change in changes:
        summary[change.kind] += 1
    note = None
    if old_clauses and new_clauses and not pairs:
        note = (
            "the two texts share no commitment: they may not be drafts of one agreement "
            "(every commitment is reported as removed or added)"
        )
    return Diff(
        note=note,
        old=_document(old),
        new=_document(new),
        changes=changes,
        scorecard=scorecard,
        flags_added=sorted(new_flags - old_flags),
        flags_removed=sorted(old_flags - new_flags),
        document=document,
        summary=summary,
    )
