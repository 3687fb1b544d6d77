"""The elided parse reads every message as the stdlib parser does, or declines."""

from __future__ import annotations

import base64
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

import pytest

from scanner.mime import skeleton
from scanner.mime.bounded import parse_bytes, parts_cut
from scanner.mime.skeleton import Span, parse_elided
from tests.conftest import iter_corpus

LINE = b"Dear friend, thank you for your gift; our volunteers served 120 families.\r\n"
BIG = LINE * 2000  # 150 KB of body lines
ODD = [
    b"Subject: plain\r\n\r\nbody \xc3\xa9 8-bit\r\n" + BIG + b".\r\n",
    b"From sender@example.org Mon Jan  1 00:00:00 2024\nSubject: mbox\n\nbody\n" + BIG,
    b"Subject: folded\r\n  header\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n" + BIG,
    b"Subject: lone cr\rX-A: b\r\n\r\nbody\n" + BIG,
    b"Subject: stray line\nthis is not a header\n\nbody\n" + BIG,
    b"Subject: no blank line\r\n" + BIG,
    b"Subject: mixed endings\n\r\nbody\r\n" + BIG.replace(b"\r\n", b"\r"),
    b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n" + BIG + b"--b--\n",
    b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n" + BIG,  # no close boundary
    b"Content-Type: multipart/mixed; boundary=b\n\npreamble\n" + BIG + b"--b\n\nx\n--b--\n",
    b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\nepilogue\n" + BIG,
    b"Content-Type: multipart/mixed; boundary=b\n\nno start boundary\n" + BIG,
    b"Content-Type: multipart/mixed\n\nno boundary parameter\n" + BIG,
    b"Content-Type: message/rfc822\n\nSubject: inner\n\nx\n" + BIG,
    b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\n\nx\n" + BIG,
    b"Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: in\n\nx\n" + BIG + b"--d--\n",
    b"Subject: mark\r\n\r\n\x00mailguard-elided-0\x00\n" + BIG,
    b"\n\nno headers at all\n" + BIG,
]


def _payload(part: Message, spans: dict[int, Span], raw: bytes) -> object:
    span = spans.get(id(part))
    if span is None:
        return part._payload  # type: ignore[attr-defined]
    return raw[span[0] : span[1]].decode("ascii", "surrogateescape")


def assert_parses_like_the_stdlib(raw: bytes) -> bool:
    """Compare the elided parse, if there is one, with the stdlib's; True if there was."""
    elided = parse_elided(raw)
    if elided is None:
        return False
    message, spans = elided
    pairs = [(message, BytesParser(policy=compat32).parsebytes(raw))]
    while pairs:
        ours, theirs = pairs.pop()
        assert list(ours.raw_items()) == list(theirs.raw_items())
        assert ours.get_unixfrom() == theirs.get_unixfrom()
        assert ours.get_default_type() == theirs.get_default_type()
        assert [type(d) for d in ours.defects] == [type(d) for d in theirs.defects]
        assert (ours.preamble, ours.epilogue) == (theirs.preamble, theirs.epilogue)
        payload, expected = _payload(ours, spans, raw), _payload(theirs, {}, raw)
        if isinstance(expected, list):
            assert isinstance(payload, list) and len(payload) == len(expected)
            pairs.extend(zip(payload, expected, strict=True))
        else:
            assert payload == expected
    return bool(spans)


@pytest.mark.parametrize("raw", ODD, ids=range(len(ODD)))
def test_elided_parse_equals_the_parser_or_declines(raw: bytes) -> None:
    assert_parses_like_the_stdlib(raw)


def test_large_bodies_are_elided_in_single_and_multipart_messages() -> None:
    attachment = base64.encodebytes(bytes(range(256)) * 1000).replace(b"\n", b"\r\n")
    single = b"Subject: s\r\nContent-Type: text/plain\r\n\r\n" + BIG
    mixed = (
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\npreamble\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nhello\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + attachment
        + b"\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\n"
        + BIG
        + b"--b--\r\n"
    )
    for raw in (single, mixed):
        assert assert_parses_like_the_stdlib(raw)
        message, spans = parse_elided(raw) or (None, {})
        assert sum(end - start for start, end in spans.values()) > 0.9 * len(raw)


def test_a_parse_stopped_at_max_parts_keeps_the_bodies_it_parsed_elided() -> None:
    parts = b"".join(b"--b\r\nContent-Type: text/plain\r\n\r\n" + BIG for _ in range(8))
    raw = b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n' + parts + b"--b--\r\n"
    message, spans = parse_elided(raw, max_parts=4) or (None, {})
    assert message is not None and parts_cut(message)
    children = message.get_payload()
    assert len(children) == 3 and all(id(child) in spans for child in children)
    whole = parse_bytes(raw, max_parts=4).get_payload()
    assert [_payload(c, spans, raw) for c in children] == [c.get_payload() for c in whole]


@pytest.mark.parametrize(
    "raw",
    [ODD[9], ODD[10], ODD[14], ODD[16]],  # preamble, epilogue, delivery-status, mark
    ids=["preamble", "epilogue", "delivery-status", "mark-in-message"],
)
def test_elided_parse_declines_what_it_cannot_place(raw: bytes) -> None:
    assert parse_elided(raw) is None


@pytest.mark.slow
def test_elided_parse_equals_the_parser_on_every_corpus_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(skeleton, "MIN_ELIDED_BYTES", 16)  # elide in small messages too
    elided = sum(
        assert_parses_like_the_stdlib(record["raw"].encode("utf-8", "surrogateescape"))
        for record in iter_corpus()
    )
    assert elided > 5000
