"""Load, server processes and measurement for the proxy benchmarks (``bench.proxy``).

Clients keep their sessions open (as Postfix's content_filter does), pipeline MAIL, RCPT
and DATA when the server offers PIPELINING (as Postfix's SMTP client does; stock aiosmtpd
does not offer it) and send back to back; latency is MAIL FROM to the reply to DATA. CPU
per message is read from ``/proc`` for the server's whole process tree (scan workers
included) over the measured window only.

``python -m bench.proxy_load sink|relay|stock PORT [NEXT] [--reuse-port] [--uvloop]`` runs
one server (on uvloop with ``--uvloop``, else on the standard library's loop):
a Python sink (used when Postfix's ``smtp-sink`` is not installed); our relay without
scanning (the proxy's own SMTP server and next-hop client, connection reuse); or the stock
relay: unmodified aiosmtpd relaying with aiosmtplib, next-hop connections kept open (the
reference of ``../shared/notes/debian-mail-tools.md``, about 1 ms CPU per message).
"""

from __future__ import annotations

import asyncio
import base64
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosmtplib
import uvloop

from bench.loopback import ProxyProcess, free_port, toml_value, wait_listening
from bench.peers_procs import tree_cpu_seconds, tree_pids

ROOT = Path(__file__).resolve().parents[1]
WARMUP_SECONDS = 1.0
# What the proxy may add to direct delivery's p99 for 5 KB mail (the target).
TARGET_ADDED_P99_MS = 10.0
MIB = 1024 * 1024

_PARAGRAPH = (
    "Thank you for standing with Riverside Food Bank this winter. Your support helped us "
    "serve more families than ever, and our volunteers packed thousands of boxes. Spring "
    "volunteer days run every Saturday morning; bring a friend and join us at the depot.\r\n"
)
_HEAD = (
    "From: news@riverside-foodbank.example\r\nTo: supporters@example.net\r\n"
    "Subject: Spring newsletter\r\nMessage-ID: <bench@riverside-foodbank.example>\r\n"
    "MIME-Version: 1.0\r\n"
)


def newsletter(size_kb: int) -> bytes:
    """A plain newsletter of about ``size_kb`` KB (nothing the policy flags)."""
    head = _HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    body = _PARAGRAPH * (size_kb * 1024 // len(_PARAGRAPH) + 1)
    return (head + body).encode()[: size_kb * 1024 - 2] + b"\r\n"


def with_attachment(size_mb: int) -> bytes:
    """A short note with a base64 PDF attachment; ``size_mb`` MiB in all (large mail is
    usually an attachment)."""
    head = (
        _HEAD + "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
        "Content-Type: text/plain\r\n\r\nThe annual report is attached.\r\n--XX\r\n"
        "Content-Type: application/pdf; name=report.pdf\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    payload = random.Random(size_mb).randbytes(size_mb * MIB * 3 // 4 - len(head))
    return head + base64.encodebytes(payload).replace(b"\n", b"\r\n") + b"--XX--\r\n"


@dataclass(frozen=True)
class Load:
    """One measured run against one target."""

    msg_s: float
    latencies: list[float]
    cpu_ms: float  # server CPU per message (process tree)
    cores: float  # server CPU seconds per second

    def pct(self, q: float) -> float:
        """Latency percentile in ms."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def median_load(loads: Sequence[Load]) -> Load:
    """Rounds of one target as one: the median of each rate, every latency pooled (the
    machine's noise moves whole rounds, so a median of interleaved rounds is steadier)."""
    return Load(
        statistics.median(load.msg_s for load in loads),
        [latency for load in loads for latency in load.latencies],
        statistics.median(load.cpu_ms for load in loads),
        statistics.median(load.cores for load in loads),
    )


def median_round_p99(rounds: Sequence[Load]) -> float:
    """The median over rounds of each round's p99 latency, in ms: one round's stall of the
    machine does not move it, as it moves a pooled p99."""
    return statistics.median(load.pct(0.99) for load in rounds)


def paced_rounds(
    targets: dict[str, tuple[int, list[int]]],
    sessions: int,
    payload: bytes,
    seconds: float,
    rounds: int,
    rate: float,
) -> dict[str, list[Load]]:
    """Each of ``targets`` (name -> port, pids) offered ``rate`` messages/s, interleaved
    over ``rounds``: each target's rounds."""
    runs: dict[str, list[Load]] = {name: [] for name in targets}
    for _ in range(rounds):
        for name, (port, pids) in targets.items():
            runs[name].append(measure([port], sessions, payload, seconds, pids, rate=rate))
    return runs


class _Client:
    """One SMTP session over a raw socket, speaking like Postfix's SMTP client: MAIL,
    RCPT and DATA in one write when the server offers PIPELINING (RFC 2920), one by one
    otherwise."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.pipelining = False

    @classmethod
    async def open(cls, port: int) -> _Client:
        client = cls(*await asyncio.open_connection("127.0.0.1", port))
        await client.reply()
        client.writer.write(b"EHLO bench.example\r\n")
        lines = await client.reply_lines()
        client.pipelining = any(line[4:].upper().startswith(b"PIPELINING") for line in lines)
        return client

    async def reply_lines(self) -> list[bytes]:
        lines = []
        while True:
            line = await self.reader.readline()
            if not line:
                raise ConnectionError("closed")
            lines.append(line)
            if line[3:4] != b"-":
                return lines

    async def reply(self) -> bytes:
        return (await self.reply_lines())[-1]

    async def command(self, line: bytes) -> bytes:
        self.writer.write(line + b"\r\n")
        return await self.reply()

    async def send(self, data: bytes) -> bytes:
        """One transaction (SIZE declared, as Postfix does); the reply to DATA (or the
        first refusal before it)."""
        mail = b"MAIL FROM:<news@riverside-foodbank.example> SIZE=%d" % len(data)
        commands = (mail, b"RCPT TO:<s@example.net>", b"DATA")
        if self.pipelining:
            self.writer.write(b"".join(c + b"\r\n" for c in commands))
            replies = [await self.reply() for _ in commands]
        else:
            replies = []
            for command in commands:
                replies.append(await self.command(command))
                if replies[-1][:1] not in (b"2", b"3"):
                    break
        refused = next((r for r in replies if r[:1] not in (b"2", b"3")), None)
        if refused is not None:
            if replies[-1].startswith(b"354"):  # cannot happen with a sane server
                raise RuntimeError("DATA accepted after a refusal")
            await self.command(b"RSET")
            return refused
        self.writer.write(data)
        await self.writer.drain()
        return await self.reply()

    def close(self) -> None:
        self.writer.write(b"QUIT\r\n")
        self.writer.close()


async def _session(
    port: int, data: bytes, deadline: float, warm_until: float, latencies: list[float], pace: Pace
) -> int:
    """Send until ``deadline``, back to back or on ``pace``'s schedule; counts the sends
    after ``warm_until``. A paced send's latency runs from when it was due, so a server
    that falls behind is charged for the wait it causes (no coordinated omission)."""
    client = await _Client.open(port)
    sent = 0
    due = pace.first
    while (now := time.perf_counter()) < deadline:
        if pace.interval:
            if due > now:
                await asyncio.sleep(due - now)
            started, due = due, due + pace.interval
        else:
            started = now
        final = await client.send(data)
        if not final.startswith(b"250"):
            raise RuntimeError(f"unexpected reply {final[:40]!r}")
        if started >= warm_until:
            latencies.append(time.perf_counter() - started)
            sent += 1
    client.close()
    return sent


@dataclass(frozen=True)
class Pace:
    """A session's schedule: back to back (``interval`` 0), or one send every
    ``interval`` seconds from ``first``."""

    interval: float = 0.0
    first: float = 0.0


def measure(
    ports: Sequence[int],
    sessions: int,
    payload: bytes,
    seconds: float,
    pids: Sequence[int],
    rate: float | None = None,
) -> Load:
    """``sessions`` clients, spread round-robin over ``ports``, for ``WARMUP_SECONDS`` +
    ``seconds``; CPU of the ``pids`` process trees in the window. Closed loop (each sends
    back to back: the server's capacity), or with ``rate`` an offered load of that many
    messages/s in all, the sessions' schedules staggered (latency at that load)."""

    async def run() -> Load:
        now = time.perf_counter()
        warm_until, deadline = now + WARMUP_SECONDS, now + WARMUP_SECONDS + seconds
        latencies: list[float] = []
        data = payload + b".\r\n"
        interval = sessions / rate if rate else 0.0
        tasks = [
            asyncio.create_task(
                _session(
                    ports[i % len(ports)],
                    data,
                    deadline,
                    warm_until,
                    latencies,
                    Pace(interval, now + interval * i / sessions),
                )
            )
            for i in range(sessions)
        ]
        await asyncio.sleep(warm_until - time.perf_counter())
        cpu_start = sum(tree_cpu_seconds(pid) for pid in pids)
        count = sum(await asyncio.gather(*tasks))
        cpu = sum(tree_cpu_seconds(pid) for pid in pids) - cpu_start
        return Load(count / seconds, latencies, cpu / max(count, 1) * 1000, cpu / seconds)

    return asyncio.run(run())


class RssPeak:
    """Samples the summed RSS of process trees every 20 ms until stopped; peak in MiB."""

    def __init__(self, pids: Sequence[int]) -> None:
        self.pids = pids
        self.baseline = self.now()
        self.peak = self.baseline
        self.baseline_main = self.peak_main = sum(_rss_mib(pid) for pid in pids)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def now(self) -> float:
        return sum(_rss_mib(child) for pid in self.pids for child in tree_pids(pid))

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, self.now())
            self.peak_main = max(self.peak_main, sum(_rss_mib(pid) for pid in self.pids))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def send_all(port: int, payload: bytes, count: int, retry_seconds: float) -> list[bytes]:
    """``count`` concurrent sessions, one message each; a 4xx is retried after
    ``retry_seconds`` (as an MTA would); the final reply of each."""

    async def one() -> bytes:
        client = await _Client.open(port)
        try:
            while (reply := await client.send(payload + b".\r\n")).startswith(b"4"):
                await asyncio.sleep(retry_seconds)
            return reply
        finally:
            client.close()

    return list(await asyncio.gather(*(one() for _ in range(count))))


# -- server processes -----------------------------------------------------------------


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as probe:
                if probe.recv(512).startswith(b"220"):
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listening on {port}")


class Servers:
    """Background servers of one benchmark part; ``stop()`` ends them all."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._plain: list[subprocess.Popen[bytes]] = []
        self._proxies: list[ProxyProcess] = []

    def sink(self) -> tuple[int, list[int]]:
        """The next hop every path ends in: Postfix's ``smtp-sink`` (C, accepts and
        discards, PIPELINING) when installed, as a real next hop is a C MTA and a Python
        sink would take CPU from the servers measured; else the Python sink. Port, pids."""
        port = free_port()
        binary = shutil.which("smtp-sink") or (
            "/usr/sbin/smtp-sink" if Path("/usr/sbin/smtp-sink").exists() else None
        )
        if binary is None:
            return port, self._bare("sink", port, None, 1)
        user = ["-u", "nobody"] if os.geteuid() == 0 else []
        self._plain.append(
            subprocess.Popen(
                [binary, *user, f"127.0.0.1:{port}", "1024"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_port(port)
        return port, [self._plain[-1].pid]

    def relays(self, next_port: int, count: int, kind: str = "relay") -> tuple[int, list[int]]:
        """``count`` relay processes without scanning sharing one port (SO_REUSEPORT):
        ours (``relay``) or the stock aiosmtpd + aiosmtplib one (``stock``, or ``stock-uvloop``:
        the same on uvloop, as the proxy runs); port, pids."""
        port = free_port()
        return port, self._bare(kind, port, next_port, count)

    def proxies(self, next_port: int, count: int, **proxy: object) -> tuple[int, list[int]]:
        """``count`` ``scanner proxy`` processes sharing one port; port, pids."""
        config = proxy_config(self.directory / f"p{len(self._proxies)}", reuse_port=True, **proxy)
        port = free_port()
        started = []
        for _ in range(count):
            process = ProxyProcess(config, config.parent / "var", next_port, port=port)
            self._proxies.append(process)
            process.start()
            wait_listening(process)
            started.append(process.pid)
        return port, started

    def _bare(self, kind: str, port: int, next_port: int | None, count: int) -> list[int]:
        kind, uv = kind.removesuffix("-uvloop"), kind.endswith("-uvloop")
        args = [str(port)] + ([str(next_port)] if next_port else []) + ["--reuse-port"]
        args += ["--uvloop"] if uv else []
        for _ in range(count):
            self._plain.append(
                subprocess.Popen(
                    [sys.executable, "-m", "bench.proxy_load", kind, *args],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        wait_port(port)
        return [p.pid for p in self._plain[-count:]]

    def stop(self) -> None:
        for proxy in self._proxies:
            proxy.stop()
        for process in self._plain:
            process.terminate()
            process.wait(10)


def has_tos_model() -> bool:
    return any((ROOT / "models" / "tos").glob("tos-v*.zip"))


def proxy_config(directory: Path, **proxy: object) -> Path:
    """Production defaults except the given ``[proxy]`` keys; ToS on if a model exists."""
    directory.mkdir(parents=True, exist_ok=True)
    values = {"max_sessions": 500, "max_queued_scans": 500, **proxy}
    lines = ["[proxy]"] + [f"{key} = {toml_value(value)}" for key, value in values.items()]
    if not has_tos_model():
        lines += ["[tos]", "enabled = false"]
    path = directory / "mailguard.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


async def _serve(kind: str, port: int, next_port: int | None, reuse_port: bool) -> None:
    from scanner.demo_sink import start_sink
    from scanner.proxy.handler import EsmtpHandler
    from scanner.proxy.relay import Outgoing, Relay, RelayError

    class Sink(EsmtpHandler):
        """A next hop that accepts and drops (a real MTA queue's cost is not measured)."""

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            return "250 2.0.0 Ok: queued"

    class BareRelay(EsmtpHandler):
        def __init__(self, relay: Relay) -> None:
            self.relay = relay

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            message = Outgoing(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
            try:
                return "250 2.0.0 Ok: " + await self.relay.send(message)
            except RelayError as exc:
                return exc.reply

    if kind == "stock":
        assert next_port is not None
        await _serve_stock(port, next_port, reuse_port)
        return
    if kind == "sink":
        handler: EsmtpHandler = Sink()
    else:
        assert next_port is not None
        relay = Relay(
            "127.0.0.1",
            next_port,
            local_hostname="bench-relay",
            connect_timeout=10,
            timeout=120,
            idle_connections=64,
            idle_seconds=10,
            reuse_limit=1000,
        )
        handler = BareRelay(relay)
    server = await start_sink(handler, "127.0.0.1", port, reuse_port=reuse_port)
    async with server:
        await server.serve_forever()


class StockRelay:
    """Stock aiosmtpd handler relaying each message with aiosmtplib over kept-open
    connections (one per concurrent message); a failed hop gets 451."""

    def __init__(self, next_port: int) -> None:
        self.next_port = next_port
        self.idle: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        client = self.idle.pop() if self.idle else None
        try:
            if client is None or not client.is_connected:
                client = aiosmtplib.SMTP(
                    hostname="127.0.0.1", port=self.next_port, start_tls=False, timeout=120
                )
                await client.connect()
            _, reply = await client.sendmail(
                envelope.mail_from, envelope.rcpt_tos, envelope.original_content
            )
        except aiosmtplib.SMTPException:
            if client is not None:
                client.close()
            return "451 4.3.0 relay failed"
        self.idle.append(client)
        return "250 2.0.0 Ok: " + reply


async def _serve_stock(port: int, next_port: int, reuse_port: bool) -> None:
    from aiosmtpd.smtp import SMTP

    handler = StockRelay(next_port)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler), "127.0.0.1", port, reuse_port=reuse_port or None
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    kind, port, *rest = [a for a in sys.argv[1:] if not a.startswith("--")]
    server = _serve(kind, int(port), int(rest[0]) if rest else None, "--reuse-port" in flags)
    uvloop.run(server) if "--uvloop" in flags else asyncio.run(server)
