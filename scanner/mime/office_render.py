"""Text out of the XML parts of Office documents, as ``safexml`` handlers.

Paragraphs become lines and table cells are separated by tabs (``FlowText``). Spreadsheet
rows after a sheet's header row become ``Header: value`` pairs, so a detector sees each
value beside its column's name: a bare nine-digit number is an SSN only with a cue nearby.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Characters of a column header repeated before each value of its column.
HEADER_CHARS = 64
# Most spaces an OpenDocument ``text:s`` element stands for.
_MAX_SPACES = 16
_COLUMN = re.compile(r"[A-Z]{1,3}")
# Elements whose content is not text: run and paragraph properties (their ``tab`` elements
# are tab stops), and the older copy of content an ``mc:AlternateContent`` holds twice.
_SKIPPED = frozenset({"pPr", "rPr", "Fallback"})


class Cut(Exception):
    """A limit stopped reading; ``entity`` names the ``LIMIT_...`` finding."""

    def __init__(self, entity: str) -> None:
        super().__init__(entity)
        self.entity = entity


class TextSink:
    """The document's text, kept within a budget of characters."""

    def __init__(self, max_chars: int) -> None:
        self.pieces: list[str] = []
        self.left = max_chars

    def add(self, text: str) -> None:
        """Append ``text``; the part past the budget is dropped and reported as a ``Cut``."""
        if len(text) > self.left:
            self.pieces.append(text[: self.left])
            self.left = 0
            raise Cut("LIMIT_DOCUMENT_TEXT")
        self.pieces.append(text)
        self.left -= len(text)

    def end_line(self) -> None:
        """End the text so far with a line feed, if it has text and does not."""
        if self.pieces and not self.pieces[-1].endswith("\n"):
            self.add("\n")


@dataclass(frozen=True)
class Flow:
    """The elements of a word-processing or slide vocabulary that shape its text."""

    text: frozenset[str]  # character data inside these is text
    paragraph: frozenset[str] = frozenset({"p"})
    cell: frozenset[str] = frozenset({"tc"})
    row: frozenset[str] = frozenset({"tr"})
    line_break: frozenset[str] = frozenset({"br", "cr"})
    tab: frozenset[str] = frozenset({"tab"})
    space: frozenset[str] = frozenset()


WORDPROCESSING = Flow(text=frozenset({"t", "delText"}))  # deleted text is still sent
DRAWING = Flow(text=frozenset({"t"}))
OPENDOCUMENT = Flow(
    text=frozenset({"p", "h"}),
    paragraph=frozenset({"p", "h"}),
    cell=frozenset({"table-cell"}),
    row=frozenset({"table-row"}),
    line_break=frozenset({"line-break"}),
    space=frozenset({"s"}),
)


class FlowText:
    """Paragraphs as lines, table cells separated by tabs (a cell's paragraphs by spaces)."""

    def __init__(self, flow: Flow, sink: TextSink) -> None:
        self.flow = flow
        self.sink = sink
        self.in_text = 0
        self.in_cell = 0
        self.skipped = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        flow = self.flow
        if self.skipped or name in _SKIPPED:
            self.skipped += 1  # the depth inside the skipped element
            return
        if name in flow.text:
            self.in_text += 1
        if name in flow.cell:
            self.in_cell += 1
        elif name in flow.line_break:
            self.sink.add("\n")
        elif name in flow.tab:
            self.sink.add("\t")
        elif name in flow.space:
            self.sink.add(" " * _spaces(attrs))

    def end(self, name: str) -> None:
        flow = self.flow
        if self.skipped:
            self.skipped -= 1
            return
        if name in flow.text:
            self.in_text -= 1
        if name in flow.cell:
            self.in_cell -= 1
            self.sink.add("\t")
        elif name in flow.row:
            self.sink.add("\n")
        elif name in flow.paragraph:
            self.sink.add(" " if self.in_cell else "\n")

    def text(self, data: str) -> None:
        if self.in_text and not self.skipped:
            self.sink.add(data)


class Grid:
    """Spreadsheet rows rendered as lines; after a table's header row (its first row with
    two values or more), each value is preceded by its column's header."""

    def __init__(self, sink: TextSink) -> None:
        self.sink = sink
        self.header: dict[int, str] | None = None

    def new_table(self) -> None:
        self.header = None

    def row(self, cells: list[tuple[int, str]]) -> None:
        """Render one row of (column index, value) cells with a value."""
        if not cells:
            return
        if self.header is None:
            if len(cells) >= 2:
                self.header = {col: " ".join(value.split())[:HEADER_CHARS] for col, value in cells}
            self.sink.add("\t".join(value for _, value in cells) + "\n")
            return
        header = self.header
        self.sink.add(
            "\t".join(f"{header[c]}: {v}" if header.get(c) else v for c, v in cells) + "\n"
        )


class SharedStrings:
    """An XLSX ``sharedStrings.xml``: the strings cells refer to by index."""

    def __init__(self) -> None:
        self.strings: list[str] = []
        self._pieces: list[str] | None = None
        self._in_t = 0
        self._phonetic = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "si":
            self._pieces = []
        elif name == "t":
            self._in_t += 1
        elif name == "rPh":  # a reading guide for East Asian text, not content
            self._phonetic += 1

    def end(self, name: str) -> None:
        if name == "si" and self._pieces is not None:
            self.strings.append("".join(self._pieces))
            self._pieces = None
        elif name == "t":
            self._in_t -= 1
        elif name == "rPh":
            self._phonetic -= 1

    def text(self, data: str) -> None:
        if self._in_t and not self._phonetic and self._pieces is not None:
            self._pieces.append(data)


@dataclass
class _Cell:
    column: int
    kind: str
    pieces: list[str] = field(default_factory=list)


class Worksheet:
    """An XLSX worksheet: each cell's value as written (``<v>``, a shared or inline string),
    so a number keeps its digits (formulas are read by their cached value)."""

    def __init__(self, grid: Grid, shared: list[str]) -> None:
        self.grid = grid
        self.shared = shared
        self.cells: list[tuple[int, str]] = []
        self.cell: _Cell | None = None
        self.in_value = 0
        self.phonetic = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "row":
            self.cells = []
        elif name == "c":
            previous = self.cells[-1][0] if self.cells else -1
            self.cell = _Cell(_column(attrs.get("r", ""), previous + 1), attrs.get("t", "n"))
        elif name in ("v", "t"):
            self.in_value += 1
        elif name == "rPh":
            self.phonetic += 1

    def end(self, name: str) -> None:
        if name == "row":
            self.grid.row(self.cells)
            self.cells = []
        elif name == "c" and self.cell is not None:
            value = self._value(self.cell)
            if value.strip():
                self.cells.append((self.cell.column, value))
            self.cell = None
        elif name in ("v", "t"):
            self.in_value -= 1
        elif name == "rPh":
            self.phonetic -= 1

    def text(self, data: str) -> None:
        if self.cell is not None and self.in_value and not self.phonetic:
            self.cell.pieces.append(data)

    def _value(self, cell: _Cell) -> str:
        raw = "".join(cell.pieces)
        if cell.kind != "s":
            return raw
        index = _small_int(raw.strip(), len(self.shared))
        return self.shared[index] if index < len(self.shared) else ""


class OdsTables:
    """An OpenDocument spreadsheet's ``content.xml``: each table's rows through a ``Grid``.

    Repeated cells and rows (``number-*-repeated``) are counted as columns, not copied: a
    row repeated a million times is rendered once.
    """

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.cells: list[tuple[int, str]] = []
        self.column = 0
        self.pieces: list[str] | None = None
        self.repeat = 1
        self.in_text = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "table":
            self.grid.new_table()
        elif name == "table-row":
            self.cells, self.column = [], 0
        elif name == "table-cell":
            self.pieces, self.repeat = [], _repeat(attrs)
        elif name == "covered-table-cell":
            self.column += _repeat(attrs)
        elif self.pieces is not None:
            if name in ("p", "h"):
                self.in_text += 1
            elif name in ("s", "tab", "line-break"):
                self.pieces.append(" " * (_spaces(attrs) if name == "s" else 1))

    def end(self, name: str) -> None:
        if name == "table-row":
            self.grid.row(self.cells)
        elif name == "table-cell" and self.pieces is not None:
            value = "".join(self.pieces).strip()
            if value:
                self.cells.append((self.column, value))
            self.column += self.repeat
            self.pieces = None
        elif name in ("p", "h") and self.pieces is not None:
            self.in_text -= 1
            self.pieces.append(" ")

    def text(self, data: str) -> None:
        if self.pieces is not None and self.in_text:
            self.pieces.append(data)


def _column(reference: str, default: int) -> int:
    """The zero-based column of a cell reference such as ``B7``; ``default`` without one."""
    letters = _COLUMN.match(reference)
    if letters is None:
        return default
    index = 0
    for letter in letters.group():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _repeat(attrs: dict[str, str]) -> int:
    return _small_int(attrs.get("number-columns-repeated", ""), 1)


def _spaces(attrs: dict[str, str]) -> int:
    return min(_small_int(attrs.get("c", ""), 1), _MAX_SPACES)


def _small_int(value: str, default: int) -> int:
    """``value`` as a number of at most nine ASCII digits, else ``default``."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 9 else default
