"""Leases and decisions: one reviewer at a time, each decision recorded exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from review_queue.service import CLI, ReviewService
from review_queue.store.schema import Item, ItemDecision
from review_queue.store.types import (
    AlreadyDecided,
    AuditQuery,
    InvalidInput,
    ItemFilter,
    ItemLocked,
    ItemNotFound,
    ItemStatus,
    LeaseExpired,
    PermissionDenied,
    User,
)
from tests.review_queue.store.helpers import envelope, ssn_message, verdict


@pytest.fixture
def item_id(service: ReviewService) -> str:
    raw, finding = ssn_message()
    return service.hold(envelope(), raw, verdict((finding,)))


def _decisions(service: ReviewService) -> int:
    with service.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(ItemDecision)) or 0


def test_second_reviewer_cannot_claim_or_decide(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    rita, ron, _ = reviewers
    lease = service.claim(item_id, rita)
    assert lease.user == "rita" and lease.expires_at > datetime.now(UTC)
    with pytest.raises(ItemLocked, match="rita"):
        service.claim(item_id, ron)
    with pytest.raises(ItemLocked):
        service.decide(item_id, ron, "release", None)
    assert service.claim(item_id, rita).token == lease.token  # renewal keeps the token
    result = service.decide(item_id, rita, "reject", lease.token, note="policy 9(a)")
    assert result.status is ItemStatus.REJECTED and not result.duplicate
    with pytest.raises(AlreadyDecided):
        service.claim(item_id, ron)


def test_a_lease_given_back_as_shown_stays_if_renewed_since(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    """A page left gives back the lease it showed, not one a newer view renewed."""
    rita, ron, _ = reviewers
    shown = service.claim(item_id, rita)
    renewed = service.claim(item_id, rita)  # a reload, or a second tab
    assert renewed.expires_at > shown.expires_at
    service.release_lease(item_id, rita, shown.expires_at)
    with pytest.raises(ItemLocked):
        service.claim(item_id, ron)
    service.release_lease(item_id, rita, renewed.expires_at)
    assert service.claim(item_id, ron).user == "ron"


def test_identical_resubmission_returns_first_result(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    rita, ron, _ = reviewers
    lease = service.claim(item_id, rita)
    first = service.decide(
        item_id, rita, "reject", lease.token, finding_labels={0: "true_positive"}
    )
    again = service.decide(
        item_id, rita, "reject", lease.token, finding_labels={0: "true_positive"}
    )
    assert again.duplicate and again.decided_at == first.decided_at
    with pytest.raises(AlreadyDecided):
        service.decide(item_id, rita, "release", lease.token)
    with pytest.raises(AlreadyDecided):
        service.decide(item_id, ron, "reject", None)
    assert _decisions(service) == 1
    assert len(service.audit_entries(AuditQuery(action="decide"), CLI)) == 1
    detail = service.get_item(item_id, rita)
    assert detail.decision is not None
    assert detail.decision.note == "" and detail.decision.finding_labels == {0: "true_positive"}


def test_expired_lease_is_refused_and_can_be_taken_over(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    rita, ron, _ = reviewers
    lease = service.claim(item_id, rita)
    with service.db.transaction() as session:
        session.execute(
            update(Item)
            .where(Item.id == item_id)
            .values(lease_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    with pytest.raises(LeaseExpired):
        service.decide(item_id, rita, "release", lease.token)
    taken = service.claim(item_id, ron)
    assert taken.token != lease.token
    with pytest.raises(ItemLocked):
        service.decide(item_id, rita, "release", lease.token)
    assert service.decide(item_id, ron, "reject", taken.token).decided_by == "ron"


def test_auditor_and_disabled_users_cannot_decide(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    rita, _, aldo = reviewers
    with pytest.raises(PermissionDenied):
        service.claim(item_id, aldo)
    with pytest.raises(PermissionDenied):
        service.decide(item_id, aldo, "reject", None)
    service.disable_user("rita", CLI)
    with pytest.raises(PermissionDenied):
        service.decide(item_id, rita, "reject", None)
    assert _decisions(service) == 0


def test_bad_finding_label_index_records_nothing(
    service: ReviewService, reviewers: tuple[User, ...], item_id: str
) -> None:
    with pytest.raises(InvalidInput):
        service.decide(item_id, reviewers[0], "reject", None, finding_labels={3: "false_positive"})
    assert _decisions(service) == 0
    assert service.get_item(item_id, reviewers[0]).summary.status is ItemStatus.PENDING


def test_decide_many_skips_locked_and_decided(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    rita, ron, _ = reviewers
    raw, finding = ssn_message()
    ids = [service.hold(envelope(), raw, verdict((finding,))) for _ in range(4)]
    service.claim(ids[0], ron)
    service.decide(ids[1], ron, "release", None)
    bulk = service.decide_many([*ids, ids[2], "missing"], rita, "reject")
    assert sorted(r.item_id for r in bulk.results) == sorted(ids[2:])
    assert bulk.errors == {
        ids[0]: "ItemLocked",
        ids[1]: "AlreadyDecided",
        "missing": "ItemNotFound",
    }
    assert _decisions(service) == 3


def test_claim_next_skips_leased_items(service: ReviewService, reviewers: tuple[User, ...]) -> None:
    rita, ron, _ = reviewers
    raw, finding = ssn_message()
    first = service.hold(envelope(), raw, verdict((finding,)))
    second = service.hold(envelope(), raw, verdict((finding,)))
    lease = service.claim_next(rita)
    assert lease is not None and lease.item_id == first
    other = service.claim_next(ron)
    assert other is not None and other.item_id == second
    assert service.claim_next(ron, ItemFilter(category="health")) is None


def test_unknown_item(service: ReviewService, reviewers: tuple[User, ...]) -> None:
    with pytest.raises(ItemNotFound):
        service.claim("nope", reviewers[0])
    with pytest.raises(ItemNotFound):
        service.decide("nope", reviewers[0], "reject", None)


@pytest.mark.parametrize(
    "note",
    [
        "card 4111/1111/1111/1111 ok?",
        "asked bob@example.org",
        "Eve Miller HIV positive results sent by Dave",  # special-category data
        "Jane HIV+",  # the "+" is the result
        "client was diagnosed with depression",
    ],
)
def test_a_note_with_a_value_or_an_address_records_nothing(
    service: ReviewService, reviewers: tuple[User, ...], note: str
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    with pytest.raises(InvalidInput, match="note"):
        service.decide(item_id, reviewers[0], "reject", None, note=note)
    assert service.get_item(item_id, reviewers[0]).decision is None


def test_a_note_about_a_topic_is_recorded(
    service: ReviewService, reviewers: tuple[User, ...]
) -> None:
    raw, finding = ssn_message()
    item_id = service.hold(envelope(), raw, verdict((finding,)))
    service.decide(item_id, reviewers[0], "release", None, note="cancer walk newsletter, fine")
    assert service.get_item(item_id, reviewers[0]).decision is not None
