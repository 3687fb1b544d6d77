"""ESMTP behaviour of the proxy: extensions, limits, pipelining, byte-exact relay,
XFORWARD/XCLIENT pass-through, STARTTLS."""

from __future__ import annotations

import asyncio
import datetime
import logging
import smtplib
import socket
import ssl
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from scanner.proxy.smtp import GuardSMTP
from tests.proxy.conftest import Sink, StartProxy, make_settings
from tests.proxy.helpers import message, send


def ehlo_features(port: int) -> dict[str, str]:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        client.ehlo("client.test")
        return dict(client.esmtp_features)


def dialogue(port: int, payload: bytes, replies: int) -> list[bytes]:
    """Write ``payload`` in one go (pipelining) and read ``replies`` final reply lines."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        reader = sock.makefile("rb")
        assert reader.readline().startswith(b"220 ")
        sock.sendall(payload)
        lines: list[bytes] = []
        while len(lines) < replies:
            line = reader.readline()
            assert line, f"connection closed after {lines}"
            if line[3:4] == b" ":
                lines.append(line.rstrip(b"\r\n"))
        return lines


async def test_extensions_advertised(start_proxy: StartProxy) -> None:
    proxy = await start_proxy(max_message_bytes=123456)
    features = await asyncio.to_thread(ehlo_features, proxy.port)
    assert features["size"] == "123456"
    for name in ("8bitmime", "smtputf8", "pipelining", "enhancedstatuscodes"):
        assert name in features
    assert set(features["xforward"].split()) >= {"NAME", "ADDR", "PROTO", "HELO", "SOURCE"}
    assert "LOGIN" in features["xclient"].split()
    assert "starttls" not in features


async def test_size_declared_too_big_is_552(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy(max_message_bytes=10_000)

    def declare() -> tuple[int, bytes]:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as client:
            client.ehlo("client.test")
            return client.mail("a@riverside.example", ["SIZE=10001"])

    code, text = await asyncio.to_thread(declare)
    assert code == 552
    assert text.startswith(b"5.3.4 ")


@pytest.mark.parametrize("value", ["\u00b2", "\u0663", "12a", ""])
async def test_size_that_is_not_ascii_digits_is_501(start_proxy: StartProxy, value: str) -> None:
    proxy = await start_proxy()
    command = f"MAIL FROM:<a@riverside.example> SIZE={value}".encode()
    lines = await asyncio.to_thread(dialogue, proxy.port, b"EHLO c.test\r\n" + command + b"\r\n", 2)
    assert lines[1].startswith(b"501 5.5.4 ")


async def test_data_over_size_is_552_and_not_relayed(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy(max_message_bytes=10_000)
    big = message(body="x" * 70 + "\r\n" * 1 + ("y" * 78 + "\r\n") * 200)
    code, _ = await asyncio.to_thread(send, proxy.port, big)
    assert code == 552
    assert sink.handler.deliveries == []


async def test_inflight_budget_defers_transactions_beyond_it(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy(max_message_bytes=80_000, max_inflight_bytes=100_000)
    raw = message()

    def two_sessions() -> list[int]:
        codes = []
        with (
            smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as first,
            smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as second,
        ):
            first.ehlo("first.test")
            second.ehlo("second.test")
            codes.append(first.mail("a@riverside.example")[0])  # no SIZE: reserves 80,000
            code, text = second.mail("a@riverside.example", ["SIZE=30000"])
            assert text.startswith(b"4.3.1 ")
            codes.append(code)
            codes.append(second.mail("a@riverside.example", [f"SIZE={len(raw)}"])[0])  # fits
            first.rcpt("friends@example.net")
            codes.append(first.data(raw)[0])  # the end of the transaction frees its bytes
            second.rset()
            codes.append(second.mail("a@riverside.example", ["SIZE=30000"])[0])
        return codes

    assert await asyncio.to_thread(two_sessions) == [250, 452, 250, 250, 250]
    assert len(sink.handler.deliveries) == 1


async def test_data_far_over_its_declared_size_is_552(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy(max_message_bytes=1_000_000)
    big = message(body=("y" * 78 + "\r\n") * 2000)  # 160 KB, declared as 1 KB

    def lying() -> int:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as client:
            client.ehlo("client.test")
            client.mail("a@riverside.example", ["SIZE=1000"])
            client.rcpt("friends@example.net")
            return client.data(big)[0]

    assert await asyncio.to_thread(lying) == 552
    assert sink.handler.deliveries == []
    # Declared honestly, the same message is relayed.
    assert (await asyncio.to_thread(send, proxy.port, big))[0] == 250


async def test_pipelined_transactions_get_replies_in_order(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    body = b"Subject: one\r\n\r\n..leading dot line\r\nend\r\n.\r\n"
    payload = (
        b"EHLO client.test\r\n"
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\n"
        b"RCPT TO:<c@example.net>\r\nDATA\r\n"
        + body
        + b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<d@example.net>\r\nDATA\r\n"
        + b"Subject: two\r\n\r\nsecond\r\n.\r\nQUIT\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 11)
    codes = [line[:3] for line in lines]
    assert codes == [b"250", b"250", b"250", b"250", b"354", b"250", b"250", b"250", b"354",
                     b"250", b"221"]  # fmt: skip
    first, second = sink.handler.deliveries
    assert first.rcpt_tos == ["b@example.net", "c@example.net"]
    # Dot-stuffing undone on receipt and redone on relay: the sink sees one dot.
    assert first.raw == b"Subject: one\r\n\r\n.leading dot line\r\nend\r\n"
    assert second.raw == b"Subject: two\r\n\r\nsecond\r\n"


async def test_replies_to_a_pipelined_group_go_out_in_one_write(
    start_proxy: StartProxy, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[list[bytes]] = []
    flush = GuardSMTP._flush_replies

    def recording(server: GuardSMTP) -> None:
        if server._replies:
            writes.append([reply[:3] for reply in server._replies])
        flush(server)

    monkeypatch.setattr(GuardSMTP, "_flush_replies", recording)
    proxy = await start_proxy()
    payload = (
        b"EHLO client.test\r\nMAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\n"
        b"DATA\r\nSubject: one\r\n\r\nbody\r\n.\r\nQUIT\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 6)
    assert [line[:3] for line in lines] == [b"250", b"250", b"250", b"354", b"250", b"221"]
    assert next(w[-3:] for w in writes if w[-1] == b"354") == [b"250", b"250", b"354"]
    assert writes[-1] == [b"250", b"221"]  # the 221 goes out at once, before the close
    assert len(sink.handler.deliveries) == 1


async def test_8bit_and_utf8_are_relayed_byte_for_byte(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    raw = (
        "From: Zoë <zoë@riverside.example>\r\nTo: Jürgen <jürgen@example.net>\r\n"
        "Subject: Spendenquittung für 2025 — merci\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "Grüße, 你好, مرحبا\r\n.single dot first\r\n..two dots\r\n \r\nend"
    ).encode() + b"\r\nlatin-1 byte \xe9 kept\r\n"
    code, _ = await asyncio.to_thread(
        send,
        proxy.port,
        raw,
        "zoë@riverside.example",
        ("jürgen@example.net",),
        ("BODY=8BITMIME", "SMTPUTF8"),
    )
    assert code == 250
    [delivery] = sink.handler.deliveries
    assert delivery.raw == raw
    assert delivery.mail_from == "zoë@riverside.example"
    assert delivery.rcpt_tos == ["jürgen@example.net"]
    assert {"BODY=8BITMIME", "SMTPUTF8"} <= set(delivery.mail_options)


async def test_bare_lf_is_refused(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    payload = (
        b"EHLO c.test\r\nMAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: x\r\n\r\nhidden\n.\nMAIL FROM:<evil@example.org>\r\n.\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 5)
    assert lines[-1].startswith(b"550 5.6.0 ")
    assert sink.handler.deliveries == []


async def test_line_too_long_is_refused(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy(max_line_bytes=2000)
    code, _ = await asyncio.to_thread(send, proxy.port, message(body="a" * 2100 + "\r\n"))
    assert code == 500
    code, _ = await asyncio.to_thread(send, proxy.port, message(body="a" * 1900 + "\r\n"))
    assert code == 250
    assert len(sink.handler.deliveries) == 1


async def test_recipient_limit(start_proxy: StartProxy) -> None:
    proxy = await start_proxy(max_recipients=2)

    def too_many() -> list[tuple[int, bytes]]:
        with smtplib.SMTP("127.0.0.1", proxy.port, timeout=10) as client:
            client.ehlo("c.test")
            client.mail("a@riverside.example")
            return [client.rcpt(f"r{i}@example.net") for i in range(3)]

    replies = await asyncio.to_thread(too_many)
    assert [code for code, _ in replies] == [250, 250, 452]
    assert replies[2][1].startswith(b"4.5.3 ")


async def test_session_limit_is_421(start_proxy: StartProxy) -> None:
    proxy = await start_proxy(max_sessions=1)

    def two_sessions() -> tuple[bytes, bytes]:
        with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as first:
            greeting = first.makefile("rb").readline()
            with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as second:
                return greeting, second.makefile("rb").readline()

    first, second = await asyncio.to_thread(two_sessions)
    assert first.startswith(b"220 ")
    assert second.startswith(b"421 4.3.2 ")


async def test_xforward_reaches_the_next_hop(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    payload = (
        b"EHLO postfix.test\r\n"
        b"XFORWARD NAME=client.example.org ADDR=192.0.2.7 PORT=41234\r\n"
        b"XFORWARD PROTO=ESMTP HELO=laptop.example.org SOURCE=REMOTE IDENT=4bH2x\r\n"
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: x\r\n\r\nbody\r\n.\r\n"
        # Attributes last one transaction: the next one has none.
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: y\r\n\r\nbody\r\n.\r\nQUIT\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 12)
    assert lines[1] == b"250 2.0.0 Ok"
    first, second = sink.handler.deliveries
    assert first.xforward == {
        "NAME": "client.example.org",
        "ADDR": "192.0.2.7",
        "PORT": "41234",
        "PROTO": "ESMTP",
        "HELO": "laptop.example.org",
        "SOURCE": "REMOTE",
        "IDENT": "4bH2x",
    }
    assert second.xforward == {}


async def test_xclient_reaches_the_next_hop_and_names_the_customer(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy()
    payload = (
        b"EHLO postfix.test\r\nXCLIENT ADDR=192.0.2.9 NAME=[UNAVAILABLE] HELO=pc.example\r\n"
        b"EHLO postfix.test\r\n"
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: x\r\n\r\nbody\r\n.\r\n"
        b"XCLIENT LOGIN=login-acme\r\nEHLO postfix.test\r\n"
        b"MAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: y\r\n\r\nbody\r\n.\r\nQUIT\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 14)
    assert lines[1].startswith(b"220 ")
    [delivery] = sink.handler.deliveries
    assert delivery.xclient == {"ADDR": "192.0.2.9", "NAME": "[UNAVAILABLE]", "HELO": "pc.example"}
    # The SASL login of the second transaction maps to a customer whose policy holds.
    assert b"held for review" in lines[-2]


async def test_xforward_from_untrusted_network_is_refused(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy
) -> None:
    proxy = await start_proxy(make_settings(tmp_path, policy_file, forward_hosts=("10.0.0.0/8",)))
    features = await asyncio.to_thread(ehlo_features, proxy.port)
    assert "xforward" not in features
    payload = b"EHLO c.test\r\nXFORWARD ADDR=192.0.2.1\r\nXCLIENT LOGIN=x\r\nQUIT\r\n"
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 4)
    assert lines[1].startswith(b"550 5.7.0 ")
    assert lines[2].startswith(b"550 5.7.0 ")


async def test_malformed_xforward_is_501(start_proxy: StartProxy) -> None:
    proxy = await start_proxy()
    payload = b"EHLO c.test\r\nXFORWARD BOGUS=1\r\nXFORWARD ADDR=a\x01b\r\nQUIT\r\n"
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 4)
    assert lines[1].startswith(b"501 5.5.4 ")
    assert lines[2][:1] == b"5"


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


async def test_starttls_then_relay(
    tmp_path: Path, policy_file: Path, start_proxy: StartProxy, sink: Sink
) -> None:
    cert, key = _self_signed(tmp_path)
    proxy = await start_proxy(make_settings(tmp_path, policy_file, tls_cert=cert, tls_key=key))
    raw = message()

    def over_tls() -> tuple[int, bytes]:
        context = ssl.create_default_context(cafile=str(cert))
        with smtplib.SMTP("localhost", proxy.port, timeout=10) as client:
            client.ehlo("c.test")
            assert client.has_extn("starttls")
            client.starttls(context=context)
            client.ehlo("c.test")
            client.mail("a@riverside.example")
            client.rcpt("b@example.net")
            return client.data(raw)

    assert (await asyncio.to_thread(over_tls))[0] == 250
    assert sink.handler.deliveries[0].raw == raw


@pytest.mark.parametrize("command", [b"MAIL FROM:<a@b.example>", b"NOOP"])
async def test_replies_carry_enhanced_status_codes(start_proxy: StartProxy, command: bytes) -> None:
    proxy = await start_proxy()
    lines = await asyncio.to_thread(
        dialogue, proxy.port, b"EHLO c.test\r\n" + command + b"\r\nQUIT\r\n", 3
    )
    assert lines[1].startswith(b"250 2.0.0 ")
    assert lines[2].startswith(b"221 2.0.0 ")


async def test_null_sender_bounce_is_relayed(start_proxy: StartProxy, sink: Sink) -> None:
    proxy = await start_proxy()
    payload = (
        b"EHLO c.test\r\nMAIL FROM:<>\r\nRCPT TO:<b@example.net>\r\nDATA\r\n"
        b"Subject: Undelivered Mail Returned to Sender\r\n\r\nbounce\r\n.\r\nQUIT\r\n"
    )
    lines = await asyncio.to_thread(dialogue, proxy.port, payload, 6)
    assert lines[4].startswith(b"250 2.0.0 Ok: relayed")
    assert sink.handler.deliveries[0].mail_from == "<>"


async def test_next_hop_connections_are_reused_and_capped(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy(relay_max_connections=2)
    peers: set[object] = set()
    original = sink.handler.handle_DATA

    async def record(server: GuardSMTP, session: Any, envelope: Any) -> str:
        peers.add(session.peer)
        return await original(server, session, envelope)

    sink.handler.handle_DATA = record  # type: ignore[method-assign]
    sink.handler.delay = 0.2
    codes = await asyncio.gather(
        *(asyncio.to_thread(send, proxy.port, message()) for _ in range(6))
    )
    assert [code for code, _ in codes] == [250] * 6
    assert len(sink.handler.deliveries) == 6
    # Six concurrent messages went over at most two next-hop connections.
    assert 1 <= len(peers) <= 2


async def test_client_hanging_up_mid_relay_frees_its_next_hop_connection(
    start_proxy: StartProxy, sink: Sink
) -> None:
    """The relay is cancelled while the next hop has not answered the body: it drops that
    connection (the transaction is discarded) and frees its slot, so with a single slot
    the next message still gets through."""
    proxy = await start_proxy(relay_max_connections=1)
    sink.handler.delay = 1.0
    transaction = b"EHLO c.test\r\nMAIL FROM:<a@riverside.example>\r\nRCPT TO:<b@example.net>\r\n"
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as sock:
        sock.sendall(transaction + b"DATA\r\n" + message() + b".\r\n")
        await asyncio.wait_for(sink.handler.data_started.wait(), 10)
    sink.handler.delay = 0.0
    code, _ = await asyncio.wait_for(asyncio.to_thread(send, proxy.port, message()), 20)
    assert code == 250
    assert len(sink.handler.deliveries) == 1  # the abandoned transaction was not delivered


async def test_unrecognised_command_text_is_neither_echoed_nor_logged(
    start_proxy: StartProxy, caplog: pytest.LogCaptureFixture
) -> None:
    """A client line the proxy does not know can be an address or a line of the body."""
    proxy = await start_proxy()
    with caplog.at_level(logging.WARNING):
        lines = await asyncio.to_thread(
            dialogue, proxy.port, b"EHLO c.test\r\nRCPT:<canary@patient.example>\r\nQUIT\r\n", 3
        )
    assert lines[1] == b"500 5.5.2 Error: command not recognized"
    assert "unrecognised SMTP command" in caplog.text
    assert "canary" not in caplog.text.lower()


async def test_shutdown_quits_idle_next_hop_connections_at_once(
    start_proxy: StartProxy, sink: Sink
) -> None:
    """A next hop that stalls on QUIT costs shutdown one reply timeout, not one per
    idle connection."""
    proxy = await start_proxy(relay_timeout_seconds=1.0, relay_idle_connections=4)
    sink.handler.delay = 0.3
    codes = await asyncio.gather(
        *(asyncio.to_thread(send, proxy.port, message()) for _ in range(4))
    )
    assert [code for code, _ in codes] == [250] * 4
    sink.handler.quit_delay = 30.0
    started = asyncio.get_running_loop().time()
    assert await proxy.shutdown()
    assert asyncio.get_running_loop().time() - started < 3.0  # four in turn: over 4 s
