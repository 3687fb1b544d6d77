"""Plain-text URL finding: the fast pattern finds exactly what the plain definition finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.mime.urls import find_urls

# The definition: a scheme or "www." at a word start, any case, then URL characters.
DEFINITION = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2048}", re.IGNORECASE)
PIECES = [
    "http://", "https://", "HTTPS://", "www.", "WwW.", "h", "w", "s", "\u017f", "\u212a",
    "x", "_", "1", "\u00e9", "\u0661", " ", "\n", ".", ",", ":", "/", "<", "(", "'", "\u00a0",
]  # fmt: skip


def _by_definition(text: str) -> list[str]:
    return [m.group(0).rstrip(".,;:!?") for m in DEFINITION.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_fast_pattern_matches_the_definition(text: str) -> None:
    assert find_urls(text, 10_000) == _by_definition(text)


def test_word_start_case_and_trailing_punctuation() -> None:
    text = "See HTTPS://Ex.org/a, www.ex.net. Not xhttp://no or _www.no; (http://in.paren)"
    assert find_urls(text, 10) == ["HTTPS://Ex.org/a", "www.ex.net", "http://in.paren"]
    assert find_urls("http\u017f://long-s.example", 10) == ["http\u017f://long-s.example"]
    assert find_urls("a http://1 b http://2 c http://3", 2) == ["http://1", "http://2"]
