"""A local next hop for demos and tests: an aiosmtpd server that writes each delivered
message to ``<data_dir>/delivered/`` as an ``.eml`` file (atomically, fsynced)."""

from __future__ import annotations

import asyncio
import os
import socket
import time
import uuid
from pathlib import Path
from typing import Any

from scanner.proxy.handler import EsmtpHandler
from scanner.proxy.smtp import Gate, GuardSMTP

DEFAULT_FORWARD_HOSTS = ("127.0.0.0/8", "::1/128")


class FolderSink(EsmtpHandler):
    """Accepts every message and stores it; the file name is the queue id."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server: GuardSMTP, session: Any, envelope: Any) -> str:
        queue_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        await asyncio.to_thread(self._write, queue_id, envelope.original_content)
        return f"250 2.0.0 Ok: queued as {queue_id}"

    def _write(self, queue_id: str, raw: bytes) -> None:
        final = self.directory / f"{queue_id}.eml"
        temp = self.directory / f".{queue_id}.tmp"
        with temp.open("wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        temp.rename(final)


async def start_sink(
    handler: EsmtpHandler,
    host: str,
    port: int,
    *,
    max_message_bytes: int = 50 * 1024 * 1024,
    max_line_bytes: int = 65536,
    forward_hosts: tuple[str, ...] = DEFAULT_FORWARD_HOSTS,
    reuse_port: bool = False,
) -> asyncio.Server:
    """Listen with ``handler`` (ESMTP like the proxy, XFORWARD/XCLIENT from loopback)."""
    loop = asyncio.get_running_loop()
    gate = Gate(max_sessions=1000)
    hostname = socket.gethostname()

    def factory() -> GuardSMTP:
        return GuardSMTP(
            handler,
            gate=gate,
            hostname=hostname,
            max_message_bytes=max_message_bytes,
            max_line_bytes=max_line_bytes,
            command_timeout=300,
            data_timeout=600,
            forward_networks=forward_hosts,
            loop=loop,
        )

    return await loop.create_server(factory, host, port, reuse_port=reuse_port or None)
