"""Login and logout. The session id is replaced at login; failures say nothing specific."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from review_queue.web.deps import (
    CsrfFailed,
    Reader,
    ServiceDep,
    check_csrf,
    config_of,
    current_session,
    sessions_of,
)
from review_queue.web.pages import redirect, render, safe_next, set_session_cookie

router = APIRouter(include_in_schema=False)
LOGIN_FAILED = "Wrong name or password, or too many attempts: wait and try again."


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next: str = "") -> Response:
    """The login form; starts an anonymous session to hold its CSRF token."""
    session = current_session(request)
    if session is None:
        session = sessions_of(request).new()
    request.state.session = session
    response = render(request, "login.html", None, next=safe_next(next))
    set_session_cookie(request, response, session)
    return response


@router.post("/login", response_class=HTMLResponse)
async def login(
    request: Request,
    service: ServiceDep,
    name: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    next: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Check the password (rate limited by the service); on success rotate the session."""
    session = current_session(request)
    if session is None:
        raise CsrfFailed
    await check_csrf(request, session)
    request.state.session = session
    client = request.client.host if request.client else None
    user = await run_in_threadpool(service.authenticate, name, password, client)
    if user is None:
        return render(request, "login.html", None, 401, next=safe_next(next), error=LOGIN_FAILED)
    fresh = sessions_of(request).login(session, user)
    response = redirect(safe_next(next))
    set_session_cookie(request, response, fresh)
    return response


@router.post("/logout")
async def logout(request: Request, service: ServiceDep, user: Reader) -> Response:
    """End the session and give back the items the user holds (a colleague would wait
    for their leases to lapse otherwise)."""
    sessions_of(request).drop(request.state.session.id)
    await run_in_threadpool(service.end_leases, user)
    await run_in_threadpool(service.record_audit, user.name, "logout")
    response = redirect("/login")
    response.delete_cookie(config_of(request).cookie_name, path="/")
    return response
