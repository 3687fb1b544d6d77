"""A SIGHUP reload that changes a key read only at start-up says so, naming the keys (names,
never values): otherwise "reloaded config" suggests the change is live when it is not."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr

from scanner.config import Proxy, RateLimit, Review, Store
from scanner.proxy.server import startup_only_changes
from tests.proxy.conftest import StartProxy, make_settings


def warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == "scanner.proxy.server" and r.levelno == logging.WARNING
    ]


async def test_reload_changing_startup_keys_warns_with_their_names(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="scanner.proxy.server")
    settings = make_settings(tmp_path, policy_file)
    proxy = await start_proxy(settings)
    changed = make_settings(
        tmp_path,
        policy_file,
        {"ratelimit": RateLimit(messages=50), "store": Store(keys=SecretStr("k1:c2VjcmV0"))},
        listen="127.0.0.1:2525",
        relay="127.0.0.1:2526",
        scan_timeout_seconds=5,  # reloaded: not named
    )
    proxy.loader = lambda: changed
    assert await proxy.reload()
    [warning] = warnings(caplog)
    assert warning.keys == ["proxy.listen", "proxy.relay", "ratelimit.messages", "store.keys"]
    text = warning.getMessage()
    assert "restart" in text and "proxy.listen, proxy.relay" in text
    assert "2525" not in f"{text} {vars(warning)}" and "c2VjcmV0" not in f"{text} {vars(warning)}"
    assert proxy.runtime.proxy.scan_timeout_seconds == 5
    caplog.clear()
    assert await proxy.reload()  # still not applied: said again until a restart
    assert [w.keys for w in warnings(caplog)] == [warning.keys]


async def test_the_hold_stores_duplicate_window_is_a_startup_key(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="scanner.proxy.server")
    proxy = await start_proxy(make_settings(tmp_path, policy_file))
    proxy.loader = lambda: make_settings(
        tmp_path, policy_file, {"review": Review(duplicate_window_seconds=60)}
    )
    assert await proxy.reload()
    assert [w.keys for w in warnings(caplog)] == [["review.duplicate_window_seconds"]]


async def test_reload_of_reloadable_keys_only_does_not_warn(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="scanner.proxy.server")
    proxy = await start_proxy(make_settings(tmp_path, policy_file))
    proxy.loader = lambda: make_settings(
        tmp_path, policy_file, dry_run=True, bare_newlines="normalize", workers=1
    )
    assert await proxy.reload()
    assert warnings(caplog) == []
    assert any(r.getMessage().startswith("reloaded config") for r in caplog.records)


def test_tls_files_and_session_limits_are_startup_only(tmp_path: Path, policy_file: Path) -> None:
    old = make_settings(tmp_path, policy_file)
    new = old.model_copy(
        update={
            "proxy": Proxy(
                executor="thread",
                workers=2,
                tls_cert=tmp_path / "c.pem",
                tls_key=tmp_path / "k.pem",
                max_sessions=10,
                max_recipients=5,
            )
        }
    )
    assert startup_only_changes(old, new) == [
        "proxy.max_recipients",
        "proxy.max_sessions",
        "proxy.tls_cert",
        "proxy.tls_key",
    ]
