"""Label lexicon: the cue patterns behind every provision type (codebook section 2).

Everything here is data. Each cue has a stable rule id (``<label>.<what it recognises>``) that
travels with the label into the output (``Reason.rule``), so a wrong label can be traced to the
one pattern that produced it. Patterns are written against the *matcher view* of a clause:
lower case, runs of whitespace collapsed to one space, words split by a line-end hyphen joined
("ag-\\ngression" -> "aggression"), curly quotes and apostrophes straightened. The matcher maps
every hit back to source offsets.

Conventions of the patterns:
- ``[^.;]{0,N}?`` keeps a cue inside one sentence part; phrase patterns use word boundaries.
- ``negatable`` cues are vetoed by a negation ("not", "no", "never", "nor", "without") within
  the three words before the hit ("shall not be referred to any tribunal" is not
  ``dispute_settlement``). Cues whose meaning is itself a renunciation (non-aggression,
  neutrality, force limits, renouncing membership) are not negatable.
- ``requires``: further patterns that must all occur in the clause (a cue and its trigger).
- ``blocked_by``: patterns that veto the cue anywhere in the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from treatylens.codebook.labels import PROVISION_TYPES, ProvisionType


@dataclass(frozen=True)
class LabelCue:
    """One way of recognising one provision type."""

    rule: str
    label: ProvisionType
    pattern: re.Pattern[str]
    requires: tuple[re.Pattern[str], ...] = ()
    blocked_by: tuple[re.Pattern[str], ...] = ()
    negatable: bool = True
    #: vetoes the hit when it matches the text just before it (e.g. a temporal "after").
    veto_before: re.Pattern[str] | None = None


@dataclass(frozen=True)
class LimitationCue:
    """A carve-out phrase: the clause narrows or removes a duty (label ``limitation``).

    The carve-out runs from the cue to the end of the clause; duty cues inside it describe the
    duty taken away, not a duty created. ``default_limits`` apply when no ``LimitTarget`` matches
    inside the carve-out.
    """

    rule: str
    pattern: re.Pattern[str]
    default_limits: tuple[ProvisionType, ...] = ()
    #: a weak carve-out phrase ("shall not apply to") counts only when it names a duty.
    needs_target: bool = False
    #: the carve-out covers the whole clause (its subject names the duty: "The guarantees
    #: ... shall not extend to"), not only the words from the cue on.
    whole_clause: bool = False


@dataclass(frozen=True)
class LimitTarget:
    """Words inside a carve-out that name the duty it narrows (codebook ``limits``)."""

    rule: str
    pattern: re.Pattern[str]
    labels: tuple[ProvisionType, ...]


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _cue(
    rule: str,
    pattern: str,
    requires: tuple[str, ...] = (),
    blocked_by: tuple[str, ...] = (),
    negatable: bool = True,
    veto_before: str | None = None,
) -> LabelCue:
    label = rule.split(".", 1)[0]
    if label not in PROVISION_TYPES:
        raise ValueError(f"lexicon rule {rule!r} does not start with a provision type")
    return LabelCue(
        rule=rule,
        label=label,
        pattern=_re(pattern),
        requires=tuple(_re(p) for p in requires),
        blocked_by=tuple(_re(p) for p in blocked_by),
        negatable=negatable,
        veto_before=_re(veto_before) if veto_before else None,
    )


# --- shared fragments -------------------------------------------------------------------------

#: A conditional attack trigger ("if ... attacked", "in the event of an armed attack").
_ATTACK_TRIGGER = (
    r"(?:\b(?:in the event (?:of|that)|in case(?: of| that)?|if|whenever|as soon as|once|where|upon|on the occurrence of)\b|(?:^|[,;:] )should\b"
    r"|\bshould\s+(?:[\w'-]+\s+){1,4}?(?:be|become|come under|suffer|fall victim)\b)[^.;]{0,100}?"
    r"\b(?:armed attack|attack(?:ed|s)?|aggression|invad\w+|invasion|threat\w*|assail\w*|hostilities|war|provocations?|incursions?|hostile acts?)\b"
)
#: An anaphoric trigger that points back to an attack named in an earlier clause.
_ANAPHORIC_TRIGGER = (
    r"\b(?:in (?:that|this|such an?|either) (?:event|case|contingency)|if so (?:attacked|threatened|assailed|invaded)"
    r"|(?:should|if) (?:this|that|such an? (?:attack|aggression|event)) (?:occur|happen)\w*)\b"
)
#: Verbs of coming to another's help: the action side of a defence duty.
_ASSIST_VERB = (
    r"\b(?:assist|assistance|support\w*|aid|help|defend|come to (?:the|its|their|his|her|[\w'-]+'s) (?:aid|assistance|defen[cs]e|rescue)|take up arms"
    r"|in (?:its|their) defen[cs]e|stand by|rally to|go to the (?:aid|assistance|defen[cs]e)"
    r"|plac\w+ (?:its|their|all its|all their) (?:armed )?forces at the disposal of)\b"
)
#: The strong forms of coming to another's help, for clauses whose trigger is only anaphoric
#: ("in that event"), where "support" alone could be support for anything.
_ANAPHORIC_ASSIST = (
    r"\b(?:come|go) to the (?:aid|assistance|defen[cs]e|rescue) of\b|\btake up arms\b|\bdefend (?:it|him|them|the other|each other)\b"
    r"|\b(?:render|provide|lend|extend|afford|give)\w*\s+(?:it\s+|him\s+|them\s+|each other\s+|the other\s+(?:party\s+)?)?(?:(?:all|every|immediate|military|such|full)\s+)*(?:assistance|aid|help)\b"
    r"|\bassist (?:it|him|them|the other|each other)\b|\bstand by (?:it|him|them|the other|each other)\b"
)
#: Verbs of handing something over (aid, materiel).
_SUPPLY_VERB = (
    r"\b(?:supply|supplying|supplies|provide|provides|providing|deliver(?:s|ing)?|transfer(?:s|ring)?|furnish\w*|send|sends|sending|make available|give|gives|donat\w+|hand over|lease|sell|gift)"
)
#: An amount of money: a currency mark next to a figure, or a figure in millions/billions.
_MONEY = (
    r"(?:\b(?:eur|usd|us\$|aud|cad|gbp|jpy|chf|nok|sek|dkk|pln)\s?\d|[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:million|billion|bn)\b)"
)
#: Military materiel and services: what military aid hands over.
_MILITARY_MATERIEL = (
    r"\b(?:weapons|arms|ammunition|munitions|military equipment|defen[cs]e equipment|air defen[cs]e|missiles|tanks|artillery|drones"
    r"|armou?red vehicles|military vehicles|implements of war|materiel|defen[cs]e (?:articles|services|materiel)|military (?:hardware|supplies)"
    r"|(?:patrol|naval|coast guard) (?:vessels|boats|ships|craft)|warships|(?:coastal|air[- ]defen[cs]e|military|surveillance) radars?(?: systems)?|radar systems|fighter (?:jets|aircraft)|combat aircraft|helicopters"
    r"|(?:surveillance|transport|military|patrol|reconnaissance|early[- ]warning)\s+(?:aircraft|planes|helicopters)"
    r"|armou?red personnel carriers|infantry fighting vehicles|howitzers|(?:rocket |missile )?launchers|artillery shells|shells|rockets|mortars|small arms"
    r"|(?:missile|air[- ]defen[cs]e|patriot|artillery|rocket) batter(?:y|ies)|batteries)\b"
)
#: Destroying, clearing or disposing of weapons is arms control, not military aid.
_DISPOSAL = r"\b(?:destruction|destroy\w*|clearance|clearing|disposal|dispos\w+|elimination|eliminat\w+|removal|decommission\w*|demining|diversion)\b"
#: Deliberating whether to help is consultation, not a duty to help ("consult on whether
#: further support is needed", "consult with a view to deciding what support to provide").
_DELIBERATION = (
    r"\bconsult\w*\b[^.;]{0,40}?\b(?:measures|whether|support|steps|response)\b",
    r"\bconsult\w*\b[^.;]{0,80}?\b(?:whether|what (?:further |additional |other )?(?:support|assistance|aid|help|measures|steps|action)"
    r"|with a view to (?:deciding|determining|agreeing|considering))\b",
    r"\bcouncil to (?:come|take|provide|act)\b",
    r"\b(?:consult|meet|confer|convene|deliberate)\w*\b[^.;]{0,30}?\bto (?:decide|determine|consider|agree)\w*\s+(?:on\s+)?(?:what|whether|which|how)\b",
)
_BODY = r"(?:council|commission|committee|secretariat|organ|body|bodies|authority|mechanism|group|forum|dialogue|conference|assembly|(?<!on )board|task force|cell|cent(?:re|er)|office|hub)"
_NOT_UNSC = r"(?<!security )"
#: A prohibition in the clause turns presence words into a ban (``force_limits``).
_PROHIBITION = (
    r"\b(?:refrain|abstain)\w* from\b|\bshall not (?:permit|allow)\b|\bno foreign\b|\bprohibit\w*\b"
)
#: A temporal subordinate ("after the Treaty enters into force") names a time, not a step.
_TEMPORAL_BEFORE = (
    r"\b(?:after|before|since|until|following|prior to|from|when|of)\b(?:\s+[\w'-]+){0,4}\s*$"
)
#: A text that describes its own subject ("This Memorandum sets out the intentions ... regarding
#: military assistance") names a topic, not a commitment.
_PURPOSE_STATEMENT = (
    r"^(?:this|the present) (?:memorandum|agreement|arrangement|document|declaration|framework|treaty|order|instrument)\s+"
    r"(?:of understanding\s+)?(?:sets out|sets forth|describes|records|outlines|concerns|relates to|deals with|lays down the (?:framework|principles))\b"
)
_PARTY_WORDS = r"(?:party|parties|contracting party|member states?|signator(?:y|ies)|state)"

# --- label cues, grouped by label in table order ----------------------------------------------

LABEL_CUES: Final[tuple[LabelCue, ...]] = (
    # defence: assistance to a party that is attacked, or the classic attack-on-one formula
    _cue(
        "defence.attack_on_one_is_attack_on_all",
        r"\b(?:armed attack|attack|aggression|assault)\b[^.;]{0,160}?\b(?:shall|will|would|is to)\s+be\s+"
        r"(?:considered|regarded|deemed|treated)(?:\s+by\s+[\w ]{1,30}?)?\s+(?:as\s+)?"
        r"(?:(?:an?\s+)?(?:armed\s+)?(?:attack|aggression|assault)\s+(?:directed\s+)?|directed\s+)(?:against|on|upon)\s+(?:them all|all\b|the other|each|every|itself|themselves|both|either|one another|all of them|any of them|us all|all of us|every one of us)"
        r"|\b(?:treat|regard|consider)\w*\s+(?:an?|any)\s+(?:armed\s+|acts? of\s+)?(?:attack|aggression)\b[^.;]{0,80}?\bas\s+(?:an?\s+)?(?:armed\s+)?(?:attack|aggression)\s+(?:directed\s+)?(?:on|against|upon)\s+(?:itself|themselves|them all|all|each|both|one another|all of them)",
        negatable=False,
    ),
    _cue(
        "defence.attack_threatens_own_peace",
        r"\battack\b[^.;]{0,160}?\b(?:dangerous to|(?:a )?threat to|endanger\w*)\s+its own\s+(?:peace|security)"
        r"|\b(?:regard|consider|treat|view)\w*\s+(?:an?|any)\s+(?:armed\s+)?(?:attack|aggression)\b[^.;]{0,160}?\b(?:as\s+)?(?:a\s+)?(?:direct\s+)?(?:threat|danger)\s+to\s+(?:the\s+)?(?:(?:its|our|their) own\s+)?(?:peace|security|vital)",
        negatable=False,
    ),
    _cue(
        "defence.restore_security_of",
        r"\b(?:measures|action|steps)\b[^.;]{0,80}?\bto (?:restore|re-establish)\s+(?:the\s+)?(?:peace and\s+)?(?:security|territorial integrity|sovereignty|independence)\s+of\s+(?!the international\b|international\b)",
    ),
    _cue("defence.meet_common_danger", r"\bact to meet the common dangers?\b"),
    _cue(
        "defence.assist_party_attacked",
        r"\b(?:assist\w*|assistance|aid|help|defend|come to the (?:aid|assistance|defen[cs]e) of)\b[^.;]{0,80}?"
        r"\b(?:so attacked|(?:party|parties|state|states) (?:so )?attacked|party concerned|victim of (?:an? )?(?:armed )?(?:attack|aggression))\b",
    ),
    _cue(
        "defence.come_to_the_defence",
        r"\bcome to the (?:aid|assistance|defen[cs]e|rescue) of\b|\bcome to [\w'-]+'s (?:aid|assistance|defen[cs]e|rescue)\b",
        requires=(r"\b(?:attack\w*|aggression|invad\w+|assail\w*)\b",),
        blocked_by=(r"\bcouncil to (?:come|take|provide|act)\b",),
    ),
    _cue(
        "defence.assist_if_attacked",
        _ASSIST_VERB,
        requires=(_ATTACK_TRIGGER,),
        blocked_by=_DELIBERATION,
    ),
    _cue(
        "defence.assist_in_that_event",
        _ANAPHORIC_ASSIST,
        requires=(_ANAPHORIC_TRIGGER,),
        blocked_by=_DELIBERATION,
    ),
    _cue(
        "defence.supply_if_attacked",
        _SUPPLY_VERB + r"\b[^.;]{0,80}?" + _MILITARY_MATERIEL,
        requires=(_ATTACK_TRIGGER,),
        blocked_by=_DELIBERATION,
    ),
    _cue(
        "defence.at_war_with_the_attacker",
        r"\b(?:regard|consider|deem)\w*\s+(?:itself|themselves)\s+(?:as\s+)?(?:being\s+)?(?:in a state of war|at war)\s+with\b",
        requires=(_ATTACK_TRIGGER,),
    ),
    _cue(
        "defence.take_measures_if_attacked",
        r"\b(?:take|taking)\s+(?:[\w-]+,?\s+){0,4}?(?:measures|action)\b",
        requires=(_ATTACK_TRIGGER,),
    ),
    _cue(
        "defence.collective_self_defence_assistance",
        r"\b(?:individual or collective|collective) self-defen[cs]e\b",
        requires=(r"\b(?:assist\w*|aid)\b",),
    ),
    _cue(
        "defence.trigger_extended",
        r"\b(?:shall be|is|are|be)\s+(?:deemed|considered|treated|regarded)\s+(?:to include an armed attack|as an armed attack|an armed attack)\b"
        r"|\barmed attack\b[^.;]{0,80}?\b(?:is|shall be) deemed to include\b"
        r"|\b(?:attack|aggression)\b[^.;]{0,100}?\b(?:shall|will) (?:trigger|activate|give rise to|engage) the (?:obligations?|commitments?|provisions?|guarantees?) (?:of|under|in|set out in) (?:article|section|paragraph)\b",
        negatable=False,
    ),
    _cue(
        "defence.guarantor_of_security",
        r"\bguarantors?(?:\s+(?:states?|powers?|countries|nations))?\s+of\s+[^.;]{0,40}?\b(?:security|independence|territorial integrity)\b"
        r"|\bguarantee\w*\s+(?:the\s+)?(?:security|independence|territorial integrity)(?:,?\s+(?:and\s+)?(?:the\s+)?(?:security|independence|territorial integrity|sovereignty))*\s+of\b",
    ),
    _cue(
        "defence.respond_together",
        r"\b(?:respond|react|answer)\w*\s+(?:together|jointly|collectively|as one|in unison)\s+to\s+(?:any|an|every)\s+(?:armed\s+)?(?:attack|aggression|assault|invasion)\b",
    ),
    _cue(
        "defence.defend_allies",
        r"\bdefend\w*\s+every inch\b|\bdefend\w*\s+(?:(?:the|all)\s+)?(?:allied territory|each other|one another|the other (?:party|parties|ally|allies)|(?:all|our|its|their) allies)\b",
    ),
    _cue(
        "defence.security_guarantees",
        r"\b(?:provide|give|extend|offer|grant|receive)\w*\s+(?:[\w'-]+\s+){0,3}?(?:with\s+)?(?:robust\s+|firm\s+|binding\s+|reliable\s+|credible\s+|solid\s+|strong\s+)?security guarantees\b"
        r"|\bguarantees? (?:equivalent|similar|comparable) to article 5\b|\barticle 5-(?:like|style|type)\b",
    ),
    _cue(
        "defence.guarantee_against_attack",
        r"\bguarantee\w*\s+(?:[\w'-]+\s+){1,4}?against\s+(?:any\s+|all\s+)?(?:[\w-]+\s+)?(?:attack|aggression|invasion)\b",
    ),
    _cue("defence.extend_deterrence", r"\bextend deterrence to\b"),
    _cue(
        "defence.commitment_to_defence_of",
        r"\bcommitments?\b(?:\s+of\s+[\w .'-]{1,40}?)?\s+to the defen[cs]e of\b"
        r"|\bextended deterrence commitments?\b[^.;]{0,60}?\b(?:ironclad|backed by)\b|\bbacked by the full range of\b",
    ),
    _cue(
        "defence.attack_met_with_response",
        r"\b(?:attack|aggression)\b[^.;]{0,80}?\b(?:will|shall|would) be (?:met with|resisted)\b[^.;]{0,60}?\b(?:response|force|means)\b"
        r"|\bshall be resisted by\b"
        r"|\b(?:attack|aggression)\b[^.;]{0,80}?\b(?:will|shall|would) be (?:answered|met|responded to|countered|repelled|resisted)\b[^.;]{0,40}?"
        r"\b(?:all of us|by all|collectively|jointly|together|by (?:the )?(?:others?|allies|guarantors|parties|signatories))\b"
        r"|\b(?:attack|aggression|assault|invasion|incursion|offensive)\b[^.;]{0,60}?\b(?:would|will|shall)\s+(?:trigger|prompt|draw|provoke|bring)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:military )?response\b",
    ),
    _cue(
        "defence.combined_defence_commitment",
        r"\b(?:mutual|collective|combined) defen[cs]e (?:posture|commitments?|obligations?)\b",
    ),
    _cue(
        "defence.ensure_can_defend",
        r"\b(?:ensure|enable|help)\s+(?:[\w'-]+\s+){0,2}?(?:can\s+)?(?:successfully\s+)?defend\s+(?:itself|its)\b",
    ),
    _cue(
        "defence.safeguard_independence_of_members",
        r"\bsafeguard\s+the\s+(?:independence|sovereignty|security|territorial integrity)\s+of\s+(?:each|all|every|any|the other)\b",
    ),
    _cue(
        "defence.stand_together_against_threats",
        r"\bstand\s+(?:together|united|with [\w'-]+)\b[^.;]{0,30}?\b(?:in the face of|against)\b[^.;]{0,30}?\b(?:threats?|aggression|attacks?)\b",
    ),
    _cue(
        "defence.confront_aggression",
        r"\b(?:confront|repel)\s+(?:[\w'-]+\s+){0,2}?(?:aggression|armed attacks?|attacks?|invasion)\b",
    ),
    _cue(
        "defence.support_against_aggression",
        r"\bsupport\w*\s+[\w'-]+\s+(?:until it prevails against|against|in (?:resisting|repelling))\s+(?:[\w'-]+\s+){0,2}?aggression\b",
    ),
    _cue(
        "defence.all_elements_of_national_power",
        r"\buse all elements of (?:its|their|our) national power\b",
    ),
    # offence: joint military action not conditioned on being attacked
    _cue(
        "offence.joint_military_operations",
        r"\b(?:conduct|undertake|launch|carry out)\w*\s+joint (?:military |armed )?(?:operations|offensives?|campaigns?)\b",
    ),
    _cue(
        "offence.joint_war_making",
        r"\b(?:joint|combined|common|concerted)\s+(?:military\s+|armed\s+|combat\s+|naval\s+)?(?:operations|offensives?|campaigns?|strikes|action|attacks?)\b"
        r"|\b(?:jointly|together|in common)\s+(?:make|wage|conduct|undertake|carry out|clear|attack)\b|\b(?:make|wage) war (?:in common|jointly|together)\b"
        r"|\btake the field together\b|\b(?:combine|unite) their (?:[\w]+\s+)?forces (?:to|for|against)\b|\b(?:act|fight)\w*\s+together\b[^.;]{0,40}?\b(?:offensive|against)\b",
        requires=(
            r"\b(?:against|defeat|dislodge|recapture|neutrali[sz]e|destroy|clear|break|expel|liberate|war|enemy|offensive|by force)\b",
        ),
        blocked_by=(_ATTACK_TRIGGER, r"\bexercises?\b"),
    ),
    _cue(
        "offence.joint_campaign",
        r"\b(?:jointly|together|side by side)\s+(?:bombard|besiege|blockade|invade|strike|assault|storm)\w*\b"
        r"|\b(?:jointly|together)\s+(?:launch|mount|conduct|undertake)\w*\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:offensive|assault|campaign|counter-?offensive)\b|\bjoint (?:expedition|invasion|assault|blockade|siege)\b"
        r"|\bfight\w*\s+side by side\b[^.;]{0,60}?\b(?:drive|expel|liberate|defeat|against)\b",
        blocked_by=(_ATTACK_TRIGGER, r"\bexercises?\b"),
    ),
    # neutrality: stay out, do not help an attacker
    _cue(
        "neutrality.no_aid_to_attacker",
        r"\bno\s+(?:party|contracting party|member state|signatory|state)\s+shall\s+(?:render|give|provide|lend)\s+(?:any\s+)?(?:assistance|aid|support|help)\b"
        r"|\b(?:not|never|refrain\w* from)\s+(?:to\s+)?(?:render|give|provide|lend|giving|rendering|providing|lending)\w*\s+(?:any\s+)?(?:assistance|aid|support|help)\s+(?:of any kind\s+)?to\s+(?:an?|any|the)\s+(?:aggressor|attacker|state (?:that|which))",
        negatable=False,
    ),
    _cue(
        "neutrality.no_aid_to_named_attacker",
        r"\b(?:not|never|nor)\s+(?:to\s+)?(?:render|give|provide|lend|supply|extend|afford|furnish|sell)\s+(?:to\s+)?(?:that|the|such|this|any such)\s+"
        r"(?:third\s+|attacking\s+|aggressor\s+|hostile\s+)?(?:state|power|party|aggressor|attacker|country|government|enem(?:y|ies))\b[^.;]{0,60}?\b(?:assistance|aid|support|help|weapons|arms|troops|money|provisions|supplies|materiel)\b"
        r"|\bden(?:y|ies)\s+(?:transit|passage|access|the use of)\b[^.;]{0,60}?\b(?:forces|troops|state|power)\b[^.;]{0,40}?\b(?:at war|attack\w*|aggress\w+|belligerent)",
        requires=(r"\b(?:aggress\w+|attack\w*|hostilit\w+|war|invad\w+|invasion)\b",),
        negatable=False,
    ),
    _cue(
        "neutrality.territory_not_a_base",
        r"\b(?:not|never|nor|(?:neither|no)\s+(?:[\w-]+\s+){1,2}?(?:shall|will|may))\b[^.;]{0,30}?\b(?:offer|make available|lend|plac)\w*\s+(?:its|their) territor(?:y|ies)\b[^.;]{0,40}?\b(?:base|bases|operations|attack|aggression)\b[^.;]{0,40}?\bagainst\b",
        negatable=False,
    ),
    _cue(
        "neutrality.non_alignment",
        r"\bnon-?align\w+|\bpolicy of (?:strict |permanent )?neutrality\b",
        negatable=False,
    ),
    _cue(
        "neutrality.permanent_neutrality",
        r"\bpermanently neutral\b|\bregime of neutrality\b|\bneutrality of (?:the )?\w+|\bpermanent neutrality\b|\bneutral state\b",
        blocked_by=(
            r"\brespect\w*\s+(?:the\s+|its\s+|[\w'-]+'s\s+)?(?:regime of |permanent )?neutral",
        ),
        negatable=False,
    ),
    _cue(
        "neutrality.take_no_part_in_conflict",
        r"\btake no part in\b|\bremain neutral\b(?! on)|\bstay out of (?:any|the)\b"
        r"|\b(?:observe|preserve|maintain|keep)\w*\s+(?:a\s+|the\s+|its\s+)?(?:[\w]+\s+)?neutrality\b|(?<!respect the )\bperpetual neutrality\b"
        r"|\b(?:abstain|refrain)\w* from (?:any )?(?:participation|participating|taking part) in (?:any )?(?:armed conflict|war|hostilities)\b"
        r"|\b(?:abstain\w* from|refrain\w* from|not)\s+(?:to\s+)?(?:taking|take) sides\b"
        r"|\b(?:remain|stay|keep)\w*\s+(?:outside|out of|aloof from)\s+(?:any|all|the)\s+(?:war|wars|armed conflicts?|hostilities|conflicts?)\b"
        r"|\b(?:not|never|nor|(?:neither|no)\s+(?:[\w-]+\s+){1,3}?(?:shall|will|may))\s+(?:to\s+)?(?:permit|allow|grant)\w*\s+(?:the\s+)?(?:transit|passage|movement)\s+of\b[^.;]{0,60}?\b(?:belligerent\w*|warring|at war|aggressor)"
        r"|\bnot (?:to )?(?:join|take part in|participate in|enter)\s+(?:any|the)\s+(?:war|armed conflict|hostilities|coalition (?:directed )?against)\b"
        r"|\b(?:neither|no)\s+(?:party|side|state|contracting party|signatory)\s+(?:shall|will)\s+(?:join|participate in|take part in|enter into|accede to|adhere to)\s+(?:any\s+)?(?:coalition|alliance|bloc|grouping)\s+(?:[\w]+\s+)?(?:directed\s+)?against\b",
        negatable=False,
    ),
    _cue(
        "neutrality.no_help_to_aggressor",
        r"\b(?:provide|give|render|lend|supply)\w*\s+(?:the\s+|an?\s+|any\s+)?(?:aggressor|attacker)\b"
        r"|\b(?:assist|help|aid|support)\w*,?\s+(?:(?:in any way|directly or indirectly|in any manner|whether directly or indirectly),?\s+)?(?:any\s+)?(?:state|power|party)\s+(?:that|which)\s+(?:commits|attacks|is at war)\b"
        r"|\b(?:aid|assistance|support|help)\b(?:\s+or\s+\w+)?[^.;]{0,20}?\bto\s+(?:a|an|any|the)\s+(?:third\s+)?(?:state|power|party|country)\s+(?:(?:that|which)\s+(?:attacks|commits|is at war|wages|engages in)|at war with|engaged in (?:war|hostilities|an armed conflict) (?:with|against))\b"
        r"|\bnot\s+(?:supply|provide|furnish|sell)\b[^.;]{0,50}?\bto any (?:power|state|party|belligerent)\b[^.;]{0,40}?\b(?:hostilities|war|attack|aggression)",
        requires=(r"\b(?:not|no|neither|never|nor|refrain\w*|abstain\w*)\b",),
        negatable=False,
    ),
    _cue(
        "neutrality.territory_not_used_for_attack",
        r"\b(?:permit|allow|let)\w*\s+(?:its|their) (?:territor(?:y|ies)|airspace|waters|soil|ports)\b[^.;]{0,80}?\b(?:used|serve|act)\b[^.;]{0,60}?\b(?:attack|conflict|aggression|war|hostilit\w+|hostile)"
        r"|\bplac\w+\s+(?:its|their) territor(?:y|ies)\s+at the disposal of\b[^.;]{0,60}?\b(?:attack|aggression|war|hostilit\w+|hostile)",
        requires=(r"\b(?:not|nor|neither|never|no)\b",),
        negatable=False,
    ),
    # non_aggression
    _cue(
        "non_aggression.refrain_from_force",
        r"\b(?:refrain\w*|abstain\w*)\s+(?:[^.;]{0,50}?\s)?from\s+(?:the\s+|any\s+)?(?:threat or use of force|use or threat of force|use of force|threat of force|(?:act of )?aggression|acts? of (?:violence|aggression|force)|all aggression|armed attack|military action|hostile acts?)\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.not_use_force",
        r"\b(?:not|never)\s+(?:to\s+)?(?:resort to|threaten or use|use or threaten|use|threaten|attack|employ)\s+(?:the\s+)?(?:threat or use of force|force|armed force|military force|nuclear weapons|weapons|war)\b"
        r"|\b(?:not|never)\s+(?:to\s+)?(?:resort to|use|employ|apply)\s+(?:military\s+|armed\s+)?(?:pressure|intimidation|coercion|blackmail)\b"
        r"|\b(?:not|never)\s+(?:to\s+)?threaten\s+(?:[\w'-]+\s+){0,3}?with\s+(?:the use of\s+)?(?:force|armed force|military force|war|nuclear weapons)\b"
        r"|\b(?:not|never)\s+(?:to\s+)?(?:permit|allow)\w*\s+(?:its|their)\s+(?:armies|armed forces|forces|troops)\s+to\s+(?:cross|enter|invade)\b"
        r"|\b(?:neither|no)\s+(?:party|side|state|power|signatory)\s+(?:shall|will)\s+(?:ever\s+)?(?:target|strike|shell|bomb|attack)\b"
        r"|\b(?:not|never) (?:to )?(?:invade|attack)\b|\b(?:not|never)\s+(?:to\s+)?(?:undertake|commit|carry out)\s+(?:any\s+)?(?:hostile acts?|acts? of (?:aggression|hostility|war))\b"
        r"|\brenounce\w*\s+(?:the\s+)?(?:use|threat)\b[^.;]{0,20}?\bforce\b"
        r"|\b(?:armed forces|weapons|troops)\b[^.;]{0,20}?\b(?:will|shall) never be (?:directed|used|employed)\s+against\b"
        r"|\b(?:neither|no)\s+(?:party|side|state|power)\s+(?:shall|will)\s+(?:ever\s+)?attack\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.neither_party_uses_force",
        r"\b(?:neither|no)\s+(?:party|side|state|signatory|contracting party|high contracting party)\s+shall\s+(?:ever\s+)?"
        r"(?:resort to|threaten or use|use or threaten|use|threaten|attack|commit)\s+(?:the\s+|any\s+)?(?:threat or use of force|force|armed force|aggression|act of aggression)\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.no_weapon_used_against",
        r"\b(?:no|none of (?:the|their|its))\s+weapons?\s+(?:of (?:theirs|its|ours)\s+)?(?:shall|will)\s+(?:ever\s+)?be\s+(?:used|employed)\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.no_support_to_armed_groups",
        r"\b(?:refrain\w* from|not)\s+(?:to\s+)?(?:support|aid|assist|arm|financ|harbou?r|shelter|organi[sz])\w*\s+(?:any\s+)?(?:[\w-]+\s+)?(?:armed groups?|rebels?|insurgents?|separatists?|terrorists?|subversive|irregular forces|mercenaries)\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.prohibition_of_force",
        r"\bprohibition of the (?:threat or use|use or threat) of force\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.peaceful_settlement",
        r"\bsettle\w*\b[^.;]{0,80}?\bdisputes?\b[^.;]{0,80}?\bby (?:peaceful|pacific) means\b"
        r"|\bdisputes?\b[^.;]{0,60}?\bsettled\b[^.;]{0,30}?\bby (?:peaceful|pacific) means\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.renounce_war",
        r"\brenounce\w*\b[^.;]{0,40}?\bwar\b|\brecourse to war\b",
        negatable=False,
    ),
    _cue(
        "non_aggression.no_change_by_force",
        r"\bseek to (?:change|alter)\b[^.;]{0,40}?\bby (?:military means|force|armed force)\b",
        negatable=False,
    ),
    # respect_sovereignty
    _cue(
        "respect_sovereignty.respect_sovereignty",
        r"\brespect\w*\s+(?:(?:the|its|their|each other's|one another's|[\w-]+'s|[\w-]+,|and|sovereign|political|full|permanent|perpetual|in every way|unity|for)\s+){0,6}?"
        r"(?:sovereignty|independence|territorial integrity|integrity|borders|frontiers|sovereign equality|neutrality|neutral status)\b",
        # a manner-of-acting qualifier names the principle, it is not a duty to respect
        blocked_by=(r"\b(?:in a manner consistent with|on the basis of)\b[^.;]{0,100}?\brespect for\b",),
    ),
    _cue(
        "respect_sovereignty.commitment_to_sovereignty",
        r"\bcommitment to\s+(?:(?:the|a|an|its|their|our|[\w-]+'s|free|democratic|independent|whole|united|and|[\w-]+,)\s+){0,6}?"
        r"(?:sovereign(?:ty)?|independence|territorial integrity)\b",
    ),
    _cue(
        "respect_sovereignty.uphold_sovereignty",
        r"\b(?:support|uphold|champion|stand for)\w*\s+(?:(?:the|its|their|[\w-]+'s|full|and)\s+){0,3}?(?:sovereignty|independence|territorial integrity)\b",
    ),
    _cue(
        "respect_sovereignty.right_to_choose_security_arrangements",
        r"\bright (?:of (?!each |every |all |any )[\w' -]{1,30}? )?to (?:choose|determine|decide on|select) (?:freely )?(?:its|their|her) own (?:security arrangements|alliances|foreign policy|future|path)\b",
    ),
    _cue(
        "respect_sovereignty.non_interference",
        r"\b(?:interfer\w+|interven\w+)\b[^.;]{0,60}?\bin\s+(?:the\s+)?(?:each other's\s+|one another's\s+|its\s+|their\s+)?(?:internal|domestic) (?:or external )?affairs\b",
        negatable=False,
    ),
    _cue(
        "respect_sovereignty.no_coercion",
        r"\b(?:economic|political) (?:or (?:economic|political) )?(?:coercion|pressure)\b",
        requires=(r"\b(?:abstain|refrain|not|never|no)\b",),
        negatable=False,
    ),
    _cue(
        "respect_sovereignty.frontiers_inviolable",
        r"\b(?:frontiers?|borders?)\b[^.;]{0,60}?\binviolab\w+|\binviolability of (?:[\w'-]+\s+){0,3}?(?:borders|frontiers)\b"
        r"|\b(?:sovereignty|independence|territorial integrity)\b[^.;]{0,60}?\b(?:respected|guaranteed) by\b|\bnot (?:to )?question the (?:frontiers|borders)\b|\bdismemberment\b",
        negatable=False,
    ),
    _cue(
        "respect_sovereignty.not_threaten_integrity",
        r"\b(?:threaten|jeopardi[sz]e|undermine|impair)\w*\s+(?:the\s+)?(?:[\w,]+\s+){0,3}?(?:territorial integrity|political independence|sovereignty)\b",
        negatable=False,
    ),
    # consultation
    _cue(
        "consultation.consult_on_threat",
        r"(?<!following such )(?<!following )(?<!after )\b(?:consult|confer)(?:s|ed|ing)?\b"
        r"|(?<!following such )(?<!following )(?<!after )(?<!request for )\bconsultations?\b"
        r"|\bconcert together\b|\bexchange (?:of )?views\b|\b(?:seek|take)\w* (?:each other's |mutual )?counsel\b|\bdeliberate together\b"
        r"|\benter into (?:talks|negotiations)\b|\bconvene\b",
        requires=(
            r"\b(?:threat\w*|attack\w*|aggression|disput\w+|disagreement|conflict|violation|situation|crisis|contingenc\w+|emergenc\w+|whenever|at the request|weapons employment"
            r"|endanger\w*|danger|disturbed|deteriorat\w+|differences?|regional security|mutual security|security (?:matters|issues|questions|situation|concerns)|at risk)\b"
            r"|\bmatters of (?:[\w-]+ )?(?:security|defen[cs]e)\b",
        ),
        # reviewing or amending the treaty itself is housekeeping, not consultation on a threat
        blocked_by=(r"\b(?:review|amendment) conference\b|\bfor the purpose of (?:reviewing|amending)\b",),
    ),
    _cue(
        "consultation.consult_on_request_or_in_that_event",
        r"(?<!following such )(?<!following )(?<!after )(?<!request for )\b(?:consult(?:s|ed|ing)?|consultations?)\b",
        requires=(r"\b(?:a|the|any|upon|on) request (?:by|of|from)\b|" + _ANAPHORIC_TRIGGER,),
    ),
    _cue(
        "consultation.meet_on_threat",
        r"\b(?:shall|will)\b[^.;]{0,100}?\b(?:meet|convene)\b|\bconven\w+\s+(?:swiftly|urgently|immediately|without delay)\b|\bhold urgent\b",
        requires=(r"\b(?:threat\w*|attack\w*|violation|incident|aggression|conflict|crisis|situation)\b",),
    ),
    _cue(
        "consultation.dispute_settled_between_parties",
        r"\b(?:disputes?|disagreements?|differences)\b[^.;]{0,200}?\b(?:negotiations?|consultations?|(?:direct |bilateral )?talks|(?:settled|resolved) amicably|amicably (?:settled|resolved)|addressed within|diplomatic (?:channels|means)|mutual agreement)\b",
        # a dispute not settled by talks goes to a forum: that is dispute_settlement alone
        blocked_by=(r"\b(?:has not been|have not been|is not|are not|cannot be|could not be) (?:settled|resolved)\b",),
    ),
    _cue(
        "consultation.agree_common_measures",
        r"\b(?:seek\w* to agree|agree\w* (?:up)?on|concert\w*|decide jointly on|jointly decide on)\s+(?:the\s+|a\s+|an\s+)?(?:common|joint|concerted|collective|appropriate)\s+(?:measures|steps|action|response|position)\b",
        requires=(r"\b(?:threat\w*|attack\w*|aggression|crisis|danger|situation|violation)\b",),
    ),
    _cue(
        "consultation.joint_decision_making",
        r"\b(?:cooperative|co-operative|joint|collective) decision-?making\b",
    ),
    # un_referral
    _cue(
        "un_referral.report_to_security_council",
        r"\breport\w*\b[^.;]{0,80}?\bto the (?:united nations |un )?security council\b",
        requires=(r"\b(?:attack|measures|aggression|action)\b",),
    ),
    _cue(
        "un_referral.refer_to_security_council",
        r"\b(?:refer|bring)\w*\b[^.;]{0,60}?\bto the (?:attention of the )?(?:united nations |un )?security council\b"
        r"|\bseek\w*\s+(?:immediate\s+)?(?:united nations |un )?security council action\b"
        r"|\bpress the council\b"
        r"|\b(?:seek|propose|table|introduce|sponsor|pursue)\w*\b[^.;]{0,60}?\b(?:united nations |un )?security council (?:resolution|action|authori[sz]ation)\b",
    ),
    _cue(
        "un_referral.report_to_third_body",
        r"\b(?:report|notify|inform)\w*\b[^.;]{0,80}?\bto the (?:osce|organi[sz]ation for security and co-?operation in europe|mediators?|facilitators?|co-chairs|secretary-general|united nations|african union|organi[sz]ation of american states)\b",
        requires=(r"\b(?:violation|breach|incident|attack\w*|aggression|measures|action)\b",),
        # a monitoring body reporting what it observed is monitoring (dev d06)
        blocked_by=(r"\b(?:mission|monitors?|observers?|commission|inspectors?)\b",),
    ),
    _cue(
        "un_referral.until_security_council_acts",
        r"\b(?:until|when) the security council has taken\b",
        negatable=False,
    ),
    _cue(
        "un_referral.security_council_authorisation",
        r"\b(?:authori[sz]ation|decision|approval|mandate)\s+(?:by|of|from)\s+the\s+(?:un |united nations )?security council\b"
        r"|\bsecurity council\b[^.;]{0,20}?\b(?:authori[sz]es|has authori[sz]ed)\b|\bresolution of the (?:un |united nations )?security council\b",
        requires=(
            r"\b(?:assistance|action|measures|force|enforcement|respon\w+|assist\w*|mission|deploy\w*)\b",
        ),
        negatable=False,
    ),
    _cue(
        "un_referral.bring_before_security_council",
        r"\b(?:before|appeal\w* to|inform\w*|notify\w*)\s+(?:[\w ,'-]{0,80}?)?the (?:un |united nations )?security council\b"
        r"|\b(?:request|call for|convene)\w*\s+(?:an?\s+)?(?:emergency\s+|urgent\s+)?(?:session|meeting) of the (?:un |united nations )?security council\b"
        r"|\buniting for peace\b|\b(?:osce|african union|organi[sz]ation of american states)\b[^.;]{0,40}?\b(?:shall|will) decide on\b[^.;]{0,30}?\bresponse\b",
        requires=(
            r"\b(?:attack\w*|aggression|measures|matter|situation|violation|respon\w+|threat\w*|session|uniting|action\w*)\b",
        ),
    ),
    # military_aid
    _cue(
        "military_aid.military_assistance",
        r"\b(?:military|security|defen[cs]e|missile defen[cs]e)\s+(?:assistance|aid|support)\b",
        blocked_by=(_PURPOSE_STATEMENT,),
    ),
    _cue(
        "military_aid.supply_weapons",
        r"\b(?:supply|supplying|provide|providing|deliver(?:s|ing)?|transfer(?:s|ring)?|furnish\w*|send|donat\w+|hand over|gift)\s+(?!access\b|of\b|information\b)(?:[\w,/.-]+\s+){0,4}?"
        r"(?:" + _MILITARY_MATERIEL + r"|cannon|muskets|rifles)"
        r"|\b(?:provide|supply|furnish)\w*\s+[\w' ,-]{1,60}?\s+with\s+(?:[\w,-]+\s+){0,6}?" + _MILITARY_MATERIEL +
        r"|\bsupported with (?:weapons|arms|military)\b",
        blocked_by=(r"\b(?:chemical|biological|bacteriological|toxin|nuclear) weapons\b",),
    ),
    _cue(
        "military_aid.train_forces",
        r"\b(?:train|trains|re-?equip)\s+(?:[\w',-]+\s+){0,6}?(?:personnel|brigades|troops|forces|soldiers|pilots|officers|units|military)\b"
        r"|\bprovide\w*\s+training\b|\b(?:contribut|provid|support|fund|financ|offer)\w*\b[^.;]{0,40}?\b(?:pilot|f-16|fighter|flight|combat|weapons|military)\s+training\b|\btraining (?:of|for) (?:[\w,'-]+\s+){0,3}?(?:recruits|pilots|cadets|servicemen|brigades|units|officers)\b|\btraining (?:of|for) [\w'-]+ (?:armed forces|personnel|troops|soldiers)\b",
    ),
    _cue(
        "military_aid.open_military_schools",
        r"\bopen\w*\s+(?:its|their)\s+(?:military\s+)?(?:schools|academies|training ranges|training facilities)\b",
    ),
    _cue(
        "military_aid.intelligence_to_beneficiary",
        r"\bat the disposal of\b[^.;]{0,40}?\bintelligence\b|\bintelligence\b[^.;]{0,40}?\bat the disposal of\b",
    ),
    _cue(
        "military_aid.intelligence_to_recipient",
        r"\b(?:provid|supply|supplies|supplying|pass|giv|furnish)\w*\s+(?:[\w-]+\s+){0,2}?(?:intelligence|imagery|targeting (?:data|information))\s+to\s+(?!each other|one another|the other part|all\b|partners|allies)",
    ),
    _cue(
        "military_aid.cyber_defence_support",
        r"\b(?:strengthen|support|develop|build)\w*\s+(?:[\w'-]+\s+){0,2}?cyber[- ]?defen[cs]e\b",
    ),
    _cue(
        "military_aid.support_armed_forces",
        r"\bcapacity[- ]building (?:of|for) (?:the )?(?:[\w'-]+\s+){0,2}?(?:armed forces|army|military|security forces|intelligence|defen[cs]e)\b"
        r"|\b(?:support|assist|strengthen|equip|modernis|moderniz|help|regenerat|rebuild|reconstitut|re-?equip|train)(?:e|es|ed|ing|s|ping|ped|ping)?\s+(?:the\s+)?(?:[\w'-]+\s+){0,5}?(?:armed forces|army|security forces|defen[cs]e forces|coast guard|navy|air force)\b",
    ),
    _cue(
        "military_aid.support_defence_capability",
        r"\b(?:maintain\w*|build\w*|develop\w*|sustain\w*|strengthen\w*)\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w'-]+\s+){0,2}?"
        r"(?:defen[cs]e|deterren\w+)(?:\s+and\s+(?:defen[cs]e|deterren\w+))?\s+capabilit",
        requires=(r"\b(?:assist\w*|help\w*|support\w*|fund\w*|appropriation)\b",),
    ),
    _cue(
        "military_aid.provision_of_defence_articles",
        r"\bprovision of (?:[\w-]+\s+){0,3}?(?:defen[cs]e articles|weapons|military equipment|security assistance|arms)\b",
    ),
    _cue(
        "military_aid.intelligence_shared_with_beneficiary",
        r"\b(?:share|provide|supply)\w*\s+(?:[\w-]+\s+){0,2}?(?:intelligence|imagery|targeting (?:data|information))\s+(?:[^.;]{0,40}?\s)?with\s+(?!each other|one another|the other part|all\b|their\b|its\b|partners|allies)[\w'-]+",
    ),
    _cue(
        "military_aid.fund_military_procurement",
        r"\b(?:financ\w*|fund\w*|pay|pays|paying)\s+(?:for\s+)?(?:the\s+)?(?:procurement|purchase|acquisition|production|manufacture|delivery|supply|repair|maintenance|refurbishment)\s+of\b"
        r"|\b(?:contribut|provid|allocat)\w*\s+(?:[\w]+\s+){0,2}?(?:eur|usd|us\$|\$|€|£)\s?\d",
        requires=(
            r"\b(?:defen[cs]e|military|weapons|armed forces|army|armou?red|ammunition|security assistance|artillery|shells|munitions|missiles|drones)\b",
        ),
    ),
    _cue(
        "military_aid.money_for_defence",
        _MONEY + r"[^.;]{0,120}?\b(?:spent on|for|earmarked for|allocated to|devoted to|financ\w*|fund\w*|to (?:strengthen|support|equip|buy|purchase|procure|modernise|modernize|build|sustain)"
        r"|to (?:the )?(?:procurement|purchase|acquisition|production|financing|funding) of|towards?)\b"
        r"[^.;]{0,80}?\b(?:defen[cs]e|military|armed forces|army|navy|air force|coast guard|weapons|ammunition|armou?red|munitions|drones?|missiles?|artillery|shells|tanks)\b",
        blocked_by=(r"\b(?:humanitarian|civilian|reconstruction|recovery|energy|health|education)\b",),
    ),
    _cue(
        "military_aid.supply_equipment_to_forces",
        _SUPPLY_VERB + r"\b(?:[^.;]{0,60}?\bwith\b)?\s+(?:[\w,-]+\s+){0,5}?(?:vehicles|equipment|vessels|boats|aircraft|helicopters|uniforms|body armou?r|surveillance systems|communications systems)\b",
        requires=(r"\b(?:military|defen[cs]e|armed forces|army|navy|air force|coast guard|border guard|national guard|security forces|soldiers|troops|bundeswehr|engineering)\b",),
        blocked_by=(r"\b(?:humanitarian|medical|civilian|agricultur\w+|hospital\w*)\b",),
    ),
    _cue(
        "military_aid.support_with_capabilities",
        r"\bsupport\w*\b[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,2}?(?:intelligence|air surveillance|surveillance|air defen[cs]e|air cover|logistics|airlift|training|weapons|equipment|enablers)\b",
    ),
    _cue(
        "military_aid.assistance_with_materiel",
        r"\b(?:assistance|help|support|aid)\s+(?:in|with|for)\s+(?:the\s+)?(?:maintenance|repair|servicing|upkeep|procurement|acquisition|supply|modernis\w+|moderniz\w+)"
        r"\s+(?:and\s+\w+\s+)?of\s+[^.;]{0,40}?" + _MILITARY_MATERIEL,
        blocked_by=(_DISPOSAL, r"\b(?:chemical|biological|bacteriological|toxin|nuclear) weapons\b"),
    ),
    _cue(
        "military_aid.expedite_deliveries",
        r"\b(?:expedite|accelerat\w+|ensure|facilitate|continue|increase|speed up|step up|prioriti[sz]e|approve|authori[sz]e)\w*\s+(?:the\s+)?"
        r"(?:delivery|deliveries|supply|supplies|provision|transfers?|sales?)\s+of\s+(?:[\w,/-]+\s+){0,4}?" + _MILITARY_MATERIEL,
    ),
    _cue(
        "military_aid.help_secure_own_territory",
        r"\b(?:help|assist|support|enable)\w*\s+(?:[\w'-]+\s+){1,3}?(?:to\s+|in\s+)?(?:protect|secur|control|guard|patrol|monitor)\w*\s+its\s+(?:own\s+)?(?:airspace|borders?|coast(?:line)?|territorial waters|maritime domain|skies|critical infrastructure)\b",
    ),
    _cue(
        "military_aid.help_produce_own_arms",
        r"\b(?:help|assist|support|enable)\w*\s+[\w'-]+\s+(?:to\s+|in\s+)?(?:produc|manufactur|develop|build)\w*\s+(?:its|their)\s+own\s+(?:[\w-]+\s+){0,2}?"
        r"(?:weapons|missiles|drones|ammunition|munitions|artillery|arms|air defen[cs]e|defen[cs]e industry)\b",
    ),
    _cue(
        "military_aid.cover_military_costs",
        r"\b(?:cover|pay|meet|bear)\w*\s+the costs? of\b[^.;]{0,60}?\b(?:armou?red|military|defen[cs]e|weapons|ammunition|armed forces|army|troops|soldiers)\b",
        blocked_by=(_DISPOSAL, r"\b(?:chemical|biological|bacteriological|toxin|nuclear) weapons\b", r"\bverification\b"),
    ),
    _cue(
        "military_aid.equip_units",
        r"\b(?:equip|re-?equip)(?:s|ped|ping)?\s+(?:[\w'-]+\s+){0,4}?(?:battalions?|brigades?|units|divisions|regiments|companies|troops|soldiers|forces|army|navy|coast guard)\b",
    ),
    _cue(
        "military_aid.advisers_and_instructors",
        r"\b(?:second|send|dispatch|assign|provid|deploy)\w*\s+(?:[\w-]+\s+){0,2}?(?:military\s+)?(?:instructors|advisers|advisors|trainers|training teams|mentors)\b",
    ),
    _cue("military_aid.mutual_aid_capacity", r"\bmutual aid\b|\bcapacity to resist armed attack\b"),
    _cue(
        "military_aid.build_defence_capability",
        r"\b(?:strengthen|enhance|build|preserve|develop)\w*\s+(?:and\s+\w+\s+)?(?:[\w'-]+\s+)?(?:capability|capacity|ability)\s+to\s+(?:deter|defend|resist)\b"
        r"|\bqualitative military edge\b"
        r"|\bbuild\w*\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?future force\b",
    ),
    _cue(
        "military_aid.deliver_capability",
        r"\bsupport\s+[\w'-]+\s+in\s+acquiring\b|\bdeliver\s+(?:this|the|that)\s+capability\b|\bcapability into service\b"
        r"|\bdevelopment of [\w'-]+ (?:[\w-]+ ){0,2}(?:submarines|aircraft|missiles|weapons)\b",
    ),
    # economic_aid
    _cue(
        "economic_aid.economic_assistance",
        r"\b(?:economic|financial|budget(?:ary)?|macro-?financial|development)\s+(?:assistance|aid|support)\b"
        r"|\b(?:support|assist|fund|financ)\w*\b[^.;]{0,80}?\beconomic development\b"
        r"|\b(?:support|address|meet)\w*\s+(?:[\w'-]+\s+){0,2}?economic needs\b",
    ),
    _cue(
        "economic_aid.recovery_and_reconstruction",
        r"\b(?:support|finance|fund|contribut\w+ to|benefit of|assist)\w*\s+(?:[\w'-]+\s+){0,2}?(?:economic\s+)?(?:recovery|reconstruction)\b",
    ),
    _cue(
        "economic_aid.energy_infrastructure",
        r"\b(?:repair|restoration|rebuild\w*|reconstruction)\s+of\s+(?:[\w'-]+\s+){0,2}?energy\b",
    ),
    _cue(
        "economic_aid.investment",
        r"\b(?:facilitate|mobili[sz]\w+|promot\w+|encourag\w+)\s+(?:private\s+|public\s+)?investment\b",
    ),
    _cue(
        "economic_aid.loans_grants_and_funds",
        r"\b(?:loans?|credits?|subsid(?:y|ies)|trust funds?|development funds?|financing|debt (?:relief|rescheduling)|budget support)\b"
        r"|\breschedul\w+ the debt\b|\b(?:cover|pay)\w*\s+the salaries\b"
        r"|\b(?:cover|pay|meet)\w*\s+the costs? of\b[^.;]{0,40}?\b(?:fuel|food|energy|heating|gas|electricity|salaries|pensions|housing|shelter)\b",
        requires=(
            r"\b(?:provid|extend|grant|establish|mobili[sz]|creat|make available|offer|pay|cover|reschedul|financ|fund|include|guarantee)\w*",
        ),
        blocked_by=(r"\b(?:military|defen[cs]e|weapons|arms|ammunition|armed forces|army|armou?red|munitions|troops)\b",),
    ),
    _cue(
        "economic_aid.energy_supply",
        r"\b(?:help|support|assist|secure)\w*\b[^.;]{0,40}?\benergy (?:supply|security|grid|infrastructure|sector)\b",
    ),
    _cue("economic_aid.strengthen_economy", r"\bstrengthen\w*\s+(?:the\s+)?[\w'-]+\s+economy\b"),
    _cue(
        "economic_aid.money_contribution",
        r"\b(?:contribut\w+|provid\w+|allocat\w+|grant\w*|lend\w*)\s+(?:[\w]+\s+){0,2}?(?:eur|usd|us\$|\$|€|£)\s?\d",
        blocked_by=(
            r"\b(?:military|defen[cs]e|weapons|arms|ammunition|armed forces|army|security assistance|drones?|missiles?|artillery|shells|tanks)\b",
        ),
    ),
    _cue(
        "economic_aid.immobilised_assets",
        r"\b(?:immobili[sz]ed|frozen)\s+(?:[\w]+\s+){0,2}?assets\b",
    ),
    # sanctions
    _cue(
        "sanctions.sanctions",
        r"\bsanctions\b(?! committee)|\bimpos\w+ (?:a )?sanction\b",
        blocked_by=(
            r"\blift\w*\s+(?:[\w]+\s+){0,2}?sanctions\b",
            r"\b(?:penal|criminal|disciplinary|administrative) sanctions\b",
        ),
    ),
    _cue(
        "sanctions.impose_costs",
        r"\b(?:impos\w+|rais\w+)\s+(?:[\w]+\s+){0,4}?costs?\b[^.;]{0,30}?\b(?:on|for|upon)\b",
    ),
    _cue(
        "sanctions.restrictive_measures", r"\brestrictive measures\b|\b(?:trade |arms )?embargo\b"
    ),
    _cue(
        "sanctions.sever_relations",
        r"\b(?:sever|break off|suspend|interrupt)\w*\s+(?:all\s+)?(?:[\w]+\s+(?:and\s+[\w]+\s+)?)?(?:relations|trade|communications)\s+with\b",
    ),
    _cue(
        "sanctions.deny_the_aggressor",
        r"\b(?:prohibit|ban|deny|suspend)\w*\b[^.;]{0,90}?\b(?:to|of|from)\s+(?:the\s+)?aggressor\b|\bproperty\b[^.;]{0,80}?\bbe blocked\b"
        r"|\bexpel\w*\b[^.;]{0,30}?\bdiplomats\b",
    ),
    _cue(
        "sanctions.immobilised_assets",
        r"\b(?:immobili[sz]ed|frozen|seized)\s+(?:[\w]+\s+){0,2}?assets\b|\bassets\b[^.;]{0,60}?\b(?:remain |be |stay )?(?:frozen|immobili[sz]ed)\b",
    ),
    # forces_presence
    _cue(
        "forces_presence.station_forces",
        r"\bstation(?:s|ed|ing)?\s+[^.;]{0,220}?\b(?:troops|forces|personnel|battalions?|brigades?|units?|contingents?|group|squadrons?|compan(?:y|ies)|detachments?|batter(?:y|ies))\b"
        r"|\b(?:troops|forces|personnel|soldiers|units|contingents?|servicemen)\s+(?:[\w]+\s+){0,2}?stationed\b",
        blocked_by=(r"\b(?:reduc\w+|withdraw\w*)\b", _PROHIBITION),
    ),
    _cue(
        "forces_presence.deploy_forces",
        r"\bdeploy\w*\b[^.;]{0,60}?\b(?:to|in|on)\s+(?:the\s+)?territor(?:y|ies)\b"
        r"|\b(?:would|will|shall|to)\s+deploy\s+(?:to|in)\s+[\w'-]+",
    ),
    _cue(
        "forces_presence.maintain_units_abroad",
        r"\b(?:maintain|keep|station)(?:s|ed|ing)?\s+(?:in|on|at)\s+[\w' -]{1,40}?\s+(?:a|an|one|two|\d+|several|elements of)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:force|forces|brigades?|battalions?|divisions?|garrisons?|squadrons?|regiments?|contingents?|troops|units|aircraft|fleet)\b"
        r"|\b(?:maintain|keep|host|base)\w*\s+(?:a|an|one|two|\d+|several|elements of)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:brigades?|battalions?|divisions?|garrisons?|squadrons?|regiments?|contingents?|troops|forces|units|army|aircraft|fleet)\b[^.;]{0,25}?\b(?:in|on|at)\b"
        r"|\b(?:troops|forces|soldiers|units|assets|aircraft)\s+(?:will|shall|would)\s+be\s+(?:deployed|stationed|based)\b"
        r"|\bdeploy\w*\s+(?:[\w,'-]+\s+){0,5}?(?:troops|forces|soldiers|brigades?|battalions?|units|assets|aircraft|ships|personnel|brigade combat team|battle ?groups?|companies|company|squadrons?|contingents?|task force)\b"
        r"|\b(?:place|put)\w* at the disposal\b[^.;]{0,60}?\b(?:bases?|airfields|ports)\b|\bfor the stationing of\b"
        r"|\b(?:keep|maintain|station|retain)(?:s|ed|ing)?\s+(?:its\s+|their\s+|some\s+)?(?:troops|forces|soldiers|military personnel|contingents?|garrisons?)\s+(?:in|on)\s+(?!readiness|reserve|a state|good)",
        blocked_by=(r"\b(?:reduc\w+|withdraw\w*)\b", _PROHIBITION, r"\b(?:source|matter|cause) of (?:[\w]+\s+)?concern\b"),
    ),
    _cue(
        "forces_presence.contribute_units",
        r"\b(?:contribut|commit|assign|provid|send|dispatch)\w*\s+(?:an?\s+|the\s+|its\s+|\d[\d,]*\s+)?(?:[\w-]+\s+){0,3}?(?:company|companies|battalions?|brigades?|troops|units|contingents?|squadrons?|regiments?|battlegroups?|battle groups?)\s+(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:force|mission|battle ?groups?|battlegroups?|presence|deployment|operation|contingent)\b",
    ),
    _cue(
        "forces_presence.present_in_territory",
        r"\b(?:troops|forces|warships|ships|aircraft|units|personnel|soldiers|contingents?)\b[^.;]{0,20}?\b(?:will|shall|would) be (?:permanently |continuously |regularly )?present (?:in|on|at)\b",
    ),
    _cue(
        "forces_presence.send_troops",
        r"\b(?:send|sends|dispatch(?:es|ed)?)\s+(?!state\b)(?:up to\s+|some\s+|about\s+|around\s+|several\s+|\d[\d,]*\s+|an?\s+)?(?:[\w,-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|peacekeepers|contingents?|battalions?|brigades?)\b",
    ),
    _cue(
        "forces_presence.host_access",
        r"\baccess to and use of\b|\bhost[- ]nation support\b|\breciprocal access\b"
        r"|\b(?:permit|allow|grant)\w*\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:forces|troops|aircraft|warships|ships|vessels)\b[^.;]{0,30}?\b(?:to use|use of|access to)\b[^.;]{0,30}?\b(?:ports|airfields|bases|facilities|airspace)\b"
        r"|\bsecurity of\s+(?:[\w'-]+\s+){0,2}?(?:personnel|forces|troops|contingents?)\s+(?:deployed|stationed|present)\s+(?:on|in)\b",
    ),
    _cue(
        "forces_presence.rotational_presence",
        r"\b(?:rotational|persistent|permanent|forward|continuous)\s+(?:[\w]+\s+)?(?:military\s+)?presence\b"
        r"|\bon an? (?:[\w-]+\s+){0,2}?(?:rotational|rotating|permanent|persistent|continuous) basis\b",
        requires=(r"\b(?:force|forces|troops|personnel|units?|brigade|battalion|contingent|military|soldiers|presence|aircraft|ships)\b",),
    ),
    _cue(
        "forces_presence.reassurance_force",
        r"\b(?:reassurance|peacekeeping|peace-keeping|stabili[sz]ation|multinational|interposition)\s+force\b"
        r"|\bpeace-?keeping (?:mission|operation|contingents?|troops|forces|battalions?)\b",
    ),
    _cue(
        "forces_presence.force_based",
        r"\b(?:force|troops|forces|contingent|brigade|battalion|units?)\b(?:,?\s+(?:which|that|and)\b)?[^.;]{0,30}?\s+(?:to\s+be\s+|will\s+be\s+|would\s+be\s+|shall\s+be\s+|is\s+|are\s+)?(?:based|headquartered|garrisoned)\s+(?:in|at|away|near)\b",
    ),
    _cue(
        "forces_presence.air_and_naval_missions",
        r"\bair (?:patrols?|policing)\b|\bnaval (?:[\w-]+\s+){0,2}?mission\b"
        r"|\b(?:aircraft|fighters|jets|warships|ships|vessels)\s+(?:will|shall|would)\s+(?:patrol|police)\b|\bpatrol\w*\s+(?:the\s+)?(?:[\w'-]+\s+)?(?:airspace|skies|territorial waters)\b"
        r"|\b(?:naval|air|land|maritime|ground) components?\b|\bprovide\w*\s+air cover\b|\b(?:warships|naval vessels|navies|frigates|destroyers)\s+(?:will|shall|would)\s+(?:escort|protect|accompany)\b",
    ),
    _cue(
        "forces_presence.strategic_asset_visits",
        r"\bport (?:visits|calls)\b|\b(?:deployments?|visibility|rotations?|visits?)\s+of\s+(?:[\w.-]+\s+){0,3}?(?:strategic assets|submarines?|bombers|aircraft carriers?|carrier strike groups?)\b",
    ),
    _cue(
        "forces_presence.bases",
        r"\b(?:establish|maintain|host|provide)\w*\s+(?:[\w]+\s+){0,2}?(?:military )?bases\b",
        blocked_by=(_PROHIBITION,),
    ),
    # integrated_command
    _cue(
        "integrated_command.joint_command",
        r"\b(?:joint|unified|integrated|combined)\s+(?:military\s+)?(?:headquarters|command|general staff|staff|defen[cs]e plans?)\b",
        requires=(
            r"\b(?:establish\w*|creat\w+|set up|plac\w+ under|under (?:a|the|its)|headquartered|prepare|constitut\w+|serv\w+ (?:in|on|at|with)|assign\w* to|staff\w*)\b",
        ),
    ),
    _cue(
        "integrated_command.combined_command",
        r"\bcombined forces command\b|\boperational (?:control|command) of\b|\bunder the (?:overall |supreme |unified )?command of (?:the|a|an)\b",
        blocked_by=(r"\bnothing in\b|^nothing\b",),
    ),
    _cue(
        "integrated_command.joint_planning",
        r"\bjoint (?:execution and )?(?:[\w-]+\s+)?planning\b|\bdefen[cs]e committee\b",
    ),
    _cue(
        "integrated_command.integrated_air_defence",
        r"\bintegrated air and missile defen[cs]e\b|\bcombined air operations cent\w+\b"
        r"|\b(?:common|joint|integrated|unified|combined)\s+air (?:and missile )?defen[cs]e (?:system|network|architecture)\b",
    ),
    _cue(
        "integrated_command.single_command_and_joint_plans",
        r"\b(?:under|by) (?:a|the) (?:single |unified |joint |combined )?(?:supreme |allied )+command(?:er)?(?:-in-chief)?\b"
        r"|\b(?:under|by) (?:a|the) (?:single|unified|joint|combined) (?:supreme )?(?:allied )?command(?:er)?(?:-in-chief)?\b"
        r"|\bcommander-in-chief chosen\b|\bjoint command cent(?:re|er)\b"
        r"|\b(?:joint|common|combined)\s+(?:defen[cs]e\s+|operational\s+|war\s+|contingency\s+)?plan(?:s|ning)\b(?:\s+cell)?",
        requires=(
            r"\b(?:forces|armies|army|allied|alliance|defen[cs]e|war|attack|contingenc\w+|military|guarantors)\b",
        ),
    ),
    _cue("integrated_command.commander_appointed", r"\bthe commander shall be appointed\b"),
    # interoperability
    _cue("interoperability.interoperability", r"\binteroperab\w+"),
    _cue(
        "interoperability.joint_exercises",
        r"\b(?:joint|combined)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?exercises?\b|\bjoint training\b|\btable-?top (?:simulation|exercise)s?\b"
        r"|\bconduct\w*\s+(?:[\w-]+\s+)?simulations\b"
        r"|\b(?:multinational|bilateral|trilateral|allied|joint|combined)\s+(?:[\w-]+\s+)?(?:exercises?|drills?|manoeuvres|maneuvers)\b"
        r"|\b(?:take part|participat\w+|join\w*)\s+in\s+(?:[\w-]+\s+){0,3}?(?:exercises|drills|manoeuvres|maneuvers)\b"
        r"|\b(?:conduct|hold|carry out|undertake)\w*\s+(?:[\w-]+\s+){0,3}?(?:activities|patrols|sails|operations|exercises)\s+together\b"
        r"|\b(?:navies|fleets|ships|warships|forces|air forces|armies)\s+(?:will|shall|would)\s+(?:sail|patrol|train|exercise|operate|fly)\s+together\b"
        r"|\b(?:maritime|naval|military|defen[cs]e) (?:cooperative|co-operative) activities\b|\bjoint (?:patrols|sails)\b",
    ),
    _cue(
        "interoperability.standardisation",
        r"\bstandardi[sz]\w*|\bharmoni[sz]\w*\s+(?:their\s+)?military\b"
        r"|\bharmoni[sz]\w*\s+(?:their\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:standards|doctrines?|specifications|procurement|requirements)\b",
    ),
    _cue(
        "interoperability.intelligence_sharing",
        r"\b(?:share|sharing|exchange\w*)\b[^.;]{0,50}?\b(?:intelligence|information|assessments|data)\b"
        r"|\b(?:information|intelligence|technology)(?: and (?:information|intelligence|technology))? sharing\b",
        blocked_by=(r"\bminefields?\b|\bmissing persons\b|\bprisoners\b",),
    ),
    _cue(
        "interoperability.defence_industry",
        r"\bdefen[cs]e[- ](?:industr\w+|related|technolog\w+)\b|\bjoint (?:development|production|procurement)\b"
        r"|\b(?:jointly|together)\s+(?:produce|develop|manufacture|procure)\s+(?:[\w-]+\s+){0,3}?(?:ammunition|weapons|munitions|drones|missiles|equipment|systems|aircraft|vehicles|shells)\b",
    ),
    _cue(
        "interoperability.share_practice",
        r"\b(?:share|sharing|exchange\w*)\b[^.;]{0,20}?\b(?:best practices?|experience|lessons(?: learned| learnt)?|expertise)\b",
        requires=(r"\b(?:military|defen[cs]e|armed forces|security|army|navy|air force)\b",),
    ),
    _cue(
        "interoperability.liaison_officers",
        r"\bliaison officers?\b|\b(?:officer|personnel|staff|cadet|military)\s+exchanges?\b|\bstaff visits\b|\bexchange\w*\s+(?:of\s+)?(?:officers|cadets|military personnel)\b",
    ),
    _cue(
        "interoperability.drills_and_common_standards",
        r"\btrain together\b|\bjoint drills?\b|\b(?:combined|joint) (?:manoeuvres|maneuvers)\b|\b(?:forces|systems|equipment)\b[^.;]{0,40}?\bcompatible with\b"
        r"|\bcommon\s+(?:communications?\s+|technical\s+|military\s+|operational\s+|training\s+|procedural\s+)?(?:specifications|standards|doctrine)\b|\bcommon procedures for\b[^.;]{0,40}?\b(?:communication|identification|aircraft|forces)\b"
        r"|\barmaments? industr\w+|\bdefen[cs]e (?:companies|firms|enterprises)\b",
    ),
    _cue(
        "interoperability.military_mobility",
        r"\bmovement of (?:military )?(?:personnel|forces|troops)(?: and equipment)?\b",
    ),
    _cue(
        "interoperability.defence_cooperation",
        r"\b(?:co-?operation|collaboration|coordination)\b(?! mechanism| cent| group| committee| council)[^.;]{0,50}?\b(?:defen[cs]e\b|militar(?:y|ies)\b|armed forces\b)",
        blocked_by=(r"\b(?:economic|cultural) (?:co-?operation|collaboration)\b",),
    ),
    _cue(
        "interoperability.deepen_defence_ties",
        r"\b(?:deepen|strengthen|expand|enhance|develop|intensify|broaden)\w*\s+(?:our\s+|their\s+|the\s+|bilateral\s+|trilateral\s+)*(?:defen[cs]e|military|security and defen[cs]e)\s+(?:co-?operation|collaboration|ties|partnership|relations)\b"
        r"|\bcooperat\w*\s+(?:closely\s+)?(?:on|in)\s+(?:the\s+(?:field|area)s?\s+of\s+)?(?:cyber|defen[cs]e|military)\b",
    ),
    _cue(
        "interoperability.cyber_cooperation",
        r"\bcyber\s+(?:[\w]+\s+)?(?:exchange|co-?operation|collaboration)\b",
    ),
    # institution
    _cue(
        "institution.establish_body",
        r"\b(?:establish\w*|set up|creat\w+|constitut\w+|launch\w*|comprise)\b[^.;]{0,60}?"
        + _NOT_UNSC
        + r"\b"
        + _BODY
        + r"\b"
        r"|"
        + _NOT_UNSC
        + r"\b"
        + _BODY
        + r"\b[^.;]{0,80}?\b(?:shall|will|would|is to) be (?:established|set up|created|constituted|composed)\b"
        r"|\b(?:union|organi[sz]ation)\b[^.;]{0,60}?\bshall be (?:established|created)\b"
        r"|" + _NOT_UNSC + r"\b" + _BODY + r"\b[^.;]{0,80}?\b(?:is|are) hereby (?:established|created|set up|constituted)\b"
        r"|\b(?:establish|set up|creat|constitut)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?staff\b",
    ),
    _cue(
        "institution.body_composed",
        _NOT_UNSC + r"\b" + _BODY + r"\b[^.;]{0,40}?\b(?:composed of|consisting of|consist of|comprise|be chaired by|co-chaired by|chaired by)\b",
    ),
    _cue(
        "institution.regular_meetings",
        r"\b(?:meet|convene)\w*\s+(?:[\w]+\s+){0,3}?(?:at least|once|twice|every|annually|regularly|periodically|quarterly|monthly|yearly)\b"
        r"|\b(?:meet|convene)\w*\b[^.;]{0,60}?\b(?:every (?:year|two years|\w+ (?:months|years))|annually|twice a year|once a year|each year|yearly|biannually|quarterly)\b"
        r"|\b(?:annual|regular|periodic|biannual) (?:summits?|sessions?)\b|\bappoint\w* commissioners\b"
        r"|\b(?:annual|regular|periodic)\s+meetings?\b|\bhold\w*\s+(?:its\s+|their\s+)?(?:annual\s+)?(?:ordinary|extraordinary|regular|annual)\s+sessions?\b"
        r"|\bhold meetings\b|\bable to meet\b"
        r"|\b(?:annual|regular|periodic|biannual|yearly|quarterly|monthly)\s+(?:[\w-]+\s+){0,3}?(?:staff talks|talks|summits?)\b|\bstaff talks\b",
    ),
    _cue(
        "institution.body_procedure",
        _NOT_UNSC
        + r"\b(?:council|commission|committee|authority|conference|group|board|secretariat)\b[^.;]{0,60}?\b(?:shall|will)\s+(?:have the right to make decisions|oversee|supervise|steer|deliver|elaborate|prepare|submit|fix|elect|oversee|set up)\b"
        r"|\b(?:take|make|adopt)\w*\s+(?:its|their)\s+decisions\s+by\b|\bdecisions shall be (?:made|taken)\s+(?:unanimously|by consensus|by (?:a )?majority)\b"
        r"|\bpresidency of the\b|\b(?:supreme|principal|executive) (?:body|organ)\b|\b(?:designate|appoint)\w*\s+the\s+secretar(?:y|iat)[- ]general\b|\bsecretariat[- ]general\b"
        r"|\bstanding (?:bodies|body|committee|commission|group)\b|\bits own statutes\b|\bsubmit\w*\s+(?:[\w' ]{0,60}?\s)?to the\s+(?:[\w]+\s+){0,2}?(?<!security )council\b|\bthe statutes shall\b|\bhead office\b"
        r"|\b(?:adopt|establish|draw up|determine)\w*\s+(?:its|their)\s+(?:own\s+)?rules of procedure\b"
        r"|\b(?:hold|convene)\w*\s+its\s+(?:first|inaugural|initial)\s+(?:meeting|session)\b"
        r"|\bmembers shall be (?:renewed|appointed|elected)\b|\bshall resume its work\b|\bpermanent secretariat\b"
        r"|\bsecretariat\s+(?:shall|will|would)\s+(?:assist|support|serve|service|prepare|be (?:located|headed|composed|responsible))\b",
    ),
    # monitoring
    _cue(
        "monitoring.monitoring",
        r"\bmonitor\w*|\bverif\w+|\b(?:under|subject to)\s+(?:[\w-]+\s+){0,2}?(?:supervision|oversight)\b|\bsurveillance of (?:the )?(?:ceasefire|cease-fire|truce|armistice|line|border|zone)\b|\bobservers?\b|\bobservation flights?\b|\binspect\w*|\bsafeguards\b|\binvestigat\w+\b[^.;]{0,40}?\bviolations?\b|\bascertain that\b",
        blocked_by=(r"\bwithout\b[^.;]{0,60}?\b(?:inspection|surveillance|verification)\b",),
    ),
    _cue("monitoring.mission_reports", r"\bmission\b[^.;]{0,30}?\breport\w*\b"),
    # dispute_settlement
    _cue(
        "dispute_settlement.third_party_forum",
        r"\b(?:submit\w*|refer\w*|laid before|brought before|entrust\w*|go to)\b[^.;]{0,60}?\b(?:court|tribunal|arbitra\w+|conciliation commission|mediator|umpire|arbiter)\b"
        r"|\b(?:determined|decided|settled) by (?:a|an|the) (?:[\w]+\s+)?(?:conciliation commission|umpire|arbiter|arbitral tribunal|court)\b"
        r"|\bjurisdiction of the\b[^.;]{0,60}?\b(?:court|tribunal)\b"
        r"|\bdisput\w+\b[^.;]{0,120}?\b(?:international court of justice|arbitra\w+|arbitral tribunal)\b"
        r"|\brule on disputes?\b|\bjudicial (?:authority|body|organ)\b[^.;]{0,30}?\b(?:composed|consisting)\b|\bjudgments?\s+shall\b",
    ),
    _cue(
        "dispute_settlement.binding_finding",
        r"\baccept\w*\s+(?:[\w]+\s+)?as (?:final|binding)\b|\bbinding (?:determination|decision|ruling|award|(?:international )?arbitration)\b"
        r"|\b(?:ruling|award|decision|finding|determination)s? shall (?:be (?:final|binding)|bind the parties)\b"
        r"|\b(?:ruling|award|decision|finding|judgment|determination)s?\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:tribunal|court|arbitrators?|commission|panel)\s+shall\s+(?:be\s+(?:final|binding)|bind)\b|\bfinal and binding\b",
    ),
    # ceasefire
    _cue(
        "ceasefire.ceasefire",
        r"(?<!once a )(?<!after a )(?<!once the )(?<!after the )(?<!when a )(?<!of the )(?<!previous )\bcease[- ]?fire\b(?! (?:be |is |was |has been )?(?:violated|collapsed|broke))(?! (?:line|commission|committee|mechanism|monitoring))"
        r"|\bcessation of (?:all )?(?:hostilities|military activit\w+|fire)\b|\bdisengag\w+\b|\barmistice\b|\btruce\b"
        r"|\bhostilities shall (?:cease|end|be suspended)\b|\b(?:cease|halt|stop|suspend)\w*\s+(?:all\s+)?(?:hostilities|attacks|fighting|offensive operations|military operations|hostile operations)\b"
        r"|\bhumanitarian corridors?\b|\bevacuation of civilians\b|\bdisarm\w*\b[^.;]{0,20}?\bdemobili[sz]\w*|\bfall silent\b"
        r"|\brefrain\w* from (?:all )?offensive operations\b",
    ),
    _cue(
        "ceasefire.withdraw_forces",
        r"\b(?:shall|will|would)\s+(?:begin\s+(?:the\s+)?|complete\s+(?:the\s+)?)?withdraw\w*\b[^.;]{0,40}?\b(?:forces|troops|personnel|artillery|weapons|units)\b"
        r"|\b(?:forces|troops)\b[^.;]{0,60}?\b(?:shall|will|would) withdraw\b|\bpull(?:-| )?back\b"
        r"|\b(?:forces|troops|weapons|artillery|units|formations|contingents?|tanks|mortars|guns|launchers|armou?r)\b[^.;]{0,40}?\b(?:shall|will|would|are to|is to) be withdrawn\b"
        r"|\bevacuation of (?:the |all )?(?:[\w]+\s+)?(?:forces|troops)\b|\bevacuate the occupied\b"
        r"|\b(?:foreign (?:fighters|forces|troops)|mercenaries)\b[^.;]{0,40}?\b(?:leave|withdraw|depart)\w*\b"
        r"|\b(?:forces|troops|units|contingents?|soldiers|formations)\s+(?:shall|will|would|are to|must)\s+(?:leave|vacate|depart from|evacuate|withdraw from)\b",
    ),
    _cue(
        "ceasefire.prisoners_and_detainees",
        r"\bprisoners of war\b|\bexchang\w+\b[^.;]{0,40}?\b(?:prisoners|detainees)\b|\b(?:detained|prisoners|detainees|hostages)\b[^.;]{0,80}?\breleased\b|\b(?:release|return) of (?:all )?(?:[\w'-]+\s+){0,2}?(?:prisoners|detainees|hostages)\b|\bprisoner (?:swap|exchange)s?\b"
        r"|\breturn\w*\b[^.;]{0,60}?\b(?:detained|prisoners|detainees|bodies of the fallen)\b"
        r"|\brelease\w*\s+(?:all\s+)?(?:[\w'-]+\s+){0,2}?(?:prisoners|detainees|hostages|captives)\b",
    ),
    _cue("ceasefire.demining_information", r"\blocation of minefields\b"),
    _cue(
        "ceasefire.disarmament_of_combatants",
        r"\bdisarmament, demobili[sz]ation\b|\blay down (?:their )?arms\b",
    ),
    # territorial_status
    _cue(
        "territorial_status.demilitarised_zone",
        r"\bdemilitari[sz]ed (?:[\w-]+\s+)?(?:zones?|areas?|status|strip|corridor)\b|\bbuffer zone\b"
        r"|\b(?:zone|area|strip|corridor|belt)\b[^.;]{0,160}?\b(?:shall|will|would|is to) be demilitari[sz]ed\b"
        r"|\b(?:establish|create|set up|draw)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:security|buffer|exclusion|separation|neutral|restricted) (?:zones?|areas?|strip|corridor)\b",
        negatable=False,
    ),
    _cue("territorial_status.delimitation", r"\bdelimitation\b|\bdemarcation\b"),
    _cue(
        "territorial_status.boundary_and_sovereignty",
        r"\b(?:boundary|border|frontier)\b[^.;]{0,60}?\bshall (?:follow|run)\b|\bced(?:e|es|ed|ing)\b|\bcession\b"
        r"|\brecogni[sz]\w*\b[^.;]{0,60}?\b(?:annexation|sovereignty over|de facto|de jure)\b"
        r"|\bplaced under (?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:protection|administration|authority|trusteeship|sovereignty)\b"
        r"|\b(?:enjoy|grant\w*|receive|have)\s+(?:an?\s+)?(?:broad\s+|wide\s+|full\s+|special\s+|extensive\s+)?(?:autonomy|self-government|autonomous status)\b|\badministered by\b|\breferendum on\b"
        r"|\b(?:final|future|political)\s+(?:[\w-]+\s+)?status of\b|\bstatus of the (?:occupied )?(?:regions?|territor\w+|areas?|provinces?)\b|\bfreeze the (?:front|contact) line\b",
    ),
    _cue(
        "territorial_status.status_of_territory",
        r"\b(?:settle|decide|determine|defer\w*)\s+(?:the\s+)?(?:future\s+)?status of\b|\bspecial status\b|\bstatus of (?:the )?(?:territory|territories)\b"
        r"|\b(?:future|fate) of (?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:region|territor\w+|provinces?|districts?|enclave|islands?|area|city|peninsula|oblast)\b[^.;]{0,40}?\b(?:shall|will|would|is to) be (?:determined|decided|settled|negotiated|resolved)\b"
        r"|\bstatus of\b[^.;]{0,80}?\b(?:shall|will|would|is to) be (?:determined|decided|settled|agreed|negotiated|resolved|deferred)\b"
        r"|\b(?:not|never)\s+(?:to\s+)?recogni[sz]\w*\b[^.;]{0,60}?\b(?:annexation|sovereignty over|incorporation|independence of)\b"
        r"|\b(?:shall|will) (?:form|become|remain|be) (?:an? )?(?:integral )?part of (?:the )?(?:territory of|kingdom|republic|empire|federation|state of|union|realm)\b"
        r"|\b(?:shall|will) (?:serve as|constitute|become|form) the (?:[\w-]+\s+){0,2}?(?:boundary|border|frontier|line of demarcation)\b"
        r"|\brecogni[sz]\w*\s+(?:[\w'-]+\s+){1,5}?as\s+(?:an?\s+)?(?:(?:integral\s+)?part of|belonging to|(?:the\s+)?(?:sovereign\s+)?territory of|an independent state|sovereign territory)\b",
    ),
    _cue(
        "territorial_status.borders_as_they_stand",
        r"\b(?:borders|frontiers|lines?)\b[^.;]{0,20}?\bas they stand\b|\bline of contact\b[^.;]{0,30}?\bborder\b",
    ),
    _cue(
        "territorial_status.neutral_waterway",
        r"\bregime of neutrality\b|\b(?:canal|waterway|strait|zone|territory|island)\b[^.;]{0,60}?\bpermanently neutral\b"
        r"|\bneutrality of (?:the )?(?:canal|waterway|strait|zone|territory|island)\b",
        negatable=False,
    ),
    # membership_path
    _cue(
        "membership_path.membership_of_alliance_or_union",
        r"\b(?:membership|accession)\s+(?:of [\w'-]+\s+)?(?:of|to|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:nato|north atlantic treaty organi[sz]ation|european union|eu|alliance)\b"
        r"|\beuro-atlantic integration\b|\baccession negotiations\b|\bbecome members? of the (?:alliance|european union|nato|union)\b"
        r"|\b(?:admission|criteria for admission) (?:of [\w'-]+ |of the [\w'-]+ )?to the (?:european union|eu|nato|alliance|north atlantic treaty organi[sz]ation)\b"
        r"|\boutside (?:all|any) (?:military )?(?:blocs?|alliances?)\b|\b(?:eligible for|support\w* for|path to|towards) (?:eu|nato) membership\b|\brenounce\w*\b[^.;]{0,30}?\bunion with\b|\bfuture (?:is|lies) in (?:the )?(?:nato|european union|eu|north atlantic alliance)\b",
        negatable=False,
    ),
    _cue(
        "membership_path.join_alliance",
        r"\b(?:bid to join|join|joining)\s+(?:the\s+|any\s+)?(?:military\s+)?(?:nato|european union|eu|alliance|north atlantic (?:treaty organi[sz]ation|alliance))\b"
        r"|\b(?:adher\w+\s+to|join\w*|enter\w*\s+into)\s+any\s+[^.;]{0,40}?\balliances?\b",
        negatable=False,
    ),
    # nuclear
    _cue(
        "nuclear.nuclear_weapons",
        r"\bnuclear(?:[- ]weapons?| warheads?| arms| deterren\w+| attacks?| use| threats?| rhetoric| operations| contingenc\w+| planning| posture| consultative| ballistic| strategic| explosi\w+| test\w*)\b"
        r"|\bnuclear-weapon\b(?! states? part)|\batomic (?:weapons?|arms|bombs?)\b|\b(?:nuclear|strategic|atomic) warheads?\b|\bnuclear umbrella\b"
        r"|\bnon-nuclear\b|\bdual-capable\b|\bfissile material\b|\bnuclear-armed\b|\bnon-?proliferation\b|\bdenuclear\w+|\bincluding nuclear\b|\bnuclear (?:and|or) strategic\b",
        negatable=False,
    ),
    # duration
    _cue(
        "duration.fixed_term",
        r"\b(?:concluded|remain in (?:force|effect)|continue in (?:force|effect))\s+for\s+(?:a period of|an? (?:initial |indefinite |unlimited |further )?period|\w+(?:-\w+)? years)\b"
        r"|\b(?:shall|will) (?:remain|continue to be) in (?:force|effect)\b|\bindefinite (?:period|duration)\b|\bunlimited duration\b"
        r"|\bnotwithstanding the termination of\b",
    ),
    _cue(
        "duration.term_of_validity",
        r"\b(?:shall|will|would)\s+(?:last|run|apply|remain valid|be valid|remain in force|continue in force)\b[^.;]{0,30}?\b(?:for|until)\b"
        r"|\b(?:alliance|treaty|agreement|pact|union) shall be perpetual\b|\bshall expire on\b|\bfor the term of\b|\bfurther periods\b",
    ),
    _cue(
        "duration.renewal",
        r"\b(?:extended|renewed) automatically\b|\bautomatically (?:extended|renewed)\b|\bextend this (?:agreement|treaty|arrangement|memorandum)\b|\bsuccessive periods\b",
    ),
    # withdrawal
    _cue(
        "withdrawal.may_leave",
        r"\bmay\s+(?:[\w]+\s+){0,2}?(?:withdraw|terminate|denounce|suspend)\b|\bcease to be a party\b"
        r"|\b(?:notice|notification) of (?:denunciation|withdrawal|termination)\b|\bdenunciation\b|\bintention (?:not to (?:extend|renew)|to (?:terminate|withdraw|denounce))\b"
        r"|\bright to withdraw from (?:the|this)\b|\b(?:may|could|can)\s+(?:\w+\s+){0,2}?(?:discontinue|leave|pull out|revoke|renounce|cease to apply)\b|\bmay be (?:revoked|terminated|denounced)\b|\b(?:released from|pull out of|leave)\b[^.;]{0,60}?\bnotice\b|\bterminate\w*\b[^.;]{0,60}?\bnotifies\b|\bceases? to apply this\b|\bright to (?:renounce|denounce|terminate)\b|\bbring (?:this|the) [\w]+ to an end\b|\b(?:termination|withdrawal|denunciation) shall take effect\b|\bmay not be denounced\b"
        r"|\buntil (?:it is )?(?:revoked|rescinded|superseded|terminated|denounced)\b|\bcease to be bound\b|\b(?:may|can|shall have the right to) (?:at any time )?(?:revoke|rescind|denounce)\b",
        blocked_by=(r"\bshall not release\b",),
        negatable=False,
    ),
    # entry_into_force (accession clauses too, rule R5)
    _cue(
        "entry_into_force.enters_into_force",
        r"\b(?:this|the present|the|an|any such|it)\s*(?:treaty|agreement|protocol|charter|convention|memorandum|framework|declaration|amendments?|compact|pact|arrangement|instrument)?\s*"
        r"(?:shall|will|to)?\s*(?:enters? into force|come(?:s)? into (?:force|effect)|takes? effect|becomes? applicable|be ratified|be subject to ratification)\b",
        blocked_by=(r"\bregist(?:er|ered|ration)\b",),
        negatable=False,
        veto_before=_TEMPORAL_BEFORE,
    ),
    _cue(
        "entry_into_force.ratification_instruments",
        r"\binstruments? of (?:ratification|accession|acceptance|approval)\b|\bdeposit of (?:the|its|their) ratifications?\b"
        r"|\bratifications shall be (?:deposited|exchanged)\b",
        negatable=False,
    ),
    _cue(
        "entry_into_force.ratification_and_approval",
        r"\bopen for signature\b|\b(?:this|the present|it)\s*(?:treaty|agreement|order|protocol|arrangement|convention|memorandum)?\s*(?:is|shall be|shall become|becomes?|will become)\s+(?:effective|operative)\b|\bbecome legally binding\b|\bprovisionally applied\b"
        r"|\bsubmitted to [\w ]{0,40}? for (?:approval|ratification)\b|\bapproved by [\w ]{0,40}?in accordance with (?:their|its) (?:internal|constitutional)\b"
        r"|\b(?:procedures|steps) (?:required|necessary) for its entry into force\b|\bbefore taking effect\b|\bneed to be ratified\b"
        r"|\b(?:is|are|shall be|will be|remains?) subject to (?:the )?ratification\b|\b(?:requires?|shall require) (?:the )?ratification\b|\b(?:it|this [\w]+) (?:will|shall) become binding\b|\bupon which it (?:will|shall) (?:become|be) binding\b",
        negatable=False,
    ),
    _cue(
        "entry_into_force.accession",
        r"\b(?:may|shall be able to|can)\s+(?:[\w]+\s+){0,3}?(?:accede|adhere|join)\s+(?:to\s+)?(?:this|the present)\s+(?:treaty|agreement|charter|compact|convention|pact|protocol|arrangement)\b"
        r"|\bto accede to (?:this|the present)\b",
        negatable=False,
    ),
    # force_limits
    _cue(
        "force_limits.ceiling",
        r"\b(?:size|strength|numbers?|level|ceiling)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:army|armed forces|forces|troops|military|navy|air force)\b[^.;]{0,40}?\b(?:fixed|set|limited|capped|reduced|kept)\s+(?:at|to|below)\b"
        r"|\bcap\w*\s+[\w'-]+'s\s+(?:army|armed forces|forces|troops|military)\b|\breduc\w*\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:forces|troops|contingents?|armed forces|army|garrisons?|personnel|arsenals?)\b[^.;]{0,40}?\bto\s+(?:[\d,]+|a (?:total|level|maximum) of)|\b(?:troops|forces|personnel|weapons|tanks|aircraft|missiles|warheads|army|soldiers|strength of the armed forces)\b[^.;]{0,40}?\bshall not exceed\b|\b(?:armed forces|army|troops|forces|personnel)\b[^.;]{0,40}?\b(?:capped|limited|reduced)\s+(?:at|to)\b|\blimit\w*\s+(?:its|their)\s+(?:holdings|forces|armed forces|arsenals?|stocks?)\b|\bcap\w*\s+(?:its|their|the)\s+(?:army|armed forces|forces|troops)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.weapons_ban",
        r"\bnot\s+(?:to\s+)?(?:possess|acquire|produce|manufacture|receive|develop|test|station|deploy)\b[^.;]{0,60}?\b(?:weapons|missiles|warheads|explosive devices|bombers|aircraft carriers|submarines|ballistic|warships|combat aircraft)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.no_foreign_forces",
        r"\b(?:not|(?:refrain|abstain)\w* from)\s+(?:permit\w*\s+|allow\w*\s+)?(?:the\s+)?(?:\w+\s+or\s+)?(?:introduction|stationing|deployment|presence|establishment)\b[^.;]{0,60}?\b(?:foreign|forces|bases|troops)\b"
        r"|\bno (?:foreign )?(?:military personnel|military forces|armed forces|troops|weapons|military bases)\b[^.;]{0,60}?\b(?:shall|will|may) be (?:present|stationed|deployed|based)\b"
        r"|\bonly\b[^.;]{0,60}?\bshall\b[^.;]{0,60}?\bmaintain military forces\b"
        r"|\bno (?:[\w-]+\s+){0,2}?(?:weapons|forces|troops|military units|units|armed formations|formations)\b[^.;]{0,60}?\b(?:shall|will|may) be (?:present|stationed|deployed|based|maintained)\b"
        r"|\bnot\s+(?:to\s+)?(?:host|accept|maintain|keep)\s+(?:any\s+)?(?:foreign\s+)?(?:[\w]+\s+)?(?:bases|troops|forces?|fleet|warships|vessels|contingents?|military personnel|military presence|military installations)\b"
        r"|\bbarred from (?:hosting|deploying|stationing|acquiring)\b"
        r"|\b(?:refrain\w* from|not)\s+(?:deploying|deploy|stationing|station|introducing)\s+(?:any\s+)?(?:additional\s+)?(?:[\w-]+\s+)?(?:forces|troops|weapons)\b"
        r"|\b(?:military aircraft|warships|troops|forces)\b[^.;]{0,30}?\bshall not (?:fly|enter|approach|operate)\s+within\b",
        negatable=False,
    ),
    _cue("force_limits.demilitarised", r"\bdemilitari[sz]\w+", negatable=False),
    _cue(
        "force_limits.numeric_cap",
        r"\b(?:no more than|not more than|not to exceed|a maximum of|at most|(?:shall|will|would|may) not exceed|capped at|limited to|ceilings? (?:of|on|for))\s+(?:[\w,-]+\s+){0,4}?"
        r"(?:troops|soldiers|servicemen|personnel|tanks|aircraft|warships|missiles|launchers|warheads|artillery|battalions?|brigades?|military (?:personnel|forces)|armed forces|forces)\b"
        r"|\b(?:troops|soldiers|servicemen|personnel|tanks|aircraft|warships|missiles|launchers|warheads|armed forces|forces)\b[^.;]{0,60}?\b(?:ceiling|upper limit|cap)\b"
        r"|\b(?:troops|soldiers|servicemen|personnel|tanks|aircraft|warships|missiles|launchers|warheads|armed forces|forces|army)\b[^.;]{0,60}?\b(?:no more than|not more than|not exceed\w*|a maximum of)\s+[\d,]+"
        r"|\b(?:not|neither|no)\b[^.;]{0,40}?\bmore than\s+(?:[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred|\w+ (?:hundred|thousand))\s+(?:[\w-]+\s+){0,2}?"
        r"(?:troops|soldiers|servicemen|personnel|tanks|aircraft|warships|missiles|launchers|warheads|battalions|brigades|companies|divisions|regiments|squadrons|units)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.remove_garrisons_and_works",
        r"\b(?:withdraw|remove|evacuate)\w*\s+(?:[\w'-]+\s+){0,3}?(?:garrisons?|military bases|bases)\b"
        r"|\b(?:dismantl|raz|demolish|destroy|liquidat|clos)\w*\s+(?:[\w'-]+\s+){0,3}?(?:fortifications|fortresses|military bases|bases|garrisons?|military installations)\b"
        r"|\b(?:fortifications|fortresses|military installations|military bases)\b[^.;]{0,40}?\b(?:razed|dismantled|demolished|closed|not be (?:re)?built|not be rebuilt)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.foreign_forces_not_deployed",
        r"\b(?:foreign|western|third[- ](?:country|state|party)|nato|outside|non-regional|allied)\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|military personnel|contingents|bases)\s+(?:shall|will|may|would|are to)\s+not\s+be\s+(?:deployed|stationed|based|present|introduced|permitted|allowed|established|located|hosted)\b"
        r"|\b(?:weapons|missiles|forces|troops|artillery|military activit\w+|heavy equipment)\b[^.;]{0,30}?\b(?:shall|will|are|is) (?:be )?(?:prohibited|banned|forbidden|not permitted)\b"
        r"|\b(?:dismantl|destroy|eliminat|scrap)\w*\s+(?:all\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:missiles|warheads|launchers|weapons|tanks|artillery|stockpiles?)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.free_of_military",
        r"\b(?:remain|be|kept|keep\s+[\w'-]+)\s+free (?:of|from)\s+(?:all\s+|any\s+)?(?:military|foreign|armed|heavy)\s+(?:installations|bases|forces|troops|presence|weapons|equipment|fortifications)\b",
        negatable=False,
    ),
    _cue(
        "force_limits.no_military_works",
        r"\b(?:not|never)\s+(?:to\s+)?(?:build|construct|erect|establish|restore|rebuild)\s+(?:any\s+)?(?:new\s+)?(?:fortifications|military installations|military bases|naval bases|air bases|military works|bases)\b"
        r"|\b(?:not|never)\s+be\s+used\s+as\s+(?:an?\s+)?(?:naval|military|air|missile)\s+base\b",
        negatable=False,
    ),
    _cue(
        "force_limits.no_foreign_presence",
        r"\b(?:not|never|nor|(?:neither|no)\s+(?:[\w-]+\s+){1,3}?(?:shall|will|may))\s+(?:to\s+)?(?:permit|allow|accept|agree to|consent to|tolerate)\w*\s+(?:the\s+)?(?:any\s+)?(?:presence of\s+)?(?:foreign|third[- ](?:country|state|party)|other states'?|outside)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:bases|troops|forces|military presence|military installations|military facilities|contingents)\b"
        r"|\bno (?:foreign |third[- ]country )?(?:[\w-]+\s+){0,2}?(?:bases|troops|forces|military installations)\b[^.;]{0,60}?\b(?:shall|will|may|are to) be (?:established|maintained|allowed|permitted|hosted|located)\b"
        r"|\b(?:no|not|never)\b[^.;]{0,40}?\b(?:heavy weapons|heavy equipment|armou?r|artillery|military equipment)\b[^.;]{0,60}?\bwithin\b"
        r"|\b(?:no|not|never)\b[^.;]{0,60}?\bat the disposal of (?:any\s+)?(?:foreign|third[- ]country|outside)\b"
        r"|\b(?:not|never|(?:neither|no)\s+(?:[\w-]+\s+){1,2}?(?:shall|will|may))\s+(?:deploy|station|place|keep|position|maintain|move)\w*\s+(?:any\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:tanks|artillery|heavy weapons|forces|troops|units|missiles|aircraft|weapons)\b[^.;]{0,40}?\bwithin\b",
        negatable=False,
    ),
)

# --- limitation --------------------------------------------------------------------------------

LIMITATION_CUES: Final[tuple[LimitationCue, ...]] = (
    LimitationCue(
        "limitation.nothing_construed_as_obligation",
        _re(
            r"\bnothing in (?:this|the present)\s+[\w ]{0,30}?\s*shall be (?:construed|interpreted|deemed|understood)\s+as\s+"
            r"(?:an? |any )?(?:legal )?(?:obligation|obliging|commitment|committing|requiring|binding|guarantee|assurance|promise|undertaking)\b"
            r"|\b(?:nothing\s+(?:contained\s+)?in|no provision of|none of the provisions of)\s+(?:this|the present|these)\s+[\w ]{0,30}?\s*(?:commits|obliges|requires|binds|authori[sz]es|entitles|shall (?:commit|oblige|require|bind|authori[sz]e))\b"
            r"|\b(?:nothing\s+(?:contained\s+)?(?:herein|hereunder|in\s+(?:this|the present|these)\b)|no provision of\s+(?:this|the present|these)\b|none of the provisions of\s+(?:this|the present|these)\b)"
            r"[^.;]{0,160}?\b(?:shall|should|may|is to|can) be (?:construed|interpreted|deemed|understood|read)\s+(?:as|to)\s+(?:an? |any )?(?:legal )?"
            r"(?:obligation|obliging|commitment|committing|requiring|binding|authori[sz]\w+|require|oblige|commit|bind|guarantee|assurance|promise|undertaking)\b"
            r"|\bnone of the provisions of\b[^.;]{0,60}?\b(?:interpreted|construed)\s+as\s+(?:requiring|obliging|committing)\b"
        ),
    ),
    LimitationCue(
        "limitation.no_commitment_to",
        _re(
            r"\b(?:entails?|creates?|contains?|implies?|imposes?|involves?)\s+no\s+(?:legal\s+)?(?:commitment|obligation)\s+to\b"
            r"|\b(?:shall|does|do|will)\s+not\s+(?:thereby\s+)?(?:entail|involve|imply|create|include|assume|accept|undertake|incur)\s+(?:any\s+)?(?:legal\s+)?(?:commitment|obligation)s?\s+(?:to|of|for|on the part of)\b"
            r"|\b(?:does|do|shall|will)\s+not\s+(?:constitute|represent|amount to)\s+(?:an?\s+|any\s+)?(?:legally\s+binding\s+|binding\s+|legal\s+)?(?:commitment|obligation|guarantee)\s+to\b"
            r"|\b(?:does|do|shall|will)\s+not\s+(?:undertake|commit (?:itself|themselves)|promise|pledge)\s+to\b"
            r"|\bno\s+[\w-]+\s+(?:will|shall)\s+be\s+(?:required|obliged|obligated|bound)\s+to\b|\b(?:is|are|will|shall) not (?:be )?(?:required|obliged|bound) to\b"
        ),
    ),
    LimitationCue(
        "limitation.shall_not_require",
        _re(r"\b(?:shall|does|will) not (?:require|oblige|commit)\s+(?:any|a|either|the)\b"),
        needs_target=True,
        whole_clause=True,
    ),
    LimitationCue(
        "limitation.shall_not_apply",
        _re(
            r"\b(?:shall|does|will) not (?:apply|extend) to\b|\b(?:shall|does|will) not be applicable to\b|\b(?:shall )?appl(?:y|ies) only to\b"
            r"|\b(?:shall|do|does|will) not include\b|\b(?:shall be|is|are|will be) (?:limited|confined|restricted) to\b"
        ),
        needs_target=True,
        whole_clause=True,
    ),
    LimitationCue(
        "limitation.response_left_to_each_party",
        _re(
            r"\bright\b[^.;]{0,30}?\bto decide\b[^.;]{0,40}?\b(?:nature|form|scale|extent) of (?:its|their) (?:response|assistance|action)\b"
        ),
        default_limits=("defence",),
    ),
    LimitationCue(
        "limitation.will_not_be_deployed",
        _re(
            r"\b(?:the|this|that|our|its|their|such|any such)\s+(?:[\w-]+\s+){0,2}?(?:force|forces|mission|troops|contingents?|units?|personnel)\s+[\"']?(?:will|shall|would) not be (?:deployed|stationed|sent|based|used in combat)\s+"
            r"(?:to|in|on|at|beyond|outside|near|along|within|inside|across|closer|east|west|north|south)\b"
        ),
        default_limits=("forces_presence",),
        whole_clause=True,
    ),
    LimitationCue(
        "limitation.not_a_guarantee",
        _re(
            r"\b(?:is|are|does|do|shall|will)\s+not\s+(?:constitute\s+|amount to\s+|represent\s+)?(?:an?\s+)?(?:security guarantee|guarantee of (?:security|defen[cs]e)|defen[cs]e commitment|mutual defen[cs]e (?:commitment|obligation|treaty)|collective defen[cs]e (?:commitment|obligation))\b"
        ),
        default_limits=("defence",),
    ),
    LimitationCue(
        "limitation.reserves_right_to_decide",
        _re(
            r"\breserves? (?:the|its|their) (?:sovereign )?right to (?:decide|determine|choose|refuse|decline)\b[^.;]{0,60}?\b(?:whether|how|what|nature|form|scale|extent)\b"
        ),
        default_limits=("defence",),
    ),
    LimitationCue(
        "limitation.non_military_means_only",
        _re(
            r"\bby non-military means only\b|\bonly by non-military means\b|\bexclusively by non-military means\b"
        ),
        default_limits=("defence",),
    ),
    LimitationCue(
        "limitation.will_not_engage",
        _re(
            r"\b(?:will|shall|would) not engage\s+(?:[\w'-]+\s+){0,2}?(?:forces|troops|units|in (?:combat|hostilities))\b"
            r"|\b(?:will|shall|would) not (?:take part|participate) in (?:combat|hostilities|fighting|combat operations)\b"
        ),
        default_limits=("forces_presence",),
    ),
)

#: Words inside a carve-out naming the duty it takes away (R2 in the dev-set notes).
LIMIT_TARGETS: Final[tuple[LimitTarget, ...]] = (
    LimitTarget(
        "limits.deploy_forces",
        _re(
            r"\b(?:deploy|station|send|dispatch)\w*\s+(?:of\s+)?(?:[\w'-]+\s+){0,2}?(?:armed forces|forces|troops|soldiers)\b"
        ),
        ("forces_presence",),
    ),
    LimitTarget(
        "limits.hostilities_or_armed_force",
        _re(
            r"\btake part in hostilities\b|\b(?:into|in) hostilities\b|\bdefend\b|\bcome to the (?:aid|assistance|defen[cs]e) of\b|\bparty to any armed conflict\b|\bgo to war\b|\bcombat\b|\battacks?\b|\b(?:armed )?conflicts?\b|\balliance engagement\b|\brender assistance\b|\b(?:use of )?armed force\b|\bguarantees?\b|\barmed attack\b|\bmilitary action\b|\bcollective defen[cs]e\b"
        ),
        ("defence",),
    ),
    LimitTarget(
        "limits.military_assistance",
        _re(r"\b(?:military|lethal|non-lethal|defen[cs]e) (?:assistance|aid|support)\b"),
        ("defence", "military_aid"),
    ),
    LimitTarget("limits.consultation", _re(r"\bconsult\w*\b"), ("consultation",)),
    # a duty named by reference ("the obligations under Article 5"): a limitation whose
    # narrowed duty the clause itself does not name
    LimitTarget(
        "limits.referenced_duty",
        _re(
            r"\b(?:obligations?|commitments?|guarantees?|undertakings?|assistance)\s+(?:under|in|of|referred to in|set out in|provided for in)\s+(?:this\s+)?(?:article|section|paragraph|point)\b"
        ),
        (),
    ),
)

# --- operative override (declarations, news) ------------------------------------------------

#: Sentence-opening verbs of narration, praise, thanks, welcome, commendation or condemnation:
#: with no label and no commitment verb, such a sentence in a declaration is not operative.
NON_OPERATIVE_OPENERS: Final[re.Pattern[str]] = _re(
    r"^[^.;]{0,120}?\b(?:thank|thanks|welcome[sd]?|commend(?:s|ed)?|condemn(?:s|ed)?|congratulate[sd]?|praise[sd]?|applaud(?:s|ed)?"
    r"|express(?:es|ed)? (?:their |its |our |his |her )?(?:deep |sincere |profound )?(?:appreciation|gratitude|condolences|concern|sympathy)"
    r"|appreciates?|note[sd]?|underscore[sd]?|deplore[sd]?|regrets?|celebrate[sd]?|pays? tribute|(?:is|are) proud|recognize[sd]?|recognise[sd]?)\b"
)
#: An opening of thanks, appreciation, welcome, commendation or note: in a declaration such a
#: sentence is not operative even when it mentions aid or forces, unless a commitment word
#: follows ("welcomes these developments and is committed to ...").
THANKS_OPENERS: Final[re.Pattern[str]] = _re(
    r"^[^.;]{0,80}?\b(?:thank|thanks|welcome[sd]?|commend(?:s|ed)?|congratulate[sd]?|praise[sd]?|applaud(?:s|ed)?|appreciates?|note[sd]?"
    r"|express(?:es|ed)? (?:their |its |our |his |her )?(?:deep |sincere |profound )?(?:appreciation|gratitude))\b"
)
#: Any of these words keeps the sentence operative: it states a commitment (a reaffirmation
#: "that X is Y" states a view and does not count; dev-real G4).
COMMITMENT_WORDS: Final[re.Pattern[str]] = _re(
    r"\b(?:will|shall|commit(?:s|ted)?\s+(?:to|ourselves|themselves|itself)|(?:are|is|remain|remains) committed|pledge[sd]?|undertake[sd]?|intend[sd]?"
    r"|resolve[sd]?\s+(?:to|that)|agree[sd]?|decide[sd]?|determined to|determination to|plans? to|seeks? to|(?:are|is) working to|stand ready|stands ready|ready to|continue to|announc\w+|instruct\w+"
    r"|(?:recogni[sz]\w*|confirm\w*|affirm\w*|emphasi[sz]\w*|underscor\w*|stress\w*) the (?:[\w-]+ )?importance"
    r"|(?:reaffirm|reiterate|reassert)\w*(?!\s+that\b)|(?:our|their|its|his|her) (?:[\w-]+ )?commitment to"
    r"|not legally binding|does not create|not intended to (?:give rise to|create)|does not (?:supersede|affect|replace)"
    r"|hereby|(?:this|the present) (?:commitment|declaration|statement|arrangement|agreement|memorandum|framework|order)\b"
    r"|retains? the (?:right|freedom))\b"
)
#: News-report reaction: someone other than the text itself said, called or declined.
NEWS_REACTION: Final[re.Pattern[str]] = _re(
    r"^(?P<subject>[^.;,]{0,60}?|[^.;]{0,90}?, [^.;,]{0,40}?, )\b(?:has |have )?(?:repeatedly |also )?(?:said|says|told|(?<!so-)called|warned|declined|added|argued|insisted|expect(?:s|ed)?|criticised|criticized|welcomed|condemned|rejected|dismissed|ruled out|denied|opposed|vowed)\b"
)
NEWS_TEXT_SUBJECT: Final[re.Pattern[str]] = _re(
    r"\b(?:plan|text|document|draft|framework|agreement|deal|proposal|memorandum|accord|communiqu[eé]|statement|declaration"
    r"|treaty|pact|charter|order|resolution|arrangement|roadmap|blueprint)\b"
)
#: News report of the terms themselves ("the plan would", "under the deal, ...", "the force
#: would"): such a sentence reports a term even when no cue names its provision type, so it is
#: not background (it falls back to ``other``).
NEWS_TERM_FRAME: Final[re.Pattern[str]] = _re(
    r"\b(?:under|according to) the (?:plan|text|deal|agreement|proposal|draft|framework|arrangement|accord|communiqu[eé]|declaration|treaty|pact)\b"
    r"|\bthe (?:plan|text|deal|agreement|proposal|draft|framework|arrangement|accord|communiqu[eé]|declaration|treaty|pact|force|mission|coalition)"
    r"(?:,\s[^,.;]{1,40},)?\s+(?:would|will|shall|is to|are to|provides|stipulates|envisages|foresees|calls for|commits|requires|says|states)\b"
)

# --- clause shapes ------------------------------------------------------------------------------

#: A definition ("'X' means ...") creates no duty; only a territory it fixes is labelled.
DEFINITION: Final[re.Pattern[str]] = _re(
    r"^[\W\d]{0,6}(?:the (?:terms?|expressions?)\s+)?[\"'][^\"']{1,80}[\"']\s*,?\s*(?:means|includes|shall mean|refers to|shall include|does not include|shall not include)\b"
    r"|\bshall have the meanings? (?:assigned|given|set out)\b"
)
DEFINITION_KEEPS: Final[frozenset[ProvisionType]] = frozenset({"territorial_status"})

#: Labels a list item takes from its chapeau ("Each Party shall, as soon as an armed attack has
#: occurred, take the following measures:" -> every item is a measure of defence).
CHAPEAU_INHERITED: Final[tuple[ProvisionType, ...]] = ("defence", "offence")

#: The options a defence measure "may include" (arms, economic support) are a permission, not a
#: separate supply commitment: after a defence cue, aid cues past this phrase are dropped.
MEANS_OPTIONS: Final[re.Pattern[str]] = _re(r"\bmay (?:also )?include\b|\bmay take the form of\b")
MEANS_OPTION_LABELS: Final[frozenset[ProvisionType]] = frozenset({"military_aid", "economic_aid"})

#: A chapeau that lists what a host provides to visiting forces ("Estonia shall provide the
#: following to Sending State forces:"): each item is host-nation support (``forces_presence``).
HOST_SUPPORT_CHAPEAU: Final[re.Pattern[str]] = _re(
    r"\b(?:provide|make available|grant|afford|furnish|ensure)\w*\s+(?:[\w'-]+\s+){0,3}?(?:the following|as follows)\b[^.;]{0,40}?"
    r"\b(?:to|for)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:forces|troops|personnel|contingents?|units|visiting forces)\b[^.;]{0,40}?:$"
)
HOST_SUPPORT_RULE: Final[str] = "forces_presence.host_support_list"

#: A list chapeau is its own clause only with its own subject and finite modal verb (dev S6:
#: "Each Party shall ... take the following measures:"); a bare stem ("an armed attack is
#: deemed to include an armed attack:") only passes its content to the items.
CHAPEAU_OWN_COMMITMENT: Final[re.Pattern[str]] = _re(
    r"\b(?:shall|will|must|undertakes?|agrees?|commits?|pledges?)\b"
)

#: A negation within three words before a negatable cue vetoes it.
NEGATION_BEFORE: Final[re.Pattern[str]] = _re(
    r"\b(?:not|no|never|nor|neither|without|(?:refrain|abstain)(?:s|ed|ing)? from)\b(?:\s+(?!and\b|but\b)[\w'-]+){0,4}\s*$"
    # a negated hand-over governs its whole object: "shall not provide that State with any
    # military or economic assistance"
    r"|\b(?:not|never|nor)\s+(?:to\s+)?(?:provide|render|give|lend|supply|extend|afford|furnish|sell|transfer)\b[^.;]{0,50}$"
)


def _check_rule_ids() -> None:
    """Rule ids are the contract with the output: they must be unique."""
    ids = (
        [c.rule for c in LABEL_CUES]
        + [c.rule for c in LIMITATION_CUES]
        + [t.rule for t in LIMIT_TARGETS]
    )
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate lexicon rule ids: {duplicates}")


_check_rule_ids()
