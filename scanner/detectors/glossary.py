"""Field names in other languages read in English: "护照号码：E60974624" as "passport number:
E60974624".

Mail from services for immigrant communities labels a value in the reader's language
("Lambarka laysinka: R195357835388", "Ваш кредитный рейтинг (FICO): 647", "kòd sekirite:
978"); the pattern rules' keywords and context words are English (with a few Spanish, French
and Portuguese ones). The rule packs' ``glossary`` maps such words, lower-case, to the
English words a rule looks for. ``GlossaryScanner`` finds them in the keyword pass the rules
and lexicons share, and gives the rules the lines around each one with it written in
English, the rest as it stands; a hit is reported at its place in the mail, and a hit that
takes in a translated word takes in that word as written (an adverse credit-report item
named in Russian).

Only the words' lines are read again: each found word's line, from at most ``BEFORE``
characters before it, to the end of the next line, at most ``AFTER`` characters after it;
windows that touch are one, windows are a blank line apart, and at most ``max_words`` words
are looked at per text. A word written in a script that spaces its words (Latin, Cyrillic,
Arabic, Ethiopic) must stand as a word; a word in Chinese or Japanese characters or in
Hangul is found inside a longer run of them, which is how those are written ("州驾照号码",
"비밀번호는").
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice

from scanner.detectors.engine import Hit, Keywords, TextScanner, is_boundary
from scanner.detectors.lowering import Lowered
from scanner.detectors.tables import hits_in_view

BEFORE = 200  # characters of a word's line read before it
AFTER = 300  # characters read after it: the rest of its line and the next one
_UNSPACED = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")  # scripts written without spaces


@dataclass(frozen=True, slots=True)
class _Piece:
    view: int  # where it starts in the view
    text: int  # where it starts in the mail text
    length: int  # its length in the view
    written: int  # its length in the mail text (a translated word's length as written)
    translated: bool = False  # a glossary word, in English in the view


@dataclass(frozen=True, slots=True)
class GlossaryView:
    """Lines of a text with their glossary words in English, and where each part came from."""

    text: str
    pieces: tuple[_Piece, ...]  # in view order; nothing of the mail between two windows

    def to_text(self, start: int, end: int) -> tuple[int, int] | None:
        """The mail-text span of view span ``start``-``end``, or None when it runs across two
        windows; an end inside a translated word is that word's end as written."""
        first, last = self._piece_at(start), self._piece_at(end - 1)
        if first < 0 or not self._same_window(first, last):
            return None
        return self._place(first, start, False), self._place(last, end - 1, True)

    def at(self, position: int) -> int:
        """The mail-text position of view ``position``: where a rule that stopped there is
        reported."""
        index = max(0, self._piece_at(position))
        return self._place(index, position, False)

    def _piece_at(self, position: int) -> int:
        return bisect.bisect_right(self.pieces, position, key=lambda piece: piece.view) - 1

    def _same_window(self, first: int, last: int) -> bool:
        """No mail text is left out between pieces ``first`` and ``last``."""
        pieces = self.pieces
        return all(
            pieces[i].view + pieces[i].length == pieces[i + 1].view
            and pieces[i].text + pieces[i].written == pieces[i + 1].text
            for i in range(first, last)
        )

    def _place(self, index: int, position: int, end: bool) -> int:
        """The mail position of view ``position`` in piece ``index`` (the end of the last
        character if ``end``): a translated word maps whole, to its start or its end."""
        piece = self.pieces[index]
        offset = min(position - piece.view, piece.length - 1)
        if piece.translated:
            return piece.text + (piece.written if end else 0)
        return piece.text + offset + end


def glossary_view(
    text: str, words: list[tuple[int, int, str]], max_words: int
) -> GlossaryView | None:
    """``text``'s lines around ``words`` ((start, end, English) in text order, found as
    written), each written in English; at most ``max_words`` of them; None when none."""
    words = words[:max_words]
    if not words:
        return None
    parts: list[str] = []
    pieces: list[_Piece] = []
    size = 0
    for window_start, window_end, inside in _windows(text, words):
        if parts:
            parts.append("\n\n")
            size += 2
        at = window_start
        for start, end, english in inside:
            for piece_start, piece_end, written in ((at, start, None), (start, end, english)):
                value = (
                    text[piece_start:piece_end]
                    if written is None
                    else _spaced(written, parts[-1][-1:] if parts else "", text[end : end + 1])
                )
                if not value:
                    continue
                pieces.append(
                    _Piece(
                        size, piece_start, len(value), piece_end - piece_start, written is not None
                    )
                )
                parts.append(value)
                size += len(value)
            at = end
        if at < window_end:
            pieces.append(_Piece(size, at, window_end - at, window_end - at))
            parts.append(text[at:window_end])
            size += window_end - at
    return GlossaryView("".join(parts), tuple(pieces))


def _spaced(english: str, before: str, after: str) -> str:
    """``english`` with a space before and after it unless white space or nothing is there
    (a word in Chinese characters stands between others without one)."""
    head = "" if not before or before.isspace() else " "
    tail = "" if not after or after.isspace() else " "
    return f"{head}{english}{tail}"


def _windows(
    text: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """(start, end, the words in it) of each window to read, in text order."""
    start = end = -1
    inside: list[tuple[int, int, str]] = []
    for word in words:
        line = text.rfind("\n", 0, word[0]) + 1
        word_start = max(line, word[0] - BEFORE)
        if inside and word_start > end:
            yield start, end, inside
            inside = []
        if not inside:
            start = word_start
        inside.append(word)
        end = max(end, _window_end(text, word[1]))
    if inside:
        yield start, end, inside


def _window_end(text: str, end: int) -> int:
    """The end of the line after the one ``end`` is on, at most ``AFTER`` characters on."""
    stop = min(len(text), end + AFTER)
    line_end = text.find("\n", end, stop)
    if line_end < 0:
        return stop
    next_end = text.find("\n", line_end + 1, stop)
    return stop if next_end < 0 else next_end


def _unspaced(char: str) -> bool:
    """``char`` is of a script written without spaces between words."""
    return unicodedata.name(char, "").startswith(_UNSPACED)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """The word at ``start``-``end`` is a word of its own, or needs not be (its edge is in a
    script written without spaces)."""
    return (_unspaced(text[start]) or is_boundary(text, start - 1)) and (
        _unspaced(text[end - 1]) or is_boundary(text, end)
    )


class GlossaryScanner:
    """Runs the pattern rules over the lines of a text that hold field names in other
    languages, those written in English (``glossary``: lower-case word -> English)."""

    def __init__(
        self,
        rules: TextScanner,
        glossary: Mapping[str, str],
        max_words: int,
        keywords: Keywords | None = None,
    ) -> None:
        """``keywords``: the automaton the rules and lexicons share (one pass for all)."""
        self.rules = rules
        self.max_words = max_words
        self._keywords = Keywords() if keywords is None else keywords
        self._slot = self._keywords.slot()
        for word, english in glossary.items():
            self._keywords.add(self._slot, word, english)
        self._keywords.build()

    def entity_names(self) -> frozenset[str]:
        """The rules' entities."""
        return self.rules.entity_names()

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits in the lines of ``text`` around its glossary words, at their place in it."""
        view = self.view(text, low)
        if view is None:
            return []
        return hits_in_view(self.rules, view)

    def view(self, text: str, low: Lowered | None = None) -> GlossaryView | None:
        """``text``'s lines around its glossary words, those in English (None: it has none)."""
        if self.max_words <= 0:
            return None
        low = Lowered(text) if low is None else low
        slot = self._slot
        found = islice(
            (
                (start, -end, english)
                for start, end, values in self._keywords.find(low)
                if (english := values[slot]) is not None and _stands_alone(text, start, end)
            ),
            4 * self.max_words,  # a word inside a longer one at the same place is found too
        )
        words: list[tuple[int, int, str]] = []
        for start, negative_end, english in sorted(found):  # the longest word at a place
            if words and start < words[-1][1]:
                continue
            words.append((start, -negative_end, english))
        return glossary_view(text, words, self.max_words)
