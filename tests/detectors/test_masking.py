"""Masked forms for the review UI: last four of card and account numbers, nothing of
government ids (any portion is Sensitive Data) or secrets, the category of special data."""

from __future__ import annotations

import pytest

from scanner.masking import SECRET_MASK, mask_finding
from scanner.model import Finding


def _finding(category: str, start: int, end: int) -> Finding:
    return Finding("rule", category, "E", "body:text/plain", "0", start, end, 0.9)


@pytest.mark.parametrize(
    ("text", "value", "category", "masked"),
    [
        ("SSN 536-22-6789.", "536-22-6789", "government_id", "***-**-****"),
        ("passport number 563812947", "563812947", "government_id", "*********"),
        ("DL D123-4567-8901", "D123-4567-8901", "government_id", "****-****-****"),
        ("card 4242 4242 4242 4242!", "4242 4242 4242 4242", "payment_card", "**** **** **** 4242"),
        ("card 4242-4242-4242-4242", "4242-4242-4242-4242", "payment_card", "****-****-****-4242"),
        ("IBAN GB87BARC20035344551891", "GB87BARC20035344551891", "financial_account",
         "******************1891"),
        ("Visa ending 4242", "4242", "payment_card", "****"),
        ("password: Sunflower#2024", "Sunflower#2024", "credential", SECRET_MASK),
        # said digit by digit: masked as the digits, so the words' lengths show nothing
        ("social is four four seven dash two zero dash eight one six three",
         "four four seven dash two zero dash eight one six three", "government_id",
         "***-**-****"),
        ("card four one one one, one one one one, one one one one, one one one one",
         "four one one one, one one one one, one one one one, one one one one",
         "payment_card", "************1111"),
        ("Maria has diabetes", "diabetes", "health", "[health]"),
        ("he is Muslim", "Muslim", "religious_belief", "[religious_belief]"),
    ],
)  # fmt: skip
def test_masked_forms(text: str, value: str, category: str, masked: str) -> None:
    start = text.index(value)
    assert mask_finding(_finding(category, start, start + len(value)), text) == masked


def test_stale_offsets_give_the_category_not_an_error() -> None:
    assert mask_finding(_finding("government_id", 10, 99), "short") == "[government_id]"


def test_masked_value_never_contains_more_than_four_original_characters() -> None:
    text = "4111111111111111"
    masked = mask_finding(_finding("payment_card", 0, len(text)), text)
    assert masked == "************1111"
