"""Pasted tables: a cell is read with its column's header, and reported where it stands."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.config import Detection, Limits
from scanner.detectors.engine import RuleEngine
from scanner.detectors.loader import (
    DETECTOR_NAME,
    SegmentDetector,
    TextScanner,
    load_text_scanners,
)
from scanner.detectors.tables import MAX_HEADER_CELL, TableScanner, table_view
from scanner.mime import parse_message
from tests.detectors.conftest import found, spans

ROSTER = (
    "Travel roster (partner visit)\n"
    "Name, Passport #, Issuing country, Exp\n"
    "Leah Goldfarb, A00579971, USA, 2034-02-10\n"
    "Chris Ndiaye, B27646857, USA, 2029-09-22\n"
    "Thanks!"
)


@pytest.fixture(scope="module")
def tables(rules: RuleEngine) -> TableScanner:
    return TableScanner(rules, 5000)


@pytest.mark.parametrize(
    "text",
    [
        ROSTER,
        "Name\tPassport #\tExp\nLeah Goldfarb\tA00579971\t2034\nChris Ndiaye\tB27646857\t2029",
        "| Name | Passport # |\n|---|---|\n| Leah Goldfarb | A00579971 |\n| Chris | B27646857 |",
        "Name; Passport #\r\nLeah Goldfarb; A00579971\r\nChris Ndiaye; B27646857\r\n",
    ],
)
def test_a_value_under_its_header_is_found_where_it_stands(
    tables: TableScanner, rules: RuleEngine, text: str
) -> None:
    assert spans(rules.scan_text(text), text) == []  # the header is too far for the rules
    assert spans(tables.scan_text(text), text) == [
        ("US_PASSPORT", "A00579971"),
        ("US_PASSPORT", "B27646857"),
    ]


def test_every_column_is_read_with_its_own_header(tables: TableScanner) -> None:
    text = (
        "Fellow\tMember ID\tSSN\tRouting\n"
        "Aaliyah Brooks\t88213\t338399158\t021000021\n"
        "Mateo Quispe\t88240\t773988771\t011401533\n"
    )
    assert spans(tables.scan_text(text), text) == [
        ("US_SSN", "338399158"),
        ("ABA_ROUTING_NUMBER", "021000021"),
        ("US_SSN", "773988771"),
        ("ABA_ROUTING_NUMBER", "011401533"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # prose with commas, an address line, a signature with pipes: no header row
        "Hi Marcy,\nNew hire paperwork for Sione, starts 1/5:\nSSN on file, thanks",
        "Mailing list corrections:\n412 Oak Ridge Dr, Lexington KY 40503\nPO Box 1187, Bangor",
        "Maya Lindgren | Development\nOffice: (617) 555-0148 | Cell: 617-555-0199",
        # a header with a long number is a data row; rows of another width end the table
        "Order 448812, Passport #\nLeah, A00579971",
        "Name, Passport #\nLeah Goldfarb, A00579971, USA",
        # a header cell longer than a label is prose
        f"{'x' * (MAX_HEADER_CELL + 1)}, Passport #\nLeah, A00579971",
        # a bulleted line is a list's item, not a header
        "- Passports checked: 2, pending 1\n- Leah, A00579971",
    ],
)
def test_text_that_is_no_table_is_not_read_as_one(tables: TableScanner, text: str) -> None:
    assert tables.scan_text(text) == []


ALIGNED = (
    "These three still show as pending:\n\n"
    "Coach       First   Passport #       Exp      Status\n"
    "----------  ------  ---------------  -------  -------\n"
    "Haddad      Samir   A00579971 (US)   03/2029  pending\n"
    "Okonkwo     Bisi    B27646857        11/2027  pending\n"
    "\n"
    "Thanks!"
)


def test_a_table_aligned_with_spaces_is_read_by_its_columns(tables: TableScanner) -> None:
    assert spans(tables.scan_text(ALIGNED), ALIGNED) == [
        ("US_PASSPORT", "A00579971"),
        ("US_PASSPORT", "B27646857"),
    ]
    view = table_view(ALIGNED, 100)
    assert view is not None
    assert view.text == (
        "Passport #: A00579971 (US)\nExp: 03/2029\nPassport #: B27646857\nExp: 11/2027\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        # sentences two spaces apart (as typists wrote them) are no header
        "We met at 9.  Passport numbers are due Friday.  Bring them.\nLeah  A00579971  2034",
        # two columns are no aligned table; a header with a delimiter is read as delimited
        "Name      Passport #\nLeah      A00579971",
        # a row of another width is no row
        "Name      Passport #      Exp\nLeah Goldfarb A00579971      2034",
    ],
)
def test_lines_that_are_no_aligned_table_are_not_read_as_one(text: str) -> None:
    assert table_view(text, 100) is None


def test_only_cells_with_a_digit_are_read() -> None:
    view = table_view("Name, Passport #, Note\nLeah Goldfarb, A00579971, none\n", 100)
    assert view is not None
    assert view.text == "Passport #: A00579971\n"
    assert table_view("Name, Note\nLeah Goldfarb, none\n", 100) is None


def test_a_number_column_is_named_by_its_rows_type_column(tables: TableScanner) -> None:
    text = (
        "first,last,id_type,id_number,status\n"
        "Luis,Arreola,CA ID,F6062558,enrolled\n"
        "Andre,Mack,CA DL,B7406261,enrolled\n"
        "Sophie,Lindqvist,none yet,,waitlist\n"
    )
    view = table_view(text, 100)
    assert view is not None
    assert view.text == "CA ID number: F6062558\nCA DL number: B7406261\n"
    assert spans(tables.scan_text(text), text) == [
        ("US_STATE_ID", "F6062558"),
        ("US_DRIVER_LICENSE", "B7406261"),
    ]
    untyped = table_view("name,id_number\nLuis,F6062558\n", 100)
    assert untyped is not None and untyped.text == "id_number: F6062558\n"


def test_a_value_column_is_read_with_its_rows_item(tables: TableScanner) -> None:
    text = (
        "Item               | Value\n"
        "-------------------+-----------\n"
        "Card received      | 03/09\n"
        "New PIN            | 6559\n"
    )
    view = table_view(text, 100)
    assert view is not None
    assert view.text == "Card received: 03/09\nNew PIN: 6559\n"
    assert spans(tables.scan_text(text), text) == [("PIN", "6559")]


def test_a_table_of_counts_or_rates_is_not_read_for_the_special_categories() -> None:
    counts = (
        "dx_group          | scheduled | no_show | rate\n"
        "------------------+-----------+---------+------\n"
        "Diabetes (E11.x)  |     412   |    61   | 14.8%\n"
    )
    assert table_view(counts, 100, by_row=True) is None
    people = "Name | Diagnosis | Visits\nAna Ruiz | Diabetes | 4\n"
    view = table_view(people, 100, by_row=True)
    assert view is not None and "Diagnosis: Diabetes" in view.text


def test_rows_for_the_special_categories_are_read_whole_but_for_one_letter_flags() -> None:
    text = (
        "Name | Race/Ethnicity | First-gen | Year\n"
        "Pa Vang | Hmong | Y | 2025\n"
        "Dee Carter |  | N | 2024\n"
    )
    view = table_view(text, 100, by_row=True)
    assert view is not None
    assert view.text == (
        "Name: Pa Vang; Race/Ethnicity: Hmong; Year: 2025.\nName: Dee Carter; Year: 2024.\n"
    )  # a blank cell and a "Y" say nothing
    assert [text[c.text : c.text + c.length] for c in view.cells] == [
        "Pa Vang", "Hmong", "2025", "Dee Carter", "2024"
    ]  # fmt: skip


def test_a_column_names_the_special_category_of_its_cells() -> None:
    text = (
        "Here's the export for the funder report.\n\n"
        "Name | School | Award | Race/Ethnicity | First-gen\n"
        "Pa Houa Vang | Central HS | $2,500 | Hmong / Asian American | Y\n"
        "Itzel Ramirez | Central HS | $1,000 | Hispanic / Mexican American | N\n"
    )
    scanners = load_text_scanners(Detection())
    assert [entity for entity, _ in found(scanners, text)] == ["RACIAL_ETHNIC_ORIGIN"] * 4
    off = load_text_scanners(Detection(max_table_cells=0))
    assert "special-tables" not in dict(off) and found(off, text) == []


def test_a_row_of_another_width_ends_the_table_and_the_next_header_starts_one() -> None:
    text = "a, b\n1, 2\nsee below\nc\td\n3\t4\n"
    view = table_view(text, 100)
    assert view is not None
    assert view.text == "a: 1\nb: 2\nc: 3\nd: 4\n"
    assert [text[c.text : c.text + c.length] for c in view.cells] == ["1", "2", "3", "4"]


def test_a_hit_in_the_header_part_of_a_line_is_not_reported() -> None:
    view = table_view("Passport, Name\nL3ah, Goldfarb\n", 100)
    assert view is not None
    assert view.to_text(0, len("Passport: L3ah")) is None
    assert view.to_text(len("Passport: "), len("Passport: L3ah")) == (15, 19)


def test_the_cell_limit_reads_only_the_first_cells(rules: RuleEngine) -> None:
    capped = TableScanner(rules, 2)  # the first row's two cells
    assert spans(capped.scan_text(ROSTER), ROSTER) == [("US_PASSPORT", "A00579971")]


def test_a_value_found_both_ways_is_one_finding() -> None:
    text = "Name, Passport #\nLeah Goldfarb, passport no. 563812947\n"
    scanners = load_text_scanners(Detection())
    assert found(scanners, text) == [("US_PASSPORT", "563812947")]


def test_tables_can_be_turned_off() -> None:
    off: list[tuple[str, TextScanner]] = load_text_scanners(Detection(max_table_cells=0))
    assert "sensitive-tables" not in dict(off)
    assert found(off, ROSTER) == []


@pytest.mark.parametrize(
    "text",
    [
        # a quoted cell holds the delimiter: the row keeps its columns
        'Name, Passport #, Exp\n"Goldfarb, Leah", A00579971, 2034\n"Ndiaye, Chris", B27646857, x',
        # every cell quoted (a CSV export), spaces around the quotes
        '"Name","Passport #"\n"Goldfarb, Leah" , "A00579971"\n"Ndiaye, Chris","B27646857"',
        'Name;Passport #\r\n"Goldfarb; Leah";"A00579971"\r\n"Ndiaye; Chris";B27646857\r\n',
        # quoted cells holding line breaks (a note, an address), the row going on over them:
        # the note before the number (the first row's digits on its second line)
        'Name,Notes,Passport #\n"Goldfarb, Leah","Notes: diagnosed with\ntype 2 diabetes",'
        'A00579971\n"Ndiaye, Chris","none",B27646857\n',
        # the note after it, over three lines, and CRLF line ends
        'Name,Passport #,Notes\r\n"Goldfarb",A00579971,"called 3/4\r\nre: ""intake""\r\nok"\r\n'
        '"Ndiaye",B27646857,""\r\n',
        # an address on two lines, cells quoted with ;
        'Name;Address;Passport #\n"Goldfarb";"12 Oak St\nApt 4";A00579971\n'
        '"Ndiaye";"9 Elm";B27646857\n',
        # tab-separated, every cell quoted (a spreadsheet copied as text)
        'Name\tAddress\tPassport #\n"Goldfarb"\t"12 Oak St\nApt 4"\t"A00579971"\n'
        '"Ndiaye"\t"9 Elm"\t"B27646857"\n',
    ],
)
def test_quoted_csv_cells_keep_the_row(tables: TableScanner, text: str) -> None:
    assert spans(tables.scan_text(text), text) == [
        ("US_PASSPORT", "A00579971"),
        ("US_PASSPORT", "B27646857"),
    ]


def test_a_quoted_cell_is_read_unquoted_and_mapped_to_its_characters() -> None:
    text = 'Name, Code, Ref\n"Lee, Ana", "X""12 34""", 7\n'
    view = table_view(text, 100)
    assert view is not None
    assert view.text == 'Code: X"12 34"\nRef: 7\n'
    code = view.cells[0]
    assert (code.length, code.quotes) == (len('X"12 34"'), (1, 7))
    # the value's characters, doubled quotes as two, at their place in the mail
    start = view.text.index("X")
    whole = view.to_text(start, start + len('X"12 34"'))
    assert whole is not None and text[whole[0] : whole[1]] == 'X""12 34""'  # not its quotes
    digits = view.to_text(start + 2, start + 7)  # "12 34"
    assert digits is not None and text[digits[0] : digits[1]] == "12 34"
    quote = view.to_text(start + 1, start + 2)  # the quote: both of its characters
    assert quote is not None and text[quote[0] : quote[1]] == '""'


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        # quotes that make no quoted cells: the line is split at every delimiter, as before
        ('Name, Passport #\n"Goldfarb, A00579971', ['"Goldfarb', "A00579971"]),
        ('Name, Passport #\n"Leah" G, A00579971', ['"Leah" G', "A00579971"]),
        # a quote inside an unquoted cell is a character (5'11"); text after a closing
        # quote in a tab-separated row
        ("Name, Height\nLeah, 5'11\"", ["Leah", "5'11\""]),
        ('Name\tCode\n"Leah\t"A1"', ['"Leah', '"A1"']),
        # a quote left open to the text's end, or closed only past the row's characters
        ('Name, Passport #\n"Goldfarb, A00579971\nmore text', ['"Goldfarb', "A00579971"]),
    ],
)
def test_quotes_that_make_no_quoted_cell(text: str, cells: list[str]) -> None:
    view = table_view(text, 100)
    assert view is not None
    values = [text[c.text : c.text + c.length] for c in view.cells]
    assert values == [value for value in cells if any(ch.isdigit() for ch in value)]


_CSV = st.lists(
    st.lists(st.text(alphabet='ab1 ,;"\t\n', max_size=8), min_size=2, max_size=4),
    min_size=2,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(_CSV, st.sampled_from([",", ";", "\t"]), st.booleans())
def test_every_cell_maps_back_to_its_characters(
    rows: list[list[str]], delimiter: str, quote: bool
) -> None:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if quote else value

    header = delimiter.join(f"h{n}" for n in range(len(rows[0])))
    text = "\n".join([header, *(delimiter.join(map(cell, row)) for row in rows)])
    view = table_view(text, 1000)
    for c in view.cells if view else ():
        span = view.to_text(c.view, c.view + c.length) if view else None
        assert span is not None
        raw = text[span[0] : span[1]]
        value = view.text[c.view : c.view + c.length] if view else ""
        assert (raw.replace('""', '"') if c.quotes else raw) == value


def test_a_cell_holding_line_breaks_is_read_whole_and_mapped_to_its_characters() -> None:
    text = 'Name,Notes\r\n"Lee","Ref 12\r\n""A 34"" ok"\r\n'
    view = table_view(text, 100)
    assert view is not None
    assert view.text == 'Notes: Ref 12\r\n"A 34" ok\n'
    (cell,) = view.cells
    whole = view.to_text(cell.view, cell.view + cell.length)
    assert whole is not None and text[whole[0] : whole[1]] == 'Ref 12\r\n""A 34"" ok'
    digits = view.to_text(cell.view + len('Ref 12\r\n"A '), cell.view + len('Ref 12\r\n"A 34'))
    assert digits is not None and text[digits[0] : digits[1]] == "34"


def test_tab_separated_cells_are_unquoted_like_csv_ones(tables: TableScanner) -> None:
    # a quoted cell holding a tab keeps the row; values are read inside their quotes
    text = 'Name\tSSN\tDOB\n"Lee\tAna"\t"536221906"\t "1980-02-03" \nKim\t338399158\t""\n'
    view = table_view(text, 100)
    assert view is not None
    assert view.text == "SSN: 536221906\nDOB: 1980-02-03\nSSN: 338399158\n"
    assert spans(tables.scan_text(text), text) == [
        ("US_SSN", "536221906"),
        ("US_SSN", "338399158"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a header's quote left open makes no header: the first line of a row begun above
        ('Name,SSN\n"Lee, Ana","mixed\nup,536221906', []),
        # a quote not closed within the row's characters quotes nothing: the line is split
        (f'Name,Note,SSN\n"Lee,x,536221906\n{"y" * 60}",\nKim,y,338399158', ["536221906"]),
        # a row begun more than the row's characters above its digit line
        ('Name,Notes,SSN\n"Lee","' + "x\n" * 40 + 'end",536221906\n', []),
        # a digit line that goes on a row begun above it, under no header
        ('Dear Ana,\n"our notes,\nsee 3/4",536221906', []),
    ],
)
def test_quotes_that_leave_a_row_open_read_no_row_across_lines(
    text: str, values: list[str]
) -> None:
    view = table_view(text, 100, max_row=50)
    found_values = [text[c.text : c.text + c.length] for c in view.cells] if view else []
    assert found_values == values


def test_the_row_length_limit_is_configured() -> None:
    text = 'Name,Notes,SSN\n"Lee","' + "x" * 100 + '\nsee file",536221906\n'
    default = dict(load_text_scanners(Detection()))
    short = dict(load_text_scanners(Detection(max_table_row_chars=50)))
    assert found([("t", default["sensitive-tables"])], text) == [("US_SSN", "536221906")]
    assert found([("t", short["sensitive-tables"])], text) == []


# A spreadsheet range pasted into Gmail: the table scanner reads the HTML rendering's rows.
_HTML_ROSTER = (
    "<div dir=ltr>Hi Marcy, the new fellows for payroll:<br><br>"
    '<table border="1" style="border-collapse:collapse"><tbody>'
    + "".join(
        "<tr>"
        + "".join(f'<td style="padding:2px 3px"><span>{v}</span></td>' for v in row)
        + "</tr>"
        for row in (
            ("Fellow", "SSN", "Passport #", "Account #"),
            ("Aaliyah Brooks", "338399158", "A00579971", "4418209357"),
            ("Mateo Quispe", "773988771", "B27646857", "000123456789"),
        )
    )
    + "</tbody></table><br>Thanks!</div>"
)


@pytest.mark.parametrize(
    ("content_type", "html", "source"),
    [
        ("text/html", _HTML_ROSTER, "body:text/html"),
    ],
)
def test_a_table_sent_as_html_is_read_by_its_headers(
    content_type: str, html: str, source: str
) -> None:
    raw = (
        "From: a@example.org\r\nTo: b@example.org\r\nSubject: fellows\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: {content_type}; charset=utf-8\r\n\r\n{html}\r\n"
    ).encode()
    message = parse_message(raw, Limits())
    body = next(s for s in message.segments if s.source == source)
    scanners = load_text_scanners(Detection())
    findings = list(SegmentDetector(DETECTOR_NAME, *dict(scanners).values()).scan(message))
    assert [(f.segment, f.entity, body.text[f.start : f.end]) for f in findings] == [
        (source, "US_SSN", "338399158"),
        (source, "US_PASSPORT", "A00579971"),
        (source, "US_BANK_NUMBER", "4418209357"),
        (source, "US_SSN", "773988771"),
        (source, "US_PASSPORT", "B27646857"),
        (source, "US_BANK_NUMBER", "000123456789"),
    ]
    # the values stand far from any word naming them: it is the header that finds them
    rules_only = [(n, s) for n, s in scanners if n != "sensitive-tables"]
    assert found(rules_only, body.text) == []


def test_a_value_in_a_markup_element_is_read_under_its_name() -> None:
    text = (
        '<Payment>\n  <Amount currency="USD">108.00</Amount>\n  <CVV2>213</CVV2>\n'
        "  <Note>call me first</Note>\n</Payment>\n"
    )
    view = table_view(text, 100)
    assert view is not None
    assert view.text == "Amount: 108.00\nCVV2: 213\n"
    assert [text[c.text : c.text + c.length] for c in view.cells] == ["108.00", "213"]
    assert table_view("<CVV2>213 and no closing tag", 100) is None
    scanners = load_text_scanners(Detection())
    assert ("CVV", "213") in found(scanners, text)
