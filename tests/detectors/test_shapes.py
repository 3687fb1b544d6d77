"""Number candidates matched by shape: same matches as the patterns on the real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detectors.engine import RuleEngine
from scanner.detectors.matching import Group, batch
from scanner.detectors.shapes import (
    BOUNDARY,
    ShapeBatch,
    Unshapeable,
    atoms,
    shape_table,
    shapeable,
)


def _classes(pattern: str) -> set[frozenset[str]]:
    """The partition of the candidate alphabet that ``pattern`` induces."""
    table = shape_table([BOUNDARY, *atoms(pattern, ignorecase=False)])
    by_class: dict[int, set[str]] = {}
    for char, rep in table.items():
        by_class.setdefault(rep, set()).add(chr(char))
    return {frozenset(c) for c in by_class.values()}


def test_digit_agnostic_pattern_puts_all_digits_in_one_class() -> None:
    classes = _classes(r"\d{3}(?P<sep>[- ])\d{2}(?P=sep)\d{4}")
    assert frozenset("0123456789") in classes
    # The backreference tells the separators apart.
    assert frozenset("-") in classes and frozenset(" ") in classes


def test_literal_digit_gets_its_own_class() -> None:
    classes = _classes(r"9\d{8}")
    assert frozenset("9") in classes and frozenset("012345678") in classes


@pytest.mark.parametrize(
    "pattern",
    [r"(?<=x)\d{9}", r"^\d{9}", r"\b\d{9}", r"(\d)\1{8}", r"(?(1)a|b)", r"\p{Nd}{9}"],
)
def test_patterns_that_look_past_the_shape_are_not_shaped(pattern: str) -> None:
    with pytest.raises(Unshapeable):
        atoms(pattern, ignorecase=False)


def test_ignorecase_literal_letter_is_told_apart() -> None:
    table = shape_table([BOUNDARY, *atoms(r"x\d{8}", ignorecase=True)])
    assert table[ord("X")] == ord("X")
    assert table[ord("Y")] == table[ord("Z")] != ord("X")


_CANDIDATE = st.lists(
    st.sampled_from(list("0123456789") + ["9", "4", " ", "-", ".", "\n", " \r\n", "GB", "DE"]),
    min_size=1,
    max_size=40,  # up to 80 characters: past MAX_SHAPE too
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_CANDIDATE)
def test_shaped_matches_equal_matches_on_the_text(rules: RuleEngine, candidate: str) -> None:
    groups = [g for g in rules._index.groups if shapeable(g) is not None]
    sets = [BOUNDARY, *(a for g in groups for a in shapeable(g) or ())]
    shaped = ShapeBatch(groups, sets)
    text = f"id {candidate} end"
    start, end = 3, 3 + len(candidate)
    found = batch(groups).matches(text, start, end, _no_timeout)
    direct = sorted((g.rules[0].id, *rest) for g, *rest in found)
    for _ in range(2):  # the second time from the kept shape
        got = sorted(
            (g.rules[0].id, start + a, start + b, start + c)
            for g, a, b, c in shaped.matches(text, start, end, _no_timeout)
        )
        assert got == direct


def _no_timeout(group: Group, at: int) -> None:
    raise AssertionError("no pattern times out on a short candidate")
