"""Safe rendering of a held message for reviewers: text only, findings masked, links defanged.

Nothing in a held message is ever emitted as markup: HTML parts are reduced to text by the
scanner's own extractor (no DOM, no script engine, no remote loads), templates escape every
value, links are shown as defanged text rather than anchors, and attachments are listed by
their metadata without being opened. Detected values are replaced by their masked form
(``scanner.masking.mask_finding``); the clear value is only available through the audited
reveal action.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from review_queue.redact import Redactor
from scanner.config import Limits
from scanner.masking import mask_finding
from scanner.mime import parse_message
from scanner.model import Finding, Segment, SegmentKind

# Characters of context shown either side of a finding in the findings table.
CONTEXT_CHARS = 60
# Longest defanged link shown; longer ones are cut (the full link is never needed to decide).
MAX_LINK_CHARS = 300
# Headers shown above the body; other headers are of no use for a decision.
SHOWN_HEADERS = ("From", "Reply-To", "To", "Cc", "Date", "Subject")
_SCHEMES = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of segment text: plain (``finding`` is None) or a masked finding."""

    text: str
    finding: int | None = None


@dataclass(frozen=True, slots=True)
class ShownSegment:
    """One piece of message text with its findings masked."""

    label: str
    part: str
    chunks: tuple[Chunk, ...]
    truncated: bool


@dataclass(frozen=True, slots=True)
class ShownFinding:
    """A finding as a reviewer sees it: masked value and masked context."""

    index: int
    category: str
    entity: str
    detector: str
    score: float
    location: str
    masked: str
    context: tuple[Chunk, ...]


@dataclass(frozen=True, slots=True)
class ShownLink:
    """A link as text: defanged target, the text the recipient sees, and a mismatch flag."""

    target: str
    text: str
    mismatch: bool


@dataclass(frozen=True, slots=True)
class ShownAttachment:
    """An attachment's metadata; its content is never opened for display."""

    filename: str
    content_type: str
    size: int
    kind: str
    members: tuple[str, ...]
    encrypted: bool


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """Everything the item view shows about a held message."""

    headers: tuple[tuple[str, str], ...]
    segments: tuple[ShownSegment, ...]
    findings: tuple[ShownFinding, ...]
    links: tuple[ShownLink, ...]
    attachments: tuple[ShownAttachment, ...]


def render_message(
    raw: bytes | None, findings: Sequence[Finding], limits: Limits, max_chars: int
) -> RenderedMessage:
    """Render a held message for display; ``raw`` is None once its body was purged.

    Args:
        raw: the held message bytes, or None when only metadata is left.
        findings: the verdict's findings, in verdict order (their index is the reveal key).
        limits: parsing limits, the same the scanner used, so offsets line up.
        max_chars: characters shown per segment; the rest is cut and marked.
    """
    if raw is None:
        shown = tuple(_shown_finding(i, findings, None) for i in range(len(findings)))
        return RenderedMessage((), (), shown, (), ())
    parsed = parse_message(raw, limits)
    by_segment = {(s.source, s.part): s for s in parsed.segments}
    segments = tuple(
        _shown_segment(segment, findings, max_chars)
        for segment in parsed.segments
        if segment.kind is SegmentKind.BODY  # attachments are listed, never shown
    )
    shown_findings = tuple(
        _shown_finding(i, findings, by_segment.get((f.segment, f.part)))
        for i, f in enumerate(findings)
    )
    redact = Redactor.for_findings(findings, by_segment)
    headers = tuple(
        (name, _shown_header(name, value, by_segment, findings, redact))
        for name in SHOWN_HEADERS
        for value in parsed.header_all(name)
    )
    links = tuple(_shown_link(link.href, link.text, redact) for link in parsed.links)
    attachments = tuple(
        ShownAttachment(
            redact(a.filename),
            a.content_type,
            a.size,
            a.magic,
            tuple(redact(member) for member in a.archive_members),
            a.encrypted,
        )
        for a in parsed.attachments
    )
    return RenderedMessage(headers, segments, shown_findings, links, attachments)


def defang(url: str) -> str:
    """A link made unclickable: ``https://a.example/x`` becomes ``hxxps://a[.]example/x``.

    Works on the text alone (no URL parsing that could fail): the scheme is renamed and
    every dot of the host part is bracketed.
    """
    url = url.strip()
    if len(url) > MAX_LINK_CHARS:
        url = url[:MAX_LINK_CHARS] + "…"
    if url.lower().startswith("mailto:"):
        return "mailto[:]" + url[len("mailto:") :].replace("@", "[@]").replace(".", "[.]")
    scheme, sep, rest = url.partition("//")
    if not sep or scheme and not scheme.endswith(":"):
        scheme, rest = "", url
    end = next((i for i, ch in enumerate(rest) if ch in "/?#"), len(rest))
    host, tail = rest[:end].replace(".", "[.]"), rest[end:]
    name = scheme[:-1].lower()
    shown_scheme = f"{_SCHEMES.get(name, name)}:" if scheme else ""
    return f"{shown_scheme}{sep}{host}{tail}"


def _shown_link(href: str, text: str, redact: Redactor) -> ShownLink:
    """A link, masked and defanged, flagged when its text names a different host than its target."""
    shown_text = redact(text)[:MAX_LINK_CHARS]  # masked before the cut: no partial value
    return ShownLink(defang(redact(href)), defang(shown_text), _host_mismatch(href, text))


def _host_mismatch(href: str, text: str) -> bool:
    candidate = text.strip()
    if "." not in candidate or " " in candidate:
        return False
    if "://" not in candidate:
        candidate = "http://" + candidate
    try:
        seen, real = urlsplit(candidate).hostname, urlsplit(href.strip()).hostname
    except ValueError:
        return True
    return bool(seen and real and seen.lower() != real.lower())


def _label(source: str) -> str:
    if source == "body:text/html:hidden":
        return "hidden HTML text (not visible to the recipient)"
    kind, _, detail = source.partition(":")
    return f"{kind} {detail}".strip()


def _spans(findings: Sequence[Finding], segment: Segment) -> list[tuple[int, int, int]]:
    """Non-overlapping (start, end, finding index) spans inside this segment, by start."""
    spans = sorted(
        (f.start, f.end, i)
        for i, f in enumerate(findings)
        if f.segment == segment.source and f.part == segment.part and f.end > f.start
    )
    merged: list[tuple[int, int, int]] = []
    for start, end, index in spans:
        if merged and start < merged[-1][1]:
            first_start, first_end, first_index = merged[-1]
            merged[-1] = (first_start, max(first_end, end), first_index)
        else:
            merged.append((start, end, index))
    return merged


def _chunks(segment: Segment, findings: Sequence[Finding], window: tuple[int, int]) -> list[Chunk]:
    """The segment text between ``window`` offsets with every finding in it masked."""
    low, high = window
    text = segment.text
    chunks: list[Chunk] = []
    cursor = low
    for start, end, index in _spans(findings, segment):
        if end <= low or start >= high:
            continue
        if start > cursor:
            chunks.append(Chunk(text[cursor:start]))
        chunks.append(Chunk(mask_finding(findings[index], text), index))
        cursor = max(cursor, end)
    if cursor < high:
        chunks.append(Chunk(text[cursor:high]))
    return chunks


def _shown_segment(segment: Segment, findings: Sequence[Finding], max_chars: int) -> ShownSegment:
    high = min(len(segment.text), max_chars)
    # A finding straddling the cut is kept whole so no partial clear value is shown.
    for start, end, _ in _spans(findings, segment):
        if start < high < end:
            high = end
    chunks = _chunks(segment, findings, (0, high))
    return ShownSegment(
        _label(segment.source), segment.part, tuple(chunks), high < len(segment.text)
    )


def _shown_finding(
    index: int, findings: Sequence[Finding], segment: Segment | None
) -> ShownFinding:
    """One finding with its masked value and context; every finding in the context is masked."""
    finding = findings[index]
    location = f"{_label(finding.segment)} (part {finding.part})"
    context: tuple[Chunk, ...] = ()
    if segment is None or finding.end <= finding.start or finding.end > len(segment.text):
        masked = f"[{finding.category}]"
    else:
        masked = mask_finding(finding, segment.text)
        window = (
            max(0, finding.start - CONTEXT_CHARS),
            min(len(segment.text), finding.end + CONTEXT_CHARS),
        )
        context = tuple(_chunks(segment, findings, window))
    return ShownFinding(
        index,
        finding.category,
        finding.entity,
        finding.detector,
        finding.score,
        location,
        masked,
        context,
    )


def _shown_header(
    name: str,
    value: str,
    segments: Mapping[tuple[str, str], Segment],
    findings: Sequence[Finding],
    redact: Redactor,
) -> str:
    """A header value with findings masked where it was scanned, else redacted."""
    if name == "Date":  # the sender's clock, not customer text: "10:00:00" is no number
        return value
    segment = segments.get((f"header:{name}", "0"))
    if segment is None or segment.text != value:
        return redact(value)
    return "".join(c.text for c in _chunks(segment, findings, (0, len(segment.text))))
