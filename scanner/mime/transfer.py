"""Content-transfer decoding, as ``Message.get_payload(decode=True)`` does it, in fewer copies.

The stdlib copies a base64 body about five times (text to bytes, split into lines, joined,
padded, decoded) and always decodes all of it. Here a body is decoded from its encoded bytes
in one step, and a body larger than the decoded-bytes budget is decoded only as far as the
budget reaches. The bytes are the stdlib's, lenient behaviours included: line breaks, junk
characters and missing padding are tolerated the same way, and a body that cannot be decoded
at all comes back as its own text without line breaks, as ``email._encoded_words.decode_b``
returns it.
"""

from __future__ import annotations

import binascii
import re
from email._encoded_words import decode_b  # type: ignore[import-not-found]
from email.message import Message
from typing import overload

Buffer = bytes | memoryview

# Bytes that are neither base64 data nor padding (the decoder skips them).
_NOT_BASE64 = bytes(
    set(range(256)) - set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
)
# Decoded by the stdlib; every other unknown transfer encoding means "identity" to it.
_UUENCODE = frozenset({"x-uuencode", "uuencode", "uue", "x-uue"})
# Encoded bytes decoded at a time when only part of a body fits the budget.
CHUNK_BYTES = 1 << 18
_PADDING = re.compile(rb"=")
_DATA_RUNS = re.compile(rb"[^=]+")  # over data characters and padding only
# Pieces of base64 between paddings decoded one by one (each a step in Python).
MAX_PADDED_PIECES = 100_000


def decode_payload(part: Message, encoded: Buffer | None, limit: int) -> tuple[Buffer, bool]:
    """``part.get_payload(decode=True)`` cut to ``limit`` bytes, and whether it was cut.

    ``encoded`` is the payload's bytes before decoding (None if it has none), which an
    identity transfer encoding returns as they are. The uuencode family, and a payload
    that is not text, are left to the stdlib.
    """
    encoding = transfer_encoding(part)
    if encoded is None or encoding in _UUENCODE:
        return _stdlib_decoded(part, encoded, limit)
    if encoding == "base64":
        return decode_base64(encoded, limit)
    if encoding == "quoted-printable":
        return decode_quoted_printable(encoded, limit)
    return _cut(encoded, limit)


def transfer_encoding(part: Message) -> str:
    """The part's Content-Transfer-Encoding, lower-cased, as ``get_payload`` reads it."""
    return str(part.get("content-transfer-encoding", "")).lower()


def _stdlib_decoded(part: Message, encoded: Buffer | None, limit: int) -> tuple[bytes, bool]:
    """``get_payload(decode=True)`` itself, cut (anything but bytes counts as empty)."""
    if isinstance(encoded, memoryview):  # an elided payload: the stdlib needs the real one
        part.set_payload(bytes(encoded).decode("ascii", "surrogateescape"))
    data = part.get_payload(decode=True)
    return _cut(data if isinstance(data, bytes) else b"", limit)


def decode_base64(data: Buffer, limit: int) -> tuple[bytes, bool]:
    """The stdlib's decoded base64 body cut to ``limit`` bytes, and whether it was cut."""
    if limit < 3 * ((len(data) + 3) // 4):  # may not fit: decode no further than needed
        return _base64_prefix(data, limit)
    try:
        return binascii.a2b_base64(data), False  # line breaks and junk are skipped alike
    except binascii.Error:
        return _cut(_undecodable_base64(data), limit)


def base64_after_padding(data: Buffer, limit: int) -> tuple[bytes, bool]:
    """The base64 data after the first padding, which the stdlib's decoder never reaches,
    decoded one padding-delimited piece at a time (as a decoder that starts over after
    padding shows it), cut to ``limit`` bytes; and whether it was cut (by ``limit``, or
    after ``MAX_PADDED_PIECES`` pieces).

    Empty when nothing but padding and junk follows the first ``=``: the normal case. A
    sender can hide text there from a scanner that decodes as the stdlib does; some mailers
    also pad every line they encode.
    """
    first = _PADDING.search(data)
    if first is None:
        return b"", False
    limit = max(limit, 0)
    rest = bytes(data[first.start() :]).translate(None, _NOT_BASE64)
    pieces: list[bytes] = []
    kept = 0
    for count, run in enumerate(_DATA_RUNS.finditer(rest)):
        if kept > limit or count == MAX_PADDED_PIECES:
            return _joined(pieces, limit), True
        # No further than one byte past the budget (that byte tells it was cut).
        chars = rest[run.start() : min(run.end(), run.start() + 4 * ((limit - kept) // 3 + 1))]
        if len(chars) % 4 == 1:  # a lone last character holds no whole byte
            chars = chars[:-1]
        pieces.append(binascii.a2b_base64(chars + b"=" * (-len(chars) % 4)))
        kept += len(pieces[-1])
    return _joined(pieces, limit), kept > limit


def decode_quoted_printable(data: Buffer, limit: int) -> tuple[bytes, bool]:
    """The decoded quoted-printable body cut to ``limit`` bytes, and whether it was cut.

    Decoding never lengthens, and it never looks past a line feed, so a body is decoded a
    chunk of whole lines at a time until the budget is passed.
    """
    if limit >= len(data):
        return binascii.a2b_qp(data), False
    pieces: list[bytes] = []
    kept = start = 0
    while start < len(data) and kept <= limit:
        end = _line_end(data, start + CHUNK_BYTES)
        pieces.append(binascii.a2b_qp(data[start:end]))
        kept += len(pieces[-1])
        start = end
    return _joined(pieces, limit), kept > limit


@overload
def _cut(data: bytes, limit: int) -> tuple[bytes, bool]: ...
@overload
def _cut(data: Buffer, limit: int) -> tuple[Buffer, bool]: ...
def _cut(data: Buffer, limit: int) -> tuple[Buffer, bool]:
    """``data`` cut to ``limit`` bytes (a view stays a view), and whether it was cut."""
    return (data[:limit], True) if len(data) > limit else (data, False)


def _base64_prefix(data: Buffer, limit: int) -> tuple[bytes, bool]:
    """Decode whole chunks of data characters until the budget is met, then count the rest.

    A body without padding splits into independent four-character groups, so each chunk's
    data characters are decoded alone, the last one to three carried into the next chunk.
    From the first chunk holding a ``=`` on, the rest is decoded in one piece after the
    carried characters, which puts the decoder in the same state as it would have been.
    """
    pieces: list[bytes] = []
    kept = total = 0
    carry = b""
    tail = b""
    for start in range(0, len(data), CHUNK_BYTES):
        chars = carry + bytes(data[start : start + CHUNK_BYTES]).translate(None, _NOT_BASE64)
        if b"=" in chars:
            tail = bytes(data[start:])
            break
        whole = len(chars) - len(chars) % 4
        carry = chars[whole:]
        total += whole // 4 * 3
        if kept < limit:
            pieces.append(binascii.a2b_base64(chars[:whole]))
            kept += len(pieces[-1])
    ending = _base64_ending(carry + tail)
    if ending is None:
        return _cut(_undecodable_base64(data), limit)
    pieces.append(ending)
    return _joined(pieces, limit), total + len(ending) > limit


def _base64_ending(rest: bytes) -> bytes | None:
    """The last group(s) decoded as the stdlib does (padding added if missing), or None."""
    for padding in (b"", b"=="):
        try:
            return binascii.a2b_base64(rest + padding)
        except binascii.Error:
            continue
    return None


def _undecodable_base64(data: Buffer) -> bytes:
    """What the stdlib returns for a body the decoder rejects (line breaks removed)."""
    decoded: bytes = decode_b(bytes(data).translate(None, b"\r\n"))[0]
    return decoded


def _line_end(data: Buffer, at: int) -> int:
    """The index after the first line feed at or after ``at``, or the end of ``data``."""
    while at < len(data):
        found = bytes(data[at : at + CHUNK_BYTES]).find(b"\n")
        if found >= 0:
            return at + found + 1
        at += CHUNK_BYTES
    return len(data)


def _joined(pieces: list[bytes], limit: int) -> bytes:
    """The pieces joined, no more than ``limit`` bytes of them."""
    kept = 0
    for index, piece in enumerate(pieces):
        if kept + len(piece) >= limit:
            return b"".join([*pieces[:index], piece[: limit - kept]])
        kept += len(piece)
    return b"".join(pieces)
