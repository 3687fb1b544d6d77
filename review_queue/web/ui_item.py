"""One held item: view (which claims it), decision under the lease, audited reveal."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from review_queue.service import ReviewService
from review_queue.store.types import (
    AlreadyDecided,
    Decision,
    FindingLabel,
    ItemLocked,
    ItemStatus,
    Lease,
    Role,
    User,
)
from review_queue.web.deps import ConfigDep, Reader, Reviewer, ServiceDep, WebConfig, sessions_of
from review_queue.web.pages import DEFAULT_NEXT, flash, queue_back, redirect, render
from review_queue.web.views import age, delivery_state, duration, notices_not_sent, render_item

router = APIRouter(include_in_schema=False)
_LABEL_FIELD = re.compile(r"label_([0-9]{1,6})")
REASON_MAX = 500
# The queue list (filters, sort, page) the reviewer opened the item from: carried by the
# item's forms and returned to after a decision; anything but a /queue path is ignored.
# Not length-checked here: an odd value must not fail a decision (``queue_back`` drops it).
NEXT = Annotated[str, Form()]


def item_url(item_id: str, back: str) -> str:
    """The item page's address, carrying the queue list to return to (unless the plain
    queue)."""
    path, target = f"/items/{quote(item_id, safe='')}", queue_back(back)
    return path if target == DEFAULT_NEXT else f"{path}?{urlencode({'next': target})}"


async def _item_page(
    request: Request,
    service: ReviewService,
    config: WebConfig,
    user: User,
    item_id: str,
    back: str,
) -> Response:
    detail = await run_in_threadpool(service.get_item, item_id, user)
    lease: Lease | None = None
    locked_by: str | None = None
    if detail.summary.status is ItemStatus.PENDING and user.role is not Role.AUDITOR:
        try:
            lease = await run_in_threadpool(service.claim, item_id, user)
        except ItemLocked:
            locked_by = detail.summary.lease_owner or "another reviewer"
        except AlreadyDecided:
            detail = await run_in_threadpool(service.get_item, item_id, user)
    rendered = await render_item(service, user, item_id, detail, config.render_max_chars)
    # Values this reviewer revealed, shown while they hold the item: not once it is
    # decided, given back and taken by a colleague, or read only.
    revealed = sessions_of(request).revealed(request.state.session, item_id) if lease else {}
    return render(
        request,
        "item.html",
        user,
        item=detail,
        verdict=detail.verdict,
        message=rendered,
        lease=lease,
        locked_by=locked_by,
        delivery=delivery_state(detail),
        revealed=revealed,
        reveal_for=duration(config.reveal_seconds),
        age=age,
        labels=[label.value for label in FindingLabel],
        max_chars=config.render_max_chars,
        back=queue_back(back),
        reopen=item_url(item_id, back),
    )


@router.get("/items/{item_id}", response_class=HTMLResponse)
async def item(
    request: Request,
    service: ServiceDep,
    config: ConfigDep,
    user: Reader,
    item_id: str,
    next: Annotated[str, Query()] = "",
) -> Response:
    """The item view; a reviewer opening a pending item takes a lease on it. ``next``: the
    queue list it was opened from, where a decision returns (only a ``/queue`` path)."""
    return await _item_page(request, service, config, user, item_id, next)


@router.post("/items/{item_id}/decide")
async def decide(
    request: Request,
    service: ServiceDep,
    user: Reviewer,
    item_id: str,
    decision: Annotated[Decision, Form()],
    lease_token: Annotated[str, Form(max_length=200)],
    note: Annotated[str, Form(max_length=2000)] = "",
    notify_customer: Annotated[bool, Form()] = False,
    confirmed: Annotated[bool, Form()] = False,
    next: NEXT = "",
) -> Response:
    """Record the decision under the reviewer's lease; a repeated press records nothing new.

    A release and allowlist also lets the sender's future mail skip review, so it is
    answered first with a page asking to confirm it (a form, so it works without script),
    which posts the same lease, note and labels back with ``confirmed``.

    Then back to the queue list the item was opened from (``next``, only a ``/queue``
    path: never another site or page), filters and page kept.
    """
    form = await request.form()
    labels = {
        int(index.group(1)): FindingLabel(str(value))
        for key, value in form.multi_items()
        if (index := _LABEL_FIELD.fullmatch(key)) and value in FindingLabel._value2member_map_
    }
    if decision is Decision.RELEASE_AND_ALLOWLIST and not confirmed:
        return render(
            request,
            "allowlist_confirm.html",
            user,
            item_id=item_id,
            decision=decision.value,
            lease_token=lease_token,
            note=note,
            labels={f"label_{index}": label.value for index, label in sorted(labels.items())},
            back=queue_back(next),
            cancel=item_url(item_id, next),
        )
    result = await run_in_threadpool(
        service.decide,
        item_id,
        user,
        decision,
        lease_token,
        note,
        labels,
        notify_customer,
    )
    # What this reviewer revealed of the item is never shown again: out of memory now.
    sessions_of(request).forget_reveals(request.state.session, item_id)
    if result.duplicate:
        flash(request, f"Item {item_id}: that decision was already recorded.")
    else:
        state = "released" if result.delivered else result.status.value.replace("_", " ")
        recorded = f"Item {item_id}: {result.decision.value} recorded ({state})"
        flash(request, f"{recorded}{notices_not_sent([result])}.")
    return redirect(queue_back(next))


@router.post("/items/{item_id}/unclaim")
async def unclaim(
    service: ServiceDep,
    user: Reviewer,
    item_id: str,
    shown_until: Annotated[datetime | None, Form()] = None,
    beacon: Annotated[bool, Form()] = False,
    next: NEXT = "",
) -> Response:
    """Give the item back undecided (end this reviewer's lease) and return to the queue
    list it was opened from (``next``, as for a decision).

    The item page's script sends this as a beacon when the page is left without a
    decision; ``shown_until`` (the lease expiry that page showed) then keeps a lease a
    newer view of the item renewed (a reload, another tab), and the answer is empty.
    """
    await run_in_threadpool(service.release_lease, item_id, user, shown_until)
    return Response(status_code=204) if beacon else redirect(queue_back(next))


@router.post("/items/{item_id}/reveal")
async def reveal(
    request: Request,
    service: ServiceDep,
    config: ConfigDep,
    user: Reviewer,
    item_id: str,
    finding: Annotated[int, Form(ge=0, le=100_000)],
    reason: Annotated[str, Form(min_length=1, max_length=REASON_MAX)],
    next: NEXT = "",
) -> Response:
    """Reveal one masked value after a stated reason (the service audits it), then back to
    the item page (post/redirect/get): it shows the value to this session only, reloads
    included, for ``review.reveal_seconds``. A reload re-sends no form, so it never
    reveals, nor audits, twice; the value is never put in a URL or a cookie."""
    if not reason.strip():
        flash(request, "A reason is required to reveal a value.")
        return redirect(item_url(item_id, next))
    value = await run_in_threadpool(service.reveal, item_id, user, finding, reason.strip())
    sessions_of(request).grant_reveal(
        request.state.session, item_id, finding, value, config.reveal_seconds
    )
    return redirect(item_url(item_id, next))
