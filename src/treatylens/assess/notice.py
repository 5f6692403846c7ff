"""How fast a party can leave: the notice period read off withdrawal and duration clauses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from treatylens.codebook.scoring import (
    AT_ANY_TIME,
    EXIT_VERBS,
    IMMEDIATE_EXIT,
    MUTUAL_EXIT,
    NOTICE_PERIOD,
    NUMBER_WORDS,
    SIBLING_WINDOW,
    TERM_NOT_NOTICE,
    UNILATERAL_REVOCATION,
    UNIT_DAYS,
)
from treatylens.model import Clause


@dataclass(frozen=True)
class ExitTerms:
    """The quickest way out that one clause offers."""

    clause: Clause
    days: int | None  # None: the clause lets a party leave but names no period
    phrase: str  # the words that fix it, e.g. "six months" or "upon receipt"
    unilateral_revocation: bool = False


def _period_days(number: str, unit: str) -> int:
    value = int(number) if number.isdigit() else NUMBER_WORDS[number.lower()]
    return round(value * UNIT_DAYS[unit.lower()])


def notice_candidates(text: str) -> list[tuple[int, str]]:
    """(days, words) for every notice period or no-delay cue in a clause; agreement terms
    ("in force for twenty years") are not notice periods and are skipped."""
    found: list[tuple[int, str]] = []
    for m in NOTICE_PERIOD.finditer(text):
        if TERM_NOT_NOTICE.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        found.append((_period_days(m["number"], m["unit"]), m.group(0)))
    found.extend((0, m.group(0)) for m in IMMEDIATE_EXIT.finditer(text))
    return found


def exit_terms(clause: Clause) -> ExitTerms | None:
    """The shortest notice in an exit clause (``withdrawal``, or ``duration`` with exit words).

    Periods are compared in days (a year is 365, a month a twelfth of that). "upon receipt" is zero; "at any
    time" is zero only when the clause names no period ("at any time by giving one year's
    notice" is one year). A withdrawal clause that names no period at all lets a party leave
    on notification.
    """
    withdrawal = "withdrawal" in clause.labels
    if not clause.operative or not (
        withdrawal or ("duration" in clause.labels and EXIT_VERBS.search(clause.text))
    ):
        return None
    revocable = UNILATERAL_REVOCATION.search(clause.text) is not None
    candidates = notice_candidates(clause.text)
    if candidates:
        days, phrase = min(candidates)
        return ExitTerms(clause, days, phrase, revocable)
    any_time = AT_ANY_TIME.search(clause.text)
    if any_time is not None:
        return ExitTerms(clause, 0, any_time.group(0), revocable)
    if revocable:
        return ExitTerms(clause, None, "", True)
    if not withdrawal or MUTUAL_EXIT.search(clause.text):
        return None
    return ExitTerms(clause, None, "", False)


def _provision(section: str) -> str:
    """The article a section belongs to: "Article 28(1)" -> "Article 28"."""
    return section.split("(", 1)[0].strip()


def _following_in_article(unstated: Clause, clauses: Sequence[Clause]) -> list[Clause]:
    """The next few clauses of the exit clause's article: where a notice period follows the
    sentence that allows leaving (section labels can repeat, so the window is short)."""
    article = _provision(unstated.section)
    index = next((i for i, c in enumerate(clauses) if c is unstated), None)
    if not article or index is None:
        return []
    out: list[Clause] = []
    for clause in clauses[index + 1 : index + 1 + SIBLING_WINDOW]:
        if _provision(clause.section) != article:
            break
        out.append(clause)
    return out


def sibling_terms(unstated: ExitTerms, clauses: Sequence[Clause]) -> ExitTerms | None:
    """A period stated for an exit clause by a sentence of the same article that carries no exit
    label ("... two years after the notification" under a union treaty's withdrawal article)."""
    found: list[ExitTerms] = []
    for clause in _following_in_article(unstated.clause, clauses):
        if not EXIT_VERBS.search(clause.text):
            continue
        candidates = notice_candidates(clause.text)
        if candidates:
            days, phrase = min(candidates)
            found.append(ExitTerms(clause, days, phrase))
    return min(found, key=lambda t: (t.days, t.clause.start)) if found else None


def quickest_exit(clauses: Sequence[Clause]) -> ExitTerms | None:
    """The quickest way out of the document.

    A revocation by one side comes first; then the shortest period stated by any exit clause.
    The period is often in a sibling sentence ("Any Party may denounce this Convention by
    notifying the Depositary. Any such denunciation shall take effect one year after ..."), so a
    clause that names no period counts only when no exit clause of the document names one, and
    no other sentence of its article does.
    """
    found = [t for t in (exit_terms(c) for c in clauses) if t is not None]
    revocations = [t for t in found if t.unilateral_revocation]
    if revocations:
        return revocations[0]
    stated = [t for t in found if t.days is not None]
    if not stated:
        stated = [s for s in (sibling_terms(t, clauses) for t in found) if s is not None]
    if stated:
        return min(stated, key=lambda t: (t.days or 0, t.clause.start))
    return found[0] if found else None
