"""Cues for the legal form of an instrument (codebook section 4), as data.

Section 4 is an ordered list: the first form whose cues match wins. Cues are looked for in the
document's head (title and opening), in its self-references ("this Memorandum") and, for
ratification and disclaimers, anywhere in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from treatylens.codebook.labels import LegalForm

Where = Literal["head", "text"]


@dataclass(frozen=True)
class FormCue:
    rule: str
    form: LegalForm
    where: Where
    pattern: re.Pattern[str]


def _f(rule: str, form: LegalForm, where: Where, pattern: str, flags: int = re.IGNORECASE) -> FormCue:
    return FormCue(rule, form, where, re.compile(pattern, flags))


#: How many characters count as the document's head (title, opening formula).
HEAD_CHARS: Final = 1500

FORM_CUES: Final[tuple[FormCue, ...]] = (
    # draft: marked as such at its head, or bracketed alternatives of delegations
    _f("form.draft.marked", "draft", "head", r"^\W*(?:\[?\s*)?(?:draft|working\s+text|proposal)\b|\bDRAFT\b|\bnot\s+agreed\b|\bfor\s+discussion\s+only\b", 0),
    _f("form.draft.marked_ci", "draft", "head", r"^\W*draft\b|\bworking\s+text\b|\bfor\s+discussion\s+only\b"),
    _f("form.draft.brackets", "draft", "text", r"\[[A-Z]{2,4}:\s[^\]]+\]", 0),
    # statement: news report, press release, op-ed, leak
    _f("form.statement.dateline", "statement", "head", r"(?m)^(?!(?:CHAPTER|PART|ARTICLE|SECTION|ANNEX|TITLE|DRAFT)\b)[A-Z][A-Z .'-]{2,30}(?:,\s+\w+\s+\d{1,2})?\s*(?:\([\w .]+\))?\s*[—–-]{1,2}\s", 0),
    _f("form.statement.byline", "statement", "head", r"\bBy\s+our\s+[\w ]*correspondents?\b|\(Reuters\)|\(AP\)|\(AFP\)|\bpress\s+release\b|\bop-ed\b"),
    _f("form.statement.opinion", "statement", "head", r"^\W*(?:opinion|commentary|analysis|guest\s+essay|op-ed|editorial|viewpoint|perspective)\s*[|:—–-]|\beditor['’]s\s+note\b|\bthe\s+views\s+expressed\s+(?:here|in\s+this\s+(?:article|piece|column))\b|\bis\s+a\s+(?:columnist|contributing\s+writer|senior\s+fellow)\b|\bwrites\s+for\s+(?:this|the)\s+(?:newspaper|paper|magazine)\b"),
    _f("form.statement.leak", "statement", "head", r"\b(?:leaked|seen\s+by\s+this\s+newspaper|according\s+to\s+(?:two|three|several|senior)?\s*(?:officials|diplomats|sources))\b"),
    # unilateral act: one government alone
    _f("form.unilateral.order", "unilateral_act", "head", r"\bexecutive\s+order\b|\bby\s+the\s+authority\s+vested\s+in\s+me\b|\bit\s+is\s+hereby\s+ordered\b|\bunilateral\s+(?:declaration|assurance)\b"),
    # declaration: joint declaration, statement or communique of leaders or governments
    _f("form.declaration.title", "declaration", "head", r"^\W*(?:[\w:-]+\s+){0,6}?(?:joint\s+(?:leaders['’]?\s+)?)?(?:declaration|statement|communiqu[eé])\b"),
    _f("form.declaration.self", "declaration", "head", r"\b(?:this|the\s+following)\s+joint\s+(?:declaration|statement|communiqu[eé])\b|\bthe\s+following\s+(?:declaration|communiqu[eé])\s+(?:on|of)\b"),
    _f("form.declaration.leaders", "declaration", "head", r"\bWe,?\s+the\s+(?:leaders|heads\s+of\s+state|prime\s+ministers?|presidents?|undersigned)\b|\bAs\s+leaders\s+of\b|\bThe\s+leaders\s+of\b|(?s:\b(?:President|Prime\s+Minister)\s.{0,120}?\band\s+(?:President|Prime\s+Minister)\s.{0,120}?\b(?:met|meet|held)\b)|\bWe,\s+(?:Prime\s+Minister|President)\b"),
    # memorandum: MoU, or a text that says it is not legally binding
    _f("form.memorandum.title", "memorandum", "head", r"^\W*(?:[\w:-]+\s+){0,3}memorandum\b"),
    _f("form.memorandum.not_binding", "memorandum", "text", r"\bth(?:is|e\s+present)\s+(?:[\w-]+\s+){1,3}?(?:is\s+not\s+legally\s+binding|records\s+(?:only\s+)?political\s+commitments|creates?\s+(?:only\s+)?political\s+commitments|does\s+not\s+create\s+(?:any\s+)?(?:legal|rights|obligations)|does\s+not\s+constitute\s+a\s+treaty|is\s+(?:a\s+)?politically\s+binding)"),
    # treaty: self-described treaty, pact, convention or charter, or ratification
    _f("form.treaty.title", "treaty", "head", r"^\W*(?:[\w:-]+\s+){0,8}?(?:treaty|pact|convention|charter)\b"),
    _f("form.treaty.self", "treaty", "text", r"\bthis\s+(?:treaty|convention|pact|charter)\b"),
    _f("form.treaty.ratification", "treaty", "text", r"\bsubject\s+to\s+ratification\b|\bshall\s+be\s+ratified\b|\binstruments?\s+of\s+ratification\b|\bapproval\s+under\s+(?:their|its)\s+constitutional\s+procedures\b"),
)

#: The fallback (section 4: "any other agreement between governments that binds on signature").
DEFAULT_FORM: Final[LegalForm] = "executive_agreement"

#: Frames in which a named state is the threat the agreement guards against (codebook section 4).
#: Group "who" holds the state's name or adjective; where it runs on past the name ("by the
#: People's Republic of China shall"), the first state named in it counts.
ADVERSARY_FRAMES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (rule, re.compile(pattern))
    for rule, pattern in (
        ("adversary.attack_by", r"\b(?:attack|aggression|invasion|war)\s+(?:(?!against\b|on\b|upon\b)\w+\s+){0,3}?(?:by|launched\s+by)\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,40}?)(?=\s+(?:against|on|in|of)\b|[,.;])"),
        # "armed attack against Ukraine by the Russian Federation": the victim first, then the attacker
        ("adversary.attack_on_by", r"\b(?:attack|aggression|invasion)\s+(?:against|on|upon)\s+(?:(?!by\b)[\w’'-]+\s+){1,6}?(?:by|launched\s+by|committed\s+by)\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,60})"),
        ("adversary.aggression_of", r"\baggression\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,40}?)(?=\s+(?:against|on|in|of|and)\b|[,.;])"),
        ("adversary.attacked_by", r"\b(?:attacked|invaded|assailed)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,40}?)(?=\s+(?:against|on|in|of)\b|[,.;])"),
        ("adversary.possessive", r"(?P<who>\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[’']s\s+(?:\w+\s+){0,3}?(?:aggression|invasion|war|attack|aggressive)\b"),
        ("adversary.adjective_attack", r"(?P<who>\b[A-Z][\w-]+)\s+(?:armed\s+|military\s+|nuclear\s+)?(?:attack|aggression|invasion)\b"),
        ("adversary.control", r"(?P<who>\b[A-Z][\w-]+)\s+(?:control|occupation)\b"),
        ("adversary.launch", r"(?P<who>\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:launch(?:es|ed)?|attack(?:s|ed)?)\b"),
        ("adversary.costs_on", r"\b(?:costs|sanctions|restrictive\s+measures|pressure)\s+(?:\w+\s+){0,3}?(?:on|against)\s+(?P<who>(?:the\s+)?[A-Z][\w -]{1,40}?)(?=[,.;]|\s+(?:for|in|and|should|if|unless|whenever|when)\b)"),
        ("adversary.forces_withdraw", r"\bforces\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w -]{1,40}?)\s+shall\s+withdraw\b"),
        ("adversary.ceasefire_with", r"\bceasefire\s+with\s+(?P<who>[A-Z][\w -]{1,40}?)(?=\s+(?:takes|is|has)\b|[,.;])"),
        ("adversary.confront", r"\b(?:confront|deter|allow)\s+(?P<who>[A-Z][\w-]+)(?:[’']s)?\b"),
        ("adversary.threat_by", r"\bthreats?\s+(?:posed\s+)?by\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,60}?)(?=\s*[(,.;])"),
        ("adversary.coercion", r"\b(?:coercive|aggressive|destabili[sz]ing|hostile|provocative|unlawful|dangerous)\s+(?:actions?|activities|behaviou?r|conduct|manoeuvres|maneuvers)\s+(?:of|by)\s+(?P<who>(?:the\s+)?[A-Z][\w’' -]{1,60}?)(?=\s+(?:against|in|toward|towards|on|at)\b|[,.;])"),
        # a peace plan caps or withdraws the forces of the other side of the conflict
        ("adversary.forces_capped", r"(?P<who>\b[A-Z][\w-]+)\s+(?:armed\s+forces|military\s+personnel|military\s+presence|forces|troops)\b[^.;]{0,80}?\b(?:shall|will|must)\s+(?:not\s+exceed|be\s+(?:reduced|withdrawn|limited\s+to|capped)|withdraw)\b"),
        ("adversary.withdrawal_of", r"\bwithdrawal\s+of\s+(?:all\s+)?(?P<who>[A-Z][\w-]+)\s+(?:armed\s+forces|forces|troops|military\s+personnel)\b"),
        ("adversary.rhetoric", r"\bnuclear\s+rhetoric\s+of\s+(?P<who>(?:the\s+)?[A-Z][\w -]{1,40}?)(?=[,.;]|\s+and\b)"),
    )
)
