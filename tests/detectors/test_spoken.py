"""Numbers spoken or typed digit by digit: read as digits by the rules, reported at the words."""

from __future__ import annotations

import pytest

from scanner.config import Detection
from scanner.detectors.engine import RuleEngine, TextScanner
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.spoken import MAX_RUN, SpokenScanner
from tests.detectors.conftest import found, spans


@pytest.fixture(scope="module")
def spoken(rules: RuleEngine) -> SpokenScanner:
    return SpokenScanner(rules, 1000)


# fmt: off
FOUND = [
    # voicemail transcripts: words, commas, hyphens, "oh", "double"/"triple", any case
    ("Hi, it's Dana. The PIN is seven, three, nine, one.",
     [("PIN", "seven, three, nine, one")]),
    ("Voicemail: the PIN is six-four-one-nine-nine-two. Thanks!",
     [("PIN", "six-four-one-nine-nine-two")]),
    ("my pin is double five oh one", [("PIN", "double five oh one")]),
    ("PIN is double five, triple two, one", [("PIN", "double five, triple two, one")]),
    ("PIN: SEVEN THREE NINE ONE", [("PIN", "SEVEN THREE NINE ONE")]),
    # call notes: "dash" between groups, words or digits
    ("Called about the W-2: her social is four four seven dash two zero dash eight one six "
     "three.", [("US_SSN", "four four seven dash two zero dash eight one six three")]),
    ("her social is 447 dash 20 dash 8163", [("US_SSN", "447 dash 20 dash 8163")]),
    ("his social is four four seven-two zero-eight one six three",
     [("US_SSN", "four four seven-two zero-eight one six three")]),
    # a speaker's hesitation between digits is part of the separator
    ("For the withdrawal, my checking account number is three seven five, uh, four seven seven "
     "nine, seven nine five two eight.",
     [("US_BANK_NUMBER",
       "three seven five, uh, four seven seven nine, seven nine five two eight")]),
    # a wrapped line inside the run
    ("her social is four four seven dash two zero dash\neight one six three",
     [("US_SSN", "four four seven dash two zero dash\neight one six three")]),
    # a paper form copied with the writer's spacing
    ("SSN: 5 0 7 - 3 9 - 1 6 8 4", [("US_SSN", "5 0 7 - 3 9 - 1 6 8 4")]),
    ("pin: 1 2 3 4", [("PIN", "1 2 3 4")]),
    # cards and bank numbers read out
    ("card number four one one one, one one one one, one one one one, one one one one",
     [("CREDIT_CARD", "four one one one, one one one one, one one one one, one one one one")]),
    ("routing number zero two one zero zero zero zero two one, account four four five zero "
     "two two eight one nine three",
     [("ABA_ROUTING_NUMBER", "zero two one zero zero zero zero two one"),
      ("US_BANK_NUMBER", "four four five zero two two eight one nine three")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=range(len(FOUND)))
def test_a_number_said_digit_by_digit_is_found_at_its_words(
    spoken: SpokenScanner, rules: RuleEngine, text: str, expected: list[tuple[str, str]]
) -> None:
    assert spans(rules.scan_text(text), text) == []  # the rules see no digits there
    assert spans(spoken.scan_text(text), text) == expected


# fmt: off
CLEAN = [
    # prose that holds digit words
    "We need one or two volunteers, and a two-for-one ticket deal.",
    "Sign-up is one, two, three, four steps: register, pick a shift, confirm, show up.",
    "Dinner for three or four people at five thirty, or six if the bus is late.",
    "Twenty-one, two, three four-year-olds joined the reading hour.",
    "She was born on June five, nineteen eighty-four, in Ohio.",
    "Reading: John three sixteen; Psalm 23 4; Romans 8 28.",
    "The Sox won four to three, then 3-2, 4-1; the score by innings was 3 2 4 1.",
    "Call 617 555 0148 one more time; we had 20 one-dollar bills and 2 one-way tickets.",
    "He counted down: five, four, three, two, one, zero, and the lights went up.",
    "The count was one two three four five six seven eight nine ten.",
    "call me at five five five, one two one two or six one seven dash five five five dash "
    "zero one four eight",
    # identifier shapes without their rules' context words
    "the order number is four four seven dash two zero dash eight one six three",
    "Gate code? No, the raffle ticket is seven three nine one.",
    "Someone phoned at one o'clock about the 5th and 6.5 and 1,234 and 5:30 and 3/4.",
]
# fmt: on


@pytest.mark.parametrize("text", CLEAN, ids=range(len(CLEAN)))
def test_prose_with_digit_words_stays_clean(
    scanners: list[tuple[str, TextScanner]], text: str
) -> None:
    assert found(scanners, text) == []


# fmt: off
VIEWS = [
    # "dash" and a spaced hyphen split groups; separators join digits
    ("four four seven dash two zero dash eight one six three", "447-20-8163"),
    ("5 0 7 - 3 9 - 1 6 8 4", "507-39-1684"),
    ("seven, three, nine, one", "7391"),
    # hyphens without spaces: the digits of one number, unless spaces join the digits
    ("six-four-one-nine-nine-two", "641992"),
    ("four four seven-two zero-eight one six three", "447-20-8163"),
    ("four-four-seven - two-zero - eight-one-six-three", "447-20-8163"),
    # "oh" and "o" are zero inside a run, never first; "double"/"triple" repeat
    ("nine oh two one oh", "90210"),
    ("oh, five five five five", "oh, 5555"),
    ("double oh seven seven", "0077"),
    ("triple-five one", "5551"),
    # a number of two or more digits joins a token across "dash" or a bare hyphen only
    ("447 dash two zero dash 8163", "447-20-8163"),
    ("ticket 2002 one two three four", "ticket 2002 1234"),
    ("on June 13, 2002 - one of us", "on June 13, 2002 - one of us"),
    ("June 13, 2002 - one two three four", "June 13, 2002 - 1234"),
    # a word hyphenated to another word is no digit
    ("twenty-one two three four five", "twenty-one 2345"),
    ("one two three four-year-olds", "one two three four-year-olds"),
    # fewer than four digits, or plain numbers, are left as they stand
    ("one two three", "one two three"),
    ("12 34 56 78", "12 34 56 78"),
    ("1 2, 3 4", "1 2, 3 4"),
]
# fmt: on


@pytest.mark.parametrize(("text", "rendered"), VIEWS, ids=range(len(VIEWS)))
def test_a_run_is_written_as_its_digits(spoken: SpokenScanner, text: str, rendered: str) -> None:
    view = spoken.view(text)
    assert (view.text if view else text) == rendered


def test_a_hit_maps_back_to_the_words_of_its_digits(spoken: SpokenScanner) -> None:
    text = "PIN: double five, oh one - thanks"
    view = spoken.view(text)
    assert view is not None
    assert view.text == "PIN: 5501 - thanks"
    at = view.text.index("5501")
    assert view.to_text(at, at + 4) == (5, 24)  # the whole run
    assert view.to_text(at + 1, at + 2) == (5, 16)  # a digit of "double five"
    assert view.to_text(at + 3, at + 4) == (21, 24)  # "one"
    assert view.to_text(at - 1, at + 4) is None  # takes in text outside the run
    assert view.to_text(0, 3) is None
    assert view.at(at + 2) == 5 and view.at(len(view.text)) == len(text)


def test_only_hits_inside_a_run_are_reported(spoken: SpokenScanner) -> None:
    text = "SSN 536-22-1906 on file; the PIN is seven three nine one."
    assert spans(spoken.scan_text(text), text) == [("PIN", "seven three nine one")]


def test_a_run_longer_than_the_limit_is_not_read(spoken: SpokenScanner) -> None:
    long_run = "one " * (MAX_RUN // 4 + 1)
    assert spoken.view(f"PIN {long_run}") is None
    assert spoken.view(f"PIN {long_run}x PIN one two three four.") is not None


def test_the_run_limit_reads_only_the_first_runs(rules: RuleEngine) -> None:
    text = "PIN seven three nine one; PIN six four one nine; PIN two two eight one."
    capped = SpokenScanner(rules, 2)
    assert spans(capped.scan_text(text), text) == [
        ("PIN", "seven three nine one"),
        ("PIN", "six four one nine"),
    ]


def test_a_spoken_value_is_one_finding(scanners: list[tuple[str, TextScanner]]) -> None:
    text = "Her social is four four seven dash two zero dash eight one six three."
    assert found(scanners, text) == [
        ("US_SSN", "four four seven dash two zero dash eight one six three")
    ]


def test_spoken_digits_can_be_turned_off() -> None:
    off: list[tuple[str, TextScanner]] = load_text_scanners(Detection(max_spoken_runs=0))
    assert "sensitive-spoken" not in dict(off)
    assert found(off, "the PIN is seven, three, nine, one") == []
