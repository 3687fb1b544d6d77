"""``export-labels``: reviewers' decisions as training labels (``labels_version: 1``).

Only human decisions are exported (not retention or rescan). ``tos_label`` is ``ham`` for
a released message and ``spam`` for a rejected one whose verdict involved the ToS score or
category; a message rejected only for sensitive data is not spam, so it gets ``null``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from review_queue.crypto import KeyRing
from review_queue.store.db import Database
from review_queue.store.items import open_raw
from review_queue.store.schema import Item, ItemDecision
from review_queue.store.types import Decision
from scanner.categories import TOS

LABELS_VERSION = 1
_BATCH = 200
_FINDING_KEYS = ("entity", "category", "segment", "part", "start", "end")


def export_labels(db: Database, keys: KeyRing) -> Iterator[dict[str, Any]]:
    """One label object per human-decided item, oldest decision first."""
    after = ""
    while True:
        with db.transaction() as session:  # short transactions: never block the queue
            rows = session.execute(
                select(Item, ItemDecision)
                .join(ItemDecision, ItemDecision.item_id == Item.id)
                .where(ItemDecision.source == "reviewer", Item.id > after)
                .order_by(Item.id)
                .limit(_BATCH)
            ).all()
        if not rows:
            return
        for item, decision in rows:
            yield label_record(keys, item, decision)
        after = rows[-1][0].id


def label_record(keys: KeyRing, item: Item, decision: ItemDecision) -> dict[str, Any]:
    """The contract object for one decided item."""
    verdict = item.verdict
    released = Decision(decision.decision) is not Decision.REJECT
    findings = verdict.get("findings", [])
    tos_label = "ham" if released else ("spam" if _tos_involved(verdict) else None)
    # The message only where training uses it: a record without a ToS label trains nothing.
    with_raw = tos_label is not None and item.raw_enc is not None
    return {
        "labels_version": LABELS_VERSION,
        "id": item.id,
        "decided_at": decision.decided_at.isoformat(),
        "decision": "release" if released else "reject",
        "tos_label": tos_label,
        "verdict": verdict,
        "finding_labels": [
            {**{k: findings[int(index)].get(k) for k in _FINDING_KEYS}, "label": label}
            for index, label in sorted(decision.finding_labels.items(), key=lambda kv: int(kv[0]))
            if int(index) < len(findings)
        ],
        "raw_b64": base64.b64encode(open_raw(keys, item)).decode() if with_raw else None,
    }


def _tos_involved(verdict: dict[str, Any]) -> bool:
    """True when the ToS verdict held the message: the score crossed a policy threshold
    (``TOS_SCORE_*``) or the policy mapped a fired ToS rule (``RULE_TOS_*``). A weak ToS rule
    firing beside sensitive data does not make a rejected message spam."""
    if TOS in verdict.get("categories", ()):
        return True
    return any(
        str(r.get("rule", "")).startswith(("TOS_SCORE_", "RULE_TOS_"))
        for r in verdict.get("reasons", ())
    )
