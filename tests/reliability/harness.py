"""Fault-test helpers over ``bench.loopback``: messages with a Message-ID, a one-shot
SMTP client that reports a broken connection as code 0, and Message-ID accounting in the
review queue."""

from __future__ import annotations

import smtplib
from collections import Counter
from pathlib import Path

from bench.loopback import (
    ProxyProcess,
    SinkThread,
    WireNextHop,
    free_port,
    message_id,
    write_config,
)
from review_queue.service import CLI, ReviewService
from review_queue.store.types import ItemFilter
from scanner.config import Settings, load_settings

__all__ = [
    "WireNextHop",
    "ProxyProcess",
    "SinkThread",
    "free_port",
    "held_message_ids",
    "mail",
    "send",
    "store_settings",
    "write_config",
]


def mail(message_id: str, sender: str = "news@riverside.example", body_bytes: int = 400) -> bytes:
    """A plain message with ``Message-ID: <message_id>`` and about ``body_bytes`` of body."""
    line = "The volunteer rota for Saturday is below, thank you all.\r\n"
    body = line * max(1, body_bytes // len(line))
    return (
        f"From: {sender}\r\nTo: friends@example.net\r\nSubject: rota\r\n"
        f"Message-ID: <{message_id}>\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ).encode()


def send(port: int, raw: bytes, sender: str, timeout: float = 30.0) -> tuple[int, str]:
    """One message over a fresh connection; the reply to DATA, or (0, error) when the
    connection broke or timed out before a reply (the client must retry)."""
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=timeout) as client:
            client.ehlo("client.test")
            code, text = client.mail(sender)
            if code != 250:
                return code, text.decode(errors="replace")
            code, text = client.rcpt("friends@example.net")
            if code != 250:
                return code, text.decode(errors="replace")
            code, text = client.data(raw)
            return code, text.decode(errors="replace")
    except (OSError, smtplib.SMTPException) as exc:
        return 0, type(exc).__name__


def store_settings(data_dir: Path, config: Path) -> Settings:
    return load_settings(config, data_dir)


def held_message_ids(settings: Settings) -> Counter[str]:
    """Message-IDs of every item in the review queue (decrypted, any status)."""
    service = ReviewService.open(settings)
    try:
        found: Counter[str] = Counter()
        page = 1
        while True:
            listing = service.list_items(ItemFilter(status=None), CLI, page=page, page_size=200)
            for item in listing.items:
                found[message_id(service.load_raw(item.id, CLI))] += 1
            if page * listing.page_size >= listing.total:
                return found
            page += 1
    finally:
        service.close()
