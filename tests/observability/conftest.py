"""Real processes for the observability tests: ``review-queue serve`` and ``scanner proxy``
sharing one data directory (as in production), each on ephemeral loopback ports, with their
JSON logs captured from stderr. Both start in parallel once per test session."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2
import pytest

from bench.loopback import free_port
from tests.review_queue.store.helpers import Sink, smtp_sink

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"
START_TIMEOUT = 90.0  # bounded; start-up imports take seconds on a busy 2-core machine


@dataclass
class Process:
    """A started service: its process, where it listens and where its stderr goes."""

    name: str
    process: subprocess.Popen[bytes]
    metrics_url: str
    stderr_path: Path
    ports: dict[str, int]
    config: Path | None = None

    def scrape(self) -> str:
        response = httpx2.get(self.metrics_url, timeout=10)
        response.raise_for_status()
        return response.text

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")


def launch(
    name: str, args: list[str], data_dir: Path, ports: dict[str, int], env: dict[str, str]
) -> Process:
    """Start ``args`` with JSON logs on stderr (a file beside ``data_dir``); no waiting."""
    data_dir.mkdir(parents=True, exist_ok=True)
    stderr_path = data_dir.parent / f"{name}-stderr.log"
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")},
        "MAILGUARD_LOGGING_FORMAT": "json",
        "MAILGUARD_DATA_DIR": str(data_dir),
        **env,
    }
    with stderr_path.open("wb") as stderr:
        process = subprocess.Popen(
            args, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=stderr
        )
    metrics_url = f"http://127.0.0.1:{ports['metrics']}/metrics"
    return Process(name, process, metrics_url, stderr_path, ports)


def wait_ready(service: Process, deadline: float) -> None:
    """Poll /metrics until it answers 200; fail if the process exits or time runs out."""
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            pytest.fail(
                f"{service.name} exited with {service.process.returncode}: "
                f"{service.stderr()[-2000:]}"
            )
        try:
            if httpx2.get(service.metrics_url, timeout=1).status_code == 200:
                return
        except httpx2.TransportError:
            pass
        time.sleep(0.1)
    pytest.fail(f"{service.name} did not serve {service.metrics_url} in {START_TIMEOUT} s")


def stop(*services: Process) -> None:
    """SIGTERM to all, then SIGKILL whichever has not exited after 15 s."""
    running = [s for s in services if s.process.poll() is None]
    for service in running:
        service.process.send_signal(signal.SIGTERM)
    for service in running:
        try:
            service.process.wait(15)
        except subprocess.TimeoutExpired:
            service.process.kill()
            service.process.wait(5)


@pytest.fixture(scope="session")
def sink() -> Iterator[tuple[Sink, int]]:
    port = free_port()
    with smtp_sink(port) as handler:
        yield handler, port


@pytest.fixture(scope="session")
def services(
    tmp_path_factory: pytest.TempPathFactory, sink: tuple[Sink, int]
) -> Iterator[tuple[Process, Process]]:
    """The review service and the proxy, started together over one data directory.

    The proxy opens the store only at its first hold, after both are ready, so the review
    service is the one that creates the database and keys.
    """
    data_dir = tmp_path_factory.mktemp("mailguard") / "var"
    web = {"web": free_port(), "metrics": free_port(), "release": free_port()}
    review = launch(
        "review",
        [
            str(BIN / "review-queue"),
            "serve",
            *("--listen", f"127.0.0.1:{web['web']}"),
            *("--metrics-listen", f"127.0.0.1:{web['metrics']}"),
            *("--release-relay", f"127.0.0.1:{web['release']}"),
        ],
        data_dir,
        web,
        {},
    )
    smtp = {"smtp": free_port(), "metrics": free_port(), "relay": sink[1]}
    # One scan worker process: the real process pool, started quickly on a shared machine.
    config = data_dir.parent / "proxy.toml"
    config.write_text("[proxy]\nworkers = 1\n")
    proxy = launch(
        "proxy",
        [
            str(BIN / "scanner"),
            "proxy",
            *("--listen", f"127.0.0.1:{smtp['smtp']}"),
            *("--relay", f"127.0.0.1:{smtp['relay']}"),
            *("--metrics", f"127.0.0.1:{smtp['metrics']}"),
        ],
        data_dir,
        smtp,
        {"MAILGUARD_CONFIG": str(config)},
    )
    proxy.config = config
    try:
        deadline = time.monotonic() + START_TIMEOUT
        wait_ready(review, deadline)
        wait_ready(proxy, deadline)
        yield review, proxy
    finally:
        stop(proxy, review)


@pytest.fixture(scope="session")
def review_service(services: tuple[Process, Process]) -> Process:
    """``review-queue serve`` with /metrics on its own port."""
    return services[0]


@pytest.fixture(scope="session")
def proxy_service(services: tuple[Process, Process]) -> Process:
    """``scanner proxy`` relaying to the sink, holding into the shared store."""
    return services[1]
