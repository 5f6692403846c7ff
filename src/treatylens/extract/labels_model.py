"""A small linear model that suggests provision types the cue rules missed (docs/label-model.md).

One-vs-rest logistic regression over interpretable word features (stemmed unigrams and
bigrams of content words). The weights ship in ``model_data/label_model.json`` and are written
by ``scripts/train_label_model.py``; nothing here reads training data. Every suggestion names
the features that pushed it (``evidence``), so a label given by the model can be explained in
``because`` the way a cue rule is (rule id ``model.<label>``).

The model never suggests ``other``: it only proposes commitment or structural types; the
caller decides when a suggestion may be used (see ``docs/label-model.md``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Final, cast

import numpy as np
import numpy.typing as npt

from treatylens.codebook.labels import PROVISION_TYPES, ProvisionType

#: No label is suggested below this probability, whatever its tuned threshold: thresholds were
#: tuned out of fold on data like the training data, and real texts are further from it (on
#: the corpus, suggestions under 0.5 were mostly wrong).
MIN_PROBABILITY = 0.5

#: Where the trained weights live inside the package.
_WEIGHTS_PACKAGE: Final = "treatylens.extract.model_data"
_WEIGHTS_FILE: Final = "label_model.json"

_WORD = re.compile(r"[a-z]+|\d+")
#: Function words that carry no provision-type signal. Negations and modal verbs are kept on
#: purpose: "not attack", "shall assist" are among the most telling features.
_STOP_TEXT: Final = (
    "a an the of to in on at by for from with into onto upon as and or but if its it their "
    "they them this that these those such which who whom whose be is are was were been being "
    "has have had having do does did any all each every other another same own so than then "
    "there here where when while also both either neither whether his her he she we our us "
    "i you your my me about after before between during through under over against within "
    "without out off up down further once only very can just most more some"
)
STOP_WORDS: Final[frozenset[str]] = frozenset(_STOP_TEXT.split())
#: Suffixes stripped (longest first) so "assists", "assisted", "assisting" share one feature.
_SUFFIXES: Final = (
    "ations",
    "ation",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
    "ly",
)
_MIN_STEM: Final = 3


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude, deterministic suffix stripper (readable features, no dictionary).

    Memoised: a pure function of the word, and clause vocabularies repeat heavily.
    """
    if word.isdigit():
        return "#"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def features_of(text: str) -> tuple[str, ...]:
    """The sorted, de-duplicated feature names of a clause: ``w:<stem>`` and ``b:<stem> <stem>``.

    Bigrams join neighbouring content words after stop words are removed, so "attack against
    either Party" gives ``b:attack party``. Numbers become ``#``.
    """
    stems = _stems(text)
    found = {f"w:{s}" for s in stems}
    found.update(f"b:{a} {b}" for a, b in pairwise(stems))
    return tuple(sorted(found))


@dataclass(frozen=True)
class Suggestion:
    """One provision type the model suggests, with the features that pushed it."""

    label: ProvisionType
    probability: float
    evidence: tuple[tuple[str, float], ...]  # top 3 (feature, weight), strongest first


@dataclass(frozen=True)
class LabelModel:
    """Loaded weights: ``weights[feature_index[name], label_index]``, bias and thresholds."""

    labels: tuple[ProvisionType, ...]
    bias: npt.NDArray[np.float64]
    thresholds: npt.NDArray[np.float64]
    logit_thresholds: npt.NDArray[np.float64]
    feature_index: dict[str, int]
    feature_names: tuple[str, ...]
    weights: npt.NDArray[np.float64]  # one row per feature, then the bias row
    bias_row: int


@cache
def load_model() -> LabelModel:
    """Read the shipped weights once (a lazily initialised constant)."""
    raw = json.loads(
        resources.files(_WEIGHTS_PACKAGE).joinpath(_WEIGHTS_FILE).read_text(encoding="utf-8")
    )
    labels = tuple(cast(ProvisionType, lab) for lab in raw["labels"])
    unknown = [lab for lab in labels if lab not in PROVISION_TYPES]
    if unknown:
        raise ValueError(f"label model names unknown provision types {unknown}")
    names = tuple(sorted(raw["weights"]))
    weights = np.zeros((len(names) + 1, len(labels)))
    for row, name in enumerate(names):
        for index, weight in raw["weights"][name]:
            weights[row, int(index)] = float(weight)
    weights[len(names)] = np.array(raw["bias"], dtype=np.float64)
    weights.flags.writeable = False
    return LabelModel(
        labels=labels,
        bias=np.array(raw["bias"], dtype=np.float64),
        thresholds=np.array(raw["thresholds"], dtype=np.float64),
        logit_thresholds=np.array([_logit(max(float(t), MIN_PROBABILITY)) for t in raw["thresholds"]]),
        feature_index={name: row for row, name in enumerate(names)},
        feature_names=names,
        weights=weights,
        bias_row=len(names),
    )


def _stems(text: str) -> list[str]:
    return [stem(token) for token in _WORD.findall(text.lower()) if token not in STOP_WORDS]


def _rows_of(text: str, model: LabelModel) -> list[int]:
    """Sorted weight rows of the clause's known features (sorted: a fixed summation order).

    The same features as ``features_of``, looked up without building the sorted tuple.
    """
    index = model.feature_index
    stems = _stems(text)
    rows = {index[name] for name in (f"w:{s}" for s in stems) if name in index}
    rows.update(index[name] for name in (f"b:{a} {b}" for a, b in pairwise(stems)) if name in index)
    return sorted(rows)


def _logits(rows: list[int], model: LabelModel) -> npt.NDArray[np.float64]:
    # the bias is the matrix's last row, so one take-and-sum gives the scores
    return np.asarray(model.weights.take([*rows, model.bias_row], axis=0).sum(axis=0))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _logit(p: float) -> float:
    """Probability -> log-odds, so thresholds compare against raw scores (no exp per label)."""
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p / (1.0 - p))


def label_scores(text: str) -> dict[ProvisionType, float]:
    """Probability of every label the model knows (for evaluation and inspection)."""
    model = load_model()
    logits = _logits(_rows_of(text, model), model).tolist()
    return {label: _sigmoid(z) for label, z in zip(model.labels, logits, strict=True)}


def suggest_labels(text: str, threshold: float | None = None) -> list[Suggestion]:
    """Labels whose probability reaches ``threshold`` (default: each label's tuned threshold).

    Returned in codebook order (the weights file keeps the labels in that order); deterministic
    for a given text and weights file. Evidence ties are broken by feature name.
    """
    model = load_model()
    rows = _rows_of(text, model)
    logits = _logits(rows, model)
    cuts = model.logit_thresholds if threshold is None else _logit(threshold)
    chosen = np.flatnonzero(logits >= cuts).tolist()
    if not chosen:
        return []
    names = [model.feature_names[row] for row in rows]
    columns = model.weights.take(rows, axis=0)[:, chosen].T.tolist() if rows else [[]] * len(chosen)
    out: list[Suggestion] = []
    for index, column in zip(chosen, columns, strict=True):
        pushes = sorted(
            ((name, w) for name, w in zip(names, column, strict=True) if w > 0),
            key=lambda nw: (-nw[1], nw[0]),
        )
        evidence = tuple((name, round(w, 4)) for name, w in pushes[:3])
        probability = round(_sigmoid(float(logits[index])), 4)
        out.append(Suggestion(model.labels[index], probability, evidence))
    return out


def rule_id(suggestion: Suggestion) -> str:
    """The ``because`` rule id of a model label: ``model.<label>[<top features>]``.

    e.g. ``model.consultation[w:consult, w:whenever, w:threaten]``: the label, and the
    features that pushed it most, so a reader sees why without opening the weights.
    """
    return f"model.{suggestion.label}[{', '.join(name for name, _ in suggestion.evidence)}]"
