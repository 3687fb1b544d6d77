"""The Grafana dashboard: the structure Grafana's schema requires, valid PromQL, and only
metric names the running services really export."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.cog.plugins import register_default_plugins
from grafana_foundation_sdk.models.dashboard import Dashboard, Panel, RowPanel
from grafana_foundation_sdk.models.prometheus import Dataquery
from prometheus_client.parser import text_string_to_metric_families

from tests.observability.conftest import Process
from tests.observability.promtool import PROMETHEUS_DIR, promtool

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "mailguard-dashboard.json"
PANEL_TYPES = {"row", "stat", "timeseries", "gauge", "bargauge", "table", "heatmap", "text"}
# Grafana template variables and their stand-ins when the expression is checked by promtool.
VARIABLES = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h", "$instance": ".*"}
PROMQL_WORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset",
    "and", "or", "unless", "inf", "nan",
}  # fmt: skip


def dashboard() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return data


def panels(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in data["panels"]:
        yield panel
        yield from panel.get("panels", [])


def query_panels(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in panels(data) if p["type"] != "row"]


def expressions(data: dict[str, Any]) -> list[str]:
    return [t["expr"] for p in query_panels(data) for t in p["targets"]]


def substituted(expr: str) -> str:
    for name, value in VARIABLES.items():
        expr = expr.replace(name, value)
    assert "$" not in expr, f"unknown variable in {expr}"
    return expr


def metric_names(expr: str) -> set[str]:
    """Series names an expression selects (labels, strings, durations and functions removed)."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', "", expr)
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"\[[^\]]*\]", " ", text)
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", text):
        following = text[match.end() :].lstrip()
        if following.startswith("(") or match.group() in PROMQL_WORDS:
            continue
        names.add(match.group())
    return names


def recorded_names() -> set[str]:
    rules = yaml.safe_load((PROMETHEUS_DIR / "rules.yml").read_text())
    return {rule["record"] for group in rules["groups"] for rule in group["rules"]}


SUFFIXES = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}


def exported_names(exposition: str) -> set[str]:
    """Series names a scrape offers: its samples, plus those of families declared without
    samples yet (a labelled counter before its first increment, e.g. rule hits)."""
    names = set()
    for family in text_string_to_metric_families(exposition):
        names |= {sample.name for sample in family.samples}
        names |= {family.name + suffix for suffix in SUFFIXES.get(family.type, ())}
    return names


def test_dashboard_has_the_top_level_fields_grafana_requires() -> None:
    data = dashboard()
    assert isinstance(data["title"], str) and data["title"]
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,40}", data["uid"])
    assert isinstance(data["schemaVersion"], int) and data["schemaVersion"] >= 36
    assert data["time"].keys() >= {"from", "to"}
    assert isinstance(data["panels"], list) and data["panels"]
    variables = {v["name"]: v for v in data["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"


def lost_in_round_trip(given: Any, decoded: Any, path: str = "") -> list[str]:
    """Keys or values of ``given`` that did not survive decoding and re-encoding."""
    if isinstance(given, dict):
        if not isinstance(decoded, dict):
            return [path]
        return [
            lost
            for key, value in given.items()
            for lost in (
                lost_in_round_trip(value, decoded[key], f"{path}/{key}")
                if key in decoded
                else [f"{path}/{key}"]
            )
        ]
    if isinstance(given, list):
        if not isinstance(decoded, list) or len(given) != len(decoded):
            return [path]
        return [
            lost
            for index, (a, b) in enumerate(zip(given, decoded, strict=True))
            for lost in lost_in_round_trip(a, b, f"{path}[{index}]")
        ]
    return [] if given == decoded else [path]


def test_grafanas_schema_types_read_every_field() -> None:
    """Grafana's generated schema types (grafana-foundation-sdk) decode the dashboard, and
    re-encoding it loses nothing: no misspelt or unknown key, no value of the wrong shape."""
    register_default_plugins()
    data = dashboard()
    model = Dashboard.from_json(data)
    assert lost_in_round_trip(data, json.loads(json.dumps(model, cls=JSONEncoder))) == []
    assert model.panels is not None
    for panel in model.panels:
        assert isinstance(panel, RowPanel | Panel)
        if isinstance(panel, Panel):
            assert panel.targets and all(isinstance(t, Dataquery) for t in panel.targets)


def test_round_trip_check_notices_an_unknown_key() -> None:
    register_default_plugins()
    data = dashboard()
    data["panels"][1]["gridPos"]["width"] = 6
    decoded = json.loads(json.dumps(Dashboard.from_json(data), cls=JSONEncoder))
    assert lost_in_round_trip(data, decoded) == ["/panels[1]/gridPos/width"]


def test_panels_have_unique_ids_datasource_targets_and_a_place_on_the_grid() -> None:
    data = dashboard()
    ids = [p["id"] for p in panels(data)]
    assert all(isinstance(i, int) for i in ids)
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    cells: set[tuple[int, int]] = set()
    for panel in panels(data):
        assert panel["type"] in PANEL_TYPES, panel["title"]
        grid = panel["gridPos"]
        assert all(isinstance(grid[k], int) for k in ("x", "y", "w", "h")), panel["title"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24 and grid["h"] > 0, panel["title"]
        mine = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not mine & cells, f"{panel['title']} overlaps another panel"
        cells |= mine
    for panel in query_panels(data):
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        refs = [t["refId"] for t in panel["targets"]]
        assert panel["targets"] and len(refs) == len(set(refs)), panel["title"]
        assert all(t["expr"].strip() for t in panel["targets"]), panel["title"]
        assert panel["fieldConfig"]["defaults"]["unit"], panel["title"]


def test_dashboard_covers_what_ops_watch() -> None:
    names = set().union(*(metric_names(e) for e in expressions(dashboard())))
    for needed in (
        "mailguard_message_size_bytes_count",  # throughput
        "mailguard_messages_total",  # actions
        "mailguard_findings_total",  # categories
        "mailguard_stage_duration_seconds_bucket",  # latency percentiles
        "mailguard_downstream_latency_seconds_bucket",
        "mailguard_review_queue_depth",  # queue depth
        "mailguard_review_queue_oldest_pending_age_seconds",  # queue age
        "mailguard_tempfails_total",  # errors
        "mailguard_relay_errors_total",
    ):
        assert needed in names, needed


def test_every_expression_parses(tmp_path: Path) -> None:
    """promtool evaluates each expression over no data: a syntax error fails the run."""
    cases = [
        {"expr": substituted(expr), "eval_time": "1m", "exp_samples": []}
        for expr in expressions(dashboard())
    ]
    unit = {
        "rule_files": [str(PROMETHEUS_DIR / "rules.yml")],
        "tests": [{"interval": "1m", "input_series": [], "promql_expr_test": cases}],
    }
    path = tmp_path / "dashboard_test.yml"
    path.write_text(yaml.safe_dump(unit))
    result = promtool("test", "rules", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_name_extraction_sees_through_functions_and_labels() -> None:
    expr = 'histogram_quantile(0.99, sum by (le, stage) (rate(a_bucket{x="y"}[5m]))) / on (job) b'
    assert metric_names(expr) == {"a_bucket", "b"}


def label_matchers(expr: str) -> set[tuple[str, str, str]]:
    """``(metric, label, value)`` of every ``metric{label="value"}`` equality matcher
    (target labels ``job`` and ``instance`` are Prometheus's, not the exporter's)."""
    found = set()
    for selector in re.finditer(r"([A-Za-z_:][A-Za-z0-9_:]*)\{([^}]*)\}", expr):
        for label, value in re.findall(r'(\w+)\s*=\s*"([^"]*)"', selector.group(2)):
            if label not in ("job", "instance"):
                found.add((selector.group(1), label, value))
    return found


def rule_expressions() -> list[str]:
    exprs = []
    for name in ("alerts.yml", "rules.yml"):
        rules = yaml.safe_load((PROMETHEUS_DIR / name).read_text())
        exprs += [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    return exprs


@pytest.mark.slow
def test_every_metric_the_dashboard_and_alerts_use_is_exported(
    proxy_service: Process, review_service: Process
) -> None:
    exported = exported_names(proxy_service.scrape()) | exported_names(review_service.scrape())
    known = exported | recorded_names() | {"up"}
    exprs = expressions(dashboard()) + rule_expressions()
    used = set().union(*(metric_names(e) for e in exprs))
    assert used - known == set()


@pytest.mark.slow
def test_every_label_value_matched_exactly_is_exported(
    proxy_service: Process, review_service: Process
) -> None:
    """``stage="scan"``, ``status="pending"``, ``result="failed"``...: values that exist."""
    offered = {
        (sample.name, label, value)
        for text in (proxy_service.scrape(), review_service.scrape())
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        for label, value in sample.labels.items()
    }
    matched = set().union(
        *(label_matchers(e) for e in expressions(dashboard()) + rule_expressions())
    )
    matched = {m for m in matched if m[0] != "up" and ":" not in m[0]}
    assert matched, "no label matchers found: the check would be empty"
    assert matched - offered == set()
