"""Turn a proposal into an ``Extraction``: a canonical text, and one labelled clause per duty.

The text is generated first so that every synthetic clause has a real span; the clauses are
then labelled directly from the structured fields (rule ids ``proposal.<field>``), not by
re-reading the generated words, so the assessment sees exactly what the proposal says.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from treatylens.codebook.labels import (
    Automaticity,
    Condition,
    Means,
    Modality,
    ProvisionType,
    Role,
    Trigger,
    weakest_automaticity,
)
from treatylens.model import (
    Clause,
    ClauseSpan,
    DocumentFindings,
    Extraction,
    Party,
    PipelineOptions,
    Provision,
    Reason,
    Segmentation,
    SourceText,
)
from treatylens.proposal.schema import Proposal

TRIGGER_WORDS: dict[str, str] = {
    "armed_attack": "an armed attack against",
    "aggression": "aggression against",
    "threat": "a threat to the security of",
    "any_conflict": "any conflict involving",
    "violation": "a violation of this agreement affecting",
}
MEANS_WORDS: dict[str, str] = {
    "military": "including the use of armed force",
    "all_means": "by all means at their disposal, including armed force",
    "non_military": "by non-military means only",
    "unspecified": "",
}


@lru_cache(maxsize=1)
def _party_names() -> dict[str, str]:
    try:
        text = (
            resources.files("treatylens.codebook")
            .joinpath("data/parties.csv")
            .read_text(encoding="utf-8")
        )
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return {}
    names: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(text)):
        first = (row.get("names") or "").split(";")[0].strip()
        if row.get("id") and first:
            names[row["id"]] = first
    return names


def party_name(code: str) -> str:
    return _party_names().get(code, code)


def _join(codes: list[str]) -> str:
    names = [party_name(c) for c in codes]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class ClauseDraft:
    """Accumulates the canonical text, provisions and clauses with consistent offsets."""

    text: str = ""
    provisions: list[Provision] = field(default_factory=list)
    spans: list[ClauseSpan] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)

    def add(
        self,
        sentence: str,
        labels: list[ProvisionType],
        rule: str,
        *,
        modality: Modality | None = None,
        automaticity: Automaticity | None = None,
        trigger: Trigger | None = None,
        conditions: list[Condition] | None = None,
        means: Means | None = None,
        obligors: list[str] | None = None,
        beneficiaries: list[str] | None = None,
        quantified: bool | None = None,
    ) -> None:
        number = str(len(self.provisions) + 1)
        heading = f"Article {number}"
        art_start = len(self.text)
        self.text += heading + "\n"
        start = len(self.text)
        self.text += sentence
        end = len(self.text)
        self.text += "\n\n"
        pid, cid = f"p{number}", f"c{number}"
        self.provisions.append(
            Provision(
                id=pid,
                kind="article",
                number=number,
                heading=None,
                label=heading,
                start=art_start,
                end=end,
            )
        )
        self.spans.append(
            ClauseSpan(
                id=cid,
                start=start,
                end=end,
                text=sentence,
                section=heading,
                provision_id=pid,
                zone="body",
                operative=True,
            )
        )
        because = [
            Reason(field="labels", value=label, rule=rule, start=start, end=end, match=sentence)
            for label in labels
        ]
        commitment = modality is not None
        if commitment:
            because.append(
                Reason(
                    field="modality",
                    value=modality or "",
                    rule=rule,
                    start=start,
                    end=end,
                    match=sentence,
                )
            )
        self.clauses.append(
            Clause(
                id=cid,
                start=start,
                end=end,
                text=sentence,
                section=heading,
                operative=True,
                labels=labels,
                modality=modality,
                automaticity=automaticity,
                trigger=trigger,
                conditions=conditions if commitment else None,
                means=means,
                obligors=obligors,
                beneficiaries=beneficiaries,
                quantified=quantified,
                because=because,
            )
        )


def _defence_sentence(p: Proposal, level: Automaticity) -> str:
    who, whom = _join(p.guarantors), party_name(p.beneficiary)
    when = f"In the event of {TRIGGER_WORDS[p.trigger]} {whom}"
    means = MEANS_WORDS[p.response.means]
    verb = {
        "binding": "shall",
        "qualified": "shall, as they deem appropriate,",
        "hortatory": "will endeavour to",
    }[p.response.modality]
    if p.response.wording:
        return f"{when}, {who} {verb} {p.response.wording.strip().rstrip('.')}."
    if level == "automatic":
        core = f"{verb} immediately provide assistance to {whom}"
    elif level == "discretionary":
        core = f"{verb} take such action as each of them deems necessary to assist {whom}"
    elif level == "consult_first":
        days = (
            f" within {p.response.consult_within_days} days"
            if p.response.consult_within_days is not None
            else ""
        )
        core = f"{verb} consult{days} and then decide on assistance to {whom}"
    else:
        core = f"{verb} seek action by the United Nations Security Council to assist {whom}"
    return f"{when}, {who} {core}{', ' + means if means else ''}."


def build_extraction(
    proposal: Proposal, name: str = "proposal.yaml", adversary: str | None = None
) -> Extraction:
    """The proposal as an ``Extraction`` that ``treatylens.assess.assess`` scores like a text."""
    p = proposal
    adversary = adversary or p.adversary
    draft = ClauseDraft(text=f"{p.title}\n\n")
    guarantors, beneficiary = list(p.guarantors), [p.beneficiary]

    conditions: list[Condition] = sorted(set(p.conditions))
    level: Automaticity = p.response.level
    if p.un_role == "authorisation":
        level = weakest_automaticity([level, "external"]) or "external"
        if "unsc_dependent" not in conditions:
            conditions = sorted([*conditions, "unsc_dependent"])
    if level == "external" and "unsc_dependent" not in conditions:
        conditions = sorted([*conditions, "unsc_dependent"])
    modality: Modality = p.response.modality
    if level == "discretionary" and modality == "binding":
        modality = (
            "qualified"  # "such action as it deems necessary" leaves the content to the obligor
        )
    labels: list[ProvisionType] = ["defence"]
    if level == "consult_first":
        labels.append("consultation")
    if level == "external":
        labels.append("un_referral")
    draft.add(
        _defence_sentence(p, level),
        labels,
        "proposal.response",
        modality=modality,
        automaticity=level,
        trigger=p.trigger,
        conditions=conditions,
        means=p.response.means,
        obligors=guarantors,
        beneficiaries=beneficiary,
        quantified=p.response.consult_within_days is not None,
    )
    duty = {"binding": "shall", "qualified": "shall, as appropriate,", "hortatory": "will"}[
        p.response.modality
    ]
    if p.forces.presence:
        lead = [p.forces.lead] if p.forces.lead else guarantors
        size = f" of {p.forces.troops:,} troops" if p.forces.troops else ""
        draft.add(
            f"{_join(lead)} {duty} station a force{size} on the territory of {party_name(p.beneficiary)}.",
            ["forces_presence"],
            "proposal.forces",
            modality=p.response.modality,
            trigger="none",
            conditions=[],
            obligors=lead,
            beneficiaries=beneficiary,
            quantified=bool(p.forces.troops),
        )
    if p.aid.military:
        amount = f", amounting to {p.aid.amount}" if p.aid.amount else ""
        draft.add(
            f"{_join(guarantors)} {duty} provide {party_name(p.beneficiary)} with weapons, training and intelligence{amount}.",
            ["military_aid"],
            "proposal.aid.military",
            modality=p.response.modality,
            trigger="none",
            conditions=[],
            obligors=guarantors,
            beneficiaries=beneficiary,
            quantified=bool(p.aid.amount),
        )
    if p.aid.economic:
        draft.add(
            f"{_join(guarantors)} {duty} provide economic and reconstruction support to {party_name(p.beneficiary)}.",
            ["economic_aid"],
            "proposal.aid.economic",
            modality=p.response.modality,
            trigger="none",
            conditions=[],
            obligors=guarantors,
            beneficiaries=beneficiary,
            quantified=False,
        )
    if p.command.integrated:
        draft.add(
            f"The Parties {duty} establish a joint command and joint defence planning.",
            ["integrated_command"],
            "proposal.command.integrated",
        )
    if p.command.interoperability:
        draft.add(
            f"The Parties {duty} hold joint exercises and work towards interoperability of their forces.",
            ["interoperability"],
            "proposal.command.interoperability",
        )
    if p.monitoring.mission:
        by = f" led by {p.monitoring.by}" if p.monitoring.by else ""
        draft.add(
            f"A monitoring mission{by} {duty} verify compliance with this agreement.",
            ["monitoring"],
            "proposal.monitoring",
        )
    if p.institution:
        draft.add(
            f"The Parties {duty} establish a council that meets regularly to implement this agreement.",
            ["institution"],
            "proposal.institution",
        )
    if p.un_role == "report":
        draft.add(
            f"{_join(guarantors)} {duty} immediately report any measures taken to the United Nations Security Council.",
            ["un_referral"],
            "proposal.un_role",
            modality=p.response.modality,
            automaticity="automatic",
            trigger=p.trigger,
            conditions=[],
            obligors=guarantors,
            beneficiaries=beneficiary,
            quantified=False,
        )
    if p.adversary_non_aggression and adversary:
        draft.add(
            f"{party_name(adversary)} {duty} refrain from the threat or use of force against {party_name(p.beneficiary)}.",
            ["non_aggression", "respect_sovereignty"],
            "proposal.adversary_non_aggression",
            modality=p.response.modality,
            trigger="none",
            conditions=[],
            obligors=[adversary],
            beneficiaries=beneficiary,
            quantified=False,
        )
    if p.duration_years is not None:
        draft.add(
            f"This agreement shall remain in force for {p.duration_years} years.",
            ["duration"],
            "proposal.duration_years",
        )
    if p.exit.at_will:
        draft.add(
            "Any guarantor may withdraw from this agreement at any time.",
            ["withdrawal"],
            "proposal.exit.at_will",
        )
    elif p.exit.notice_months is not None:
        draft.add(
            f"Any party may withdraw from this agreement by giving {p.exit.notice_months} months' written notice.",
            ["withdrawal"],
            "proposal.exit.notice_months",
        )
    if p.legal_form == "treaty":
        draft.add(
            "This treaty shall be ratified in accordance with the constitutional procedures of the Parties.",
            ["entry_into_force"],
            "proposal.legal_form",
        )

    text = draft.text.rstrip("\n") + "\n"
    data = text.encode("utf-8")
    source = SourceText(
        text=text,
        name=name,
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        encoding="utf-8",
    )
    roles: dict[str, list[Role]] = {}
    for g in guarantors:
        roles.setdefault(g, []).append("guarantor")
    roles.setdefault(p.beneficiary, []).append("beneficiary")
    if p.adversary_non_aggression and adversary and adversary not in roles:
        roles[adversary] = ["guarantor"]
    parties = [Party(id=code, name=party_name(code), roles=r) for code, r in roles.items()]
    title_reason = Reason(
        field="legal_form",
        value=p.legal_form,
        rule="proposal.legal_form",
        start=0,
        end=len(p.title),
        match=p.title,
    )
    document = DocumentFindings(
        legal_form=p.legal_form,
        title=p.title,
        parties=parties,
        adversary=adversary,
        because=[title_reason],
    )
    segmentation = Segmentation(
        title=p.title, provisions=tuple(draft.provisions), clauses=tuple(draft.spans)
    )
    return Extraction(
        source=source,
        segmentation=segmentation,
        document=document,
        clauses=tuple(draft.clauses),
        options=PipelineOptions(adversary=adversary),
    )
