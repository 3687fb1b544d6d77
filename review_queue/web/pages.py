"""Template rendering, flash messages, the session cookie and safe redirects for the UI."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from review_queue.store.types import Role, User
from review_queue.web.deps import config_of, current_session
from review_queue.web.sessions import Session

TEMPLATES = Jinja2Templates(directory=Path(__file__).with_name("templates"))
DEFAULT_NEXT = "/queue"
QUEUE_URL_MAX = 2000  # a queue list's filters fit many times over


def detail_text(value: object) -> str:
    """An audit entry's detail value as people read it, not as Python prints it:
    ``yes``/``no``, ``none``, a list comma-separated."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(detail_text(v) for v in value)
    return str(value)


# How a time is shown (its UTC text, and static/time.js's local one): a closed set.
TIME_STYLES = {
    "minute": "%Y-%m-%d %H:%M",
    "second": "%Y-%m-%d %H:%M:%S",
    "clock": "%H:%M:%S",
}


def utc_time(moment: datetime, style: str = "minute", text: str | None = None) -> Markup:
    """``moment`` as ``<time datetime="...Z">... UTC</time>``. That UTC text is what a
    browser without script shows; static/time.js rewrites it to the reader's local time
    and zone, keeping the UTC text as the ``title``.

    With ``text`` (a relative age such as ``3h``) the element shows that text instead,
    and the time is its ``title`` (``data-local="title"``): UTC without script, the
    reader's local time with it. A naive ``moment`` is taken as UTC, as the store keeps
    times."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    at = moment.astimezone(UTC)
    shown = f"{at.strftime(TIME_STYLES[style])} UTC"
    iso = at.isoformat(timespec="seconds").removesuffix("+00:00") + "Z"
    if text is not None:
        return Markup(
            '<time datetime="{}" data-style="{}" data-local="title" title="{}">{}</time>'
        ).format(iso, style, shown, text)
    return Markup('<time datetime="{}" data-style="{}" title="{}">{}</time>').format(
        iso, style, shown, shown
    )


TEMPLATES.env.filters["detail"] = detail_text
TEMPLATES.env.filters["utc_time"] = utc_time


def render(
    request: Request,
    template: str,
    user: User | None,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page with the common context: user, role flags, CSRF token and pending flashes."""
    session: Session | None = getattr(request.state, "session", None) or current_session(request)
    flashes = session.flashes[:] if session else []
    if session:
        session.flashes.clear()
    role = user.role if user else None
    common = {
        "user": user,
        "csrf": session.csrf if session else "",
        "flashes": flashes,
        "can_decide": role in (Role.ADMIN, Role.REVIEWER),
        "can_audit": role in (Role.ADMIN, Role.AUDITOR),
        "is_admin": role is Role.ADMIN,
    }
    return TEMPLATES.TemplateResponse(
        request, template, {**common, **context}, status_code=status_code
    )


def flash(request: Request, message: str) -> None:
    """Show ``message`` on the next page this session sees."""
    session: Session | None = getattr(request.state, "session", None)
    if session is not None:
        session.flashes.append(message)


def redirect(location: str) -> RedirectResponse:
    """A 303 (see other) to a local path: the answer to a POST."""
    return RedirectResponse(safe_next(location), status_code=303)


def safe_next(target: str | None) -> str:
    """``target`` if it is a path on this site, else the queue: no open redirects."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return DEFAULT_NEXT
    if "\\" in target or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in target):
        return DEFAULT_NEXT
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return DEFAULT_NEXT
    return target


def queue_back(target: str | None) -> str:
    """``target`` if it is this site's queue list (``/queue`` with any filters, sort and
    page in its query string), else the plain queue: where a reviewer returns after a
    decision on an item, never another site or another page."""
    safe = safe_next(target)
    if len(safe) > QUEUE_URL_MAX or urlsplit(safe).path != DEFAULT_NEXT:
        return DEFAULT_NEXT
    return safe


def set_session_cookie(request: Request, response: Response, session: Session) -> None:
    """Attach the session cookie: HttpOnly, SameSite=Strict, Secure per configuration."""
    config = config_of(request)
    secure = config.cookie_secure == "always" or (
        config.cookie_secure == "auto" and request.url.scheme == "https"
    )
    response.set_cookie(
        config.cookie_name,
        session.id,
        httponly=True,
        samesite="strict",
        secure=secure,
        path="/",
    )
