"""HTML rendering: visible and hidden text, links, and hostile markup."""

from __future__ import annotations

import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import pytest

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
