"""MIME extraction on hand-built messages: one behaviour per test, asserting the reason."""

from __future__ import annotations

import base64
import io
import tracemalloc
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.config import Limits
from scanner.mime import extract, parse_message
from scanner.mime.bounded import nesting_cut, parse_bytes, parts_cut
from scanner.model import ParsedMessage, SegmentKind

LIMITS = Limits()


def parse(raw: str | bytes, limits: Limits = LIMITS) -> ParsedMessage:
    return parse_message(raw.encode() if isinstance(raw, str) else raw, limits)


def sources(message: ParsedMessage) -> list[str]:
    return [s.source for s in message.segments if s.kind is not SegmentKind.URL]


def text_of(message: ParsedMessage, source: str) -> str:
    return next(s.text for s in message.segments if s.source == source)


def multipart(subtype: str, *parts: str, boundary: str = "b1") -> str:
    body = "".join(f"--{boundary}\n{part}\n" for part in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n{body}--{boundary}--\n'


def test_plain_message_gives_subject_and_body_segments() -> None:
    m = parse("Subject: Spring appeal\nMessage-ID: <a@b>\n\nDear friend, thank you.\n")
    assert sources(m) == ["header:Subject", "body:text/plain"]
    assert text_of(m, "header:Subject") == "Spring appeal"
    assert m.message_id == "<a@b>"
    assert m.defects == () and m.findings == ()


def test_rfc2047_subject_is_decoded() -> None:
    m = parse("Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=\n\nhi\n")
    assert text_of(m, "header:Subject") == "Grüße aus Köln"


def test_broken_encoded_word_keeps_raw_text() -> None:
    m = parse("Subject: =?bogus-charset?q?abc?= tail\n\nhi\n")
    assert "tail" in text_of(m, "header:Subject")


def test_alternative_scans_html_once_when_plain_says_the_same() -> None:
    plain = "Content-Type: text/plain\n\nJoin our gala on May 5."
    html = "Content-Type: text/html\n\n<p>Join our <b>gala</b> on May 5.</p>"
    m = parse("Subject: s\n" + multipart("alternative", plain, html))
    assert sources(m) == ["header:Subject", "body:text/html"]
    assert m.defects == ()


def test_alternative_with_different_plain_part_scans_both() -> None:
    plain = "Content-Type: text/plain\n\nSSN 123-45-6789 account secret words hidden here"
    html = "Content-Type: text/html\n\n<p>Join our gala on May 5.</p>"
    m = parse(multipart("alternative", plain, html))
    assert sources(m) == ["body:text/html", "body:text/plain"]
    assert [d.code for d in m.defects] == ["alternative-mismatch"]


# The same notice as a plain part (URLs spelled out) and as HTML (URLs in links, a line
# break inside a sentence): unspaced scripts have no spaces between words.
UNSPACED_ALTERNATIVES = [
    (
        "本日限定の特別なご案内です。会員様だけの割引をご用意しました。\n"
        "詳しくはこちら https://shop.example.jp/campaign/2024?id=8812 をご覧ください。",
        "<p>本日限定の特別なご案内です。<br>会員様だけの割引をご用意しました。</p>"
        "<p>詳しくは<a href='https://shop.example.jp/campaign/2024?id=8812'>こちら</a>"
        "をご覧ください。</p>",
    ),
    (
        "感谢您一直以来的支持。本周会员专享优惠已经开始，所有商品均可享受特别折扣，\n"
        "数量有限，先到先得。详情请访问 http://www.example.cn/promo/index.html?from=mail "
        "了解更多。",
        "<p>感谢您一直以来的支持。本周会员专享<br>优惠已经开始，所有商品均可享受特别折扣，"
        "数量有限，先到先得。</p>"
        "<p>详情请访问<a href='http://www.example.cn/promo/index.html?from=mail'>这里</a>"
        "了解更多。</p>",
    ),
    (
        "ขอบคุณที่ร่วมงานกับเราในปีนี้ อาสาสมัครของเราช่วยปลูกต้นไม้มากกว่าหนึ่งพันต้น\n"
        "ดูรายละเอียดได้ที่ https://example.org/th/news?id=42",
        "<p>ขอบคุณที่ร่วม<br>งานกับเราในปีนี้ อาสาสมัครของเราช่วยปลูกต้นไม้มากกว่าหนึ่งพันต้น</p>"
        "<p>ดูรายละเอียดได้ที่ "
        "<a href='https://example.org/th/news?id=42'>ลิงก์</a></p>",
    ),
]


@pytest.mark.parametrize(("plain", "html"), UNSPACED_ALTERNATIVES)
def test_unspaced_script_alternatives_saying_the_same_are_not_a_mismatch(
    plain: str, html: str
) -> None:
    parts = (
        f"Content-Type: text/plain; charset=utf-8\n\n{plain}",
        f"Content-Type: text/html; charset=utf-8\n\n{html}",
    )
    m = parse(multipart("alternative", *parts))
    assert sources(m) == ["body:text/html"]
    assert m.defects == ()


def test_unspaced_script_plain_part_saying_something_else_is_a_mismatch() -> None:
    plain = (
        "Content-Type: text/plain; charset=utf-8\n\n"
        "口座番号と暗証番号を確認するため、至急下記へ返信してください。"
    )
    html = (
        "Content-Type: text/html; charset=utf-8\n\n"
        "<p>本日限定の特別なご案内です。会員様だけの割引をご用意しました。</p>"
    )
    m = parse(multipart("alternative", plain, html))
    assert sources(m) == ["body:text/html", "body:text/plain"]
    assert [d.code for d in m.defects] == ["alternative-mismatch"]


def test_html_drops_scripts_and_styles_and_keeps_links() -> None:
    html = (
        "Content-Type: text/html\n\n<html><head><title>t</title><style>p{color:red}</style>"
        "</head><body><script>alert('x')</script><p>Donate <a href='https://ex.org/give'>"
        "here</a></p><img src='https://cdn.ex.org/pixel.gif' alt='logo'></body></html>"
    )
    m = parse(html)
    body = text_of(m, "body:text/html")
    assert "alert" not in body and "color" not in body
    assert "Donate here" in body and "logo" in body
    assert [(link.href, link.text) for link in m.links] == [("https://ex.org/give", "here")]
    urls = [s.text for s in m.segments if s.kind is SegmentKind.URL]
    assert urls == ["https://ex.org/give", "https://cdn.ex.org/pixel.gif"]


def test_hidden_html_text_is_a_separate_segment_and_a_defect() -> None:
    html = (
        "Content-Type: text/html\n\n<p>Visible</p><div style='display: none'>secret words</div>"
        "<span style='font-size:0px'>tiny</span><p hidden>attr</p>"
    )
    m = parse(html)
    assert text_of(m, "body:text/html") == "Visible"
    assert text_of(m, "body:text/html:hidden").split() == ["secret", "words", "tiny", "attr"]
    assert [d.code for d in m.defects] == ["html-hidden-text"]


def test_malformed_html_never_raises() -> None:
    m = parse("Content-Type: text/html\n\n<div><p><a href=x>unclosed <b></i></div></zz><<<>>&#xZZ;")
    assert "unclosed" in text_of(m, "body:text/html")


def test_base64_and_quoted_printable_bodies_are_decoded() -> None:
    b64 = base64.b64encode("Café receipt".encode()).decode()
    part1 = f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64}"
    part2 = (
        "Content-Type: text/plain; charset=iso-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n\nGr=FC=DFe"
    )
    m = parse(multipart("mixed", part1, part2))
    texts = [s.text.strip() for s in m.segments if s.source == "body:text/plain"]
    assert texts == ["Café receipt", "Grüße"]


@pytest.mark.parametrize("separator", ["\n", "", "\n==\n"])
def test_base64_text_after_padding_is_scanned_too(separator: str) -> None:
    """The stdlib stops at the first padding; a client that starts over shows the rest."""
    shown = base64.b64encode(b"Hello").decode()  # ends in "="
    hidden = base64.b64encode(b"SSN 536-22-1906").decode()
    raw = f"Content-Transfer-Encoding: base64\n\n{shown}{separator}{hidden}\n"
    m = parse(raw)
    assert text_of(m, "body:text/plain") == "Hello\nSSN 536-22-1906"
    assert [d.code for d in m.defects] == ["base64-data-after-padding"]


def test_base64_ending_in_padding_has_nothing_after_it() -> None:
    m = parse(f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(b'Hello').decode()}\n=\n")
    assert text_of(m, "body:text/plain") == "Hello"
    assert m.defects == ()


def test_base64_after_padding_counts_against_the_decoded_bytes_budget() -> None:
    raw = "Content-Transfer-Encoding: base64\n\nSGk=" + "QUJD" * 100 + "\n"
    m = parse(raw, Limits(max_decoded_bytes=50))
    assert text_of(m, "body:text/plain") == "Hi\n" + "ABC" * 15 + "AB"  # 50 bytes in all
    assert [f.entity for f in m.findings] == ["LIMIT_DECODED_BYTES"]


@pytest.mark.parametrize(
    ("header", "body", "defect", "expected"),
    [
        ("charset=utf-8", "Gr\xfc\xdfe".encode("latin-1"), "charset-mismatch", "Grüße"),
        ("charset=x-unknown-9", "na\xefve".encode("latin-1"), "charset-unknown", "naïve"),
        # a Python codec no mail client knows (punycode decodes in quadratic time)
        ("charset=punycode", b"bcher-kva", "charset-unknown", "bcher-kva"),
        ("", "caf\xe9".encode("latin-1"), "charset-missing", "café"),
    ],
)
def test_wrong_or_missing_charset_falls_back_and_records_defect(
    header: str, body: bytes, defect: str, expected: str
) -> None:
    raw = f"Content-Type: text/plain; {header}\n\n".encode() + body
    m = parse(raw)
    assert text_of(m, "body:text/plain").strip() == expected
    assert [d.code for d in m.defects] == [defect]


def test_nested_rfc822_message_is_walked() -> None:
    inner = "Subject: inner note\n\nforwarded body text"
    outer = multipart(
        "mixed",
        "Content-Type: text/plain\n\nsee below",
        f"Content-Type: message/rfc822\n\n{inner}",
    )
    m = parse("Subject: outer\n" + outer)
    got = [(s.source, s.part, s.text.strip()) for s in m.segments]
    assert ("header:Subject", "2.1", "inner note") in got
    assert ("body:text/plain", "2.1", "forwarded body text") in got


def test_text_like_attachments_become_segments() -> None:
    csv = base64.b64encode(b"name,amount\nAda,50\n").decode()
    parts = [
        "Content-Type: text/plain\n\nattached",
        "Content-Type: text/csv\nContent-Disposition: attachment; filename=donors.csv\n"
        f"Content-Transfer-Encoding: base64\n\n{csv}",
        'Content-Type: application/octet-stream; name="event.ics"\n'
        "Content-Disposition: attachment; filename=event.ics\n\nBEGIN:VCALENDAR\nEND:VCALENDAR",
    ]
    m = parse(multipart("mixed", *parts))
    assert "attachment:text/csv" in sources(m)
    assert "attachment:application/octet-stream" in sources(m)
    assert not any("donors" in s or "event" in s for s in sources(m))  # filenames stay out
    assert all(a.scanned for a in m.attachments)
    assert m.findings == ()


def _zip(encrypted: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("invoice.exe", b"MZ....")
    data = bytearray(buffer.getvalue())
    if encrypted:  # set the "encrypted" general-purpose flag in both headers
        data[6] |= 1
        central = data.find(b"PK\x01\x02")
        data[central + 8] |= 1
    return bytes(data)


@pytest.mark.parametrize(
    ("payload", "ctype", "entity", "magic"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image/png", "UNSCANNED_IMAGE", "png"),
        (b"%PDF-1.7 binary", "application/pdf", "UNSCANNED_ATTACHMENT", "pdf"),
        (b"MZ\x90\x00", "application/octet-stream", "UNSCANNED_ATTACHMENT", "pe"),
        (_zip(False), "application/zip", "UNSCANNED_ATTACHMENT", "zip"),
        (_zip(True), "application/zip", "ENCRYPTED_ARCHIVE", "zip"),
        (b"\x00\x01binary\x00", "text/csv", "UNSCANNED_ATTACHMENT", "binary"),
    ],
)
def test_unreadable_attachments_are_explicit_unscanned_findings(
    payload: bytes, ctype: str, entity: str, magic: str
) -> None:
    b64 = base64.b64encode(payload).decode()
    part = (
        f"Content-Type: {ctype}\nContent-Disposition: attachment; filename=f.bin\n"
        f"Content-Transfer-Encoding: base64\n\n{b64}"
    )
    m = parse(multipart("mixed", "Content-Type: text/plain\n\nhi", part))
    assert [(f.category, f.entity, f.segment) for f in m.findings] == [
        ("unscanned", entity, f"attachment:{ctype}")
    ]
    (attachment,) = m.attachments
    assert attachment.magic == magic and not attachment.scanned
    if magic == "zip":
        assert attachment.archive_members == ("invoice.exe",)


def test_urls_in_plain_text_become_url_segments() -> None:
    m = parse("\nVisit https://example.org/donate?x=1, or www.example.net/events.")
    urls = [s.text for s in m.segments if s.kind is SegmentKind.URL]
    assert urls == ["https://example.org/donate?x=1", "www.example.net/events"]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_raw_eight_bit_headers_are_decoded(encoding: str) -> None:
    m = parse("Subject: Café €\n\nbody".encode(encoding))
    assert text_of(m, "header:Subject") == "Café €"


@pytest.mark.parametrize(
    ("limits", "raw", "entity"),
    [
        (Limits(max_message_bytes=100), "Subject: x\n\n" + "a" * 500, "LIMIT_MESSAGE_SIZE"),
        (
            Limits(max_parts=3),
            multipart("mixed", *["Content-Type: text/plain\n\np"] * 6),
            "LIMIT_PARTS",
        ),
        (Limits(max_decoded_bytes=10), "\n" + "word " * 100, "LIMIT_DECODED_BYTES"),
        (Limits(max_urls=2), "\n" + " ".join(f"https://e{i}.org" for i in range(5)), "LIMIT_URLS"),
    ],
)
def test_limits_are_findings_not_crashes(limits: Limits, raw: str, entity: str) -> None:
    m = parse(raw, limits)
    assert [f.entity for f in m.findings] == [entity]
    assert m.findings[0].category == "unscanned"


def test_depth_limit_stops_descent() -> None:
    raw = "Content-Type: text/plain\n\ndeepest"
    for level in range(8):
        raw = multipart("mixed", raw, boundary=f"b{level}")
    m = parse(raw, Limits(max_depth=3))
    assert [f.entity for f in m.findings] == ["LIMIT_DEPTH"]
    assert "body:text/plain" not in sources(m)


@pytest.mark.timeout(60)  # a hang detector: 900 levels over 300,000 such lines took 24 s
def test_multiparts_beyond_the_depth_limit_are_not_split_by_the_parser() -> None:
    # Every line starting "--" was checked against every open boundary: the parser now
    # leaves a multipart at max_depth whole, so it checks at most max_depth boundaries.
    raw = "Content-Type: text/plain\n\n" + "--not-a-boundary\n" * 20_000
    for level in range(200):
        leaf = f"Content-Type: text/plain\n\nlevel{level}"
        raw = multipart("mixed", leaf, raw, boundary=f"q{level}")
    m = parse(raw, Limits(max_depth=4))
    assert [f.entity for f in m.findings] == ["LIMIT_DEPTH"]
    assert [s.text for s in m.segments] == ["level199", "level198", "level197", "level196"]
    assert m.defects == ()  # leaving it whole is not a defect of the mail

    part = parse_bytes(raw.encode(), max_depth=4)
    for _ in range(4):
        part = part.get_payload()[1]
    assert nesting_cut(part) and not part.is_multipart()
    assert "--q195\n" in part.get_payload()  # its body, unsplit


def test_html_nested_past_max_html_depth_is_flattened_or_a_finding() -> None:
    deep = "Content-Type: text/html\n\n" + "<div>" * 50 + "words" + "</i>" * 100
    m = parse(deep, Limits(max_html_depth=20))
    assert text_of(m, "body:text/html") == "words" and m.findings == ()
    assert [(d.code, d.part) for d in m.defects] == [("html-nesting-flattened", "0")]
    unmodelled = "Content-Type: text/html\n\nseen<!-->" + "<div>" * 50 + "unseen-->"
    m = parse(unmodelled, Limits(max_html_depth=20))
    assert text_of(m, "body:text/html") == "seen"
    assert [f.entity for f in m.findings] == ["LIMIT_HTML_DEPTH"]


def test_pathological_nesting_beyond_parser_recursion_is_a_finding() -> None:
    raw = "Content-Type: text/plain\n\nx"
    for level in range(1200):
        raw = multipart("mixed", raw, boundary=f"q{level}")
    m = parse(raw)
    assert "LIMIT_DEPTH" in {f.entity for f in m.findings}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "B", "\u03a3", "\u03c3", "\n", " ", "'", ".", "\u0301", "\u0130", "日", "の"]
        )
    ).map("".join),
    st.integers(1, 6),
)
def test_words_are_collected_piecewise_as_from_the_whole_text(text: str, piece: int) -> None:
    # Final sigma depends on the letters around it; a piece ends only after a line feed.
    expected = set(extract._WORDS.findall(text.lower()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_WORD_PIECE_CHARS", piece)
        assert extract._word_set(text) == expected


def test_header_parameters_are_read_from_a_bounded_prefix() -> None:
    """The stdlib splits parameters in quadratic time: a huge Content-Type is read only as
    far as MAX_PARAMETER_CHARS, so its parameters past that point are not seen."""
    from scanner.mime.bounded import MAX_PARAMETER_CHARS

    filler = "; x=" + '";' * MAX_PARAMETER_CHARS
    near = parse(b'Content-Type: text/plain; charset="latin-1"' + filler.encode() + b"\n\ncaf\xe9")
    assert text_of(near, "body:text/plain").strip() == "café"
    far = parse(b"Content-Type: text/plain" + filler.encode() + b'; charset="utf-16"\n\nhi')
    assert text_of(far, "body:text/plain").strip() == "hi"  # the late charset was not read


def test_parts_past_max_parts_are_not_parsed() -> None:
    # 20 MB of tiny parts peaked at 440 MB in the parser although only 500 are scanned.
    leaves = [f"Content-Type: text/plain\n\nleaf{i}" for i in range(100_000)]
    raw = multipart("mixed", *leaves).encode()
    tracemalloc.start()
    try:
        m = parse(raw, Limits(max_parts=20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [f.entity for f in m.findings] == ["LIMIT_PARTS"]
    assert [s.text for s in m.segments] == [f"leaf{i}" for i in range(19)]  # and the root
    assert peak < len(raw) // 10  # a part past the 20th is never made
    root = parse_bytes(raw, max_parts=20)
    assert parts_cut(root) and len(root.get_payload()) == 19
    assert root.get_payload()[-1].get_payload() == "leaf18"  # the last part parsed is whole


def test_a_multipart_cut_before_its_first_part_is_empty_not_an_attachment() -> None:
    inner = multipart("alternative", "Content-Type: text/plain\n\nlost", boundary="b2")
    m = parse(multipart("mixed", "Content-Type: text/plain\n\nkept", inner), Limits(max_parts=3))
    assert [s.text for s in m.segments] == ["kept"]
    assert [f.entity for f in m.findings] == ["LIMIT_PARTS"] and m.attachments == ()


def test_many_alternatives_or_delivery_status_blocks_stop_at_max_parts() -> None:
    limits = Limits(max_parts=5)
    plains = [f"Content-Type: text/plain\n\nwords{i} differ{i} entirely{i}" for i in range(50)]
    alternatives = parse(multipart("alternative", *plains), limits)
    status = "Content-Type: message/delivery-status\n\n" + "".join(
        f"Final-Recipient: rfc822; r{i}@example.org\nSubject: s{i}\n\n" for i in range(50)
    )
    blocks = parse(multipart("report", "Content-Type: text/plain\n\nbounce", status), limits)
    for message in (alternatives, blocks):
        assert "LIMIT_PARTS" in {f.entity for f in message.findings}
        assert len(message.segments) <= 5


@pytest.mark.parametrize("budget", [3, 4, 5])
def test_base64_filling_the_budget_exactly_is_not_cut(budget: int) -> None:
    m = parse("Content-Transfer-Encoding: base64\n\nQUJDRA==\n", Limits(max_decoded_bytes=budget))
    assert text_of(m, "body:text/plain") == "ABCD"[:budget]
    assert m.defects == ()
    assert [f.entity for f in m.findings] == (["LIMIT_DECODED_BYTES"] if budget < 4 else [])
