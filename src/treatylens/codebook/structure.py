"""Document-structure cues used by segmentation, as data.

Heading keywords, list markers, preamble openers, enacting formulas, testimonium and signature
cues, abbreviations that do not end a sentence, and the cues that mark a news report. The
segmenter in ``treatylens.segment`` only combines these; it spells no cue of its own.
"""

from __future__ import annotations

import re
from typing import Final

# --------------------------------------------------------------------------- numbering

ROMAN: Final = r"[IVXLC]+"
ARTICLE_NUMBER: Final = r"(?:\d+[A-Za-z]?(?:\.\d+)*|[IVXLC]+|[A-Z](?:\.\d+)?|[a-z])"

# Heading keywords -> the provision kind and the rank used to nest them (lower = outer).
HEADING_KINDS: Final[dict[str, tuple[str, int]]] = {
    "part": ("body", 0),
    "title": ("body", 0),
    "chapter": ("body", 1),
    "section": ("body", 2),
    "sec.": ("body", 2),
    "sec": ("body", 2),
    "article": ("article", 3),
    "art.": ("article", 3),
    "art": ("article", 3),
    "point": ("article", 3),
    "annex": ("annex", 0),
    "appendix": ("annex", 0),
    "schedule": ("annex", 0),
    "attachment": ("annex", 0),
}

# The human name of each keyword in a clause's ``section`` label.
HEADING_LABELS: Final[dict[str, str]] = {
    "part": "Part",
    "title": "Title",
    "chapter": "Chapter",
    "section": "Section",
    "sec.": "Section",
    "sec": "Section",
    "article": "Article",
    "art.": "Article",
    "art": "Article",
    "point": "Point",
    "annex": "Annex",
    "appendix": "Appendix",
    "schedule": "Schedule",
    "attachment": "Attachment",
}

# "Article 5", "ARTICLE V", "Art. 5", "Article 5 - Heading", "###Article 5", "\\###", "**Article 5**".
HEADING_LINE: Final = re.compile(
    r"^(?P<md>(?:\\?#+|\*\*|\*)\s*)?"
    r"(?P<kw>article|art\.|art|section|sec\.|sec|part|chapter|annex|appendix|schedule|attachment|"
    r"point|title)"
    r"\s+(?P<num>" + ARTICLE_NUMBER + r"|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?![\w(])\.?\*{0,2}\s*(?:[-–—:.]\s*)?(?P<rest>.*)$",
    re.IGNORECASE,
)

# A heading keyword alone on its line, its number on the next ("Section\n1.\n Policy. ...").
SPLIT_HEADING_KEYWORD: Final = re.compile(
    r"^(?:article|art\.|section|sec\.|part|chapter|annex|appendix|schedule)$", re.IGNORECASE
)
SPLIT_HEADING_NUMBER: Final = re.compile(r"^(?:" + ARTICLE_NUMBER + r")\.?(?=\s|$)")

# A run-in heading title after the number, ending in a full stop before the text
# ("Sec. 2. Armed Attack. (a) The United States ...", "Section 1. Policy. It is ..."): up to
# six capitalised words, joined by lower-case function words.
RUN_IN_TITLE: Final = re.compile(
    r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the|for|on|to|in|with|or|by|at)){0,5})"
    r"\.(?=\s|$)"
)

# A bare markdown heading line: "### Preamble", "####NORTH ATLANTIC TREATY", "\\###".
MARKDOWN_HEADING: Final = re.compile(r"^\\?#{1,6}\s*(?P<rest>.*)$")
BOLD_LINE: Final = re.compile(r"^\*{1,3}(?P<rest>[^*]+)\*{1,3}\s*$")

# A numbered section heading without keyword: "I. Cessation of hostilities", "1. DEFINITIONS".
NUMBERED_HEADING: Final = re.compile(r"^(?P<num>" + ROMAN + r"|\d+)\.\s+(?P<rest>[^.;:,]+)$")

# List markers at the start of a line; the group names say which numbering style it is.
LIST_MARKER: Final = re.compile(
    r"^(?:"
    r"\\?\((?P<pnum>\d{1,3})\\?\)|"
    r"\\?\((?P<palpha>[a-z]{1,2})\\?\)|"
    r"\\?\((?P<proman>[ivxl]{1,6})\\?\)|"
    r"\\?\((?P<pupper>[A-Z])\\?\)|"
    r"(?P<dotnum>\d{1,3}(?:\.\d{1,3})+)\.?(?=\s)|"
    r"(?P<num>\d{1,3})(?:[.)](?=\s)|\)(?=[A-Z“\"]))|"
    r"(?P<roman>[ivxl]{1,6})(?:[.)](?=\s)|\)(?=[A-Z“\"]))|"
    r"(?P<alpha>[a-z])(?:[.)](?=\s)|\)(?=[A-Z“\"]))|"
    r"(?P<upper>[A-Z])[.)](?=\s)|"
    r"(?P<bullet>[-*•–·▪])(?=\s)"
    r")\s*"
)

# Inline markers inside a long single-line text ("...; - The Union ...", "...; ARTICLE 2 The ...").
INLINE_BULLET: Final = re.compile(r"(?<=[.;:,])\s+(?=[-•]\s+\S)")
INLINE_HEADING: Final = re.compile(
    r"(?:(?<=[.;:,])|(?<=[.;:,][*”\"]))\s*(?=(?:ARTICLE\s+" + ARTICLE_NUMBER + r"\b\.?(?:\s+\S|$)|"
    r"(?:Article|Art\.)\s+" + ARTICLE_NUMBER + r"\b\.?(?:\s+[A-Z\-–]|$)))"
)

# Lower-cased extractions keep the heading keyword in capitals, glued to the text around it
# ("... by any state ARTICLE 4peaceful nuclear activities ..."): cut before and after it.
INLINE_SHOUTED_HEADING: Final = re.compile(
    r"(?<=[a-z)\]])\s*(?P<head>ARTICLE\s*\d+)(?=[a-z\s])|"
    r"(?<=[:;.])\s*(?P<glued>ARTICLE\s*\d+)(?=[a-z])"
)

# In such texts an article title runs into its first paragraph number ("application of the
# treaty1. except where ..."): the piece up to the number is a heading, not a clause.
LOWERCASE_GLUED_HEADING: Final = re.compile(r"[a-z][a-z ,/'’-]{0,80}[a-z]\d{1,2}\.$")

# ... and the next item's marker sticks to the end of a sentence ("undertakes:a.", "device.2.").
LOWERCASE_TRAILING_MARKER: Final = re.compile(r"(?<=[.:;,])\s*(?:[a-z]|\d{1,2})\.$")

# An upper-case heading title run inline before the text ("ARTICLE 1. ESTABLISHMENT OF THE
# ORGANISATION By this Treaty ..."): at least two capitalised words, then a Titlecase word.
INLINE_CAPS_TITLE: Final = re.compile(
    r"(?P<title>[A-Z][A-Z'’&,()-]+(?:\s+[A-Z][A-Z'’&,()-]*)+)\s+(?=[A-Z][a-z])|"
    r"(?P<word>[A-Z][A-Z'’&,()-]{2,}(?:\s+[A-Z][A-Z'’&,()-]*)*)\s+(?=\(?\d{1,2}[.)]\s)"
)
# Inline list items in a long single-line text: "...; (b) ...", "... 2. The ...".
INLINE_ITEM: Final = re.compile(
    r"(?<=[;:])\s*(?=\([a-z]{1,2}\)\s)|"
    r"(?<=[.;:])(?<!Sec\.)(?<!Art\.)(?<!No\.)\s+(?=\(?\d{1,2}[.)]\s+[A-Z(])"
)

# A markdown table row or rule ("| Site | Location |", "|:---|:---|", "--- | ---"): data, not text.
TABLE_ROW: Final = re.compile(r"^\|.*\|$|^\|?\s*:?-{3,}:?\s*\|")

# Lines that are page furniture or container labels, never text.
FURNITURE_LINE: Final = re.compile(
    r"^(?:-{1,3}\s*\d+\s*-{1,3}|page\s+\d+(?:\s+of\s+\d+)?|\d{1,4}|\[?page\s+\d+\]?|"
    r"(?:main|appendix|annex)text:|na|!\[[^\]]*\]\([^)]*\)|<!--.*-->)$",
    re.IGNORECASE,
)

# Headings that open the final clauses (zone "final").
FINAL_HEADING: Final = re.compile(r"\bfinal\s+(?:provisions|clauses|articles)\b", re.IGNORECASE)
PREAMBLE_HEADING: Final = re.compile(r"^\W*preamble\W*$", re.IGNORECASE)

# --------------------------------------------------------------------------- preamble

# Words that open a preambular item besides participles in -ing/-ed.
PREAMBLE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "aware",
        "mindful",
        "conscious",
        "convinced",
        "determined",
        "desirous",
        "anxious",
        "eager",
        "cognizant",
        "cognisant",
        "resolved",
        "whereas",
        "given",
        "having",
        "being",
        "guided",
        "gravely",
        "deeply",
        "fully",
        "firmly",
        "further",
        "also",
        "bearing",
        "taking",
        "noting",
        "sharing",
        "united",
        "inspired",
        "believing",
        "affirming",
        "reaffirming",
        "recalling",
        "recognizing",
        "recognising",
        "considering",
        "desiring",
        "seeking",
        "welcoming",
        "emphasizing",
        "emphasising",
        "stressing",
        "acknowledging",
        "expressing",
        "confident",
        "concerned",
        "alarmed",
        "persuaded",
        "reiterating",
        "underlining",
        "in view of",
        "solemnly",
        "keen",
        "committed",
        "faithful",
        "intending",
        "wishing",
        "hoping",
    }
)
# Capitalised -ed/-ing words that open signature, date or witness lines, not recitals.
NOT_PREAMBLE_OPENERS: Final[frozenset[str]] = frozenset(
    {
        "signed",
        "done",
        "witnessed",
        "endorsed",
        "initialled",
        "initialed",
        "dated",
        "during",
        "following",
        "according",
        "regarding",
        "concerning",
        "notwithstanding",
        "pending",
        "including",
        "excluding",
        "nothing",
        "something",
        "hereinafter",
        "bring",
    }
)

# Multi-word recital openers that a first-word test cannot see ("To the end that ...").
# (Used with ``match(text, pos)``, so no "^" anchor.)
PREAMBLE_PHRASE_OPENER: Final = re.compile(
    r"\W{0,3}(?:to\s+the\s+end\s+that|with\s+a\s+view\s+to|in\s+view\s+of|in\s+order\s+to|"
    r"in\s+the\s+(?:interest|light|spirit)\s+of|on\s+the\s+basis\s+of|in\s+accordance\s+with|"
    r"for\s+the\s+purpose\s+of)\b",
    re.IGNORECASE,
)
# An item of the preamble that ends in "," or ";" is a recital whatever its first word ("Bound by
# ties of ...,"), unless it names the parties: such lists are mostly capitalised words. At most
# this share (in tenths) of its words after the first may be capitalised.
RECITAL_MAX_CAPITALISED_TENTHS: Final = 3
RECITAL_MIN_WORDS: Final = 3
# Naming words that mark a party designation, not a recital.
PARTY_DESIGNATION: Final = re.compile(
    r"\b(?:hereinafter|referred\s+to\s+as|undersigned|plenipotentiar(?:y|ies)|full\s+powers)\b",
    re.IGNORECASE,
)
# The plenipotentiaries' list that closes some preambles ("... have appointed as their
# respective Plenipotentiaries: ... Acting Secretary of State ...;"): names, not recitals.
PLENIPOTENTIARIES: Final = re.compile(
    r"\b(?:appointed|designated|named)\b[^.;]{0,80}?\bplenipotentiar(?:y|ies)\b", re.IGNORECASE
)

# The formula that ends the preamble: "Have agreed as follows:", "Declare the following:",
# "They therefore agree to this North Atlantic Treaty:", "... adopted the following Joint
# Declaration ...:", "The Parties commit to the following framework:".
ENACTING_FORMULA: Final = re.compile(
    r"\b(?:agreed?|agrees|declares?|decided?|decides|resolved?|adopted|reached|commits?|"
    r"consented|concluded|undertake|hereby\s+agree|ordered)\b"
    r"[^.;:]{0,160}?\b(?:as\s+follows|the\s+following|follows|this\s+[A-Z][\w ]{0,60}|"
    r"upon\s+the\s+following|on\s+the\s+following)[^.;:]{0,160}:"
    r"|\b(?:have\s+agreed|hereby\s+declare|declare|agree|hereby\s+ordered)\s*:",
    re.IGNORECASE,
)

# The narrative opening of a declaration ("We, the Prime Minister of ..., met in Manila today
# ...", "President A and President B met on this 26th day of April ..."): a clause that reports
# the meeting, not a commitment. Only the first sentence of an unstructured text is tested.
OPENING_NARRATIVE: Final = re.compile(
    r"\b(?:met|meets?|gathered|convened|assembled|came\s+together|have\s+met)\b"
    r"(?:\s+\w+){0,3}\s+(?:in|at|on|today|this|virtually|by|for|to)\b",
)
# A sentence with one of these is a commitment even when it also tells of a meeting.
COMMITMENT_VERB: Final = re.compile(
    r"\b(?:shall|will|must|agree[ds]?|commit(?:s|ted)?|undertake[s]?|pledge[ds]?|decide[ds]?)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- endings

# A sentence or paragraph opening the testimonium / signature block.
TESTIMONIUM: Final = re.compile(
    r"^(?:\W{0,3})(?:in\s+witness\s+(?:whereof|thereof)|in\s+faith\s+whereof|done\s+(?:at|in)\b|"
    r"signed\s+(?:at|in|on)\b|endorsed\s+at\b|made\s+at\b|concluded\s+at\b)",
    re.IGNORECASE,
)
# A testimonium that follows the last clause inside the same sentence ("...Treaty; Done in ...").
INLINE_TESTIMONIUM: Final = re.compile(
    r"(?<=[;.])\s+(?=(?:in\s+witness\s+whereof|done\s+(?:at|in)|signed\s+(?:at|in))\b)",
    re.IGNORECASE,
)
# Lines of a signature block: "For the Republic of Mali", "On behalf of ...", "[signature]".
SIGNATURE_LINE: Final = re.compile(
    r"^(?:\W{0,3})(?:(?i:for)\s+(?:(?i:the)\s+)?(?:(?i:government|republic|kingdom|state|united|people|"
    r"federal)\b|[A-Z])|(?i:on\s+behalf\s+of)|(?i:\[signature)|\((?i:sd)\.?\)|\((?i:signed)\)|"
    r"(?i:witnessed\s+by))"
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+\d{4}|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"(?:this\s+|the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+" + _MONTH + r",?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2})"
)
# A place-and-date line closing a text ("THE WHITE HOUSE, March 3, 2026.", "Manila, 18 April
# 2026", "September 29, 2025."): furniture of the signature block, not a clause.
PLACE_DATE_LINE: Final = re.compile(
    r"^\W{0,3}(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,6},?\s+)?" + _DATE + r"\W{0,3}$"
)
# A signatory's name or office in capitals ("DONALD J. TRUMP", "THE WHITE HOUSE,") has at most
# this many words.
MAX_CAPS_NAME_WORDS: Final = 5
# Lines of a list of names or offices ("Prime Minister of Australia" per line) are this short.
MAX_NAME_LINE_WORDS: Final = 6

# --------------------------------------------------------------------------- sentences

# Abbreviations whose full stop does not end a sentence (compared lower-cased, without the dot).
ABBREVIATIONS: Final[frozenset[str]] = frozenset(
    {
        "art",
        "arts",
        "no",
        "nos",
        "nr",
        "para",
        "paras",
        "sec",
        "secs",
        "ch",
        "chap",
        "cf",
        "e.g",
        "i.e",
        "viz",
        "vs",
        "v",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "sr",
        "jr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cdr",
        "adm",
        "sgt",
        "prof",
        "gov",
        "sen",
        "rep",
        "amb",
        "hon",
        "rev",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "p",
        "pp",
        "vol",
        "fig",
        "approx",
        "ca",
        "sd",
        "op",
        "cit",
        "ibid",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "km",
        "est",
        "etc.",
        "incl",
        "resp",
        "ref",
        "subpara",
        "al",
    }
)

# Trailing list conjunctions kept outside a clause span ("...; and").
TRAILING_CONJUNCTION: Final = re.compile(r"(?<=[;,])\s*(?:and|or|and/or)\s*$", re.IGNORECASE)

# A list stem with no subject and finite verb of its own: not a clause ("For the purposes of
# this Treaty:", "In this Agreement:").
BARE_STEM: Final = re.compile(
    r"^(?:for\s+the\s+purposes?\s+of\s+[^,:]*|in\s+this\s+\w+(?:\s+\w+)?|as\s+used\s+in\s+[^,:]*|"
    r"for\s+(?:this|that)\s+purpose)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A party designation used as a list stem ("We the leaders of ...:"): framing, not a clause.
PARTY_STEM: Final = re.compile(
    r"^(?:we,?\s+the\b|the\s+(?:high\s+)?contracting\s+parties\b)", re.IGNORECASE
)
# A stem without a finite verb this short is a formula ("Definitions:", "Subject to Article 4:").
BARE_STEM_MAX_WORDS: Final = 12
# Finite verbs that give a stem content of its own.
FINITE_VERB: Final = re.compile(
    r"\b(?:shall|will|may|must|should|can|could|would|is|are|was|were|has|have|had|agrees?|"
    r"undertakes?|pledges?|commits?|declares?|affirms?|reaffirms?|aims?|includes?|means|"
    r"applies|apply|consists?|comprises?|decides?|recogni[sz]es?|intends?|seeks?|resolves?)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- news

# "KYIV, April 3 (Wire) - ", "LONDON — ", "WASHINGTON (Reuters) -".
DATELINE: Final = re.compile(
    r"^(?P<dateline>[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z]*\.?\s*\d{1,2})?"
    r"(?:\s*\([^)]{1,40}\))?\s*[-–—]+)\s+"
)
BYLINE: Final = re.compile(r"^(?:by\s+(?:our\s+)?[A-Za-z][\w .,'-]{1,60})$", re.IGNORECASE)
REPORTING_CUES: Final = re.compile(
    r"\b(?:said|says|told|according\s+to|officials?|spokes(?:person|man|woman)|reported|"
    r"diplomats?|sources?\s+said|declined\s+to\s+comment|seen\s+by)\b",
    re.IGNORECASE,
)
