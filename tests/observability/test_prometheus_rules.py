"""Alerting and recording rules: promtool check, promtool unit tests, coverage of each alert."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.observability.promtool import PROMETHEUS_DIR, RULE_FILES, UNIT_TESTS, promtool


def alert_names() -> list[str]:
    rules = yaml.safe_load((PROMETHEUS_DIR / "alerts.yml").read_text())
    return [rule["alert"] for group in rules["groups"] for rule in group["rules"]]


def alert_tests() -> list[dict[str, Any]]:
    cases = []
    for path in UNIT_TESTS:
        for test in yaml.safe_load(path.read_text())["tests"]:
            cases.extend(test.get("alert_rule_test", []))
    return cases


def test_rule_files_pass_promtool_check() -> None:
    result = promtool("check", "rules", *map(str, RULE_FILES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("SUCCESS") == len(RULE_FILES)


@pytest.mark.parametrize("unit_test", UNIT_TESTS, ids=lambda p: p.stem)
def test_promtool_unit_tests_pass(unit_test: Path) -> None:
    result = promtool("test", "rules", str(unit_test))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("alert", alert_names())
def test_every_alert_has_a_firing_and_a_quiet_case(alert: str) -> None:
    cases = [case for case in alert_tests() if case["alertname"] == alert]
    assert any(case["exp_alerts"] for case in cases), f"{alert}: no test where it fires"
    assert any(not case["exp_alerts"] for case in cases), f"{alert}: no test where it is quiet"


def test_unit_tests_catch_a_wrong_threshold(tmp_path: Path) -> None:
    """The fixtures are sensitive to the rules: a loosened threshold makes them fail."""
    copy = tmp_path / "prometheus"
    shutil.copytree(PROMETHEUS_DIR, copy)
    alerts = copy / "alerts.yml"
    text = alerts.read_text()
    assert "job:mailguard_tempfail_ratio:rate5m > 0.05" in text
    alerts.write_text(
        text.replace(
            "job:mailguard_tempfail_ratio:rate5m > 0.05",
            "job:mailguard_tempfail_ratio:rate5m > 0.5",
        )
    )
    result = promtool("test", "rules", str(copy / "tests" / "tempfail_rate.yml"))
    assert result.returncode != 0
    assert "MailguardTempfailRateHigh" in result.stdout + result.stderr


def test_example_prometheus_config_loads_the_rules_and_scrapes_the_expected_jobs() -> None:
    config = PROMETHEUS_DIR / "prometheus.yml"
    result = promtool("check", "config", str(config))
    assert result.returncode == 0, result.stdout + result.stderr
    jobs = {job["job_name"] for job in yaml.safe_load(config.read_text())["scrape_configs"]}
    assert jobs == {"mailguard-proxy", "mailguard-review"}
    rules = (PROMETHEUS_DIR / "alerts.yml").read_text() + (PROMETHEUS_DIR / "rules.yml").read_text()
    assert all(f'job="{job}"' in rules for job in jobs)
