"""The ``tag`` action: verdict headers prepended to the message, never a detected value."""

from __future__ import annotations

from scanner.model import Verdict

PREFIX = b"X-Mailguard-"


def tag_headers(verdict: Verdict) -> bytes:
    """``X-Mailguard-*`` header lines (CRLF) naming action, categories, reasons, scores."""
    scores = " ".join(f"{name}={value:.2f}" for name, value in sorted(verdict.scores.items()))
    fields = [
        ("Action", str(verdict.action)),
        ("Categories", ", ".join(verdict.categories) or "none"),
        ("Reasons", ", ".join(sorted({r.rule for r in verdict.reasons})) or "none"),
        ("Scores", scores or "none"),
    ]
    return b"".join(PREFIX + f"{k}: {v}".encode("ascii", "replace") + b"\r\n" for k, v in fields)


def tagged(raw: bytes, verdict: Verdict) -> bytes:
    """``raw`` with the verdict headers on top; the rest is unchanged byte for byte."""
    return tag_headers(verdict) + raw
