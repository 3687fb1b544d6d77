"""Domain types shared by every stage: envelope, parsed message, segments, findings, verdict.

All types are immutable. Findings carry offsets into a segment's text, never the matched text:
the raw message lives only in the review queue's encrypted store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Action(StrEnum):
    """What the proxy does with a message; exactly one per verdict."""

    PASS = "pass"
    TAG = "tag"
    HOLD = "hold"
    REJECT = "reject"
    TEMPFAIL = "tempfail"


class SegmentKind(StrEnum):
    """Where a segment's text came from."""

    HEADER = "header"
    BODY = "body"
    ATTACHMENT = "attachment"
    URL = "url"


@dataclass(frozen=True, slots=True)
class ClientInfo:
    """Original client attributes passed by the MTA through XFORWARD or XCLIENT."""

    addr: str | None = None
    name: str | None = None
    port: str | None = None
    helo: str | None = None
    proto: str | None = None
    login: str | None = None
    source: str | None = None
    ident: str | None = None


@dataclass(frozen=True, slots=True)
class Envelope:
    """The SMTP envelope: MAIL FROM, RCPT TOs and the original client, when known."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    client: ClientInfo = field(default_factory=ClientInfo)


def is_null_sender(address: str) -> bool:
    """True for the null reverse-path of bounces and other automatic mail (``MAIL FROM:<>``;
    aiosmtpd passes it on as ``<>``, other paths as ``""``): nobody to reply to."""
    return address.strip() in ("", "<>")


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of text to scan, with where it came from.

    ``source`` is one of ``header:<Name>``, ``body:<content-type>``,
    ``body:text/html:hidden``, ``attachment:<content-type>`` or ``url:<n>`` (the n-th URL);
    ``part`` is the MIME part path (``"0"`` for the top-level message, ``"2.1"`` for a nested part).
    """

    source: str
    part: str
    text: str

    @property
    def kind(self) -> SegmentKind:
        """The segment's kind, derived from its source prefix."""
        return SegmentKind(self.source.split(":", 1)[0])


@dataclass(frozen=True, slots=True)
class Link:
    """An HTML link: its target and the text a reader sees for it."""

    href: str
    text: str
    part: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment's metadata; text-like ones and documents read for their text (``document``
    names the format read: docx, xlsx, odt, pdf...) also appear as segments."""

    part: str
    filename: str
    content_type: str
    size: int
    magic: str
    scanned: bool
    archive_members: tuple[str, ...] = ()
    encrypted: bool = False
    document: str = ""


@dataclass(frozen=True, slots=True)
class Defect:
    """A problem met while parsing; ``code`` is from a closed set, ``detail`` is sanitized."""

    code: str
    part: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Finding:
    """One detection: what was found, where, and how sure; never the matched value."""

    detector: str
    category: str
    entity: str
    segment: str
    part: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class Reason:
    """A fired rule or signal that contributed to the verdict (rspamd-style symbol)."""

    rule: str
    weight: float
    description: str


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """A message reduced to what detectors need."""

    message_id: str | None
    headers: tuple[tuple[str, str], ...]
    segments: tuple[Segment, ...]
    links: tuple[Link, ...]
    attachments: tuple[Attachment, ...]
    defects: tuple[Defect, ...]
    findings: tuple[Finding, ...]
    size: int
    _by_name: Mapping[str, tuple[str, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, list[str]] = {}
        for key, value in self.headers:
            by_name.setdefault(key.lower(), []).append(value)
        index = {key: tuple(values) for key, values in by_name.items()}
        object.__setattr__(self, "_by_name", index)

    def header(self, name: str) -> str | None:
        """The first header of that name (case-insensitive), decoded, or None."""
        values = self._by_name.get(name.lower())
        return values[0] if values else None

    def header_all(self, name: str) -> tuple[str, ...]:
        """Every header of that name (case-insensitive), in order."""
        return self._by_name.get(name.lower(), ())


def _frozen_scores(scores: Mapping[str, float]) -> Mapping[str, float]:
    return MappingProxyType(dict(scores))


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of scanning one message."""

    action: Action
    scores: Mapping[str, float]
    categories: tuple[str, ...]
    findings: tuple[Finding, ...]
    reasons: tuple[Reason, ...]
    defects: tuple[Defect, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", _frozen_scores(self.scores))
