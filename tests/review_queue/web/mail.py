"""Synthetic held mail for the web tests: builders and findings at real parser offsets."""

from __future__ import annotations

from email.message import EmailMessage

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.model import Action, Finding, Reason, SegmentKind, Verdict

SSN = "219-09-9999"
CARD = "4111 1111 1111 1111"
SSN_TEXT = f"Hello,\nthe member SSN is {SSN} as requested.\n"


def ssn_message() -> tuple[bytes, Finding]:
    """The standard SSN message and its finding."""
    raw = message("Patient record", SSN_TEXT)
    return raw, finding_at(raw, SSN, "government_id", "US_SSN")


def message(
    subject: str, text: str | None = None, html: str | None = None, sender: str = "a@org.example"
) -> bytes:
    """A small synthetic message with a text and/or HTML body."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "donor@example.net"
    msg["Subject"] = subject
    msg["Message-ID"] = "<test@org.example>"
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def finding_at(raw: bytes, needle: str, category: str, entity: str) -> Finding:
    """A finding at the first place the scanner's own parser sees ``needle``."""
    for segment in parse_message(raw, Limits()).segments:
        start = segment.text.find(needle)
        if start >= 0 and segment.kind is not SegmentKind.URL:
            return Finding(
                "test", category, entity, segment.source, segment.part, start,
                start + len(needle), 0.99,
            )  # fmt: skip
    raise AssertionError("needle not in any segment")


def verdict(findings: tuple[Finding, ...], tos: float = 0.1) -> Verdict:
    categories = tuple(sorted({f.category for f in findings}))
    return Verdict(
        Action.HOLD,
        {"tos": tos, "sensitive": 0.97 if findings else 0.0},
        categories,
        findings,
        (Reason("sensitive-data", 8.0, "sensitive data in an outbound message"),),
        (),
    )
