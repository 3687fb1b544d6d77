"""``review-queue serve`` as a real process: first admin, UI, /metrics, clean shutdown."""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest

from bench.loopback import free_port, occupied_address
from review_queue.commands.serve import split_host_port, with_overrides
from scanner.config import Settings
from scanner.errors import ConfigError
from tests.review_queue.web.conftest import csrf_of

START_S = 90.0  # imports and argon2 are slow when the machine is busy


def _args(**values: str | None) -> argparse.Namespace:
    base: dict[str, str | None] = {"listen": None, "release_relay": None, "metrics_listen": None}
    return argparse.Namespace(**{**base, **values})


def test_command_line_addresses_override_and_are_validated() -> None:
    settings = with_overrides(Settings(), _args(listen="0.0.0.0:9000", release_relay="[::1]:25"))
    assert settings.review.listen == "0.0.0.0:9000"
    assert split_host_port(settings.review.release_relay) == ("::1", 25)
    with pytest.raises(ConfigError, match="listen"):
        with_overrides(Settings(), _args(listen="no-port"))


@pytest.mark.slow
def test_serve_process(tmp_path: Path) -> None:
    web, metrics = free_port(), free_port()
    process = subprocess.Popen(
        [
            sys.executable, "-c", "from review_queue.cli import main; raise SystemExit(main())",
            "serve", "--data-dir", str(tmp_path / "var"),
            "--listen", f"127.0.0.1:{web}", "--metrics-listen", f"127.0.0.1:{metrics}",
            "--release-relay", f"127.0.0.1:{free_port()}",
        ],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{web}"
        deadline = time.monotonic() + START_S
        while process.poll() is None and time.monotonic() < deadline:
            try:
                if httpx2.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx2.TransportError:
                time.sleep(0.1)
        assert process.stdout is not None and process.poll() is None, "serve did not start"
        banner = process.stdout.readline()  # written before the server started listening
        found = re.search(r"first admin account 'admin'.*: (\S+)$", banner)
        assert found, "no first-admin banner"
        password = found.group(1)
        with httpx2.Client(base_url=base) as client:
            form = client.get("/login")
            answer = client.post(
                "/login",
                data={"name": "admin", "password": password, "csrf_token": csrf_of(form.text)},
            )
            assert answer.status_code == 303
            assert client.get("/admin/users").status_code == 200
        scrape = httpx2.get(f"http://127.0.0.1:{metrics}/metrics").text
        assert 'mailguard_review_http_requests_total{method="GET",route="/admin/users"' in scrape
        assert "mailguard_review_queue_up 1.0" in scrape
        assert password not in scrape
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(START_S) == 0


@pytest.mark.parametrize("busy", ["listen", "metrics"])
def test_an_address_in_use_is_a_clear_error_before_any_admin_is_made(
    tmp_path: Path, busy: str
) -> None:
    with occupied_address() as used:
        free = f"127.0.0.1:{free_port()}"
        web, metrics = (used, free) if busy == "listen" else (free, used)
        result = subprocess.run(
            [
                sys.executable, "-c", "from review_queue.cli import main; raise SystemExit(main())",
                "serve", "--data-dir", str(tmp_path / "var"),
                "--listen", web, "--metrics-listen", metrics,
            ],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert result.returncode == 2
    assert f"cannot listen on {used}" in result.stderr and "Traceback" not in result.stderr
    assert "password" not in result.stdout
