"""The single-pass rule engine for structured identifiers and secrets.

Two passes over a text, whatever the number of rules: one linear regex finds number
candidates (digit runs with single separators, optionally led by a two-letter country code;
a line break counts as a separator, as a wrapped line can split a number) and one
Aho-Corasick automaton finds trigger keywords. Rule patterns, validators and context
run only inside those candidates or keyword windows, so hostile input (100 KB of digits,
endless separators, repeated keywords) costs time linear in its length. Work shared by rules
is done once per text: one finder per candidate for all its rules (``matching.py``), each
validator once per value, the context words around a value once for every rule.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import ahocorasick

from scanner.categories import SPECIAL_CATEGORIES, UNSCANNED
from scanner.detectors.lowering import LOWER_CHUNK, Lowered, lowered, spaces_folded
from scanner.detectors.matching import Batch, Group, batch, digits, groups
from scanner.detectors.rules import LONG_WINDOW, Rule
from scanner.detectors.shapes import SizeIndex
from scanner.detectors.validators import VALIDATORS

log = logging.getLogger(__name__)

__all__ = ["LOWER_CHUNK", "Hit", "Keywords", "Lowered", "RuleEngine", "is_boundary", "lowered"]

DEFAULT_MIN_SCORE = 0.5
# Entries kept in each memo of one scan: a span's work is shared by the rules and windows
# that meet it at about the same place, and a long text must not keep every span it had.
_MEMO_LIMIT = 4096
_ENGINE = "sensitive-rules"  # names the engine where no one rule is to blame
_SEPARATORS = str.maketrans("", "", " -.\r\n")
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
_TOKEN_CHARS = _ASCII_ALNUM | frozenset("-_./,%")
_LOWER_ALNUM = frozenset(string.ascii_lowercase + string.digits)


@dataclass(frozen=True, slots=True)
class Hit:
    """A detection in one text: offsets and score, never the value."""

    rule: str
    entity: str
    category: str
    start: int
    end: int
    score: float


class TextScanner(Protocol):
    """Anything that finds hits in one text (offsets, never values): the rule engine, the
    special-category scorer, and the scanners that run them over a rewritten view."""

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits in ``text``, in order; ``low`` is ``Lowered(text)`` if the caller has it."""
        ...

    def entity_names(self) -> frozenset[str]:
        """The entities its hits can name (besides ``unscanned`` ones)."""
        ...


def cut_short(rule: str, entity: str, at: int) -> Hit:
    """An ``unscanned`` hit: ``rule`` could not look at the text from ``at`` on, because a
    pattern ran out of time (``RULE_TIMEOUT``) or the per-text hit limit ended the scan
    (``LIMIT_FINDINGS``). Policy decides, as for any content that could not be scanned."""
    return Hit(rule, entity, UNSCANNED, at, at, 1.0)


def is_boundary(text: str, index: int) -> bool:
    """True if ``index`` is outside ``text`` or not on a letter or digit.

    The same on a text and on its ``lowered`` form: lower-casing keeps ``isalnum``.
    """
    return index < 0 or index >= len(text) or not text[index].isalnum()


class Keywords:
    """Several scanners' keywords in one Aho-Corasick automaton over lower-cased text, its
    white space folded to plain spaces (``spaces_folded``): a keyword's space stands for one
    white-space character. A scanner whose slot is ``spread`` also gets its words written
    with runs of white space between them ("credit\\n   score", as a pattern's ``\\s+``
    reads them): each words-before-a-space of its keywords is also in the automaton with two
    spaces after it, and only where one of those is found is the text read on from there
    with its runs taken as one space (``_across_runs``).

    Each scanner takes a slot and adds its words with a value; a match carries every slot's
    value (None where the word is not that scanner's). The pass over a text short enough to
    be lowered whole is kept with its ``Lowered`` form, so scanners handed the same one
    (``merged_hits``, ``SegmentDetector``) share it; a longer text is searched a piece at a
    time for each scanner, as holding all its matches could cost more than the text.
    """

    def __init__(self) -> None:
        self._words: dict[str, list[Any]] = {}
        self._slots = 0
        self._spread: set[int] = set()
        self._automaton: Any = None
        self._longest = 0
        self._no_slot: tuple[None, ...] = ()  # the value of a words-before-a-run marker
        self._longest_spread = 0

    def slot(self, spread: bool = False) -> int:
        """A new slot for one scanner's words; ``spread``: also found with runs of white
        space between their words."""
        self._slots += 1
        for values in self._words.values():
            values.append(None)
        if spread:
            self._spread.add(self._slots - 1)
        return self._slots - 1

    def add(self, slot: int, word: str, value: Any) -> None:
        """``word`` (lower-case) with its ``value`` for ``slot``; a later add replaces it."""
        self._words.setdefault(word, [None] * self._slots)[slot] = value

    def build(self) -> None:
        """(Re)build the automaton from every slot's words; call after adding words."""
        automaton = ahocorasick.Automaton()
        for word, values in self._words.items():
            automaton.add_word(word, (len(word), tuple(values)))
        self._no_slot = (None,) * self._slots
        spread = self._spread_words()
        for marker in _run_markers(spread) - self._words.keys():
            automaton.add_word(marker, (len(marker), self._no_slot))
        automaton.make_automaton()
        self._automaton = automaton if self._words else None
        self._longest = max(map(len, self._words), default=0)
        self._longest_spread = max(map(len, spread), default=0)

    def find(self, low: Lowered) -> Iterable[_Found]:
        """(start, end, values by slot) of every word in the lower-cased text, by end."""
        automaton = self._automaton
        if automaton is None:
            return ()
        whole = low.whole
        if whole is None:
            return self._in_pieces(low)
        found: list[_Found] | None = low.shared.get(automaton)
        if found is None:
            folded = spaces_folded(whole)
            found = [
                (last - n + 1, last + 1, values) for last, (n, values) in automaton.iter(folded)
            ]
            if self._spread and "  " in folded:
                found, spread = self._across_runs(found, lambda a, b: folded[a:b])
                found = _by_end(found + spread) if spread else found
            low.shared[automaton] = found
        return found

    def _in_pieces(self, low: Lowered) -> Iterator[_Found]:
        """``find`` one lowered piece at a time (the automaton converts the whole string it
        is given, at four bytes a character). Each piece is searched with the end of the one
        before it, one character short of the longest word, and keeps the words ending in
        it: the matches ending at a position depend only on that many characters before. A
        spread word is kept back until the piece its end is in."""
        keep = self._longest - 1
        tail = ""
        waiting: list[_Found] = []
        for start, piece in low.pieces():
            window = tail + spaces_folded(piece)
            skip, shift = len(tail), start - len(tail)
            # A comprehension per piece: far cheaper than a step of this generator per match.
            found = [
                (last - n + 1 + shift, last + 1 + shift, values)
                for last, (n, values) in self._automaton.iter(window)
                if last >= skip
            ]
            if self._spread and "  " in window:
                found, spread = self._across_runs(
                    found, lambda a, b: spaces_folded(low.slice(a, b))
                )
                waiting += spread
            if waiting:
                end = start + len(piece)
                found = _by_end(found + [match for match in waiting if match[1] <= end])
                waiting = [match for match in waiting if match[1] > end]
            yield from found
            del found  # not held beside the next piece's matches
            tail = window[-keep:] if keep > 0 else ""

    def _spread_words(self) -> list[str]:
        """The spread slots' words of more than one word."""
        return [
            word
            for word, values in self._words.items()
            if " " in word and any(values[slot] is not None for slot in self._spread)
        ]

    def _across_runs(
        self, found: list[_Found], folded: Callable[[int, int], str]
    ) -> tuple[list[_Found], list[_Found]]:
        """``found`` without its run markers, and the spread slots' words that start at one
        and go on across runs of spaces. ``folded(start, end)``: that range of the folded
        text (shorter at the text's end)."""
        starts = sorted({start for start, _, values in found if values is self._no_slot})
        if not starts:
            return found, []
        found = [match for match in found if match[2] is not self._no_slot]
        return found, [match for start in starts for match in self._spread_words_at(start, folded)]

    def _spread_words_at(self, start: int, folded: Callable[[int, int], str]) -> Iterator[_Found]:
        """The spread slots' words that start at ``start`` and go on across a run there."""
        longest = self._longest_spread
        reach = 2 * longest
        while True:  # read on until the runs taken out leave a word's length of text
            chunk = folded(start, start + reach)
            collapsed, removed = _runs_as_one(chunk, longest)
            if len(collapsed) >= longest or len(chunk) < reach:
                break
            reach *= 2
        if not removed:  # no run after all (a marker at a piece's end, say)
            return
        first_run = removed[0][0]
        for last, (n, values) in self._automaton.iter(collapsed):
            if last + 1 != n or last < first_run or values is self._no_slot:
                continue
            kept = tuple(v if slot in self._spread else None for slot, v in enumerate(values))
            if any(v is not None for v in kept):
                shift = max(gone for at, gone in removed if at <= last)
                yield start, start + last + 1 + shift, kept


# One keyword match: (start, end, values by slot).
_Found = tuple[int, int, tuple[Any, ...]]
_RUN = re.compile(r"  +")


def _by_end(found: list[_Found]) -> list[_Found]:
    """``found`` in the automaton's order: by end, the longer word first."""
    return sorted(found, key=lambda match: (match[1], match[0]))


def _runs_as_one(text: str, size: int) -> tuple[str, list[tuple[int, int]]]:
    """The first ``size`` characters of ``text`` (folded) with each run of spaces read as
    one space, and where each run was: (index in the result just past its space,
    characters taken out up to there)."""
    parts: list[str] = []
    removed: list[tuple[int, int]] = []
    taken = kept = 0
    for run in _RUN.finditer(text):
        if kept >= size:
            break
        part = text[kept + taken : run.start() + 1]
        parts.append(part)
        kept += len(part)
        taken += run.end() - run.start() - 1
        removed.append((kept, taken))
    else:
        parts.append(text[kept + taken : kept + taken + size - kept])
    return "".join(parts)[:size], removed


class _ContextWords:
    """Every rule's context and negative words in one automaton, one bit per word.

    A word counts where it stands between letter/digit boundaries inside the window (the
    window's own end counts as a boundary), matched case-insensitively; a space in it stands
    for any white space, as in keywords.
    """

    def __init__(self, rules: Sequence[Rule]) -> None:
        words = sorted(
            {w.lower() for r in rules for w in (*r.spec.context, *r.spec.negative_context)}
        )
        self.bit = {word: 1 << i for i, word in enumerate(words)}
        self.length = {1 << i: len(word) for i, word in enumerate(words)}
        self._automaton: Any = None
        if words:
            automaton = ahocorasick.Automaton()
            for word, bit in self.bit.items():
                automaton.add_word(word, (len(word), bit))
            automaton.make_automaton()
            self._automaton = automaton

    def mask(self, words: Iterable[str]) -> int:
        """The bits of ``words``."""
        return sum({self.bit[w.lower()] for w in words})

    def present(self, low: str, start: int, end: int) -> int:
        """Bits of the words standing in ``low[start:end]``."""
        found = 0
        for _, bit in self.starts(low, start, end):
            found |= bit
        return found

    def starts(self, low: str, start: int, end: int) -> list[tuple[int, int]]:
        """Each word standing in ``low[start:end]``: where it starts, and its bit."""
        if self._automaton is None or start >= end:
            return []
        found = []
        # Slice first: the automaton converts the whole string it is given on every call.
        for last, (length, bit) in self._automaton.iter(spaces_folded(low[start:end])):
            first, after = start + last - length + 1, start + last + 1
            if (first == 0 or low[first - 1] not in _LOWER_ALNUM) and (
                after == end or low[after] not in _LOWER_ALNUM
            ):
                found.append((first, bit))
        return found


@dataclass(frozen=True, slots=True)
class _Scoring:
    """One rule's scoring, precomputed: digit range, validators, context bits, its four
    possible scores (plain, context boost, negative penalty, both), and the special category
    it holds its own place for on a span ("" for the identifiers, which share one)."""

    rule: Rule
    digits: tuple[int, int] | None
    validators: tuple[str, ...]
    scores: tuple[float, float, float, float]
    context: int
    negative: int
    width: int
    special: str

    @classmethod
    def of(cls, rule: Rule, words: _ContextWords) -> _Scoring:
        spec = rule.spec
        scores = tuple(
            round(min(1.0, max(0.0, spec.score + boost - penalty)), 4)
            for penalty in (0.0, spec.negative_penalty)
            for boost in (0.0, spec.context_boost)
        )
        return cls(
            rule,
            spec.number.digits if spec.number is not None else None,
            spec.validators,
            (scores[0], scores[1], scores[2], scores[3]),
            words.mask(spec.context),
            words.mask(spec.negative_context),
            spec.context_window,
            spec.category if spec.category in SPECIAL_CATEGORIES else "",
        )


class _Full(Exception):
    """The per-text hit limit is reached."""


class _Scan:
    """The state of one ``scan_text`` call: best hit per span (and special category) and
    memoised shared work."""

    def __init__(self, engine: RuleEngine, text: str, low: Lowered | None) -> None:
        self.engine = engine
        self.text = text
        self.low = Lowered(text) if low is None else low
        self.best: dict[tuple[int, int, str], Hit] = {}
        self.unscanned: dict[str, Hit] = {}  # by rule id: the first place each one gave up
        self._verdicts: dict[tuple[str, int, int], bool] = {}
        self._context: dict[tuple[int, int, int], tuple[int, int]] = {}

    def run(
        self, found: Iterable[tuple[Group, int, int, int]], end: int, glued: bool, offset: int = 0
    ) -> None:
        """Score every match (group, value start, value end, match end; ``offset`` added to
        each) of a window ending at ``end``. ``glued``: the text goes on with a letter at
        ``end`` ("1111card"), so a match ending there has no boundary."""
        text, best, floor = self.text, self.best, self.engine.min_score
        scoring, rank = self.engine.scoring, self.engine.rank
        end -= offset
        for group, first, last, stop in found:
            if glued and stop == end:
                continue
            first += offset
            last += offset
            span = (first, last)
            value = text[first:last]
            size = -1
            for rule in scoring[group]:
                if rule.digits is not None:
                    if size < 0:
                        size = len(value.translate(_SEPARATORS))
                    if not rule.digits[0] <= size <= rule.digits[1]:
                        continue
                which = 0
                if rule.context or rule.negative:
                    before, after = self._words_around(span, rule.width)
                    # Negative cues ("order", "tracking") name what follows them: before only,
                    # and only when no context word stands between them and the value.
                    negated = bool(before & rule.negative)
                    if negated and before & rule.context:
                        negated = not self._context_after_negative(span, rule)
                    which = bool((before | after) & rule.context) + 2 * negated
                score = rule.scores[which]
                key = (first, last, rule.special)
                held = best.get(key)
                spec = rule.rule.spec
                # Validators last: most matches (dates, order numbers) never reach the floor.
                if score < floor or (held is not None and _outranks(held, score, spec.id, rank)):
                    continue
                if not self._valid(rule.validators, value, span):
                    continue
                best[key] = Hit(spec.id, spec.entity, spec.category, first, last, score)
                if len(best) >= self.engine.max_hits:
                    raise _Full

    def timed_out(self, group: Group, at: int) -> None:
        """``group``'s pattern ran out of time on the window starting at ``at``."""
        for rule in group.rules:
            if rule.id not in self.unscanned:
                log.warning("rule pattern timed out; skipped", extra={"rule": rule.id})
                self.unscanned[rule.id] = cut_short(rule.id, "RULE_TIMEOUT", at)

    def _valid(self, names: tuple[str, ...], value: str, span: tuple[int, int]) -> bool:
        """All ``names`` pass on ``value``; each validator runs once per span."""
        for name in names:
            key = (name, *span)
            verdict = self._verdicts.get(key)
            if verdict is None:
                if len(self._verdicts) >= _MEMO_LIMIT:
                    self._verdicts.clear()
                verdict = self._verdicts[key] = VALIDATORS[name](value)
            if not verdict:
                return False
        return True

    def _context_after_negative(self, span: tuple[int, int], rule: _Scoring) -> bool:
        """A context word of ``rule`` starts after the last of its negative words before
        ``span`` ends: the nearer cue wins ("SSN 536-22-1906, routing 021000021"); a context
        word inside the negative one ("our routing number") is part of it."""
        lo = max(0, span[0] - rule.width)
        base = max(0, lo - 1)
        low = self.low.slice(base, span[0])
        found = self.engine.context_words.starts(low, lo - base, span[0] - base)
        length = self.engine.context_words.length
        last_negative = max(first for first, bit in found if bit & rule.negative)
        negative_end = max(
            first + length[bit]
            for first, bit in found
            if bit & rule.negative and first == last_negative
        )
        return any(first >= negative_end for first, bit in found if bit & rule.context)

    def _words_around(self, span: tuple[int, int], width: int) -> tuple[int, int]:
        key = (*span, width)
        found = self._context.get(key)
        if found is None:
            if len(self._context) >= _MEMO_LIMIT:
                self._context.clear()
            words = self.engine.context_words
            lo, hi = max(0, span[0] - width), min(len(self.text), span[1] + width // 2)
            # Both sides lowered at once, with the character before them (a word boundary).
            base = max(0, lo - 1)
            low = self.low.slice(base, hi)
            found = self._context[key] = (
                words.present(low, lo - base, span[0] - base),
                words.present(low, span[1] - base, hi - base),
            )
        return found


class RuleEngine:
    """Runs a set of compiled rules over texts; safe to share between threads.

    Rules that share a pattern are matched once per candidate or window, and the patterns
    tried on one candidate or window run as one combined finder, so a rule pack that adds
    shapes or context variants costs far less than its share of rules.
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        min_score: float = DEFAULT_MIN_SCORE,
        max_hits: int = 1000,
        keywords: Keywords | None = None,
    ) -> None:
        """``keywords``: an automaton shared with other scanners (one pass for all)."""
        self.rules = tuple(rules)
        self.min_score = min_score
        self.max_hits = max_hits
        # Two rules scoring the same at the same place: the one listed first is reported,
        # whichever the scan happened to reach first.
        self.rank = {rule.id: index for index, rule in enumerate(self.rules)}
        self.context_words = _ContextWords(self.rules)
        number_groups = groups((r for r in self.rules if r.spec.number is not None), keyed=False)
        keyword_groups = groups((r for r in self.rules if r.spec.keywords), keyed=True)
        self.scoring = {
            group: tuple(_Scoring.of(rule, self.context_words) for rule in group.rules)
            for group in (*number_groups, *keyword_groups)
        }
        self._index = SizeIndex(number_groups)
        self._candidates: Any = None
        if number_groups:
            shortest = min(digits(r)[0] for g in number_groups for r in g.rules)
            # A digit, or two capitals and a digit, after no letter or digit; then digits and
            # capitals, each after at most one separator or one line break (a wrapped line:
            # "4111 1111\r\n1111 1111", or " \r\n" in format=flowed, or a dash ending the
            # line: "618-\n24-7093"; written as alternatives, the common one first, as one
            # optional group of them costs a third more). It starts with a character class,
            # so the stdlib engine skips to candidate characters instead of trying the whole
            # pattern at every position.
            # Possessive repeat: a run is consumed once, never re-tried from inside. The
            # stdlib engine runs this fixed pattern about three times faster than ``regex``.
            self._candidates = re.compile(
                r"[0-9A-Z](?<![0-9A-Za-z].)(?:(?<=[0-9])|[A-Z][0-9])"
                + r"(?:[ \-.\n]?[0-9A-Z]| \r?\n[0-9A-Z]|\r\n[0-9A-Z]|-\r?\n[0-9A-Z])"
                + f"{{{max(shortest - 1, 0)},}}+"
            )
        self._keywords = Keywords() if keywords is None else keywords
        self._slot = self._keywords.slot(spread=True)
        _add_keywords(self._keywords, self._slot, keyword_groups)

    def entity_names(self) -> frozenset[str]:
        """The entities of its rules."""
        return frozenset(rule.spec.entity for rule in self.rules)

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Every hit at or above ``min_score``; one per span (the best; a special category keeps
        its own), in text order, then the ``cut_short`` hits of rules that could not finish.
        ``low``: ``Lowered(text)``, if the caller has it already."""
        scan = _Scan(self, text, low)
        try:
            self._number_hits(scan)
            self._keyword_hits(scan)
        except _Full:
            log.warning("hit limit reached", extra={"max_hits": self.max_hits})
            last = max(hit.end for hit in scan.best.values())
            scan.unscanned[_ENGINE] = cut_short(_ENGINE, "LIMIT_FINDINGS", last)
        return _drop_contained(scan.best.values(), self.rank) + list(scan.unscanned.values())

    def _number_hits(self, scan: _Scan) -> None:
        if self._candidates is None:
            return
        text = scan.text
        size = len(text)
        for cand in self._candidates.finditer(text):
            start, end = cand.span()
            glued = end < size and text[end] in _ASCII_ALNUM
            self._match_candidate(scan, start, end, glued)
            if glued:
                # Its last part runs into a word ("...-78-1234passport"): a match that ends
                # there has no boundary, so the pattern backtracks to the separator before.
                inner = _before_last_part(text, start, end)
                if inner > start:
                    self._match_candidate(scan, start, inner, glued=False)

    def _match_candidate(self, scan: _Scan, start: int, end: int, glued: bool) -> None:
        """Score the matches of the number rules the candidate's layout can hold."""
        text = scan.text
        shaped, live = self._index.select(text[start:end])
        if shaped is not None:
            scan.run(shaped.matches(text, start, end, scan.timed_out), end, glued, start)
        if live is not None:
            scan.run(live.matches(text, start, end, scan.timed_out), end, glued)

    def _keyword_hits(self, scan: _Scan) -> None:
        """Each batch runs over its keywords' windows, overlapping windows joined (up to
        ``LONG_WINDOW`` characters), so "checking account number" is searched once."""
        text = scan.text
        windows: dict[int, tuple[Batch, list[list[int]]]] = {}
        slot = self._slot
        for start, end, values in self._keywords.find(scan.low):
            owners = values[slot]
            # A keyword is a word where it starts or ends with a letter or digit: "card" is
            # none in "discard" or "cards", while "id#" is one in "ID#4471" and "(fico" in
            # "x(FICO".
            if owners is None or (text[start].isalnum() and not is_boundary(text, start - 1)):
                continue
            glued = text[end - 1].isalnum() and not is_boundary(text, end)
            for window_spec, prefix, found in owners:
                if glued and not prefix:
                    continue
                before, after = window_spec
                lo, hi = max(0, start - before), _token_end(text, min(len(text), end + after))
                spans = windows.setdefault(id(found), (found, []))[1]
                if spans and lo <= spans[-1][1] and hi - spans[-1][0] <= LONG_WINDOW:
                    spans[-1][0] = min(lo, spans[-1][0])
                    spans[-1][1] = max(hi, spans[-1][1])
                elif not spans or (lo, hi) != tuple(spans[-1]):
                    spans.append([lo, hi])
        for found, spans in windows.values():
            for lo, hi in spans:
                scan.run(found.matches(text, lo, hi, scan.timed_out), hi, glued=False)


def _run_markers(words: Iterable[str]) -> set[str]:
    """Each words-before-a-space of ``words``, with two spaces after it."""
    return {
        word[:space] + "  "
        for word in words
        for space in (i for i, char in enumerate(word) if char == " ")
    }


def _before_last_part(text: str, start: int, end: int) -> int:
    """Where the candidate from ``start`` to ``end`` would end without its last part and the
    separator before it (``start`` when it has one part)."""
    i = end
    while i > start and text[i - 1] in _ASCII_ALNUM:
        i -= 1
    while i > start and text[i - 1] not in _ASCII_ALNUM:
        i -= 1
    return i


# A keyword's owners: per trigger window, the batch of groups it triggers there.
_Owners = tuple[tuple[tuple[int, int], bool, Batch], ...]


def _add_keywords(keywords: Keywords, owner: int, keyword_groups: Sequence[Group]) -> None:
    """Keyword -> owners; batches are shared between keywords with the same groups,
    so a window is searched once however many of their keywords fall in it."""
    by_keyword: dict[str, dict[tuple[tuple[int, int], bool], list[Group]]] = {}
    for group in keyword_groups:
        for keyword in {k for rule in group.rules for k in rule.spec.keywords}:
            slot = by_keyword.setdefault(keyword, {})
            slot.setdefault((group.window, group.prefix_keywords), []).append(group)
    batches: dict[tuple[Group, ...], Batch] = {}
    for keyword, slots in by_keyword.items():
        owners: _Owners = tuple(
            (window, prefix, batches.setdefault(tuple(chosen), batch(chosen)))
            for (window, prefix), chosen in slots.items()
        )
        keywords.add(owner, keyword, owners)
    keywords.build()


def _token_end(text: str, index: int) -> int:
    """``index`` moved past the rest of the token it falls in (letters and digits and the
    marks that join them in values, "0418-27736", "03/2016", "1,240.50"; at most 256
    characters), so a window never cuts a value in two and a pattern's look past the value
    (no "-" or digit next) reads the text, not the window's end."""
    limit = min(len(text), index + 256)
    while index < limit and text[index] in _TOKEN_CHARS:
        index += 1
    return index


def _outranks(held: Hit, score: float, rule: str, rank: dict[str, int]) -> bool:
    """``held`` stays against a hit of ``rule`` scoring ``score`` at the same place: it
    scores more, or the same and its rule is listed first."""
    return held.score > score or (held.score == score and rank[held.rule] <= rank[rule])


def _drop_contained(hits: Iterable[Hit], rank: dict[str, int]) -> list[Hit]:
    """Hits in text order, without those inside a longer hit that scores at least as high
    (of two at the same place scoring the same, the one whose rule ``rank`` lists first).

    A card-shaped run inside an IBAN, or a bare SSN inside a longer account number, is part
    of the longer identifier, not a second one. A special category is no part of another,
    nor of an identifier, nor an identifier of it: a religious exemption from named vaccines
    states a faith and a vaccination status, and "my tribal ID from Lac du Flambeau, card
    # 009-92363. I'm an enrolled member" an origin and an ID's number.
    """
    ordered = sorted(hits, key=lambda h: (h.start, -h.end, -h.score, rank[h.rule]))
    kept: list[Hit] = []
    for hit in ordered:
        if any(k.end >= hit.end and k.score >= hit.score and not _apart(k, hit) for k in kept[-8:]):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end, h.entity))


def _apart(one: Hit, other: Hit) -> bool:
    """The hits are of different categories, one of them special: neither is part of the
    other."""
    return one.category != other.category and (
        one.category in SPECIAL_CATEGORIES or other.category in SPECIAL_CATEGORIES
    )
