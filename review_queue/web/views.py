"""What the pages and the API show, built from the service's types; never a detected value."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from review_queue.render import RenderedMessage, render_message
from review_queue.service import ReviewService
from review_queue.store.types import (
    BodyPurged,
    Decision,
    DecisionResult,
    ItemDetail,
    ItemFilter,
    ItemStatus,
    ItemSummary,
    NoticeSkipped,
    User,
)
from scanner.model import Finding

CUSTOMER_MAX = 200
# Why a reject's notice to the sender was not sent (``DecisionResult.notice_skipped``).
NOTICE_SKIPPED = {
    NoticeSkipped.NO_SENDER: "no envelope sender (MAIL FROM:<>, as bounces and other "
    "automatic mail have), so there is no one to send it to",
}


class QueueQuery(BaseModel):
    """Queue list filters as given in a query string; bad values are a 4xx, never a crash."""

    model_config = ConfigDict(extra="ignore")

    status: ItemStatus | Literal["any"] = ItemStatus.PENDING
    category: str = Field("", max_length=64)
    customer: str = Field("", max_length=CUSTOMER_MAX)
    min_age_hours: float | None = Field(None, ge=0, le=24 * 3650)
    max_age_hours: float | None = Field(None, ge=0, le=24 * 3650)
    min_score: float | None = Field(None, ge=0, le=1)
    sort: Literal["created_at", "score", "size"] = "created_at"
    direction: Literal["asc", "desc"] = "asc"
    page: int = Field(1, ge=1, le=1_000_000)

    @field_validator("min_age_hours", "max_age_hours", "min_score", mode="before")
    @classmethod
    def _blank_is_any(cls, value: object) -> object:
        """An empty form field means "any", as browsers send ``min_score=``."""
        return None if isinstance(value, str) and not value.strip() else value

    def to_filter(self) -> ItemFilter:
        """The service filter; empty fields mean "any"."""
        return ItemFilter(
            status=None if self.status == "any" else ItemStatus(self.status),
            category=self.category.strip() or None,
            customer=self.customer.strip() or None,
            min_age_seconds=None if self.min_age_hours is None else self.min_age_hours * 3600,
            max_age_seconds=None if self.max_age_hours is None else self.max_age_hours * 3600,
            min_score=self.min_score,
            sort=self.sort,
            direction=self.direction,
        )

    def query_for_page(self, page: int) -> dict[str, str]:
        """Query parameters that repeat these filters for another page."""
        values = self.model_dump(exclude_none=True, mode="json")
        values["page"] = page
        return {k: str(v) for k, v in values.items() if v != ""}


@dataclass(frozen=True, slots=True)
class DeliveryState:
    """What the item page says about the delivery its decision caused."""

    text: str
    given_up: bool


def delivery_state(detail: ItemDetail) -> DeliveryState | None:
    """The decision's delivery: a release to the recipients, or a reject's notice to the
    sender (both count attempts in the same fields); None if nothing was attempted."""
    if detail.decision is None or not detail.delivery_attempts:
        return None
    status = detail.summary.status
    if detail.decision.decision is Decision.REJECT:
        what, retried = "Notice to the sender", detail.notice_pending
        given_up = not retried and detail.last_delivery_error is not None
        outcome = "Given up: the sender was not told." if given_up else "Sent."
    else:
        what, retried = "Release to the recipients", status is ItemStatus.RELEASE_PENDING
        given_up = status is ItemStatus.RELEASE_FAILED
        outcome = "Given up: the message was not delivered." if given_up else "Delivered."
    last = f", last: {detail.last_delivery_error}" if detail.last_delivery_error else ""
    state = "Retried with backoff." if retried else outcome
    return DeliveryState(f"{what}: {detail.delivery_attempts} attempt(s){last}. {state}", given_up)


def findings_of(verdict: Mapping[str, Any]) -> list[Finding]:
    """The verdict's findings (scan JSON shape) as model objects, in verdict order."""
    return [
        Finding(
            detector=str(f.get("detector", "")),
            category=str(f.get("category", "")),
            entity=str(f.get("entity", "")),
            segment=str(f.get("segment", "")),
            part=str(f.get("part", "")),
            start=int(f.get("start", 0)),
            end=int(f.get("end", 0)),
            score=float(f.get("score", 0.0)),
        )
        for f in verdict.get("findings", [])
    ]


def age(created_at: datetime, now: datetime | None = None) -> str:
    """A short human age: ``45m``, ``3h``, ``2d``."""
    now = now or datetime.now(UTC)
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=UTC)
    minutes = max(0, int((now - created_at).total_seconds() // 60))
    if minutes < 120:
        return f"{minutes}m"
    if minutes < 48 * 60:
        return f"{minutes // 60}h"
    return f"{minutes // (24 * 60)}d"


def notices_not_sent(results: Sequence[DecisionResult]) -> str:
    """What a decision's message adds about rejection notices asked for but not sent, and
    why (``; no rejection notice sent: ...``); "" if every one asked for was sent."""
    counts = Counter(r.notice_skipped for r in results if r.notice_skipped is not None)
    return "".join(
        f"; no rejection notice sent{'' if n == len(results) else f' for {n} of them'}: "
        f"{NOTICE_SKIPPED[why]}"
        for why, n in counts.items()
    )


def duration(seconds: int) -> str:
    """A setting's duration as people read it: ``5 min``, ``90 s``."""
    return f"{seconds // 60} min" if seconds % 60 == 0 else f"{seconds} s"


async def render_item(
    service: ReviewService, user: User, item_id: str, detail: ItemDetail, max_chars: int
) -> RenderedMessage:
    """The item's message rendered for display, findings masked (body loaded off the loop;
    a purged body renders as metadata only)."""
    raw: bytes | None = None
    if detail.body_available:
        try:
            raw = await run_in_threadpool(service.load_raw, item_id, user)
        except BodyPurged:
            raw = None
    findings = findings_of(detail.verdict)
    limits = service.settings.limits
    return await run_in_threadpool(render_message, raw, findings, limits, max_chars)


def summary_json(item: ItemSummary) -> dict[str, Any]:
    """An item's list entry for the API."""
    return {
        "id": item.id,
        "created_at": item.created_at.isoformat(),
        "status": item.status.value,
        "categories": list(item.categories),
        "scores": dict(item.scores),
        "max_score": item.max_score,
        "size": item.size,
        "customer": item.customer,
        "lease_owner": item.lease_owner,
        "lease_expires_at": item.lease_expires_at.isoformat() if item.lease_expires_at else None,
        "decision": item.decision.value if item.decision else None,
        "decided_at": item.decided_at.isoformat() if item.decided_at else None,
    }


def detail_json(detail: ItemDetail, rendered: RenderedMessage) -> dict[str, Any]:
    """An item for the API: verdict metadata and masked findings; no addresses, no body."""
    verdict = detail.verdict
    decision = detail.decision
    return {
        **summary_json(detail.summary),
        "action": verdict.get("action"),
        "reasons": list(verdict.get("reasons", [])),
        "findings": [
            {
                "index": f.index,
                "category": f.category,
                "entity": f.entity,
                "detector": f.detector,
                "score": f.score,
                "location": f.location,
                "masked": f.masked,
                "context": "".join(c.text for c in f.context),
            }
            for f in rendered.findings
        ],
        "body_available": detail.body_available,
        "decision_record": None
        if decision is None
        else {
            "decision": decision.decision.value,
            "decided_by": decision.decided_by,
            "decided_at": decision.decided_at.isoformat(),
            "notify_customer": decision.notify_customer,
            "allowlist": decision.allowlist,
            "finding_labels": {str(k): v.value for k, v in decision.finding_labels.items()},
        },
    }
