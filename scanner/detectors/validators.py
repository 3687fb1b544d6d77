"""Checksum and range validators for structured identifiers, referenced by name from rule packs.

Checks take the matched value and return True when it is structurally valid; identifier
checks compare its compact form (letters and digits only, upper-cased). They never log or
raise with the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

Validator = Callable[[str], bool]


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment cards."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


# Issuer identification ranges: (low prefix, high prefix, lengths). Prefixes are compared on
# the same number of leading digits as ``low``. Sources: ISO/IEC 7812 registrations as
# published by the networks (Visa, Mastercard incl. the 2-series since 2017, Amex, Discover
# incl. its 622126-622925 and 644-649 ranges, Diners Club International 300-305/36/38-39,
# JCB 3528-3589, UnionPay 62, Maestro 50/56-69 ranges).
_CARD_RANGES: tuple[tuple[str, str, frozenset[int], str], ...] = (
    ("4", "4", frozenset({13, 16, 19}), "visa"),
    ("51", "55", frozenset({16}), "mastercard"),
    ("2221", "2720", frozenset({16}), "mastercard"),
    ("34", "34", frozenset({15}), "amex"),
    ("37", "37", frozenset({15}), "amex"),
    ("6011", "6011", frozenset({16, 17, 18, 19}), "discover"),
    ("644", "649", frozenset({16, 17, 18, 19}), "discover"),
    ("65", "65", frozenset({16, 17, 18, 19}), "discover"),
    ("622126", "622925", frozenset({16, 17, 18, 19}), "discover"),
    ("300", "305", frozenset({14, 16, 17, 18, 19}), "diners"),
    ("36", "36", frozenset({14, 16, 17, 18, 19}), "diners"),
    ("38", "39", frozenset({14, 16, 17, 18, 19}), "diners"),
    ("3528", "3589", frozenset({16, 17, 18, 19}), "jcb"),
    ("62", "62", frozenset({16, 17, 18, 19}), "unionpay"),
    ("81", "81", frozenset({16, 17, 18, 19}), "unionpay"),
    ("50", "50", frozenset({12, 13, 14, 15, 16, 17, 18, 19}), "maestro"),
    ("56", "58", frozenset({12, 13, 14, 15, 16, 17, 18, 19}), "maestro"),
    ("639", "639", frozenset({12, 13, 14, 15, 16, 17, 18, 19}), "maestro"),
    ("6759", "6759", frozenset({12, 13, 14, 15, 16, 17, 18, 19}), "maestro"),
    ("6761", "6763", frozenset({12, 13, 14, 15, 16, 17, 18, 19}), "maestro"),
)


def card_network(digits: str) -> str | None:
    """The card network whose issuer range and length fit ``digits``, or None."""
    for low, high, lengths, network in _CARD_RANGES:
        if len(digits) in lengths and low <= digits[: len(low)] <= high:
            return network
    return None


def payment_card_ok(digits: str) -> bool:
    """Luhn-valid, a known issuer range and length, and not one repeated digit."""
    return (
        digits.isdigit()
        and len(set(digits)) > 1
        and card_network(digits) is not None
        and luhn_ok(digits)
    )


# Numbers printed in advertising and documentation (SSA, Woolworth wallet card) and the
# 987-65-4320..4329 range reserved for advertisements.
_SSN_KNOWN_SAMPLES = frozenset({"078051120", "219099999", "457555462", "123456789"})


def ssn_ok(digits: str) -> bool:
    """SSA rules: area not 000/666/900-999, group not 00, serial not 0000, no known samples."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in _SSN_KNOWN_SAMPLES and len(set(digits)) > 1


def itin_ok(digits: str) -> bool:
    """IRS ITIN: 9xx-[50-65|70-88|90-92|94-99]-xxxx, not the advertising range
    987-65-4320..4329 (an SSN's example number in training files and forms)."""
    if len(digits) != 9 or not digits.isdigit() or digits[0] != "9":
        return False
    if digits.startswith("98765432"):
        return False
    group = int(digits[3:5])
    return (
        50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99
    ) and digits[5:] != "0000"


def aba_ok(digits: str) -> bool:
    """ABA routing number: 3-7-1 weighted checksum and a Federal Reserve prefix."""
    if len(digits) != 9 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    prefix = int(digits[:2])
    if not (0 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    weights = (3, 7, 1) * 3
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 10 == 0


# IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: Mapping[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


# The samples bank forms and IBAN guides print as "example IBAN" (ECBS, ISO 13616): valid,
# nobody's. Other countries' samples are left out: they are seen less as samples.
_IBAN_DOCUMENTATION_SAMPLES = frozenset(
    {"GB82WEST12345698765432", "GB29NWBK60161331926819", "DE89370400440532013000"}
)


def iban_ok(value: str) -> bool:
    """ISO 13616: known country, that country's length, mod-97 remainder 1; not one of the
    documentation samples."""
    iban = value.upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban.isalnum() or not iban[2:4].isdigit():
        return False
    if iban in _IBAN_DOCUMENTATION_SAMPLES:
        return False
    rearranged = iban[4:] + iban[:4]
    remainder = 0
    for char in rearranged:
        if char.isdigit():
            remainder = (remainder * 10 + ord(char) - 48) % 97
        elif "A" <= char <= "Z":
            remainder = (remainder * 100 + ord(char) - 55) % 97
        else:
            return False
    return remainder == 1


def not_repeated(value: str) -> bool:
    """Rejects one repeated character and ascending runs like 123456789 (placeholders)."""
    if len(set(value)) <= 1:
        return False
    return value not in "0123456789012345678901234567890" and value not in "9876543210"


def has_digits(value: str) -> bool:
    """At least four digits: tells an id like D1234567 from words such as "required"."""
    return sum(ch.isdigit() for ch in value) >= 4 and not_repeated(value)


_PLACEHOLDER_STARTS = ("HTTP", "WWW", "MAILTO")


def secret_like(value: str) -> bool:
    """A plausible secret, not prose: has a digit or symbol, or inner capitals; no URL/mask."""
    if len(value) < 4 or len(set(value)) == 1 or value.upper().startswith(_PLACEHOLDER_STARTS):
        return False
    if value[0] in "{[<(" or "://" in value:
        return False
    inner_caps = any(ch.isupper() for ch in value[1:]) and any(ch.islower() for ch in value)
    return any(ch.isdigit() for ch in value) or not value.isalpha() or inner_caps


_MASK_RUN = re.compile(r"([Xx*•#])\1{3}")


def unmasked(value: str) -> bool:
    """Not a placeholder's mask: no run of four X, *, • or # ("sk_test_XXXXXXXXXXXX")."""
    return _MASK_RUN.search(value) is None


def not_documentation_key(value: str) -> bool:
    """Not a vendor's documentation sample (AWS's keys end in "EXAMPLE", "EXAMPLEKEY")."""
    return "EXAMPLE" not in value


def random_token(value: str) -> bool:
    """A machine-made secret, not a word, path or placeholder: letters and digits both, at
    least 8 distinct characters, and not a URL or a host's path ("example.org/api/keys")."""
    if not secret_like(value) or ("/" in value and "." in value.split("/", 1)[0]):
        return False
    letters = sum(ch.isalpha() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    return letters >= 4 and digits >= 2 and len(set(value)) >= 8


def credit_score(value: str) -> bool:
    """A FICO/VantageScore value: 300-850."""
    return value.isdigit() and 300 <= int(value) <= 850


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def compact(value: str) -> str:
    """The value without separators, upper-cased: ``4111-1111 ...`` -> ``41111111...``."""
    return _NOT_ALNUM.sub("", value).upper()


def _on_compact(check: Validator) -> Validator:
    def validator(value: str) -> bool:
        return check(compact(value))

    validator.__doc__ = check.__doc__
    return validator


# Rule packs name these. Identifier checks see the compact form, secret checks the raw text.
VALIDATORS: Mapping[str, Validator] = {
    "luhn": _on_compact(luhn_ok),
    "payment_card": _on_compact(payment_card_ok),
    "us_ssn": _on_compact(ssn_ok),
    "us_itin": _on_compact(itin_ok),
    "aba_routing": _on_compact(aba_ok),
    "iban": _on_compact(iban_ok),
    "not_repeated": _on_compact(not_repeated),
    "has_digits": _on_compact(has_digits),
    "credit_score": _on_compact(credit_score),
    "secret_like": secret_like,
    "random_token": random_token,
    "not_documentation_key": not_documentation_key,
    "unmasked": unmasked,
}
