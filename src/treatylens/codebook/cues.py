"""Cue lexicons for the attributes of a commitment clause (codebook sections 3 and 6).

Every cue is data: a rule id, the value it votes for and a regular expression. The rule id is
what ``Reason.rule`` carries, so a wrong attribute can be traced to the cue that produced it.
The coder in ``treatylens.extract.attributes`` decides how votes combine (weakest modality,
weakest automaticity, broadest trigger); this module only says which words mean what.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Generic, TypeVar

from treatylens.codebook.labels import Automaticity, Condition, LegalForm, Means, Modality, Trigger

V = TypeVar("V", bound=str)


@dataclass(frozen=True)
class Cue(Generic[V]):
    rule: str
    value: V
    pattern: re.Pattern[str]


def _cue(rule: str, value: V, pattern: str) -> Cue[V]:
    return Cue(rule, value, re.compile(pattern, re.IGNORECASE))


# --------------------------------------------------------------------------- modality

#: Binding verbs: binding in every form (dev A6).
BINDING_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.shall", "binding", r"\bshall\b"),
    _cue("modality.must", "binding", r"\bmust\b"),
    _cue("modality.undertake", "binding", r"\bundertak(?:e|es|ing)\b|\bundertook\b"),
    _cue("modality.agree", "binding", r"\bagrees?\s+(?:to|that)\b|\bagree\b(?=[^.]{0,40}\bto\s+\w)"),
    _cue("modality.obliged", "binding", r"\b(?:are|is)\s+(?:obliged|obligated|bound)\b"),
    _cue("modality.commit", "binding", r"\bcommits?\s+(?:to|our|their|its|themselves|itself)\b|\bare\s+committed\s+to\b|\bis\s+committed\s+to\b"),
    _cue("modality.pledge", "binding", r"\bpledg(?:e|es|ing)\b"),
    _cue("modality.engage", "binding", r"\bengag(?:e|es)\s+(?:themselves\s+|itself\s+)?to\s+(?!the\b|a\b|an\b)\w"),
    _cue("modality.commit_amount", "binding", r"\bcommits?\s+(?:a\s+(?:further|total\s+of)\s+|up\s+to\s+|at\s+least\s+|more\s+than\s+)?(?:[A-Z]{3}|US\$|\$|€|£)\s?\d"),
)

#: "will" + action: binding in treaties, executive agreements and drafts, hortatory elsewhere.
WILL_CUE: Final[Cue[Modality]] = _cue("modality.will", "binding", r"\bwill\b(?!\s+(?:endeavou?r|seek|strive|aim|try)\b)")
#: "would" outside a news report: a conditional or aspirational statement.
WOULD_CUE: Final[Cue[Modality]] = _cue("modality.would", "hortatory", r"\bwould\b")
#: "declares that it would act": the treaty's own commitment in indirect speech, read as "will".
DECLARED_WOULD_RE: Final = re.compile(r"\bdeclares?\s+that\s+(?:it|they|each|the\s+\w+)\s+would\b", re.IGNORECASE)
#: Forms in which "will" is a binding verb (codebook section 3).
WILL_BINDING_FORMS: Final[frozenset[LegalForm]] = frozenset({"treaty", "executive_agreement", "draft"})

#: Binding verbs whose content is left to the obligor.
QUALIFIED_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.deems_necessary", "qualified", r"\b(?:deems?|considers?|judges?)\s+(?:it\s+)?(?:necessary|appropriate|fit|fitting|useful|proper)\b|\bmay\s+deem\b"),
    _cue("modality.as_appropriate", "qualified", r"\bas\s+appropriate\b|\bappropriate\s+next\s+steps\b"),
    _cue("modality.extent_possible", "qualified", r"\bto\s+the\s+(?:extent|degree)\s+(?:possible|practicable|feasible|that)\b|\bas\s+far\s+as\s+possible\b"),
    _cue("modality.every_effort", "qualified", r"\b(?:make|makes|use|uses)\s+(?:every|all\s+reasonable|best)\s+efforts?\b|\bbest\s+endeavou?rs\b"),
    _cue("modality.capabilities", "qualified", r"\bwithin\s+(?:the\s+limits\s+of\s+)?(?:its|their)\s+(?:(?:available|own)\s+)?(?:capabilities|means|capacity|resources)\b|\bsubject\s+to\s+the\s+availability\b|\bwithin\s+available\s+(?:resources|means|funds)\b"),
    _cue("modality.able", "qualified", r"\bas\s+(?:far\s+as\s+)?(?:it|they|each)\s+(?:is|are)\s+able\b"),
    _cue("modality.determines", "qualified", r"\bas\s+(?:the\s+)?(?:President|Minister|Secretary|Government|it|they|each\s+\w+)\s+(?:may\s+)?(?:determines?|decides?|considers?)\b"),
    _cue("modality.jointly_determine", "qualified", r"\bsuch\s+means\s+as\s+they\s+(?:shall|may)\s+(?:jointly\s+)?(?:determine|decide|agree)\b"),
    _cue("modality.if_any", "qualified", r"\bsuch\s+measures,?\s+if\s+any\b"),
)

#: Words of aspiration, readiness or restatement (codebook section 3; dev A7).
HORTATORY_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.should", "hortatory", r"\bshould\b(?!\s+(?:either|any|a|an|the|one|such|it|they|there)\b|\s+(?-i:[A-Z]))"),
    _cue("modality.endeavour", "hortatory", r"\bendeavou?r\b|\bstrive\b"),
    _cue("modality.seek", "hortatory", r"\bseek(?:s|ing)?\b"),
    _cue("modality.work_towards", "hortatory", r"\bwork\s+towards?\b|\b(?:shall|will)\s+consider\s+(?:\w+ing|whether|the\s+possibility)\b"),
    _cue("modality.favourable_consideration", "hortatory", r"\b(?:give|gives|giving)\s+(?:favou?rable|sympathetic|positive|due)\s+consideration\b"),
    _cue("modality.intend", "hortatory", r"\bintends?\b|\bintent(?:ion)?\b"),
    _cue("modality.ready", "hortatory", r"\b(?:are|is|stand|stands|remain|remains)\s+(?:ready|prepared|willing)\b"),
    _cue("modality.aim", "hortatory", r"\baims?\s+to\b|\bambition\b|\baspir(?:e|ation)\b"),
    _cue("modality.plan", "hortatory", r"\bplans?\s+to\b"),
    _cue("modality.importance", "hortatory", r"\brecogni[sz]es?\s+the\s+importance\b"),
    _cue("modality.reaffirm", "hortatory", r"\b(?:re)?affirm(?:s|ed)?\b|\breiterat(?:e|es|ed)\b|\brestat(?:e|es|ed)\b|\bconfirms?\b|\brecall\s+that\b"),
    _cue("modality.regard_bound", "hortatory", r"\bregard\s+themselves\s+as\s+bound\b"),
    _cue("modality.support", "hortatory", r"\b(?:strongly\s+)?supports\b|\bhighlight(?:s|ed)\b|\bstress(?:es|ed)\b|\bembark\b"),
)

#: Descriptions of fact: what has been done, not what will be (codebook "statement of fact").
FACT_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.fact_perfect", "none", r"\b(?:have|has)\s+(?:\w+\s+)?(?:committed|provided|delivered|allocated|disbursed|given)\s+(?:more\s+than|over|some|a\s+total|nearly|almost|EUR|USD|US\$|\$|€|£|\d)"),
)

#: "may" grants a permission and binds nobody.
MAY_CUE: Final[Cue[Modality]] = _cue("modality.may", "none", r"\bmay\b")

#: Words that report a text in a news story (dev A8): the report's own verbs bind nobody.
REPORT_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.report", "none", r"\bwould\b|\bprovides?\s+for\b|\benvisag(?:e|es|ed)\b|\baccording\s+to\b|\bcalls?\s+for\b"),
)

#: A state's own body after its adjective ("the Philippine Coast Guard"): the state, not another name.
STATE_BODY_RE: Final = re.compile(
    r"\s+(?:Coast\s+Guard|Armed\s+Forces|Defen[cs]e\s+Forces|Navy|Army|Air\s+Force|Border\s+(?:Guard|Police)|National\s+Guard|Government|Ministry|Marines?|Police)\b"
)
#: A named place that confines a duty ("in Abkhazia and the Tskhinvali region"); checked against the
#: party table so that states are not places here.
PLACE_NAME_RE: Final = re.compile(
    r"\b(?:in|within|inside)\s+(?P<place>(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s+(?:region|province|oblast|district|area))?"
    r"(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?(?:\s+(?:region|province|oblast|district|area))?)?)",
    re.IGNORECASE,
)
#: Capitalised words after "in" that are not places (parts of the text, months, formulas).
NOT_PLACE_WORDS: Final = frozenset(
    {
        "article", "articles", "annex", "annexes", "section", "paragraph", "point", "part", "chapter",
        "accordance", "addition", "order", "particular", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "this", "that", "these",
        "its", "their", "the", "case", "good", "view", "light", "respect", "such", "any", "each", "all",
        "world",
    }
)
#: Names of bodies and texts, not places ("within the Defence Council", "in the Charter").
NOT_PLACE_HEADS: Final = frozenset(
    {
        "charter", "council", "mechanism", "commission", "committee", "treaty", "agreement", "memorandum",
        "framework", "declaration", "protocol", "conference", "group", "organization", "organisation",
        "union", "alliance", "assembly", "court", "tribunal", "convention", "statute", "constitution",
        "secretariat", "board", "mission", "office", "ministry", "forum", "format", "dialogue", "parliament",
        "congress",
    }
)
#: A capitalised word just before "in" (not a party word): the place is part of a longer name.
NAME_BEFORE_RE: Final = re.compile(r"(?<![.:;]\s)\b(?!(?:Part(?:y|ies)|All(?:y|ies)|States?|Participants?|Sides?|Signatories)\b)(?-i:[A-Z])[\w-]*[a-z][\w-]*\s+$")
#: A place given as an example, not a limit ("in particular in the Liptako-Gourma area").
EXAMPLE_BEFORE_RE: Final = re.compile(r"\b(?:in\s+particular|including|notably|especially|such\s+as)[\s,]*$", re.IGNORECASE)

#: A passive main verb with its agent: "shall be denied all assistance by the Parties".
PASSIVE_AGENT_RE: Final = re.compile(
    r"\b(?:shall|will|would|must)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|met|given|sent|paid|held|made|kept|borne|done|taken|sought|lent)\b[^.;]{0,80}?\bby\s+(?P<agent>[^,.;]{2,60})",
    re.IGNORECASE,
)

#: Verbs that end the subject when no modal word comes first ("X and Y guarantee the security of Z").
MAIN_VERB_RE: Final = re.compile(r"\b(?:declares?|are|is|have|has|guarantee|guarantees|assure|assures)\b")

#: A neutral regime of a place (canal, strait, zone) is owed to every state (ANY_STATE).
NEUTRAL_REGIME_RE: Final = re.compile(
    r"\bregime\s+of\s+neutrality\b|\bneutrality\s+of\s+the\s+(?:canal|waterway|strait|zone|territory)\b|\b(?:canal|waterway|strait|zone)\b[^.;]{0,60}\b(?:permanently\s+)?neutral\b",
    re.IGNORECASE,
)

#: A report quoting a political text: its quoted "will" is hortatory (codebook s3).
POLITICAL_SOURCE_RE: Final = re.compile(
    r"\b(?:communiqu[eé]|joint\s+statement|declaration|memorandum|leaders['’]?\s+statement|press\s+statement)\b", re.IGNORECASE
)

#: Quotations in a news report keep their drafting words' modality.
QUOTE_RE: Final = re.compile(r"[\"“”„«»]([^\"“”„«»]{3,})[\"“”„«»]")

#: Restating an existing duty ("laid down in Article 2(4)", "they have undertaken to"): hortatory.
RESTATEMENT_CUES: Final[tuple[Cue[Modality], ...]] = (
    _cue("modality.restatement", "hortatory", r"\bhave\s+undertaken\b|\blaid\s+down\s+in\b"),
)

#: The "attack on one is an attack on all" formula (codebook section 6).
ATTACK_ON_ALL_RE: Final = re.compile(
    r"\b(?:shall|will)\s+be\s+(?:considered|regarded|deemed|treated)\s+(?:as\s+)?(?:an?\s+)?(?:armed\s+)?(?:attack|aggression)\s+(?:against|on)\b"
    r"|\b(?:shall|will)\s+(?:regard|consider|treat)\s+(?:an?|any)\s+(?:armed\s+)?(?:attack|aggression)\b[^.;]{0,120}?\bas\s+(?:an?\s+)?(?:threat|danger|attack)\s+(?:to|on|against)\b",
    re.IGNORECASE,
)
#: A response stated next to the formula ("and shall render assistance").
RESPONSE_VERB_RE: Final = re.compile(
    r"\b(?:render|assist|assistance|give\s+rise\s+to|take\s+(?:such\s+)?action|come\s+to\s+the\s+aid|measures)\b",
    re.IGNORECASE,
)
#: The qualified reading of the bare formula.
ATTACK_ON_ALL_QUALIFIED: Final[Cue[Modality]] = _cue(
    "modality.attack_on_all_no_response", "qualified", ATTACK_ON_ALL_RE.pattern
)

# --------------------------------------------------------------------------- trigger

#: Events that activate a response duty.
TRIGGER_CUES: Final[tuple[Cue[Trigger], ...]] = (
    _cue("trigger.armed_attack", "armed_attack", r"\b(?:armed|nuclear|military|renewed|cyber)\s+(?:[A-Z][\w-]+\s+)?attacks?\b|\b(?:is|are|be|were|was|been)\s+invaded\b|\binvasion\b|\bblockade\b|\bassailed\b|\bincursions?\b|\b(?:if|when|once|unless)\s+attacked\b|\battacked\s+(?:again|anew)\b|\b(?:victim|object)\s+of\s+(?:an?\s+)?(?:armed\s+)?attack\b|\b(?:such\s+an?|an|any)\s+attack\b|\battack(?:ed|s)?\s+(?:on|against|upon)\b|\b(?:is|are|be|were|was)\s+attacked\b|\bParty\s+(?:so\s+)?attacked\b|\bunless\s+(?:it\s+is\s+)?(?:itself\s+)?attacked\b|\b(?:if|when|whenever|should|once|in\s+case)\s+[^.;:]{0,60}?\battack(?:s|ed)?\s+(?:[A-Z]\w+|it|them|the\s+[A-Z])"),
    _cue("trigger.aggression", "aggression", r"(?<!\bthe\s)\baggression\b"),
    _cue("trigger.threat", "threat", r"\bthreat(?:s|ened)?\b|\b(?:be|is|are)\s+(?:endangered|jeopardi[sz]ed|imperil(?:l)?ed|menaced)\b|\bin\s+danger\b|\bpotential\s+attacks?\b|\bdestabili[sz]ing\s+activities\b|\b(?:allow|permit)\s+\w+\s+to\s+acquire\s+(?:a\s+)?nuclear\b"),
    _cue("trigger.any_conflict", "any_conflict", r"\barmed\s+conflicts?\b|\bin\s+time\s+of\s+war\b|(?<!end\sof\s)(?<!conclusion\sof\scurrent\s)(?<!cessation\sof\s)(?<!conclusion\sof\s)\bhostilities\b|\bany\s+conflict\b|\bnuclear\s+weapons?\s+employment\b|\bcontingenc(?:y|ies)\b|\bexceptional\s+circumstances\b"),
    _cue("trigger.violation", "violation", r"\bviolations?\b|\bviolat(?:e|es|ed|ing)\b|\bbreach(?:es)?\b|\bcalls?\s+into\s+question\s+the\s+(?:assurances|commitments|obligations)\b|\bnon-?compliance\b"),
    _cue("trigger.dispute", "dispute", r"\b(?:a|any)\s+(?:dispute|disagreement|difference)\s+(?:arises?|arising|between)\b|\b(?:dispute|disagreement|difference)s?\b[^.;]{0,80}\b(?:interpretation|application|implementation)\b"),
)

#: The consequence in "regard an armed attack ... as a threat to its peace" is not the trigger;
#: neither is the purpose in "allow its territory to be used ... for aggression" (a standing duty).
NOT_TRIGGER_RE: Final = re.compile(
    r"\bas\s+(?:an?\s+)?(?:threat|danger)\s+to\s+(?:the|its|their)\s+(?:own\s+)?(?:peace|security|safety)\b[^.;]*"
    r"|\b(?:be\s+used|use\s+of\s+(?:its|their)\s+territor(?:y|ies))\b[^.;]{0,80}?\bfor\s+(?:the\s+purposes?\s+of\s+)?(?:aggression|armed\s+attacks?|attacks?|hostile\s+acts?)\b[^.;]*",
    re.IGNORECASE,
)

#: Words that mark an event as a future condition ("in the event of", "if", "should").
TRIGGER_FRAME_RE: Final = re.compile(
    r"\b(?:in\s+the\s+event\s+of|in\s+case\s+of|if|whenever|once|as\s+soon\s+as|"
    r"within\s+[\w-]+\s+(?:hours|days)\s+of|in\s+response\s+to|such\s+as|in\s+exceptional\s+circumstances)\b"
    r"|^\W*Should\b|\bshould\s+(?:it|they|there|either|any|such)\b",
    re.IGNORECASE,
)
#: An aggression already under way is not a future trigger (dev A2).
ONGOING_RE: Final = re.compile(
    r"\b(?:as\s+long\s+as|for\s+as\s+long\s+as|while)\b[^.;]{0,60}\b(?:continues|lasts|persists)\b|\bcosts\s+of\s+the\s+war\b|\benable\s+its\s+aggression\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- automaticity

AUTOMATICITY_CUES: Final[tuple[Cue[Automaticity], ...]] = (
    _cue("automaticity.unsc_authorisation", "external", r"\b(?:only\s+)?(?:upon|with|after)\s+(?:the\s+)?(?:authori[sz]ation|a\s+decision|decision|approval)\s+(?:of|by)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\b|"
    r"\b(?:require|requires|subject\s+to|conditional\s+(?:up)?on)\s+(?:the\s+|a\s+|an\s+)?(?:prior\s+|express\s+)?(?:authori[sz]ation|a\s+decision|decision|approval|mandate)\s+(?:of|by|from)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\b|\bpress\s+the\s+Council\b|\brefer\s+the\s+situation\s+to\s+the\s+Security\s+Council\b|\bSecurity\s+Council\s+(?:authori[sz]es|decides)\b|\bseek\s+(?:immediate\s+)?(?:United\s+Nations\s+|UN\s+)?Security\s+Council\s+action\b|\b(?:once|when|after|until|as\s+soon\s+as)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\s+ha(?:s|d|ve)\s+(?:authori[sz]ed|decided|approved|mandated|determined)\b"),
    _cue("automaticity.after_consultation", "consult_first", r"\bfollowing\s+such\s+consultations\b|\bafter\s+consultations?\b|\bon\s+the\s+basis\s+of\s+a\s+decision\b|\bjointly\s+(?:determine|decide)\b|\bconvene\b[^.;]{0,80}\bto\s+determine\b|\bconsult\b[^.;]{0,60}\bto\s+determine\b|\bacting\s+by\s+consensus\b|\b(?:following|after)\s+(?:that|this|the|such)\s+(?:meeting|consultations?)\b|\bafter\s+consulting\b|\bconsult\b[^.;]{0,40}\band\s+(?:decide|determine|agree)\b|\bwith\s+a\s+view\s+to\s+deciding\b"),
    _cue("automaticity.deems_necessary", "discretionary", r"\b(?:deems?|considers?|judges?)\s+(?:it\s+)?(?:necessary|appropriate|fit|fitting|useful|proper)\b|\bas\s+(?:the\s+)?(?:President|Minister|Secretary|Government|it|they)\s+(?:may\s+)?(?:determines?|decides?)\b|\bwhere\s+it\s+so\s+decides\b|\bas\s+necessary\b|\bappropriate\s+next\s+steps\b"),
    _cue("automaticity.immediate", "automatic", r"\bimmediately\b|\bimmediate\s+(?:military\s+)?(?:response|assistance|action|help|aid)\b|\bwithout\s+awaiting\b|\bforthwith\b|\bwill\s+be\s+met\s+with\b|\bshall\s+give\s+rise\s+to\s+a\s+duty\b|\bas\s+soon\s+as\b"),
)

# --------------------------------------------------------------------------- conditions

CONDITION_CUES: Final[tuple[Cue[Condition], ...]] = (
    _cue("condition.constitutional", "constitutional_process", r"\bconstitutional\s+(?:processes|process|procedures?|requirements|provisions)\b|\blegal\s+systems\b|\bbudgetary\s+decisions\b|\bparliamentary\s+(?:approval|consent)\b|\b(?:approval|consent)\s+of\s+(?:its|their|the)\s+(?:national\s+)?(?:Parliaments?|legislatures?|Congress|Senate|Bundestag|Sejm|Storting|Riksdag|Folketing|Eduskunta|Knesset|Duma|(?:Verkhovna\s+)?Rada|National\s+Assembly|Diet|Cortes)\b"),
    _cue("condition.un_charter", "un_charter", r"\bCharter\s+of\s+the\s+United\s+Nations\b|\bUN\s+Charter\b|\bUnited\s+Nations\s+Charter\b|\bArticle\s+51\b"),
    _cue("condition.unsc", "unsc_dependent", r"\b(?:once|when|after|until|as\s+soon\s+as)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\s+ha(?:s|d|ve)\s+(?:authori[sz]ed|decided|approved|mandated|determined)\b|\b(?:only\s+)?(?:upon|with|after)\s+(?:the\s+)?(?:prior\s+|express\s+)?(?:authori[sz]ation|a\s+decision|decision|approval)\s+(?:of|by)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\b|"
    r"\b(?:require|requires|subject\s+to|conditional\s+(?:up)?on)\s+(?:the\s+|a\s+|an\s+)?(?:prior\s+|express\s+)?(?:authori[sz]ation|a\s+decision|decision|approval|mandate)\s+(?:of|by|from)\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security\s+Council\b|\bpress\s+the\s+Council\b"),
    _cue("condition.reciprocal", "reciprocal", r"\breciproc(?:al|ity)\b|\bon\s+the\s+same\s+terms\b|\bmutatis\s+mutandis\b|\bin\s+return\b"),
    _cue("condition.time_limited", "time_limited", r"\bfor\s+the\s+first\s+[\w-]+\s+years\b|\bfor\s+an\s+initial\s+period\b|\bover\s+a\s+period\s+of\b|\bfor\s+a\s+period\s+of\b|\bfor\s+the\s+years\s+\d{4}\b|^\W*In\s+\d{4}\b"
    r"|\bover\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:(?:fiscal|calendar|financial)\s+)?years\b|\b(?:in|for)\s+(?:each\s+of\s+)?(?:the\s+)?(?:fiscal|financial|budget|calendar)\s+years?\s+\d{4}\b|\b(?:until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},\s+)?\d{4}\b|\bfrom\s+\d{4}\s+(?:to|until|through)\s+\d{4}\b|\bin\s+\d{4}\b(?=[^.;]*\b(?:million|billion)\b)|\b(?:million|billion)\b[^.;]{0,60}\bin\s+\d{4}\b"),
    _cue("condition.non_military", "non_military_only", r"\bno\s+commitment\s+to\s+the\s+use\s+of\s+(?:armed|military)\s+force\b|\bby\s+non-military\s+means\b|(?<!\bnot\s)\bexcluding\s+(?:the\s+use\s+of\s+)?(?:armed|military)\s+force\b|\bnot\s+(?:include|entail)\s+the\s+use\s+of\s+(?:armed|military)\s+force\b|\bmeans\s+other\s+than\s+(?:military|armed\s+force)\b|\bshort\s+of\s+(?:the\s+use\s+of\s+)?(?:armed|military)\s+force\b|\bnot\s+be\s+(?:required|obliged|bound)\s+to\s+(?:engage|use|commit|employ|deploy)\s+(?:its|their)\s+(?:armed|military)\s+forces\b"),
)

#: A territory that confines the duty (dev A13): where the trigger must happen, or where an
#: operation or status is confined. Group "place" is the scope text.
TERRITORY_CUES: Final[tuple[Cue[Condition], ...]] = (
    _cue("condition.territory.attack_on_territory", "territory_limited", r"\b(?:attack|aggression)\s+(?:against|on)\s+the\s+(?P<place>territory\s+of\s+(?:any\s+(?:one\s+)?of\s+them|the\s+Parties|[^,.;]{3,40}))"),
    _cue("condition.territory.region", "territory_limited", r"\b(?:of\s+them|Part(?:y|ies))\s+in\s+(?P<place>(?:Europe|North\s+America|Asia|Africa|the\s+Pacific|the\s+Atlantic|the\s+North\s+Atlantic)(?:\s+(?:area|region|Ocean))?(?:\s+or\s+(?:Europe|North\s+America|Asia|Africa))?)"),
    _cue("condition.territory.adjective", "territory_limited", r"\b(?P<place>(?:(?-i:[A-Z])[\w-]+|metropolitan|continental|overseas|insular)\s+(?:territory|territories|mainland|possessions))\b"),
    _cue("condition.territory.on_territory", "territory_limited", r"^\W*(?:on|in|over)\s+(?P<place>the\s+(?:territory|forces|islands)[^;]{0,200})"),
    _cue("condition.territory.provinces", "territory_limited", r"\bin\s+the\s+(?P<place>(?:provinces?|regions?|districts?|oblasts?)\s+of\s+[^,.;]{3,60})"),
    _cue("condition.territory.maritime", "territory_limited", r"\b(?:in|within)\s+(?:the|its|their)\s+(?P<place>maritime\s+zones?[^,.;]{0,60})"),
    _cue("condition.territory.zone", "territory_limited", r"\b(?:in|within|inside)\s+(?P<place>the\s+(?:security|demilitari[sz]ed|buffer|exclusion|restricted|safe)\s+zones?)\b"),
    _cue("condition.territory.sea", "territory_limited", r"\b(?:in|within|across|throughout)\s+(?P<place>the\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+){0,2}\s+(?-i:Sea|Ocean|Strait|Straits|Gulf|Peninsula|Basin|region|Region))\b"),
    _cue("condition.territory.status", "territory_limited", r"\bstatus\s+of\s+the\s+(?P<place>(?:Autonomous\s+Republic|province|region|city|district)\s+of\s+[^,.;]{3,80})"),
)

#: Adversary frames (codebook/forms.py) that confine a duty to a named adversary; a ceasefire
#: partner or an occupier is not enough.
CONDITION_FRAMES: Final = frozenset(
    {"adversary.attack_by", "adversary.attack_on_by", "adversary.aggression_of", "adversary.attacked_by", "adversary.possessive", "adversary.launch", "adversary.costs_on", "adversary.confront", "adversary.threat_by", "adversary.adjective_attack"}
)
ASSETS_RE: Final = re.compile(r"(?P<who>\b[A-Z][\w-]+)\s+(?:sovereign\s+)?assets\b")

# --------------------------------------------------------------------------- means

MEANS_CUES: Final[tuple[Cue[Means], ...]] = (
    _cue("means.all", "all_means", r"\ball\s+(?:the\s+)?(?:necessary\s+)?means\b|\b(?:all|every)\s+(?:instruments?|elements?|tools?)\s+of\s+(?:its\s+|their\s+)?national\s+power\b|\bmilitary\s+(?:and|or)\s+otherwise\b|\bmilitary\s+and\s+(?:non-military|civilian|other)\b|\bany\s+means\b|\ball\s+elements\s+of\s+(?:its|their)\s+national\s+power\b|\bfull\s+range\s+of\b[^;]{0,30}\bcapabilities\b|\bmilitary\s+and\s+other\s+assistance\b|\bone\s+or\s+more\s+of\s+the\s+following\s+means\b"),
    _cue("means.including_force", "all_means", r"\b(?:including|not\s+excluding)\b[^.;]{0,30}\b(?:use\s+of\s+armed\s+force|measures\s+of\s+a\s+military\s+nature|military\s+means|military\s+(?:support|assistance|aid|help))\b"),
    _cue("means.military", "military", r"\b(?:and|or),?\s+(?:if\s+necessary,\s+)?military\b(?!\s+(?:alliances?|agreements?|pacts?|blocs?)\b)|\barmed\s+force\b|\bmilitary\s+(?:operations?|means|assistance|equipment|nature)\b|\bforces\b|\bweapons\b|\bairspace\b|\bintelligence\b|\bsecurity\s+assistance\b|\btroops\b|\btake\s+up\s+arms\b|\barmies\b|\bmilitary(?=\s*,\s*(?:financial|economic|political|diplomatic|humanitarian))|\bmilitary\s+(?:response|support|help|action|force)\b|\boffensive\b|\b(?:infantry|cavalry|corps|divisions|squadrons)\b"),
    _cue("means.non_military", "non_military", r"\bpolitical,\s+economic\b|\bhumanitarian\b|\bfinancial\s+assistance\b|\beconomic\s+(?:support|assistance|measures|aid)\b|\beconomic\s+(?:and\s+other\s+)?costs\b|\bnon-military\b|\bdiplomatic\b"),
)

# --------------------------------------------------------------------------- quantity

_NUMBER_WORDS: Final = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen"
)
#: A number that fixes the duty: money, troops, days, years, weapons (dev A12).
QUANTITY_CUES: Final[tuple[Cue[str], ...]] = (
    _cue("quantity.money", "true", r"(?:EUR|USD|GBP|AUD|CAD|NZD|JPY|CHF|SEK|NOK|DKK|PLN|US\$|A\$|C\$|\$|€|£|¥)\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m))?|\b\d[\d,.]*\s*(?:million|billion)\b"),
    _cue("quantity.percent", "true", r"\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"),
    _cue("quantity.count", "true", rf"\b(?:\d[\d,.]*|(?:{_NUMBER_WORDS})(?:[- ](?:{_NUMBER_WORDS}))*)\s+(?:[\w-]+\s+){{0,3}}?(?:hours?|days?|weeks?|months?|years?|personnel|troops|soldiers|brigades?|battalions?|kilometres?|kilometers?|km|miles|missiles|aircraft|ships|vessels|tanks|warheads|weapons|launchers|systems|batteries|helicopters|jets|men|infantry|cavalry|squadrons|divisions|regiments|companies|guns)\b"),
    _cue("quantity.bare", "true", r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w])|\[\w+:\s*\d[\d,]*\]"),
)
#: Numbers that only point somewhere or describe: article numbers, dates, "12-point", examples.
NON_QUANTITY_RE: Final = re.compile(
    r"\b(?:Article|Articles|paragraph|paragraphs|Chapter|Section|Resolution|point|Part)\s+[\dIVXLC]+(?:\s*\(\w+\))?"
    r"|\b\d+-point\b|\b\d+(?:st|nd|rd|th)\b|\bsuch\s+as\b[^,;]{0,120}",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- clause structure

# Words that tell the coder where the subject is, what a list item hangs from, and when a
# sentence points back to the duty before it.

#: Words that open a subordinate clause before the subject ("If ...,", "In the event of ...,").
OPENER_RE: Final = re.compile(
    r"^\W*(?:if|in\s+the\s+event|should|whenever|when|following|in\s+such|for\s+the|under|since|in\s+\d|in\s+each|"
    r"to\s+\w+|as\s+\w+|consistent|through|going\s+forward|in\s+addition|furthermore|today|after|before|within|"
    r"in\s+view|moreover|on\s+the|with\s+a\s+view)\b",
    re.IGNORECASE,
)
#: Sentences that point back to the previous duty's trigger.
ANAPHORA_RE: Final = re.compile(
    r"\b(?:in\s+such\s+(?:circumstances|a\s+case|an\s+event)|following\s+such\s+consultations|(?:such|those|these)\s+measures|"
    r"in\s+that\s+event|assistance\s+under\s+(?:paragraph|article))\b",
    re.IGNORECASE,
)
#: A sentence that builds on the meeting or consultations before it ("Following that meeting").
POINTS_BACK_RE: Final = re.compile(
    r"\b(?:following|after)\s+(?:that|this|such|the)\s+(?:meeting|consultations?)\b", re.IGNORECASE
)
#: A procedural follow-on of a response duty ("At the request of either Party, consultations ...").
FOLLOW_ON_RE: Final = re.compile(
    r"\bat\s+(?:that|this|such|the)\s+request\b|\bconsultations\s+under\s+this\s+(?:Article|point|paragraph|Section)\b"
    r"|\bwithin\s+[\w-]+\s+(?:hours|days)\s+of\s+(?:a|the|such\s+a)\s+request\b|\bat\s+the\s+request\s+of\b",
    re.IGNORECASE,
)
#: A sentence citing another point or article by number ("under point 15", "pursuant to Article 4").
POINT_REFERENCE_RE: Final = re.compile(
    r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|referred\s+to\s+in|provided\s+for\s+in)\s+(?P<kind>point|paragraph|Article|Section)\s+(?P<number>\d{1,3}|[IVXLC]+)\b(?!\s*\()",
    re.IGNORECASE,
)
#: Where a numbered provision starts ("15. ", "Article 5", "ARTICLE III"); {number} is filled in.
PROVISION_HEAD_TEMPLATE: Final = r"(?im)^[ \t]*(?:(?:Article|Art\.|Point|Section|Sec\.)\s+{number}\b|{number}\.\s)"
#: A provision head that names its kind ("Article 2"): preferred over a bare "2." when a
#: reference names the kind, since numbered paragraphs repeat their numbers in every article.
PROVISION_KIND_HEAD_TEMPLATE: Final = r"(?im)^[ \t]*{kind}\s+{number}\b"
PROVISION_START_RE: Final = re.compile(r"(?im)^[ \t]*(?:(?:Article|Art\.|Point|Section|Sec\.)\s+(?:\d{1,3}|[IVXLC]+)\b|\d{1,3}\.\s)")

#: A list item's marker just before it: "(a)", "(ii)", "3.", "-", "•".
ITEM_MARKER_RE: Final = re.compile(r"(?:\(\w{1,4}\)|(?<![\w.])[a-z]{1,4}\)|^\s*[-•*–])\s*$", re.MULTILINE)
#: A list marker at the start of a line.
LINE_MARKER_RE: Final = re.compile(r"(?m)^[ \t\u00a0]*(?:\(\w{1,4}\)|[a-z]{1,4}\)|[-•*–][ \t])")
#: Negation before a hortatory word ("shall not seek", "renounces any intention").
NEGATED_RE: Final = re.compile(r"(?:\b(?:neither|no|nor|none)\b[^.;]{0,30}\b(?:shall|will)\s+|\bnot\s+|\brenounces?\s+any\s+(?:intention\s+to\s+)?|\bnever\s+)$", re.IGNORECASE)
#: A preposition before a name makes it a place or an object, not the subject ("over Ukraine").
PLACE_BEFORE_RE: Final = re.compile(r"\b(?:over|in|into|to|on|at|from|across|against|with|for|towards?|throughout|near)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A name inside another name ("Democratic Forces for the Liberation of Rwanda") is not the state.
EMBEDDED_RE: Final = re.compile(r"\b(?:Liberation|Front|Movement|Charter|Council|Commission|Mission|Group|Organi[sz]ation|Union|Treaty|Review|Declaration)\s+(?:of|for|on)\s+(?:the\s+)?$")
#: "it is the policy of the United States to ...": the state named is the subject.
POLICY_OF_RE: Final = re.compile(r"\b(?:it\s+is|shall\s+be)\s+the\s+policy\s+of\s+", re.IGNORECASE)
#: Forms in which a list of every party is written "the Parties" (ALL_PARTIES).
FORMAL_FORMS: Final[frozenset[LegalForm]] = frozenset({"treaty", "executive_agreement", "memorandum", "draft"})
#: "the Alliance" of a bilateral declaration is its parties.
ALLIANCE_RE: Final = re.compile(r"\b(?i:the|our)\s+Alliance\b|\bThe\s+leaders\b")
#: "the two countries" is the parties only in a bilateral text.
BOTH_RE: Final = re.compile(r"\b(?i:the|our)\s+two\s+(?:countries|leaders|nations)\b|\b(?i:both)\s+countries\b")
#: A source, not a beneficiary: "expertise from the United States and the United Kingdom".
FROM_RE: Final = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,6}?(?:(?:and|or|,)\s+(?:the\s+)?)?$")
#: "X, with other Participants that so decide, will deploy": optional partners are neither the
#: duty's bearers nor its beneficiaries.
WITH_OTHERS_RE: Final = re.compile(r"\b(?:together\s+)?with\s+(?:any\s+|the\s+|such\s+)?other\s+$", re.IGNORECASE)
#: Adversary frames whose named state is the one guarded against in the clause itself ("attack
#: against X by Y", "sanctions on Y"): that state is not a beneficiary.
HOSTILE_FRAMES: Final = frozenset(
    {"adversary.attack_by", "adversary.attack_on_by", "adversary.aggression_of", "adversary.attacked_by", "adversary.costs_on", "adversary.threat_by", "adversary.coercion"}
)
#: "The development of Australia’s submarines": a possessive inside a nominal is not the subject.
OF_POSSESSIVE_RE: Final = re.compile(r"\bof\s+(?:the\s+)?$")
#: A demonstrative that continues the previous initiative ("to deliver this capability").
CONTINUES_RE: Final = re.compile(r"\b(?:this|these|that|those)\s+(?:capability|capabilities|effort|efforts|initiative|commitment|commitments|support|programme|program)\b", re.IGNORECASE)
#: An adjective that owns the subject's forces: "Russian military personnel", "British and French troops".
FORCES_AFTER_RE: Final = re.compile(
    r"(?:\s+and\s+[A-Z][\w-]+)*\s+(?:armed\s+forces|military\s+(?:personnel|forces|presence|contingents?|units)|forces|troops|soldiers|contingents?|units|navy|army|air\s+force|Government|side|authorities|delegation)\b"
)
WE_RE: Final = re.compile(r"^(?:we|our\b)", re.IGNORECASE)
WE_ANYWHERE_RE: Final = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)
#: A clause that opens with a bare verb ("Support Ukraine's ...", "Affirm that ...") has no subject.
IMPERATIVE_RE: Final = re.compile(
    r"^\W*(?!(?:The|A|An|Each|Either|Any|No|Neither|Both|All|Our|We|They|It|Its|Their|This|These|Those|Such|Every|Only|"
    r"In|On|At|For|Under|If|Should|Whenever|When|Following|Since|After|Until|Upon|With|Within|Through|Today|To|As|"
    r"Consistent|Going|Furthermore|Moreover|Together|Additionally|Also|Accordingly|Nothing|Neither|None|Where|While|Once)\b)"
    r"[A-Z][a-z]+\b(?!\s+(?:and|or)\s+[A-Z])"
)
#: Sentence ends inside a chapeau search window.
SENTENCE_END_RE: Final = re.compile(r"[.!?;][\s\u00a0]+|\n\s*\n")
