"""Train the ToS classifier: hashed features, an L2 linear model, Platt calibration.

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
from scanner.tos.artifact import LinearModel
from scanner.tos.corpus import Example
from scanner.tos.features import feature_index, tokens, vectorize

TOP_FEATURES = 30
DEFAULT_SEED = 20021


Loss = Literal["log", "hinge"]


@dataclass(frozen=True, slots=True)
class TrainingParams:
    """Hyper-parameters. The defaults were chosen on time-blocked validation within the
    training groups (``scanner eval --validation``, docs/eval-tos-validation.md)."""

    seed: int = DEFAULT_SEED
    loss: Loss = "hinge"
    c: float = 300.0
    folds: int = 5
    min_df: int = 2


@dataclass(frozen=True, slots=True)
class Fitted:
    """A fitted, calibrated linear model over all ``N_FEATURES`` hashed columns."""

    weights: np.ndarray
    intercept: float
    platt_a: float
    platt_b: float

    def logits(self, matrix: sparse.csr_matrix) -> np.ndarray:
        """Calibrated log-odds of each row of a ``vectorize`` matrix."""
        margin = matrix @ self.weights + self.intercept
        return np.asarray(self.platt_a * margin + self.platt_b, dtype=np.float64)


def fit(token_lists: Sequence[Sequence[str]], labels: np.ndarray, params: TrainingParams) -> Fitted:
    """Fit the linear model on token lists and Platt-calibrate it on out-of-fold margins."""
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
    platt = LogisticRegression(C=1e6, max_iter=1000).fit(out_of_fold.reshape(-1, 1), labels)
    final = classifier().fit(compact, labels)
    weights = np.zeros(matrix.shape[1], dtype=np.float64)
    weights[columns] = final.coef_.ravel()
    return Fitted(
        weights,
        float(final.intercept_[0]),
        float(platt.coef_[0, 0]),
        float(platt.intercept_[0]),
    )


def train(
    examples: Sequence[Example],
    limits: Limits,
    version: str,
    params: TrainingParams = TrainingParams(),
    sources: dict[str, str] | None = None,
) -> LinearModel:
    """Fit and calibrate a model on ``examples`` (artefacts already stripped)."""
    labels = np.array([e.spam for e in examples], dtype=np.int64)
    token_lists = [tokens(parse_message(e.raw, limits)) for e in examples]
    fitted = fit(token_lists, labels, params)
    weights = fitted.weights
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
        intercept=fitted.intercept,
        platt_a=fitted.platt_a,
        platt_b=fitted.platt_b,
        meta=meta,
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
