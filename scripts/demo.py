"""Send a handful of realistic messages through a running proxy (``make demo``).

Usage: python scripts/demo.py [HOST:PORT]   (default: [proxy] listen or 127.0.0.1:10025)
Each message's SMTP reply shows what the proxy did: relayed, held for review, rejected.
All data is synthetic: the card number is a public test number.
"""

from __future__ import annotations

import os
import smtplib
import sys
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid


def build(
    sender: str,
    to: str,
    subject: str,
    body: str,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    for name, value in (headers or {}).items():
        msg[name] = value
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


MESSAGES = [
    (
        "clean newsletter",
        build(
            "news@riverside-foodbank.example",
            "supporters@lists.example.net",
            "Riverside Food Bank: spring volunteer days",
            "Dear friends,\n\nThank you for a wonderful winter season. We served 1,240 "
            "families.\nSpring volunteer days are every Saturday from 9am; sign up at "
            "https://riverside-foodbank.example/volunteer\n\nWarm regards,\nThe Riverside team\n\n"
            "Riverside Food Bank, 12 Harbour Road, Springfield, IL 62701\n"
            "Unsubscribe: https://riverside-foodbank.example/unsubscribe\n",
            headers={  # RFC 2369 and RFC 8058 one-click, as a bulk sender must have
                "List-Unsubscribe": "<https://riverside-foodbank.example/unsubscribe?u=demo>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        ),
    ),
    (
        "donor receipt with a card number",
        build(
            "donations@riverside-foodbank.example",
            "m.okafor@example.net",
            "Your donation receipt",
            "Dear Ms Okafor,\n\nThank you for your gift of $50.00 on 3 March.\n"
            "Card charged: Visa 4111 1111 1111 1111, expiry 09/28.\n"
            "Receipt number R-2025-0193.\n\nWith gratitude,\nRiverside Food Bank\n",
        ),
    ),
    (
        "case note with health data",
        build(
            "casework@harbour-housing.example",
            "partner-clinic@example.org",
            "Referral: client J.D.",
            "Hi Sam,\n\nReferring J.D. (DOB 12/04/1971) for follow-up. He was diagnosed "
            "with type 2 diabetes and major depressive disorder last year, is on insulin "
            "and sertraline, and was hospitalised in January after a fall.\n\nThanks,\nAlex\n",
        ),
    ),
    (
        "phishing",
        build(
            "security@riverside-foodbank.example",
            "donor@example.net",
            "URGENT: your account will be suspended",
            "Your donor account has been suspended due to unusual activity. Verify your "
            "password and card details within 24 hours: http://verify-account.example.ru/login\n",
            "<p>Your account has been <b>suspended</b>. "
            '<a href="http://verify-account.example.ru/login">https://riverside-foodbank.example/'
            "account</a> to verify your password and card details now.</p>",
        ),
    ),
]


def main() -> int:
    target = (
        sys.argv[1]
        if len(sys.argv) > 1
        else os.environ.get("MAILGUARD_PROXY_LISTEN", "127.0.0.1:10025")
    )
    host, _, port = target.rpartition(":")
    try:
        client = smtplib.SMTP(host.strip("[]"), int(port), timeout=120)
    except OSError as exc:
        sys.stderr.write(f"cannot connect to the proxy at {target} ({exc}); start it: make run\n")
        return 1
    with client:
        client.ehlo("demo.mailguard.example")
        for label, msg in MESSAGES:
            client.mail(str(msg["From"]))
            client.rcpt(str(msg["To"]))
            code, text = client.data(msg.as_bytes(policy=SMTP))
            sys.stdout.write(f"{label:34} {code} {text.decode(errors='replace')}\n")
            if code >= 400:
                client.rset()
    return 0


if __name__ == "__main__":
    sys.exit(main())
