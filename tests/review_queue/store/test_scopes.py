"""Customer-scoped accounts: the store shows and lets act on their customers' items only."""

from __future__ import annotations

import inspect

import pytest

from review_queue.service import CLI, ReviewService
from review_queue.store.types import (
    AuditQuery,
    InvalidInput,
    ItemFilter,
    ItemNotFound,
    ItemStatus,
    Operator,
    PermissionDenied,
    Role,
    User,
)
from tests.review_queue.store.helpers import PASSWORD


def test_a_scoped_reviewer_lists_only_their_customers(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    page = service.list_items(ItemFilter(), scoped)
    assert [i.id for i in page.items] == [held["org-1"]] and page.total == 1
    assert service.list_items(ItemFilter(customer="org-2"), scoped).total == 0
    unscoped = service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    assert service.list_items(ItemFilter(), unscoped).total == 3
    assert service.list_items(ItemFilter(), CLI).total == 3  # the CLI and the system: all


def test_other_customers_items_do_not_exist_for_a_scoped_reviewer(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    for other in (held["org-2"], held["none"]):
        with pytest.raises(ItemNotFound, match="no item"):
            service.get_item(other, scoped)
        with pytest.raises(ItemNotFound):
            service.load_raw(other, scoped)
        with pytest.raises(ItemNotFound):
            service.claim(other, scoped)
        with pytest.raises(ItemNotFound):
            service.decide(other, scoped, "reject", None)
        with pytest.raises(ItemNotFound):
            service.reveal(other, scoped, 0, "checking the number")
    lease = service.claim_next(scoped)
    assert lease is not None and lease.item_id == held["org-1"]
    assert service.claim_next(scoped) is None  # the others are free, but not theirs
    assert service.get_item(held["org-1"], scoped).summary.status is ItemStatus.PENDING
    assert service.list_items(ItemFilter(customer="org-2"), CLI).items[0].lease_owner is None
    assert [e.item_id for e in service.audit_entries(AuditQuery(action="view"), CLI)] == [
        held["org-1"]
    ]


def test_bulk_decide_skips_other_customers_items(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    result = service.decide_many(held.values(), scoped, "reject")
    assert [r.item_id for r in result.results] == [held["org-1"]]
    assert result.errors == {held["org-2"]: "ItemNotFound", held["none"]: "ItemNotFound"}
    pending = service.list_items(ItemFilter(), CLI).items
    assert sorted(i.id for i in pending) == sorted([held["org-2"], held["none"]])


def test_rescoping_applies_at_once_and_empty_means_unscoped(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    changed = service.set_customers("sam", ["org-2", " org-1 ", "org-2", ""], Operator("admin"))
    assert changed.customers == ("org-1", "org-2")
    assert service.list_items(ItemFilter(), scoped).total == 2
    service.get_item(held["org-2"], scoped)
    assert service.set_customers("sam", [], CLI).customers == ()
    assert service.list_items(ItemFilter(), scoped).total == 3
    assert service.get_user("sam") is not None
    details = [e.detail for e in service.audit_entries(AuditQuery(action="user_scope"), CLI)]
    assert details == [
        {"user": "sam", "customers": []},
        {"user": "sam", "customers": ["org-1", "org-2"]},
    ]
    (created,) = service.audit_entries(AuditQuery(action="user_create"), CLI)
    assert created.detail == {"user": "sam", "role": "reviewer", "customers": ["org-1"]}


def test_scoped_stats_and_audit_log_cover_their_customers_only(
    service: ReviewService, held: dict[str, str]
) -> None:
    auditor = service.create_user("aldo", Role.AUDITOR, PASSWORD, CLI, customers=["org-2"])
    admin = service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    service.decide(held["org-1"], admin, "reject", None)
    stats = service.stats(auditor)
    assert stats["pending"] == 1 and stats["decisions"] == {}
    assert "decisions_recorded" not in stats
    assert service.stats(CLI)["pending"] == 2 and "decisions_recorded" in service.stats(CLI)
    service.get_item(held["org-2"], auditor)
    seen = service.audit_entries(AuditQuery(), auditor)
    assert {e.item_id for e in seen} == {held["org-2"]}  # no logins, accounts, org-1
    assert len(service.audit_entries(AuditQuery(), admin)) > len(seen)


def test_the_store_keeps_the_audit_log_from_reviewers(
    service: ReviewService, held: dict[str, str]
) -> None:
    """The UI shows ``/audit`` to auditors and admins only; the store holds callers to it
    too (the log has other reviewers' reveal reasons), and audits the refusal."""
    reviewer = service.create_user("rita", Role.REVIEWER, PASSWORD, CLI)
    service.get_item(held["org-1"], reviewer)
    with pytest.raises(PermissionDenied):
        service.audit_entries(AuditQuery(), reviewer)
    (refusal,) = service.audit_entries(AuditQuery(action="access_denied"), CLI)
    assert (refusal.actor, refusal.detail["attempted"]) == ("rita", "audit")


def test_scopes_are_validated(service: ReviewService) -> None:
    with pytest.raises(InvalidInput, match="never be scoped|cannot be scoped"):
        service.create_user("root", Role.ADMIN, PASSWORD, CLI, customers=["org-1"])
    with pytest.raises(InvalidInput):
        service.create_user("sam", Role.REVIEWER, PASSWORD, CLI, customers=["org 1"])
    assert service.get_user("sam") is None
    service.create_user("root", Role.ADMIN, PASSWORD, CLI)
    with pytest.raises(InvalidInput):
        service.set_customers("root", ["org-1"], CLI)
    assert service.set_customers("root", [], CLI).customers == ()


def test_no_service_method_has_a_default_principal() -> None:
    """mypy makes every caller name who it acts for; this keeps a default from coming back
    (with one, a forgotten argument would act unscoped again)."""
    defaulted = [
        f"{name}({param.name})"
        for name, method in inspect.getmembers(ReviewService, inspect.isfunction)
        for param in inspect.signature(method).parameters.values()
        if "User" in str(param.annotation) or "Principal" in str(param.annotation)
        if param.default is not inspect.Parameter.empty or "None" in str(param.annotation)
    ]
    assert defaulted == []
