"""Remove the SpamAssassin public corpus' own artefacts before features are extracted.

The corpus was collected into a few personal mailboxes in 2002-2003; what those mailboxes,
their fetching tools and the list servers in between added says which folder a message came
from, not what its sender wrote. A model that saw it would learn the collector, not spam.
What is removed (documented in models/tos/MODEL_CARD.md):

1. the mbox ``From `` separator line;
2. headers added on the receiving side: ``Received``, ``Delivered-To``, ``X-Original-To``,
   ``Envelope-To``, ``X-Envelope-*``, ``Delivery-Date``, ``Return-Path``, ``X-Spam*`` and
   SpamAssassin / Razor / Pyzor / SpamCop headers, mail-client state (``Status``,
   ``X-Status``, ``X-Keywords``, ``X-UID``, ``X-UIDL``, ``X-IMAPbase``, ``X-Mozilla-Status*``)
   and fetchmail's ``X-Delivery-Agent``;
   headers list servers add (``List-*``, ``Precedence``, ``Sender``, ``Errors-To``,
   ``X-Beenthere``, ``X-Mailman-Version``, ``X-Loop``, ``Mailing-List``, Yahoo!/eGroups
   ``X-*``) and the list's ``[tag]`` at the start of the Subject;
3. every address or host name in the collector's domains (``taint.org``, ``netnoteinc.com``,
   ``slashnull.org``, ``jmason.org``), anywhere in the message, replaced by
   ``recipient@example.org`` / ``example.org``;
4. footers that list servers appended to the body (Mailman's ``listinfo`` block, Yahoo!
   Groups' sponsor and terms block).
"""

from __future__ import annotations

import re

_DROPPED_HEADERS = re.compile(
    r"^(?:received|delivered-to|x-original-to|envelope-to|x-envelope-[\w-]+|delivery-date"
    r"|return-path|x-spam[\w-]*|x-[\w-]*spamcheck|x-spamcop-[\w-]+|x-spamadvice|x-razor[\w-]*"
    r"|x-pyzor[\w-]*|status|x-status|x-keywords|x-uid|x-uidl|x-imapbase|x-mozilla-status\d*"
    r"|x-delivery-agent|x-pmflags|x-sluidl"
    # list servers: outbound mail at submission carries none of these
    r"|list-[\w-]+|precedence|x-beenthere|x-mailman-version|mailing-list|x-mailing-list"
    r"|x-loop|errors-to|sender|x-list-[\w-]+|x-egroups-[\w-]+|x-yahoo-[\w-]+|x-apparently-to"
    r"|x-original-sender|x-original-date|x-unsubscription-info|x-acceptable-languages)$",
    re.IGNORECASE,
)
_COLLECTOR_DOMAINS = r"(?:taint\.org|netnoteinc\.com|slashnull\.org|jmason\.org)"
_COLLECTOR_ADDRESS = re.compile(
    r"[\w.+=-]+@(?:[\w-]+\.)*" + _COLLECTOR_DOMAINS + r"\b", re.IGNORECASE
)
_COLLECTOR_HOST = re.compile(r"\b(?:[\w-]+\.)*" + _COLLECTOR_DOMAINS + r"\b", re.IGNORECASE)
_MAILMAN_FOOTER = re.compile(
    r"\n_{20,}\n[^\n]*\n(?:[^\n]*\n){0,4}?[^\n]*(?:mailman/listinfo|listinfo/)[^\n]*",
    re.IGNORECASE,
)
_YAHOO_FOOTER = re.compile(
    r"\n-+ Yahoo! Groups Sponsor -+~-->.*?(?:Yahoo! Groups is subject to[^\n]*|$)",
    re.DOTALL,
)
_HEADER_START = re.compile(r"^([!-9;-~]+):")
# A list server's tag at the start of a subject, after any reply prefixes: "Re: [ILUG] ...".
_SUBJECT_TAG = re.compile(r"^(Subject:(?:\s*(?:re|fwd?|aw)\s*:)*)\s*\[[^\]\n]{1,40}\]", re.I)


def strip_artefacts(raw: str) -> bytes:
    """The message without corpus artefacts, as bytes ready for ``parse_message``."""
    if raw.startswith("From "):
        raw = raw.split("\n", 1)[1] if "\n" in raw else ""
    head, sep, body = raw.partition("\n\n")
    kept: list[str] = []
    dropping = False
    for line in head.split("\n"):
        if line[:1] in (" ", "\t"):
            if not dropping:
                kept.append(line)
            continue
        match = _HEADER_START.match(line)
        dropping = bool(match and _DROPPED_HEADERS.match(match.group(1)))
        if not dropping:
            kept.append(_SUBJECT_TAG.sub(r"\1", line))
    body = _YAHOO_FOOTER.sub("\n", _MAILMAN_FOOTER.sub("\n", body))
    text = "\n".join(kept) + sep + body
    text = _COLLECTOR_ADDRESS.sub("recipient@example.org", text)
    text = _COLLECTOR_HOST.sub("example.org", text)
    return text.encode("utf-8", "replace")
