"""HTML rendering: visible and hidden text, links, and hostile markup."""

from __future__ import annotations

import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.mime import html_text
from scanner.mime.html_text import html_to_text


def test_blocks_break_lines_and_void_tags_break_once() -> None:
    rendered = html_to_text("<p>one</p><p>two<br>three</p><div>four</div>")
    assert rendered.text == "one\n\ntwo\nthree\n\nfour"  # paragraphs, one break for br


def test_scripts_styles_comments_and_iframe_fallback_are_not_text() -> None:
    html = (
        "<style>p{color:red}</style><script>var a='x';</script><!-- note -->"
        "<iframe src='https://ads.example/f'><script src='x.js'></script>fallback</iframe>ok"
    )
    rendered = html_to_text(html)
    assert rendered.text == "ok"
    assert rendered.urls == ["https://ads.example/f"]


def test_links_keep_their_text_and_an_unclosed_link_ends_with_its_block() -> None:
    rendered = html_to_text(
        "<p><a href='https://a.example/x'>Read <b>more</b></a></p>"
        "<p><a href='https://b.example/'>Click here</p><p>rest of the letter</p>"
    )
    assert rendered.links[0] == ("https://a.example/x", "Read more")
    assert rendered.links[1] == ("https://b.example/", "Click here")


def test_hidden_text_is_separate() -> None:
    rendered = html_to_text(
        "<p>seen</p><div style='display: none'>unseen <b>words</b></div>"
        "<span hidden>also</span><p style='font-size:0px'>tiny</p>"
    )
    assert rendered.text == "seen"
    assert rendered.hidden_text.split() == ["unseen", "words", "also", "tiny"]


def test_entities_in_text_and_attributes_follow_html_rules() -> None:
    rendered = html_to_text("<a href='https://s.example/a?x=1&section=2'>caf&eacute; &amp; co</a>")
    assert rendered.links == [("https://s.example/a?x=1&section=2", "café & co")]


def test_hostile_markup_never_raises_and_keeps_what_it_can() -> None:
    assert html_to_text("ok \udcff bad").text == "ok ? bad"
    assert html_to_text("").text == ""
    deep = html_to_text("<div>" * 20_000 + "deep" + "</div>" * 20_000)
    assert (deep.text, deep.flattened, deep.cut) == ("deep", True, False)
    assert html_to_text("<!-- never closed " + "x" * 10_000).text == ""
    assert html_to_text("a\x00b").text == "a\ufffdb"


def test_each_document_starts_fresh_after_an_unclosed_one() -> None:
    # Parsers are reused; nothing of an unfinished document may leak into the next one.
    html_to_text("<div style='display:none'><a href='https://a.example/'>secret <script>x")
    rendered = html_to_text("<p>next letter</p>")
    assert (rendered.text, rendered.hidden_text) == ("next letter", "")
    assert (rendered.links, rendered.urls) == ([], [])


def test_threads_render_their_own_documents() -> None:
    documents = [f"<p>letter {n}</p><a href='https://x.example/{n}'>go</a>" for n in range(40)]
    with ThreadPoolExecutor(4) as pool:
        rendered = list(pool.map(html_to_text, documents))
    assert [r.text for r in rendered] == [f"letter {n}\ngo" for n in range(40)]
    assert [r.urls for r in rendered] == [[f"https://x.example/{n}"] for n in range(40)]


def test_an_idle_parser_keeps_nothing_of_the_last_document() -> None:
    html = "<p>" + "<b>word</b> and more words " * 40_000 + "</p>"
    html_to_text(html)  # a parser is kept for the next document
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        rendered = html_to_text(html)
        del rendered
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert after - before < 100_000  # the document's text chunks were let go


@pytest.mark.timeout(60)  # a hang detector: libxml2 took 20 s on 100,000 of each
def test_stray_end_tags_under_deep_nesting_render_flattened_with_all_text() -> None:
    # libxml2 looks for each stray end tag among all open elements; past MAX_DEPTH the
    # document is rendered again without nesting the deeper elements.
    html = (
        "<p>before</p><div style='display:none'>unseen</div>"
        + "<div>" * 5000
        + "deep text"
        + "</span>" * 50_000
        + "<a href='https://x.example/'>link</a> after"
    )
    rendered = html_to_text(html)
    assert (rendered.flattened, rendered.cut) == (True, False)
    assert rendered.text == "before\n\ndeep textlink after"
    assert rendered.hidden_text == "unseen"
    assert rendered.links == [("https://x.example/", "")]  # a link that deep keeps no text
    assert rendered.urls == ["https://x.example/"]


def test_hidden_text_stays_hidden_when_flattened() -> None:
    html = "<div style='display:none'>" + "<b>" * 1000 + "secret" + "</b>" * 1000 + "</div>shown"
    rendered = html_to_text(html, max_depth=100)
    assert rendered.flattened and (rendered.text, rendered.hidden_text) == ("shown", "secret")


def test_nesting_libxml2_sees_past_the_flattening_stops_rendering() -> None:
    # "<!-->" is an empty comment to libxml2; the flattening reads on to the next "-->"
    html = "<p>before</p><!-->" + "<div>" * 100 + "inside-->" + "<p>after</p>"
    rendered = html_to_text(html, max_depth=50)
    assert (rendered.flattened, rendered.cut) == (True, True)
    assert rendered.text == "before"


def test_ordinary_documents_are_not_flattened() -> None:
    cell = "<td><div><p><b><a href='https://e.example/'>go</a></b></p></div></td>"
    rendered = html_to_text("<table>" + ("<tr>" + cell * 5 + "</tr>") * 400 + "</table>")
    assert not rendered.flattened and not rendered.cut


# A range of a spreadsheet pasted into Gmail: cell styles, spans and a data attribute.
_GMAIL_CELL = (
    '<td style="overflow:hidden;padding:2px 3px;vertical-align:bottom;'
    'border:1px solid rgb(204,204,204)"{}>{}</td>'
)
GMAIL_TABLE = (
    '<div dir="ltr">Hi Marcy, the roster for the visit:<br><br>'
    '<table cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed">'
    '<colgroup><col width="120"><col width="100"><col width="100"></colgroup><tbody>'
    + "".join(
        '<tr style="height:21px">'
        + "".join(_GMAIL_CELL.format(attrs, value) for attrs, value in row)
        + "</tr>"
        for row in (
            (("", "Name"), ("", "Passport #"), ("", "Exp")),
            (
                ("", '<span style="font-family:Arial">Leah Goldfarb</span>'),
                (' data-sheets-value="{&quot;1&quot;:2}"', "A00579971"),
                ("", "2034-02-10"),
            ),
            (("", "Chris Ndiaye"), ("", "<span>B27646857</span>"), ("", "")),
        )
    )
    + "</tbody></table><br>Thanks!<br></div>"
)


def test_a_pasted_spreadsheet_keeps_its_rows_and_columns() -> None:
    rendered = html_to_text(GMAIL_TABLE)
    assert rendered.text == (
        "Hi Marcy, the roster for the visit:\n\n"
        "Name\tPassport #\tExp\n"
        "Leah Goldfarb\tA00579971\t2034-02-10\n"
        "Chris Ndiaye\tB27646857\t\n"  # an empty cell keeps its tab
        "\nThanks!"
    )


def test_header_cells_whitespace_between_cells_and_text_tabs() -> None:
    html = (
        "<table>\n  <thead>\n    <tr>\n      <th>Fellow</th>\n      <th>SSN</th>\n    </tr>\n"
        "  </thead>\n  <tbody>\n    <tr>\n      <td>Aaliyah\n        Brooks</td>\n"
        "      <td>338\t399158</td>\n    </tr>\n  </tbody>\n</table>"
    )
    # markup whitespace is no cell; a line break or tab in a cell's text is a space
    assert html_to_text(html).text == "Fellow\tSSN\nAaliyah Brooks\t338 399158"


def test_outlook_paragraphs_around_cell_text_keep_the_row() -> None:
    cell = "<td width=64 nowrap valign=bottom style='width:48.0pt;\r\n  padding:0in'>"
    row = (
        "<tr style='height:15.0pt'>\r\n  "
        + "".join(
            f"{cell}\r\n  <p class=MsoNormal><span style='color:black'>{value}<o:p></o:p>"
            "</span></p>\r\n  </td>\r\n  "
            for value in values
        )
        + "</tr>\r\n "
        for values in (("Name", "Account #"), ("Leah\r\n  Goldfarb", "4418209357"))
    )
    html = "<table class=MsoNormalTable border=0>\r\n " + "".join(row) + "</table>"
    assert html_to_text(html).text == "Name\tAccount #\nLeah Goldfarb\t4418209357"


LAYOUT = (
    "<table width='600'><tr>"
    "<td width='200'><img src='https://n.example/jo.png' alt='Photo: Jo Ames'></td>"
    "<td><h2>Volunteer of the month</h2><p>Jo has run the Tuesday pantry shift since"
    " 2019.</p><p>Thank you, Jo!</p></td>"
    "</tr><tr>"
    "<td>Upcoming</td><td><ul><li>May 5: gala</li><li>June 1: 5K run</li></ul></td>"
    "</tr><tr>"
    f"<td>Donate</td><td>{'Every gift helps our neighbours in need this spring. ' * 5}</td>"
    "</tr><tr><td>Tel 555-0148</td><td>Reg. charity 1045821</td></tr></table>"
)


def test_a_layout_table_is_rendered_as_blocks() -> None:
    # A cell holding paragraphs, a list or a paragraph of prose keeps its row as blocks,
    # as every row was rendered before: no line holds text of two columns.
    assert html_to_text(LAYOUT).text == (
        "Photo: Jo Ames\n\nVolunteer of the month\n\n"
        "Jo has run the Tuesday pantry shift since 2019.\n\nThank you, Jo!\n\n"
        "Upcoming\n\nMay 5: gala\n\nJune 1: 5K run\n\n"
        f"Donate\n\n{'Every gift helps our neighbours in need this spring. ' * 5}\n\n"
        "Tel 555-0148\tReg. charity 1045821"
    )


def test_a_layout_row_and_a_row_of_one_cell_are_rendered_as_before() -> None:
    # Each cell on lines of its own, a line break in the markup kept, as for any block.
    assert html_to_text("<table><tr><td>Tel\n555-0148</td></tr></table>x").text == (
        "Tel\n555-0148\n\nx"
    )
    html = (
        "<table>\n<tr>\n<td>Tel\n555-0148</td>\n<td>a</td>\n<td>b\n</td>\n<td>"
        "<p>one</p><p>two</p></td></tr></table>"
    )
    assert html_to_text(html).text == "Tel\n555-0148\n\na\n\nb\n\none\n\ntwo"


def test_nested_tables() -> None:
    data = (
        "<table><tr><th>Member</th><th>Routing</th></tr>"
        "<tr><td>Mateo Quispe</td><td>011401533</td></tr></table>"
    )
    html = (
        "<table><tr><td><img alt='Logo'></td><td>Dues report</td></tr>"
        f"<tr><td>Sidebar</td><td><p>Summary:</p>{data}</td></tr></table>"
    )
    # the outer row holding a table is blocks; the nested table keeps its rows
    assert html_to_text(html).text == (
        "Logo\tDues report\n\nSidebar\n\nSummary:\n\nMember\tRouting\nMateo Quispe\t011401533"
    )


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # end tags left out: libxml2 closes a cell at the next cell or row
        ("<table><tr><td>Name<td>SSN<tr><td>Ana<td>53</table>", "Name\tSSN\nAna\t53"),
        # rows without a table, cells without a row
        ("<tr><td>Name</td><td>SSN</td></tr><tr><td>A</td><td>1</td></tr>x", "Name\tSSN\nA\t1\nx"),
        ("<td>Name</td><td>SSN</td>", "Name\n\nSSN"),
        # text in a row outside its cells: the row is blocks
        ("<table><tr>stray<td>a</td><td>b</td></tr></table>", "stray\na\n\nb"),
        # a stray end tag in a cell
        ("<table><tr><td>a</span></td><td>b</td></tr></table>", "a\tb"),
        # a row never closed
        ("<table><tr><td>a</td><td>b", "a\tb"),
    ],
)  # fmt: skip
def test_malformed_tables(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_hidden_cells_and_links_in_rows() -> None:
    html = (
        "<table><tr><td><a href='https://d.example/1'>Receipt</a></td>"
        "<td style='display:none'>x-ref 42</td><td>$40</td></tr></table>"
    )
    rendered = html_to_text(html)
    assert rendered.text == "Receipt\t\t$40"
    assert rendered.hidden_text == "x-ref 42"
    assert rendered.links == [("https://d.example/1", "Receipt")]


@pytest.mark.timeout(60)  # a hang detector
def test_large_tables_render_in_linear_time() -> None:
    rows = "<tr>" + "<td>Ana</td><td>536-22-1906</td>" * 3 + "</tr>"
    text = html_to_text("<table>" + rows * 30_000 + "</table>").text
    assert text.count("\n") == 29_999 and text.count("\t") == 5 * 30_000
    # one row of 100,000 cells, a layout row by its last: its chunks are looked at once
    wide = "<table><tr>" + "<td>a</td>" * 100_000 + "<td><p>x</p><p>y</p></td></tr></table>"
    assert html_to_text(wide).text.split("\n\n") == ["a"] * 100_000 + ["x", "y"]
    deep = html_to_text("<table><tr><td>" * 5_000 + "deep" + "</td></tr></table>" * 5_000)
    assert (deep.text, deep.flattened, deep.cut) == ("deep", True, False)
    # rows holding rows are never looked at again: each chunk once, however deep
    nested = "<table><tr><td>a</td><td>" * 150 + "b\tc" + "</td></tr></table>" * 150
    assert html_to_text(nested * 200).text.split() == (["a"] * 150 + ["b", "c"]) * 200


_TAGS = ("table", "tr", "td", "th", "p", "div", "span", "b", "ul", "li", "tbody")
_MARKUP = st.sampled_from(
    [f"<{tag}>" for tag in (*_TAGS, "br")]
    + [f"</{tag}>" for tag in _TAGS]
    + [" ", "\n  ", "\t", "ab", "cd", "12 34", "x\ny"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKUP, max_size=40).map("".join))
def test_rows_of_one_line_keep_every_word_apart(html: str) -> None:
    # With no text allowed in a cell of one line, every row is rendered as blocks (as
    # before rows of one line): the words must be the same, only the spaces between differ.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_text, "MAX_CELL_TEXT", -1)
        as_blocks = html_to_text(html).text
    assert html_to_text(html).text.split() == as_blocks.split()


def test_words_between_table_parts_stay_apart() -> None:
    assert html_to_text(
        "<table><b>ab</b> <b>cd</b><tr> <td>e</td> <td>f</td></tr></table>"
    ).text == ("ab cd\ne\tf")


def test_rows_of_two_tables_are_not_one_table() -> None:
    first = "<table><tr><td>Name</td><td>SSN</td></tr><tr><td>Ana</td><td>1</td></tr></table>"
    second = "<table><tr><td>Item</td><td>Price</td></tr></table>"
    assert html_to_text(first + "\n" + second).text == "Name\tSSN\nAna\t1\n\nItem\tPrice"
