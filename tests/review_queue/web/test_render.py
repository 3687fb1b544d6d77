"""Safe rendering: findings masked in text and context, links defanged, nothing executable."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

import pytest

from review_queue.redact import Redactor
from review_queue.render import Chunk, defang, render_message
from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import Finding, SegmentKind
from tests.mime.office_docs import docx, paragraphs, word_table
from tests.mime.pdf_docs import text_pdf
from tests.review_queue.web.mail import CARD, SSN, finding_at, message

# fmt: off
DEFANG = [
    ("https://pay.example/x?a=1", "hxxps://pay[.]example/x?a=1"),
    ("http://a.b.example", "hxxp://a[.]b[.]example"),
    ("HTTP://Upper.Example/Path.html", "hxxp://Upper[.]Example/Path.html"),
    ("ftp://files.example/f.zip", "fxp://files[.]example/f.zip"),
    ("mailto:x@y.example", "mailto[:]x[@]y[.]example"),
    ("javascript:alert(1)", "javascript:alert(1)"),
    ("www.evil.example/a.b", "www[.]evil[.]example/a.b"),
    ("http://[::1", "hxxp://[::1"),
    ("//cdn.example/x.js", "//cdn[.]example/x.js"),
]
# fmt: on


def _text(chunks: tuple[Chunk, ...]) -> str:
    return "".join(c.text for c in chunks)


@pytest.mark.parametrize(("url", "expected"), DEFANG)
def test_defang(url: str, expected: str) -> None:
    shown = defang(url)
    assert shown == expected
    assert not shown.lower().startswith(("http:", "https:", "ftp:"))


def test_finding_masked_in_body_and_context() -> None:
    raw = message("Hi", f"Before text, SSN {SSN} and card {CARD} after.\n")
    ssn = finding_at(raw, SSN, "government_id", "US_SSN")
    card = finding_at(raw, CARD, "payment_card", "CREDIT_CARD")
    rendered = render_message(raw, [ssn, card], Limits(), 10_000)

    body = next(s for s in rendered.segments if s.label.startswith("body"))
    assert SSN not in _text(body.chunks) and CARD not in _text(body.chunks)
    assert [c.finding for c in body.chunks if c.finding is not None] == [0, 1]
    assert "Before text, SSN " in _text(body.chunks)
    # Each finding's context masks the neighbouring finding too.
    for shown in rendered.findings:
        context = _text(shown.context)
        assert SSN not in context and CARD not in context
        assert shown.masked in context
    assert rendered.findings[0].category == "government_id"


def test_overlapping_findings_show_no_clear_fragment() -> None:
    raw = message("Hi", f"number {SSN} end\n")
    whole = finding_at(raw, SSN, "government_id", "US_SSN")
    tail = Finding("t", "financial_account", "ACCT", whole.segment, whole.part,
                   whole.start + 4, whole.end + 2, 0.9)  # fmt: skip
    rendered = render_message(raw, [whole, tail], Limits(), 10_000)
    body = next(s for s in rendered.segments if s.label.startswith("body"))
    text = _text(body.chunks)
    assert "09-9999" not in text and "219" not in text
    assert text.endswith("nd\n") or "end" not in text


def test_cut_segment_keeps_a_straddling_finding_whole() -> None:
    raw = message("Hi", f"{'x' * 20}{SSN} tail\n")
    ssn = finding_at(raw, SSN, "government_id", "US_SSN")
    rendered = render_message(raw, [ssn], Limits(), 22)
    body = next(s for s in rendered.segments if s.label.startswith("body"))
    assert body.truncated
    assert "219" not in _text(body.chunks) and "tail" not in _text(body.chunks)
    assert body.chunks[-1].finding == 0


def test_subject_finding_masked_in_headers() -> None:
    raw = message(f"SSN {SSN}", "body\n")
    ssn = finding_at(raw, SSN, "government_id", "US_SSN")
    assert ssn.segment == "header:Subject"
    rendered = render_message(raw, [ssn], Limits(), 10_000)
    subject = dict(rendered.headers)["Subject"]
    assert SSN not in subject and subject.startswith("SSN ")


def test_links_defanged_and_mismatch_flagged() -> None:
    raw = message(
        "Hi",
        html="<a href='https://evil.example/login'>https://bank.example</a>"
        "<a href='https://ok.example/a'>click here</a>",
    )
    rendered = render_message(raw, [], Limits(), 10_000)
    assert [(link.target, link.mismatch) for link in rendered.links] == [
        ("hxxps://evil[.]example/login", True),
        ("hxxps://ok[.]example/a", False),
    ]


def test_purged_body_shows_categories_only() -> None:
    finding = Finding("t", "health", "DIAGNOSIS", "body:text/plain", "0", 3, 9, 0.8)
    rendered = render_message(None, [finding], Limits(), 10_000)
    assert rendered.segments == () and rendered.headers == ()
    assert rendered.findings[0].masked == "[health]"
    assert rendered.findings[0].context == ()


def test_finding_offsets_out_of_range_do_not_crash() -> None:
    raw = message("Hi", "short\n")
    bogus = Finding("t", "health", "X", "body:text/plain", "0", 100, 200, 0.8)
    rendered = render_message(raw, [bogus], Limits(), 10_000)
    assert rendered.findings[0].masked == "[health]"


def test_attachments_are_listed_not_shown() -> None:
    msg = EmailMessage()
    msg["Subject"] = "report"
    msg.set_content("see attached\n")
    msg.add_attachment(b"secret ledger line\n", maintype="text", subtype="plain", filename="l.txt")
    msg.add_attachment(b"PK\x03\x04" + b"\0" * 40, maintype="application", subtype="zip",
                       filename="a.zip")  # fmt: skip
    rendered = render_message(msg.as_bytes(), [], Limits(), 10_000)
    shown = "".join(c.text for s in rendered.segments for c in s.chunks)
    assert "see attached" in shown and "secret ledger" not in shown
    assert [(a.filename, a.content_type) for a in rendered.attachments] == [
        ("l.txt", "text/plain"),
        ("a.zip", "application/zip"),
    ]


@pytest.mark.parametrize(
    ("subtype", "filename", "document"),
    [
        # the declared type need not say what it is: the reader goes by the content
        ("octet-stream", "intake.docx",
         lambda: docx(paragraphs("Intake form") + word_table(("Card", CARD)))),
        ("pdf", "intake.pdf",
         lambda: text_pdf(("Intake form",), ("Payment", f"Card {CARD}"), flate=True)),
    ],
)  # fmt: skip
def test_a_finding_in_a_read_document_is_masked_like_one_in_a_text_attachment(
    subtype: str, filename: str, document: Callable[[], bytes]
) -> None:
    msg = EmailMessage()
    msg["Subject"] = "intake"
    msg.set_content("see attached\n")
    msg.add_attachment(document(), maintype="application", subtype=subtype, filename=filename)
    raw = msg.as_bytes()
    card = finding_at(raw, CARD, "payment_card", "CREDIT_CARD")
    assert card.segment == f"attachment:application/{subtype}"
    rendered = render_message(raw, [card], Limits(), 10_000)
    (shown,) = rendered.findings
    context = _text(shown.context)
    assert "Card" in context and CARD not in context and shown.masked in context
    assert [s.label for s in rendered.segments] == ["body text/plain"]  # listed, not shown
    assert CARD not in "".join(c.text for s in rendered.segments for c in s.chunks)


def test_links_mask_detected_values_in_their_text_and_target() -> None:
    digits = CARD.replace(" ", "")
    raw = message("Hi", html=f"<a href='https://pay.example/x?card={digits}'>card {CARD}</a>")
    in_text = finding_at(raw, CARD, "payment_card", "CREDIT_CARD")
    url = next(s for s in parse_message(raw, Limits()).segments if s.kind is SegmentKind.URL)
    start = url.text.index(digits)
    in_url = Finding("t", "payment_card", "CREDIT_CARD", url.source, url.part, start,
                     start + len(digits), 0.9)  # fmt: skip
    (link,) = render_message(raw, [in_text, in_url], Limits(), 10_000).links
    assert CARD not in link.text and link.text.endswith("1111")
    assert digits not in link.target and link.target.startswith("hxxps://pay[.]example/x?card=")


def test_a_value_found_in_the_body_is_masked_where_it_recurs_in_a_link() -> None:
    raw = message("Hi", html=f"<p>Card {CARD}.</p><a href='https://a.example/'>{CARD}</a>")
    body = finding_at(raw, CARD, "payment_card", "CREDIT_CARD")
    (link,) = render_message(raw, [body], Limits(), 10_000).links
    assert link.text == "**** **** **** 1111"


def test_unscanned_header_and_attachment_names_show_no_long_numbers() -> None:
    msg = EmailMessage()
    msg["From"] = "Member 219099999 <a@org.example>"
    msg["Subject"] = "report"
    msg.set_content("see attached\n")
    msg.add_attachment(b"x\n", maintype="text", subtype="plain", filename=f"ssn {SSN}.txt")
    second = f"Subject: report\nSubject: second subject {SSN}\n".encode()  # only 1st scanned
    raw = msg.as_bytes().replace(b"Subject: report\n", second, 1)
    rendered = render_message(raw, [], Limits(), 10_000)
    shown = repr(rendered.headers) + repr(rendered.attachments)
    assert SSN not in shown and "219099999" not in shown
    assert ("Subject", "second subject ***-**-****") in rendered.headers  # what it is: unknown
    assert rendered.attachments[0].filename == "ssn ***-**-****.txt"


def test_numbers_split_by_plus_underscore_or_slash_are_masked_but_the_date_is_not() -> None:
    msg = EmailMessage()
    msg["Subject"] = "files"
    msg["Date"] = "Thu, 03 Dec 2026 10:00:00 +0000"
    msg.set_content("<a href='https://pay.example/c?card=4111+1111+1111+1111'>pay</a>", "html")
    msg.add_attachment(b"x", maintype="application", subtype="pdf",
                       filename="card_4111_1111_1111_1111.pdf")  # fmt: skip
    rendered = render_message(msg.as_bytes(), [], Limits(), 10_000)
    shown = repr(rendered.links) + repr(rendered.attachments)
    assert "4111" not in shown and "1111" not in shown  # an unknown number: no digit stays
    assert "4111+1111" not in shown and "4111_1111" not in shown
    assert ("Date", "Thu, 03 Dec 2026 10:00:00 +0000") in rendered.headers


def test_a_known_value_is_masked_between_underscores_of_a_filename() -> None:
    redact = Redactor({"HIV": "[health]", "219-09-9999": "***-**-****"})
    assert redact("Eve_HIV_results_219-09-9999.pdf") == "Eve_[health]_results_***-**-****.pdf"
    assert redact("ARCHIVE.pdf") == "ARCHIVE.pdf"  # "HIV" inside a longer word stays
