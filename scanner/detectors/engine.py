"""The single-pass rule engine for structured identifiers and secrets.

Two passes over a text, whatever the number of rules: one linear regex finds number
candidates (digit runs with single separators, optionally led by a two-letter country code)
and one Aho-Corasick automaton finds trigger keywords. Rule patterns, validators and context
run only inside those candidates or keyword windows, so hostile input (100 KB of digits,
endless separators, repeated keywords) costs time linear in its length.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick
import regex

from scanner.detectors.rules import LONG_WINDOW, REGEX_TIMEOUT, Rule
from scanner.detectors.validators import VALIDATORS

log = logging.getLogger(__name__)

DEFAULT_MIN_SCORE = 0.5
_SEPARATORS = str.maketrans("", "", " -.")
_MAX_SIZE = 64
_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
_PART_SPLIT = re.compile(r"[ \-.]")
_NUMBERED_BACKREF = re.compile(r"\\[1-9]|\\g<\d")


@dataclass(frozen=True, slots=True)
class Hit:
    """A detection in one text: offsets and score, never the value."""

    rule: str
    entity: str
    category: str
    start: int
    end: int
    score: float


def lowered(text: str) -> str:
    """``text`` lower-cased with the same length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def is_boundary(text: str, index: int) -> bool:
    """True if ``index`` is outside ``text`` or not on a letter or digit."""
    return index < 0 or index >= len(text) or not text[index].isalnum()


@dataclass(frozen=True, slots=True)
class _Group:
    """Rules sharing one pattern (and window): the pattern runs once for all of them."""

    compiled: Any
    rules: tuple[Rule, ...]
    window: tuple[int, int]
    prefix_keywords: bool


def _groups(rules: Iterable[Rule], keyed: bool) -> list[_Group]:
    by_key: dict[tuple[Any, ...], list[Rule]] = {}
    for rule in rules:
        spec = rule.spec
        key = (spec.pattern, spec.flags) + ((spec.window, spec.prefix_keywords) if keyed else ())
        by_key.setdefault(key, []).append(rule)
    return [
        _Group(same[0].compiled, tuple(same), same[0].spec.window, same[0].spec.prefix_keywords)
        for same in by_key.values()
    ]


@dataclass(frozen=True, slots=True)
class _Selection:
    """The groups to try on a candidate. ``gate`` (one alternation of the ``gated`` groups'
    patterns) is run first: when it finds nothing, none of them can."""

    gate: Any | None
    gated: tuple[_Group, ...]
    always: tuple[_Group, ...]


class _SizeIndex:
    """Which number-rule groups can match inside a candidate, from its parts' sizes.

    A match starts and ends at letter/digit boundaries, so it covers whole parts of the
    candidate (the runs between separators): its size is a sum of consecutive part sizes.
    Only groups whose digit range holds such a sum are tried. Groups reporting a ``value``
    sub-span, and candidates of many parts, fall back to "at least the group's minimum".
    Most candidates (dates, phone and order numbers) match nothing, so the selected
    patterns are first tried together as one alternation, one call instead of one per rule.
    """

    _MAX_PARTS = 16

    def __init__(self, groups: Sequence[_Group]) -> None:
        self.groups = tuple(groups)
        self._exact = [0] * (_MAX_SIZE + 1)  # bit i: group i's range holds this size
        self._loose = [0] * (_MAX_SIZE + 1)  # bit i: group i's minimum is at most this size
        for bit, group in enumerate(self.groups):
            low = min(_digits(r)[0] for r in group.rules)
            high = max(_digits(r)[1] for r in group.rules)
            aligned = "value" not in group.compiled.groupindex
            for size in range(_MAX_SIZE + 1):
                if aligned and low <= size <= high:
                    self._exact[size] |= 1 << bit
                if low <= size:
                    self._loose[size] |= 1 << bit
        self._unaligned = sum(
            1 << bit for bit, g in enumerate(self.groups) if "value" in g.compiled.groupindex
        )
        self._chosen: dict[int, _Selection] = {}

    def select(self, candidate: str) -> _Selection:
        """The groups worth trying on ``candidate``, in rule order."""
        sizes = [len(part) for part in _PART_SPLIT.split(candidate)]
        total = min(sum(sizes), _MAX_SIZE)
        if len(sizes) > self._MAX_PARTS:
            mask = self._loose[total]
        else:
            mask = self._loose[total] & self._unaligned
            for i in range(len(sizes)):
                run = 0
                for size in sizes[i:]:
                    run += size
                    if run > _MAX_SIZE:
                        break
                    mask |= self._exact[run]
        if mask not in self._chosen:
            chosen = [g for i, g in enumerate(self.groups) if mask >> i & 1]
            self._chosen[mask] = _selection(chosen)
        return self._chosen[mask]


def _gateable(group: _Group) -> bool:
    """Patterns that keep their meaning inside an alternation: no numbered backreference
    (numbers shift when patterns are joined; named ones do not) and no flags."""
    spec = group.rules[0].spec
    return not spec.flags and not _NUMBERED_BACKREF.search(spec.pattern)


def _selection(groups: list[_Group]) -> _Selection:
    gated = [g for g in groups if _gateable(g)]
    always = tuple(g for g in groups if not _gateable(g))
    if len(gated) < 2:
        return _Selection(None, (), tuple(groups))
    try:
        gate = regex.compile("|".join(f"(?:{g.compiled.pattern})" for g in gated))
    except regex.error:
        return _Selection(None, (), tuple(groups))
    return _Selection(gate, tuple(gated), always)


class RuleEngine:
    """Runs a set of compiled rules over texts; safe to share between threads.

    Rules that share a pattern are matched once per candidate or window, so a rule pack that
    reuses a shape with different context words costs little more than one rule.
    """

    def __init__(
        self, rules: Sequence[Rule], min_score: float = DEFAULT_MIN_SCORE, max_hits: int = 1000
    ) -> None:
        self.rules = tuple(rules)
        self.min_score = min_score
        self.max_hits = max_hits
        number_rules = [r for r in self.rules if r.spec.number is not None]
        self._candidates: Any = None
        self._index = _SizeIndex(_groups(number_rules, keyed=False))
        if number_rules:
            shortest = min(_digits(r)[0] for r in number_rules)
            # Possessive repeat: a run is consumed once, never re-tried from inside. The
            # stdlib engine runs this fixed pattern about three times faster than ``regex``.
            self._candidates = re.compile(
                r"(?<![0-9A-Za-z])(?:[A-Z]{2})?[0-9](?:[ \-.]?[0-9A-Z])"
                + f"{{{max(shortest - 1, 0)},}}+"
            )
        self._keywords: Any = None
        keyword_groups: dict[str, list[_Group]] = {}
        for group in _groups((r for r in self.rules if r.spec.keywords), keyed=True):
            for keyword in {k for rule in group.rules for k in rule.spec.keywords}:
                keyword_groups.setdefault(keyword, []).append(group)
        if keyword_groups:
            automaton = ahocorasick.Automaton()
            for keyword, owners in keyword_groups.items():
                automaton.add_word(keyword, (len(keyword), tuple(owners)))
            automaton.make_automaton()
            self._keywords = automaton

    def scan_text(self, text: str) -> list[Hit]:
        """Every hit at or above ``min_score``; one per span (the best), in text order."""
        best: dict[tuple[int, int], Hit] = {}
        for hit in self._raw_hits(text):
            if hit.score < self.min_score:
                continue
            key = (hit.start, hit.end)
            if key not in best or hit.score > best[key].score:
                best[key] = hit
            if len(best) >= self.max_hits:
                log.warning("hit limit reached", extra={"max_hits": self.max_hits})
                break
        return _drop_contained(best.values())

    def _raw_hits(self, text: str) -> Iterator[Hit]:
        if self._candidates is not None:
            for cand in self._candidates.finditer(text):
                start, end = cand.span()
                glued = end < len(text) and text[end] in _ASCII_ALNUM
                selection = self._index.select(cand.group())
                for group in selection.always:
                    yield from self._apply(group, text, start, end, glued)
                if selection.gated and _gate_open(selection.gate, text, start, end):
                    for group in selection.gated:
                        yield from self._apply(group, text, start, end, glued)
        if self._keywords is not None:
            yield from self._keyword_hits(text)

    def _keyword_hits(self, text: str) -> Iterator[Hit]:
        low = lowered(text)
        done: set[tuple[int, int, int]] = set()
        for last, (length, owners) in self._keywords.iter(low):
            start, end = last - length + 1, last + 1
            if not is_boundary(low, start - 1):
                continue
            for group in owners:
                if not group.prefix_keywords and not is_boundary(low, end):
                    continue
                before, after = group.window
                window = (max(0, start - before), _token_end(text, min(len(text), end + after)))
                if (id(group), *window) not in done:
                    done.add((id(group), *window))
                    yield from self._apply(group, text, *window)

    def _apply(
        self, group: _Group, text: str, start: int, end: int, glued: bool = False
    ) -> Iterator[Hit]:
        """Hits of ``group`` in ``text[start:end]``. ``glued``: the text goes on with a letter
        at ``end`` ("1111card"), so a match ending there has no right boundary."""
        compiled = group.compiled
        try:
            timeout = REGEX_TIMEOUT if end - start > LONG_WINDOW else None
            for match in compiled.finditer(text, start, end, timeout=timeout):
                if glued and match.end() == end:
                    continue
                span = match.span("value") if "value" in compiled.groupindex else match.span()
                if span[0] < 0:
                    continue
                value = text[span[0] : span[1]]
                size = len(value.translate(_SEPARATORS))
                verdicts: dict[str, bool] = {}  # each validator runs once per value
                for rule in group.rules:
                    spec = rule.spec
                    if spec.number is not None and not (
                        spec.number.digits[0] <= size <= spec.number.digits[1]
                    ):
                        continue
                    if all(_valid(name, value, verdicts) for name in spec.validators):
                        score = _score(rule, text, span)
                        yield Hit(rule.id, spec.entity, spec.category, span[0], span[1], score)
        except TimeoutError:
            log.warning("rule pattern timed out; skipped", extra={"rule": group.rules[0].id})


def _token_end(text: str, index: int) -> int:
    """``index`` moved past the rest of the word it falls in (at most 256 characters), so a
    window never cuts a value in two and its regex still sees the right boundary."""
    limit = min(len(text), index + 256)
    while index < limit and text[index] in _ASCII_ALNUM:
        index += 1
    return index


def _gate_open(gate: Any, text: str, start: int, end: int) -> bool:
    """True if any gated pattern matches in the candidate (or the check ran out of time)."""
    timeout = REGEX_TIMEOUT if end - start > LONG_WINDOW else None
    try:
        return gate.search(text, start, end, timeout=timeout) is not None
    except TimeoutError:
        return True


def _valid(name: str, value: str, verdicts: dict[str, bool]) -> bool:
    if name not in verdicts:
        verdicts[name] = VALIDATORS[name](value)
    return verdicts[name]


def _digits(rule: Rule) -> tuple[int, int]:
    return rule.spec.number.digits if rule.spec.number is not None else (0, 0)


def _drop_contained(hits: Iterable[Hit]) -> list[Hit]:
    """Hits in text order, without those inside a longer hit that scores at least as high.

    A card-shaped run inside an IBAN, or a bare SSN inside a longer account number, is part
    of the longer identifier, not a second one.
    """
    ordered = sorted(hits, key=lambda h: (h.start, -h.end, -h.score))
    kept: list[Hit] = []
    for hit in ordered:
        if any(k.end >= hit.end and k.score >= hit.score for k in kept[-8:]):
            continue
        kept.append(hit)
    return sorted(kept, key=lambda h: (h.start, h.end, h.entity))


def _score(rule: Rule, text: str, span: tuple[int, int]) -> float:
    spec = rule.spec
    width = spec.context_window
    lo, hi = max(0, span[0] - width), min(len(text), span[1] + width // 2)
    score = spec.score
    if rule.context_re is not None and (
        rule.context_re.search(text, lo, span[0]) or rule.context_re.search(text, span[1], hi)
    ):
        score += spec.context_boost
    # Negative cues ("order", "tracking") name what follows them: look before only.
    if rule.negative_re is not None and rule.negative_re.search(text, lo, span[0]):
        score -= spec.negative_penalty
    return round(min(1.0, max(0.0, score)), 4)
