"""Whether a header From address is the sender's: the export's sender view or not.

The From header is the sender's to write, so naming someone there must not hand them the
message. It counts as the sender's when its domain is the envelope sender's or the
login's organisation (VERP: ``bounce+x@mail.riverside.example`` sends for
``donations@riverside.example``), except on a domain that many unrelated people share (a
webmail provider), where only the same mailbox counts: ``alice@gmail.com`` sending as
``From: bob@gmail.com`` is not Bob.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from review_queue.crypto import domain_forms, same_mailbox

# Mailbox providers whose domain many unrelated people share;
# ``review.shared_mailbox_domains`` adds to them. A subdomain counts as its domain
# (``x.gmail.com`` as ``gmail.com``).
SHARED_MAILBOX_DOMAINS = frozenset(
    {
        # Google, Microsoft, Yahoo, AOL, Apple
        "gmail.com", "googlemail.com",
        "outlook.com", "outlook.de", "outlook.fr", "outlook.es", "outlook.it",
        "hotmail.com", "hotmail.co.uk", "hotmail.de", "hotmail.fr", "hotmail.es",
        "hotmail.it", "live.com", "live.co.uk", "live.de", "live.fr", "msn.com",
        "yahoo.com", "yahoo.co.uk", "yahoo.de", "yahoo.fr", "yahoo.es", "yahoo.it",
        "yahoo.ca", "yahoo.com.au", "yahoo.com.br", "yahoo.co.in", "yahoo.co.jp",
        "ymail.com", "rocketmail.com", "aol.com", "aim.com",
        "icloud.com", "me.com", "mac.com",
        # privacy-focused and independent providers
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
        "tutanota.com", "tutanota.de", "tuta.io", "tuta.com",
        "posteo.de", "mailbox.org", "fastmail.com", "fastmail.fm", "hey.com",
        "zoho.com", "zohomail.com", "hushmail.com", "gmx.com", "mail.com", "email.com",
        # Europe
        "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.fr", "web.de", "t-online.de",
        "freenet.de", "arcor.de", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net",
        "sfr.fr", "libero.it", "virgilio.it", "tiscali.it", "seznam.cz", "wp.pl", "o2.pl",
        "onet.pl", "interia.pl", "btinternet.com", "sky.com", "virginmedia.com",
        "ntlworld.com", "talktalk.net", "ziggo.nl", "telenet.be", "skynet.be",
        # Russia and neighbours
        "mail.ru", "inbox.ru", "list.ru", "bk.ru", "yandex.ru", "yandex.com", "ya.ru",
        "rambler.ru", "ukr.net",
        # Asia
        "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com",
        "aliyun.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
        # the Americas and Oceania (ISP mailboxes)
        "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "bellsouth.net",
        "cox.net", "charter.net", "earthlink.net", "shaw.ca", "rogers.com",
        "sympatico.ca", "uol.com.br", "bol.com.br", "terra.com.br", "bigpond.com",
        "optusnet.com.au", "xtra.co.nz",
    }
)  # fmt: skip


def header_from_is_sender(
    address: str, envelope: dict[str, Any] | None, shared: Iterable[str] = ()
) -> bool:
    """The header From ``address`` is the envelope sender's or the login's: the same
    organisation (a parent or subdomain of their domain), or on a shared mailbox domain
    (built in, or in ``shared``) the same mailbox. No envelope (purged): False."""
    if envelope is None:
        return False
    login = (envelope.get("client") or {}).get("login") or ""
    senders = [s for s in (envelope.get("mail_from") or "", login) if "@" in s]
    domain = _domain(address)
    if not domain:
        return False
    if is_shared_domain(domain, shared):
        return any(same_mailbox(address, sender) for sender in senders)
    return any(_same_org(domain, _domain(sender)) for sender in senders)


def is_shared_domain(domain: str, extra: Iterable[str] = ()) -> bool:
    """``domain`` (any spelling) is, or is under, a shared mailbox domain."""
    listed = SHARED_MAILBOX_DOMAINS.union(extra)
    for form in domain_forms(domain):
        labels = form.split(".")
        if any(".".join(labels[i:]) in listed for i in range(len(labels) - 1)):
            return True
    return False


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower() if "@" in address else ""


def _same_org(one: str, other: str) -> bool:
    return one == other or one.endswith("." + other) or other.endswith("." + one)
