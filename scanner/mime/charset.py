"""Decode bytes with a declared charset, falling back safely and saying so."""

from __future__ import annotations

import codecs
import re

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.:/+-]")
# Tried in order when the declared charset is missing, unknown or wrong. cp1252 is the
# real-world superset of latin-1 for mislabelled western mail; latin-1 never fails.
_FALLBACKS = ("utf-8", "cp1252", "latin-1")


# Text codecs Python knows that no mail client does: punycode decodes in quadratic time, and
# the escape codecs turn plain text into other text.
NOT_MAIL_CHARSETS = frozenset(
    {"punycode", "idna", "unicode-escape", "raw-unicode-escape", "unicode_escape",
     "raw_unicode_escape", "palmos", "mbcs", "oem"}
)  # fmt: skip


def sanitize_label(value: str, limit: int = 40) -> str:
    """A customer-supplied token (charset, content type) made safe to put in a defect."""
    return _SAFE_NAME.sub("_", value)[:limit]


def decode_text(data: bytes | memoryview, declared: str | None) -> tuple[str, str | None]:
    """Decode ``data``; returns the text and a defect code, or None if it decoded cleanly.

    A view (a body still inside the raw message) is decoded where it lies, not copied.

    Defect codes: ``charset-missing`` (8-bit data without a declared charset),
    ``charset-unknown`` (declared name not known), ``charset-mismatch`` (data invalid in the
    declared charset).
    """
    if declared:
        try:
            codec = codecs.lookup(declared.strip().strip('"'))
        except (LookupError, ValueError):
            return _fallback(data), "charset-unknown"
        if codec.name in NOT_MAIL_CHARSETS:
            return _fallback(data), "charset-unknown"
        try:
            return str(data, codec.name), None
        except Exception:  # UnicodeDecodeError, or anything a codec raises on hostile bytes
            pass  # (the error holds a copy of the data: let it go before decoding again)
        return _fallback(data), "charset-mismatch"
    try:
        return str(data, "ascii"), None
    except UnicodeDecodeError:
        pass
    return _fallback(data), "charset-missing"


def _fallback(data: bytes | memoryview) -> str:
    for name in _FALLBACKS:
        try:
            return str(data, name)
        except UnicodeDecodeError:
            continue
    return str(data, "latin-1")  # unreachable: latin-1 maps every byte
