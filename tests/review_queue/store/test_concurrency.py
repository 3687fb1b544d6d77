"""Several processes claim and decide the same items at once: never a double decision."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from sqlalchemy import func, select

from review_queue.service import CLI, ReviewService
from review_queue.store.schema import AuditRow, ItemDecision
from review_queue.store.types import ItemFilter, ItemStatus, Role
from tests.review_queue.store.helpers import PASSWORD, envelope, ssn_message, verdict
from tests.review_queue.store.workers import hold_many, race, work_queue

PROCESSES = 4
ITEMS = 20


@pytest.mark.slow
def test_concurrent_claim_and_decide_from_processes(service: ReviewService) -> None:
    names = [f"rev{i}" for i in range(PROCESSES)]
    for name in names:
        service.create_user(name, Role.REVIEWER, PASSWORD, CLI)
    raw, finding = ssn_message()
    ids = [service.hold(envelope(), raw, verdict((finding,))) for _ in range(ITEMS)]
    args = [(service.settings, name, ids, seed) for seed, name in enumerate(names)]
    results: dict[str, dict[str, int]] = dict(_run(race, args))

    decided = sum(counts["decided"] for counts in results.values())
    assert decided == ITEMS, results  # each item decided by exactly one process
    duplicates = sum(counts["duplicate"] for counts in results.values())
    assert duplicates == ITEMS  # every double press returned the first result
    with service.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ItemDecision)) == ITEMS
        per_item = Counter(
            session.scalars(select(AuditRow.item_id).where(AuditRow.action == "decide"))
        )
    assert per_item == Counter(dict.fromkeys(ids, 1))
    page = service.list_items(ItemFilter(status=ItemStatus.REJECTED), CLI, 1, 100)
    assert page.total == ITEMS
    assert service.verify_audit() == (True, None)  # concurrent appends formed one chain


def _run(target: Callable[..., None], args: Sequence[tuple[Any, ...]]) -> list[Any]:
    """Start one process per argument tuple (plus barrier and queue); their results."""
    context = multiprocessing.get_context("fork")
    barrier, out = context.Barrier(len(args)), context.Queue()
    workers = [context.Process(target=target, args=(*a, barrier, out)) for a in args]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    return results


@pytest.mark.slow
def test_concurrent_holds_from_several_proxies(service: ReviewService) -> None:
    batches = _run(hold_many, [(service.settings, 15)] * PROCESSES)
    ids = [item_id for batch in batches for item_id in batch]
    assert len(ids) == len(set(ids)) == 15 * PROCESSES
    assert service.list_items(ItemFilter(), CLI, 1, 100).total == 15 * PROCESSES


@pytest.mark.slow
def test_reviewers_pulling_work_never_get_the_same_item(service: ReviewService) -> None:
    names = [f"rev{i}" for i in range(PROCESSES)]
    for name in names:
        service.create_user(name, Role.REVIEWER, PASSWORD, CLI)
    raw, finding = ssn_message()
    ids = {service.hold(envelope(), raw, verdict((finding,))) for _ in range(ITEMS)}
    done = _run(work_queue, [(service.settings, name) for name in names])
    decided = [item_id for batch in done for item_id in batch]
    assert sorted(decided) == sorted(ids)  # every item once, none twice
    assert service.stats(CLI)["pending"] == 0
