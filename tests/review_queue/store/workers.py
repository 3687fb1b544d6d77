"""Code run in child processes by the concurrency tests."""

from __future__ import annotations

import random
from typing import Any

from review_queue.service import ReviewService
from review_queue.store.types import AlreadyDecided, ItemLocked, LeaseExpired
from scanner.config import Settings


def race(
    settings: Settings, name: str, item_ids: list[str], seed: int, barrier: Any, out: Any
) -> None:
    """Claim and decide every item in a shuffled order, pressing "reject" twice each time."""
    service = ReviewService.open(settings)
    user = service.get_user(name)
    assert user is not None
    order = list(item_ids)
    random.Random(seed).shuffle(order)
    counts = {"decided": 0, "duplicate": 0, "locked": 0, "already": 0}
    barrier.wait(timeout=120)
    try:
        for item_id in order:
            try:
                token: str | None = service.claim(item_id, user).token
            except ItemLocked:
                counts["locked"] += 1
                token = None  # try anyway without a lease: must be refused or a no-op
            except AlreadyDecided:
                counts["already"] += 1
                continue
            for _ in range(2):
                try:
                    result = service.decide(item_id, user, "reject", token)
                except (ItemLocked, AlreadyDecided, LeaseExpired):
                    counts["already"] += 1
                    break
                counts["duplicate" if result.duplicate else "decided"] += 1
    finally:
        service.close()
        out.put((name, counts))


def hold_many(settings: Settings, count: int, barrier: Any, out: Any) -> None:
    """Hold ``count`` messages, as one of several proxies would."""
    from tests.review_queue.store.helpers import envelope, ssn_message, verdict

    service = ReviewService.open(settings)
    raw, finding = ssn_message()
    ids: list[str] = []
    barrier.wait(timeout=120)
    try:
        ids = [service.hold(envelope(), raw, verdict((finding,))) for _ in range(count)]
    finally:
        service.close()
        out.put(ids)


def work_queue(settings: Settings, name: str, barrier: Any, out: Any) -> None:
    """Pull items with ``claim_next`` and decide them until the queue is empty."""
    service = ReviewService.open(settings)
    user = service.get_user(name)
    assert user is not None
    decided: list[str] = []
    barrier.wait(timeout=120)
    try:
        for _ in range(100):  # bounded: the test queue is far smaller
            lease = service.claim_next(user)
            if lease is None:
                break
            service.decide(lease.item_id, user, "reject", lease.token)
            decided.append(lease.item_id)
    finally:
        service.close()
        out.put(decided)
