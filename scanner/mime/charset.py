"""Decode bytes with a declared charset, falling back safely and saying so."""

from __future__ import annotations

import codecs
import re

_SAFE_NAME = re.compile(r"[^A-Za-z0-9_.:-]")
# Tried in order when the declared charset is missing, unknown or wrong. cp1252 is the
# real-world superset of latin-1 for mislabelled western mail; latin-1 never fails.
_FALLBACKS = ("utf-8", "cp1252", "latin-1")


def sanitize_label(value: str, limit: int = 40) -> str:
    """A customer-supplied token (charset, content type) made safe to put in a defect."""
    return _SAFE_NAME.sub("_", value)[:limit]


def decode_text(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode ``data``; returns the text and a defect code, or None if it decoded cleanly.

    Defect codes: ``charset-missing`` (8-bit data without a declared charset),
    ``charset-unknown`` (declared name not known), ``charset-mismatch`` (data invalid in the
    declared charset).
    """
    if declared:
        try:
            codec = codecs.lookup(declared.strip().strip('"'))
        except (LookupError, ValueError):
            return _fallback(data), "charset-unknown"
        try:
            return data.decode(codec.name), None
        except UnicodeDecodeError:
            return _fallback(data), "charset-mismatch"
        except Exception:  # a codec may raise anything on hostile bytes
            return _fallback(data), "charset-mismatch"
    if data.isascii():
        return data.decode("ascii"), None
    return _fallback(data), "charset-missing"


def _fallback(data: bytes) -> str:
    for name in _FALLBACKS:
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # unreachable: latin-1 maps every byte
