"""Policy: one action per message from findings, scores and fired rules."""

from __future__ import annotations

from collections.abc import Sequence

from scanner.categories import UNSCANNED
from scanner.config import Policy
from scanner.model import Action, Finding, Reason

# Stronger actions win when several apply.
_SEVERITY = {Action.PASS: 0, Action.TAG: 1, Action.HOLD: 2, Action.TEMPFAIL: 3, Action.REJECT: 4}


def strongest(actions: Sequence[Action]) -> Action:
    """The most severe of ``actions`` (PASS when empty)."""
    return max(actions, key=_SEVERITY.__getitem__, default=Action.PASS)


def decide(
    policy: Policy,
    findings: Sequence[Finding],
    scores: dict[str, float],
    failed_detectors: Sequence[str] = (),
) -> tuple[Action, tuple[Reason, ...]]:
    """Choose the action and say why, in terms of categories and thresholds only."""
    actions: list[Action] = []
    reasons: list[Reason] = []
    if failed_detectors:
        # A detector that failed may have missed something: let a human look.
        actions.append(Action.HOLD)
        reasons.append(Reason("DETECTOR_ERROR", 0.0, "a detector failed; held for review"))
    counted = [f for f in findings if f.score >= policy.min_finding_score]
    held = sorted({f.category for f in counted if f.category in policy.hold_categories})
    for category in held:
        actions.append(Action.HOLD)
        reasons.append(Reason(f"SENSITIVE_{category.upper()}", 0.0, f"{category} found"))
    if scores.get("tos", 0.0) >= policy.tos_hold_threshold:
        actions.append(Action.HOLD)
        reasons.append(Reason("TOS_SCORE", 0.0, "ToS score at or above the hold threshold"))
    unscanned = sorted({f.entity for f in findings if f.category == UNSCANNED})
    if unscanned and policy.unscanned_action != "pass":
        actions.append(Action(policy.unscanned_action))
        reasons.extend(Reason(e, 0.0, "content not scanned") for e in unscanned)
    return strongest(actions), tuple(reasons)
