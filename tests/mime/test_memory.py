"""Peak memory of parsing grows with the message, without a full copy per stage (issue #9).

Measured with tracemalloc (Python allocations, the raw message not included), so the bounds
are deterministic. For reference, the stdlib-based extraction peaked at 2x a plain ASCII
message, 7.7x one with a base64 attachment and 12x a large multipart/alternative.
"""

from __future__ import annotations

import base64
import random
import tracemalloc

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import ParsedMessage

MB = 1_000_000
LINE = b"Thank you for your gift of $50 on March 3; see https://example.org/report now.\r\n"
HEAD = b"From: news@example.org\r\nSubject: Annual report\r\nMIME-Version: 1.0\r\n"


def peak_of_parse(raw: bytes, limits: Limits | None = None) -> tuple[float, ParsedMessage]:
    """Peak traced allocation of one parse, as a multiple of the message size."""
    tracemalloc.start()
    try:
        message = parse_message(raw, limits or Limits())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / len(raw), message


def plain(size: int) -> bytes:
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + LINE * (size // len(LINE))


def with_attachment(size: int) -> bytes:
    payload = b"%PDF-1.7\n" + random.Random(5).randbytes(size * 3 // 4)
    return (
        HEAD + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nThe report is attached.\r\n--b\r\n"
        b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="r.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(payload).replace(b"\n", b"\r\n")
        + b"--b--\r\n"
    )


def alternative(size: int) -> bytes:
    lines = size // 2 // len(LINE)
    html = b"<p>" + LINE.replace(b"https://example.org/report", b"<a href='x'>report</a>")
    return (
        HEAD + b'Content-Type: multipart/alternative; boundary="a"\r\n\r\n--a\r\n'
        b"Content-Type: text/plain\r\n\r\n" + LINE * lines + b"--a\r\n"
        b"Content-Type: text/html\r\n\r\n" + html * lines + b"--a--\r\n"
    )


@pytest.mark.slow
def test_a_large_plain_message_is_not_copied_before_it_is_decoded() -> None:
    ratio, message = peak_of_parse(plain(10 * MB))
    assert sum(len(s.text) for s in message.segments) > 9.9 * MB
    assert ratio < 1.5  # the decoded text itself is 1x


@pytest.mark.slow
def test_a_large_base64_attachment_costs_its_decoded_size() -> None:
    ratio, message = peak_of_parse(with_attachment(10 * MB))
    assert message.attachments[0].size > 7 * MB
    assert ratio < 1.5  # the decoded attachment itself is 0.75x


@pytest.mark.slow
def test_large_alternatives_are_compared_without_copies_of_their_words() -> None:
    ratio, message = peak_of_parse(alternative(10 * MB))
    assert [s.source for s in message.segments if s.source.startswith("body")] == ["body:text/html"]
    assert ratio < 5


@pytest.mark.slow
def test_an_attachment_past_the_budget_is_not_decoded_whole() -> None:
    raw = with_attachment(10 * MB)
    ratio, message = peak_of_parse(raw, Limits(max_decoded_bytes=100_000))
    assert message.attachments[0].size == 100_000 - len("The report is attached.")
    assert "LIMIT_DECODED_BYTES" in {f.entity for f in message.findings}
    assert ratio * len(raw) < 4 * MB  # a chunk of 1 MiB at a time
