"""Who the text is about: parties of the instrument, defined terms, leaders, and mentions.

Resolution order for a phrase (obligors and beneficiaries): defined terms ("the Guarantor
States" -> their list), collective terms ("the Parties", "We" -> ALL_PARTIES), third states
(ANY_STATE), state and organisation names, adjectives and capitals, leaders by name.
"""

from __future__ import annotations

import itertools
import re

from treatylens.codebook import parties as P
from treatylens.codebook.cues import EMBEDDED_RE
from treatylens.codebook.parties import Mention, find_collectives, find_entities


def mentions_in(text: str, offset: int = 0) -> list[Mention]:
    """Entity and collective mentions in ``text``, overlaps resolved in favour of the longer one."""
    found = find_entities(text, offset) + find_collectives(text, offset)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out


def _states_in(text: str, offset: int = 0) -> list[str]:
    ids: list[str] = []
    for m in find_entities(text, offset):
        if m.form == "name" and m.id not in ids:
            ids.append(m.id)
    return ids


def find_defined_terms(text: str) -> dict[str, tuple[str, ...]]:
    """Terms that the text defines as lists of states ("the Guarantor States" -> [...])."""
    terms: dict[str, tuple[str, ...]] = {}
    for regex in (P.DEFINED_RE, P.AS_ROLE_RE, P.PAREN_GROUP_RE):
        for m in regex.finditer(text):
            term = " ".join(m.group("term").split()).lower()
            if term in P.COLLECTIVE_WORDS:
                continue
            head = text[max(0, m.start() - 1500) : m.start()]
            starts = [s.end() for s in P.LIST_START_RE.finditer(head)]
            segment = head[starts[-1] :] if starts else head
            _add_term(terms, term, tuple(_states_in(segment)))
    for m in P.ONE_OF_ALONGSIDE_RE.finditer(text):
        # the state made "one of" the group is the last one named just before those words
        before = [e for e in find_entities(text[max(0, m.start() - 60) : m.start()]) if e.form == "name"]
        members = tuple(dict.fromkeys([*(e.id for e in before[-1:]), *_states_in(m.group("list"))]))
        _add_term(terms, " ".join(m.group("term").split()).lower(), members)
    for m in P.PAREN_TERM_RE.finditer(text):
        # 'A, B and C (the "Coalition Participants")': a bracketed name right after a list of states
        raw = m.group("quoted") or m.group("term")
        term = " ".join(raw.split()).lower()
        if term in terms or term in P.COLLECTIVE_WORDS or term.split()[-1] in P.DOCUMENT_WORDS or find_entities(raw):
            continue
        near = text[max(0, m.start() - 120) : m.start()]
        named = [e for e in find_entities(near) if e.form == "name"]
        if not named or near[named[-1].end :].strip(" \t\n,"):
            continue  # the bracket does not follow a state's name
        if (m.group("term") and raw.isupper()) or EMBEDDED_RE.search(near[: named[-1].start]):
            continue  # an acronym of a longer name ("Democratic Forces for the Liberation of Rwanda (FDLR)")
        head = text[max(0, m.start() - 1500) : m.start()]
        starts = [s.end() for s in P.LIST_START_RE.finditer(head)]
        segment_start = starts[-1] if starts else 0
        _add_term(terms, term, tuple(_states_in(head[segment_start:])))
    for m in P.MEANS_DEFINITION_RE.finditer(text):
        # '"Sending State forces" means the armed forces of the United Kingdom': the first state
        first = _states_in(m.group("definition"))[:1]
        _add_term(terms, " ".join(m.group("term").split()).lower(), tuple(first))
    return terms


def _add_term(terms: dict[str, tuple[str, ...]], term: str, ids: tuple[str, ...]) -> None:
    """Register a defined term with its singular and, for a group, the other names of its members."""
    if not ids:
        return
    names = [term, term[:-3] + "y" if term.endswith("ies") else term[:-1] if term.endswith("s") else term]
    words = term.split()
    if len(words) >= 2 and words[-1] in P.GROUP_HEADS and words[0] not in P.NUMBER_WORDS:
        # "the guarantor group" is also "the guarantor States", "a guarantor State", "the guarantors";
        # "Sending State forces" is also "the Sending State"
        stem = " ".join(words[:-1])
        names += [stem] if words[-1] == "forces" else [f"{stem} states", f"{stem} state", f"{stem}s"]
    for name in names:
        # "each Guarantor State", "a Signatory" refer to the same list
        terms.setdefault(name, ids)


def find_sides(text: str) -> tuple[str, ...]:
    """The two sides of a conflict: the first pair of states written "X and Y" as a subject or after "between"."""
    names = [m for m in find_entities(text) if m.form == "name"]
    for first, second in itertools.pairwise(names):
        if first.id == second.id or not P.SIDES_PAIR_GAP_RE.match(text[first.end : second.start]):
            continue
        if P.SIDES_AFTER_RE.match(text[second.end : second.end + 30]) or P.SIDES_BEFORE_RE.search(text[max(0, first.start - 30) : first.start]):
            return (first.id, second.id)
    return ()


def find_issuer(text: str) -> str | None:
    """The state that issues a unilateral act ("the laws of the United States of America")."""
    for m in P.ISSUER_RE.finditer(text[:3000]):
        found = find_entities(text[m.end() : m.end() + 80], m.end())
        if found and found[0].start == m.end() and found[0].form == "name":
            return found[0].id
    return None


def find_persons(text: str) -> dict[str, str]:
    """Leaders named with their state: every capitalised token of the name -> the state's id."""
    persons: dict[str, str] = {}
    for m in P.PERSON_RE.finditer(text[:6000]):
        after = text[m.end() : m.end() + 120]
        states = find_entities(after)
        if not states or states[0].start > 2 or states[0].form != "name":
            continue
        for token in re.findall(r"[A-Z][\w'-]+", m.group("name")):
            persons.setdefault(token, states[0].id)
    return persons


def find_parties(text: str, title: str | None, defined: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The parties of the instrument, in order: designation, leaders' list, title, signatures."""
    head = text[:4000]
    excluded = {m.start for nm in P.NON_PARTY_RE.finditer(head) for m in find_entities(nm.group(0), nm.start())}
    ordered: list[str] = []

    def add(ids: list[str] | tuple[str, ...]) -> None:
        for i in ids:
            if i not in ordered:
                ordered.append(i)

    regions: list[tuple[int, str]] = []
    for m in P.DEFINED_RE.finditer(head):
        term = m.group("term").strip().lower()
        if term not in P.COLLECTIVE_WORDS and term not in defined:
            continue
        para_start = head.rfind("\n\n", 0, m.start())
        para_end = head.find("\n\n", m.end())
        regions.append((para_start + 1, head[para_start + 1 : para_end if para_end > 0 else m.end()]))
    for m in P.PAREN_TERM_RE.finditer(head[:1500]):
        # 'between A, B (the "Coalition") and C': the paragraph that defines a group designates parties
        raw = m.group("quoted") or m.group("term")
        if " ".join(raw.split()).lower() in defined:
            para_start = head.rfind("\n\n", 0, m.start())
            para_end = head.find("\n\n", m.end())
            regions.append((para_start + 1, head[para_start + 1 : para_end if para_end > 0 else None]))
    for m in P.OFFICE_OF_RE.finditer(head[:1500]):
        first = find_entities(head[m.end() : m.end() + 90], m.end())
        if first and first[0].start == m.end() and first[0].form == "name":
            regions.append((first[0].start, first[0].text))
    for m in P.LEADERS_RE.finditer(head):
        # the list ends where the leaders start to speak ("..., commit our governments to")
        verb = P.LEADERS_VERB_RE.search(m.group(0), 12)
        regions.append((m.start(), m.group(0)[: verb.start() if verb else None]))
    for m in P.AGREED_OPENING_RE.finditer(head):
        regions.append((m.start(), m.group(0)))
    between = P.TITLE_BETWEEN_RE.search(head[:600])
    if between:
        regions.append((between.start(), between.group(0)))
    for start, region in sorted(regions):
        add([m.id for m in find_entities(region, start) if m.form == "name" and m.start not in excluded])
    for ids in defined.values():
        add(ids)
    # a closing list of signatories or endorsers (names only, several of them)
    tail_start = max(0, len(text) - 1500)
    tail = text[tail_start:]
    tail_names = [m for m in find_entities(tail) if m.form == "name"]
    tail_ids = [m.id for m in tail_names]
    density = sum(m.end - m.start for m in tail_names) / max(1, len("".join(tail.split())))
    if ordered and len(set(tail_ids)) >= 8 and density > 0.3:
        add(tail_ids)
    return tuple(i for i in ordered if i != "UN")


def persons_in(text: str, persons: dict[str, str], offset: int = 0) -> list[Mention]:
    """Leaders mentioned by title and name ("President Biden")."""
    out: list[Mention] = []
    for m in P.LEADER_BY_NAME_RE.finditer(text):
        state = persons.get(m.group(1))
        if state:
            out.append(Mention(state, m.start() + offset, m.end() + offset, m.group(0), "person"))
    return out


def defined_in(text: str, defined: dict[str, tuple[str, ...]], offset: int = 0) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Uses of defined list terms in ``text``: (start, end, matched words, ids)."""
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    for term in sorted(defined, key=len, reverse=True):
        for m in re.finditer(r"\b" + re.escape(term) + r"\b", text, re.IGNORECASE):
            if any(s <= m.start() < e for s, e, _, _ in out):
                continue
            out.append((m.start() + offset, m.end() + offset, m.group(0), defined[term]))
    return sorted(out)
