"""Property tests: random and mutated MIME never raises, and every limit holds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.config import Limits
from scanner.mime import extract, parse_message, skeleton
from scanner.model import SegmentKind

LIMITS = Limits(
    max_message_bytes=20_000, max_parts=20, max_depth=4, max_decoded_bytes=8_000, max_urls=10
)

SEED = (
    b"From: a@example.org\r\nSubject: =?utf-8?b?w6k=?=\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\n'
    b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
    b"\r\n<p>Hi <a href=3D'http://x.org'>x</a></p>\r\n--XX\r\n"
    b"Content-Type: message/rfc822\r\n\r\nSubject: in\r\nContent-Type: multipart/alternative; b"
    b'oundary="YY"\r\n\r\n--YY\r\nContent-Type: text/plain\r\n\r\nplain\r\n--YY--\r\n--XX\r\n'
    b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="a.pdf"\r\n\r\nJVBERi0xLjc=\r\n--XX--\r\n'
)
TOKENS = [
    b"\r\n",
    b"\n",
    b"--XX",
    b"--YY--",
    b"Content-Type: multipart/mixed; boundary=XX\r\n",
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"charset=\xff\xfe",
    b"=?x?q?=ZZ?=",
    b"<a href=",
    b"<div style='display:none'>",
    b"\x00",
    b"\xff" * 8,
    b"https://",
]


def _mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    buffer = bytearray(data)
    for position, kind, token in edits:
        at = position % (len(buffer) + 1)
        piece = TOKENS[token % len(TOKENS)]
        if kind == 0:
            buffer[at:at] = piece
        elif kind == 1:
            del buffer[at : at + len(piece)]
        else:
            buffer[at : at + 1] = piece * 3
    return bytes(buffer)


def _check_limits(raw: bytes) -> None:
    message = parse_message(raw, LIMITS)
    assert message.size == len(raw)
    decoded = sum(
        len(s.text.encode("utf-8", "surrogatepass"))
        for s in message.segments
        if s.source.startswith(("body:", "attachment:"))
    )
    # Decoding can widen bytes into multi-byte characters, never by more than 4x.
    assert decoded <= 4 * LIMITS.max_decoded_bytes
    assert sum(s.kind is SegmentKind.URL for s in message.segments) <= LIMITS.max_urls
    for finding in message.findings:
        assert finding.category == "unscanned"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 2), st.integers(0, 50)), max_size=12)
)
def test_mutated_mime_never_raises_and_limits_hold(edits: list[tuple[int, int, int]]) -> None:
    _check_limits(_mutate(SEED, edits))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    _check_limits(raw)


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 60), st.integers(1, 60))
def test_wide_and_deep_structures_respect_part_and_depth_limits(depth: int, width: int) -> None:
    leaf = b"Content-Type: text/plain\r\n\r\nleaf"
    raw = leaf
    for level in range(depth):
        boundary = b"B%d" % level
        body = b"".join(
            b"--" + boundary + b"\r\n" + raw + b"\r\n" for _ in range(width if level == 0 else 1)
        )
        raw = b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n" + body
        raw += b"--" + boundary + b"--\r\n"
    message = parse_message(raw, LIMITS)
    leaves = sum(s.source == "body:text/plain" for s in message.segments)
    assert leaves <= LIMITS.max_parts
    entities = {f.entity for f in message.findings}
    if depth > LIMITS.max_depth:
        assert "LIMIT_DEPTH" in entities and leaves == 0
    if depth <= LIMITS.max_depth and depth + width > LIMITS.max_parts:
        assert "LIMIT_PARTS" in entities


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 2), st.integers(0, 50)), max_size=12),
    st.sampled_from([1, 16, 256]),
)
def test_elided_bodies_extract_as_parsed_ones(
    edits: list[tuple[int, int, int]], elided_bytes: int
) -> None:
    raw = _mutate(SEED, edits)
    whole = parse_message(raw, LIMITS)  # a small message: parsed whole
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_LARGE_MESSAGE_BYTES", 0)
        patch.setattr(skeleton, "MIN_ELIDED_BYTES", elided_bytes)
        assert parse_message(raw, LIMITS) == whole
