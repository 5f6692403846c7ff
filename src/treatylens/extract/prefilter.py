"""Literal prefilters for cue patterns: skip a regex when its required words are absent.

Most cue patterns can only match text that contains one of a few literal strings (the
alternatives of ``(?:armed attack|aggression)``, a word such as ``consult``). ``required_literals``
reads a compiled pattern's parse tree and returns such a set; a clause that contains none of
them cannot match, so the (much slower) regex search is skipped. The analysis is conservative:
when it cannot prove a literal is required it returns ``None`` and the pattern always runs, so a
prefilter never changes what matches, only how fast.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

_sre_parser: Any
_sre_constants: Any
try:  # the parser is private in the standard library; without it nothing is prefiltered
    _sre_parser = importlib.import_module("re._parser")
    _sre_constants = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - older or future Pythons
    _sre_parser = None
    _sre_constants = None

#: Literals shorter than this select too little to be worth a check.
MIN_LITERAL = 3

Literals = frozenset[str]


def _reduce(strings: Iterable[str]) -> Literals:
    """Drop any string that contains another one of the set (its presence implies the other's)."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _strength(literals: Literals) -> tuple[int, int]:
    return (min(len(s) for s in literals), -len(literals))


def _best(candidates: list[Literals]) -> Literals | None:
    usable = [c for c in candidates if c and min(len(s) for s in c) >= MIN_LITERAL]
    if not usable:
        return None
    return max(usable, key=_strength)


def _sequence(items: Any, ignore_case: bool) -> Literals | None:
    """Required literals of a parsed sequence: the most selective of its literal runs and of its
    mandatory sub-nodes."""
    assert _sre_constants is not None
    c = _sre_constants
    candidates: list[Literals] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is c.LITERAL:
            ch = chr(av)
            run.append(ch.lower() if ignore_case else ch)
        elif op is c.AT:
            continue  # zero-width (\b, ^, $): literals on both sides stay adjacent
        else:
            flush()
            sub = _node(op, av, ignore_case)
            if sub is not None:
                candidates.append(sub)
    flush()
    return _best(candidates)


def _node(op: Any, av: Any, ignore_case: bool) -> Literals | None:
    assert _sre_constants is not None
    c = _sre_constants
    if op is c.SUBPATTERN:
        add_flags, del_flags, sub = av[1], av[2], av[3]
        case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not bool(del_flags & re.IGNORECASE)
        return _sequence(sub, case)
    if op is c.BRANCH:
        branches = [_sequence(b, ignore_case) for b in av[1]]
        if any(b is None for b in branches):
            return None
        return _reduce(s for b in branches if b is not None for s in b)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(sub, ignore_case) if low >= 1 else None
    return None  # classes, lookarounds, group references: no literal is certain


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """A set of strings, one of which every match of ``pattern`` contains; ``None`` if unknown.

    Literals are lower-cased when the pattern ignores case; callers then test them against
    lower-cased text.
    """
    if _sre_parser is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern Python compiled always parses
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    found = _sequence(list(parsed), ignore_case)
    return _reduce(found) if found else None


class Prefilter:
    """All literals of a family of patterns, tested once per text."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._literals: dict[str, Literals | None] = {}
        for p in patterns:
            self._literals[p.pattern] = required_literals(p)
        self._all = sorted({s for lits in self._literals.values() if lits for s in lits})

    def present(self, text: str) -> frozenset[str]:
        """The literals that occur in ``text`` (pass lower-cased text)."""
        return frozenset(s for s in self._all if s in text)

    def may_match(self, pattern: re.Pattern[str], present: frozenset[str]) -> bool:
        lits = self._literals.get(pattern.pattern)
        return lits is None or not lits.isdisjoint(present)


class GroupIndex:
    """Which groups of patterns may all match a text, found from the literals present in it.

    Each group is a sequence of patterns that must all be able to match (a cue's pattern and its
    ``requires``). ``candidates`` returns the same groups, in the same order, as testing
    ``Prefilter.may_match`` on every pattern of every group, but looks the literals up by their
    first three characters instead of scanning all of them, and visits only groups one of whose
    literals occurs.
    """

    def __init__(self, groups: Iterable[Iterable[re.Pattern[str]]]) -> None:
        self._conditions: list[tuple[Literals, ...]] = []
        always: list[int] = []
        by_literal: dict[str, list[int]] = {}
        for index, group in enumerate(groups):
            known = [lits for lits in map(required_literals, group) if lits is not None]
            self._conditions.append(tuple(known))
            if not known:
                always.append(index)
                continue
            for literal in known[0]:
                by_literal.setdefault(literal, []).append(index)
        self._always = tuple(always)
        self._by_literal = {k: tuple(v) for k, v in by_literal.items()}
        self._by_prefix: dict[str, tuple[str, ...]] = {}
        for literal in sorted({s for conds in self._conditions for lits in conds for s in lits}):
            # every literal has at least MIN_LITERAL (3) characters, see _best
            self._by_prefix[literal[:3]] = (*self._by_prefix.get(literal[:3], ()), literal)

    def present(self, text: str) -> frozenset[str]:
        """The indexed literals that occur in ``text`` (pass lower-cased text)."""
        by_prefix = self._by_prefix
        prefixes = {text[i : i + 3] for i in range(len(text) - 2)}
        return frozenset(
            s
            for p in prefixes.intersection(by_prefix)
            for s in by_prefix[p]
            if s in text
        )

    def candidates(self, text: str) -> list[int]:
        """Indices (ascending) of the groups whose every pattern may match ``text``."""
        present = self.present(text)
        by_literal = self._by_literal
        found = set(self._always)
        for literal in present:
            found.update(by_literal.get(literal, ()))
        conditions = self._conditions
        return [
            i
            for i in sorted(found)
            if all(not lits.isdisjoint(present) for lits in conditions[i][1:])
        ]


#: A scoped case flag: "(?i:...)" inside a case-sensitive pattern, "(?-i:...)" inside a
#: case-insensitive one. Literals of such a pattern mix cases, so it is never screened.
_SCOPED_IGNORECASE = re.compile(r"\(\?[a-zA-Z]*i[a-zA-Z]*[:)]")
_SCOPED_CASE_SENSITIVE = re.compile(r"\(\?[a-zA-Z]*-[a-zA-Z]*i")


def _screen_literals(pattern: re.Pattern[str]) -> tuple[Literals, bool] | None:
    """The required literals of ``pattern`` and whether to test them against lower-cased text;
    ``None`` when the pattern cannot be screened safely."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    scoped = _SCOPED_CASE_SENSITIVE if ignore_case else _SCOPED_IGNORECASE
    if scoped.search(pattern.pattern):
        return None
    literals = required_literals(pattern)
    if literals is None or not all(s.isascii() for s in literals):
        # case folding of non-ASCII letters ("ſ" matches "s") is not what str.lower() does
        return None
    return literals, ignore_case


class Screen:
    """For a fixed list of patterns, which of them may match a text (exact, never a false "no").

    A pattern is ruled out only when the text is ASCII and contains none of the pattern's
    required literals (tested case-sensitively, or against the lower-cased text when the pattern
    ignores case). Anything else -- non-ASCII text, patterns without literals, scoped case
    flags -- counts as "may match", so the caller's regex search decides as before.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._screens = tuple(_screen_literals(p) for p in patterns)

    def possible(self, text: str) -> list[bool]:
        if not text.isascii():
            return [True] * len(self._screens)
        lowered = text.lower()
        return [
            screen is None or any(s in (lowered if screen[1] else text) for s in screen[0])
            for screen in self._screens
        ]
