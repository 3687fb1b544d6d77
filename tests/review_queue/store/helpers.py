"""Builders for store tests: messages, verdicts, envelopes, a loopback SMTP sink."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiosmtpd.controller import Controller

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import Action, ClientInfo, Envelope, Finding, Reason, Verdict

SSN = "078-05-1120"  # the famous Woolworth sample number, never issued to a person
SENDER = "alice@nonprofit.example"
RECIPIENT = "Donor.One@Example.NET"
PASSWORD = "correct horse battery staple"


def message(body: str, subject: str = "Member record", sender: str = SENDER) -> bytes:
    """A small RFC 5322 message with CRLF line ends."""
    lines = [
        f"From: {sender}",
        f"To: {RECIPIENT}",
        f"Subject: {subject}",
        "Message-ID: <m1@nonprofit.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "",
        *body.splitlines(),
        "",
    ]
    return "\r\n".join(lines).encode()


def ssn_message(sender: str = SENDER) -> tuple[bytes, Finding]:
    """A message holding ``SSN`` and the finding that points at it, as a detector would;
    ``sender`` is its From header."""
    raw = message(f"Hello,\nthe member SSN is {SSN} as requested.\n", sender=sender)
    parsed = parse_message(raw, Limits())
    segment = next(s for s in parsed.segments if SSN in s.text)
    start = segment.text.index(SSN)
    finding = Finding(
        "pii_us_ssn",
        "government_id",
        "US_SSN",
        segment.source,
        segment.part,
        start,
        start + len(SSN),
        0.95,
    )
    return raw, finding


def verdict(
    findings: tuple[Finding, ...] = (), tos: float = 0.0, categories: tuple[str, ...] = ()
) -> Verdict:
    """A HOLD verdict for ``findings``."""
    cats = tuple(sorted({*categories, *(f.category for f in findings)}))
    sensitive = max((f.score for f in findings), default=0.0)
    reasons = tuple(Reason(f"SENSITIVE_{c.upper()}", 0.0, f"{c} found") for c in cats)
    if tos >= 0.9:
        reasons += (Reason("TOS_SCORE_HOLD", 0.0, "tos score >= 0.9"),)
    return Verdict(Action.HOLD, {"tos": tos, "sensitive": sensitive}, cats, findings, reasons, ())


def envelope(
    sender: str = SENDER, rcpts: tuple[str, ...] = (RECIPIENT,), customer: str | None = "org-1"
) -> Envelope:
    """An envelope as the proxy would pass it."""
    return Envelope(sender, rcpts, ClientInfo(addr="192.0.2.10", login=customer))


class Sink:
    """Loopback SMTP server that keeps every transaction it accepts (``reply`` 2xx)."""

    def __init__(self, reply: str = "250 OK") -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.received = threading.Event()
        self.reply = reply

    async def handle_DATA(self, server: object, session: object, env: object) -> str:
        if self.reply.startswith("2"):
            self.messages.append((env.mail_from, list(env.rcpt_tos), env.original_content))  # type: ignore[attr-defined]
        self.received.set()
        return self.reply


@contextmanager
def smtp_sink(port: int, reply: str = "250 OK") -> Iterator[Sink]:
    """An aiosmtpd sink on 127.0.0.1:port answering DATA with ``reply``, for the block."""
    handler = Sink(reply)
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()
