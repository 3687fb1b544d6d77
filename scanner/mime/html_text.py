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


@dataclass
class HtmlText:
    """Visible text, hidden text, links (href with its visible text) and other URLs."""

    text: str
    hidden_text: str
    links: list[tuple[str, str]] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)


# An open element: (tag, hidden, dropped, index of the enclosing link or None).
_Open = tuple[str, bool, bool, int | None]


class _Extractor:
    """The parser target: receives start/end/data events, keeps the open-element stack.

    Called once per tag and text run, so the state of the innermost open element is kept
    in attributes rather than looked up on the stack each time.
    """

    def __init__(self) -> None:
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


def html_to_text(html: str) -> HtmlText:
    """Render HTML to plain text; never raises on malformed markup."""
    parser, extractor = _take_parser()
    try:
        parser.feed(html.encode("utf-8", "replace"))  # a lone surrogate must not lose the rest
        parser.close()
    except Exception:  # libxml2 gives up on some pathological markup; keep what we have
        pass
    else:
        _idle.parser = (parser, extractor)  # cleanly closed: ready for the next document
    text, hidden = _tidy(extractor.visible), _tidy(extractor.hidden)
    links = [(href, _tidy(words)) for href, words in extractor.links]
    urls = extractor.urls
    extractor.reset()  # an idle parser holds on to nothing of the last document
    return HtmlText(text, hidden, links, urls)


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
