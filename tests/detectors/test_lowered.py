"""Lower-casing for the detectors: same length as the text, same result in pieces."""

from __future__ import annotations

import random
import tracemalloc

import pytest

from scanner.detectors.engine import LOWER_CHUNK, lowered

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
