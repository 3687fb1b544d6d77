"""Host and domain helpers for URLs and addresses; pure functions, never raise on input.

The features, the token families and the rules each ask about the same few URLs, hosts and
address headers of a message, so the costlier helpers remember their answers until
``forget()``, which the scorer calls after each message: no URL or address outlives the
scan of its message in memory.
"""

from __future__ import annotations

import ipaddress
import re
from email.utils import getaddresses
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

# Second-level labels under which registrations happen one level deeper (co.uk, com.au).
# An approximation of the Public Suffix List, which is not shipped here; see MODEL_CARD.md.
_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gob", "nic", "mil",
     "ltd", "plc", "sch", "nhs", "police", "info", "biz", "nom", "asn", "id"}
)  # fmt: skip
_NOT_PLAIN = re.compile(r'["()\\;:\[\]]')  # quotes, comments, escapes, groups, literals
_SPACE = re.compile(r"\s")
_IP_CHAR = re.compile(r"[\d:]")
_HOST_CHARS = re.compile(r"^[a-z0-9.\-_\[\]:]+$")
_NUMERIC_HOST = re.compile(r"^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$")
_BARE_DOMAIN = re.compile(
    r"((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,12}))(?:[/:?#]\S*)?", re.IGNORECASE
)
# Generic TLDs accepted in link text written without a scheme; any two-letter ccTLD also is.
_TEXT_TLDS = frozenset(
    {"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "app", "dev",
     "online", "site", "xyz", "top", "shop", "store", "bank", "link", "club", "live"}
)  # fmt: skip
HOSTS_REMEMBERED = 512  # answers kept per URL or host helper (within one message)
HEADERS_REMEMBERED = 32  # answers kept per address-header helper (within one message)


def web_url_parts(url: str) -> SplitResult | None:
    """The parts of an http(s) or scheme-less ``www.`` URL with a host, else None."""
    text = url.strip()
    if text.lower().startswith("www."):
        text = "http://" + text
    try:
        parts = urlsplit(text)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
    except ValueError:
        return None
    return parts


@lru_cache(maxsize=HOSTS_REMEMBERED)
def url_host(url: str) -> str | None:
    """The lower-case host of an http(s) or scheme-less ``www.`` URL, else None."""
    parts = web_url_parts(url)
    if parts is None or parts.hostname is None:
        return None
    host = parts.hostname.rstrip(".").lower()
    return host if _HOST_CHARS.match(host) else None


@lru_cache(maxsize=HOSTS_REMEMBERED)
def is_ip_literal(host: str) -> bool:
    """True for IPv4/IPv6 literals, including integer and hex forms browsers accept."""
    bare = host.strip("[]")
    if not _IP_CHAR.search(bare):
        return False  # no digit and no colon: a name, not an address
    try:
        ipaddress.ip_address(bare)
        return True
    except ValueError:
        return bool(_NUMERIC_HOST.match(bare))


@lru_cache(maxsize=HOSTS_REMEMBERED)
def registrable(host: str) -> str:
    """The registrable domain of ``host`` (``mail.example.co.uk`` -> ``example.co.uk``)."""
    if is_ip_literal(host):
        return host
    labels = [label for label in host.lower().strip(".").split(".") if label]
    if len(labels) <= 2:
        return ".".join(labels)
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


@lru_cache(maxsize=HEADERS_REMEMBERED)
def address_domain(value: str | None) -> str | None:
    """The registrable domain of the first address in a header value or envelope address."""
    if not value:
        return None
    for address in addresses((value,)):
        _, at, domain = address.rpartition("@")
        if at and domain:
            return registrable(domain.strip("<>[] ").lower())
    return None


@lru_cache(maxsize=HEADERS_REMEMBERED)
def address_count(values: tuple[str, ...]) -> int:
    """How many addresses the header values name."""
    return sum(1 for address in addresses(values) if "@" in address)


def addresses(values: tuple[str, ...]) -> list[str]:
    """The addresses (parts with an ``@``) in header values, as ``getaddresses`` reads them.

    Plain lists (``a@x``, ``Name <a@x>``, comma-separated) take a fast split; anything else
    (quotes, comments, groups, escapes, odd spacing) goes to the standard library's parser.
    """
    plain = _plain_addresses(values)
    if plain is None:
        plain = [address for _, address in getaddresses(list(values))]
    return [address for address in plain if "@" in address]


def _plain_addresses(values: tuple[str, ...]) -> list[str] | None:
    out: list[str] = []
    for value in values:
        if _NOT_PLAIN.search(value):
            return None
        for mailbox in value.split(","):
            name, bracket, rest = mailbox.rpartition("<")
            address, _, tail = rest.partition(">")
            if not bracket:
                address = mailbox.strip()
            elif "@" in name or "<" in name or ">" in name or tail.strip():
                return None
            if address.count("@") > 1 or _SPACE.search(address):
                return None
            out.append(address)
    return out


def domain_in_text(text: str) -> str | None:
    """The registrable domain of link text that reads as a URL or host name, else None."""
    stripped = text.strip()
    if stripped.lower().startswith(("http://", "https://", "www.")):
        host = url_host(stripped)
        return registrable(host) if host else None
    match = _BARE_DOMAIN.fullmatch(stripped)
    if match is None:
        return None
    tld = match.group(2).lower()
    if len(tld) != 2 and tld not in _TEXT_TLDS:
        return None
    return registrable(match.group(1))


def forget() -> None:
    """Drop every remembered answer."""
    for helper in (url_host, is_ip_literal, registrable, address_domain, address_count):
        helper.cache_clear()
