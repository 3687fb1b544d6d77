"""The scan pipeline: stage timings, and fired ToS rules reaching the policy."""

from __future__ import annotations

from pathlib import Path

from scanner.config import Settings
from scanner.model import Action, Envelope, ParsedMessage, Reason
from scanner.pipeline import Scanner

RAW = b"Subject: Spring appeal\n\nPlease verify your account at http://198.51.100.7/login\n"


class FiredRule:
    """A ToS scorer that always fires one named rule at a low score."""

    def score(
        self, message: ParsedMessage, envelope: Envelope | None
    ) -> tuple[float, tuple[Reason, ...]]:
        return 0.2, (Reason("TOS_TEST_RULE", 3.0, "test rule"),)


def test_each_stage_is_timed() -> None:
    result = Scanner(Settings()).scan(RAW)
    assert list(result.stage_seconds) == ["parse", "detect", "classify"]
    assert all(seconds >= 0 for seconds in result.stage_seconds.values())


def test_a_fired_rule_mapped_in_the_policy_file_decides_the_action(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n  TOS_TEST_RULE: {action: reject, code: TEST}\n")
    settings = Settings.model_validate({"policy": {"file": str(policy)}})
    verdict = Scanner(settings, tos=FiredRule()).scan(RAW).verdict
    assert verdict.action == Action.REJECT
    assert [r.rule for r in verdict.reasons] == ["TOS_TEST_RULE", "RULE_TOS_TEST_RULE"]


def test_without_a_mapping_a_fired_rule_alone_passes() -> None:
    verdict = Scanner(Settings(), tos=FiredRule()).scan(RAW).verdict
    assert verdict.action == Action.PASS
    assert [r.rule for r in verdict.reasons] == ["TOS_TEST_RULE"]
