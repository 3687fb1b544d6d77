"""XFORWARD and XCLIENT attributes (Postfix extensions): parse, keep, pass on.

Values stay in their xtext wire form so they are relayed byte for byte; ``client_info``
decodes them for the hold store and the policy (SASL login).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from scanner.model import ClientInfo

XFORWARD_ATTRS = frozenset({"NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE"})
XCLIENT_ATTRS = frozenset(
    {"NAME", "ADDR", "PORT", "PROTO", "HELO", "LOGIN", "DESTADDR", "DESTPORT"}
)
MAX_VALUE = 255
# xtext (RFC 3461): printable ASCII except "+" and "=", which are written as +XX.
_XTEXT = re.compile(r"^(?:[!-*,-<>-~]|\+[0-9A-F]{2})*$")
_HEX = re.compile(r"\+([0-9A-F]{2})")


class ForwardSyntaxError(ValueError):
    """An XFORWARD/XCLIENT argument that is malformed or names an unknown attribute."""


def parse(arg: str | None, allowed: frozenset[str]) -> dict[str, str]:
    """``NAME=value ...`` into ``{NAME: xtext value}``; raises ``ForwardSyntaxError``."""
    if not arg:
        raise ForwardSyntaxError("no attributes")
    attrs: dict[str, str] = {}
    for item in arg.split():
        name, sep, value = item.partition("=")
        name = name.upper()
        if not sep or name not in allowed:
            raise ForwardSyntaxError("bad attribute")
        if len(value) > MAX_VALUE or not _XTEXT.match(value):
            raise ForwardSyntaxError("bad attribute value")
        attrs[name] = value
    return attrs


def xtext_decode(value: str) -> str:
    """The decoded value (``+2B`` -> ``+``)."""
    return _HEX.sub(lambda m: chr(int(m.group(1), 16)), value)


def _usable(value: str | None) -> str | None:
    """None for absent values and Postfix's ``[UNAVAILABLE]``/``[TEMPUNAVAIL]`` markers."""
    if value is None:
        return None
    decoded = xtext_decode(value)
    return None if decoded in ("[UNAVAILABLE]", "[TEMPUNAVAIL]") else decoded


def client_info(attrs: Mapping[str, str]) -> ClientInfo:
    """The original client as the MTA described it."""
    return ClientInfo(
        addr=_usable(attrs.get("ADDR")),
        name=_usable(attrs.get("NAME")),
        port=_usable(attrs.get("PORT")),
        helo=_usable(attrs.get("HELO")),
        proto=_usable(attrs.get("PROTO")),
        login=_usable(attrs.get("LOGIN")),
        source=_usable(attrs.get("SOURCE")),
        ident=_usable(attrs.get("IDENT")),
    )


def commands(verb: str, attrs: Mapping[str, str], advertised: str) -> list[bytes]:
    """Command arguments for the next hop: only attributes it advertised, each command
    kept under 512 bytes (Postfix splits the same way)."""
    names = {n.upper() for n in advertised.split()}
    chunks: list[bytes] = []
    current = b""
    for name, value in attrs.items():
        if name not in names:
            continue
        item = f"{name}={value}".encode("ascii")
        if current and len(verb) + len(current) + len(item) + 4 > 500:
            chunks.append(current)
            current = b""
        current = item if not current else current + b" " + item
    if current:
        chunks.append(current)
    return chunks
