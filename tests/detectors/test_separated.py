"""Numbers typed with odd separators: read as digits by the rules, reported at the characters
the sender typed."""

from __future__ import annotations

import pytest

from scanner.config import Detection
from scanner.detectors.engine import RuleEngine, TextScanner
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.separated import SeparatedScanner, separated_view
from tests.detectors.conftest import found, spans


@pytest.fixture(scope="module")
def separated(rules: RuleEngine) -> SeparatedScanner:
    return SeparatedScanner(rules, 1000)


# fmt: off
FOUND = [
    # bullets and middle dots between single digits: joined
    ("Mija, I changed the EBT pin to 6•8•0•2 because someone watched me",
     [("PIN", "6•8•0•2")]),
    ("the PIN is 4·9·2·1", [("PIN", "4·9·2·1")]),
    # emoji between groups, spaced: the groups keep their hyphens
    ("here's my social for the form 536 🔸 22 🔸 1906 delete after!!",
     [("US_SSN", "536 🔸 22 🔸 1906")]),
    ("SSN 536❤️22❤️1906", [("US_SSN", "536❤️22❤️1906")]),
    # dots between single digits
    ("the verification code for her login came to my number: 6.0.3.3.1.8. Type it fast",
     [("ACCESS_CODE", "6.0.3.3.1.8")]),
    # slashes in an SSN's or an ITIN's shape
    ("el numero para su declaracion: 989/83/0539 (es ITIN, no seguro social)",
     [("US_ITIN", "989/83/0539")]),
    # invisible characters inside a number (zero width space, word joiner, BOM): no gap
    ("Card: 41\u200b111111111\u200b11111 exp 09/27",
     [("CREDIT_CARD", "41\u200b111111111\u200b11111")]),
    ("My SSN is 512\u2060348876.", [("US_SSN", "512\u2060348876")]),
    ("card 4111 11\ufeff11 1111 1111 exp 09/27",
     [("CREDIT_CARD", "4111 11\ufeff11 1111 1111")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=range(len(FOUND)))
def test_a_number_with_odd_separators_is_found_at_its_characters(
    separated: SeparatedScanner, rules: RuleEngine, text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(rules.scan_text(text), text) == []  # the rules see no number there
    assert spans(separated.scan_text(text), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "born 3/14/2016, seen 11/02/2026",  # dates
        "version 1.2.3 of the app; pi is 3.14159; server 10.0.0.1",  # versions, decimals, IPs
        "1.2.3",  # too few digits
        "rated 5 ★ 4 ★",  # too few digits
        "12 🔸 34",  # one separator
        "see items 4•7",  # one separator
        "price 4.5.6.7x",  # glued to a letter
        "ref\u200b12345678, x12\u200b345678",  # invisible beside a letter, not between digits
        "1\u200b23",  # too few digits
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert separated_view(text, 1000) is None


def test_the_view_writes_runs_as_the_rules_read_numbers() -> None:
    text = "pin 6•8•0•2, ssn 536 🔸 22 🔸 1906, code 6.0.3.3"
    view = separated_view(text, 1000)
    assert view is not None
    assert view.text == "pin 6802, ssn 536-22-1906, code 6033"
    start = view.text.index("536")
    typed = text.index("536")
    assert view.to_text(start, start + len("536-22-1906")) == (typed, typed + 15)


def test_runs_past_the_cap_are_plain_text(rules: RuleEngine) -> None:
    text = "PIN 1•2•3•4; PIN 5•6•7•8"
    assert [value for _, value in spans(SeparatedScanner(rules, 1).scan_text(text), text)] == [
        "1•2•3•4"
    ]
    assert SeparatedScanner(rules, 0).scan_text(text) == []


def test_a_separated_value_is_one_finding(scanners: list[tuple[str, TextScanner]]) -> None:
    text = "I changed the EBT pin to 6•8•0•2."
    assert found(scanners, text) == [("PIN", "6•8•0•2")]


def test_separated_runs_are_off_with_spoken_ones() -> None:
    off: list[tuple[str, TextScanner]] = load_text_scanners(Detection(max_spoken_runs=0))
    assert "sensitive-separated" not in dict(off)
    assert found(off, "I changed the EBT pin to 6•8•0•2.") == []
