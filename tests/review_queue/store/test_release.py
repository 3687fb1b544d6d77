"""Release re-injects over real SMTP to a loopback sink; a relay outage never loses mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes

import pytest

from review_queue.service import CLI, ReviewService
from review_queue.store.types import AuditQuery, ItemFilter, ItemStatus, NoticeSkipped, User
from tests.review_queue.store.helpers import (
    RECIPIENT,
    SENDER,
    SSN,
    envelope,
    smtp_sink,
    ssn_message,
    verdict,
)

OTHER = "second@example.org"


def test_release_delivers_with_original_envelope(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(rcpts=(RECIPIENT, OTHER)), raw, verdict((finding,)))
    lease = service.claim(item_id, reviewers[0])
    with smtp_sink(relay_port) as sink:
        result = service.decide(item_id, reviewers[0], "release", lease.token)
    assert result.delivered and result.status is ItemStatus.RELEASED
    assert sink.messages == [(SENDER, [RECIPIENT, OTHER], raw)]
    assert service.get_item(item_id, reviewers[0]).summary.status is ItemStatus.RELEASED
    again = service.decide(item_id, reviewers[0], "release", lease.token)
    assert again.duplicate and len(sink.messages) == 1  # a double click sends nothing twice


def test_relay_down_keeps_release_pending_until_delivered(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    result = service.decide(item_id, reviewers[0], "release", None)  # nothing listens yet
    assert result.status is ItemStatus.RELEASE_PENDING and not result.delivered
    detail = service.get_item(item_id, reviewers[0])
    assert detail.delivery_attempts == 1
    assert detail.last_delivery_error == "connection failed (ConnectionRefusedError)"
    assert service.deliver_pending().attempted == 0  # not before its retry time
    later = datetime.now(UTC) + timedelta(minutes=5)
    with smtp_sink(relay_port) as sink:
        report = service.deliver_pending(later)
    assert (report.attempted, report.delivered) == (1, 1)
    assert sink.messages == [(SENDER, [RECIPIENT], raw)]
    assert service.get_item(item_id, reviewers[0]).summary.status is ItemStatus.RELEASED
    actions = [e.action for e in service.audit_entries(AuditQuery(item_id=item_id), CLI)]
    assert actions[:3] == ["view", "release_delivered", "view"]
    assert "release_failed" in actions


def test_a_release_refused_for_good_is_given_up_and_its_body_then_purged(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    with smtp_sink(relay_port, "554 5.7.1 rejected by policy") as sink:
        result = service.decide(item_id, reviewers[0], "release", None)
    assert not result.delivered and sink.messages == []
    detail = service.get_item(item_id, reviewers[0])
    assert detail.summary.status is ItemStatus.RELEASE_FAILED
    assert detail.last_delivery_error == "smtp 554"
    actions = [e.action for e in service.audit_entries(AuditQuery(item_id=item_id), CLI)]
    assert "release_given_up" in actions
    assert service.deliver_pending(datetime.now(UTC) + timedelta(days=1)).attempted == 0
    assert service.purge(datetime.now(UTC) + timedelta(days=60)).bodies_deleted == 1


def test_a_release_the_relay_keeps_deferring_is_given_up_after_the_limit(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    with smtp_sink(relay_port, "451 4.3.0 try later"):
        service.decide(item_id, reviewers[0], "release", None)
        status = service.get_item(item_id, reviewers[0]).summary.status
        assert status is ItemStatus.RELEASE_PENDING  # a deferral is retried...
        limit = timedelta(seconds=service.settings.review.delivery_give_up_seconds)
        report = service.deliver_pending(datetime.now(UTC) + limit + timedelta(minutes=1))
    assert report.attempted == 1  # ...until the limit, then given up
    status = service.get_item(item_id, reviewers[0]).summary.status
    assert status is ItemStatus.RELEASE_FAILED


def test_a_notice_the_relay_refuses_for_good_no_longer_keeps_the_body(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    with smtp_sink(relay_port, "550 5.1.1 no such user"):
        service.decide(item_id, reviewers[0], "reject", None, notify_customer=True)
    actions = [e.action for e in service.audit_entries(AuditQuery(item_id=item_id), CLI)]
    assert "notice_given_up" in actions
    assert service.purge(datetime.now(UTC) + timedelta(days=60)).bodies_deleted == 1


def test_reject_with_notice_tells_the_sender_without_content(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    with smtp_sink(relay_port) as sink:
        result = service.decide(item_id, reviewers[0], "reject", None, notify_customer=True)
    assert result.status is ItemStatus.REJECTED and not result.delivered
    ((mail_from, rcpts, notice),) = sink.messages
    assert (mail_from, rcpts) == ("<>", [SENDER])  # null sender: a notice never bounces
    parsed = message_from_bytes(notice)
    assert parsed["Auto-Submitted"] == "auto-replied"
    body = parsed.get_payload(decode=True).decode()  # type: ignore[union-attr]
    assert item_id in body and "government id" in body
    assert SSN not in notice.decode() and "Member record" not in notice.decode()


@pytest.mark.parametrize("null", ["<>", ""])
def test_a_rejected_bounce_gets_no_notice_and_the_log_says_why(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int, null: str
) -> None:
    """A held bounce has the null envelope sender: a notice has no one to go to, neither
    ``<>`` nor the header From (``SENDER`` here), and is not retried later either."""
    raw, finding = ssn_message()
    item_id = service.hold(envelope(sender=null), raw, verdict((finding,)))
    with smtp_sink(relay_port) as sink:
        result = service.decide(item_id, reviewers[0], "reject", None, notify_customer=True)
        assert service.deliver_pending(datetime.now(UTC) + timedelta(days=1)).attempted == 0
    assert sink.messages == []
    assert result.status is ItemStatus.REJECTED
    assert result.notice_skipped is NoticeSkipped.NO_SENDER
    detail = service.get_item(item_id, reviewers[0])
    assert not detail.notice_pending and detail.delivery_attempts == 0
    actions = [(e.action, e.detail.get("notice_skipped")) for e in service.audit_entries(
        AuditQuery(item_id=item_id), CLI)]  # fmt: skip
    assert ("decide", "no_sender") in actions
    assert not any(action.startswith("notice_") for action, _ in actions)


def test_allowlist_on_release(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    assert not service.allowlisted(envelope())
    with smtp_sink(relay_port):
        service.decide(item_id, reviewers[0], "release_and_allowlist", None)
    assert service.allowlisted(envelope(sender=SENDER.upper()))
    assert not service.allowlisted(envelope(customer="org-2"))


def test_item_and_allowlist_use_the_customer_the_policy_resolved(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    """Behind Postfix there is no SASL login: the proxy passes the customer its policy
    resolved (header or sender domain), and the item and the allowlist are keyed by it."""
    raw, finding = ssn_message()
    no_login = envelope(customer=None)
    item_id = service.hold(no_login, raw, verdict((finding,)), "org.example")
    assert [i.id for i in service.list_items(ItemFilter(customer="org.example"), CLI).items] == [
        item_id
    ]
    with smtp_sink(relay_port):
        service.decide(item_id, reviewers[0], "release_and_allowlist", None)
    assert service.allowlisted(no_login, "org.example")
    assert not service.allowlisted(no_login)  # no customer at all is another scope
    assert not service.allowlisted(no_login, "other.example")
