"""What a person reads first, in order: the red flags, the scorecard, the duties grouped by the
party that owes them, then every labelled clause. Shared by the text and Markdown renderers so
that both tell the same story."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from treatylens.codebook.labels import ALL_PARTIES, ANY_STATE, principal_label
from treatylens.codebook.scoring import COMMON_NAMES
from treatylens.model import Clause, Profile

#: How pseudo-party ids read in a sentence.
PSEUDO_NAMES = {ALL_PARTIES: "all parties", ANY_STATE: "any state"}
#: Heading of the duties every named party owes.
ALL_NAMED = "All parties"

#: How a modality reads in a list of terms ("none" is a report or a statement of fact).
MODALITY_WORDS = {"none": "no commitment words (reported or descriptive)"}

#: How long a clause's text may run in a duty line before it is cut.
DUTY_TEXT_CHARS = 160


@dataclass(frozen=True)
class Duty:
    clause: Clause
    label: str
    to: str  # beneficiaries, as names
    terms: str  # "binding; trigger armed attack; automatic"


@dataclass(frozen=True)
class PartyDuties:
    party: str  # display name(s) of the party or parties that owe the duties
    roles: tuple[str, ...]  # for a single party: its roles
    duties: tuple[Duty, ...]


def display_name(profile: Profile, pid: str) -> str:
    """The short common name when there is one ("Russia"), else the name the text uses."""
    if pid in COMMON_NAMES:
        return COMMON_NAMES[pid]
    for party in profile.document.parties:
        if party.id == pid and party.name:
            return party.name
    return PSEUDO_NAMES.get(pid, pid)


def names(profile: Profile, ids: list[str] | None) -> str:
    return ", ".join(display_name(profile, i) for i in ids or []) or "unspecified"


def human(value: str) -> str:
    return value.replace("_", " ")


def clause_terms(clause: Clause) -> str:
    """A clause's attributes in a few words, strongest first."""
    parts: list[str] = []
    if clause.modality:
        parts.append(MODALITY_WORDS.get(clause.modality, clause.modality))
    if clause.trigger and clause.trigger != "none":
        parts.append(f"if {human(clause.trigger)}")
    if clause.automaticity:
        parts.append(human(clause.automaticity))
    if clause.means:
        parts.append(f"means {human(clause.means)}")
    if clause.conditions:
        parts.append("conditions: " + ", ".join(human(c) for c in clause.conditions))
    if clause.quantified:
        parts.append("quantified")
    if clause.limits:
        parts.append("limits: " + ", ".join(human(x) for x in clause.limits))
    return "; ".join(parts)


def shorten(text: str, limit: int = DUTY_TEXT_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def duties_by_party(profile: Profile) -> list[PartyDuties]:
    """Commitment clauses grouped by the party or parties that owe them, so that a joint duty
    is shown once ("Russia, China and France"). ``ALL_PARTIES`` is expanded to the named parties
    (or kept as "all parties" when none is named). Groups follow the document's party order."""
    named = [p.id for p in profile.document.parties]
    groups: dict[tuple[str, ...], list[Duty]] = {}
    for clause in profile.clauses:
        label = principal_label(clause.labels)
        if not clause.operative or label is None:
            continue
        owed_by: list[str] = []
        for pid in clause.obligors or [ALL_PARTIES]:
            for one in named if pid == ALL_PARTIES and named else [pid]:
                if one not in owed_by:
                    owed_by.append(one)
        key = tuple(
            sorted(owed_by, key=lambda i: (named.index(i) if i in named else len(named), i))
        )
        duty = Duty(
            clause=clause,
            label=human(label),
            to=names(profile, clause.beneficiaries),
            terms=clause_terms(clause),
        )
        groups.setdefault(key, []).append(duty)

    def order(key: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
        first = named.index(key[0]) if key and key[0] in named else len(named)
        return (first, len(key), key)

    roles = {p.id: tuple(p.roles) for p in profile.document.parties}
    everyone = tuple(named)
    return [
        PartyDuties(
            party=ALL_NAMED
            if len(key) > 2 and key == everyone
            else _join([display_name(profile, pid) for pid in key]),
            roles=roles.get(key[0], ()) if len(key) == 1 else (),
            duties=tuple(groups[key]),
        )
        for key in sorted(groups, key=order)
    ]


def labelled_clauses(profile: Profile) -> list[Clause]:
    return [c for c in profile.clauses if c.labels]


def analogue_line(analogue: dict[str, Any]) -> tuple[str, str, str, str, str]:
    """(name, similarity, outcome, shared, differs) as display strings."""

    def listing(value: Any) -> str:
        if isinstance(value, list | tuple):
            return ", ".join(human(str(v)) for v in value) or "-"
        return human(str(value)) if value not in (None, "") else "-"

    similarity = analogue.get("similarity")
    shown = f"{similarity:.2f}" if isinstance(similarity, int | float) else str(similarity or "-")
    return (
        str(analogue.get("name", "?")),
        shown,
        listing(analogue.get("outcome")),
        listing(analogue.get("shared")),
        listing(analogue.get("differs")),
    )


def headline(profile: Profile) -> list[tuple[str, str]]:
    """(field, value) rows describing the document."""
    doc = profile.document
    parties = "; ".join(
        f"{display_name(profile, p.id)} ({', '.join(p.roles) or 'no role found'})"
        for p in doc.parties
    )
    rows = [
        (
            "Source",
            f"{profile.source.name} ({profile.source.media_type}, {profile.source.chars} characters)",
        ),
        ("Legal form", human(doc.legal_form)),
        ("Parties", parties or "none named"),
        ("Adversary", display_name(profile, doc.adversary) if doc.adversary else "not named"),
        ("Adversary is a guarantor", "yes" if doc.adversary_is_guarantor else "no"),
        ("Security Council veto exposure", "yes" if doc.veto_exposure else "no"),
    ]
    if doc.title:
        rows.insert(0, ("Title", doc.title))
    return rows


def section_of(profile: Profile, clause_id: str) -> str:
    clause = profile.clause(clause_id)
    if clause is None:
        return clause_id
    return f"{clause.section} [{clause.id}]" if clause.section else clause.id
