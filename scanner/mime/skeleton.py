"""Parse a large message without handing its large bodies to the stdlib parser.

The stdlib parser splits a body into one string per line and joins them again: several
copies of every large body, and the per-line lists cost more than the body itself. Here long
runs of body lines are cut out of the raw bytes and a short placeholder line is put in their
place; the stdlib parses that skeleton, and every part whose payload holds placeholders is
given the span of the raw message its real payload occupies.

Why the skeleton parses like the message: while the parser collects a body (a leaf's, or a
multipart's preamble or epilogue), it checks each line only against the boundaries of the
enclosing multiparts, which all begin with ``--`` (and, inside ``message/delivery-status``,
against blank lines). No elided line begins with ``--``, nor does the placeholder. So a
placeholder found in a payload after a kept body line was read in that state, where the
elided lines would have been, and left the parser in it: headers, structure and defects come
out the same, and the payload's text around its placeholders is checked against the raw
bytes. A message that is neither multipart nor ``message/*`` has its whole body elided,
``--`` lines and all: nothing is checked against its body. A placeholder anywhere else (in
headers, a preamble, an epilogue, a delivery-status block) and the message is parsed whole.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from email.message import Message
from itertools import chain, pairwise

from scanner.mime.bounded import parse_bytes, parts_cut

# (start, end) of a part's payload in the raw message.
Span = tuple[int, int]

_MARK = "\x00mailguard-elided-"
_PLACEHOLDER = re.compile(r"\x00mailguard-elided-(\d+)\x00\n")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_STRUCTURED_TYPE = re.compile(rb"^content-type:[ \t]*(?:multipart|message)/", re.I | re.M)
_HEADER_LINE = re.compile(rb"From |[\041-\071\073-\176]*:|[\t ]")  # as the stdlib's
# Shorter runs of lines stay in the skeleton: the parser handles them as fast.
MIN_ELIDED_BYTES = 8 * 1024
# A part whose header block is longer than this keeps its body in the skeleton.
_HEADER_SEARCH_BYTES = 256 * 1024


def parse_elided(
    raw: bytes, max_depth: int | None = None, max_parts: int | None = None
) -> tuple[Message, dict[int, Span]] | None:
    """The message as ``BytesParser`` parses it, with the payload spans of the parts whose
    payloads were elided, keyed by ``id(part)``; such a part's own payload is a placeholder.

    A message that is neither multipart nor ``message/*`` has its body elided whole: the
    parser checks no body line of it. Otherwise long runs between lines that start with
    ``--`` are. None when nothing is worth eliding or the skeleton does not
    parse like the message. ``max_depth`` and ``max_parts`` are ``parse_bytes``'s; parsing
    stopped at ``max_parts`` reads the placeholders of the parts it parsed.
    """
    limits = (max_depth, max_parts)
    whole = None if _looks_structured(raw) else _region(raw, 0, len(raw))
    parsed = _parse(raw, [whole], *limits) if whole else None
    if parsed and parsed[0].get_content_maintype() not in ("multipart", "message"):
        return parsed
    regions = _regions(raw)
    return _parse(raw, regions, *limits) if regions else None


def _looks_structured(raw: bytes) -> bool:
    """Whether the header block seems to declare a multipart or ``message/*`` type: a guess
    that only saves parsing the message as single-part first (the parse decides)."""
    blank = _BLANK_LINE.search(raw, 0, _HEADER_SEARCH_BYTES)
    return bool(blank and _STRUCTURED_TYPE.search(raw, 0, blank.start()))


def _parse(
    raw: bytes, regions: list[Span], max_depth: int | None, max_parts: int | None
) -> tuple[Message, dict[int, Span]] | None:
    skeleton = _skeleton(raw, regions)
    if skeleton.count(_MARK.encode()) != len(regions):  # the mark is in the message itself
        return None
    message = parse_bytes(skeleton, max_depth, max_parts)
    spans = _spans(message, raw, regions, parts_cut(message))
    return None if spans is None else (message, spans)


def _regions(raw: bytes) -> list[Span]:
    """Long runs of whole body lines, none starting with ``--``, between lines that do.

    The lines are found in order and not kept: a message of tiny parts has hundreds of
    thousands of them (a line never starts at 0 or after the end, nor after both kinds of
    line break).
    """
    starts = heapq.merge(_line_starts(raw, b"\n--"), _line_starts(raw, b"\r--"))
    return [
        region
        for run_start, run_end in pairwise(chain((0,), starts, (len(raw),)))
        if run_end - run_start >= MIN_ELIDED_BYTES and (region := _region(raw, run_start, run_end))
    ]


def _region(raw: bytes, run_start: int, run_end: int) -> Span | None:
    """The body lines of a run of lines to elide, or None if too few.

    They begin one line into the body (a body line is kept before the placeholder) and end
    before the run's last line (whose line ending a boundary takes).
    """
    body = _body_start(raw, run_start, min(run_end, run_start + _HEADER_SEARCH_BYTES))
    start = raw.find(b"\n", body, run_end) + 1 if body >= 0 else 0
    end = raw.rfind(b"\n", start, run_end - 1) + 1
    return (start, end) if start and end - start >= MIN_ELIDED_BYTES else None


def _body_start(raw: bytes, start: int, end: int) -> int:
    """Where the body begins: after the first blank line, and after any header block that
    follows it (a nested message's); -1 if not found before ``end``."""
    blank = _BLANK_LINE.search(raw, start, end)
    while blank and _HEADER_LINE.match(raw, blank.end()):
        blank = _BLANK_LINE.search(raw, blank.end(), end)
    return blank.end() if blank else -1


def _line_starts(raw: bytes, needle: bytes) -> Iterator[int]:
    """Where a line follows the line break that starts ``needle``, in order (bytes.find: a
    regular expression is several times slower at this)."""
    at = raw.find(needle)
    while at >= 0:
        yield at + 1
        at = raw.find(needle, at + 1)


def _skeleton(raw: bytes, regions: list[Span]) -> bytes:
    pieces: list[bytes] = []
    kept_from = 0
    for index, (start, end) in enumerate(regions):
        pieces += [raw[kept_from:start], f"{_MARK}{index}\x00\n".encode()]
        kept_from = end
    pieces.append(raw[kept_from:])
    return b"".join(pieces)


def _spans(message: Message, raw: bytes, regions: list[Span], cut: bool) -> dict[int, Span] | None:
    """Each payload holding placeholders, mapped to its raw span; None if any is misplaced.

    Every placeholder must be in a payload; if parsing was ``cut`` short, every one in the
    part of the skeleton parsed, the first ones.
    """
    spans: dict[int, Span] = {}
    placed: list[int] = []
    parts: list[tuple[Message, bool]] = [(message, False)]
    while parts:  # iteratively: a deep tree must not exhaust the stack here
        part, in_status = parts.pop()
        in_status = in_status or part.get_content_type() == "message/delivery-status"
        payload = part._payload  # type: ignore[attr-defined]  # get_payload() may alter text
        if isinstance(payload, list):
            parts.extend((child, in_status) for child in payload if isinstance(child, Message))
        elif isinstance(payload, str) and _MARK in payload:
            span = None if in_status else _payload_span(payload, raw, regions)
            if span is None:
                return None
            spans[id(part)] = span
            placed += (int(mark.group(1)) for mark in _PLACEHOLDER.finditer(payload))
    expected = range(len(placed) if cut else len(regions))
    return spans if sorted(placed) == list(expected) else None


def _payload_span(payload: str, raw: bytes, regions: list[Span]) -> Span | None:
    """The raw span of a payload whose placeholders stand for consecutive regions, with
    text before, between and after them that is the raw bytes there; else None.

    A body line must come first (the placeholder was read in the body); the text after
    may be empty: the line ending the payload lost to the boundary was a later line's,
    as the placeholder is whole.
    """
    marks = list(_PLACEHOLDER.finditer(payload))
    first = int(marks[0].group(1)) if marks else 0
    indices = range(first, first + len(marks))
    if len(marks) != payload.count(_MARK) or [int(m.group(1)) for m in marks] != list(indices):
        return None
    elided = [regions[index] for index in indices]
    head, tail = payload[: marks[0].start()], payload[marks[-1].end() :]
    start, end = elided[0][0] - len(head), elided[-1][1] + len(tail)
    if not head or start < 0:
        return None
    kept = [
        (start, elided[0][0]),
        *((a[1], b[0]) for a, b in pairwise(elided)),
        (elided[-1][1], end),
    ]
    texts = [head, *(payload[a.end() : b.start()] for a, b in pairwise(marks)), tail]
    same = all(
        raw[at:until] == text.encode("ascii", "surrogateescape")
        for (at, until), text in zip(kept, texts, strict=True)
    )
    return (start, end) if same else None
