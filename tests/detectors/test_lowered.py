"""Lower-casing for the detectors: same length as the text, same result in pieces, and the
scanners find the same over a text lowered a piece at a time as over its whole lowered form."""

from __future__ import annotations

import random
import sys
import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detectors.engine import LOWER_CHUNK, Hit, TextScanner, lowered
from scanner.detectors.loader import merged_hits
from scanner.detectors.lowering import (
    OTHER_SPACES,
    Lowered,
    _lowered_one_by_one,
    piece_bounds,
    spaces_folded,
)
from tests.detectors.conftest import ENGLISH_SETS, labelled_texts
from tests.detectors.test_engine_equivalence import PIECES

WORDS = ["ΟΔΟΣ", "Σίσυφος", "ΣΑΣ", "Straße", "ABC", "x", "ΣΣ", "Ǆemal", "ﬁle"]


def one_by_one(text: str) -> str:
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@pytest.mark.parametrize("turkish", [False, True])
def test_large_text_lowered_in_pieces_equals_lowering_it_whole(turkish: bool) -> None:
    rng = random.Random(7)
    words = [*WORDS, "İstanbul"] if turkish else WORDS
    text = "\n".join(" ".join(rng.choice(words) for _ in range(40)) for _ in range(4000))
    assert len(text) > 3 * LOWER_CHUNK
    whole = text.lower()
    expected = whole if len(whole) == len(text) else one_by_one(text)
    assert lowered(text) == expected
    assert len(lowered(text)) == len(text)


def test_large_non_ascii_text_is_lowered_without_a_full_size_work_buffer() -> None:
    text = "Straße Ödön " * 400_000  # 4.8 M characters, one byte each
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        low = lowered(text)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert low == text.lower()
    assert peak < 4 * len(text)  # str.lower of the whole text needs 12 bytes per character


# --- The facts the piecewise lowering rests on, checked against this interpreter. ---

ALL_CHARS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_only_dotted_capital_i_lowers_to_several_characters() -> None:
    assert [c for c in ALL_CHARS if len(c.lower()) != 1] == ["\u0130"]


def test_only_capital_sigma_lowers_by_its_context() -> None:
    # Between cased letters, between spaces and next to a final sigma, every other character
    # lowers as it does alone.
    chars = [c for c in ALL_CHARS if c not in "\u0130\u03a3"]
    for left, right in (("A", "a"), (" ", " "), ("\u03a3", "\u03a3"), ("a\u0301", "\u0301b")):
        framed = "".join(left + c + right for c in chars).lower()
        step = len(left) + 1 + len(right)
        got = [framed[i * step + len(left)] for i in range(len(chars))]
        assert got == [c.lower() for c in chars], (left, right)


def test_lowering_keeps_letters_and_digits_apart_from_the_rest() -> None:
    # So ``is_boundary`` gives the same answer on a text and on its lowered form.
    changed = [c for c in ALL_CHARS if len(c.lower()) == 1 and c.lower().isalnum() != c.isalnum()]
    assert changed == []


# --- Lowered: slices and pieces equal the same range of lowered(text). ---

ALPHABET = ["a", "B", "Σ", "ς", "σ", "İ", "i", "K", "\u212a", "\u0301", "ΟΔΟΣ", "Straße", " ", "\n"]
TEXTS = st.lists(st.sampled_from(ALPHABET), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_small_text_is_lowered_whole_or_one_by_one(text: str) -> None:
    whole = text.lower()
    assert lowered(text) == (whole if len(whole) == len(text) else one_by_one(text))
    assert _lowered_one_by_one(text) == one_by_one(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(1, 40), st.integers(0, 90), st.integers(0, 90))
def test_every_slice_and_piece_equals_the_same_range_of_lowered(
    text: str, chunk: int, start: int, end: int
) -> None:
    expected = lowered(text, chunk)
    assert len(expected) == len(text)
    lazy = Lowered(text, chunk, keep=0)
    assert lazy.slice(start, end) == expected[start:end]
    assert "".join(piece for _, piece in lazy.pieces()) == expected
    assert [start for start, _ in lazy.pieces()] == [s for s, _ in piece_bounds(text, chunk)]
    kept = Lowered(text, chunk, keep=len(text))
    assert kept.whole == expected and kept.slice(start, end) == expected[start:end]


# --- Scanners over a Lowered in pieces find exactly what they find over the whole. ---

FRAGMENTS = [
    *PIECES, "diagnosed with ", "type 2 diabetes", "My son ", "HIV", " said", "according to ",
    "Maria ", "a Catholic", "Republican", "cancer research", "ΟΔΟΣ ", "Σίσυφος ", "İstanbul ",
    "\u212a", "Straße ", ". ", "\n", " ", "?", "—",
]  # fmt: skip


def _hits(scanners: list[tuple[str, TextScanner]], text: str, low: Lowered) -> list[list[Hit]]:
    return [scanner.scan_text(text, low) for _, scanner in scanners]


@pytest.mark.timeout(300)
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join), st.integers(8, 300))
def test_scanners_find_the_same_over_pieces_as_over_the_whole(
    scanners: list[tuple[str, TextScanner]], text: str, chunk: int
) -> None:
    whole = _hits(scanners, text, Lowered(text, chunk, keep=len(text)))
    assert _hits(scanners, text, Lowered(text, chunk, keep=0)) == whole


def test_scanners_find_the_same_over_pieces_on_the_test_corpora(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    texts = labelled_texts(ENGLISH_SETS)
    found = 0
    for text in texts:
        whole = _hits(scanners, text, Lowered(text))
        assert _hits(scanners, text, Lowered(text, chunk=48, keep=0)) == whole
        found += sum(map(len, whole))
    assert found > 500  # the corpora are not all misses


def _large_text(characters: int) -> str:
    """Statements, topical mentions, reporting and trigger words without identifiers (so no
    hit limit stops the scan), with a dash that makes CPython store 2 bytes a character."""
    sentences = [
        "Maria was diagnosed with type 2 diabetes last spring — in May.",
        "Our walk to end breast cancer raised funds; the card table is by the door.",
        "Please send the routing details and account number by Friday.",
        "Our interfaith breakfast welcomes Christian, Jewish and Muslim neighbors.",
        "Thank you for your gift to the food bank this year.",
    ]
    rng = random.Random(11)
    parts: list[str] = []
    size = 0
    while size < characters:
        # Few personal statements: the scorer's hit limit must not end the scan early.
        sentence = sentences[0] if rng.random() < 0.01 else rng.choice(sentences[1:])
        parts.append(sentence + rng.choice([" ", "\n"]))
        size += len(parts[-1])
    return "".join(parts)


def test_scanning_a_large_text_holds_no_full_size_copy_of_it(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    text = _large_text(2_000_000)
    size = sys.getsizeof(text)
    assert size > 2 * len(text)  # 2 bytes a character: a lowered copy would be as large
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        hits = merged_hits(scanners, text)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert 100 < len(hits) < 1000  # found, and no hit limit ended the scan early
    # Per text: the rule engine's keyword windows (0.2x here); per piece: lowering it and
    # the automaton's copy of it (20 bytes a character). Lowering the whole text would add
    # 1x, the automaton's copy of that 2x, the list of keyword matches 1.5x.
    assert peak < size // 2 + 24 * LOWER_CHUNK


def test_spaces_folded_turns_every_white_space_into_a_space() -> None:
    every_space = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert set(OTHER_SPACES) == set(every_space) - {" "}
    folded = spaces_folded("security\ncode\t\xa0is\u2003417\r\n")
    assert folded == "security code  is 417  "
