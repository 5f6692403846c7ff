"""Names of states and organisations, as data (``data/parties.csv``), and a matcher over text.

Each row gives a canonical id (ISO 3166 alpha-3 for states, a short id for organisations), the
names a text may use (official and short names, acronyms), adjectives/demonyms and capitals used
as metonyms ("Moscow" for the Russian Federation). The matcher returns every mention with its
offsets and the form it took, so that callers can weigh a name above an adjective.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final, Literal

from treatylens.codebook.labels import ALL_PARTIES, ANY_STATE

MentionForm = Literal["name", "adjective", "capital", "collective", "third", "defined", "person"]


@dataclass(frozen=True)
class Entity:
    id: str
    kind: Literal["state", "organisation"]
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One place where a text names a party (or a pseudo-party such as ALL_PARTIES)."""

    id: str
    start: int
    end: int
    text: str
    form: MentionForm


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(";") if part.strip())


@lru_cache(maxsize=1)
def entities() -> tuple[Entity, ...]:
    """All known states and organisations, in file order."""
    text = resources.files("treatylens.codebook").joinpath("data/parties.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    out: list[Entity] = []
    for row in rows:
        kind: Literal["state", "organisation"] = "organisation" if row["kind"] == "organisation" else "state"
        out.append(
            Entity(
                id=row["id"],
                kind=kind,
                names=_split(row["names"]),
                adjectives=_split(row["adjectives"]),
                capitals=_split(row["capitals"]),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for e in entities():
        out.setdefault(e.id, e)
    return out


def entity(entity_id: str) -> Entity | None:
    return _by_id().get(entity_id)


#: Collective designations of every party (codebook section 6, dev A5).
COLLECTIVE_TERMS: Final[tuple[tuple[str, str], ...]] = (
    ("collective.parties", r"\b(?:the\s+)?(?:High\s+)?Contracting\s+Part(?:y|ies)\b"),
    ("collective.parties", r"\b(?i:the|each|either|any|both|all|a|another|no)\s+(?:other\s+)?Part(?:y|ies)\b"),
    ("collective.parties", r"\bParties\b"),
    ("collective.parties", r"\b(?i:the|each|either|both)\s+(?:other\s+)?(?:Participants?|Sides?|(?-i:participants?|sides?))\b"),
    ("collective.parties", r"\b(?:the|each|all|other)\s+(?:other\s+)?Member\s+States?\b|\bMember\s+States\b"),
    ("collective.parties", r"\b(?:the\s+)?(?:States\s+Parties|State\s+Party)\b"),
    ("collective.parties", r"\b(?i:the|all|our)\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:States|Governments|Powers|Signatories)\b"),
    ("collective.signatories", r"\b(?:the\s+)?(?:[A-Z]\w+\s+)?(?-i:Signatories|signatories|Signatory\s+States)\b"),
    ("collective.we", r"\b(?:We|we|our\s+(?:four|three|two|five|\w+)\s+(?:countries|nations|governments)|our\s+governments|Our\s+countries|our\s+countries)\b"),
    ("collective.them", r"\b(?:each|any|all|one|either|neither|both)\s+of\s+them\b|\bone\s+another\b|\beach\s+other\b|\bthem\s+all\b"),
)

#: Third states (codebook section 6: ANY_STATE).
THIRD_STATE_TERMS: Final[tuple[tuple[str, str], ...]] = (
    ("third.any_state", r"\b(?:any|a)\s+(?:third\s+)?State\b(?!\s+Part)|\bthird\s+(?:States?|countries|parties)\b|\bany\s+aggressor\b|\ball\s+nations\b|\bany\s+nation\b|\binternational\s+relations\b"),
)


@lru_cache(maxsize=1)
def _name_table() -> tuple[dict[str, tuple[str, MentionForm]], dict[str, tuple[str, MentionForm]], int]:
    """Lookup tables: case-folded names, case-sensitive acronyms, and the longest name in words."""
    folded, exact, longest, _ = _name_tables()
    return folded, exact, longest


@lru_cache(maxsize=1)
def _first_words() -> dict[str, int]:
    """Case-folded first word of every name (possessive and all) -> the longest name it starts.

    Lets ``find_entities`` skip, in one dictionary look-up, the capitalised words that begin no
    name at all, which are most of them.
    """
    return _name_tables()[3]


@lru_cache(maxsize=1)
def _name_tables() -> tuple[
    dict[str, tuple[str, MentionForm]], dict[str, tuple[str, MentionForm]], int, dict[str, int]
]:
    folded: dict[str, tuple[str, MentionForm]] = {}
    exact: dict[str, tuple[str, MentionForm]] = {}
    first_words: dict[str, int] = {}
    longest = 1
    for e in entities():
        forms: list[tuple[str, MentionForm]] = [(n, "name") for n in e.names]
        forms += [(a, "adjective") for a in e.adjectives]
        forms += [(c, "capital") for c in e.capitals]
        for text, form in forms:
            words = text.split()
            if words and words[0].lower() == "the" and len(words) > 1:
                words = words[1:]  # "The Netherlands": the article is not part of the name
            key = " ".join(words)
            longest = max(longest, len(words))
            # acronyms are case-sensitive ("US" is a state, "us" a pronoun); names are not (titles)
            if key.replace(".", "").isupper():
                exact.setdefault(key, (e.id, form))
            else:
                folded.setdefault(key.casefold(), (e.id, form))
            if words:
                head = words[0].casefold()
                first_words[head] = max(first_words.get(head, 0), len(words))
                if len(words) == 1:  # a one-word name may carry a possessive: "Ukraine's"
                    for suffix in ("’s", "'s"):
                        first_words[head + suffix] = max(first_words.get(head + suffix, 0), 1)
    return folded, exact, longest, first_words


_TOKEN_RE: Final = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’'-]*")
#: A following continent name is another place ("North America" is not the United States).
_REGION_WORDS: Final = frozenset({"north", "south", "central", "latin"})


def find_entities(text: str, offset: int = 0) -> list[Mention]:
    """Every named state or organisation in ``text`` (offsets shifted by ``offset``).

    Longest match over word tokens; a match must start with a capital letter, so that "turkey"
    or "chad" in running lower-case text are not states.
    """
    folded, exact, longest = _name_table()
    first_words = _first_words()
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN_RE.finditer(text)]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        start, _, word = tokens[i]
        if not word[:1].isupper():
            i += 1
            continue
        span_words = first_words.get(word.casefold())
        if span_words is None:
            i += 1
            continue
        hit: tuple[int, str, MentionForm, int] | None = None
        for n in range(min(span_words, longest, len(tokens) - i), 0, -1):
            chunk = tokens[i : i + n]
            # names never run across punctuation or line breaks other than plain spaces/newlines
            gaps = [text[chunk[k][1] : chunk[k + 1][0]] for k in range(n - 1)]
            if any(g.strip() for g in gaps):
                continue
            key = " ".join(t[2] for t in chunk)
            found = exact.get(key) or folded.get(key.casefold())
            trim = 0
            if not found and key[-2:] in ("’s", "'s"):
                # a possessive: "Ukraine’s borders"
                trim = 2
                found = exact.get(key[:-2]) or folded.get(key[:-2].casefold())
            if found:
                hit = (n, found[0], found[1], trim)
                break
        if hit is None:
            i += 1
            continue
        n, eid, form, trim = hit
        end = tokens[i + n - 1][1] - trim
        previous = tokens[i - 1][2].lower() if i > 0 else ""
        following = tokens[i + n][2] if i + n < len(tokens) and not text[end : tokens[i + n][0]].strip() else ""
        # "South China Sea", "Korean Peninsula": a place named after a state is not the state
        in_place_name = following.lower() in PLACE_NOUNS and following[:1].isupper()
        if not in_place_name and not (eid == "USA" and text[start:end] == "America" and previous in _REGION_WORDS):
            out.append(Mention(eid, start + offset, end + offset, text[start:end], form))
        i += n
    return out


_COLLECTIVE_RE: Final = re.compile("|".join(f"(?:{p})" for _, p in COLLECTIVE_TERMS))
_THIRD_RE: Final = re.compile("|".join(f"(?:{p})" for _, p in THIRD_STATE_TERMS))


def find_collectives(text: str, offset: int = 0) -> list[Mention]:
    """Mentions of all the parties ("the Parties", "each of them", "We") or of third states."""
    out = [Mention(ALL_PARTIES, m.start() + offset, m.end() + offset, m.group(0), "collective") for m in _COLLECTIVE_RE.finditer(text)]
    out.extend(Mention(ANY_STATE, m.start() + offset, m.end() + offset, m.group(0), "third") for m in _THIRD_RE.finditer(text))
    return sorted(out, key=lambda m: (m.start, m.end))


# --------------------------------------------------------------------------- designations

# How texts introduce their parties: definitions ("hereinafter"), leaders' lists, titles.

#: A term the text defines as a list of states: ... (hereinafter referred to as) "the Signatories".
DEFINED_RE: Final = re.compile(
    r"\(?\s*(?:hereinafter|hereafter)\s*(?:,\s*)?(?:referred\s+to\s+)?(?:collectively\s+)?(?:as\s+|called\s+)?(?:the\s+)?"
    r"[\"“”']\s*(?:the\s+)?(?P<term>[A-Z][\w -]{2,40}?)\s*[\"“”']",
    re.IGNORECASE,
)
#: "... join A, B and C as guarantors of ..." (a list defined in running text).
AS_ROLE_RE: Final = re.compile(r"\bas\s+(?:the\s+)?(?P<term>guarantors|guarantor\s+(?:states|powers)|co-?guarantors)\b", re.IGNORECASE)
#: "... make Russia one of five guarantor states of Ukraine's security, alongside the United
#: States, China and France": the state before "one of" and the list after "alongside".
ONE_OF_ALONGSIDE_RE: Final = re.compile(
    r"\bone\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<term>guarantors|guarantor\s+(?:states|powers)|co-?guarantors)\b"
    r"[^.;\n]{0,80}?\balongside\s+(?P<list>[^.;\n]{3,200})",
    re.IGNORECASE,
)
#: Where a defined list starts: paragraph start or a separator such as "of the one part,".
LIST_START_RE: Final = re.compile(r"\n\s*\n|of\s+the\s+one\s+part\s*,?\s*(?:and\s+)?|[.;:]\s|\)\s*,\s*(?:and\s+)?|\)\s+and\s+", re.IGNORECASE)
#: Words marking a non-party role before a name ("witnessed by", "with the facilitation of").
NON_PARTY_RE: Final = re.compile(r"\b(?:witnessed\s+by|facilitation\s+of|mediation\s+of|good\s+offices\s+of|in\s+the\s+presence\s+of)\b[^.\n]*", re.IGNORECASE)
#: Collective words are never list definitions.
COLLECTIVE_WORDS: Final = frozenset({"parties", "party", "participants", "sides", "contracting parties", "high contracting parties", "member states", "states parties", "agreement", "treaty", "memorandum", "framework"})
#: A leader introduced with the state he or she represents.
PERSON_RE: Final = re.compile(
    r"\b(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Premier)\s+(?P<name>(?:[A-Z][\w.'-]*\s+){0,4}?[A-Z][\w'-]+)\s*,?\s+(?:of|,)\s+(?:the\s+)?",
)
LEADERS_RE: Final = re.compile(
    r"(?:\bWe,?\s+the\s+(?:leaders|Heads\s+of\s+State|Prime\s+Ministers?|Presidents?)|\bAs\s+leaders\s+of|\bThe\s+leaders\s+of)(?:[^:.\n]|\n(?!\s*\n)){0,1200}",
)
LEADERS_VERB_RE: Final = re.compile(r"\b(?:we|commit\w*|will|shall|affirm|reaffirm|declare|met|have|resolve|guided|adopted|convened|gathered|meeting|are|announce)\b", re.IGNORECASE)
#: "President of the Republic of Tunisia", "King of the Kingdom of Morocco", "Government of X".
OFFICE_OF_RE: Final = re.compile(r"\b(?:President|King|Emir|Sultan|Prime\s+Minister|Chancellor|Government|Head\s+of\s+State)\s+of\s+(?:the\s+)?(?=[A-Z])")
TITLE_BETWEEN_RE: Final = re.compile(r"(?:\bBETWEEN\b|(?m:^)[ \t]*between\b)[^\n]*(?:\n[^\n]+){0,2}")
AGREED_OPENING_RE: Final = re.compile(r"(?:\A\W*|\n\s*\n)(?:[^\n]|\n(?!\s*\n)){0,500}?\b(?:have\s+agreed|agree\s+as\s+follows|met\s+(?:on|in|at)|have\s+met)\b", re.IGNORECASE)
#: A leader named by title and surname later in the text ("President Biden").
LEADER_BY_NAME_RE: Final = re.compile(r"\b(?:President|Prime\s+Minister|Chancellor)\s+([A-Z][\w'-]+)")

#: A group named in brackets after the states it stands for: "X, Y and Z (the guarantor group)".
PAREN_GROUP_RE: Final = re.compile(
    r"\(\s*(?:the\s+)?(?P<term>(?:[\w-]+\s+){0,2}?(?:group|States|Powers|countries|nations|guarantors|Signatories|Allies|Guarantors))\s*\)",
)
#: A term in brackets, quoted or capitalised, written right after the states it stands for:
#: 'between A, B and C (the "Coalition Participants") and D', "X and Y (the Guarantor Powers)".
#: The caller checks that a state's name ends just before the bracket.
PAREN_TERM_RE: Final = re.compile(
    r"\(\s*(?:the\s+)?(?:[\"“”']\s*(?:the\s+)?(?P<quoted>[A-Za-z][\w -]{2,40}?)\s*[\"“”']"
    r"|(?P<term>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}))\s*\)",
)
#: Words for the instrument itself, never a list of states: X and Y (the "Agreement"), the Joint
#: Declaration of Support for Ukraine (Joint Declaration).
DOCUMENT_WORDS: Final = frozenset({"agreement", "arrangement", "treaty", "memorandum", "framework", "declaration", "protocol", "convention", "charter", "accord", "plan", "statement", "annex"})
#: A definition clause: "Sending State forces" means the armed forces of the United Kingdom.
MEANS_DEFINITION_RE: Final = re.compile(
    r"[\"“](?P<term>[A-Z][\w -]{2,40}?)[\"”]\s+means\s+(?P<definition>[^;.]{0,200})",
)
#: Numbers are not names: "the three States" is not also "the threes".
NUMBER_WORDS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
#: Head nouns of a defined group whose modifier also names it ("guarantor group" -> "guarantor States").
GROUP_HEADS: Final = ("group", "states", "powers", "countries", "nations", "forces")
#: The sides of a two-sided conflict: "Georgia and the Russian Federation undertake", "between X and Y".
SIDES_PAIR_GAP_RE: Final = re.compile(r"^\s+and\s+(?:the\s+)?$")
SIDES_AFTER_RE: Final = re.compile(r"^[\s,]+(?:shall|undertake|undertakes|agree|agrees|will|commit|commits|have|hereby)\b")
SIDES_BEFORE_RE: Final = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
#: Words that mean the two sides in a text with more parties than two.
SIDES_TERMS: Final = ("both sides", "either side", "each side", "the two sides", "the sides", "either of the sides", "the other side")
#: Who issues a unilateral act: "the laws of the United States", "It is the policy of the United States".
ISSUER_RE: Final = re.compile(r"\b(?:laws\s+of|policy\s+of|Government\s+of|on\s+behalf\s+of)\s+(?:the\s+)?(?=[A-Z])")
#: Offices of the issuing state in a unilateral act ("the Secretary of Defense", "the President").
OFFICE_RE: Final = re.compile(
    r"\b(?:the\s+)?(?:Secretary\s+of\s+(?:State|Defense|Defence|the\s+Treasury|War|Homeland\s+Security)|Secretary\s+for\s+[A-Z]\w+(?:\s+[A-Z]\w+)?"
    r"|Attorney\s+General|Minister\s+(?:of|for)\s+(?:Foreign\s+Affairs|Defen[cs]e|Finance)|President|Prime\s+Minister|Chancellor|Government)\b(?!\s+of\b)"
)
#: Place names that contain a state's name: "South China Sea", "Gulf of Oman" is handled by the preposition.
PLACE_NOUNS: Final = frozenset({"sea", "ocean", "strait", "straits", "gulf", "bay", "peninsula", "basin", "canal", "river", "shelf", "trough"})

#: Regional groups that name their states ("each of the Baltic States").
GROUP_TERMS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (r"\bBaltic\s+(?:States|states|countries|nations|Allies)\b", ("EST", "LVA", "LTU")),
    (r"\bNordic\s+(?:States|states|countries|nations)\b", ("DNK", "FIN", "ISL", "NOR", "SWE")),
    (r"\bBenelux(?:\s+(?:States|states|countries))?\b", ("BEL", "NLD", "LUX")),
    (r"\bVisegr[aá]d\s+(?:Group|group|States|states|countries|Four)\b|\bV4\b", ("CZE", "HUN", "POL", "SVK")),
    (r"\bFive\s+Eyes\b", ("AUS", "CAN", "NZL", "GBR", "USA")),
)
_GROUP_RES: Final = tuple((re.compile(p), ids) for p, ids in GROUP_TERMS)


def find_groups(text: str, offset: int = 0) -> list[Mention]:
    """Regional groups, one mention per member state (form "defined")."""
    out: list[Mention] = []
    for regex, ids in _GROUP_RES:
        for m in regex.finditer(text):
            out.extend(Mention(i, m.start() + offset, m.end() + offset, m.group(0), "defined") for i in ids)
    return out
