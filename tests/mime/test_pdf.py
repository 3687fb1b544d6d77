"""PDF attachments: their text is scanned like a text attachment's, and hostile files stop at
a limit or stay unscanned, never crash or hang.

Every PDF is built here from literal objects; values are asserted by span, never printed.
"""

from __future__ import annotations

import time

import pytest

from scanner.config import Limits, Settings
from scanner.detectors.loader import load_detectors
from scanner.mime import parse_message
from scanner.model import Action, Attachment, ParsedMessage
from scanner.pipeline import Scanner
from tests.mime.office_docs import message
from tests.mime.pdf_docs import DRAW_IMAGE, content, encrypted, form, pdf, stream, text_pdf

CARD = "4111 1111 1111 1111"  # the public Visa test number
OCTET = "application/octet-stream"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    settings = Settings()
    return Scanner(settings, detectors=load_detectors(settings))


def parse(payload: bytes, limits: Limits | None = None) -> ParsedMessage:
    return parse_message(message(payload, OCTET, "file.bin"), limits or Limits())


def pdf_text(parsed: ParsedMessage) -> str:
    (segment,) = [s for s in parsed.segments if s.source.startswith("attachment:")]
    return segment.text


def attachment(parsed: ParsedMessage) -> Attachment:
    (found,) = parsed.attachments
    return found


def unscanned(parsed: ParsedMessage) -> list[str]:
    return [f.entity for f in parsed.findings if f.category == "unscanned"]


def test_a_card_number_on_page_two_is_found_and_held(scanner: Scanner) -> None:
    data = text_pdf(("Donation form", "Name: Ada"), ("Payment", f"Card: {CARD}"), flate=True)
    raw = message(data, "application/pdf", "form.pdf")
    verdict = scanner.scan(raw).verdict
    (card,) = [f for f in verdict.findings if f.entity == "CREDIT_CARD"]
    parsed = parse_message(raw, Limits())
    text = pdf_text(parsed)
    assert card.segment == "attachment:application/pdf"
    assert (card.start, card.end) == (text.index(CARD), text.index(CARD) + len(CARD))
    assert text.index("Donation form") < text.index("Payment")  # pages in order
    assert verdict.action == Action.HOLD
    assert not [f for f in verdict.findings if f.category == "unscanned"]
    read = attachment(parsed)
    assert (read.magic, read.document, read.scanned) == ("pdf", "pdf", True)


def test_the_format_is_sniffed_not_taken_from_the_name_or_type() -> None:
    parsed = parse(text_pdf(("Hello",)))  # octet-stream named file.bin
    assert attachment(parsed).document == "pdf"
    assert pdf_text(parsed) == "Hello\n"


def test_the_page_limit_keeps_the_pages_before_it() -> None:
    parsed = parse(text_pdf(("one",), ("two",), ("three",)), Limits(max_pdf_pages=2))
    assert unscanned(parsed) == ["LIMIT_PDF_PAGES"]
    assert pdf_text(parsed).splitlines() == ["one", "two"]
    assert attachment(parsed).scanned


def test_the_text_cap_is_the_document_one() -> None:
    parsed = parse(text_pdf(("a" * 100,), ("b" * 100,)), Limits(max_document_chars=150))
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_TEXT"]
    assert len(pdf_text(parsed)) == 150


def test_the_content_budget_stops_before_the_page_past_it() -> None:
    limits = Limits(max_pdf_content_bytes=120)
    parsed = parse(text_pdf(("x" * 40,), ("y" * 40,), ("z" * 40,)), limits)
    assert unscanned(parsed) == ["LIMIT_PDF_CONTENT"]
    assert pdf_text(parsed).splitlines() == ["x" * 40]


def test_text_in_a_form_xobject_is_read_and_counted_each_time_it_is_drawn() -> None:
    drawn_once = pdf(stream(b"/Fm1 Do"), xobject=form("Card 4111 1111 1111 1111"))
    parsed = parse(drawn_once)
    assert pdf_text(parsed) == "Card 4111 1111 1111 1111\n"
    assert unscanned(parsed) == []
    size = len(content("Card 4111 1111 1111 1111"))
    drawn_often = pdf(stream(b"/Fm1 Do " * 10), xobject=form("Card 4111 1111 1111 1111"))
    parsed = parse(drawn_often, Limits(max_pdf_content_bytes=5 * size))
    assert unscanned(parsed) == ["LIMIT_PDF_CONTENT"]


@pytest.mark.timeout(60)
def test_a_flate_bomb_stops_at_the_content_cap_quickly() -> None:
    bomb = pdf(stream(b"(before) Tj", flate=True), stream(b" " * (200 << 20), flate=True))
    assert len(bomb) < 1 << 20
    began = time.perf_counter()
    parsed = parse(bomb, Limits(max_pdf_content_bytes=1 << 20))
    assert time.perf_counter() - began < 5
    assert unscanned(parsed) == ["LIMIT_PDF_CONTENT"]
    assert pdf_text(parsed) == "before\n"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b"/Kids [", b"/Kids ("),
        lambda data: b"%PDF-1.4\n" + bytes(range(256)) * 4,
    ],
    ids=["truncated", "no-page-tree", "garbage"],
)
def test_a_broken_pdf_is_unscanned_with_a_defect(damage: object) -> None:
    data = text_pdf(("one",), ("two",), flate=True)
    parsed = parse(damage(data))  # type: ignore[operator]
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert [d.code for d in parsed.defects] == ["document-unreadable"]
    assert not attachment(parsed).scanned


def test_a_broken_page_stream_is_skipped_and_the_next_page_read() -> None:
    data = text_pdf(("one",), ("two",), flate=True)
    parsed = parse(data.replace(b"stream\n", b"stream\n\xff\xfe", 1))
    assert pdf_text(parsed) == "two\n"  # pypdf recovers silently: the page has no text


def test_a_page_that_is_only_an_image_leaves_the_pdf_unscanned() -> None:
    scanned_form = pdf(stream(content("Cover letter")), stream(DRAW_IMAGE, flate=True), image=True)
    parsed = parse(scanned_form)
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert [(d.code, d.detail) for d in parsed.defects] == [("pdf-image-pages", "1")]
    assert pdf_text(parsed) == "Cover letter\n"  # the text is still scanned
    assert not attachment(parsed).scanned


def test_a_blank_page_without_an_image_is_not_a_finding() -> None:
    parsed = parse(pdf(stream(content("Page one")), stream(b"")))
    assert unscanned(parsed) == [] and parsed.defects == ()


def test_a_pdf_that_needs_a_password_stays_unscanned() -> None:
    parsed = parse(encrypted(text_pdf((f"Card: {CARD}",)), "secret"))
    assert unscanned(parsed) == ["ENCRYPTED_ATTACHMENT"]
    assert not [s for s in parsed.segments if s.source.startswith("attachment:")]
    assert (attachment(parsed).encrypted, attachment(parsed).scanned) == (True, False)


def test_a_pdf_with_an_empty_user_password_is_read_as_any_viewer_opens_it() -> None:
    parsed = parse(encrypted(text_pdf(("Opens without a password",)), ""))
    assert unscanned(parsed) == []
    assert pdf_text(parsed) == "Opens without a password\n"


def test_a_pdf_over_the_byte_limit_is_not_read() -> None:
    data = text_pdf(("Hello",))
    parsed = parse(data, Limits(max_pdf_bytes=len(data) - 1))
    assert unscanned(parsed) == ["LIMIT_PDF_BYTES", "UNSCANNED_ATTACHMENT"]
    assert not attachment(parsed).scanned


def test_reading_is_deterministic() -> None:
    data = text_pdf(("one", "two"), ("three",), flate=True)
    assert pdf_text(parse(data)) == pdf_text(parse(data))
