"""The single-part fast path reads every message exactly as the stdlib parser does."""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

import pytest

from scanner.mime.extract import parse_single_part
from tests.conftest import iter_corpus

ODD = [
    b"Subject: plain\r\n\r\nbody \xc3\xa9 8-bit\r\n.\r\n",
    b"From sender@example.org Mon Jan  1 00:00:00 2024\nSubject: mbox\n\nbody\n",
    b"Subject: folded\r\n  header\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n",
    b"Subject: qp\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9=\nx\n",
    b"Subject: lone cr\rX-A: b\r\n\r\nbody\n",
    b"Subject: stray line\nthis is not a header\n\nbody\n",
    b"Subject: no body\r\n",
    b"Subject: empty body\r\n\r\n",
    b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n",
    b"Content-Type: message/rfc822\n\nSubject: inner\n\nx\n",
    b"\n\nno headers at all\n",
    b"Subject: mixed endings\n\r\nbody\r\n",
]


def _same(fast: Message, full: Message) -> None:
    assert fast.items() == full.items()
    assert fast.get_unixfrom() == full.get_unixfrom()
    assert [type(d) for d in fast.defects] == [type(d) for d in full.defects]
    assert fast.get_payload(decode=True) == full.get_payload(decode=True)
    if isinstance(fast.get_payload(), bytes):  # identity-encoded body kept as bytes
        assert fast.get("content-transfer-encoding", "").lower() in ("", "7bit", "8bit", "binary")
    else:
        assert fast.get_payload() == full.get_payload()


@pytest.mark.parametrize("raw", ODD, ids=range(len(ODD)))
def test_fast_path_equals_the_parser_or_declines(raw: bytes) -> None:
    fast = parse_single_part(raw)
    if fast is not None:
        _same(fast, BytesParser(policy=compat32).parsebytes(raw))


def test_identity_encoded_body_is_kept_as_bytes_not_text() -> None:
    body = "caf\u00e9 receipt\r\n".encode() * 1000
    for cte, kept in (("8bit", bytes), ("base64", str), ("quoted-printable", str)):
        raw = f"Subject: s\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode() + body
        fast = parse_single_part(raw)
        assert fast is not None and type(fast.get_payload()) is kept
    fast = parse_single_part(b"Subject: s\r\n\r\n" + body)
    assert fast is not None and fast.get_payload(decode=True) == body


def test_fast_path_declines_multipart_and_unclean_headers() -> None:
    assert parse_single_part(ODD[0]) is not None
    for declined in (ODD[4], ODD[5], ODD[6], ODD[8], ODD[9]):
        assert parse_single_part(declined) is None


def test_fast_path_equals_the_parser_on_every_corpus_message() -> None:
    taken = 0
    for record in iter_corpus():
        raw = record["raw"].encode("utf-8", "surrogateescape")
        fast = parse_single_part(raw)
        if fast is not None:
            taken += 1
            _same(fast, BytesParser(policy=compat32).parsebytes(raw))
    assert taken > 1000
