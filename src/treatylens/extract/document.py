"""Document-level findings read off the text (codebook section 4).

``read_context`` does the reading once: legal form (first matching form in section 4 order,
with the deciding words as reasons), title, parties named as such, terms defined as lists of
states, leaders, and the adversary (the state the text guards against, or the user's choice).
``read_document`` returns the public part of it as ``DocumentFindings``.
"""

from __future__ import annotations

import re
from collections import Counter

from treatylens.codebook.forms import ADVERSARY_FRAMES, DEFAULT_FORM, FORM_CUES, HEAD_CHARS
from treatylens.codebook.labels import LEGAL_FORMS, LegalForm
from treatylens.codebook.parties import SIDES_TERMS, entity, find_entities
from treatylens.extract.context import DocumentContext
from treatylens.extract.parties import (
    find_defined_terms,
    find_issuer,
    find_parties,
    find_persons,
    find_sides,
)
from treatylens.extract.prefilter import Prefilter
from treatylens.model import (
    DocumentFindings,
    Party,
    PipelineOptions,
    Reason,
    Segmentation,
    SourceText,
)


def read_document(source: SourceText, segmentation: Segmentation, options: PipelineOptions) -> DocumentFindings:
    return findings_of(read_context(source, segmentation, options), segmentation)[0]


def read_context(source: SourceText, segmentation: Segmentation, options: PipelineOptions) -> DocumentContext:
    """Everything the clause coder needs to know about the document."""
    text = source.text
    form, _ = legal_form(text, segmentation)
    defined = find_defined_terms(text)
    is_news = segmentation.is_news or form == "statement"
    parties = () if is_news else find_parties(text, segmentation.title, defined)
    if is_news:
        # a report has no party designation; its defined lists ("as guarantors") still count
        parties = tuple(dict.fromkeys(i for ids in defined.values() for i in ids))
    uses_sides = re.search(r"\b(?:" + "|".join(SIDES_TERMS) + r")\b", text, re.IGNORECASE) is not None
    sides = find_sides(text) if len(parties) != 2 and uses_sides else ()
    if sides:
        # "both sides" of a plan with guarantors or mediators: the two states the text pairs
        defined = {**{term: sides for term in SIDES_TERMS}, **defined}
        parties = tuple(dict.fromkeys(sides + parties))
    issuer = find_issuer(text) if form == "unilateral_act" else None
    if issuer:
        parties = tuple(dict.fromkeys((issuer, *parties)))
    found_adversary, adversary_reasons = find_adversary(text)
    adversary = options.adversary.upper() if options.adversary else found_adversary
    return DocumentContext(
        text=text,
        legal_form=form,
        is_news=is_news,
        parties=parties,
        defined_terms=defined,
        persons=find_persons(text),
        adversary=adversary,
        adversary_reasons=tuple(adversary_reasons),
        issuer=issuer,
        sides=sides,
        clauses=segmentation.clauses,
    )


def findings_of(context: DocumentContext, segmentation: Segmentation) -> tuple[DocumentFindings, DocumentContext]:
    text = context.text
    _, because = legal_form(text, segmentation)
    title = segmentation.title or _first_line(text)
    parties = [Party(id=pid, name=_name_as_written(text, pid)) for pid in context.parties]
    if context.adversary:
        because.extend(r for r in context.adversary_reasons if r.value == context.adversary)
    return (
        DocumentFindings(
            legal_form=context.legal_form,
            title=title,
            parties=parties,
            adversary=context.adversary,
            because=because,
        ),
        context,
    )


def legal_form(text: str, segmentation: Segmentation) -> tuple[LegalForm, list[Reason]]:
    """The first form of section 4 whose cues match, with the words that decided it."""
    title = segmentation.title or ""
    head = text[:HEAD_CHARS]
    for form in LEGAL_FORMS:
        if form == "statement" and segmentation.is_news:
            return form, [Reason(field="legal_form", value=form, rule="form.statement.news_report")]
        for cue in FORM_CUES:
            if cue.form != form:
                continue
            m = cue.pattern.search(head) if cue.where == "head" else cue.pattern.search(text)
            if m is None and cue.where == "head" and title:
                t = cue.pattern.search(title)
                if t is not None:
                    start = text.find(t.group(0))
                    return form, [_reason(form, cue.rule, text, start, start + len(t.group(0)))]
            if m is not None:
                return form, [_reason(form, cue.rule, text, m.start(), m.end())]
    return DEFAULT_FORM, [Reason(field="legal_form", value=DEFAULT_FORM, rule="form.executive_agreement.default")]


#: Adversary frames are searched only in paragraphs that contain one of their required words
#: (a frame never spans a blank line); see extract/prefilter.py.
_FRAME_PREFILTER = Prefilter(frame for _, frame in ADVERSARY_FRAMES)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((start, text[start : m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def find_adversary(text: str) -> tuple[str | None, list[Reason]]:
    """The state named most often in a threat frame ("armed attack by X", "X's aggression")."""
    votes: Counter[str] = Counter()
    first: dict[str, int] = {}
    reasons: list[Reason] = []
    paragraphs = [(offset, para, _FRAME_PREFILTER.present(para.lower())) for offset, para in _paragraphs(text)]
    for rule, frame in ADVERSARY_FRAMES:
        matches = (
            (offset, m)
            for offset, para, present in paragraphs
            if _FRAME_PREFILTER.may_match(frame, present)
            for m in frame.finditer(para)
        )
        for offset, m in matches:
            who = m.group("who")
            start = m.start("who") + offset
            found = [e for e in find_entities(who, start) if _is_state(e.id)]
            if not found:
                continue
            state = found[0].id
            votes[state] += 1
            first.setdefault(state, m.start() + offset)
            first[state] = min(first[state], m.start() + offset)
            reasons.append(
                Reason(
                    field="adversary",
                    value=state,
                    rule=rule,
                    start=m.start() + offset,
                    end=m.end() + offset,
                    match=m.group(0),
                )
            )
    if not votes:
        return None, []
    best = sorted(votes, key=lambda s: (-votes[s], first[s]))[0]
    reasons.sort(key=lambda r: (r.start or 0, r.rule))
    return best, [r for r in reasons if r.value == best]


def _is_state(entity_id: str) -> bool:
    e = entity(entity_id)
    return e is not None and e.kind == "state"


def _reason(form: LegalForm, rule: str, text: str, start: int, end: int) -> Reason:
    if start < 0:
        return Reason(field="legal_form", value=form, rule=rule)
    return Reason(field="legal_form", value=form, rule=rule, start=start, end=end, match=text[start:end])


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        cleaned = re.sub(r"^[#*\\\s]+|[#*\s]+$", "", line)
        if cleaned:
            return cleaned[:200]
    return None


def _name_as_written(text: str, party_id: str) -> str:
    """The party's name as the text first writes it (fallback: its first known name)."""
    for m in find_entities(text[:6000]):
        if m.id == party_id and m.form == "name":
            return " ".join(m.text.split())
    e = entity(party_id)
    return e.names[0] if e and e.names else party_id
