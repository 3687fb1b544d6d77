"""HTML to text without executing anything: scripts and styles dropped, links kept.

Uses libxml2's HTML tokenizer through lxml's event interface: no tree is built, no DTD or
network access, no script engine; cost is linear in the input. Text a reader cannot see
(``display:none``, ``hidden``, zero font size...) is returned separately so that detectors
scan it and rules can note it.
"""

from __future__ import annotations

import re
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


@dataclass
class _Element:
    tag: str
    hidden: bool
    dropped: bool
    link_index: int | None


class _Extractor:
    """The parser target: receives start/end/data events, keeps the open-element stack."""

    def __init__(self) -> None:
        self.stack: list[_Element] = []
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self.links: list[tuple[str, list[str]]] = []
        self.urls: list[str] = []

    def _state(self) -> tuple[bool, bool, int | None]:
        if not self.stack:
            return False, False, None
        top = self.stack[-1]
        return top.hidden, top.dropped, top.link_index

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        hidden, dropped, link_index = self._state()
        url_attr = _URL_ATTRS.get(tag)
        target = (attrib.get(url_attr) or "").strip() if url_attr else ""
        if target and not dropped:
            self.urls.append(target)
            if tag in ("a", "area"):
                self.links.append((target, []))
                link_index = len(self.links) - 1
        self._boundary(tag)
        if tag in _VOID:
            alt = (attrib.get("alt") or "").strip()
            if alt and not dropped:
                self._emit(alt, hidden, link_index)
            return
        is_hidden = (
            hidden or "hidden" in attrib or bool(_HIDDEN_STYLE.search(attrib.get("style") or ""))
        )
        self.stack.append(_Element(tag, is_hidden, dropped or tag in _DROPPED, link_index))

    def end(self, tag: str) -> None:
        if tag in _VOID:
            return  # its start already marked the boundary
        # Close up to the nearest matching open tag; ignore a stray end tag.
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                break
        self._boundary(tag)

    def _boundary(self, tag: str) -> None:
        """Element edges separate words: a newline for blocks, a space in hidden text."""
        if tag in _BLOCK:
            self.visible.append("\n")
            self.hidden.append("\n")
        else:
            self.hidden.append(" ")

    def data(self, data: str) -> None:
        hidden, dropped, link_index = self._state()
        if not dropped:
            self._emit(data, hidden, link_index)

    def _emit(self, text: str, hidden: bool, link_index: int | None = None) -> None:
        (self.hidden if hidden else self.visible).append(text)
        if link_index is not None and not hidden:
            self.links[link_index][1].append(text)

    def close(self) -> None:
        """End of input (the parser's result; the extractor keeps its own)."""


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _tidy(chunks: list[str]) -> str:
    text = _SPACES.sub(" ", "".join(chunks))
    return _BLANK_LINES.sub("\n\n", text).strip()


def html_to_text(html: str) -> HtmlText:
    """Render HTML to plain text; never raises on malformed markup."""
    extractor = _Extractor()
    parser = etree.HTMLParser(
        target=extractor,
        encoding="utf-8",
        recover=True,
        no_network=True,
        huge_tree=True,
        remove_comments=True,
    )
    try:
        parser.feed(html.encode("utf-8", "replace"))  # a lone surrogate must not lose the rest
        parser.close()
    except Exception:  # libxml2 gives up on some pathological markup; keep what we have
        pass
    links = [(href, _tidy(text)) for href, text in extractor.links]
    return HtmlText(_tidy(extractor.visible), _tidy(extractor.hidden), links, extractor.urls)
