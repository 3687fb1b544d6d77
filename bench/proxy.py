"""Proxy throughput and added latency, against the same next hop in the same run.

Three targets, each a separate process on loopback, all ending in one counting sink:
``direct`` (clients -> sink), ``relay`` (a bare aiosmtpd relay with aiosmtplib and the
proxy's connection reuse, no scanning) and ``proxy`` (the real ``scanner proxy``: scan,
policy, relay; default process workers). Clients keep their sessions open (as Postfix's
content_filter does) and send back to back for a fixed time; latency is MAIL FROM to
the reply to DATA. Ratios: proxy/relay messages per second (target >= 0.7) and the
latency the proxy adds over direct delivery (target p99 < 10 ms for 5 KB).

``python -m bench proxy`` runs it; ``python -m bench.proxy sink|relay PORT [NEXT]`` are
the server processes it starts.
"""

from __future__ import annotations

import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.loopback import ProxyProcess, free_port

ROOT = Path(__file__).resolve().parents[1]

# (size KB, sessions): 10 and 50 sessions saturate the box (closed loop, so latency is
# concurrency / throughput); 1 session shows the latency added to a single message.
CASES = ((5, 1), (5, 10), (5, 50), (100, 10), (100, 50))
WARMUP_SECONDS = 1.0
MEASURE_SECONDS = 4.0
TARGET_THROUGHPUT_RATIO = 0.7
TARGET_ADDED_P99_MS = 10.0

_PARAGRAPH = (
    "Thank you for standing with Riverside Food Bank this winter. Your support helped us "
    "serve more families than ever, and our volunteers packed thousands of boxes. Spring "
    "volunteer days run every Saturday morning; bring a friend and join us at the depot.\r\n"
)


def newsletter(size_kb: int) -> bytes:
    """A plain newsletter of about ``size_kb`` KB (nothing the policy flags)."""
    head = (
        "From: news@riverside-foodbank.example\r\nTo: supporters@example.net\r\n"
        "Subject: Spring newsletter\r\nMessage-ID: <bench@riverside-foodbank.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    body = _PARAGRAPH * (size_kb * 1024 // len(_PARAGRAPH) + 1)
    return (head + body).encode()[: size_kb * 1024 - 2] + b"\r\n"


async def _session(
    port: int, payload: bytes, deadline: float, warm_until: float, latencies: list[float]
) -> int:
    """One client session sending back to back until ``deadline``; counts measured sends."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def reply() -> bytes:
        while True:
            line = await reader.readline()
            if not line:
                raise ConnectionError("closed")
            if line[3:4] != b"-":
                return line

    await reply()
    writer.write(b"EHLO bench.example\r\n")
    await reply()
    sent = 0
    data = payload + b".\r\n"
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        writer.write(b"MAIL FROM:<news@riverside-foodbank.example>\r\n")
        assert (await reply()).startswith(b"250")
        writer.write(b"RCPT TO:<supporters@example.net>\r\n")
        assert (await reply()).startswith(b"250")
        writer.write(b"DATA\r\n")
        assert (await reply()).startswith(b"354")
        writer.write(data)
        final = await reply()
        if not final.startswith(b"250"):
            raise RuntimeError(f"unexpected reply {final[:40]!r}")
        if started >= warm_until:
            latencies.append(time.perf_counter() - started)
            sent += 1
    writer.write(b"QUIT\r\n")
    writer.close()
    return sent


async def _load(port: int, sessions: int, payload: bytes) -> tuple[float, list[float]]:
    now = time.perf_counter()
    warm_until, deadline = now + WARMUP_SECONDS, now + WARMUP_SECONDS + MEASURE_SECONDS
    latencies: list[float] = []
    counts = await asyncio.gather(
        *(_session(port, payload, deadline, warm_until, latencies) for _ in range(sessions))
    )
    return sum(counts) / MEASURE_SECONDS, latencies


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _server(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.proxy", *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as probe:
                if probe.recv(512).startswith(b"220"):
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listening on {port}")


def _proxy_config(directory: Path) -> tuple[Path, bool]:
    """Production defaults (process workers, one per core); ToS on if a model exists."""
    has_model = any((ROOT / "models" / "tos").glob("tos-v*.zip"))
    lines = ["[proxy]", "max_sessions = 500", "max_queued_scans = 500"]
    if not has_model:
        lines += ["[tos]", "enabled = false"]
    path = directory / "mailguard.toml"
    path.write_text("\n".join(lines) + "\n")
    return path, has_model


def run() -> list[dict[str, Any]]:
    sink_port, relay_port = free_port(), free_port()
    servers = [_server("sink", str(sink_port))]
    _wait_port(sink_port)
    servers.append(_server("relay", str(relay_port), str(sink_port)))
    with tempfile.TemporaryDirectory(prefix="mailguard-bench-proxy-") as tmp:
        config, has_model = _proxy_config(Path(tmp))
        proxy = ProxyProcess(config, Path(tmp) / "var", sink_port)
        try:
            _wait_port(relay_port)
            proxy.start()
            targets = {"direct": sink_port, "relay": relay_port, "proxy": proxy.port}
            return [
                _case(targets, sessions, size_kb, newsletter(size_kb), has_model)
                for size_kb, sessions in CASES
            ]
        finally:
            proxy.stop()
            for server in servers:
                server.terminate()
                server.wait(10)


def _case(
    targets: dict[str, int], sessions: int, size_kb: int, payload: bytes, tos_model: bool
) -> dict[str, Any]:
    measured = {name: asyncio.run(_load(port, sessions, payload)) for name, port in targets.items()}
    rate = {name: value[0] for name, value in measured.items()}
    p50 = {name: _pct(value[1], 0.50) for name, value in measured.items()}
    p99 = {name: _pct(value[1], 0.99) for name, value in measured.items()}
    ratio = rate["proxy"] / rate["relay"] if rate["relay"] else float("nan")
    added_p99 = p99["proxy"] - p99["direct"]
    return {
        "case": f"{sessions} sessions, {size_kb} KB",
        "direct_msg_s": rate["direct"],
        "relay_msg_s": rate["relay"],
        "proxy_msg_s": rate["proxy"],
        "ratio": round(ratio, 3),
        "relay_vs_direct": round(rate["relay"] / rate["direct"], 3) if rate["direct"] else None,
        "direct_p50_ms": p50["direct"],
        "direct_p99_ms": p99["direct"],
        "relay_p50_ms": p50["relay"],
        "relay_p99_ms": p99["relay"],
        "proxy_p50_ms": p50["proxy"],
        "proxy_p99_ms": p99["proxy"],
        "added_p50_ms": p50["proxy"] - p50["direct"],
        "added_p99_ms": added_p99,
        "meets_target": ratio >= TARGET_THROUGHPUT_RATIO
        and (size_kb > 5 or added_p99 < TARGET_ADDED_P99_MS),
        "tos_model": tos_model,
        "mean_proxy_ms": statistics.fmean(measured["proxy"][1]) * 1000
        if measured["proxy"][1]
        else None,
    }


# -- server processes -----------------------------------------------------------------


class _CountingSink:
    """A next hop that accepts and drops (the cost of a real MTA queue is not measured)."""

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        return "250 2.0.0 Ok: queued"


async def _serve(kind: str, port: int, next_port: int | None) -> None:
    from scanner.demo_sink import start_sink
    from scanner.proxy.handler import EsmtpHandler
    from scanner.proxy.relay import Outgoing, Relay, RelayError

    class Sink(_CountingSink, EsmtpHandler):
        pass

    class BareRelay(EsmtpHandler):
        def __init__(self, relay: Relay) -> None:
            self.relay = relay

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            message = Outgoing(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
            try:
                return "250 2.0.0 Ok: " + await self.relay.send(message)
            except RelayError as exc:
                return exc.reply

    if kind == "sink":
        handler: EsmtpHandler = Sink()
    else:
        assert next_port is not None
        handler = BareRelay(
            Relay(
                "127.0.0.1",
                next_port,
                local_hostname="bench-relay",
                connect_timeout=10,
                timeout=60,
                idle_connections=64,
                idle_seconds=10,
                reuse_limit=1000,
            )
        )
    server = await start_sink(handler, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    kind, port, *rest = sys.argv[1:]
    asyncio.run(_serve(kind, int(port), int(rest[0]) if rest else None))
