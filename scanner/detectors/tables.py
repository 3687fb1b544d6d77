"""Pasted tables: each cell is read with its column's header ("Passport #: A00579971").

A table pasted into mail (a spreadsheet's rows, a CSV export, a Markdown table) names what a
column holds once, in its header row; the values stand lines below it, where no rule's
words are near them. ``TableScanner`` gives every cell of such a table to the pattern rules
as the line "Header: value", as spreadsheet attachments are rendered
(``scanner.mime.office_render``), and reports a hit in a value at that cell in the mail. The
mail itself is scanned as it stands by the rules too; this only adds what the header says.
The special-category scorer reads the same tables a row a sentence ("Name: Pa Vang;
Race/Ethnicity: Hmong."), so a column's header is the cue of its values.

A table is a line of two or more header cells split by one delimiter (tab, ``|``, ``;`` or
``,``), each a short label with a letter in it and no long number, followed by at least one
row of as many cells split by the same delimiter (a Markdown rule line ``|---|---|`` or a
text table's ``----+----`` under the header is skipped). In a table of two columns whose
second holds values ("Item | Value"), each value is read with its row's first cell ("New
PIN: 6559"); a generic number column ("id_number") is read with its row's type column
("id_type": "CA DL" gives "CA DL number: B7406261"). A table aligned with spaces (a notes
app's or a report's columns) is a header of three or more such labels two or more spaces
apart, with no delimiter in it, followed by rows that split into as many cells at runs of
two or more spaces (a rule line of dashes under the header is skipped). Only cells with a
digit are read (identifiers, and nearly all secrets, have one); the special-category
scorer reads whole rows, but not those of a table with a column of counts or rates. A
table sent as HTML comes as tab-separated rows (``scanner.mime.html_text``).

A value in a markup element (an XML export's or a payment gateway's field,
``<CVV2>213</CVV2>``, ``<Amount currency="USD">108.00</Amount>``) is read the same way, its
element's name as its header ("CVV2: 213").

With ``,``, ``;`` and a tab a cell may be quoted as in CSV (RFC 4180): ``"Smith, Jane"`` is
one cell holding the delimiter, ``""`` in it one quote, spaces around the quotes are allowed,
and a quoted cell may hold line breaks (a note or an address on two lines), its row going on
over them, so the cells after it keep their columns. A row is read within ``max_row``
characters of its start (``[detection] max_table_row_chars``): a longer line is no row,
and a quote not closed within it quotes nothing. A row whose quotes do not make quoted
cells (one left open, text after a closing quote) is its first line split at every
delimiter, as if nothing were quoted. A header row stands on one line, its quotes closed on
it. The value read is the one inside the quotes, and a hit in it is reported at its
characters in the mail (a doubled quote's two). The text is read left to right, and a
line is read a bounded number of times, however its quotes fall (``_continued``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import Protocol

from scanner.detectors.engine import Hit, TextScanner
from scanner.detectors.lowering import Lowered

DELIMITERS = ("\t", "|", ";", ",")
MAX_HEADER_CELL = 40  # characters: a longer cell is prose, not a column's label
MAX_LABEL_WORDS = 4  # an aligned table's label: more words are a sentence
MAX_ROW = 2000  # characters: a longer row is no table row (``max_table_row_chars``)
_LONG_NUMBER = re.compile(r"\d{5}")
_DIGIT = re.compile(r"[0-9]")  # ASCII: lookalike digits are made ASCII before any scan
_DIGITS = "0123456789"
_RULE_LINE = re.compile(r"[\s|:+-]*-[\s|:+-]*")
# An aligned table's line: cells two or more spaces apart (a header has three or more).
_GAP = re.compile(r" {2,}")
_DASHES = re.compile(r"[ =-]*-[ =-]*")
_BULLETS = ("- ", "* ", "• ")
_QUOTED = ("\t", ";", ",")  # the delimiters whose cells may be quoted (CSV, TSV)
# A column of counts or rates: its table is a statistic ("dx_group | scheduled | rate").
_AGGREGATE_COLUMN = re.compile(
    r"(?i)n|counts?|totals?|rates?|%|percent(?:age)?|pct|share|avg|average|mean|median"
)
# The second column of a table of items and their values ("Item | Value").
_VALUE_COLUMN = re.compile(r"(?i)values?|answers?|details?|info|entry|setting")
# A column of the kind of a document and one of its number ("id_type" and "id_number").
_DOCUMENT = r"(?i)(?:^|[\s_-])(?:id|doc(?:ument)?)?[\s_-]?"  # "id_", "verif_doc ", or none
_TYPE_COLUMN = re.compile(_DOCUMENT + r"type$")
_NUMBER_COLUMN = re.compile(_DOCUMENT + r"(?:no|num(?:ber)?|#)$")
# An element with its value on one line: a name, attributes, the value, the closing tag.
_ELEMENT = re.compile(
    r"<(?P<name>[A-Za-z_][\w.-]{0,40})(?:\s[^<>\n]{0,200})?>(?P<value>[^<>\n]{1,100})</(?P=name)>"
)
# Spaces around a quoted cell's quotes: a tab too, unless it is the delimiter.
_BLANKS = {",": re.compile(r"[ \t]*"), ";": re.compile(r"[ \t]*"), "\t": re.compile(r" *")}


@dataclass(frozen=True, slots=True)
class _Cell:
    view: int  # where the value starts in the view
    text: int  # where it starts in the mail text
    length: int
    quotes: tuple[int, ...] = ()  # where a doubled quote stands for one in the value


# A cell of a line: where its value starts in the text, the value, and where in the value
# a quote stands for two in the text (a quoted CSV cell's doubled quote).
_Field = tuple[int, str, tuple[int, ...]]
# A row's cells and where it ends (the line break of its last line, or the text's end).
_RowRead = tuple[list[_Field], int]


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


def table_view(
    text: str, max_cells: int, max_row: int = MAX_ROW, by_row: bool = False
) -> TableView | None:
    """The tables of ``text`` read as lines of "Header: value", at most ``max_cells`` cells
    (the rest of the text is not read as a table) and rows of at most ``max_row``
    characters; None when it has none. ``by_row``: every cell that is not blank, a row a
    line ("Name: Pa Vang; Race/Ethnicity: Hmong."), for the special-category scorer, which
    reads a sentence, but no table with a column of counts or rates; else only cells with
    a digit, a cell a line."""
    parts: list[str] = []
    cells: list[_Cell] = []
    size = 0
    for header, row in chain(_rows(text, max_row), _elements(text)):
        if by_row and any(_AGGREGATE_COLUMN.fullmatch(label.strip()) for label in header):
            continue  # a table of counts and rates is about groups, not people
        separator = ""
        labels = header if by_row else _typed(header, row)
        for label, (start, value, quotes) in zip(labels, row, strict=True):
            if len(cells) >= max_cells or not _kept(value, by_row):
                continue
            prefix = f"{separator}{label}: "
            cells.append(_Cell(size + len(prefix), start, len(value), quotes))
            part = f"{prefix}{value}" if by_row else f"{prefix}{value}\n"
            parts.append(part)
            size += len(part)
            separator = "; " if by_row else ""
        if by_row and separator:
            parts.append(".\n")
            size += 2
        if len(cells) >= max_cells:
            break
    if not cells:
        return None
    return TableView("".join(parts), tuple(cells))


def _typed(header: list[str], row: list[_Field]) -> list[str]:
    """The labels of a row's cells, a generic number's column ("id_number", "verif_id_no")
    named by the row's value in a type column ("id_type": "CA DL"), as "CA DL number":
    the type says what the number is. In a table of two columns whose second holds values
    ("Item | Value"), a value's label is its row's first cell ("New PIN: 6559")."""
    if len(header) == 2 and _VALUE_COLUMN.fullmatch(header[1].strip()):
        item = row[0][1].strip()
        if item and len(item) <= MAX_HEADER_CELL:
            return [header[0], item]
    kind = next(
        (value.strip() for label, (_, value, _) in zip(header, row, strict=True)
         if _TYPE_COLUMN.search(label) and value.strip()),
        "",
    )  # fmt: skip
    if not kind or len(kind) > MAX_HEADER_CELL:
        return header
    return [f"{kind} number" if _NUMBER_COLUMN.search(label) else label for label in header]


def _kept(value: str, by_row: bool) -> bool:
    """Every identifier and nearly every secret holds a digit; a row for the special-category
    scorer keeps every cell but a one-letter flag ("Y", "N"), which says nothing and would
    count as a word of another language ("y" is Spanish "and")."""
    return len(value.strip()) > 1 if by_row else bool(_DIGIT.search(value))


def _line_end(text: str, start: int) -> int:
    """Where the line at ``start`` ends: its line break, or the text's end."""
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _row(text: str, start: int, line: str, delimiter: str, max_row: int) -> _RowRead:
    """The cells of the row whose first line, ``line`` (without its ``\\r``), starts at
    ``start``, and where the row ends. With a quoting delimiter the row goes on over the
    line breaks of its quoted cells, within ``max_row`` characters; a line whose quotes
    make no quoted cells is split at every delimiter, as if nothing were quoted."""
    if '"' in line and delimiter in _QUOTED:
        quoted = _split_quoted(text, start, delimiter, min(start + max_row, len(text)))
        if quoted is not None:
            return quoted
    return _split(start, line, delimiter), _line_end(text, start)


def _split(start: int, line: str, delimiter: str) -> list[_Field]:
    """The cells of a line (stripped values), split at every delimiter; a Markdown row's
    outer pipes open and close the row, they split no cell."""
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


def _split_quoted(text: str, start: int, delimiter: str, stop: int) -> _RowRead | None:
    """The cells of the row at ``start`` whose cells may be quoted (RFC 4180: a quoted
    cell holds delimiters, line breaks and ``""`` for a quote; spaces may stand around its
    quotes), and where the row ends; None when its quotes do not make quoted cells or the
    row does not end by ``stop``. One pass: every ``find`` starts where the last one
    ended."""
    cells: list[_Field] = []
    blank = _BLANKS[delimiter]
    line_end = _line_end(text, start)
    at = start
    while True:
        opening = blank.match(text, at).end()  # type: ignore[union-attr]  # always matches
        if not text.startswith('"', opening):
            end = text.find(delimiter, at, line_end)
            raw = text[at:line_end] if end < 0 else text[at:end]
            stripped = raw.strip()
            offset = raw.find(stripped) if stripped else 0
            cells.append((at + offset, stripped, ()))
        else:
            cell = _quoted_cell(text, opening, stop)
            if cell is None:
                return None  # left open
            closing, field = cell
            cells.append(field)
            if closing > line_end:  # the cell held line breaks
                line_end = _line_end(text, closing)
                if line_end > stop:
                    return None  # a row longer than ``stop`` allows
            end = blank.match(text, closing + 1).end()  # type: ignore[union-attr]
            if end < line_end and not text.startswith(delimiter, end):
                if not (end + 1 == line_end and text[end] == "\r"):
                    return None  # text after the closing quote
                end = line_end
            if end >= line_end:
                end = -1
        if end < 0:
            return cells, line_end
        at = end + len(delimiter)


def _quoted_cell(text: str, opening: int, stop: int) -> tuple[int, _Field] | None:
    """The quoted cell whose opening quote stands at ``opening``: where its closing quote
    stands and the cell; None when it is not closed before ``stop``."""
    pieces: list[str] = []
    quotes: list[int] = []
    size = 0  # of the value so far
    inside = opening + 1
    while True:
        closing = text.find('"', inside, stop)
        if closing < 0:
            return None
        pieces.append(text[inside:closing])
        size += closing - inside
        if not text.startswith('"', closing + 1):
            break
        quotes.append(size)  # a doubled quote: one in the value
        pieces.append('"')
        size += 1
        inside = closing + 2
    value = "".join(pieces)
    stripped = value.strip()
    lead = len(value) - len(value.lstrip())
    return closing, (opening + 1 + lead, stripped, tuple(q - lead for q in quotes))


def _is_header(cells: list[_Field]) -> bool:
    return len(cells) >= 2 and all(
        0 < len(value) <= MAX_HEADER_CELL
        and any(ch.isalpha() for ch in value)
        and not _LONG_NUMBER.search(value)
        for _, value, _ in cells
    )


def _header(text: str, start: int, line: str) -> tuple[str, list[str]] | None:
    """The delimiter and labels of a header row on the line ``line`` at ``start``, or
    None. A header is on one line: a quote it leaves open (the first line of a row whose
    cell holds line breaks, or a later one) makes no header with a quoting delimiter. A
    bulleted line is a list's item ("- PrEP navigation: 54 referrals, 41 starts"), not a
    header."""
    if line.lstrip().startswith(_BULLETS):
        return None
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        if '"' in line and delimiter in _QUOTED:
            quoted = _split_quoted(text, start, delimiter, start + len(line))
            if quoted is None:
                continue
            cells = quoted[0]
        else:
            cells = _split(start, line, delimiter)
        if _is_header(cells):
            return delimiter, [value for _, value, _ in cells]
    return None


def _rows(text: str, max_row: int) -> Iterator[tuple[list[str], list[_Field]]]:
    """Each data row of each table in ``text``, with its table's header labels.

    Only cells with a digit are read, so a table is looked for only above a line with a
    digit and a delimiter: its header is the line before (or the one before a Markdown
    rule line), or, when that line goes on a row begun above it, the line before that
    row; and, where none is found there, above a line with a digit and two spaces in a
    row, a table aligned with spaces. The search goes from digit to digit, a line at a
    time; text without a digit is ruled out first by ``str`` searches, far quicker than a
    regex scan."""
    if not any(digit in text for digit in _DIGITS):
        return
    at = floor = 0
    while (digit := _DIGIT.search(text, at)) is not None:
        start = text.rfind("\n", 0, digit.start()) + 1
        end = text.find("\n", digit.start())  # ``_line_end`` written out: per digit line
        end = len(text) if end < 0 else end
        at = end + 1
        table_end = start
        if start and any(d in text[start:end] for d in DELIMITERS):
            head = _continued(text, floor, start, max_row)
            if head is None:
                head = _line_before(text, start)
            table_end = yield from _table(text, head, max_row)
        if start and table_end <= start and "  " in text[start:end]:
            table_end = yield from _aligned_table(text, _aligned_head(text, start), max_row)
        if table_end > start:
            floor = table_end
            at = max(at, table_end)
        else:
            floor = start


def _elements(text: str) -> Iterator[tuple[list[str], list[_Field]]]:
    """Each markup element holding a value on one line, as a one-cell row under its name;
    a text without a closing tag is ruled out by a ``str`` search."""
    if "</" not in text:
        return
    for element in _ELEMENT.finditer(text):
        yield [element["name"]], [(element.start("value"), element["value"], ())]


def _line_before(text: str, start: int) -> int:
    """Where the line before the one at ``start`` starts, stepping over a rule line (which
    stands under a header)."""
    before = text.rfind("\n", 0, start - 1) + 1
    line = text[before : start - 1].rstrip("\r")
    if before and _is_rule_line(line):
        return text.rfind("\n", 0, before - 1) + 1
    return before


def _is_rule_line(line: str) -> bool:
    """A Markdown rule line under a header ("|---|---|"), or a text table's ("----+----")."""
    return ("|" in line or "+" in line) and _RULE_LINE.fullmatch(line) is not None


def _continued(text: str, floor: int, start: int, max_row: int) -> int | None:
    """Where the header stands when the line at ``start`` goes on a table's first row,
    begun on a line above it from ``floor`` on (a quoted cell holding line breaks), or
    None. That row begins on the nearest line from which the quotes up to ``start`` are
    odd in number (one is left open); the line before it must be a header, and the row,
    read from there, must go on past ``start`` as wide as the header. Only the lines from
    ``floor`` (the last digit line looked at, or the end of the last table) on, and within
    ``max_row`` characters of ``start``, are looked at, so a line is looked at for two
    digit lines at most."""
    if start - max_row > floor:  # the first whole line within reach
        floor = text.find("\n", start - max_row - 1, start) + 1 or start
    if text.find('"', floor, start) < 0:
        return None
    quotes = 0
    line_start = start
    while line_start > floor:
        line_end = line_start - 1
        line_start = text.rfind("\n", floor, line_end) + 1 or floor
        quotes += text.count('"', line_start, line_end)
        if quotes % 2:
            break
    else:
        return None
    if not line_start:
        return None
    head = text.rfind("\n", 0, line_start - 1) + 1
    head_line = text[head : line_start - 1].rstrip("\r")
    header = _header(text, head, head_line) if len(head_line) <= max_row else None
    if header is None:
        return None
    delimiter, labels = header
    line = text[line_start : _line_end(text, line_start)].rstrip("\r")
    cells, end = _row(text, line_start, line, delimiter, max_row)
    return head if end > start and len(cells) == len(labels) else None


def _table(
    text: str, start: int, max_row: int
) -> Generator[tuple[list[str], list[_Field]], None, int]:
    """The rows of the table whose header would be the line at ``start``; returns where
    the next table may start (the line that ended this one, or the next line)."""
    head_end = _line_end(text, start)
    head = text[start:head_end].rstrip("\r")
    if len(head) > max_row or (header := _header(text, start, head)) is None:
        return head_end + 1
    delimiter, labels = header
    return (
        yield from _read_rows(
            text,
            head_end + 1,
            max_row,
            labels,
            lambda _, line: _is_rule_line(line),
            lambda at, line: _row(text, at, line, delimiter, max_row),
        )
    )


def _read_rows(
    text: str,
    at: int,
    max_row: int,
    labels: list[str],
    rule_line: Callable[[int, str], bool],
    read: Callable[[int, str], _RowRead],
) -> Generator[tuple[list[str], list[_Field]], None, int]:
    """The rows from the line at ``at`` on, each read by ``read`` from its first line
    (without its ``\\r``), as wide as ``labels``, stepping over the lines ``rule_line``
    names; returns where the next table may start."""
    end = at
    while at <= len(text):
        line_end = _line_end(text, at)
        line = text[at:line_end].rstrip("\r")
        if len(line) > max_row:
            break
        if rule_line(at, line):
            end = at = line_end + 1
            continue
        row, row_end = read(at, line)
        if len(row) != len(labels):
            break
        yield labels, row
        end = at = row_end + 1
    return end


def _is_label(cell: _Field) -> bool:
    """An aligned header's cell is a label of a few words, not a sentence (typists put two
    spaces after a sentence's stop)."""
    value = cell[1]
    return not value.endswith((".", "!", "?")) and value.count(" ") < MAX_LABEL_WORDS


def _aligned_cells(start: int, line: str) -> list[_Field]:
    """The cells of the aligned line ``line`` at ``start``: its text split at runs of two
    or more spaces, the indent before the first cell left out."""
    cells: list[_Field] = []
    at = len(line) - len(line.lstrip(" "))
    for gap in _GAP.finditer(line, at):
        if gap.start() > at:
            cells.append((start + at, line[at : gap.start()].rstrip(), ()))
        at = gap.end()
    if line[at:].strip():
        cells.append((start + at, line[at:].rstrip(), ()))
    return cells


def _aligned_head(text: str, start: int) -> int:
    """Where the line before the one at ``start`` starts, stepping over a rule line of
    dashes (which stands under an aligned table's header)."""
    before = text.rfind("\n", 0, start - 1) + 1
    if before and _DASHES.fullmatch(text[before : start - 1].rstrip("\r")):
        return text.rfind("\n", 0, before - 1) + 1
    return before


def _aligned_table(
    text: str, start: int, max_row: int
) -> Generator[tuple[list[str], list[_Field]], None, int]:
    """The rows of the table aligned with spaces whose header would be the line at
    ``start``; returns where the next table may start (as ``_table``)."""
    head_end = _line_end(text, start)
    head = text[start:head_end].rstrip("\r")
    labels = _aligned_cells(start, head) if len(head) <= max_row else []
    if (
        len(labels) < 3
        or any(d in head for d in DELIMITERS)
        or not _is_header(labels)
        or not all(map(_is_label, labels))
    ):
        return head_end + 1
    return (
        yield from _read_rows(
            text,
            head_end + 1,
            max_row,
            [value for _, value, _ in labels],
            lambda at, line: at == head_end + 1 and _DASHES.fullmatch(line) is not None,
            lambda at, line: (_aligned_cells(at, line), _line_end(text, at)),
        )
    )


class TableScanner:
    """Runs a scanner over the tables of a text read as "Header: value" lines: the pattern
    rules over the cells with a digit, or the special-category scorer over whole rows
    (``by_row``), so that a column's header is the cue of its values ("Race/Ethnicity")."""

    def __init__(
        self, rules: TextScanner, max_cells: int, max_row: int = MAX_ROW, by_row: bool = False
    ) -> None:
        self.rules = rules
        self.max_cells = max_cells
        self.max_row = max_row
        self.by_row = by_row

    def entity_names(self) -> frozenset[str]:
        """The scanner's entities."""
        return self.rules.entity_names()

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits in the values of the tables of ``text``, at their place in ``text``."""
        view = table_view(text, self.max_cells, self.max_row, self.by_row)
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


def hits_in_view(rules: TextScanner, view: TextView) -> list[Hit]:
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
