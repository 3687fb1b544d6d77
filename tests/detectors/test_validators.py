"""Checksums and range rules, table-driven (public test numbers and generated ones)."""

from __future__ import annotations

import pytest

from scanner.detectors.validators import (
    VALIDATORS,
    aba_ok,
    card_network,
    iban_ok,
    itin_ok,
    luhn_ok,
    payment_card_ok,
    secret_like,
    ssn_ok,
)

# fmt: off
CARDS = [
    # Networks' published test numbers (Stripe / PayPal / Adyen test-card lists).
    ("4111111111111111", "visa"), ("4012888888881881", "visa"), ("4222222222222", "visa"),
    ("5555555555554444", "mastercard"), ("5105105105105100", "mastercard"),
    ("2223000048410010", "mastercard"), ("2720999999999996", "mastercard"),
    ("378282246310005", "amex"), ("371449635398431", "amex"),
    ("6011111111111117", "discover"), ("6445644564456445", "discover"),
    ("30569309025904", "diners"), ("36227206271667", "diners"),
    ("3530111333300000", "jcb"), ("3566002020360505", "jcb"),
    ("6200000000000005", "unionpay"), ("6250941006528599032", "unionpay"),
    ("6759649826438453", "maestro"), ("5018000000000009", "maestro"),
]
BAD_CARDS = [
    "4111111111111112",   # Luhn fails
    "2221000000000000",   # 2-series, Luhn fails
    "2721000000000005",   # just above the Mastercard 2-series range
    "1234567812345670",   # Luhn ok, no issuer starts with 1
    "0000000000000000",   # one repeated digit
    "41111111111111",     # Visa prefix, 14 digits is not a Visa length
    "3782822463100051",   # Amex prefix with 16 digits
]
SSNS = [("536221906", True), ("001010001", True), ("899999998", True),
        ("000123456", False), ("666123456", False), ("900123456", False),
        ("999123456", False), ("123001234", False), ("123450000", False),
        ("078051120", False), ("219099999", False), ("111111111", False)]
ITINS = [("912781234", True), ("900501234", True), ("999991234", True), ("912931234", False),
         ("912451234", False), ("812781234", False), ("912890000", False),
         # in ITIN shape, but the advertising range every training file uses as an SSN
         ("987654321", False), ("987654329", False), ("987654311", True)]
ABAS = [("021000021", True), ("011401533", True), ("091000019", True), ("322271627", True),
        ("021000022", False), ("131000025", False), ("000000000", False)]
IBANS = [("GB87BARC20035344551891", True), ("DE55500105175408329071", True),
         ("NL71RABO0314825760", True), ("BE06310180429724", True),
         ("NL91ABNA0417164300", True), ("FR1420041010050500013M02606", True),
         # valid check digits, but the "example IBAN" of bank forms and IBAN guides
         ("GB82WEST12345698765432", False), ("DE89370400440532013000", False),
         ("GB29NWBK60161331926819", False), ("GB82WEST1234569876543", False),
         ("DE89370400440532013001", False), ("XX89370400440532013000", False),
         ("NL91ABNA041716430", False)]
# fmt: on


@pytest.mark.parametrize(("number", "network"), CARDS)
def test_valid_cards_of_every_network(number: str, network: str) -> None:
    assert luhn_ok(number)
    assert card_network(number) == network
    assert payment_card_ok(number)


@pytest.mark.parametrize("number", BAD_CARDS)
def test_invalid_cards(number: str) -> None:
    assert not payment_card_ok(number)


@pytest.mark.parametrize(("number", "ok"), SSNS)
def test_ssn_rules(number: str, ok: bool) -> None:
    assert ssn_ok(number) is ok


@pytest.mark.parametrize(("number", "ok"), ITINS)
def test_itin_ranges(number: str, ok: bool) -> None:
    assert itin_ok(number) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("sk_live_4eC39HqLyjWDarjtT1zdp7dc", True), ("sk_test_XXXXXXXXXXXXXXXX", False),
     ("ghp_****************", False), ("xoxb-1234-••••••••", False), ("AIzaSyAxx1", True)],
)  # fmt: skip
def test_a_masked_secret_is_no_secret(value: str, ok: bool) -> None:
    assert VALIDATORS["unmasked"](value) is ok


@pytest.mark.parametrize(("number", "ok"), ABAS)
def test_aba_checksum(number: str, ok: bool) -> None:
    assert aba_ok(number) is ok


@pytest.mark.parametrize(("value", "ok"), IBANS)
def test_iban_mod97_and_length(value: str, ok: bool) -> None:
    assert iban_ok(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("Tr0ub4dor&3", True), ("hunter22", True), ("CorrectHorse", True), ("required", False),
     ("Required", False), ("********", False), ("https://x.org/reset", False),
     ("{password}", False)],
)  # fmt: skip
def test_secret_like(value: str, ok: bool) -> None:
    assert secret_like(value) is ok
