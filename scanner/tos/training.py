"""Train the ToS classifier: hashed features, an L2 linear model, calibration.

Deterministic: the same examples and seed give byte-identical model files (the seed fixes
liblinear's shuffling and the cross-validation folds used for calibration).
"""

from __future__ import annotations

import hashlib
import platform
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import scipy
import sklearn
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC

from scanner.config import Limits
from scanner.errors import InputError
from scanner.mime import parse_message
from scanner.model import ParsedMessage
from scanner.tos.artifact import LinearModel
from scanner.tos.calibration import Calibration, RuleData, platt, with_rule_weights
from scanner.tos.corpus import Example
from scanner.tos.features import feature_index, tokens, vectorize
from scanner.tos.rules import RuleSet

TOP_FEATURES = 30
DEFAULT_SEED = 20021
# Synthetic non-English nonprofit ham trained on (``synthetic.multilingual_ham``), chosen
# on validation like ``TrainingParams`` (docs/eval-tos-validation.md).
MULTILINGUAL_HAM = 400
# Share of the corpus spam also trained on as copies with the compliant footer
# (``footers.footer_spam``), chosen on validation likewise.
FOOTER_SPAM_SHARE = 0.25


Loss = Literal["log", "hinge"]


@dataclass(frozen=True, slots=True)
class TrainingParams:
    """Hyper-parameters. The defaults were chosen on time-blocked validation within the
    training groups (``scanner eval --validation``, docs/eval-tos-validation.md).

    ``families`` are the optional token families (``scanner.tos.families``);
    ``rule_strength`` None adds the YAML rule weights after Platt scaling, a number fits
    the rule weights with Platt scaling, pulled towards the YAML weights that strongly
    (``scanner.tos.calibration``).
    """

    seed: int = DEFAULT_SEED
    loss: Loss = "hinge"
    c: float = 100.0
    folds: int = 5
    min_df: int = 2
    families: tuple[str, ...] = ("url-structure", "unspaced-bigrams")
    rule_strength: float | None = 0.1


@dataclass(frozen=True, slots=True)
class Margins:
    """A fitted linear model and its out-of-fold margins on the training set."""

    weights: np.ndarray
    intercept: float
    out_of_fold: np.ndarray

    def of(self, matrix: sparse.csr_matrix) -> np.ndarray:
        """The uncalibrated margin of each row of a ``vectorize`` matrix."""
        return np.asarray(matrix @ self.weights + self.intercept, dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Fitted:
    """A fitted, calibrated linear model over all ``N_FEATURES`` hashed columns."""

    margins: Margins
    calibration: Calibration


def fit_margins(
    token_lists: Sequence[Sequence[str]], labels: np.ndarray, params: TrainingParams
) -> Margins:
    """Fit the linear model on token lists; also its out-of-fold margins (for calibration)."""
    if labels.sum() < params.folds or (1 - labels).sum() < params.folds:
        raise InputError(f"training needs at least {params.folds} spam and ham examples each")
    matrix = vectorize(token_lists)
    document_frequency = np.asarray((matrix > 0).sum(axis=0)).ravel()
    # Fit on the columns seen in at least min_df messages only: rare hashes are noise, and
    # a compact matrix makes fitting several times faster.
    columns = np.flatnonzero(document_frequency >= params.min_df)
    compact = sparse.csr_matrix(matrix[:, columns])

    def classifier() -> LogisticRegression | LinearSVC:
        if params.loss == "hinge":
            return LinearSVC(
                C=params.c, class_weight="balanced", random_state=params.seed, max_iter=10_000
            )
        return LogisticRegression(
            C=params.c, class_weight="balanced", solver="liblinear", random_state=params.seed
        )

    folds = StratifiedKFold(params.folds, shuffle=True, random_state=params.seed)
    out_of_fold = cross_val_predict(
        classifier(), compact, labels, cv=folds, method="decision_function"
    )
    final = classifier().fit(compact, labels)
    weights = np.zeros(matrix.shape[1], dtype=np.float64)
    weights[columns] = final.coef_.ravel()
    return Margins(weights, float(final.intercept_[0]), np.asarray(out_of_fold, np.float64))


def calibrate(
    margins: Margins, labels: np.ndarray, params: TrainingParams, rules: RuleData | None
) -> Calibration:
    """Platt scaling, or Platt scaling with fitted rule weights (``params.rule_strength``)."""
    if params.rule_strength is None:
        return platt(margins.out_of_fold, labels)
    if rules is None:
        raise InputError("fitting rule weights needs the rules")
    return with_rule_weights(margins.out_of_fold, labels, rules, params.rule_strength)


def fit(
    token_lists: Sequence[Sequence[str]],
    labels: np.ndarray,
    params: TrainingParams,
    rules: RuleData | None = None,
) -> Fitted:
    """Fit the linear model and calibrate it on its out-of-fold margins."""
    margins = fit_margins(token_lists, labels, params)
    return Fitted(margins, calibrate(margins, labels, params, rules))


def rule_data(rules: RuleSet, messages: Sequence[ParsedMessage]) -> RuleData:
    """Which enabled rules fire on each message (no envelope, as in the corpus)."""
    symbols = [s for s in rules.symbols if s.enabled]
    fired = np.zeros((len(messages), len(symbols)), dtype=np.float64)
    for row, message in enumerate(messages):
        names = {reason.rule for reason in rules.evaluate(message, None)}
        fired[row] = [s.name in names for s in symbols]
    return RuleData(
        tuple(s.name for s in symbols), fired, np.array([s.weight for s in symbols], np.float64)
    )


def train(
    examples: Sequence[Example],
    limits: Limits,
    version: str,
    params: TrainingParams = TrainingParams(),
    sources: dict[str, str] | None = None,
    rules: RuleSet | None = None,
) -> LinearModel:
    """Fit and calibrate a model on ``examples`` (artefacts already stripped); ``rules``
    are needed when ``params.rule_strength`` fits their weights."""
    labels = np.array([e.spam for e in examples], dtype=np.int64)
    messages = [parse_message(e.raw, limits) for e in examples]
    token_lists = [tokens(m, None, params.families) for m in messages]
    data = None
    if rules is not None and params.rule_strength is not None:
        data = rule_data(rules, messages)
    fitted = fit(token_lists, labels, params, data)
    weights = fitted.margins.weights
    indices = np.flatnonzero(weights).astype(np.int64)
    meta = {
        "trained": {
            "examples": len(examples),
            "spam": int(labels.sum()),
            "ham": int(len(labels) - labels.sum()),
            "groups": dict(sorted(Counter(e.group for e in examples).items())),
            "data_sha256": _data_digest(examples),
            "sources": sources or {},
            "params": {
                "seed": params.seed,
                "loss": params.loss,
                "C": params.c,
                "folds": params.folds,
                "min_df": params.min_df,
                "rule_strength": params.rule_strength,
                "class_weight": "balanced",
                "solver": "liblinear"
                + (" (LinearSVC)" if params.loss == "hinge" else " (LogisticRegression)"),
            },
            "libraries": {
                "python": platform.python_version(),
                "scikit-learn": sklearn.__version__,
                "numpy": np.__version__,
                "scipy": scipy.__version__,
            },
        },
        "top_features": _top_features(weights, token_lists),
    }
    return LinearModel(
        version=version,
        indices=indices,
        coef=weights[indices].astype(np.float64),
        intercept=fitted.margins.intercept,
        platt_a=fitted.calibration.a,
        platt_b=fitted.calibration.b,
        meta=meta,
        families=params.families,
        rule_weights=fitted.calibration.rule_weights,
    )


def _data_digest(examples: Sequence[Example]) -> str:
    digest = hashlib.sha256()
    for example in examples:
        digest.update(hashlib.sha256(example.raw).digest() + bytes([example.spam]))
    return digest.hexdigest()


def _top_features(weights: np.ndarray, token_lists: list[list[str]]) -> dict[str, list[Any]]:
    """The strongest weights each way, named by the most frequent token hashing there."""
    order = np.argsort(weights, kind="stable")
    wanted = set(order[:TOP_FEATURES].tolist()) | set(order[-TOP_FEATURES:].tolist())
    counts: Counter[tuple[int, str]] = Counter()
    index_of: dict[str, int] = {}
    for token_list in token_lists:
        for token in set(token_list):
            column = index_of.get(token)
            if column is None:
                column = index_of[token] = feature_index(token)
            if column in wanted:
                counts[(column, token)] += 1
    names: dict[int, str] = {}
    for (column, token), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1])):
        names.setdefault(column, token)

    def rows(columns: np.ndarray) -> list[Any]:
        return [[names.get(int(c), f"#{int(c)}"), round(float(weights[c]), 4)] for c in columns]

    return {"spam": rows(order[::-1][:TOP_FEATURES]), "ham": rows(order[:TOP_FEATURES])}
