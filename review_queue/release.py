"""Re-injection of released mail (and reject notices) to the MTA's release relay over SMTP.

The original envelope is kept: MAIL FROM and every RCPT TO as held, the message bytes
unchanged. Errors are reported by class and SMTP code only; server replies can echo
addresses, so their text is never kept.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from prometheus_client import Counter

from scanner.config import Review
from scanner.model import Envelope

log = logging.getLogger(__name__)

DELIVERIES = Counter(
    "mailguard_review_deliveries",
    "Messages handed to the release relay, by kind (release, notice) and outcome",
    ["kind", "outcome"],
)
for _kind in ("release", "notice"):
    for _outcome in ("delivered", "failed"):
        DELIVERIES.labels(_kind, _outcome)


@dataclass(frozen=True, slots=True)
class Delivery:
    """Outcome of one SMTP transaction: ``error`` is a short code-only description.

    ``permanent``: the relay refused with a 5xx reply, so the same message will never go.
    """

    ok: bool
    error: str | None = None
    refused: int = 0
    permanent: bool = False


class Relay:
    """An SMTP client for the configured release relay (blocking: call from a thread)."""

    def __init__(self, settings: Review) -> None:
        host, _, port = settings.release_relay.rpartition(":")
        self.host = host.strip("[]")
        self.port = int(port)
        self.timeout = settings.release_timeout_seconds
        self.notice_from = settings.notice_from

    def deliver(self, envelope: Envelope, raw: bytes, kind: str = "release") -> Delivery:
        """Send ``raw`` with the envelope's sender and recipients."""
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as client:
                client.ehlo_or_helo_if_needed()
                refused = client.sendmail(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    raw,
                    mail_options=_mail_options(client, envelope, raw),
                )
        except smtplib.SMTPRecipientsRefused as exc:
            permanent = all(code >= 500 for code, _ in exc.recipients.values())
            refusal = f"all recipients refused ({_codes(exc.recipients)})"
            outcome = Delivery(False, refusal, permanent=permanent)
        except smtplib.SMTPResponseException as exc:
            outcome = Delivery(False, f"smtp {exc.smtp_code}", permanent=exc.smtp_code >= 500)
        except (smtplib.SMTPException, OSError) as exc:
            outcome = Delivery(False, f"connection failed ({type(exc).__name__})")
        else:
            error = f"{len(refused)} recipient(s) refused ({_codes(refused)})" if refused else None
            outcome = Delivery(True, error, len(refused))
        DELIVERIES.labels(kind, "delivered" if outcome.ok else "failed").inc()
        if not outcome.ok:
            log.warning(
                "release relay delivery failed", extra={"kind": kind, "error": outcome.error}
            )
        return outcome

    def send_notice(self, to: str, item_id: str, categories: tuple[str, ...]) -> Delivery:
        """Tell ``to``, the held message's envelope sender (MAIL FROM), that it was rejected:
        from ``review.notice_from`` with a null envelope sender, naming the categories and the
        item id, no content quoted."""
        notice = EmailMessage()
        notice["From"] = self.notice_from
        notice["To"] = to
        notice["Subject"] = "Your message was not delivered"
        notice["Date"] = formatdate(localtime=False)
        notice["Message-ID"] = make_msgid(domain="mailguard.invalid")
        notice["Auto-Submitted"] = "auto-replied"
        what = ", ".join(c.replace("_", " ") for c in categories) or "content"
        notice.set_content(
            "A message you sent was held for review and, after review, was not delivered.\n"
            f"Reason: it appears to contain {what} that our terms do not allow.\n"
            f"Reference: {item_id}\n\n"
            "Please contact support quoting the reference if you believe this is wrong.\n"
        )
        return self.deliver(Envelope("", (to,)), notice.as_bytes(), kind="notice")


def _mail_options(client: smtplib.SMTP, envelope: Envelope, raw: bytes) -> list[str]:
    options: list[str] = []
    if not raw.isascii() and client.has_extn("8bitmime"):
        options.append("BODY=8BITMIME")
    addresses = (envelope.mail_from, *envelope.rcpt_tos)
    if not all(a.isascii() for a in addresses) and client.has_extn("smtputf8"):
        options.append("SMTPUTF8")
    return options


def _codes(refused: dict[str, tuple[int, bytes]]) -> str:
    return ",".join(sorted({str(code) for code, _ in refused.values()}))
