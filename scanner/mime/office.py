"""Text out of Office Open XML (DOCX, XLSX, PPTX) and OpenDocument (ODT, ODS, ODP) files.

The type is told by the zip's members, never by a filename or declared type. Each part is
inflated a chunk at a time into a streaming parser that refuses DTDs (``safexml``), within
budgets of inflated bytes, characters of text, parts and element depth; reaching one stops
the document there, with the text read so far kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from scanner.mime.office_render import (
    DRAWING,
    OPENDOCUMENT,
    WORDPROCESSING,
    Cut,
    FlowText,
    Grid,
    OdsTables,
    SharedStrings,
    TextSink,
    Worksheet,
)
from scanner.mime.safexml import XmlHandler, XmlRefused, XmlTooDeep, parse_chunks
from scanner.mime.zipread import ZipEntry, ZipReadError, member_chunks

_NUMBERED = re.compile(r"(\D*)(\d*)\.xml")
_WORD_EXTRA_PARTS = ("header", "footer", "footnotes", "endnotes", "comments")
_ODF_KINDS = (
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ("application/vnd.oasis.opendocument.presentation", "odp"),
)
_MIMETYPE_BYTES = 100


class Budget(NamedTuple):
    """What reading one document may still use."""

    inflated_bytes: int
    chars: int
    parts: int
    depth: int


class Document(NamedTuple):
    """A document's text; ``cut`` names the limit that stopped it (``LIMIT_...``), and
    ``readable`` is False when a broken or refused part stopped it."""

    kind: str
    text: str
    inflated_bytes: int
    cut: str | None = None
    readable: bool = True


def read_document(data: bytes, entries: tuple[ZipEntry, ...], budget: Budget) -> Document | None:
    """The text of the Office or OpenDocument file ``data`` whose zip directory holds
    ``entries``; None when the members are not those of a known document type."""
    by_name = {e.name: e for e in entries}  # a repeated name: the last one, as ZipFile
    reader = _Reader(data, by_name, budget)
    kind = _kind(by_name, reader)
    if kind is None:
        return None
    text = TextSink(budget.chars)
    cut, readable = None, True
    try:
        _READERS[kind](reader, text)
    except Cut as stop:
        cut = stop.entity
    except XmlTooDeep:
        cut = "LIMIT_DOCUMENT_DEPTH"
    except (XmlRefused, ZipReadError):
        readable = False
    return Document(kind, "".join(text.pieces), reader.inflated, cut, readable)


class _Reader:
    """Reads the document's parts within the budget."""

    def __init__(self, data: bytes, members: dict[str, ZipEntry], budget: Budget) -> None:
        self.data = data
        self.members = members
        self.budget = budget
        self.inflated = 0
        self.parts = 0

    def names(self, folder: str, stem: str) -> list[str]:
        """Members ``<folder><stem><n>.xml`` in the order of their numbers."""
        found = []
        for name in self.members:
            if name.startswith(folder):
                match = _NUMBERED.fullmatch(name[len(folder) :])
                if match and match.group(1) == stem:
                    found.append((int(match.group(2) or 0), name))
        return [name for _, name in sorted(found)]

    def parse(self, name: str, handler: XmlHandler) -> None:
        """Parse one part into ``handler``; a missing part is skipped."""
        entry = self.members.get(name)
        if entry is None:
            return
        self.parts += 1
        if self.parts > self.budget.parts:
            raise Cut("LIMIT_DOCUMENT_PARTS")
        parse_chunks(self.chunks(entry), handler, self.budget.depth)

    def chunks(self, entry: ZipEntry) -> Iterator[bytes]:
        """The member's bytes, no further than the budget of inflated bytes."""
        for chunk in member_chunks(self.data, entry):
            room = self.budget.inflated_bytes - self.inflated
            if len(chunk) > room:
                self.inflated += room
                yield chunk[:room]
                raise Cut("LIMIT_DOCUMENT_BYTES")
            self.inflated += len(chunk)
            yield chunk

    def head(self, name: str, size: int) -> bytes:
        """The first ``size`` bytes of a member (b"" when it cannot be read)."""
        entry = self.members.get(name)
        if entry is None:
            return b""
        try:
            return next(member_chunks(self.data, entry), b"")[:size]
        except ZipReadError:
            return b""


def _kind(members: dict[str, ZipEntry], reader: _Reader) -> str | None:
    if "[Content_Types].xml" in members:
        macros = any(n.lower().endswith("vbaproject.bin") for n in members)
        for main, kind in (
            ("word/document.xml", "doc"),
            ("xl/workbook.xml", "xls"),
            ("ppt/presentation.xml", "ppt"),
        ):
            if main in members:
                return kind + ("m" if macros else "x")
    if "mimetype" in members and "content.xml" in members:
        declared = reader.head("mimetype", _MIMETYPE_BYTES).decode("ascii", "replace").strip()
        for prefix, kind in _ODF_KINDS:
            if declared.startswith(prefix):
                return kind
    return None


def _word(reader: _Reader, text: TextSink) -> None:
    """The body, then headers, footers, footnotes, endnotes and comments."""
    names = ["word/document.xml"]
    for stem in _WORD_EXTRA_PARTS:
        names += reader.names("word/", stem)
    for name in names:
        reader.parse(name, FlowText(WORDPROCESSING, text))
        text.end_line()


def _workbook(reader: _Reader, text: TextSink) -> None:
    """The worksheets in the order of their part numbers, shared strings resolved."""
    shared = SharedStrings()
    reader.parse("xl/sharedStrings.xml", shared)
    for name in reader.names("xl/worksheets/", "sheet"):
        reader.parse(name, Worksheet(Grid(text), shared.strings))
        text.end_line()


def _slides(reader: _Reader, text: TextSink) -> None:
    """Slides in the order of their part numbers, then the speaker notes."""
    for name in reader.names("ppt/slides/", "slide") + reader.names(
        "ppt/notesSlides/", "notesSlide"
    ):
        reader.parse(name, FlowText(DRAWING, text))
        text.end_line()


def _opendocument(reader: _Reader, text: TextSink) -> None:
    reader.parse("content.xml", FlowText(OPENDOCUMENT, text))


def _opendocument_spreadsheet(reader: _Reader, text: TextSink) -> None:
    reader.parse("content.xml", OdsTables(Grid(text)))


_READERS = {
    "docx": _word,
    "docm": _word,
    "xlsx": _workbook,
    "xlsm": _workbook,
    "pptx": _slides,
    "pptm": _slides,
    "odt": _opendocument,
    "odp": _opendocument,
    "ods": _opendocument_spreadsheet,
}
