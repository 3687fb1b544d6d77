"""The ToS scorer: calibrated classifier probability combined with the fired rules."""

from __future__ import annotations

import math
from dataclasses import replace

from scanner.model import Envelope, ParsedMessage, Reason
from scanner.tos import domains
from scanner.tos.artifact import LinearModel
from scanner.tos.features import message_row
from scanner.tos.rules import RuleSet

MODEL_SYMBOL = "TOS_CLASSIFIER"
CLASSIFIER_REASON_MIN = 0.5  # classifier probability from which it is listed as a reason


class TosEngine:
    """Implements ``scanner.pipeline.TosScorer``; immutable, so safe across threads.

    The score is ``sigmoid(a * margin + b + sum(rule weights))``: the model margin is
    Platt-calibrated on out-of-fold training predictions, and each fired rule adds its
    weight in log-odds: the weight fitted with the model's calibration if it has one for
    that rule, else the rule file's.
    """

    def __init__(self, model: LinearModel, rules: RuleSet) -> None:
        self.model = model
        self.rules = with_weights(rules, model.rule_weights or {})
        self._coef = model.dense_coef()

    @property
    def version(self) -> str:
        """The loaded model's version."""
        return self.model.version

    def margin(self, message: ParsedMessage, envelope: Envelope | None = None) -> float:
        """The uncalibrated linear decision value of the classifier."""
        columns, values = message_row(message, envelope, self.model.families)
        return float(values @ self._coef[columns]) + self.model.intercept

    def model_logit(self, message: ParsedMessage, envelope: Envelope | None = None) -> float:
        """The classifier's calibrated log-odds, before rules."""
        return self.model.platt_a * self.margin(message, envelope) + self.model.platt_b

    def assess(
        self, message: ParsedMessage, envelope: Envelope | None
    ) -> tuple[float, tuple[Reason, ...]]:
        """The classifier's calibrated log-odds and the rules that fired."""
        try:
            return self.model_logit(message, envelope), self.rules.evaluate(message, envelope)
        finally:
            domains.forget()  # nothing of this message stays in the helpers' memory

    def score(
        self, message: ParsedMessage, envelope: Envelope | None
    ) -> tuple[float, tuple[Reason, ...]]:
        """See ``scanner.pipeline.TosScorer``.

        The classifier is a reason of its own (``TOS_CLASSIFIER``, weight = its log-odds)
        only when it alone says "more likely spam than not", like any rule that fires.
        """
        logit, fired = self.assess(message, envelope)
        probability = sigmoid(logit + sum(r.weight for r in fired))
        if sigmoid(logit) < CLASSIFIER_REASON_MIN:
            return probability, fired
        classifier = Reason(
            MODEL_SYMBOL,
            round(logit, 3),
            f"classifier {self.version}: calibrated spam probability {sigmoid(logit):.3f}",
        )
        return probability, (classifier, *fired)


def with_weights(rules: RuleSet, weights: dict[str, float]) -> RuleSet:
    """``rules`` with the weights in ``weights`` in place of the rule files' ones."""
    symbols = tuple(replace(s, weight=weights.get(s.name, s.weight)) for s in rules.symbols)
    return replace(rules, symbols=symbols)


def sigmoid(value: float) -> float:
    """The logistic function, safe for large magnitudes."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)
