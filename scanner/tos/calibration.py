"""Turn out-of-fold margins into calibrated log-odds, with or without fitted rule weights.

Platt scaling fits ``a * margin + b`` to the labels. With rule weights fitted as well, the
same logistic loss is minimised over ``a * margin + b + sum(w_r * fired_r)``, where each
rule weight ``w_r`` is pulled towards its ``rules/tos/*.yaml`` weight (the prior) by the
penalty ``strength * (w_r - prior_r)^2`` and kept within ``[0, MAX_WEIGHT]``: a rule that
fires is never evidence against a violation, and a rule that never fires in the training
data keeps its YAML weight.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.linear_model import LogisticRegression

from scanner.tos.rules import MAX_WEIGHT


@dataclass(frozen=True, slots=True)
class RuleData:
    """Which rules fired on each training message, and their YAML weights."""

    names: tuple[str, ...]
    fired: np.ndarray  # (messages, rules) of 0/1
    prior: np.ndarray  # (rules,) YAML weights


@dataclass(frozen=True, slots=True)
class Calibration:
    """``a * margin + b`` log-odds; ``rule_weights`` replace the YAML weights when set."""

    a: float
    b: float
    rule_weights: dict[str, float] | None = None


def platt(margin: np.ndarray, labels: np.ndarray) -> Calibration:
    """Platt scaling: a sigmoid of the margin fitted to the labels."""
    model = LogisticRegression(C=1e6, max_iter=1000).fit(margin.reshape(-1, 1), labels)
    return Calibration(float(model.coef_[0, 0]), float(model.intercept_[0]))


def with_rule_weights(
    margin: np.ndarray, labels: np.ndarray, rules: RuleData, strength: float
) -> Calibration:
    """Fit ``a``, ``b`` and the rule weights jointly (penalised towards the YAML prior)."""
    start = platt(margin, labels)
    sign = np.where(labels == 1, 1.0, -1.0)

    def loss(x: np.ndarray) -> tuple[float, np.ndarray]:
        z = x[0] * margin + x[1] + rules.fired @ x[2:]
        drift = x[2:] - rules.prior
        gradient = -sign * expit(-sign * z)
        value = float(np.sum(np.logaddexp(0.0, -sign * z)) + strength * drift @ drift)
        return value, np.concatenate(
            [[gradient @ margin, gradient.sum()], rules.fired.T @ gradient + 2 * strength * drift]
        )

    x0 = np.concatenate([[start.a, start.b], np.clip(rules.prior, 0.0, MAX_WEIGHT)])
    bounds = [(None, None)] * 2 + [(0.0, MAX_WEIGHT)] * len(rules.names)
    x = minimize(loss, x0, jac=True, method="L-BFGS-B", bounds=bounds).x
    weights = {name: round(float(w), 4) for name, w in zip(rules.names, x[2:], strict=True)}
    return Calibration(float(x[0]), float(x[1]), weights)
