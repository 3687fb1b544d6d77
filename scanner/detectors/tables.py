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
header is skipped). Cells are not unquoted: a CSV cell holding the delimiter in quotes
breaks the row's count, and that row ends the table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from scanner.detectors.engine import Hit, RuleEngine
from scanner.detectors.lowering import Lowered

DELIMITERS = ("\t", "|", ";", ",")
MAX_HEADER_CELL = 40  # characters: a longer cell is prose, not a column's label
MAX_LINE = 2000  # characters: a longer line is no table row
_LONG_NUMBER = re.compile(r"\d{5}")
_RULE_LINE = re.compile(r"[\s|:+-]*-[\s|:+-]*")


@dataclass(frozen=True, slots=True)
class _Cell:
    view: int  # where the value starts in the view
    text: int  # where it starts in the mail text
    length: int


@dataclass(frozen=True, slots=True)
class TableView:
    """The tables of a text as "Header: value" lines, and where each value came from."""

    text: str
    cells: tuple[_Cell, ...]  # in view order

    def to_text(self, start: int, end: int) -> tuple[int, int] | None:
        """The mail-text span of view span ``start``-``end``, or None when it is not inside
        one value (it takes in a header)."""
        index = bisect.bisect_right(self.cells, start, key=lambda cell: cell.view) - 1
        if index < 0:
            return None
        cell = self.cells[index]
        if end > cell.view + cell.length:
            return None
        return cell.text + start - cell.view, cell.text + end - cell.view

    def at(self, position: int) -> int:
        """The mail-text position of the cell at or before view ``position`` (the first cell
        when there is none): where something that stopped there is reported."""
        index = bisect.bisect_right(self.cells, position, key=lambda cell: cell.view) - 1
        return self.cells[max(0, index)].text


def table_view(text: str, max_cells: int) -> TableView | None:
    """The tables of ``text`` read as lines of "Header: value", at most ``max_cells`` cells
    (the rest of the text is not read as a table); None when it has none."""
    parts: list[str] = []
    cells: list[_Cell] = []
    size = 0
    for header, row in _rows(text):
        for label, (start, value) in zip(header, row, strict=True):
            if not value or len(cells) >= max_cells:
                continue
            prefix = f"{label}: "
            cells.append(_Cell(size + len(prefix), start, len(value)))
            line = f"{prefix}{value}\n"
            parts.append(line)
            size += len(line)
        if len(cells) >= max_cells:
            break
    if not cells:
        return None
    return TableView("".join(parts), tuple(cells))


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with where it starts."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, text[start:end].rstrip("\r")
        start = end + 1


def _split(start: int, line: str, delimiter: str) -> list[tuple[int, str]]:
    """The cells of a line (start in the text, stripped value); a Markdown row's outer
    pipes open and close the row, they split no cell."""
    cells: list[tuple[int, str]] = []
    at = 0
    for raw in line.split(delimiter):
        stripped = raw.strip()
        offset = raw.find(stripped) if stripped else 0
        cells.append((start + at + offset, stripped))
        at += len(raw) + len(delimiter)
    if delimiter == "|" and len(cells) > 2 and not cells[0][1] and not cells[-1][1]:
        cells = cells[1:-1]
    return cells


def _is_header(cells: list[tuple[int, str]]) -> bool:
    return len(cells) >= 2 and all(
        0 < len(value) <= MAX_HEADER_CELL
        and any(ch.isalpha() for ch in value)
        and not _LONG_NUMBER.search(value)
        for _, value in cells
    )


def _rows(text: str) -> Iterator[tuple[list[str], list[tuple[int, str]]]]:
    """Each data row of each table in ``text``, with its table's header labels."""
    header: list[str] = []
    delimiter = ""
    for start, line in _lines(text):
        if len(line) > MAX_LINE:
            header = []
            continue
        if header:
            if _RULE_LINE.fullmatch(line) and "|" in line:
                continue
            row = _split(start, line, delimiter)
            if len(row) == len(header):
                yield header, row
                continue
            header = []
        for candidate in DELIMITERS:
            if candidate in line:
                cells = _split(start, line, candidate)
                if _is_header(cells):
                    header, delimiter = [value for _, value in cells], candidate
                    break


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
        hits: list[Hit] = []
        for hit in self.rules.scan_text(view.text):
            if hit.start == hit.end:  # a rule that stopped (a timeout, the hit limit)
                at = view.at(hit.start)
                hits.append(replace(hit, start=at, end=at))
                continue
            span = view.to_text(hit.start, hit.end)
            if span is not None:
                hits.append(replace(hit, start=span[0], end=span[1]))
        return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.entity))
