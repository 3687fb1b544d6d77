"""One final INFO line per message, after its reply is known, that joins with the MTA's log:
its queue id (XFORWARD IDENT), the next hop's, the action, rule codes, reply code, times."""

from __future__ import annotations

import asyncio
import logging
import smtplib

import pytest

from scanner.proxy.handler import _next_hop_id
from tests.proxy.conftest import Sink, StartProxy
from tests.proxy.helpers import message, send

SECRET = "4111 1111 1111 1111"


def done_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.getMessage() == "message done"]


def send_forwarded(port: int, raw: bytes, sender: str, ident: str) -> tuple[int, bytes]:
    """As Postfix sends to a content filter: XFORWARD with its queue id, then the mail."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("postfix.test")
        code, _ = client.docmd("XFORWARD", f"ADDR=192.0.2.7 IDENT={ident}")
        assert code == 250
        client.mail(sender)
        client.rcpt("friends@example.net")
        return client.data(raw)


def assert_no_content(record: logging.LogRecord) -> None:
    rendered = f"{record.getMessage()} {vars(record)}"
    for value in ("riverside.example", "example.net", "Volunteer rota", "4111", "hold.example"):
        assert value not in rendered


async def test_relayed_message_logs_both_queue_ids_once(
    start_proxy: StartProxy, sink: Sink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    proxy = await start_proxy()
    code, _ = await asyncio.to_thread(
        send_forwarded, proxy.port, message(), "news@riverside.example", "7C5E621418F"
    )
    assert code == 250
    [line] = done_lines(caplog)
    assert line.levelno == logging.INFO
    fields = vars(line)
    assert fields["upstream_id"] == "7C5E621418F"
    assert fields["next_hop_id"] == "Q1"  # the sink's "250 2.0.0 Ok: queued as Q1"
    assert (fields["outcome"], fields["action"], fields["reply"]) == ("relayed", "pass", "250")
    assert fields["reasons"] == []
    assert fields["scan_ms"] >= 0 and fields["relay_ms"] >= 0
    assert fields["scan_id"]
    assert not any(r.getMessage() == "verdict" for r in caplog.records)  # DEBUG only now
    assert_no_content(line)


async def test_held_and_rejected_messages_log_action_codes_and_reply(
    start_proxy: StartProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    proxy = await start_proxy()
    held = message(sender="board@hold.example")
    await asyncio.to_thread(send_forwarded, proxy.port, held, "board@hold.example", "AB12")
    rejected = message(sender="x@reject.example", body=f"card {SECRET}\r\n")
    await asyncio.to_thread(send, proxy.port, rejected, "x@reject.example")
    hold_line, reject_line = done_lines(caplog)
    assert (hold_line.outcome, hold_line.action, hold_line.reply) == ("held", "hold", "250")
    assert hold_line.upstream_id == "AB12" and hold_line.hold_id
    assert hold_line.reasons == ["TOS_SCORE_HOLD"] and "next_hop_id" not in vars(hold_line)
    assert (reject_line.outcome, reject_line.action, reject_line.reply) == (
        "rejected",
        "reject",
        "550",
    )
    assert reject_line.reasons == ["SENSITIVE_PAYMENT_CARD", "TOS_SCORE_REJECT"]
    assert "upstream_id" not in vars(reject_line)  # no XFORWARD: none to join on
    for line in (hold_line, reject_line):
        assert_no_content(line)


async def test_next_hop_failure_logs_the_tempfail(
    start_proxy: StartProxy, sink: Sink, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sink.handler.refuse = "451 4.3.0 queue file write error for friends@example.net"
    proxy = await start_proxy()
    code, _ = await asyncio.to_thread(send, proxy.port, message())
    assert code == 451
    [line] = done_lines(caplog)
    assert (line.outcome, line.reply, line.relay_error) == ("tempfailed", "451", "refused_4xx")
    assert "next_hop_id" not in vars(line)
    assert_no_content(line)


async def test_bare_newline_and_long_line_refusals_are_logged(
    start_proxy: StartProxy, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    proxy = await start_proxy()
    bare = message(body="Hello team,\nbare LF\r\n")
    code, _ = await asyncio.to_thread(send, proxy.port, bare)
    assert code == 550
    [line] = done_lines(caplog)
    assert (line.reply, line.refused, line.outcome) == ("550", "bare_newline", "rejected")
    long = message(body="x" * 2000 + "\r\n")
    code, _ = await asyncio.to_thread(send, proxy.port, long)
    assert code == 500
    [refused] = [r for r in caplog.records if r.getMessage() == "message refused"]
    assert (refused.reply, refused.refused) == ("500", "line_too_long")
    for record in (line, refused):
        assert_no_content(record)


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("2.0.0 Ok: queued as 7C5E621418F", "7C5E621418F"),
        ("2.0.0 Ok: queued as 4ZkQ2x1sVbz9tWm", "4ZkQ2x1sVbz9tWm"),
        ("2.0.0 OK id=1rAbCd-000123-XY", None),  # Exim: no "queued as"
        ("2.0.0 Ok: queued as <friends@example.net>", None),
        ("2.0.0 Ok: queued as abc.def@example.net", None),
        ("2.0.0 Ok", None),
    ],
)
def test_next_hop_id_is_only_a_letters_and_digits_token(reply: str, expected: str | None) -> None:
    assert _next_hop_id(reply) == expected
