"""Office and OpenDocument attachments: their text is scanned like a text attachment's,
and hostile files stop at a limit or stay unscanned, never crash, hang or blow memory.

Every document is built here from literal XML; values are asserted by span, never printed.
"""

from __future__ import annotations

import base64
import io
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from scanner.config import Limits, Settings
from scanner.detectors.loader import load_detectors
from scanner.mime import parse_message
from scanner.model import Action, Finding, ParsedMessage
from scanner.pipeline import Scanner
from scanner.tos.rules import load_rules
from tests.mime.office_docs import (
    DOCX_TYPE,
    TYPES,
    XLSX_TYPE,
    W,
    docx,
    message,
    opendocument,
    package,
    paragraphs,
    pptx,
    word_table,
    xlsx,
)

ROOT = Path(__file__).resolve().parents[2]
CARD = "4111 1111 1111 1111"  # the public Visa test number
SSN = "536221906"  # the rule pack's own example SSN, stored as a number
OCTET = "application/octet-stream"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    settings = Settings()
    return Scanner(settings, detectors=load_detectors(settings))


def parse(payload: bytes, limits: Limits | None = None, ctype: str = OCTET) -> ParsedMessage:
    return parse_message(message(payload, ctype, "file.bin"), limits or Limits())


def document_text(parsed: ParsedMessage) -> str:
    (segment,) = [s for s in parsed.segments if s.source.startswith("attachment:")]
    return segment.text


def unscanned(parsed: ParsedMessage) -> list[str]:
    return [f.entity for f in parsed.findings if f.category == "unscanned"]


def span_of(finding: Finding) -> tuple[int, int]:
    return finding.start, finding.end


def test_a_card_number_in_a_docx_table_is_found_and_held(scanner: Scanner) -> None:
    body = paragraphs("Intake form", "Client: Ada") + word_table(
        ("Card", CARD), ("Expires", "12/27")
    )
    raw = message(docx(body), DOCX_TYPE, "intake.docx")
    verdict = scanner.scan(raw).verdict
    (card,) = [f for f in verdict.findings if f.entity == "CREDIT_CARD"]
    text = document_text(parse_message(raw, Limits()))
    assert card.segment == "attachment:application/vnd.openxmlformats-officedoc"  # as text ones
    assert span_of(card) == (text.index(CARD), text.index(CARD) + len(CARD))
    assert verdict.action == Action.HOLD
    assert "UNSCANNED_ATTACHMENT" not in [f.entity for f in verdict.findings]


def test_an_xlsx_roster_with_an_ssn_column_is_held(scanner: Scanner) -> None:
    shared = ["Volunteer", "SSN", "Phone", "Ada Lovelace"]
    book = xlsx(shared, [["s:0", "s:1", "s:2"], ["s:3", SSN, "5550142"]])
    raw = message(book, XLSX_TYPE, "roster.xlsx")
    verdict = scanner.scan(raw).verdict
    (ssn,) = [f for f in verdict.findings if f.entity == "US_SSN"]
    assert ssn.end - ssn.start == 9  # the number as written in <v>, not reformatted
    assert verdict.action == Action.HOLD
    parsed = parse_message(raw, Limits())
    lines = document_text(parsed).splitlines()
    assert lines[0] == "Volunteer\tSSN\tPhone"
    assert lines[1].split("\t")[0] == "Volunteer: Ada Lovelace"
    assert lines[1].split("\t")[1].startswith("SSN: ")
    (attachment,) = parsed.attachments
    assert (attachment.magic, attachment.document, attachment.scanned) == ("zip", "xlsx", True)


def test_docx_headers_footers_and_comments_are_read_after_the_body() -> None:
    part = f"<w:hdr {W}>{paragraphs('Header words')}</w:hdr>"
    extra: dict[str, str | bytes] = {
        "word/header1.xml": part,
        "word/comments.xml": f"<w:comments {W}>{paragraphs('A comment')}</w:comments>",
    }
    tabs = '<w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    text = document_text(parse(docx(paragraphs("Body") + tabs, extra)))
    assert text == "Body\nx\nHeader words\nA comment\n"  # a tab stop is no tab


def test_pptx_slides_in_order_then_notes() -> None:
    text = document_text(parse(pptx("First slide", "Second slide", notes="Say hello")))
    assert text.splitlines() == ["First slide", "Second slide", "Say hello"]


def test_odt_paragraphs_and_spaces() -> None:
    body = (
        '<office:text><text:h>Title</text:h><text:p>A<text:s text:c="3"/>B<text:tab/>'
        "<text:span>C</text:span></text:p></office:text>"
    )
    text = document_text(parse(opendocument("application/vnd.oasis.opendocument.text", body)))
    assert text == "Title\nA   B\tC\n"


def test_ods_rows_pair_values_with_headers_and_repeats_are_not_copied() -> None:
    def cell(text: str = "", repeat: int = 1) -> str:
        attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
        return (
            f"<table:table-cell{attr}>"
            + (f"<text:p>{text}</text:p>" if text else "")
            + ("</table:table-cell>")
        )

    body = (
        "<office:spreadsheet><table:table>"
        f"<table:table-row>{cell('Name')}{cell('Notes')}</table:table-row>"
        f'<table:table-row table:number-rows-repeated="1000000">{cell("Ada")}'
        f"{cell(repeat=16000)}{cell('late')}</table:table-row>"
        "</table:table></office:spreadsheet>"
    )
    ods = opendocument("application/vnd.oasis.opendocument.spreadsheet", body)
    assert document_text(parse(ods)) == "Name\tNotes\nName: Ada\tlate\n"


def test_odd_numbers_in_attributes_and_string_indexes_are_ignored() -> None:
    sheet = xlsx(["A", "B"], [["s:0", "s:1"], ["s:" + "9" * 5000, "s:²", "7"]])
    assert document_text(parse(sheet)) == "A\tB\n7\n"  # column C has no header
    body = '<office:text><text:p>a<text:s text:c="²"/>b</text:p></office:text>'
    odt = opendocument("application/vnd.oasis.opendocument.text", body)
    assert document_text(parse(odt)) == "a b\n"


def test_a_zip_that_is_no_office_document_stays_unscanned() -> None:
    parsed = parse(package({"notes.txt": "hello", "word/document.xml": "<x/>"}))
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert parsed.attachments[0].document == ""


def test_a_truncated_document_stays_unscanned() -> None:
    data = docx(paragraphs("Body"))
    parsed = parse(data[: len(data) // 2])
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert not parsed.attachments[0].scanned


def test_a_corrupt_part_stays_unscanned_with_a_defect() -> None:
    data = bytearray(docx(paragraphs("Body " * 50)))
    at = data.find(b"word/document.xml") + len(b"word/document.xml")  # its local header
    data[at : at + 20] = b"\xff" * 20  # the deflate stream's start
    parsed = parse(bytes(data))
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert [(d.code, d.detail) for d in parsed.defects] == [("document-unreadable", "docx")]


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE w SYSTEM "http://198.51.100.7/x.dtd">',
    ],
    ids=["billion-laughs", "external-entity", "external-dtd"],
)
def test_a_dtd_is_refused_before_any_entity_is_expanded(doctype: str) -> None:
    document = f'<?xml version="1.0"?>{doctype}<w:document {W}><w:body><w:p><w:r><w:t>&d;&e;'
    data = package({"[Content_Types].xml": TYPES, "word/document.xml": document + "</w:t>"})
    parsed = parse(data)
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]
    assert [d.code for d in parsed.defects] == ["document-unreadable"]
    assert not any(s.source.startswith("attachment:") for s in parsed.segments)


def test_an_undeclared_entity_is_malformed() -> None:
    document = (
        f"<w:document {W}><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>"
    )
    parsed = parse(package({"[Content_Types].xml": TYPES, "word/document.xml": document}))
    assert unscanned(parsed) == ["UNSCANNED_ATTACHMENT"]


def test_deep_nesting_stops_at_the_depth_limit_keeping_the_text_before() -> None:
    deep = "<w:sdt>" * 100_000
    parsed = parse(docx(paragraphs("Before") + deep))
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_DEPTH"]
    assert document_text(parsed) == "Before\n"


def _bomb(size: int) -> bytes:
    """A docx whose body is ``size`` bytes of spaces, its member declared 1,000 bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", TYPES)
        with archive.open("word/document.xml", "w") as member:
            member.write(f"<w:document {W}><w:body>".encode())
            block = b" " * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
    data = bytearray(buffer.getvalue())
    central = data.rfind(b"PK\x01\x02")  # the member's directory entry: the last one
    struct.pack_into("<L", data, central + 24, 1000)  # its uncompressed size
    return bytes(data)


@pytest.mark.timeout(60)
def test_a_zip_bomb_stops_at_the_byte_cap_quickly_in_little_memory() -> None:
    data = _bomb(200 << 20)
    assert len(data) < 1 << 20
    limits = Limits(max_document_bytes=8 << 20)
    tracemalloc.start()
    began = time.perf_counter()
    try:
        parsed = parse(data, limits)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - began < 10
    assert peak < 16 << 20
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_BYTES"]


def test_the_text_cap_keeps_the_text_before_it() -> None:
    parsed = parse(docx(paragraphs("a" * 100, "b" * 100)), Limits(max_document_chars=150))
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_TEXT"]
    assert len(document_text(parsed)) == 150


def test_the_part_cap_stops_reading_parts() -> None:
    parsed = parse(pptx("one", "two", "three"), Limits(max_document_parts=2))
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_PARTS"]
    assert document_text(parsed).splitlines() == ["one", "two"]


def test_the_byte_budget_is_shared_by_the_documents_of_a_message() -> None:
    data = docx(paragraphs("x" * 3000))
    parts = "".join(
        f"--b\nContent-Type: {OCTET}\nContent-Transfer-Encoding: base64\n"
        f"Content-Disposition: attachment; filename=f{n}.docx\n\n"
        + base64.b64encode(data).decode()
        + "\n"
        for n in range(3)
    )
    raw = f'Content-Type: multipart/mixed; boundary="b"\n\n{parts}--b--\n'.encode()
    parsed = parse_message(raw, Limits(max_document_bytes=8000))
    assert unscanned(parsed) == ["LIMIT_DOCUMENT_BYTES"]


def test_a_macro_enabled_docm_is_read_and_still_fires_the_macro_rule() -> None:
    data = docx(paragraphs("Enable content"), {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"})
    parsed = parse(data)
    assert parsed.attachments[0].document == "docm"
    assert document_text(parsed) == "Enable content\n"
    rules = load_rules(ROOT / "rules" / "tos", 10)
    fired = {reason.rule for reason in rules.evaluate(parsed, None)}
    assert "TOS_MACRO_ATTACHMENT" in fired
