"""Number candidates by shape: patterns that cannot tell two candidates apart match alike.

A number candidate holds only digits, capitals, the separators `` -.`` and line breaks.
Most identifier patterns (``\\d{3}(?P<sep>[- ])\\d{2}(?P=sep)\\d{4}``) treat every digit
alike: whether and where they match depends only on the candidate's *shape* (``536-22-1906``
and ``123-45-6789`` are both ``000-00-0000``). For a batch of such patterns the candidate
alphabet is split into the classes the patterns can tell apart (``\\d`` and ``9`` make
``{9}`` and ``{0-8}``); a candidate's shape maps each character to its class, and the
matches found on one shape are kept and reused for every candidate of that shape. So a
text's hundreds of dates, phone and order numbers cost a table lookup each, whatever the
number of rules. Patterns whose match can depend on more (look-arounds, anchors, a
backreference to a digit) run on every candidate as before.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Sequence
from re import _parser  # type: ignore[attr-defined]  # stdlib parser: classification only
from typing import Any

from scanner.detectors.matching import Batch, Group, batch, digits

ALPHABET = string.digits + string.ascii_uppercase + " -.\r\n"
# The loader wraps every pattern in letter/digit boundaries: they tell these apart too.
BOUNDARY = frozenset(string.digits + string.ascii_uppercase)
MAX_SIZE = 64
_PART_SPLIT = re.compile(r"[ \-.\r\n]+")
# Every character that is not a separator becomes "0": what is left is a candidate's layout.
_LAYOUT = {ord(c): "0" for c in string.ascii_letters + string.digits}
MAX_SHAPE = 64  # longer candidates run the patterns directly
MAX_SHAPES = 4096  # shapes kept per batch; past this, new shapes are matched, not kept
Found = tuple[tuple[Group, int, int, int], ...]


class Unshapeable(Exception):
    """The pattern's match may depend on more than the candidate's shape."""


def atoms(pattern: str, ignorecase: bool) -> list[frozenset[str]]:
    """The sets of alphabet characters that the pattern's character tests tell apart.

    Raises:
        Unshapeable: the pattern uses anchors, look-arounds, conditionals, syntax the
            stdlib parser does not know, or a backreference whose group can hold a digit
            or letter.
    """
    try:
        parsed = _parser.parse(pattern)
    except Exception as exc:  # any syntax the stdlib does not share with ``regex``
        raise Unshapeable from exc
    found: list[frozenset[str]] = []
    groups: dict[int, list[frozenset[str]]] = {}
    refs: list[int] = []
    _walk(parsed, ignorecase, found, groups, refs)
    for ref in refs:
        held = frozenset().union(*groups.get(ref, [frozenset(ALPHABET)]))
        if any(ch.isalnum() for ch in held):
            raise Unshapeable
        found += [frozenset(ch) for ch in held]  # a backreference tells each one apart
    return found


def _walk(
    items: Any,
    ignorecase: bool,
    found: list[frozenset[str]],
    groups: dict[int, list[frozenset[str]]],
    refs: list[int],
) -> None:
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            found.append(_charset(name, av, ignorecase))
        elif name == "SUBPATTERN":
            group, add_flags, del_flags, sub = av
            case = (ignorecase or bool(add_flags & _parser.SRE_FLAG_IGNORECASE)) and not (
                del_flags & _parser.SRE_FLAG_IGNORECASE
            )
            inner: list[frozenset[str]] = []
            _walk(sub, case, inner, groups, refs)
            if group is not None:
                groups[group] = inner
            found += inner
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _walk(av[2], ignorecase, found, groups, refs)
        elif name == "BRANCH":
            for sub in av[1]:
                _walk(sub, ignorecase, found, groups, refs)
        elif name == "ATOMIC_GROUP":
            _walk(av, ignorecase, found, groups, refs)
        elif name == "GROUPREF":
            refs.append(av)
        else:  # AT, ASSERT, ASSERT_NOT, GROUPREF_EXISTS, ...
            raise Unshapeable


def _charset(name: str, av: Any, ignorecase: bool) -> frozenset[str]:
    """Which alphabet characters one character test accepts."""
    if name == "ANY":
        return frozenset(ALPHABET)
    if name in ("LITERAL", "NOT_LITERAL"):
        hit = {ch for ch in ALPHABET if _same(ch, chr(av), ignorecase)}
        return frozenset(hit if name == "LITERAL" else set(ALPHABET) - hit)
    accepted: set[str] = set()
    negate = False
    for op, arg in av:
        kind = str(op)
        if kind == "NEGATE":
            negate = True
        elif kind == "LITERAL":
            accepted |= {ch for ch in ALPHABET if _same(ch, chr(arg), ignorecase)}
        elif kind == "RANGE":
            low, high = arg
            accepted |= {
                ch for ch in ALPHABET if any(low <= ord(c) <= high for c in _cases(ch, ignorecase))
            }
        elif kind == "CATEGORY":
            accepted |= _category(str(arg))
        else:
            raise Unshapeable
    return frozenset(set(ALPHABET) - accepted if negate else accepted)


def _cases(ch: str, ignorecase: bool) -> set[str]:
    return {ch, ch.lower(), ch.upper()} if ignorecase else {ch}


def _same(ch: str, literal: str, ignorecase: bool) -> bool:
    return literal in _cases(ch, ignorecase)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_CATEGORIES: dict[str, Callable[[str], bool]] = {
    "CATEGORY_DIGIT": str.isdigit,
    "CATEGORY_SPACE": str.isspace,
    "CATEGORY_WORD": _is_word,
}


def _category(name: str) -> set[str]:
    for key, test in _CATEGORIES.items():
        if name == key:
            return {ch for ch in ALPHABET if test(ch)}
        if name == key.replace("CATEGORY_", "CATEGORY_NOT_"):
            return {ch for ch in ALPHABET if not test(ch)}
    raise Unshapeable


def shape_table(sets: Iterable[frozenset[str]]) -> dict[int, int]:
    """A ``str.translate`` table mapping each alphabet character to the first character of
    its class in the coarsest partition that no set splits."""
    classes = [frozenset(ALPHABET)]
    for subset in sets:
        classes = [part for c in classes for part in (c & subset, c - subset) if part]
    return {ord(ch): ord(min(c)) for c in classes for ch in c}


def shapeable(group: Group) -> list[frozenset[str]] | None:
    """The atoms of a group's pattern, or None if its matches need the real characters."""
    spec = group.rules[0].spec
    try:
        return atoms(spec.pattern, "ignorecase" in spec.flags)
    except Unshapeable:
        return None


class ShapeBatch:
    """A batch of shape-determined groups with the matches of every shape seen so far."""

    def __init__(self, chosen: Sequence[Group], sets: Iterable[frozenset[str]]) -> None:
        self.batch: Batch = batch(chosen)
        self._table = shape_table(sets)
        self._seen: dict[str, Found] = {}

    def matches(
        self, text: str, start: int, end: int, timed_out: Callable[[Group, int], None]
    ) -> Iterable[tuple[Group, int, int, int]]:
        """As ``Batch.matches`` on ``text[start:end]``, looked up by the candidate's shape;
        offsets relative to ``start``."""
        if end - start > MAX_SHAPE:  # one at a time: a long candidate can match a great deal
            found = self.batch.matches(text, start, end, timed_out)
            return ((g, a - start, b - start, c - start) for g, a, b, c in found)
        shape = text[start:end].translate(self._table)
        relative = self._seen.get(shape)
        if relative is None:  # shorter than any timed window: nothing can time out
            relative = tuple(self.batch.matches(shape, 0, len(shape), timed_out))
            if len(self._seen) < MAX_SHAPES:
                self._seen[shape] = relative
        return relative


class SizeIndex:
    """Which number-rule groups can match inside a candidate, from its parts' sizes.

    A match starts and ends at letter/digit boundaries, so it covers whole parts of the
    candidate (the runs between separators): its size is a sum of consecutive part sizes.
    Only groups whose digit range holds such a sum are tried. Groups reporting a ``value``
    sub-span, and candidates of many parts, fall back to "at least the group's minimum".
    The batches of each distinct choice are built once and kept.
    """

    _MAX_PARTS = 16

    def __init__(self, chosen: Sequence[Group]) -> None:
        self.groups = tuple(chosen)
        self._exact = [0] * (MAX_SIZE + 1)  # bit i: group i's range holds this size
        self._loose = [0] * (MAX_SIZE + 1)  # bit i: group i's minimum is at most this size
        for bit, group in enumerate(self.groups):
            low = min(digits(r)[0] for r in group.rules)
            high = max(digits(r)[1] for r in group.rules)
            for size in range(MAX_SIZE + 1):
                if not group.has_value and low <= size <= high:
                    self._exact[size] |= 1 << bit
                if low <= size:
                    self._loose[size] |= 1 << bit
        self._unaligned = sum(1 << bit for bit, g in enumerate(self.groups) if g.has_value)
        self._atoms = [shapeable(g) for g in self.groups]
        self._chosen: dict[int, tuple[ShapeBatch | None, Batch | None]] = {}
        self._by_layout: dict[str, tuple[ShapeBatch | None, Batch | None]] = {}

    def select(self, candidate: str) -> tuple[ShapeBatch | None, Batch | None]:
        """The groups worth trying on ``candidate``: those matched by shape, the others
        (None for none).

        The choice depends only on where the separators stand, so it is kept per layout
        (``12-34`` and ``98-76`` share one) for candidates up to ``MAX_SHAPE`` characters.
        """
        if len(candidate) > MAX_SHAPE:
            return self._select(candidate)
        layout = candidate.translate(_LAYOUT)
        found = self._by_layout.get(layout)
        if found is None:
            found = self._select(candidate)
            if len(self._by_layout) < MAX_SHAPES:
                self._by_layout[layout] = found
        return found

    def _select(self, candidate: str) -> tuple[ShapeBatch | None, Batch | None]:
        sizes = [len(part) for part in _PART_SPLIT.split(candidate)]
        total = min(sum(sizes), MAX_SIZE)
        if len(sizes) > self._MAX_PARTS:
            mask = self._loose[total]
        else:
            mask = self._loose[total] & self._unaligned
            exact = self._exact
            for i in range(len(sizes)):
                run = 0
                for size in sizes[i:]:
                    run += size
                    if run > MAX_SIZE:
                        break
                    mask |= exact[run]
        found = self._chosen.get(mask)
        if found is None:
            found = self._chosen[mask] = self._split(mask)
        return found

    def _split(self, mask: int) -> tuple[ShapeBatch | None, Batch | None]:
        chosen = [i for i in range(len(self.groups)) if mask >> i & 1]
        shaped = [i for i in chosen if self._atoms[i] is not None]
        unshaped = [self.groups[i] for i in chosen if self._atoms[i] is None]
        live = batch(unshaped) if unshaped else None
        if not shaped:
            return None, live
        sets = [BOUNDARY, *(a for i in shaped for a in self._atoms[i] or ())]
        return ShapeBatch([self.groups[i] for i in shaped], sets), live
