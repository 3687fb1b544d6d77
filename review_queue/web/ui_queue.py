"""The queue list with filters, sorting and pagination, and bulk decisions on a selection."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from review_queue.store.types import Decision
from review_queue.web.deps import ConfigDep, Reader, Reviewer, ServiceDep, sessions_of
from review_queue.web.pages import flash, redirect, render, safe_next
from review_queue.web.views import QueueQuery, age, notices_not_sent
from scanner.categories import ALL_CATEGORIES

router = APIRouter(include_in_schema=False)
MAX_BULK = 500
# Why a bulk decision left an item alone (``BulkResult.errors`` names the error class).
SKIPPED = {
    "ItemNotFound": "not found",
    "ItemLocked": "another reviewer holds it",
    "AlreadyDecided": "already decided",
    "LeaseExpired": "claim expired",
    "ReleaseBlocked": "the current rules reject it",
}


@router.get("/")
async def home(user: Reader) -> Response:
    """The queue is the start page."""
    del user
    return redirect("/queue")


@router.get("/queue", response_class=HTMLResponse)
async def queue(
    request: Request,
    service: ServiceDep,
    config: ConfigDep,
    user: Reader,
    query: Annotated[QueueQuery, Query()],
) -> Response:
    """Held items matching the filters, oldest first unless sorted otherwise (a scoped
    account's customers' only)."""
    page = await run_in_threadpool(
        service.list_items, query.to_filter(), user, query.page, config.page_size
    )
    last_page = max(1, -(-page.total // page.page_size))
    if page.page > last_page:  # past the end (an old link, a typed number): the last page
        return redirect(f"/queue?{urlencode(query.query_for_page(last_page))}")
    here = f"/queue?{urlencode(query.query_for_page(page.page))}"
    return render(
        request,
        "queue.html",
        user,
        here=here,
        item_query=urlencode({"next": here}),  # an item's decision comes back here
        page=page,
        query=query,
        categories=ALL_CATEGORIES,
        age=age,
        now=datetime.now(UTC),
        prev_query=query.query_for_page(page.page - 1) if page.page > 1 else None,
        next_query=query.query_for_page(page.page + 1) if page.page < last_page else None,
        last_page=last_page,
    )


@router.post("/queue/bulk")
async def bulk(
    request: Request,
    service: ServiceDep,
    user: Reviewer,
    decision: Annotated[Decision, Form()],
    ids: Annotated[list[str] | None, Form(max_length=MAX_BULK)] = None,
    notify_customer: Annotated[bool, Form()] = False,
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form(max_length=2000)] = "/queue",
    confirmed: Annotated[bool, Form()] = False,
) -> Response:
    """Decide every selected item; items held by others, decided otherwise or outside a
    scoped account's customers are skipped.

    Every bulk decision is answered first with a page asking to confirm it (a form, so it
    works without script), which posts the same selection back with ``confirmed``: a
    release delivers mail that cannot be called back, a release and allowlist also lets the
    senders' future mail skip review, and a reject is never delivered.
    """
    if not ids:
        flash(request, "Nothing decided: select one or more items first.")
        return redirect(back)
    if not confirmed:
        return render(
            request,
            "bulk_confirm.html",
            user,
            decision=decision.value,
            ids=list(dict.fromkeys(ids)),
            note=note,
            notify_customer=notify_customer and decision is Decision.REJECT,
            back=safe_next(back),
        )
    result = await run_in_threadpool(
        service.decide_many, ids, user, decision, note, notify_customer
    )
    # Values this reviewer revealed of the decided items are never shown again.
    sessions_of(request).forget_reveals(request.state.session, *(r.item_id for r in result.results))
    done = len(result.results)
    message = f"{decision.value}: {done} item(s) decided{notices_not_sent(result.results)}"
    if result.errors:
        reasons = sorted({SKIPPED.get(name, "not decided") for name in result.errors.values()})
        message += f"; {len(result.errors)} skipped ({', '.join(reasons)})"
    flash(request, message)
    return redirect(back)
