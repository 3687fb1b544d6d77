"""The scoring fast paths of ``scanner.tos.features`` give exactly what the plain
computation gives: the same tokens, and rows equal bit for bit."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pytest
from sklearn.utils import murmurhash3_32

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos import features
from scanner.tos.families import FAMILIES
from scanner.tos.features import (
    FEATURE_VERSION,
    N_FEATURES,
    _ascii_upper_count,
    _ColumnCache,
    _word_list,
    message_row,
    tokens,
)
from tests.conftest import iter_corpus

MIXED_RAW = (
    'From: "\u00c9lise Dupont" <elise@mail.example.fr>\r\n'
    'To: "Doe, Jane" <j@example.org>, k@example.org\r\n'
    "Subject: STRA\u00dfE K\u212aLVIN caf\u00e9 \u00b2x!\r\n"
    'Content-Type: text/html; charset="utf-8"\r\nMIME-Version: 1.0\r\n\r\n'
    "<p>\u0130stanbul na\u00efve x\u00b2y \u00bdcup 42abc a1b2 snake_case_name "
    "\u0661\u0662abc ABC123 UPPER \u00c9T\u00c9 " + "a" * 30 + "</p>"
    "<a href='https://www.example.com/Account/Verify?id=1'>www.other.example.net</a>"
    "<div style='display:none'>HIDDEN \u212aELVIN WORDS " + "b" * 30 + "</div>"
).encode()

# The tokens of MIXED_RAW under FEATURE_VERSION 1, as the code the shipped model was
# trained with extracted them.
MIXED_TOKENS = [
    "s:straße", "s:kklvin", "s:café", "s:²x", "s:(caps)", "s:(!)", "fn:élise", "fn:dupont",
    "ftld:fr", "mailer:(none)", "ct:text/html", "cs:utf-8", "hdr:no-date", "hdr:no-reply-to",
    "hdr:no-cc", "rcpt:1", "b:stanbul", "b:naïve", "b:x²y", "b:½cup", "b:abc", "b:a1b2",
    "b:snake", "b:case", "b:name", "b:abc", "b:abc123", "b:upper", "b:été",
    "b:aaaaaaaaaaaaaaaaaaaaaaaa", "b:aaaaaa", "b:www", "b:other", "b:example", "b:net",
    "seg:body:text/html", "h:hidden", "h:kelvin", "h:words", "h:bbbbbbbbbbbbbbbbbbbbbbbb",
    "h:bbbbbb", "seg:body:text/html:hidden",
    "html:only", "len:7", "caps:1", "links:1", "link:(text-domain-mismatch)", "urls:1",
    "uh:example.com", "utld:com", "up:account", "up:verify", "udomains:1",
    "defect:html-hidden-text",
]  # fmt: skip

TEXTS = [
    "", "Plain ASCII text, with 42 numbers and UPPER case_words " + "x" * 50,
    "0123abcdefghijklmnopqrstuvwxyz0123456789abc 9x a b2 " + "ab1" * 20 + " a",
    "\u212aelvin sign lowers to ASCII", "\u0130stanbul \u00c9T\u00c9 stra\u00dfe",
    "x\u00b2y \u00bdcup \u0661\u0662abc \u2160\u2161 \U0001d400bc", "lone \udcff surrogate ABC",
]  # fmt: skip


def reference_row(token_list: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The plain computation: count tokens, hash each, merge colliding columns."""
    counts: dict[int, int] = {}
    for token, count in Counter(token_list).items():
        column = abs(int(murmurhash3_32(token, seed=0))) % N_FEATURES
        counts[column] = counts.get(column, 0) + count
    values = np.log1p(np.array(list(counts.values()), dtype=np.float64))
    norm = float(np.sqrt(values @ values))
    return np.array(list(counts), dtype=np.int64), values / norm if norm else values


def assert_same_row(message_raw: bytes, families: tuple[str, ...]) -> None:
    message = parse_message(message_raw, Limits())
    columns, values = message_row(message, None, families)
    want_columns, want_values = reference_row(tokens(message, None, families))
    assert columns.tolist() == want_columns.tolist()
    assert values.tobytes() == want_values.tobytes()  # bit for bit, in the same order


def test_tokens_of_a_mixed_script_message_are_unchanged() -> None:
    """A change here changes what trained models see: bump FEATURE_VERSION instead."""
    assert FEATURE_VERSION == 1
    assert tokens(parse_message(MIXED_RAW, Limits())) == MIXED_TOKENS


@pytest.mark.parametrize("text", TEXTS)
def test_word_and_capital_fast_paths_match_the_plain_patterns(text: str) -> None:
    assert _word_list(text) == re.findall(r"[^\W\d_][^\W_]{1,23}", text.lower())
    assert _ascii_upper_count(text) == len(re.findall(r"[A-Z]", text))


def test_message_rows_equal_the_plain_computation_bit_for_bit() -> None:
    raws = [r["raw"].encode() for n, r in enumerate(iter_corpus()) if n % 60 == 0]
    for raw in [MIXED_RAW, b"", *raws]:
        for families in ((), tuple(FAMILIES)):
            assert_same_row(raw, families)


def test_rows_stay_exact_once_the_column_caches_are_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = {prefix: _ColumnCache(prefix) for prefix in features._COLUMNS}
    monkeypatch.setattr(features, "_COLUMNS", empty)
    monkeypatch.setattr(features, "INDEX_CACHE_SIZE", 0)
    assert_same_row(MIXED_RAW, tuple(FAMILIES))
    assert not any(empty.values())
