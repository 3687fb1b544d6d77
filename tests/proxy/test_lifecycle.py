"""Reload (SIGHUP) and graceful shutdown (SIGTERM) of a real ``scanner proxy`` process."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.loopback import free_port, occupied_address
from scanner.config import load_settings
from scanner.proxy.server import ProxyServer
from tests.proxy.conftest import Sink
from tests.proxy.helpers import message, send

REJECT_RIVERSIDE = "customers:\n  riverside.example: {tos: {reject: 0.0}}\n"


def write_config(
    tmp_path: Path, policy: str, executor: str = "thread", lexicons: bool = True, **proxy: str
) -> Path:
    """A config file (ToS off); without ``lexicons`` no special-category detection either,
    which spares a process about 1.5 s of start-up where detection is not under test."""
    policy_path = tmp_path / "policy.yaml"
    policy_path.write_text(policy)
    lines = [
        f'data_dir = "{tmp_path / "var"}"',
        "[tos]",
        "enabled = false",
        "[detection]",
        f"special_categories = {str(lexicons).lower()}",
        "[policy]",
        f'file = "{policy_path}"',
        "[proxy]",
        f'executor = "{executor}"',
        "workers = 1",
        *(f'{key} = "{value}"' for key, value in proxy.items()),
    ]
    config = tmp_path / "mailguard.toml"
    config.write_text("\n".join(lines) + "\n")
    return config


async def test_reload_swaps_policy_and_keeps_the_old_one_on_errors(
    tmp_path: Path, sink: Sink
) -> None:
    config = write_config(tmp_path, "{}\n")
    proxy = ProxyServer(
        load_settings(config),
        loader=lambda: load_settings(config),
        listen=("127.0.0.1", 0),
        relay=("127.0.0.1", sink.port),
    )
    await proxy.start()
    try:
        assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 250
        (tmp_path / "policy.yaml").write_text(REJECT_RIVERSIDE)
        assert await proxy.reload()
        assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 550
        for broken in ("tos: {reject: 7}\n", "customers: [\n"):
            (tmp_path / "policy.yaml").write_text(broken)
            assert not await proxy.reload()
            assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 550
        config.write_text("[proxy]\nworkers = -1\n")
        assert not await proxy.reload()
        assert (
            proxy.registry.get_sample_value("mailguard_config_reloads_total", {"result": "failed"})
            == 3.0
        )
    finally:
        await proxy.shutdown()


def _start_proxy(config: Path, port: int, sink_port: int) -> subprocess.Popen[bytes]:
    """``scanner proxy`` as a child process, returned once it accepts connections."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scanner",
            "--config",
            str(config),
            "proxy",
            "--listen",
            f"127.0.0.1:{port}",
            "--relay",
            f"127.0.0.1:{sink_port}",
        ],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else b""
            raise AssertionError(f"proxy exited: {output[-2000:]!r}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError("proxy did not start in 90 s") from None
            time.sleep(0.2)


@pytest.fixture
def proxy_process(tmp_path: Path, sink: Sink) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = free_port()
    # Reload and drain are under test, not detection: no lexicons (a faster start and reload).
    config = write_config(tmp_path, "{}\n", lexicons=False, shutdown_deadline_seconds="20")
    process = _start_proxy(config, port, sink.port)
    try:
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)


def _session(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    reader = sock.makefile("rb")
    assert reader.readline().startswith(b"220 ")
    sock.sendall(b"EHLO idle.test\r\n")
    while not reader.readline().startswith(b"250 "):
        pass
    return sock


def _read_line(sock: socket.socket) -> bytes:
    return sock.makefile("rb").readline()


@pytest.mark.proxy_process
async def test_sighup_reloads_then_sigterm_drains(
    tmp_path: Path, sink: Sink, proxy_process: tuple[subprocess.Popen[bytes], int]
) -> None:
    process, port = proxy_process
    # SIGHUP: the new policy applies to the next messages.
    assert (await asyncio.to_thread(send, port, message()))[0] == 250
    (tmp_path / "policy.yaml").write_text(REJECT_RIVERSIDE)
    process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 30
    while (await asyncio.to_thread(send, port, message()))[0] != 550:
        assert time.monotonic() < deadline, "policy not reloaded after SIGHUP"
        await asyncio.sleep(0.2)
    # SIGTERM while one message is being relayed and another session is idle.
    sink.handler.deliveries.clear()
    sink.handler.data_started.clear()
    sink.handler.delay = 2.0
    idle = await asyncio.to_thread(_session, port)
    other = message(sender="news@other.example")
    in_flight = asyncio.ensure_future(asyncio.to_thread(send, port, other, "news@other.example"))
    await asyncio.wait_for(sink.handler.data_started.wait(), 30)
    process.send_signal(signal.SIGTERM)
    # The idle session is told to go away; so is a session opened while draining.
    assert (await asyncio.to_thread(_read_line, idle)).startswith(b"421 4.3.2 ")
    idle.close()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as late:
        assert (await asyncio.to_thread(_read_line, late)).startswith(b"421 4.3.2 ")
    # The message being relayed when SIGTERM came is finished and acknowledged.
    code, _ = await asyncio.wait_for(in_flight, 30)
    assert code == 250
    assert len(sink.handler.deliveries) == 1
    assert await asyncio.to_thread(process.wait, 30) == 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _is_scan_worker(pid: int) -> bool:
    try:
        return b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes() and _alive(pid)
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.proxy_process
async def test_scan_workers_do_not_outlive_a_killed_proxy(tmp_path: Path, sink: Sink) -> None:
    port = free_port()
    config = write_config(tmp_path, "{}\n", executor="process", lexicons=False)  # one worker
    process = await asyncio.to_thread(_start_proxy, config, port, sink.port)
    try:
        assert (await asyncio.to_thread(send, port, message()))[0] == 250
        workers = [c for c in _children(process.pid) if _is_scan_worker(c)]
        assert len(workers) == 1
    finally:
        process.kill()
        process.wait(30)
    deadline = time.monotonic() + 20
    try:
        while any(_alive(w) for w in workers):
            assert time.monotonic() < deadline, "scan workers outlived the proxy"
            await asyncio.sleep(0.1)
    finally:
        for worker in workers:  # never leave an orphan behind, even when failing
            if _is_scan_worker(worker):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(worker, signal.SIGKILL)


@pytest.mark.parametrize("option", ["--listen", "--metrics"])
def test_an_address_in_use_is_a_clear_configuration_error(tmp_path: Path, option: str) -> None:
    config = write_config(tmp_path, "{}\n", executor="process", lexicons=False)
    with occupied_address() as busy:
        free = f"127.0.0.1:{free_port()}"
        listen, metrics = (busy, free) if option == "--listen" else (free, busy)
        result = subprocess.run(
            [sys.executable, "-m", "scanner", "--config", str(config), "proxy",
             "--listen", listen, "--metrics", metrics, "--relay", "127.0.0.1:9"],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"cannot listen on {busy}" in result.stderr
    assert "Traceback" not in result.stderr
