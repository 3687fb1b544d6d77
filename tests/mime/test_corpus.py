"""Extraction over the whole public corpus, and on hand-picked real messages."""

from __future__ import annotations

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import SegmentKind
from tests.conftest import corpus_message, iter_corpus

LIMITS = Limits()


@pytest.mark.slow
def test_every_corpus_message_parses_without_exception() -> None:
    count = 0
    with_text = 0
    for record in iter_corpus():
        message = parse_message(record["raw"].encode("utf-8"), LIMITS)
        count += 1
        with_text += any(s.source.startswith("body:") for s in message.segments)
    assert count == 6046
    # Nearly every real message has a readable body; a silent extraction failure would not.
    assert with_text >= 6000


def _sources(message_id: str) -> list[tuple[str, str]]:
    message = parse_message(corpus_message(message_id), LIMITS)
    return [(s.source, s.part) for s in message.segments if s.kind is not SegmentKind.URL]


def test_html_only_newsletter() -> None:
    message = parse_message(
        corpus_message("hard-ham-1/00007.d24e99a602ee7fb442714c0d448cd08e"), LIMITS
    )
    assert [(s.source, s.part) for s in message.segments if s.kind is not SegmentKind.URL] == [
        ("header:Subject", "0"),
        ("body:text/html", "0"),
    ]
    body = next(s.text for s in message.segments if s.source == "body:text/html")
    assert "Werbepartner" in body and "<" not in body
    assert sum(s.kind is SegmentKind.URL for s in message.segments) == 12


def test_multipart_alternative_scans_one_rendering() -> None:
    message = parse_message(
        corpus_message("easy-ham-1/00062.009f5a1a8fa88f0b38299ad01562bb37"), LIMITS
    )
    assert [(s.source, s.part) for s in message.segments if s.kind is not SegmentKind.URL] == [
        ("header:Subject", "0"),
        ("body:text/html", "2"),
    ]
    assert [link.href for link in message.links] == [
        "mailto:BobM@dbsinfo.com",
        "http://www.dbsinfo.com",
    ]


def test_base64_image_attachments_are_unscanned_findings() -> None:
    message = parse_message(
        corpus_message("easy-ham-2/00869.0fbb783356f6875063681dc49cfcb1eb"), LIMITS
    )
    first = message.attachments[0]
    assert (first.filename, first.content_type, first.magic, first.size) == (
        "_1644899_aster300.jpg",
        "image/jpeg",
        "jpeg",
        9169,
    )
    assert {f.entity for f in message.findings} == {"UNSCANNED_IMAGE"}
    assert len(message.findings) == len(message.attachments) == 5


@pytest.mark.parametrize(
    ("message_id", "defect", "detail", "phrase"),
    [
        (
            "spam-1/00319.a99dff9c010e00ec182ed5701556d330",
            "charset-unknown",
            "unknown-8bit",
            "After thirty",
        ),
        (
            "easy-ham-1/00439.982a2ff6189badfe70c2fe3c972466a2",
            "charset-mismatch",
            "us-ascii",
            "Besides provide job security?",
        ),
    ],
)
def test_broken_charsets_are_decoded_with_a_defect(
    message_id: str, defect: str, detail: str, phrase: str
) -> None:
    # The corpus already replaced undecodable bytes with U+FFFD (see its README), so these
    # are 8-bit UTF-8 bodies under a wrong or unknown label: decoded by fallback, not dropped.
    message = parse_message(corpus_message(message_id), LIMITS)
    assert [(d.code, d.detail) for d in message.defects] == [(defect, detail)]
    body = next(s.text for s in message.segments if s.source == "body:text/plain")
    assert phrase in body and len(body) > 500
