"""Lower-casing for case-insensitive matching, with offsets that stay valid.

``lowered(text)`` is the text lower-cased with the same length. The detectors do not hold it
for a large text: ``Lowered`` hands out any slice of it on demand, and the whole of it one
piece at a time, so a scan of a 10 MB body never holds a second full-size string.

Two facts about CPython's ``str.lower`` make this exact (``tests/detectors/test_lowered.py``
checks both against the running interpreter's Unicode tables):

- ``İ`` (U+0130) is the only character whose lower-case form is longer than one character;
- ``Σ`` (U+03A3) is the only character lower-cased by its context (final sigma ``ς``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

LOWER_CHUNK = 1 << 16  # characters lower-cased at a time in a large text
# Texts up to this many characters are lowered whole and kept, as are the keyword matches
# over them: at most a few MB, and faster than going piece by piece.
LOWER_KEEP = 1 << 18
_EXPANDS = "\u0130"  # the only character that lower-cases to several
_SIGMA = "\u03a3"  # the only character lower-cased by context
_SMALL_SIGMA = "\u03c3"  # what it lowers to on its own
# Every character ``str.isspace`` accepts except the space (a superset of a pattern's ``\s``).
OTHER_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def lowered(text: str, chunk: int = LOWER_CHUNK) -> str:
    """``text`` lower-cased with the same length (so offsets stay valid): where a character
    lower-cases to several (``İ``), every character is lowered on its own.

    A text longer than ``chunk`` is lowered in the pieces of ``piece_bounds`` (cut after a
    space or newline, where the final-sigma rule looks no further), because CPython's
    ``str.lower`` of non-ASCII text allocates 12 bytes per character at once.
    """
    return "".join(piece for _, piece in Lowered(text, chunk).pieces())


def spaces_folded(text: str) -> str:
    """``text`` with every white-space character a plain space, the same length: a keyword's
    space then also stands for a line break, a tab or a no-break space, as ``\\s`` does in a
    pattern ("security code" in "the security\\ncode is 417")."""
    for char in OTHER_SPACES:
        if char in text:
            text = text.replace(char, " ")
    return text


class Lowered:
    """``lowered(text)`` without holding it whole: any slice on demand, or piece by piece.

    A text of up to ``keep`` characters is lowered at once and kept (the cheap path for
    ordinary messages). A longer one is only cut into pieces; a slice is lowered when asked
    for, and ``pieces()`` lowers one piece at a time. Every string handed out equals the
    same range of ``lowered(text, chunk)``. ``shared`` keeps passes over the text that
    several scanners use (``Keywords.find``); they go when the text's scan is done.
    """

    __slots__ = ("text", "whole", "shared", "_bounds", "_one_by_one", "_piece")

    def __init__(self, text: str, chunk: int = LOWER_CHUNK, keep: int = LOWER_KEEP) -> None:
        """``chunk``: the piece size of the lowering; a text of at most ``max(chunk, keep)``
        characters is lowered at once and kept."""
        self.text = text
        self.shared: dict[object, Any] = {}
        self._one_by_one = _EXPANDS in text
        self._piece: tuple[int, str] = (-1, "")
        self.whole: str | None = None
        if len(text) <= chunk:  # the common case, kept as cheap as lowering the text
            self._bounds = [(0, len(text))]
            self.whole = self._lower(text)
            return
        self._bounds = piece_bounds(text, chunk)
        if len(text) <= keep:
            self.whole = "".join(piece for _, piece in self._lowered_pieces())

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> str:
        """``lowered(text)[start:end]`` (bounds clamped to the text, as slicing does)."""
        if self.whole is not None:
            return self.whole[start:end]
        part = self.text[start:end]
        if self._one_by_one:
            return _lowered_one_by_one(part)  # context-free: a slice lowers like the whole
        if _SIGMA not in part:
            return part.lower()  # every other character lowers the same in any context
        return self._slice_of_pieces(*slice(start, end).indices(len(self.text))[:2])

    def pieces(self) -> Iterator[tuple[int, str]]:
        """(start, lowered piece) of consecutive pieces covering the text, in order."""
        if self.whole is not None:
            yield 0, self.whole
        else:
            yield from self._lowered_pieces()

    def _lowered_pieces(self) -> Iterator[tuple[int, str]]:
        for index, (start, _) in enumerate(self._bounds):
            yield start, self._lower_piece(index)

    def _lower_piece(self, index: int) -> str:
        start, end = self._bounds[index]
        return self._lower(self.text[start:end])

    def _lower(self, piece: str) -> str:
        return _lowered_one_by_one(piece) if self._one_by_one else piece.lower()

    def _slice_of_pieces(self, start: int, end: int) -> str:
        """The slice taken from the lowered pieces it overlaps (the last one is kept)."""
        parts: list[str] = []
        first = bisect_right(self._bounds, start, key=itemgetter(0)) - 1
        for index in range(first, len(self._bounds)):
            lo, hi = self._bounds[index]
            if lo >= end:
                break
            if self._piece[0] != index:
                self._piece = (index, self._lower_piece(index))
            parts.append(self._piece[1][max(start, lo) - lo : min(end, hi) - lo])
        return "".join(parts)


def piece_bounds(text: str, chunk: int = LOWER_CHUNK) -> list[tuple[int, int]]:
    """``text`` cut in pieces of at most ``chunk`` characters, each ending after the last
    space or newline in its second half when there is one."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > chunk:
        limit = start + chunk
        half = limit - chunk // 2
        cut = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
        end = cut + 1 if cut >= 0 else limit
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _lowered_one_by_one(text: str) -> str:
    """Every character lowered on its own, ``İ`` kept: as ``c.lower()`` per character, but
    at C speed (alone, ``Σ`` lowers to ``σ``; no other character depends on context)."""
    parts = text.split(_EXPANDS)
    return _EXPANDS.join(part.replace(_SIGMA, _SMALL_SIGMA).lower() for part in parts)
