"""The stdlib parser with bounded header-parameter parsing.

``email.message.Message`` splits a header's parameters (``boundary``, ``charset``,
``filename``) in time quadratic in the header's length: a 150 KB ``Content-Type`` of
quoted semicolons took 25 s. ``BoundedMessage`` reads at most ``MAX_PARAMETER_CHARS`` of a
header for its parameters (a real one is a few hundred characters; RFC 2231 continuations of
a long non-ASCII filename stay well within it); parameters beyond are not seen.
"""

from __future__ import annotations

from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from typing import Any

MAX_PARAMETER_CHARS = 2048


class BoundedMessage(Message):
    """A compat32 message whose parameter parsing reads a bounded prefix of the header."""

    def _get_params_preserve(self, failobj: Any, header: str) -> Any:
        value = self.get(header)
        if isinstance(value, str) and len(value) > MAX_PARAMETER_CHARS:
            clipped = Message()
            clipped[header] = value[:MAX_PARAMETER_CHARS]
            return Message._get_params_preserve(clipped, failobj, header)  # type: ignore[attr-defined]
        return super()._get_params_preserve(failobj, header)  # type: ignore[misc]


def parse_bytes(raw: bytes) -> Message:
    """``BytesParser(policy=compat32).parsebytes`` with ``BoundedMessage`` for every part."""
    return BytesParser(BoundedMessage, policy=compat32).parsebytes(raw)
