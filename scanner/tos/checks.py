"""The logic of each ToS rule; ``rules/tos/*.yaml`` gives each its weight and lists.

Every check takes a ``RuleInput`` and returns whether its symbol fires. Checks only read
the parsed message and envelope; they never raise on message content.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property

import re2

from scanner.model import Envelope, ParsedMessage, SegmentKind
from scanner.tos.blocklist import NO_BLOCKLIST, UrlBlocklist
from scanner.tos.domains import (
    address_count,
    address_domain,
    domain_in_text,
    is_ip_literal,
    registrable,
    url_host,
)

MAX_TEXT_CHARS = 100_000  # message text searched by phrase rules
_REPLY_PREFIX = re.compile(r"^\s*(?:re|fwd?|aw|wg|sv|vs|tr|rv|antw)\s*(?:\[\d+\])?\s*:", re.I)
_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
# An address to write to, for unsubscribe instructions such as "send an email to
# news-leave@example.org"; RE2, so a long run of word characters cannot backtrack.
_EMAIL_ADDRESS = re2.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\pL{2,}")


class PhraseList:
    """A rule file's regex list as one case-insensitive RE2 set that answers only "does
    any occur?". A set match runs on RE2's DFA alone; a search that also reports where
    the match is runs RE2's submatch engine over the whole program, about 25x slower for
    the nine-language postal-address list (185 against 7 us per 5 KB that hold one)."""

    def __init__(self, pattern: str, options: re2.Options) -> None:
        self.pattern = pattern
        self._set = re2.Set.SearchSet(options)
        self._set.Add(pattern)
        self._set.Compile()

    def search(self, text: str) -> bool:
        """Whether the list occurs in ``text`` (linear time, cannot backtrack)."""
        return bool(self._set.Match(text))


@dataclass(frozen=True)
class Lists:
    """The named lists the rule files provide, compiled."""

    shorteners: frozenset[str]
    click_tracking_domains: frozenset[str]
    credential_phrases: PhraseList
    executable_extensions: frozenset[str]
    macro_extensions: frozenset[str]
    bounce_domains: frozenset[str]
    unsubscribe_phrases: PhraseList
    postal_address_patterns: PhraseList
    ad_label_patterns: PhraseList
    url_blocklist: UrlBlocklist = NO_BLOCKLIST  # from the operator's feeds, not a rule file


# Which kind each list is: "set" of lower-case words, or "regex" alternatives.
LIST_KINDS = {
    "shorteners": "set",
    "click_tracking_domains": "set",
    "credential_phrases": "regex",
    "executable_extensions": "set",
    "macro_extensions": "set",
    "bounce_domains": "set",
    "unsubscribe_phrases": "regex",
    "postal_address_patterns": "regex",
    "ad_label_patterns": "regex",
}


@dataclass
class RuleInput:
    """One message as the checks see it, with lazily computed shared views."""

    message: ParsedMessage
    envelope: Envelope | None
    lists: Lists
    bulk_min_recipients: int

    @cached_property
    def text(self) -> str:
        """Subject and body text (visible and hidden), bounded."""
        return _bounded_text(self.message, with_hidden=True)

    @cached_property
    def visible_text(self) -> str:
        """Subject and body text a reader sees, bounded: compliance text must be visible."""
        return _bounded_text(self.message, with_hidden=False)

    @cached_property
    def urls(self) -> tuple[str, ...]:
        """Every URL in the text and every link target, each once."""
        urls = [s.text for s in self.message.segments if s.kind is SegmentKind.URL]
        urls += [link.href for link in self.message.links]
        return tuple(dict.fromkeys(urls))

    @cached_property
    def hosts(self) -> tuple[str, ...]:
        """Hosts of every URL and link target."""
        return tuple(h for h in dict.fromkeys(map(url_host, self.urls)) if h)

    @cached_property
    def from_domain(self) -> str | None:
        return address_domain(self.message.header("From"))

    @cached_property
    def has_link(self) -> bool:
        return bool(self.hosts) or any(
            link.href.lower().startswith(("mailto:", "http")) for link in self.message.links
        )

    @cached_property
    def recipients(self) -> int:
        if self.envelope is not None:
            return len(self.envelope.rcpt_tos)
        names = ("To", "Cc")
        return address_count(tuple(v for n in names for v in self.message.header_all(n)))

    @cached_property
    def has_address(self) -> bool:
        """Whether the visible text shows an email address (one to write to)."""
        return _EMAIL_ADDRESS.search(self.visible_text) is not None

    @cached_property
    def unsubscribe_link(self) -> bool:
        """A link, URL or mailto about unsubscribing, or such wording beside a link or an
        address to write to (RFC 2369's mailto, written out in a plain-text footer)."""
        pattern = self.lists.unsubscribe_phrases
        places = [part for link in self.message.links for part in (link.text, link.href)]
        places += [s.text for s in self.message.segments if s.kind is SegmentKind.URL]
        if any(pattern.search(place) for place in dict.fromkeys(places)):  # each text once
            return True
        return (self.has_link or self.has_address) and pattern.search(self.visible_text)

    @cached_property
    def bulk(self) -> bool:
        """Bulk mail: list headers, Precedence bulk/list/junk, an unsubscribe link or many
        recipients."""
        message = self.message
        precedence = (message.header("Precedence") or "").strip().lower()
        return (
            message.header("List-Unsubscribe") is not None
            or message.header("List-Id") is not None
            or precedence in _BULK_PRECEDENCE
            or self.recipients >= self.bulk_min_recipients
            or self.unsubscribe_link
        )


def _link_text_domain_mismatch(rule: RuleInput) -> bool:
    """A link reads as one domain and goes to another that is neither the sender's own (a
    newsletter's redirector) nor a click-tracking, link-protection, donation or event
    service. The sender's own domain shown as text does not excuse a third target: the
    From header is the sender's to write ("From: security@paypal.com")."""
    own = rule.from_domain
    trusted = rule.lists.click_tracking_domains
    for link in rule.message.links:
        host = url_host(link.href)
        shown = domain_in_text(link.text) if host else None
        if shown is None or host is None:
            continue
        target = registrable(host)
        if target not in (shown, own) and target not in trusted:
            return True
    return False


def _ip_literal(rule: RuleInput) -> bool:
    return any(is_ip_literal(host) for host in rule.hosts)


def _blocklisted(rule: RuleInput) -> bool:
    return any(rule.lists.url_blocklist.blocks(url) for url in rule.urls)


def _shortener(rule: RuleInput) -> bool:
    names = rule.lists.shorteners
    return any(host in names or registrable(host) in names for host in rule.hosts)


def _credential_harvest(rule: RuleInput) -> bool:
    return rule.has_link and rule.lists.credential_phrases.search(rule.text)


def _hidden_text(rule: RuleInput) -> bool:
    return any(d.code == "html-hidden-text" for d in rule.message.defects)


def _file_names(rule: RuleInput) -> Iterator[str]:
    for attachment in rule.message.attachments:
        yield attachment.filename.lower()
        yield from (member.lower() for member in attachment.archive_members)


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[1] if "." in name.rsplit("/", 1)[-1] else ""


def _executable(rule: RuleInput) -> bool:
    if any(a.magic in ("pe", "elf", "macho") for a in rule.message.attachments):
        return True
    return any(_extension(n) in rule.lists.executable_extensions for n in _file_names(rule))


def _macro(rule: RuleInput) -> bool:
    return any(
        _extension(n) in rule.lists.macro_extensions or n.endswith("vbaproject.bin")
        for n in _file_names(rule)
    )


def _fake_reply(rule: RuleInput) -> bool:
    message = rule.message
    if not _REPLY_PREFIX.match(message.header("Subject") or ""):
        return False
    return message.header("In-Reply-To") is None and message.header("References") is None


def _unsolicited_ad_label(rule: RuleInput) -> bool:
    return rule.lists.ad_label_patterns.search(rule.message.header("Subject") or "")


def _reply_to_mismatch(rule: RuleInput) -> bool:
    reply_to = address_domain(rule.message.header("Reply-To"))
    return bool(reply_to and rule.from_domain and reply_to != rule.from_domain)


def _return_path_mismatch(rule: RuleInput) -> bool:
    sender = rule.envelope.mail_from if rule.envelope else rule.message.header("Return-Path")
    domain = address_domain(sender)
    if not domain or not rule.from_domain or domain in rule.lists.bounce_domains:
        return False
    return domain != rule.from_domain


def _no_list_unsubscribe(rule: RuleInput) -> bool:
    return rule.bulk and rule.message.header("List-Unsubscribe") is None


def _no_one_click(rule: RuleInput) -> bool:
    header = rule.message.header("List-Unsubscribe")
    if not rule.bulk or header is None:
        return False
    post = (rule.message.header("List-Unsubscribe-Post") or "").replace(" ", "").lower()
    return "<https://" not in header.lower() or post != "list-unsubscribe=one-click"


def _no_postal_address(rule: RuleInput) -> bool:
    return rule.bulk and not rule.lists.postal_address_patterns.search(rule.visible_text)


def _no_unsubscribe_link(rule: RuleInput) -> bool:
    return rule.bulk and not rule.unsubscribe_link


CHECKS: dict[str, Callable[[RuleInput], bool]] = {
    "TOS_LINK_TEXT_DOMAIN_MISMATCH": _link_text_domain_mismatch,
    "TOS_URL_IP_LITERAL": _ip_literal,
    "TOS_URL_SHORTENER": _shortener,
    "TOS_URL_BLOCKLISTED": _blocklisted,
    "TOS_CREDENTIAL_HARVEST": _credential_harvest,
    "TOS_HTML_HIDDEN_TEXT": _hidden_text,
    "TOS_EXECUTABLE_ATTACHMENT": _executable,
    "TOS_MACRO_ATTACHMENT": _macro,
    "TOS_FAKE_REPLY": _fake_reply,
    "TOS_UNSOLICITED_AD_LABEL": _unsolicited_ad_label,
    "TOS_REPLY_TO_MISMATCH": _reply_to_mismatch,
    "TOS_RETURN_PATH_MISMATCH": _return_path_mismatch,
    "TOS_BULK_NO_LIST_UNSUBSCRIBE": _no_list_unsubscribe,
    "TOS_BULK_NO_ONE_CLICK": _no_one_click,
    "TOS_BULK_NO_POSTAL_ADDRESS": _no_postal_address,
    "TOS_BULK_NO_UNSUBSCRIBE_LINK": _no_unsubscribe_link,
}


def _bounded_text(message: ParsedMessage, with_hidden: bool) -> str:
    parts: list[str] = []
    budget = MAX_TEXT_CHARS
    for segment in message.segments:
        if segment.kind is SegmentKind.URL or budget <= 0:
            continue
        if not with_hidden and segment.source.endswith(":hidden"):
            continue
        parts.append(segment.text[:budget])  # no full-size copy of a large body
        budget -= len(parts[-1]) + 1
    return "\n".join(parts)[:MAX_TEXT_CHARS]
