"""Administration (users, API tokens) and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from review_queue.store.types import AuditQuery, Role
from review_queue.web.deps import Admin, Auditor, ServiceDep, sessions_of
from review_queue.web.pages import flash, redirect, render

router = APIRouter(include_in_schema=False)
NAME = Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._@-]+$")]
PASSWORD = Annotated[str, Form(min_length=1, max_length=1000)]
CUSTOMERS = Annotated[str, Form(max_length=10_000)]
AUDIT_PAGE = 100


class AuditFilter(BaseModel):
    """Audit log filters from the query string."""

    actor: str = Field("", max_length=64)
    action: str = Field("", max_length=64)
    item_id: str = Field("", max_length=64)
    before_seq: int | None = Field(None, ge=1)


@router.get("/admin/users", response_class=HTMLResponse)
async def users(request: Request, service: ServiceDep, user: Admin) -> Response:
    """Accounts and the forms that manage them, then every account's API tokens (by
    account, oldest first; never a token itself) with Revoke on each active one."""
    accounts = await run_in_threadpool(service.list_users)
    tokens = sorted(await run_in_threadpool(service.list_tokens), key=lambda t: (t.user, t.id))
    return render(
        request,
        "users.html",
        user,
        accounts=accounts,
        roles=list(Role),
        tokens=tokens,
        now=datetime.now(UTC),
    )


@router.post("/admin/users")
async def create_user(
    request: Request,
    service: ServiceDep,
    user: Admin,
    name: NAME,
    role: Annotated[Role, Form()],
    password: PASSWORD,
    customers: CUSTOMERS = "",
    everyone: Annotated[bool, Form()] = False,
) -> Response:
    """Create an account, limited to the comma-separated ``customers`` (the service checks
    password strength and the ids). A reviewer or auditor sees every customer only with
    the ``everyone`` box ticked: an empty field is a slip, not a choice."""
    chosen = [c for c in customers.split(",") if c.strip()]
    if role is not Role.ADMIN and not chosen and not everyone:
        flash(request, f"User {name} not created: give customer ids, or tick 'all customers'.")
        return redirect("/admin/users")
    await run_in_threadpool(service.create_user, name, role, password, user, chosen)
    flash(request, f"User {name} created ({role.value}).")
    return redirect("/admin/users")


@router.post("/admin/users/{name}/customers")
async def set_customers(
    request: Request,
    service: ServiceDep,
    user: Admin,
    name: str,
    customers: CUSTOMERS = "",
    everyone: Annotated[bool, Form()] = False,
) -> Response:
    """Limit the account to the comma-separated ``customers``, or lift the limit with the
    ``everyone`` box: an emptied field alone changes nothing (a slip must not open every
    customer's mail to a contractor). The store reads the scope on each request, so open
    sessions and tokens follow at once."""
    chosen = [] if everyone else [c for c in customers.split(",") if c.strip()]
    if not everyone and not chosen:
        flash(request, f"User {name} unchanged: give customer ids, or tick 'all customers'.")
        return redirect("/admin/users")
    changed = await run_in_threadpool(service.set_customers, name, chosen, user)
    scope = ", ".join(changed.customers) or "all customers"
    flash(request, f"User {name} now sees {scope}.")
    return redirect("/admin/users")


@router.post("/admin/users/{name}/disable")
async def disable_user(
    request: Request,
    service: ServiceDep,
    user: Admin,
    name: str,
    confirmed: Annotated[bool, Form()] = False,
) -> Response:
    """Disable an account: revoke its API tokens, end its sessions and give back the items
    it holds (never one's own: the last admin could lock everyone out). The account can be
    enabled again later, but the tokens stay revoked and the reviewer is cut off mid-work,
    so a page asks first (a form, so it works without script), which posts back with
    ``confirmed``."""
    if name == user.name:
        flash(request, "You cannot disable your own account.")
        return redirect("/admin/users")
    if not confirmed:
        return render(request, "disable_confirm.html", user, account=name)
    await run_in_threadpool(service.disable_user, name, user)
    sessions_of(request).drop_user(name)
    flash(request, f"User {name} disabled.")
    return redirect("/admin/users")


@router.post("/admin/users/{name}/enable")
async def enable_user(request: Request, service: ServiceDep, user: Admin, name: str) -> Response:
    """Enable a disabled account again. Its old sessions and API tokens stay ended: the
    user logs in with their password, and an admin creates a new token if one is needed."""
    await run_in_threadpool(service.enable_user, name, user)
    flash(
        request,
        f"User {name} enabled: they log in again with their password. API tokens revoked"
        " when the account was disabled stay revoked; create a new one if needed.",
    )
    return redirect("/admin/users")


@router.post("/admin/users/{name}/password")
async def set_password(
    request: Request, service: ServiceDep, user: Admin, name: str, password: PASSWORD
) -> Response:
    """Set a new password and end the account's sessions (other than this one)."""
    await run_in_threadpool(service.set_password, name, password, user)
    if name != user.name:
        sessions_of(request).drop_user(name)
    else:  # an admin changing their own password stays logged in in this browser only
        changed = await run_in_threadpool(service.get_user, name)
        request.state.session.credential_stamp = changed.credential_stamp if changed else None
    flash(request, f"Password of {name} changed.")
    return redirect("/admin/users")


@router.post("/admin/users/{name}/tokens", response_class=HTMLResponse)
async def create_token(request: Request, service: ServiceDep, user: Admin, name: str) -> Response:
    """A new API token for the account, shown once on this page only."""
    token = await run_in_threadpool(service.create_token, name, user)
    return render(request, "token.html", user, account=name, token=token)


@router.post("/admin/tokens/{token_id}/revoke")
async def revoke_token(
    request: Request,
    service: ServiceDep,
    user: Admin,
    token_id: int,
    confirmed: Annotated[bool, Form()] = False,
) -> Response:
    """Revoke one API token (a leaked one, say): calls made with it are refused at once,
    the account's other tokens and sessions keep working. It cannot be undone, so a page
    asks first, as for Disable, which posts back with ``confirmed``. An id naming no
    token (a typed address) or a token revoked meanwhile is said so on the users page."""
    token = await run_in_threadpool(service.get_token, token_id)
    if token is None:
        flash(request, f"There is no API token {token_id}: nothing was revoked.")
        return redirect("/admin/users")
    if not token.revoked and not confirmed:
        return render(request, "revoke_confirm.html", user, token=token)
    done = not token.revoked and await run_in_threadpool(service.revoke_token, token_id, user)
    outcome = "revoked; their other tokens keep working" if done else "was revoked already"
    flash(request, f"API token {token_id} of {token.user} {outcome}.")
    return redirect("/admin/users")


@router.get("/audit", response_class=HTMLResponse)
async def audit_log(
    request: Request,
    service: ServiceDep,
    user: Auditor,
    query: Annotated[AuditFilter, Query()],
) -> Response:
    """The audit log, newest first, with filters and paging by sequence number (a scoped
    auditor's: only the entries of their customers' items)."""
    entries = await run_in_threadpool(
        service.audit_entries,
        AuditQuery(
            actor=query.actor or None,
            action=query.action or None,
            item_id=query.item_id or None,
            limit=AUDIT_PAGE,
            before_seq=query.before_seq,
        ),
        user,
    )
    older = entries[-1].seq if len(entries) == AUDIT_PAGE else None
    return render(request, "audit.html", user, entries=entries, query=query, older=older)
