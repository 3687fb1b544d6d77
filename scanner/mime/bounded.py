"""The stdlib parser with bounded header-parameter parsing and bounded nesting.

``email.message.Message`` splits a header's parameters (``boundary``, ``charset``,
``filename``) in time quadratic in the header's length: a 150 KB ``Content-Type`` of
quoted semicolons took 25 s. ``BoundedMessage`` reads at most ``MAX_PARAMETER_CHARS`` of a
header for its parameters (a real one is a few hundred characters; RFC 2231 continuations of
a long non-ASCII filename stay well within it); parameters beyond are not seen.

The stdlib parser checks every line against the boundary of every open multipart: 900
nested multiparts over 300,000 lines starting ``--`` took 24 s. Given ``max_depth``, a
multipart nested that deep (the depth at which extraction stops descending) is not split
into parts: its body is read as one payload, checked against at most ``max_depth``
boundaries, and the part is marked ``beyond_depth``.

Every part the stdlib parser meets is a ``Message`` with its header lists and payload: 20 MB
of tiny parts peaked at 440 MB. Given ``max_parts``, parsing stops before the part after the
``max_parts``-th (in the order parts start in the message): the rest of the message is not
parsed, and the message is marked ``parts_cut``.
"""

from __future__ import annotations

from email.errors import NoBoundaryInMultipartDefect
from email.feedparser import FeedParser
from email.message import Message
from email.policy import compat32
from typing import TYPE_CHECKING, Any

MAX_PARAMETER_CHARS = 2048
# Text fed to the parser at a time (as ``email.parser.Parser`` does).
_FEED_CHARS = 8192


class BoundedMessage(Message):
    """A compat32 message whose parameter parsing reads a bounded prefix of the header."""

    # Set by the parser on a part nested ``max_depth`` deep or more: a multipart there is
    # not split into parts (it has no boundary to the parser).
    beyond_depth = False

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        value = self.get(header)
        if isinstance(value, str) and len(value) > MAX_PARAMETER_CHARS:
            clipped = Message()
            clipped[header] = value[:MAX_PARAMETER_CHARS]
            return Message._get_params_preserve(clipped, failobj, header)  # type: ignore[attr-defined]
        return super()._get_params_preserve(failobj, header)  # type: ignore[misc]

    def get_boundary(self, failobj: Any = None) -> Any:
        """See ``Message.get_boundary``; none for a part beyond the depth limit."""
        if self.beyond_depth:
            return failobj
        return super().get_boundary(failobj)


def parts_cut(message: Message) -> bool:
    """Whether parsing stopped at ``max_parts``: parts past those were not parsed."""
    return getattr(message, "parts_cut", False) is True


def nesting_cut(part: Message) -> bool:
    """Whether ``part`` is a multipart with a boundary that the parser left whole, being
    nested ``max_depth`` deep or more."""
    return getattr(part, "nesting_cut", False) is True


if TYPE_CHECKING:
    _FeedParser = FeedParser[Message]
else:  # generic only in the type stubs
    _FeedParser = FeedParser


class _PartsCut(Exception):
    """Raised by the parser instead of starting the part after the ``max_parts``-th."""


class _BoundedFeedParser(_FeedParser):
    """A feed parser that marks the parts nested ``max_depth`` deep or more and stops
    before the part after the ``max_parts``-th."""

    def __init__(self, max_parts: int | None, max_depth: int | None) -> None:
        super().__init__(BoundedMessage, policy=compat32)
        self._max_parts = max_parts
        self._max_depth = max_depth
        self.parts = 0
        self.cut: list[BoundedMessage] = []

    @property
    def open_parts(self) -> list[BoundedMessage]:
        """The parts being parsed, outermost first."""
        stack: list[BoundedMessage] = self._msgstack  # type: ignore[attr-defined]
        return stack

    def _new_message(self) -> None:
        if self._max_parts is not None and self.parts >= self._max_parts:
            raise _PartsCut
        self.parts += 1
        super()._new_message()  # type: ignore[misc]
        stack = self.open_parts
        if self._max_depth is not None and len(stack) > self._max_depth:
            stack[-1].beyond_depth = True
            self.cut.append(stack[-1])


def parse_bytes(raw: bytes, max_depth: int | None = None, max_parts: int | None = None) -> Message:
    """``BytesParser(policy=compat32).parsebytes`` with ``BoundedMessage`` for every part;
    given ``max_depth``, a multipart nested that deep is left whole (``nesting_cut``);
    given ``max_parts``, no more parts than that are parsed (``parts_cut``)."""
    parser = _BoundedFeedParser(max_parts, max_depth)
    try:
        for start in range(0, len(raw), _FEED_CHARS):  # decoded a piece at a time, not copied
            parser.feed(raw[start : start + _FEED_CHARS].decode("ascii", "surrogateescape"))
        message: Message = parser.close()
    except _PartsCut:
        message = _cut_short(parser.open_parts)
    for part in parser.cut:
        if part.get_content_maintype() == "multipart" and Message.get_boundary(part):
            part.nesting_cut = True  # type: ignore[attr-defined]
            # the parser's note that this multipart has no boundary is ours, not the mail's
            part.defects = [
                d for d in part.defects if not isinstance(d, NoBoundaryInMultipartDefect)
            ]
    return message


def _cut_short(open_parts: list[BoundedMessage]) -> Message:
    """The message parsed so far, as it stands when parsing stops before a part starts.

    Every part before has been parsed whole; the ones still open are its multipart (or
    ``message/*``) ancestors, which keep the parts they have (an empty list if none yet,
    not a payload that would make one a leaf) and have no epilogue.
    """
    for part in open_parts:
        if part.get_payload() is None:
            part.set_payload([])
    root = open_parts[0]
    root.parts_cut = True  # type: ignore[attr-defined]
    return root
