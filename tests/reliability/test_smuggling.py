"""SMTP smuggling towards the next hop. With ``proxy.bare_newlines = "normalize"`` (the
non-default mode that relays bare CR/LF instead of refusing them), a fake end-of-data in
a body must leave the proxy so that no lenient next hop can read it as the end of the
message: on the wire, no line may be a lone "." under any reading of CR, LF or CRLF."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from scanner.config import load_settings
from scanner.proxy.server import ProxyServer
from tests.reliability.harness import WireNextHop, write_config
from tests.reliability.rawsmtp import session

FAKE_ENDS = [b"\n.\n", b"\r\n.\n", b"\n.\r\n", b"\r.\r", b"\r\n.\r", b"\n.\r"]
_ANY_NEWLINE = re.compile(rb"\r\n|\r|\n")


@pytest.fixture
def hop() -> Iterator[WireNextHop]:
    running = WireNextHop()
    yield running
    running.close()


@pytest.fixture
async def proxy(tmp_path: Path, hop: WireNextHop) -> AsyncIterator[ProxyServer]:
    settings = load_settings(write_config(tmp_path, bare_newlines="normalize"), tmp_path / "var")
    server = ProxyServer(settings, listen=("127.0.0.1", 0), relay=("127.0.0.1", hop.port))
    await server.start()
    yield server
    await server.shutdown()


@pytest.mark.parametrize("fake_end", FAKE_ENDS, ids=repr)
async def test_fake_end_of_data_never_leaves_as_a_lone_dot(
    proxy: ProxyServer, hop: WireNextHop, fake_end: bytes
) -> None:
    payload = (
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<x@example.net>\r\nDATA\r\n"
        b"Message-ID: <carrier@x>\r\nSubject: hi\r\n\r\nhello" + fake_end
        + b"MAIL FROM:<ceo@victim.example>\r\nRCPT TO:<x@example.net>\r\nDATA\r\n"
        b"Message-ID: <smuggled@x>\r\n\r\nfake\r\n.\r\nQUIT\r\n"
    )  # fmt: skip

    def talk() -> list[str]:
        with session(proxy.port) as client:
            client.send(payload)
            return client.replies(5)

    replies = await asyncio.to_thread(talk)
    assert replies[3].startswith("250"), replies
    assert len(hop.wire) == 1
    lines = _ANY_NEWLINE.split(hop.wire[0])
    assert b"." not in lines, "a lenient next hop would end the message here"
