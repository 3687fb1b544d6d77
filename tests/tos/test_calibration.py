"""Calibration: Platt scaling, and rule weights fitted towards their YAML prior."""

from __future__ import annotations

import numpy as np

from scanner.tos.calibration import RuleData, platt, with_rule_weights
from scanner.tos.rules import MAX_WEIGHT


def _data() -> tuple[np.ndarray, np.ndarray, RuleData]:
    """400 messages; the margin separates them only roughly, and four rules with
    different evidence: spam only, ham only, both alike, never."""
    rng = np.random.default_rng(4)
    labels = np.repeat([0, 1], 200)
    margin = labels * 1.0 + rng.normal(0.0, 1.5, 400)
    fired = np.zeros((400, 4))
    fired[200:300, 0] = 1  # fires on half the spam only
    fired[:100, 1] = 1  # fires on half the ham only
    fired[::4, 2] = 1  # fires on every fourth message, spam or ham
    names = ("SPAM_ONLY", "HAM_ONLY", "EITHER", "NEVER")
    return margin, labels, RuleData(names, fired, np.array([0.5, 2.0, 1.0, 3.0]))


def test_platt_orders_like_the_margin() -> None:
    margin, labels, _ = _data()
    calibration = platt(margin, labels)
    assert calibration.a > 0
    assert calibration.rule_weights is None


def test_fitted_weights_follow_the_evidence_and_keep_the_prior_without_it() -> None:
    margin, labels, rules = _data()
    weights = with_rule_weights(margin, labels, rules, strength=0.01).rule_weights
    assert weights is not None
    assert weights["SPAM_ONLY"] > rules.prior[0] + 1.0
    assert weights["HAM_ONLY"] == 0.0  # bounded: a rule never lowers the score
    assert abs(weights["EITHER"]) < 0.5
    assert weights["NEVER"] == 3.0
    assert all(0.0 <= w <= MAX_WEIGHT for w in weights.values())


def test_a_strong_prior_keeps_the_yaml_weights() -> None:
    margin, labels, rules = _data()
    weak = with_rule_weights(margin, labels, rules, strength=0.01).rule_weights
    strong = with_rule_weights(margin, labels, rules, strength=1000.0).rule_weights
    assert weak is not None and strong is not None
    drift = [abs(strong[n] - p) for n, p in zip(rules.names, rules.prior, strict=True)]
    assert max(drift) < 0.1 < abs(weak["SPAM_ONLY"] - rules.prior[0])
