"""The assessment as data: scorecard weights, red-flag sentences and the small lexicons that
``treatylens.assess`` reads (notice periods, disclaimers, carve-outs that remove armed force,
permanent members of the Security Council and their treaty allies).

Every number here is documented in ``docs/scorecard.md``. Changing a weight changes the
scorecard and nothing else; the formulas in ``treatylens.assess.scorecard`` only combine these.
"""

from __future__ import annotations

import re
from typing import Final

from treatylens.codebook.labels import (
    COMMITMENT_TYPES,
    Automaticity,
    Condition,
    LegalForm,
    Modality,
    ProvisionType,
    RedFlagName,
    Trigger,
)

# --------------------------------------------------------------------------- document findings

#: Permanent members of the UN Security Council (codebook section 4, ``veto_exposure``).
PERMANENT_MEMBERS: Final[tuple[str, ...]] = ("CHN", "FRA", "GBR", "RUS", "USA")

_NATO: Final[tuple[str, ...]] = (
    "ALB", "BEL", "BGR", "CAN", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC",
    "HRV", "HUN", "ISL", "ITA", "LTU", "LUX", "LVA", "MKD", "MNE", "NLD", "NOR", "POL", "PRT",
    "ROU", "SVK", "SVN", "SWE", "TUR", "USA",
)  # fmt: skip

#: Permanent members bound to a state by a standing mutual-defence treaty (state -> members).
#: Used only for "a permanent member is the adversary or its ally". Treaty allies as of 2025:
#: NATO; the US treaties with Japan, Korea, Australia, the Philippines and Thailand; the CSTO
#: and the Union State for Russia; the 1961 China-DPRK and 2024 Russia-DPRK treaties.
PERMANENT_MEMBER_ALLIES: Final[dict[str, tuple[str, ...]]] = {
    **{state: tuple(m for m in ("FRA", "GBR", "USA") if m != state) for state in _NATO},
    "JPN": ("USA",),
    "KOR": ("USA",),
    "AUS": ("USA",),
    "PHL": ("USA",),
    "THA": ("USA",),
    "BLR": ("RUS",),
    "ARM": ("RUS",),
    "KAZ": ("RUS",),
    "KGZ": ("RUS",),
    "TJK": ("RUS",),
    "PRK": ("CHN", "RUS"),
}

#: Labels whose obligor, owed to a beneficiary beside other guarantors, makes a guarantor.
GUARANTOR_DUTIES: Final[frozenset[ProvisionType]] = frozenset(
    {"defence", "non_aggression", "respect_sovereignty", "neutrality", "un_referral"}
)

#: Labels that make a party a guarantor or beneficiary for ``Party.roles``. Duties a protected
#: state gives in return for protection (neutrality, force limits) do not make it a guarantor.
ROLE_DUTIES: Final[frozenset[ProvisionType]] = COMMITMENT_TYPES - {"neutrality", "force_limits"}

# --------------------------------------------------------------------------- red flags

#: Triggers that leave the casus foederis undefined (flag ``vague_trigger``).
VAGUE_TRIGGERS: Final[frozenset[Trigger]] = frozenset({"threat", "any_conflict"})

#: Main-duty automaticity values that raise ``discretionary_response``.
DISCRETIONARY_AUTOMATICITY: Final[frozenset[Automaticity]] = frozenset(
    {"discretionary", "consult_first", "external"}
)

#: Notice shorter than this (in days) is "exit at will" (codebook: twelve months or more is fine).
EXIT_NOTICE_THRESHOLD_DAYS: Final = 365

#: A clause must contain one of these to count as an exit clause when it is only labelled
#: ``duration`` ("It will remain in effect for ten years" states no exit).
EXIT_VERBS: Final = re.compile(
    r"\b(?:withdraw\w*|terminat\w*|denounc\w*|denunciation|cease to be (?:a )?part\w*|"
    r"revok\w*|revocation|suspend\w*|notice|notif\w*|leave)\b",
    re.IGNORECASE,
)

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "twenty-one": 21, "twenty-four": 24,
    "twenty-five": 25, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90, "hundred": 100, "one hundred and eighty": 180, "one hundred eighty": 180,
}  # fmt: skip

#: Days per unit; a month is a twelfth of a year, so "twelve months" equals "one year".
UNIT_DAYS: Final[dict[str, float]] = {"day": 1, "week": 7, "month": 365 / 12, "year": 365}

#: "six months", "90 days", "one year's", "six (6) months", "twelve-month".
NOTICE_PERIOD: Final = re.compile(
    r"\b(?P<number>\d{1,4}|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")(?:\s*\(\d{1,4}\))?[\s-]+(?:calendar\s+)?(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)

#: Exit with no delay at all.
IMMEDIATE_EXIT: Final = re.compile(
    r"\b(?:take|takes|taking) effect (?:immediately|forthwith|upon|on (?:the date of )?(?:its )?receipt)\b|"
    r"\bwith immediate effect\b|\b(?:upon|on) (?:the )?(?:date of )?(?:its )?receipt\b|"
    r"\bwithout (?:prior )?notice\b",
    re.IGNORECASE,
)

#: Words just before a period that make it the agreement's term, not a notice period
#: ("in force for twenty years", "successive periods of ten years").
TERM_NOT_NOTICE: Final = re.compile(
    r"(?:(?:in force|in effect|concluded|valid|remain \w+)\s+for\s+(?:a\s+|an\s+initial\s+)?"
    r"(?:(?:initial\s+)?period\s+of\s+)?|periods?\s+of\s+|term\s+of\s+)$",
    re.IGNORECASE,
)

#: Exit that needs everyone's consent, or that the clause forbids, is not exit at will.
MUTUAL_EXIT: Final = re.compile(
    r"\b(?:mutual (?:consent|agreement)|by agreement of (?:the|all)\b)|"
    r"\b(?:may|shall|can)(?: not|not)\s+(?:be\s+)?(?:denounce|terminate|withdraw|revoke)\w*|"
    r"\bno (?:party|state|participant|side) (?:may|shall) (?:withdraw|denounce|terminate)",
    re.IGNORECASE,
)

#: "at any time" counts as no notice only when the clause names no period.
AT_ANY_TIME: Final = re.compile(r"\bat any time\b", re.IGNORECASE)

#: The instrument can be revoked or amended away by one side alone.
UNILATERAL_REVOCATION: Final = re.compile(
    r"\b(?:may|can) (?:be )?(?:revoked?|rescinded?|rescind)\b|\brevocable\b|"
    r"\bat (?:its|his|her) (?:sole )?discretion\b",
    re.IGNORECASE,
)

#: How many following sentences of its article may state an exit clause's notice period.
SIBLING_WINDOW: Final = 6

#: Legal forms revocable by their author alone.
REVOCABLE_FORMS: Final[frozenset[LegalForm]] = frozenset({"unilateral_act"})

#: "does not create legal obligations" and kin (codebook section 6: raises ``non_binding_form``).
DISCLAIMER: Final = re.compile(
    r"\bnot (?:be )?(?:legally binding|binding under international law)\b|"
    r"\bno legally binding\b|"
    r"\b(?:does|do|shall|will) not (?:create|give rise to|establish|constitute)\s+(?:any\s+)?"
    r"(?:new\s+)?(?:legally binding|legal|international legal)?\s*(?:rights or\s+)?"
    r"(?:rights and\s+)?(?:legal\s+)?obligations\b|"
    r"\b(?:records?|expresses?|sets? out|contains?) (?:only )?political(?:ly binding)? commitments\b|"
    r"\bpolitical commitments? only\b|\bnot intended to (?:be legally binding|create legal)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- limitations

#: Words by which a ``limitation`` on ``defence`` removes the use of (armed) force.
REMOVES_FORCE: Final = re.compile(
    r"\b(?:use|employ(?:ment)?|resort to)\s+(?:of\s+)?(?:its\s+|their\s+)?(?:armed|military)\s+force|"
    r"\b(?:deploy(?:ment)?|dispatch|send(?:ing)?|commit(?:ment)?|station(?:ing)?)\s+(?:of\s+)?"
    r"(?:its\s+|their\s+|any\s+)?(?:own\s+)?(?:armed forces|troops|military forces|combat forces|forces)\b|"
    r"\btake part in (?:the )?hostilities\b|\bengage in (?:combat|hostilities)\b|"
    r"\bengage\s+\w+\s+forces\b|"
    r"\bmilitary (?:assistance|means|action|support|intervention|operations?)\b|"
    r"\bnon-military\b|\barmed (?:assistance|intervention)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- scorecard

#: Obligation: the instrument's force (legal form), then the words of its commitments.
FORM_STRENGTH: Final[dict[LegalForm, int]] = {
    "treaty": 100,
    "executive_agreement": 85,
    "draft": 50,
    "memorandum": 40,
    "declaration": 35,
    "unilateral_act": 30,
    "statement": 25,
}
#: A disclaimer of legal force caps the form's strength at this value.
DISCLAIMED_FORM_STRENGTH: Final = 35
MODALITY_STRENGTH: Final[dict[Modality, float]] = {
    "binding": 1.0,
    "qualified": 0.6,
    "hortatory": 0.25,
    "none": 0.1,
}
OBLIGATION_FORM_WEIGHT: Final = 0.5
OBLIGATION_WORDS_WEIGHT: Final = 0.5
#: Points off obligation when a limitation removes armed force from the defence duty.
OBLIGATION_FORCE_REMOVED_PENALTY: Final = 15

#: Automaticity: the main response duty's value (no response duty at all scores 0).
AUTOMATICITY_POINTS: Final[dict[Automaticity, int]] = {
    "automatic": 100,
    "discretionary": 50,
    "consult_first": 30,
    "external": 15,
}
#: A defence clause with no trigger (a guarantee stated without its casus foederis).
AUTOMATICITY_UNTRIGGERED_DEFENCE: Final = 20
#: Points off automaticity when the main defence duty is made non-military by a limitation.
AUTOMATICITY_FORCE_REMOVED_PENALTY: Final = 20

#: Precision: shares of commitment clauses (each 0..1) times these weights (sum 100).
PRECISION_WEIGHTS: Final[dict[str, int]] = {
    "quantified": 40,  # commitments that fix a number
    "defined_trigger": 30,  # response duties triggered by a defined event
    "unqualified": 30,  # commitments whose words are not left to the obligor
}
DEFINED_TRIGGERS: Final[frozenset[Trigger]] = frozenset(
    {"armed_attack", "aggression", "violation", "dispute"}
)

#: Capability: points per kind of backing present (capped at 100).
CAPABILITY_POINTS: Final[dict[ProvisionType, int]] = {
    "forces_presence": 30,
    "integrated_command": 25,
    "military_aid": 25,
    "economic_aid": 10,
    "interoperability": 10,
}
#: A defence duty whose means are military (or all means) and not carved out.
CAPABILITY_ARMED_DEFENCE_POINTS: Final = 10
#: A capability clause that fixes a number (troops, money).
CAPABILITY_QUANTIFIED_POINTS: Final = 10

#: Enforcement: points per kind of machinery present (capped at 100).
ENFORCEMENT_POINTS: Final[dict[ProvisionType, int]] = {
    "institution": 30,
    "monitoring": 25,
    "dispute_settlement": 25,
    "sanctions": 20,
}

#: A kind of clause counts fully when its words bind; weaker words count for a share.
MODALITY_CREDIT: Final[dict[Modality, float]] = {
    "binding": 1.0,
    "qualified": 0.75,
    "hortatory": 0.5,
    "none": 0.5,
}

#: Independence: start from 100 and take off these.
INDEPENDENCE_PENALTIES: Final[dict[str, int]] = {
    "adversary_is_guarantor": 40,
    "veto_exposure": 30,
    "exit_at_will": 30,
    "external_dependence": 10,  # a response waits for an outside body, without a known veto
}

#: Conditions that make a response depend on the Security Council.
UNSC_CONDITIONS: Final[frozenset[Condition]] = frozenset({"unsc_dependent"})

# --------------------------------------------------------------------------- sentences

#: One quotable sentence per flag; ``{placeholders}`` are filled with the document's specifics.
FLAG_SENTENCES: Final[dict[RedFlagName, str]] = {
    "non_binding_form": "{form_reason}, so its commitments are political promises rather than legal obligations.",
    "no_defence_clause": "No clause commits {guarantors} to help defend {beneficiaries} against an attack.",
    "consultation_only": "The strongest response promised to {beneficiaries} is consultation ({section}): an attack would be met with talks, not help.",
    "discretionary_response": "The main response duty ({section}) {how}, leaving whether and how to help to {guarantors}.",
    "no_capability_backing": "No clause commits troops, weapons, money or a joint command to back the promises.",
    "exit_at_will": "{exit_reason}, so the commitment can lapse before or during a crisis.",
    "vague_trigger": "The main response duty ({section}) is triggered by {trigger}, which the text does not define, leaving room to argue that the moment to act never came.",
    "hortatory_core": "{hortatory} of {total} commitment clauses use soft words such as \u201cwill seek\u201d, \u201cshould\u201d or \u201creaffirm\u201d rather than binding ones.",
    "unsc_veto_exposure": "The response waits for the UN Security Council ({section}), where {veto_holder} can block it with a veto.",
    "adversary_is_guarantor": "{adversary}, the state the agreement guards against, is itself one of the guarantors ({section}).",
}

#: ``exit_at_will`` openings.
EXIT_PHRASES: Final[dict[str, str]] = {
    "period": "A party can leave on {phrase} notice ({section})",
    "immediate": "A party can leave with immediate effect ({section}: \u201c{phrase}\u201d)",
    "unstated": "A party can leave by notification, with no notice period stated ({section})",
    "revocation": "The instrument can be revoked by one side alone ({section})",
    "revocable_form": "The text is a unilateral act that its author can revoke alone",
}

#: Used in sentences when the parties are not named.
UNNAMED_GUARANTORS: Final = "the guarantors"
UNNAMED_BENEFICIARIES: Final = "the protected party"
#: ``no_defence_clause`` when the parties do not split into guarantors and protected parties.
MIXED_GUARANTORS: Final = "any party"
MIXED_BENEFICIARIES: Final = "another"
#: Who decides when every party owes the duty to every other.
MUTUAL_GUARANTORS: Final = "the parties"

#: Names used in sentences for ids the document does not name (falls back to the id).
COMMON_NAMES: Final[dict[str, str]] = {
    "CHN": "China", "FRA": "France", "GBR": "the United Kingdom", "RUS": "Russia",
    "USA": "the United States", "UKR": "Ukraine", "DEU": "Germany", "POL": "Poland",
    "PRK": "North Korea", "KOR": "South Korea", "JPN": "Japan", "IRN": "Iran", "ISR": "Israel",
    "BLR": "Belarus", "TUR": "Turkey", "KAZ": "Kazakhstan", "MDA": "Moldova", "GEO": "Georgia",
    "LTU": "Lithuania", "LVA": "Latvia", "EST": "Estonia", "FIN": "Finland", "SWE": "Sweden",
    "NOR": "Norway", "DNK": "Denmark", "NLD": "the Netherlands", "ITA": "Italy", "ESP": "Spain",
    "CAN": "Canada", "AUS": "Australia", "PHL": "the Philippines", "ARM": "Armenia",
    "AZE": "Azerbaijan", "COD": "the DR Congo", "RWA": "Rwanda", "SYR": "Syria", "LBN": "Lebanon",
    "NATO": "NATO", "EU": "the European Union", "UN": "the United Nations", "OSCE": "the OSCE",
}  # fmt: skip

#: How a main duty's automaticity or modality is described in ``discretionary_response``.
DISCRETION_PHRASES: Final[dict[str, str]] = {
    "external": "depends on action by a body outside the parties' control",
    "consult_first": "only follows consultation or a joint decision",
    "discretionary": "leaves the response to each guarantor's judgement",
    "qualified": "is worded so that its content is left to the guarantor",
}

TRIGGER_PHRASES: Final[dict[Trigger, str]] = {
    "threat": "a threat",
    "any_conflict": "any conflict",
    "armed_attack": "an armed attack",
    "aggression": "aggression",
    "violation": "a violation of the agreement",
    "dispute": "a dispute",
    "none": "no stated event",
}

FORM_PHRASES: Final[dict[LegalForm, str]] = {
    "draft": "The text is a draft",
    "statement": "The text is a report or statement describing an arrangement",
    "unilateral_act": "The text is a unilateral act of one government",
    "declaration": "The text is a political declaration",
    "memorandum": "The text is a memorandum of political commitments",
    "treaty": "The text is a treaty",
    "executive_agreement": "The text is an executive agreement",
}

#: Added to an explanation when a limitation removes armed force from the defence duty.
FORCE_REMOVED_NOTE: Final = (
    "A limitation ({section}) removes the use of armed force from the defence duty, "
    "so that duty is non-military in effect."
)
