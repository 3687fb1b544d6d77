"""Our transfer decoding gives the stdlib's bytes, and decodes no further than the budget."""

from __future__ import annotations

import base64
import binascii
import random
from email.message import Message

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.mime import transfer
from scanner.mime.transfer import decode_base64, decode_payload, decode_quoted_printable

CRAFTED_BASE64 = [
    b"",
    b"aGVsbG8=",
    b"aGVsbG8",  # missing padding
    b"aGVsbA",
    b"aGVsb",  # one data character too many: undecodable
    b"a",
    b"=",
    b"=aGVsbG8=",  # leading padding
    b"aGVsbG8===",  # excess padding
    b"aGVsbA=",  # short padding
    b"QUJD=",  # padding after a whole group
    b"aGVs\r\nbG8=\r\n",
    b"aGVs\nbG8=\n\n",
    b"aGVs\rbG8=",
    b"aG Vs\tbG8=",  # whitespace inside
    b"aGVs!!bG8=",  # junk characters
    b"aGVs\xff\x00bG8=",
    b"aGVsbG8=d29ybGQ=",  # data after padding
    b"aGVs=bG8=",  # padding inside a group
    b"-----BEGIN-----\naGVsbG8=\n-----END-----\n",
    base64.encodebytes(bytes(range(256)) * 3),
    base64.encodebytes(bytes(range(256)) * 3)[:-7],  # truncated
    base64.encodebytes(bytes(range(256)) * 3).replace(b"\n", b"\r\n") + b"garbage!",
]
CRAFTED_QP = [
    b"",
    b"caf=C3=A9",
    b"soft=\r\nbreak",
    b"soft=\nbreak",
    b"=\rjunk after a soft break\nnext",
    b"bad =ZZ escape and =4 short",
    b"trailing =",
    b"==3D double",
    b"line one\r\nline two=\r\n\r\nline three=20\r\n",
    b"under_score stays",
]


def stdlib_decoded(encoded: bytes, encoding: str) -> bytes:
    part = Message()
    part["Content-Transfer-Encoding"] = encoding
    part.set_payload(encoded.decode("ascii", "surrogateescape"))
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def assert_like_stdlib(encoded: bytes, encoding: str, limit: int) -> None:
    expected = stdlib_decoded(encoded, encoding)
    decode = decode_base64 if encoding == "base64" else decode_quoted_printable
    for data in (encoded, memoryview(encoded)):
        assert decode(data, limit) == (expected[:limit], len(expected) > limit)


@pytest.mark.parametrize("chunk", [1, 3, 4, 5, 1 << 20])
@pytest.mark.parametrize("encoded", CRAFTED_BASE64, ids=range(len(CRAFTED_BASE64)))
def test_base64_is_decoded_as_the_stdlib_does(
    monkeypatch: pytest.MonkeyPatch, encoded: bytes, chunk: int
) -> None:
    monkeypatch.setattr(transfer, "CHUNK_BYTES", chunk)
    for limit in (0, 1, 2, 3, 4, 5, 100, 10**9):
        assert_like_stdlib(encoded, "base64", limit)


@pytest.mark.parametrize("chunk", [1, 2, 7, 1 << 20])
@pytest.mark.parametrize("encoded", CRAFTED_QP, ids=range(len(CRAFTED_QP)))
def test_quoted_printable_is_decoded_as_the_stdlib_does(
    monkeypatch: pytest.MonkeyPatch, encoded: bytes, chunk: int
) -> None:
    monkeypatch.setattr(transfer, "CHUNK_BYTES", chunk)
    for limit in (0, 1, 2, 5, 12, 10**9):
        assert_like_stdlib(encoded, "quoted-printable", limit)


PIECES = st.sampled_from(
    [b"QUJD", b"aGVs", b"A", b"b", b"+", b"/", b"=", b"==", b"\r\n", b"\n", b"\r", b" ", b"!"]
    + [b"\xff", b"=\r\n", b"=3D", b"=C3=A9", b"=Z", b"_"]
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(PIECES, max_size=40).map(b"".join),
    st.integers(0, 40),
    st.sampled_from([1, 2, 3, 5, 8, 1 << 20]),
    st.sampled_from(["base64", "quoted-printable"]),
)
def test_any_body_is_decoded_as_the_stdlib_does(
    encoded: bytes, limit: int, chunk: int, encoding: str
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transfer, "CHUNK_BYTES", chunk)
        assert_like_stdlib(encoded, encoding, limit)


@pytest.mark.parametrize(
    ("encoding", "payload"),
    [
        ("base64", "aGVsbG8=\n"),
        ("Base64", "aGVs\nbG8\n"),
        ("quoted-printable", "caf=C3=A9=\nx\n"),
        ("8bit", "caf\udcc3\udca9\n"),  # 8-bit bytes as the parser keeps them
        ("x-unknown", "as it is\n"),
        ("", "as it is\n"),
        ("x-uuencode", "begin 644 f\n%:&5L;&\\`\n`\nend\n"),
    ],
)
def test_payload_is_decoded_as_get_payload_does(encoding: str, payload: str) -> None:
    part = Message()
    part["Content-Transfer-Encoding"] = encoding
    part.set_payload(payload)
    expected = part.get_payload(decode=True)
    encoded = payload.encode("ascii", "surrogateescape")
    for given_as in (encoded, memoryview(encoded)):
        data, cut = decode_payload(part, given_as, 10**9)
        assert (bytes(data), cut) == (expected, False)


def test_a_large_attachment_is_decoded_no_further_than_the_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    encoded = base64.encodebytes(random.Random(3).randbytes(3_000_001))
    decoded_sizes: list[int] = []
    a2b_base64 = binascii.a2b_base64

    def counting(data: bytes, **options: bool) -> bytes:
        decoded = a2b_base64(data, **options)
        decoded_sizes.append(len(decoded))
        return decoded

    monkeypatch.setattr(transfer.binascii, "a2b_base64", counting)
    data, cut = decode_base64(encoded, 100_000)
    assert cut and len(data) == 100_000
    # a chunk past the budget, and the padded ending (decoded to know it is well-formed);
    # decoding it all, as the stdlib does, is 3 MB
    assert sum(decoded_sizes) <= 100_000 + 2 * transfer.CHUNK_BYTES


def test_base64_after_padding_is_decoded_a_piece_at_a_time_up_to_a_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    every_line_padded = b"QQ==\r\n" * 10  # "A" ten times, each line padded
    assert transfer.base64_after_padding(every_line_padded, 100) == (b"A" * 9, False)
    monkeypatch.setattr(transfer, "MAX_PADDED_PIECES", 3)
    assert transfer.base64_after_padding(every_line_padded, 100) == (b"AAA", True)
    assert transfer.base64_after_padding(b"QUJD", 100) == (b"", False)  # no padding at all


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([b"QUJD", b"aGVs", b"A", b"=", b"==", b"\n"]), max_size=30).map(
        b"".join
    ),
    st.integers(0, 30),
)
def test_base64_after_padding_cut_to_a_budget_is_a_prefix_of_the_whole(
    data: bytes, limit: int
) -> None:
    whole, whole_cut = transfer.base64_after_padding(data, 10**9)
    assert not whole_cut
    assert transfer.base64_after_padding(data, limit) == (whole[:limit], len(whole) > limit)
