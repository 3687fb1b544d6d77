"""``rescan``: re-score undecided items after a rules, model or policy change.

Items whose new verdict no longer holds (``pass`` or ``tag``) are released with an audit
entry; the others keep waiting with their verdict, scores and categories updated.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update

from review_queue.store import audit, claims
from review_queue.store.items import fetch, open_envelope, open_raw
from review_queue.store.permissions import acting_as, require_role, visible_items
from review_queue.store.schema import Item, ItemCategory
from review_queue.store.types import (
    Decision,
    ItemStatus,
    Principal,
    ReleaseBlocked,
    RescanReport,
    ReviewQueueError,
    Role,
    User,
)
from scanner.model import Action
from scanner.pipeline import Scanner
from scanner.report import verdict_dict

if TYPE_CHECKING:
    from review_queue.service import ReviewService

log = logging.getLogger(__name__)

_NO_REVIEW = (Action.PASS, Action.TAG)
SYSTEM_RESCAN = f"{claims.SYSTEM}:rescan"
_BATCH = 200


def rescan(service: ReviewService, scanner: Scanner, actor: Principal) -> RescanReport:
    """Re-scan every pending item once; see the module doc."""
    with service.db.transaction() as session:  # refused before anything is scanned
        by = acting_as(session, actor, Role.ADMIN)
    scanned = released = updated = failed = 0
    after = ""
    while True:
        with service.db.transaction() as session:
            ids = list(
                session.scalars(
                    select(Item.id)
                    .where(Item.status == ItemStatus.PENDING, Item.id > after)
                    .order_by(Item.id)
                    .limit(_BATCH)
                )
            )
        if not ids:
            break
        after = ids[-1]
        for item_id in ids:
            try:
                outcome = _rescan_one(service, scanner, item_id)
            except ReviewQueueError as exc:
                log.warning("rescan failed", extra={"item": item_id, "error": type(exc).__name__})
                failed += 1
                continue
            scanned += outcome is not None
            released += outcome == "released"
            updated += outcome == "updated"
    with service.db.transaction() as session:
        audit.append(
            session,
            service.keys,
            by,
            "rescan",
            None,
            {"scanned": scanned, "released": released, "updated": updated, "failed": failed},
        )
    return RescanReport(scanned, released, updated, failed)


def check_release(service: ReviewService, scanner: Scanner, item_id: str, user: User) -> None:
    """Re-scan a pending item ``user`` is about to release; refuse if the current rules
    reject it.

    Raises:
        ReleaseBlocked: the new verdict is ``reject`` (audited with the rules, no values).
        ItemNotFound: no such item, or one outside ``user``'s customers (before any scan).
    """
    with service.db.transaction() as session:
        # as the decision itself: an auditor's "release" is refused before anything is read
        require_role(session, user, Role.ADMIN, Role.REVIEWER)
        item = fetch(session, item_id, scope=visible_items(session, user))
    if item.status != ItemStatus.PENDING:
        return  # decided already: the decision itself reports that
    verdict = scanner.scan(open_raw(service.keys, item), open_envelope(service.keys, item)).verdict
    if verdict.action != Action.REJECT:
        return
    rules = sorted({reason.rule for reason in verdict.reasons})
    with service.db.transaction() as session:
        audit.append(
            session,
            service.keys,
            SYSTEM_RESCAN,
            "release_blocked",
            item_id,
            {"new_action": "reject", "rules": rules},
        )
    raise ReleaseBlocked("the current rules reject this message")


def _rescan_one(service: ReviewService, scanner: Scanner, item_id: str) -> str | None:
    with service.db.transaction() as session:
        item = fetch(session, item_id)
    if item.status != ItemStatus.PENDING:
        return None
    result = scanner.scan(open_raw(service.keys, item), open_envelope(service.keys, item))
    verdict = result.verdict
    if verdict.action in _NO_REVIEW:
        decided = claims.resolve(
            service.db,
            service.keys,
            service.settings,
            item_id,
            Decision.RELEASE,
            "rescan",
            {"new_action": str(verdict.action)},
        )
        if decided is None:
            return None
        claims.deliver_now(service.db, service.keys, service.relay, service.settings, decided)
        return "released"
    scores = {k: float(v) for k, v in verdict.scores.items()}
    document = verdict_dict(item_id, result.message, verdict)
    with service.db.transaction() as session:
        changed = session.execute(
            update(Item)
            .where(Item.id == item_id, Item.status == ItemStatus.PENDING)
            .values(
                verdict=document,
                score_tos=scores.get("tos", 0.0),
                score_sensitive=scores.get("sensitive", 0.0),
                max_score=max(scores.values(), default=0.0),
            )
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            return None
        session.execute(delete(ItemCategory).where(ItemCategory.item_id == item_id))
        session.add_all(ItemCategory(item_id=item_id, category=c) for c in document["categories"])
    return "updated"
