"""Train the label model shipped in src/treatylens/extract/model_data/ (docs/label-model.md).

    python scripts/train_label_model.py                 # train, choose thresholds, write weights
    python scripts/train_label_model.py --evaluate      # ... and compare rules vs rules+model
    python scripts/train_label_model.py --evaluate --fresh DIR   # ... also on an unseen bank

Data (dev time only; the package never reads it): the gold clauses of the shared dev and
dev-real sets and of tests/fixtures/heldout (operative clauses with their labels, preambular
and other non-operative clauses as negatives for every label), and the paraphrase bank
tests/extract/paraphrases (``expect_labels`` / fixed ``labels`` positive, ``reject_labels``
negative, the remaining labels a down-weighted negative since the bank does not state them).

Model: one-vs-rest logistic regression with L2, over the binary features of
``labels_model.features_of``, fitted by full-batch Adam in numpy on a sparse design matrix.
Thresholds: per label, the lowest probability whose out-of-fold precision (leave-one-document-
out on gold, 5 folds on the bank) is at least 0.85; labels that never reach it get 0.99.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from treatylens.codebook.labels import PROVISION_TYPES
from treatylens.extract.labels_model import features_of

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD_DIRS = (SHARED / "eval" / "dev", SHARED / "eval" / "dev-real", REPO / "tests/fixtures/heldout")
BANK = REPO / "tests" / "extract" / "paraphrases"
OUT = REPO / "src" / "treatylens" / "extract" / "model_data" / "label_model.json"

#: The model proposes every type except the fallback ``other``.
MODEL_LABELS: tuple[str, ...] = tuple(lab for lab in PROVISION_TYPES if lab != "other")
L2 = 2e-4  # L2 strength on the mean weighted loss (chosen by out-of-fold macro-F1)
POSITIVE_WEIGHT = 4.0  # positives are rare per label; up-weight them
UNSTATED_NEGATIVE_WEIGHT = 0.5  # bank labels a case neither expects nor rejects
MIN_FEATURE_COUNT = 2
STEPS = 400
LEARNING_RATE = 0.05
TARGET_PRECISION = 0.85
MIN_PREDICTED = 3  # a threshold needs at least this many out-of-fold predictions above it
NO_THRESHOLD = 0.99
PRUNE_BELOW = 0.01  # weights smaller than this are left out of the shipped file
BANK_FOLDS = 5


@dataclass
class Example:
    text: str
    group: str  # gold doc id, or "bank:<fold>"
    y: list[float] = field(default_factory=lambda: [0.0] * len(MODEL_LABELS))
    w: list[float] = field(default_factory=lambda: [1.0] * len(MODEL_LABELS))
    gold_operative: bool = True
    source: str = "gold"  # gold | bank
    key: tuple[str, int, int] | None = None  # (doc id, start, end) for gold clauses


# --------------------------------------------------------------------------- data


def gold_examples() -> list[Example]:
    from treatylens.evaluate.gold import load_gold_dir

    out: list[Example] = []
    for folder in GOLD_DIRS:
        if not folder.is_dir():
            print(f"skip {folder} (absent)", file=sys.stderr)
            continue
        for doc in load_gold_dir(folder):
            for c in doc.clauses:
                ex = Example(
                    c.text, doc.doc_id, gold_operative=c.operative, key=(doc.doc_id, c.start, c.end)
                )
                if c.operative:
                    for lab in c.labels:
                        if lab in MODEL_LABELS:
                            ex.y[MODEL_LABELS.index(lab)] = 1.0
                out.append(ex)
    return out


def _bank_fold(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % BANK_FOLDS


def bank_examples(folder: Path) -> list[Example]:
    out: list[Example] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "floors.yaml":
            continue
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in doc.get("cases") or []:
            text = str(case["text"])
            positives = set(case.get("expect_labels") or []) | set(case.get("labels") or [])
            rejects = set(case.get("reject_labels") or [])
            if not positives and not rejects:
                continue
            ex = Example(text, f"bank:{_bank_fold(text)}", source="bank")
            if case.get("expect_operative") is False or case.get("zone") == "preamble":
                ex.gold_operative = False
            for i, lab in enumerate(MODEL_LABELS):
                if lab in positives:
                    ex.y[i] = 1.0
                elif lab not in rejects and ex.gold_operative:
                    ex.w[i] = UNSTATED_NEGATIVE_WEIGHT
            out.append(ex)
    return out


# --------------------------------------------------------------------------- model


@dataclass
class Design:
    vocab: list[str]
    rows: list[np.ndarray]  # per example: sorted feature indices


def build_vocab(examples: Sequence[Example]) -> list[str]:
    counts: Counter[str] = Counter()
    for ex in examples:
        counts.update(features_of(ex.text))
    return sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)


def design(examples: Sequence[Example], vocab: list[str]) -> Design:
    index = {f: i for i, f in enumerate(vocab)}
    rows = [
        np.array([index[f] for f in features_of(ex.text) if f in index], dtype=np.int64)
        for ex in examples
    ]
    return Design(vocab, rows)


@dataclass
class Fitted:
    vocab: list[str]
    W: np.ndarray  # (features, labels)
    b: np.ndarray  # (labels,)

    def predict(self, texts: Iterable[str]) -> np.ndarray:
        index = {f: i for i, f in enumerate(self.vocab)}
        out = []
        for text in texts:
            idx = [index[f] for f in features_of(text) if f in index]
            z = self.b + (self.W[idx].sum(axis=0) if idx else 0.0)
            out.append(1.0 / (1.0 + np.exp(-z)))
        return np.array(out)


def fit(examples: Sequence[Example]) -> Fitted:
    vocab = build_vocab(examples)
    d = design(examples, vocab)
    n, k, m = len(examples), len(MODEL_LABELS), len(vocab)
    row_of = np.concatenate([np.full(len(r), i, dtype=np.int64) for i, r in enumerate(d.rows)])
    col = np.concatenate(d.rows)
    Y = np.array([ex.y for ex in examples])
    S = np.array([ex.w for ex in examples]) * np.where(Y > 0, POSITIVE_WEIGHT, 1.0)
    S /= S.sum(axis=0, keepdims=True) / n  # each label's weights average 1
    W = np.zeros((m, k))
    b = np.log((Y.mean(axis=0) + 1e-3) / (1 - Y.mean(axis=0) + 1e-3))
    mw, vw, mb, vb = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, STEPS + 1):
        Wc = W[col]
        Z = (
            np.stack([np.bincount(row_of, weights=Wc[:, j], minlength=n) for j in range(k)], axis=1)
            + b
        )
        P = 1.0 / (1.0 + np.exp(-Z))
        G = S * (P - Y) / n
        Gr = G[row_of]
        gW = np.stack([np.bincount(col, weights=Gr[:, j], minlength=m) for j in range(k)], axis=1)
        gW += L2 * W
        gb = G.sum(axis=0)
        for param, grad, mom, vel in ((W, gW, mw, vw), (b, gb, mb, vb)):
            mom *= beta1
            mom += (1 - beta1) * grad
            vel *= beta2
            vel += (1 - beta2) * grad * grad
            param -= (
                LEARNING_RATE * (mom / (1 - beta1**step)) / (np.sqrt(vel / (1 - beta2**step)) + eps)
            )
    return Fitted(vocab, W, b)


# --------------------------------------------------------------------------- thresholds


def choose_thresholds(P: np.ndarray, Y: np.ndarray, mask: np.ndarray) -> list[float]:
    grid = np.round(np.arange(0.30, 0.99, 0.01), 2)
    out: list[float] = []
    for j in range(P.shape[1]):
        chosen = NO_THRESHOLD
        for t in grid:
            above = (P[:, j] >= t) & mask
            if above.sum() < MIN_PREDICTED:
                break
            if Y[above, j].mean() >= TARGET_PRECISION:
                chosen = float(t)
                break
        out.append(chosen)
    return out


def out_of_fold(examples: list[Example]) -> np.ndarray:
    P = np.zeros((len(examples), len(MODEL_LABELS)))
    groups = sorted({ex.group for ex in examples})
    for g in groups:
        train = [ex for ex in examples if ex.group != g]
        test_idx = [i for i, ex in enumerate(examples) if ex.group == g]
        model = fit(train)
        P[test_idx] = model.predict(examples[i].text for i in test_idx)
        print(f"  fold {g}: {len(test_idx)} held out", file=sys.stderr)
    return P


def report_out_of_fold(
    P: np.ndarray, Y: np.ndarray, mask: np.ndarray, thresholds: list[float]
) -> None:
    """Model-alone quality on held-out folds: what hyperparameters are chosen by."""
    for name, cuts in (
        ("tuned thresholds", np.array(thresholds)),
        ("threshold 0.5", np.full(len(thresholds), 0.5)),
    ):
        pred = (cuts <= P) & mask[:, None]
        truth = (Y > 0) & mask[:, None]
        tp, fp, fn = (pred & truth).sum(0), (pred & ~truth).sum(0), (~pred & truth).sum(0)
        f1 = [2 * a / (2 * a + b + c) if a else 0.0 for a, b, c in zip(tp, fp, fn, strict=True)]
        print(
            f"out-of-fold, model alone, {name}: macro-F1 {np.mean(f1):.3f} "
            f"P {tp.sum() / max(tp.sum() + fp.sum(), 1):.3f} R {tp.sum() / max(tp.sum() + fn.sum(), 1):.3f}"
        )


# --------------------------------------------------------------------------- export


def export(model: Fitted, thresholds: list[float], n_examples: int) -> dict[str, Any]:
    weights: dict[str, list[list[float]]] = {}
    for i, name in enumerate(model.vocab):
        pairs = [[j, round(float(w), 4)] for j, w in enumerate(model.W[i]) if abs(w) >= PRUNE_BELOW]
        if pairs:
            weights[name] = pairs
    return {
        "format": "treatylens-label-model/1",
        "model": "one-vs-rest logistic regression over labels_model.features_of",
        "trained_on_examples": n_examples,
        "labels": list(MODEL_LABELS),
        "bias": [round(float(x), 4) for x in model.b],
        "thresholds": thresholds,
        "weights": weights,
    }


# --------------------------------------------------------------------------- evaluation
# How the model would combine with the cue rules. Rules run exactly as the pipeline runs them
# (gold clause spans for gold documents, one-clause documents for bank cases).

Labels = frozenset[str]


def rule_labels_gold() -> dict[tuple[str, int, int], tuple[Labels, bool]]:
    """(doc id, start, end) -> (rule labels, rule operative) on the gold clause spans."""
    from treatylens.evaluate.gold import load_gold_dir
    from treatylens.extract import extract
    from treatylens.load import load, normalise
    from treatylens.model import PipelineOptions
    from treatylens.segment import segment, with_spans

    out: dict[tuple[str, int, int], tuple[Labels, bool]] = {}
    for folder in GOLD_DIRS:
        if not folder.is_dir():
            continue
        for doc in load_gold_dir(folder):
            source = load(Path(doc.text_path))
            segmentation = segment(normalise(source), source)
            spans = [(c.start, c.end, c.operative) for c in doc.clauses]
            extraction = extract(source, with_spans(segmentation, source, spans), PipelineOptions())
            for clause in extraction.clauses:
                out[(doc.doc_id, clause.start, clause.end)] = (
                    frozenset(clause.labels),
                    clause.operative,
                )
    return out


def rule_labels_bank(cases: list[dict[str, Any]]) -> list[tuple[Labels, bool]]:
    sys.path.insert(0, str(REPO / "tests" / "extract"))
    import test_paraphrases as bank  # the bank's own runner: same heads, same one-clause run

    from treatylens.extract import extract
    from treatylens.model import PipelineOptions

    out: list[tuple[Labels, bool]] = []
    for i, data in enumerate(cases):
        case = bank.Case("label:x", i, data)
        _, segmentation, _, source = bank._document(case)
        clause = extract(source, segmentation, PipelineOptions()).clauses[0]
        out.append((frozenset(clause.labels), clause.operative))
    return out


def combine(
    rules: Labels, rule_operative: bool, span_operative: bool, model: Labels, policy: str
) -> Labels:
    """The labels a clause ends with under one combination policy."""
    if policy == "rules" or not span_operative or not model:
        return rules
    if policy == "fallback":
        use = rule_operative and rules <= {"other"}
    elif policy == "fallback+background":  # also rescues clauses the rules read as background
        use = rules <= {"other"}
    else:  # additive
        use = rule_operative or not rules
    return (rules - {"other"}) | model if use else rules


POLICIES = ("rules", "fallback", "fallback+background", "additive")


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(counts: dict[str, list[int]]) -> float:
    scores = [_f1(*c) for c in counts.values() if sum(c)]
    return sum(scores) / len(scores) if scores else 0.0


def _model_set(p: np.ndarray, thresholds: Sequence[float]) -> Labels:
    return frozenset(lab for lab, q, t in zip(MODEL_LABELS, p, thresholds, strict=True) if q >= t)


def evaluate(
    examples: list[Example],
    P_oof: np.ndarray,
    final: Fitted,
    thresholds: list[float],
    fresh: Path | None,
) -> None:
    print("\n== gold clauses, leave-one-document-out (model never saw the document) ==")
    rules = rule_labels_gold()
    gold_idx = [i for i, ex in enumerate(examples) if ex.source == "gold"]
    gold_truth = _gold_truth()
    for policy in POLICIES:
        counts: dict[str, list[int]] = {lab: [0, 0, 0] for lab in PROVISION_TYPES}
        for i in gold_idx:
            ex = examples[i]
            assert ex.key is not None
            if ex.key not in rules:
                continue
            r, r_op = rules[ex.key]
            got = combine(r, r_op, ex.gold_operative, _model_set(P_oof[i], thresholds), policy)
            want = gold_truth[ex.key]
            for lab in PROVISION_TYPES:
                counts[lab][0] += lab in got and lab in want
                counts[lab][1] += lab in got and lab not in want
                counts[lab][2] += lab not in got and lab in want
        tp, fp, fn = (
            sum(c[k] for c in counts.values() if c is not counts["other"]) for k in range(3)
        )
        print(
            f"  {policy:20} macro-F1 {macro_f1(counts):.3f}  types (not other): "
            f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} F1 {_f1(tp, fp, fn):.3f}"
        )
    if fresh is None:
        return
    print(f"\n== unseen bank {fresh} (never trained on) ==")
    cases = []
    for path in sorted(fresh.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "label" in doc:
            cases.extend((doc["label"], dict(c)) for c in doc["cases"])
    rule_out = rule_labels_bank([c for _, c in cases])
    P = final.predict(c["text"] for _, c in cases)
    for policy in POLICIES:
        passed = pos_ok = pos_n = neg_ok = neg_n = 0
        counts = {lab: [0, 0, 0] for lab in PROVISION_TYPES}
        for (group, data), (r, r_op), p in zip(cases, rule_out, P, strict=True):
            span_op = data.get("zone", "body") != "preamble"
            got = combine(r, r_op, span_op, _model_set(p, thresholds), policy)
            expect, reject = (
                set(data.get("expect_labels") or []),
                set(data.get("reject_labels") or []),
            )
            ok = expect <= got and not (reject & got)
            passed += ok
            if group in expect:
                pos_n += 1
                pos_ok += ok
            else:
                neg_n += 1
                neg_ok += ok
            for lab in expect:
                counts[lab][0 if lab in got else 2] += 1
            for lab in reject & got:
                counts[lab][1] += 1
        print(
            f"  {policy:20} pass {passed}/{len(cases)} = {passed / len(cases):.3f}  "
            f"positives {pos_ok / max(pos_n, 1):.3f}  negatives {neg_ok / max(neg_n, 1):.3f}  "
            f"macro-F1 (stated labels) {macro_f1(counts):.3f}"
        )


def _gold_truth() -> dict[tuple[str, int, int], Labels]:
    from treatylens.evaluate.gold import load_gold_dir

    out: dict[tuple[str, int, int], Labels] = {}
    for folder in GOLD_DIRS:
        if folder.is_dir():
            for doc in load_gold_dir(folder):
                for c in doc.clauses:
                    out[(doc.doc_id, c.start, c.end)] = frozenset(c.labels if c.operative else ())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--evaluate", action="store_true", help="compare rules vs rules+model")
    ap.add_argument(
        "--fresh", type=Path, help="an unseen paraphrase bank to validate on (never trained on)"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    examples = gold_examples() + bank_examples(BANK)
    print(f"{len(examples)} examples", file=sys.stderr)
    P_oof = out_of_fold(examples)
    Y = np.array([ex.y for ex in examples])
    operative = np.array([ex.gold_operative for ex in examples])
    thresholds = choose_thresholds(P_oof, Y, operative)
    report_out_of_fold(P_oof, Y, operative, thresholds)
    final = fit(examples)
    payload = export(final, thresholds, len(examples))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(payload['weights'])} features)"
    )
    for lab, t in zip(MODEL_LABELS, thresholds, strict=True):
        print(f"  threshold {lab:20} {t:.2f}")
    if args.evaluate:
        evaluate(examples, P_oof, final, thresholds, args.fresh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
