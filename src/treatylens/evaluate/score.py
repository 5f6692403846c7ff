"""Per-label precision/recall/F1, attribute and document accuracy, red-flag F1."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from treatylens.evaluate.gold import ATTRIBUTES, GoldDocument, load_gold_dir
from treatylens.model import Clause, Profile

DOCUMENT_FIELDS = ("legal_form", "adversary", "adversary_is_guarantor", "veto_exposure")
SET_ATTRIBUTES = {"conditions", "obligors", "beneficiaries", "limits"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Miss:
    """One disagreement, for reading errors (``treatylens eval --errors``)."""

    doc_id: str
    kind: str  # "label-fp", "label-fn", "attribute", "document", "flag", "unmatched"
    what: str
    gold: Any
    predicted: Any
    text: str


@dataclass
class EvalReport:
    labels: dict[str, Counts] = field(default_factory=dict)
    gold_labels: set[str] = field(default_factory=set)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    document: dict[str, Accuracy] = field(default_factory=dict)
    flags: Counts = field(default_factory=Counts)
    segmentation: Accuracy = field(default_factory=Accuracy)
    documents: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        labels = sorted(self.gold_labels)
        if not labels:
            return 0.0
        return sum(self.labels[label].f1 for label in labels) / len(labels)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "macro_f1": round(self.macro_f1, 4),
            "labels": {
                name: {
                    "precision": round(c.precision, 4),
                    "recall": round(c.recall, 4),
                    "f1": round(c.f1, 4),
                    "tp": c.tp,
                    "fp": c.fp,
                    "fn": c.fn,
                    "in_gold": name in self.gold_labels,
                }
                for name, c in sorted(self.labels.items())
            },
            "attributes": {k: {"accuracy": round(a.value, 4), "n": a.total} for k, a in self.attributes.items()},
            "document": {k: {"accuracy": round(a.value, 4), "n": a.total} for k, a in self.document.items()},
            "red_flags": {
                "precision": round(self.flags.precision, 4),
                "recall": round(self.flags.recall, 4),
                "f1": round(self.flags.f1, 4),
            },
            "segmentation": {"gold_clauses_matched": round(self.segmentation.value, 4), "n": self.segmentation.total},
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _matches(gold: tuple[int, int], pred: tuple[int, int]) -> bool:
    shorter = min(gold[1] - gold[0], pred[1] - pred[0])
    return shorter > 0 and _overlap(gold, pred) * 2 >= shorter


def _norm_attr(name: str, value: Any) -> Any:
    if name in SET_ATTRIBUTES and value is not None:
        return tuple(sorted(set(value)))
    return value


def score_documents(pairs: Iterable[tuple[GoldDocument, Profile]], keep_misses: bool = False) -> EvalReport:
    report = EvalReport()
    labels: dict[str, Counts] = defaultdict(Counts)
    attributes = {name: Accuracy() for name in ATTRIBUTES}
    document = {name: Accuracy() for name in DOCUMENT_FIELDS}

    def miss(m: Miss) -> None:
        if keep_misses:
            report.misses.append(m)

    for gold, profile in pairs:
        report.documents += 1
        predicted: list[Clause] = list(profile.clauses)
        matched_pred: set[int] = set()
        for g in gold.clauses:
            report.gold_labels.update(g.labels)
            span = (g.start, g.end)
            hits = [i for i, p in enumerate(predicted) if _matches(span, (p.start, p.end))]
            matched_pred.update(hits)
            report.segmentation.total += 1
            if hits:
                report.segmentation.right += 1
            else:
                miss(Miss(gold.doc_id, "unmatched", "clause", g.text[:80], None, g.text))
            pred_labels: set[str] = set()
            for i in hits:
                pred_labels.update(predicted[i].labels)
            for label in set(g.labels) | pred_labels:
                if label in g.labels and label in pred_labels:
                    labels[label].tp += 1
                elif label in g.labels:
                    labels[label].fn += 1
                    miss(Miss(gold.doc_id, "label-fn", label, list(g.labels), sorted(pred_labels), g.text))
                else:
                    labels[label].fp += 1
                    miss(Miss(gold.doc_id, "label-fp", label, list(g.labels), sorted(pred_labels), g.text))
            best = max(hits, key=lambda i: _overlap(span, (predicted[i].start, predicted[i].end)), default=None)
            for name in ATTRIBUTES:
                want = g.attributes.get(name)
                if want is None:
                    continue
                got = getattr(predicted[best], name) if best is not None else None
                attributes[name].total += 1
                if _norm_attr(name, want) == _norm_attr(name, got):
                    attributes[name].right += 1
                else:
                    miss(Miss(gold.doc_id, "attribute", name, want, got, g.text))
        for i, p in enumerate(predicted):
            if i not in matched_pred:
                for label in p.labels:
                    labels[label].fp += 1
                    miss(Miss(gold.doc_id, "label-fp", label, [], list(p.labels), p.text))
        found = profile.document.model_dump()
        for name in DOCUMENT_FIELDS:
            want = gold.document.get(name)
            document[name].total += 1
            if want == found.get(name):
                document[name].right += 1
            else:
                miss(Miss(gold.doc_id, "document", name, want, found.get(name), ""))
        gold_flags = set(gold.document.get("red_flags") or [])
        got_flags = {f.flag for f in profile.red_flags}
        report.flags.tp += len(gold_flags & got_flags)
        report.flags.fp += len(got_flags - gold_flags)
        report.flags.fn += len(gold_flags - got_flags)
        for flag in sorted(gold_flags ^ got_flags):
            miss(Miss(gold.doc_id, "flag", flag, flag in gold_flags, flag in got_flags, ""))
    report.labels = dict(labels)
    report.attributes = attributes
    report.document = document
    return report


Analyzer = Callable[[GoldDocument], Profile]


def evaluate_dir(
    folder: Path,
    analyzer: Analyzer | None = None,
    keep_misses: bool = False,
    gold_spans: bool = False,
) -> EvalReport:
    """Analyse every gold document in ``folder`` and score the result.

    ``gold_spans`` runs extraction and assessment on the gold clause spans, which isolates
    labelling quality from segmentation quality.
    """
    docs = load_gold_dir(folder)
    run = analyzer or (_analyze_on_gold_spans if gold_spans else _analyze_plain)
    return score_documents(((doc, run(doc)) for doc in docs), keep_misses=keep_misses)


def _analyze_plain(doc: GoldDocument) -> Profile:
    from treatylens.pipeline import analyze

    return analyze(Path(doc.text_path))


def _analyze_on_gold_spans(doc: GoldDocument) -> Profile:
    from treatylens.assess import assess
    from treatylens.extract import extract
    from treatylens.load import load, normalise
    from treatylens.model import PipelineOptions
    from treatylens.segment import segment, with_spans

    source = load(Path(doc.text_path))
    segmentation = segment(normalise(source), source)
    spans = [(c.start, c.end, c.operative) for c in doc.clauses]
    return assess(extract(source, with_spans(segmentation, source, spans), PipelineOptions()))
