"""The reviewer web UI and REST API as one FastAPI application."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from fastapi.staticfiles import StaticFiles
from prometheus_client import Counter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from review_queue.service import ReviewService
from review_queue.web import api, errors, sessions, ui_admin, ui_auth, ui_item, ui_queue
from review_queue.web.deps import WebConfig
from review_queue.web.headers import SecurityHeaders
from review_queue.web.sessions import SessionStore
from scanner.config import Settings

STATIC_DIR = Path(__file__).with_name("static")
# Label values: route templates (a closed set fixed by the code), methods and status codes;
# never the concrete path, which could carry an item id or a user name.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
HTTP_REQUESTS = Counter(
    "mailguard_review_http_requests",
    "Requests answered by the review UI and API",
    ["route", "method", "status"],
)


class RequestMetrics:
    """Counts answered requests by route template."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            method = scope.get("method", "")
            method = method if method in _METHODS else "other"
            HTTP_REQUESTS.labels(route, method, str(status)).inc()


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """While the app serves: expired sessions and revealed values are swept out every
    ``sessions.SWEEP_SECONDS``, not only when their session makes a request."""
    sweeper = asyncio.create_task(
        sessions.keep_swept(app.state.sessions, sessions.SWEEP_SECONDS), name="session-sweeper"
    )
    app.state.session_sweeper = sweeper
    try:
        yield
    finally:
        sweeper.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper


def create_app(settings: Settings, service: ReviewService) -> FastAPI:
    """The application over an open ``ReviewService``; the caller owns the service."""
    review = settings.review
    app = FastAPI(
        title="mailguard review queue",
        version="1",
        openapi_url=f"{api.PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI needs inline script and a CDN; /api/v1/docs is static
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.sessions = SessionStore(
        review.session_idle_seconds, review.session_lifetime_seconds, review.max_sessions
    )
    app.state.web_config = WebConfig(
        cookie_name=review.session_cookie_name,
        cookie_secure=review.session_cookie_secure,
        page_size=review.page_size,
        render_max_chars=review.render_max_chars,
        reveal_seconds=review.reveal_seconds,
    )
    errors.install(app)
    for router in (ui_auth.router, ui_queue.router, ui_item.router, ui_admin.router, api.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/healthz", include_in_schema=False, response_class=PlainTextResponse)
    async def healthz() -> str:
        """Liveness for load balancers; says nothing about the queue."""
        return "ok\n"

    app.add_middleware(RequestMetrics)
    app.add_middleware(SecurityHeaders)
    return app
