"""The proxy's event loop (``proxy.event_loop``): uvloop by default, the stdlib's on
request, and a clear error when uvloop is asked for but missing."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bench.loopback import ProxyProcess, SinkThread, wait_listening, write_config
from scanner.config import Proxy
from scanner.errors import ConfigError
from scanner.proxy.eventloop import run_on, running_loop_name
from tests.reliability.harness import mail, send


@pytest.mark.parametrize("kind", ["uvloop", "asyncio"])
def test_run_on_runs_the_chosen_loop(kind: str) -> None:
    seen: list[str] = []

    async def main() -> None:
        seen.append(running_loop_name())

    run_on(kind, main())  # type: ignore[arg-type]
    assert seen == [kind]


def test_a_missing_uvloop_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop now fails

    async def main() -> None:
        raise AssertionError("must not run")

    coroutine = main()
    with pytest.raises(ConfigError, match='event_loop = "asyncio"'):
        run_on("uvloop", coroutine)
    assert inspect.getcoroutinestate(coroutine) == inspect.CORO_CLOSED


def test_the_default_is_uvloop_and_other_loops_are_refused() -> None:
    assert Proxy().event_loop == "uvloop"
    with pytest.raises(ValidationError):
        Proxy(event_loop="trio")


@pytest.mark.parametrize("kind", ["uvloop", "asyncio"])
def test_the_proxy_command_relays_on_the_configured_loop(tmp_path: Path, kind: str) -> None:
    sink = SinkThread()
    config = write_config(tmp_path, lexicons=False, event_loop=kind)  # the loop is under test
    proxy = ProxyProcess(config, tmp_path / "var", sink.port)
    try:
        proxy.start()
        wait_listening(proxy)
        assert f"event_loop={kind}" in proxy.log()
        code, _ = send(proxy.port, mail("loop@test"), "news@riverside.example")
        assert code == 250
        assert sink.handler.received == ["loop@test"]
    finally:
        proxy.stop()
        sink.close()


def test_start_up_objects_are_frozen_out_of_later_collections() -> None:
    """In a fresh process (freezing this one would pin the test session's objects)."""
    code = (
        "import gc, scanner.proxy.server\n"
        "from scanner.proxy.eventloop import freeze_startup_objects\n"
        "assert gc.get_freeze_count() == 0\n"
        "freeze_startup_objects()\n"
        "assert gc.get_freeze_count() > 10_000, gc.get_freeze_count()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()[-500:]
