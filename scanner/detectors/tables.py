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
have one). Cells are not unquoted: a CSV cell holding the delimiter in quotes breaks the
row's count, and that row ends the table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Generator, Iterator
from dataclasses import dataclass, replace

from scanner.detectors.engine import Hit, RuleEngine
from scanner.detectors.lowering import Lowered

DELIMITERS = ("\t", "|", ";", ",")
MAX_HEADER_CELL = 40  # characters: a longer cell is prose, not a column's label
MAX_LINE = 2000  # characters: a longer line is no table row
_LONG_NUMBER = re.compile(r"\d{5}")
_DIGIT = re.compile(r"[0-9]")  # ASCII: lookalike digits are made ASCII before any scan
_DIGITS = "0123456789"
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
        index = self._cell_at(start)
        if index < 0:
            return None
        cell = self.cells[index]
        if end > cell.view + cell.length:
            return None
        return cell.text + start - cell.view, cell.text + end - cell.view

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
        for label, (start, value) in zip(header, row, strict=True):
            if len(cells) >= max_cells or not _DIGIT.search(value):
                continue  # every identifier and nearly every secret holds a digit
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


def _lines(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """Each line of ``text`` from ``start`` on: where it starts, where it ends (its line
    break or the text's end) and the line without its ``\r``."""
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end, text[start:end].rstrip("\r")
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


def _table(text: str, start: int) -> Generator[tuple[list[str], list[tuple[int, str]]], None, int]:
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
    labels = [value for _, value in cells]
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
