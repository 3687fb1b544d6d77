"""Request dependencies: the service, who is asking (session or bearer token), role checks.

Every route declares the roles it admits with ``Allow`` (browser session) or ``ApiAllow``
(bearer token). Admins are admitted everywhere. A browser request that changes state must
carry the session's CSRF token; the API takes no cookies, so it needs none.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated, NoReturn

from fastapi import Depends, HTTPException, Request
from starlette.concurrency import run_in_threadpool

from review_queue.denials import Attempt
from review_queue.service import ReviewService
from review_queue.store.types import Role, User
from review_queue.web.sessions import Session, SessionStore

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True, slots=True)
class WebConfig:
    """The web layer's own settings, resolved once at app creation."""

    cookie_name: str
    cookie_secure: str  # "auto" (when the request came over TLS), "always" or "never"
    page_size: int
    render_max_chars: int
    reveal_seconds: int  # a revealed value stays shown this long to the reviewer's session


class LoginRequired(Exception):
    """No valid browser session: the handler redirects to the login page."""


class CsrfFailed(Exception):
    """A state-changing browser request without the session's CSRF token."""


def service_of(request: Request) -> ReviewService:
    """The app's ReviewService."""
    service: ReviewService = request.app.state.service
    return service


def sessions_of(request: Request) -> SessionStore:
    """The app's session store."""
    store: SessionStore = request.app.state.sessions
    return store


def config_of(request: Request) -> WebConfig:
    """The web layer's settings."""
    config: WebConfig = request.app.state.web_config
    return config


def current_session(request: Request) -> Session | None:
    """The live session named by the request's cookie, if any."""
    return sessions_of(request).get(request.cookies.get(config_of(request).cookie_name))


async def check_csrf(request: Request, session: Session) -> None:
    """Raise ``CsrfFailed`` unless an unsafe request carries the session's CSRF token."""
    if request.method in SAFE_METHODS:
        return
    form = await request.form()
    sent = form.get(CSRF_FIELD)
    if not isinstance(sent, str) or not hmac.compare_digest(sent, session.csrf):
        raise CsrfFailed


class Allow:
    """Browser access for these roles (and admins); checks the CSRF token on unsafe methods."""

    def __init__(self, *roles: Role) -> None:
        self.roles = frozenset({Role.ADMIN, *roles})

    async def __call__(self, request: Request) -> User:
        session = current_session(request)
        if session is None or session.user is None:
            raise LoginRequired
        user = await run_in_threadpool(service_of(request).get_user, session.user)
        if (
            user is None
            or user.disabled
            or user.role.value != session.role
            or user.credential_stamp != session.credential_stamp
        ):
            # Disabled, role or password changed since login (maybe from the CLI): it is over.
            sessions_of(request).drop(session.id)
            raise LoginRequired
        request.state.session = session
        request.state.user = user
        await check_csrf(request, session)
        if user.role not in self.roles:
            await _deny(request, user, "your role does not allow this page")
        return user


class ApiAllow:
    """API access by ``Authorization: Bearer <token>`` for these roles (and admins)."""

    def __init__(self, *roles: Role) -> None:
        self.roles = frozenset({Role.ADMIN, *roles})

    async def __call__(self, request: Request) -> User:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        user = None
        if scheme.lower() == "bearer" and token.strip():
            user = await run_in_threadpool(service_of(request).user_for_token, token.strip())
        if user is None:
            raise HTTPException(
                401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"}
            )
        if user.role not in self.roles:
            await _deny(request, user, "your role does not allow this operation")
        return user


async def _deny(request: Request, user: User, message: str) -> NoReturn:
    """Audit a refused route (``access_denied``, attempt ``route``), then answer 403."""
    route = getattr(request.scope.get("route"), "path", "")
    await run_in_threadpool(service_of(request).deny, user, Attempt.ROUTE, None, route=route)
    raise HTTPException(403, message)


ServiceDep = Annotated[ReviewService, Depends(service_of)]
ConfigDep = Annotated[WebConfig, Depends(config_of)]
Reader = Annotated[User, Depends(Allow(Role.REVIEWER, Role.AUDITOR))]
Reviewer = Annotated[User, Depends(Allow(Role.REVIEWER))]
Auditor = Annotated[User, Depends(Allow(Role.AUDITOR))]
Admin = Annotated[User, Depends(Allow())]
ApiReader = Annotated[User, Depends(ApiAllow(Role.REVIEWER, Role.AUDITOR))]
ApiReviewer = Annotated[User, Depends(ApiAllow(Role.REVIEWER))]
