"""The ToS engine inside the scanner: scores, reasons in verdicts, reload."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from scanner.assembly import build_scanner
from scanner.cli import main
from scanner.config import Limits, Settings
from scanner.errors import ModelError
from scanner.mime import parse_message
from scanner.tos import artifact, domains, load_tos
from scanner.tos.artifact import LinearModel
from scanner.tos.features import feature_index
from scanner.tos.rules import load_rules
from scanner.tos.scorer import MODEL_SYMBOL, TosEngine, sigmoid

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "data" / "tos" / "rules"
PHISH = CASES / "TOS_LINK_TEXT_DOMAIN_MISMATCH" / "pos-bank.eml"
PHISH_RAW = (
    b"From: Security <alert@secure-notice.example.net>\r\nTo: member@example.com\r\n"
    b"Subject: URGENT: verify your account now!!\r\nContent-Type: text/html\r\n\r\n"
    b"<p>Your account has been suspended. Verify your account within 24 hours or it will be "
    b"closed.</p><p><a href='http://198.51.100.23/login'>https://www.mybank.com/login</a></p>"
)


def test_scan_verdict_carries_tos_score_and_fired_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = tmp_path / "phish.eml"
    sample.write_bytes(PHISH_RAW)
    assert main(["--data-dir", str(tmp_path), "scan", str(sample)]) == 0
    verdict = json.loads(capsys.readouterr().out)
    rules = {r["rule"] for r in verdict["reasons"]}
    assert verdict["scores"]["tos"] >= 0.9
    assert verdict["action"] == "hold"
    assert {MODEL_SYMBOL, "TOS_CREDENTIAL_HARVEST", "TOS_URL_IP_LITERAL",
            "TOS_LINK_TEXT_DOMAIN_MISMATCH"} <= rules  # fmt: skip
    assert main(["--data-dir", str(tmp_path), "scan", "--explain", str(sample)]) == 0
    report = capsys.readouterr().out
    engine = load_tos(Settings())
    assert engine is not None
    weight = next(s.weight for s in engine.rules.symbols if s.name == "TOS_URL_IP_LITERAL")
    assert f"TOS_URL_IP_LITERAL ({weight:+.2f})" in report  # the weight the score used
    assert "tos=" in report


def test_compliant_newsletter_passes_and_fires_no_rule() -> None:
    raw = (CASES / "TOS_BULK_NO_LIST_UNSUBSCRIBE" / "neg-compliant.eml").read_bytes()
    verdict = build_scanner(Settings()).scan(raw).verdict
    # a four-line HTML-only newsletter is near the classifier's boundary; no rule may fire
    assert not [
        r.rule for r in verdict.reasons if r.rule.startswith("TOS_") and r.rule != MODEL_SYMBOL
    ]
    assert 0.0 < verdict.scores["tos"] < Settings().policy.tos_hold_threshold
    assert verdict.action == "pass"


def test_rule_weights_move_the_score_in_log_odds() -> None:
    engine = load_tos(Settings())
    assert engine is not None
    scanner = build_scanner(Settings())
    message = scanner.scan(PHISH.read_bytes()).message
    logit, fired = engine.assess(message, None)
    probability, reasons = engine.score(message, None)
    assert reasons[0].rule == MODEL_SYMBOL
    assert reasons[0].weight == pytest.approx(logit, abs=1e-3)
    expected = 1 / (1 + pow(2.718281828459045, -(logit + sum(r.weight for r in fired))))
    assert probability == pytest.approx(expected)


def test_no_url_or_address_is_remembered_after_a_message() -> None:
    engine = load_tos(Settings())
    assert engine is not None
    message = build_scanner(Settings()).scan(PHISH_RAW).message
    _, reasons = engine.score(message, None)
    assert "TOS_URL_IP_LITERAL" in {r.rule for r in reasons}  # the URL helpers were used
    helpers = (
        domains.url_host, domains.is_ip_literal, domains.registrable,
        domains.address_domain, domains.address_count,
    )  # fmt: skip
    assert [helper.cache_info().currsize for helper in helpers] == [0] * len(helpers)


def test_disabled_tos_gives_zero_score() -> None:
    settings = Settings.model_validate({"tos": {"enabled": False}})
    assert load_tos(settings) is None
    result = build_scanner(settings).scan(PHISH_RAW)
    assert result.verdict.scores["tos"] == 0.0


def test_reload_picks_new_version_and_refuses_a_bad_one(
    tmp_path: Path, small_model: LinearModel
) -> None:
    models = tmp_path / "models"
    shutil.copytree(ROOT / "models" / "tos", models)
    settings = Settings.model_validate({"tos": {"model": str(models)}})
    shipped = artifact.newest_version(models)
    running = load_tos(settings)
    assert running is not None and running.version == f"v{shipped}"
    new = artifact.artifact_path(models, shipped + 1)
    artifact.save(LinearModel(**{**small_model.__dict__, "version": f"v{shipped + 1}"}), new)
    reloaded = load_tos(settings)
    assert reloaded is not None and reloaded.version == f"v{shipped + 1}"
    broken = artifact.artifact_path(models, shipped + 2)
    broken.write_bytes(b"broken")
    artifact.sidecar(broken).write_text(f"{'0' * 64}  {broken.name}\n")
    with pytest.raises(ModelError, match=broken.name):
        load_tos(settings)
    # the running engine is untouched by a refused reload and keeps scoring
    assert running.version == f"v{shipped}"
    assert running.score(parse_message(PHISH_RAW, Limits()), None)[0] >= 0.9


def test_fitted_rule_weights_replace_the_yaml_ones(small_model: LinearModel) -> None:
    rules = load_rules(ROOT / "rules" / "tos", 10)
    engine = TosEngine(replace(small_model, rule_weights={"TOS_URL_IP_LITERAL": 0.25}), rules)
    message = parse_message(PHISH_RAW, Limits())
    logit, fired = engine.assess(message, None)
    weights = {r.rule: r.weight for r in fired}
    yaml = {s.name: s.weight for s in rules.symbols}
    assert weights["TOS_URL_IP_LITERAL"] == 0.25
    assert weights["TOS_CREDENTIAL_HARVEST"] == yaml["TOS_CREDENTIAL_HARVEST"]  # not fitted
    assert engine.score(message, None)[0] == pytest.approx(sigmoid(logit + sum(weights.values())))


def test_engine_extracts_the_families_the_model_was_trained_with(
    small_model: LinearModel,
) -> None:
    column = np.array([feature_index("hn:subject")], dtype=np.int64)
    only_header_names = replace(
        small_model, indices=column, coef=np.array([1.0]), intercept=0.0, families=()
    )
    rules = load_rules(ROOT / "rules" / "tos", 10)
    message = parse_message(PHISH_RAW, Limits())
    without = TosEngine(only_header_names, rules)
    with_family = TosEngine(replace(only_header_names, families=("header-names",)), rules)
    assert without.margin(message) == 0.0
    assert with_family.margin(message) > 0.0


LIST_UNSUBSCRIBE = (
    b"List-Unsubscribe: <https://secure-notice.example.net/u/1>\r\n"
    b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
)


def test_list_unsubscribe_headers_cannot_lower_a_header_name_weight(
    small_model: LinearModel,
) -> None:
    """A model with v6's defect (List-Unsubscribe learned as ham) gains nothing from it."""
    weights = {"hn:list-unsubscribe": -2.0, "hn:list-unsubscribe-post": -2.0, "hn:subject": 1.0}
    columns = sorted((feature_index(name), weight) for name, weight in weights.items())
    model = replace(small_model, indices=np.array([c for c, _ in columns], dtype=np.int64),
                    coef=np.array([w for _, w in columns]), intercept=0.0,
                    families=("header-names",))  # fmt: skip
    engine = TosEngine(model, load_rules(ROOT / "rules" / "tos", 10))
    plain = parse_message(PHISH_RAW, Limits())
    listed = parse_message(LIST_UNSUBSCRIBE + PHISH_RAW, Limits())
    assert engine.margin(plain) > 0.0
    assert engine.margin(listed) == engine.margin(plain)


def test_shipped_model_does_not_score_spam_lower_for_list_unsubscribe_headers() -> None:
    engine = load_tos(Settings())
    assert engine is not None
    plain = parse_message(PHISH_RAW, Limits())
    listed = parse_message(LIST_UNSUBSCRIBE + PHISH_RAW, Limits())
    assert engine.model_logit(listed) == engine.model_logit(plain)  # the classifier's part
    # the headers make it bulk mail: compliance rules may add weight, never take it away
    assert engine.score(listed, None)[0] >= engine.score(plain, None)[0]
    for raw in sorted(CASES.glob("*/pos-*.eml")):
        message = raw.read_bytes()
        before = engine.model_logit(parse_message(message, Limits()))
        assert engine.model_logit(parse_message(LIST_UNSUBSCRIBE + message, Limits())) == before
