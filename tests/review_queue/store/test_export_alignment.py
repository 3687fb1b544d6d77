"""Who gets the sender's view in an export: the header From on a shared mailbox domain."""

from __future__ import annotations

import base64
import json

import pytest

from review_queue.alignment import header_from_is_sender, is_shared_domain
from review_queue.service import CLI, ReviewService
from tests.review_queue.store.conftest import MakeSettings
from tests.review_queue.store.helpers import envelope, message, verdict

ALICE = "alice@gmail.com"
BOB = "bob@gmail.com"
CAROL = "carol@example.net"


def _envelope(mail_from: str, login: str | None = None) -> dict[str, object]:
    return {"mail_from": mail_from, "rcpt_tos": [CAROL], "client": {"login": login}}


@pytest.mark.parametrize(
    ("header_from", "mail_from", "login", "expected"),
    [
        # an organisation's domain: VERP and subdomains align
        ("donations@riverside.example", "bounce+x@mail.riverside.example", None, True),
        ("donations@riverside.example", "bounce@elsewhere.example", None, False),
        # a shared mailbox domain: only the same mailbox, in any spelling
        (BOB, ALICE, None, False),
        (BOB, "bounce@mailer.example", ALICE, False),
        ("bob@eu.gmail.com", ALICE, None, False),
        ("BOB@Gmail.com", BOB, None, True),
        ('"bob"@gmail.com', "bounce@mailer.example", BOB, True),
        ("zoë@gmx.de", "zoë@gmx.de", None, True),
        ("bob+news@gmail.com", BOB, None, False),  # a sub-address is another address
        (BOB, "", None, False),  # the null sender is nobody
    ],
)
def test_a_header_from_is_the_senders_by_organisation_or_on_shared_domains_by_mailbox(
    header_from: str, mail_from: str, login: str | None, expected: bool
) -> None:
    assert header_from_is_sender(header_from, _envelope(mail_from, login)) is expected


def test_shared_domains_cover_subdomains_and_both_idn_spellings_but_not_a_bare_tld() -> None:
    for domain in ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me",
                   "gmx.net", "web.de", "mail.ru", "qq.com", "x.gmail.com"):  # fmt: skip
        assert is_shared_domain(domain), domain
    for domain in ("com", "riverside.example", "notgmail.com", "gmail.com.example"):
        assert not is_shared_domain(domain), domain
    assert is_shared_domain("xn--bcher-kva.example", ["bücher.example"])
    assert is_shared_domain("post.bücher.example", ["xn--bcher-kva.example"])


def _hold(service: ReviewService, sender: str, header_from: str) -> tuple[str, bytes]:
    raw = message("Case note about someone else", sender=header_from)
    return service.hold(envelope(sender=sender, rcpts=(CAROL,)), raw, verdict()), raw


def test_a_from_at_the_senders_webmail_domain_does_not_get_the_senders_view(
    service: ReviewService,
) -> None:
    """Sent as alice@gmail.com with From: bob@gmail.com: Bob is named, not the sender."""
    item_id, raw = _hold(service, ALICE, BOB)

    document = service.export(BOB, CLI)

    (bobs,) = document["items"]
    assert (bobs["id"], bobs["roles"]) == (item_id, ["header_from"])
    assert bobs["raw_b64"] is None and bobs["verdict"] is None
    assert bobs["envelope"] == {"mail_from": ALICE, "rcpt_tos": [], "client": None}
    assert {"message", "screening"} <= set(bobs["withheld"])
    assert base64.b64encode(raw).decode() not in json.dumps(document)
    (alices,) = service.export(ALICE, CLI)["items"]  # the sender still sees their message
    assert base64.b64decode(alices["raw_b64"]) == raw
    assert alices["envelope"]["client"] is not None


def test_a_configured_shared_domain_aligns_by_mailbox_only(
    make_settings: MakeSettings,
) -> None:
    """Not on the built-in list, an ISP's domain aligns as an organisation's would, until
    the operator lists it."""
    for shared, sender_view in (((), True), (("isp.example",), False)):
        service = ReviewService.open(make_settings(shared_mailbox_domains=shared))
        try:
            item_id, raw = _hold(service, "alice@isp.example", "bob@isp.example")
            (view,) = service.export("bob@isp.example", CLI)["items"]
            assert view["id"] == item_id
            assert (view["raw_b64"] is not None) is sender_view, shared
            service.erase("alice@isp.example", CLI, include_pending=True)
        finally:
            service.close()


def test_erase_never_reaches_an_item_by_domain(service: ReviewService) -> None:
    """Erase deletes what names the address; another mailbox at the same domain is
    someone else, whose erasure leaves the item alone."""
    item_id, _ = _hold(service, ALICE, BOB)

    assert service.erase("dave@gmail.com", CLI, include_pending=True).erased == 0
    assert service.export(ALICE, CLI)["items"][0]["id"] == item_id
    assert service.erase(BOB, CLI, include_pending=True).erased == 1  # named in From
    assert service.export(ALICE, CLI)["items"] == []
