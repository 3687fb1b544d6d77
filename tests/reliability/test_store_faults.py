"""The review-queue database fails under a running proxy: messages to hold get 4xx, mail
that passes still flows, and holding resumes by itself once the database is back.

PostgreSQL: a dedicated database of this test whose connections are terminated and
refused (``ALLOW_CONNECTIONS false``), never the machine's whole cluster. SQLite: the data
directory on a private tmpfs, remounted read-only, or filled up (disk full)."""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from scanner.config import load_settings
from scanner.proxy.server import ProxyServer
from tests.reliability.conftest import StartProxy
from tests.reliability.harness import SinkThread, held_message_ids, mail, send, write_config

PG_ADMIN = os.environ.get(
    "MAILGUARD_TEST_POSTGRES_ADMIN", "postgresql://postgres@127.0.0.1:5432/test"
)
HOLD = "news@hold.example"
PASS = "news@riverside.example"
RETRY_SECONDS = 5.0  # LazyStore re-opens a failed store at most this often


def _incompressible(message_id: str, sender: str, size: int = 150_000) -> bytes:
    """A message whose held body cannot shrink much (the store compresses)."""
    noise = base64.encodebytes(os.urandom(size * 3 // 4)).replace(b"\n", b"\r\n")
    return mail(message_id, sender) + noise


async def _send(proxy: ProxyServer, raw: bytes, sender: str) -> int:
    code, _ = await asyncio.to_thread(send, proxy.port, raw, sender)
    return code


async def _until_held(proxy: ProxyServer, raw: bytes, deadline: float) -> tuple[int, float]:
    """Retry like an MTA until 250; the code and the seconds it took."""
    started = time.monotonic()
    while True:
        code = await _send(proxy, raw, HOLD)
        if code == 250 or time.monotonic() - started > deadline:
            return code, time.monotonic() - started
        assert 400 <= code < 500
        await asyncio.sleep(0.5)


# -- PostgreSQL ------------------------------------------------------------------------


@pytest.fixture
def pg_database() -> Iterator[str]:
    name = f"mg_reliability_{os.getpid()}_{secrets.token_hex(3)}"
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError:
        pytest.fail("PostgreSQL at 127.0.0.1:5432 is not reachable")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield name
        finally:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def _pg_outage(name: str, down: bool) -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if down else "true"}')
        if down:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


@pytest.mark.postgres
async def test_postgresql_outage_is_4xx_and_recovers_without_restart(
    tmp_path: Path, pg_database: str, start_proxy: StartProxy, sink: SinkThread
) -> None:
    settings = load_settings(write_config(tmp_path), tmp_path / "var")
    url = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    settings = settings.model_copy(
        update={"store": settings.store.model_copy(update={"url": f"{url}/{pg_database}",
                                                            "pool_timeout_seconds": 2.0})}
    )  # fmt: skip
    proxy = await start_proxy(settings, sink.port)
    assert await _send(proxy, mail("pg-before@test", HOLD), HOLD) == 250

    _pg_outage(pg_database, down=True)
    try:
        code = await _send(proxy, mail("pg-during@test", HOLD), HOLD)
        assert 400 <= code < 500
        assert await _send(proxy, mail("pg-pass@test"), PASS) == 250  # passing mail flows
    finally:
        _pg_outage(pg_database, down=False)
    code, waited = await _until_held(proxy, mail("pg-during@test", HOLD), 30)
    print(f"\nPostgreSQL back: holding resumed after {waited:.1f} s, no restart")
    assert code == 250
    assert held_message_ids(settings) == {"pg-before@test": 1, "pg-during@test": 1}
    assert sink.handler.received == ["pg-pass@test"]


@pytest.mark.postgres
async def test_a_stalled_postgresql_is_4xx_within_the_statement_timeout(
    tmp_path: Path, pg_database: str, start_proxy: StartProxy, sink: SinkThread
) -> None:
    """The server answers connections and pings but a hold's statements wait (here on a
    lock another session holds, as behind a stuck transaction or a stalled disk): the
    statement timeout ends the wait, the client gets 451 and retries, and the worker
    thread is free again rather than blocked for ever."""
    settings = load_settings(write_config(tmp_path), tmp_path / "var")
    url = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    store = {"url": f"{url}/{pg_database}", "statement_timeout_seconds": 2}
    settings = settings.model_copy(update={"store": settings.store.model_copy(update=store)})
    proxy = await start_proxy(settings, sink.port)
    assert await _send(proxy, mail("stall-before@test", HOLD), HOLD) == 250

    locker = psycopg.connect(f"{PG_ADMIN.rsplit('/', 1)[0]}/{pg_database}", connect_timeout=5)
    try:
        locker.execute("LOCK TABLE items IN ACCESS EXCLUSIVE MODE")  # held until rollback
        started = time.monotonic()
        code, reply = await asyncio.to_thread(send, proxy.port, mail("stall@test", HOLD), HOLD)
        waited = time.monotonic() - started
        assert (code, reply.split(" ")[0]) == (451, "4.3.0"), reply
        assert 2 <= waited < 10
        assert await _send(proxy, mail("stall-pass@test"), PASS) == 250  # passing mail flows
    finally:
        locker.rollback()
        locker.close()
    code, waited = await _until_held(proxy, mail("stall@test", HOLD), 20)
    assert code == 250
    assert held_message_ids(settings) == {"stall-before@test": 1, "stall@test": 1}


# -- SQLite on a private tmpfs ---------------------------------------------------------


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs for the data directory (needs root), unmounted afterwards."""
    mount = tmp_path / "data"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs (tests run as root in CI): {done.stderr!r}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _remount(mount: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount)], check=True)


async def test_read_only_data_dir_is_4xx_and_recovers_without_restart(
    tmp_path: Path, tmpfs: Path, start_proxy: StartProxy, sink: SinkThread
) -> None:
    settings = load_settings(write_config(tmp_path), tmpfs / "var")
    _remount(tmpfs, "ro")
    proxy = await start_proxy(settings, sink.port)
    try:
        assert 400 <= await _send(proxy, mail("ro@test", HOLD), HOLD) < 500
        assert await _send(proxy, mail("ro-pass@test"), PASS) == 250
    finally:
        _remount(tmpfs, "rw")
    code, waited = await _until_held(proxy, mail("ro@test", HOLD), RETRY_SECONDS * 4)
    print(f"\nread-only data dir writable again: holding resumed after {waited:.1f} s")
    assert code == 250
    assert held_message_ids(settings) == {"ro@test": 1}


async def test_disk_full_is_4xx_without_corruption_and_recovers(
    tmp_path: Path, tmpfs: Path, start_proxy: StartProxy, sink: SinkThread
) -> None:
    settings = load_settings(write_config(tmp_path), tmpfs / "var")
    proxy = await start_proxy(settings, sink.port)
    assert await _send(proxy, _incompressible("full-before@test", HOLD), HOLD) == 250

    filler = tmpfs / "filler"
    with filler.open("wb") as handle:  # fill the filesystem to the last block
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    try:
        for attempt in range(3):
            raw = _incompressible(f"full-{attempt}@test", HOLD)
            assert 400 <= await _send(proxy, raw, HOLD) < 500
        assert await _send(proxy, mail("full-pass@test"), PASS) == 250
    finally:
        filler.unlink()

    code, waited = await _until_held(proxy, _incompressible("full-0@test", HOLD), 20)
    print(f"\nspace freed: holding resumed after {waited:.1f} s")
    assert code == 250
    database = sqlite3.connect(settings.data_dir / "queue.sqlite3")
    try:
        assert database.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        database.close()
    assert held_message_ids(settings) == {"full-before@test": 1, "full-0@test": 1}
    assert sink.handler.received == ["full-pass@test"]
