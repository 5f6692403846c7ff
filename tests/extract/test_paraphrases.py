"""The paraphrase bank: the codebook in many drafters' words (tests/extract/paraphrases/).

Every case is one clause, written for this bank in one of many drafting styles (old treaties,
UN-era and alliance texts, memoranda, leaders' declarations, executive orders, peace plans,
news reports). The bank measures how far the cue rules generalise beyond the dev wording, so
it asserts a per-group pass-rate floor (``floors.yaml``) rather than every case: the floors
are today's rates rounded down, and whoever generalises the rules raises them.

How a case runs (the way the pipeline runs a clause, with segmentation taken out of the loop):
* the clause is put under a minimal head that gives the intended legal form ("TREATY" /
  "JOINT DECLARATION" / ...), loaded, and handed to ``treatylens.extract.extract`` as a
  one-clause ``Segmentation`` (news cases: ``is_news`` and zone ``news``);
* label cases check ``expect_labels`` (all present), ``reject_labels`` (none present) and
  ``expect_operative``;
* attribute cases fix the clause's labels (``labels``) and run the attribute coder alone, as
  ``extract`` does after labelling, so that an attribute score is not a labelling score.
A case whose head is read as another legal form fails with that reason: the form decides
"will", so such a case would not test what it says.

``pytest tests/extract/test_paraphrases.py -s`` prints the pass-rate table;
``TREATYLENS_PARAPHRASE_FAILURES=1`` also prints every failing case.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from treatylens.codebook.labels import (
    AUTOMATICITY,
    CONDITIONS,
    LEGAL_FORMS,
    MEANS,
    MODALITY,
    PROVISION_TYPES,
    TRIGGERS,
    LegalForm,
    ProvisionType,
    principal_label,
)
from treatylens.extract import extract
from treatylens.extract.attributes import CodingMemo, code_attributes
from treatylens.extract.document import findings_of, read_context
from treatylens.load import load
from treatylens.model import Clause, ClauseSpan, PipelineOptions, Segmentation, Zone

BANK = Path(__file__).with_name("paraphrases")
FLOORS_FILE = BANK / "floors.yaml"

#: Minimal heads that make the extractor read the intended legal form (codebook section 4).
HEADS: dict[LegalForm, str] = {
    "treaty": "TREATY\n\nArticle 1\n\n",
    "executive_agreement": "AGREEMENT\n\nArticle 1\n\n",
    "draft": "DRAFT AGREEMENT\n\nArticle 1\n\n",
    "memorandum": "MEMORANDUM OF UNDERSTANDING\n\nParagraph 1\n\n",
    "declaration": "JOINT DECLARATION\n\n",
    "unilateral_act": "EXECUTIVE ORDER\n\nSection 1.\n\n",
    "statement": "Security plan outlined\n\n",
}
ZONES: tuple[Zone, ...] = ("preamble", "body", "final", "annex", "news")

#: Attribute keys a case may check, with the values allowed.
SCALAR_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "modality": MODALITY,
    "automaticity": (*AUTOMATICITY, "null"),
    "trigger": TRIGGERS,
    "means": (*MEANS, "null"),
}
SET_ATTRIBUTES = ("obligors", "beneficiaries")
CASE_KEYS = frozenset(
    {
        "text", "legal_form", "zone", "why", "expect_labels", "reject_labels", "expect_operative",
        "labels", "conditions", "reject_conditions", "quantified", *SCALAR_ATTRIBUTES, *SET_ATTRIBUTES,
    }
)
#: Bank size the codebook coverage asks for, per label file.
MIN_POSITIVES, MAX_POSITIVES = 12, 20
MIN_NEGATIVES, MAX_NEGATIVES = 6, 10
MIN_ATTRIBUTE_CASES = 12


@dataclass(frozen=True)
class Case:
    group: str  # "label:defence" or "attribute:modality"
    index: int
    data: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.data["text"])

    @property
    def legal_form(self) -> LegalForm:
        form: LegalForm = self.data.get("legal_form", "treaty")
        return form

    @property
    def zone(self) -> Zone:
        zone: Zone = self.data.get("zone", "news" if self.legal_form == "statement" else "body")
        return zone

    @property
    def positive(self) -> bool:
        """A label case that must get its file's label; every attribute case."""
        if self.group.startswith("attribute:"):
            return True
        return self.group.split(":", 1)[1] in (self.data.get("expect_labels") or [])


@dataclass
class Outcome:
    case: Case
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


# --------------------------------------------------------------------------- loading


def _bank_files() -> list[Path]:
    return sorted(p for p in BANK.glob("*.yaml") if p.name != FLOORS_FILE.name)


def _group_of(doc: dict[str, Any], path: Path) -> str:
    if "label" in doc:
        return f"label:{doc['label']}"
    if "attribute" in doc:
        return f"attribute:{doc['attribute']}"
    raise AssertionError(f"{path.name}: needs a top-level 'label' or 'attribute'")


@cache
def load_bank() -> tuple[Case, ...]:
    cases: list[Case] = []
    for path in _bank_files():
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        group = _group_of(doc, path)
        cases.extend(Case(group, i, dict(c)) for i, c in enumerate(doc["cases"]))
    return tuple(cases)


def load_floors() -> dict[str, float]:
    doc = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8")) or {}
    floors: dict[str, float] = {}
    for kind in ("labels", "attributes"):
        prefix = "label" if kind == "labels" else "attribute"
        for name, value in (doc.get(kind) or {}).items():
            floors[f"{prefix}:{name}"] = float(value)
    return floors


# --------------------------------------------------------------------------- running


def _document(case: Case) -> tuple[str, Segmentation, ClauseSpan, Any]:
    head = HEADS[case.legal_form]
    source = load((head + case.text + "\n").encode("utf-8"), name="paraphrase.txt")
    start = source.text.index(case.text)
    zone = case.zone
    span = ClauseSpan(
        id="c0001", start=start, end=start + len(case.text), text=case.text,
        section="Preamble" if zone == "preamble" else "Article 1", provision_id=None,
        zone=zone, operative=zone != "preamble",
    )
    title = head.split("\n", 1)[0]
    segmentation = Segmentation(title=title, provisions=(), clauses=(span,), is_news=zone == "news")
    return title, segmentation, span, source


def run_label_case(case: Case) -> Outcome:
    out = Outcome(case)
    _, segmentation, _, source = _document(case)
    extraction = extract(source, segmentation, PipelineOptions())
    if extraction.document.legal_form != case.legal_form:
        out.failures.append(f"head read as {extraction.document.legal_form}, not {case.legal_form}")
    clause = extraction.clauses[0]
    labels = set(clause.labels)
    missing = [lab for lab in case.data.get("expect_labels") or [] if lab not in labels]
    wrong = [lab for lab in case.data.get("reject_labels") or [] if lab in labels]
    if missing:
        out.failures.append(f"missing {missing}")
    if wrong:
        out.failures.append(f"unwanted {wrong}")
    if "expect_operative" in case.data and clause.operative != case.data["expect_operative"]:
        out.failures.append(f"operative={clause.operative}")
    if out.failures:
        out.failures.append(f"got {clause.labels}")
    return out


def run_attribute_case(case: Case) -> Outcome:
    out = Outcome(case)
    _, segmentation, span, source = _document(case)
    context = read_context(source, segmentation, PipelineOptions())
    document, _ = findings_of(context, segmentation)
    if document.legal_form != case.legal_form:
        out.failures.append(f"head read as {document.legal_form}, not {case.legal_form}")
    labels: list[ProvisionType] = list(case.data["labels"])
    clause = Clause(
        id=span.id, start=span.start, end=span.end, text=span.text, section=span.section,
        operative=True, labels=labels,
    )
    code_attributes(clause, span, segmentation, document, context, CodingMemo())
    for key in SCALAR_ATTRIBUTES:
        if key in case.data:
            want = case.data[key]
            got = getattr(clause, key)
            if (got if got is not None else "null") != want:
                out.failures.append(f"{key}={got}, want {want}")
    got_conditions = set(clause.conditions or [])
    for cond in case.data.get("conditions") or []:
        if cond not in got_conditions:
            out.failures.append(f"conditions lack {cond} (got {sorted(got_conditions)})")
    for cond in case.data.get("reject_conditions") or []:
        if cond in got_conditions:
            out.failures.append(f"conditions has unwanted {cond}")
    for key in SET_ATTRIBUTES:
        if key in case.data:
            got_set = sorted(getattr(clause, key) or [])
            if got_set != sorted(case.data[key]):
                out.failures.append(f"{key}={got_set}, want {sorted(case.data[key])}")
    if "quantified" in case.data and clause.quantified != case.data["quantified"]:
        out.failures.append(f"quantified={clause.quantified}")
    return out


def run_case(case: Case) -> Outcome:
    if case.group.startswith("label:"):
        return run_label_case(case)
    return run_attribute_case(case)


@cache
def all_outcomes() -> tuple[Outcome, ...]:
    return tuple(run_case(c) for c in load_bank())


def by_group() -> dict[str, list[Outcome]]:
    groups: dict[str, list[Outcome]] = {}
    for outcome in all_outcomes():
        groups.setdefault(outcome.case.group, []).append(outcome)
    return dict(sorted(groups.items(), key=lambda kv: (not kv[0].startswith("label:"), kv[0])))


def rate(outcomes: list[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 1.0


def floor_of(value: float) -> float:
    """A rate rounded down to two decimals (the form floors.yaml keeps)."""
    return math.floor(value * 100 + 1e-9) / 100


def summary_lines() -> Iterator[str]:
    yield f"{'group':34} {'cases':>5} {'pass':>6} {'pos':>6} {'neg':>6} {'floor':>6}"
    floors = load_floors()
    for group, outcomes in by_group().items():
        pos = [o for o in outcomes if o.case.positive]
        neg = [o for o in outcomes if not o.case.positive]
        neg_rate = f"{rate(neg):6.2f}" if neg else f"{'-':>6}"
        floor = floors.get(group)
        floor_text = f"{floor:6.2f}" if floor is not None else f"{'-':>6}"
        yield f"{group:34} {len(outcomes):5d} {rate(outcomes):6.2f} {rate(pos):6.2f} {neg_rate} {floor_text}"
    if os.environ.get("TREATYLENS_PARAPHRASE_FAILURES"):
        for outcome in all_outcomes():
            if not outcome.passed:
                c = outcome.case
                yield f"FAIL {c.group}[{c.index}] {c.text!r}: {'; '.join(outcome.failures)}"


# --------------------------------------------------------------------------- tests


def test_bank_is_well_formed() -> None:
    """Every case names known labels/values, cites a rule, and each label has its quota."""
    cases = load_bank()
    assert cases, "the paraphrase bank is empty"
    counts: dict[str, list[int]] = {}
    for c in cases:
        where = f"{c.group}[{c.index}]"
        assert set(c.data) <= CASE_KEYS, f"{where}: unknown keys {set(c.data) - CASE_KEYS}"
        assert c.text.strip() and str(c.data.get("why", "")).strip(), f"{where}: needs text and why"
        assert c.legal_form in LEGAL_FORMS and c.zone in ZONES, where
        for key in ("expect_labels", "reject_labels", "labels"):
            unknown = set(c.data.get(key) or []) - set(PROVISION_TYPES)
            assert not unknown, f"{where}: unknown labels {unknown}"
        for key, allowed in SCALAR_ATTRIBUTES.items():
            if key in c.data:
                assert c.data[key] in allowed, f"{where}: {key}={c.data[key]!r}"
        for key in ("conditions", "reject_conditions"):
            assert set(c.data.get(key) or []) <= set(CONDITIONS), f"{where}: {key}"
        if c.group.startswith("label:"):
            label = c.group.split(":", 1)[1]
            assert label in PROVISION_TYPES, where
            assert "labels" not in c.data, f"{where}: label cases are labelled by the extractor"
            if not c.positive:
                # a negative tests one thing: that the look-alike does not get the label; the
                # label it should get instead is named in `why`, and tested in its own file
                assert label in (c.data.get("reject_labels") or []), f"{where}: a negative must reject {label}"
                assert "expect_labels" not in c.data, f"{where}: a negative only rejects"
            pos_neg = counts.setdefault(c.group, [0, 0])
            pos_neg[0 if c.positive else 1] += 1
        else:
            labels = c.data.get("labels") or []
            # attributes exist only on commitment clauses (s3); a non-commitment label tests nothing
            assert principal_label(labels) is not None, f"{where}: needs a commitment label"
            counts.setdefault(c.group, [0, 0])[0] += 1
    for label in PROVISION_TYPES:
        pos, neg = counts.get(f"label:{label}", [0, 0])
        assert MIN_POSITIVES <= pos <= MAX_POSITIVES, f"{label}: {pos} positives"
        if label != "other":
            assert MIN_NEGATIVES <= neg <= MAX_NEGATIVES, f"{label}: {neg} negatives"
    for group, (n, _) in counts.items():
        if group.startswith("attribute:"):
            assert n >= MIN_ATTRIBUTE_CASES, f"{group}: {n} cases"


def test_every_group_has_a_floor() -> None:
    floors = load_floors()
    missing = sorted(set(by_group()) - set(floors))
    assert not missing, f"no floor in floors.yaml for {missing}"


@pytest.mark.parametrize("group", sorted({c.group for c in load_bank()}))
def test_pass_rate_floor(group: str) -> None:
    outcomes = by_group()[group]
    floor = load_floors().get(group, 1.0)
    got = rate(outcomes)
    failing = [
        f"  [{o.case.index}] {o.case.text!r}: {'; '.join(o.failures)}" for o in outcomes if not o.passed
    ]
    assert got + 1e-9 >= floor, f"{group}: pass rate {got:.2f} < floor {floor:.2f}\n" + "\n".join(failing)


def test_summary_table() -> None:
    """Print the per-group pass rates (visible with ``-s``)."""
    lines = list(summary_lines())
    print("\nparaphrase bank pass rates")
    print("\n".join(lines))
    assert len(lines) > 1
