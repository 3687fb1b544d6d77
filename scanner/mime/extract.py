"""Walk a MIME tree into segments, links, attachments, defects and limit findings.

Robust to real-world mail: nothing in a message can make this raise. Every limit in
``Limits`` is enforced here, and reaching one is reported as an ``unscanned`` finding so that
policy decides, rather than content being skipped in silence.
"""

from __future__ import annotations

import re
from email.message import Message

from scanner.categories import UNSCANNED
from scanner.config import Limits
from scanner.mime.attachments import is_text_like, sniff, zip_listing
from scanner.mime.bounded import BoundedMessage, nesting_cut, parse_bytes, parts_cut
from scanner.mime.charset import decode_text, sanitize_label
from scanner.mime.headers import SCANNED_HEADERS, decode_header_value, repair_surrogates
from scanner.mime.html_text import HtmlText, html_to_text
from scanner.mime.office import Budget, Document, read_document
from scanner.mime.pdf import Pdf, PdfBudget, read_pdf
from scanner.mime.skeleton import Span, parse_elided
from scanner.mime.transfer import (
    Buffer,
    base64_after_padding,
    decode_payload,
    transfer_encoding,
)
from scanner.mime.urls import find_urls
from scanner.mime.zipread import Directory, read_directory
from scanner.model import (
    Attachment,
    Defect,
    Finding,
    Link,
    ParsedMessage,
    Segment,
    SegmentKind,
)

DETECTOR = "mime"
# Scripts written without spaces between words: Han (CJK ideographs and the iteration
# marks), Hiragana, Katakana (full and half width), Thai, Lao, Myanmar, Khmer. A character
# class body, for regular expressions.
UNSPACED_SCRIPT_CHARS = (
    "\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
)
# Words of text, to compare alternatives: runs of word characters, but each character of an
# unspaced script on its own. As one "word", a whole CJK sentence would count as new for a
# line break or a link the other rendering puts inside it, and the few such "words" beside
# a URL's pieces would make every CJK plain part with links look different from its HTML.
_WORDS = re.compile(f"[^\\W{UNSPACED_SCRIPT_CHARS}]+|[{UNSPACED_SCRIPT_CHARS}]")
# The same words, found faster: runs of other word characters, then the distinct unspaced
# characters (a set of a piece's characters is built in C; a match per character is not).
_SPACED_WORDS = re.compile(f"[^\\W{UNSPACED_SCRIPT_CHARS}]+")
_ASCII_WORDS = re.compile(r"\w+")  # the same on ASCII text, which has no unspaced script
_UNSPACED_CHAR = re.compile(f"[{UNSPACED_SCRIPT_CHARS}]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")
# From this size the large bodies of a message skip the line-splitting parser (below it,
# finding them costs more than it saves).
_LARGE_MESSAGE_BYTES = 16 * 1024
# A text/plain alternative is scanned too when this share of its words is absent from the
# HTML alternative: content hidden in the part a filter might skip is still seen.
_ALTERNATIVE_NEW_WORDS = 0.2
# Text is cut into pieces of at least this many characters to collect its words.
_WORD_PIECE_CHARS = 1 << 18
# A part with more headers than this answers type questions through ``_mime_fields``.
_FEW_HEADERS = 4


class _Walker:
    """Mutable state of one extraction; produces the immutable ParsedMessage."""

    def __init__(self, limits: Limits, raw: bytes) -> None:
        self.limits = limits
        self.raw = raw
        self.spans: dict[int, Span] = {}
        self.segments: list[Segment] = []
        self.links: list[Link] = []
        self.attachments: list[Attachment] = []
        self.defects: list[Defect] = []
        self.findings: list[Finding] = []
        self.parts_seen = 0
        self.decoded_bytes = 0
        self.url_count = 0
        self.document_bytes = 0
        self.document_chars = 0
        self.pdf_content_bytes = 0
        self._limits_hit: set[str] = set()

    # -- reporting --------------------------------------------------------------------------

    def limit_reached(self, entity: str, part: str) -> None:
        """Record that a limit stopped extraction (once per limit)."""
        if entity in self._limits_hit:
            return
        self._limits_hit.add(entity)
        self.findings.append(Finding(DETECTOR, UNSCANNED, entity, "message", part, 0, 0, 1.0))

    def unscanned(self, entity: str, source: str, part: str) -> None:
        self.findings.append(Finding(DETECTOR, UNSCANNED, entity, source, part, 0, 0, 1.0))

    def defect(self, code: str, part: str, detail: str = "") -> None:
        self.defects.append(Defect(code, part, sanitize_label(detail) if detail else ""))

    def add_segment(self, source: str, part: str, text: str) -> None:
        if text and not text.isspace():  # as text.strip(), without copying a large body
            self.segments.append(Segment(source, part, text))

    def add_urls(self, urls: list[str], part: str) -> None:
        room = max(self.limits.max_urls - self.url_count, 0)
        if len(urls) > room:
            self.limit_reached("LIMIT_URLS", part)
            urls = urls[:room]
        # numbered so a finding names its URL, not just the part holding several
        first = self.url_count
        self.url_count += len(urls)
        self.segments.extend(Segment(f"url:{first + i}", part, url) for i, url in enumerate(urls))

    # -- walking ----------------------------------------------------------------------------

    def count_part(self, path: str) -> bool:
        """Count one more part; False (and the limit noted) once ``max_parts`` is passed."""
        self.parts_seen += 1
        if self.parts_seen > self.limits.max_parts:
            self.limit_reached("LIMIT_PARTS", path)
            return False
        return True

    def walk(self, part: Message, path: str, depth: int) -> None:
        if not self.count_part(path):
            return
        for problem in part.defects:
            self.defect(_defect_code(problem), path)
        fields = _mime_fields(part)
        content_type = fields.get_content_type()
        if part.is_multipart() or nesting_cut(part):
            if depth >= self.limits.max_depth:
                self.limit_reached("LIMIT_DEPTH", path)
                return
            children = [c for c in part.get_payload() if isinstance(c, Message)]
            if content_type.startswith("message/"):
                for child in children:  # delivery-status: one header block per recipient
                    if not self.count_part(path):
                        break
                    self.add_headers(_decoded_headers(child), _child_path(path, 1))
            if content_type == "multipart/alternative":
                self.walk_alternative(children, path, depth)
            else:
                for index, child in enumerate(children, 1):
                    self.walk(child, _child_path(path, index), depth + 1)
        else:
            try:
                self.walk_leaf(part, fields, path, content_type)
            except Exception:  # last resort: one unreadable part never loses the others
                self.defect("part-unreadable", path)
                self.unscanned("UNREADABLE_PART", f"body:{content_type}", path)

    def walk_alternative(self, children: list[Message], path: str, depth: int) -> None:
        """Scan the richest alternative; scan a plain one too only if it says more."""
        if not children:
            return
        preferred_index = max(
            range(len(children)),
            key=lambda i: (children[i].get_content_type() != "text/plain", i),
        )
        before = len(self.segments)
        self.walk(children[preferred_index], _child_path(path, preferred_index + 1), depth + 1)
        seen = set().union(
            *(_word_set(s.text) for s in self.segments[before:] if s.kind is not SegmentKind.URL)
        )
        for index, child in enumerate(children):
            if index == preferred_index:
                continue
            child_path = _child_path(path, index + 1)
            if not self.count_part(child_path):
                return
            if child.get_content_type() != "text/plain" or child.is_multipart():
                continue  # counted, not scanned: it renders the same content
            text = self.decode_part(child, child_path, _charset(child))
            words = _word_set(text)
            if words and len(words - seen) > _ALTERNATIVE_NEW_WORDS * len(words):
                self.defect("alternative-mismatch", child_path)
                self.add_text_body(text, "text/plain", child_path)

    def walk_leaf(self, part: Message, fields: Message, path: str, content_type: str) -> None:
        filename = _filename(fields)
        disposition = _disposition(fields)
        is_attachment = disposition == "attachment" or bool(filename)
        if not is_attachment and content_type in ("text/plain", "text/html"):
            text = self.decode_part(part, path, _charset(fields))
            self.add_text_body(text, content_type, path)
            return
        if not is_attachment and content_type.startswith("text/"):
            text = self.decode_part(part, path, _charset(fields))
            self.add_segment(f"body:{content_type}", path, text)
            return
        self.walk_attachment(part, fields, path, content_type, filename)

    def walk_attachment(
        self, part: Message, fields: Message, path: str, content_type: str, name: str
    ) -> None:
        data = bytes(self.payload_bytes(part, path))  # a view of the raw message is copied
        # named by its type, not its filename: a filename is customer text and the source is
        # kept in the stored verdict after the body is deleted
        source = f"attachment:{sanitize_label(content_type)}"
        magic = sniff(data)
        readable_text = is_text_like(content_type, name) and magic in ("text", "empty")
        members: tuple[str, ...] = ()
        encrypted = False
        document = ""
        if readable_text:
            declared = _charset(fields)
            text, problem = decode_text(data, declared)
            if problem:
                self.defect(problem, path, declared or "")
            if content_type == "text/html" or name.lower().endswith((".htm", ".html")):
                rendered = self.render_html(text, path)
                text = rendered.text
            self.add_segment(source, path, text)
        else:
            if magic == "zip":
                directory = read_directory(data, self.limits.max_archive_members)
                listing = zip_listing(directory)
                members, encrypted = listing.names, listing.encrypted
                if listing.truncated:
                    self.limit_reached("LIMIT_ARCHIVE_MEMBERS", path)
                read = None if encrypted else self.read_document(data, directory, source, path)
                if read is not None:
                    document, readable_text = read.kind, read.readable
            elif magic == "pdf":
                pdf = self.read_pdf(data, source, path)
                encrypted = pdf is not None and pdf.encrypted
                if pdf is not None and not encrypted:
                    document, readable_text = "pdf", pdf.readable and not pdf.image_pages
            if not readable_text:
                entity = _unscanned_entity(content_type, magic, encrypted)
                self.unscanned(entity, source, path)
        self.attachments.append(
            Attachment(
                path,
                name,
                content_type,
                len(data),
                magic,
                readable_text,
                members,
                encrypted,
                document,
            )
        )

    def read_document(
        self, data: bytes, directory: Directory, source: str, path: str
    ) -> Document | None:
        """An Office or OpenDocument file's text as a segment like a text attachment's,
        within what is left of the document budgets; None for a zip that is not one."""
        limits = self.limits
        budget = Budget(
            max(limits.max_document_bytes - self.document_bytes, 0),
            max(limits.max_document_chars - self.document_chars, 0),
            limits.max_document_parts,
            limits.max_document_depth,
        )
        document = read_document(data, directory.entries, budget)
        if document is None:
            return None
        self.document_bytes += document.inflated_bytes
        self.document_chars += len(document.text)
        self.add_segment(source, path, document.text)
        if document.cut:
            self.limit_reached(document.cut, path)
        if not document.readable:
            self.defect("document-unreadable", path, document.kind)
        return document

    def read_pdf(self, data: bytes, source: str, path: str) -> Pdf | None:
        """A PDF's text as a segment like a text attachment's, within ``max_pdf_*`` and what is
        left of the document characters; None when it is too large to be read."""
        limits = self.limits
        if len(data) > limits.max_pdf_bytes:
            self.limit_reached("LIMIT_PDF_BYTES", path)
            return None
        budget = PdfBudget(
            max(limits.max_pdf_content_bytes - self.pdf_content_bytes, 0),
            max(limits.max_document_chars - self.document_chars, 0),
            limits.max_pdf_pages,
        )
        pdf = read_pdf(data, budget)
        self.pdf_content_bytes += pdf.content_bytes
        self.document_chars += len(pdf.text)
        self.add_segment(source, path, pdf.text)
        if pdf.cut:
            self.limit_reached(pdf.cut, path)
        if not pdf.readable:
            self.defect("document-unreadable", path, "pdf")
        if pdf.image_pages:  # no OCR: a scanned form's page is an image
            self.defect("pdf-image-pages", path, str(pdf.image_pages))
        return pdf

    def add_text_body(self, text: str, content_type: str, path: str) -> None:
        if content_type == "text/html":
            rendered = self.render_html(text, path)
            self.add_segment("body:text/html", path, rendered.text)
            if rendered.hidden_text:
                self.defect("html-hidden-text", path)
                self.add_segment("body:text/html:hidden", path, rendered.hidden_text)
            for href, link_text in rendered.links:
                self.links.append(Link(href, link_text, path))
            self.add_urls(rendered.urls, path)
        else:
            self.add_segment(f"body:{content_type}", path, text)
            self.add_urls(find_urls(text, self.limits.max_urls - self.url_count + 1), path)

    def render_html(self, html: str, path: str) -> HtmlText:
        """``html_to_text`` within ``max_html_depth``, reporting what that limit changed."""
        rendered = html_to_text(html, self.limits.max_html_depth)
        if rendered.flattened:
            self.defect("html-nesting-flattened", path)
        if rendered.cut:
            self.limit_reached("LIMIT_HTML_DEPTH", path)
        return rendered

    def add_headers(self, headers: tuple[tuple[str, str], ...], path: str) -> None:
        """Segments for the scanned headers, from a part's decoded headers (first of a name)."""
        for name in SCANNED_HEADERS:
            wanted = name.lower()
            value = next((v for k, v in headers if k.lower() == wanted), None)
            if value is not None:
                self.add_segment(f"header:{name}", path, value)

    # -- decoding ---------------------------------------------------------------------------

    def payload_bytes(self, part: Message, path: str) -> Buffer:
        """The decoded payload, decoded no further than what is left of the budget."""
        remaining = max(self.limits.max_decoded_bytes - self.decoded_bytes, 0)
        encoded = self.encoded_payload(part)
        try:
            data, cut = decode_payload(part, encoded, remaining)
            if encoded is not None and not cut and transfer_encoding(part) == "base64":
                hidden, cut = base64_after_padding(encoded, remaining - len(data) - 1)
                if hidden or cut:
                    self.defect("base64-data-after-padding", path)
                if hidden:  # scanned as any client may show it
                    data = b"\n".join((data, hidden))
        except Exception:  # a broken transfer encoding must not stop the walk
            self.defect("transfer-encoding-invalid", path)
            data, cut = b"", False
        if cut:
            self.limit_reached("LIMIT_DECODED_BYTES", path)
        self.decoded_bytes += len(data)
        return data

    def encoded_payload(self, part: Message) -> Buffer | None:
        """The payload's bytes before transfer decoding, as the stdlib would decode them; an
        elided payload is a view of the raw message. None for a payload that is not text."""
        span = self.spans.get(id(part))
        if span is not None:
            return memoryview(self.raw)[span[0] : span[1]]
        payload = part._payload  # type: ignore[attr-defined]  # get_payload() may alter text
        if not isinstance(payload, str):
            return None
        try:
            return payload.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:  # not from the bytes parser: left to the stdlib
            return None

    def decode_part(self, part: Message, path: str, declared: str | None) -> str:
        data = self.payload_bytes(part, path)
        text, problem = decode_text(data, declared)
        if problem:
            self.defect(problem, path, declared or "")
        return text


def parse_message(raw: bytes, limits: Limits) -> ParsedMessage:
    """Parse raw message bytes into a ParsedMessage; never raises on message content."""
    size = len(raw)
    raw = raw[: limits.max_message_bytes]  # the same object when it fits
    walker = _Walker(limits, raw)
    if size > limits.max_message_bytes:
        walker.limit_reached("LIMIT_MESSAGE_SIZE", "0")
    message = _parse_bytes(raw, walker)
    headers = _decoded_headers(message)
    walker.add_headers(headers, "0")
    try:
        walker.walk(message, "0", 0)
    except RecursionError:
        walker.limit_reached("LIMIT_DEPTH", "0")
    if parts_cut(message):  # the parser stopped at max_parts: the rest was not parsed
        walker.limit_reached("LIMIT_PARTS", "0")
    message_id = next((v for k, v in headers if k.lower() == "message-id"), None)
    return ParsedMessage(
        message_id=message_id.strip()[:998] if message_id else None,
        headers=headers,
        segments=tuple(walker.segments),
        links=tuple(walker.links),
        attachments=tuple(walker.attachments),
        defects=tuple(walker.defects),
        findings=tuple(walker.findings),
        size=size,
    )


def _parse_bytes(raw: bytes, walker: _Walker) -> Message:
    """Parse with the forgiving compat32 policy; fall back to a plain-text message."""
    try:
        limits = walker.limits
        return _parse_large(raw, walker) or parse_bytes(raw, limits.max_depth, limits.max_parts)
    except RecursionError:
        walker.limit_reached("LIMIT_DEPTH", "0")
    except Exception:
        walker.defect("mime-unparseable", "0")
    fallback = Message()
    fallback.set_payload(raw)
    return fallback


def _parse_large(raw: bytes, walker: _Walker) -> Message | None:
    """A large message parsed with its large bodies elided (their spans kept by the walker),
    or None to parse it whole; a skeleton that fails to parse is parsed whole too."""
    if len(raw) < _LARGE_MESSAGE_BYTES:
        return None
    try:
        elided = parse_elided(raw, walker.limits.max_depth, walker.limits.max_parts)
    except Exception:
        return None
    if elided is None:
        return None
    message, walker.spans = elided
    return message


def _decoded_headers(message: Message) -> tuple[tuple[str, str], ...]:
    """Every header, decoded; as from ``message.items()``, whose per-header compat32 policy
    call only ever changes values with non-ASCII (surrogate-escaped) bytes, so only those
    make it (every message here is parsed with compat32)."""
    try:
        items = message.raw_items()
        fetch = message.policy.header_fetch_parse
    except Exception:
        return ()
    return tuple(
        (
            repair_surrogates(name),
            decode_header_value(
                value if isinstance(value, str) and value.isascii() else fetch(name, value)
            ),
        )
        for name, value in items
    )


def _unscanned_entity(content_type: str, magic: str, encrypted: bool) -> str:
    """Images (logos, photos in newsletters) are told apart so policy can treat them alone."""
    if encrypted:
        return "ENCRYPTED_ARCHIVE" if magic == "zip" else "ENCRYPTED_ATTACHMENT"
    if content_type.startswith("image/") or magic in ("png", "jpeg", "gif"):
        return "UNSCANNED_IMAGE"
    return "UNSCANNED_ATTACHMENT"


def _child_path(path: str, index: int) -> str:
    return str(index) if path == "0" else f"{path}.{index}"


def _word_set(text: str) -> set[str]:
    """The lowercased words of ``text``, a piece of lines at a time: one piece's lowercased
    copy and list of words are held at once, not the whole text's. Lowercasing and words both
    stop at a line feed (it is neither cased nor case-ignorable, for the final sigma)."""
    words: set[str] = set()
    start = 0
    while start < len(text):
        end = text.find("\n", start + _WORD_PIECE_CHARS) + 1 or len(text)
        piece = text[start:end].lower()
        if piece.isascii():
            words.update(_ASCII_WORDS.findall(piece))
        else:
            words.update(_SPACED_WORDS.findall(piece))
            words.update(c for c in set(piece) if _UNSPACED_CHAR.match(c))
        start = end
    return words


def _defect_code(problem: object) -> str:
    name = type(problem).__name__.removesuffix("Defect")
    return _CAMEL.sub("-", name).lower() or "mime-defect"


def _mime_fields(part: Message) -> Message:
    """``part`` to ask the stdlib for its type, disposition, filename and charset.

    Each such question scans every header; for a part with many (a top-level message's
    Received lines) the answers come from a copy holding only the two headers they are
    read from, in the same order and policy, so they are the same answers, found faster.
    """
    if len(part) <= _FEW_HEADERS:
        return part
    fields = BoundedMessage(policy=part.policy)
    for name, value in part.raw_items():
        if name.lower() in ("content-type", "content-disposition"):
            fields.set_raw(name, value)
    fields.set_default_type(part.get_default_type())
    return fields


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:
        return None
    return repair_surrogates(charset) if charset else None


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        return ""
    name = decode_header_value(repair_surrogates(str(name)))
    return _CONTROL.sub("", name).strip()[:200]


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except Exception:
        return None
