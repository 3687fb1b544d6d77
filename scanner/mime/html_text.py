"""HTML to text without executing anything: scripts and styles dropped, links kept.

Uses libxml2's HTML tokenizer through lxml's event interface: no tree is built, no DTD or
network access, no script engine; cost is linear in the input. Text a reader cannot see
(``display:none``, ``hidden``, zero font size...) is returned separately so that detectors
scan it and rules can note it.
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


# An open element: (tag, hidden, dropped, index of the enclosing link or None).
_Open = tuple[str, bool, bool, int | None]


class _Extractor:
    """The parser target: receives start/end/data events, keeps the open-element stack.

    Called once per tag and text run, so the state of the innermost open element is kept
    in attributes rather than looked up on the stack each time.
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
        self._boundary(tag)
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
        self.stack.append((tag, hidden, dropped, link_index))
        self.in_hidden, self.in_dropped, self.in_link = hidden, dropped, link_index

    def end(self, tag: str) -> None:
        if tag in _VOID:
            return  # its start already marked the boundary
        stack = self.stack
        # Close up to the nearest matching open tag; ignore a stray end tag.
        if stack and stack[-1][0] == tag:
            stack.pop()
        else:
            for index in range(len(stack) - 2, -1, -1):
                if stack[index][0] == tag:
                    del stack[index:]
                    break
        if stack:
            _, self.in_hidden, self.in_dropped, self.in_link = stack[-1]
        else:
            self.in_hidden, self.in_dropped, self.in_link = False, False, None
        self._boundary(tag)

    def _boundary(self, tag: str) -> None:
        """Element edges separate words: a newline for blocks, a space in hidden text."""
        if tag in _BLOCK:
            self.visible.append("\n")
            self.hidden.append("\n")
        else:
            self.hidden.append(" ")

    def data(self, data: str) -> None:
        if not self.in_dropped:
            self._emit(data, self.in_hidden, self.in_link)

    def _emit(self, text: str, hidden: bool, link_index: int | None) -> None:
        if hidden:
            self.hidden.append(text)
        else:
            self.visible.append(text)
            if link_index is not None:
                self.links[link_index][1].append(text)

    def close(self) -> None:
        """End of input (the parser's result; the extractor keeps its own)."""


# Runs of spaces become one space; the pattern skips the common single space, which would
# be replaced by itself.
_SPACES = re.compile(r" [ \t\r\f\v\u00a0]+|[\t\r\f\v\u00a0][ \t\r\f\v\u00a0]*")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _tidy(chunks: list[str]) -> str:
    """The chunks joined, spaces and blank lines collapsed; empties ``chunks``.

    Each step lets go of its input as soon as it is done: one copy of a large text is
    made at a time, beside its input, and none beside the chunks.
    """
    text = "".join(chunks)
    chunks.clear()
    if text.isspace():  # hidden text is mostly element boundaries alone
        return ""
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


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
