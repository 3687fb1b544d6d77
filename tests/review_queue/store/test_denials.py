"""Refused access is audited: one ``access_denied`` entry per refusal, repeats coalesced."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from prometheus_client import REGISTRY

from review_queue.denials import WINDOW_SECONDS
from review_queue.service import CLI, ReviewService
from review_queue.store.types import (
    AuditEntry,
    AuditQuery,
    ItemNotFound,
    PermissionDenied,
    Role,
    User,
)
from tests.review_queue.store.helpers import PASSWORD, SENDER, SSN


def denials(service: ReviewService) -> list[AuditEntry]:
    """The ``access_denied`` entries, oldest first."""
    return service.audit_entries(AuditQuery(action="access_denied"), CLI)[::-1]


def counted(action: str) -> float:
    value = REGISTRY.get_sample_value("mailguard_review_access_denied_total", {"action": action})
    return value or 0.0


def test_each_refused_operation_on_another_customers_item_is_audited_once(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    other = held["org-2"]
    attempts: dict[str, Callable[[], object]] = {
        "view": lambda: service.get_item(other, scoped),
        "raw": lambda: service.load_raw(other, scoped),
        "claim": lambda: service.claim(other, scoped),
        "decide": lambda: service.decide(other, scoped, "reject", None),
        "reveal": lambda: service.reveal(other, scoped, 0, "checking the number"),
    }
    before = {action: counted(action) for action in attempts}
    for attempt in attempts.values():
        with pytest.raises(ItemNotFound):  # what it answered before: "no such item"
            attempt()
    entries = denials(service)
    assert [(e.actor, e.item_id, e.detail) for e in entries] == [
        (
            "sam",
            other,
            {"attempted": action, "outcome": "denied", "reason": "scope"},
        )
        for action in attempts
    ]
    assert {a: counted(a) - before[a] for a in attempts} == dict.fromkeys(attempts, 1.0)
    logged = json.dumps([[e.actor, e.item_id, e.detail] for e in entries])
    assert SSN not in logged and SENDER not in logged and "org-2" not in logged
    assert service.verify_audit() == (True, None)


def test_refusals_by_role_and_of_unknown_items_are_audited(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    auditor = service.create_user("aldo", Role.AUDITOR, PASSWORD, CLI)
    with pytest.raises(PermissionDenied):
        service.claim(held["org-1"], auditor)
    with pytest.raises(PermissionDenied):
        service.set_customers("sam", [], auditor)
    typed = "bob@example.org"  # an id typed by hand: never copied into the log
    with pytest.raises(ItemNotFound):
        service.get_item(typed, scoped)
    assert [(e.actor, e.item_id, e.detail) for e in denials(service)] == [
        (
            "aldo",
            held["org-1"],
            {"attempted": "claim", "outcome": "denied", "reason": "permission"},
        ),
        ("aldo", None, {"attempted": "user_scope", "outcome": "denied", "reason": "permission"}),
        ("sam", None, {"attempted": "view", "outcome": "denied", "reason": "no_item"}),
    ]
    sam = service.get_user("sam")
    assert sam is not None and sam.customers == ("org-1",)  # the refused change did nothing


def test_the_operator_and_allowed_access_write_no_denial(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    service.get_item(held["org-1"], scoped)
    service.load_raw(held["org-2"], CLI)
    with pytest.raises(ItemNotFound):
        service.load_raw("0" * 32, CLI)  # nobody was refused: there is no such item
    assert denials(service) == []


def test_repeated_refusals_are_coalesced_per_user_and_attempt(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    now = [1000.0]
    service.denials.clock = lambda: now[0]
    probes = [held["org-2"], held["none"], "f" * 32, held["org-2"]]
    for item_id in probes:  # a burst of views: one entry, the rest counted
        with pytest.raises(ItemNotFound):
            service.get_item(item_id, scoped)
    with pytest.raises(ItemNotFound):
        service.claim(held["org-2"], scoped)  # another attempt: its own entry
    assert [(e.item_id, e.detail["attempted"]) for e in denials(service)] == [
        (held["org-2"], "view"),
        (held["org-2"], "claim"),
    ]
    now[0] += WINDOW_SECONDS - 1
    service.maintenance()  # the window has not ended: nothing more yet
    assert len(denials(service)) == 2
    now[0] += 1
    service.maintenance()
    (count,) = denials(service)[2:]
    assert (count.actor, count.item_id) == ("sam", None)
    assert count.detail == {"attempted": "view", "outcome": "denied", "repeated": 3}
    with pytest.raises(ItemNotFound):  # a new window: written again
        service.get_item(held["none"], scoped)
    assert [e.detail.get("repeated") for e in denials(service)] == [None, None, 3, None]
    assert service.verify_audit() == (True, None)


def test_counts_still_open_are_written_when_the_service_closes(
    service: ReviewService, held: dict[str, str], scoped: User
) -> None:
    for _ in range(3):
        with pytest.raises(ItemNotFound):
            service.load_raw(held["org-2"], scoped)
    service.close()
    reopened = ReviewService.open(service.settings)
    try:
        assert [e.detail.get("repeated") for e in denials(reopened)] == [None, 2]
    finally:
        reopened.close()
