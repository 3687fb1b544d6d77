"""Streaming XML parsing that cannot expand entities or fetch anything.

Office parts never carry a document type declaration, so any DTD is refused before its
internal subset is read: no entity can be declared, hence none expanded (billion laughs) or
fetched (XXE). Elements and attributes are handed over by local name (namespaces dropped:
the same reading covers transitional and strict OOXML), a chunk of input at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NoReturn, Protocol
from xml.parsers import expat


class XmlRefused(Exception):
    """The XML is malformed or declares a DTD."""


class XmlTooDeep(Exception):
    """Elements nest deeper than allowed."""


class XmlHandler(Protocol):
    """Receives a part's elements (local names) and character data, in document order."""

    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...


def parse_chunks(chunks: Iterable[bytes], handler: XmlHandler, max_depth: int) -> None:
    """Parse the XML in ``chunks`` into ``handler``; exceptions from either are passed on.

    Raises:
        XmlRefused: malformed XML or a DTD.
        XmlTooDeep: elements nested more than ``max_depth`` deep.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    depth = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > max_depth:
            raise XmlTooDeep
        handler.start(_local(name), {_local(k): v for k, v in attrs.items()})

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(_local(name))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.text
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        raise XmlRefused("malformed") from None


def _refuse_dtd(*_: object) -> NoReturn:
    raise XmlRefused("dtd")


def _local(name: str) -> str:
    return name.rpartition(" ")[2]
