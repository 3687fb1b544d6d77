"""The MAIL/RCPT address fast path gives exactly what aiosmtpd's RFC 5322 parser gives."""

from __future__ import annotations

import asyncio

from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.proxy.handler import EsmtpHandler
from scanner.proxy.smtp import Gate, GuardSMTP

CASES = [
    "<a@b.example>",
    "<a@b.example> SIZE=10",
    "<first.last+tag@sub.example.org> BODY=8BITMIME SMTPUTF8",
    "<a@x.example>\tSIZE=1",
    "<a@x.example>  (comment) SIZE=1",
    "<a@x.example> \t",
    "<",
    "<>",
    "",
    "<a..b@x.example>",
    "<.a@x.example>",
    "<a.@x.example>",
    "<a@-x.example>",
    "<a@x-.example>",
    "<a@x.example.>",
    '<"quoted local"@x.example>',
    "<a@[127.0.0.1]>",
    "<@route.example:a@x.example>",
    "<a@x.example>junk",
    "a@x.example",
    " <a@x.example>",
    "<a(comment)@x.example>",
    "<" + "l" * 65 + "@x.example>",
    "<" + "l" * 64 + "@x.example>",
    "<\u00fcn\u00ef@x.example>",
    "<a@b@c.example>",
]


def new_server() -> GuardSMTP:
    return GuardSMTP(
        EsmtpHandler(),
        gate=Gate(max_sessions=1),
        hostname="test",
        max_message_bytes=1000,
        max_line_bytes=1000,
        command_timeout=1,
        data_timeout=1,
        loop=asyncio.new_event_loop(),
    )


def aiosmtpd_parse(server: GuardSMTP, arg: str) -> tuple[str | None, str | None]:
    """aiosmtpd's own result; where its parser raises, the syntax error we answer."""
    try:
        return SMTP._getaddr(server, arg)
    except Exception:  # a bug of the stdlib parser: we answer it as a syntax error
        return None, None


def test_fast_path_agrees_with_aiosmtpd_on_odd_and_plain_paths() -> None:
    server = new_server()
    for arg in CASES:
        assert server._getaddr(arg) == aiosmtpd_parse(server, arg), arg


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="<>@.a-_+\"[]: \t(){}'Z9\u00e9", max_size=30))
def test_fast_path_agrees_with_aiosmtpd_on_random_paths(arg: str) -> None:
    server = new_server()
    assert server._getaddr(arg) == aiosmtpd_parse(server, arg)


def test_paths_that_break_the_stdlib_parser_are_syntax_errors() -> None:
    assert new_server()._getaddr("<") == (None, None)
    assert new_server()._getaddr("a@[") == (None, None)
    assert new_server()._getaddr("9@[ ") == (None, None)  # UnboundLocalError inside
