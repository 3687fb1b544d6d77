"""Reviewer UI and API latency over a SQLite queue, and safe-rendering throughput.

Requests go through the whole ASGI stack in process (FastAPI TestClient, no sockets):
session check, role check, store query, template rendering, security headers.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from bench.parse import load_corpus
from review_queue.render import render_message
from review_queue.service import ReviewService
from review_queue.store.types import Operator, Role
from review_queue.web import create_app
from scanner.config import Limits, Settings
from scanner.mime import parse_message
from scanner.model import Action, ClientInfo, Envelope, Finding, Reason, Verdict

ITEMS = 300
REQUESTS = 40
PASSWORD = "benchmark passphrase 1"
CATEGORIES = ("government_id", "payment_card", "health", "financial_account")


def _held(index: int) -> tuple[bytes, Verdict]:
    msg = EmailMessage()
    msg["From"] = f"sender{index}@org.example"
    msg["To"] = "donor@example.net"
    msg["Subject"] = f"Report {index}"
    value = f"219-09-{index:04d}"
    msg.set_content(f"Dear donor,\n\nreference {value} for your records.\n" * 20)
    raw = msg.as_bytes()
    segment = next(s for s in parse_message(raw, Limits()).segments if value in s.text)
    start = segment.text.index(value)
    category = CATEGORIES[index % len(CATEGORIES)]
    finding = Finding("bench", category, "X", segment.source, segment.part, start,
                      start + len(value), 0.9)  # fmt: skip
    verdict = Verdict(Action.HOLD, {"tos": 0.1, "sensitive": 0.9}, (category,), (finding,),
                      (Reason("sensitive-data", 8.0, "bench"),), ())  # fmt: skip
    return raw, verdict


def _latency(call: Callable[[int], object]) -> dict[str, float]:
    times = []
    for index in range(REQUESTS):
        started = time.perf_counter()
        call(index)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(len(times) * 0.95) - 1],
    }


def _web_rows(data_dir: Path) -> list[dict[str, Any]]:
    settings = Settings(data_dir=data_dir)
    service = ReviewService.open(settings)
    try:
        service.create_user("bench", Role.REVIEWER, PASSWORD, Operator("bench"))
        ids = []
        for index in range(ITEMS):
            raw, verdict = _held(index)
            envelope = Envelope(f"s{index}@org.example", ("d@example.net",),
                                ClientInfo(login=f"org-{index % 7}"))  # fmt: skip
            ids.append(service.hold(envelope, raw, verdict))
        app = create_app(settings, service)
        session = app.state.sessions.login(None, "bench", Role.REVIEWER.value)
        client = TestClient(app, cookies={settings.review.session_cookie_name: session.id})
        token = {"Authorization": f"Bearer {service.create_token('bench', Operator('bench'))}"}
        cases: list[tuple[str, Callable[[int], object]]] = [
            ("UI queue page (50 rows, oldest first)", lambda i: client.get("/queue")),
            (
                "UI queue page filtered (category + customer)",
                lambda i: client.get("/queue", params={"category": "health", "customer": "org-3"}),
            ),
            (
                "UI item view (claim + audit + safe render)",
                lambda i: client.get(f"/items/{ids[i]}"),
            ),
            ("API GET /api/v1/items", lambda i: client.get("/api/v1/items", headers=token)),
            (
                "API GET /api/v1/items/{id} (masked findings)",
                lambda i: client.get(f"/api/v1/items/{ids[i]}", headers=token),
            ),
        ]
        return [
            {
                "suite": "review_web",
                "case": name,
                "items": ITEMS,
                "requests": REQUESTS,
                **_latency(call),
            }  # fmt: skip
            for name, call in cases
        ]
    finally:
        service.close()


def _render_rows() -> list[dict[str, Any]]:
    messages = load_corpus()
    limits = Limits()
    rows: list[dict[str, Any]] = []
    rates: list[float] = []
    for name, work in (
        ("parse_message only (reference)", lambda raw: parse_message(raw, limits)),
        ("render_message (parse + mask + defang)", lambda raw: render_message(raw, [], limits,
                                                                             100_000)),
    ):  # fmt: skip
        started = time.perf_counter()
        for raw in messages:
            work(raw)
        rates.append(len(messages) / (time.perf_counter() - started))
        rows.append({"suite": "review_web", "case": name, "messages": len(messages),
                     "msgs_per_s": rates[-1], "ratio": rates[-1] / rates[0]})  # fmt: skip
    return rows


def run() -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        return _web_rows(Path(tmp) / "var") + _render_rows()


if __name__ == "__main__":
    for row in run():
        print(row)
