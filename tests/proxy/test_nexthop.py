"""The next-hop client: pipelining, lockstep fallback, all-or-nothing, a transparent body."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.proxy.nexthop import BODY_SLICE, wire_slices
from scanner.proxy.relay import TEMP_REPLY, Outgoing, Relay, RelayError
from tests.proxy.helpers import start_recording_sink

Answer = Callable[[bytes], bytes]


def accept_all(line: bytes) -> bytes:
    verb = line.split(b" ", 1)[0].upper()
    return {b"DATA": b"354 go ahead", b"QUIT": b"221 bye"}.get(verb, b"250 ok")


class ScriptedHop:
    """A raw next hop on loopback. ``answer`` gives the reply to each command line; with
    ``withhold`` the replies are only sent once DATA has arrived (a client that waits for
    each reply before its next command would then never get one). Records every read,
    every body and every transaction the client dropped in the middle of DATA."""

    def __init__(self, extensions: list[bytes], answer: Answer = accept_all) -> None:
        self.extensions = extensions
        self.answer = answer
        self.withhold = False
        self.connections = 0
        self.reads: list[bytes] = []
        self.bodies: list[bytes] = []
        self.dropped_in_data = 0
        self.after_transaction = b""  # sent unasked once a body was accepted

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        writer.write(b"220 hop ESMTP\r\n")
        buffer, pending, in_body = b"", [], False
        while data := await reader.read(65536):
            self.reads.append(data)
            buffer += data
            while True:
                if in_body:
                    end = buffer.find(b"\r\n.\r\n")
                    if end == -1:
                        break
                    self.bodies.append(buffer[: end + 2].replace(b"\r\n..", b"\r\n."))
                    buffer, in_body = buffer[end + 5 :], False
                    writer.write(b"250 queued\r\n" + self.after_transaction)
                    continue
                line, sep, rest = buffer.partition(b"\r\n")
                if not sep:
                    break
                buffer = rest
                reply = self._reply(line)
                pending.append(reply)
                in_body = line.upper() == b"DATA" and reply.startswith(b"354")
                if not self.withhold or line.upper() == b"DATA" or line.startswith(b"EHLO"):
                    writer.write(b"".join(r + b"\r\n" for r in pending))
                    pending = []
        self.dropped_in_data += in_body
        writer.close()

    def _reply(self, line: bytes) -> bytes:
        if line.upper().startswith(b"EHLO"):
            lines = [b"hop", *self.extensions]
            return b"\r\n".join(
                b"250" + (b" " if i == len(lines) - 1 else b"-") + text
                for i, text in enumerate(lines)
            )
        return self.answer(line)


def relay_to(port: int, timeout: float = 5.0, max_connections: int = 50) -> Relay:
    return Relay(
        "127.0.0.1",
        port,
        local_hostname="test-proxy",
        connect_timeout=5,
        timeout=timeout,
        idle_connections=4,
        idle_seconds=30,
        reuse_limit=100,
        max_connections=max_connections,
    )


MESSAGE = b"Subject: hi\r\n\r\n.leading dot\r\nbody\r\n"


async def test_a_pipelining_next_hop_gets_mail_rcpt_and_data_in_one_write() -> None:
    hop = ScriptedHop([b"PIPELINING", b"SIZE 1000000"])
    hop.withhold = True  # a client waiting for the MAIL reply would time out
    port = await hop.start()
    relay = relay_to(port, timeout=3)
    try:
        reply = await relay.send(
            Outgoing("a@example.org", ("b@example.net", "c@example.net"), MESSAGE)
        )
    finally:
        await relay.close()
        await hop.stop()
    assert reply == "queued"
    assert hop.bodies == [MESSAGE]
    group = next(read for read in hop.reads if read.startswith(b"MAIL"))
    assert group.count(b"\r\n") == 4 and group.endswith(b"DATA\r\n")


async def test_without_pipelining_each_command_waits_for_its_reply() -> None:
    hop = ScriptedHop([b"SIZE 1000000"])
    port = await hop.start()
    relay = relay_to(port)
    try:
        await relay.send(Outgoing("a@example.org", ("b@example.net", "c@example.net"), MESSAGE))
    finally:
        await relay.close()
        await hop.stop()
    assert hop.bodies == [MESSAGE]
    commands = [read for read in hop.reads if not read.startswith((b"Subject", b"QUIT"))]
    assert all(read.count(b"\r\n") == 1 for read in commands), commands


@pytest.mark.parametrize("pipelining", [True, False])
async def test_a_partly_refused_transaction_delivers_nothing(pipelining: bool) -> None:
    def refuse_c(line: bytes) -> bytes:
        return b"550 no such user" if b"<c@" in line else accept_all(line)

    hop = ScriptedHop([b"PIPELINING"] if pipelining else [], refuse_c)
    port = await hop.start()
    relay = relay_to(port)
    try:
        with pytest.raises(RelayError) as refused:
            await relay.send(Outgoing("a@example.org", ("b@example.net", "c@example.net"), MESSAGE))
        # The next message still gets through (on a fresh connection if the old was dropped).
        await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
    finally:
        await relay.close()
        await hop.stop()
    assert refused.value.reply == TEMP_REPLY  # one recipient was fine: retry them all
    assert hop.bodies == [MESSAGE]  # only the second message
    # Pipelined, the hop had already said 354: the only safe exit was to drop the line
    # (an RSET would have been read as message text); in lockstep DATA was never sent.
    assert hop.dropped_in_data == (1 if pipelining else 0)
    assert any(b"RSET" in read for read in hop.reads) == (not pipelining)


async def test_a_reply_arriving_unasked_retires_the_connection() -> None:
    hop = ScriptedHop([b"PIPELINING"])
    hop.after_transaction = b"421 idle timeout, closing soon\r\n"
    port = await hop.start()
    relay = relay_to(port)
    try:
        first = await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
        await asyncio.sleep(0.1)  # the unasked 421 arrives while the connection is idle
        second = await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
    finally:
        await relay.close()
        await hop.stop()
    assert (first, second) == ("queued", "queued")
    assert hop.connections == 2 and len(hop.bodies) == 2


async def test_a_garbled_reply_is_a_protocol_error_not_a_hang() -> None:
    hop = ScriptedHop(
        [b"PIPELINING"],
        lambda line: b"hello there" if line.startswith(b"MAIL") else accept_all(line),
    )
    port = await hop.start()
    relay = relay_to(port)
    try:
        with pytest.raises(RelayError) as failed:
            await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
    finally:
        await relay.close()
        await hop.stop()
    assert failed.value.reason == "protocol" and failed.value.reply.startswith("451")
    assert hop.bodies == []


async def test_large_bodies_cross_a_real_smtp_server_byte_for_byte() -> None:
    """Slices cut at line ends, dot lines at slice edges, 8-bit and UTF-8 bytes."""
    lines = [b".", b"..", b".x", "caf\u00e9 \u2713".encode(), b"y" * 900]
    body = b"".join(lines[i % len(lines)] + b"\r\n" for i in range(BODY_SLICE // 3))
    raw = b"Subject: big\r\n\r\n" + body
    sink, server, port = await start_recording_sink()
    relay = relay_to(port)
    try:
        await relay.send(Outgoing("a@example.org", ("b@example.net",), raw))
    finally:
        await relay.close()
        server.close()
    assert len(raw) > 3 * BODY_SLICE
    assert sink.deliveries[0].raw == raw


def unstuffed(wire: bytes) -> bytes:
    assert wire.endswith(b"\r\n.\r\n") or wire == b".\r\n"
    content = wire[:-3]
    assert b"\r\n.\r\n" not in b"\r\n" + content[:-2]  # no early terminator
    lines = content.split(b"\r\n")
    return b"\r\n".join(line[1:] if line.startswith(b".") else line for line in lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b".", b"..", b"a", b"\r", b"\n", b"\r\n", b"\xff"]), max_size=60))
def test_wire_form_is_crlf_dot_stuffed_and_reverses_to_the_message(parts: list[bytes]) -> None:
    raw = b"".join(parts)
    wire = b"".join(wire_slices(raw))
    normalised = raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n")
    expected = normalised if normalised.endswith(b"\r\n") or not raw else normalised + b"\r\n"
    assert unstuffed(wire) == expected
    assert wire.count(b"\n") == wire.count(b"\r\n") == wire.count(b"\r")


def test_wire_slices_are_bounded_and_cut_at_line_ends() -> None:
    raw = b"0123456789abcde\r\n" * (5 * BODY_SLICE // 17)
    slices = list(wire_slices(raw))
    assert len(slices) >= 5
    assert all(len(s) <= BODY_SLICE + 5 for s in slices)
    assert all(s.endswith(b"\r\n") for s in slices)
    assert b"".join(slices) == raw + b".\r\n"


def test_a_line_longer_than_a_slice_is_cut_but_never_between_cr_and_lf() -> None:
    raw = b"." * (2 * BODY_SLICE + 5) + b"\r\n" + b"a" * (BODY_SLICE - 1) + b"\r\nend\r\n"
    slices = list(wire_slices(raw))
    assert len(slices) >= 3
    assert not any(s.endswith(b"\r") for s in slices)
    assert unstuffed(b"".join(slices)) == raw


@pytest.mark.parametrize("pipelining", [True, False])
async def test_a_refused_xforward_is_a_clean_refusal(pipelining: bool) -> None:
    def refuse_xforward(line: bytes) -> bytes:
        return b"550 not allowed" if line.startswith(b"XFORWARD") else accept_all(line)

    offered = [b"XFORWARD NAME ADDR"] + ([b"PIPELINING"] if pipelining else [])
    hop = ScriptedHop(offered, refuse_xforward)
    port = await hop.start()
    relay = relay_to(port)
    message = Outgoing("a@example.org", ("b@example.net",), MESSAGE, xforward={"ADDR": "192.0.2.7"})
    try:
        await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
        with pytest.raises(RelayError) as refused:  # on the reused connection
            await relay.send(message)
    finally:
        await relay.close()
        await hop.stop()
    assert refused.value.reason == "refused_5xx"
    assert hop.bodies == [MESSAGE] and hop.connections == 1


async def test_all_connections_busy_past_one_reply_timeout_is_a_4xx_to_retry() -> None:
    """Waiting for a next-hop connection is bounded: the client is told 451 (reason
    ``busy``) instead of its session timing out."""
    hop = ScriptedHop([b"SIZE 1000000"])
    port = await hop.start()
    relay = relay_to(port, timeout=0.3, max_connections=1)
    try:
        assert await relay._acquire() is None  # a sender holds the only connection slot
        with pytest.raises(RelayError) as caught:
            await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
        assert caught.value.reason == "busy" and caught.value.reply.startswith("451 4.3.0")
        relay._free_slot()  # that sender is done: the slot is free again, nothing leaked
        assert await relay.send(Outgoing("a@example.org", ("b@example.net",), MESSAGE))
    finally:
        await relay.close()
        await hop.stop()
    assert hop.bodies == [MESSAGE]
