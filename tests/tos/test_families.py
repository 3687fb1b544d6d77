"""Optional token families: what each one emits, and that only the chosen ones are added."""

from __future__ import annotations

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.artefacts import strip_artefacts, stripped_header
from scanner.tos.families import FAMILIES, MAX_UNSPACED_CHARS, family_tokens, header_names
from scanner.tos.features import tokens
from scanner.tos.synthetic import multilingual_ham, nonprofit_ham
from tests.conftest import iter_corpus

RAW = (
    b"From: Prize Desk <win2024@deals.example.net>\r\nTo: member@example.com\r\n"
    b"Subject: Act now\r\nIn-Reply-To: <a@b>\r\nContent-Transfer-Encoding: 7bit\r\n"
    b"Content-Type: text/html\r\n\r\n"
    b"<p>claim your prize today</p>"
    b"<a href='http://promo.mail.deals.example.net:8080/~win/12345?id=1'>here</a>"
)

# fmt: off
CASES = [
    ("header-names", {"hn:in-reply-to", "hn:content-transfer-encoding", "hn:subject"}, set()),
    ("transfer-encoding", {"cte:7bit"}, {"cte:(none)"}),
    ("subject-chars", {"sc: act", "sc:now "}, {"sc:act now"}),
    ("url-structure", {"uhl:promo", "uhl:mail", "u:(port)", "u:(query)", "u:(tilde)",
                       "u:(numeric-path)"}, {"u:(escaped)", "uhl:example"}),
    ("from-shape", {"fl:digits:3", "fd:example.net"}, {"fl:digits:0"}),
    ("body-bigrams", {"b2:claim_your", "b2:your_prize", "b2:prize_today"}, {"b2:today_claim"}),
    ("unspaced-bigrams", set(), {"ub:cl", "us:ac"}),  # no unspaced script: nothing
]
# fmt: on


@pytest.mark.parametrize(("family", "present", "absent"), CASES)
def test_family_tokens(family: str, present: set[str], absent: set[str]) -> None:
    emitted = set(family_tokens(parse_message(RAW, Limits()), (family,)))
    assert present <= emitted
    assert not absent & emitted


def test_families_are_appended_to_the_base_tokens_only_when_asked() -> None:
    message = parse_message(RAW, Limits())
    base = tokens(message)
    chosen = ("url-structure", "header-names")
    assert tokens(message, None, chosen) == base + family_tokens(message, chosen)
    assert not any(t.startswith(("hn:", "uhl:", "b2:", "sc:")) for t in base)
    assert set(FAMILIES) == {family for family, _, _ in CASES}


CJK_RAW = (
    "From: a@example.org\r\nSubject: =?utf-8?b?5YWN6LS55aSn5aWW?= now\r\n"  # 免费大奖
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "今すぐ登録。Win 賞 ภาษาไทย 한국어 12月"
).encode()


def test_unspaced_bigrams_cover_cjk_and_thai_runs_only() -> None:
    emitted = family_tokens(parse_message(CJK_RAW, Limits()), ("unspaced-bigrams",))
    assert [t for t in emitted if t.startswith("us:")] == ["us:免费", "us:费大", "us:大奖"]
    body = [t for t in emitted if t.startswith("ub:")]
    # a run stops at punctuation, spaces and Latin; kana and kanji share a run
    assert body[:5] == ["ub:今す", "ub:すぐ", "ub:ぐ登", "ub:登録", "ub:賞"]
    assert {"ub:ภา", "ub:ไท", "ub:月"} <= set(body)  # Thai runs; a one-character run
    assert not [t for t in body if "한" in t or "。" in t or "W" in t]  # Hangul is spaced


def test_unspaced_bigrams_read_a_bounded_prefix_of_each_segment() -> None:
    raw = "From: a@example.org\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "寄付" * 5000
    emitted = family_tokens(parse_message(raw.encode(), Limits()), ("unspaced-bigrams",))
    assert len(emitted) == MAX_UNSPACED_CHARS - 1


LIST_HEADERS = (
    b"List-Unsubscribe: <https://deals.example.net/u/1>, <mailto:u@deals.example.net>\r\n"
    b"List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
)


def test_list_unsubscribe_headers_give_no_header_name_token() -> None:
    """The corpus stripping removes List-* headers, so only synthetic ham had them: adding
    them must not move a message's header-names tokens (v6 learned them as ham)."""
    plain = parse_message(RAW, Limits())
    listed = parse_message(LIST_HEADERS + RAW, Limits())
    assert listed.header("List-Unsubscribe") is not None
    assert header_names(listed) == header_names(plain)
    assert tokens(listed, None, tuple(FAMILIES)) == tokens(plain, None, tuple(FAMILIES))


def test_header_names_are_the_same_before_and_after_the_corpus_stripping() -> None:
    """What training sees (stripped corpus) and what scoring sees (mail as sent) give the
    same header-names tokens: no name the stripping removes makes a token."""
    raws = [r["raw"] for n, r in enumerate(iter_corpus()) if n % 40 == 0]
    with_stripped_names = 0
    for raw in raws:
        unstripped = raw.split("\n", 1)[1] if raw.startswith("From ") else raw
        sent = parse_message(unstripped.encode("utf-8", "replace"), Limits())
        assert header_names(sent) == header_names(parse_message(strip_artefacts(raw), Limits()))
        with_stripped_names += any(stripped_header(name) for name, _ in sent.headers)
    assert len(raws) > 100 and with_stripped_names > 100  # the sample holds such headers


def test_synthetic_ham_header_names_are_ones_the_corpus_keeps() -> None:
    """Every header the synthetic generator writes that the corpus stripping removes
    (List-Unsubscribe, List-Unsubscribe-Post) is left out; the others are kept."""
    for example in nonprofit_ham(5, 1) + multilingual_ham(5, 1):
        message = parse_message(example.raw, Limits())
        names = set(header_names(message))
        assert {"hn:from", "hn:to", "hn:subject", "hn:date", "hn:message-id"} <= names
        assert not {"hn:list-unsubscribe", "hn:list-unsubscribe-post"} & names
        kept = parse_message(strip_artefacts(example.raw.decode("ascii")), Limits())
        assert names == {"hn:" + n.lower() for n, _ in kept.headers}
