"""Which rule patterns match where: shared patterns, combined finders, the size index.

Rules with the same pattern form one ``Group`` (the pattern runs once for all of them).
Groups tried on the same candidate or keyword window form a ``Batch``: their patterns are
joined into one *finder*, a regex that stops at every position where at least one of them
matches and records, in one capture per group, which ones do. One regex pass then tells
every group's matches, so the cost of a candidate grows with the matches, not the rules.
The finder matches the empty string; its captures sit in one atomic group, so the engine
never backtracks through the 2^n ways of leaving some of them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Any

import regex

from scanner.detectors.rules import LEFT, LONG_WINDOW, REGEX_TIMEOUT, Rule

# Numbered backreferences shift when patterns are joined; a global inline flag ("(?i)")
# would apply to every joined pattern. Patterns with either run on their own.
_NOT_JOINABLE = re.compile(r"\\[1-9]|\\g<\d|\(\?[a-zA-Z]+\)")
_SCOPED = {"ignorecase": "i", "dotall": "s"}


@dataclass(frozen=True, slots=True, eq=False)
class Group:
    """Rules sharing one pattern, flags and trigger window (compared by identity)."""

    compiled: Any  # regex.Pattern[str]
    rules: tuple[Rule, ...]
    window: tuple[int, int]
    prefix_keywords: bool

    @property
    def has_value(self) -> bool:
        """The pattern reports a ``value`` sub-span instead of its whole match."""
        return "value" in self.compiled.groupindex


def groups(rules: Iterable[Rule], keyed: bool) -> list[Group]:
    """``rules`` grouped by pattern and flags (and trigger window if ``keyed``)."""
    by_key: dict[tuple[Any, ...], list[Rule]] = {}
    for rule in rules:
        spec = rule.spec
        key = (spec.pattern, spec.flags) + ((spec.window, spec.prefix_keywords) if keyed else ())
        by_key.setdefault(key, []).append(rule)
    return [
        Group(same[0].compiled, tuple(same), same[0].spec.window, same[0].spec.prefix_keywords)
        for same in by_key.values()
    ]


@dataclass(frozen=True, slots=True)
class Batch:
    """Groups tried together on one candidate or window.

    ``finder`` holds the ``joined`` groups' patterns (group ``i`` captured as ``g{i}``, group
    number ``slots[i]``); ``alone`` groups run their own pattern. A capture of the empty string
    counts as no match (a value needs a character).
    """

    finder: Any | None
    joined: tuple[Group, ...]
    slots: tuple[int, ...]
    alone: tuple[Group, ...]
    _pairs: tuple[tuple[Group, int], ...] = field(init=False)
    _pick: Callable[[tuple[str | None, ...]], tuple[str | None, ...]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_pairs", tuple(zip(self.joined, self.slots, strict=True)))
        # itemgetter of one index returns the item, not a 1-tuple: a finder joins >= 2.
        object.__setattr__(self, "_pick", itemgetter(*(slot - 1 for slot in self.slots or (1, 1))))

    def matches(
        self, text: str, start: int, end: int, timed_out: Callable[[Group, int], None]
    ) -> Iterator[tuple[Group, int, int, int]]:
        """(group, value start, value end, match end) of every group's match at every start
        position in ``text[start:end]``: overlapping, as each pattern alone finds them there.
        A pattern that runs out of time on a long window is skipped there and reported to
        ``timed_out`` (its group and the window start).
        """
        timeout = REGEX_TIMEOUT if end - start > LONG_WINDOW else None
        if self.finder is not None:
            try:
                for found in self.finder.finditer(text, start, end, timeout=timeout):
                    # Only the groups that captured, picked out in C: no loop over all.
                    for group, slot in compress(self._pairs, self._pick(found.groups())):
                        at, stop = found.span(slot)
                        if group.has_value:  # the same match again, for its value span
                            match = group.compiled.match(text, at, end, timeout=timeout)
                            if match is not None and match.start("value") >= 0:
                                yield group, *match.span("value"), stop
                        else:
                            yield group, at, stop, stop
            except TimeoutError:
                # Which joined pattern is slow is not known: each runs alone, so only the
                # slow one is skipped (matches found twice are scored once).
                yield from _one_by_one(self.joined, text, start, end, timed_out)
        yield from _one_by_one(self.alone, text, start, end, timed_out)


def _one_by_one(
    chosen: Iterable[Group],
    text: str,
    start: int,
    end: int,
    timed_out: Callable[[Group, int], None],
) -> Iterator[tuple[Group, int, int, int]]:
    """``Batch.matches`` of groups run each on its own pattern."""
    timeout = REGEX_TIMEOUT if end - start > LONG_WINDOW else None
    for group in chosen:
        try:
            for match in group.compiled.finditer(
                text, start, end, overlapped=True, timeout=timeout
            ):
                span = match.span("value") if group.has_value else match.span()
                if span[0] >= 0:
                    yield group, *span, match.end()
        except TimeoutError:
            timed_out(group, start)


def batch(chosen: Sequence[Group]) -> Batch:
    """A batch of ``chosen``, joining every pattern that keeps its meaning when joined."""
    joinable = [g for g in chosen if not _NOT_JOINABLE.search(g.rules[0].spec.pattern)]
    if len(joinable) < 2:
        return Batch(None, (), (), tuple(chosen))
    alone = tuple(g for g in chosen if g not in joinable)
    patterns = [_scoped(g) for g in joinable]
    # Every rule pattern starts with the loader's left boundary; checked once up front, it
    # rejects most positions before any pattern is tried.
    source = (
        LEFT + "(?=" + "|".join(f"(?:{p})" for p in patterns) + ")"
        + "(?>" + "".join(f"(?:(?=(?P<g{i}>{p}))|)" for i, p in enumerate(patterns)) + ")"
    )  # fmt: skip
    try:
        finder = regex.compile(source)
    except regex.error:
        return Batch(None, (), (), tuple(chosen))
    slots = tuple(finder.groupindex[f"g{i}"] for i in range(len(joinable)))
    return Batch(finder, tuple(joinable), slots, alone)


def _scoped(group: Group) -> str:
    flags = "".join(_SCOPED[f] for f in group.rules[0].spec.flags)
    pattern: str = group.compiled.pattern
    return f"(?{flags}:{pattern})" if flags else pattern


def digits(rule: Rule) -> tuple[int, int]:
    """A number rule's digit range ((0, 0) for keyword rules)."""
    return rule.spec.number.digits if rule.spec.number is not None else (0, 0)
