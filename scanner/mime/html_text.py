"""HTML to text without executing anything: scripts and styles dropped, links kept.

Uses libxml2's HTML tokenizer through lxml's event interface: no tree is built, no DTD or
network access, no script engine; cost is linear in the input. Text a reader cannot see
(``display:none``, ``hidden``, zero font size...) is returned separately so that detectors
scan it and rules can note it.

Blocks (``p``, ``div``, ``br``, list items, table cells and rows...) end lines, but a table
row of two cells or more, each holding at most a line of text, is rendered as one line,
its cells split by a tab (an empty cell keeps its tab) and its rows on consecutive lines:
a table sent as HTML (a spreadsheet pasted into Gmail or Outlook) reaches the pasted-table
scanner (``scanner.detectors.tables``) with its columns. A row stays rendered as blocks,
each cell on lines of its own, when a cell holds a table or a row, text on two lines
(paragraphs, ``br`` or list items between its words: a layout column) or more than
``MAX_CELL_TEXT`` characters (prose), or when text stands between its cells: the text of a
layout column is never joined to another column's. One paragraph around a cell's text
(Outlook's ``<p class=MsoNormal>``) is still one line, and a line break in the markup of
such a cell is a space, as a browser shows it. A tab in the document's text is a space, as
before, so every tab of the rendering splits cells.

The rows are followed at the edges of ``table``, ``tr``, ``td`` and ``th`` only, and a row
is rendered as one line when it ends, from the chunks it left. A row holding a table or a
row is not looked at, so each chunk is looked at by one row at most and the rendering
stays linear.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from lxml import etree

_DROPPED = frozenset({"script", "style", "head", "noscript", "template", "svg", "object", "iframe"})
_VOID = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)  # fmt: skip
_BLOCK = frozenset(
    {
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
        "article", "header", "footer", "blockquote", "pre", "hr", "td", "th", "ul", "ol",
    }
)  # fmt: skip
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])"
    r"|max-height\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9])",
    re.IGNORECASE,
)
_URL_ATTRS = {"a": "href", "area": "href", "form": "action", "img": "src", "iframe": "src"}
# Characters of text in one cell past which it is a paragraph of prose, not a value.
MAX_CELL_TEXT = 200


# Elements open at once, as libxml2 nests them (Blink stops nesting at 512 too). libxml2
# looks for a stray end tag among all open elements: 5,000 open and 200,000 stray took 2 s,
# 100,000 of each 20 s.
MAX_DEPTH = 512
# Elements libxml2 opens without a tag (html, body; a p around some text).
_IMPLIED = 3
# Bytes of a document given to libxml2 at a time.
_FEED_BYTES = 1 << 16


@dataclass
class HtmlText:
    """Visible text, hidden text, links (href with its visible text) and other URLs.

    ``flattened``: elements nested past the depth limit were not nested (their start tags
    dropped, an ``a`` kept as a link without text), all text still rendered; ``cut``: even
    so the limit was reached, and the rest of the document was not rendered.
    """

    text: str
    hidden_text: str
    links: list[tuple[str, str]] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    flattened: bool = False
    cut: bool = False


class _TooDeep(Exception):
    """Raised by the extractor when one element too many is open."""


class _Break(str):
    """A block's line break among the visible chunks (told apart from text's own)."""

    __slots__ = ()


_BREAK = _Break("\n")


class _Row:
    """An open table row (or table: ``cells`` None), and where its chunks are."""

    __slots__ = ("frame", "depth", "start", "cells", "cell", "nested", "plain", "after")

    def __init__(self, frame: _Open, depth: int, start: int, nested: int, after: int) -> None:
        self.frame = frame  # its element, open at ``depth`` on the stack
        self.depth = depth
        self.start = start  # its line break: its first chunk
        self.cells: list[tuple[int, int]] | None = []  # (start, end) breaks of each cell
        self.cell = -1  # the open cell's start break (-1: none open)
        self.nested = nested  # tables and rows begun in the document by its start
        self.plain = True  # no table or row began in it, no text outside its cells
        self.after = after  # the end break of the row of one line just before it, or -1


# An open element: (tag, hidden, dropped, index of the enclosing link or None).
_Open = tuple[str, bool, bool, int | None]


class _Extractor:
    """The parser target: receives start/end/data events, keeps the open-element stack.

    Called once per tag and text run, so the state of the innermost open element is kept
    in attributes rather than looked up on the stack each time. Table rows are followed
    only at their elements' edges (``_open_row``, ``_close_row``): a row is rendered as
    one line when it ends, from the chunks it left (see the module's docstring).
    """

    def __init__(self) -> None:
        self.max_depth = MAX_DEPTH
        self.reset()

    def reset(self) -> None:
        """Forget the previous document."""
        self.stack: list[_Open] = []
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self.links: list[tuple[str, list[str]]] = []
        self.urls: list[str] = []
        self.in_hidden = False
        self.in_dropped = False
        self.in_link: int | None = None
        self.rows: list[_Row] = []  # open tables and rows, innermost last
        self.nested = 0  # tables and rows begun so far
        self.row_end = -1  # the end break of the last row rendered as one line

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        hidden, dropped, link_index = self.in_hidden, self.in_dropped, self.in_link
        url_attr = _URL_ATTRS.get(tag)
        if url_attr is not None and not dropped:
            target = (attrib.get(url_attr) or "").strip()
            if target:
                self.urls.append(target)
                if tag in ("a", "area"):
                    self.links.append((target, []))
                    link_index = len(self.links) - 1
        # Element edges separate words: a line break for blocks, a space in hidden text
        # (added once there is hidden text: the rendering's leading spaces go anyway).
        if tag in _BLOCK:
            self.visible.append(_BREAK)
            if self.hidden:
                self.hidden.append("\n")
        elif self.hidden:
            self.hidden.append(" ")
        if tag in _VOID:
            if not dropped:
                alt = (attrib.get("alt") or "").strip()
                if alt:
                    self._emit(alt, hidden, link_index)
            return
        if not hidden and attrib:
            style = attrib.get("style")
            hidden = "hidden" in attrib or bool(style and _HIDDEN_STYLE.search(style))
        dropped = dropped or tag in _DROPPED
        if len(self.stack) >= self.max_depth + _IMPLIED:
            raise _TooDeep
        frame = (tag, hidden, dropped, link_index)
        self.stack.append(frame)
        self.in_hidden, self.in_dropped, self.in_link = hidden, dropped, link_index
        if tag in _ROW_TAGS:
            self._open_row(tag, frame)

    def end(self, tag: str) -> None:
        if tag in _VOID:
            return  # its start already marked the boundary
        stack = self.stack
        closed: _Open | None = None
        # Close up to the nearest matching open tag; ignore a stray end tag.
        if stack and stack[-1][0] == tag:
            closed = stack.pop()
        else:
            for index in range(len(stack) - 2, -1, -1):
                if stack[index][0] == tag:
                    closed = stack[index]
                    del stack[index:]
                    rows = self.rows
                    while rows and rows[-1].depth > index:
                        rows.pop()  # tables and rows closed with it, without their end tags
                    break
        if stack:
            _, self.in_hidden, self.in_dropped, self.in_link = stack[-1]
        else:
            self.in_hidden, self.in_dropped, self.in_link = False, False, None
        if tag in _BLOCK:  # as in ``start``
            self.visible.append(_BREAK)
            if self.hidden:
                self.hidden.append("\n")
        elif self.hidden:
            self.hidden.append(" ")
        if closed is not None and tag in _ROW_TAGS:
            self._close_row(tag, closed)

    def data(self, data: str) -> None:
        # ``_emit`` written out: the most frequent event
        if self.in_dropped:
            return
        if self.in_hidden:
            self.hidden.append(data)
        else:
            self.visible.append(data)
            if self.in_link is not None:
                self.links[self.in_link][1].append(data)

    def _emit(self, text: str, hidden: bool, link_index: int | None) -> None:
        if hidden:
            self.hidden.append(text)
        else:
            self.visible.append(text)
            if link_index is not None:
                self.links[link_index][1].append(text)

    def close(self) -> None:
        """End of input (the parser's result; the extractor keeps its own)."""

    # -- table rows ---------------------------------------------------------------------

    def _open_row(self, tag: str, frame: _Open) -> None:
        """A table, row or cell began (its start break is the last chunk)."""
        at = len(self.visible) - 1
        rows = self.rows
        if tag == "table" or tag == "tr":
            self.nested += 1
            # a row of one line just before, in the same table (or row), may end the line
            after = self.row_end if not rows or self.row_end > rows[-1].start else -1
            row = _Row(frame, len(self.stack) - 1, at, self.nested, after)
            if tag == "table":
                row.cells = None
            rows.append(row)
        elif rows and rows[-1].cells is not None:  # else a cell outside rows
            row = rows[-1]
            if row.cell >= 0 or row.nested != self.nested:
                row.plain = False  # a cell in a cell, or a table or row began outside cells
            row.cell = at

    def _close_row(self, tag: str, closed: _Open) -> None:
        """A table, row or cell ended (its end break is the last chunk); it stood at the
        stack's current height."""
        at = len(self.visible) - 1
        rows = self.rows
        if tag == "table" or tag == "tr":
            depth = len(self.stack)
            while rows and rows[-1].depth >= depth:  # it, and any closed with it
                row = rows.pop()
                if (
                    row.frame is closed
                    and row.cells  # a row (not a table) of two cells or more, plain
                    and len(row.cells) > 1
                    and row.plain
                    and row.cell < 0
                    and row.nested == self.nested
                ):
                    self._one_line(row, at)
        elif rows and rows[-1].cell >= 0:
            row = rows[-1]
            if row.nested != self.nested:
                row.plain = False  # a table or row began in the cell
            row.cells.append((row.cell, at))  # type: ignore[union-attr]  # a row's cell
            row.cell = -1

    def _one_line(self, row: _Row, end: int) -> None:
        """Render ``row``, which ended at chunk ``end``, as one line if each cell holds at
        most a line of text and nothing but spaces stands between its cells: the cells'
        breaks become tabs (nothing before the first and after each), the breaks and
        spaces around a cell's text go, and a line break in it is a space.

        The chunks are looked at a cell at a time with ``str`` methods mapped over them:
        this runs for every row of two cells or more (most are layout rows)."""
        visible = self.visible
        cells = row.cells
        assert cells is not None
        texts: list[tuple[int, int]] = []  # each cell's first and last text chunk
        gap = row.start + 1
        for start, stop in cells:
            if gap < start and not all(map(str.isspace, visible[gap:start])):
                return  # text between cells
            if stop - start < 3:  # the usual cell: one chunk or none
                if stop - start == 1 or visible[start + 1].isspace():
                    texts.append((stop + 1, stop))  # no text: every chunk goes
                elif len(visible[start + 1]) > MAX_CELL_TEXT:
                    return  # a paragraph
                else:
                    texts.append((start + 1, start + 1))
            else:
                spaces = list(map(str.isspace, visible[start:stop]))
                if False not in spaces:
                    texts.append((stop + 1, stop))
                    gap = stop + 1
                    continue
                first = start + spaces.index(False)
                spaces.reverse()
                last = stop - 1 - spaces.index(False)
                if _Break in map(type, visible[first:last]):
                    return  # text on two lines
                if sum(map(len, visible[first : last + 1])) > MAX_CELL_TEXT:
                    return  # a paragraph
                texts.append((first, last))
            gap = stop + 1
        if gap < end and not all(map(str.isspace, visible[gap:end])):
            return
        if row.after >= 0 and all(map(str.isspace, visible[row.after + 1 : row.start])):
            gap = row.after + 1  # right under a row of one line, which ended the line
        else:
            gap = row.start + 1
        cell_break = ""
        for (start, stop), (first, last) in zip(cells, texts, strict=True):
            if gap < first:
                visible[gap:first] = [""] * (first - gap)
            if first <= last:
                visible[first] = visible[first].lstrip(_CELL_SPACES)
                visible[last] = visible[last].rstrip(_CELL_SPACES)
                for index in range(first, last + 1):
                    if "\n" in visible[index]:
                        visible[index] = visible[index].replace("\n", " ")
                if last < stop:
                    visible[last + 1 : stop + 1] = [""] * (stop - last)
            visible[start] = cell_break
            cell_break = _CELL_BREAK
            gap = stop + 1
        if gap < end:
            visible[gap:end] = [""] * (end - gap)
        self.row_end = end


_ROW_TAGS = frozenset({"table", "tr", "td", "th"})
# Spaces stripped from a cell's text at its ends in a row of one line.
_CELL_SPACES = " \t\n\r\f\v\u00a0"
# A cell's break until the rendering is tidied, then a tab: libxml2 never gives a NUL (it
# gives U+FFFD), so the text's own tabs are spaces by then, as any run of spaces.
_CELL_BREAK = "\x00"


# Runs of spaces become one space: the other spaces are made spaces by ``str.replace``, then
# runs of two or more collapsed by a pattern with a literal start, which the regex engine
# finds without stopping at every single space (a character class pattern stopped there:
# about a quarter of the HTML rendering's Python time on the corpus went to it).
_OTHER_SPACES = ("\t", "\r", "\f", "\v", "\u00a0")
_SPACES = re.compile(r"  +")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Stripped from the rendering's ends: whitespace but a tab (a last row's empty cells).
_ENDS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != "\t")


def _tidy(chunks: list[str]) -> str:
    """The chunks joined, spaces and blank lines collapsed; empties ``chunks``.

    Each step lets go of its input as soon as it is done: one copy of a large text is
    made at a time, beside its input, and none beside the chunks.
    """
    text = "".join(chunks)
    chunks.clear()
    if text.isspace():  # hidden text is mostly element boundaries alone
        return ""
    if text.isprintable():  # a link's words, say: no line break, no space but " "
        return (_SPACES.sub(" ", text) if "  " in text else text).strip()
    for space in _OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    text = _SPACES.sub(" ", text)
    if _CELL_BREAK in text:
        text = text.replace(_CELL_BREAK, "\t")
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip(_ENDS)


def html_to_text(html: str, max_depth: int = MAX_DEPTH) -> HtmlText:
    """Render HTML to plain text; never raises on malformed markup.

    A document that nests more than ``max_depth`` elements is rendered again with the
    elements past that depth not nested (``flattened``); if libxml2 still nests that deep,
    rendering stops there (``cut``).
    """
    extractor, whole = _render(html, max_depth)
    flattened = not whole
    if flattened:
        extractor.reset()
        extractor, whole = _render(_flatten(html, max_depth), max_depth)
    text, hidden = _tidy(extractor.visible), _tidy(extractor.hidden)
    links = [(href, _tidy(words)) for href, words in extractor.links]
    urls = extractor.urls
    extractor.reset()  # an idle parser holds on to nothing of the last document
    return HtmlText(text, hidden, links, urls, flattened, cut=not whole)


def _render(html: str, max_depth: int) -> tuple[_Extractor, bool]:
    """Feed ``html`` to a parser: its extractor, and False if the document nested past
    ``max_depth`` (the extractor then holds what came before)."""
    parser, extractor = _take_parser()
    extractor.max_depth = max_depth
    data = html.encode("utf-8", "replace")  # a lone surrogate must not lose the rest
    try:
        # a piece at a time: after the extractor raises, libxml2 still reads to the end of
        # the piece it was given (the extractor no longer called)
        for start in range(0, len(data), _FEED_BYTES):
            parser.feed(data[start : start + _FEED_BYTES])
        parser.close()
    except _TooDeep:
        return extractor, False
    except Exception:  # libxml2 gives up on some pathological markup; keep what we have
        pass
    else:
        _idle.parser = (parser, extractor)  # cleanly closed: ready for the next document
    return extractor, True


# A start or end tag (its name), or a comment or raw-text element, which hold no tags; as
# libxml2's tokenizer sees them, near enough: a mistake only changes which tags are dropped
# and libxml2's own depth is still checked.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(?:script|style|xmp|iframe|noembed|noframes|textarea|title|plaintext)\b"
    r"(?:[^>]*>.*?</(?:script|style|xmp|iframe|noembed|noframes|textarea|title)\s*>|.*\Z)"
    r"|<(/?)([A-Za-z][^\t\n\f\r />]*)[^>]*>?",
    re.IGNORECASE | re.DOTALL,
)


def _flatten(html: str, max_depth: int) -> str:
    """``html`` without the start tags of elements nested ``max_depth`` deep or more (an
    ``a`` becomes an ``area``: its link is kept) nor the end tags that would close them,
    nor end tags that close no open element (``p`` and ``br`` ones excepted: libxml2 makes
    elements of them). Open elements are tracked as a stack with each name's positions, so
    every tag costs the same however deep the document."""
    pieces: list[str] = []
    kept_from = 0
    stack: list[str] = []
    positions: dict[str, list[int]] = {}
    beyond: dict[str, int] = {}  # open elements whose start tags were dropped, by name

    def drop(start: int, end: int, replacement: str = "") -> None:
        nonlocal kept_from
        pieces.extend((html[kept_from:start], replacement))
        kept_from = end

    for match in _TOKEN.finditer(html):
        name = match.group(2)
        if name is None:
            continue  # a comment or raw text
        name = name.lower()
        if not match.group(1):  # a start tag
            if name in _VOID:
                continue
            if len(stack) < max_depth:
                positions.setdefault(name, []).append(len(stack))
                stack.append(name)
                continue
            beyond[name] = beyond.get(name, 0) + 1
            link = "<area" + html[match.end(2) : match.end()] if name == "a" else ""
            drop(match.start(), match.end(), link)
        elif beyond.get(name):  # closes one of the dropped
            beyond[name] -= 1
            drop(match.start(), match.end())
        elif positions.get(name):  # closes an open element and all opened since
            index = positions[name][-1]
            for inner in stack[index:]:
                positions[inner].pop()
            del stack[index:]
            beyond.clear()
        elif name not in ("p", "br"):
            drop(match.start(), match.end())
    pieces.append(html[kept_from:])
    return "".join(pieces)


# One idle parser per thread (lxml parsers are not thread-safe). Setting up a parser with a
# target costs as much as rendering a small document (lxml inspects the target's methods),
# so a parser that closed cleanly is kept; one that raised is dropped, never fed again.
_idle = threading.local()


def _take_parser() -> tuple[etree.HTMLParser, _Extractor]:
    idle: tuple[etree.HTMLParser, _Extractor] | None = getattr(_idle, "parser", None)
    _idle.parser = None
    if idle is not None:  # its extractor was reset when it finished
        return idle
    extractor = _Extractor()
    parser = etree.HTMLParser(
        target=extractor,
        encoding="utf-8",
        recover=True,
        no_network=True,
        huge_tree=True,
        remove_comments=True,
    )
    return parser, extractor
