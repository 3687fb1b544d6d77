"""A scripted mail flow with planted fake sensitive values, sent over real SMTP."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP

# Fake values only: a test SSN shape, the public Visa test number, reserved domains.
SSN = "536-90-4399"
CARD = "4111 1111 1111 1111"
SENDER = "canary.sender.q7x@canary-charity.example"
RECIPIENT = "canary.donor.k2v@donor-canary.example"
SUBJECT = "Canary zq81 donor ledger"
LOGIN = "canary-customer-m4"
CANARIES = (
    SSN,
    SSN.replace("-", ""),
    CARD,
    CARD.replace(" ", ""),
    SENDER,
    SENDER.split("@")[1],
    RECIPIENT,
    RECIPIENT.split("@")[1],
    SUBJECT,
    LOGIN,
)


@dataclass(frozen=True, slots=True)
class Sent:
    """One message of the flow: what it contained, the action expected, the reply got."""

    kind: str
    raw: bytes
    expected: str
    reply: int = 0


def message(body: str) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = SENDER
    msg["To"] = RECIPIENT
    msg["Subject"] = SUBJECT
    msg["Message-ID"] = "<canary.zq81@canary-charity.example>"
    msg.set_content(body)
    return msg.as_bytes()


def script() -> list[Sent]:
    """Two ordinary messages, one with an SSN, one with a card number."""
    return [
        Sent("clean", message("Dear friend,\nthe board meeting is on Tuesday at noon.\n"), "pass"),
        Sent("clean", message("Hello,\nthank you for volunteering at the food drive.\n"), "pass"),
        Sent("ssn", message(f"Hello,\nthe member's SSN is {SSN} as requested.\n"), "hold"),
        Sent("card", message(f"Please charge the card {CARD} exp 12/29 for the gala.\n"), "hold"),
    ]


def send(port: int, item: Sent) -> Sent:
    """One session: EHLO, XCLIENT LOGIN (the customer), EHLO, MAIL, RCPT, DATA, QUIT."""
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.ehlo("client.example")
        code, _ = client.docmd("XCLIENT", f"LOGIN={LOGIN}")
        assert code == 220, code
        client.ehlo("client.example")
        assert client.mail(SENDER)[0] == 250
        assert client.rcpt(RECIPIENT)[0] == 250
        code, _ = client.data(item.raw)
    return Sent(item.kind, item.raw, item.expected, code)


def run(port: int) -> list[Sent]:
    """Send the whole script, one session per message, in order."""
    return [send(port, item) for item in script()]


def replies_2xx(sent: list[Sent]) -> int:
    """2xx replies the proxy sent: 220, EHLO, 220 (XCLIENT), EHLO, MAIL, RCPT, final, 221."""
    return sum(7 + (1 if 200 <= s.reply < 300 else 0) for s in sent)


def leaks(text: str) -> list[str]:
    """The planted values found in ``text``."""
    return [canary for canary in CANARIES if canary in text]
