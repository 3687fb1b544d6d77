"""Blocked URLs and domains from the operator's threat feeds (``[tos] url_blocklists``).

A feed is a text file, one entry per line; blank lines and ``#`` comments are skipped:

- a host or domain (``evil.example``, ``*.evil.example``, an IP address) blocks that host
  and every host under it; hosts-file lines (``0.0.0.0 evil.example``) give their last field;
- a URL (``http://host/path``) blocks that URL only, whatever its scheme, trailing ``/`` or
  fragment: feeds such as URLhaus list single files on shared hosts (a code-hosting or
  file-sharing site) that must not block the whole host.

Lines that are neither are skipped and counted in a warning (feeds carry junk now and
then); a file that cannot be read, or more entries than ``max_entries`` in all, stops
start-up or reload with a ``ConfigError``. Entries are never logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from scanner.errors import ConfigError
from scanner.tos.domains import web_url_parts

log = logging.getLogger(__name__)

_COMMENT = re.compile(r"(?:^|\s)#.*", re.DOTALL)  # a "#" inside a URL is its fragment
_HOST = re.compile(
    r"(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9-]{1,63}"  # a name
    r"|\[?[0-9a-f:.]+\]?"  # an IPv4 or IPv6 address
)


@dataclass(frozen=True, slots=True)
class UrlBlocklist:
    """Blocked hosts (each with every host under it) and single URLs."""

    hosts: frozenset[str] = frozenset()
    urls: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.hosts) + len(self.urls)

    def blocks(self, url: str) -> bool:
        """Whether ``url`` (as written in a message) is blocked, by its host or whole."""
        if not self:
            return False
        parsed = parse_url(url)
        if parsed is None:
            return False
        host, key = parsed
        labels = host.split(".")  # the host itself, then each domain above it
        return key in self.urls or any(
            ".".join(labels[i:]) in self.hosts for i in range(len(labels))
        )


NO_BLOCKLIST = UrlBlocklist()


def parse_url(url: str) -> tuple[str, str] | None:
    """The host of an http(s) URL (ASCII, lower case) and its key ``host[:port]/path[?query]``
    without scheme, fragment or trailing ``/``; None for anything else."""
    parts = web_url_parts(url)
    if parts is None or parts.hostname is None:
        return None
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port out of range
        return None
    host = ascii_host(parts.hostname)
    query = f"?{parts.query}" if parts.query else ""
    return host, f"{host}{port}{parts.path}".rstrip("/") + query


def ascii_host(host: str) -> str:
    """The host in lower case, an internationalised name in its ``xn--`` form."""
    host = host.strip().rstrip(".").lower()
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def load_blocklists(paths: Iterable[Path], max_entries: int) -> UrlBlocklist:
    """Read every feed into one blocklist (see the module docstring)."""
    hosts: set[str] = set()
    urls: set[str] = set()
    for path in paths:
        skipped = 0
        for entry in _entries(path):
            if "://" in entry:
                parsed = parse_url(entry)
                if parsed is None:
                    skipped += 1
                else:
                    urls.add(parsed[1])
            else:
                host = ascii_host(entry.removeprefix("*.").lstrip("."))
                if _HOST.fullmatch(host):
                    hosts.add(host.strip("[]"))
                else:
                    skipped += 1
            if len(hosts) + len(urls) > max_entries:
                raise ConfigError(
                    f"URL blocklists: more than {max_entries} entries (at {path}); raise "
                    "[tos] max_url_blocklist_entries or use a smaller feed"
                )
        if skipped:
            log.warning("URL blocklist %s: %d line(s) neither a host nor a URL", path, skipped)
    return UrlBlocklist(frozenset(hosts), frozenset(urls))


def _entries(path: Path) -> Iterator[str]:
    """Each entry of a feed file: the last field of a line without its comment."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                fields = _COMMENT.sub("", line).split()
                if fields:
                    yield fields[-1]
    except OSError as exc:
        raise ConfigError(f"cannot read URL blocklist {path}: {exc.strerror}") from None
