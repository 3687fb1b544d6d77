"""Header decoding (RFC 2047) that never raises on malformed input."""

from __future__ import annotations

import email.header
from email.message import Message

from scanner.mime.charset import decode_text

# Headers whose decoded text is scanned as a segment. Address headers are kept for rules
# but not scanned: addresses are not Sensitive Data and digits in them cause false hits.
SCANNED_HEADERS = ("Subject",)


def decode_header_value(value: object) -> str:
    """Decode an RFC 2047 header value to text, tolerating broken encoded words."""
    if isinstance(value, str):
        if value.isascii() and "=?" not in value:  # the common case: nothing to decode
            return _unfold(value) if "\n" in value else value.strip()
        value = repair_surrogates(value)
    elif not isinstance(value, email.header.Header):  # raw 8-bit bytes arrive as a Header
        return ""
    try:
        chunks = email.header.decode_header(value)
    except Exception:  # malformed encoded words: keep the raw text
        return _unfold(str(value))
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            text, _ = decode_text(chunk, None if charset == "unknown-8bit" else charset)
            parts.append(text)
        else:
            parts.append(chunk)
    return _unfold("".join(parts))


def repair_surrogates(value: str) -> str:
    """Undo the parser's surrogateescape for raw 8-bit header bytes (UTF-8, else cp1252)."""
    if value.isascii() or not any("\udc80" <= char <= "\udcff" for char in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return decode_text(raw, None)[0]


def _unfold(value: str) -> str:
    return " ".join(value.split())  # CR and LF are whitespace to split() too


def decoded_headers(message: Message) -> tuple[tuple[str, str], ...]:
    """All headers of a message part, decoded, in order."""
    return tuple((str(name), decode_header_value(value)) for name, value in message.items())
