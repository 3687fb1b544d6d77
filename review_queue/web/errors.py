"""Errors to responses: JSON under /api, an HTML page elsewhere; fixed texts, no details."""

from __future__ import annotations

import logging
import re
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from review_queue.store import types
from review_queue.web.deps import CsrfFailed, LoginRequired
from review_queue.web.headers import secured
from review_queue.web.pages import DEFAULT_NEXT, queue_back, redirect, render

log = logging.getLogger(__name__)

# Service errors and what a client is told. Texts are fixed: exception messages are not
# shown, so nothing a store layer might put in one can reach a page.
SERVICE_ERRORS: dict[type[Exception], tuple[int, str]] = {
    types.ItemNotFound: (404, "No such item (it may have been erased)."),
    types.ItemLocked: (409, "Another reviewer is working on this item."),
    types.LeaseExpired: (409, "Your claim on this item expired; open it again."),
    types.AlreadyDecided: (409, "This item was already decided."),
    types.BodyPurged: (410, "The message body was deleted by retention."),
    types.PermissionDenied: (403, "Your role does not allow this."),
    types.InvalidInput: (400, "The request was not valid."),
    types.ReleaseBlocked: (409, "The current rules reject this message: it stays held."),
    types.UserExists: (409, "A user with that name exists already."),
    types.UserNotFound: (404, "No such user."),
    types.StoreError: (503, "The review store is unavailable; try again shortly."),
    types.StoreKeyError: (500, "A stored message cannot be decrypted; see the service log."),
}


# Validation errors whose message is a validator's own text, which might quote the value.
_OPAQUE_ERRORS = frozenset({"value_error", "assertion_error"})


def field_problems(exc: RequestValidationError) -> dict[str, str]:
    """What each bad field should look like, by field name; never the value sent.

    A union (``status``: a status or ``any``) fails once per member: their expected values
    are merged into one list.
    """
    problems: dict[str, str] = {}
    choices: dict[str, list[str]] = {}
    for error in exc.errors():
        loc = error["loc"]
        name = str(loc[1]) if len(loc) > 1 and isinstance(loc[1], str) else str(loc[0])
        expected = (error.get("ctx") or {}).get("expected")
        if isinstance(expected, str):
            choices.setdefault(name, []).extend(re.split(r", | or ", expected))
        elif error["type"] in _OPAQUE_ERRORS:
            problems.setdefault(name, "is not valid")
        else:
            msg = str(error["msg"])
            acronym = msg[1:2].isupper()  # "JSON decode error" stays as it is
            problems.setdefault(name, msg if acronym else msg[:1].lower() + msg[1:])
    for name, values in choices.items():
        problems.setdefault(name, "should be one of " + ", ".join(values))
    return problems


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def way_back(request: Request, status: int, queue: str | None = None) -> tuple[str, str]:
    """Where an error page leads: back to the item or the users page whose form failed
    (a note refused, a decision made meanwhile, a password too short), else the queue.
    ``queue``: the queue list the item's form carried (``next``), kept on the way back."""
    back = queue_back(queue)
    if request.method == "POST" and status not in (403, 404):
        item_id = request.path_params.get("item_id")
        if isinstance(item_id, str):
            path = f"/items/{quote(item_id, safe='')}"
            if back != DEFAULT_NEXT:
                path += "?" + urlencode({"next": back})
            return path, "Back to the item"
        if request.url.path.startswith("/admin/"):
            return "/admin/users", "Back to the users"
    return back, "Back to the queue"


def _queue_of(request: Request) -> str | None:
    """The ``next`` field of a browser form the route already read (Starlette keeps it on
    the request, which the handlers of service and validation errors are given); a body
    not read is left alone."""
    if request.method != "POST" or _is_api(request):
        return None
    form = getattr(request, "_form", None)
    value = form.get("next") if form is not None else None
    return value if isinstance(value, str) else None


def error_response(request: Request, status: int, text: str, queue: str | None = None) -> Response:
    """The error as JSON for the API, as a page for the browser."""
    if _is_api(request):
        return JSONResponse({"detail": text}, status_code=status)
    user = getattr(request.state, "user", None)
    back = way_back(request, status, queue)
    return render(request, "error.html", user, status, status=status, text=text, back=back)


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""

    async def login_required(request: Request, exc: Exception) -> Response:
        if request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return redirect("/login?" + urlencode({"next": target}))
        return error_response(request, 401, "Your session has ended: log in again.")

    async def csrf_failed(request: Request, exc: Exception) -> Response:
        return error_response(request, 403, "The form expired or was not sent by this site.")

    async def service_error(request: Request, exc: Exception) -> Response:
        status, text = next(
            (SERVICE_ERRORS[k] for k in type(exc).__mro__ if k in SERVICE_ERRORS),
            (500, "Internal error."),
        )
        if isinstance(exc, types.InvalidInput):
            text = str(exc)  # says what to fix (length, range); never quotes content
        if status >= 500:
            log.error("request_failed", extra={"error": type(exc).__name__, "status": status})
        return error_response(request, status, text, _queue_of(request))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if _is_api(request):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        return error_response(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        said = "; ".join(f"{name}: {text}" for name, text in field_problems(exc).items())
        if _is_api(request):
            # Where and which field: a union member's tag or a dict key sent is left out.
            fields = list(dict.fromkeys(".".join(map(str, e["loc"][:2])) for e in exc.errors()))
            return JSONResponse(
                {"detail": f"invalid request: {said}", "fields": fields}, status_code=422
            )
        return error_response(request, 400, f"Not valid: {said}.", _queue_of(request))

    async def unexpected(request: Request, exc: Exception) -> Response:
        # Runs outside every middleware (Starlette's outermost layer calls it), so the
        # security headers are added here. Only the class is logged: a message may hold data.
        log.error("request_failed", extra={"error": type(exc).__name__, "status": 500})
        response = error_response(request, 500, "Internal error.")
        response.raw_headers = secured(response.raw_headers, request.scope)
        return response

    app.add_exception_handler(LoginRequired, login_required)
    app.add_exception_handler(CsrfFailed, csrf_failed)
    app.add_exception_handler(types.ReviewQueueError, service_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(Exception, unexpected)
