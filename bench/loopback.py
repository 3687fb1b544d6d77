"""Real loopback pieces shared by the soak benchmark and the fault tests: a next hop whose
behaviour can be switched, and the real ``scanner proxy`` as a child process (so it can be
SIGKILLed and its memory and descriptors read from /proc)."""

from __future__ import annotations

import asyncio
import contextlib
import email.parser
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.demo_sink import start_sink
from scanner.proxy.handler import EsmtpHandler

ROOT = Path(__file__).resolve().parents[1]
# Customers keyed by sender domain force an action whatever detectors are installed.
POLICY = """
customers:
  hold.example: {tos: {hold: 0.0}}
  reject.example: {tos: {reject: 0.0}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def occupied_address() -> Iterator[str]:
    """``127.0.0.1:PORT`` of a socket listening for the duration of the block."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield f"127.0.0.1:{taken.getsockname()[1]}"


def message_id(raw: bytes) -> str:
    parsed = email.parser.BytesHeaderParser().parsebytes(raw)
    return str(parsed.get("Message-ID", "")).strip("<> ")


@dataclass
class FaultSink(EsmtpHandler):
    """A next hop recording Message-IDs. ``mode``: ``accept``; ``refuse`` (answer DATA
    with ``reply``); ``hang`` (never answer DATA); ``close`` (drop the connection at DATA);
    ``delay`` (commit at once, reply after ``delay_seconds``: a window to kill the proxy)."""

    mode: str = "accept"
    reply: str = "554 5.7.1 refused"
    delay_seconds: float = 0.0
    received: list[str] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.arrived.set()
        if self.mode == "refuse":
            return self.reply
        if self.mode == "hang":
            await asyncio.sleep(3600)
        if self.mode == "close":
            server.transport.abort()
            return "421 4.3.0 closed"
        self.received.append(message_id(envelope.original_content))
        if self.mode == "delay":  # committed, then a slow reply: the duplicate window
            await asyncio.sleep(self.delay_seconds)
        return f"250 2.0.0 Ok: queued as Q{len(self.received)}"


class SinkThread:
    """A ``FaultSink`` served on loopback from its own event loop thread."""

    def __init__(self) -> None:
        self.handler = FaultSink()
        self.loop = asyncio.new_event_loop()
        self.port = 0
        ready = threading.Event()
        self._server: asyncio.Server | None = None

        def serve() -> None:
            asyncio.set_event_loop(self.loop)
            self._server = self.loop.run_until_complete(
                start_sink(self.handler, "127.0.0.1", 0, max_message_bytes=200 * 1024 * 1024)
            )
            self.port = int(self._server.sockets[0].getsockname()[1])
            ready.set()
            self.loop.run_forever()

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("sink did not start")

    def close(self) -> None:
        async def stop() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


def write_config(directory: Path, *, lexicons: bool = True, **proxy: object) -> Path:
    """A TOML config: thread workers (fast start), no ToS model, the forcing policy; without
    ``lexicons`` no special-category detection either, which spares each process start
    (and each process scan worker) over a second where detection is not under test."""
    policy = directory / "policy.yaml"
    policy.write_text(POLICY)
    values = {"executor": "thread", "workers": 1, **proxy}
    lines = ["[proxy]"] + [f"{key} = {toml_value(value)}" for key, value in values.items()]
    lines += ["[tos]", "enabled = false", "[policy]", f'file = "{policy}"']
    if not lexicons:
        lines += ["[detection]", "special_categories = false"]
    path = directory / "mailguard.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


class ProxyProcess:
    """``scanner proxy`` in a child process; its output goes to ``log_path``."""

    def __init__(
        self,
        config: Path,
        data_dir: Path,
        relay_port: int,
        env: dict[str, str] | None = None,
        port: int | None = None,
        checkout: Path = ROOT,
    ) -> None:
        """``checkout``: the source tree whose ``scanner`` runs (this one by default)."""
        self.checkout = checkout
        self.config = config
        self.data_dir = data_dir
        self.relay_port = relay_port
        self.port = port or free_port()
        self.log_path = data_dir.parent / f"proxy-{self.port}-{id(self)}.log"
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 90.0) -> None:
        """Start and wait until the greeting arrives (start-up loads rules and models)."""
        command = [
            sys.executable, "-m", "scanner", "--config", str(self.config),
            "--data-dir", str(self.data_dir), "proxy",
            "--listen", f"127.0.0.1:{self.port}", "--relay", f"127.0.0.1:{self.relay_port}",
        ]  # fmt: skip
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command, cwd=self.checkout, stdout=log, stderr=subprocess.STDOUT, env=self.env
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"proxy exited with {self.process.returncode}: {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as probe:
                    if probe.recv(512).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("proxy did not start in time")

    def kill(self) -> None:
        """SIGKILL: no drain, no cleanup, as in a crash or the OOM killer."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def fd_count(self) -> int:
        return len(os.listdir(f"/proc/{self.pid}/fd"))

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def wait_listening(proxy: ProxyProcess, timeout: float = 90.0) -> None:
    """Until ``proxy`` itself listens: with SO_REUSEPORT a greeting on its port may come
    from another process, so its log is the proof."""
    deadline = time.monotonic() + timeout
    while "proxy listening" not in proxy.log():
        if not proxy.alive():
            raise RuntimeError(f"proxy exited: {proxy.log()}")
        if time.monotonic() > deadline:
            raise RuntimeError("proxy did not listen in time")
        time.sleep(0.2)


class WireNextHop:
    """A minimal next hop on a plain socket. With ``body_bytes`` it reads that much of
    the body and hangs up; without, it keeps each DATA exactly as it came over the wire
    (up to CRLF.CRLF, dot-stuffing included) in ``wire`` and answers 250."""

    def __init__(self, body_bytes: int | None = None) -> None:
        self.body_bytes = body_bytes
        self.wire: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = int(self.listener.getsockname()[1])
        self.closed_mid_body = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(10)
                with contextlib.suppress(OSError):
                    self._talk(conn)

    def _talk(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        conn.sendall(b"220 closer ESMTP\r\n")
        while line := reader.readline(4096):
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                conn.sendall(b"250-closer\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                conn.sendall(b"354 go ahead\r\n")
                if self.body_bytes is None:
                    self.wire.append(_read_data(reader))
                    conn.sendall(b"250 ok: queued\r\n")
                    continue
                reader.read(self.body_bytes)
                self.closed_mid_body += 1
                conn.shutdown(socket.SHUT_RDWR)
                return
            elif verb == b"QUIT":
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"250 ok\r\n")

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()


def _read_data(reader: Any) -> bytes:
    """Wire bytes of one DATA, up to and excluding the CRLF.CRLF terminator."""
    data = b"\r\n"
    while not data.endswith(b"\r\n.\r\n"):
        chunk = reader.readline(65536)
        if not chunk:
            raise OSError("connection closed in DATA")
        data += chunk
    return data[2:-5]
