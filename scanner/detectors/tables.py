"""Pasted tables: each cell is read with its column's header ("Passport #: A00579971").

A table pasted into mail (a spreadsheet's rows, a CSV export, a Markdown table) names what a
column holds once, in its header row; the values stand lines below it, where no rule's
words are near them. ``TableScanner`` gives every cell of such a table to the pattern rules
as the line "Header: value", as spreadsheet attachments are rendered
(``scanner.mime.office_render``), and reports a hit in a value at that cell in the mail. The
mail itself is scanned as it stands by the rules too; this only adds what the header says.

A table is a line of two or more header cells split by one delimiter (tab, ``|``, ``;`` or
``,``), each a short label with a letter in it and no long number, followed by at least one
row of as many cells split by the same delimiter (a Markdown rule line ``|---|---|`` under the
header is skipped). Only cells with a digit are read (identifiers, and nearly all secrets,
have one). A table sent as HTML comes as tab-separated rows (``scanner.mime.html_text``).

With ``,`` and ``;`` a cell may be quoted as in CSV (RFC 4180): ``"Smith, Jane"`` is one
cell holding the delimiter, ``""`` in it one quote, spaces around the quotes are allowed. A
quoted cell ends on its line (one spanning lines is not read), and a line whose quotes do
not make quoted cells (one left open, text after a closing quote) is split at every
delimiter, as if nothing were quoted. The value read is the one inside the quotes, and a
hit in it is reported at its characters in the mail (a doubled quote's two). Each line is
read once, left to right.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace
from typing import Protocol

from scanner.detectors.engine import Hit, RuleEngine
from scanner.detectors.lowering import Lowered

DELIMITERS = ("\t", "|", ";", ",")
MAX_HEADER_CELL = 40  # characters: a longer cell is prose, not a column's label
MAX_LINE = 2000  # characters: a longer line is no table row
_LONG_NUMBER = re.compile(r"\d{5}")
_DIGIT = re.compile(r"[0-9]")  # ASCII: lookalike digits are made ASCII before any scan
_DIGITS = "0123456789"
_RULE_LINE = re.compile(r"[\s|:+-]*-[\s|:+-]*")
_QUOTED = (",", ";")  # the delimiters whose cells may be quoted (CSV)
_BLANK = re.compile(r"[ \t]*")


@dataclass(frozen=True, slots=True)
class _Cell:
    view: int  # where the value starts in the view
    text: int  # where it starts in the mail text
    length: int
    quotes: tuple[int, ...] = ()  # where a doubled quote stands for one in the value


# A cell of a line: where its value starts in the text, the value, and where in the value
# a quote stands for two in the text (a quoted CSV cell's doubled quote).
_Field = tuple[int, str, tuple[int, ...]]


@dataclass(frozen=True, slots=True)
class TableView:
    """The tables of a text as "Header: value" lines, and where each value came from."""

    text: str
    cells: tuple[_Cell, ...]  # in view order

    def to_text(self, start: int, end: int) -> tuple[int, int] | None:
        """The mail-text span of view span ``start``-``end``, or None when it is not inside
        one value (it takes in a header)."""
        index = self._cell_at(start)
        if index < 0:
            return None
        cell = self.cells[index]
        if end > cell.view + cell.length:
            return None
        start, end = start - cell.view, end - cell.view
        if cell.quotes:  # each doubled quote before a position moves it one on in the text
            start += bisect.bisect_left(cell.quotes, start)
            end += bisect.bisect_left(cell.quotes, end)
        return cell.text + start, cell.text + end

    def at(self, position: int) -> int:
        """The mail-text position of the cell at or before view ``position`` (the first cell
        when there is none): where something that stopped there is reported."""
        return self.cells[max(0, self._cell_at(position))].text

    def _cell_at(self, position: int) -> int:
        """The index of the last cell starting at or before view ``position`` (-1: none)."""
        return bisect.bisect_right(self.cells, position, key=lambda cell: cell.view) - 1


def table_view(text: str, max_cells: int) -> TableView | None:
    """The tables of ``text`` read as lines of "Header: value", at most ``max_cells`` cells
    (the rest of the text is not read as a table); None when it has none."""
    parts: list[str] = []
    cells: list[_Cell] = []
    size = 0
    for header, row in _rows(text):
        for label, (start, value, quotes) in zip(header, row, strict=True):
            if len(cells) >= max_cells or not _DIGIT.search(value):
                continue  # every identifier and nearly every secret holds a digit
            prefix = f"{label}: "
            cells.append(_Cell(size + len(prefix), start, len(value), quotes))
            line = f"{prefix}{value}\n"
            parts.append(line)
            size += len(line)
        if len(cells) >= max_cells:
            break
    if not cells:
        return None
    return TableView("".join(parts), tuple(cells))


def _lines(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """Each line of ``text`` from ``start`` on: where it starts, where it ends (its line
    break or the text's end) and the line without its ``\r``."""
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end, text[start:end].rstrip("\r")
        start = end + 1


def _split(start: int, line: str, delimiter: str) -> list[_Field]:
    """The cells of a line (stripped values), CSV-quoted ones read with ``,`` and ``;``; a
    Markdown row's outer pipes open and close the row, they split no cell."""
    if '"' in line and delimiter in _QUOTED:
        quoted = _split_quoted(start, line, delimiter)
        if quoted is not None:
            return quoted
    cells: list[_Field] = []
    at = 0
    for raw in line.split(delimiter):
        stripped = raw.strip()
        offset = raw.find(stripped) if stripped else 0
        cells.append((start + at + offset, stripped, ()))
        at += len(raw) + len(delimiter)
    if delimiter == "|" and len(cells) > 2 and not cells[0][1] and not cells[-1][1]:
        cells = cells[1:-1]
    return cells


def _split_quoted(start: int, line: str, delimiter: str) -> list[_Field] | None:
    """The cells of a line whose cells may be quoted (RFC 4180, on one line: a quoted
    cell holds delimiters and ``""`` for a quote, spaces may stand around its quotes);
    None when its quotes do not make quoted cells. One pass: every ``find`` starts where
    the last one ended."""
    cells: list[_Field] = []
    at = 0
    while True:
        opening = _BLANK.match(line, at).end()  # type: ignore[union-attr]  # always matches
        if not line.startswith('"', opening):
            end = line.find(delimiter, at)
            raw = line[at:] if end < 0 else line[at:end]
            stripped = raw.strip()
            offset = raw.find(stripped) if stripped else 0
            cells.append((start + at + offset, stripped, ()))
        else:
            pieces: list[str] = []
            quotes: list[int] = []
            size = 0  # of the value so far
            inside = opening + 1
            while True:
                closing = line.find('"', inside)
                if closing < 0:
                    return None  # left open
                pieces.append(line[inside:closing])
                size += closing - inside
                if not line.startswith('"', closing + 1):
                    break
                quotes.append(size)  # a doubled quote: one in the value
                pieces.append('"')
                size += 1
                inside = closing + 2
            end = _BLANK.match(line, closing + 1).end()  # type: ignore[union-attr]
            if end < len(line) and not line.startswith(delimiter, end):
                return None  # text after the closing quote
            value = "".join(pieces)
            stripped = value.strip()
            lead = len(value) - len(value.lstrip())
            cells.append((start + opening + 1 + lead, stripped, tuple(q - lead for q in quotes)))
            end = end if end < len(line) else -1
        if end < 0:
            return cells
        at = end + len(delimiter)


def _is_header(cells: list[_Field]) -> bool:
    return len(cells) >= 2 and all(
        0 < len(value) <= MAX_HEADER_CELL
        and any(ch.isalpha() for ch in value)
        and not _LONG_NUMBER.search(value)
        for _, value, _ in cells
    )


def _rows(text: str) -> Iterator[tuple[list[str], list[_Field]]]:
    """Each data row of each table in ``text``, with its table's header labels.

    Only cells with a digit are read, so a table is looked for only above a line with a
    digit and a delimiter: its header is the line before (or the one before a Markdown
    rule line). The search goes from digit to digit, a line at a time; text without a digit
    is ruled out first by ``str`` searches, far quicker than a regex scan."""
    if not any(digit in text for digit in _DIGITS):
        return
    at = 0
    while (digit := _DIGIT.search(text, at)) is not None:
        start = text.rfind("\n", 0, digit.start()) + 1
        end = text.find("\n", digit.start())
        end = len(text) if end < 0 else end
        at = end + 1
        if start and any(d in text[start:end] for d in DELIMITERS):
            at = max(at, (yield from _table(text, _line_before(text, start))))


def _line_before(text: str, start: int) -> int:
    """Where the line before the one at ``start`` starts, stepping over a Markdown rule
    line (which stands under a header)."""
    before = text.rfind("\n", 0, start - 1) + 1
    line = text[before : start - 1].rstrip("\r")
    if before and "|" in line and _RULE_LINE.fullmatch(line):
        return text.rfind("\n", 0, before - 1) + 1
    return before


def _table(text: str, start: int) -> Generator[tuple[list[str], list[_Field]], None, int]:
    """The rows of the table whose header would be the line at ``start``; returns where
    the next table may start (the line that ended this one, or the next line)."""
    lines = _lines(text, start)
    head_start, head_end, head = next(lines)
    if len(head) > MAX_LINE:
        return head_end + 1
    for delimiter in DELIMITERS:
        if delimiter in head and _is_header(cells := _split(head_start, head, delimiter)):
            break
    else:
        return head_end + 1
    labels = [value for _, value, _ in cells]
    end = head_end + 1
    for line_start, line_end, line in lines:
        if len(line) > MAX_LINE:
            break
        if "|" in line and _RULE_LINE.fullmatch(line):
            end = line_end + 1
            continue
        row = _split(line_start, line, delimiter)
        if len(row) != len(labels):
            break
        yield labels, row
        end = line_end + 1
    return end


class TableScanner:
    """Runs the pattern rules over the tables of a text read as "Header: value" lines."""

    def __init__(self, rules: RuleEngine, max_cells: int) -> None:
        self.rules = rules
        self.max_cells = max_cells

    def entity_names(self) -> frozenset[str]:
        """The rules' entities."""
        return self.rules.entity_names()

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits in the values of the tables of ``text``, at their place in ``text``."""
        view = table_view(text, self.max_cells)
        if view is None:
            return []
        return hits_in_view(self.rules, view)


class TextView(Protocol):
    """A text rewritten for the rules (a table's "Header: value" lines, spoken digits as
    digits) that knows where each part of it came from in the mail."""

    @property
    def text(self) -> str: ...

    def to_text(self, start: int, end: int) -> tuple[int, int] | None: ...

    def at(self, position: int) -> int: ...


def hits_in_view(rules: RuleEngine, view: TextView) -> list[Hit]:
    """The rules' hits in ``view``, at their place in the mail: a hit that takes in text
    the mail does not hold there is dropped; a rule that stopped keeps its stop."""
    hits: list[Hit] = []
    for hit in rules.scan_text(view.text):
        if hit.start == hit.end:  # a rule that stopped (a timeout, the hit limit)
            at = view.at(hit.start)
            hits.append(replace(hit, start=at, end=at))
            continue
        span = view.to_text(hit.start, hit.end)
        if span is not None:
            hits.append(replace(hit, start=span[0], end=span[1]))
    return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.entity))
