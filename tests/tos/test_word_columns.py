"""The compiled word pass (``scanner/tos/_words.c``) counts exactly the columns that the
pattern route of ``scanner.tos.features`` hashes, and refuses what it cannot take."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.utils import murmurhash3_32

from scanner.tos._words import count_ascii_word_columns
from scanner.tos.features import N_FEATURES

WORD = re.compile(r"[a-z][a-z0-9]{1,23}")  # the pattern the shipped model was trained with

# ASCII weighted towards the cases that decide a word's edges: letters of both cases,
# digits, the underscore, separators, control characters and DEL
EDGE_ALPHABET = "aAzZ09_ -.'\n\r\t\x00\x7f" + "bcmqxy" + "BCMQXY" + "1875"


def pattern_counts(text: str, prefix: str, n_features: int) -> dict[int, int]:
    """The pattern route: words, then each token's column, in first-seen order."""
    counts: dict[int, int] = {}
    for word in WORD.findall(text.lower()):
        column = abs(int(murmurhash3_32(prefix + word, seed=0))) % n_features
        counts[column] = counts.get(column, 0) + 1
    return counts


def compiled_counts(text: str, prefix: str, n_features: int = N_FEATURES) -> dict[int, int]:
    counts: dict[int, int] = {}
    count_ascii_word_columns(text, prefix, n_features, counts)
    return counts


@settings(max_examples=1500, deadline=None)
@given(
    text=st.text(alphabet=EDGE_ALPHABET, max_size=120)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=120),
    prefix=st.sampled_from(["b:", "h:", "", "x" * 16]),
)
def test_columns_and_their_order_equal_the_pattern_route(text: str, prefix: str) -> None:
    got = compiled_counts(text, prefix)
    assert list(got.items()) == list(pattern_counts(text, prefix, N_FEATURES).items())


@pytest.mark.parametrize(
    "text",
    [
        "a" * 24,  # the longest word
        "a" * 25,  # one more letter is a word of its own only with a second one
        "a" * 26,
        "a" * 48 + "9" * 3 + "b",  # digits continue a word but never start one
        "9abc _x_ yz1 q",  # no word starts on a digit; underscores and single letters split
        "MiXeD CaSe WORDS words",  # upper case counts as its lower case
        string.printable * 50,
    ],
)
def test_word_edges_equal_the_pattern_route(text: str) -> None:
    assert compiled_counts(text, "b:") == pattern_counts(text, "b:", N_FEATURES)


def test_a_megabyte_of_text_and_small_widths_equal_the_pattern_route() -> None:
    text = " ".join(f"word{n % 997} Alpha{n % 13}beta" for n in range(60_000))
    assert len(text) > 1_000_000
    for n_features in (N_FEATURES, 97, 1):
        assert compiled_counts(text, "h:", n_features) == pattern_counts(text, "h:", n_features)


def test_counts_add_to_what_the_dict_already_holds_and_keep_its_order() -> None:
    text = "alpha beta alpha gamma"
    first = next(iter(pattern_counts("beta", "b:", N_FEATURES)))
    counts = Counter({7: 2, first: 5})
    count_ascii_word_columns(text, "b:", N_FEATURES, counts)
    want = Counter({7: 2, first: 5})
    want.update(pattern_counts(text, "b:", N_FEATURES))
    assert list(counts.items()) == list(want.items())


def test_a_second_call_starts_from_zero() -> None:
    """The module's scratch table is cleared after each call, also after a refused one."""
    assert compiled_counts("alpha alpha", "b:") == pattern_counts("alpha alpha", "b:", N_FEATURES)
    alpha = next(iter(pattern_counts("alpha", "b:", N_FEATURES)))
    with pytest.raises(TypeError):
        count_ascii_word_columns("alpha beta", "b:", N_FEATURES, {alpha: "x"})  # type: ignore[dict-item]
    assert compiled_counts("alpha", "b:") == pattern_counts("alpha", "b:", N_FEATURES)


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("caf\u00e9", "b:", N_FEATURES, {}), ValueError),  # not ASCII: the caller's job
        (("text", "\u00e9:", N_FEATURES, {}), ValueError),
        (("text", "p" * 17, N_FEATURES, {}), ValueError),  # prefix too long
        (("text", "b:", 0, {}), ValueError),
        (("text", "b:", -5, {}), ValueError),
        (("text", "b:", 2**40, {}), ValueError),
        ((b"text", "b:", N_FEATURES, {}), TypeError),
        (("text", "b:", N_FEATURES, []), TypeError),
    ],
)
def test_bad_arguments_are_refused_with_a_clear_error(
    args: tuple[object, ...], error: type[Exception]
) -> None:
    with pytest.raises(error):
        count_ascii_word_columns(*args)  # type: ignore[arg-type]


def test_an_unbuilt_source_tree_says_how_to_build_the_module() -> None:
    script = (
        "import sys\n"
        "sys.modules['scanner.tos._words'] = None  # as if the module were never compiled\n"
        "import scanner.tos.features\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert "ImportError: scanner.tos._words" in done.stderr
    assert "make setup" in done.stderr
