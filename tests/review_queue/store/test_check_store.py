"""``scanner config --check-store``: the configured database answers in time and its schema
is current, checked on real SQLite files, the local PostgreSQL and ports where nothing
answers; no message repeats the URL, which may hold a password."""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from bench.loopback import free_port
from review_queue.store.db import SQLITE_FILE, Database
from scanner.cli import main
from scanner.config import Store
from tests.review_queue.store.conftest import PG_BASE, _libpq

PASSWORD = "pw-do-not-print-7f3a"


def check_store(
    capsys: pytest.CaptureFixture[str], data_dir: Path, store: str = ""
) -> tuple[int, str, str]:
    """``scanner config --check-store`` with ``[store] store`` lines in a config file."""
    config = data_dir.parent / "mailguard.toml"
    config.write_text(f"[store]\n{store}\n")
    code = main(["--config", str(config), "--data-dir", str(data_dir), "config", "--check-store"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_sqlite_queue_is_checked_and_a_missing_one_is_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "var"
    code, out, err = check_store(capsys, data_dir)
    assert code == 2 and out == ""
    assert "no review queue yet: its SQLite file does not exist" in err
    assert not (data_dir / SQLITE_FILE).exists()  # a check creates nothing

    Database.open(Store(), data_dir).close()
    code, out, err = check_store(capsys, data_dir)
    assert (code, err) == (0, "")
    assert out.startswith("store ok (sqlite, schema revision ") and out.endswith(", current)\n")


@pytest.mark.parametrize(
    ("revision", "expected"),
    [
        ("0005", "schema is at revision 0005, this release's is 0006: the service upgrades it"),
        ("9999", "schema is at revision 9999, newer than this release knows (0006)"),
    ],
    ids=["older", "newer"],
)
def test_a_schema_that_is_not_current_fails_the_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, revision: str, expected: str
) -> None:
    data_dir = tmp_path / "var"
    Database.open(Store(), data_dir).close()
    with sqlite3.connect(data_dir / SQLITE_FILE) as database:
        database.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    database.close()
    code, _, err = check_store(capsys, data_dir)
    assert code == 2 and expected in err
    with sqlite3.connect(data_dir / SQLITE_FILE) as database:  # left as it was found
        assert database.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision,)
        ]
    database.close()


def _with_password(url: str) -> str:
    """The URL with a password (the local server trusts loopback and never asks for it)."""
    return url.replace("://postgres@", f"://postgres:{PASSWORD}@", 1)


@pytest.mark.postgres
def test_the_local_postgresql_passes_without_its_url_printed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_url: str
) -> None:
    url = _with_password(postgres_url)
    code, out, err = check_store(capsys, tmp_path / "var", f"url = {url!r}")
    assert (code, err) == (0, "")
    assert out == "store ok (postgresql, schema revision 0006, current)\n"


@pytest.fixture
def empty_schema() -> Iterator[str]:
    """A PostgreSQL URL whose search path is a new, empty schema (dropped afterwards)."""
    schema = f"rq_empty_{secrets.token_hex(4)}"
    with psycopg.connect(_libpq(PG_BASE), autocommit=True, connect_timeout=5) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.mark.postgres
def test_a_postgresql_database_without_the_queue_fails_the_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, empty_schema: str
) -> None:
    code, _, err = check_store(capsys, tmp_path / "var", f"url = {empty_schema!r}")
    assert code == 2 and "the database holds no review queue (no schema revision)" in err


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("server", "error"),
    [("closed_port", "OperationalError"), ("silent_server", "ConnectionTimeout")],
)
def test_an_unreachable_database_fails_within_the_connect_timeout_without_the_url(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    request: pytest.FixtureRequest,
    server: str,
    error: str,
) -> None:
    """Nothing listening (refused at once), or a server that never answers (given up after
    ``connect_timeout_seconds``)."""
    port = free_port() if server == "closed_port" else request.getfixturevalue(server)
    url = f"postgresql://mailguard:{PASSWORD}@127.0.0.1:{port}/mailguard"
    code, out, err = check_store(
        capsys, tmp_path / "var", f"url = {url!r}\nconnect_timeout_seconds = 2"
    )
    assert code == 2 and out == ""
    waited = re.search(rf"cannot reach the review queue database \({error} after ([0-9.]+) s", err)
    assert waited is not None, err
    low, high = (0, 1) if server == "closed_port" else (2, 4)
    assert low <= float(waited.group(1)) < high
    assert "store.connect_timeout_seconds is 2" in err
    for secret in (PASSWORD, url, f"127.0.0.1:{port}", str(port)):
        assert secret not in err


def test_a_url_that_cannot_be_parsed_is_named_by_its_key_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = f"postgresql://mailguard:{PASSWORD}@db.example:port/mailguard"
    code, _, err = check_store(capsys, tmp_path / "var", f"url = {url!r}")
    assert code == 2 and "store.url is not a valid database URL" in err
    assert PASSWORD not in err and "Traceback" not in err
