"""The policy engine: defaults, thresholds, rule mapping, customers, allowlists, monitor."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.categories import SENSITIVE_CATEGORIES
from scanner.config import Policy
from scanner.errors import ConfigError
from scanner.model import Action, Defect, Finding, Reason, Verdict
from scanner.policy import Context, PolicyEngine, decide

ROOT = Path(__file__).resolve().parents[2]


def finding(category: str, score: float = 0.9, entity: str = "X") -> Finding:
    return Finding("test", category, entity, "body:text/plain", "1", 0, 4, score)


def engine(tmp_path: Path, text: str) -> PolicyEngine:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return PolicyEngine.from_settings(Policy(file=path))


DEFAULT = PolicyEngine.from_settings(Policy())


# fmt: off
@pytest.mark.parametrize(("findings", "tos", "action", "reasons"), [
    ([], 0.0, Action.PASS, []),
    ([finding("health")], 0.0, Action.HOLD, ["SENSITIVE_HEALTH"]),
    ([finding("payment_card", 0.49)], 0.0, Action.PASS, []),          # below min score
    ([], 0.9, Action.HOLD, ["TOS_SCORE_HOLD"]),
    ([], 0.89, Action.PASS, []),
    ([finding("unscanned", entity="UNSCANNED_IMAGE")], 0.0, Action.TAG, ["UNSCANNED_IMAGE"]),
    ([finding("unscanned", entity="UNSCANNED_IMAGE"), finding("government_id")], 0.2,
     Action.HOLD, ["SENSITIVE_GOVERNMENT_ID", "UNSCANNED_IMAGE"]),
])
# fmt: on
def test_defaults(
    findings: list[Finding], tos: float, action: Action, reasons: list[str]
) -> None:
    decision = DEFAULT.decide(findings, {"tos": tos})
    assert decision.action == action
    assert [r.rule for r in decision.reasons] == reasons


@pytest.mark.parametrize("category", SENSITIVE_CATEGORIES)
def test_every_sensitive_category_is_held_by_default(category: str) -> None:
    assert DEFAULT.decide([finding(category)], {"tos": 0.0}).action == Action.HOLD


def test_shipped_policy_file_equals_the_defaults(tmp_path: Path) -> None:
    shipped = PolicyEngine.from_settings(Policy(file=ROOT / "rules" / "policy.yaml"))
    assert shipped.spec == DEFAULT.spec


def test_a_cards_last_digits_are_tagged_and_a_whole_card_still_holds() -> None:
    last_digits = finding("payment_card", entity="CREDIT_CARD_LAST_DIGITS")
    whole = finding("payment_card", entity="CREDIT_CARD")
    tagged = DEFAULT.decide([last_digits], {"tos": 0.0})
    assert tagged.action == Action.TAG
    assert [r.rule for r in tagged.reasons] == ["SENSITIVE_PAYMENT_CARD"]
    assert DEFAULT.decide([last_digits, whole], {"tos": 0.0}).action == Action.HOLD
    assert DEFAULT.decide([whole, last_digits], {"tos": 0.0}).action == Action.HOLD


def test_a_customer_can_set_an_entitys_action(tmp_path: Path) -> None:
    policy = engine(
        tmp_path,
        "entities: {CREDIT_CARD_LAST_DIGITS: tag}\n"
        "customers: {strict.example.org: {entities: {CREDIT_CARD_LAST_DIGITS: hold}}}\n",
    )
    last_digits = [finding("payment_card", entity="CREDIT_CARD_LAST_DIGITS")]
    strict = Context(sender="treasurer@strict.example.org")
    assert policy.decide(last_digits, {"tos": 0.0}).action == Action.TAG
    assert policy.decide(last_digits, {"tos": 0.0}, context=strict).action == Action.HOLD


@pytest.mark.parametrize("rule", ["TOS_LINK_TEXT_DOMAIN_MISMATCH", "TOS_URL_BLOCKLISTED"])
def test_a_phishing_link_holds_by_default_whatever_the_score(rule: str) -> None:
    decision = DEFAULT.decide([], {"tos": 0.1}, fired=(Reason(rule, 0.0, "a bad link"),))
    assert decision.action == Action.HOLD
    assert f"RULE_{rule}" in {r.rule for r in decision.reasons}
    other = Reason("TOS_URL_SHORTENER", 0.8, "shortener")
    assert DEFAULT.decide([], {"tos": 0.1}, fired=(other,)).action == Action.PASS


@pytest.mark.parametrize("rule", ["TOS_BULK_NO_UNSUBSCRIBE_LINK", "TOS_BULK_NO_POSTAL_ADDRESS"])
def test_bulk_mail_without_what_the_law_requires_is_tagged_by_default(rule: str) -> None:
    decision = DEFAULT.decide([], {"tos": 0.1}, fired=(Reason(rule, 0.5, "bulk"),))
    assert decision.action == Action.TAG
    assert f"RULE_{rule}" in {r.rule for r in decision.reasons}
    no_one_click = Reason("TOS_BULK_NO_ONE_CLICK", 0.4, "no one-click")  # not the law's
    assert DEFAULT.decide([], {"tos": 0.1}, fired=(no_one_click,)).action == Action.PASS


def test_a_rule_both_tagged_and_held_holds() -> None:
    rule = "TOS_BULK_NO_POSTAL_ADDRESS"
    policy = PolicyEngine.from_settings(Policy(hold_rules=(rule,), tag_rules=(rule,)))
    fired = (Reason(rule, 0.5, "bulk"),)
    assert policy.decide([], {"tos": 0.1}, fired=fired).action == Action.HOLD
    quiet = PolicyEngine.from_settings(Policy(tag_rules=()))
    assert quiet.decide([], {"tos": 0.1}, fired=fired).action == Action.PASS


def test_failed_detector_holds_by_default() -> None:
    decision = DEFAULT.decide([], {"tos": 0.0}, failed_detectors=("sensitive-rules",))
    assert (decision.action, decision.code) == (Action.HOLD, "SCAN_INCOMPLETE")


def test_thresholds_and_rules_map_to_actions(tmp_path: Path) -> None:
    policy = engine(
        tmp_path,
        "tos: {tag: 0.5, hold: 0.8, reject: 0.97}\n"
        "rules: {TOS_PHISH_FORM: {action: reject, code: PHISHING}, TOS_BULK: {action: tag}}\n",
    )
    assert policy.decide([], {"tos": 0.6}).action == Action.TAG
    assert policy.decide([], {"tos": 0.85}).action == Action.HOLD
    assert policy.decide([], {"tos": 0.98}).code == "TOS_VIOLATION"
    phish = policy.decide([], {"tos": 0.1}, fired=(Reason("TOS_PHISH_FORM", 2.0, "form"),))
    assert (phish.action, phish.code) == (Action.REJECT, "PHISHING")


def test_customer_overrides_merge_with_the_global_policy(tmp_path: Path) -> None:
    policy = engine(
        tmp_path,
        "customers:\n"
        "  clinic: {categories: {health: tag}}\n"
        "  strict.example: {tos: {hold: 0.5}, mode: monitor}\n",
    )
    clinic = Context(login="clinic", sender="a@other.example")
    health_and_card = [finding("health"), finding("payment_card")]
    assert policy.decide([finding("health")], {"tos": 0}, context=clinic).action == Action.TAG
    # Only the overridden key changes: card numbers are still held for the clinic.
    assert policy.decide(health_and_card, {"tos": 0}, context=clinic).action == Action.HOLD
    strict = policy.decide([], {"tos": 0.6}, context=Context(sender="n@strict.example"))
    assert (strict.decided, strict.action, strict.monitor) == (Action.HOLD, Action.PASS, True)
    assert strict.customer == "strict.example"


def test_customer_identity_order_login_then_header_then_domain(tmp_path: Path) -> None:
    policy = engine(
        tmp_path,
        "customers:\n  by-login: {tos: {reject: 0.0}}\n  by-header: {tos: {tempfail: 0.0}}\n"
        "  domain.example: {tos: {hold: 0.0}}\n",
    )
    everything = Context("by-login", "by-header", "a@domain.example")
    assert policy.decide([], {"tos": 0.1}, context=everything).action == Action.REJECT
    header = Context(None, "by-header", "a@domain.example")
    assert policy.decide([], {"tos": 0.1}, context=header).action == Action.TEMPFAIL
    domain = Context(None, None, "a@Domain.Example")
    assert policy.decide([], {"tos": 0.1}, context=domain).action == Action.HOLD


def test_allowlists(tmp_path: Path) -> None:
    policy = engine(
        tmp_path,
        "allow_recipient_domains: [abuse.example]\n"
        "customers:\n  trusted: {allow: true}\n"
        "  internal.example: {allow_recipient_domains: [internal.example]}\n",
    )
    card = [finding("payment_card")]
    assert policy.decide(card, {}, context=Context(login="trusted")).action == Action.PASS
    inside = Context(sender="a@internal.example", recipients=("b@internal.example",))
    assert policy.decide(card, {}, context=inside).action == Action.PASS
    mixed = Context(sender="a@internal.example", recipients=("b@internal.example", "c@x.org"))
    assert policy.decide(card, {}, context=mixed).action == Action.HOLD
    abuse = Context(sender="a@any.example", recipients=("desk@abuse.example",))
    assert policy.decide(card, {}, context=abuse).action == Action.PASS


def test_apply_replaces_pipeline_policy_reasons_and_keeps_fired_rules(tmp_path: Path) -> None:
    policy = engine(tmp_path, "customers:\n  clinic: {categories: {health: pass}}\n")
    action, reasons = decide(Policy(), [finding("health")], {"tos": 0.0})
    verdict = Verdict(
        action,
        {"tos": 0.0, "sensitive": 0.9},
        ("health",),
        (finding("health"),),
        (Reason("TOS_BULK", 0.5, "bulk"), *reasons),
        (Defect("x", "1"),),
    )
    updated, decision = policy.apply(verdict, Context(login="clinic"))
    assert decision.action == Action.PASS
    assert updated.action == Action.PASS
    assert [r.rule for r in updated.reasons] == ["TOS_BULK"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tos: {hold: 2}\n", "tos.hold"),
        ("categories: {helth: hold}\n", "unknown categories: helth"),
        ("mode: sometimes\n", "mode"),
        ("rules: {X: {action: reject, code: 'has space'}}\n", "rules.X.code"),
        ("surprise: 1\n", "surprise"),
        ("tos: [\n", "not valid YAML"),
        ("- a\n", "must be a mapping"),
    ],
)
def test_bad_policy_files_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match="policy") as caught:
        engine(tmp_path, text)
    assert message in str(caught.value)


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read policy file"):
        PolicyEngine.from_settings(Policy(file=tmp_path / "nope.yaml"))
