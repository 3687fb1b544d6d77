"""Feature extraction: tokens from each part of a message, stable hashing."""

from __future__ import annotations

import email
from email.utils import getaddresses

import numpy as np
import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import Envelope
from scanner.tos.domains import (
    address_domain,
    addresses,
    domain_in_text,
    is_ip_literal,
    registrable,
    url_host,
)
from scanner.tos.features import _hasher, feature_index, hashed_row, tokens, vectorize
from tests.conftest import iter_corpus

RAW = (
    b"From: Promo <deals@shop.example.co.uk>\r\nTo: a@example.com, b@example.com\r\n"
    b"Subject: FREE MONEY NOW!!\r\nX-Mailer: Bulk Sender 2.0\r\nContent-Type: text/html\r\n\r\n"
    b"<p>Claim your prize</p><a href='http://203.0.113.9/claim'>www.mybank.com</a>"
    b"<span style='display:none'>hidden words</span>"
)


def test_tokens_cover_headers_body_html_and_urls() -> None:
    found = set(tokens(parse_message(RAW, Limits())))
    expected = {"s:free", "s:(caps)", "s:(!)", "fn:promo", "ftld:uk", "mailer:bulk",
                "ct:text/html", "b:claim", "h:hidden", "html:only", "u:ip",
                "link:(text-domain-mismatch)", "rcpt:1", "hdr:no-date"}  # fmt: skip
    assert expected <= found


def test_envelope_recipients_override_header_count() -> None:
    message = parse_message(RAW, Limits())
    many = Envelope("x@example.com", tuple(f"r{i}@example.com" for i in range(100)))
    assert "rcpt:6" in tokens(message, many)


def test_rows_are_unit_length_and_hashing_matches_feature_index() -> None:
    row = vectorize([tokens(parse_message(RAW, Limits()))])
    assert np.isclose(np.sqrt((row.data**2).sum()), 1.0)
    for token in ("b:claim", "u:ip", "s:free"):
        assert feature_index(token) == int(_hasher().transform([[token]]).indices[0])


@pytest.mark.parametrize(
    ("host", "expected"),
    [("mail.example.co.uk", "example.co.uk"), ("a.b.example.com", "example.com"),
     ("example.org", "example.org"), ("203.0.113.9", "203.0.113.9")],
)  # fmt: skip
def test_registrable_domain(host: str, expected: str) -> None:
    assert registrable(host) == expected


def test_domain_helpers_never_raise_on_odd_input() -> None:
    assert url_host("http://[::1") is None
    assert url_host("javascript:alert(1)") is None
    assert is_ip_literal("0x7f.0.0.1") and is_ip_literal("3232235777")
    assert not is_ip_literal("example.com")
    assert domain_in_text("Read more") is None
    assert domain_in_text("report.pdf") is None
    assert domain_in_text("https://www.PayPal.com/x") == "paypal.com"
    assert address_domain("not an address") is None
    assert address_domain("Bob <bob@Mail.Example.org>") == "example.org"


def test_empty_messages_give_zero_rows() -> None:
    matrix = vectorize([["b:x"], [], ["b:y", "b:y"]])
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    np.testing.assert_allclose(norms, [1.0, 0.0, 1.0])


def test_single_row_fast_path_equals_vectorize_on_corpus_messages() -> None:
    records = [r for n, r in enumerate(iter_corpus()) if n % 25 == 0]
    token_lists = [tokens(parse_message(r["raw"].encode(), Limits())) for r in records]
    token_lists.append([])
    matrix = vectorize(token_lists)
    for number, token_list in enumerate(token_lists):
        columns, values = hashed_row(token_list)
        expected = matrix.getrow(number)
        assert sorted(columns.tolist()) == sorted(expected.indices.tolist())
        got = dict(zip(columns.tolist(), values.tolist(), strict=True))
        want = dict(zip(expected.indices.tolist(), expected.data.tolist(), strict=True))
        assert all(np.isclose(got[c], want[c]) for c in want)


ODD_ADDRESS_LISTS = [
    ("a@x.org, Bob <b@y.org>",), ("<Undisclosed-Recipient:;@x.org>",), ("a@b@c.org",),
    ('"Doe, Jane" <j@x.org>',), ("Bob b@y.org",), ("b@y.org <c@z.org>",), ("x <y <z@w.org>",),
    ("(comment) a@x.org",), ("a@x.org,,", "c@z.org"), ("<a@x.org> trailing",), ("",),
]  # fmt: skip


def test_address_fast_path_reads_headers_like_the_stdlib_parser() -> None:
    values = list(ODD_ADDRESS_LISTS)
    for number, record in enumerate(iter_corpus()):
        if number % 3 == 0:
            parsed = email.message_from_string(record["raw"])
            for name in ("From", "To", "Cc", "Reply-To"):
                values.append(tuple(str(v) for v in parsed.get_all(name) or []))
    for value in values:
        expected = [a for _, a in getaddresses(list(value)) if "@" in a]
        assert addresses(value) == expected, value
