"""Numbers spoken or typed digit by digit: "the PIN is seven, three, nine, one".

Voicemail transcripts, call notes and paper forms copied with the writer's spacing write a
number the way it is said or typed slowly: "six-four-one-nine-nine-two", "her social is
four four seven dash two zero dash eight one six three", "447 dash 20 dash 8163",
"5 0 7 - 3 9 - 1 6 8 4", "double five", "oh" for zero. The pattern rules see only digits.
``SpokenScanner`` gives them the text with each such *run* written as its digits ("her
social is 447-20-8163"), the rest as it stands, so the rules' own context words decide as
they do on digits (an SSN needs its keyword or its strict format, a PIN needs "PIN" near),
and reports a hit that falls inside a run at that run's characters in the mail. Hits
elsewhere in the view are the plain rules' business: they scan the mail as it stands too.

A run is two or more digit tokens, each after the one before with one separator between
them: up to three spaces, or a comma, a hyphen or the word "dash" with up to three spaces
either side, then a speaker's "uh" or "um" (and a comma after it) if any, and at most one
line break after it (a wrapped line). A token is a digit word,
zero to nine in any case; "double" or "triple" and a digit word ("double five": 55); a
number; "oh" or "o" for zero, never first. A run is read when it holds at least
``MIN_DIGITS`` digits and a digit word, "double"/"triple" or "dash", or when it is single
digits only, three of them in a row a single space apart, the others a space or a hyphen
apart ("5 0 7 - 3 9 - 1 6 8 4"); other runs of numbers are plain numbers, the rules' own. A
number of two or more digits and the token beside it are one run only across "dash" or a
hyphen without spaces ("447 dash 20", "447 dash two zero"), not across spaces, a comma or a
spaced hyphen, which are prose there ("20 one-dollar bills", "call 555 0148 one more time",
"June 13, 2002 - one of us"). No token is glued to a letter, a digit or an apostrophe ("someone",
"o'clock", "5th"), or part of a decimal, a thousands group, a time or a date ("6.5",
"1,234", "5:30", "3/4"); a word hyphenated to a word that is no token is no digit
("twenty-one", "two-for-one", "five-star").

The view writes a run as its digits, with "-" for "dash" and for a hyphen between groups:
a spaced hyphen (" - "), a hyphen between two numbers, or a hyphen in a run whose other
separators are spaces or commas ("four four seven-two zero-eight one six three"); where a
run's only separators are hyphens without spaces ("six-four-one-nine-nine-two") or its
groups are split by spaced hyphens or "dash", such hyphens join the digits of one group.

Bounded and linear. A run worth reading holds a *seed*: a digit word, "double"/"triple",
"dash", or a single digit between spaces (" 5 "). Seeds are found in the keyword pass the
rules and lexicons make anyway (``Keywords``: one Aho-Corasick pass over the lowered text),
so a text without one is ruled out by a look at that pass's matches: cheaper than the
``str`` searches ``tables.py`` rules digits out with, as ten words and a digit pattern
would take a dozen passes over the text. A seed standing alone ("one of the", "phones",
"Sep 5 2002") is passed over after a look at the characters beside it. For each other seed
its run is found by a regex over a window of ``MAX_RUN`` characters either side, possessive
so nothing inside a run is re-tried; a run longer than ``MAX_RUN`` characters is no spoken
identifier and is skipped whole, its later seeds with it; at most ``max_runs`` seeds' runs
are looked for per text (the rest of it is scanned as plain text only); the rules then scan
the view once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from scanner.detectors.engine import Hit, Keywords, RuleEngine
from scanner.detectors.lowering import Lowered
from scanner.detectors.tables import hits_in_view

MIN_DIGITS = 4  # fewer is no identifier or secret the rules look for
MAX_RUN = 400  # characters: a longer run is no spoken identifier (a list, a hostile text)
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_VALUES = {word: str(value) for value, word in enumerate(_DIGIT_WORDS)} | {"oh": "0", "o": "0"}
_REPEATS = {"double": 2, "triple": 3}
_DIGITS = frozenset("0123456789")


def _anycase(word: str) -> str:
    """``word`` in ASCII letters of either case: no Unicode folding ("ſix" is no "six")."""
    return "".join(f"[{c}{c.upper()}]" for c in word)


def _alternatives(words: tuple[str, ...], first_seen: bool = False) -> str:
    """``words`` in either case; ``first_seen``: their first letter is matched already (a
    look-behind checks it)."""
    if first_seen:
        return "|".join(f"(?<={_anycase(w[0])}){_anycase(w[1:])}" for w in words)
    return "|".join(_anycase(w) for w in words)


# A run's first token stands alone. Its first character is one class, looked behind from
# once, so the regex engine skips in C to the characters a token can start with and tries
# the words only at the start of a word. Later tokens follow a separator, which ends with
# no letter or digit.
_STARTS = "".join(sorted({w[0] for w in (*_REPEATS, *_DIGIT_WORDS)}))
_ALONE_AFTER = r"(?![\w'’])"
_WORD = _alternatives(_DIGIT_WORDS)
_ZERO = _alternatives(("oh", "o"))
_AFTER_REPEAT = rf"(?:[ \t]{{1,3}}|-)(?:{_WORD}|{_ZERO})"  # "double five", "triple-oh"
_REPEAT = rf"(?:{_alternatives(tuple(_REPEATS))}){_AFTER_REPEAT}"
_NUMBER_REST = r"[0-9]*+(?![.,:/][0-9])"  # not a decimal, thousands group, time or date
_FIRST = (
    rf"[0-9{_STARTS}{_STARTS.upper()}](?<![\w'’].)"
    rf"(?:(?:{_alternatives(tuple(_REPEATS), True)}){_AFTER_REPEAT}"
    rf"|{_alternatives(_DIGIT_WORDS, True)}"
    rf"|(?<=[0-9])(?<![0-9][.,:/].){_NUMBER_REST}){_ALONE_AFTER}"
)
_NEXT = rf"(?:{_REPEAT}|{_WORD}|{_ZERO}|(?<![0-9][.,:/])[0-9]{_NUMBER_REST}){_ALONE_AFTER}"
# Possessive spaces: a separator is taken once, never split another way on the way back.
_DASH = _anycase("dash")
# A speaker's hesitation between digits, as a transcription writes it ("nine five six, uh,
# seven seven oh"): part of the separator.
_HESITATIONS = ("uh", "um", "er", "erm", "uhm")
_FILLER = rf"(?:{_alternatives(_HESITATIONS)}){_ALONE_AFTER}[ \t]{{0,3}}+,?[ \t]{{0,3}}+"
_SEPARATOR = (
    rf"[ \t]{{0,3}}+(?:(?:,|-|{_DASH}{_ALONE_AFTER})[ \t]{{0,3}}+)?(?:{_FILLER})?"
    rf"(?:\r?\n[ \t]{{0,3}}+)?"
)
_RUN = re.compile(rf"{_FIRST}(?:{_SEPARATOR}{_NEXT})++")
_TOKEN = re.compile(rf"(?P<repeat>{_REPEAT}){_ALONE_AFTER}|{_NEXT}")
# A token after a seed, and what separates them: the run goes on.
_TOKEN_AFTER = re.compile(rf"(?P<separator>{_SEPARATOR})(?P<token>{_NEXT})")
_SEPARATOR_CHARS = " \t,-\r\n"
# Characters a window's edge may cut off a run's end: a separator (3 spaces, "dash", 3
# spaces, a hesitation with its comma and spaces, a line break, 3 spaces) and a token
# ("triple three").
_CUT = 45
_SEEDS = (
    *((word, "word") for word in (*_DIGIT_WORDS, *_REPEATS)),
    ("dash", "dash"),
    *((f" {digit} ", "spaced") for digit in sorted(_DIGITS)),
)


@dataclass(frozen=True, slots=True)
class _Token:
    digits: str
    start: int
    end: int
    spelled: bool  # a digit word or "double"/"triple" (not "oh"/"o", not a number)
    zero: bool  # "oh" or "o"


@dataclass(frozen=True, slots=True)
class DigitRun:
    """A number read as digits: its place in the view and in the mail, character by
    character."""

    view: int  # where its digits start in the view
    start: int  # where it starts in the mail text
    end: int  # where it ends in the mail text
    chars: tuple[tuple[int, int], ...]  # for each view character, the mail span it renders


@dataclass(frozen=True, slots=True)
class SpokenView:
    """A text with its spoken-digit runs (or other numbers read as digits: ``separated.py``)
    written as digits, and where each came from."""

    text: str
    runs: tuple[DigitRun, ...]  # in order

    def to_text(self, start: int, end: int) -> tuple[int, int] | None:
        """The mail-text span of view span ``start``-``end``, or None when it is not inside
        one run: from the first character's token to the last one's."""
        index = self._run_at(start)
        if index < 0:
            return None
        run = self.runs[index]
        if end > run.view + len(run.chars):
            return None
        return run.chars[start - run.view][0], run.chars[end - 1 - run.view][1]

    def at(self, position: int) -> int:
        """The mail-text position of view ``position`` (a run's start inside a run)."""
        index = self._run_at(position)
        if index < 0:
            return position
        run = self.runs[index]
        if position < run.view + len(run.chars):
            return run.start
        return run.end + position - run.view - len(run.chars)

    def _run_at(self, position: int) -> int:
        """The index of the last run starting at or before view ``position`` (-1: none)."""
        return bisect.bisect_right(self.runs, position, key=lambda run: run.view) - 1


# A run to write as digits: its start and end in the mail, its digits as the view writes
# them, and the mail span of each of their characters.
RunReading = tuple[int, int, str, tuple[tuple[int, int], ...]]


def digit_view(text: str, readings: Iterable[RunReading]) -> SpokenView | None:
    """``text`` with each run of ``readings`` (in text order, none overlapping) written as
    read, the rest as it stands; None when there are none."""
    parts: list[str] = []
    runs: list[DigitRun] = []
    done = size = 0
    for start, end, rendered, chars in readings:
        parts.append(text[done:start])
        size += start - done
        runs.append(DigitRun(size, start, end, chars))
        parts.append(rendered)
        size += len(rendered)
        done = end
    if not runs:
        return None
    parts.append(text[done:])
    return SpokenView("".join(parts), tuple(runs))


def spoken_view(
    text: str, seeds: Iterable[tuple[int, int, str]], max_runs: int
) -> SpokenView | None:
    """``text`` with its spoken-digit runs written as digits; None when it has none.

    Only runs holding a seed are read (``seeds``: the spans and kinds of the words that
    make a run worth reading, in text order: see ``SpokenScanner``), at most ``max_runs``
    of them; the rest of the text is left as it stands. A seed counts only with a token
    beside it ("one of the" is no run), and its run is looked for from ``MAX_RUN``
    characters before it: a run starting further back is too long to read anyway."""
    return digit_view(text, _spoken_readings(text, seeds, max_runs))


def _spoken_readings(
    text: str, seeds: Iterable[tuple[int, int, str]], max_runs: int
) -> Iterator[RunReading]:
    """The runs ``spoken_view`` writes as digits, in text order."""
    done = covered = count = 0
    for start, end, kind in seeds:
        if start < covered or not _beside(text, start, end, kind):
            continue  # in a run read (or skipped) already, or standing alone
        if count >= max_runs:
            break
        count += 1
        if kind == "spaced":
            start, end = start + 1, end - 1  # the digit of " 5 "
        low = max(covered, start - MAX_RUN - _CUT)
        match = _run_holding(text, low, start, end)
        if match is None:
            covered = end
            continue
        covered = match.end()
        if match.end() - match.start() > MAX_RUN or match.start() < done:
            continue
        for tokens in _groups(text, match.start(), match.end()):
            rendered, chars = _render(text, tokens)
            yield tokens[0].start, tokens[-1].end, rendered, chars
            done = tokens[-1].end


def _beside(text: str, start: int, end: int, kind: str) -> bool:
    """The seed at ``start``-``end`` has a token beside it in a run (see ``spoken_view``)."""
    if kind == "spaced":
        return _spaced(text, start + 1)
    if (start and _glued(text[start - 1])) or (end < len(text) and _glued(text[end])):
        return False  # "someone", "phones", "dashboard"
    word = kind == "word"
    return _token_after(text, end, word) or (word and _token_before(text, start))


def _run_holding(text: str, low: int, start: int, end: int) -> re.Match[str] | None:
    """The run holding the seed at ``start``-``end``, looked for from ``low`` on, or None.

    A run ending near the window's end may go on past it: it is matched again to its real
    end (linear, once: the seeds in it are passed over after), to be read or skipped as too
    long. A run cut by the window's start is longer than ``MAX_RUN`` from there to the seed
    (``low`` is that far back), so it is skipped as too long all the same."""
    high = min(len(text), end + MAX_RUN + _CUT)
    for match in _RUN.finditer(text, low, high):
        if match.end() <= start:
            continue  # a run before the seed: it holds no seed, so it is not to be read
        if match.start() > start:
            return None  # the seed is in no run after all
        if high < len(text) and match.end() > high - _CUT:
            return _RUN.match(text, match.start())
        return match
    return None


def spoken_digits(value: str) -> str | None:
    """``value``, a run said digit by digit, written as the view writes it ("four four seven
    dash two zero dash eight one six three": "447-20-8163"); None when it holds no word (it
    is written in digits already) or is no run."""
    if not any(char.isalpha() for char in value) or _RUN.fullmatch(value) is None:
        return None
    return _render(value, list(_tokens(value, 0, len(value))))[0]


def _tokens(text: str, start: int, end: int) -> Iterator[_Token]:
    for match in _TOKEN.finditer(text, start, end):
        word = match.group().lower()
        if match.group("repeat") is not None:
            repeat, digit = re.split(r"[ \t-]+", word)
            yield _Token(_VALUES[digit] * _REPEATS[repeat], *match.span(), True, False)
        elif word in _VALUES:
            zero = word in ("oh", "o")
            yield _Token(_VALUES[word], *match.span(), not zero, zero)
        else:
            yield _Token(word, *match.span(), False, False)


def _groups(text: str, start: int, end: int) -> Iterator[list[_Token]]:
    """The runs to read in the run candidate ``text[start:end]``: split where a number of
    two or more digits meets a digit word without a hyphen or "dash" between them, without
    leading "oh"s or a hyphenated word at either end, and kept when they qualify."""
    group: list[_Token] = []
    for token in _tokens(text, start, end):
        if token.end == end and _compound(text, token.end, token.end + 1):
            break  # "five-star": the last word is no digit
        if token.start == start and _compound(text, start - 1, start - 2):
            continue  # "twenty-one", "two-for-one": the first word is no digit
        if group and _apart(group[-1], token, text[group[-1].end : token.start]):
            yield from _qualified(text, group)
            group = []
        if group or not token.zero:
            group.append(token)
    yield from _qualified(text, group)


def _compound(text: str, hyphen: int, letter: int) -> bool:
    """A hyphen at ``hyphen`` and a letter at ``letter``: the token beside the hyphen is
    part of a compound word."""
    return (
        min(hyphen, letter) >= 0
        and max(hyphen, letter) < len(text)
        and text[hyphen] == "-"
        and text[letter].isalpha()
    )


def _apart(before: _Token, after: _Token, separator: str) -> bool:
    """A number of two or more digits and the token beside it are one run only across
    "dash" or a hyphen without spaces: a comma, spaces or a spaced hyphen by a number are
    prose ("20 one-dollar bills", "June 13, 2002 - one of us")."""
    numbers = (before, after)
    if not any(len(token.digits) > 1 and not (token.spelled or token.zero) for token in numbers):
        return False
    return not _joins_numbers(separator)


def _joins_numbers(separator: str) -> bool:
    """``separator`` joins a number of two or more digits to a token: "dash" or a hyphen."""
    return separator == "-" or "dash" in separator.lower()


def _qualified(text: str, group: list[_Token]) -> Iterator[list[_Token]]:
    if sum(len(token.digits) for token in group) < MIN_DIGITS:
        return
    separators = [text[a.end : b.start] for a, b in zip(group, group[1:], strict=False)]
    if any(token.spelled for token in group) or any("dash" in s.lower() for s in separators):
        yield group
    elif (
        all(len(token.digits) == 1 and not token.zero for token in group)
        and all(s == " " or (s.strip(" ") == "-" and len(s) <= 3) for s in separators)
        and any(a == b == " " for a, b in zip(separators, separators[1:], strict=False))
    ):
        yield group  # "5 0 7 - 3 9 - 1 6 8 4"


def _render(text: str, group: list[_Token]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The run's digits with its group separators as "-", and the mail span of each
    character of that."""
    kinds = [_kind(text[a.end : b.start]) for a, b in zip(group, group[1:], strict=False)]
    # Hyphens without spaces split groups only where spaces or commas join digits.
    tight_splits = "join" in kinds and not ({"dash", "spaced"} & set(kinds))
    out: list[str] = []
    chars: list[tuple[int, int]] = []
    for index, token in enumerate(group):
        if index:
            before, kind = group[index - 1], kinds[index - 1]
            numbers = not (before.spelled or before.zero or token.spelled or token.zero)
            if kind in ("dash", "spaced") or (kind == "tight" and (tight_splits or numbers)):
                out.append("-")
                chars.append(_separator_span(text, before.end, token.start))
        out.append(token.digits)
        chars.extend([(token.start, token.end)] * len(token.digits))
    return "".join(out), tuple(chars)


def _kind(separator: str) -> str:
    """ "dash" (the word), "spaced" (a hyphen with a space or line break by it), "tight" (a
    hyphen alone) or "join" (spaces, a comma, a line break)."""
    if "dash" in separator.lower():
        return "dash"
    if "-" in separator:
        return "tight" if separator == "-" else "spaced"
    return "join"


def _separator_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a separator's "dash" or hyphen, without the spaces around it."""
    piece = text[start:end]
    stripped = piece.strip()
    offset = piece.find(stripped)
    return start + offset, start + offset + len(stripped)


class SpokenScanner:
    """Runs the pattern rules over a text with its spoken-digit runs written as digits."""

    def __init__(self, rules: RuleEngine, max_runs: int, keywords: Keywords | None = None) -> None:
        """``keywords``: the automaton the rules and lexicons share (one pass for all)."""
        self.rules = rules
        self.max_runs = max_runs
        self._keywords = Keywords() if keywords is None else keywords
        self._slot = self._keywords.slot()
        for word, kind in _SEEDS:
            self._keywords.add(self._slot, word, kind)
        self._keywords.build()

    def entity_names(self) -> frozenset[str]:
        """The rules' entities."""
        return self.rules.entity_names()

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits inside the spoken-digit runs of ``text``, at their words in ``text``."""
        view = self.view(text, low)
        if view is None:
            return []
        return hits_in_view(self.rules, view)

    def view(self, text: str, low: Lowered | None = None) -> SpokenView | None:
        """``text`` with its spoken-digit runs written as digits (None: it has none)."""
        if self.max_runs <= 0:
            return None
        low = Lowered(text) if low is None else low
        slot = self._slot
        found = self._keywords.find(low)
        # The seeds: digit words, "double"/"triple", "dash" and spaced single digits (" 5 ")
        # as substrings, with their kind, in text order, from the keyword pass the rules and
        # lexicons share; a text without them is ruled out at the cost of a look at it.
        seeds: Iterable[tuple[int, int, str]]
        if low.whole is not None:  # the pass is kept: a list, looked at in one go
            seeds = [
                (start, end, kind)
                for start, end, values in found
                if (kind := values[slot]) is not None
            ]
            if not seeds:
                return None
        else:  # a long text's pass goes a piece at a time: so do its seeds
            seeds = (
                (start, end, kind)
                for start, end, values in found
                if (kind := values[slot]) is not None
            )
        return spoken_view(text, seeds, self.max_runs)


def _spaced(text: str, digit: int) -> bool:
    """The digit at ``digit``, between spaces, has a single digit a space before and after
    it: three single digits in a row ("5 0 7")."""
    return (
        digit >= 2
        and digit + 2 < len(text)
        and text[digit - 2] in _DIGITS
        and text[digit + 2] in _DIGITS
        and (digit < 3 or text[digit - 3] not in _DIGITS)
        and (digit + 3 >= len(text) or text[digit + 3] not in _DIGITS)
    )


def _token_after(text: str, end: int, word: bool) -> bool:
    """A token follows ``end`` across a separator, in the same run as a word before it
    (``word``) or a "dash"."""
    match = _TOKEN_AFTER.match(text, end)
    if match is None:
        return False
    token = match.group("token")
    if word and len(token) > 1 and token.isdigit():
        return _joins_numbers(match.group("separator"))
    return True


def _token_before(text: str, start: int) -> bool:
    """A single digit, "oh" or "o" (a token that is no seed) stands before ``start``
    across a separator: "1 2 3 four", "oh five". A digit word before is a seed itself."""
    at = start
    while at > 0 and start - at < _CUT and text[at - 1] in _SEPARATOR_CHARS:
        at -= 1
    if at == start or at == 0:
        return False
    if text[at - 1] in _DIGITS:
        return at < 2 or text[at - 2] not in _DIGITS or _joins_numbers(text[at:start])
    for zero in ("oh", "o"):
        begin = at - len(zero)
        if begin >= 0 and text[begin:at].lower() == zero:
            return begin == 0 or not _glued(text[begin - 1])
    return False


def _glued(char: str) -> bool:
    """``char`` glues a word to it (a letter, digit, underscore or apostrophe)."""
    return char.isalnum() or char in "_'’"
