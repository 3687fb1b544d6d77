"""The shared keyword pass: words one white-space character apart, and a spread slot's
words also across runs of white space (a form converted from HTML, a wrapped line)."""

from __future__ import annotations

import pytest

from scanner.detectors.engine import Keywords
from scanner.detectors.lowering import Lowered


@pytest.fixture
def keywords() -> tuple[Keywords, int, int]:
    """A spread slot with "credit score" and "identity protection pin", and a plain slot
    with "credit score" and "breast cancer"."""
    words = Keywords()
    spread, plain = words.slot(spread=True), words.slot()
    for word in ("credit score", "identity protection pin", "score"):
        words.add(spread, word, f"rule:{word}")
    for word in ("credit score", "breast cancer"):
        words.add(plain, word, f"term:{word}")
    words.build()
    return words, spread, plain


def _found(words: Keywords, low: Lowered) -> list[tuple[str, int, int, tuple[object, ...]]]:
    return [(low.text[s:e], s, e, values) for s, e, values in words.find(low)]


def test_a_spread_slot_finds_its_words_across_runs_of_white_space(
    keywords: tuple[Keywords, int, int],
) -> None:
    words, spread, plain = keywords
    text = "Credit\n    Score: 612. Identity  protection \t pin 4471; breast\n   cancer"
    found = _found(words, Lowered(text))
    assert [(word, values[spread], values[plain]) for word, _, _, values in found] == [
        ("Credit\n    Score", "rule:credit score", None),  # only the spread slot's value
        ("Score", "rule:score", None),  # at one end, the longer word first (as the pass)
        ("Identity  protection \t pin", "rule:identity protection pin", None),
    ]  # the plain slot's "breast cancer" is not read across the run
    assert [end for _, _, end, _ in found] == sorted(end for _, _, end, _ in found)


def test_words_one_space_apart_are_found_once_and_no_marker_is_reported(
    keywords: tuple[Keywords, int, int],
) -> None:
    words, spread, plain = keywords
    text = "my credit score and credit  union, credit\nscore"
    found = _found(words, Lowered(text))
    assert [word for word, *_ in found] == [
        "credit score", "score", "credit\nscore", "score",
    ]  # fmt: skip
    assert all(any(v is not None for v in values) for *_, values in found)
    assert found[0][3] == ("rule:credit score", "term:credit score")


def test_a_run_longer_than_the_first_look_and_a_long_text_read_in_pieces(
    keywords: tuple[Keywords, int, int],
) -> None:
    words, _, _ = keywords
    text = "x " * 300 + "credit" + " " * 400 + "score " + "y " * 300
    whole = _found(words, Lowered(text, chunk=10_000, keep=10_000))
    pieces = _found(words, Lowered(text, chunk=64, keep=0))
    assert [(s, e) for _, s, e, _ in whole] == [(600, 1011), (1006, 1011)]
    assert [(s, e) for _, s, e, _ in pieces] == [(s, e) for _, s, e, _ in whole]


def test_a_text_ending_inside_a_run_is_no_error(keywords: tuple[Keywords, int, int]) -> None:
    words, _, _ = keywords
    assert _found(words, Lowered("the credit   ")) == []
