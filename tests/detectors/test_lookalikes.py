"""Lookalike separators and digits: read as ASCII by the detectors, offsets unchanged."""

from __future__ import annotations

import unicodedata

import pytest

from scanner.detectors.engine import TextScanner
from scanner.detectors.loader import SegmentDetector, merged_hits
from scanner.detectors.lookalikes import plain_lookalikes
from scanner.model import ParsedMessage, Segment

NBSP, THIN, NARROW_NBSP, EN_DASH, EM_DASH = "\u00a0", "\u2009", "\u202f", "\u2013", "\u2014"


def _fullwidth(digits: str) -> str:
    return "".join(chr(0xFF10 + int(d)) if d.isdigit() else d for d in digits)


def _arabic_indic(digits: str) -> str:
    return "".join(chr(0x0660 + int(d)) if d.isdigit() else d for d in digits)


def test_every_unicode_space_and_digit_becomes_ascii_one_for_one() -> None:
    lookalikes = "".join(
        chr(code)
        for code in range(0x80, 0x110000)
        if unicodedata.category(chr(code)) in ("Zs", "Nd")
    )
    plain = plain_lookalikes(lookalikes)
    assert len(plain) == len(lookalikes) and plain.isascii()
    assert set(plain) <= set(" 0123456789")
    assert [plain[i] for i, c in enumerate(lookalikes) if c.isdigit()] == [
        str(unicodedata.digit(c)) for c in lookalikes if c.isdigit()
    ]


def test_dashes_inside_numbers_become_hyphens_but_prose_dashes_stay() -> None:
    text = f"536{EN_DASH}22\u20111906 {EM_DASH} as typed{EM_DASH}"
    assert plain_lookalikes(text) == f"536-22-1906 {EM_DASH} as typed{EM_DASH}"
    assert plain_lookalikes("\uff21\uff22\uff3f\uff01") == "AB_!"  # fullwidth ASCII


def test_invisible_characters_stay_between_digits_and_are_spaces_elsewhere() -> None:
    """Between digits a reader sees none (the separated scanner reads the number without
    them); elsewhere they separate words as spaces do."""
    text = "SSN\u200b536\u200b\u2060221906\ufeff, card ４１\u200b１１ x\u200by\u200b"
    assert plain_lookalikes(text) == "SSN 536\u200b\u2060221906 , card 41\u200b11 x y "


def test_joiners_that_shape_scripts_and_emoji_stay() -> None:
    for text in ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\U0001f469\u200d\U0001f4bb"):
        assert plain_lookalikes(text) is text


def test_a_text_without_lookalikes_is_not_copied() -> None:
    for text in ("Card 4111 1111 1111 1111", "café, naïve, Ärger — fine"):
        assert plain_lookalikes(text) is text


def test_no_break_space_entities_left_in_text_become_spaces() -> None:
    text = "Account&nbsp;# 0388457807 &#160;&AMP;nbsp;x&#xA0;y &amp; co"
    plain = plain_lookalikes(text)
    assert len(plain) == len(text)
    assert plain == "Account      # 0388457807 " + " " * 16 + "x      y &amp; co"


CARD, SSN = "4111 1111 1111 1111", "536-22-1906"
LABELS = {"CREDIT_CARD": "card number", "US_SSN": "SSN", "IBAN_CODE": "IBAN"}


@pytest.mark.parametrize(
    "written",
    [
        ("CREDIT_CARD", CARD.replace(" ", NBSP)),
        ("CREDIT_CARD", CARD.replace(" ", THIN)),
        ("CREDIT_CARD", _fullwidth(CARD)),
        ("CREDIT_CARD", CARD.replace(" ", "\u200b")),  # zero width space: looks glued
        ("CREDIT_CARD", "4111 11\u200b11 1111 1111"),  # one inside a group
        ("CREDIT_CARD", _fullwidth("4111\u20601111\ufeff1111\u200b1111")),
        ("US_SSN", "536\u200b221906"),
        ("US_SSN", SSN.replace("-", EN_DASH)),
        ("US_SSN", SSN.replace("-", NARROW_NBSP)),
        ("US_SSN", _arabic_indic(SSN)),
        ("IBAN_CODE", "DE55 5001 0517 5408 3290 71".replace(" ", NBSP)),
    ],
    ids=lambda written: ascii(written[1]),
)
def test_identifiers_written_with_lookalikes_are_found_where_they_stand(
    scanners: list[tuple[str, TextScanner]], written: tuple[str, str]
) -> None:
    entity, number = written
    text = f"Please note the {LABELS[entity]} {number} for the file."
    hits = [(hit.entity, text[hit.start : hit.end]) for hit in merged_hits(scanners, text)]
    assert (entity, number) in hits  # the span is the number as the sender wrote it


def test_a_label_glued_to_its_value_by_an_entity_is_read_as_spaced(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    text = "Routing&nbsp;/&nbsp;ABA\n320676017\nAccount&nbsp;#\n0388457807\nType\nChecking"
    found = {(hit.entity, text[hit.start : hit.end]) for hit in merged_hits(scanners, text)}
    assert ("US_BANK_NUMBER", "0388457807") in found


def test_findings_point_into_the_segment_as_written(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    text = f"Her SSN is 536{NBSP}22{NBSP}1906, thanks."
    message = ParsedMessage(None, (), (Segment("body:text/plain", "1", text),), (), (), (), (), 0)
    detector = SegmentDetector("sensitive-data", *(scanner for _, scanner in scanners))
    [finding] = [f for f in detector.scan(message) if f.entity == "US_SSN"]
    assert text[finding.start : finding.end] == f"536{NBSP}22{NBSP}1906"
