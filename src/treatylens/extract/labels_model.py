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
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Final, cast

import numpy as np
import numpy.typing as npt

from treatylens.codebook.labels import PROVISION_TYPES, ProvisionType

#: Where the trained weights live inside the package.
_WEIGHTS_PACKAGE: Final = "treatylens.extract.model_data"
_WEIGHTS_FILE: Final = "label_model.json"

_WORD = re.compile(r"[a-z]+|\d+")
#: Function words that carry no provision-type signal. Negations and modal verbs are kept on
#: purpose: "not attack", "shall assist" are among the most telling features.
STOP_WORDS: Final[frozenset[str]] = frozenset(
    (
        "a an the of to in on at by for from with into onto upon as and or but if its it their "
        "they them this that these those such which who whom whose be is are was were been being "
        "has have had having do does did any all each every other another same own so than then "
        "there here where when while also both either neither whether his her he she we our us "
        "i you your my me about after before between during through under over against within "
        "without out off up down further once only very can just most more some"
    ).split()
)
#: Suffixes stripped (longest first) so "assists", "assisted", "assisting" share one feature.
_SUFFIXES: Final = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "ly",
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
    stems = [stem(token) for token in _WORD.findall(text.lower()) if token not in STOP_WORDS]
    found = {f"w:{s}" for s in stems}
    found.update(f"b:{a} {b}" for a, b in zip(stems, stems[1:], strict=False))
    return tuple(sorted(found))


@dataclass(frozen=True)
class Suggestion:
    """One provision type the model suggests, with the features that pushed it."""

    label: ProvisionType
    probability: float
    evidence: tuple[tuple[str, float], ...]  # top 3 (feature, weight), strongest first


@dataclass(frozen=True)
class LabelModel:
    """Loaded weights: ``weights[feature_index[name], label_index]``, plus bias and thresholds."""

    labels: tuple[ProvisionType, ...]
    bias: npt.NDArray[np.float64]
    thresholds: npt.NDArray[np.float64]
    feature_index: dict[str, int]
    feature_names: tuple[str, ...]
    weights: npt.NDArray[np.float64]


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
    weights = np.zeros((len(names), len(labels)))
    for row, name in enumerate(names):
        for index, weight in raw["weights"][name]:
            weights[row, int(index)] = float(weight)
    weights.flags.writeable = False
    return LabelModel(
        labels=labels,
        bias=np.array(raw["bias"], dtype=np.float64),
        thresholds=np.array(raw["thresholds"], dtype=np.float64),
        feature_index={name: row for row, name in enumerate(names)},
        feature_names=names,
        weights=weights,
    )


def _rows_of(text: str, model: LabelModel) -> list[int]:
    """Sorted weight rows of the clause's known features (sorted: a fixed summation order)."""
    index = model.feature_index
    return sorted({index[name] for name in features_of(text) if name in index})


def _probabilities(rows: list[int], model: LabelModel) -> npt.NDArray[np.float64]:
    z = model.bias + model.weights[rows].sum(axis=0) if rows else model.bias
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def label_scores(text: str) -> dict[ProvisionType, float]:
    """Probability of every label the model knows (for evaluation and inspection)."""
    model = load_model()
    probabilities = _probabilities(_rows_of(text, model), model)
    return {label: float(p) for label, p in zip(model.labels, probabilities, strict=True)}


def suggest_labels(text: str, threshold: float | None = None) -> list[Suggestion]:
    """Labels whose probability reaches ``threshold`` (default: each label's tuned threshold).

    Returned in codebook order; deterministic for a given text and weights file.
    """
    model = load_model()
    rows = _rows_of(text, model)
    probabilities = _probabilities(rows, model)
    cuts = model.thresholds if threshold is None else np.full(len(model.labels), threshold)
    out: list[Suggestion] = []
    for index in np.flatnonzero(probabilities >= cuts):
        pushes = [
            (model.feature_names[row], round(float(model.weights[row, index]), 4))
            for row in rows
            if model.weights[row, index] > 0
        ]
        pushes.sort(key=lambda fw: (-fw[1], fw[0]))
        label = model.labels[index]
        out.append(Suggestion(label, round(float(probabilities[index]), 4), tuple(pushes[:3])))
    order = {label: rank for rank, label in enumerate(PROVISION_TYPES)}
    out.sort(key=lambda s: order[s.label])
    return out
