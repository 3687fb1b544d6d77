"""Held-out evaluation of the ToS engine: ROC AUC, recall at fixed FPR, calibration, rules."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.corpus import Example
from scanner.tos.scorer import TosEngine, sigmoid

FPR_TARGETS = (0.001, 0.005, 0.01)
RELIABILITY_BINS = 10


@dataclass(frozen=True, slots=True)
class Operating:
    """Recall reached at (or below) a false-positive-rate target, and the score cut."""

    fpr_target: float
    fpr: float
    recall: float
    threshold: float


@dataclass(frozen=True, slots=True)
class Curve:
    """Ranking quality of one scorer on the test set."""

    name: str
    auc: float
    operating: tuple[Operating, ...]
    messages_per_second: float


@dataclass(frozen=True, slots=True)
class RuleStats:
    """How often a rule fired on test spam and ham."""

    name: str
    weight: float
    spam: int
    ham: int


@dataclass
class Evaluation:
    """Everything the report shows."""

    labels: np.ndarray
    model_probability: np.ndarray
    final_probability: np.ndarray
    seconds_per_message: float
    curves: list[Curve] = field(default_factory=list)
    rules: list[RuleStats] = field(default_factory=list)


def evaluate(engine: TosEngine, examples: Sequence[Example], limits: Limits) -> Evaluation:
    """Score every example with the engine, timing parse + score per message."""
    labels = np.array([e.spam for e in examples], dtype=np.int64)
    model_probability: list[float] = []
    final_probability: list[float] = []
    fired: dict[str, list[int]] = {s.name: [0, 0] for s in engine.rules.symbols if s.enabled}
    started = time.perf_counter()
    for example in examples:
        message = parse_message(example.raw, limits)
        logit, reasons = engine.assess(message, None)
        model_probability.append(sigmoid(logit))
        final_probability.append(sigmoid(logit + sum(r.weight for r in reasons)))
        for reason in reasons:
            fired[reason.rule][1 - example.spam] += 1
    seconds = (time.perf_counter() - started) / max(len(examples), 1)
    result = Evaluation(labels, np.array(model_probability), np.array(final_probability), seconds)
    weights = {s.name: s.weight for s in engine.rules.symbols}
    result.rules = sorted(
        (RuleStats(name, weights[name], spam, ham) for name, (spam, ham) in fired.items()),
        key=lambda r: (-(r.spam + r.ham), r.name),
    )
    rate = 1.0 / seconds if seconds else 0.0
    result.curves.append(curve("mailguard classifier only", labels, result.model_probability, rate))
    result.curves.append(
        curve("mailguard classifier + rules", labels, result.final_probability, rate)
    )
    return result


@dataclass(frozen=True, slots=True)
class Fairness:
    """How often ham of each language is flagged at a cut set on other data.

    ``flagged`` and ``total`` count messages per language code; a language is flagged
    more than ``reference`` when its rate is higher (no tolerance).
    """

    threshold: float
    flagged: dict[str, int]
    total: dict[str, int]
    reference: str = "en"

    def rate(self, language: str) -> float:
        """The share of ``language`` messages scored at or above the threshold."""
        return self.flagged[language] / self.total[language] if self.total[language] else 0.0

    @property
    def worse(self) -> tuple[str, ...]:
        """Languages flagged more often than the reference language."""
        ceiling = self.rate(self.reference)
        return tuple(code for code in self.total if self.rate(code) > ceiling)

    @property
    def fair(self) -> bool:
        """No language is flagged more often than the reference language."""
        return not self.worse


def curve(name: str, labels: np.ndarray, scores: np.ndarray, rate: float) -> Curve:
    """AUC and the best recall at each FPR target (ties broken against the scorer)."""
    fpr, tpr, thresholds = roc_curve(labels, scores)
    operating = []
    for target in FPR_TARGETS:
        best = _best_allowed(fpr, tpr, target)
        operating.append(
            Operating(target, float(fpr[best]), float(tpr[best]), float(thresholds[best]))
        )
    return Curve(name, float(roc_auc_score(labels, scores)), tuple(operating), rate)


def threshold_at_fpr(labels: np.ndarray, scores: np.ndarray, max_fpr: float) -> float:
    """The strictest cut (flag at ``score >= cut``) reaching the highest recall with a
    false-positive rate of at most ``max_fpr``: the cut ``curve`` reports."""
    fpr, tpr, thresholds = roc_curve(labels, scores)
    return float(thresholds[_best_allowed(fpr, tpr, max_fpr)])


def fairness(
    labels: np.ndarray,
    scores: np.ndarray,
    by_language: dict[str, np.ndarray],
    max_fpr: float,
    reference: str = "en",
) -> Fairness:
    """Flag rates of the ham in ``by_language`` (scores per language code) at the cut that
    ``labels``/``scores`` (other messages) choose for ``max_fpr``."""
    cut = threshold_at_fpr(labels, scores, max_fpr)
    return Fairness(
        cut,
        {code: int(np.sum(values >= cut)) for code, values in by_language.items()},
        {code: len(values) for code, values in by_language.items()},
        reference,
    )


def _best_allowed(fpr: np.ndarray, tpr: np.ndarray, max_fpr: float) -> int:
    allowed = np.flatnonzero(fpr <= max_fpr)
    return int(allowed[np.argmax(tpr[allowed])])


def recall_at_fpr(labels: np.ndarray, scores: np.ndarray, max_fpr: float) -> float:
    """The highest recall with a false-positive rate of at most ``max_fpr``."""
    fpr, tpr, _ = roc_curve(labels, scores)
    return float(tpr[fpr <= max_fpr].max())


def confusion(labels: np.ndarray, scores: np.ndarray, threshold: float) -> dict[str, int]:
    """Counts at ``score >= threshold`` flagged as spam."""
    flagged = scores >= threshold
    spam = labels == 1
    return {
        "tp": int(np.sum(flagged & spam)),
        "fn": int(np.sum(~flagged & spam)),
        "fp": int(np.sum(flagged & ~spam)),
        "tn": int(np.sum(~flagged & ~spam)),
    }


def reliability(labels: np.ndarray, scores: np.ndarray) -> list[tuple[str, int, float, float]]:
    """Per score bin: label, messages, mean predicted probability, observed spam share."""
    rows = []
    edges = np.linspace(0.0, 1.0, RELIABILITY_BINS + 1)
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (scores >= low) & ((scores < high) if high < 1.0 else (scores <= high))
        count = int(inside.sum())
        if count:
            rows.append(
                (f"{low:.1f}–{high:.1f}", count, float(scores[inside].mean()),
                 float(labels[inside].mean()))
            )  # fmt: skip
    return rows


def brier(labels: np.ndarray, scores: np.ndarray) -> float:
    """Mean squared error of the probabilities."""
    return float(np.mean((scores - labels) ** 2))
