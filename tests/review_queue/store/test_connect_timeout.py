"""A PostgreSQL server that accepts the connection and then never answers (a host behind a
dropping firewall, a hung server) must not stall whoever opens the store: the proxy's
start-up and its holds wait on it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from review_queue.store.db import Database
from review_queue.store.engine import make_engine
from review_queue.store.types import StoreError
from scanner.config import Store


def test_opening_a_silent_postgresql_gives_up_after_connect_timeout(
    silent_server: int, tmp_path: Path
) -> None:
    settings = Store(
        url=f"postgresql://mailguard@127.0.0.1:{silent_server}/mailguard",
        connect_timeout_seconds=2,
    )
    outcome: list[BaseException | None] = []

    def open_store() -> None:
        try:
            Database.open(settings, tmp_path).close()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=open_store, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "opening the store hung on a silent server"
    assert len(outcome) == 1 and isinstance(outcome[0], StoreError)


@pytest.mark.parametrize(
    ("query", "expected"), [("", 10), ("?connect_timeout=3", "3")], ids=["setting", "url"]
)
def test_the_connect_timeout_reaches_the_driver(query: str, expected: object) -> None:
    seen: dict[str, object] = {}

    def capture(_dialect: object, _record: object, _args: object, params: dict) -> None:
        seen.update(params)
        raise ConnectionAbortedError  # never dial out

    engine = make_engine(f"postgresql://u@127.0.0.1:1/x{query}", Store())
    event.listen(engine, "do_connect", capture)
    with pytest.raises(Exception):  # noqa: B017 - only the captured parameters matter
        engine.connect()
    engine.dispose()
    assert seen["connect_timeout"] == expected
