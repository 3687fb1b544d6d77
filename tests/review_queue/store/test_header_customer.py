"""Customer ids the proxy took from ``proxy.customer_header``: found by export and erase.

A submission service without SASL names the account in a header (``X-Customer``); the
proxy's policy resolves it (``Context.candidates``) and the item is recorded under it, as
it is. An address there is the account holder's, as a login that is one would be.
"""

from __future__ import annotations

import base64
import json

from sqlalchemy import event

from review_queue.service import CLI, ReviewService
from review_queue.store.types import User
from scanner.config import Policy
from scanner.model import ClientInfo, Envelope
from scanner.policy import Context, PolicyEngine
from tests.review_queue.store.helpers import message, smtp_sink, verdict

FORMS = "noreply@forms.example"  # the submission service's envelope sender and From
DONOR = "donor@example.net"
OWNER = "Alice@Example.org"  # as the service writes it in X-Customer


def _customer(header_value: str) -> str | None:
    """The id the proxy's policy records for mail without a login naming this customer."""
    context = Context(login=None, header_customer=header_value, sender=FORMS, recipients=(DONOR,))
    customer, _ = PolicyEngine.from_settings(Policy()).customer_for(context)
    return customer


def _hold(service: ReviewService, header_value: str) -> tuple[str, bytes]:
    raw = message("Gift aid form attached", sender=FORMS)
    envelope = Envelope(FORMS, (DONOR,), ClientInfo(addr="192.0.2.10"))  # no SASL login
    return service.hold(envelope, raw, verdict(), _customer(header_value)), raw


def test_an_address_from_the_customer_header_finds_its_items(service: ReviewService) -> None:
    """Nothing on the envelope or in the headers names the account holder: only the
    customer id does. Their export is the sender's view of their account's mail, and
    their erasure deletes it."""
    item_id, raw = _hold(service, OWNER)
    other, _ = _hold(service, "bob@example.org")

    (view,) = service.export("alice@EXAMPLE.org", CLI)["items"]

    assert (view["id"], view["roles"], view["customer"]) == (item_id, ["customer"], OWNER)
    assert base64.b64decode(view["raw_b64"]) == raw and view["verdict"] is not None
    for donors in service.export(DONOR, CLI)["items"]:  # a recipient: not the account id
        assert donors["customer"] is None and "customer" in donors["withheld"]
    assert service.erase('"alice"@example.org', CLI, include_pending=True).erased == 1
    assert [item["id"] for item in service.export("bob@example.org", CLI)["items"]] == [other]
    assert service.export(OWNER, CLI)["items"] == []


def test_customer_scoping_keeps_to_header_customer_ids_opaque_or_address(
    service: ReviewService,
) -> None:
    """``--customer`` takes the id as recorded: an opaque one (``cust-4711``) or an address."""
    opaque, _ = _hold(service, "cust-4711")
    addressed, _ = _hold(service, OWNER)

    def found(customer: str) -> list[str]:
        return [item["id"] for item in service.export(DONOR, CLI, customer=customer)["items"]]

    assert (found("cust-4711"), found(OWNER), found("cust-9")) == ([opaque], [addressed], [])
    (own,) = service.export(OWNER, CLI, customer=OWNER)["items"]
    assert own["id"] == addressed
    assert service.export(OWNER, CLI, customer="cust-4711")["items"] == []
    report = service.erase(DONOR, CLI, customer="cust-4711", include_pending=True)
    assert report.erased == 1
    assert [item["id"] for item in service.export(DONOR, CLI)["items"]] == [addressed]


def test_the_address_never_reaches_the_database_in_clear(service: ReviewService) -> None:
    """Customer ids are compared in Python, as the allowlist's are: a statement log shows
    no address the request named."""
    _hold(service, OWNER)
    sent: list[str] = []

    def capture(conn: object, cursor: object, statement: str, params: object, *_: object) -> None:
        sent.append(f"{statement} {params!r}")

    event.listen(service.db.engine, "before_cursor_execute", capture)
    try:
        assert len(service.export(OWNER, CLI)["items"]) == 1
        assert service.erase(OWNER, CLI, include_pending=True).erased == 1
    finally:
        event.remove(service.db.engine, "before_cursor_execute", capture)
    assert sent and not [line for line in sent if "example.org" in line.lower()]


def test_allowlist_entries_for_a_header_customer_address_are_exported_and_erased(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    item_id, _ = _hold(service, OWNER)
    with smtp_sink(relay_port):
        service.decide(item_id, reviewers[0], "release_and_allowlist", None)

    document = service.export(OWNER.lower(), CLI)

    assert [entry["customer"] for entry in document["allowlist"]] == [OWNER]
    assert FORMS not in json.dumps(document["allowlist"])
    report = service.erase(OWNER.lower(), CLI)
    assert (report.erased, report.allowlist) == (1, 1)
    assert service.export(OWNER, CLI) | {"generated_at": None} == {
        "export_version": 2, "generated_at": None, "items": [], "allowlist": []
    }  # fmt: skip
