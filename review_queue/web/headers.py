"""Security headers on every response, as raw ASGI middleware (no body buffering)."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline script or style anywhere: the UI's only script and stylesheet are same-origin
# files. Held mail is shown as text, so images, frames, fonts and plugins are never needed.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
# Pages and API answers carry held-mail metadata: never store them in any cache.
_NO_STORE = (b"cache-control", b"no-store")
_HSTS = (b"strict-transport-security", b"max-age=31536000")


def secured(headers: Iterable[tuple[bytes, bytes]], scope: Scope) -> list[tuple[bytes, bytes]]:
    """``headers`` plus the security headers; ``no-store`` on everything but static files."""
    is_static = str(scope.get("path", "")).startswith("/static/")
    result = [(k, v) for k, v in headers if k.lower() != b"cache-control" or is_static]
    result.extend(SECURITY_HEADERS)
    if not is_static:
        result.append(_NO_STORE)
    if scope.get("scheme") == "https":
        result.append(_HSTS)
    return result


class SecurityHeaders:
    """Adds the security headers to every response the application sends.

    Starlette answers an unhandled exception outside all middleware, so that answer gets
    them from ``errors.install``'s handler instead.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = secured(message.get("headers", []), scope)
            await send(message)

        await self.app(scope, receive, send_with_headers)
