"""Quote markers of replies: blank, same length, so quoted mail is read as it was written."""

from __future__ import annotations

from scanner.detectors.engine import TextScanner
from scanner.detectors.quoting import unquoted
from tests.detectors.conftest import found


def test_leading_markers_become_spaces_of_the_same_length() -> None:
    text = "Thanks!\n> On Monday Ana wrote:\n>> - item one\n> > - item two\n   > indented\n"
    plain = unquoted(text)
    assert len(plain) == len(text)
    assert plain.splitlines() == [
        "Thanks!",
        "  On Monday Ana wrote:",
        "   - item one",
        "    - item two",
        "     indented",
    ]


def test_a_marker_inside_a_line_stays() -> None:
    text = "Settings > Integrations -> Keys\nscore >= 620"
    assert unquoted(text) == text


def test_a_text_without_markers_is_not_copied() -> None:
    text = "No quotes here."
    assert unquoted(text) is text


def test_an_adverse_item_in_a_quoted_list_is_found(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    text = (
        "See below.\n\n"
        "> Here is what the lender sheet said. Middle score was 588.\n"
        "> The bad stuff on the report:\n"
        "> - Collection, Crestline Recovery, $1,240, placed 03/2024\n"
    )
    items = [value for entity, value in found(scanners, text) if entity == "CREDIT_REPORT"]
    assert items and all(value.startswith("Collection") for value in items)
    unquoted_found = found(scanners, text.replace("> ", ""))
    assert [hit for hit in unquoted_found if hit[0] == "CREDIT_REPORT"] == [
        ("CREDIT_REPORT", value) for value in items
    ]
