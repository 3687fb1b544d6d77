"""Text decoding gives the same text and defect for a body in bytes or still in the message."""

from __future__ import annotations

from encodings.aliases import aliases

import pytest

from scanner.mime.charset import decode_text

SAMPLES = [
    b"",
    b"plain ascii",
    b"caf\xc3\xa9 \xe2\x82\xac",
    b"caf\xe9",
    b"\xff\xfe\x00a",
    b"\x1b$B",
]
CHARSETS = [None, "", "x-unknown", "hex", *sorted(set(aliases.values()))]


@pytest.mark.parametrize("declared", CHARSETS)
def test_a_view_decodes_as_bytes_do(declared: str | None) -> None:
    for data in SAMPLES:
        raw = b"From: x\r\n\r\n" + data + b"\r\n"
        view = memoryview(raw)[11:-2]
        assert decode_text(view, declared) == decode_text(data, declared)
