"""HTML to text without executing anything: scripts and styles dropped, links kept.

Uses the standard library's tokenizer (no DOM, no network, no script engine); cost is linear
in the input. Text a reader cannot see (``display:none``, ``hidden``, zero font size...)
is returned separately so that detectors scan it and rules can note it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_DROPPED = frozenset({"script", "style", "head", "noscript", "template", "svg", "object"})
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


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        hidden, dropped, link_index = self._state()
        values = {name: value or "" for name, value in attrs}
        url_attr = _URL_ATTRS.get(tag)
        target = values.get(url_attr, "").strip() if url_attr else ""
        if target and not dropped:
            self.urls.append(target)
            if tag in ("a", "area"):
                self.links.append((target, []))
                link_index = len(self.links) - 1
        self._boundary(tag)
        if tag in _VOID:
            alt = values.get("alt", "").strip()
            if alt and not dropped:
                self._emit(alt, hidden, link_index)
            return
        is_hidden = (
            hidden or "hidden" in values or bool(_HIDDEN_STYLE.search(values.get("style", "")))
        )
        self.stack.append(_Element(tag, is_hidden, dropped or tag in _DROPPED, link_index))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        # Malformed HTML: close up to the nearest matching open tag, ignore a stray end tag.
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

    def handle_data(self, data: str) -> None:
        hidden, dropped, link_index = self._state()
        if not dropped:
            self._emit(data, hidden, link_index)

    def _emit(self, text: str, hidden: bool, link_index: int | None = None) -> None:
        (self.hidden if hidden else self.visible).append(text)
        if link_index is not None and not hidden:
            self.links[link_index][1].append(text)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def _tidy(chunks: list[str]) -> str:
    text = _SPACES.sub(" ", "".join(chunks))
    return _BLANK_LINES.sub("\n\n", text).strip()


def html_to_text(html: str) -> HtmlText:
    """Render HTML to plain text; never raises on malformed markup."""
    extractor = _Extractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:  # html.parser can raise on pathological markup; keep what we have
        pass
    links = [(href, _tidy(text)) for href, text in extractor.links]
    return HtmlText(_tidy(extractor.visible), _tidy(extractor.hidden), links, extractor.urls)
