"""JSON REST API under /api/v1: bearer-token auth, the same role rules as the UI.

Findings are always masked; addresses and message bodies are never returned.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from review_queue.service import ReviewService
from review_queue.store.types import (
    Decision,
    DecisionResult,
    FindingLabel,
    NoticeSkipped,
    User,
)
from review_queue.web.deps import ApiReader, ApiReviewer, ConfigDep, ServiceDep
from review_queue.web.pages import TEMPLATES
from review_queue.web.views import QueueQuery, detail_json, render_item, summary_json

PREFIX = "/api/v1"
router = APIRouter(prefix=PREFIX, tags=["review queue"])


class ErrorOut(BaseModel):
    """An error: ``detail`` says what went wrong (never a value sent); a 422 also lists
    ``fields``, each bad field by where it was (``query.min_score``, ``body.note``)."""

    detail: str
    fields: list[str] | None = None


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error answers of an endpoint, for the OpenAPI schema and /api/v1/docs."""
    return {code: {"model": ErrorOut, "description": ERRORS[code]} for code in codes}


# What each error status means in this API (README, "REST API").
ERRORS = {
    400: "a value the service refuses in a well-formed request: a note that could hold a"
    " value (an address, a long number, detected sensitive data) or a finding label index"
    " the item does not have",
    401: "no bearer token, or one that is invalid, revoked or expired",
    403: "the token's role does not allow this",
    404: "no such item (or another customer's, for a scoped account)",
    409: "another reviewer holds the item, it was already decided otherwise, or the current"
    " rules reject a release",
    422: "the request does not match the schema: a parameter out of range or not one of its"
    " values, a body that is not a JSON object, a field of the wrong type or too long",
}


class ItemOut(BaseModel):
    """A held item in a list."""

    id: str
    created_at: str
    status: str
    categories: list[str]
    scores: dict[str, float]
    max_score: float
    size: int
    customer: str | None
    lease_owner: str | None
    lease_expires_at: str | None
    decision: str | None
    decided_at: str | None


class ItemPageOut(BaseModel):
    """A page of held items."""

    items: list[ItemOut]
    total: int
    page: int
    page_size: int


class FindingOut(BaseModel):
    """A finding, masked: the clear value is only shown through the UI's audited reveal."""

    index: int
    category: str
    entity: str
    detector: str
    score: float
    location: str
    masked: str
    context: str


class ItemDetailOut(ItemOut):
    """One item: verdict metadata and masked findings."""

    action: str | None
    reasons: list[dict[str, Any]]
    findings: list[FindingOut]
    body_available: bool
    decision_record: dict[str, Any] | None


class ReleaseIn(BaseModel):
    """Release options."""

    note: str = Field("", max_length=2000)
    allowlist: bool = False
    finding_labels: dict[int, FindingLabel] = Field(default_factory=dict)


class RejectIn(BaseModel):
    """Reject options."""

    note: str = Field("", max_length=2000)
    notify_customer: bool = Field(
        False,
        description="send the message's sender (its envelope sender, MAIL FROM) a rejection"
        " notice: it says the message was not delivered, names the categories and the item"
        " id, and quotes nothing of it (the name is historical: the customer account is not"
        " told)",
    )
    finding_labels: dict[int, FindingLabel] = Field(default_factory=dict)


class DecisionOut(BaseModel):
    """The recorded decision; ``duplicate`` when the same decision was already recorded."""

    item_id: str
    decision: str
    status: str
    decided_by: str
    decided_at: str
    delivered: bool
    duplicate: bool
    notice_skipped: NoticeSkipped | None = Field(
        None,
        description="set when a reject asked to notify the sender and no notice was sent: "
        '"no_sender": the message has no envelope sender (MAIL FROM:<>, a bounce or other '
        "automatic mail), so there is no one to send it to (never the header From instead)",
    )


@router.get("/items", response_model=ItemPageOut, responses=_errors(401, 403, 422))
async def list_items(
    service: ServiceDep,
    config: ConfigDep,
    user: ApiReader,
    query: Annotated[QueueQuery, Query()],
    page_size: Annotated[int | None, Query(ge=1, le=500)] = None,
) -> dict[str, Any]:
    """Held items matching the filters (oldest first by default), one page; a scoped
    account sees only its customers' items."""
    page = await run_in_threadpool(
        service.list_items, query.to_filter(), user, query.page, page_size or config.page_size
    )
    return {
        "items": [summary_json(item) for item in page.items],
        "total": page.total,
        "page": page.page,
        "page_size": page.page_size,
    }


@router.get("/items/{item_id}", response_model=ItemDetailOut, responses=_errors(401, 403, 404))
async def get_item(
    service: ServiceDep, config: ConfigDep, user: ApiReader, item_id: str
) -> dict[str, Any]:
    """One item with masked findings (the view is audited)."""
    detail = await run_in_threadpool(service.get_item, item_id, user)
    rendered = await render_item(service, user, item_id, detail, config.render_max_chars)
    return detail_json(detail, rendered)


async def _decide(
    service: ReviewService,
    user: User,
    item_id: str,
    decision: Decision,
    note: str,
    labels: dict[int, FindingLabel],
    notify_customer: bool = False,
) -> dict[str, Any]:
    result: DecisionResult = await run_in_threadpool(
        service.decide, item_id, user, decision, None, note, labels, notify_customer
    )
    return {
        "item_id": result.item_id,
        "decision": result.decision.value,
        "status": result.status.value,
        "decided_by": result.decided_by,
        "decided_at": result.decided_at.isoformat(),
        "delivered": result.delivered,
        "duplicate": result.duplicate,
        "notice_skipped": result.notice_skipped,
    }


@router.post(
    "/items/{item_id}/release",
    response_model=DecisionOut,
    responses=_errors(400, 401, 403, 404, 409, 422),
)
async def release(
    service: ServiceDep,
    user: ApiReviewer,
    item_id: str,
    options: Annotated[ReleaseIn | None, Body()] = None,
) -> dict[str, Any]:
    """Release the item to the relay (409 if another reviewer holds it or it was rejected)."""
    options = options or ReleaseIn()
    decision = Decision.RELEASE_AND_ALLOWLIST if options.allowlist else Decision.RELEASE
    return await _decide(service, user, item_id, decision, options.note, options.finding_labels)


@router.post(
    "/items/{item_id}/reject",
    response_model=DecisionOut,
    responses=_errors(400, 401, 403, 404, 409, 422),
)
async def reject(
    service: ServiceDep,
    user: ApiReviewer,
    item_id: str,
    options: Annotated[RejectIn | None, Body()] = None,
) -> dict[str, Any]:
    """Reject the item; with ``notify_customer``, the message's envelope sender is sent a
    rejection notice."""
    options = options or RejectIn()
    return await _decide(
        service,
        user,
        item_id,
        Decision.REJECT,
        options.note,
        options.finding_labels,
        options.notify_customer,
    )


@router.get("/stats", responses=_errors(401, 403))
async def stats(service: ServiceDep, user: ApiReader) -> dict[str, Any]:
    """Queue depth by category, oldest undecided age, decisions by type; for a scoped
    account of its customers' items only (without ``decisions_recorded``)."""
    result: dict[str, Any] = await run_in_threadpool(service.stats, user)
    return result


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
async def docs(request: Request) -> HTMLResponse:
    """A script-free API reference rendered from the OpenAPI schema."""
    return TEMPLATES.TemplateResponse(request, "api_docs.html", {"schema": request.app.openapi()})
