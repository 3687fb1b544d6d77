"""Hypothesis fuzzing seeded from real mail: the SpamAssassin public corpus, mutated
the ways broken and hostile senders break it, through the MIME extractor, every
sensitive-data detector and the ToS scorer, each called directly so an exception
surfaces (the pipeline would record it as a detector error and carry on).

``tests/mime/test_fuzz.py`` covers random bytes and one synthetic seed; this one starts
from real-world structure: multipart nesting, HTML, base64, odd charsets, long headers.
"""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanner.assembly import build_scanner
from scanner.config import Limits, Settings
from scanner.mime import parse_message
from scanner.model import Envelope, ParsedMessage, SegmentKind
from scanner.pipeline import Scanner
from tests.conftest import iter_corpus

SEED_BYTES = 20_000
LIMITS = Limits(max_message_bytes=40_000, max_parts=30, max_depth=5, max_decoded_bytes=20_000)


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """A fixed, varied sample: multipart, HTML, base64, non-ASCII charsets, plain ham."""
    wanted = {
        "multipart": (re.compile(r"multipart/", re.I), 12),
        "html": (re.compile(r"text/html", re.I), 8),
        "base64": (re.compile(r"base64", re.I), 6),
        "charset": (re.compile(r"charset=\"?(?!us-ascii|utf-8|iso-8859-1)", re.I), 6),
        "plain": (re.compile(r"^(?!.*multipart)", re.S), 6),
    }
    taken: dict[str, list[bytes]] = {name: [] for name in wanted}
    for record in sorted(iter_corpus(), key=lambda r: r["id"]):
        raw = record["raw"]
        for name, (pattern, count) in wanted.items():
            if len(taken[name]) < count and pattern.search(raw[:SEED_BYTES]):
                taken[name].append(raw.encode("utf-8", "surrogateescape")[:SEED_BYTES])
                break
        if all(len(v) >= wanted[k][1] for k, v in taken.items()):
            break
    return tuple(raw for group in taken.values() for raw in group)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return build_scanner(Settings(limits=LIMITS))


TOKENS = (
    b"\r\n",
    b"\n",
    b"\r",
    b"\x00",
    b"\xff\xfe\xfd",
    b"--",
    b"=?utf-8?b?",
    b"=?iso-2022-jp?q?=1B$B?=",
    b'Content-Type: multipart/mixed; boundary=""\r\n',
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n=\r\n",
    b"charset=utf-7",
    b'<a href="http://[::1',
    b'<div style="display:none">',
    b"&#x0;&#xD800;&#99999999;",
    b"4111 1111 1111 1111",
    b"078-05-1120",
    b"\xe2\x80\xae",  # right-to-left override
    b"A" * 3000,
)


def _mutate(seed: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    """Insert, delete, repeat, truncate, or turn CRLF into bare LF at chosen places."""
    buffer = bytearray(seed)
    for position, kind, token in edits:
        at = position % (len(buffer) + 1)
        piece = TOKENS[token % len(TOKENS)]
        if kind == 0:
            buffer[at:at] = piece
        elif kind == 1:
            del buffer[at : at + 1 + token * 7]
        elif kind == 2:
            buffer[at:at] = bytes(buffer[at : at + 200]) * 3  # repeated headers, boundaries
        elif kind == 3:
            del buffer[at:]
        else:
            buffer[:] = (
                buffer.replace(b"\r\n", b"\n") if token % 2 else buffer.replace(b"\n", b"\r\n")
            )
    return bytes(buffer)


def _check(scanner: Scanner, raw: bytes) -> None:
    message = parse_message(raw, LIMITS)
    _check_message(message, raw)
    texts = {(s.source, s.part): s.text for s in message.segments}
    for detector in scanner.detectors:
        for finding in detector.scan(message):
            text = texts.get((finding.segment, finding.part))
            assert text is not None, finding.segment
            assert 0 <= finding.start < finding.end <= len(text)
            assert 0.0 <= finding.score <= 1.0
    if scanner.tos is not None:
        score, _ = scanner.tos.score(message, Envelope("a@example.org", ("b@example.net",)))
        assert 0.0 <= score <= 1.0


def _check_message(message: ParsedMessage, raw: bytes) -> None:
    assert message.size == len(raw)
    assert sum(s.kind is SegmentKind.URL for s in message.segments) <= LIMITS.max_urls
    body = sum(len(s.text) for s in message.segments if s.source.startswith("body:"))
    assert body <= 4 * LIMITS.max_decoded_bytes


def test_corpus_seeds_are_varied() -> None:
    sample = seeds()
    assert len(sample) >= 30
    assert sum(b"multipart/" in s.lower() for s in sample) >= 10


def test_every_seed_scans_cleanly(scanner: Scanner) -> None:
    for raw in seeds():
        _check(scanner, raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(0, 10_000),
    st.lists(st.tuples(st.integers(0, 30_000), st.integers(0, 4), st.integers(0, 60)), max_size=8),
)
def test_mutated_corpus_mail_never_crashes_the_extractor_or_detectors(
    scanner: Scanner, pick: int, edits: list[tuple[int, int, int]]
) -> None:
    sample = seeds()
    _check(scanner, _mutate(sample[pick % len(sample)], edits))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_spliced_corpus_mail_never_crashes(scanner: Scanner, first: int, second: int) -> None:
    """Headers of one message over the body of another (mismatched MIME declarations)."""
    sample = seeds()
    head = sample[first % len(sample)].partition(b"\n\n")[0]
    body = sample[second % len(sample)].partition(b"\n\n")[2]
    _check(scanner, head + b"\n\n" + body)
