"""The systemd units: valid for systemd-analyze, hardened, signals mapped to the services."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from scanner.config import Proxy

ROOT = Path(__file__).resolve().parents[2]
UNITS = tuple(sorted((ROOT / "deploy" / "systemd").glob("*.service")))
VENV_BIN = ROOT / ".venv" / "bin"


def analyze(*args: str) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("systemd-analyze")
    if binary is None:
        pytest.fail("systemd-analyze not found (Debian package systemd)")
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=60, check=False)


def local_copy(unit: Path, directory: Path) -> Path:
    """The unit with its /opt/mailguard paths pointed at this checkout, so they resolve."""
    copy = directory / unit.name
    copy.write_text(unit.read_text().replace("/opt/mailguard/.venv/bin", str(VENV_BIN)))
    return copy


def directives(unit: Path) -> dict[str, list[str]]:
    """Every ``Key=value`` of the unit (keys may repeat)."""
    values: dict[str, list[str]] = {}
    for line in unit.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith("#"):
            values.setdefault(key.strip(), []).append(value.strip())
    return values


def test_both_services_are_shipped() -> None:
    assert [u.name for u in UNITS] == ["mailguard-proxy.service", "mailguard-review.service"]


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.stem)
def test_unit_verifies_without_warnings(unit: Path, tmp_path: Path) -> None:
    result = analyze("verify", "--man=no", str(local_copy(unit, tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.stem)
def test_unit_exposure_is_low(unit: Path, tmp_path: Path) -> None:
    # systemd's exposure score 0..10 (x10 for --threshold): 2.0 and below rates "OK".
    result = analyze(
        "security", "--offline=yes", "--no-pager", "--threshold=20", str(local_copy(unit, tmp_path))
    )
    assert result.returncode == 0, result.stdout[-600:] + result.stderr
    assert "Overall exposure level" in result.stdout


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.stem)
def test_unit_runs_unprivileged_with_a_read_only_system(unit: Path) -> None:
    values = directives(unit)
    assert values["User"] == ["mailguard"]
    assert values["ProtectSystem"] == ["strict"]
    assert values["NoNewPrivileges"] == ["yes"]
    assert values["CapabilityBoundingSet"] == [""]
    assert values["StateDirectory"] == ["mailguard"]
    assert values["KillSignal"] == ["SIGTERM"]
    assert "MAILGUARD_LOGGING_FORMAT=json" in values["Environment"]


def test_proxy_reloads_on_sighup_and_outlasts_its_shutdown_deadline() -> None:
    values = directives(ROOT / "deploy" / "systemd" / "mailguard-proxy.service")
    assert values["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert "--metrics 127.0.0.1:9101" in values["ExecStart"][0]
    deadline = Proxy().shutdown_deadline_seconds
    assert float(values["TimeoutStopSec"][0]) > deadline


def test_review_service_serves_metrics_on_its_own_loopback_port() -> None:
    values = directives(ROOT / "deploy" / "systemd" / "mailguard-review.service")
    assert "--metrics-listen 127.0.0.1:9102" in values["ExecStart"][0]
    assert "ExecReload" not in values  # uvicorn does not reload on SIGHUP
