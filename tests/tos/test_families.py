"""Optional token families: what each one emits, and that only the chosen ones are added."""

from __future__ import annotations

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.families import FAMILIES, family_tokens
from scanner.tos.features import tokens

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
