"""A real review service (SQLite in a temp dir) with seeded held mail, users and an SMTP sink."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bench.loopback import free_port
from review_queue.service import ReviewService
from review_queue.store.types import Operator, Role, User
from review_queue.web import create_app
from scanner.config import Review, Settings
from scanner.model import ClientInfo, Envelope, Finding
from tests.review_queue.store.helpers import Sink, smtp_sink
from tests.review_queue.web.mail import CARD, finding_at, message, ssn_message, verdict

PASSWORD = "correct horse battery staple"
ROLES = {"admin": Role.ADMIN, "rita": Role.REVIEWER, "ron": Role.REVIEWER, "aldo": Role.AUDITOR}
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class World:
    """Everything a web test needs; items maps a short name to its queue id."""

    settings: Settings
    service: ReviewService
    app: FastAPI
    sink: Sink
    items: dict[str, str] = field(default_factory=dict)

    def hold(
        self,
        name: str,
        raw: bytes,
        findings: tuple[Finding, ...],
        sender: str = "a@org.example",
        customer: str = "org-1",
    ) -> str:
        envelope = Envelope(sender, ("donor@example.net",), ClientInfo(login=customer))
        self.items[name] = self.service.hold(envelope, raw, verdict(findings))
        return self.items[name]

    def user(self, name: str) -> User:
        user = self.service.get_user(name)
        assert user is not None
        return user

    def client(self, name: str | None = None) -> TestClient:
        """A browser-like client with a session for ``name``.

        The session is made directly: the login form (argon2, slow on purpose) is
        exercised by test_auth and the browser tests.
        """
        client = TestClient(self.app, follow_redirects=False)
        if name is not None:
            session = self.app.state.sessions.login(None, self.user(name))
            client.cookies.set(self.settings.review.session_cookie_name, session.id)
        return client

    def token(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.service.create_token(name, self.user('admin'))}"}


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "page has no CSRF token"
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> None:
    form = client.get("/login")
    answer = client.post(
        "/login", data={"name": name, "password": password, "csrf_token": csrf_of(form.text)}
    )
    assert answer.status_code == 303, answer.text


def seed_standard(world: World) -> None:
    """An SSN message, an HTML card message and a clean-looking one."""
    ssn_raw, ssn = ssn_message()
    world.hold("ssn", ssn_raw, (ssn,))
    card_raw = message(
        "Donation",
        html=f"<p>Card <b>{CARD}</b> please charge.</p><a href='https://pay.example/x'>pay</a>",
        sender="b@other.example",
    )
    card = finding_at(card_raw, CARD, "payment_card", "CREDIT_CARD")
    world.hold("card", card_raw, (card,), "b@other.example", "org-2")
    spam_raw = message("You won", "Claim your prize now at https://prize.example/win\n")
    world.hold(
        "spam",
        spam_raw,
        (),
    )


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    port = free_port()
    with smtp_sink(port) as handler:
        yield handler, port


@pytest.fixture(scope="session")
def seeded_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A data directory with users and held items, built once and copied per test
    (argon2 hashing makes creating accounts the slow part)."""
    data_dir = tmp_path_factory.mktemp("seed") / "var"
    settings = Settings(data_dir=data_dir)
    service = ReviewService.open(settings)
    try:
        for name, role in ROLES.items():
            service.create_user(name, role, PASSWORD, Operator("test"))
        seeder = World(settings, service, create_app(settings, service), Sink())
        seed_standard(seeder)
        return data_dir, dict(seeder.items)
    finally:
        service.close()


@pytest.fixture
def world(
    tmp_path: Path, sink: tuple[Sink, int], seeded_data: tuple[Path, dict[str, str]]
) -> Iterator[World]:
    handler, port = sink
    template, items = seeded_data
    data_dir = tmp_path / "var"
    shutil.copytree(template, data_dir)
    settings = Settings(
        data_dir=data_dir,
        review=Review(release_relay=f"127.0.0.1:{port}", release_timeout_seconds=5),
    )
    service = ReviewService.open(settings)
    try:
        yield World(settings, service, create_app(settings, service), handler, dict(items))
    finally:
        service.close()
