"""Real SMTP pieces for proxy tests: a recording next hop and a proxy on loopback."""

from __future__ import annotations

import asyncio
import os
import smtplib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.demo_sink import start_sink
from scanner.proxy.handler import EsmtpHandler
from scanner.proxy.smtp import GuardSMTP

CRLF = "\r\n"


@dataclass
class Delivery:
    """One message as the next hop received it."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    mail_options: list[str]
    xforward: dict[str, str]
    xclient: dict[str, str]


@dataclass
class RecordingSink(EsmtpHandler):
    """A next hop that keeps what it received; ``refuse`` makes it answer DATA with that,
    ``delay`` and ``quit_delay`` make it that slow to answer the body and QUIT."""

    deliveries: list[Delivery] = field(default_factory=list)
    refuse: str | None = None
    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    quit_delay: float = 0.0
    data_started: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_QUIT(self, server: GuardSMTP, session: Any, envelope: Any) -> str:
        await asyncio.sleep(self.quit_delay)
        return "221 Bye"

    async def handle_RCPT(
        self, server: GuardSMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        return await super().handle_RCPT(server, session, envelope, address, options)

    async def handle_DATA(self, server: GuardSMTP, session: Any, envelope: Any) -> str:
        self.data_started.set()
        await asyncio.sleep(self.delay)
        if self.refuse:
            return self.refuse
        self.deliveries.append(
            Delivery(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content,
                list(envelope.mail_options),
                dict(envelope.xforward),
                dict(session.xclient),
            )
        )
        return f"250 2.0.0 Ok: queued as Q{len(self.deliveries)}"


async def start_recording_sink() -> tuple[RecordingSink, asyncio.Server, int]:
    sink = RecordingSink()
    server = await start_sink(sink, "127.0.0.1", 0)
    return sink, server, int(server.sockets[0].getsockname()[1])


def message(
    subject: str = "Volunteer rota",
    body: str = "Hello team,\r\nthe rota for Saturday is attached below.\r\n",
    sender: str = "news@riverside.example",
    extra_headers: str = "",
) -> bytes:
    text = (
        f"From: {sender}{CRLF}To: friends@example.net{CRLF}Subject: {subject}{CRLF}"
        f"Message-ID: <t1@riverside.example>{CRLF}{extra_headers}"
        f"MIME-Version: 1.0{CRLF}Content-Type: text/plain; charset=utf-8{CRLF}{CRLF}{body}"
    )
    return text.encode("utf-8")


IMAGE_MESSAGE = (
    "From: a@riverside.example\r\nTo: b@example.net\r\nSubject: photo\r\nMIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\n"
    "see photo\r\n--XX\r\nContent-Type: image/png; name=a.png\r\n"
    "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
    "EQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n--XX--\r\n"
).encode("ascii")


def send(
    port: int,
    raw: bytes,
    sender: str = "news@riverside.example",
    rcpts: tuple[str, ...] = ("friends@example.net",),
    mail_options: tuple[str, ...] = (),
) -> tuple[int, bytes]:
    """One message over a fresh connection with smtplib; the reply to DATA (code, text)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.test")
        code, text = client.mail(sender, list(mail_options))
        assert code == 250, text
        for rcpt in rcpts:
            code, text = client.rcpt(rcpt)
            assert code == 250, text
        return client.data(raw)


def scan_worker_pids() -> list[int]:
    """Pids of this process's spawned pool workers."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and b"spawn_main" in cmdline:
            pids.append(int(entry.name))
    return pids
